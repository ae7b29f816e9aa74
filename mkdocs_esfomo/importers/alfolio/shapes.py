"""Programs written as something other than a table, made into a table's rows: lists whose items start with
times, definition lists, HTML blocks of the same class one after another, and a list broken by code blocks (which
rows, once made, schedule.py finds and rows.py reads); paragraphs that start with times are paragraphs.py's."""

from __future__ import annotations

import re

from .blocks import Block, Item, TableRow
from .class_rows import class_rows
from .html_tree import Element
from .jekyll import JekyllPage
from .listed_people import list_person
from .names import looks_like_name, people_in
from .program import Draft, Schedule, Session
from .text import plain
from .when import RANGE_MARK, time_range


def all_items(items: list[Item]) -> list[Item]:
    return [e for i in items for e in (i, *all_items(i.children))]


# (an "am"/"pm" no letter follows: "09:00 PMBS Welcome" is at 09:00)
_HALF = r"(?:[ap]\.?m(?![a-z])\.?)?"
_CLOCK = r"\d{1,2}[:.h]\d{2}"
_LEADING_TIME = re.compile(rf"^\s*({_CLOCK}\s*{_HALF}(?:\s*{RANGE_MARK}\s*{_CLOCK}\s*{_HALF})?)\s*(?:[|:–—-]\s*)?(.*)$",
                           re.IGNORECASE | re.DOTALL)  # fmt: skip


_END = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon)"  # "9", "9:30 AM", "4pm", "noon"
_LOOSE_TIME = re.compile(rf"^\s*({_END}\s*{RANGE_MARK}\s*{_END})\s*[:|]\s+(.*)$", re.IGNORECASE | re.DOTALL)
# "[9:00am-10:00am] Keynote", "[8:45am] Welcome": the time in square brackets; not "[9:00 Talk](url)", a link.
_BRACKETED_TIME = re.compile(rf"^\s*\[\s*({_END}(?:\s*{RANGE_MARK}\s*{_END})?)\s*\](?!\()\s*(?:[|:–—-]\s*)?(.*)$",
                             re.IGNORECASE | re.DOTALL)  # fmt: skip


def leading_time(text: str) -> re.Match[str] | None:
    """The time a line opens with (group 1) and what follows it (group 2): ``09:05 - 09:35 Title``, a range closed
    by a colon whose ends may be bare hours or noon (``9-9:30 AM: Welcome``, ``10:30-noon: Panel``, ``3-4pm:
    Talks``) when an end says its minutes or its half of the day, and such a time in square brackets (``[8:45am]
    Welcome``)."""
    loose = _LOOSE_TIME.match(text) or _BRACKETED_TIME.match(text)
    if loose and re.search(r"[ap]\.?m\b|noon|\d[:.]\d\d", loose.group(1), re.IGNORECASE) and time_range(loose.group(1)):
        return loose
    return _LEADING_TIME.match(text)


_TRAILING_TIME = re.compile(r"^(.*?\S)\s*\(\s*([^()]+?)\s*\)\s*$", re.DOTALL)


def list_rows(items: list[Item]) -> list[TableRow]:
    """A schedule written as a list ("- 09:05 - 09:35 *Keynote:* Title, Speaker"), as rows of a table.

    An item without a time whose sub-items have times heads them, as a session row would; an item whose time is
    in brackets at its end ("Lunch Break (12:30 - 13:30)") is at that time."""
    rows = [TableRow(["Time", "Event"], items[0].index if items else 0, header=True)]
    for item in map(_unbroken, items):
        if keyed := keyed_time(item):  # its time is in its sub-items, which say nothing else to read as rows
            rows.append(TableRow([keyed[0], _QUOTED.sub(r"\1", item.text)], item.index))
            continue
        if (timed := _item_time(item)) and (people := _people_under(item)):  # a panel over its panelists, one each
            rows.append(TableRow(list(_lasting(*timed)), item.index))
            rows += [TableRow(["", person], child.index) for person, child in zip(people, item.children, strict=True)]
            continue
        if timed and (parts := [c for c in item.children if _TALK_PART.match(plain(c.text)) and not c.children]):
            time, text = _lasting(*timed)  # "- 09:10: Invited Talk - Ann Lee" over "- **Title**: X", "- Abstract: Y"
            rows.append(TableRow([time, "\n".join([text, *(c.text for c in parts)])], item.index))
            rows += list_rows([c for c in item.children if c not in parts])[1:]
            continue
        if timed:
            rows.append(TableRow(list(_lasting(*timed)), item.index))
        elif item.children:
            rows.append(TableRow(["", f"**{plain(item.text)}**"], item.index))
        else:
            rows.append(TableRow(["", item.text], item.index))
        rows += list_rows(item.children)[1:]
    return rows


