"""A page body as blocks (headings, tables, lists, paragraphs, HTML) with the lines they span.

Markdown is parsed by markdown-it (CommonMark with tables); HTML regions by the standard
library's parser, into elements that know their lines, so that a table or a card
written in HTML is read like one written in Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it.token import Token

from .html_tree import BLOCKS, HEADINGS, VOID, Element, HtmlRegion, line_starts
from .names import looks_like_name, people_in
from .text import lines, open_fences_read, parser, plain, rich, rich_html
from .when import time_range


@dataclass
class TableRow:
    cells: list[str]  # rich text
    index: int  # body line
    header: bool = False
    extra: list[str] = field(default_factory=list)  # what a cell says beside its titled part, as written


_TITLE_PART = re.compile(r"[-_]title$")
_OTHER_PART = re.compile(r"[-_](?:subtitle|type|label|badge|tag|meta|description|details|info)$")
_PEOPLE_PART = re.compile(r"[-_](?:authors?|speakers?|presenters?)$")
_PARTS = frozenset({"span", "div", "p", "small", "em", "i"})  # the elements a cell's parts are written in
_ABSTRACT_PART = re.compile(r"(?:^|[-_])abstract(?:[-_](?:container|content|text|body|box))?$")


def _cell(cell: Element, body: str) -> tuple[str, list[str]]:
    """A cell's rich text; a cell of parts named by their class (``<span class="event-title">``,
    ``<span class="event-type">``) is its titled part, the others said beside it."""
    title = next((e for e in cell.walk()[1:] if any(_TITLE_PART.search(c) for c in e.classes)), None)
    abstracts = [e for e in cell.walk()[1:] if any(_ABSTRACT_PART.search(c) for c in e.classes) or _collapsed(e)]
    if title is None and abstracts:  # ``<div class="abstract-container">``, shown on a click: said beside the title
        kept, at = [], cell.start
        for part in abstracts:
            kept.append(body[at : max(at, part.start)])
            at = max(at, part.end)
        shown = rich_html(_one_line("".join(kept) + body[at : cell.end]))
        return shown, [t for e in abstracts if e.tag != "a" and (t := plain(rich_html(e.inner(body))))]
    if title is None:
        inner = _markdown_cell(cell.inner(body)) if cell.attrs.get("markdown") else cell.inner(body)
        text = rich_html(_BULLETED.sub(_bullets, _one_line(inner)))
        if not plain(text):  # ``<td data-time="08:20 - 08:30"></td>``: a script shows the time the cell holds
            text = next((v for k, v in cell.attrs.items() if k.startswith("data-") and time_range(v)), text)
        return text, []
    others = [e for e in cell.walk()[1:] if any(_OTHER_PART.search(c) for c in e.classes)]
    people = [said for e in cell.walk()[1:] if any(_PEOPLE_PART.search(c) for c in e.classes)
              and (said := " ".join(lines(rich_html(e.inner(body)))))]  # fmt: skip
    if not people:  # ``<span class="details">Ann Lee, Bo Wu</span>`` beside the title: a part of nothing but names
        inside = {id(e) for e in title.walk()}
        parts = [(e, " ".join(lines(rich_html(e.inner(body))))) for e in cell.walk()[1:]
                 if id(e) not in inside and e.classes and e.tag in _PARTS]  # fmt: skip
        if named := next(((e, said) for e, said in parts if people_in(said)), None):
            people, others = [named[1]], [e for e in others if e is not named[0]]
    titled = " ".join(lines(rich_html(title.inner(body))))
    if people and looks_like_name(titled):  # "QBF Gallery" over "Ann Lee, Bo Wu": the titled part is the title,
        people[0] = f"Speakers: {people[0]}"  # no one's name, so the line under it says whose talk it is
    shown = "\n".join([titled, *people[:1]])  # the title, then who gives it
    return shown, [t for e in others if (t := plain(rich_html(e.inner(body))))]


def _markdown_cell(inner: str) -> str:
    """``<td markdown="span">_Ann Lee_`` then a blank line, then ``**Title**``: a cell kramdown reads as Markdown,
    as HTML, each of its paragraphs a line (the speaker, the title, the abstract)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", inner) if p.strip()]
    return "<br>".join(parser().renderInline(p) if "<" not in p else p for p in paragraphs)


