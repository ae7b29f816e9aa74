"""Who the workshop is: its name, title, year, day, place and time zone, from the configuration and pages."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from .blocks import parse
from .date_lines import MILESTONE_WORDS, FoundDate, exact_beside_undecided, without_other_dates
from .editions import opening_quote
from .host import says_host
from .jekyll import JekyllPage, JekyllSite
from .program import Schedule
from .report import Note
from .site_config import config_line
from .text import has_word, lines, plain, rich, rich_html, words
from .venue import DAY_WRITTEN, LOCATION, city_in, configured_zone, venue_zone, where_said, without_past_editions
from .when import OR_DAY, close_numeric_order, find_dates, settled_numeric_dates
from .zones import Zone, city_zone, find_zone


def _offset(zone: str, day: dt.date | None) -> dt.timedelta | None:
    """The zone's offset from UTC at noon on ``day`` (mid-July when the day is not known)."""
    noon = dt.datetime.combine(day or dt.date(dt.date.today().year, 7, 15), dt.time(12), ZoneInfo(zone))
    return noon.utcoffset()


# "Times are shown in CDT", "The schedule in local time zone, China Standard Time (CST)": the zone said outright
# "All times are in CEST", "The schedule is given in UTC+2"; a line labelled with what it gives: "Time Zone: AEST"
_TIMES_ARE = re.compile(r"\b(?:times|schedule)\b[^.]*\b(?:are|is|in|shown|given|listed)\b|^\W*time[\s-]*zone\s*:",
                        re.IGNORECASE)  # fmt: skip

TEMPLATE_DESCRIPTIONS = ("whitespace theme for academics", "a simple, whitespace theme",
                         "write an awesome description for your new site here")  # `jekyll new`'s
DAY_WORDS = ("held", "take place", "takes place", "taking place", "took place", "join us", "workshop date", "when",
             "will be on", "will run", "happens", "happening", "scheduled for")  # fmt: skip
# "In conjunction with NeurIPS 22: December 2, 2022": the workshop is held with a conference, on the one day named
_WITH_WORDS = ("in conjunction with", "co-located with", "colocated with", "collocated with")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-]|\.\w)")  # "December 2, 2022.": a sentence's end
_DAY_NAMES = ("date", "dates", "day", "days")  # the date naming the workshop that says it is its day


@dataclass
class Identity:
    name: str
    year: int | None
    title: str | None = None
    subtitle: str | None = None
    day: dt.date | tuple[dt.date, dt.date] | None = None
    city: str | None = None
    zone: Zone | None = None
    contact: str | None = None
    conference: dict[str, Any] | None = None  # the host conference: name and website
    notes: list[Note] = field(default_factory=list)


def _config_text(site: JekyllSite, key: str) -> str:
    return plain(rich_html(str(site.config.get(key) or "")))


def _layouts_show(site: JekyllSite, key: str) -> bool:
    """Whether a layout or an include of the site shows ``site.<key>`` (``{{ site.subtitle | markdownify }}``)."""
    files = [*(site.root / "_layouts").glob("*.htm*"), *(site.root / "_includes").glob("*.htm*")]
    shown = re.compile(rf"\{{\{{-?\s*site\.{re.escape(key)}\b")
    return any(shown.search(f.read_text(encoding="utf-8-sig", errors="replace")) for f in files if f.is_file())


def site_name(site: JekyllSite, home: JekyllPage | None) -> str:
    """``title`` of ``_config.yml``; al-folio shows the full name (first, middle, last) when it is ``blank``, and
    its old versions the ``name``."""
    title = _config_text(site, "title")
    if not title or title.lower() == "blank":
        title = " ".join(p for p in (_config_text(site, k) for k in ("first_name", "middle_name", "last_name")) if p)
    if not title:
        title = _config_text(site, "name")
    if not title and home:
        title = plain(rich_html(home.title))
        if title.lower() in MENU_TITLES and (heading := home_heading(home)):
            title = heading[0]
    return title


_HEADING = re.compile(r"<h([1-3])\b[^>]*>(.*?)</h\1\s*>|^#{1,3}\s+(.+)$", re.DOTALL | re.IGNORECASE | re.MULTILINE)


def full_title(home: JekyllPage) -> tuple[str, str] | None:
    """The home page's first heading that names the workshop in full ("The 2nd Workshop on Efficient Natural
    Language and Speech Processing (ENLSP)"), and where it is: in the page, or in its layout's banner."""
    for text, where in [(home.body, ""), *((t, w) for w, t in home.aside)]:
        for found in _HEADING.finditer(text):
            title = plain(rich_html(found.group(2) or found.group(3) or ""))
            if re.search(r"\bworkshop on\b", title, re.IGNORECASE) and len(title.split()) <= 20:
                return title, where or home.where(text.count("\n", 0, found.start()))
    return None


