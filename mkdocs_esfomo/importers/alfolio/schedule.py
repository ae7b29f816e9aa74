"""The schedule: the tables of the reachable pages whose rows start with times (and the lists, paragraphs,
definition lists and HTML blocks written like them), found page by page and read as tables."""

from __future__ import annotations

import datetime as dt
import re

from ... import values
from .blocks import Block, Element, Item, TableRow, class_rows, parse
from .cells import people_line
from .columns import DURATION
from .jekyll import JekyllPage
from .program import SCHEDULE_WORDS, Draft, Schedule, Session, kind_of
from .report import Note
from .rows import read_table
from .text import (
    has_word,
    lines,
    plain,
    rich_html,
    words,
)
from .when import OR_DAY, find_dates, time_range


def all_items(items: list[Item]) -> list[Item]:
    return [e for i in items for e in (i, *all_items(i.children))]


_LEADING_TIME = re.compile(r"^\s*(\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:-{1,2}|–|—|to)\s*\d{1,2}[:.h]\d{2}"
                           r"\s*(?:[ap]\.?m\.?)?)?)\s*(?:[|:–—-]\s*)?(.*)$", re.IGNORECASE | re.DOTALL)  # fmt: skip


_END = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon)"  # "9", "9:30 AM", "4pm", "noon"
_LOOSE_TIME = re.compile(rf"^\s*({_END}\s*(?:-{{1,2}}|–|—|to)\s*{_END})\s*[:|]\s+(.*)$", re.IGNORECASE | re.DOTALL)


def leading_time(text: str) -> re.Match[str] | None:
    """The time a line opens with (group 1) and what follows it (group 2): ``09:05 - 09:35 Title``, and a range
    closed by a colon whose ends may be bare hours or noon (``9-9:30 AM: Welcome``, ``10:30-noon: Panel``,
    ``3-4pm: Talks``) when an end says its minutes or its half of the day."""
    loose = _LOOSE_TIME.match(text)
    if loose and re.search(r"[ap]\.?m\b|noon|\d[:.]\d\d", loose.group(1), re.IGNORECASE) and time_range(loose.group(1)):
        return loose
    return _LEADING_TIME.match(text)


_TRAILING_TIME = re.compile(r"^(.*?\S)\s*\(\s*([^()]+?)\s*\)\s*$", re.DOTALL)


def list_rows(items: list[Item]) -> list[TableRow]:
    """A schedule written as a list ("- 09:05 - 09:35 *Keynote:* Title, Speaker"), as rows of a table.

    An item without a time whose sub-items have times heads them, as a session row would; an item whose time is
    in brackets at its end ("Lunch Break (12:30 - 13:30)") is at that time."""
    rows = [TableRow(["Time", "Event"], items[0].index if items else 0, header=True)]
    for item in items:
        if keyed := keyed_time(item):  # its time is in its sub-items, which say nothing else to read as rows
            rows.append(TableRow([keyed[0], _QUOTED.sub(r"\1", item.text)], item.index))
            continue
        if timed := _item_time(item):
            rows.append(TableRow(list(timed), item.index))
        elif item.children:
            rows.append(TableRow(["", f"**{plain(item.text)}**"], item.index))
        else:
            rows.append(TableRow(["", item.text], item.index))
        rows += list_rows(item.children)[1:]
    return rows


_KEYED = re.compile(r"^\s*([a-z][a-z _-]{0,20}?)\s*:\s*(\S.*)$", re.IGNORECASE)
_START_KEYS = ("start_time", "start", "time", "from", "begin", "begins")
_END_KEYS = ("end_time", "end", "to", "until", "ends")
_QUOTED = re.compile(r'^\s*["“](.+)["”]\s*$', re.DOTALL)  # "\"Invited Talk by Ann Lee: Title\""


