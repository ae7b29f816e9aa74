"""What valid data can still get wrong: the mistakes organizers make that every field alone allows.

Each check returns problems at the place in the file that needs the fix. They are
warnings (``--strict`` fails), as the site they describe builds, only wrongly.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import values
from ..errors import Problem, quoted, suggest

if TYPE_CHECKING:
    from typing import TypeGuard

    from .schema import ScheduleItem, Session

if TYPE_CHECKING:
    from ..workshop import Edition
    from .yamlsource import Document, Path_

WELL_KNOWN_LINKS = ("submission", "papers", "recordings", "conference_page")
# Dates that belong before the workshop: one named so after it is usually a typo in the year.
_BEFORE_WORKSHOP = re.compile(r"\b(submission|submit|abstract|notification|camera|registration)", re.IGNORECASE)


class _Timed(NamedTuple):
    loc: Path_
    time: values.ClockTime
    day: dt.date | None


def edition(edition: Edition, doc: Document) -> list[Problem]:
    """Every check of one edition file."""
    return [
        *_schedule_order(edition, doc),
        *_schedule_days(edition, doc),
        *_deadlines(edition, doc),
        *_zones(edition, doc),
        *_announcements(edition, doc),
        *_links(edition, doc),
        *_wordless(edition, doc),
    ]


def _timed(edition: Edition) -> Iterator[_Timed]:
    """Every time the schedule gives, in the order written, with the day it falls on."""
    day = edition.data.first_day
    for i, entry in enumerate(edition.data.schedule):
        if _is_session(entry):
            day = entry.day or day
            if entry.time:
                yield _Timed(("schedule", i, "time"), entry.time, day)
            for j, item in enumerate(entry.items):
                day = item.day or day
                if item.time:
                    yield _Timed(("schedule", i, "items", j, "time"), item.time, day)
        else:
            day = entry.day or day
            if entry.time:
                yield _Timed(("schedule", i, "time"), entry.time, day)


def _is_session(entry: Session | ScheduleItem) -> TypeGuard[Session]:
    return hasattr(entry, "session")  # records, not models: no isinstance


def _without_half(time: values.ClockTime) -> bool:
    """Written without am/pm, and read as a morning time that could be meant as afternoon."""
    return 1 <= time.hour <= 11 and not re.search(r"[ap]\.?\s*m?\.?$|noon|midday|midnight", time.text, re.I)


def _schedule_order(edition: Edition, doc: Document) -> Iterator[Problem]:
    """Times go forward within a day. A time written without am/pm that reads right as pm is named so."""
    last: tuple[int, values.ClockTime, dt.date | None] | None = None  # minutes as meant, as written, day
    for loc, time, day in _timed(edition):
        if last is not None and day != last[2]:
            last = None
        minutes = time.minutes
        if last is not None and minutes < last[0]:
            before = last[1].text
            if _without_half(time) and minutes + 720 >= last[0]:
                meant = values.ClockTime(time.hour + 12, time.minute, "")
                message = (f"{quoted(time.text)} comes after {quoted(before)}, so it reads as "
                           f"{time.hour}:{time.minute:02d} in the morning; if you mean the afternoon, write "
                           f"\"{meant.hour}:{meant.minute:02d}\" or \"{time.hour}:{time.minute:02d}pm\"")
                yield doc.problem(loc, message, warning=True)
                minutes += 720
            else:
                message = (f"{quoted(time.text)} is earlier than {quoted(before)} before it: schedule items go in "
                           "time order (for another day, give the item a `day`)")
                yield doc.problem(loc, message, warning=True)
                continue
        last = (minutes, time, day)
    for item, loc in _items(edition):
        if item.time and item.end and item.end.minutes <= item.time.minutes:
            message = f"{quoted(item.end.text)} is not after the item's start {quoted(item.time.text)}"
            yield doc.problem((*loc, "end"), message, warning=True)


def _items(edition: Edition) -> Iterator[tuple[Any, Path_]]:
    for i, entry in enumerate(edition.data.schedule):
        if _is_session(entry):
            for j, item in enumerate(entry.items):
                yield item, ("schedule", i, "items", j)
        else:
            yield entry, ("schedule", i)


def _schedule_days(edition: Edition, doc: Document) -> Iterator[Problem]:
    data = edition.data
    if data.schedule and data.first_day is None and any(True for _ in _timed(edition)):
        line, col = doc.where(("schedule",), key=True)
        message = ("the schedule has times but the edition has no date: give `date:` so times can be placed "
                   "(visitors' own times, the calendar)")
        yield Problem(doc.path, line, col, "date", message, warning=True)
    if data.first_day is None or data.last_day is None:
        return
    days: list[tuple[Path_, dt.date | None]] = [(("schedule", i), e.day) for i, e in enumerate(data.schedule)]
    days += [(loc, item.day) for item, loc in _items(edition)]
    for loc, day in days:
        if day and not data.first_day <= day <= data.last_day:
            span = f"{data.first_day}" if data.first_day == data.last_day else f"{data.first_day} to {data.last_day}"
            yield doc.problem((*loc, "day"), f"{day} is not a day of the workshop ({span})", warning=True)


def _deadlines(edition: Edition, doc: Document) -> Iterator[Problem]:
    last_day = edition.data.last_day
    for i, deadline in enumerate(edition.deadlines):
        if deadline.was and deadline.was >= deadline.at:
            message = (f"the extended deadline ({_shown(deadline.at, deadline.all_day)}) is not after the one it "
                       f"extends (was: {_shown(deadline.was, deadline.all_day)}): swap `at` and `was`?")
            yield doc.problem(("dates", i, "at"), message, warning=True)
        if last_day and _BEFORE_WORKSHOP.search(deadline.name) and deadline.at.date() > last_day:
            message = (f"{quoted(deadline.name)} ({deadline.at.date()}) is after the workshop ({last_day}): "
                       "check the year")
            yield doc.problem(("dates", i, "at"), message, warning=True)


def _shown(at: dt.datetime, all_day: bool) -> str:
    return f"{at:%Y-%m-%d}" if all_day else f"{at:%Y-%m-%d %H:%M}"


def _zones(edition: Edition, doc: Document) -> Iterator[Problem]:
    def fixed(name: str | None, loc: Path_) -> Iterator[Problem]:
        if name in values.FIXED_ZONES:
            offset = values.zone(name).utcoffset(dt.datetime(2000, 1, 1))
            hours = int(offset.total_seconds() // 3600) if offset else 0
            message = (f"{quoted(name)} is UTC{hours:+d} all year, also when daylight saving time applies there: "
                       f"write the place's IANA name, such as '{values.FIXED_ZONES[name]}'")
            yield doc.problem(loc, message, warning=True)

    yield from fixed(edition.data.timezone, ("timezone",))
    for i, date in enumerate(edition.data.dates):
        yield from fixed(date.tz, ("dates", i, "tz"))
    yield from _zone_label(edition, doc)


def _zone_label(edition: Edition, doc: Document) -> Iterator[Problem]:
    """A label naming another zone's time (`PT` kept when the workshop moved to Europe/Paris)."""
    data = edition.data
    named = values.ABBREVIATIONS.get((data.timezone_label or "").upper())
    if not named or not data.timezone:
        return
    days = [data.first_day] if data.first_day else [dt.date(2000, 1, 1), dt.date(2000, 7, 1)]
    noons = [(dt.datetime.combine(day, dt.time(12), values.zone(data.timezone)),
              dt.datetime.combine(day, dt.time(12), values.zone(named))) for day in days]
    if all(here.utcoffset() != there.utcoffset() for here, there in noons):
        shown = noons[0][0].tzname()
        message = (f"'{data.timezone_label}' is the time of {named}, not of {data.timezone}, where the schedule's "
                   f"times are: remove timezone_label (the site then says {shown}) or correct it")
        yield doc.problem(("timezone_label",), message, warning=True)


