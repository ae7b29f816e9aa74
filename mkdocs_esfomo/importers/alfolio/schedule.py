"""The schedule: the tables of the reachable pages whose rows start with times (and the lists, paragraphs,
definition lists and HTML blocks written like them), found page by page and read as tables."""

from __future__ import annotations

import datetime as dt
import functools
import re

from .blocks import Block, TableRow, heading_runs, parse
from .clock_slips import afternoon_slips, morning_slips, small_hours
from .columns import DURATION, which_columns
from .day_headings import day_timed_headings, labelled_sessions
from .jekyll import JekyllPage
from .program import SCHEDULE_WORDS, Draft, Schedule, Session, kind_of
from .report import Note
from .rows import read_table
from .shapes import (
    all_items,
    class_tables,
    definition_tables,
    keyed_time,
    leading_time,
    list_rows,
    lists_around_code,
    nested_sessions,
    paragraph_tables,
)
from .talk_pages import titles_from_talk_pages
from .text import (
    PersonText,
    has_word,
    people_in,
    plain,
    rich_html,
    words,
)
from .when import OR_DAY, WEEKDAY, find_dates, time_range

_DAY_CELL = re.compile(rf"^[\W\d]*(?:{WEEKDAY}|mon|tue|wed|thu|fri|sat|sun)?[\W_]*$",
                       re.IGNORECASE)  # fmt: skip  # what is left of "Monday, September 23" without its date


def _cell_day(text: str, year: int | None) -> dt.date | None:
    """The one day a cell holds and nothing else (``Monday, September 23``, ``Sept. 24``); None otherwise."""
    found = find_dates(text, year)
    if len(found) != 1 or found[0].last is not None or found[0].first.year < 2 or time_range(text):
        return None
    rest = text[: found[0].start] + " " + text[found[0].end :]
    return found[0].first if _DAY_CELL.match(rest) else None


def day_column(rows: list[TableRow], year: int | None) -> tuple[list[TableRow], dict[int, dt.date]] | None:
    """``| Monday, September 23 | 10:00 - 13:30 | Talk |``: a column giving every row its day. The table without
    that column (nor the header's cell above it, when the header is as wide as the rows), and each row's day by its
    line; None if no column holds a day in each row that says anything (a row with it empty: the day above's)."""
    body = [r for r in rows if not r.header and any(plain(c) for c in r.cells)]
    width = min((len(r.cells) for r in body), default=0)
    column = next((c for c in range(width) if len(body) >= 2 and all(_cell_day(plain(r.cells[c]), year) or (
                   n and not plain(r.cells[c])) for n, r in enumerate(body))), None)  # fmt: skip
    if column is None:
        return None
    days = {r.index: day for r in body if (day := _cell_day(plain(r.cells[column]), year))}
    cut = [TableRow([t for n, t in enumerate(r.cells) if n != column or (r.header and len(r.cells) < width)],
                    r.index, r.header, r.extra) for r in rows]  # fmt: skip
    return cut, days


def day_rows(rows: list[TableRow], year: int | None) -> tuple[list[TableRow], dict[int, dt.date]] | None:
    """``<tr><td colspan="4">23 SEP 2025</td></tr>`` over the rows of that day: a row whose only words are one day
    heads the rows under it. The table without those rows, and the day of each row under one by its line; None if no
    row is such a heading."""
    kept: list[TableRow] = []
    days: dict[int, dt.date] = {}
    current = None
    for row in rows:
        said = [plain(c) for c in row.cells if plain(c)]
        if not row.header and len(said) == 1 and (day := _cell_day(said[0], year)):  # a header: over the columns
            current = day
            continue
        if current is not None:
            days[row.index] = current
        kept.append(row)
    return (kept, days) if len(kept) < len(rows) else None


def _tables_run_on(page: JekyllPage, blocks: list[Block], invited: set[str]) -> list[Block]:
    """``<table><tr><td>9:00 – 9:10</td><td>Opening</td></tr></table>`` right over another table of as many columns:
    a table too short to be read as a program alone (one slot) is the first rows of the table that follows it, with
    nothing but blank lines between."""
    source = page.body.split("\n")
    out: list[Block] = []
    for block in blocks:
        last = next((b for b in reversed(out) if b.kind == "table"), None)
        if block.kind != "table" or last is None or not block.rows or not last.rows:
            out.append(block)
            continue
        apart = any(map(str.strip, source[last.end : block.start])) or \
            any(b.kind != "html" or plain(b.text) for b in out[out.index(last) + 1 :])  # fmt: skip
        alike = max(map(len, (r.cells for r in last.rows))) == max(map(len, (r.cells for r in block.rows)))
        if not apart and alike and which_columns(last.rows, invited) is None \
                and which_columns(last.rows + block.rows, invited):  # fmt: skip
            last.rows, last.end = last.rows + block.rows, block.end
            continue
        out.append(block)
    return out