def _time_before_title(cell: Element, body: str) -> str:
    """``<span>07:15 AM</span> ~ <span>07:22 AM</span> <a class="paper-title">``: the time a cell of titled parts
    says before its title, when it says nothing else there; else ""."""
    title = next((e for e in cell.walk()[1:] if any(_TITLE_PART.search(c) for c in e.classes)), None)
    said = plain(rich_html(_one_line(body[cell.start : title.start]))) if title else ""
    return said if said and time_range(said) else ""


def _collapsed(element: Element) -> bool:
    """Bootstrap's ``<div class="collapse">``, shown on a click, and the toggle that shows it (``<a
    data-toggle="collapse">[Details]</a>``)."""
    toggles = element.attrs.get("data-toggle") == "collapse" or element.attrs.get("data-bs-toggle") == "collapse"
    return "collapse" in element.classes or (element.tag in ("a", "button") and toggles)


_BULLETED = re.compile(r"<ul\b[^>]*>(?:(?!</?ul\b).)*</ul\s*>", re.IGNORECASE | re.DOTALL)


def _bullets(found: re.Match[str]) -> str:
    """``<ul><li>Wide Nets</li><li>Deep Nets</li></ul>`` in a cell: each item a line that opens with its bullet, as
    a browser shows it; items of several lines (a title, then its authors) or numbered ones stay lines."""
    listed = found.group(0)
    return listed if re.search(r"<br\b", listed, re.IGNORECASE) else re.sub(r"<li\b[^>]*>", r"\g<0>• ", listed)


def _one_line(html: str) -> str:
    """A cell's HTML with the lines its source is wrapped on joined: a browser shows a line break only where a tag
    (``<br>``, a paragraph) makes one, so a title wrapped in the file is one title."""
    return html if "<pre" in html.lower() else re.sub(r"[ \t]*\r?\n\s*", " ", html)


@dataclass
class Item:
    text: str  # rich text
    index: int
    children: list[Item] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # heading, paragraph, table, list, html, code, other; banner (a picture of a heading)
    start: int  # body lines [start, end)
    end: int
    text: str = ""
    level: int = 0
    rows: list[TableRow] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    element: Element | None = None
    in_html: bool = False  # found inside an HTML region, which stays as written


def _inline(tokens: list[Token], i: int) -> str:
    return rich(tokens[i + 1].content) if i + 1 < len(tokens) and tokens[i + 1].type == "inline" else ""


def _closing(tokens: list[Token], i: int) -> int:
    """The index of the token that closes ``tokens[i]``."""
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _table(tokens: list[Token], i: int, j: int) -> list[TableRow]:
    rows: list[TableRow] = []
    header = False
    for k in range(i, j):
        token = tokens[k]
        if token.type == "thead_open":
            header = True
        elif token.type == "tbody_open":
            header = False
        elif token.type == "tr_open":
            rows.append(TableRow([], token.map[0] if token.map else 0, header))
        elif token.type in ("td_open", "th_open"):
            rows[-1].cells.append(_inline(tokens, k))
    return rows


_RULE_CELL = re.compile(r"\s*:?[-=+]{2,}:?\s*")


def _kramdown_cells(line: str) -> list[str]:
    """A kramdown table line's cells, split at ``|`` that is not escaped."""
    cells = re.split(r"(?<!\\)\|", line.strip())
    cells = cells[1:] if cells and not cells[0].strip() else cells
    return cells[:-1] if len(cells) > 1 and not cells[-1].strip() else cells


def _cells_dropped(source: list[str], rows: list[TableRow]) -> bool:
    """Whether a line of a Markdown table holds words in cells past its header's last column: Markdown-it drops
    them, kramdown (Jekyll's reader) shows every cell of each line (``| **June 4th** |`` over four columns)."""
    width = len(rows[0].cells) if rows else 0
    return any(any(c.strip() for c in _kramdown_cells(line)[width:]) for line in source)