MENU_TITLES = ("about", "home", "welcome", "index", "overview")  # the menu's word for the home page, no name


def home_heading(home: JekyllPage) -> tuple[str, str] | None:
    """The home page's first top-level heading, and where it is."""
    first = next((b for b in parse(home.body) if b.kind == "heading" and b.level == 1 and plain(b.text)), None)
    return (plain(first.text), home.where(first.start)) if first else None


def find_year(site: JekyllSite, home: JekyllPage | None, dates: list[FoundDate]) -> int | None:
    """The edition's year: named in the title, description or home page's subtitle, else the dates' year."""
    texts = [_config_text(site, k) for k in ("title", "first_name", "last_name", "description")]
    if home:
        texts += [str(home.meta.get("subtitle") or ""), home.title]
        texts += [b.text for b in parse(home.body) if b.kind == "heading"]
        texts += [line for line, _ in opening_quote(home) if has_word(line, "workshop")]
    for text in texts:
        if found := _YEAR.search(plain(text)):
            return int(found.group(1))
    if day := next((d for d in _workshop_dates(dates) if d.at.day.year > 1), None):
        return day.at.day.year  # deadlines in November, the workshop in March: the workshop's year
    years = Counter(d.at.day.year for d in dates if d.at.day.year > 1)
    if years:
        return years.most_common(1)[0][0]
    if home and (found := _YEAR.search(home.body)):
        return int(found.group(1))
    return None


def _workshop_dates(dates: list[FoundDate]) -> list[FoundDate]:
    """The dates that name the workshop, the likeliest to be its day first."""
    named = [d for d in dates
             if (has_word(d.name, "workshop", "event") or _the_meeting(d.name))
             and not has_word(d.name, "paper", "papers", "submission")
             and not has_word(d.name, "acceptance", "notification", "proposal", "proposals", "deadline")
             and not has_word(d.name, *_MADE_PUBLIC)  # "Official workshop programme available": a day before it
             and not _INVITED_TO.search(d.name)]  # fmt: skip
    # "Workshop Date" over "Workshop Website and CFP" listed before it; a date named "Workshop" alone is the day too;
    # "The workshop will take place ..." over a date that names the workshop in passing
    return sorted(named, key=lambda d: (not _HELD.search(d.name),
                                        len(d.name.split()) > 1 and not has_word(d.name, *_DAY_NAMES)))


# "Workshop programme available", "Workshop website released": the day something of the workshop is made public
_MADE_PUBLIC = ("available", "availability", "released", "release", "published", "publication", "announced",
                "announcement", "posted")
# "Top teams will be invited to present at our workshop": the day of the invitations, before the workshop's
_INVITED_TO = re.compile(r"\binvit(?:ed|es?|ing)\s+to\b|\binvitations?\b", re.IGNORECASE)
# "The workshop will take place ...", "The workshop begins.", "Workshop held in room S02": the workshop's own day
_HELD = re.compile(r"\b(?:workshop|event)\b(?:\s+(?:will|shall|is|was))?\s+(?:take\s+place|takes\s+place|took\s+place|"
                   r"be\s+held|held|begins?|starts?|opens?)\b", re.IGNORECASE)


def _the_meeting(name: str) -> bool:
    """A date named by the meeting alone, "Conference" or "Symposium dates" (a symposium's own list of dates), not
    "Main conference" nor "NeurIPS Conference", whose words name another meeting than the site's."""
    said = words(name)
    return bool(said) and said[0] in ("conference", "symposium") and all(w in _DAY_NAMES for w in said[1:])


# "9 / 10 June 2025": the day before the slash, left in the date's note, is another day the workshop may be on
# ("December 11 or 12" says the same with "or")
_SLASHED_DAY = re.compile(r"\s*(\d{1,2})\s*/(?!\S)")


