"""HTML as a browser reads it, into elements that know their lines and offsets in the page body: the implied end
tags of rows, cells and items, and the end tags a table's cells do not let through."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_CELLS = frozenset({"td", "th"})
_SECTIONS = frozenset({"table", "thead", "tbody", "tfoot"})
# The elements a start tag closes when one is open (HTML's implied end tags), and what bounds the search.
IMPLIED_END: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "tr": (frozenset({"tr"}) | _CELLS, _SECTIONS),
    "td": (_CELLS, frozenset({"tr"}) | _SECTIONS),
    "th": (_CELLS, frozenset({"tr"}) | _SECTIONS),
    "thead": (frozenset({"thead", "tbody", "tfoot", "tr"}) | _CELLS, frozenset({"table"})),
    "tbody": (frozenset({"thead", "tbody", "tfoot", "tr"}) | _CELLS, frozenset({"table"})),
    "tfoot": (frozenset({"thead", "tbody", "tfoot", "tr"}) | _CELLS, frozenset({"table"})),
    "li": (frozenset({"li"}), frozenset({"ul", "ol"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist"})),
}
# The elements an end tag does not reach across (a browser ignores ``</div>`` in a cell whose ``<div>`` is outside the
# table); the table's own end tags reach across its cells and rows, up to the table.
_SCOPE = frozenset({"table", "td", "th", "caption", "template", "object", "applet", "marquee"})
_END_BOUNDS: dict[str, frozenset[str]] = {
    **{tag: frozenset({"table"}) for tag in ("tr", "td", "th", "thead", "tbody", "tfoot", "caption")},
    "table": frozenset(),
}
# Block elements that end an open paragraph.
BLOCKS = frozenset({"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure",
                    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p",
                    "pre", "section", "table", "ul"})  # fmt: skip


@dataclass
class Element:
    """An HTML element: its tag, attributes, children, and where it stands in the body."""

    tag: str
    attrs: dict[str, str]
    line: int  # body line index of its start tag
    end_line: int = -1
    start: int = 0  # character offsets of its content in the body
    end: int = 0
    children: list[Element] = field(default_factory=list)

    def inner(self, source: str) -> str:
        return source[self.start : self.end]

    def walk(self) -> list[Element]:
        return [self, *(e for child in self.children for e in child.walk())]

    def find_all(self, *tags: str) -> list[Element]:
        return [e for e in self.walk()[1:] if e.tag in tags]

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


def line_starts(source: str) -> list[int]:
    """Where each line of ``source`` starts."""
    return [0, *(m.end() for m in re.finditer("\n", source))]


class _Tree(HTMLParser):
    def __init__(self, source: str, offset: int, starts: list[int] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.base_line = source.count("\n", 0, offset)
        self.starts = starts if starts is not None else line_starts(source)
        self.root = Element("#root", {}, 0)
        self.stack = [self.root]

    def _at(self) -> int:
        line, col = self.getpos()
        return self.starts[self.base_line + line - 1] + col

    def _close_implied(self, tag: str, at: int) -> None:
        """Close what a browser closes when ``tag`` starts: ``<tr>`` ends the open row, ``<li>`` the open item."""
        closes, within = IMPLIED_END.get(tag, (frozenset(), frozenset()))
        if tag in BLOCKS and self.stack[-1].tag == "p":
            closes, within = frozenset({"p"}), frozenset()
        for depth in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[depth].tag
            if open_tag in within:
                return
            if open_tag in closes:
                for element in self.stack[depth:]:
                    element.end = at
                    element.end_line = bisect.bisect_right(self.starts, at) - 1
                del self.stack[depth:]
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._at()
        self._close_implied(tag, at)
        text = self.get_starttag_text() or ""
        if tag in _CELLS and self.stack[-1].tag in _SECTIONS:  # "</tr> <td>": a browser opens the row it implies
            row = Element("tr", {}, bisect.bisect_right(self.starts, at) - 1)
            row.start = row.end = at
            self.stack[-1].children.append(row)
            self.stack.append(row)
        element = Element(tag, {k: v or "" for k, v in attrs}, bisect.bisect_right(self.starts, at) - 1)
        element.start = element.end = at + len(text)
        element.end_line = element.line
        self.stack[-1].children.append(element)
        if tag not in VOID and not text.endswith("/>"):
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        at = self._at()
        bounds = _END_BOUNDS.get(tag, _SCOPE)
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag in bounds and self.stack[depth].tag != tag:
                return  # "<td>...</td></div>": an end tag a browser ignores, as it matches nothing in the table
            if self.stack[depth].tag == tag:
                for open_element in self.stack[depth:]:
                    open_element.end = at
                    open_element.end_line = bisect.bisect_right(self.starts, at) - 1
                del self.stack[depth:]
                return

    @property
    def depth(self) -> int:
        return len(self.stack) - 1


class HtmlRegion:
    """The elements of ``source`` from ``start``, read on as far as asked (``read_to``), each part once: an HTML
    block read on until what it opens is closed costs what its text costs, however many times it is extended."""

    def __init__(self, source: str, start: int, starts: list[int] | None = None) -> None:
        self._tree = _Tree(source, start, starts)
        self._source, self._read, self._end = source, start, start

    @property
    def depth(self) -> int:
        """How many elements stay open where it has been read to."""
        return self._tree.depth

    def read_to(self, end: int) -> int:
        """Read on to ``end``; how many elements stay open there."""
        if end > self._read:
            self._tree.feed(self._source[self._read : end])
            self._read = end
        self._end = max(self._end, end)
        return self._tree.depth

    def tree(self) -> Element:
        """The elements read, those still open ending where it was read to."""
        for open_element in self._tree.stack[1:]:
            open_element.end = self._end
            open_element.end_line = self._source.count("\n", 0, self._end)
        return self._tree.root
