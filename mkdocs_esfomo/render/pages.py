"""The site's own pages, read once before anything is built: front matter, directives, and Markdown
the site's configuration would render wrongly.

Everything found here is reported together with the data's problems, in one pass.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from ..errors import Problem, quoted, suggest
from . import directives
from .directives import Directive

# Markdown that needs an extension MkDocs does not enable by default: what it looks like on a line
# of its own, outside code, and the extensions that render it.
_NEEDS = [
    (re.compile(r"^ *(!!!|\?\?\?\+?) *[\w-]+"), ("admonition", "pymdownx.details"), "an admonition"),
    (re.compile(r"^ *=== +[\"']"), ("pymdownx.tabbed",), "a content tab"),
    (re.compile(r"^ *\{: *[#.\w]"), ("attr_list",), "an attribute list"),
    (re.compile(r"<[a-z][^>]*\smarkdown(=[\"']?(1|block|span)[\"']?)?[\s>]", re.I), ("md_in_html",),
     "Markdown inside HTML"),
    (re.compile(r"^\[\^[^\]]+\]:"), ("footnotes", "pymdownx.footnotes"), "a footnote"),
    (re.compile(r"(?<![~\\])~~(?=\S)[^~\n]+(?<=\S)~~(?!~)"), ("pymdownx.tilde",), "~~struck through~~ text"),
]
try:  # as MkDocs' own front-matter reader, quicker
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader
_LIST_ITEM = re.compile(r"^ *([-*+]|\d{1,9}[.)])( |$)")
_CONTAINER = re.compile(r"^ *(!!!|\?\?\?\+?|===) ")
_ANCHOR = re.compile(r"[&*]")  # perhaps an anchor or alias: the front matter is then parsed without expanding any
_FRONT_MATTER = re.compile(r"\A(---[ \t]*\n)(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
# Front-matter keys the package, MkDocs and Material read; a close misspelling of one is reported.
_KNOWN_KEYS = ("title", "description", "edition", "template", "hide", "icon", "status", "tags", "search", "subtitle")


class Page(NamedTuple):
    """A page as read before the build: where it is, its front matter's edition and its directives."""

    src: str  # the path MkDocs knows it by, relative to the docs folder
    shown: str  # the path messages name
    edition: str | None
    directives: list[Directive]
    text: str = ""  # the file's text, where the directives' offsets point


def directives_in(page: Page | None, text: str, src: str, editions: set[str]) -> tuple[list[Directive], list[Problem]]:
    """The directives of ``text``, a page's Markdown as an engine reads it: those :func:`scan` found in ``page``
    when ``text`` is the end of the file it read (the engine left out the front matter), else searched for."""
    whole, body = (page.text.rstrip("\n"), text.rstrip("\n")) if page else ("", "")
    if page is None or not whole.endswith(body):  # changed by another plugin, or whitespace normalized
        return directives.find(text, src, editions)
    start = len(whole) - len(body)
    lines = whole.count("\n", 0, start)
    return [dataclasses.replace(d, start=d.start - start, end=d.end - start, line=d.line - lines)
            for d in page.directives if d.start >= start], []


def extension_names(extensions: Iterable[Any]) -> set[str]:
    """The Markdown extensions a config enables, by their short names (``admonition``)."""
    names = set()
    for ext in extensions:
        name = ext if isinstance(ext, str) else type(ext).__module__
        names.add(name.removeprefix("markdown.extensions."))
    return names


def scan(
    files: dict[str, tuple[Path, str]], editions: set[str], extensions: set[str] | None
) -> tuple[list[Page], list[Problem]]:
    """Read every page (``src -> (path, shown)``); ``extensions``: those enabled, or None not to check Markdown."""
    pages: list[Page] = []
    problems: list[Problem] = []
    for src, (path, shown) in files.items():
        raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
        try:  # MkDocs would fail on it later, with a traceback, after emptying the site folder
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line, col = raw.count(b"\n", 0, exc.start) + 1, exc.start - raw.rfind(b"\n", 0, exc.start)
            message = f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8"
            problems.append(Problem(shown, line, col, "", message))
            continue
        found, wrong = directives.find(text, shown, editions)
        edition, meta_problems = _front_matter(text, shown, editions)
        problems += wrong + meta_problems
        if extensions is not None:
            problems += _unrendered(text, shown, extensions, found)
        pages.append(Page(src, shown, edition, found, text))
    return pages, problems