def _day(home: JekyllPage | None, pages: list[JekyllPage], dates: list[FoundDate], schedule: Schedule,
         year: int | None, notes: list[Note]) -> dt.date | tuple[dt.date, dt.date] | None:  # fmt: skip
    said = _said_days(home, pages, year)
    for date in _workshop_dates(dates):
        if date.note and not date.at.last and (other := OR_DAY.match(date.note) or _SLASHED_DAY.match(date.note)):
            return _one_of(date, int(other.group(1)), said, schedule, notes)
        if exact := exact_beside_undecided(date, said):  # "Workshop: TBA, between June 21-22" beside "(June 20)"
            notes.append(Note(exact[1], f"the workshop's day read from '{exact[2][:100]}': {_shown(exact[0])}; the "
                              f"date '{date.name}' says it is still to be announced", guess=True))  # fmt: skip
            return exact[0]
        day = (date.at.day, date.at.last) if date.at.last else date.at.day
        days = sorted(set(schedule.days))
        also = ""
        if day == (days[0] if days else None) and len(days) > 1:  # "December 2 and December 3", read as the 2nd
            day, also = (days[0], days[-1]), " and the schedule's days"
        notes.append(Note(date.where, f"the workshop's day read from the date '{date.name}'{also}: {_shown(day)}",
                          guess=True))  # fmt: skip
        return _also_said(_year_mended(date, day, dates, said, notes), said, notes)
    if schedule.days:
        days = sorted(set(schedule.days))
        if home and (inner := _headline_within(days, said, home)):
            notes.append(Note(inner[1], f"the workshop's day read from the home page's '{inner[2][:100]}': "
                              f"{_shown(inner[0])}, within the schedule's days ({_shown((days[0], days[-1]))})",
                              guess=True))  # fmt: skip
            return inner[0]
        if wider := _wider_said(days, said):  # "22-28 of September" over a schedule of the 23rd to the 27th
            notes.append(Note(wider[1], f"the workshop's days read from '{wider[2][:100]}': {_shown(wider[0])}, "
                              f"around the schedule's days ({_shown((days[0], days[-1]))})", guess=True))  # fmt: skip
            return wider[0]
        day = (days[0], days[-1]) if len(days) > 1 else days[0]
        page, start, _ = schedule.shown[0]
        labelled = [(d, w, t) for d, w, t in said if isinstance(d, dt.date) and d in days and _DAY_LABEL.match(t)]
        if len(days) > 1 and home and labelled and labelled[0][1].startswith(f"{home.rel}:"):
            notes.append(Note(labelled[0][1], f"the workshop's day read from '{labelled[0][2][:100]}': "
                              f"{_shown(labelled[0][0])}, one of the schedule's days ({_shown(day)})", guess=True))
            return labelled[0][0]  # "会议日期：2025-06-14" over a program from the arrival to the departure day
        notes.append(Note(page.where(start), f"the workshop's day read from the schedule's days: {_shown(day)}",
                          guess=True))  # fmt: skip
        return _also_said(day, said, notes)
    for day, where, sentence in said:
        notes.append(Note(where, f"the workshop's day read from '{sentence[:100]}': {_shown(day)}", guess=True))
        return day
    return None


def _headline_within(days: list[dt.date], said: list[tuple[dt.date | tuple[dt.date, dt.date], str, str]],
                     home: JekyllPage) -> tuple[tuple[dt.date, dt.date], str, str] | None:  # fmt: skip
    """The range of days the home page's front matter says ("September 23-25, 2025" as its subtitle), with where and
    the sentence, when a schedule of more days holds it and runs a day past it at one end or both (a welcome
    reception the evening before, an excursion the day after); None otherwise."""
    for other, where, sentence in said:
        if where != f"{home.rel}:1" or not isinstance(other, tuple) or len(days) < 3:
            continue
        return (other, where, sentence) if other[0] in days[:2] and other[1] in days[-2:] and \
            (other[0], other[1]) != (days[0], days[-1]) else None  # fmt: skip
    return None


def _wider_said(days: list[dt.date], said: list[tuple[dt.date | tuple[dt.date, dt.date], str, str]],
                ) -> tuple[tuple[dt.date, dt.date], str, str] | None:  # fmt: skip
    """The first range of days the pages say that holds every day of a schedule of several days and more (a week's
    event whose first and last days have no talks), with where and the sentence; None if none does."""
    for other, where, sentence in said:
        if (isinstance(other, tuple) and len(days) > 1 and other[0] <= days[0] and days[-1] <= other[1]
                and (other[0], other[1]) != (days[0], days[-1]) and (other[1] - other[0]).days <= 14):  # fmt: skip
            return other, where, sentence
    return None