def keyed_time(item: Item) -> tuple[str, list[Item]] | None:
    """An item whose sub-items are ``key: value`` lines, one its start (``start_time: 09:00:00``), maybe one its end:
    the time they make (``09:00 - 09:30``), and the sub-items that say something else (``chair: Ann Lee``)."""
    fields: dict[str, tuple[str, Item]] = {}
    for child in item.children:
        found = _KEYED.match(plain(child.text))
        if not found or child.children:
            return None
        fields[re.sub(r"[\s-]+", "_", found.group(1).strip().lower())] = (found.group(2).strip(), child)

    def clock_of(keys: tuple[str, ...]) -> str | None:
        said = next((fields[k][0] for k in keys if k in fields), None)
        return re.sub(r"^(\d{1,2}:\d{2}):00$", r"\1", said) if said else None  # "09:00:00": seconds, all zero

    start, end = clock_of(_START_KEYS), clock_of(_END_KEYS)
    span = f"{start} - {end}" if start and end else start
    if not span or not time_range(span):
        return None
    return span, [child for key, (_, child) in fields.items() if key not in (*_START_KEYS, *_END_KEYS)]


def _item_time(item: Item) -> tuple[str, str] | None:
    """A list item's time and what it says beside: ``09:05 - 09:35 Title``, ``Lunch Break (12:30 - 13:30)``."""
    found = leading_time(item.text)
    after = _TRAILING_TIME.match(item.text)
    if found and time_range(found.group(1)):
        return found.group(1), found.group(2)
    if after and time_range(plain(after.group(2))):
        return plain(after.group(2)), after.group(1)
    return None


def _nested_sessions(page: JekyllPage, items: list[Item], out: Schedule, first: int) -> None:
    """The rows a list schedule nests under an untimed item (``- Afternoon session``) are one session of that item,
    whatever their kinds, as the list shows them: the entries read from the list (from ``first`` on) regrouped."""
    heads = {page.where(i.index): (plain(i.text), {page.where(c.index) for c in all_items(i.children)})
             for i in items if i.children and not _item_time(i)}  # fmt: skip
    if not heads:
        return
    regrouped: list[Draft | Session] = []
    made: dict[str, Session] = {}
    for entry in out.entries[first:]:
        for member in entry.items if isinstance(entry, Session) and entry.where in heads else [entry]:
            head = next((w for w, (_, under) in heads.items() if member.where in under), None)
            if head is None:
                regrouped.append(member)
                continue
            if head not in made:
                made[head] = Session(heads[head][0], head, None, None, [], member.day)
                regrouped.append(made[head])
            made[head].items += member.items if isinstance(member, Session) else [member]
    out.entries[first:] = regrouped
    out.notes = [n for n in out.notes if not (n.where in made and "no talks under it" in n.what)]


_FIELD = re.compile(r"^\*\*(titles?|topic|speakers?|panelists?|moderators?|chairs?|hosts?)\s*:?\s*\*\*\s*:?\s*(.+)$",
                    re.IGNORECASE)  # fmt: skip


_BOLD_TIME = re.compile(r"^\*\*([^*]+)\*\*\s*(.*)$", re.DOTALL)


def _timed(text: str) -> tuple[str, str] | None:
    """``"**08:30 - 09:15** — Invited talk"``, ``"13:00 - 13:10 Title by Ann Lee"``: the time and what follows."""
    bold = _BOLD_TIME.match(text.strip())
    if bold and time_range(plain(bold.group(1))):
        return plain(bold.group(1)), re.sub(r"^(?:\s*[-–—:|]\s*)+", "", bold.group(2))
    found = leading_time(text)
    return (found.group(1), found.group(2).strip()) if found and time_range(found.group(1)) else None


def _paragraph_row(text: str, index: int) -> TableRow | None:
    """``"**08:30 - 09:15** — Invited talk\n**Speaker:** Ann Lee\n**Title:** A Title"``: a row of a table with
    the columns Time, Type, Title, Speakers."""
    first, *rest = lines(text)
    timed = _timed(first)
    if timed is None:
        return None
    time, label = timed
    title, people, more = "", [], []
    for line in rest:
        field = _FIELD.match(line)
        if field and has_word(field.group(1), "title", "titles", "topic"):
            title = field.group(2)
        elif field:
            people.append(f"{field.group(1)}: {field.group(2)}")
        else:
            more.append(line)
    if not title:
        label, title = "", "\n".join([label, *more])
    return TableRow([time, label, title, "\n".join(people)], index)


