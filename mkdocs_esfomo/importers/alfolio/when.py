"""Times and dates as workshop pages write them."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from pydantic_core import PydanticCustomError

from ... import values
from ...data import schema
from .text import plain
from .zones import city_zone, zone_after

MONTHS = {name: number for number, names in enumerate(
    ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"), 1) for name in names.split()}  # fmt: skip
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|[‘’'′]\d\d(?![\d:]))"  # 2025, or '25 and ‘25 as pages abbreviate it
# "11-12", "11 – 12", "11 and 12", "11+12"; "11*12", a dash a Markdown editor typed as an asterisk, unpaired as a
# visitor sees it
_THROUGH = r"(?:\s*(?:[-–—&+]|and)\s*|\s+(?:to|until|till|through|thru)\s+|\*)"  # "17th to 21st of August"
# 2023/05/14, May 19(th)(, 2025), 19(th) (of) May(, 2025); "-20", "and 20th" make a range; "July 26/27th" names one
# of two days, not the 26th
_NO_CLOCK = r"(?![:.]?\d|\s*[ap]\.?m\b)"  # "May 17 to 10:00", "May 17 - 10 am": a time, not a last day
DATE_FORMS = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    re.compile(
        rf"\b{_MONTH}\s+{_DAY}(?!\s*/\s*\d)(?:{_THROUGH}(?P<last>\d{{1,2}})(?:st|nd|rd|th)?{_NO_CLOCK})?\b"
        rf"(?:,?\s+{_YEAR})?"
    ),
    re.compile(
        rf"(?<![\d/]){_DAY}(?:{_THROUGH}(?P<last>\d{{1,2}})(?:st|nd|rd|th)?{_NO_CLOCK})?(?:\s+of)?\s+{_MONTH}\b"
        rf"(?:,?\s+{_YEAR})?"
    ),
    # Chinese and Japanese: "2025年06月14日", "6月14日" (year, month, day)
    re.compile(r"(?<!\d)(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
)


_FULL_MONTHS = [name for name in MONTHS if len(name) > 4]
_WORD = re.compile(r"[A-Za-z]{5,10}")


def _one_slip(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter wrong, missing, added, or two neighbours swapped."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    if len(word) == len(name):
        wrong = [i for i in range(len(word)) if word[i] != name[i]]
        return len(wrong) == 1 or (len(wrong) == 2 and wrong[1] == wrong[0] + 1 and
                                   word[wrong[0]] == name[wrong[1]] and word[wrong[1]] == name[wrong[0]])  # fmt: skip
    short, long = sorted((word, name), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def respelt_months(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``24th Februray 2026``: a month's name written with a slip of the keys (one letter wrong, missing, added or
    swapped, its first two right: ``Ocotober``) beside a day, read as the month; the text with each so read, and
    what was read as what."""
    read: list[tuple[str, str]] = []

    def month(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in MONTHS:
            return word
        name = next((n for n in _FULL_MONTHS if n[:2] == word[:2].lower() and _one_slip(word.lower(), n)), None)
        if name is None:
            return word
        fixed = name.capitalize()
        around = text[max(0, match.start() - 12) : match.start()] + fixed + text[match.end() : match.end() + 12]
        if not find_dates(around, 2000):
            return word
        read.append((word, fixed))
        return fixed

    return _WORD.sub(month, text), read


class Found(NamedTuple):
    first: dt.date
    last: dt.date | None  # a range: "July 18-19, 2025"
    start: int
    end: int
    year_given: bool


def find_dates(text: str, year: int | None) -> list[Found]:
    """Every date written in ``text``, in order; a date without its year takes ``year`` (none without)."""
    found: list[Found] = []
    for form in DATE_FORMS:
        for match in form.finditer(text):
            if any(f.start <= match.start() < f.end for f in found):
                continue
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower(), 0)
            given = match.group("year")
            try:
                first = dt.date(full_year(given) if given else year or 0, month, int(match.group("day")))
                last_day = match.groupdict().get("last")
                last = first.replace(day=int(last_day)) if last_day else None
            except ValueError:  # no year, no such month ("Foo 12") or day
                continue
            found.append(Found(first, last if last and last > first else None, match.start(), match.end(), bool(given)))
    for match, day in _numeric_dates(text):
        if day and not any(f.start <= match.start() < f.end for f in found):
            found.append(Found(day, None, match.start(), match.end(), True))
    return _ranges(sorted(found, key=lambda f: f.start), text)