# A sub-item saying a part of the talk above it: its title or abstract, lines of its row, no row of their own.
_TALK_PART = re.compile(r"\s*(?:talk\s+)?(?:title|abstract)\s*:", re.IGNORECASE)


_HARD_BREAK = re.compile(r"[^\S\n]*\\\n")  # "Title \\" closing a line: Markdown's hard break


def _people_under(item: Item) -> list[str]:
    """``- 16:10-17:10: Panel session`` over ``- Ann Lee, Professor at MIT`` and ``- Bo Wu, Google``: sub-items that
    each name one person and where they work, no time nor sub-item of their own: those people, each written "Name
    (what she is)" as the rows under a slot name its people; none for any other sub-items."""
    people = []
    for child in item.children:
        one = not child.children and "\n" not in child.text.strip() and not leading_time(child.text)  # one line
        person = list_person(child.text) if one and len(people_in(child.text)) <= 1 else None  # not "A (X), B (Y)"
        if person is None or not looks_like_name(person.name):
            return []
        people.append(f"{person.name} ({person.affiliation})" if person.affiliation else person.name)
    return people


def _unbroken(item: Item) -> Item:
    """An item whose lines end in Markdown's hard break (a backslash), its lines without the backslashes."""
    text = _HARD_BREAK.sub("\n", item.text)
    return item if text == item.text else Item(text, item.index, item.children)


# A length closing an item, in brackets ("Breakout discussions (60 min)"); the item's only length.
_LENGTH = re.compile(r"\s*\(\s*(\d{1,3})\s*(?:min|mins|minutes)\.?\s*\)", re.IGNORECASE)
_LINKS_AFTER = re.compile(r"(?:[\s&,;|–—-]*\[[^\]]*\]\([^)\s]*\))*[\s&,;|–—-]*")  # " - [Slides](s.pdf)"
_MINUTES_SAID = re.compile(r"\d\s*(?:min|mins|minutes)\b", re.IGNORECASE)


def _lasting(time: str, text: str) -> tuple[str, str]:
    """``9:15: Tutorial (90 min)``: an item closing with its length in brackets (but for links after it, ``(90 min)
    - [Slides](s.pdf)``) ends that long after its start (``9:15 - 10:45``), unless its time says its end; the length
    is not part of its title. An item saying other lengths (``3 x 30 min + 10 min Q&A each (160 min)``) is left as
    written."""
    length = next((m for m in _LENGTH.finditer(text) if _LINKS_AFTER.fullmatch(text[m.end() :])), None)
    span = time_range(time)
    if length is None or span is None or len(_MINUTES_SAID.findall(plain(text))) != 1:
        return time, text
    start, end = span
    if end is None and (finish := start.minutes + int(length.group(1))) < 24 * 60:
        time = f"{time.strip().rstrip(':')} - {finish // 60}:{finish % 60:02d}"
    return time, text[: length.start()] + text[length.end() :]


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


_OPENING_BOLD = re.compile(r"^(\s*(?:\*\*|__)(?:<span\b[^>]*>)?)(.*)$", re.DOTALL)


