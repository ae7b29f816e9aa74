"""A program's clock as its writers meant it: a row written PM between two morning rows, a bare hour that would
go back before the row above, a program that would start in the small hours; each row so read is a guess named."""

from __future__ import annotations

import re

from ... import values
from .program import Draft, Session
from .report import Note
from .when import bare_hour

_PM = re.compile(r"(p)(\.?\s*m)", re.IGNORECASE)


def _rows(entries: list[Draft | Session]) -> list[Draft | Session]:
    """The rows of ``entries``, each session followed by its talks."""
    rows: list[Draft | Session] = []
    for entry in entries:
        rows += [entry, *entry.items] if isinstance(entry, Session) else [entry]
    return rows


def morning_slips(entries: list[Draft | Session], notes: list[Note]) -> None:
    """``9:45--10:15AM``, ``10:15--10:45PM``, ``10:45--11:15AM``: a row written PM between two rows whose starts
    its morning time falls between (and before the next row, which its evening time is not) is the morning,
    mistyped; so are two or more such rows one after another (``10:00-10:15 PM``, ``10:15-10:30 PM`` between
    10:00 AM and 10:30 AM); read so, a guess named."""
    rows = _rows(entries)
    timed = [d for d in rows if d.time]

    def slipped(row: Draft | Session) -> bool:
        return bool(row.time and row.time.hour > 12 and _PM.search(row.time.text))

    number = 1
    while number < len(timed) - 1:
        run = number
        while run < len(timed) - 1 and slipped(timed[run]) and timed[run].day == timed[number - 1].day:
            run += 1
        before, after, slips = timed[number - 1], timed[run], timed[number:run]
        number = max(run, number + 1)
        if not slips or after.day != before.day:
            continue
        mornings = [r.time.minutes - 720 for r in slips if r.time]
        assert before.time and after.time and slips[0].time
        if not before.time.minutes <= mornings[0] <= mornings[-1] <= after.time.minutes < slips[0].time.minutes:
            continue
        for row in slips:
            assert row.time
            written = row.time.text
            row.time = _as_morning(row.time)
            if isinstance(row, Draft) and row.end and row.end.hour > 12 and _PM.search(row.end.text):
                row.end = _as_morning(row.end)
            notes.append(Note(row.where, f"'{written}' read as {row.time.text}: written PM between the rows at "
                              f"{before.time.text} and {after.time.text}, which only the morning continues",
                              guess=True))  # fmt: skip


def afternoon_slips(entries: list[Draft | Session], notes: list[Note]) -> None:
    """``12:30``, ``1:00 Lunch``, ``14:15``: a row whose hour (1 to 11, no am/pm) would go back before the row above,
    while its afternoon time falls between the rows around it, is in the afternoon; read so, a guess named."""
    rows = _rows(entries)
    timed = [d for d in rows if d.time]
    for before, row, after in zip(timed, timed[1:], timed[2:], strict=False):
        assert before.time and row.time and after.time
        evening = row.time.minutes + 720
        if not bare_hour(row.time) or len({before.day, row.day, after.day}) > 1:
            continue
        if row.time.minutes < before.time.minutes <= evening <= after.time.minutes:
            written = row.time.text
            row.time = _as_afternoon(row.time)
            if isinstance(row, Draft) and row.end and bare_hour(row.end) and row.end.minutes + 720 >= evening:
                row.end = _as_afternoon(row.end)
            notes.append(Note(row.where, f"'{written}' read as {row.time.text}: between the rows at "
                              f"{before.time.text} and {after.time.text}, which only the afternoon continues",
                              guess=True))  # fmt: skip


def small_hours(entries: list[Draft | Session], notes: list[Note]) -> None:
    """``2.30-2.35`` .. ``5.45-6.00``: a program whose every time is written without am/pm, unpadded, in order, and
    which starts between 1 and 6 o'clock, would run in the small hours; it is the afternoon, read so, a guess
    named."""
    rows = _rows(entries)
    times = [t for r in rows for t in (r.time, r.end if isinstance(r, Draft) else None) if t]
    starts = [r.time.minutes for r in rows if r.time]
    if (len(starts) < 3 or not all(bare_hour(t) and not t.text.startswith("0") for t in times)
            or not 1 <= times[0].hour <= 6 or starts != sorted(starts)):  # fmt: skip
        return
    first, last = times[0].text, times[-1].text
    for row in rows:
        row.time = _as_afternoon(row.time) if row.time else None
        if isinstance(row, Draft) and row.end:
            row.end = _as_afternoon(row.end)
    where = next(r.where for r in rows if r.time)
    notes.append(Note(where, f"the times from {first} to {last}, written without am or pm, read as the afternoon "
                      "(a program starting at night is not one)", guess=True))  # fmt: skip


def _as_afternoon(time: values.ClockTime) -> values.ClockTime:
    return values.ClockTime(time.hour + 12, time.minute, f"{time.hour + 12}:{time.minute:02d}")


def _as_morning(time: values.ClockTime) -> values.ClockTime:
    text = _PM.sub(lambda m: ("A" if m.group(1) == "P" else "a") + m.group(2), time.text)
    return values.ClockTime(time.hour - 12, time.minute, text)


def ends_before_start(entries: list[Draft | Session], notes: list[Note]) -> None:
    """``15:50–15:35``: a row whose end, on the same day and not past midnight's small hours, comes before its start
    is a slip of the writer's with no reading that mends it (which of the two is wrong?): the start is kept, the end
    left out, and the report names the row as written."""
    for row in _rows(entries):
        if not isinstance(row, Draft) or not row.time or not row.end or row.end.minutes >= row.time.minutes:
            continue
        if row.end.hour < 6 <= row.time.hour >= 18:  # "22:00–01:00": past midnight, as written
            continue
        notes.append(Note(row.where, f"the row at {row.time.text} ends at {row.end.text}, before it starts: its end "
                          "left out (set `end` in the edition file)"))  # fmt: skip
        row.end = None
