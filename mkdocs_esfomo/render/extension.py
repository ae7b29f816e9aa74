"""Directives replaced the way Python-Markdown replaces raw HTML: through its ``htmlStash``.

A preprocessor finds each directive (or, in a site built for another engine, the marker a
directive was rendered to) and stores its HTML in the stash; Markdown keeps the placeholder where
the directive stood, as a block at its indentation (so directives work in lists and admonitions),
and puts the HTML back at the end without parsing it. Where a placeholder ended up inside code
(an indented directive the site's Markdown reads as a code block), the directive is shown as
written and a warning names the page and line, instead of its HTML appearing inside the code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor


class Span(NamedTuple):
    """Text of a page to replace by ``html``: a directive, or a marker standing for one."""

    start: int
    end: int
    html: str
    line: int  # in the page's file, for messages
    source: str | None = None  # what the page's author wrote there, if not the text replaced


def anchor_ids(spans: list[Span]) -> set[str]:
    """The ids the directives' HTML holds, which links on the page may point to."""
    return {i for span in spans for i in _ID.findall(span.html)}


_ID = re.compile(r"""\sid=["']([^"']+)["']""")

# In a page written for another engine, a directive already rendered: its HTML's digest (the HTML is in
# html_dir/DIGEST.html) and the directive as written. The digest changes with the HTML, so an engine
# that caches pages by their text sees every change.
MARKER = re.compile(r"<!-- esfomo-html ([0-9a-f]{20}) (.*?) -->", re.DOTALL)


def marker(digest: str, source: str) -> str:
    return f"<!-- esfomo-html {digest} {source.removeprefix('<!--').removesuffix('-->').strip()} -->"


def stored(html_dir: Path) -> Finder:
    """The markers of a page, each with the HTML stored for it."""

    def find(text: str) -> list[Span]:
        return [Span(m.start(), m.end(), (html_dir / f"{m.group(1)}.html").read_text(encoding="utf-8"),
                     text.count("\n", 0, m.start()) + 1, f"<!-- {m.group(2)} -->")
                for m in MARKER.finditer(text)]

    return find


# The page's text -> its spans, in order; None when the page has nothing to replace.
Finder = Callable[[str], list[Span]]
Warn = Callable[[str], None]
_PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03")


class DirectivesExtension(Extension):  # type: ignore[misc]  # Python-Markdown ships no type hints
    """``finder`` says what to replace on the page being converted; ``warn`` reports what could not be."""

    def __init__(self, finder: Finder | None = None, warn: Warn | None = None, page: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.finder, self.warn, self.page = finder, warn, page

    def extendMarkdown(self, md: Markdown) -> None:  # Python-Markdown's name
        stashed: dict[int, tuple[str, int]] = {}  # stash index -> the text it replaced, its line
        # After whitespace is normalized (30), before raw HTML is read (20): the HTML is never parsed.
        md.preprocessors.register(_Stash(md, self, stashed), "esfomo_directives", 25)
        # Before inline parsing (20): code is still one text.
        md.treeprocessors.register(_InCode(md, self, stashed), "esfomo_in_code", 25)
        md.registerExtension(self)


class _Stash(Preprocessor):  # type: ignore[misc]
    def __init__(self, md: Markdown, ext: DirectivesExtension, stashed: dict[int, tuple[str, int]]) -> None:
        super().__init__(md)
        self.ext, self.stashed = ext, stashed

    def run(self, lines: list[str]) -> list[str]:
        self.stashed.clear()
        if self.ext.finder is None:
            return lines
        text = "\n".join(lines)
        spans = self.ext.finder(text)
        if not spans:
            return lines
        out, last = [], 0
        for span in spans:
            line_start = text.rfind("\n", 0, span.start) + 1
            indent = text[line_start : span.start]
            placeholder = ""
            if span.html:
                placeholder = self.md.htmlStash.store(span.html)
                written = span.source or text[span.start : span.end]
                self.stashed[self.md.htmlStash.html_counter - 1] = (written, span.line)
            if placeholder and not indent.strip():  # on a line of its own: a block at that indentation
                placeholder = f"\n\n{indent}{placeholder}\n\n{indent}"
            out += [text[last : span.start], placeholder]
            last = span.end
        return "".join([*out, text[last:]]).split("\n")


class _InCode(Treeprocessor):  # type: ignore[misc]
    def __init__(self, md: Markdown, ext: DirectivesExtension, stashed: dict[int, tuple[str, int]]) -> None:
        super().__init__(md)
        self.ext, self.stashed = ext, stashed

    def run(self, root: Any) -> None:
        if not self.stashed:
            return
        for code in root.iter("code"):
            if not code.text or "\x02" not in code.text:
                continue

            def as_written(match: re.Match[str]) -> str:
                source, line = self.stashed.get(int(match.group(1)), (match.group(0), 0))
                if self.ext.warn and source != match.group(0):
                    self.ext.warn(f"{self.ext.page}:{line}: the directive {source.split()[1]} is inside a code block "
                                  "(indented, or in a block the site's Markdown extensions do not know): it is shown "
                                  "as written")
                return source.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

            code.text = type(code.text)(_PLACEHOLDER.sub(as_written, code.text))  # an AtomicString stays one


def makeExtension(**kwargs: Any) -> DirectivesExtension:  # Python-Markdown's name
    """As a Markdown extension listed in a config (``mkdocs_esfomo.render.extension: {html_dir: ...}``): the
    markers of pages written for another engine become their stored HTML."""
    html_dir = kwargs.pop("html_dir", None)
    return DirectivesExtension(finder=stored(Path(html_dir)) if html_dir else None, **kwargs)