def _year_mended(date: FoundDate, day: dt.date | tuple[dt.date, dt.date], dates: list[FoundDate],
                 said: list[tuple[dt.date | tuple[dt.date, dt.date], str, str]],
                 notes: list[Note]) -> dt.date | tuple[dt.date, dt.date]:  # fmt: skip
    """The workshop's day, its year mended when the date gives a year before every deadline and a sentence of a page
    names the same month and day in a year after them ("July 29, 2022" among 2023 deadlines, "July 29, 2023")."""
    if isinstance(day, tuple):
        return day
    others = [d.at.day for d in dates if d is not date]
    if not others or any(o <= day for o in others):
        return day
    for other, where, sentence in said:
        if (not isinstance(other, tuple) and (other.month, other.day) == (day.month, day.day)
                and all(o <= other for o in others)):  # fmt: skip
            notes.append(Note(where, f"the workshop's day read from '{sentence[:100]}': {_shown(other)}; the date "
                              f"'{date.name}' gives {_shown(day)}, before every other date", guess=True))  # fmt: skip
            return other
    return day


def _one_of(date: FoundDate, other: int, said: list[tuple[dt.date | tuple[dt.date, dt.date], str, str]],
            schedule: Schedule, notes: list[Note]) -> dt.date | None:  # fmt: skip
    """A workshop date that names two days it may be on ("December 11 or 12"): the one of them a sentence of the
    pages or the schedule's only day says, else none (the day is not yet known)."""
    try:
        either = {date.at.day, date.at.day.replace(day=other)}
    except ValueError:
        either = {date.at.day}
    days = set(schedule.days)
    for day, where, sentence in [*((d, w, s) for d, w, s in said if not isinstance(d, tuple)),
                                 *((d, "", "the schedule's day") for d in days if len(days) == 1)]:  # fmt: skip
        if day in either:
            notes.append(Note(where or date.where, f"the workshop's day read from '{sentence[:100]}', one of the two "
                              f"the date '{date.name}' names: {_shown(day)}", guess=True))  # fmt: skip
            return day
    notes.append(Note(date.where, f"the workshop's day not set: the date '{date.name}' names another day it may be "
                      f"({date.note.strip()[:60] if date.note else ''})"))  # fmt: skip
    return None


def _also_said(day: dt.date | tuple[dt.date, dt.date], said: list[tuple[dt.date | tuple[dt.date, dt.date], str, str]],
               notes: list[Note]) -> dt.date | tuple[dt.date, dt.date]:  # fmt: skip
    """The day read; a sentence of a page saying the workshop is on another day is named where it stands."""
    first, last = day if isinstance(day, tuple) else (day, day)
    for other, where, sentence in said:
        other_first = other[0] if isinstance(other, tuple) else other
        if has_word(sentence, "workshop") and not first <= other_first <= last:
            notes.append(Note(where, f"this page says the workshop is on another day, {_shown(other)}: "
                              f"'{sentence[:100]}' (the day read is {_shown(day)})", guess=True))  # fmt: skip
            break
    return day


def _said_days(home: JekyllPage | None, pages: list[JekyllPage],
               year: int | None) -> list[tuple[dt.date | tuple[dt.date, dt.date], str, str]]:  # fmt: skip
    """The days the pages' words say the workshop is on, the home page's first: each with where and the sentence."""
    said: list[tuple[dt.date | tuple[dt.date, dt.date], str, str]] = []
    for page in [p for p in [home] if p] + [p for p in pages if p is not home]:
        # the subtitle says the day by itself; the description ("will be held ... on July 28th 2023") and the body
        # with the words that say so
        texts = [(str(page.meta.get("subtitle") or ""), f"{page.rel}:1", True),
                 (str(page.meta.get("description") or ""), f"{page.rel}:1", False)]  # fmt: skip
        if page is home:  # "Tiny Workshop<br>June 12th, 2025, Nashville TN": a line of it that opens with a date
            shown = lines(rich_html(str(page.meta.get("description") or "")))
            texts += [(line, f"{page.rel}:1", True) for line in shown if re.match(rf"\W*{DAY_WRITTEN}", line)]
            texts += _banner_days(page)
            texts += [(line, where, True) for line, where in opening_quote(page) if has_word(line, "workshop")]
        asked = False  # under "### When and where?": what follows says the day by itself
        for block in parse(page.body):
            asked = bool(_WHEN.match(plain(block.text))) if block.kind == "heading" else asked
            if block.kind in ("paragraph", "heading"):
                texts.append((block.text, page.where(block.start), (asked and block.kind == "paragraph")
                              or (block.kind == "heading" and _edition_heading(block.text))))
                source = page.body.split("\n")[block.start + 1 : block.end]  # "**Location:** ...<br>**Date:** ..."
                texts += [(line, page.where(block.start + 1 + n), False) for n, line in enumerate(source)
                          if block.kind == "paragraph" and _DAY_LABEL.match(plain(rich(line)))]  # fmt: skip
            elif block.kind == "list":
                texts += [(" ".join([i.text, *(c.text for c in i.children)]), page.where(i.index), asked)
                          for i in block.items]  # fmt: skip
            elif block.kind == "other":  # a quote: "> When: July 5, 2026 <br>", each of its lines
                source = page.body.split("\n")[block.start : block.end]
                texts += [(line.lstrip()[1:], page.where(block.start + n), False) for n, line in enumerate(source)
                          if line.lstrip().startswith(">")]  # fmt: skip
        for text, where, by_itself in texts:
            sentence = plain(rich_html(text)) if "<" in text else plain(text)
            labelled = _DAY_LABEL.match(sentence)  # "**Date:** ...", "会议日期：..."
            said_with = not (by_itself or labelled or has_word(sentence, *DAY_WORDS))
            hosted = page is home and says_host(sentence, year) and not has_word(sentence, *MILESTONE_WORDS)
            if said_with and not hosted and not has_word(sentence, *_WITH_WORDS):  # "Workshop at ICML 2025, July 18"
                continue
            kept = without_other_dates(sentence, year)
            if order := close_numeric_order(kept):  # "from 1/2/2022-4/2/2022": four days, not Jan. 2 to Apr. 2
                kept = settled_numeric_dates(kept, order)[0]
            found = [f for f in find_dates(kept, year) if f.first.year == year or year is None]
            if said_with and found and found[0].last:  # "co-located with ICML, July 21-27": the conference's week
                continue
            if found and found[0].first.year > 1 and not OR_DAY.match(kept[found[0].end :]):  # not "11 or 12"
                said.append(((found[0].first, found[0].last) if found[0].last else found[0].first, where, sentence))
    return said


