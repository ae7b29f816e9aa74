"""A program's table that gives each slot in several places' clocks: a head row naming the places ("Gold Coast |
Tokyo | Rome | Boston"), each over one time column or a "From | To" pair, the rows then holding every place's times
before the session. The first place's clock is read (the one the others are counted from, often "(--)" under it);
the other places' columns are set aside, which MIGRATION.md says. A day the head rows name ("Monday, November 1",
in a cell beside the places) is the day of the rows under them, so that one table can hold several days, each
under head rows of its own."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .blocks import TableRow
from .text import plain
from .when import find_dates, time_range
from .zones import city_zone, offset_hours

_FEWEST = 3  # fewer time cells a row than this: a start and an end, not several places' clocks
# words that head one slot's own columns ("Start Time | End Time | Duration"), never places' names ("Time (PDT) |
# Time (CET)" are places)
_STARTS = re.compile(r"^(?:start|starts|begin|begins|from)\b", re.IGNORECASE)
_ENDS = re.compile(r"^(?:end|ends|finish|until|to)\b", re.IGNORECASE)
_LENGTH = re.compile(r"^(?:duration|length|mins?|minutes)\b", re.IGNORECASE)


@dataclass
class Clocks:
    rows: list[TableRow]  # the table with only the first place's time columns
    days: dict[int, dt.date] = field(default_factory=dict)  # the day of each row under a head naming one, by line
    places: list[str] = field(default_factory=list)  # the places the head names, the one read first
    zone_text: str | None = None  # what says the first place's zone, for the zone's reading
    head_line: int = 0  # the line of the first row naming the places


def _single(text: str) -> bool:
    times = time_range(text)
    return times is not None and times[1] is None


def _leading(row: TableRow) -> int:
    """How many cells at the start of the row are single clock times."""
    count = 0
    for text in row.cells:
        if not _single(text):
            break
        count += 1
    return count


def _places(row: TableRow, width: int) -> tuple[list[str], int] | None:
    """The place names a head row writes over the ``width`` time columns, each over as many columns (one or two),
    and that number; None if the row is no such head."""
    cells = [plain(c) for c in row.cells[:width]]
    filled = [n for n, c in enumerate(cells) if c]
    if len(filled) < 2 or any(time_range(cells[n]) for n in filled) or filled[0] != 0:
        return None
    step = filled[1] - filled[0]
    if step not in (1, 2) or width % step or filled != list(range(0, width, step)):
        return None
    names = [cells[n] for n in filled]
    if any(len(name.split()) > 4 or any(ch.isdigit() for ch in name) for name in names):
        return None
    if any(_LENGTH.match(n) for n in names) or (any(_STARTS.match(n) for n in names)
                                                 and any(_ENDS.match(n) for n in names)):  # fmt: skip
        return None  # a slot's start, end and length: one clock
    return names, step


def _day_beside(row: TableRow, width: int, year: int | None) -> dt.date | None:
    """The one day a head row names in a cell after the time columns ("Monday, November 1")."""
    for text in row.cells[width:]:
        found = [d for d in find_dates(plain(text), year) if d.first.year > 1]
        if len(found) == 1 and found[0].last is None:
            return found[0].first
    return None


def other_clocks(rows: list[TableRow], year: int | None) -> Clocks | None:
    """The table read in its first place's clock, or None if it does not give its slots in several places' clocks."""
    leads = [lead for r in rows if (lead := _leading(r)) >= _FEWEST]
    if len(leads) < 2:
        return None
    width = Counter(leads).most_common(1)[0][0]
    heads = [(r, found) for r in rows if _leading(r) == 0 and (found := _places(r, width))]
    if not heads or len(heads[0][1][0]) < 2 or width // heads[0][1][1] != len(heads[0][1][0]):
        return None
    names, step = heads[0][1]
    clocks = Clocks([], places=names, head_line=heads[0][0].index)
    header = TableRow(["From", "To"][:step] if step == 2 else ["Time"], heads[0][0].index, header=True)
    clocks.rows.append(TableRow([*header.cells, *[""] * (len(heads[0][0].cells) - width)], header.index, True))
    day = None
    for row in rows:
        lead = _leading(row)
        if lead >= step and lead >= width - step:  # a slot: its first place's times, then its session
            clocks.rows.append(TableRow([*row.cells[:step], *row.cells[width:]], row.index, False, row.extra))
            if day is not None:
                clocks.days[row.index] = day
            continue
        if beside := _day_beside(row, width, year):
            day = beside
        if any(plain(c) for c in row.cells[width:]) and not _places(row, width) and lead == 0 \
                and not any(plain(c) for c in row.cells[:width]):  # fmt: skip
            clocks.rows.append(TableRow(["", *[""] * (step - 1), *row.cells[width:]], row.index, False, row.extra))
    first_day = min(clocks.days.values(), default=None)
    clocks.zone_text = _first_zone(names, rows, width, step, first_day)
    return clocks


def _first_zone(names: list[str], rows: list[TableRow], width: int, step: int, day: dt.date | None) -> str | None:
    """What says the first place's zone: its city's zone when known ("Tokyo (Asia/Tokyo)"), else its offset from
    UTC on the day, counted from another place of a known zone and the clocks of the first slot ("UTC+10")."""
    if known := city_zone(names[0]):
        return f"{names[0]} ({known[0]})"
    slot = next((r for r in rows if _leading(r) >= width), None)
    if slot is None:
        return None
    first = time_range(slot.cells[0])
    for number, name in enumerate(names[1:], start=1):
        other = time_range(slot.cells[number * step])
        if not (zone := city_zone(name)) or not first or not other:
            continue
        hours = offset_hours(zone[0], day)
        if len(hours) != 1:
            continue
        apart = (first[0].minutes - other[0].minutes) % 1440
        apart = apart - 1440 if apart >= 720 else apart
        total = next(iter(hours)) * 60 + apart
        sign = "-" if total < 0 else "+"
        hours_part, minutes_part = divmod(abs(int(total)), 60)
        return f"{names[0]} (UTC{sign}{hours_part}{f':{minutes_part:02d}' if minutes_part else ''})"
    return None
