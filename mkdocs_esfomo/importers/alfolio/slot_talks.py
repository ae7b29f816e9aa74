"""The talks one slot of a program table holds in its title cell: several labelled one after the other, bullets
under a title, papers listed by number, or talks under a bold heading; groups of bullets, each under its label, in
the cell beside a session's title; and who chairs a slot or a session, kept out of its title."""

from __future__ import annotations

import datetime as dt
import re

from ... import values
from .blocks import TableRow
from .cells import Talk, cell_links, people_line, talks_in, titled_talk
from .kinds import TALK_WORDS, TALKS, kind_of
from .names import people_in
from .program import Draft, Schedule, Session, split_label, who_and_title
from .report import Note
from .row_clauses import clauses_aside
from .talk import read_item
from .text import has_word, lines, plain, words

Times = tuple[values.ClockTime, values.ClockTime | None] | None  # a row's start and end, if written


_INTRODUCES = re.compile(r"\s*intro(?:duction|duced\s+by)?\s*:", re.IGNORECASE)


def labelled_talks(text: str) -> list[str]:
    """The talks of a cell whose every talk opens with its label: ``"Invited Talk: Ann Lee<br/>Invited Talk: Bo Wu"``,
    or ``"Spotlight: Ann Lee<br/>[Title](url)<br/>Spotlight: Bo Wu<br/>[Title](url)"`` (a label's line, then the
    lines of its talk); one talk, or none, when the cell does not open with a label. ``Introduction: Bo Wu`` under
    a talk says who introduces it: a line of that talk, not opening remarks."""
    talks: list[str] = []
    for line in lines(text):
        if kind_of(split_label(line)[0] or "")[0] and not (talks and _INTRODUCES.match(plain(line))):
            talks.append(line)
        elif not talks:
            return []
        else:
            talks[-1] += "\n" + line
    return talks


def talks_one_after_another(out: Schedule, where: str, talks: list[str], times: Times, day: dt.date | None,
                            invited: set[str]) -> None:  # fmt: skip
    """Several talks in one cell, one after the other: the first at the slot's time when each is one line (the
    others follow it), each at the slot's time when each has lines of its own (they share the slot)."""
    shared = any("\n" in talk for talk in talks)
    for number, talk in enumerate(talks):
        label, rest, named = split_label(talk)
        item = read_item(where, label, rest, "", None, day, invited, False, named)
        item.time, item.end = times if times and (number == 0 or shared) else (None, None)
        out.entries.append(item)


_BULLET = re.compile(r"^[•·▪◦‣∙–-]\s+(.+)$")


def bulleted(text: str) -> tuple[str, list[str]] | None:
    """``"Lightning Talks<br>• Title A | [PDF](a.pdf)<br>• Title B"``: a line, then lines that are bullets (not
    only names: ``"Panel<br>- Ann Lee<br>- Bo Wu"`` lists people)."""
    first, *rest = lines(text) or [""]
    found = [_BULLET.match(line) for line in rest]
    if not rest or not all(found) or _BULLET.match(first):
        return None
    if all(m and people_line(m.group(1)) for m in found):
        return None
    return first, [m.group(1) for m in found if m]


def titled_groups(text: str) -> list[tuple[str, list[str]]] | None:
    """``"Talks: Users<br>- Title (Ann Lee)<br>Talks: Systems<br>- Title (Bo Wu)"``: sessions one after the other in
    one slot, each a line over its bullets, every bullet a talk with who gives it; None for any other cell."""
    groups: list[tuple[str, list[str]]] = []
    for line in lines(text):
        bullet = _BULLET.match(line)
        if bullet and not groups:
            return None
        if bullet:
            groups[-1][1].append(bullet.group(1))
        else:
            groups.append((line, []))
    if len(groups) < 2 or not all(bullets and all(map(titled_talk, bullets)) for _, bullets in groups):
        return None
    return groups