def _edition_heading(text: str) -> bool:
    """A heading naming an edition with its day ("Third Edition, June 3, 2024", "2nd edition - May 5"): it says the
    day by itself, unless it names a milestone of the call."""
    said = plain(rich_html(text)) if "<" in text else plain(rich(text))
    return has_word(said, "edition") and not has_word(said, *MILESTONE_WORDS)


# "When and where?", "When & Where", "When:", "Where and when", "When is the workshop?"; not a question of the
# call's, "When and how should I pay the deposit?"
_WHEN = re.compile(r"\W*(?:(?:where\s*(?:and|&|/)\s*)?when(?:\s*(?:and|&|/)\s*where)?"
                   r"(?:\s+(?:is|will)\s+(?:the\s+)?(?:workshop|event|symposium|meeting)(?:\s+(?:be\s+)?held)?)?)\W*$",
                   re.IGNORECASE)  # fmt: skip
_CITY_TIME = re.compile(r"\b([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\s+(?:local\s+)?time\b")  # "Vienna time"


def _times_told(home: JekyllPage | None, schedule: Schedule, day: dt.date | None,
                city: tuple[str, str] | None) -> tuple[Zone, Note] | None:  # fmt: skip
    """``All times are in CEST (UTC+2).`` on the home page or the schedule's, away from the schedule itself: the zone
    a sentence saying what the times are in names, and the guess said."""
    pages: list[JekyllPage] = []
    for page in [*(p for p, _, _ in schedule.shown), *([home] if home else [])]:
        pages += [page] if all(page is not p for p in pages) else []
    for page in pages:
        for block in parse(page.body):
            said = plain(block.text) if block.kind in ("paragraph", "heading", "other") else ""
            for sentence in re.split(r"(?<=[.!?])\s+", said):
                local = _CITY_TIME.search(sentence)  # "Times are local (Vienna time)"
                near = city_zone(local.group(1)) if local else None
                zone = find_zone(sentence, day, city) or (Zone(near[0], near[1], None) if near else None)
                if _TIMES_ARE.search(sentence) and zone:
                    return zone, Note(page.where(block.start), f"time zone {zone.name} read from '{sentence.strip()}', "
                                      "away from the schedule", guess=True)  # fmt: skip
    return None


def _zone_of_the_day(home: JekyllPage | None, pages: list[JekyllPage], year: int | None, day: dt.date | None,
                     city: tuple[str, str] | None) -> tuple[Zone, str] | None:  # fmt: skip
    """``Date/time: Sep 8, 2026 at 13:15 CEST (Europe/Stockholm time)``: a schedule that names no zone keeps the
    clock of the sentence that gives the workshop's day with a time and a zone (the city named, when its clock is
    that one, giving the zone its name: CEST in Graz is Europe/Vienna); the zone, and where it is said."""
    for said, where, sentence in _said_days(home, pages, year) if day else []:
        first = said[0] if isinstance(said, tuple) else said
        if first == day and _CLOCK_TIME.search(sentence) and (zone := find_zone(sentence, day, city)):
            return zone, where
    return None


