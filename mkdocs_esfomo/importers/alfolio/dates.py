"""Important dates: "Name: date" items and lines of the reachable pages, under a dates heading or named so."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .blocks import Block, Item, parse
from .jekyll import JekyllPage
from .report import Note
from .text import has_word, lines, plain, words
from .when import (
    WEEKDAY,
    Zone,
    clock,
    find_dates,
    find_zone,
    full_year,
    iso_numeric_dates,
    numeric_order,
    respelt_months,
    settled_numeric_dates,
)

DATE_HEADINGS = ("date", "dates", "deadline", "deadlines", "timeline", "key information", "important")
DATE_NAMES = (
    *("deadline", "notification", "notifications", "camera", "submission", "submissions", "workshop", "due"),
    *("decision", "decisions"),
    *("open", "opens", "registration", "acceptance", "abstract", "rebuttal", "review", "reviews", "reviewing"),
)
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2})(?::[0-5]\d)?(?![\d:])",
                    re.IGNORECASE)  # fmt: skip  # "23:59:59": the seconds are not the data's
_AOE = re.compile(r"\bAoE\b|anywhere\s+on\s+earth|\bUTC\s*-\s*12\b", re.IGNORECASE)
_ANOTHER_DAY = re.compile(r"\b(?:or|to|until|through|till)\s+\d", re.IGNORECASE)  # "April 26 or 27": the page's words
_FILLER = re.compile(rf"\b(?:time|at|by|on|before|anytime|{WEEKDAY}|mon|tue|wed|thu|"
                     r"fri|sat|sun)\b\.?", re.IGNORECASE)  # fmt: skip
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


@dataclass
class FoundDate:
    name: str
    at: FoundMoment
    where: str
    was: FoundMoment | None = None
    note: str | None = None
    links: list[str] = field(default_factory=list)  # where its name or day links to: no field of the data holds it


@dataclass
class Dates:
    dates: list[FoundDate] = field(default_factory=list)
    shown: list[tuple[JekyllPage, Block, list[str]]] = field(default_factory=list)  # the block, and what stays as text
    notes: list[Note] = field(default_factory=list)


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
    if (written := _CLOCK.search(rest)) and (parsed := clock(written.group(1).replace(".", ""))):
        time = f"{parsed.hour:02d}:{parsed.minute:02d}"
        rest = rest.replace(written.group(0), " ", 1)
    tz, zone = "AoE", None
    if _AOE.search(rest):
        rest = _AOE.sub(" ", rest)
    elif (zone := find_zone(rest, first.first, None)) is not None:
        tz = zone.name
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
    return FoundMoment(first.first, time, tz, zone, first.last, rest)


_GONE = re.compile(r"\b(?:cancell?ed|tb[ad]|to be (?:announced|decided|confirmed))\b", re.IGNORECASE)
_EXTENDED = re.compile(r"\s*\(?\b(?:extended|postponed|moved)\b(?:\s+to|\s+(from))?\)?\s*:?\s*", re.IGNORECASE)


_MILESTONE_WORDS = ("notification", "notifications", "deadline", "deadlines", "acceptance", "submission",
                    "submissions", "due", "decision", "decisions", "registration", "camera")


def without_other_dates(text: str, year: int | None) -> str:
    """``"December 2026 (notification July 11, 2026)"``: an aside in brackets dating another milestone is that
    milestone's date, not the one the text is about: taken out."""
    def other(aside: re.Match[str]) -> str:
        said = aside.group(1)
        return " " if has_word(said, *_MILESTONE_WORDS) and find_dates(plain(said), year) else aside.group(0)
    return re.sub(r"\(([^()]*)\)", other, text)


# A state the line opens with, before the date's name ("(passed) Submission deadline", "[closed] Registration").
_STATUS = re.compile(r"\s*[(\[]\s*(passed|past|closed|over|done|expired)\s*[)\]]\s*", re.IGNORECASE)


