"""The schedule: the tables of the reachable pages whose rows start with times (and the lists, paragraphs,
definition lists and HTML blocks written like them), found page by page and read as tables."""

from __future__ import annotations

import datetime as dt
import re

from .blocks import Block, TableRow, parse
from .clock_slips import afternoon_slips, ends_before_start, morning_slips, small_hours
from .columns import which_columns
from .day_headings import labelled_sessions
from .heading_programs import (
    lengths_of_rows,
    lengths_program,
    section_of,
    timed_heading_blocks,
    timed_headings,
    timed_line,
    without_table,
)
from .jekyll import JekyllPage
from .kinds import SCHEDULE_WORDS
from .names import PersonText
from .paragraphs import paragraph_tables
from .program import Draft, Schedule, Session
from .report import Note
from .rows import read_table
from .shapes import (
    all_items,
    class_tables,
    definition_tables,
    heading_session,
    keyed_time,
    leading_time,
    line_session,
    list_rows,
    lists_around_code,
    nested_sessions,
    timed_item,
)
from .talk import read_item
from .talk_pages import titles_from_talk_pages
from .text import has_word, plain, rich_html, words
from .venue import LOCATION
from .week_grid import read_week, week_grid
from .when import OR_DAY, WEEKDAY, close_numeric_order, find_dates, settled_numeric_dates, time_range
from .zone_clocks import Clocks, other_clocks

_DAY_CELL = re.compile(rf"^[\W\d]*(?:{WEEKDAY}|mon|tue|wed|thu|fri|sat|sun)?[\W_]*$",
                       re.IGNORECASE)  # fmt: skip  # what is left of "Monday, September 23" without its date


def _cell_day(text: str, year: int | None, order: str | None = None) -> dt.date | None:
    """The one day a cell holds and nothing else (``Monday, September 23``, ``Sept. 24``, ``10/06/2024`` read in
    the ``order`` of the page's dates written in numbers); None otherwise."""
    found = find_dates(settled_numeric_dates(text, order)[0] if order else text, year)
    if len(found) != 1 or found[0].last is not None or found[0].first.year < 2 or time_range(text):
        return None
    rest = text[: found[0].start] + " " + text[found[0].end :]
    return found[0].first if _DAY_CELL.match(rest) else None


def day_column(rows: list[TableRow], year: int | None, order: str | None = None,
               ) -> tuple[list[TableRow], dict[int, dt.date]] | None:  # fmt: skip
    """``| Monday, September 23 | 10:00 - 13:30 | Talk |``: a column giving every row its day. The table without
    that column (nor the header's cell above it, when the header is as wide as the rows), and each row's day by its
    line; None if no column holds a day in each row that says anything (a row with it empty: the day above's)."""
    body = [r for r in rows if not r.header and any(plain(c) for c in r.cells)]
    width = min((len(r.cells) for r in body), default=0)
    column = next((c for c in range(width) if len(body) >= 2 and all(_cell_day(plain(r.cells[c]), year, order) or (
                   n and not plain(r.cells[c])) for n, r in enumerate(body))), None)  # fmt: skip
    if column is None:
        return None
    days = {r.index: day for r in body if (day := _cell_day(plain(r.cells[column]), year, order))}
    cut = [TableRow([t for n, t in enumerate(r.cells) if n != column or (r.header and len(r.cells) < width)],
                    r.index, r.header, r.extra) for r in rows]  # fmt: skip
    return cut, days


def day_rows(rows: list[TableRow], year: int | None, order: str | None = None,
             ) -> tuple[list[TableRow], dict[int, dt.date]] | None:  # fmt: skip
    """``<tr><td colspan="4">23 SEP 2025</td></tr>`` over the rows of that day: a row whose only words are one day
    heads the rows under it. The table without those rows, and the day of each row under one by its line; None if no
    row is such a heading."""
    kept: list[TableRow] = []
    days: dict[int, dt.date] = {}
    current = None
    for row in rows:
        said = [plain(c) for c in row.cells if plain(c)]
        if not row.header and len(said) == 1 and (day := _cell_day(said[0], year, order)):  # a header: over the columns
            current = day
            continue
        if current is not None:
            days[row.index] = current
        kept.append(row)
    return (kept, days) if len(kept) < len(rows) else None