def _item_time(item: Item) -> tuple[str, str] | None:
    """A list item's time and what it says beside: ``09:05 - 09:35 Title``, ``Lunch Break (12:30 - 13:30)``, and
    ``**10:00-10:15 — [Title](url)**``, a time inside the bold of its title (the bold kept on the title)."""
    found = leading_time(item.text)
    after = _TRAILING_TIME.match(item.text)
    if found and time_range(found.group(1)):
        return found.group(1), found.group(2)
    bold = _OPENING_BOLD.match(item.text)
    inner = leading_time(re.sub(r"^(\s*[\d:.apm\s–—-]+?)\s*</span>", r"\1", bold.group(2))) if bold else None
    if bold and inner and time_range(inner.group(1)):
        mark, rest = bold.group(1).strip()[:2], inner.group(2).strip()
        if rest.startswith(mark):  # "**9:40-10:00** Title": the bold held the time alone
            return inner.group(1), rest[len(mark) :].strip()
        return inner.group(1), mark + rest
    if after and time_range(plain(after.group(2))):
        return plain(after.group(2)), after.group(1)
    whole = _WHOLLY_BOLD.fullmatch(item.text.strip())  # "**Morning (9:00 AM – 11:00 AM)**": the bold holds both
    if whole and (inner := _TRAILING_TIME.match(whole.group(1))) and time_range(plain(inner.group(2))):
        return plain(inner.group(2)), inner.group(1)
    return None


def timed_item(item: Item) -> bool:
    """Whether a list item is a row of a list program: it opens with its time (``09:05 - 09:35 Title``), its
    sub-items key its time (``start_time: 09:00:00``), or it heads parts with its time in brackets
    (``**Morning (9:00 AM – 11:00 AM)**`` over ``- Welcome``)."""
    opening = leading_time(plain(item.text))
    return bool((opening and time_range(opening.group(1))) or keyed_time(item) or (item.children and _item_time(item)))


_WHOLLY_BOLD = re.compile(r"(?:\*\*|__)([^*_]+?)(?:\*\*|__)")


def nested_sessions(page: JekyllPage, items: list[Item], out: Schedule, first: int) -> None:
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


# "Session 1: 8:45am–12:30pm EST", "Morning Session (9:00 - 12:00)": a title, then the hours it spans (a zone after).
_TIMED_TITLE = re.compile(rf"^(.*?[^\W_].*?)\s*(?:[:|,–—-]\s*|\(\s*)({_END}\s*{RANGE_MARK}\s*{_END})"
                          r"\s*(?:[A-Z]{2,5})?\s*\)?\s*$", re.IGNORECASE)  # fmt: skip


def heading_session(page: JekyllPage, heading: Block | None, out: Schedule, first: int) -> None:
    """The rows read from a list program (from entry ``first`` on) right under a heading naming a session and the
    hours it spans (``### Session 1: 8:45am–12:30pm EST``): rows of that session, which starts when the hours do."""
    if heading is None or heading.kind != "heading":
        return
    found = _TIMED_TITLE.match(plain(heading.text))
    times = time_range(found.group(2)) if found else None
    rows = out.entries[first:]
    if not found or not times or times[1] is None or not rows or not all(isinstance(r, Draft) for r in rows):
        return
    where = page.where(heading.start)
    if any(isinstance(e, Session) and e.where == where for e in out.entries[:first]):
        return  # a second list under the same heading: the session was made of the first
    items = [r for r in rows if isinstance(r, Draft)]
    out.entries[first:] = [Session(found.group(1).strip(), where, times[0], None, items, items[0].day)]


def line_session(page: JekyllPage, line: Block | None, out: Schedule, first: int) -> None:
    """The rows read from a list program (from entry ``first`` on) right under a line of its own that opens with the
    hours they span, then a name (``**9:00-12:00** Morning session (VOS track)`` over ``* **9:00-9:20** Welcome``):
    rows of that session, which starts when the hours do and when its first row does."""
    if line is None or line.kind != "paragraph" or "\n" in line.text.strip():
        return
    found = leading_time(plain(line.text))
    times = time_range(found.group(1)) if found else None
    name = found.group(2).strip(" :-–—") if found else ""
    rows = out.entries[first:]
    if not times or times[1] is None or not re.search(r"[^\W\d_]", name) or len(rows) < 2 \
            or not all(isinstance(r, Draft) for r in rows):  # fmt: skip
        return
    items = [r for r in rows if isinstance(r, Draft)]
    if items[0].time is None or items[0].time.minutes % 720 != times[0].minutes % 720:
        return  # the line's hours are not the rows' own: a sentence of the program, not their session
    out.entries[first:] = [Session(plain(name), page.where(line.start), items[0].time, None, items, items[0].day)]