def read_date(name: str, value: str, where: str, year: int | None) -> FoundDate | None:
    """``"~~May 19~~ May 26 (extended)"``: a date that was moved, with a note; ``"~~May 19~~"`` alone: a date
    struck through once past, still the date."""
    value = without_other_dates(iso_numeric_dates(value), year)
    struck = re.findall(r"~~(.+?)~~", value)
    at = moment(re.sub(r"~~.+?~~", " ", value), year)
    was = moment(struck[-1], year) if struck else None
    unstruck = plain(re.sub(r"~~.+?~~", " ", value))
    remark = re.fullmatch(r"\(([^()]+)\)[\s.]*", unstruck)  # "~~July 14~~ (Use the new template!)": the 14th
    if remark and (re.search(r"\d", remark.group(1)) or _EXTENDED.search(remark.group(1)) or _GONE.search(unstruck)):
        remark = None
    if at is None and was is not None and (not unstruck or remark):
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
    links = _LINKED.findall(f"{name} {value}")  # "[**Submission deadline**](url)"
    name = _TASK.sub("", plain(name)).strip(" :*")  # "- [x] Challenge released: May 15": a task list's box
    if re.search(r"[^\W\d_]{3}\.$", name):  # "Notifications Sent to Authors.": a sentence's stop, not the name's
        name = name[:-1]
    told = re.match(r"(.+\w{2}[.!?])\s+([A-Z][^.!?]*)$", name)  # "Submit via the form. Submission Deadline: ..."
    if told and len(told.group(1).split()) >= 3 and has_word(told.group(2), *DATE_NAMES):
        name, note = told.group(2), "; ".join(filter(None, [told.group(1), note]))  # the sentence, its note
    if status := _STATUS.match(name):  # "(passed) Submission deadline": the date says it is past
        name, note = name[status.end() :], " ".join(filter(None, [note, status.group(1)]))
    aside = r"(?:see|cf\.?|details)\b[^()]*|new|tentative"  # "(see the call)", "(new)"
    if pointer := re.search(rf"\s*\(({aside})\)$", name, re.IGNORECASE):
        name, note = name[: pointer.start()], " ".join(filter(None, [note, pointer.group(1)]))
    return FoundDate(name, at, where, was, note, links)


def _name_value(text: str) -> tuple[str, str] | None:
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
_EITHER_WAY = re.compile(r"(?<![\d/.])\d{1,2}([/.])\d{1,2}\1(?:19|20)?\d\d(?![\d/.])")  # a date in numbers
_LINKED = re.compile(r"\]\((https?://[^)\s]+)\)")  # a link's address


def _date_alone(value: str, year: int | None) -> bool:
    """A value that is a date and nothing more (a time, a zone); one moved (``"~~May 1~~ May 5"``) too."""
    at = moment(re.sub(r"~~.+?~~", " ", value), year)
    return at is not None and not re.search(r"[A-Za-z]{3}", at.rest)


def _long_name(text: str, year: int | None) -> tuple[str, str] | None:
    """``"Final Submission of Workshop Program and Materials: June 24th, 2025"``: under a dates heading, a name of
    any length, a colon, then a date alone."""
    said = plain(text.replace("~~", "\u2e3a")).replace("\u2e3a", "~~")  # "~~July 21~~ **July 24**": moved, kept
    for colon in re.finditer(r"\s*:\s+", said):  # the first colon after which a date alone follows, "11:59 PM" too
        name, value = said[: colon.start()].strip(), said[colon.end() :].strip()
        if name and _date_alone(value, year):
            return name, value
    return None