def bulleted_session(out: Schedule, where: str, label: str | None, times: Times, title: str, bullets: list[str],
                     day: dt.date | None) -> None:  # fmt: skip
    """A slot whose cell lists its talks as bullets under a title: a session of those talks, each with the links
    that follow it (``Title | [PDF](...) | [Video](...)``)."""
    session = Session(plain(title) or label or "Talks", where, times[0] if times else None, None, [], day)
    kind = session_kind(session)
    for bullet in bullets:
        head, *after = [part.strip() for part in re.split(r"\s+\|\s+", bullet)]
        found = cell_links("\n".join(after))
        given = titled_talk(head) if not after else None  # "*Title (Ann Lee)*": the talk, and who gives it
        item = Draft(where, kind, title=given[0] if given else plain(head), speakers=given[1] if given else [],
                     links=found.web, day=day, label="Poster" if kind == "poster" else None)  # one poster each
        item.notes += [plain(line) for line in lines(found.text)]
        out.notes += [Note(where, f"schedule row '{plain(head)}': link to the file '{f}' of the old site left out")
                      for f in found.files]  # fmt: skip
        session.items.append(item)
    out.entries.append(session)


def _groups(text: str) -> tuple[list[str], list[tuple[str, list[str]]]] | None:
    """``Summary<br>[Presentations]<br>• Title (Ann Lee)<br>[Panel discussion]<br>• Ann Lee<br>• Bo Wu``: the lines
    before the first group, then each group, a line labelling the bullets under it; None for any other cell."""
    said: list[str] = []
    groups: list[tuple[str, list[str]]] = []
    parts = lines(text)
    for number, line in enumerate(parts):
        bullet = _BULLET.match(line)
        if bullet and groups:
            groups[-1][1].append(bullet.group(1))
        elif not bullet and number + 1 < len(parts) and _BULLET.match(parts[number + 1]):
            groups.append((plain(line).strip(" []:"), []))
        elif bullet or groups:
            return None
        else:
            said.append(plain(line))
    labelled = all(kind_of(label)[0] or (words(label) or [""])[-1] in TALK_WORDS for label, _ in groups)
    return (said, groups) if groups and labelled else None


def grouped_session(out: Schedule, where: str, title: str, times: Times, beside: str, day: dt.date | None,
                    invited: set[str]) -> bool:  # fmt: skip
    """``| 9:00am | Theme 1: Specification | [Presentations] • Title (Ann Lee) [Panel discussion] • Ann Lee • Bo Wu |``:
    a slot whose title cell names a session and whose cell beside it, under the same header, lists its parts in
    labelled groups of bullets: a session of those talks, each panel one item of its panelists; the lines above the
    groups (a summary, who chairs) named in the report. False, and nothing read, for any other cell."""
    found = _groups(beside) if plain(title) else None
    if found is None:
        return False
    said, groups = found
    session = Session(plain(title), where, times[0] if times else None, None, [], day)
    for label, bullets in groups:
        if kind_of(label)[0] == "panel":
            people = [p for b in bullets for p in people_in(b)]
            session.items.append(Draft(where, "panel", title=label, speakers=people, day=day))
        else:
            session.items += [read_item(where, None, b, "", None, day, invited, True) for b in bullets]
    out.notes += [Note(where, f"session '{session.title}': '{line}', not kept in the data") for line in said if line]
    out.entries.append(session)
    return True


# A paper listed by its number and its title in quotes ("Paper ID: 56 - "Isometry pursuit"", "#12: "Title"").
_NUMBERED_PAPER = re.compile(r"(?:paper\s*)?(?:id|no\.?|number|#)?\s*:?\s*\d{1,4}\s*[-\u2013\u2014:.)]\s*"
                             r"[\"\u201c](.+?)[\"\u201d]\.?", re.IGNORECASE)


