"""A week's program written as ONE grid: the days are the columns (``<th>Monday</th>``, ``<th>Tue, Aug 18</th>``),
the slots of the clock the rows (``<td>9:00 – 9:30</td>``), and each event a cell that spans its slots with
``rowspan``. Each column read as the program of its day: a cell is an event starting at the slot of its row and
ending where its span ends; empty cells, and the slots a cell above still covers, are nothing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .blocks import Block, TableRow, cell_text, span_of
from .html_tree import Element
from .jekyll import JekyllPage
from .names import looks_like_name
from .program import Draft, Schedule
from .rows import read_table
from .text import lines, plain, rich_html
from .when import WEEKDAY, find_dates, time_range

_WEEKDAY_CELL = re.compile(rf"^\W*({WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?\W*$", re.IGNORECASE)
_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class DayColumn:
    """One column of a week's grid: its day (a date, or a weekday 0-6 for Monday-Sunday when no date is written),
    and its events as rows ``[time range, what]``."""

    day: dt.date | int
    rows: list[TableRow]


def _column_day(text: str, year: int | None) -> dt.date | int | None:
    """``Monday``, ``Tue.``: that weekday; ``Monday, August 17``: that day; None for anything else."""
    found = find_dates(text, year)
    if len(found) == 1 and found[0].last is None and found[0].first.year > 1 and not time_range(text):
        return found[0].first
    weekday = _WEEKDAY_CELL.match(text)
    return _NAMES.index(weekday.group(1).lower()[:3]) if weekday else None


def _trs(table: Element) -> list[Element]:
    inner = {id(e) for t in table.find_all("table") for e in t.walk()}  # a table in a cell: that cell's text
    return [tr for tr in table.find_all("tr") if id(tr) not in inner]


def _header(trs: list[Element], body: str, year: int | None) -> tuple[int, list[dt.date | int]] | None:
    """The first row: a corner (empty, or "Time") then two or more days; its index and the days."""
    for number, tr in enumerate(trs[:2]):
        said = [plain(cell_text(c, body)) for c in tr.find_all("td", "th")]
        days = [_column_day(s, year) for s in said[1:]]
        if len(days) >= 2 and all(d is not None for d in days) and not time_range(said[0]) and len(said[0]) < 12:
            return number, [d for d in days if d is not None]
    return None


# A part placed on the grid by its class: ``<div class="event start-1630 end-1700">`` starts at 16:30.
_AT_CLASS = re.compile(r"^(start|end)[-_]?(\d{1,2}):?(\d{2})$", re.IGNORECASE)


def _placed(element: Element) -> dict[str, str]:
    """``start-830 end-1600``: {"start": "8:30", "end": "16:00"}."""
    return {m.group(1).lower(): f"{int(m.group(2))}:{m.group(3)}" for c in element.classes if (m := _AT_CLASS.match(c))}


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return 60 * int(hours) + int(minutes)


def placed_grid(body: str, root: Element, year: int | None) -> list[DayColumn] | None:
    """A week drawn with CSS: headers naming the days (``<div class="header">Tuesday</div>``), then the events as
    elements placed by their class (``<div class="event start-1630 end-1700">Opening <span>Ann Lee</span></div>``),
    written one day after the other: an event starting earlier than the one before begins the next day. The labels
    of the clock (``<div class="time start-830">8:30</div>``), a time and nothing else, are no events. None unless
    two days at least are named and every run of events falls to one of them."""
    days: list[dt.date | int] = []
    events: list[tuple[Element, dict[str, str]]] = []
    inside: set[int] = set()
    for element in root.walk()[1:]:
        if id(element) in inside:
            continue
        said = plain(rich_html(element.inner(body)))
        placed = _placed(element)
        if "start" in placed:
            inside |= {id(e) for e in element.walk()}
            if said and not (time_range(said) and not re.sub(r"[\d:.\s\-–—apm]", "", said, flags=re.IGNORECASE)):
                events.append((element, placed))
        elif not events and not element.children and (day := _column_day(said, year)) is not None:
            days.append(day)
    if len(days) < 2 or len(events) < 2:
        return None
    columns: list[DayColumn] = []
    last = None
    for element, placed in events:
        if last is None or _minutes(placed["start"]) < last:
            if len(columns) == len(days):
                return None
            columns.append(DayColumn(days[len(columns)], []))
        last = _minutes(placed["start"])
        clock = f"{placed['start']} - {placed['end']}" if "end" in placed else placed["start"]
        columns[-1].rows.append(TableRow([clock, *_event_cells(body, element)], element.line))
    for column in columns:
        column.rows.insert(0, TableRow(["Time", "Session", "Speakers", "Chair"], column.rows[0].index, header=True))
    return columns


# "Chair: Ann Lee", "Moderator: Bo Chen": a part of an event naming who presides over it, not a speaker
_PRESIDES = re.compile(r"^(?:session\s+)?(?:chairs?|chairpersons?|moderators?|hosts?)\s*:\s*(.+)$", re.IGNORECASE)


_CODE = re.compile(r"^[A-Z]{1,2}\d{1,2}\s*[:.)]?\s+(?=\w)")


def _event_cells(body: str, element: Element) -> list[str]:
    """An event placed on the grid, ``Title <span>Chair: Ann Lee</span><span>S1: Bo Chen<br>P1: Cy Diaz</span>``:
    its title (its own words before its first part), its speakers (the other parts, a line each) and its chair."""
    inner = element.inner(body)
    tags = "|".join(sorted({re.escape(c.tag) for c in element.children}))
    first = re.search(rf"<(?:{tags})\b", inner, re.IGNORECASE) if tags else None
    title = plain(rich_html(inner[: first.start()] if first else inner))
    speakers: list[str] = []
    chairs: list[str] = []
    for part in element.children if first else []:
        for line in [plain(said) for said in lines(rich_html(part.inner(body)))]:
            presides = _PRESIDES.match(line)
            coded = _CODE.match(line)  # "S1: Ann Lee", "P2 Bo Chen": the talk's code in the program, then who
            line = line[coded.end() :] if coded and looks_like_name(line[coded.end() :]) else line
            (chairs if presides else speakers).append(presides.group(1) if presides else line)
    return [title, ", ".join(speakers), ", ".join(chairs)]


def week_grid(body: str, block: Block, year: int | None) -> list[DayColumn] | None:
    """The columns of a week's grid written in HTML, each its day's events in order; None if the table is no such
    grid (no header of days, or fewer than two rows whose first cell is a slot of the clock)."""
    if block.element is None:
        return markdown_grid(block.rows, year) if block.kind == "table" else None
    if block.element.tag != "table":
        return placed_grid(body, block.element, year)
    trs = _trs(block.element)
    head = _header(trs, body, year)
    if head is None:
        return None
    start, days = head
    slots: list[tuple[str, str]] = []  # each row's slot: (start, end) as written
    taken: dict[int, int] = {}  # column -> rows still covered by a cell above
    events: dict[int, list[tuple[int, int, str, int]]] = {c: [] for c in range(len(days))}
    for tr in trs[start + 1 :]:
        tags = tr.find_all("td", "th")
        slot = time_range(plain(cell_text(tags[0], body))) if tags else None
        if slot is None:
            return None
        slots.append((slot[0].text, (slot[1] or slot[0]).text))
        column = 0
        for tag in tags[1:]:
            while taken.get(column):
                column += 1
            rows = span_of(tag, "rowspan")
            if column < len(days) and (said := cell_text(tag, body)) and plain(said):
                events[column].append((len(slots) - 1, rows, said, tag.line))
            for k in range(column, column + span_of(tag)):
                taken[k] = rows
            column += span_of(tag)
        taken = {k: n - 1 for k, n in taken.items() if n > 1}
    if len(slots) < 2:
        return None
    return [DayColumn(day, [TableRow([f"{slots[row][0]} - {slots[min(row + rows, len(slots)) - 1][1]}", said],
                                     line) for row, rows, said, line in events[c]])
            for c, day in enumerate(days) if events[c]]  # fmt: skip


# A cell whose event says its own time first: "*From 19:00:<br> Banquet*", "8:30 Registration".
_OWN_TIME = re.compile(r"^\W*((?:from\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*:?\s*(?=\S)", re.IGNORECASE)
_STRUCK = re.compile(r"^\s*~~.*?~~")  # "~~*Contributed Talks*~~ cancelled!": no event


def _dated(day: dt.date | int, week: dt.date | None) -> dt.date | int:
    """A weekday column's date in the week that begins on (or holds) ``week``."""
    if week is None or not isinstance(day, int):
        return day
    offset = (day - week.weekday()) % 7
    return week + dt.timedelta(days=offset)


