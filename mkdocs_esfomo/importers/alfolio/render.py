"""Liquid as Jekyll renders it: ``site.data`` and collection loops, includes with parameters, Jekyll's filters.

A page's body is rendered with python-liquid before it is read, so what a loop over ``_data`` or an include
shows is read like what the page writes out. Every line of the result keeps the line of the page (or of the
include's call) it came from: a marker opens each source line before rendering and is taken out after.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from liquid import Environment, Mode
from liquid.exceptions import LiquidError, TemplateNotFoundError
from liquid.loader import BaseLoader, TemplateSource

from ... import paths
from .html_tree import VOID
from .report import Note

_MARK = re.compile(r"\x01(\d+)\x01")
_TAG_OR_OUTPUT = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
_INCLUDE = re.compile(r"\{%-?\s*include\s+([^\s%}]+)(.*?)-?%\}", re.DOTALL)
_PARAM = re.compile(r"""([\w-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s%]+)""")
# Includes this import reads as they are written (a person's card, a figure): kept as tags, not rendered.
KEPT = re.compile(r"^(figure|people|projects|speakers|organizers)")


def _literal(value: str) -> bool:
    return value[:1] in "\"'" or bool(re.fullmatch(r"-?\d+(\.\d+)?|true|false", value))


def kept(name: str, params: str) -> bool:
    """Whether an include stays a tag: one this import reads, called with written values only."""
    found = dict((m.group(1), m.group(2)) for m in _PARAM.finditer(params))
    return (
        bool(KEPT.match(name))
        and ("name" in found or name.startswith("figure"))
        and all(_literal(v) for v in found.values())
    )


_FOR = re.compile(r"(\{%-?\s*for\s+\w+\s+in\s+[^\s%|]+)([^%]*?)(-?%\})")


def _lax_for(source: str) -> str:
    """``{% for s in list | sample: n %}`` -> ``{% for s in list %}``: Jekyll's Liquid reads the loop's variable and
    list and lets the rest pass but ``reversed``, ``limit:`` and ``offset:``; python-liquid would drop the loop."""

    def loop(match: re.Match[str]) -> str:
        rest = match.group(2)
        if "|" not in rest:
            return match.group(0)
        kept = re.findall(r"\breversed\b|\b(?:limit|offset)\s*:\s*[^\s,|%]+", rest)
        return match.group(1) + "".join(f" {k}" for k in kept) + " " + match.group(3)

    return _FOR.sub(loop, source)


def _jekyll_include(match: re.Match[str]) -> str:
    """``{% include x.html a="1" b=v %}`` -> ``{% include "x.html", a: "1", b: v %}`` (python-liquid's form)."""
    name, params = match.group(1), match.group(2)
    named = re.fullmatch(r"\{%-?\s*include\s+\{\{-?\s*([\w.]+)\s*-?\}\}\s*(-?)%\}", match.group(0))
    if named:  # ``{% include {{ widget_file }} %}``: the file the variable names
        return "{% include " + named.group(1) + " " + named.group(2) + "%}"
    if "{{" in name:
        return match.group(0)
    args = [f"{m.group(1).replace('-', '_')}: {m.group(2)}" for m in _PARAM.finditer(params)]
    return "{% include " + json.dumps(name) + "".join(f", {a}" for a in args) + " %}"


# The name an include beside its page goes by: this mark, then the file's path in the site.
_RELATIVE = "@beside-the-page/"
_INCLUDE_RELATIVE = re.compile(r"\{%-?\s*include_relative\s+(\{\{.*?\}\}|[^\s%}]+).*?-?%\}", re.DOTALL)


def relative_includes(source: str, rel: str) -> str:
    """``{% include_relative dates.md %}``, ``{% include_relative {{ profile.content }} %}`` (in a layout too): the
    file in the folder of the page ``rel``, included as Jekyll does, as python-liquid's ``include``."""
    folder = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""

    def include(match: re.Match[str]) -> str:
        named = re.fullmatch(r"\{\{-?\s*(.+?)\s*-?\}\}", match.group(1))
        prefix = json.dumps(_RELATIVE + folder)
        if named:
            assign = f"{{% assign esfomo_relative = {prefix} | append: {named.group(1)} %}}"
            return assign + "{% include esfomo_relative %}"
        return "{% include " + json.dumps(_RELATIVE + folder + match.group(1).strip("\"'")) + " %}"

    return _INCLUDE_RELATIVE.sub(include, source)


def included_beside(root: Path, rels: list[str]) -> set[str]:
    """The files the pages ``rels`` include by name with ``include_relative``: read where they are included."""
    found = set()
    for rel in rels:
        path = root / rel
        text = path.read_text(encoding="utf-8-sig", errors="replace") if path.is_file() else ""
        folder = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""
        found |= {folder + m.group(1).strip("\"'") for m in _INCLUDE_RELATIVE.finditer(text) if "{{" not in m.group(1)}
    return found


# "{{ site.baseurl }}{% link _pages/call.md %}": the Jekyll 3 way (GitHub Pages'), whose tag writes no baseurl
_LINK_TAG = re.compile(r"(?:\{\{-?\s*site\.baseurl\s*-?\}\})?\{%-?\s*link\s+([^\s%}]+)\s*-?%\}")
_TAG_NAME = re.compile(r"\{%-?\s*(\w+)")
# Tags this import reads in its own way, or that write nothing a visitor reads
_READ_ELSEWHERE = frozenset({"include_relative", "raw", "else", "elsif", "when", "seo", "feed_meta",
                             "toc", "highlight"})  # fmt: skip


def page_links(source: str, root: Path, base: str) -> str:
    """``{% link _pages/call.md %}``: the address of the page that file is, as Jekyll writes it (its ``permalink``,
    after the site's ``baseurl``, once when the page writes it before the tag as Jekyll 3 needed); a file that is not
    there keeps its tag (and is named with the tags not run).
    ``{% include_cached x.html %}`` (jekyll-include-cache) is the include it caches."""
    source = re.sub(r"(\{%-?\s*)include_cached\b", r"\1include", source)

    def address(match: re.Match[str]) -> str:
        path = root / match.group(1).strip("\"'")
        if not path.is_file() or paths.outside(path, root):
            return match.group(0)
        head = re.match(r"---\s*\n(.*?)\n---", path.read_text(encoding="utf-8-sig", errors="replace"), re.DOTALL)
        permalink = re.search(r"^permalink:\s*['\"]?([^\s'\"#]+)", head.group(1), re.MULTILINE) if head else None
        url = permalink.group(1) if permalink else "/" + re.sub(r"\.(md|markdown|html)$", ".html", match.group(1))
        return base + url

    return _LINK_TAG.sub(address, source)


def tags_not_run(body: str, known: set[str]) -> list[tuple[int, str, bool]]:
    """Each tag of a Jekyll plugin the page uses that this import does not run (``{% twitter url %}``, ``{% cite
    key %}``): its body line, the tag as written, and whether it wraps words (``{% details %}`` ... its end tag)."""
    found = []
    for number, line in enumerate(body.split("\n")):
        for match in _TAG_OR_OUTPUT.finditer(line):
            name = _TAG_NAME.match(match.group(0))
            if not name or name.group(1) in {*known, *_READ_ELSEWHERE} or name.group(1).startswith("end"):
                continue
            wraps = re.search(rf"\{{%-?\s*end{re.escape(name.group(1))}\b", body) is not None
            found.append((number, " ".join(match.group(0).split())[:80], wraps))
    return found


class _Includes(BaseLoader):
    """``_includes/``, with Jekyll's ``include.x`` read as python-liquid's ``x``; a file beside its page (a name
    that opens with ``_RELATIVE``) from the site's folders."""

    def __init__(self, root: Path, missing: list[str]) -> None:
        self.site = root
        self.root = root / "_includes"
        self.missing = missing

    def get_source(self, env: Environment, template_name: str, **kwargs: object) -> TemplateSource:
        beside = template_name.startswith(_RELATIVE)
        path = self.site / template_name[len(_RELATIVE) :] if beside else self.root / template_name
        if not path.is_file() or paths.outside(path, self.site):
            self.missing.append(template_name)
            raise TemplateNotFoundError(template_name)
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        text = re.sub(r"\binclude\.([\w-]+)", lambda m: m.group(1).replace("-", "_"), text)
        return TemplateSource(_INCLUDE.sub(_jekyll_include, _lax_for(text)), str(path), None)


def _where_exp(env: Environment) -> Callable[..., Any]:
    def where_exp(items: Any, name: str, expression: str) -> list[Any]:
        test = env.from_string("{% if " + expression + " %}1{% endif %}")
        return [i for i in _list(items) if test.render(**{name: i}) == "1"]

    return where_exp


def _list(items: Any) -> list[Any]:
    if isinstance(items, dict):
        return list(items.values())
    return list(items) if isinstance(items, (list, tuple)) else []


def _where(items: Any, key: str, value: Any = None) -> list[Any]:
    def matches(item: Any) -> bool:
        got = item.get(key) if isinstance(item, dict) else None
        return str(value) in got if isinstance(got, list) else str(got) == str(value)

    return [i for i in _list(items) if matches(i)]


def _sort(items: Any, key: str | None = None) -> list[Any]:
    values = _list(items)
    try:
        return sorted(values, key=lambda i: str(i.get(key) if key and isinstance(i, dict) else i))
    except TypeError:
        return values


def _group_by(items: Any, key: str) -> list[dict[str, Any]]:
    groups: dict[str, list[Any]] = {}
    for item in _list(items):
        groups.setdefault(str(item.get(key, "")) if isinstance(item, dict) else "", []).append(item)
    return [{"name": k, "items": v, "size": len(v)} for k, v in groups.items()]


def _markdownify(text: Any) -> str:
    from .text import parser

    return str(parser().render(str(text or "")))


def environment(root: Path, config: dict[str, Any], missing: list[str]) -> Environment:
    # a filter of a Jekyll plugin this import does not know gives its value as it is (python-liquid's lax mode would
    # otherwise end the template there, and lose every word after it)
    env = Environment(loader=_Includes(root, missing), tolerance=Mode.LAX, strict_filters=False)
    base = str(config.get("baseurl") or "").rstrip("/")
    env.add_filter("relative_url", lambda v: base + str(v or "") if str(v or "").startswith("/") else str(v or ""))
    env.add_filter("absolute_url", lambda v: str(v or ""))
    env.add_filter("markdownify", _markdownify)
    # nil (a key left empty in _config.yml: "url:") adds nothing, as in Jekyll's Liquid; not "None"
    env.add_filter("prepend", lambda v, other="": ("" if other is None else str(other)) + ("" if v is None else str(v)))
    env.add_filter("append", lambda v, other="": ("" if v is None else str(v)) + ("" if other is None else str(other)))
    env.add_filter("where", _where)
    env.add_filter("where_exp", _where_exp(env))
    env.add_filter("sort", _sort)
    env.add_filter("sample", lambda items, *_: _list(items))  # Jekyll shuffles: the written order is as good
    env.add_filter("group_by", _group_by)
    # Jekyll's array filters: a menu built up page by page (``{% assign pages = pages | push: p %}``)
    env.add_filter("push", lambda items, item=None: [*_list(items), item])
    env.add_filter("unshift", lambda items, item=None: [item, *_list(items)])
    env.add_filter("pop", lambda items, *_: _list(items)[:-1])
    env.add_filter("shift", lambda items, *_: _list(items)[1:])
    env.add_filter("jsonify", lambda v: json.dumps(v, default=str))
    env.add_filter("slugify", lambda v, *_: re.sub(r"[^a-z0-9]+", "-", str(v or "").lower()).strip("-"))
    for name in ("xml_escape", "cgi_escape", "uri_escape", "smartify", "encode_email", "normalize_whitespace"):
        env.add_filter(name, lambda v, *_: str(v or ""))
    env.add_filter("number_of_words", lambda v: len(str(v or "").split()))
    env.add_filter("array_to_sentence_string", lambda v, *_: ", ".join(str(x) for x in _list(v)))
    return env


def read_data(folder: Path) -> dict[str, Any]:
    """``_data/``: YAML, JSON and CSV files, folders as nested keys, as ``site.data`` gives them."""
    data: dict[str, Any] = {}
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        try:
            if path.is_dir():
                data[path.name] = read_data(path)
            elif path.suffix in (".yml", ".yaml"):
                data[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
            elif path.suffix == ".json":
                data[path.stem] = json.loads(path.read_text(encoding="utf-8-sig"))
            elif path.suffix in (".csv", ".tsv"):
                with path.open(encoding="utf-8-sig", newline="") as f:
                    data[path.stem] = list(csv.DictReader(f, delimiter="\t" if path.suffix == ".tsv" else ","))
        except (yaml.YAMLError, ValueError, csv.Error):
            continue
    return data


def mark(body: str, first_line: int) -> str:
    """``body`` with a marker of its file line opening each line that does not start inside a Liquid tag."""
    inside = [(m.start(), m.end()) for m in _TAG_OR_OUTPUT.finditer(body)]
    out, at = [], 0
    for number, text in enumerate(body.split("\n"), first_line):
        out.append(text if any(start < at < end for start, end in inside) else f"\x01{number}\x01{text}")
        at += len(text) + 1
    return "\n".join(out)


def unmark(rendered: str, first_line: int) -> tuple[str, list[int]]:
    """The rendered text without markers, and the file line of each of its lines."""
    text, lines, last = [], [], first_line
    for row in rendered.split("\n"):
        found = _MARK.findall(row)
        if found:
            last = int(found[0]) if _MARK.match(row) else last
        lines.append(last)
        if found:
            last = int(found[-1])
        text.append(_MARK.sub("", row))
    return "\n".join(text), lines


_BLOCKS = {
    "for": "endfor",
    "if": "endif",
    "unless": "endunless",
    "case": "endcase",
    "capture": "endcapture",
    "tablerow": "endtablerow",
    "comment": "endcomment",
    "raw": "endraw",
}


def _regions(source: str) -> list[tuple[int, int]]:
    """The top-level Liquid of ``source``: each output, simple tag, or block tag with all it holds."""
    regions: list[tuple[int, int]] = []
    stack: list[str] = []
    start = 0
    for match in _TAG_OR_OUTPUT.finditer(source):
        word = re.match(r"\{%-?\s*(\w+)", match.group(0))
        name = word.group(1) if word else ""
        if stack and stack[-1] in ("comment", "raw") and name != _BLOCKS[stack[-1]]:
            continue
        if not stack:
            start = match.start()
        if name in _BLOCKS:
            stack.append(name)
        elif stack and name == _BLOCKS[stack[-1]]:
            stack.pop()
        if not stack:
            regions.append((start, match.end()))
    if stack:
        regions.append((start, len(source)))
    return regions


def _protect(source: str, collections: set[str]) -> str:
    """Jekyll's includes in python-liquid's form; Liquid this import reads as written (loops over a collection,
    a person's include) wrapped in ``raw`` so it comes out as it went in."""
    names = set(collections)
    out, at = [], 0
    for start, end in _regions(source):
        region = source[start:end]
        assigned = re.match(r"\{%-?\s*assign\s+(\w+)\s*=(.*)", region, re.DOTALL)
        if assigned and (set(re.findall(r"\b(\w+)\b", assigned.group(2))) & (names - collections)
                         or any(f"site.{c}" in assigned.group(2) for c in collections)):  # fmt: skip
            names.add(assigned.group(1))
        uses = any(re.search(rf"\bsite\.{re.escape(c)}\b", region) for c in collections) or any(
            re.search(rf"\b{re.escape(n)}\b", region) for n in names - collections
        )
        includes = list(_INCLUDE.finditer(region))
        if uses or (includes and all(kept(m.group(1), m.group(2)) for m in includes)):
            region = "{% raw %}" + region + "{% endraw %}"
        else:
            region = _INCLUDE.sub(_jekyll_include, region)
        out += [source[at:start], region]
        at = end
    return "".join(out) + source[at:]


class LiquidRenderer:
    """Renders page bodies with the site's data, collections and includes."""

    def __init__(
        self, root: Path, config: dict[str, Any], collections: dict[str, list[Any]], read_as_written: set[str]
    ) -> None:
        """``read_as_written``: collections of cards this import reads from the loops over them, left unrendered."""
        self.root = root
        self.read_as_written = read_as_written
        self.missing: list[str] = []
        self.env = environment(root, config, self.missing)
        self.site = {**config, "data": read_data(root / "_data"), **collections, "pages": [], "posts": []}
        self.site.setdefault("baseurl", "")

    def listing(self, pages: list[dict[str, Any]]) -> None:
        """The site's pages as Liquid's ``site.pages`` and ``site.html_pages`` give them to a loop."""
        self.site["pages"] = self.site["html_pages"] = pages

    def run(self, source: str, page: dict[str, Any]) -> str | None:
        """A theme's Liquid (a menu's loop) run as Jekyll runs it on ``page``, or None when it cannot be."""
        base = str(self.site.get("baseurl") or "").rstrip("/")
        source = _INCLUDE.sub(_jekyll_include, page_links(_lax_for(source), self.root, base))
        try:
            return str(self.env.from_string(source).render(site=self.site, page=page, layout={}))
        except (LiquidError, RecursionError, TypeError, ValueError, AttributeError, KeyError):
            return None

    def _inline(self, source: str) -> str:
        """``{% include organizers.html %}`` (no parameters) whose file loops over cards this import reads as written:
        the file's text in its place, read as if the page wrote it, its lines the call's."""

        def inline(match: re.Match[str]) -> str:
            path = self.root / "_includes" / match.group(1)
            if match.group(2).strip() or not path.is_file() or paths.outside(path, self.root):
                return match.group(0)
            text = path.read_text(encoding="utf-8-sig", errors="replace")
            loops = any(re.search(rf"\bsite\.{re.escape(c)}\b", text) for c in self.read_as_written)
            return text.strip() if loops else match.group(0)

        return _INCLUDE.sub(inline, source)

    def render(
        self, rel: str, body: str, first_line: int, meta: dict[str, Any], url: str
    ) -> tuple[str, list[int], list[Note]]:
        """The body with its Liquid rendered (kept includes stay tags), each line's file line, and what failed."""
        notes: list[Note] = []

        linked = page_links(_lax_for(body), self.root, str(self.site.get("baseurl") or "").rstrip("/"))
        source = relative_includes(_protect(self._inline(mark(linked, first_line)), self.read_as_written), rel)
        for line, tag, wraps in tags_not_run(page_links(body, self.root, ""), set(self.env.tags)):
            notes.append(Note(f"{rel}:{first_line + line}", f"Liquid '{tag}', a tag of a Jekyll plugin this import "
                              "does not run: " + ("the words it wraps are kept, what it adds is left out" if wraps
                                                  else "what it writes is left out")))  # fmt: skip
        del self.missing[:]
        try:
            rendered = self.env.from_string(source).render(site=self.site, page={**meta, "url": url}, layout={})
        except (LiquidError, RecursionError, TypeError, ValueError, AttributeError, KeyError) as exc:
            message = str(exc).split("\n")[0]
            notes.append(Note(f"{rel}:{first_line}", f"Liquid could not be rendered ({message}): read as written"))
            return body, [first_line + i for i in range(body.count("\n") + 1)], notes
        text, lines = unmark(rendered, first_line)
        for name in dict.fromkeys(self.missing):
            beside = name.startswith(_RELATIVE)
            short = name.rsplit("/", 1)[-1] if beside else name
            call = next((i for i, row in enumerate(body.split("\n")) if short in row), 0)
            notes.append(Note(f"{rel}:{first_line + call}", f"Liquid '{{% include_relative {short} %}}': no such file "
                              "beside the page, left out" if beside else f"Liquid '{{% include {name} %}}': not in "
                              "_includes (the theme's own), left out"))  # fmt: skip
        return text, lines, notes

    def layout(
        self, source: str, first_line: int, meta: dict[str, Any], url: str, own: dict[str, Any], rel: str = ""
    ) -> tuple[LayoutPart, LayoutPart | None] | None:
        """A layout rendered around its page's content: the layout's text before ``{{ content }}`` and after it
        (None after when the layout does not show the content), each with its lines in the layout's file, chrome
        (head, navigation, footer, scripts) and the wrappers of the content left out; None when it cannot be
        rendered as Jekyll does (a filter this import does not know took the content away)."""
        shows = bool(re.search(r"\{\{-?\s*content\b", source))
        try:
            linked = page_links(source, self.root, str(self.site.get("baseurl") or "").rstrip("/"))
            marked = relative_includes(_protect(mark(linked, first_line), self.read_as_written), rel)
            rendered = self.env.from_string(marked).render(
                site=self.site, page={**meta, "url": url}, layout=own, content=_CONTENT
            )
        except (LiquidError, RecursionError, TypeError, ValueError, AttributeError, KeyError):
            return None
        text, lines = unmark(rendered, first_line)
        text = _uncommented(text)
        if text.count(_CONTENT) != (1 if shows else 0):
            return None
        cut = text.find(_CONTENT)
        if cut < 0:
            return _layout_part(text, lines, "whole"), None
        at = text.count("\n", 0, cut)
        before = _layout_part(text[:cut], lines[: at + 1], "before")
        after = _layout_part(text[cut + len(_CONTENT) :], lines[at:], "after")
        return before, after


_CONTENT = "\x02content\x02"


def _uncommented(text: str) -> str:
    """The rendered layout without the content a ``<!-- ... {{ content }} ... -->`` comment holds (a section kept
    commented out in the layout): Jekyll writes it there too, but no visitor sees it, so it is not the page's."""
    return re.sub(r"<!--.*?-->", lambda m: m.group(0).replace(_CONTENT, ""), text, flags=re.DOTALL)
# What a layout shows on every page around its content, not of the page: none of it is read as the page's.
_CHROME = frozenset({"head", "header", "nav", "footer", "script", "style", "noscript", "title"})
# Chrome a site writes its own words in (a venue in the footer): left off the page, but its words accounted for.
_SAYS = frozenset({"header", "footer"})
_HTML_TAG = re.compile(r"<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z][\w-]*)\b[^>]*?(/?)>", re.DOTALL | re.IGNORECASE)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span's characters but its newlines taken out, so that lines stay where they are."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out += [text[at:start], "\n" * text.count("\n", start, end)]
        at = end
    return "".join(out) + text[at:]


def _layout_part(text: str, lines: list[int], part: str) -> LayoutPart:
    """A layout's text on one side of the content, as the lines a page of HTML holds: chrome out, the start tags
    still open before the content and the end tags closing after it out (they wrap the content), every line
    without its indent and blank lines dropped, so that Markdown reads it as HTML, not as code."""
    spans: list[tuple[int, int]] = []
    said: list[tuple[int, int]] = []
    stack: list[tuple[str, int, int]] = []
    chrome: tuple[str, int, int] | None = None  # the chrome element open, and the depth it opened at
    for match in _HTML_TAG.finditer(text):
        closing, name = match.group(1), (match.group(2) or "").lower()
        if not name:  # a comment, the doctype
            spans.append(match.span())
            continue
        if chrome is None and name in _CHROME and not closing:
            chrome = (name, match.start(), len(stack))
        if name in VOID or match.group(3):
            continue
        if not closing:
            stack.append((name, match.start(), match.end()))
            continue
        depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == name), None)
        if depth is None:
            if part == "after" and chrome is None:
                spans.append(match.span())  # it closes an element the content is in
            continue
        del stack[depth:]
        if chrome and len(stack) <= chrome[2]:
            spans.append((chrome[1], match.end()))
            said += [spans[-1]] if chrome[0] in _SAYS else []
            chrome = None
    if chrome:
        spans.append((chrome[1], len(text)))
        said += [spans[-1]] if chrome[0] in _SAYS else []
    if part == "before":
        spans += [(start, end) for _, start, end in stack]
    seen = re.sub(r"<!--.*?-->", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.DOTALL)  # not comments
    aside = [(lines[min(text.count("\n", 0, start) + i, len(lines) - 1)], row.strip())
             for start, end in said for i, row in enumerate(seen[start:end].split("\n")) if row.strip()]  # fmt: skip
    text = _blanked(text, spans)
    kept = [(row.strip(), line) for row, line in zip(text.split("\n"), lines, strict=False) if row.strip()]
    return LayoutPart("\n".join(row for row, _ in kept), [line for _, line in kept], aside)