def _titled_day(page: JekyllPage, year: int | None) -> dt.date | None:
    """A page titled with one day ("Contributed talks on Tuesday, Sep 12"): the day of its tables that have none
    over them; None if its title names no day, or more than one."""
    found = [d for d in find_dates(page.title, year) if d.first.year > 1]
    return found[0].first if len(found) == 1 and found[0].last is None else None


def _other_places(page: JekyllPage, clocks: Clocks, out: Schedule) -> None:
    """Report the places' clocks set aside, and give the zone of the one read."""
    others = ", ".join(clocks.places[1:])
    out.notes.append(Note(page.where(clocks.head_line), f"the program gives each slot in {len(clocks.places)} places' "
                          f"clocks: read in the first, {clocks.places[0]}'s; the columns of {others} not carried "
                          "over", guess=True))  # fmt: skip
    if clocks.zone_text:
        out.zone_texts.append((clocks.zone_text, page.where(clocks.head_line)))


def _tables_run_on(page: JekyllPage, blocks: list[Block], invited: set[str]) -> list[Block]:
    """``<table><tr><td>9:00 – 9:10</td><td>Opening</td></tr></table>`` right over another table of as many columns:
    a table too short to be read as a program alone (one slot) is the first rows of the table that follows it, with
    nothing but blank lines between."""
    source = page.body.split("\n")
    out: list[Block] = []
    for block in blocks:
        last = next((b for b in reversed(out) if b.kind == "table"), None)
        if block.kind != "table" or last is None or not block.rows or not last.rows:
            out.append(block)
            continue
        apart = any(map(str.strip, source[last.end : block.start])) or \
            any(b.kind != "html" or plain(b.text) for b in out[out.index(last) + 1 :])  # fmt: skip
        alike = max(map(len, (r.cells for r in last.rows))) == max(map(len, (r.cells for r in block.rows)))
        if not apart and alike and which_columns(last.rows, invited) is None \
                and which_columns(last.rows + block.rows, invited):  # fmt: skip
            last.rows, last.end = last.rows + block.rows, block.end
            continue
        out.append(block)
    return out


def _lone(day: object, block: Block, blocks: list[Block], invited: set[str]) -> bool:
    """Whether a table of one timed row may be a program: under a heading naming a day, on a page with a table of
    two or more timed rows (``#### Wed 7th September`` over one row, ``#### Thur 8th September`` over several)."""
    return isinstance(day, dt.date) and block.kind == "table" and any(
        b.kind == "table" and b.rows and which_columns(b.rows, invited) is not None for b in blocks)


def _summary_of(block: Block, headed: list[Block]) -> bool:
    """Whether a table restates a program the page gives again as timed headings (``## 09:30 CEST -- Inspiration``
    with its talks under it): three or more of its times, and half of them at least, open a heading too. The
    headings, which say more, are read; the table stays on the page as written."""
    def start(text: str) -> str | None:
        found = leading_time(plain(text))
        said = time_range(found.group(1)) if found else None
        return str(said[0]) if said else None

    times = [t for row in block.rows if row.cells and (t := start(row.cells[0]))] if block.kind == "table" else []
    shared = [t for t in times if t in {start(h.text) for h in headed}]
    return len(shared) >= 3 and 2 * len(shared) >= len(times)


def _day_line(section: list[Block], year: int | None) -> dt.date | None:
    """The day a paragraph that is a date alone (``Tue, September 19``, ``**Wednesday, September 20**``) gives the
    table or list right under it, when the section dates two or more of its parts so, one after the other."""
    days = []
    for block in section:
        said = plain(block.text).strip() if block.kind == "paragraph" else ""
        found = find_dates(said, year) if said and len(said) <= 40 else []
        rest = re.sub(rf"\b(?:{WEEKDAY}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?", "",
                      said[: found[0].start] + said[found[0].end :] if len(found) == 1 else said, flags=re.IGNORECASE)
        if len(found) == 1 and found[0].last is None and found[0].first.year > 1 and not re.search(r"\w", rest):
            days.append(found[0].first)
    return days[-1] if len(days) >= 2 else None