_CLOCK_TIME = re.compile(r"(?<![\d:])\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?![\d:])", re.IGNORECASE)


# The label of the workshop's day: "Date:", "Workshop date:", "When:", "Date/time:", "Date & Location:"; in
# Chinese "会议日期：" (the meeting's date).
_DAY_LABEL = re.compile(r"\W*(?:(?:workshop\s+)?(?:date|when)(?:\s*(?:/|&|and)\s*(?:times?|location|venue|place))?\s*:"
                        r"|(?:会议|研讨会)?日期\s*[:：])", re.IGNORECASE)  # fmt: skip


# A line that opens with a date and says one of these is news of the call, not the workshop's day.
_NOT_THE_DAY = ("deadline", "deadlines", "submission", "submissions", "notification", "due", "call", "released",
                "announced", "accepted", "acceptance", "camera", "review", "reviews", "extended", "open", "opens",
                "registration", "decision", "decisions")


def _deadlines_zone(dates: list[FoundDate], where: str, notes: list[Note]) -> Zone:
    """With no zone or city named: the zone the important dates' times are given in ("11:59 PM CEST"), else UTC."""
    deadline = next((d for d in dates if d.at.zone and d.at.tz not in ("AoE", "UTC")), None)
    if deadline is None or deadline.at.zone is None:
        notes.append(Note(where, "the schedule names no time zone: wrote UTC; set `timezone` in the edition file"))
        return Zone("UTC", "", None)
    notes.append(Note(where, f"the schedule names no time zone and no city is named: wrote {deadline.at.tz}, the "
                      f"zone the date '{deadline.name}' is given in ('{deadline.at.zone.said}', {deadline.where})",
                      guess=True))  # fmt: skip
    return Zone(deadline.at.tz, deadline.at.zone.said, None)


def _day_zone(dates: list[FoundDate], notes: list[Note]) -> Zone | None:
    """With no schedule to say it: the zone the date naming the workshop's day is written in ("7/5/26 WEST (UTC+1):
    Day of the Workshop"), a guess named in the report; None if it names none (or AoE, UTC)."""
    day = next((d for d in _workshop_dates(dates) if d.at.zone and d.at.tz not in ("AoE", "UTC")), None)
    if day is None or day.at.zone is None:
        return None
    notes.append(Note(day.where, f"time zone {day.at.tz} read from '{day.at.zone.said}', the zone the date "
                      f"'{day.name}' is written in (no schedule says one)", guess=True))  # fmt: skip
    return Zone(day.at.tz, day.at.zone.said, day.at.zone.label)


def _banner_days(page: JekyllPage) -> list[tuple[str, str, bool]]:
    """The home page's opening lines, its title's, up to its first sentence, list or table: a line there that opens
    with a date (``<center>June 19, 2023, Afternoon, West 205-206</center>``) says the day by itself."""
    out: list[tuple[str, str, bool]] = []
    for index, line in enumerate(page.body.split("\n")):
        text = plain(rich_html(line)) if "<" in line else plain(line)
        if re.match(r"\s*(?:[-*+]|\d+\.|\|)\s|\s*<(?:li|tr|td)\b", line, re.IGNORECASE) or len(text.split()) > 12:
            break
        if text and re.match(rf"\W*{DAY_WRITTEN}", text) and not has_word(text, *_NOT_THE_DAY):
            out.append((text, page.where(index), True))
    return out


def _shown(day: dt.date | tuple[dt.date, dt.date]) -> str:
    return f"{day[0]} to {day[1]}" if isinstance(day, tuple) else day.isoformat()


# Keys of _config.yml that name the workshop in full beside its short `title`
_LONG_TITLE_KEYS = ("long_title", "full_title", "title_long", "long_name", "full_name")