def find_schedule(pages: list[JekyllPage], invited: set[str], year: int | None) -> Schedule:
    """Every schedule table of the pages, in order; a table under a heading with a date is that day's."""
    out = Schedule()
    named = [p for p in pages if has_word(f"{p.title} {p.url}", *SCHEDULE_WORDS)]
    for page in named or pages:  # a page called "schedule" holds the schedule; times elsewhere are prose
        blocks = class_tables(page.body, definition_tables(paragraph_tables(page.body, parse(page.body))))
        blocks = _tables_run_on(page, lists_around_code(page.body, blocks), invited)
        first, marks = len(out.entries), _marks(out)
        headed = _timed_heading_blocks(blocks) if named else []
        for number, block in enumerate(blocks):
            if len(headed) >= 3 and block.kind == "list" and block.start > headed[0].start:
                continue  # the talks under a program's timed headings: read with them, below
            if block.kind == "list" and not block.in_html:
                timed = [i for i in all_items(block.items)
                         if ((m := leading_time(plain(i.text))) and time_range(m.group(1))) or keyed_time(i)]
                if len(timed) < 3:
                    continue
                block.rows = list_rows(block.items)
                out.notes += [Note(page.where(c.index), f"'{plain(c.text)}' of '{plain(i.text)}': not carried over "
                                   "(a schedule row has no place for it)") for i in timed if (k := keyed_time(i))
                              for c in k[1]]  # fmt: skip
            elif block.kind != "table" or not block.rows or (named and _lengths_of_rows(page, block)):
                continue  # "| Activity | Duration |", no clock time: read below, each row a slot of its own
            heading = next((b for b in reversed(blocks[:number]) if b.kind == "heading"), None)
            section = [b for b in blocks[:number] if heading is None or b.start >= heading.start]
            texts = [plain(b.text) for b in section if b.kind in ("heading", "paragraph")]
            dates = [(d, t) for t in texts if not _UPDATED.search(t) for d in find_dates(t, year) if d.first.year > 1]
            # "## Nov. 9 (Day 2)", "**Saturday 7th December 2025**"; not "**Date:** July 5 or 6", one of two days
            day = dates[0][0].first if dates and not OR_DAY.match(dates[0][1][dates[0][0].end :]) else None
            read_before = len(out.entries)
            counted = re.search(r"\bday\s*(\d)\b", " ".join(texts[:1]), re.IGNORECASE) if day is None else None
            if counted:
                out.clock.pop((page.rel, None), None)  # "Day 2": its morning is not the afternoon of the day before
            over = _headings_over(blocks[:number], heading)
            if day is None and not counted:  # "### July 27, 2024 (CET)" over "**Schedule**" over the table
                days = [d for h in over if not _UPDATED.search(plain(h.text))
                        for d in find_dates(plain(h.text), year) if d.first.year > 1]  # fmt: skip
                day = days[0].first if len(days) == 1 and days[0].last is None else None
            by_day = day_column(block.rows, year) or day_rows(block.rows, year)
            if read_table(page, by_day[0] if by_day else block.rows, day, invited, out, by_day[1] if by_day else {}):
                out.days += sorted(set(by_day[1].values())) if by_day else []
                if block.kind == "list":
                    nested_sessions(page, block.items, out, read_before)
                _talk_below(page, [b for b in blocks[number + 1 :] if b.start >= block.end], out.entries[read_before:],
                            invited, out)  # fmt: skip
                if counted and heading:
                    out.numbered.append((int(counted.group(1)), page.where(heading.start), out.entries[read_before:]))
                out.shown.append((page, block.start, block.end))
                out.zone_texts += _zone_texts(page, blocks, number, heading, over)
                if isinstance(day, dt.date) and by_day is None:
                    out.days.append(day)
        if named:
            _without_table(page, blocks, invited, out, first, year)
        elif len(out.entries) == first:  # "## Schedule" on the home page, over "#### 09:00 - 09:15 Opening remarks"
            _timed_headings(page, _section_of(blocks, SCHEDULE_WORDS), invited, out)
        _titles_from_details(page, blocks, out.entries[first:], out)
        labelled_sessions(page, blocks, out, year)
        _clock_slips(page, out, marks)
    if named:
        _beside(pages, named, invited, out)
    _presenters(out.entries)
    out.unread = unread_times(named or pages, out.shown)
    out.notes += out.unread
    return out