def _date_first(pair: tuple[str, str], year: int | None, text: str = "") -> tuple[str, str, str | None]:
    """``"January 3, 2025: Submissions open (see the call)"``, the date written before what it is: the name, the
    date and what the name says in brackets; a name and its date as they were otherwise. ``text``: the line, when
    the pair was read from it date first already (``"August 1: Final submission deadline (for both tracks)."``)."""
    name, value = pair
    if text and pair == _date_then_name(text, year):  # a remark in brackets is a note; "(Val)" names the date
        said = re.fullmatch(r"(.+?)\s*\(([a-z][^()]*\s[^()]+)\)[\s.]*", plain(name))
        return (said.group(1), value, said.group(2)) if said else (name, value, None)
    at = moment(name, year)
    if at is None or re.search(r"[A-Za-z]{3}", at.rest) or find_dates(plain(value), year):
        return name, value, None
    said = re.fullmatch(r"(.+?)\s*\(([^()]+)\)[\s.]*", plain(value))
    return (said.group(1), name, said.group(2)) if said else (value, name, None)


# "... at 23:55 (anywhere on earth)", "... by 11:59pm PST": a time, and its zone, said in a date's name.
_NAME_TIME = re.compile(r"\s+(?i:at|by|before|until)\s+"
                        r"((?i:\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)"
                        r"(?:\s*\([^()]*\)|\s+[A-Z]{2,5}\b)?)\s*(?:[.;,]\s*(.*))?$")


def _time_in_name(name: str, value: str, year: int | None) -> tuple[str, str, str | None]:
    """``"Dec 3, 2023 | Submission deadline at 23:55 (anywhere on earth). More info here."``: the time (and zone) that
    the name of a date written alone says is the date's; what follows it, a note. Otherwise as they were."""
    said = plain(name)
    found = _NAME_TIME.search(said)
    at = moment(re.sub(r"~~.+?~~", " ", value), year) if found else None
    if found is None or at is None or at.time or not _date_alone(re.sub(r"~~.+?~~", " ", value), year):
        return name, value, None
    return said[: found.start()], f"{value} {found.group(1)}", (found.group(2) or "").strip() or None


def _date_then_name(text: str, year: int | None) -> tuple[str, str] | None:
    """``"**01 Feb 2025 (00:00 UTC) ---** Challenge **Opens**"``, ``"February 3, 2025: Deadline"``: a date, a dash
    or a colon, then the date's name."""
    struck = plain(text.replace("~~", "\u2e3a")).replace("\u2e3a", "~~")  # "**~~Aug 15th~~ July 15th:** Deadline"
    for written in dict.fromkeys((struck, plain(text))):  # the struck date the old one, read_date's to say
        for separator in (r"\s+(?:-{2,3}|[–—]|-)\s+", r"\s*:\s+"):
            said = re.match(rf"(.+?){separator}(.+)$", written)
            if not said or not re.search(r"[A-Za-z]{3}", said.group(2)):
                continue
            at = moment(re.sub(r"~~.+?~~", " ", said.group(1)), year)
            if at and not re.search(r"[A-Za-z]{3}", at.rest):
                return plain(said.group(2)), said.group(1)
    return None


_DASH = r"\s+(?:-{1,3}|[–—])\s+"


def _name_then_date(text: str, year: int | None) -> tuple[str, str] | None:
    """``"Submission Deadline - February 10, 2025 (AoE)"``: under a dates heading, a name, a dash, then the date;
    an item struck through whole once past (``"~~Workshop - May 5, 2023~~"``) is still the date."""
    if re.search(rf"~~[^~]*{_DASH}[^~]*~~", text):
        text = text.replace("~~", "")
    said = re.match(rf"(.+?){_DASH}(.+)$", text)
    if not said or not re.search(r"[A-Za-z]{3}", plain(said.group(1))) or find_dates(plain(said.group(1)), year):
        return None
    return (said.group(1), said.group(2)) if find_dates(plain(said.group(2)), year) else None


