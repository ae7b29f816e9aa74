"""Programs written as paragraphs, one a row (``**08:30 - 09:15** — Invited talk<br>**Speaker:** ...``), with what
lies under each (a ``<details>`` of talks, a poster session's papers, a panel's panelists, a talk's authors a
paragraph a group), made into a table's rows, which schedule.py finds and rows.py reads; a program written in a
blockquote (``> 12:00 Welcome`` lines) is read as if written without its quote markers."""

from __future__ import annotations

import re

from .blocks import Block, TableRow, quoted_blocks
from .cells import people_line, titled_talk
from .names import looks_like_name
from .shapes import all_items, leading_time
from .text import has_word, lines, plain, rich_html
from .venue import LOCATION
from .when import WEEKDAY, time_range
from .zones import city_zone

_FIELD = re.compile(r"^\*\*(titles?|topic|speakers?|panell?ists?|moderators?|chairs?|hosts?|presenters?)\s*:?\s*\*\*"
                    r"\s*:?\s*(.+)$", re.IGNORECASE)  # fmt: skip


_BOLD_TIME = re.compile(r"^\*\*([^*]+)\*\*\s*(.*)$", re.DOTALL)


def _timed(text: str) -> tuple[str, str] | None:
    """``"**08:30 - 09:15** — Invited talk"``, ``"13:00 - 13:10 Title by Ann Lee"``: the time and what follows."""
    bold = _BOLD_TIME.match(text.strip())
    said = plain(bold.group(1)).rstrip(" :–—-|") if bold else ""  # "**9:00 am:** Opening": the colon in the bold
    if bold and time_range(said):
        return said, re.sub(r"^(?:\s*[-–—:|]\s*)+", "", bold.group(2))
    found = leading_time(text)
    if found is None and (whole := _EMPHASIZED_LINE.fullmatch(text.strip())):
        found = leading_time(whole.group(2))  # "***10:00 - 10:30 Break***", "**11:00 - 11:30 Best Paper**"
    return (found.group(1), found.group(2).strip()) if found and time_range(found.group(1)) else None


# A line wholly in bold, italics or both (the same marks open and close it).
_EMPHASIZED_LINE = re.compile(r"(\*{1,3}|_{1,3})([^*_\n](?:.*?[^*_\s])?)\1")


_LINKS = re.compile(r"\[([^\[\]]*)\]\([^)]*\)")
_BOLD_TITLE = re.compile(r"\*\*[^*]+\*\*[\s\[\]]*")  # a bold title, then only its links ("[[paper](url)]")


def _linked_title(line: str) -> str:
    """``**Title** [[abstract](abstract01.html)] [[paper](https://doi.org/x)]``: a title in bold and only links after
    it, the bold marking the title (no label): the title, linked to the one page of the site its links name (its
    abstract's, its details'), then its other links as written."""
    bold = re.match(r"\s*\*\*([^*]+)\*\*", line)
    if bold is None:
        return line
    rest = line[bold.end() :]
    pages = [found for found in _LINKS.finditer(rest) if _site_page(found.group(0).rsplit("(", 1)[1][:-1])]
    if len(pages) != 1:
        return f"{bold.group(1).strip()}{rest}"
    page = pages[0]
    before, after = rest[: page.start()], rest[page.end() :]
    if before.rstrip().endswith("[") and after.lstrip().startswith("]"):  # "[[abstract](a.html)]": its brackets
        before, after = before.rstrip()[:-1], after.lstrip()[1:]
    url = page.group(0).rsplit("(", 1)[1][:-1]
    return f"[{bold.group(1).strip()}]({url}){before}{after}".rstrip()


def _site_page(url: str) -> bool:
    """Whether a link's address is a page of the same site (``abstract01.html``, ``/talks/ann``), not a file or
    another site's."""
    path = re.split(r"[#?]", url.strip())[0]
    return bool(path) and not re.match(r"[a-z][a-z0-9+.-]*:|//", url.strip(), re.IGNORECASE) \
        and not re.search(r"\.(?!html?$|md$)\w+$", path)  # fmt: skip


