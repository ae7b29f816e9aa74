"""One important date as a line writes it: "Name: date", "date -- Name", a name then a date under a dates heading;
the moment it names (day, time, zone), a date moved or struck through, and what else the line says as a note."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .text import has_word, plain
from .when import WEEKDAY, clock, find_dates, full_year, iso_numeric_dates
from .zones import Zone, find_zone

DATE_NAMES = (
    *("deadline", "notification", "notifications", "camera", "submission", "submissions", "workshop", "due"),
    *("decision", "decisions"),
    *("open", "opens", "registration", "acceptance", "abstract", "rebuttal", "review", "reviews", "reviewing"),
)
CLOCK = re.compile(r"(?<![\d:])(\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2}|(?<![\w-])(?:noon|midday)(?![\w-]))"
                   r"(?::[0-5]\d)?(?![\d:])", re.IGNORECASE)  # fmt: skip  # "23:59:59": the seconds are not the data's
AOE = re.compile(r"\bAoE\b|any\s*(?:where|time)\s+on\s+earth|\b(?:UTC|GMT)\s*-\s*12\b", re.IGNORECASE)
_ANOTHER_DAY = re.compile(r"\b(?:or|to|until|through|till)\s+\d", re.IGNORECASE)  # "April 26 or 27": the page's words
_FILLER = re.compile(rf"\b(?:time|at|by|on|before|anytime|{WEEKDAY}|mon|tue|wed|thu|"
                     r"fri|sat|sun|(?:in\s+the\s+)?(?:morning|afternoon|evening)(?:\s+of)?)\b\.?",
                     re.IGNORECASE)  # fmt: skip  # "Morning of March 13th": the part of the day, the day's
_SEP = r"[\s,;:()\-–—.]*"
# filler at either end of what is left ("(Mon) at", "by"); inside a remark ("TBD by the conference") it is its words
_EDGE_FILLER = re.compile(rf"^(?:{_SEP}{_FILLER.pattern}{_SEP})+|(?:{_SEP}{_FILLER.pattern}{_SEP})+$", re.IGNORECASE)


@dataclass
class FoundMoment:
    day: dt.date
    time: str | None  # "23:59"
    tz: str  # AoE, UTC or an IANA name
    zone: Zone | None  # when read from a zone's name, to confirm
    last: dt.date | None = None
    rest: str = ""
    zone_said: bool = False  # the text names its zone (AoE too), not the dates' AoE by default


@dataclass
class FoundDate:
    name: str
    at: FoundMoment
    where: str
    was: FoundMoment | None = None
    note: str | None = None
    links: list[str] = field(default_factory=list)  # where its name or day links to: no field of the data holds it
    struck: bool = False  # its day struck through and no other day beside it: passed, or moved from


def moment(text: str, year: int | None) -> FoundMoment | None:
    """``"June 30, 2026, 11:59PM UTC"`` -> 2026-06-30 23:59 UTC, with what else the text says."""
    text = plain(re.sub(r"<sup>|</sup>", "", text))
    found = find_dates(text, year)
    if not found:
        return None
    first = found[0]
    rest = text[: first.start] + " " + text[first.end :]
    years = re.findall(r"(?<![\d:/.-])((?:19|20)\d\d|[‘’'′]\d\d)(?![\d:/.-])", rest)
    if not first.year_given and len(years) == 1 and len(found) == 1:  # "December 16th, 11:59PM PST, 2025"
        try:
            year = full_year(years[0])
            last = first.last.replace(year=year) if first.last else None
            first = first._replace(first=first.first.replace(year=year), last=last, year_given=True)
            rest = re.sub(rf"(?<![\d:/.-]){re.escape(years[0])}(?![\d:/.-])", " ", rest, count=1)
        except ValueError:  # February 29th in another year: as read
            pass
    time = None
    if (written := CLOCK.search(rest)) and (parsed := clock(written.group(1).replace(".", ""))):
        time = f"{parsed.hour:02d}:{parsed.minute:02d}"
        rest = rest.replace(written.group(0), " ", 1)
    tz, zone, zone_said = "AoE", None, False
    if AOE.search(rest):
        rest, zone_said = AOE.sub(" ", rest), True
    elif (zone := find_zone(rest, first.first, None)) is not None:
        tz, zone_said = zone.name, True
        for said in zone.said.split(", "):  # "WEST (UTC+1)": the name and the offset it gives, both read
            rest = re.sub(rf"(?<!\w){re.escape(said)}(?!\w)", " ", rest, count=1)
        if zone.name == "UTC":
            zone = None  # UTC and GMT need no confirming
    rest = " ".join(rest.split())
    while (edge := _EDGE_FILLER.sub(" ", rest)) != rest:
        rest = edge
    rest = " ".join(rest.split()).strip(" ,;:()-–—.")
    if rest.count("(") > rest.count(")"):  # "or 12 (specific day TBD)": the remark's bracket closes it
        rest += ")"
    return FoundMoment(first.first, time, tz, zone, first.last, rest, zone_said)


_GONE = re.compile(r"\b(?:cancell?ed|tb[ad]|to be (?:announced|decided|confirmed))\b", re.IGNORECASE)
_EXTENDED = re.compile(r"\s*\(?\b(?:extended|postponed|moved)\b(?:\s+to|\s+(from))?\)?\s*:?\s*", re.IGNORECASE)


MILESTONE_WORDS = ("notification", "notifications", "deadline", "deadlines", "acceptance", "submission",
                    "submissions", "due", "decision", "decisions", "registration", "camera")


def without_other_dates(text: str, year: int | None) -> str:
    """``"December 2026 (notification July 11, 2026)"``: an aside in brackets dating another milestone is that
    milestone's date, not the one the text is about: taken out."""
    def other(aside: re.Match[str]) -> str:
        said = aside.group(1)
        return " " if has_word(said, *MILESTONE_WORDS) and find_dates(plain(said), year) else aside.group(0)
    return re.sub(r"\(([^()]*)\)", other, text)