def find_schedule(pages: list[JekyllPage], invited: set[str], year: int | None) -> Schedule:
    """Every schedule table of the pages, in order; a table under a heading with a date is that day's."""
    out = Schedule()
    named = [p for p in pages if has_word(f"{p.title} {p.url}", *SCHEDULE_WORDS)]
    for page in named or pages:  # a page called "schedule" holds the schedule; times elsewhere are prose
        blocks = class_tables(page.body, definition_tables(paragraph_tables(page.body, parse(page.body))))
        blocks = _tables_run_on(page, lists_around_code(page.body, blocks), invited)
        first, marks = len(out.entries), _marks(out)
        order = close_numeric_order(page.body)  # "10/06/2024": read as the page's other such dates show
        headed = timed_heading_blocks(blocks) if named else []
        for number, block in enumerate(blocks):
            if len(headed) >= 3 and ((block.kind == "list" and block.start > headed[0].start)
                                     or _summary_of(block, headed)):  # fmt: skip
                continue  # the talks under a program's timed headings, or a table restating them: read below
            if block.kind == "list" and (not block.in_html or _outer_html_list(block, blocks)):
                timed = [i for i in all_items(block.items) if timed_item(i)]
                if len(timed) < 3:
                    continue
                block.rows = list_rows(block.items)
                out.notes += [Note(page.where(c.index), f"'{plain(c.text)}' of '{plain(i.text)}': not carried over "
                                   "(a schedule row has no place for it)") for i in timed if (k := keyed_time(i))
                              for c in k[1]]  # fmt: skip
            elif block.kind != "table" or not block.rows or (named and lengths_of_rows(page, block)):
                continue  # "| Activity | Duration |", no clock time: read below, each row a slot of its own
            heading = next((b for b in reversed(blocks[:number]) if b.kind == "heading"), None)
            section = [b for b in blocks[:number] if heading is None or b.start >= heading.start]
            texts = [plain(b.text) for b in section if b.kind in ("heading", "paragraph")]
            dates = [(d, t) for t in texts if not _UPDATED.search(t) for d in find_dates(t, year) if d.first.year > 1]
            # "## Nov. 9 (Day 2)", "**Saturday 7th December 2025**"; not "**Date:** July 5 or 6", one of two days
            day = dates[0][0].first if dates and not OR_DAY.match(dates[0][1][dates[0][0].end :]) else None
            day = _day_line(section, year) or day  # "Tue, September 19" over this list, another day over the next
            read_before = len(out.entries)
            counted = re.search(r"\bday\s*(\d)\b", " ".join(texts[:1]), re.IGNORECASE) if day is None else None
            if counted:
                out.clock.pop((page.rel, None), None)  # "Day 2": its morning is not the afternoon of the day before
            over = _headings_over(blocks[:number], heading)
            if day is None and not counted:  # "### July 27, 2024 (CET)" over "**Schedule**" over the table
                days = [d for h in over if not _UPDATED.search(plain(h.text))
                        for d in find_dates(plain(h.text), year) if d.first.year > 1]  # fmt: skip
                day = days[0].first if len(days) == 1 and days[0].last is None else None
            day = day if day is not None or counted else _titled_day(page, year)
            if (grid := week_grid(page.body, block, year)) and read_week(page, grid, invited, out):
                out.shown.append((page, block.start, block.end))  # a week's grid: its columns are its days
                out.zone_texts += _zone_texts(page, blocks, number, heading, over)
                continue
            if clocks := other_clocks(block.rows, year):  # each slot in several places' clocks: the first's read
                _other_places(page, clocks, out)
            by_day = (clocks.rows, clocks.days) if clocks else None
            by_day = by_day or day_column(block.rows, year, order) or day_rows(block.rows, year, order)
            table_rows, row_days = by_day or (block.rows, {})
            if read_table(page, table_rows, day, invited, out, row_days, _lone(day, block, blocks, invited)):
                out.days += sorted(set(by_day[1].values())) if by_day else []
                if block.kind == "list":
                    nested_sessions(page, block.items, out, read_before)
                    heading_session(page, heading if heading and not section[1:] else None, out, read_before)
                    line_session(page, blocks[number - 1] if number and blocks[number - 1].end == block.start
                                 else None, out, read_before)  # fmt: skip
                below = [b for b in blocks[number + 1 :] if b.start >= block.end]
                _talk_below(page, below, out.entries[read_before:], invited, out)
                _event_below(page, below, day if isinstance(day, dt.date) else None, invited, out)
                if counted and heading:
                    out.numbered.append((int(counted.group(1)), page.where(heading.start), out.entries[read_before:]))
                out.shown.append((page, block.start, block.end))
                out.zone_texts += _zone_texts(page, blocks, number, heading, over)
                out.zone_texts += [(e, page.where(r.index)) for r in block.rows for e in r.extra if LOCATION.match(e)]
                if isinstance(day, dt.date) and by_day is None:
                    out.days.append(day)
        if named:
            without_table(page, blocks, invited, out, first, year)
        elif len(out.entries) == first:  # "## Schedule" on the home page, over "#### 09:00 - 09:15 Opening remarks"
            timed_headings(page, section_of(blocks, SCHEDULE_WORDS), invited, out)
        _titles_from_details(page, blocks, out.entries[first:], out)
        labelled_sessions(page, blocks, out, year)
        _clock_slips(page, out, marks)
    if named:
        _beside(pages, named, invited, out)
    _presenters(out.entries)
    out.unread = unread_times(named or pages, out.shown)
    out.notes += out.unread
    return out