def _details_rows(body: str, block: Block) -> list[TableRow]:
    """The timed lines of an HTML block (``<details>`` listing the talks of the row above): rows."""
    rows = []
    assert block.element is not None
    for element in block.element.walk()[1:]:
        if element.tag != "details":
            continue
        text = rich_html(re.sub(r"<summary>.*?</summary>", "", element.inner(body), flags=re.DOTALL))
        offset = element.line
        for number, line in enumerate(lines(text)):
            timed = _timed(line)
            if timed:
                rows.append(TableRow([timed[0], "", timed[1], ""], offset + min(number, element.end_line - offset)))
    return rows


_DAY_WORDS = re.compile(r"\b(?:day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|"
                        r"may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
                        re.IGNORECASE)  # fmt: skip  # "**Day 2**", "**Tuesday, May 6**": a day's heading, no row's


def _under_row(row: TableRow, block: Block) -> None:
    """What a paragraph or list between two timed paragraphs says of the row above it: a bold line under a time
    with nothing after it is the row's title (``**10:50 - 12:00** --`` then ``**Poster Session: Text**``); a list
    naming only people its speakers (a panel's panelists); anything else its notes (the papers of a poster session)."""
    if block.kind == "list":
        said = [plain(" ".join([i.text, *(c.text for c in all_items(i.children))])) for i in block.items]
        if said and not plain(row.cells[3]) and all(people_line(t) for t in said):
            row.cells[3] = "\n".join(said)
        else:
            row.extra += [t for t in said if t]
    elif not plain(row.cells[1]) and not plain(row.cells[2]) and not row.extra:
        row.cells[2] = f"**{block.text.strip()}**" if block.kind == "heading" else block.text.strip()
    elif plain(block.text):
        row.extra.append(plain(block.text))


def paragraph_tables(body: str, blocks: list[Block]) -> list[Block]:
    """A schedule written as paragraphs, one a row (``**08:30 - 09:15** — Invited talk<br>**Speaker:** ...``),
    with the talks of a row in a ``<details>`` under it, or the paragraphs and lists between it and the next timed
    paragraph (a poster session's papers, a panel's panelists): one table a run of three or more such paragraphs."""
    out: list[Block] = []
    run: list[tuple[Block, bool]] = []  # each block, and whether it is a timed paragraph
    between: list[Block] = []  # the paragraphs and lists after the run's last timed paragraph

    def flush() -> None:
        if sum(timed for _, timed in run) < 3:
            out.extend(b for b, _ in run)
        else:
            rows = [TableRow(["Time", "Type", "Title", "Speakers"], run[0][0].start, header=True)]
            for b, timed in run:
                row = _paragraph_row(b.text, b.start) if timed else None
                if row is None and not timed and b.kind != "html" and len(rows) > 1:
                    _under_row(rows[-1], b)
                    continue
                rows += [row] if row else _details_rows(body, b) if b.kind == "html" else []
            out.append(Block("table", run[0][0].start, run[-1][0].end, rows=rows))
        run.clear()
        out.extend(between)
        between.clear()

    for block in blocks:
        if block.in_html and run and not between:
            continue  # inside the <details> of the run
        bold = block.kind == "heading" and block.level == 6 and block.element is None  # "**A bold line**"
        timed_paragraph = (block.kind == "paragraph" or bold) and not block.in_html and bool(block.text.strip()) \
            and _timed(lines(block.text)[0]) is not None  # fmt: skip
        details = block.kind == "html" and bool(run) and not between and block.element is not None and \
            bool(block.element.find_all("details"))  # fmt: skip
        if timed_paragraph or details:
            run.extend((b, False) for b in between)
            between.clear()
            run.append((block, timed_paragraph))
        elif run and (block.kind in ("paragraph", "list") or (bold and not _DAY_WORDS.search(block.text))) \
                and not block.in_html:  # fmt: skip
            between.append(block)
        else:
            flush()
            out.append(block)
    flush()
    return out