def find_dates_in(pages: list[JekyllPage], year: int | None) -> Dates:
    """Every important date of the pages, from lists and from lines of paragraphs."""
    out = Dates()
    seen: set[tuple[dt.date, str | None]] = set()
    for headed in (True, False):  # the dates a dates heading lists first, then those named so elsewhere
        for page in pages:
            _dates_of(page, parse(page.body), year, headed, seen, out)
    out.dates = _stale(_moved(out.dates, out.notes), out.notes)
    for number, date in enumerate(out.dates):  # "Notification: 11 August" on the call, "7 August" on the dates page
        other = next((d for d in out.dates[:number] if d.name.lower() == date.name.lower() and d.at.day != date.at.day),
                     None)  # fmt: skip
        if other is not None:
            out.notes.append(Note(date.where, f"date '{date.name}': {date.at.day} here, {other.at.day} at "
                                  f"{other.where}: both kept, check which is right", guess=True))  # fmt: skip
    out.notes += [Note(d.where, f"date '{d.name}': its link{'s' if len(d.links) > 1 else ''} "
                       f"{', '.join(d.links)} not kept in the data") for d in out.dates if d.links]  # fmt: skip
    return out


_MOVED = re.compile(r"\s*\((?:extended|new|updated|revised|postponed)\)\s*", re.IGNORECASE)


def _numbers_in_order(texts: list[tuple[str, str]], notes: list[Note]) -> list[tuple[str, str]]:
    """``2/18/26``, ``4/17/26``, then ``5/6/26``: a date written in numbers that could be day then month or month
    then day, read in the order the other dates of its list are written in (a guess, named in the report)."""
    order = numeric_order(" ".join(text for text, _ in texts))
    if order is None:
        return texts
    out = []
    for text, where in texts:
        text, read = settled_numeric_dates(text, order)
        notes += [Note(where, f"date '{said}' read as {day.isoformat()}, {order} first, as the other dates of its list "
                       "are written", guess=True) for said, day in read]  # fmt: skip
        out.append((text, where))
    return out


def _months_respelt(texts: list[tuple[str, str]], notes: list[Note]) -> list[tuple[str, str]]:
    """``24th Februray 2026``: a month's name mistyped, read as the month it is nearly (a guess, named in the
    report)."""
    out = []
    for text, where in texts:
        text, read = respelt_months(text)
        notes += [Note(where, f"month '{said}' read as {month}", guess=True) for said, month in read]
        out.append((text, where))
    return out


def _moved(dates: list[FoundDate], notes: list[Note]) -> list[FoundDate]:
    """``"Deadline (Extended): 22 Mar"`` over ``"Deadline: 15 Mar"``: one date, moved from the other."""
    kept = list(dates)
    for moved in dates:
        name = _MOVED.sub(" ", moved.name).strip()
        if name == moved.name:
            continue
        earlier = next((d for d in kept if d is not moved and d.name == name), None)
        moved.name = name
        if earlier is not None and earlier.at.day < moved.at.day:
            moved.was = moved.was or earlier.at
            kept.remove(earlier)
            notes.append(Note(moved.where, f"date '{name}': read as moved from {earlier.at.day} ({earlier.where})"
                              f" to {moved.at.day}", guess=True))  # fmt: skip
    return kept


_JOINING = {"for", "of", "the", "a", "an", "to", "on"}


def _stale(dates: list[FoundDate], notes: list[Note]) -> list[FoundDate]:
    """``Paper submission deadline: ~~March 21~~ April 4`` in the list, ``Deadline for paper submission: March 21``
    in a sentence elsewhere: the same date in other words on the day it was moved from, its old day (reported)."""
    kept = list(dates)
    for date in dates:
        said = set(words(date.name)) - _JOINING
        moved = next((d for d in kept if d is not date and d.was is not None and d.was.day == date.at.day
                      and set(words(d.name)) - _JOINING == said), None)  # fmt: skip
        if moved is not None:
            kept.remove(date)
            notes.append(Note(date.where, f"date '{date.name}' ({date.at.day}): the day '{moved.name}' was moved from "
                              f"({moved.where}): kept as its old day"))  # fmt: skip
    return kept


