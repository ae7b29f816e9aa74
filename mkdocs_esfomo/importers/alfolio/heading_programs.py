"""A program page none of whose tables or lists holds the program: its program as headings that open with a time
(``#### 09:15 - 10:00 Keynote``, under the home page's "Schedule" heading too), headings naming a weekday and a
time, headings or a table of lengths of time, a table of parts of days, or bare headings."""

from __future__ import annotations

import datetime as dt
import functools
import re

from .blocks import Block, TableRow, heading_runs
from .columns import DURATION
from .day_headings import day_timed_headings
from .jekyll import JekyllPage
from .kinds import kind_of
from .names import people_in
from .program import Draft, Schedule, Session, split_label, who_and_title
from .report import Note
from .rows import read_table
from .shapes import all_items, leading_time, list_rows
from .talk import read_item
from .text import has_word, plain
from .when import find_dates, time_range
from .zones import zone_after


@functools.lru_cache(maxsize=64)
def _clocked(body: str) -> bool:
    """Whether a page's body gives a clock time on any line (then a program of lengths or headings is no program)."""
    return any(timed_line(plain(line)) for line in body.split("\n"))


def timed_line(text: str) -> bool:
    """``"| 09:00 - 09:40 | Keynote |"``, ``"9:00 Opening"``: a time, then words."""
    found = leading_time(text.strip(" |*-•+"))
    return bool(found and time_range(found.group(1)) and re.search(r"[^\W\d_]{3}", found.group(2)))


def lengths_program(block: Block) -> str | None:
    """``| Duration | Activity |``: the header of a table whose rows each take a length of time, not a clock time."""
    header = next((r for r in block.rows if r.header), None)
    if header is None or not any(has_word(plain(c), "duration", "length") for c in header.cells):
        return None
    return " | ".join(plain(c) for c in header.cells if plain(c))


def without_table(page: JekyllPage, blocks: list[Block], invited: set[str], out: Schedule, first: int,
                   year: int | None) -> None:  # fmt: skip
    """A program page none of whose tables or lists was read (nothing after entry ``first``): its program as timed
    headings, else as headings naming a weekday and a time, headings of lengths, a table of lengths, a table of
    parts of days or bare headings."""
    if len(out.entries) == first:
        timed_headings(page, blocks, invited, out)
    if len(out.entries) == first:
        day_timed_headings(page, blocks, out)
    for reader in (_lengths_headings, _lengths_table, functools.partial(_day_parts_table, year=year, invited=invited),
                   _headings_program):  # fmt: skip
        if len(out.entries) == first:
            reader(page, blocks, out)


_DAY_PART = re.compile(r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|midday|noon)s?", re.IGNORECASE)


def _day_parts_table(page: JekyllPage, blocks: list[Block], out: Schedule, year: int | None,
                     invited: set[str]) -> None:  # fmt: skip
    """``| Morning | Welcome; Invited Talk I |`` under a row of one cell ``**Day 1: Thursday, November 5**``, on a
    program page that gives no clock time: each part of a day a row with no time, titled by what its other cell
    lists (read as a row's cell is: ``**Keynote Talk** - Ann Lee`` is Ann Lee's keynote), labelled by the part of
    the day, on the day the row of one cell over it names; reported."""
    if _clocked(page.body):
        return
    for block in blocks:
        said = [[plain(c) for c in row.cells if plain(c)] for row in block.rows] if block.kind == "table" else []
        parts = [n for n, cells in enumerate(said) if len(cells) == 2 and _DAY_PART.fullmatch(cells[0])]
        if len(parts) < 2 or any(len(cells) > 2 for cells in said):
            continue
        day = None
        for number, (row, cells) in enumerate(zip(block.rows, said, strict=True)):
            found = find_dates(cells[0], year) if len(cells) == 1 else []
            if len(found) == 1 and found[0].last is None and found[0].first.year > 1:
                day = found[0].first  # "Day 1: Thursday, November 5": the day of the rows under it
            if number in parts:
                out.entries.append(_part_row(page.where(row.index), cells[0], row, day, invited))
                out.days += [day] if day and day not in out.days else []
        out.shown.append((page, block.start, block.end))
        out.zone_texts += [(" | ".join(said[0]), page.where(block.start))]  # "Time (GMT+2) | Activity"
        out.zone_texts += [(plain(b.text), page.where(b.start)) for b in blocks[: blocks.index(block)]
                           if b.kind == "paragraph"]  # fmt: skip  # "**Location**: Genoa, Italy" over it
        out.notes.append(Note(page.where(block.start), f"a program by parts of days ({len(parts)} rows such as "
                              f"'{said[parts[0]][0]}'), with no clock time: read as rows with no time, each labelled "
                              "by its part of the day", last=page.line(block.end - 1), guess=True))  # fmt: skip
        return