def definition_tables(blocks: list[Block]) -> list[Block]:
    """A schedule written as a definition list (``Tuesday, Jan 3`` then ``: 9:00 AM - 10:00 AM`` and ``: Ann Lee
    (MIT)``): its term a heading, each time with the definition after it a row of a table, a definition before the
    first time a session's title. Two times at least, or the paragraph stays a paragraph."""
    out: list[Block] = []
    for block in blocks:
        said = block.text.split("\n") if block.kind == "paragraph" and not block.in_html else []
        definitions = [line[1:].strip() for line in said[1:] if line.startswith(":")]

        def bare_time(text: str) -> str | None:
            found = leading_time(plain(text))
            return found.group(1) if found and time_range(found.group(1)) and not found.group(2).strip() else None

        if len(said) < 3 or len(definitions) != len(said) - 1 or sum(map(bool, map(bare_time, definitions))) < 2:
            out.append(block)
            continue
        rows = [TableRow(["Time", "Event"], block.start + 1, header=True)]
        time: tuple[str, int] | None = None
        for index, text in enumerate(definitions, block.start + 1):
            if found := bare_time(text):
                if time:
                    rows.append(TableRow([time[0], ""], time[1]))
                time = (found, index)
            elif text and time:
                rows.append(TableRow([time[0], text], time[1]))
                time = None
            elif text:
                rows.append(TableRow(["", f"**{plain(text)}**"], index))
        if time:
            rows.append(TableRow([time[0], ""], time[1]))
        out += [Block("heading", block.start, block.start + 1, text=said[0], level=6),
                Block("table", block.start + 1, block.end, rows=rows)]  # fmt: skip
    return out


def class_tables(body: str, blocks: list[Block]) -> list[Block]:
    """A schedule written as HTML elements whose parts are named by their class (``<span class="time">``): a
    table over the lines of the element holding them, right after the HTML block it is in."""
    out: list[Block] = []
    runs = _sibling_runs(blocks)
    tables = [b for b in blocks if b.kind == "table"]
    for number, block in enumerate(blocks):
        out.append(block)
        root = runs.get(number, block.element if block.kind == "html" else None)
        found = class_rows(body, root) if isinstance(root, Element) else None
        if found and any(t.start <= found[0].end_line and found[0].line < t.end for t in tables):
            found = None  # "<table><tr><td class="time">": a table read as one already, its classes or not
        if found:
            holder, rows, _ = found
            out.append(Block("table", holder.line, holder.end_line + 1, rows=rows, element=holder))
    return out


def _sibling_runs(blocks: list[Block]) -> dict[int, Element | None]:
    """``<div class="schedule-block">`` after ``<div class="schedule-block">``, blank lines between: HTML blocks each
    of one element of the same tag and classes are one schedule, read once after the last of them (a block of one
    timed item then reads too). The index of each run's last block -> an element holding them all; the index of
    the others -> None."""

    def alone(block: Block) -> Element | None:
        kids = block.element.children if block.kind == "html" and not block.in_html and block.element else []
        return kids[0] if len(kids) == 1 and kids[0].classes else None

    runs: dict[int, Element | None] = {}
    tops = [(n, alone(b)) for n, b in enumerate(blocks) if not b.in_html]
    start = 0
    while start < len(tops):
        end = start + 1
        first = tops[start][1]
        while first and end < len(tops) and (e := tops[end][1]) and (e.tag, e.classes) == (first.tag, first.classes):
            end += 1
        if end - start > 1 and first:
            members = [e for _, e in tops[start:end] if e]
            runs.update({n: None for n, _ in tops[start : end - 1]})
            runs[tops[end - 1][0]] = Element("#root", {}, members[0].line, members[-1].end_line, members[0].start,
                                             members[-1].end, members)  # fmt: skip
        start = end
    return runs