# A state the line opens with, before the date's name ("(passed) Submission deadline", "[closed] Registration").
_STATUS = re.compile(r"\s*[(\[]\s*(passed|past|closed|over|done|expired)\s*[)\]]\s*", re.IGNORECASE)


# "August 6th **13th** 2025": a day, then another in bold (or italics) right after it, the day it was moved to.
_NEW_DAY = re.compile(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)(\d{1,2}(?:st|nd|rd|th)?)"
                      r"\s*(\*\*|__|\*|_)(\d{1,2}(?:st|nd|rd|th)?)\3(?!\w)", re.IGNORECASE)  # fmt: skip


# The words of a sentence that only points the reader elsewhere ("You can find the guidelines here")
_POINTING = ("here", "see", "find", "click", "visit", "link", "details", "guidelines")


# "~**23rd September**~": one tilde each side, against the words inside (not "May 1 ~ May 9", a period)
_SINGLE_TILDES = re.compile(r"(?<![~\w])~(?=[^\s~])([^~\n]*?[^\s~])~(?![~\w])")


def read_date(name: str, value: str, where: str, year: int | None) -> FoundDate | None:
    """``"~~May 19~~ May 26 (extended)"``: a date that was moved, with a note; ``"~~May 19~~"`` alone: a date
    struck through once past, still the date."""
    value = _SINGLE_TILDES.sub(r"~~\1~~", value)  # "~**May 19**~ **May 26**": struck as GitHub shows one tilde
    value = _NEW_DAY.sub(r"~~\1\2~~ \1\4", without_other_dates(iso_numeric_dates(value), year))
    struck = re.findall(r"~~(.+?)~~", value)
    at = moment(re.sub(r"~~.+?~~", " ", value), year)
    was = moment(struck[-1], year) if struck else None
    unstruck = plain(re.sub(r"~~.+?~~", " ", value))
    remark = re.fullmatch(r"\(([^()]+)\)[\s.]*", unstruck)  # "~~July 14~~ (Use the new template!)": the 14th
    if remark and (re.search(r"\d", remark.group(1)) or _EXTENDED.search(remark.group(1)) or _GONE.search(unstruck)):
        remark = None
    struck_alone = at is None and was is not None and (not unstruck or remark is not None)
    if struck_alone and was is not None:
        at, was = was, None
        at.rest = " ".join(filter(None, [at.rest, remark and remark.group(1)]))
    moved = _EXTENDED.split(plain(value), maxsplit=1)  # "February 3rd Extended: February 9th": the 9th, from the 3rd
    if was is None and len(moved) == 3 and (before := moment(moved[0], year)) and (after := moment(moved[2], year)):
        at, was = (before, after) if moved[1] else (after, before)  # "May 17 (extended from May 8)": the 17th
    if at is None:
        return None
    if was and was.time is None and at.time:
        was.time = at.time
    note = at.rest if re.search(r"[A-Za-z]{3}", at.rest) or _ANOTHER_DAY.search(at.rest) else None
    if at.last:  # "2021-06-01 ~ 2021-09-12": a period, its first day the date's
        note = "; ".join(filter(None, [f"until {at.last:%B} {at.last.day}, {at.last.year}", note]))
    links = LINKED.findall(f"{name} {value}")  # "[**Submission deadline**](url)"
    name = _TASK.sub("", plain(name)).strip(" :*")  # "- [x] Challenge released: May 15": a task list's box
    if re.search(r"[^\W\d_]{3}\.$", name):  # "Notifications Sent to Authors.": a sentence's stop, not the name's
        name = name[:-1]
    told = re.match(r"(.+\w{2}[.!?])\s+([A-Z][^.!?]*)$", name)  # "Submit via the form. Submission Deadline: ..."
    if told and len(told.group(1).split()) >= 3 and has_word(told.group(2), *DATE_NAMES):
        name, note = told.group(2), "; ".join(filter(None, [told.group(1), note]))  # the sentence, its note
    elif (more := re.match(r"(.+?\w{2})[.!]\s+([A-Z].*)$", name)) and len(more.group(1).split()) >= 3 \
            and has_word(more.group(1), *DATE_NAMES) and not has_word(more.group(2), *DATE_NAMES) \
            and has_word(more.group(2), *_POINTING):  # fmt: skip
        name, note = more.group(1), "; ".join(filter(None, [more.group(2), note]))  # "Submissions open. See here"
    if status := _STATUS.match(name):  # "(passed) Submission deadline": the date says it is past
        name, note = name[status.end() :], " ".join(filter(None, [note, status.group(1)]))
    aside = r"(?:see|cf\.?|details)\b[^()]*|new|tentative"  # "(see the call)", "(new)"
    if pointer := re.search(rf"\s*\(({aside})\)$", name, re.IGNORECASE):
        name, note = name[: pointer.start()], " ".join(filter(None, [note, pointer.group(1)]))
    return FoundDate(name, at, where, was, note, links, struck=struck_alone)