_TO = re.compile(r"[\s*_]*(?:~|–|—|-{1,2}|to|until|through|till)[\s*_]*", re.IGNORECASE)


def _ranges(found: list[Found], text: str) -> list[Found]:
    """``"2021-06-01 ~ 2021-09-12"``, ``"June 30 to July 2"``: two dates joined by a dash or "to" are one range."""
    out: list[Found] = []
    for date in found:
        before = out[-1] if out else None
        if before and not before.year_given and date.year_given and _TO.fullmatch(text[before.end : date.start]) \
                and (before.first.month, before.first.day) != (2, 29):  # "October 30-November 3, 2025": its year
            moved = before.first.replace(year=date.first.year)
            before = before._replace(first=moved if moved <= date.first else moved.replace(year=moved.year - 1))
        if before and before.last is None and date.last is None and _TO.fullmatch(text[before.end : date.start]) \
                and 0 < (date.first - before.first).days < 400:  # fmt: skip
            out[-1] = before._replace(last=date.first, end=date.end, year_given=before.year_given or date.year_given)
        else:
            out.append(date)
    return out


# What follows a day that is one of two it may be ("December 11 or 12", "11 or December 12")
OR_DAY = re.compile(r"\W*(?:or|either)\s+(?:[A-Za-z]+\.?\s+)?(\d{1,2})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?!\d|[/.]\d)")


def _written_in_numbers(text: str) -> list[re.Match[str]]:
    return [m for m in _NUMERIC.finditer(text) if len(m.group(4)) == 4 or m.group(2) == "/"]


def _orders_shown(found: list[re.Match[str]]) -> tuple[bool, bool]:
    """Whether a number over 12 shows a date written day first, and whether one shows one written month first."""
    return any(int(m.group(1)) > 12 for m in found), any(int(m.group(3)) > 12 for m in found)


def _numeric_dates(text: str, order: str | None = None) -> list[tuple[re.Match[str], dt.date | None]]:
    """``18/07/2023``, ``07/18/2023``, ``18.07.2023``, ``2/27/26``: each date written in numbers, read day first or
    month first as a number over 12 in the text says (``11/08/2023 (extended to 14/08/2023)``: both day first), else
    in the ``order`` given ("day" or "month" first); one neither order can be told of (``3/4/26``) is not read
    (None). A two-digit year is read after slashes only."""
    found = _written_in_numbers(text)
    day_first, month_first = _orders_shown(found)
    if not day_first and not month_first and order:
        day_first, month_first = order == "day", order == "month"
    out: list[tuple[re.Match[str], dt.date | None]] = []
    for match in found:
        first, second, year = int(match.group(1)), int(match.group(3)), full_year(match.group(4))
        day = None
        if first == second or day_first != month_first:
            day_number, month = (second, first) if month_first else (first, second)
            try:
                day = dt.date(year, month, day_number)
            except ValueError:
                day = None
        out.append((match, day))
    return out


def numeric_order(text: str) -> str | None:
    """Whether the dates written in numbers in ``text`` are day first ("day") or month first ("month"), as a number
    over 12 shows; None when nothing shows it, or the text shows both."""
    day_first, month_first = _orders_shown(_written_in_numbers(text))
    return None if day_first == month_first else "day" if day_first else "month"