def _zone_texts(page: JekyllPage, blocks: list[Block], number: int, heading: Block | None,
                over: list[Block]) -> list[tuple[str, str]]:  # fmt: skip
    """What may say the time zone of the table ``blocks[number]``, with where: the paragraphs and the heading over
    it, the lines between that heading and the table, the headings over that, a line under the table about its
    times, the page's description."""
    block, source = blocks[number], page.body.split("\n")
    before = [b for b in blocks[:number] if b.kind in ("paragraph", "other")
              and (heading is None or b.start > heading.start)]  # fmt: skip
    out = [(plain(b.text or " ".join(source[b.start : b.end])), page.where(b.start))
           for b in before]  # fmt: skip  # "> NOTE: Times are shown in ..." too
    if heading:
        out.append((plain(heading.text), page.where(heading.start)))
        between = plain(rich_html("\n".join(source[heading.end : block.start])))
        if between.strip():  # "<h2>Schedule</h2>\n*All times PST.*\n<center>": in the heading's HTML
            out.append((between, page.where(heading.end)))
    out += [(plain(h.text), page.where(h.start)) for h in over]
    out += _times_over(page, blocks[:number], heading, over)
    following = blocks[number + 1 :]
    end = next((n for n, b in enumerate(following) if b.kind in ("heading", "table")), len(following))
    for under in following[:end]:  # "<br/>All times are in local time zone, CDT." under the table
        said = plain(under.text or " ".join(source[under.start : under.end]))
        if under.kind in ("paragraph", "other") and has_word(said, "time", "times"):
            out.append((said, page.where(under.start)))
    if page.meta.get("description"):
        out.append((str(page.meta["description"]), f"{page.rel}:1"))
    return out


_PRESENTING = re.compile(r"(?:the\s+)?(?:presenter|presenting(?:\s+author)?|speaker)", re.IGNORECASE)


def _presenters(entries: list[Draft | Session]) -> None:
    """``Ann Lee (presenter), Bo Wu, Cy Li``: a talk's authors, one or more marked as presenting it. Those so
    marked are its speakers; the whole author line is kept as the row's note."""
    for entry in entries:
        for draft in entry.items if isinstance(entry, Session) else [entry]:
            marked = [p for p in draft.speakers if p.affiliation and _PRESENTING.fullmatch(p.affiliation.strip())]
            if not marked or len(marked) == len(draft.speakers):
                draft.speakers = [p._replace(affiliation=None) if p in marked else p for p in draft.speakers]
                continue
            said = ", ".join(f"{p.name} ({p.affiliation})" if p in marked else p.name for p in draft.speakers)
            draft.notes.append(f"Authors: {said}")
            draft.speakers = [p._replace(affiliation=None) for p in marked]


# "###### Last Updated on Oct. 24", "(Updated as of Nov. 20)" over a table: the day of an edit, not of the program
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)


def _marks(out: Schedule) -> tuple[int, int, int, int, int, int]:
    """How much of the schedule was read before a page: its rows, shown blocks, zone texts, days, numbered days
    and notes."""
    return len(out.entries), len(out.shown), len(out.zone_texts), len(out.days), len(out.numbered), len(out.notes)


def _clock_slips(page: JekyllPage, out: Schedule, marks: tuple[int, int, int, int, int, int]) -> None:
    """A page's rows read, their clock's slips mended; a page repeating the program read from an earlier page, the
    same talks in the same order at other times (``program-cest``, ``program-pdt``: in other time zones), is not
    read again: its table stays on its page as written, and the repeat is reported."""
    first = marks[0]
    morning_slips(out.entries[first:], out.notes)
    afternoon_slips(out.entries[first:], out.notes)
    small_hours(out.entries[first:], out.notes)
    talks = _talks_of(out.entries[first:])
    if len(talks) < 3:
        return
    for earlier in dict.fromkeys(shown.rel for shown, _, _ in out.shown[: marks[1]] if shown.rel != page.rel):
        if _talks_of([e for e in out.entries[:first] if e.where.startswith(f"{earlier}:")]) == talks:
            del out.entries[first:], out.shown[marks[1] :], out.zone_texts[marks[2] :], out.days[marks[3] :]
            del out.numbered[marks[4] :], out.notes[marks[5] :]
            out.notes.append(Note(f"{page.rel}:1", f"the program of {earlier} again, at other times (in another "
                                  "time zone): not read a second time; its table kept on the page as written"))
            return