_FENCE = re.compile(r"^\s*(?:`{3,}|~{3,})")


def lists_around_code(body: str, blocks: list[Block]) -> list[Block]:
    """A list a code block at the margin breaks (``- 10:30-noon: Panel``, a fenced block naming the panelists, then
    ``- Noon-1:30pm: Lunch``): one list, as a visitor reads it, the code block's lines one item under the item
    above it (``Panelists: Ann Lee (MIT), Bo Wu (ETH)``)."""
    out: list[Block] = []
    source = body.split("\n")
    for number, block in enumerate(blocks):
        joined = out[-1] if out and out[-1].kind == "list" and not out[-1].in_html and out[-1].items else None
        if joined is not None and block.kind == "list" and not block.in_html and number > 0 \
                and blocks[number - 1].kind == "code" and blocks[number - 1] is not joined:  # fmt: skip
            out[-1] = Block("list", joined.start, block.end, items=[*joined.items, *block.items])
            continue
        if joined is not None and block.kind == "code" and number + 1 < len(blocks) and \
                blocks[number + 1].kind == "list" and not blocks[number + 1].in_html:  # fmt: skip
            said = [line.strip() for line in source[block.start : block.end] if line.strip() and not _FENCE.match(line)]
            last = joined.items[-1]
            if said:
                label = said[0] if said[0].endswith(":") else None
                text = ", ".join(said[1:] if label else said)
                last.children.append(Item(f"{label} {text}" if label else text, block.start + (1 if label else 0)))
            out[-1] = Block("list", joined.start, block.end, items=joined.items)
            continue
        out.append(block)
    return out


_DAY_CELL = re.compile(r"^[\W\d]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)?[\W_]*$",
                       re.IGNORECASE)  # fmt: skip  # what is left of "Monday, September 23" without its date


def _cell_day(text: str, year: int | None) -> dt.date | None:
    """The one day a cell holds and nothing else (``Monday, September 23``, ``Sept. 24``); None otherwise."""
    found = find_dates(text, year)
    if len(found) != 1 or found[0].last is not None or found[0].first.year < 2 or time_range(text):
        return None
    rest = text[: found[0].start] + " " + text[found[0].end :]
    return found[0].first if _DAY_CELL.match(rest) else None


def day_column(rows: list[TableRow], year: int | None) -> tuple[list[TableRow], dict[int, dt.date]] | None:
    """``| Monday, September 23 | 10:00 - 13:30 | Talk |``: a column giving every row its day. The table without
    that column (nor the header's cell above it, when the header is as wide as the rows), and each row's day by its
    line; None if no column holds a day in each row that says anything (a row with it empty: the day above's)."""
    body = [r for r in rows if not r.header and any(plain(c) for c in r.cells)]
    width = min((len(r.cells) for r in body), default=0)
    column = next((c for c in range(width) if len(body) >= 2 and all(_cell_day(plain(r.cells[c]), year) or (
                   n and not plain(r.cells[c])) for n, r in enumerate(body))), None)  # fmt: skip
    if column is None:
        return None
    days = {r.index: day for r in body if (day := _cell_day(plain(r.cells[column]), year))}
    cut = [TableRow([t for n, t in enumerate(r.cells) if n != column or (r.header and len(r.cells) < width)],
                    r.index, r.header, r.extra) for r in rows]  # fmt: skip
    return cut, days