def kramdown_rows(source: list[str], first: int) -> list[TableRow]:
    """kramdown table lines as rows: ``|---|`` lines separate, and the rows above the first one that comes after
    some rows are its header; cells split at ``|`` that is not escaped."""
    rows: list[TableRow] = []
    header_seen = False
    for offset, line in enumerate(source):
        cells = _kramdown_cells(line)
        if cells and all(_RULE_CELL.fullmatch(c) or not c.strip() for c in cells):
            if rows and not header_seen:
                for row in rows:
                    row.header = True
            header_seen = True
            continue
        rows.append(TableRow([rich(_IAL.sub("", c).strip()) for c in cells], first + offset))  # "[Ann](a){: .btn}"
    return rows


def _items(tokens: list[Token], i: int, j: int) -> list[Item]:
    items: list[Item] = []
    level = tokens[i].level + 1
    k = i + 1
    while k < j:
        token = tokens[k]
        if token.type == "list_item_open" and token.level == level:
            close = _closing(tokens, k)
            item = Item("", token.map[0] if token.map else 0)
            m = k + 1
            while m < close:
                inner = tokens[m]
                if inner.type == "paragraph_open" and not item.text:
                    item.text = _inline(tokens, m)
                elif inner.type in ("bullet_list_open", "ordered_list_open"):
                    end = _closing(tokens, m)
                    item.children += _items(tokens, m, end)
                    m = end
                elif inner.type == "inline" and not item.text:
                    item.text = rich(inner.content)
                m += 1
            items.append(item)
            k = close
        k += 1
    return items


_IAL = re.compile(r"\{:[^}\n]*\}")  # "![](ann.jpg){: width="150"}", "{: .table}" under a table


# An element kramdown reads the inside of as Markdown (``<div class="speakers" markdown="1">``)
_MARKDOWN_INSIDE = re.compile(r"<([a-zA-Z][\w-]*)\b[^<>]*\bmarkdown\s*=\s*[\"']?(?:1|block)\b[\"']?[^<>]*>")


# kramdown's option that reads the inside of every HTML block as Markdown, the page's own ``markdown="1"``.
_BLOCK_HTML_READ = re.compile(r"\{::options\b[^}\n]*\bparse_block_html\s*=\s*[\"']?true\b")
_BLOCK_OPENING = re.compile(r"(?m)^(\s*<(?:div|section|article|aside|center|main|header|footer)\b)"
                            r"(?![^<>]*\bmarkdown\s*=)([^<>]*?)(/?>)", re.IGNORECASE)  # fmt: skip


# Markdown opening an HTML block's inside, past its blank lines (``<section>`` then ``### Organizers``).
_MARKDOWN_OPENS = re.compile(r"[ \t]*\n(?:[ \t]*\n)*(?: {0,3})(?:#{1,6}[ \t]|[*+-][ \t]|\d+\.[ \t])")


def sections_read(body: str, own: Callable[[int], bool]) -> str:
    """The body of a Markdown page of a site whose configuration has kramdown read every HTML block as Markdown
    (``parse_block_html: true``), each HTML block of the page's own lines (``own``, by line from 0) that opens on a
    line of its own and whose inside opens with a heading or a list marked ``markdown="1"``: their headings and lists
    are the page's own, as on the built site. A block whose inside opens with HTML (a person's card) is read as
    HTML, as before."""

    def mark(found: re.Match[str]) -> str:
        if found.group(3) == "/>" or not _MARKDOWN_OPENS.match(body, found.end()):
            return found.group(0)
        if not own(body.count("\n", 0, found.start()) + found.group(0).count("\n", 0, len(found.group(1)) - 1)):
            return found.group(0)
        return f'{found.group(1)}{found.group(2)} markdown="1">'

    return _BLOCK_OPENING.sub(mark, body)


def block_html_read(body: str, everywhere: bool = False) -> str:
    """``{::options parse_block_html="true" /}`` (or, ``everywhere``, the site's configuration saying so): the body
    with each HTML block opening on a line of its own marked ``markdown="1"``, as kramdown then reads their insides;
    any other body as it is."""
    if not everywhere and not _BLOCK_HTML_READ.search(body):
        return body
    return _BLOCK_OPENING.sub(lambda m: m.group(0) if m.group(3) == "/>" else f'{m.group(1)}{m.group(2)} markdown="1">',
                              body)  # fmt: skip