def _paragraph_row(text: str, index: int) -> TableRow | None:
    """``"**08:30 - 09:15** — Invited talk\n**Speaker:** Ann Lee\n**Title:** A Title"``: a row of a table with
    the columns Time, Type, Title, Speakers."""
    first, *rest = lines(text)
    timed = _timed(first)
    if timed is None:
        return None
    time, label = timed
    place, located = _PLACE_AFTER.match(plain(label)), None
    if place and _VENUE_WORD.search(place.group(2)) and city_zone(place.group(2)):
        label, located = place.group(1), f"Location: {place.group(2)}"  # "Welcome -- Convention Center, St. Louis"
    elif (room := _ROOM_AFTER.search(label)) and room.start() > 0 and _a_room(plain(room.group(1))):
        label, located = label[: room.start()], f"Location: {plain(room.group(1))}"  # "Lunch (Waterhouse Ballroom)"
    title, people, more = "", [], []
    for line in rest:
        field = _FIELD.match(line)
        if field and has_word(field.group(1), "title", "titles", "topic"):
            title = field.group(2)
        elif field:
            people.append(f"{field.group(1)}: {field.group(2)}")
        else:
            more.append(line)
    titled = bool(more) and bool(_BOLD_TITLE.fullmatch(_LINKS.sub("", more[0]).strip()))
    more = [_linked_title(more[0]), *more[1:]] if titled else more
    if not title and label and titled:
        title, more = more[0], more[1:]  # "**11:00 - 11:30 Best Paper**" over "**Title** [[paper]](url)": its label
    elif not title:
        label, title = "", "\n".join([label, *more])
        more = []
    row = TableRow([time, label, title, "\n".join(people)], index)
    row.extra += [plain(line) for line in more if plain(line)]  # "**Paper ID:** 96-SRW": said of the row, no field
    row.extra += [located] if located else []
    return row


# "Opening -- Room 201, Vancouver Convention Centre": a title, a dash, then the place the row is held at.
_PLACE_AFTER = re.compile(r"^(.*?\S)\s+(?:--|[–—])\s+(.+)$")
_VENUE_WORD = re.compile(r"\b(?:Cent(?:er|re)|Hall|Room|Convention|Complex|Building|Auditorium|Campus|Hotel|Venue|"
                         r"Theat(?:er|re)|Ballroom)\b", re.IGNORECASE)  # fmt: skip


# "Lunch (Waterhouse Ballroom)", "Breakfast (Eclipse Dining Room - included)": the room a row is held in, bracketed
_ROOM_AFTER = re.compile(r"\s*\(([^()\n]+)\)\s*$")


def _a_room(text: str) -> bool:
    """Whether bracketed words name a room or a hall (``Ballroom/Hallway Rotunda``), not a person whose name is one
    of those words (``Stuart Hall``)."""
    venue = _VENUE_WORD.search(text)
    return venue is not None and not (venue.group(0).lower() == "hall" and looks_like_name(text))


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


_DAY_WORDS = re.compile(rf"\b(?:day|{WEEKDAY}|jan(?:uary)?|feb(?:ruary)?|march|april|"
                        r"may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
                        re.IGNORECASE)  # fmt: skip  # "**Day 2**", "**Tuesday, May 6**": a day's heading, no row's


def _talks_list(block: Block | None) -> list[str]:
    """``- *Title (Ann Lee)*``: a list every item of which is a talk with who gives it in brackets; else none."""
    said = [plain(i.text) for i in block.items if not i.children] if block and block.kind == "list" else []
    return said if said and len(said) == len(block.items) and all(map(titled_talk, said)) else []  # type: ignore[union-attr]