def _part_row(where: str, part: str, row: TableRow, day: dt.date | None, invited: set[str]) -> Draft:
    """A row of a table of parts of days: its other cell read as a program's cell, labelled by its part of the day
    (``Morning``) before any label of its own."""
    label, rest, named = split_label([c for c in row.cells if plain(c)][1])
    item = read_item(where, label, rest, "", None, day, invited, False, named)
    item.label = f"{part}: {item.label}" if item.label else part
    return item


def section_of(blocks: list[Block], names: tuple[str, ...]) -> list[Block]:
    """The blocks under the first heading that says one of ``names``, up to the next heading of its level or
    higher; none without such a heading."""
    head = next((b for b in blocks if b.kind == "heading" and has_word(plain(b.text), *names)), None)
    if head is None:
        return []
    after = blocks[blocks.index(head) + 1 :]
    end = next((n for n, b in enumerate(after) if b.kind == "heading" and b.level <= head.level), len(after))
    return after[:end]


def timed_heading_blocks(blocks: list[Block]) -> list[Block]:
    """The headings that open with a time (``### 09:15-10:00 Keynote``)."""
    return [b for b in blocks if b.kind == "heading" and (m := leading_time(plain(b.text))) and time_range(m.group(1))]


def timed_headings(page: JekyllPage, blocks: list[Block], invited: set[str], out: Schedule) -> None:
    """``### 09:15-10:00 AM — Keynote 1, by Ann Lee``: a program page whose headings (three or more) each open with
    a time, read as a table's rows, one a heading; the Markdown list right under such a heading holds its talks
    (rows of their own, at their own time if they open with one, else untimed under it), and so do the headings of
    a lower level under it that give no time (``#### Ann Lee -- Title`` under ``### 09:30 -- Invited Talks``). A
    list of sentences under it (``- We will collect what people expect.``) says what the block is, not its talks; a
    lower heading naming no one (a sidebar's ``### Schedule`` after the last block) is no talk. A
    zone written right after a heading's time (``## 09:00 CEST -- Welcome``) is the time's, not the title's. What
    lies between the headings otherwise (a talk's abstract, a list of posters in HTML) stays on the page."""
    timed = timed_heading_blocks(blocks)
    if len(timed) < 3:
        return
    rows = [TableRow(["Time", "Event"], timed[0].start, header=True)]
    sessions: dict[str, tuple[str, set[str]]] = {}  # a heading over untimed talks: its title, their lines
    heading: Block | None = None  # the timed heading the blocks are right under
    parent: Block | None = None  # the timed heading the blocks are under, lower headings between
    for block in blocks[blocks.index(timed[0]) :]:
        if block in timed:
            time, title = _zoned(page, block, out)
            rows.append(TableRow([time, title + _bold_line_under(page, blocks, block)], block.start))
        elif block.kind == "heading" and parent is not None and block.level > parent.level \
                and who_and_title(block.text).people:  # fmt: skip
            rows.append(TableRow(["", block.text], block.start))  # a talk of the block, under it as a heading
            head = page.where(parent.start)
            said = leading_time(plain(parent.text))
            assert said is not None
            sessions.setdefault(head, (_zoned(page, parent, None)[1], set()))[1].add(page.where(block.start))
        elif block.kind == "list" and not block.in_html and heading is not None and not _sentences(block):
            rows += list_rows(block.items)[1:]
            said = leading_time(plain(heading.text))
            if said and not any(leading_time(r.cells[0]) for r in list_rows(block.items)[1:]):
                talks = {page.where(i.index) for i in all_items(block.items)}
                sessions.setdefault(page.where(heading.start), (_zoned(page, heading, None)[1], set()))[1].update(talks)
        heading = block if block in timed else heading if block.kind not in ("heading", "list") else None
        if block.kind == "heading":
            parent = block if block in timed else parent if parent and block.level > parent.level else None
    first = len(out.entries)
    if read_table(page, rows, None, invited, out, {}):
        _sessions_under(out, first, sessions)
        out.shown.append((page, timed[0].start, timed[-1].end))
        out.zone_texts += [(plain(b.text), page.where(b.start)) for b in blocks
                           if b.kind == "paragraph" and b.start < timed[0].start and has_word(plain(b.text), "time")]