def _zone_texts(page: JekyllPage, blocks: list[Block], number: int, heading: Block | None,
                over: list[Block]) -> list[tuple[str, str]]:  # fmt: skip
    """What may say the time zone of the table ``blocks[number]``, with where: the paragraphs and the heading over
    it, the lines between that heading and the table, the headings over that, a line under the table about its
    times, the page's description."""
    block, source = blocks[number], page.body.split("\n")
    before = [b for b in blocks[:number] if b.kind in ("paragraph", "other")
              and (heading is None or b.start > heading.start)]  # fmt: skip
    out = [(plain(b.text or " ".join(source[b.start : b.end])), page.where(b.start))
           for b in before]  # fmt: skip  # "> NOTE: Times are shown in ..." too
    if heading:
        out.append((plain(heading.text), page.where(heading.start)))
        between = plain(rich_html("\n".join(source[heading.end : block.start])))
        if between.strip():  # "<h2>Schedule</h2>\n*All times PST.*\n<center>": in the heading's HTML
            out.append((between, page.where(heading.end)))
    out += [(plain(h.text), page.where(h.start)) for h in over]
    out += _times_over(page, blocks[:number], heading, over)
    following = blocks[number + 1 :]
    end = next((n for n, b in enumerate(following) if b.kind in ("heading", "table")), len(following))
    for under in following[:end]:  # "<br/>All times are in local time zone, CDT." under the table
        said = plain(under.text or " ".join(source[under.start : under.end]))
        if under.kind in ("paragraph", "other") and has_word(said, "time", "times"):
            out.append((said, page.where(under.start)))
    if page.meta.get("description"):
        out.append((str(page.meta["description"]), f"{page.rel}:1"))
    return out


_PRESENTING = re.compile(r"(?:the\s+)?(?:presenter|presenting(?:\s+author)?|speaker)", re.IGNORECASE)


def _presenters(entries: list[Draft | Session]) -> None:
    """``Ann Lee (presenter), Bo Wu, Cy Li``: a talk's authors, one or more marked as presenting it. Those so
    marked are its speakers; the whole author line is kept as the row's note."""
    for entry in entries:
        for draft in entry.items if isinstance(entry, Session) else [entry]:
            marked = [p for p in draft.speakers if p.affiliation and _PRESENTING.fullmatch(p.affiliation.strip())]
            if not marked or len(marked) == len(draft.speakers):
                draft.speakers = [p._replace(affiliation=None) if p in marked else p for p in draft.speakers]
                continue
            said = ", ".join(f"{p.name} ({p.affiliation})" if p in marked else p.name for p in draft.speakers)
            draft.notes.append(f"Authors: {said}")
            draft.speakers = [p._replace(affiliation=None) for p in marked]