def name_value(text: str) -> tuple[str, str] | None:
    """``"**Name**: date"``, ``"Name: date"``, or a sentence ``"The camera-ready deadline is July 3"``; the colon of
    a link's address (``"**NeurIPS [aid](https://...) deadline:** Oct 1"``) is not the one after the name, nor is a
    clock's (``"All deadlines are at 23:59 AoE"``)."""
    masked = _LINK_TARGET.sub(lambda target: target.group(0).replace(":", "\0"), text)
    masked = _CLOCK_COLON.sub(lambda clock: f"{clock.group(1)}\0{clock.group(2)}", masked)
    found = re.match(r"\s*(?:\*\*)?([^:*\n]{2,200}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.+)$", masked, re.DOTALL)
    name, value = (found.group(1).replace("\0", ":"), found.group(2).replace("\0", ":")) if found else ("", "")
    if found and 2 <= len(re.sub(r"\s*\([^()]*\)", "", name)) <= 60:  # an aside in brackets not counted
        return name, value
    said = re.match(
        r"\s*(?:\*\*)?([^:*\n]{2,60}?)(?:\*\*)?\s+(?:is|are|will be|was)\s+(?:due\s+)?(?:on\s+)?(.+)$", text
    )
    if said and has_word(said.group(1), "deadline", "notification", "camera ready", "camera-ready"):
        return said.group(1), said.group(2)
    return None