def _talks_of(entries: list[Draft | Session]) -> list[tuple[str | None, tuple[str, ...]]]:
    """The titles and speakers of the talks given by someone, in order."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    return [(d.title, tuple(p.name for p in d.speakers)) for d in drafts if d.speakers]


def _rows_of(entries: list[Draft | Session]) -> list[tuple[object, object, str | None]]:
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    return [(d.time, d.end, d.title) for d in drafts]


def _beside(pages: list[JekyllPage], named: list[JekyllPage], invited: set[str], out: Schedule) -> None:
    """What the pages beside the schedule's say of it: a table repeating its rows, the titles of its talks."""
    _copies(pages, named, invited, out)
    titles_from_talk_pages([p for p in pages if p not in named], out)


def _copies(pages: list[JekyllPage], named: list[JekyllPage], invited: set[str], out: Schedule) -> None:
    """A table elsewhere (a one-page home) that repeats the schedule page's rows, the same times and titles: shown
    as the schedule too, not kept as a second copy in text."""
    rows = _rows_of(out.entries)
    if not rows:
        return
    for page in [p for p in pages if p not in named]:
        blocks = class_tables(page.body, definition_tables(paragraph_tables(page.body, parse(page.body))))
        for block in blocks:
            copy = Schedule()
            if block.kind == "table" and block.rows and read_table(page, block.rows, None, invited, copy) \
                    and _rows_of(copy.entries) == rows:  # fmt: skip
                out.shown.append((page, block.start, block.end))


_TITLE_LINE = re.compile(r"^\s*title\s*:\s*(\S.*)$", re.IGNORECASE)