def headed(main: str) -> tuple[str | None, list[Talk]]:
    """The talks a title cell holds, and the heading over them when its first line is all in bold (or names a
    session: ``Paper Session - chaired by Ann Lee``) and the talks are the same without it (``**Session 1:
    Planning**<br>1. Title<br>Ann Lee<br>2. Title<br>Bo Wu``)."""
    numbered = [_NUMBERED_PAPER.fullmatch(plain(line)) for line in lines(main)]
    if len(numbered) > 1 and all(numbered):  # "Paper ID: 56 - "Title"<br>Paper ID: 37 - "Title"": papers by number
        return None, [Talk(found.group(1).strip(), []) for found in numbered if found]
    several = talks_in(main)
    first, _, rest = main.strip().partition("\n")
    bold = re.fullmatch(r"\*\*[^*]+\*\*|__[^_]+__", first.strip()) or has_word(plain(first), "session", "sessions")
    if len(several) < 2 or not bold or people_line(plain(first)):
        return None, several
    again = talks_in(rest)
    if len(again) == len(several) and all(t.title for t in again):
        return plain(first), again
    return None, several


def talks_of_one_slot(out: Schedule, where: str, title: str | None, times: Times, emoji: str | None,
                      several: list[Talk], web: dict[str, str], label: str | None,
                      day: dt.date | None) -> None:  # fmt: skip
    """"*Title*<br>**Ann Lee** (MIT)<br><br>*Title*<br>**Bo Wu**": the talks of one slot, under its title or label
    (the label, "Spotlights", giving their kind)."""
    label = label or title
    kind = kind_of(label)[0] if label else None
    session = Session(unchaired(title, where, out.notes) or "Talks", where, times[0] if times else None, emoji, [],
                      day)  # fmt: skip
    session.items = [Draft(where, kind if kind in TALKS else "talk", title=t.title, speakers=t.people,
                           notes=t.abstract, day=day) for t in several]  # fmt: skip
    session.items[0].links = web
    out.entries.append(session)


def session_kind(session: Session) -> str:
    kind, _ = kind_of(session.title)
    return kind if kind in (*TALKS, "poster") else "talk"  # the papers of a poster session are posters


CHAIRS = r"(?:session\s+)?(?:co-?)?(?:chair(?:s|persons?)?|hosts?)"  # "Chair", "Session Co-Chairs", "Host"
# "(Chair: Ann Lee)", "[Chair: Ann Lee]": who chairs, in round or square brackets
CHAIR = re.compile(rf"\s*(?:\(\s*({CHAIRS})\s*:\s*([^()\n]+?)\s*\)|\[\s*({CHAIRS})\s*:\s*([^\[\]\n]+?)\s*\](?!\())",
                   re.IGNORECASE)
_CHAIRED = re.compile(r"\s*(?:[-–—:,]\s*|\()(?:chaired|moderated|hosted)\s+by\s+([^()]+?)\)?\s*$", re.IGNORECASE)


def unchaired(title: str | None, where: str, notes: list[Note]) -> str | None:
    """``Paper Session - chaired by Ann Lee``, ``Paper Session (Session Chair: Ann Lee)``: a session's title without
    its chair, who is named in the report (a session has no place for its chair)."""
    chaired = _CHAIRED.search(title or "") or CHAIR.search(title or "")
    if title is None or chaired is None or not title[: chaired.start()].strip():
        return title
    session = title[: chaired.start()].strip()
    notes.append(Note(where, f"session '{session}': {chaired.group(0).strip(' -–—:,()[]')}, not kept in the data"))
    return session


# A line that only names who chairs, in brackets or after its label: it says more of the line above (a title).
_CHAIR_LINE = re.compile(rf"\n[^\S\n]*(?:(\(\s*{CHAIRS}\s*:[^()\n]+\))|({CHAIRS}\s*:[^()\n]+?))[^\S\n]*(?=\n|$)",
                         re.IGNORECASE)  # fmt: skip