def _markdown_inside(body: str) -> str:
    """The body with the opening and closing tags of each element whose inside kramdown reads as Markdown as empty
    comments (its lines stay): its lists, tables and headings are read as the page's own, also in one never closed
    (kramdown closes it at the page's end)."""
    body = block_html_read(body)
    for opening in reversed(list(_MARKDOWN_INSIDE.finditer(body))):
        name = opening.group(1).lower()
        depth, closing = 1, None
        for tag in re.finditer(rf"<(/?){name}\b[^<>]*>", body[opening.end() :], re.IGNORECASE):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                closing = (opening.end() + tag.start(), opening.end() + tag.end())
                break
        if closing:  # each tag a comment of no words: a block of its own that no region around it takes in
            body = body[: closing[0]] + "<!---->" + body[closing[1] :]
        # one never closed kramdown closes at the page's end, its inside read as Markdown all the same
        body = body[: opening.start()] + "<!---->" + body[opening.end() :]
    return body


_ITEM_HTML = re.compile(r"^(\s*(?:[*+-]|\d+[.)])\s+)<([a-zA-Z][\w-]*)\b[^<>]*>")


def _items_read_on(body: str) -> str:
    """The body with each HTML element that opens a list item (``* <div> Abstract: ...``) and closes lines below,
    with no blank line between, kept whole in its item: kramdown reads on to the closing tag, where CommonMark ends
    the item at a line written without the item's indent. Those lines are indented as the item's text (their
    words stay, on their own lines)."""
    source = body.split("\n")
    for n, line in enumerate(source):
        opened = _ITEM_HTML.match(line)
        if not opened or opened.group(2).lower() in VOID:
            continue
        depth, column = 0, len(opened.group(1))
        for m in range(n, min(n + 60, len(source))):
            if m > n and not source[m].strip():
                break
            for tag in re.finditer(rf"<(/?){opened.group(2)}\b[^<>]*>", source[m], re.IGNORECASE):
                depth += -1 if tag.group(1) else 1
            if depth <= 0:
                for k in range(n + 1, m + 1):
                    lead = len(source[k]) - len(source[k].lstrip())
                    source[k] = " " * max(column - lead, 0) + source[k]
                break
    return "\n".join(source)


def parse(body: str) -> list[Block]:
    """The body's blocks in order; blocks found inside an HTML region follow it, marked ``in_html``."""
    body = _items_read_on(_markdown_inside(open_fences_read(body)))
    tokens = parser().parse(_IAL.sub("", body))  # kramdown's attribute lists style what they follow: no words
    source = body.split("\n")
    starts = line_starts(body)
    total = body.count("\n") + 1
    blocks: list[Block] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.level != 0 or token.nesting == -1 or not token.map:
            i += 1
            continue
        start, end = token.map
        j = _closing(tokens, i) if token.nesting == 1 else i
        kind = token.type
        if kind == "heading_open":
            blocks.append(Block("heading", start, end, _inline(tokens, i), int(token.tag[1])))
        elif kind == "paragraph_open" and (piped := _piped(source[start:end])):
            # kramdown reads these lines as a table even without a header row ("|---|---|" first), or with a
            # separator of fewer cells than the header; "{: .table}" lines under it are its attributes
            blocks.append(Block("table", start, end, rows=kramdown_rows(source[start : start + piped], start)))
        elif kind == "paragraph_open":
            text = _inline(tokens, i)
            if re.fullmatch(r"\*\*[^*\n]{2,80}\*\*:?", text):  # a bold line alone is a heading to its readers
                blocks.append(Block("heading", start, end, text.strip("*:"), 6))
            elif _CAPITALS_LINE.fullmatch(text) and sum(c.isalpha() for c in text) >= 4:
                blocks.append(Block("heading", start, end, text.strip(" :"), 6))  # "KEYNOTES" over a list
            else:
                blocks.append(Block("paragraph", start, end, text))
        elif kind == "table_open":
            rows = _table(tokens, i, j)
            if _cells_dropped(source[start:end], rows):  # kramdown shows what Markdown-it drops: read as it does
                rows = kramdown_rows(source[start:end], start)
            blocks.append(Block("table", start, end, rows=rows))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            blocks.append(Block("list", start, end, items=_items(tokens, i, j)))
        elif kind == "html_block":
            # An HTML block ends at a blank line in Markdown, but not in a browser: read on until it closes.
            region = HtmlRegion(body, starts[start], starts)
            depth = region.read_to(starts[end] if end < len(starts) else len(body))
            k = i
            while depth > 0 and k + 1 < len(tokens):
                k += 1
                span = tokens[k].map
                if span and tokens[k].level == 0:
                    end = max(end, span[1])
                    depth = region.read_to(starts[end] if end < len(starts) else len(body))
            root = region.tree()
            j = max(j, k)
            end = min(end, total)
            closed = root.children[-1].end_line + 1 if depth == 0 and root.children else end
            after = closed < end and source[closed].strip() and not source[closed].lstrip().startswith("<")
            blocks.append(Block("html", start, closed if after else end, element=root))
            if banner := _banner(root):
                blocks.append(Block("banner", start, end, banner, 2, element=root.children[0], in_html=True))
            blocks += _html_blocks(body, root)
            if not after:  # "<h2>Dates</h2>" then "Deadline: May 1 <br>" lines in the same block: a browser's lines
                until = starts[end] if end < len(starts) else len(body)
                blocks += _loose_text(body, _spanning(root, starts[start], until))
            if after:  # kramdown and Python-Markdown end the block at its closing tag: Markdown goes on under it
                blocks += parse(_only(body, starts[closed], starts[end] if end < len(starts) else len(body)))
        elif kind in ("fence", "code_block"):
            blocks.append(Block("code", start, end))
        else:
            blocks.append(Block("other", start, end))
        i = j + 1
    return _one_table(blocks)