def find_schedule(pages: list[JekyllPage], invited: set[str], year: int | None) -> Schedule:
    """Every schedule table of the pages, in order; a table under a heading with a date is that day's."""
    out = Schedule()
    named = [p for p in pages if has_word(f"{p.title} {p.url}", *SCHEDULE_WORDS)]
    for page in named or pages:  # a page called "schedule" holds the schedule; times elsewhere are prose
        blocks = class_tables(page.body, definition_tables(paragraph_tables(page.body, parse(page.body))))
        blocks = lists_around_code(page.body, blocks)
        first = len(out.entries)
        for number, block in enumerate(blocks):
            if block.kind == "list" and not block.in_html:
                timed = [i for i in all_items(block.items)
                         if ((m := leading_time(plain(i.text))) and time_range(m.group(1))) or keyed_time(i)]
                if len(timed) < 3:
                    continue
                block.rows = list_rows(block.items)
                out.notes += [Note(page.where(c.index), f"'{plain(c.text)}' of '{plain(i.text)}': not carried over "
                                   "(a schedule row has no place for it)") for i in timed if (k := keyed_time(i))
                              for c in k[1]]  # fmt: skip
            elif block.kind != "table" or not block.rows:
                continue
            heading = next((b for b in reversed(blocks[:number]) if b.kind == "heading"), None)
            section = [b for b in blocks[:number] if heading is None or b.start >= heading.start]
            texts = [plain(b.text) for b in section if b.kind in ("heading", "paragraph")]
            dates = [(d, t) for t in texts if not _UPDATED.search(t) for d in find_dates(t, year) if d.first.year > 1]
            # "## Nov. 9 (Day 2)", "**Saturday 7th December 2025**"; not "**Date:** July 5 or 6", one of two days
            day = dates[0][0].first if dates and not OR_DAY.match(dates[0][1][dates[0][0].end :]) else None
            read_before = len(out.entries)
            counted = re.search(r"\bday\s*(\d)\b", " ".join(texts[:1]), re.IGNORECASE) if day is None else None
            if counted:
                out.clock.pop((page.rel, None), None)  # "Day 2": its morning is not the afternoon of the day before
            over = _headings_over(blocks[:number], heading)
            if day is None and not counted:  # "### July 27, 2024 (CET)" over "**Schedule**" over the table
                days = [d for h in over if not _UPDATED.search(plain(h.text))
                        for d in find_dates(plain(h.text), year) if d.first.year > 1]  # fmt: skip
                day = days[0].first if len(days) == 1 and days[0].last is None else None
            by_day = day_column(block.rows, year)
            if read_table(page, by_day[0] if by_day else block.rows, day, invited, out, by_day[1] if by_day else {}):
                out.days += sorted(set(by_day[1].values())) if by_day else []
                if block.kind == "list":
                    _nested_sessions(page, block.items, out, read_before)
                if counted and heading:
                    out.numbered.append((int(counted.group(1)), page.where(heading.start), out.entries[read_before:]))
                out.shown.append((page, block.start, block.end))
                before = [b for b in blocks[:number] if b.kind in ("paragraph", "other")
                          and (heading is None or b.start > heading.start)]  # fmt: skip
                source = page.body.split("\n")
                out.zone_texts += [(plain(b.text or " ".join(source[b.start : b.end])), page.where(b.start))
                                   for b in before]  # fmt: skip  # "> NOTE: Times are shown in ..." too
                if heading:
                    out.zone_texts.append((plain(heading.text), page.where(heading.start)))
                    between = plain(rich_html("\n".join(source[heading.end : block.start])))
                    if between.strip():  # "<h2>Schedule</h2>\n*All times PST.*\n<center>": in the heading's HTML
                        out.zone_texts.append((between, page.where(heading.end)))
                out.zone_texts += [(plain(h.text), page.where(h.start)) for h in over]
                out.zone_texts += _times_over(page, blocks[:number], heading, over)
                following = blocks[number + 1 :]
                end = next((n for n, b in enumerate(following) if b.kind in ("heading", "table")), len(following))
                for under in following[:end]:  # "<br/>All times are in local time zone, CDT." under the table
                    said = plain(under.text or " ".join(source[under.start : under.end]))
                    if under.kind in ("paragraph", "other") and has_word(said, "time", "times"):
                        out.zone_texts.append((said, page.where(under.start)))
                if page.meta.get("description"):
                    out.zone_texts.append((str(page.meta["description"]), f"{page.rel}:1"))
                if isinstance(day, dt.date) and by_day is None:
                    out.days.append(day)
        if named and len(out.entries) == first:
            _lengths_headings(page, blocks, out)
        if named and len(out.entries) == first:
            _lengths_table(page, blocks, out)
        _titles_from_details(page, blocks, out.entries[first:], out)
        _morning_slips(out.entries[first:], out.notes)
    if named:
        _copies(pages, named, invited, out)
    out.unread = unread_times(named or pages, out.shown)
    out.notes += out.unread
    return out