def _front_matter(text: str, shown: str, editions: set[str]) -> tuple[str | None, list[Problem]]:
    """The page's ``edition``, and what is wrong with its front matter (MkDocs drops a broken one silently)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, []
    anchored = _anchored(match.group(2), shown) if _ANCHOR.search(match.group(2)) else None
    if anchored:
        return None, [anchored]
    try:  # as MkDocs reads it
        meta = yaml.load(match.group(2), Loader=_Loader)
    except yaml.YAMLError:
        from ..data.yamlsource import parse  # the located, plain-words message

        _, problems = parse(match.group(2), shown)
        return None, [p._replace(line=p.line + 1, message=f"front matter: {p.message}") for p in problems]
    if not isinstance(meta, dict):
        message = "front matter: expected `key: value` lines between the --- lines, or none at all"
        return None, [Problem(shown, 2, 1, "", message)]
    lines = text[: match.end()].split("\n")
    problems = []
    for key in meta:
        hint = suggest(str(key), _KNOWN_KEYS) if key not in _KNOWN_KEYS else ""
        if hint:
            line = next((n for n, row in enumerate(lines, 1) if row.startswith(f"{key}:")), 2)
            problems.append(Problem(shown, line, 1, str(key), f"unknown front-matter key{hint}", True))
    if meta.get("edition") is None:
        return None, problems
    edition = str(meta["edition"])
    if edition not in editions:
        line = next((n for n, row in enumerate(lines, 1) if row.startswith("edition:")), 2)
        known = ", ".join(sorted(editions)) or "none"
        message = f"front matter names unknown edition {quoted(edition)}{suggest(edition, editions)} (known: {known})"
        problems.append(Problem(shown, line, 1, "edition", message))
        return None, problems
    return edition, problems


def _anchored(yaml_text: str, shown: str) -> Problem | None:
    """The first YAML anchor or alias of the front matter, found before anything is expanded: eight lines
    of aliases stand for 9**8 strings (as in the data files, none is allowed)."""
    try:
        for event in yaml.parse(yaml_text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                what = "aliases (*name)" if isinstance(event, yaml.AliasEvent) else "anchors (&name)"
                mark = event.start_mark
                message = f"front matter: YAML {what} are not allowed; write the value out"
                return Problem(shown, mark.line + 2, mark.column + 1, "", message)
    except yaml.YAMLError:
        return None  # reported as MkDocs would read it
    return None


def _unrendered(text: str, shown: str, extensions: set[str], found: list[Directive]) -> Iterator[Problem]:
    """Markdown this site's configuration would print as it is, or turn into a code block."""
    lines = text.split("\n")
    code = _code_lines(text)
    for number, line in enumerate(lines, 1):
        if number in code:
            continue
        for pattern, needed, what in _NEEDS:
            match = pattern.search(line)
            if match and not extensions.intersection(needed):
                message = (f"{what} needs the `{needed[0]}` Markdown extension, which mkdocs.yml does not enable: "
                           f"add it under markdown_extensions, or it is shown as written")
                yield Problem(shown, number, match.start() + 1, "", message, True)
    for directive in found:
        container = _container(lines, directive.line)
        if container is None:
            message = (f"indented by {directive.col - 1} spaces outside a list or admonition, this directive would "
                       "render as a code block: remove the indentation")
            yield Problem(shown, directive.line, directive.col, f"esfomo/{directive.name}", message, True)
        elif container and not extensions.intersection(container[1]):
            message = (f"inside {container[0]}, which needs the `{container[1][0]}` Markdown extension, this "
                       "directive would render as a code block")
            yield Problem(shown, directive.line, directive.col, f"esfomo/{directive.name}", message, True)


def _container(lines: list[str], number: int) -> tuple[str, tuple[str, ...]] | tuple[()] | None:
    """What holds an indented directive: ``()`` a list item, (what, extensions) an admonition or tab, None
    nothing (an indented code block). A directive indented less than four spaces stands alone: ``()``."""
    line = lines[number - 1].expandtabs(4)
    indent = len(line) - len(line.lstrip(" "))
    if indent < 4:
        return ()
    for above in reversed(lines[: number - 1]):
        expanded = above.expandtabs(4)
        if not expanded.strip():
            continue
        depth = len(expanded) - len(expanded.lstrip(" "))
        if depth >= indent:
            continue
        if _LIST_ITEM.match(expanded):
            return ()
        container = _CONTAINER.match(expanded)
        if container:
            marker = container.group(1)
            if marker == "===":
                return "a content tab (===)", ("pymdownx.tabbed",)
            return f"an admonition ({marker})", ("admonition", "pymdownx.details")
        return None
    return None


def _code_lines(text: str) -> set[int]:
    """Line numbers inside fenced code blocks."""
    lines: set[int] = set()
    for start, end in directives.code_spans(text):
        first = text.count("\n", 0, start) + 1
        lines.update(range(first, text.count("\n", 0, end) + 2))
    return lines