def _titles(site: JekyllSite, home: JekyllPage | None, identity: Identity, description: str) -> None:
    """The edition's full title and subtitle: a heading naming the workshop in full, the site's description, the
    home page's subtitle or the one its banner shows."""
    template = any(t in description.lower() for t in TEMPLATE_DESCRIPTIONS)
    if description and not template and description != identity.name and re.search(r"\w", description):  # not "..."
        identity.title = description
    if long := next((t for k in _LONG_TITLE_KEYS if (t := _config_text(site, k))), ""):
        identity.title = long  # `long_title: "Agentic AI in Real-World Systems: ..."` beside `title: AIRS 2026`
    if home and (heading := full_title(home)):  # "The 2nd Workshop on Efficient NLP (ENLSP)" over a description
        identity.title = heading[0]
        identity.notes.append(Note(heading[1], f"the full title, '{heading[0]}', read from the home page's heading",
                                   guess=True))  # fmt: skip
    if home and home.meta.get("subtitle"):
        subtitle = rich_html(str(home.meta["subtitle"])).replace("\n", " ")
        identity.subtitle = re.sub(r"^\*([^*].*[^*])\*$", r"\1", subtitle)  # a wholly <i> subtitle
    if not identity.subtitle and _config_text(site, "subtitle") and _layouts_show(site, "subtitle"):
        identity.subtitle = _config_text(site, "subtitle")  # "<h2>{{ site.subtitle }}</h2>" in the banner
    described = lines(rich_html(str(home.meta.get("description") or ""))) if home else []
    shown = [" ".join(words(plain(rich_html(text)))) for _, text in home.aside] if home else []
    if not identity.subtitle and described and any(" ".join(words(" ".join(described))) in t for t in shown):
        identity.subtitle = " · ".join(described)  # "description:" the home page's layout shows under its heading


def _home_text(home: JekyllPage | None, named: Iterable[str]) -> str:
    """The words of the home page, its subtitle (or the excerpt a theme shows under its title: "Workshop in
    conjunction with ICCV 2019, Seoul, Korea") and its layout's header ("at ICLR 2024 on May 11, Vienna") a line
    each ("Ann Lee, ETH Zurich<br>"), without the names of the people the pages name ("Sydney Levine") nor the
    sections listing the editions held before ("Previous Workshops")."""
    header = [text for _, text in home.aside] if home else []
    leads = [str(home.meta.get(k) or "") for k in ("subtitle", "excerpt")] if home else []
    shown = rich_html(" ".join([*leads, *header, without_past_editions(home.body)])) if home else ""
    everything = "\n".join(plain(line) for line in shown.split("\n"))
    for person in sorted(named, key=len, reverse=True):
        everything = everything.replace(person, " ")
    return everything


def _place_zone(found: tuple[str, str], home: JekyllPage | None, notes: list[Note]) -> Zone:
    """A day and a place but no program yet (none written, none left unread): the zone of where it takes place, a
    guess named in the report."""
    notes.append(Note(where_said(home, found[1]) if home else "_config.yml:1", f"no schedule was read: wrote "
                      f"{found[0]}, the zone of {found[1]}, named on the home page", guess=True))  # fmt: skip
    return Zone(found[0], found[1], None)


def _city(site: JekyllSite, home: JekyllPage | None, named: Iterable[str], description: str,
          notes: list[Note]) -> tuple[str, str] | None:  # fmt: skip
    """The city the home page's words name, else the site's description ("May 8th and 9th 2023, Kigali, Rwanda"):
    its zone and its name, a guess said in the report."""
    if found := city_in(_home_text(home, named)):
        notes.append(Note(where_said(home, found[1]) if home else "_config.yml:1", f"the city, {found[1]}, read "
                          "from the home page's words", guess=True))  # fmt: skip
    elif description and (found := city_in(description)):
        notes.append(Note(config_line(site.root, "description"), f"the city, {found[1]}, read from the site's "
                          "description", guess=True))  # fmt: skip
    return found