def _under_row(row: TableRow, block: Block, following: Block | None = None) -> None:
    """What a paragraph or list between two timed paragraphs says of the row above it: a bold line under a time
    with nothing after it is the row's title (``**10:50 - 12:00** --`` then ``**Poster Session: Text**``); a list
    naming only people its speakers (a panel's panelists); a list of talks with their speakers under a title, its
    talks (and a line between two such lists the title of the talks under it); anything else its notes (the
    papers of a poster session)."""
    talks = _talks_list(block)
    titled = bool(plain(row.cells[2])) and not row.extra and not plain(row.cells[3])
    titling = _TITLE_UNDER.match(block.text.strip()) if block.kind == "paragraph" else None
    if titling and titled and not plain(row.cells[1]) and "\n" not in row.cells[2] and plain(titling.group(1)):
        # "11:30 Invited Talk 1. Ann Lee." over "Title: Kernels": the line the time opens is the row's label (and
        # the person it names after a stop or a colon, its speaker), the paragraph under it its title
        opening = plain(row.cells[2]).strip()
        who = re.fullmatch(r"(.+?)\s*[.:\u2013\u2014-]\s+(.+?)\.?", opening)
        if who and looks_like_name(who.group(2)) and not looks_like_name(who.group(1)):
            row.cells[1], row.cells[3] = who.group(1), who.group(2)
        else:
            row.cells[1] = row.cells[2]
        row.cells[2] = titling.group(1).strip()
        return
    if talks and titled and (not plain(row.cells[1]) or "\n" in row.cells[2]):
        row.cells[2] += "".join(f"\n- {t}" for t in talks)
    elif titled and "\n" in row.cells[2] and block.kind == "paragraph" and _talks_list(following) \
            and len(lines(block.text)) == 1:  # fmt: skip
        row.cells[2] += f"\n{plain(block.text)}"
    elif block.kind == "list":
        said = [plain(" ".join([i.text, *(c.text for c in all_items(i.children))])) for i in block.items]
        if said and not plain(row.cells[3]) and all(people_line(t) for t in said):
            row.cells[3] = "\n".join(said)
        else:
            row.extra += [t for t in said if t]
    elif block.kind == "paragraph" and plain(row.cells[2]) and all(LOCATION.match(e) for e in row.extra) \
            and (named := _byline(block.text)):  # fmt: skip
        row.cells[3] = "\n".join([*lines(row.cells[3]), *named])  # each group of authors, then where they work
    elif not plain(row.cells[1]) and not plain(row.cells[2]) and not row.extra:
        row.cells[2] = f"**{block.text.strip()}**" if block.kind == "heading" else block.text.strip()
    elif plain(block.text):
        row.extra.append(plain(block.text))


# A paragraph that only gives a talk's title, labelled ("Title: Kernels", "**Title:** Kernels").
_TITLE_UNDER = re.compile(r"(?:\*\*|__)?\s*(?:talk\s+)?title\s*:\s*(?:\*\*|__)?\s*([^\n]+)$", re.IGNORECASE)


def _byline(text: str) -> list[str]:
    """``Ann Lee, Bo Wu`` over ``_MIT, USA_`` (and more such lines): a paragraph that names people on its first line
    and says where they work on the lines under it, each wholly in italics; the people, each with where they work
    (``Ann Lee (MIT, USA)``); none for any other paragraph."""
    first, *rest = lines(text) or [""]
    named = people_line(first) if not _EMPHASIZED_LINE.fullmatch(first) else []
    if not named or any(p.affiliation for p in named) or not all(_EMPHASIZED_LINE.fullmatch(line) for line in rest):
        return []
    where = "; ".join(plain(line) for line in rest)
    return [f"{p.name} ({where})" if where else p.name for p in named]


def _timed_items(block: Block) -> list[TableRow]:
    """A list under a timed paragraph every item of which opens with a time (``- 8:45-8:55 "Title", **Ann Lee** and
    Bo Wu``): the talks of the row above, a row each; none otherwise."""
    if block.kind != "list" or not block.items or any(item.children for item in block.items):
        return []
    timed = [_timed(item.text) for item in block.items]
    if not all(timed):
        return []
    return [TableRow([t[0], "", re.sub(r"^(?:\s*[-–—:|]\s*)+", "", t[1]), ""], item.index)
            for t, item in zip(timed, block.items, strict=True) if t]  # fmt: skip