# A line alone in capitals, a few words and no figure ("KEYNOTES", "PANELISTS", "PROGRAM COMMITTEE"): a heading;
# not a note left to do ("TODO", "TBD")
_CAPITALS_LINE = re.compile(r"(?!(?:TODO|FIXME|TB[ACD])\b)[A-Z][A-Z&'-]*(?:\s+[A-Z&][A-Z&'-]*){0,3}\s*:?")


_BLOCK_IAL = re.compile(r"\s*(\{:[^}]*\}\s*)+")


def heading_runs(blocks: list[Block]) -> list[list[Block]]:
    """The Markdown headings, grouped in runs of one level written one after another with nothing between them
    (``### Introduction`` then ``### Break``: a list written as headings)."""
    runs: list[list[Block]] = []
    for number, block in enumerate(blocks):
        if block.kind != "heading" or block.in_html:
            continue
        before = blocks[number - 1] if number else None
        if runs and before is runs[-1][-1] and before.level == block.level:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _piped(lines: list[str]) -> int:
    """How many of a paragraph's lines are a kramdown table's: the first starts with ``|`` and every one holds a
    ``|`` that is not escaped (kramdown's table lines: ``[Ann Lee](ann) | [Bo Wu](bo)`` is a row too), but the block
    attribute lists (``{: .table-striped}``) that end it; 0 if the paragraph is no table. A first line that is only a
    separator (``:-:|:-:|:-:``, no pipe before it) starts a table too: kramdown reads any line holding a pipe as a
    row, and such a line can be nothing else. Lines with no pipe before them are rows as well when there are two or
    more and each holds one (``Paper submission deadline|April 15, 2022`` over ``Workshop|June 20, 2022``: kramdown
    takes any line holding a pipe for a table's); one such line alone stays a paragraph (``Home | About``)."""
    count = len(lines)
    while count and _BLOCK_IAL.fullmatch(lines[count - 1]):
        count -= 1
    if not count or not (lines[0].lstrip().startswith("|") or _separator(lines[0]) or count >= 2):
        return 0
    return count if all(_PIPE.search(re.sub(r"`[^`]*`", "", line)) for line in lines[:count]) else 0


_PIPE = re.compile(r"(?<!\\)\|")


def _separator(line: str) -> bool:
    """``:-:|:-:|:-:``: a kramdown separator line of two cells or more, with or without pipes around it."""
    cells = _kramdown_cells(line)
    return len(cells) >= 2 and all(_ONE_DASH_RULE.fullmatch(c) for c in cells)


_ONE_DASH_RULE = re.compile(r"\s*:?-+:?\s*")  # ":-:", as GitHub Pages' sites write it


