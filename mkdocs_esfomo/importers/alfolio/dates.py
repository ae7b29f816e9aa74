"""Important dates: "Name: date" items and lines of the reachable pages, under a dates heading or named so."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from .blocks import Block, Item, parse
from .date_lines import (
    AOE,
    CLOCK,
    DATE_NAMES,
    EITHER_WAY,
    LINKED,
    FoundDate,
    date_alone,
    date_first,
    date_then_name,
    long_name,
    moment,
    name_then_date,
    name_value,
    read_date,
    time_in_name,
)
from .jekyll import JekyllPage
from .report import Note
from .text import has_word, lines, plain, words
from .when import WEEKDAY, clock, find_dates, numeric_order, respelt_months, settled_numeric_dates
from .zones import find_zone

DATE_HEADINGS = ("date", "dates", "deadline", "deadlines", "timeline", "key information", "important")


@dataclass
class Dates:
    dates: list[FoundDate] = field(default_factory=list)
    shown: list[tuple[JekyllPage, Block, list[str]]] = field(default_factory=list)  # the block, and what stays as text
    notes: list[Note] = field(default_factory=list)


def find_dates_in(pages: list[JekyllPage], year: int | None, later: AbstractSet[str] = frozenset()) -> Dates:
    """Every important date of the pages, from lists and from lines of paragraphs; those of the pages at the
    addresses ``later`` (which a visitor reaches only through another page's link, no menu listing them) read after
    the others', so that a day they name otherwise is shown under the name the pages of the menu give it."""
    pages = sorted(pages, key=lambda p: p.url in later)
    out = Dates()
    seen: set[tuple[dt.date, str | None]] = set()
    journal = [p for p in pages if _JOURNAL.search(p.title)]  # "Call for Articles - HCI Journal Special Issue"
    out.notes += [Note(f"{p.rel}:1", f"the dates of '{p.title}', a journal's call and not the workshop's: kept on its "
                       "page, not imported as the workshop's dates") for p in journal]  # fmt: skip
    for headed in (True, False):  # the dates a dates heading lists first, then those named so elsewhere
        for page in (p for p in pages if p not in journal):
            _dates_of(page, _paired(parse(page.body), year), year, headed, seen, out)
    out.dates = _stale(_struck_then_moved(_moved(out.dates, out.notes), out.notes), out.notes)
    for page in pages:
        _deadlines_clock(page, out)
    for number, date in enumerate(out.dates):  # "Notification: 11 August" on the call, "7 August" on the dates page
        other = next((d for d in out.dates[:number] if d.name.lower() == date.name.lower() and d.at.day != date.at.day),
                     None)  # fmt: skip
        if other is not None:
            out.notes.append(Note(date.where, f"date '{date.name}': {date.at.day} here, {other.at.day} at "
                                  f"{other.where}: both kept, check which is right", guess=True))  # fmt: skip
    out.notes += [Note(d.where, f"date '{d.name}': its link{'s' if len(d.links) > 1 else ''} "
                       f"{', '.join(d.links)} not kept in the data") for d in out.dates if d.links]  # fmt: skip
    return out


_JOURNAL = re.compile(r"\b(?:journal|special\s+issue)\b", re.IGNORECASE)  # a page of another venue's call


# "All deadlines are 11:59 PM PT.", "Deadlines below are at 23:59 UTC-12": the clock of every date the page lists
_DEADLINES_AT = re.compile(r"\b(?:all\s+)?(?:the\s+)?(?:submission\s+)?deadlines\b(?:\s+(?:below|above|listed|here))?"
                           r"\s+(?:are|will\s+be)\s+(?:(?:at|by|on|until)\s+)?(.{4,60})", re.IGNORECASE)  # fmt: skip


def _deadlines_clock(page: JekyllPage, out: Dates) -> None:
    """``All deadlines are 11:59 PM PT (Pacific Time).`` on a page: its dates that name no time or zone of their own
    are at that time, in that zone, the zone's name a guess said in the report. A page saying so of AoE, the dates'
    zone unless said otherwise, gives them the time only (none, when it is 23:59, a day's end)."""
    found = ((n, m) for n, line in enumerate(page.body.split("\n")) if (m := _DEADLINES_AT.search(plain(line))))
    number, said = next(found, (0, None))
    if said is None or not (written := CLOCK.search(said.group(1))) or not (time := clock(written.group(1))):
        return
    rest = said.group(1)[written.end() :]
    own = [d for d in out.dates if d.where.rsplit(":", 1)[0] == page.rel and d.at.time is None and not d.at.zone_said]
    aoe = AOE.search(rest) is not None
    zone = None if aoe or not own else find_zone(rest, own[0].at.day, None)
    if (aoe and (time.hour, time.minute) == (23, 59)) or (not aoe and zone is None):
        return  # a day alone is its end in AoE already; a time in no zone read is no time to place
    for date in own:
        for at in filter(None, (date.at, date.was)):  # a deadline moved: from and to the same time of day
            at.time = at.time or f"{time.hour:02d}:{time.minute:02d}"
            at.tz = zone.name if zone is not None else at.tz
    if own and zone is not None:
        out.notes.append(Note(page.where(number), f"the dates on {page.rel} that name no time of their own: at "
                              f"{own[0].at.time} {zone.name}, read from '{' '.join(said.group(0).split())}'",
                              guess=zone.name != "UTC"))  # fmt: skip


_MOVED = re.compile(r"\s*\((?:extended|new|updated|revised|postponed)\)\s*", re.IGNORECASE)
# A label saying only that a deadline moved ("Extended Deadline", "New date"), the deadline's own label after it.
_ONLY_MOVED = re.compile(r"\s*(?:extended|new|updated|revised|postponed)\s+(?:deadline|date)s?\s*:?\s*", re.IGNORECASE)


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
    """``"Deadline (Extended): 22 Mar"`` over ``"Deadline: 15 Mar"``: one date, moved from the other; so is
    ``"Extended Deadline: Submissions: June 28"`` (a label saying only that a deadline moved, then the deadline's
    own label, read as the date's note) over ``"Submissions: June 10"``."""
    kept = list(dates)
    for moved in dates:
        name = _MOVED.sub(" ", moved.name).strip()
        if _ONLY_MOVED.fullmatch(moved.name) and moved.note and not find_dates(moved.note, None):
            name, moved.note = moved.note.strip().rstrip(":").strip(), None
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


def _struck_then_moved(dates: list[FoundDate], notes: list[Note]) -> list[FoundDate]:
    """``~~Submission deadline: May 1~~`` then ``Submission deadline: May 8``: a date struck through, and the
    same name on a later day not struck, is one date moved from the struck day (said in the report)."""
    kept = list(dates)
    for old in dates:
        if not old.struck:
            continue
        new = next((d for d in kept if not d.struck and d.was is None and d.name.lower() == old.name.lower()
                    and d.at.day > old.at.day), None)  # fmt: skip
        if new is not None:
            new.was = old.at
            kept.remove(old)
            notes.append(Note(new.where, f"date '{new.name}': read as moved from {old.at.day}, struck through at "
                              f"{old.where}, to {new.at.day}", guess=True))  # fmt: skip
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


# A bracket closing a date's name that holds only a zone (``(GMT -12)``, ``(AoE)``, ``(UTC+1)``): when the date is.
_ZONE_AFTER_NAME = re.compile(r"(.+?)\s*\(\s*(AoE|(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d\d)?)\s*\)[\s.]*",
                              re.IGNORECASE)


def _named_first(pair: tuple[str, str], year: int | None, text: str) -> tuple[tuple[str, str], str | None, str | None]:
    """A date's name and value under a dates heading, the date written first or not (``date_first``) and a time said
    in the name (``time_in_name``); what the name says aside, a note; and, when that aside was a remark in brackets
    ("Deadline (by organisers)", shown beside the date, not in its name), what the report says of it."""
    name, value, aside = date_first(pair, year, text)
    if zoned := _ZONE_AFTER_NAME.fullmatch(plain(name)):  # "Submissions due (GMT -12)": the date's zone, not its name
        name, value = zoned.group(1), f"{value} ({zoned.group(2)})"
    said = plain(pair[0]).strip(" .")
    remark = f"date '{said}': '({aside})' read as a note to the date, not part of its name" \
        if aside and f"({aside})" in said else None  # fmt: skip
    name, value, told = time_in_name(name, value, year)
    return (name, value), "; ".join(filter(None, [aside, told])) or None, remark


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
            pair = name_value(block.text)  # "**Submission deadline: 6 March 2023**", a bold line alone
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
            aside = remark = None
            if pair and under:
                pair, aside, remark = _named_first(pair, year, text)
            date = None
            named_so = not _is_sentence(pair[0]) or (under and date_alone(pair[1], year)) if pair else False
            quoted = block.kind == "other" and pair is not None and _quoted_date(pair, year)
            named_so = named_so and (under or has_word(pair[0], *DATE_NAMES) or quoted) if pair else False
            if pair and named_so and (date := read_date(pair[0], pair[1], where, year)):
                date.struck = date.struck or STRUCK_WHOLE.fullmatch(text) is not None
                date.links = list(dict.fromkeys([*date.links, *LINKED.findall(text)]))  # the line's, as written
            if date and aside:
                date.note = "; ".join(filter(None, [aside, date.note]))
            if date and remark:
                out.notes.append(Note(where, remark, guess=True))
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
                either = EITHER_WAY.search(plain(text))  # "3/4/26": the 3rd of April or the 4th of March
                if under and (pair or either or find_dates(plain(text), year) or re.search(r"\b(?:19|20)\d\d\b", text)):
                    said = f"{named}: {plain(text)}" if named and not pair else plain(text)
                    why = f" ({either.group(0)} could be day then month or month then day)" if either else ""
                    out.notes.append(Note(where, f"date not understood{why}, kept as text: {said}"))
        again = _twins_apart(again, out, listed)
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


STRUCK_WHOLE = re.compile(r"\s*~~(?!.*~~.*~~)(.+)~~\s*", re.DOTALL)  # "~~**Deadline:** May 1~~", a line struck


def _pair_in(text: str, year: int | None, under: bool, ahead: str | None, named: str) -> tuple[str, str] | None:
    """A date's name and value in a line of a block: as the line writes them, or with the name of the heading the
    block stands under (``named``) or of the one after it (``ahead``). A line struck through whole, its date
    passed (``~~**Submission deadline:** Jan 25, 2021 (early bird)~~``), says what it says unstruck."""
    if whole := STRUCK_WHOLE.fullmatch(text):
        text = whole.group(1)
    pair = (date_then_name(text, year) or name_then_date(text, year) if under else None) or name_value(text)
    if pair is None and under:
        pair = long_name(text, year)
    if pair is None and under and (sent := _ON_DATE.fullmatch(plain(text))) and date_alone(sent.group(2), year):
        pair = (sent.group(1), sent.group(2))  # "Proceedings are sent on May 1st": what happens, then on which day
    if pair is None and ahead and date_alone(text, year):
        pair = (ahead, text)  # "<span>Mar 5, 2026</span> <h3>Paper submission deadline</h3>"
    if pair is None and named and under and find_dates(plain(text), year):
        pair = (named, text)  # "<h3>Submission Deadline</h3> <p>24 August 2025 (AoE)</p>"
    return _label_continued(pair, year) if pair else pair


# A sentence naming what happens, then "on" and the day it happens, nothing after ("Proceedings are sent on May 1st").
_ON_DATE = re.compile(r"\s*(\w[^:\n]{2,80}?)\s+on\s+([^\n]{3,30}?)\s*\.?\s*")


# "Submission deadline: **~~Oct 22~~**": a label of a few words and its colon opening a date's value, no digit in it
_SECOND_LABEL = re.compile(r"\s*(?:\*\*)?([^:*\n\d~\[\]()<>]{3,40}?)(?:\*\*)?\s*:\s*(.+)$", re.DOTALL)


def _label_continued(pair: tuple[str, str], year: int | None) -> tuple[str, str]:
    """``📝 First call for papers: Submission deadline: **Oct 3 2025**``: a second label before the date names it
    with the first (the first call's submission deadline), when a date follows it; not a day of the week, a zone
    (``AoE: May 1``) or a word on the date's move (``Extended: May 10``, or before: ``Extended: Submissions: May
    10``, read by :func:`_moved`)."""
    more = _SECOND_LABEL.match(pair[1])
    if more is None or not find_dates(plain(re.sub(r"~~", " ", more.group(2))), year):
        return pair
    label = more.group(1).strip()
    moving = has_word(f"{plain(pair[0])} {label}", "extended", "extension", "new", "updated", "revised", "postponed",
                      "moved", "final")  # "Extended Deadline: Submissions: June 28": the first says the second moved
    if len(label.split()) > 5 or not re.search(r"[a-z]{4}", label) or moving or find_zone(label, None, None) \
            or re.search(WEEKDAY, label, re.IGNORECASE):  # fmt: skip
        return pair
    return f"{pair[0].rstrip()}: {label}", more.group(2)


def _quoted_date(pair: tuple[str, str], year: int | None) -> bool:
    """``> Bridge: **February 25, 2025**`` at the head of the call: a quote's line that is a short name, then a date
    alone, is a date of the workshop's, whatever its name's words."""
    name = plain(pair[0])
    return 0 < len(name.split()) <= 6 and not _is_sentence(name) and date_alone(pair[1], year)


def _texts(page: JekyllPage, block: Block, under: bool, year: int | None) -> list[tuple[str, str]] | None:
    """The texts of a block that may each say a date, with where: a list's items, a paragraph's lines, a table's
    rows; None for another block."""
    if block.kind == "list":  # items nested under one naming their group ("Paper dates:") are dates too
        return [(text, page.where(item.index)) for item in _every_item(block.items)
                for text in (_date_over_name(item.text, year) if under else [item.text])]  # fmt: skip
    if block.kind == "paragraph":  # "~~- **Deadline:** May 1~~": a list's item struck with its dash, a paragraph
        told = [re.sub(r"^(\s*~~)\s*[-*+]\s+", r"\1", line) for line in lines(block.text)]
        if under and len(told) == 2 and [date_alone(plain(t), year) for t in told].count(True) == 1:
            name, day = told if date_alone(plain(told[1]), year) else told[::-1]  # "<span>May 1</span> <span>Deadline"
            told = [f"{_unlabelled(name)}: {day}"]
        return [(line, page.where(block.start)) for line in _terms_defined(told)]
    if block.kind == "other":  # a quote: "> ~~Submission deadline: 31st October 2022~~", each of its lines
        source = page.body.split("\n")[block.start : block.end]
        return [(said, page.where(block.start + n)) for n, line in enumerate(source)
                if line.lstrip().startswith(">") and (said := line.lstrip()[1:].strip())]  # fmt: skip
    if block.kind == "table" and (under or all(len(row.cells) == 2 for row in block.rows)):
        # "| Submission deadline | May 17, 2024 |"; beside the call's text, rows of a name and its date alone
        return [(_table_row(row.cells), page.where(row.index)) for row in block.rows
                if (not row.header or _dated_head(row.cells, year)) and plain(row.cells[0])
                and any(map(plain, row.cells[1:]))]  # fmt: skip
    return None


# A cell saying only the weekday(s) of the date beside it ("Tuesday", "Wednesday - Friday") or nothing ("--").
_WEEKDAYS_ONLY = re.compile(rf"\s*(?:(?:{WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
                            r"(?:\s*(?:[-–—]+|to|,)\s*)?)*\s*|\s*[-–—]+\s*", re.IGNORECASE)  # fmt: skip
_STRUCK_CELL = re.compile(r"\s*~~(?!.*~~.*~~)(.+)~~\s*", re.DOTALL)


def _table_row(cells: list[str]) -> str:
    """A dates table's row as one line, its name then its date: ``| Author notification | Thursday | October 19,
    2023 |`` -> ``Author notification: October 19, 2023`` (a cell only naming the weekday, or a dash, says no more
    than the date); a row struck through cell by cell (``<del>``), as a line struck through whole."""
    said = [c for c in cells[1:] if plain(c) and not _WEEKDAYS_ONLY.fullmatch(plain(c))] or cells[1:]
    struck = all(_STRUCK_CELL.fullmatch(c) for c in [cells[0], *said] if plain(c))
    if struck:
        cells, said = [_STRUCK_CELL.sub(r"\1", cells[0])], [_STRUCK_CELL.sub(r"\1", c) for c in said]
    line = " ".join(f"{_unlabelled(cells[0])}: {' '.join(said)}".split())
    return f"~~{line}~~" if struck else line


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


def _twins_apart(again: list[FoundDate], out: Dates, listed: int) -> list[FoundDate]:
    """``ARR papers: Jan 20`` then ``Notification: Jan 20`` in one list, their day read before (another page's
    ``Notification: Jan 20``): each a date of its own, the one under a name not read yet added; the others."""
    twins = [d for d in again if _twin(d, [*out.dates[listed:], *again]) and not any(
        (o.at.day, o.at.time) == (d.at.day, d.at.time) and words(o.name) == words(d.name) for o in out.dates)]
    out.dates += twins
    return [d for d in again if d not in twins]


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
    if len(said) < 2 or not date_alone(said[0], year) or find_dates(plain(said[1]), year):
        return [text]
    return [f"{said[0]} -- {said[1]}", *said[2:]]


def _paired(blocks: list[Block], year: int | None) -> list[Block]:
    """Two paragraphs of HTML on lines one after the other, a short name and a date alone (``<div>Submission
    deadline</div>`` then ``<div>May 1, 2026</div>``, in either order): one paragraph of the two lines, as a date's
    name and value."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        pair = [last, block] if last is not None else []
        if all(b.kind == "paragraph" and b.in_html and "\n" not in b.text.strip() for b in pair) and pair and \
                pair[0].end == block.start and not plain(pair[0].text).endswith(".") and \
                [date_alone(plain(b.text), year) for b in pair].count(True) == 1 and \
                any(not find_dates(plain(b.text), year) and len(plain(b.text).split()) <= 8 for b in pair):  # fmt: skip
            out[-1] = Block("paragraph", pair[0].start, block.end, text=f"{pair[0].text}\n{block.text}", in_html=True)
        else:
            out.append(block)
    return out


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
