"""Talk titles written on a page of their own (a speakers page) rather than in the schedule: ``#### The Talk's
Title`` over ``__Speaker:__ Ann Lee, Stanford`` and ``__Time:__ 9:00am-9:30am``, given to the one schedule row that
names her talk by its kind alone (``| 9:00-9:30 | Invited Talk 1 - Ann Lee |``)."""

from __future__ import annotations

import re

from .blocks import parse
from .found import FoundPerson
from .jekyll import JekyllPage
from .names import PersonText
from .program import Draft, Schedule, Session
from .report import Note
from .text import plain, rich_html, words
from .when import time_range

_SPEAKER = re.compile(r"^\s*(?:speaker|presenter)\s*:\s*(\S.*)$", re.IGNORECASE)
_TIME = re.compile(r"^\s*time\s*:\s*(\S.*)$", re.IGNORECASE)


def titles_from_talk_pages(pages: list[JekyllPage], out: Schedule) -> None:
    """Each talk of the pages (a heading, one speaker line, at most one time line under it) whose speaker and start
    are those of exactly one row of the schedule still untitled: that row's title (a guess, reported)."""
    drafts = [d for e in out.entries for d in (e.items if isinstance(e, Session) else [e]) if d.untitled and d.speakers]
    if not drafts:
        return
    for page in pages:
        for title, name, start, where in _talks(page):
            rows = [d for d in drafts if d.untitled and _matches(d, name, start)]
            if len(rows) != 1 or words(title) == words(name):
                continue
            rows[0].title, rows[0].untitled = title, False
            out.notes.append(Note(rows[0].where, f"the talk of {name}: its title '{title}' read from {where}",
                                  guess=True))  # fmt: skip


def _matches(draft: Draft, name: str, start: int | None) -> bool:
    """Whether the row names the speaker and, when the talk gives its time, starts then."""
    if not any(words(p.name) == words(name) for p in draft.speakers):
        return False
    return start is None or (draft.time is not None and draft.time.minutes == start)


def _talks(page: JekyllPage) -> list[tuple[str, str, int | None, str]]:
    """The talks of a page: each heading whose part names one speaker (``Speaker: Name, where``) and at most one
    time; its title, the speaker's name, the start in minutes (if written) and where the heading is."""
    source = page.body.split("\n")
    headings = [b for b in parse(page.body) if b.kind == "heading"]
    talks = []
    for number, heading in enumerate(headings):
        end = headings[number + 1].start if number + 1 < len(headings) else len(source)
        said = [plain(rich_html(line)) for line in source[heading.end : end]]
        named = [m.group(1) for line in said if (m := _SPEAKER.match(line))]
        timed = [m.group(1) for line in said if (m := _TIME.match(line))]
        title = plain(heading.text).strip()
        if len(named) != 1 or len(timed) > 1 or not title:
            continue
        name = re.split(r"[,(]", named[0], maxsplit=1)[0].strip()
        clock = time_range(timed[0]) if timed else None
        if timed and clock is None:
            continue
        talks.append((title, name, clock[0].minutes if clock else None, page.where(heading.start)))
    return talks


def titles_after_dashes(out: Schedule, people: list[FoundPerson]) -> None:
    """``"Keynote: Ann Lee - Small Models"`` read as Ann Lee of Small Models, where the site's people show her of
    another place (MIT): what follows the dash is her talk's title (a guess, reported)."""
    of = {" ".join(words(p.name)): p.affiliation for p in people if p.affiliation}
    for entry in out.entries:
        for draft in entry.items if isinstance(entry, Session) else [entry]:
            if not (draft.dashed and draft.untitled and len(draft.speakers) == 1):
                continue
            person, said = draft.speakers[0], draft.speakers[0].affiliation or ""
            shown = of.get(" ".join(words(person.name)))
            if not shown or not said or set(words(said)) & set(words(shown)):
                continue
            draft.title, draft.untitled, draft.dashed = said, False, False
            draft.speakers = [PersonText(person.name, None)]
            out.notes.append(Note(draft.where, f"schedule row: '{said}' read as the title of {person.name}'s talk, "
                                  f"not where they work: the site shows them of {shown}", guess=True))  # fmt: skip