_ZONE_FIRST = re.compile(r"^([A-Z]{2,5}(?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?)(?:\s*(?:--?|[|:–—])\s*|\s+)(?=\S)")


def _zoned(page: JekyllPage, heading: Block, out: Schedule | None) -> tuple[str, str]:
    """A timed heading's time and title, a zone written right after the time (``09:00 CEST -- Welcome``) moved from
    the title to the time, and given as the program's zone (to ``out``)."""
    found = leading_time(plain(heading.text))
    assert found is not None
    time, title = found.group(1), found.group(2)
    zone = _ZONE_FIRST.match(title)
    if zone and zone_after(f"{time} {zone.group(1)}"):
        time, title = f"{time} {zone.group(1)}", title[zone.end() :]
        if out is not None:
            out.zone_texts.append((f"{time}", page.where(heading.start)))
    return time, title


def _sentences(block: Block) -> bool:
    """Whether a list's items are sentences (each ends with a full stop, a question or an exclamation mark, and they
    say eight words or more on average): what a program's block is about, not its talks."""
    items = [plain(i.text).strip() for i in block.items]
    return bool(items) and all(re.search(r"[.?!]$", t) for t in items) \
        and sum(len(t.split()) for t in items) >= 8 * len(items)  # fmt: skip


def _bold_line_under(page: JekyllPage, blocks: list[Block], heading: Block) -> str:
    """``### 9:10-9:40 Keynote by Ann Lee`` over ``**Title**``: the line wholly in bold right under a timed heading
    (its talk's title, which may read as a heading of its own), or a line naming no more than the heading's speakers
    (``Ann Lee, MIT`` under ``### 9:15 Keynote: Small Models``), as a line of the heading's row; else nothing."""
    following = blocks[blocks.index(heading) + 1 :]
    nxt = following[0] if following else None
    said = page.body.split("\n")[nxt.start].strip() if nxt and nxt.end == nxt.start + 1 else ""
    if nxt is None or nxt.kind not in ("paragraph", "heading") or nxt.in_html:
        return ""
    named = nxt.kind == "paragraph" and len(plain(said)) <= 80 and bool(people_in(said)) \
        and not re.search(r"[.!?]$", plain(said))  # fmt: skip
    return f"\n{said}" if _WHOLLY_BOLD.fullmatch(said) or named else ""


_WHOLLY_BOLD = re.compile(r"\*\*[^*\n]+\*\*")


def _sessions_under(out: Schedule, first: int, sessions: dict[str, tuple[str, set[str]]]) -> None:
    """The talks read from a list under a timed heading that gives them no time of their own: one session of that
    heading, at its time, the talks in it untimed as written (from entry ``first`` on)."""
    regrouped: list[Draft | Session] = []
    made: dict[str, Session] = {}
    for entry in out.entries[first:]:
        head = next((h for h, (_, talks) in sessions.items() if isinstance(entry, Draft)
                     and (entry.where == h or entry.where in talks)), None)  # fmt: skip
        if head is None or not isinstance(entry, Draft):
            regrouped.append(entry)
            continue
        if head not in made:
            made[head] = Session(sessions[head][0], head, entry.time, None, [], entry.day)
            regrouped.append(made[head])
        entry.time = entry.end = None
        made[head].items.append(entry)
    out.entries[first:] = regrouped


_LENGTH = re.compile(r"\(\s*\d+\s*(?:minutes?|mins?|hours?|hrs?)\s*\)\s*$", re.IGNORECASE)