_LINK_TARGET = re.compile(r"\]\([^()\s]*\)")
_CLOCK_COLON = re.compile(r"(?<![\d:])(\d{1,2}):([0-5]\d)(?![\d:])")  # 23:59, 9:00: a clock's colon
_TASK = re.compile(r"^\s*\[[ xX]?\]\s+")
EITHER_WAY = re.compile(r"(?<![\d/.])\d{1,2}([/.])\d{1,2}\1(?:19|20)?\d\d(?![\d/.])")  # a date in numbers
LINKED = re.compile(r"\]\((https?://[^)\s]+)\)")  # a link's address


def date_alone(value: str, year: int | None) -> bool:
    """A value that is a date and nothing more (a time, a zone); one moved (``"~~May 1~~ May 5"``) too."""
    at = moment(re.sub(r"~~.+?~~", " ", value), year)
    return at is not None and not re.search(r"[A-Za-z]{3}", at.rest)


def long_name(text: str, year: int | None) -> tuple[str, str] | None:
    """``"Final Submission of Workshop Program and Materials: June 24th, 2025"``: under a dates heading, a name of
    any length, a colon, then a date alone."""
    said = plain(text.replace("~~", "\u2e3a")).replace("\u2e3a", "~~")  # "~~July 21~~ **July 24**": moved, kept
    for colon in re.finditer(r"\s*:\s+", said):  # the first colon after which a date alone follows, "11:59 PM" too
        name, value = said[: colon.start()].strip(), said[colon.end() :].strip()
        if name and date_alone(value, year):
            return name, value
    return None


def date_first(pair: tuple[str, str], year: int | None, text: str = "") -> tuple[str, str, str | None]:
    """``"January 3, 2025: Submissions open (see the call)"``, the date written before what it is: the name, the
    date and what the name says in brackets; a name and its date as they were otherwise. ``text``: the line, when
    the pair was read from it date first already (``"August 1: Final submission deadline (for both tracks)."``)."""
    name, value = pair
    if text and pair == date_then_name(text, year):  # a remark in brackets is a note; "(Val)" names the date
        said = re.fullmatch(r"(.+?)\s*\(([a-z][^()]*\s[^()]+)\)[\s.]*", plain(name))
        return (said.group(1), value, said.group(2)) if said else (name, value, None)
    at = moment(name, year)
    if at is None or re.search(r"[A-Za-z]{3}", at.rest) or find_dates(plain(value), year):
        return name, value, None
    said = re.fullmatch(r"(.+?)\s*\(([^()]+)\)[\s.]*", plain(value))
    return (said.group(1), name, said.group(2)) if said else (value, name, None)


# "... at 23:55 (anywhere on earth)", "... by 11:59pm PST", "..., 23:59 AoE": a time, and its zone, said in a
# date's name.
_NAME_TIME = re.compile(r"(?:\s+(?i:at|by|before|until)|\s*,)\s+"
                        r"((?i:\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
                        r"(?:\s*\([^()]*\)|\s+(?:[A-Z]{2,5}|AoE)\b)?)\s*(?:[.;,]\s*(.*))?$")


def time_in_name(name: str, value: str, year: int | None) -> tuple[str, str, str | None]:
    """``"Dec 3, 2023 | Submission deadline at 23:55 (anywhere on earth). More info here."``: the time (and zone) that
    the name of a date written alone says is the date's; what follows it, a note. Otherwise as they were."""
    said = plain(name)
    found = _NAME_TIME.search(said)
    at = moment(re.sub(r"~~.+?~~", " ", value), year) if found else None
    if found is None or at is None or at.time or not date_alone(re.sub(r"~~.+?~~", " ", value), year):
        return name, value, None
    return said[: found.start()], f"{value} {found.group(1)}", (found.group(2) or "").strip() or None


# "Lab registration opens ([link](https://...))": a link in brackets that only says it is one, not the date's name
_LINK_ASIDE = re.compile(r"\s*\(\s*\[\s*(?:link|here|url|website|site|form)\s*\]\([^()\s]*\)\s*\)", re.IGNORECASE)


