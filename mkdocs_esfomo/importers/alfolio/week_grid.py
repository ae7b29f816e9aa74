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
from .program import Draft, Schedule
from .rows import read_table
from .text import plain
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


def week_grid(body: str, block: Block, year: int | None) -> list[DayColumn] | None:
    """The columns of a week's grid written in HTML, each its day's events in order; None if the table is no such
    grid (no header of days, or fewer than two rows whose first cell is a slot of the clock)."""
    if block.element is None:
        return None
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