def _dates_of(page: JekyllPage, blocks: list[Block], year: int | None, headed: bool,
              seen: set[tuple[dt.date, str | None]], out: Dates) -> None:  # fmt: skip
    heading, level, named = "", 0, ""  # the heading over the block; a heading under a dates heading names a date
    if _dates_heading(plain(page.title or "")):
        heading = plain(page.title or "")  # "Important Dates", the page's title over what comes before a heading
    taken = set() if headed or _dates_heading(heading) else _dated_headings(page, blocks, year, seen, out)
    for number, block in enumerate(blocks):
        if number in taken:
            continue  # the date of the heading over it, read
        if block.kind == "heading" and not headed and not _dates_heading(heading):
            pair = _name_value(block.text)  # "**Submission deadline: 6 March 2023**", a bold line alone
            if pair and has_word(pair[0], *DATE_NAMES) and not _is_sentence(pair[0]):
                date = read_date(pair[0], pair[1], page.where(block.start), year)
                if date and (date.at.day, date.at.time) not in seen:
                    seen.add((date.at.day, date.at.time))
                    out.dates.append(date)
                if date:
                    continue  # a line, not a heading over what follows
        if block.kind == "heading":
            if _dates_heading(heading) and block.level > level and not _section(block.text):
                named = plain(block.text)  # "<h2>Important Dates</h2> <h3>Deadline</h3>"
                continue
            heading, level, named = plain(block.text), block.level, ""
            continue
        under = _dates_heading(heading) or (block.kind == "table" and _labelled_dates(block)) or _led_in(blocks, number)
        if under != headed:
            continue
        texts = _texts(page, block, under, year)
        if texts is None:
            continue
        texts = _months_respelt(_numbers_in_order(texts, out.notes), out.notes)
        kept: list[str] = []
        found_any, listed = False, len(out.dates)
        understood = 0
        again: list[FoundDate] = []  # read before under another name: its own name is lost where the list goes
        ahead = _name_after(blocks, number, level) if under and block.kind == "paragraph" else None
        dated = not under and _all_dated(block, texts, year)
        for text, where in texts:
            pair = _pair_in(text, year, under, ahead, named)
            aside = None
            if pair and under:
                name, value, aside = _date_first(pair, year, text)
                name, value, told = _time_in_name(name, value, year)
                aside = "; ".join(filter(None, [aside, told])) or None
                pair = (name, value)
            date = None
            named_so = not _is_sentence(pair[0]) or (under and _date_alone(pair[1], year)) if pair else False
            quoted = block.kind == "other" and pair is not None and _quoted_date(pair, year)
            if pair and (under or has_word(pair[0], *DATE_NAMES) or quoted) and named_so:
                date = read_date(pair[0], pair[1], where, year)
                if date:
                    date.links = list(dict.fromkeys([*date.links, *_LINKED.findall(text)]))  # the line's, as written
            if date and aside:
                date.note = "; ".join(filter(None, [aside, date.note]))
            understood += date is not None
            if date and ((date.at.day, date.at.time) not in seen or _own_day(date, out.dates, listed, dated)):
                seen.add((date.at.day, date.at.time))
                out.dates.append(date)
                found_any = True
                if date.at.zone:
                    out.notes.append(Note(where, f"date '{date.name}': zone {date.at.tz} read from "
                                          f"'{date.at.zone.said}'", guess=True))  # fmt: skip
            elif date:
                found_any = True
                again.append(date)
            else:
                kept.append(text)
                either = _EITHER_WAY.search(plain(text))  # "3/4/26": the 3rd of April or the 4th of March
                if under and (pair or either or find_dates(plain(text), year) or re.search(r"\b(?:19|20)\d\d\b", text)):
                    said = f"{named}: {plain(text)}" if named and not pair else plain(text)
                    why = f" ({either.group(0)} could be day then month or month then day)" if either else ""
                    out.notes.append(Note(where, f"date not understood{why}, kept as text: {said}"))
        # a dates section becomes the dates directive; dates said in prose stay as said, and so does a timeline of
        # mostly vague dates ("Mid-August 2026") with a day or so in it: the directive would show other dates
        if found_any and headed and understood >= len(kept):
            out.shown.append((page, block, kept))
            for date in again:
                _named_again(date, out)