_PM = re.compile(r"(p)(\.?\s*m)", re.IGNORECASE)


def _morning_slips(entries: list[Draft | Session], notes: list[Note]) -> None:
    """``9:45--10:15AM``, ``10:15--10:45PM``, ``10:45--11:15AM``: a row written PM between two rows whose starts
    its morning time falls between (and before the next row, which its evening time is not) is the morning,
    mistyped; read so, a guess named."""
    rows: list[Draft | Session] = []
    for entry in entries:
        rows += [entry, *entry.items] if isinstance(entry, Session) else [entry]
    timed = [d for d in rows if d.time]
    for before, row, after in zip(timed, timed[1:], timed[2:], strict=False):
        assert before.time and row.time and after.time
        morning = row.time.minutes - 720
        if row.time.hour <= 12 or not _PM.search(row.time.text) or len({before.day, row.day, after.day}) > 1:
            continue
        if before.time.minutes <= morning <= after.time.minutes < row.time.minutes:
            written = row.time.text
            row.time = _as_morning(row.time)
            if isinstance(row, Draft) and row.end and row.end.hour > 12 and _PM.search(row.end.text):
                row.end = _as_morning(row.end)
            notes.append(Note(row.where, f"'{written}' read as {row.time.text}: written PM between the rows at "
                              f"{before.time.text} and {after.time.text}, which only the morning continues",
                              guess=True))  # fmt: skip


def _as_morning(time: values.ClockTime) -> values.ClockTime:
    text = _PM.sub(lambda m: ("A" if m.group(1) == "P" else "a") + m.group(2), time.text)
    return values.ClockTime(time.hour - 12, time.minute, text)


# "###### Last Updated on Oct. 24", "(Updated as of Nov. 20)" over a table: the day of an edit, not of the program
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)


def _rows_of(entries: list[Draft | Session]) -> list[tuple[object, object, str | None]]:
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    return [(d.time, d.end, d.title) for d in drafts]


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
        talks = [d for d in drafts if d.untitled and any(words(p.name) == name for p in d.speakers)]
        if len(found) != 1 or len(talks) != 1:
            continue
        talks[0].title, talks[0].untitled = found[0].group(1).strip(), False
        out.notes.append(Note(talks[0].where, f"the talk of {plain(heading.text)}: its title '{talks[0].title}' read "
                              f"from {page.where(heading.start)}", guess=True))  # fmt: skip


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


def _timed_line(text: str) -> bool:
    """``"| 09:00 - 09:40 | Keynote |"``, ``"9:00 Opening"``: a time, then words."""
    found = leading_time(text.strip(" |*-•+"))
    return bool(found and time_range(found.group(1)) and re.search(r"[^\W\d_]{3}", found.group(2)))


def _lengths_program(block: Block) -> str | None:
    """``| Duration | Activity |``: the header of a table whose rows each take a length of time, not a clock time."""
    header = next((r for r in block.rows if r.header), None)
    if header is None or not any(has_word(plain(c), "duration", "length") for c in header.cells):
        return None
    return " | ".join(plain(c) for c in header.cells if plain(c))


_LENGTH = re.compile(r"\(\s*\d+\s*(?:minutes?|mins?|hours?|hrs?)\s*\)\s*$", re.IGNORECASE)