def _lengths_headings(page: JekyllPage, blocks: list[Block], out: Schedule) -> None:
    """``##### **Show and Tell (30 minutes)**`` over a paragraph, three or more such headings on a program page that
    gives no clock time: a program of lengths, each heading a row with no time (its length kept in its title, as
    written), the paragraphs under it its abstract; reported."""
    headings = [b for b in blocks if b.kind == "heading" and _LENGTH.search(plain(b.text))]
    if len(headings) < 3 or _clocked(page.body):
        return
    level = min(h.level for h in headings)
    end = next((b.start for b in blocks if b.kind == "heading" and b.start > headings[0].start
                and b not in headings and b.level <= level), len(page.body.split("\n")))  # fmt: skip
    headings = [h for h in headings if h.start < end]
    for number, heading in enumerate(headings):
        stop = headings[number + 1].start if number + 1 < len(headings) else end
        said = [plain(b.text) if b.kind == "paragraph" else "; ".join(plain(i.text) for i in b.items)
                for b in blocks if b.kind in ("paragraph", "list") and heading.start < b.start < stop]  # fmt: skip
        title = plain(heading.text)
        kind, guessed = kind_of(_LENGTH.sub("", title))
        out.entries.append(Draft(page.where(heading.start), kind or "talk", title=title, notes=[t for t in said if t],
                                 guessed=title if kind and guessed else None))  # fmt: skip
    out.shown.append((page, headings[0].start, end))
    out.notes.append(Note(page.where(headings[0].start), f"a program of lengths ({len(headings)} headings such as "
                          f"'{plain(headings[0].text)}'), with no clock time: read as rows with no time, in the "
                          "page's order", last=page.line(end - 1), guess=True))  # fmt: skip


def _headings_program(page: JekyllPage, blocks: list[Block], out: Schedule) -> None:
    """``### Introduction``, ``### Keynote Speaker - TBD``, ``### Break``: three or more headings of one level one
    after another, nothing written between them, on a program page that gives no clock time and no other program:
    the program's items in order, each a row with no time titled as written; reported."""
    if _clocked(page.body):
        return
    run = max(heading_runs(blocks), key=len, default=[])
    if len(run) < 3 or not all(plain(h.text) for h in run):
        return
    for heading in run:
        title = plain(heading.text)
        kind, guessed = kind_of(title)
        out.entries.append(Draft(page.where(heading.start), kind or "talk", title=title,
                                 guessed=title if kind and guessed else None))  # fmt: skip
    out.shown.append((page, run[0].start, run[-1].end))
    out.notes.append(Note(page.where(run[0].start), f"a program of {len(run)} headings with no clock time and nothing "
                          f"under them (such as '{plain(run[0].text)}'): read as rows with no time, in the page's "
                          "order", last=page.line(run[-1].end - 1), guess=True))  # fmt: skip


def lengths_of_rows(page: JekyllPage, block: Block) -> bool:
    """Whether a table of two columns is a program of lengths (``| Activity | Duration |``, each row a length) on a page
    that gives no clock time: read as such, a row that names only its kind ("| Keynote | 30 min |") stays a slot of
    its own instead of taking the title of the row under it."""
    header = next((r for r in block.rows if r.header), None)
    if header is None or len(header.cells) != 2:
        return False  # "| Session | Duration | Event |": the table's reader tells its sessions apart
    return _durations(block) is not None and not _clocked(page.body)


def _durations(block: Block) -> int | None:
    """The column of a ``| Duration | Event |`` table whose every row gives a length (``10 min:``), if it is one."""
    header = next((r for r in block.rows if r.header), None)
    if header is None or not lengths_program(block):
        return None
    length = next(n for n, c in enumerate(header.cells) if has_word(plain(c), "duration", "length"))
    said = [plain(r.cells[length]).rstrip(":") for r in block.rows if not r.header and length < len(r.cells)]
    return length if said and all(DURATION.match(t) for t in said) else None  # not "| Lunch (self-paid) | ... |"


def _lengths_table(page: JekyllPage, blocks: list[Block], out: Schedule) -> None:
    """``| Duration | Event |`` on a program page that gives no clock time: a program of lengths, each row a row with
    no time titled by its other cells, its length (``10 min:``) kept as the row's note, in the table's order;
    reported."""
    if _clocked(page.body):
        return
    for block in blocks:
        if block.kind != "table" or (length := _durations(block)) is None:
            continue
        lengths = lengths_program(block)
        read = 0
        for row in block.rows:
            cells = [plain(c) for c in row.cells]
            title = " ".join(c for n, c in enumerate(cells) if n != length and c)
            if row.header or not title:
                continue
            kind, guessed = kind_of(title)
            said = cells[length].rstrip(":").strip() if length < len(cells) else ""
            out.entries.append(Draft(page.where(row.index), kind or "talk", title=title, notes=[said] if said else [],
                                     guessed=title if kind and guessed else None))  # fmt: skip
            read += 1
        if read:
            out.shown.append((page, block.start, block.end))
            out.notes.append(Note(page.where(block.start), f"a program of lengths ('{lengths}', {read} rows), with no "
                                  "clock time: read as rows with no time, in the table's order, each length kept as "
                                  "the row's note", last=page.line(block.end - 1), guess=True))  # fmt: skip