def _announcements(edition: Edition, doc: Document) -> Iterator[Problem]:
    for i, item in enumerate(edition.data.announcements):
        if item.from_ and item.until and item.until < item.from_:
            message = f"{item.until} is before `from` ({item.from_}): the announcement would never show"
            yield doc.problem(("announcements", i, "until"), message, warning=True)


def _links(edition: Edition, doc: Document) -> Iterator[Problem]:
    for name in edition.data.links:
        hint = suggest(name, WELL_KNOWN_LINKS) if name not in WELL_KNOWN_LINKS else ""
        if hint:
            message = f"{quoted(name)} is shown as written{hint}"
            yield doc.problem(("links", name), message, key=True, warning=True)


def _wordless(edition: Edition, doc: Document) -> Iterator[Problem]:
    """Names and titles need words: the tab, search results and screen readers show nothing else."""
    data = edition.data
    texts: list[tuple[Path_, str | None]] = [(("name",), data.name), (("title",), data.title)]
    for i, entry in enumerate(data.schedule):
        if hasattr(entry, "session"):
            texts.append((("schedule", i, "session"), entry.session))
    texts += [((*loc, "title"), item.title) for item, loc in _items(edition)]
    texts += [(("papers", i, "title"), paper.title) for i, paper in enumerate(data.papers)]
    texts += [(("dates", i, "name"), date.name) for i, date in enumerate(data.dates)]
    for loc, text in texts:
        if text and not has_words(text):
            message = f"{quoted(text)} has no letters or digits: add words (the emoji may stay)"
            yield doc.problem(loc, message, warning=True)


