"""A program written as headings that each name a weekday and a time inside their words (``##### Plenary Monday
9:00 - 10:00``, ``#### Oral Session Mon-AM (Monday 10:30 - 12:30) - Graph filters``), and the days those weekdays
are among the workshop's days."""

from __future__ import annotations

import datetime as dt
import re

from .blocks import Block
from .jekyll import JekyllPage
from .kinds import exact_kind, kind_of
from .names import PersonText, looks_like_name, people_in
from .program import Draft, Schedule, Session
from .report import Note
from .shapes import leading_time
from .text import lines, plain
from .when import WEEKDAY, find_dates, time_range
from .zones import ABBREVIATIONS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLOCK = r"\d{1,2}[:h.]\d\d(?:\s*[ap]\.?m\.?)?"
_DAY_TIME = re.compile(rf"\b({WEEKDAY})\b,?\s+({_CLOCK})(?:\s*[-–—]\s*({_CLOCK}))?",
                       re.IGNORECASE)  # fmt: skip
# "Monday, 10-11 CEST", "Tuesday 2-3 pm": whole hours, a dash between, told apart from days of a month by the zone or
# the half of the day that follows them
_DAY_HOURS = re.compile(rf"\b({WEEKDAY})\b,?\s+(\d{{1,2}})\s*[-–—]\s*(\d{{1,2}})\s*([ap]\.?m\b\.?)?", re.IGNORECASE)
_ZONE_AFTER = re.compile(r"\s*(?:\(([A-Z]{2,5})\)|([A-Z]{2,5}))(?![\w-])")
_FIELD = re.compile(r"\*\*([A-Za-z ]{2,20})\*\*\s*:\s*(.+)", re.DOTALL)  # "**Title**: ...", "**Abstract**: ..."


def day_and_time(text: str) -> tuple[int, str, str | None, str] | None:
    """``Oral Session Mon-AM (Monday 10:30 - 12:30) - Graph filters``: the weekday (0 for Monday), the start and the
    end as written, and the words around them (the brackets holding them dropped, with what else they hold)."""
    found = _DAY_TIME.search(text)
    hours = None if found else _DAY_HOURS.search(text)
    seen = found or hours
    zone = _ZONE_AFTER.match(text, seen.end()) if seen else None
    zone = zone if zone and (zone.group(1) or zone.group(2)) in ABBREVIATIONS else None
    if hours and (zone or hours.group(4)) and int(hours.group(2)) < int(hours.group(3)) <= 24:
        half = f" {hours.group(4)}" if hours.group(4) else ""
        found, first, last = hours, f"{hours.group(2)}:00{half}", f"{hours.group(3)}:00{half}"
    elif found:
        first, last = found.group(2), found.group(3)
    else:
        return None
    start, end = found.start(), zone.end() if zone else found.end()  # the zone is the rows', not the title's
    framed = next((m for m in re.finditer(r"\([^()]*\)", text) if m.start() < start and end <= m.end()), None)
    if framed:
        start, end = framed.start(), framed.end()
    rest = re.sub(r"\s+", " ", f"{text[:start]} {text[end:]}").strip(" -–—:,")
    rest = re.sub(r"\s+([-–—])\s+", r" \1 ", rest)
    rest = re.sub(r'^"([^"]+)"$|^“([^”]+)”$', lambda m: m.group(1) or m.group(2), rest)  # '"Get Inspired"': its words
    return WEEKDAYS.index(found.group(1).lower()), first, last, rest


def _times(start: str, end: str | None) -> tuple[object, object] | None:
    """The clock times of ``13:00`` and ``14h00`` (an end that no clock reads is left out)."""
    both = time_range(f"{start.replace('h', ':')} - {end.replace('h', ':')}") if end else None
    return both or time_range(start.replace("h", ":"))


_BOLD_NAME = re.compile(r"\[\*\*([^*\[\]]+)\*\*\]\((\S+?)\)\s*,\s*(.+)|\*\*([^*]+)\*\*\s*,\s*(.+)")