def quoted_blocks(body: str, block: Block) -> list[Block]:
    """The blocks a Markdown blockquote (``> 12:00 Welcome`` lines, an ``other`` block) holds, read as if written
    without their quote markers, on the lines they are written on; none for any other block."""
    source = body.split("\n")
    if block.kind != "other" or block.in_html or not re.match(r" {0,3}>", source[block.start]):
        return []
    kept = [re.sub(r"^ {0,3}> ?", "", line) if block.start <= n < block.end else re.sub(r"[^\n]", " ", line)
            for n, line in enumerate(source)]  # fmt: skip
    return [b for b in parse("\n".join(kept)) if block.start <= b.start < block.end]


def _only(body: str, start: int, end: int) -> str:
    """``body`` with everything outside ``[start, end)`` blanked, so that lines and offsets stay where they are."""
    return re.sub(r"[^\n]", " ", body[:start]) + body[start:end] + re.sub(r"[^\n]", " ", body[end:])


def _one_table(blocks: list[Block]) -> list[Block]:
    """kramdown's ``|---|`` line right above a table is that table's, as Markdown-it leaves it a paragraph."""
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if last and last.kind == block.kind == "table" and not last.in_html and not block.in_html and \
                last.end == block.start:  # fmt: skip
            last.end, last.rows = block.end, last.rows + block.rows
        else:
            merged.append(block)
    return merged


def _span(cell: Element, attr: str = "colspan") -> int:
    """How many columns (``colspan``) or rows (``rowspan``) a cell covers: a wide cell's neighbours stay under their
    own header."""
    span = cell.attrs.get(attr, "1").strip().strip("'\"")
    return min(int(span), 20) if span.isdigit() and int(span) > 0 else 1


def span_of(cell: Element, attr: str = "colspan") -> int:
    """How many columns (``colspan``) or rows (``rowspan``) an HTML cell covers."""
    return _span(cell, attr)


def _banner(root: Element) -> str:
    """``<img src="speakers_header.png" alt="Invited Speakers">`` alone between blank lines: a picture of a
    section's title, its words the image's alternative text when they read as a title (a few words, no file's
    name); a banner block, a heading to those who look for the role or the section over what follows."""
    if len(root.children) != 1 or root.children[0].tag != "img":
        return ""
    said = plain(root.children[0].attrs.get("alt", ""))
    return said if re.fullmatch(r"[^\W\d_][\w&' -]{2,60}", said) and len(said.split()) <= 5 else ""


def cell_text(cell: Element, body: str) -> str:
    """An HTML cell's rich text, as a table's row holds it."""
    return _cell(cell, body)[0]


def _html_rows(body: str, table: Element) -> list[TableRow]:
    """An HTML table's rows, each cell under its own column: a cell covering several columns leaves the ones after
    it empty, and one covering several rows (``rowspan``, a session's name beside its talks) leaves its column
    empty in the rows under it, so that their cells stay under their own header. A table inside a cell is part of
    that cell, not rows of this one."""
    rows = []
    below: dict[int, int] = {}  # column -> rows still covered by a cell above
    inner = {id(e) for t in table.find_all("table") for e in t.walk()}  # a table in a cell: that cell's text
    for tr in [tr for tr in table.find_all("tr") if id(tr) not in inner]:
        tags = [c for c in tr.find_all("td", "th") if id(c) not in inner]
        cells: list[tuple[str, list[str]]] = []
        for c in tags:
            while below.get(len(cells)):
                cells.append(("", []))
            for k in range(len(cells), len(cells) + _span(c)):
                if _span(c, "rowspan") > 1:
                    below[k] = _span(c, "rowspan")
            cells += [_cell(c, body)] + [("", [])] * (_span(c) - 1)
        while tags and below.get(len(cells)):
            cells.append(("", []))
        if len(cells) > 1 and not plain(cells[0][0]) and (timed := next(filter(None, (_time_before_title(c, body)
                                                                                      for c in tags[1:])), "")):
            cells[0] = (timed, [])  # "<th></th><td>07:15 AM ~ 07:22 AM <a class="paper-title">": the row's time
        below = {k: n - 1 for k, n in below.items() if n > 1 and k < len(cells) and tags}
        rows.append(TableRow([text for text, _ in cells], tr.line, all(c.tag == "th" for c in tags),
                             [e for _, extra in cells for e in extra]))  # fmt: skip
    return rows