def _timed_lines_apart(block: Block) -> list[Block]:
    """A paragraph of lines two or more of which open with a time (``**09:00 - 09:15** Opening<br>`` then
    ``**09:15 - 10:00** Keynote``, lines broken by ``<br>`` or two spaces): a paragraph from each timed line to the
    next, as if each were written apart; any other block as it is."""
    said = lines(block.text) if block.kind == "paragraph" and not block.in_html else []
    timed = [i for i, line in enumerate(said) if _timed(line)]
    if len(timed) < 2 or timed[0] != 0:
        return [block]
    last = max(block.start, block.end - 1)
    return [Block("paragraph", min(block.start + i, last), min(block.start + j, last) + 1, text="\n".join(said[i:j]))
            for i, j in zip(timed, [*timed[1:], len(said)], strict=True)]  # fmt: skip


def paragraph_tables(body: str, blocks: list[Block]) -> list[Block]:
    """A schedule written as paragraphs, one a row (``**08:30 - 09:15** — Invited talk<br>**Speaker:** ...``),
    with the talks of a row in a ``<details>`` under it, or the paragraphs and lists between it and the next timed
    paragraph (a poster session's papers, a panel's panelists, its authors): one table a run of three or more such
    paragraphs. Rules (``---``) between them break no run; headings (``## Session 2``, ``#### Chair: Ann Lee``)
    end one, and three timed paragraphs in runs that only headings part are enough: each run a table of its own,
    opened by a row of the session its headings name (with its chair), else under them as written."""
    out: list[Block] = []
    run: list[tuple[Block, bool]] = []  # each block, and whether it is a timed paragraph
    between: list[Block] = []  # the paragraphs and lists after the run's last timed paragraph
    source = body.split("\n")
    apart = [b for written in blocks for b in _timed_lines_apart(written)]
    apart = [b for written in apart for b in _quoted_program(body, written)]
    timed_at = [_timed_paragraph(b) for b in apart]
    chains = _chains(apart, timed_at, source)
    heads: list[Block] = []  # the headings of the chain since its last run ("## Session 2", "#### Chair: Bo Wu")
    over: list[Block] = []  # those over the current run

    def flush(position: int) -> None:
        chain, count = chains.get(id(run[0][0]), (-1, 0)) if run else (-1, 0)
        if sum(timed for _, timed in run) < 3 and count < 3:
            out.extend(b for b, _ in run)
        else:
            goes_on = position < len(apart) and chains.get(id(apart[position]), (-2, 0))[0] == chain
            if goes_on:
                run.extend((b, False) for b in between)  # the chain goes on under the heading: the authors above it
                between.clear()
            rows = [TableRow(["Time", "Type", "Title", "Speakers"], run[0][0].start, header=True)]
            session = _session_row(over, run[0][0]) if run[0][1] else None
            rows += [session] if session else []
            for number, (b, timed) in enumerate(run):
                row = _paragraph_row(b.text, b.start) if timed else None
                if row is None and (listed := _timed_items(b)) and len(rows) > 1:  # "- 8:45-8:55 "Title", Ann Lee"
                    rows += listed
                    continue
                if row is None and not timed and b.kind != "html" and len(rows) > 1:
                    _under_row(rows[-1], b, run[number + 1][0] if number + 1 < len(run) else None)
                    continue
                rows += [row] if row else _details_rows(body, b) if b.kind == "html" else []
            end = apart[position].start if goes_on else run[-1][0].end  # and the rules before the heading
            out.append(Block("table", session.index if session else run[0][0].start, end, rows=rows))
        run.clear()
        out.extend(between)
        between.clear()

    for position, block in enumerate(apart):
        bold = block.kind == "heading" and block.level == 6 and block.element is None  # "**A bold line**"
        timed_paragraph = timed_at[position]
        in_run = bool(run) and run[-1][0].in_html  # "<p>09:00 - 09:15 Opening</p>", a paragraph of HTML a row
        if block.in_html and run and not between and not (in_run and block.kind == "paragraph"):
            continue  # inside the <details> of the run
        if block.in_html and timed_paragraph and not in_run and (block.element is None or block.element.tag != "p"):
            timed_paragraph = False  # a <div>'s loose text
        details = block.kind == "html" and bool(run) and not between and block.element is not None and \
            bool(block.element.find_all("details"))  # fmt: skip
        if timed_paragraph or details:
            if not run:
                over[:] = heads
                heads.clear()
            run.extend((b, False) for b in between)
            between.clear()
            run.append((block, timed_paragraph))
        elif run and _rule(block, source):
            continue  # "---" between two rows, or between a row and the lines under it
        elif run and (block.kind in ("paragraph", "list") or (bold and not _DAY_WORDS.search(block.text))) \
                and (not block.in_html or in_run):  # fmt: skip
            between.append(block)
        else:
            flush(position)
            out.append(block)
            heads[:] = [*heads, block] if block.kind == "heading" and id(block) in chains else []
    flush(len(apart))
    return out