def find_identity(site: JekyllSite, home: JekyllPage | None, pages: list[JekyllPage], dates: list[FoundDate],
                  schedule: Schedule, named: Iterable[str] = (), key: tuple[int, str] | None = None,
                  ) -> Identity:  # fmt: skip
    """The edition's name, year, titles, day, city and zone; ``named``, the people the pages name, whose names
    hold no city ("Sydney Levine"); ``key``, the edition's year and venue when its pages are named for it (a past
    edition's day is looked for in its own year, not in the year the site's title names)."""
    notes: list[Note] = []
    year = key[0] if key else find_year(site, home, dates)
    name = site_name(site, home) or "Workshop"
    if home and (heading := home_heading(home)) and name == heading[0] and not _config_text(site, "title"):
        notes.append(Note(heading[1], "the workshop's name read from the home page's heading (the site's title is "
                          f"empty, the home page's is '{plain(home.title)}')", guess=True))  # fmt: skip
    if year and str(year) not in name and not re.search(rf"['’]{year % 100:02d}\b", name):  # "REALM'25" has its year
        name = f"{name} {year}"
    if year is None:
        notes.append(Note("_config.yml:1", "no year found in the title, the home page or the dates: the edition is "
                          "called 'workshop'; rename docs/_data/editions/workshop.yml to its year"))  # fmt: skip
    identity = Identity(name, year, notes=notes)
    description = _config_text(site, "description")
    _titles(site, home, identity, description)
    identity.day = _day(home, pages, dates, schedule, year, notes)
    found_in = [f for f in find_dates(description, year) if f.first.year == year] if year and description else []
    if identity.day is None and found_in:  # "May 8th and 9th 2023, Kigali, Rwanda": the site's own description
        identity.day = (found_in[0].first, found_in[0].last) if found_in[0].last else found_in[0].first
        notes.append(Note(config_line(site.root, "description"), f"the workshop's day read from the site's description "
                          f"'{description[:100]}': {_shown(identity.day)}", guess=True))  # fmt: skip
    if identity.day is None:
        notes.append(Note(f"{home.rel if home else '_config.yml'}:1", "the workshop's day was not found: set `date` "
                          "in the edition file"))  # fmt: skip
    place = _city(site, home, named, description, notes)  # the city named, and its zone
    identity.city = place[1] if place else None
    first_day = identity.day[0] if isinstance(identity.day, tuple) else identity.day
    zones = [(zone, where, text) for text, where in schedule.zone_texts
             if (zone := find_zone(text, first_day, place))]  # fmt: skip
    stated = [z for z in zones if _TIMES_ARE.search(z[2])]  # "Times are shown in CDT" over a "Time (PDT)" header
    if zones:
        identity.zone, where, _ = (stated or zones)[0]
        offset = _offset(identity.zone.name, first_day)
        other = next((z for z in zones if _offset(z[0].name, first_day) != offset), None)
        also = f"; the page also says '{other[0].said}' ({other[1]}): {other[0].name}" if other else ""
        notes.append(Note(where, f"time zone {identity.zone.name} read from '{identity.zone.said}'{also}", guess=True))
        identity.zone = venue_zone(schedule.zone_texts, identity.zone, first_day, notes)
    if identity.zone is None and schedule.entries and (told := _times_told(home, schedule, first_day, place)):
        identity.zone = told[0]
        notes.append(told[1])
    if identity.zone is None and (of_day := _zone_of_the_day(home, pages, year, first_day, place)):
        identity.zone, where = of_day
        notes.append(Note(where, f"time zone {identity.zone.name} read from '{identity.zone.said}', the zone the "
                          "workshop's day is given in", guess=True))  # fmt: skip
    if identity.zone is None and schedule.entries:
        where = schedule.zone_texts[0][1] if schedule.zone_texts else f"{home.rel if home else '_config.yml'}:1"
        venue = next(((near, at) for text, at in schedule.zone_texts if (said := LOCATION.search(text))
                      and (near := city_zone(said.group(1)))), None)  # fmt: skip
        if place:
            identity.zone = Zone(place[0], place[1], None)
            notes.append(Note(where, f"the schedule names no time zone: wrote {place[0]}, the zone of {place[1]}, "
                              "named on the home page", guess=True))  # fmt: skip
        elif venue:  # "Location: Peridot 204-205, Singapore EXPO" beside the schedule
            (name, city), at = venue
            identity.zone = Zone(name, city, None)
            notes.append(Note(at, f"the schedule names no time zone: wrote {name}, the zone of {city}, named as "
                              "where the workshop takes place", guess=True))  # fmt: skip
        else:  # a venue's page and the configuration ("Malmö"; `tz: "+02:00"`), else the deadlines' zone or UTC
            identity.zone = configured_zone(site, pages, first_day, notes) or _deadlines_zone(dates, where, notes)
    if identity.zone is None:
        identity.zone = _day_zone(dates, notes)
    if identity.zone is None and not schedule.entries and not schedule.unread and identity.day and place:
        identity.zone = _place_zone(place, home, notes)
    if identity.zone is None and not schedule.entries:
        where = schedule.unread[0].where if schedule.unread else f"{home.rel if home else '_config.yml'}:1"
        notes.append(Note(where, "no schedule was read, so its time zone is not set either"))
    identity.contact = _contact(site, home, pages)
    return identity


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _contact(site: JekyllSite, home: JekyllPage | None, pages: list[JekyllPage]) -> str | None:
    """The address to write to: the site's own (``email:`` in _config.yml) when a page gives it to its visitors too
    ("Please e-mail admin@autocfd.org"), else the first the home page writes (which may be one person's, beside a
    group they lead)."""
    configured = str(site.config.get("email") or "").strip()
    if _EMAIL.fullmatch(configured) and any(configured in page.body for page in pages):
        return configured
    email = _EMAIL.search(" ".join(lines(home.body))) if home else None
    return email.group(0).strip(".") if email else None