def writes_words(source: str) -> bool:
    """Whether a layout writes words of its own: visible text outside its Liquid, its chrome and its tags (a theme's
    layout the site wrote its people or its contact into), more than the line a theme writes around every page (a
    skip link, share buttons), not only what its Liquid shows of the page and the site."""
    regions = _regions(source)
    text = _blanked(source, regions)
    kept = _layout_part(text, list(range(text.count("\n") + 1)), "whole").text
    if len(re.findall(r"[^\W\d_]{2,}", _HTML_TAG.sub(" ", kept))) >= _OWN_WORDS:
        return True
    loops = [(start, end) for start, end in regions
             if _DATA_LOOP.match(source, start) or _MARKDOWN_INCLUDE.search(source, start, end)
             or _markdown_named(source, _NAMED_INCLUDE.search(source, start, end))]  # fmt: skip
    if not loops:
        return False
    parts, at = [], 0  # the Liquid out, each loop over the site's data as one mark: the chrome's are dropped
    for start, end in regions:
        mark = _LOOP_MARK if (start, end) in loops else ""
        parts += [source[at:start], mark + "\n" * source.count("\n", start, end)]
        at = end
    marked = "".join([*parts, source[at:]])
    return _LOOP_MARK in _layout_part(marked, list(range(marked.count("\n") + 1)), "whole").text