def close_numeric_order(text: str) -> str | None:
    """Whether the dates written in numbers in ``text`` are day first ("day") or month first ("month"): as a number
    over 12 shows, else the order that keeps them closest together (``10/06/2024`` ... ``10/09/2024``: four days of
    October, not four months' tenths); None when neither order can be told."""
    if order := numeric_order(text):
        return order
    spans = {}
    for order in ("day", "month"):
        days = [day for _, day in _numeric_dates(text, order) if day is not None]
        spans[order] = (max(days) - min(days)).days if len(days) >= 2 else None
    if spans["day"] is None or spans["month"] is None or spans["day"] == spans["month"]:
        return None
    return "day" if spans["day"] < spans["month"] else "month"


def settled_numeric_dates(text: str, order: str) -> tuple[str, list[tuple[str, dt.date]]]:
    """The text with each date written in numbers whose order it cannot tell by itself (``5/6/26``) written as
    ``order`` reads it (``2026-05-06``, month first), and each date so read, as written."""
    read = []
    for (match, alone), (_, day) in reversed(list(zip(_numeric_dates(text), _numeric_dates(text, order),
                                                      strict=True))):  # fmt: skip
        if alone is None and day is not None:
            text = text[: match.start()] + day.isoformat() + text[match.end() :]
            read.append((match.group(0), day))
    return text, read[::-1]


def iso_numeric_dates(text: str) -> str:
    """The text with each date written in numbers that can be read (``18/07/2023``) written ``2023-07-18``."""
    for match, day in reversed(_numeric_dates(text)):
        if day is not None:
            text = text[: match.start()] + day.isoformat() + text[match.end() :]
    return text


_HALF_AFTER_24_HOURS = re.compile(r"((?:1[3-9]|2[0-3]):[0-5]\d)\s*[ap]\.?\s?m\.?", re.IGNORECASE)
_DOTTED_HALF = re.compile(r"(\d{1,2})\.([0-5]\d)(\s*[ap]\.?\s?m\.?)", re.IGNORECASE)


def full_year(text: str) -> int:
    """``"2026"``, and ``"'26"`` or ``"‘26"`` as pages abbreviate it: 2026."""
    digits = text.strip("‘’'′ ")
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


_NOON_HOUR = re.compile(r"(12(?::[0-5]\d)?)\s*\(?(?:noon|midday)\)?", re.IGNORECASE)


def clock(text: str) -> values.ClockTime | None:
    """A clock time as written (``9:00am``, ``noon``), if the data format understands it; ``13:00 PM`` is 13:00, the
    suffix saying nothing the hour does not (nor does ``16:45 AM``'s); ``12.00 PM`` is 12:00, the dot a colon where
    am or pm says it is a clock's; ``12:15 Noon`` is 12:15 pm."""
    text = text.strip()
    if found := _NOON_HOUR.fullmatch(text):  # "12:15 Noon": a time of the noon hour, said so
        text = f"{found.group(1)}pm"
    if found := _DOTTED_HALF.fullmatch(text):
        text = f"{found.group(1)}:{found.group(2)}{found.group(3)}"
    if found := _HALF_AFTER_24_HOURS.fullmatch(text):
        text = found.group(1)
    text = re.sub(r"^12\s*(?::00\s*)?(midnight)$", r"\1", text, flags=re.IGNORECASE)  # "12 midnight"
    try:
        return schema.parse_time(re.sub(r"([ap])\.m\.?", r"\1m", text.replace(" ", ""), flags=re.IGNORECASE))
    except PydanticCustomError:
        return None


# What joins a slot's start and end: dashes of every width, a minus, a tilde ("09:00 ~ 09:30"), words
RANGE_MARK = r"(?:-{1,2}|–|—|−|‒|―|~|～|to|until)"
_RANGE = re.compile(rf"\s*{RANGE_MARK}\s*")
_FROM = re.compile(r"^from\s+(?=\d)", re.IGNORECASE)  # "from 9:00 to 9:30"


WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # a weekday's name written whole, for a pattern
_WEEKDAY = re.compile(rf"^(?:{WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                      r"\.?,?\s+(?=\d)", re.IGNORECASE)


_DOTTED = re.compile(r"\d{1,2}\.[0-5]\d")  # "2.30": hours and minutes, a dot between
_SPACED_PAIR = re.compile(r"(\d{1,2}:[0-5]\d)\s+(\d{1,2}:[0-5]\d)")
_OPEN_END = ("close", "end", "late", "onwards", "onward", "finish")
# How long the slot lasts, in brackets after its times: "8:05 - 8:25am (20m)", "(15 min)", "(1h)", "(1 h 30)".
_LENGTH_AFTER = re.compile(r"\s*\(\s*\d+(?:[.,]\d+)?\s*(?:m|mins?|minutes?|h|hrs?|hours?|'|′|’)"
                           r"(?:\s*\d+\s*(?:m|mins?|minutes?)?)?\s*\)$", re.IGNORECASE)


_MILITARY = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # "0900", "1415": hours and minutes, no colon between
_SECONDS = re.compile(r"^(\d{1,2}:[0-5]\d):[0-5]\d(?!\d)")  # "09:00:00": the seconds say nothing more
# "9:00 h", "14 Uhr", "9:00 hrs", "14h": the word for hours after a clock's figures
_HOURS_WORD = re.compile(r"(?<=\d)\s*(?:h|hrs?|uhr)\.?$|(?<=^\d)h$|(?<=^\d\d)h$", re.IGNORECASE)


def time_range(text: str) -> tuple[values.ClockTime, values.ClockTime | None] | None:
    """``"9:00 - 9:30"``, ``"08:15 -- 08:30"``, ``"9:00am"``: the start and the end, if written; a length after
    them (``"8:05 - 8:25am (20m)"``) says nothing more."""
    text = _WEEKDAY.sub("", plain(text).strip())  # "Sat 7:30 a.m. - 8:00 a.m.": the day is the table's
    text = _LENGTH_AFTER.sub("", _FROM.sub("", text))
    if zone := zone_after(text):  # "2:00 PM - 2:45 PM (UTC)": the zone is the rows', not the clock's
        text = _LENGTH_AFTER.sub("", text[: zone[0]])
    if not text:
        return None
    parts = [p for p in _RANGE.split(text, maxsplit=1) if p.strip()]
    if len(parts) == 1 and (spaced := _SPACED_PAIR.fullmatch(text)):  # "13:45 14:00": two clocks, a space between
        parts = [spaced.group(1), spaced.group(2)]
    if len(parts) == 2 and all(_DOTTED.fullmatch(p.strip()) for p in parts):  # "2.30-2.35": both ends a clock's
        parts = [p.strip().replace(".", ":") for p in parts]
    elif len(parts) == 2 and any(_DOTTED.fullmatch(p.strip()) for p in parts) \
            and any(re.fullmatch(r"\d{1,2}:[0-5]\d", p.strip()) for p in parts):  # fmt: skip
        parts = [p.strip().replace(".", ":") for p in parts]  # "7:30-8.45": a dot slipped in for one end's colon
    if len(parts) == 2 and (parts[1].strip().lower() in _OPEN_END or not parts[1].strip(" .…?")):
        parts = parts[:1]  # "4:05 - CLOSE", "17:15 - ...": a start, no end
    if not parts or len(parts) > 2:
        return None
    if (len(parts) == 2 and all(_MILITARY.fullmatch(p.strip()) for p in parts)  # "0900-0915": a 24-hour clock
            and not all(1950 <= int(p) <= 2099 for p in parts) and int(parts[0]) < int(parts[1])):  # not "2025-2026"
        parts = [f"{p.strip()[:2]}:{p.strip()[2:]}" for p in parts]
    times = [clock(_HOURS_WORD.sub("", _SECONDS.sub(r"\1", p.strip()))) for p in parts]
    if any(t is None for t in times):
        return None
    start, end = times[0], (times[1] if len(times) > 1 else None)
    assert start is not None
    if end and start.text[-2:].lower() not in ("am", "pm") and end.text[-2:].lower() in ("am", "pm"):
        # "10:45-11:30am": the start shares the end's half of the day, unless that would put it after the end
        fixed = clock(start.text + end.text[-2:])
        if fixed and fixed.minutes <= end.minutes:
            start = fixed
    return start, end


# -- time zones --

ALL_DAY = re.compile(r"\s*(?:all[\s-]*day|whole[\s-]*day|全天|终日|終日)\s*", re.IGNORECASE)


def placed_time(text: str) -> tuple[str, str | None] | None:
    """``"北京09:00 (巴黎3:00, 纽约21:00)"``, ``"09:00 (Paris 3:00, New York 21:00)"``, ``"Beijing 09:00"``: a time
    written after the place whose clock it is, or before the same time in other places: the first time as written,
    and the place named before it."""
    found = _PLACED_TIME.fullmatch(plain(text))
    place = (found.group("place") or "").strip() if found else ""
    if not found or (place and not city_zone(place)) or not (place or found.group("others")):
        return None  # "Keynote 9:00": no place's clock
    return (found.group("time"), place or None) if time_range(found.group("time")) else None


_PLACED_TIME = re.compile(r"\s*(?P<place>[^\W\d_][^\d()]{0,20}?)?\s*(?P<time>\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?)"
                          r"\s*(?:\((?P<others>[^()]*\d{1,2}[:.]\d{2}[^()]*)\))?\s*", re.IGNORECASE)


def time_alone(cell: str) -> tuple[values.ClockTime, values.ClockTime | None] | None:
    """``"16:45 -- 17:00"``: the times a cell says when it says nothing else (a row written title first)."""
    said = plain(cell)
    alone = not re.sub(r"[\d:.\s\-–—]+|\b(?:[ap]\.?m\.?|to)\b", "", said, flags=re.IGNORECASE)
    return time_range(said) if said and alone else None


def afternoon(times: tuple[values.ClockTime, values.ClockTime | None], before: int | None,
              ) -> tuple[values.ClockTime, values.ClockTime | None]:  # fmt: skip
    """``12:00-01:00`` then ``01:00-01:35``, in a table whose times are all written on a 12-hour clock without
    am/pm: a time that would go back in the day is in the afternoon. Once the rows are in the afternoon, a time a
    little before the last one (``04:40`` then ``04:30``, a slip) is in the afternoon too, not back in the morning."""
    start, end = times
    slip = before is not None and before >= 720 and 0 < before - (start.minutes + 720) <= 60
    if before is not None and bare_hour(start) and (start.minutes < before <= start.minutes + 720 or slip):
        start = values.ClockTime(start.hour + 12, start.minute, f"{start.hour + 12}:{start.minute:02d}")
    if end and bare_hour(end) and end.minutes < start.minutes <= end.minutes + 720:
        end = values.ClockTime(end.hour + 12, end.minute, f"{end.hour + 12}:{end.minute:02d}")
    return start, end


def noon(times: tuple[values.ClockTime, values.ClockTime | None], before: int | None,
         ) -> tuple[values.ClockTime, values.ClockTime | None]:  # fmt: skip
    """``11:00 AM``, then ``12:30 AM``, then ``01:00 PM``: a "12 AM" time after the morning's rows is the noon hour
    (12 AM is midnight, which would go back in the day); so is the end of ``11:15 - 12:00 AM``, a morning slot."""

    def moved(time: values.ClockTime) -> values.ClockTime:
        if time.hour == 0 and re.search(r"12[:.h]?\d{0,2}\s*a\.?m", time.text, re.IGNORECASE):
            return values.ClockTime(12, time.minute, f"12:{time.minute:02d}")
        return time

    start, end = times
    if end is not None and 0 < start.minutes < 12 * 60 and end.minutes < start.minutes and moved(end) is not end:
        return start, moved(end)
    if before is None or not 0 < before < 12 * 60 + start.minute or moved(start) is start:
        return times
    return moved(start), (moved(end) if end else None)


def bare_hour(time: values.ClockTime) -> bool:
    """Written with an hour of 1 to 11 and no am/pm: it could be either half of the day."""
    return 1 <= time.hour <= 11 and not re.search(r"[ap]\.?m|noon|midnight", time.text, re.IGNORECASE)