def _titles_from_details(page: JekyllPage, blocks: list[Block], entries: list[Draft | Session], out: Schedule) -> None:
    """A "Talk Details" part under the table: ``### Ann Lee`` then ``**Title:** Her Talk``. The one talk of the page's
    schedule that names her and no title of its own takes that title (a guess, reported)."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    source = page.body.split("\n")
    headings = [b for b in blocks if b.kind == "heading"]
    for number, heading in enumerate(headings):
        name = words(plain(heading.text))
        if not name:
            continue
        end = headings[number + 1].start if number + 1 < len(headings) else len(source)
        found = [m for i in range(heading.end, end) if (m := _TITLE_LINE.match(plain(rich_html(source[i]))))]
        talks = [d for d in drafts if d.untitled and any(words(p.name) == name for p in d.speakers)]
        if len(found) != 1 or len(talks) != 1:
            continue
        talks[0].title, talks[0].untitled = found[0].group(1).strip(), False
        out.notes.append(Note(talks[0].where, f"the talk of {plain(heading.text)}: its title '{talks[0].title}' read "
                              f"from {page.where(heading.start)}", guess=True))  # fmt: skip


# The words of a row that names a talk by its kind alone ("Keynote Presentation", "Invited Talk").
_KIND_ONLY = frozenset({"keynote", "keynotes", "invited", "talk", "presentation", "address", "lecture", "plenary"})


def _talk_below(page: JekyllPage, following: list[Block], entries: list[Draft | Session], invited: set[str],
                out: Schedule) -> None:  # fmt: skip
    """``| 11:00 | Keynote Presentation |`` with neither title nor speaker, and right under its table
    ``**Title: Chromatic Homology**`` then a byline naming one of the invited speakers (``_Professor Ann Lee,
    MIT_``): the one such row of the table takes that title and speaker (a guess, reported)."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])
              if d.kind in ("keynote", "invited") and not d.speakers
              and set(words(d.title or "")) <= _KIND_ONLY]  # fmt: skip
    said = [b for b in following if b.kind != "html" or plain(b.text)][:2]
    if len(drafts) != 1 or len(said) != 2 or said[0].kind not in ("paragraph", "heading") \
            or said[1].kind != "paragraph":  # fmt: skip  # "**Title: ...**" alone on its line: a heading as read
        return
    titled = _TITLE_LINE.match(plain(said[0].text))
    byline = plain(said[1].text).lower()
    named = [n for n in invited if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", byline)]
    if titled is None or len(named) != 1 or "\n" in said[1].text.strip():
        return
    start = byline.index(named[0])
    draft = drafts[0]
    draft.title, draft.untitled = titled.group(1).strip(), False
    draft.speakers = [PersonText(plain(said[1].text)[start : start + len(named[0])])]
    out.notes.append(Note(draft.where, f"schedule row '{plain(said[0].text)}': its title and speaker "
                          f"({draft.speakers[0].name}) read from {page.where(said[0].start)}, under the table",
                          guess=True))  # fmt: skip


def _headings_over(blocks: list[Block], heading: Block | None) -> list[Block]:
    """The headings a heading stands under, the nearest first: each earlier one of a higher rank."""
    over: list[Block] = []
    level = heading.level if heading else 0
    for block in reversed(blocks):
        if heading and block.kind == "heading" and block.start < heading.start and block.level < level:
            over.append(block)
            level = block.level
    return over


def _times_over(page: JekyllPage, blocks: list[Block], heading: Block | None,
                over: list[Block]) -> list[tuple[str, str]]:  # fmt: skip
    """Sentences about the times under the heading a session's heading stands under ("# Programme", "All times in
    Korea Standard Time (GMT+9).", then "**Morning Session**" over its rows): they may name the zone."""
    if heading is None or not over:
        return []
    source = page.body.split("\n")
    said = [(plain(b.text or " ".join(source[b.start : b.end])), page.where(b.start)) for b in blocks
            if b.kind in ("paragraph", "other") and over[0].start < b.start < heading.start]  # fmt: skip
    return [(text, where) for text, where in said if has_word(text, "time", "times")]


@functools.lru_cache(maxsize=64)
def _clocked(body: str) -> bool:
    """Whether a page's body gives a clock time on any line (then a program of lengths or headings is no program)."""
    return any(_timed_line(plain(line)) for line in body.split("\n"))


def _timed_line(text: str) -> bool:
    """``"| 09:00 - 09:40 | Keynote |"``, ``"9:00 Opening"``: a time, then words."""
    found = leading_time(text.strip(" |*-•+"))
    return bool(found and time_range(found.group(1)) and re.search(r"[^\W\d_]{3}", found.group(2)))


def _lengths_program(block: Block) -> str | None:
    """``| Duration | Activity |``: the header of a table whose rows each take a length of time, not a clock time."""
    header = next((r for r in block.rows if r.header), None)
    if header is None or not any(has_word(plain(c), "duration", "length") for c in header.cells):
        return None
    return " | ".join(plain(c) for c in header.cells if plain(c))


def _without_table(page: JekyllPage, blocks: list[Block], invited: set[str], out: Schedule, first: int,
                   year: int | None) -> None:  # fmt: skip
    """A program page none of whose tables or lists was read (nothing after entry ``first``): its program as timed
    headings, else as headings naming a weekday and a time, headings of lengths, a table of lengths, a table of
    parts of days or bare headings."""
    if len(out.entries) == first:
        _timed_headings(page, blocks, invited, out)
    if len(out.entries) == first:
        day_timed_headings(page, blocks, out)
    for reader in (_lengths_headings, _lengths_table, functools.partial(_day_parts_table, year=year),
                   _headings_program):  # fmt: skip
        if len(out.entries) == first:
            reader(page, blocks, out)


_DAY_PART = re.compile(r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|midday|noon)s?", re.IGNORECASE)


def _day_parts_table(page: JekyllPage, blocks: list[Block], out: Schedule, year: int | None) -> None:
    """``| Morning | Welcome; Invited Talk I |`` under a row of one cell ``**Day 1: Thursday, November 5**``, on a
    program page that gives no clock time: each part of a day a row with no time, titled by what its other cell
    lists, labelled by the part of the day, on the day the row of one cell over it names; reported."""
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
                out.entries.append(Draft(page.where(row.index), "talk", title=cells[1], label=cells[0], day=day))
                out.days += [day] if day and day not in out.days else []
        out.shown.append((page, block.start, block.end))
        out.notes.append(Note(page.where(block.start), f"a program by parts of days ({len(parts)} rows such as "
                              f"'{said[parts[0]][0]}'), with no clock time: read as rows with no time, each labelled "
                              "by its part of the day", last=page.line(block.end - 1), guess=True))  # fmt: skip
        return


def _section_of(blocks: list[Block], names: tuple[str, ...]) -> list[Block]:
    """The blocks under the first heading that says one of ``names``, up to the next heading of its level or
    higher; none without such a heading."""
    head = next((b for b in blocks if b.kind == "heading" and has_word(plain(b.text), *names)), None)
    if head is None:
        return []
    after = blocks[blocks.index(head) + 1 :]
    end = next((n for n, b in enumerate(after) if b.kind == "heading" and b.level <= head.level), len(after))
    return after[:end]


def _timed_heading_blocks(blocks: list[Block]) -> list[Block]:
    """The headings that open with a time (``### 09:15-10:00 Keynote``)."""
    return [b for b in blocks if b.kind == "heading" and (m := leading_time(plain(b.text))) and time_range(m.group(1))]


def _timed_headings(page: JekyllPage, blocks: list[Block], invited: set[str], out: Schedule) -> None:
    """``### 09:15-10:00 AM — Keynote 1, by Ann Lee``: a program page whose headings (three or more) each open with
    a time, read as a table's rows, one a heading; the Markdown list right under such a heading holds its talks
    (rows of their own, at their own time if they open with one, else untimed under it). What lies between the
    headings otherwise (a talk's abstract, a list of posters in HTML) stays on the page."""
    timed = _timed_heading_blocks(blocks)
    if len(timed) < 3:
        return
    rows = [TableRow(["Time", "Event"], timed[0].start, header=True)]
    sessions: dict[str, tuple[str, set[str]]] = {}  # a heading over untimed talks: its title, their lines
    heading: Block | None = None  # the timed heading the blocks are under
    for block in blocks[blocks.index(timed[0]) :]:
        if block in timed:
            found = leading_time(plain(block.text))
            assert found is not None
            rows.append(TableRow([found.group(1), found.group(2) + _bold_line_under(page, blocks, block)], block.start))
        elif block.kind == "list" and not block.in_html and heading is not None:
            rows += list_rows(block.items)[1:]
            said = leading_time(plain(heading.text))
            if said and not any(leading_time(r.cells[0]) for r in list_rows(block.items)[1:]):
                talks = {page.where(i.index) for i in all_items(block.items)}
                sessions[page.where(heading.start)] = (plain(said.group(2)), talks)
        heading = block if block in timed else heading if block.kind not in ("heading", "list") else None
    first = len(out.entries)
    if read_table(page, rows, None, invited, out, {}):
        _sessions_under(out, first, sessions)
        out.shown.append((page, timed[0].start, timed[-1].end))
        out.zone_texts += [(plain(b.text), page.where(b.start)) for b in blocks
                           if b.kind == "paragraph" and b.start < timed[0].start and has_word(plain(b.text), "time")]


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


def _lengths_of_rows(page: JekyllPage, block: Block) -> bool:
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
    if header is None or not _lengths_program(block):
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
        lengths = _lengths_program(block)
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


def unread_times(pages: list[JekyllPage], read: list[tuple[JekyllPage, int, int]]) -> list[Note]:
    """Lines and table rows that start with a time but are in no schedule read: reported, they stay as written."""
    notes = []
    for page in pages:
        regions = [(start, end) for shown, start, end in read if shown is page]
        for block in parse(page.body):
            if any(start <= block.start < end for start, end in regions):
                continue
            if block.kind == "table":
                texts = [(row.index, " | ".join(plain(c) for c in row.cells if plain(c))) for row in block.rows]
                if (lengths := _lengths_program(block)) and not any(_timed_line(t) for _, t in texts):
                    notes.append(Note(page.where(block.start), f"a program of lengths ('{lengths}'), with no clock "
                                      "time: kept as written, not schedule data", last=page.line(block.end - 1)))
                    continue
            elif block.kind in ("paragraph", "list") and not block.in_html:
                texts = [(i, plain(line)) for i, line in enumerate(page.body.split("\n")[block.start : block.end],
                                                                    block.start)]  # fmt: skip
            else:
                continue
            if any(_timed_line(t) for _, t in texts):
                notes += [Note(page.where(i), f"'{t}': a line of a schedule (it or a line near it starts with a "
                               "time) not read as a schedule row: kept as written") for i, t in texts
                          if re.search(r"[^\W\d_]{3}", t)]  # fmt: skip
    return notes