_OWN_WORDS = 10
# A loop over one of the site's data files (``{% for item in site.data.dates %}``), or a Markdown file of its
# includes (``{% include dates.md %}``, themes ship HTML ones): the site's own content, which a layout of the
# theme's name shows around every page that uses it (the home page's important dates, a sidebar's).
_DATA_LOOP = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+site\.data\.\w")
_MARKDOWN_INCLUDE = re.compile(r"\{%-?\s*include\s+[\w/.-]+\.(?:md|markdown)\b")  # alone, or in a capture
_LOOP_MARK = "\x03loop\x03"
# An include whose file a variable names (``{% include {{ widget_file }} %}``)
_NAMED_INCLUDE = re.compile(r"\{%-?\s*include\s+\{\{-?\s*(\w+)\s*-?\}\}")


def _markdown_named(source: str, include: re.Match[str] | None) -> bool:
    """Whether the variable an include's file is named by is assigned a Markdown file's name in the layout
    (``{% assign widget_file = widget | prepend: 'widget-' | append: '.md' %}``, over the page's ``sidebar: [
    key-dates ]``): the site's own Markdown shown beside the page, as ``{% include dates.md %}`` is."""
    if include is None:
        return False
    assigned = rf"\{{%-?\s*assign\s+{include.group(1)}\s*=[^%]*\.(?:md|markdown)\b[^%]*%\}}"
    return re.search(assigned, source) is not None


class LayoutPart(NamedTuple):
    """A layout's text on one side of its page's content, the file line of each of its lines, and the lines of
    its chrome that say something of the site's own (``(line, text)``), left off the page."""

    text: str
    lines: list[int]
    aside: list[tuple[int, str]]