def date_then_name(text: str, year: int | None) -> tuple[str, str] | None:
    """``"**01 Feb 2025 (00:00 UTC) ---** Challenge **Opens**"``, ``"February 3, 2025: Deadline"``: a date, a dash
    or a colon, then the date's name."""
    text = _LINK_ASIDE.sub("", text)  # its link kept apart (FoundDate.links), not its words
    text = _NEW_DAY.sub(r"~~\1\2~~ \1\4", text)  # "August 6th **13th** 2025 - Deadline": moved to the 13th
    struck = plain(text.replace("~~", "\u2e3a")).replace("\u2e3a", "~~")  # "**~~Aug 15th~~ July 15th:** Deadline"
    for written in dict.fromkeys((struck, plain(text))):  # the struck date the old one, read_date's to say
        for separator in (r"\s+(?:-{2,3}|[–—]|-)\s+", r"\s*:\s+"):
            said = re.match(rf"(.+?){separator}(.+)$", written)
            if not said or not re.search(r"[A-Za-z]{3}", said.group(2)) or _RANGE_END.match(said.group(2)):
                continue
            at = moment(re.sub(r"~~.+?~~", " ", said.group(1)), year)
            if at and not re.search(r"[A-Za-z]{3}", at.rest):
                return plain(said.group(2)), said.group(1)
    return _date_then_capital(plain(re.sub(r"<sup>|</sup>", "", text)), year)


def _date_then_capital(text: str, year: int | None) -> tuple[str, str] | None:
    """``"1st of March Registration opens"``, ``"5th - 8th of April 2022 Springschool"``: a date opening the line,
    then, with no mark between, a name starting with a capital letter and holding no other date."""
    found = find_dates(text, year)
    if len(found) != 1 or text[: found[0].start].strip(" *_") or not text[found[0].end :].strip(" *_"):
        return None
    written, name = text[: found[0].end].strip(" *_"), text[found[0].end :].strip(" *_")
    if not re.match(r"[A-Z][a-z]", name) or not re.search(r"[A-Za-z]{3}", written) or CLOCK.match(name):
        return None
    return name, written


_DASH = r"\s+(?:-{1,3}|[–—])\s+"
# "Aug 1st - 10th: Release test data", "May 5 - Jun 2: ...": after the dash the range's last day, then the name
# "**15 Nov 2021** - 6 May 2022: Campaign", "27 May – 13 June 2022: Review": the last day with its month and year
_RANGE_END = re.compile(r"(?:[A-Za-z]{3,9}\.?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Za-z]{3,9}\.?)?"
                        r"(?:,?\s+(?:19|20)\d\d)?\s*:\s")


def name_then_date(text: str, year: int | None) -> tuple[str, str] | None:
    """``"Submission Deadline - February 10, 2025 (AoE)"``: under a dates heading, a name, a dash, then the date;
    an item struck through whole once past (``"~~Workshop - May 5, 2023~~"``) is still the date."""
    if re.search(rf"~~[^~]*{_DASH}[^~]*~~", text):
        text = text.replace("~~", "")
    said = re.match(rf"(.+?){_DASH}(.+)$", text)
    if not said or not re.search(r"[A-Za-z]{3}", plain(said.group(1))) or find_dates(plain(said.group(1)), year):
        return None
    return (said.group(1), said.group(2)) if find_dates(plain(said.group(2)), year) else None


# Words saying a day is not settled yet ("TBA, between June 21-22", "TBD"): a window, not the day.
_UNDECIDED = re.compile(r"\b(?:TBA|TBD|TBC|to be (?:announced|decided|determined|confirmed))\b", re.IGNORECASE)


def exact_beside_undecided(date: FoundDate, said: list[tuple[dt.date | tuple[dt.date, dt.date], str, str]],
                            ) -> tuple[dt.date, str, str] | None:  # fmt: skip
    """A workshop date its own words call undecided (``Workshop: TBA, between June 21-22, 2024``), while a page
    names one exact day for the workshop within a week of that window (``(June 20 2024, co-located with NAACL)``):
    that day, with where and the sentence; None otherwise."""
    if not _UNDECIDED.search(f"{date.at.rest} {date.note or ''}"):
        return None
    first, last = date.at.day, date.at.last or date.at.day
    near = [(d, w, t) for d, w, t in said if isinstance(d, dt.date) and first - dt.timedelta(days=7) <= d
            <= last + dt.timedelta(days=7)]  # fmt: skip
    return near[0] if len({d for d, _, _ in near}) == 1 else None