def _lengths_headings(page: JekyllPage, blocks: list[Block], out: Schedule) -> None:
    """``##### **Show and Tell (30 minutes)**`` over a paragraph, three or more such headings on a program page that
    gives no clock time: a program of lengths, each heading a row with no time (its length kept in its title, as
    written), the paragraphs under it its abstract; reported."""
    headings = [b for b in blocks if b.kind == "heading" and _LENGTH.search(plain(b.text))]
    if len(headings) < 3 or any(_timed_line(plain(line)) for line in page.body.split("\n")):
        return
    level = min(h.level for h in headings)
    end = next((b.start for b in blocks if b.kind == "heading" and b.start > headings[0].start
                and b not in headings and b.level <= level), len(page.body.split("\n")))  # fmt: skip
    headings = [h for h in headings if h.start < end]
    for number, heading in enumerate(headings):
        stop = headings[number + 1].start if number + 1 < len(headings) else end
        said = [plain(b.text) if b.kind == "paragraph" else "; ".join(plain(i.text) for i in b.items)
                for b in blocks if b.kind in ("paragraph", "list") and heading.start < b.start < stop]  # fmt: skip
        title = plain(heading.text)
        kind, guessed = kind_of(_LENGTH.sub("", title))
        out.entries.append(Draft(page.where(heading.start), kind or "talk", title=title, notes=[t for t in said if t],
                                 guessed=title if kind and guessed else None))  # fmt: skip
    out.shown.append((page, headings[0].start, end))
    out.notes.append(Note(page.where(headings[0].start), f"a program of lengths ({len(headings)} headings such as "
                          f"'{plain(headings[0].text)}'), with no clock time: read as rows with no time, in the "
                          "page's order", last=page.line(end - 1), guess=True))  # fmt: skip


def _lengths_table(page: JekyllPage, blocks: list[Block], out: Schedule) -> None:
    """``| Duration | Event |`` on a program page that gives no clock time: a program of lengths, each row a row with
    no time titled by its other cells, its length (``10 min:``) kept as the row's note, in the table's order;
    reported."""
    if any(_timed_line(plain(line)) for line in page.body.split("\n")):
        return
    for block in blocks:
        if block.kind != "table" or not (lengths := _lengths_program(block)):
            continue
        header = next(r for r in block.rows if r.header)
        length = next(n for n, c in enumerate(header.cells) if has_word(plain(c), "duration", "length"))
        body = [r for r in block.rows if not r.header]
        lengths_said = [plain(r.cells[length]).rstrip(":") for r in body if length < len(r.cells)]
        if not lengths_said or not all(DURATION.match(t) for t in lengths_said):  # "| Lunch (self-paid) | ... |"
            continue
        read = 0
        for row in block.rows:
            cells = [plain(c) for c in row.cells]
            title = " ".join(c for n, c in enumerate(cells) if n != length and c)
            if row.header or not title:
                continue
            kind, guessed = kind_of(title)
            said = cells[length].rstrip(":").strip() if length < len(cells) else ""
            out.entries.append(Draft(page.where(row.index), kind or "talk", title=title, notes=[said] if said else [],
                                     guessed=title if kind and guessed else None))  # fmt: skip
            read += 1
        if read:
            out.shown.append((page, block.start, block.end))
            out.notes.append(Note(page.where(block.start), f"a program of lengths ('{lengths}', {read} rows), with no "
                                  "clock time: read as rows with no time, in the table's order, each length kept as "
                                  "the row's note", last=page.line(block.end - 1), guess=True))  # fmt: skip


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
                if (lengths := _lengths_program(block)) and not any(_timed_line(t) for _, t in texts):
                    notes.append(Note(page.where(block.start), f"a program of lengths ('{lengths}'), with no clock "
                                      "time: kept as written, not schedule data", last=page.line(block.end - 1)))
                    continue
            elif block.kind in ("paragraph", "list") and not block.in_html:
                texts = [(i, plain(line)) for i, line in enumerate(page.body.split("\n")[block.start : block.end],
                                                                    block.start)]  # fmt: skip
            else:
                continue
            if any(_timed_line(t) for _, t in texts):
                notes += [Note(page.where(i), f"'{t}': a line of a schedule (it or a line near it starts with a "
                               "time) not read as a schedule row: kept as written") for i, t in texts
                          if re.search(r"[^\W\d_]{3}", t)]  # fmt: skip
    return notes