def _html_blocks(body: str, root: Element) -> list[Block]:
    """Headings, tables, lists and paragraphs written in HTML, as Markdown ones would be read."""
    found: list[Block] = []
    celled = {id(e) for table in root.find_all("table") for e in table.walk()[1:]}  # a cell's paragraphs: its text
    for element in root.walk()[1:]:
        tag, span = element.tag, (element.line, element.end_line + 1)
        if tag in HEADINGS:
            found.append(Block("heading", *span, rich_html(element.inner(body)), int(tag[1]), element=element,
                               in_html=True))
        elif tag == "table":
            rows = _html_rows(body, element)
            found.append(Block("table", *span, rows=[r for r in rows if r.cells], element=element, in_html=True))
        elif tag in ("ul", "ol"):
            items = _html_items(body, element)
            if not items and (said := rich_html(element.inner(body))):  # "<ul>Deadline: <b>May 1</b></ul>": one line
                items = [Item(said, element.line)]
            found.append(Block("list", *span, items=items, element=element, in_html=True))
        elif tag == "dl" and (rows := _terms(body, element)):
            found.append(Block("table", *span, rows=rows, element=element, in_html=True))
        elif tag == "p" and id(element) not in celled:
            found.append(Block("paragraph", *span, rich_html(element.inner(body)), element=element, in_html=True))
        if tag in _HOLDERS:
            found += _loose_text(body, element)
    return sorted(found, key=lambda b: b.start)  # stable: an element before what it holds


def _html_items(body: str, element: Element) -> list[Item]:
    """The items of an HTML list; a list written right inside it after an item (``<li>09:45 Papers</li><ul>
    <li>Title, Name</li></ul>``), which a browser shows indented under that item, is that item's sub-items."""
    items: list[Item] = []
    for child in element.children:
        if child.tag == "li":
            items.append(Item(rich_html(child.inner(body)), child.line))
        elif child.tag in ("ul", "ol") and items:
            items[-1].children += _html_items(body, child)
    return items


def _terms(body: str, dl: Element) -> list[TableRow]:
    """A definition list (``<dt>09:00 - 09:15</dt><dd>Opening</dd>``): a row of two cells a term and what defines
    it, as a table of two columns would be."""
    rows: list[TableRow] = []
    for child in dl.children:
        said = rich_html(child.inner(body))
        if child.tag == "dt":
            rows.append(TableRow([said, ""], child.line))
        elif child.tag == "dd" and rows:
            rows[-1].cells[1] = f"{rows[-1].cells[1]}\n{said}".strip()
    return rows


# Elements whose text outside any paragraph a browser shows as a paragraph of its own.
_HOLDERS = frozenset({"div", "section", "article", "main", "aside", "center", "body"})
_INLINE_BLOCKS = BLOCKS | {"li", *HEADINGS, "table", "br"}


def _spanning(root: Element, start: int, end: int) -> Element:
    """The region's root as an element holding what it read between ``start`` and ``end``: the text written
    straight in it, outside any element, is shown as the text in a ``<div>`` is."""
    return Element(root.tag, {}, root.line, root.end_line, start, end, root.children)


def _loose_text(body: str, element: Element) -> list[Block]:
    """Text written straight in a ``<div>`` (``<span>May 1</span>: Deadline``), between the blocks it holds, and
    ``<br>``: each run a paragraph."""
    found: list[Block] = []
    at = element.start
    for child in [*element.children, None]:
        if child is not None and child.tag not in _INLINE_BLOCKS:
            continue
        until = body.rfind("<", at, child.start) if child is not None else element.end
        text = body[at:until]
        if re.search(r"[^\W\d_]{3}", re.sub(r"<[^>]*>?", " ", text)):
            first = at + len(text) - len(text.lstrip())
            last = at + len(text.rstrip())
            found.append(Block("paragraph", body.count("\n", 0, first), body.count("\n", 0, last) + 1,
                               rich_html(text), in_html=True))  # fmt: skip
        if child is not None:  # on after the child's end tag
            at = max(at, child.start if child.tag in VOID else body.find(">", child.end) + 1 or element.end)
    return found
