"""A schedule table's rows read against one another once all are in: a title that reads like a name where the
table's other rows of that label give titles, a "Name: Title" that opens a title where no other talk names anyone,
and a session heading nothing fell under."""

from __future__ import annotations

from .columns import shortened
from .jekyll import JekyllPage
from .kinds import bare_label, kind_of
from .program import Draft, Schedule, Session
from .report import Note
from .text import plain


def drop_empty_sessions(out: Schedule) -> None:
    """A session heading with no talks under it: left out, noted; one with a time of its own (``| 12:00 | **Poster
    Session** |`` before ``| 12:30 | Lunch Break |``) is a slot of the day, a row of its own."""
    for entry in list(out.entries):
        if isinstance(entry, Session) and not entry.items and entry.time is not None:
            kind, guessed = kind_of(entry.title)
            out.entries[out.entries.index(entry)] = Draft(entry.where, kind or "talk", entry.time, title=entry.title,
                                                          emoji=entry.emoji, day=entry.day,
                                                          guessed=entry.title if kind and guessed else None)
            out.notes.append(Note(entry.where, f"schedule row '{entry.title}': a session's heading with a time of its "
                                  "own and no talks under it, read as a row of its own", guess=True))  # fmt: skip
        elif isinstance(entry, Session) and not entry.items:
            out.notes.append(Note(entry.where, f"schedule row '{entry.title}' is a heading with no talks under it:"
                                  " left out"))  # fmt: skip
            out.entries.remove(entry)


def titles_like_their_label(entries: list[Draft | Session], out: Schedule) -> None:
    """``**Contributed talk**: Multiresolution Textual Inversion`` reads like a name, but the table's other
    "Contributed talk" rows give titles there: it is a title too (a guess, reported)."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    for draft in drafts:
        if draft.said is None or draft.title is not None or len(draft.speakers) != 1 or draft.speakers[0].affiliation:
            continue
        alike = [d for d in drafts if d is not draft and d.said and bare_label(d.said) == bare_label(draft.said)]
        if len([d for d in alike if d.title and not d.speakers]) >= 2 and not any(not d.title for d in alike):
            name = draft.speakers[0].name
            draft.title, draft.speakers, draft.untitled = name, [], False
            out.notes.append(Note(draft.where, f"schedule row '{draft.said}: {name}': '{name}' read as a title, as "
                                  f"in the other '{draft.said}' rows, not as a speaker", guess=True))  # fmt: skip


def titles_among_titles(page: JekyllPage, entries: list[Draft | Session], invited: set[str], out: Schedule) -> None:
    """``Tracing Footprints: Neural Networks Meet ...`` reads like "Ann Lee: Title", but it is the one talk of a
    table whose other talks (three or more) name no one: its words before the colon open its title (a guess,
    reported). Keynotes and invited talks, whose people a program names more often, are not counted. A name the
    site shows among its speakers stays a speaker ("Ann Lee: Title" beside rows "Ann Lee"), and so does any name in
    a table whose other talks name someone in their cell, without a title of their own ("| 11:30 | Bo Wu |"): that
    table names its people."""
    talks = [d for e in entries for d in (e.items if isinstance(e, Session) else [e]) if d.kind in _PAPER_KINDS]
    source = {page.where(i): plain(line) for i, line in enumerate(page.body.split("\n"))}
    split = [d for d in talks if d.title and not d.label and len(d.speakers) == 1 and not d.speakers[0].affiliation
             and not d.speakers[0].url and f"{d.speakers[0].name}: {d.title}" in source.get(d.where, "")]  # fmt: skip
    if len(split) != 1 or len([d for d in talks if d.title and not d.speakers]) < 3:
        return
    draft = split[0]
    name = draft.speakers[0].name
    if name.lower() in invited or any(d.speakers and d.untitled for d in talks if d is not draft):
        return
    draft.title, draft.speakers = f"{name}: {draft.title}", []
    out.notes.append(Note(draft.where, f"schedule row '{shortened(draft.title)}': '{name}' read as the start of the "
                          "title, not as a speaker (the table's other talks name no one)", guess=True))  # fmt: skip


_PAPER_KINDS = ("talk", "oral", "spotlight")