def chairs_aside(body: list[TableRow], columns: tuple[int | None, ...]) -> list[TableRow]:
    """``Invited talk I (Chair: Ann Lee)``, ``Title (Bo Wu)<br>Chairperson: Ann Lee``: who chairs a slot, said in
    brackets or on a labelled line of its own in its label or title cell, presides over it and gives no talk: kept
    in the row's notes ("Chair: Ann Lee"), out of its label and title."""
    out = []
    for row in body:
        cells, said = list(row.cells), []
        for column in {c for c in columns[1:3] if c is not None and c < len(cells)}:
            cells[column] = _CHAIR_LINE.sub(lambda m: f" {m.group(1) or f'({m.group(2)})'}", cells[column])
            if "\n" not in cells[column].strip() and (found := CHAIR.search(cells[column])):
                role, who = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
                said.append(f"{role.capitalize()}: {plain(who)}")
                cells[column] = CHAIR.sub("", cells[column], count=1)
            if "\n" not in cells[column].strip():  # "Paper session #1, _chair: Ann Lee_"
                cells[column], presiding = clauses_aside(cells[column])
                said += presiding
        out.append(TableRow(cells, row.index, row.header, [*said, *row.extra]) if cells != row.cells else row)
    return out


# A line that opens a cell with who chairs it and says nothing else: "**Chair: Ann Lee**", "Chairs: Ann Lee and Bo Wu".
_CHAIR_FIRST = re.compile(rf"{CHAIRS}\s*:\s*\S.*", re.IGNORECASE)


def chaired_talks(text: str) -> tuple[str, list[tuple[str | None, str, str | None]]] | None:
    """``**Chair: Ann Lee**<br>**Invited speaker: Bo Wu**<br>*Title*<br>Cy Li and Di Xu: Title``: a cell opened by
    who chairs it, then its talks, each opened by a line naming who gives it (a label naming a talk's kind and the
    speaker, ``Invited speaker: Bo Wu``, the lines under it its title; or the authors, a colon, then the title): the
    chair's line and each talk as (label, rest, named); None for any other cell."""
    first, *rest = lines(text) or [""]
    if not _CHAIR_FIRST.fullmatch(plain(first)) or not rest:
        return None
    talks: list[tuple[str | None, str, str | None]] = []
    for line in rest:
        label, after, named = split_label(line)
        if label and kind_of(label)[0] in TALKS and (named or people_in(plain(after))):
            talks.append((label, after, named))
        elif (said := who_and_title(line)).people and said.title:
            talks.append((None, line, None))
        elif talks:
            label, after, named = talks[-1]
            talks[-1] = (label, f"{after}\n{line}", named)
        else:
            return None
    return plain(first), talks


def chaired_session(out: Schedule, where: str, text: str, times: Times, day: dt.date | None,
                    invited: set[str]) -> bool:  # fmt: skip
    """A slot whose cell opens with who chairs it over the talks it holds (see chaired_talks): a session titled by
    the chair's line (the chair presides and gives no talk), its talks without times of their own. False, and
    nothing read, for any other cell."""
    found = chaired_talks(text)
    if found is None:
        return False
    chair, talks = found
    session = Session(chair, where, times[0] if times else None, None, [], day)
    session.items = [read_item(where, label, rest, "", None, day, invited, True, named) for label, rest, named in talks]
    out.entries.append(session)
    return True


def sessions_in_cell(out: Schedule, where: str, label_cell: str, main: str, times: Times, day: dt.date | None,
                     beside: str | None, invited: set[str]) -> bool:  # fmt: skip
    """Whether a row's title cell (no speaker column beside it) holds a session's talks, read as a session: grouped
    by the column ``beside`` it, opened by who chairs it, bulleted (before the cell's links are taken out: each talk
    has its own), or sessions one after another under their titles (the later ones without a time)."""
    if not label_cell and beside is not None and grouped_session(out, where, main, times, beside, day, invited):
        return True
    if not label_cell and chaired_session(out, where, main, times, day, invited):
        return True
    if bullets := bulleted(main):
        bulleted_session(out, where, plain(label_cell) or None, times, *bullets, day)
        return True
    for number, group in enumerate(groups := titled_groups(main) or []):
        bulleted_session(out, where, plain(label_cell) or None, None if number else times, *group, day)
    return bool(groups)