def _speaker_line(text: str) -> list[PersonText]:
    """``[**Ann Lee**](url), TU Delft``: one name in bold (linked or not), then where she works; else one person
    and nothing else."""
    found = _BOLD_NAME.fullmatch(text.strip())
    name = (found.group(1) or found.group(4) or "").strip() if found else ""
    if found and looks_like_name(name):
        return [PersonText(name, plain(found.group(3) or found.group(5)).strip(" ."), found.group(2))]
    named = people_in(text)
    return named if len(named) == 1 and looks_like_name(named[0].name) else []


def _talk_under(page: JekyllPage, blocks: list[Block], draft: Draft) -> None:
    """The talk a heading that is only a label stands over: its speaker on a line of her own (``[**Ann Lee**](url),
    MIT``), its title and abstract as ``**Title**: ...`` and ``**Abstract**: ...`` paragraphs."""
    for block in blocks:
        if block.kind != "paragraph" or block.in_html:
            continue
        field = _FIELD.fullmatch(block.text.strip())
        name = field.group(1).strip().lower() if field else ""
        if name == "title" and field:
            draft.title = plain(field.group(2)).strip()
        elif name == "abstract" and field:
            draft.notes.append(plain(field.group(2)).strip())
        elif not field and not draft.speakers and (named := _speaker_line(block.text)):
            draft.speakers = named


def day_timed_headings(page: JekyllPage, blocks: list[Block], out: Schedule) -> None:
    """Three or more headings on a program page that each name a weekday and a time (``Plenary Monday 9:00 -
    10:00``): each a row at that time, titled by its other words (a heading that is only a label, "Plenary", takes
    the talk written under it: speaker, title, abstract). The weekdays become days once the workshop's are known;
    the region stays as written unless the rows show all its words."""
    timed = [(b, found) for b in blocks if b.kind == "heading" and (found := day_and_time(plain(b.text)))]
    if len(timed) < 3:
        return
    read: list[tuple[int, str, Draft]] = []
    for heading, (weekday, start, end, rest) in timed:
        times = _times(start, end)
        if times is None:
            continue
        following = blocks[blocks.index(heading) + 1 :]
        stop = next((n for n, b in enumerate(following) if b.kind == "heading"), len(following))
        kind, guessed = kind_of(rest)
        draft = Draft(page.where(heading.start), kind or "talk", times[0], times[1],  # type: ignore[arg-type]
                      guessed=rest if kind and guessed else None)  # fmt: skip
        if exact_kind(rest):
            draft.label = rest
            _talk_under(page, following[:stop], draft)
            draft.untitled = draft.title is None
        else:
            draft.title = rest
        read.append((weekday, page.where(heading.start), draft))
    read.sort(key=lambda r: (r[0], r[2].time.minutes if r[2].time else 0))  # the days in order, each by the clock
    out.entries += [draft for _, _, draft in read]
    out.weekdays += read
    out.zone_texts += [(plain(b.text), page.where(b.start)) for b, _ in timed]  # "Monday, 10-11 CEST": the rows' zone
    last = timed[-1][0]
    following = blocks[blocks.index(last) + 1 :]
    end_line = next((b.start for b in following if b.kind == "heading" and b.level <= last.level),
                    page.body.count("\n") + 1)  # fmt: skip
    out.shown.append((page, timed[0][0].start, end_line))


def weekdays_as_days(schedule: Schedule, span: tuple[dt.date, dt.date], notes: list[Note]) -> None:
    """Rows read under headings naming a weekday: the day of the workshop's (``span``, a week at most) that falls
    on it, named as read; a weekday none of its days falls on leaves its rows with no day."""
    if (span[1] - span[0]).days >= 7:
        return
    days = [span[0] + dt.timedelta(days=n) for n in range((span[1] - span[0]).days + 1)]
    said: set[int] = set()
    for weekday, where, draft in schedule.weekdays:
        day = next((d for d in days if d.weekday() == weekday), None)
        if day is None:
            continue
        draft.day = day
        schedule.days.append(day)
        if weekday not in said:
            said.add(weekday)
            notes.append(Note(where, f"'{WEEKDAYS[weekday].capitalize()}' read as {day}, the workshop's "
                                     f"{WEEKDAYS[weekday].capitalize()} ({span[0]} to {span[1]})", guess=True))