def _quoted_program(body: str, block: Block) -> list[Block]:
    """A blockquote that holds three timed lines or more (``> 12:00<TAB> Welcome  `` then ``> 12:05  Oral session
    1  ``; ``> - 09:00 Opening``, a list's items; ``> | 09:00 | Opening |``, a table's rows): its blocks, read as
    the page's own, so that its lines are the program's rows; any other block as it is (a quoted date or notice
    stays a quote)."""
    inside = [b for written in quoted_blocks(body, block) for b in _timed_lines_apart(written)]
    return inside if sum(map(_timed_lines, inside)) >= 3 else [block]


def _timed_lines(block: Block) -> int:
    """How many of a block's lines open with a time: a timed paragraph's one, a list's timed items, a table's rows
    whose first cell is a time."""
    if block.kind == "list":
        return sum(1 for item in all_items(block.items) if _timed(plain(item.text)))
    if block.kind == "table":
        return sum(1 for row in block.rows if row.cells and not row.header and time_range(plain(row.cells[0])))
    return int(_timed_paragraph(block))


def _session_row(headings: list[Block], first: Block) -> TableRow | None:
    """``## Session 1: Modeling`` over ``#### Chair: Ann Lee, _MIT_`` right over a run of timed paragraphs: a row
    opening a session of that title at the first paragraph's time, its chair said after the title."""
    named = [h for h in headings if has_word(plain(h.text), "session", "sessions")]
    timed = _timed(lines(first.text)[0])
    if len(named) != 1 or timed is None:
        return None
    chairs = [plain(h.text) for h in headings[headings.index(named[0]) + 1 :] if _CHAIR.match(plain(h.text))]
    title = " — ".join([plain(named[0].text), *chairs])
    return TableRow([timed[0].split("-")[0].split("–")[0].strip(), f"**{title}**", "", ""], named[0].start)


_CHAIR = re.compile(r"(?:session\s+)?(?:co-?)?chairs?\s*:", re.IGNORECASE)


def _timed_paragraph(block: Block) -> bool:
    """Whether a block is a paragraph (or a bold line read as a heading) whose first line opens with a time."""
    bold = block.kind == "heading" and block.level == 6 and block.element is None
    return (block.kind == "paragraph" or bold) and bool(block.text.strip()) and _timed(lines(block.text)[0]) is not None


def _rule(block: Block, source: list[str]) -> bool:
    """Whether a block is a thematic break (``---``, ``***``, ``___``) of Markdown."""
    return block.kind == "other" and not block.in_html and block.end - block.start == 1 and \
        bool(re.fullmatch(r"\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})", source[block.start]))  # fmt: skip


def _chains(blocks: list[Block], timed: list[bool], source: list[str]) -> dict[int, tuple[int, int]]:
    """The timed paragraphs of runs that only headings, rules, paragraphs and lists part, counted: for each timed
    paragraph, and each heading after one, the chain it is in (by number) and how many timed paragraphs it holds."""
    chains: dict[int, tuple[int, int]] = {}
    members: list[Block] = []  # the blocks that may open a run or go on after a heading, of the current chain
    count = number = 0

    def close() -> None:
        nonlocal count, number
        for member in members:
            chains[id(member)] = (number, count)
        members.clear()
        count, number = 0, number + 1

    for block, is_timed in zip(blocks, timed, strict=True):
        if is_timed and not block.in_html:
            count += 1
            members.append(block)
        elif block.kind == "heading" and not block.in_html and count:
            members.append(block)
        elif block.in_html or block.kind not in ("paragraph", "list", "heading", "other") \
                or (block.kind == "other" and not _rule(block, source)):  # fmt: skip
            close()
    close()
    return chains