def markdown_grid(rows: list[TableRow], year: int | None) -> list[DayColumn] | None:
    """A week (or weeks) written as a Markdown table whose header is the weekdays (``| | Monday | Tuesday |``):
    a row whose first cell is a slot of the clock holds each day's event in that day's column; a row with only a
    first cell is either a week's dates (``**Week 2 (September 25-29)**``: the columns' days are that week's) or a
    pause of every day (``*Coffee break*``, at the end of the slot above); a row with an empty first cell holds
    events that say their own time (``*From 19:00:<br> Banquet*``). None unless every row is one of these."""
    if not rows or not rows[0].header:
        return None
    said = [plain(c) for c in rows[0].cells]
    days = [_column_day(s, year) for s in said[1:]]
    if len(days) < 2 or any(d is None for d in days) or time_range(said[0]) or len(said[0]) >= 12:
        return None
    week: dt.date | None = None
    end: str | None = None
    columns: dict[tuple[dt.date | int, int], DayColumn] = {}
    slots = 0

    def add(column: int, clock: str, what: str, line: int) -> None:
        day = days[column]
        if day is None:
            return
        dated = _dated(day, week)
        columns.setdefault((dated, column), DayColumn(dated, [])).rows.append(TableRow([clock, what], line))

    for row in rows[1:]:
        cells = [c.strip() for c in row.cells]
        first, rest = (cells[0], cells[1 : len(days) + 1]) if cells else ("", [])
        slot = time_range(plain(first)) if first else None
        if slot is not None:
            slots += 1
            end = (slot[1] or slot[0]).text
            for column, cell in enumerate(rest):
                if plain(cell) and not _STRUCK.match(cell):
                    add(column, plain(first), cell, row.index)
        elif first and not any(plain(c) for c in rest):
            dates = [d for d in find_dates(plain(first), year) if d.first.year > 1]
            if dates:
                week = dates[0].first
            elif end is not None:  # a pause between the slots
                for column in range(len(days)):
                    add(column, end, first, row.index)
            else:
                return None
        elif not first:
            for column, cell in enumerate(rest):
                own = _OWN_TIME.match(plain(cell)) if plain(cell) else None
                if own and (at := time_range(own.group(1))):
                    add(column, at[0].text, plain(cell)[own.end() :], row.index)
                elif plain(cell):
                    return None
        else:
            return None
    if slots < 2:
        return None
    return list(columns.values())


def read_week(page: JekyllPage, grid: list[DayColumn], invited: set[str], out: Schedule) -> bool:
    """Each column of a week's grid read as its day's table; a column headed by a weekday alone leaves its rows to
    be dated once the workshop's days are known. False if no column reads as a program."""
    read = False
    for column in grid:
        out.clock.pop((page.rel, None), None)  # Tuesday's morning is not Monday's evening
        before = len(out.entries)
        day = column.day if isinstance(column.day, dt.date) else None
        if not read_table(page, column.rows, day, invited, out):
            continue
        read = True
        if day is not None:
            out.days.append(day)
        elif isinstance(column.day, int):
            where = page.where(column.rows[0].index)
            out.weekdays += [(column.day, where, e) for e in out.entries[before:] if isinstance(e, Draft)]
    return read