_DAY_LABELLED = re.compile(r"\W*(?:date|day|when)s?(?:\s*(?:/|&|and)\s*times?)?\W*:", re.IGNORECASE)


_TIME_LABELLED = re.compile(r"\W*(?:time|hours?)\W*:\s*", re.IGNORECASE)  # "**Time**: 14:00 - 15:30"
_TITLE_LABELLED = re.compile(r"\W*(?:talk\s+)?title\W*:\s*", re.IGNORECASE)  # "Title: Small Arrays"
_ABSTRACT_LABELLED = re.compile(r"\W*abstract\W*:\s*", re.IGNORECASE)


def _said(block: Block) -> list[str]:
    """A paragraph's lines that say something, as plain text."""
    return [said for line in lines(block.text) if (said := plain(line))] if block.kind == "paragraph" else []


def _said_when(block: Block, year: int | None) -> tuple[dt.date | None, str] | None:
    """``**Date & Time:** Monday, July 28 | 14:00–15:30``, a paragraph's first line: its one day and what follows;
    ``**Time**: 14:00 - 15:30`` with no day written: no day, and the time."""
    first = (_said(block) or [""])[0]
    found = find_dates(first, year) if _DAY_LABELLED.match(first) else []
    if len(found) == 1 and found[0].first.year != 1 and found[0].last is None:
        return found[0].first, first[found[0].end :].strip(" ,|;·-–—")
    label = _TIME_LABELLED.match(first)
    if label and not find_dates(first, year):  # "Time: 16:00 - 16:18 Chair: Cy Li": up to the next label
        return None, re.split(r"\s(?=[A-Z][\w ]{0,20}:)", first[label.end() :])[0].strip(" ,|;·-–—")
    return None


def _labelled(blocks: list[Block], year: int | None) -> list[tuple[int, Block, int, tuple[dt.date | None, str]]]:
    """The headings whose next block that says something tells when (``**Time**: 14:00 - 15:30``), with the index
    of each and of that block, and what it tells."""
    said = []
    for n, block in enumerate(blocks[:-1]):
        at = next((k for k in range(n + 1, len(blocks)) if blocks[k].kind != "html" or plain(blocks[k].text)), None)
        when = _said_when(blocks[at], year) if block.kind == "heading" and at is not None else None
        if at is not None and when and time_range(when[1]):
            said.append((n, block, at, when))
    return said


def labelled_sessions(page: JekyllPage, blocks: list[Block], out: Schedule, year: int | None) -> None:
    """Two or more headings each followed by ``**Date & Time:** Tuesday, July 29 | 10:30–12:00`` (or by
    ``**Time**: 14:00 - 15:30``, no day written): each a session of that day and time, over the rows already read
    under it and the talk cards it holds (``Title: ...`` over ``Time: ...``), else a row of its own, what else its
    section says (``**Location:** Hall 4``, a line about it) kept in its notes."""
    said = _labelled(blocks, year)
    if len(said) < 2 or any(e.where == page.where(h.start) for _, h, _, _ in said for e in out.entries):
        return  # fewer than two, or rows read from these headings already
    for n, heading, at, (day, clock) in said:
        times = time_range(clock)
        stop = _stop(page, blocks, n, heading)
        inside = [e for e in out.entries if e.where.startswith(f"{page.rel}:") and isinstance(e, Draft)
                  and page.line(heading.start) < _line(e) <= page.line(stop)]  # fmt: skip
        title, where = plain(heading.text), page.where(heading.start)
        cards, read = _labelled_talks(page, blocks[at + 1 :], stop, day)
        sub = _timed_subheadings(page, blocks[n + 1 :], stop, day) + cards
        for draft in inside:
            draft.day = day or draft.day
        out.entries = [e for e in out.entries if not any(e is d for d in inside)]
        spot = next((k for k, e in enumerate(out.entries) if e.where.startswith(f"{page.rel}:")
                     and _line(e) > page.line(heading.start)), len(out.entries))  # fmt: skip
        notes = _said(blocks[at])[1:]  # "**Location:** Hall 4"
        notes += [plain(b.text) for b in blocks[at + 1 :] if b.start < stop and b.kind == "paragraph"
                  and b.start not in read and not any(b.start <= int(d.where.rsplit(":", 1)[1]) < b.end
                                                      for d in [*inside, *sub])]  # fmt: skip
        row = Draft(where, kind_of(title)[0] or "talk", times[0] if times else None, times[1] if times else None,
                    title=title, notes=[t for t in notes if t], day=day)  # fmt: skip
        items = sorted([*inside, *sub], key=_line)  # as the page has them
        out.entries[spot:spot] = [row, *items]
        out.days += [day] if day else []
    top, stop = said[0][1].start, max(s for s in (_stop(page, blocks, n, h) for n, h, _, _ in said))
    overlapped = [s for s in out.shown if s[0] is page and s[1] < stop and top < s[2]]
    out.shown = [s for s in out.shown if not any(s is o for o in overlapped)]
    first, last = min([top, *(s[1] for s in overlapped)]), max([stop, *(s[2] for s in overlapped)])
    out.shown.append((page, first, last))  # one region: the sessions, and the rows read under them