def has_words(text: str) -> bool:
    return any(unicodedata.category(char)[0] in "LN" for char in text)


def people(entries: dict[str, Any], doc: Document) -> Iterator[Problem]:
    for pid, entry in entries.items():
        if entry is not None and not has_words(entry.name):
            message = f"{quoted(entry.name)} has no letters: write the person's name"
            yield doc.problem((pid, "name"), message, warning=True)


class EditionSummary(NamedTuple):
    """An edition file as the workshop-wide checks see it."""

    id: str
    path: str  # as shown in messages
    name: str | None
    first_day: dt.date | None
    doc: Document | None


_USABLE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # whole: fullmatch, so that no line break ends one
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def edition_ids(stems: list[tuple[str, str]]) -> Iterator[Problem]:
    """``(stem, shown path)`` of every edition file: one file per id, and ids that work in URLs."""
    seen: dict[str, str] = {}
    for stem, path in stems:
        if not _USABLE_ID.fullmatch(stem):
            message = (f"{quoted(stem)} is not a usable edition id (it is the file name and the page's address): "
                       "use letters, digits, '-', '_' or '.'")
            yield Problem(path, 1, 1, "", message)
        if stem in seen:
            message = f"edition {quoted(stem)} is also defined by {seen[stem]}: keep one of the two files"
            yield Problem(path, 1, 1, "", message)
        seen.setdefault(stem, path)


def workshop(files: list[EditionSummary], current: str | None, chosen: str | None) -> Iterator[Problem]:
    """Across editions: names tell editions apart; the current edition is the one people expect."""
    named: dict[str, EditionSummary] = {}
    for file in files:
        if file.name is None or file.doc is None:
            continue
        other = named.setdefault(file.name, file)
        if other is not file:
            line = other.doc.where(("name",))[0] if other.doc else 1
            message = (f"{quoted(file.name)} is also the name of edition {other.id} ({other.path}:{line}): "
                       "give each its own")
            yield file.doc.problem(("name",), message, warning=True)
    if current is not None or chosen is None:
        return
    newest = _newest_by_id(files)
    if newest is None or newest.id == chosen or newest.doc is None:
        return
    picked = next(f for f in files if f.id == chosen)
    # Without a date it is being prepared (Site.notes says so); dated later, a draft may wait its turn.
    if newest.first_day is not None and picked.first_day is not None and newest.first_day < picked.first_day:
        message = (f"{newest.first_day} is earlier than {chosen}'s date ({picked.first_day}), so {chosen} is the "
                   f"current edition, shown on the home page, not {newest.id}: fix the date, or set `current` in the "
                   "esfomo plugin options")
        yield newest.doc.problem(("date",), message, warning=True)


def _newest_by_id(files: list[EditionSummary]) -> EditionSummary | None:
    """The edition whose id names the latest year, when every id names one."""
    years = [(_YEAR.findall(f.id), f) for f in files]
    if len(files) < 2 or any(len(found) != 1 for found, _ in years):
        return None
    return max(years, key=lambda pair: (int(pair[0][0]), pair[1].id))[1]