# "###### Last Updated on Oct. 24", "(Updated as of Nov. 20)" over a table: the day of an edit, not of the program
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)


def _marks(out: Schedule) -> tuple[int, int, int, int, int, int]:
    """How much of the schedule was read before a page: its rows, shown blocks, zone texts, days, numbered days
    and notes."""
    return len(out.entries), len(out.shown), len(out.zone_texts), len(out.days), len(out.numbered), len(out.notes)


def _clock_slips(page: JekyllPage, out: Schedule, marks: tuple[int, int, int, int, int, int]) -> None:
    """A page's rows read, their clock's slips mended; a page repeating the program read from an earlier page, the
    same talks in the same order at other times (``program-cest``, ``program-pdt``: in other time zones), is not
    read again: its table stays on its page as written, and the repeat is reported."""
    first = marks[0]
    morning_slips(out.entries[first:], out.notes)
    afternoon_slips(out.entries[first:], out.notes)
    small_hours(out.entries[first:], out.notes)
    ends_before_start(out.entries[first:], out.notes)
    talks = _talks_of(out.entries[first:])
    if len(talks) < 3:
        return
    for earlier in dict.fromkeys(shown.rel for shown, _, _ in out.shown[: marks[1]] if shown.rel != page.rel):
        if _talks_of([e for e in out.entries[:first] if e.where.startswith(f"{earlier}:")]) == talks:
            del out.entries[first:], out.shown[marks[1] :], out.zone_texts[marks[2] :], out.days[marks[3] :]
            del out.numbered[marks[4] :], out.notes[marks[5] :]
            out.notes.append(Note(f"{page.rel}:1", f"the program of {earlier} again, at other times (in another "
                                  "time zone): not read a second time; its table kept on the page as written"))
            return


def _talks_of(entries: list[Draft | Session]) -> list[tuple[str | None, tuple[str, ...]]]:
    """The titles and speakers of the talks given by someone, in order."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    return [(d.title, tuple(p.name for p in d.speakers)) for d in drafts if d.speakers]


def _rows_of(entries: list[Draft | Session]) -> list[tuple[object, object, str | None]]:
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    return [(d.time, d.end, d.title) for d in drafts]


def _beside(pages: list[JekyllPage], named: list[JekyllPage], invited: set[str], out: Schedule) -> None:
    """What the pages beside the schedule's say of it: a table repeating its rows, the titles of its talks."""
    _copies(pages, named, invited, out)
    titles_from_talk_pages([p for p in pages if p not in named], out)


def _copies(pages: list[JekyllPage], named: list[JekyllPage], invited: set[str], out: Schedule) -> None:
    """A table elsewhere (a one-page home) that repeats the schedule page's rows, the same times and titles: shown
    as the schedule too, not kept as a second copy in text."""
    rows = _rows_of(out.entries)
    if not rows:
        return
    for page in [p for p in pages if p not in named]:
        blocks = class_tables(page.body, definition_tables(paragraph_tables(page.body, parse(page.body))))
        for block in blocks:
            copy = Schedule()
            if block.kind == "table" and block.rows and read_table(page, block.rows, None, invited, copy) \
                    and _rows_of(copy.entries) == rows:  # fmt: skip
                out.shown.append((page, block.start, block.end))


_TITLE_LINE = re.compile(r"^\s*title\s*:\s*(\S.*)$", re.IGNORECASE)