def _stop(page: JekyllPage, blocks: list[Block], n: int, heading: Block) -> int:
    """Where the section of the heading ``blocks[n]`` ends: at the next heading of its level or higher."""
    return next((b.start for b in blocks[n + 1 :] if b.kind == "heading" and b.level <= heading.level),
                page.body.count("\n") + 1)  # fmt: skip


def _line(entry: Draft | Session) -> int:
    """The line of its page a row was read from."""
    return int(entry.where.rsplit(":", 1)[1])


def _labelled_talks(page: JekyllPage, blocks: list[Block], stop: int,
                    day: dt.date | None) -> tuple[list[Draft], set[int]]:  # fmt: skip
    """``Title: Small Arrays`` over ``Time: 14:00 - 14:45`` in a session's section (a talk's card, its speakers'
    names alone on lines of their own below, an ``Abstract:`` too): a talk of that time each, the abstract its
    notes; and the first lines of the blocks read with them."""
    said = [b for b in blocks if b.start < stop and b.kind == "paragraph" and plain(b.text)]
    titled = []
    for k, block in enumerate(said[:-1]):
        label, when = _TITLE_LABELLED.match(plain(block.text)), _TIME_LABELLED.match(plain(said[k + 1].text))
        times = time_range(plain(said[k + 1].text)[when.end() :]) if label and when else None
        if label and times:
            titled.append((k, plain(block.text)[label.end() :], times))
    drafts, read = [], set()
    for number, (k, title, times) in enumerate(titled):
        card = said[k : titled[number + 1][0] if number + 1 < len(titled) else len(said)]
        names = [PersonText(plain(b.text)) for b in card[2:] if looks_like_name(plain(b.text))]
        abstract = [plain(b.text)[m.end() :] for b in card[2:] if (m := _ABSTRACT_LABELLED.match(plain(b.text)))]
        drafts.append(Draft(page.where(card[0].start), "talk", times[0], times[1], title=title, speakers=names,
                            notes=abstract, day=day))  # fmt: skip
        read |= {b.start for b in card}
    return drafts, read


def _timed_subheadings(page: JekyllPage, blocks: list[Block], stop: int, day: dt.date | None) -> list[Draft]:
    """``### 14:00–14:10`` then ``**WELCOME**``, ``### 14:10–15:20 | Presentations`` in a session's section: each a
    row of that time, titled by the heading's other words, else by the bold line under it."""
    rows = []
    for n, block in enumerate(b for b in blocks if b.start < stop):
        found = leading_time(plain(block.text)) if block.kind == "heading" and block.level < 6 else None
        times = time_range(found.group(1)) if found else None
        if not found or not times:
            continue
        title = found.group(2).strip(" |-–—:")
        under = blocks[n + 1] if n + 1 < len(blocks) and blocks[n + 1].start < stop else None
        if not title and under is not None and under.kind == "heading" and under.level == 6:
            title = plain(under.text)  # "**WELCOME**", a bold line alone
        if title:
            kind = kind_of(title)[0]
            rows.append(Draft(page.where(block.start), kind or "talk", times[0], times[1], title=title, day=day))
    return rows