def _dated_headings(page: JekyllPage, blocks: list[Block], year: int | None, seen: set[tuple[dt.date, str | None]],
                    out: Dates) -> set[int]:  # fmt: skip
    """The dates of the headings that each name a date over a paragraph saying it (:func:`_date_under`), outside
    the sections of dates headings (read as those); the indexes of those paragraphs."""
    taken: set[int] = set()
    for number, block in enumerate(blocks[:-1]):
        if block.kind != "heading":
            continue
        over = next((b for b in reversed(blocks[:number]) if b.kind == "heading" and b.level < block.level), None)
        if over is not None and _dates_heading(plain(over.text)):
            continue
        if date := _date_under(block, blocks[number + 1], page.where(block.start), year):
            taken.add(number + 1)
            if (date.at.day, date.at.time) not in seen:
                seen.add((date.at.day, date.at.time))
                out.dates.append(date)
    return taken


def _date_under(heading: Block, block: Block, where: str, year: int | None) -> FoundDate | None:
    """``<h4>Paper Submission</h4> <p>~~May 29~~ June 3, 2025 (23:59 AoE) [hard]</p>``, under no dates heading: a
    short heading naming a date, then a paragraph of one line that says a date and nothing else (a date struck
    through, a time, a zone, a remark in brackets), is that date."""
    name, said = plain(heading.text), block.text.strip()
    if block.kind != "paragraph" or "\n" in said or len(name.split()) > 6 or not has_word(name, *DATE_NAMES) \
            or _is_sentence(name) or find_dates(name, year):  # fmt: skip
        return None
    at = moment(re.sub(r"~~.+?~~", " ", said), year)
    if at is None or re.search(r"[^\W\d_]{3}", re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", at.rest)):
        return None  # "June 3 talks will be recorded": a sentence
    return read_date(name, said, where, year)


def _pair_in(text: str, year: int | None, under: bool, ahead: str | None, named: str) -> tuple[str, str] | None:
    """A date's name and value in a line of a block: as the line writes them, or with the name of the heading the
    block stands under (``named``) or of the one after it (``ahead``)."""
    pair = (_date_then_name(text, year) or _name_then_date(text, year) if under else None) or _name_value(text)
    if pair is None and under:
        pair = _long_name(text, year)
    if pair is None and ahead and _date_alone(text, year):
        pair = (ahead, text)  # "<span>Mar 5, 2026</span> <h3>Paper submission deadline</h3>"
    if pair is None and named and under and find_dates(plain(text), year):
        pair = (named, text)  # "<h3>Submission Deadline</h3> <p>24 August 2025 (AoE)</p>"
    return pair


def _quoted_date(pair: tuple[str, str], year: int | None) -> bool:
    """``> Bridge: **February 25, 2025**`` at the head of the call: a quote's line that is a short name, then a date
    alone, is a date of the workshop's, whatever its name's words."""
    name = plain(pair[0])
    return 0 < len(name.split()) <= 6 and not _is_sentence(name) and _date_alone(pair[1], year)


def _texts(page: JekyllPage, block: Block, under: bool, year: int | None) -> list[tuple[str, str]] | None:
    """The texts of a block that may each say a date, with where: a list's items, a paragraph's lines, a table's
    rows; None for another block."""
    if block.kind == "list":  # items nested under one naming their group ("Paper dates:") are dates too
        return [(text, page.where(item.index)) for item in _every_item(block.items)
                for text in (_date_over_name(item.text, year) if under else [item.text])]  # fmt: skip
    if block.kind == "paragraph":
        return [(line, page.where(block.start)) for line in _terms_defined(lines(block.text))]
    if block.kind == "other":  # a quote: "> ~~Submission deadline: 31st October 2022~~", each of its lines
        source = page.body.split("\n")[block.start : block.end]
        return [(said, page.where(block.start + n)) for n, line in enumerate(source)
                if line.lstrip().startswith(">") and (said := line.lstrip()[1:].strip())]  # fmt: skip
    if block.kind == "table" and (under or all(len(row.cells) == 2 for row in block.rows)):
        # "| Submission deadline | May 17, 2024 |"; beside the call's text, rows of a name and its date alone
        return [(" ".join(f"{_unlabelled(row.cells[0])}: {' '.join(row.cells[1:])}".split()), page.where(row.index))
                for row in block.rows
                if (not row.header or _dated_head(row.cells, year)) and plain(row.cells[0])
                and any(map(plain, row.cells[1:]))]  # fmt: skip
    return None


def _terms_defined(said: list[str]) -> list[str]:
    """kramdown's definition list read as a paragraph's lines, ``Paper Abstracts`` then ``: June 14, 2025``: each
    definition on the line of its term, as a name and its date (``Paper Abstracts: June 14, 2025``)."""
    out: list[str] = []
    for line in said:
        defined = re.match(r"\s*:\s+(\S.*)", line)
        if defined and out and not re.match(r"\s*:", out[-1]):
            out[-1] = f"{out[-1].rstrip()}: {defined.group(1)}"
        else:
            out.append(line)
    return out


def _unlabelled(cell: str) -> str:
    """A table's name cell without the colon it ends with (``<td>Paper notification:</td>``): the row adds one."""
    return re.sub(r"\s*:\s*((?:\*\*|__|~~|\*|_)*)\s*$", r"\1", cell)


def _dated_head(cells: list[str], year: int | None) -> bool:
    """A table's head row that is a date of its own (``| Paper deadline | April 1st, 2025 |`` over the other dates,
    as a Markdown table without a head writes its first row): a name, then cells that say a date."""
    return len(cells) == 2 and not find_dates(plain(cells[0]), year) and bool(find_dates(plain(cells[1]), year))


def _twin(date: FoundDate, listed: list[FoundDate]) -> bool:
    """A date on the day of another of the same list under another name ("Challenge period" and "Development
    phase" both opening June 1): a date of its own."""
    return any((d.at.day, d.at.time) == (date.at.day, date.at.time) and words(d.name) != words(date.name)
               for d in listed)  # fmt: skip


def _all_dated(block: Block, texts: list[tuple[str, str]], year: int | None) -> bool:
    """A list whose every item says a date ("- Early registration deadline: 20 May, 2025."): a list of dates."""
    return block.kind == "list" and len(texts) > 1 and all(find_dates(plain(text), year) for text, _ in texts)


def _own_day(date: FoundDate, dates: list[FoundDate], listed: int, dated: bool) -> bool:
    """A date on a day read already that is a date of its own: one of its list under another name, or one of a list
    of dates whose name is nothing like those of its day."""
    return _twin(date, dates[listed:]) or (dated and _unlike(date, dates))


def _unlike(date: FoundDate, listed: list[FoundDate]) -> bool:
    """``Standard registration deadline: 13 June`` in a list of registration deadlines, on the day the dates list
    names ``Release of the test dataset``: a date of its own, its name sharing no word with any other of its day's."""
    said = set(words(date.name)) - _JOINING
    same = [d for d in listed if (d.at.day, d.at.time) == (date.at.day, date.at.time)]
    return bool(same) and all(not (set(words(d.name)) - _JOINING) & said for d in same)


def _named_again(date: FoundDate, out: Dates) -> None:
    """A date of a list the dates directive replaces, read before under another name ("Acceptance notification" on
    one page, "Organizers hear back" on another): one date, shown under the first name; this one's name is
    reported where it is written."""
    first = next((d for d in out.dates if (d.at.day, d.at.time) == (date.at.day, date.at.time)), None)
    if first is not None and words(first.name) != words(date.name):
        out.notes.append(Note(date.where, f"date '{date.name}' ({date.at.day}): the same day as '{first.name}' "
                              f"({first.where}): shown under that name"))


def _date_over_name(text: str, year: int | None) -> list[str]:
    """``"**2021-09-17**<br>Winner announcement"``: an item whose first line is a date alone and whose second names
    it, one date; the lines after it (``"Testing phase: 2021-09-01"``) each a text of their own."""
    said = lines(text)
    if len(said) < 2 or not _date_alone(said[0], year) or find_dates(plain(said[1]), year):
        return [text]
    return [f"{said[0]} -- {said[1]}", *said[2:]]


def _name_after(blocks: list[Block], number: int, level: int) -> str | None:
    """Under a dates heading, the heading right after a date written alone, when none is right before it: the
    date's name, the date written first (``<span>Mar 5</span><h3>Deadline</h3><p>...</p>``)."""
    before = blocks[number - 1] if number else None
    after = blocks[number + 1] if number + 1 < len(blocks) else None
    if before is not None and before.kind == "heading" and before.level > level:
        return None  # "<h3>Deadline</h3> <p>Mar 5</p>": the heading before names it
    return plain(after.text) if after is not None and after.kind == "heading" and after.level > level else None


def _labelled_dates(table: Block) -> bool:
    """A table whose first row is only a label naming dates (``|Dates | |``, ``|Important Dates | |``)."""
    said = [plain(c) for c in table.rows[0].cells if plain(c)] if table.rows else []
    return len(said) == 1 and _dates_heading(said[0])


def _every_item(items: list[Item]) -> list[Item]:
    """The items of a list, each followed by those nested under it."""
    return [every for item in items for every in [item, *_every_item(item.children)]]


_SECTIONS = {"call for papers", "call for participation", "call for submissions", "topics", "topics of interest",
             "scope", "overview", "about", "contact", "submission guidelines", "submission instructions",
             "submission and review process"}  # fmt: skip


def _section(heading: str) -> bool:
    """``"## Call for Papers"`` under ``"# Call for Papers & Important Dates"``: a section of its own, not a date's
    name (``"### Call for papers posted"``, ``"### Paper Submission"`` are dates')."""
    return " ".join(words(plain(heading))) in _SECTIONS


def _led_in(blocks: list[Block], number: int) -> bool:
    """``Timeline (any time on earth in 2026):`` over a list: a line that names the list's dates and ends with a
    colon introduces it as a heading would."""
    block, above = blocks[number], blocks[number - 1] if number else None
    if block.kind != "list" or above is None or above.kind != "paragraph" or above.end < block.start - 1:
        return False
    said = plain((lines(above.text) or [""])[-1])
    return said.endswith(":") and len(said.split()) <= 12 and _dates_heading(said)


def _dates_heading(heading: str) -> bool:
    return has_word(heading, *DATE_HEADINGS) and not has_word(heading, "update", "updates", "news")


def _is_sentence(name: str) -> bool:
    return len(re.sub(r"\([^()]*\)", "", name).split()) > 7  # an aside in brackets is not the name's words


def as_data(date: FoundDate) -> dict[str, Any]:
    """An important date in the data format."""

    def value(m: Any) -> Any:
        return f"{m.day.isoformat()} {m.time}" if m.time else m.day

    entry: dict[str, Any] = {"name": date.name, "at": value(date.at)}
    if date.at.tz != "AoE":
        entry["tz"] = date.at.tz
    note = date.note
    if date.was and date.was.day > date.at.day:  # "~~May 8~~ May 7": brought forward, not extended
        note = "; ".join(filter(None, [note, f"was {value(date.was)}"]))
    elif date.was:
        entry["was"] = value(date.was)
    if note:
        entry["note"] = note
    return entry