def _titles_from_details(page: JekyllPage, blocks: list[Block], entries: list[Draft | Session], out: Schedule) -> None:
    """A "Talk Details" part under the table: ``### Ann Lee`` then ``**Title:** Her Talk``. The one talk of the page's
    schedule that names her and no title of its own takes that title (a guess, reported)."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    source = page.body.split("\n")
    headings = [b for b in blocks if b.kind == "heading"]
    for number, heading in enumerate(headings):
        name = words(plain(heading.text))
        if not name:
            continue
        end = headings[number + 1].start if number + 1 < len(headings) else len(source)
        found = [m for i in range(heading.end, end) if (m := _TITLE_LINE.match(plain(rich_html(source[i]))))]
        together = _names_together(plain(heading.text))
        talks = [d for d in drafts if d.untitled and (any(words(p.name) == name for p in d.speakers)
                                                      or (together and _speaker_set(d) == together))]
        if len(found) != 1 or len(talks) != 1:
            continue
        talks[0].title, talks[0].untitled = found[0].group(1).strip(), False
        out.notes.append(Note(talks[0].where, f"the talk of {plain(heading.text)}: its title '{talks[0].title}' read "
                              f"from {page.where(heading.start)}", guess=True))  # fmt: skip


_JOINED = re.compile(r"\s*(?:&|\band\b|,)\s*", re.IGNORECASE)


def _names_together(heading: str) -> set[tuple[str, ...]] | None:
    """The names of a heading that names two or more people of one talk (``Percy Liang & Ananya Kumar``), a
    parenthesis at its end left aside (``(Debate)``); none for a heading of one name."""
    names = [tuple(words(part)) for part in _JOINED.split(re.sub(r"\([^()]*\)\s*$", "", heading)) if words(part)]
    return set(names) if len(names) > 1 and len(set(names)) == len(names) else None


def _outer_html_list(block: Block, blocks: list[Block]) -> bool:
    """An HTML list (``<ul><li>09:00 - 09:05: Opening remarks</li>...``) that stands in no other list or table
    of the page and that no table is read from (``<li><span class="time">``: its rows read by their classes): read
    as a Markdown list would be (a list inside another is read as its items' sub-items)."""
    element = block.element
    return element is not None and not any(
        b.element is not None and b is not block and b.kind in ("list", "table")
        and (b.element is not element or b.kind == "table")
        and any(e is element for e in b.element.walk()) for b in blocks)  # fmt: skip


def _speaker_set(draft: Draft) -> set[tuple[str, ...]]:
    return {tuple(words(p.name)) for p in draft.speakers}


# The words of a row that names a talk by its kind alone ("Keynote Presentation", "Invited Talk").
_KIND_ONLY = frozenset({"keynote", "keynotes", "invited", "talk", "presentation", "address", "lecture", "plenary"})


def _talk_below(page: JekyllPage, following: list[Block], entries: list[Draft | Session], invited: set[str],
                out: Schedule) -> None:  # fmt: skip
    """``| 11:00 | Keynote Presentation |`` with neither title nor speaker, and right under its table
    ``**Title: Chromatic Homology**`` then a byline naming one of the invited speakers (``_Professor Ann Lee,
    MIT_``): the one such row of the table takes that title and speaker (a guess, reported)."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])
              if d.kind in ("keynote", "invited") and not d.speakers
              and set(words(d.title or "")) <= _KIND_ONLY]  # fmt: skip
    said = [b for b in following if b.kind != "html" or plain(b.text)][:2]
    if len(drafts) != 1 or len(said) != 2 or said[0].kind not in ("paragraph", "heading") \
            or said[1].kind != "paragraph":  # fmt: skip  # "**Title: ...**" alone on its line: a heading as read
        return
    titled = _TITLE_LINE.match(plain(said[0].text))
    byline = plain(said[1].text).lower()
    named = [n for n in invited if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", byline)]
    if titled is None or len(named) != 1 or "\n" in said[1].text.strip():
        return
    start = byline.index(named[0])
    draft = drafts[0]
    draft.title, draft.untitled = titled.group(1).strip(), False
    draft.speakers = [PersonText(plain(said[1].text)[start : start + len(named[0])])]
    out.notes.append(Note(draft.where, f"schedule row '{plain(said[0].text)}': its title and speaker "
                          f"({draft.speakers[0].name}) read from {page.where(said[0].start)}, under the table",
                          guess=True))  # fmt: skip


def _headings_over(blocks: list[Block], heading: Block | None) -> list[Block]:
    """The headings a heading stands under, the nearest first: each earlier one of a higher rank."""
    over: list[Block] = []
    level = heading.level if heading else 0
    for block in reversed(blocks):
        if heading and block.kind == "heading" and block.start < heading.start and block.level < level:
            over.append(block)
            level = block.level
    return over


def _times_over(page: JekyllPage, blocks: list[Block], heading: Block | None,
                over: list[Block]) -> list[tuple[str, str]]:  # fmt: skip
    """Sentences about the times under the heading a session's heading stands under ("# Programme", "All times in
    Korea Standard Time (GMT+9).", then "**Morning Session**" over its rows): they may name the zone."""
    if heading is None or not over:
        return []
    source = page.body.split("\n")
    said = [(plain(b.text or " ".join(source[b.start : b.end])), page.where(b.start)) for b in blocks
            if b.kind in ("paragraph", "other") and over[0].start < b.start < heading.start]  # fmt: skip
    return [(text, where) for text, where in said if has_word(text, "time", "times")]


# "23:59 Anywhere on Earth", "11:59pm AoE": the hour a deadline closes, under its date, not a line of a program
_DEADLINE_CLOCK = re.compile(r"\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*\(?(?:AoE|anywhere\s+on\s+earth)\b",
                             re.IGNORECASE)


def unread_times(pages: list[JekyllPage], read: list[tuple[JekyllPage, int, int]]) -> list[Note]:
    """Lines and table rows that start with a time but are in no schedule read: reported, they stay as written."""
    notes = []
    for page in pages:
        regions = [(start, end) for shown, start, end in read if shown is page]
        for block in parse(page.body):
            if any(start <= block.start < end for start, end in regions):
                continue
            if block.kind == "table":
                texts = [(row.index, " | ".join(plain(c) for c in row.cells if plain(c))) for row in block.rows]
                if (lengths := lengths_program(block)) and not any(timed_line(t) for _, t in texts):
                    notes.append(Note(page.where(block.start), f"a program of lengths ('{lengths}'), with no clock "
                                      "time: kept as written, not schedule data", last=page.line(block.end - 1)))
                    continue
            elif block.kind in ("paragraph", "list", "html") and not block.in_html:  # "<summary>09:00 Opening"
                texts = [(i, plain(line)) for i, line in enumerate(page.body.split("\n")[block.start : block.end],
                                                                    block.start)]  # fmt: skip
            else:
                continue
            texts = [(i, t) for i, t in texts if not any(start <= i < end for start, end in regions)]
            if any(timed_line(t) and not _DEADLINE_CLOCK.match(t) for _, t in texts):
                notes += [Note(page.where(i), f"'{t}': a line of a schedule (it or a line near it starts with a "
                               "time) not read as a schedule row: kept as written") for i, t in texts
                          if re.search(r"[^\W\d_]{3}", t)]  # fmt: skip
    return notes


# "June 20, 2021, 7-8 PM PT @ Zoom": a day, then the hours, both ends on a 12-hour clock or as written
_DAY_THEN_HOURS = re.compile(r"[,\s]+(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}(?:[:.]\d{2})?\s*"
                             r"(?:[ap]\.?m\.?)?)(?![\d:])", re.IGNORECASE)  # fmt: skip


def _event_below(page: JekyllPage, following: list[Block], day: dt.date | None, invited: set[str],
                 out: Schedule) -> None:  # fmt: skip
    """``**Panel discussion**`` over ``June 20, 2021, 7-8 PM PT @ Zoom`` under a program's rows, before the next
    heading: an event of the program apart from them, at the hours its second line says after the day."""
    source = page.body.split("\n")
    for block in following:
        if block.kind == "heading":
            return
        said = [line for line in source[block.start : block.end] if line.strip()]
        title = re.fullmatch(r"\s*\*\*([^*\n]{2,80})\*\*\s*", said[0]) if block.kind == "paragraph" and said else None
        dated = find_dates(plain(said[1]), None) if title and len(said) == 2 else []
        hours = _DAY_THEN_HOURS.match(plain(said[1]), dated[0].end) if dated and dated[0].start == 0 else None
        times = time_range(hours.group(1)) if hours else None
        if title is None or times is None:
            continue
        item = read_item(page.where(block.start), None, title.group(1).strip(), "", None, day, invited, False)
        item.time, item.end = times
        out.entries.append(item)
        out.shown.append((page, block.start, block.end))
        out.notes.append(Note(page.where(block.start), f"schedule row '{plain(title.group(1))}' at {times[0].text}, "
                              f"read from the lines under the program: '{plain(said[1])}'", guess=True))  # fmt: skip
