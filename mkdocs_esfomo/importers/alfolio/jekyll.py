"""Read an al-folio site as Jekyll does: its configuration, pages, collections, Liquid tags and layouts."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

import yaml

from ... import paths
from .blocks import sections_read
from .built_elsewhere import as_built, other_builder
from .layout_chain import front_matter, in_layouts, layout_writes_words
from .render import LiquidRenderer, read_data
from .report import Note
from .site_config import block_html_everywhere, defaults, excluded, hidden

# Files Jekyll's al-folio theme ships for its own documentation, never pages of a workshop.
THEME_DOCS = {"README.md", "CONTRIBUTING.md", "CUSTOMIZE.md", "FAQ.md", "INSTALL.md", "CHANGELOG.md", "LICENSE.md",
              "CODE_OF_CONDUCT.md", "QUICKSTART.md", "TROUBLESHOOTING.md", "ANALYTICS.md", "BIBTEX.md",
              "MAINTENANCE.md", "SEO.md", "404.md", "404.html"}  # fmt: skip
# Collections of people's cards, read from the loops over them rather than from what the loops show.
CARDS = {"projects", "speakers", "organizers", "contributors", "people", "panelists"}
LIQUID_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.DOTALL)
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"\{%-?(.*?)-?%\}", re.DOTALL)
_OUTPUT = re.compile(r"\{\{-?(.*?)-?\}\}", re.DOTALL)
_PARAM = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s%]+))""")


@dataclass(frozen=True)
class Tag:
    """A Liquid tag (``{% ... %}``): what it says, and the file's line it starts on (a layout's, when ``file``)."""

    text: str
    line: int
    file: str = ""  # the layout it is written in; "" for the page's own file

    @property
    def include(self) -> tuple[str, dict[str, str]] | None:
        """``include people.liquid name="Ann" img=x`` -> ``("people.liquid", {"name": "Ann", "img": "x"})``."""
        found = re.match(r"\s*include\s+(\S+)(.*)$", self.text, re.DOTALL)
        if not found:
            return None
        params = {m.group(1): next(g for g in m.groups()[1:] if g is not None) for m in _PARAM.finditer(found.group(2))}
        return found.group(1), params


@dataclass
class JekyllPage:
    """A page or collection document: front matter, and its body with Liquid and comments blanked, line for line."""

    rel: str
    meta: dict[str, Any]
    body: str
    first_line: int  # the file's line of the body's first line
    url: str
    collection: str | None = None
    tags: list[Tag] = field(default_factory=list)
    dropped: list[Note] = field(default_factory=list)  # Liquid output that could not be kept
    lines: list[int] = field(default_factory=list)  # the file's line of each body line, once Liquid is rendered
    files: list[str] = field(default_factory=list)  # the file of each body line, when layouts are rendered around it
    layouts: list[str] = field(default_factory=list)  # the layouts (files) rendered around the body, inner first
    aside: list[tuple[str, str]] = field(default_factory=list)  # (file:line, text) of the layouts' header, footer
    bare: bool = False  # no front matter: only GitHub Pages publishes it (its optional-front-matter plugin)
    overwrites: list[str] = field(default_factory=list)  # the pages (files) at its address Jekyll writes before it
    menu: str = ""  # the name the site's menu gives it ("Keynote Speakers"), when a data file lists the menu

    def line(self, index: int) -> int:
        """The file's line of the body's line ``index`` (from 0)."""
        if self.lines:
            return self.lines[min(max(index, 0), len(self.lines) - 1)] + max(index - len(self.lines) + 1, 0)
        return self.first_line + index

    def index(self, line: int, file: str = "") -> int:
        """The body's first line (from 0) that comes from the line ``line`` of the page's file (or of ``file``)."""
        if self.lines:
            own = [i for i, n in enumerate(self.lines) if n >= line and self.file(i) == (file or self.rel)]
            return own[0] if own else len(self.lines) - 1
        return line - self.first_line

    def file(self, index: int) -> str:
        """The file the body's line ``index`` comes from: the page's, or a layout's."""
        return self.files[min(max(index, 0), len(self.files) - 1)] if self.files else self.rel

    def where(self, index: int) -> str:
        return f"{self.file(index)}:{self.line(index)}"

    @property
    def title(self) -> str:
        return str(self.meta.get("title") or "")

    @property
    def layout(self) -> str:
        return str(self.meta.get("layout") or "")


@dataclass
class JekyllSite:
    root: Path
    config: dict[str, Any]
    pages: list[JekyllPage]
    collections: dict[str, list[JekyllPage]]
    layouts: dict[str, JekyllPage]
    notes: list[Note]
    shadowed: list[JekyllPage] = field(default_factory=list)  # pages another page at their address overwrites
    hosts: tuple[str, ...] = ()  # the domain its CNAME file serves it at: links there are links to its own pages
    linked_only: set[str] = field(default_factory=set)  # the addresses reached only by a page's link, in no menu
    liquid: LiquidRenderer | None = None  # runs the theme's Liquid with the site's data and pages

    def page_at(self, url: str) -> JekyllPage | None:
        return next((p for p in self.pages if p.url == url), None)


def url_of(path: str) -> str:
    """``/call``, ``/call/``, ``call.html`` and ``call`` are one page; ``/`` is the home page."""
    inner = re.sub(r"(/index)?\.(html|md)$", "", path.strip().split("#")[0].split("?")[0]).strip("/")
    return f"/{inner}/" if inner and inner != "index" else "/"


def blank(match: re.Match[str]) -> str:
    """What replaces a removed span: as many newlines, so later lines keep their numbers."""
    return "\n" * match.group(0).count("\n")


def _liquid(
    rel: str, body: str, first_line: int, config: dict[str, Any], lines: list[int] | None = None,
    files: list[str] | None = None,
) -> tuple[str, list[Tag], list[Note]]:
    """Blank comments and Liquid out of ``body``; keep its tags, and the paths of ``{{ '/x' | relative_url }}``."""

    def line_at(offset: int) -> int:
        index = body.count("\n", 0, offset)
        return lines[min(index, len(lines) - 1)] if lines else first_line + index

    body = _RAW.sub(blank, body)
    body = LIQUID_COMMENT.sub(blank, body)
    body = _HTML_COMMENT.sub(blank, body)

    def file_at(offset: int) -> str:
        file = files[min(body.count("\n", 0, offset), len(files) - 1)] if files else rel
        return "" if file == rel else file

    tags = [Tag(m.group(1).strip(), line_at(m.start()), file_at(m.start())) for m in _TAG.finditer(body)]
    body = _TAG.sub(blank, body)
    notes: list[Note] = []

    def output(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        path = re.fullmatch(r"['\"]([^'\"]*)['\"]\s*\|\s*(?:relative_url|absolute_url|prepend:.*)", inner)
        if path:
            return path.group(1)
        value = re.fullmatch(r"site\.(\w+)", inner)
        if value and isinstance(config.get(value.group(1)), (str, int)):
            return str(config[value.group(1)])
        if re.fullmatch(r"site\.(baseurl|url)", inner):
            return ""
        line = line_at(match.start())
        notes.append(Note(f"{rel}:{line}", f"Liquid output '{{{{ {inner} }}}}' left out"))
        return blank(match)

    return _OUTPUT.sub(output, body), tags, notes


class _Located(NamedTuple):
    """A file as Jekyll places it, before its Liquid runs: its front matter (with the configuration's defaults),
    body, the file's line of the body's first line, and its address."""

    rel: str
    text: str
    meta: dict[str, Any]
    body: str
    first_line: int
    url: str


def _located(root: Path, path: Path, config: dict[str, Any], collection: str | None = None,
             bare: bool = False) -> _Located | None:  # fmt: skip
    rel = path.relative_to(root).as_posix()
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    read = (as_built(text) if path.suffix in (".html", ".htm") else ({}, text, 1)) if bare else front_matter(text)
    if read is None:
        return None
    own, body, first_line = read
    given = defaults(rel, collection or "pages", config)
    if "layout" not in own and not layout_writes_words(root, str(given.get("layout") or "")):
        given.pop("layout", None)  # minimal-mistakes' `single` for every page: the theme's chrome, not the site's words
    meta = {**given, **own}
    default = f"/{path.stem}/" if collection is None else f"/{collection}/{path.stem}/"
    folder = path.parent.relative_to(root).as_posix()
    if collection is None and folder != "." and not folder.startswith("_"):  # Jekyll's /:path/:basename
        default = f"/{folder}/" if path.stem == "index" else f"/{folder}/{path.stem}/"
    if rel in ("index.md", "index.html") or (bare and rel == "README.md"):
        default = "/"
    url = url_of(_placed(str(meta.get("permalink") or default), path, folder))
    return _Located(rel, text, meta, body, first_line, url)


def _listed(found: _Located) -> dict[str, Any]:
    """A page as Liquid's ``site.pages`` gives it to a loop: its front matter, ``url``, ``path``, ``name``,
    ``dir`` (its address's folder: the address itself, which ends in a slash) and ``content`` (its text as
    written)."""
    return {**found.meta, "url": found.url, "path": found.rel, "name": PurePosixPath(found.rel).name,
            "dir": found.url, "content": found.body}  # fmt: skip


def _read(
    root: Path, path: Path, config: dict[str, Any], collection: str | None = None,
    renderer: LiquidRenderer | None = None, bare: bool = False, found: _Located | None = None,
) -> JekyllPage | None:
    """``found``: the file as already located, else it is read here."""
    found = found or _located(root, path, config, collection, bare)
    if found is None:
        return None
    rel, text, meta, body, first_line, url = found
    lines: list[int] = []
    rendered: list[Note] = []
    if renderer and ("{%" in body or "{{" in body):
        body, lines, rendered = renderer.render(rel, body, first_line, meta, url)
    files: list[str] = []
    layouts: list[tuple[str, list[tuple[int, str]]]] = []
    if renderer and collection is None:  # a collection's card is read from its own file, not its page
        lines = lines or [first_line + i for i in range(body.count("\n") + 1)]
        body, lines, files, layouts = in_layouts(root, rel, body, lines, meta, url, renderer)
    if collection is None and (beside := _sidebar(meta, text)):
        lines = lines or [first_line + i for i in range(body.count("\n") + 1)]
        files = files + [rel] * (beside[0].count("\n") + 2) if files else []
        body, lines = f"{body}\n\n{beside[0]}", [*lines, *[beside[1]] * (beside[0].count("\n") + 2)]
    body, tags, notes = _liquid(rel, body, first_line, config, lines, files)
    if path.suffix in (".md", ".markdown") and block_html_everywhere(config):
        body = sections_read(body, lambda index: not files or files[min(index, len(files) - 1)] == rel)
    if path.suffix in (".html", ".htm"):
        body = html_as_written(body)
    page = JekyllPage(rel, meta, body, first_line, url, collection, tags, rendered + notes, lines, files,
                      [layout for layout, _ in layouts], [(f"{f}:{n}", t) for f, aside in layouts for n, t in aside],
                      bare)
    if meta.get("_invalid"):
        page.dropped.append(Note(f"{rel}:1", "front matter is not valid YAML: read as empty"))
    return page


_VERBATIM = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


# A page's permalink placeholders Jekyll fills (``permalink: :basename`` given to a folder's pages by `defaults`).
_PLACEHOLDER = re.compile(r":(basename|path|output_ext|title|name|slug|categories)\b")


def _placed(permalink: str, path: Path, folder: str) -> str:
    """``:basename`` for ``pages/index.md`` is ``index`` (the home page), ``:path`` its folder, ``:output_ext``
    ``.html``: a page's permalink with Jekyll's placeholders filled."""
    filled = {"basename": path.stem, "title": path.stem, "name": path.stem, "slug": path.stem,
              "path": "" if folder == "." else folder, "output_ext": ".html", "categories": ""}  # fmt: skip
    return _PLACEHOLDER.sub(lambda m: filled[m.group(1)], permalink)


def html_as_written(body: str) -> str:
    """An ``.html`` page's body, line for line: Jekyll writes it as it is, with no Markdown, so a line's indentation
    means nothing (but inside ``<pre>``, ``<textarea>``, ``<script>``, ``<style>``); each other line starts at its
    first character, so that HTML indented four spaces after a blank line is read as HTML, not as indented code."""
    kept = [(m.start(), m.end()) for m in _VERBATIM.finditer(body)]
    out, at = [], 0
    for line in body.split("\n"):
        out.append(line if any(start < at < end for start, end in kept) else line.lstrip(" \t"))
        at += len(line) + 1
    return "\n".join(out)


def _sidebar(meta: dict[str, Any], text: str) -> tuple[str, int] | None:
    """The entries of a ``sidebar:`` list in the front matter (``- title: "Deadlines"``, ``- text: "<ul><li>..."``,
    ``- image: /a.png``), which themes such as minimal-mistakes show beside the page: as Markdown (a title a heading,
    as the theme writes it), and the file's line of ``sidebar:``; None if the page has none."""
    entries = meta.get("sidebar")
    if not isinstance(entries, list):
        return None
    parts: list[str] = []
    for entry in (e for e in entries if isinstance(e, dict)):
        if isinstance(entry.get("image"), str):
            parts.append(f"![{entry.get('image_alt') or ''}]({entry['image']})")
        if isinstance(entry.get("title"), str) and entry["title"].strip():
            parts.append(f"### {entry['title'].strip()}")
        if isinstance(entry.get("text"), str) and entry["text"].strip():
            parts.append(entry["text"].strip())
    if not parts:
        return None
    line = next((n for n, row in enumerate(text.split("\n"), 1) if re.match(r"sidebar\s*:", row)), 1)
    return "\n\n".join(parts), line


def _configuration(root: Path, notes: list[Note]) -> dict[str, Any]:
    """The site's ``_config.yml``, or nothing (named) when it is missing, not YAML or links out of the site."""
    if (root / "_config.yml").is_file() and not _linked_out(root / "_config.yml", root, notes):
        try:
            loaded = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8-sig"))
            return loaded if isinstance(loaded, dict) else {}
        except yaml.YAMLError as exc:
            notes.append(
                Note("_config.yml:1", f"not valid YAML ({exc.__class__.__name__}): the site's title is not read")
            )
    elif not (root / "_config.yml").is_file():
        notes.append(Note("_config.yml:1", "not found: the site's title and collections are not known"))
        notes += other_builder(root)
    return {}


def read_site(root: Path) -> JekyllSite:
    """Every page Jekyll would publish (files with front matter), every collection document and layout.

    GitHub Pages also publishes Markdown without front matter, and serves README.md when there is no index:
    such pages are read too, marked ``bare``; ``reachable`` keeps those a visitor can reach.
    """
    notes: list[Note] = []
    config = _configuration(root, notes)
    declared = config.get("collections")
    names = list(declared) if isinstance(declared, dict) else list(declared or [])
    if (root / "_projects").is_dir() and "projects" not in names:
        names.append("projects")
    documents = {str(n): _documents(root, str(n), config) for n in names}
    cards = {n for n, docs in documents.items() if n in CARDS or any("name" in d for d in docs)}
    renderer = LiquidRenderer(root, config, documents, cards)
    built = _built_pages(root, notes)
    published_pages, bare_pages = _published(root, config, built, notes)
    # every page's front matter and address, as ``site.pages``, before any page's Liquid runs (a menu, or a page,
    # that loops over the site's pages reads them all)
    renderer.listing([_listed(found) for _, found in published_pages + bare_pages])
    pages = [page for path, found in published_pages if (page := _read(root, path, config, renderer=renderer,
                                                                        found=found))]  # fmt: skip
    pages += [page for path in built if (page := _read(root, path, config, bare=True))]  # served as they are
    pages += [page for path, found in bare_pages if (page := _read(root, path, config, renderer=renderer, bare=True,
                                                                   found=found))]  # fmt: skip
    pages, shadowed = _one_per_address(pages, notes)
    collections = {}
    for name in names:
        folder = root / f"_{name}"
        if folder.is_dir() and excluded(f"_{name}", config):
            notes.append(Note(f"_{name}/:1", "collection listed under `exclude` in _config.yml, so Jekyll does not "
                              "publish it: not imported"))  # fmt: skip
        elif folder.is_dir():
            files = [p for p in sorted(folder.glob("*"))
                     if p.suffix in (".md", ".html") and not _linked_out(p, root, notes)]  # fmt: skip
            docs = [_read(root, p, config, name, renderer) for p in files
                    if not excluded(p.relative_to(root).as_posix(), config)]  # fmt: skip
            collections[str(name)] = [d for d in docs if d]
    layouts = {}
    for path in sorted((root / "_layouts").glob("*")) if (root / "_layouts").is_dir() else []:
        if _linked_out(path, root, notes):
            continue
        layout = _read(root, path, config) or JekyllPage(path.relative_to(root).as_posix(), {}, "", 1, "")
        if not layout.body:
            text = path.read_text(encoding="utf-8-sig", errors="replace")
            layout.body, layout.tags, _ = _liquid(layout.rel, text, 1, config)
        layouts[path.stem] = layout
    names_in_menu = menu_names(config, read_data(root / "_data"))
    for page in pages:
        page.menu = names_in_menu.get(page.url.strip("/").removesuffix(".html"), "")
    return JekyllSite(root, config, pages, collections, layouts, notes, shadowed, _cname(root), liquid=renderer)


def _published(
    root: Path, config: dict[str, Any], built: list[Path], notes: list[Note]
) -> tuple[list[tuple[Path, _Located]], list[tuple[Path, _Located]]]:
    """The files Jekyll publishes as pages (front matter), and the Markdown without front matter GitHub Pages
    publishes too (with README.md, its home page when nothing else is), each as located."""
    bare: list[Path] = []  # Markdown without front matter
    candidates = sorted(p for p in root.glob("*") if (p.suffix in (".md", ".html", ".markdown") and (
        p.name not in THEME_DOCS or front_matter(p.read_text(encoding="utf-8-sig", errors="replace"))  # then a page
    )) or _extensionless_page(p))  # fmt: skip
    if (root / "_pages").is_dir():
        candidates += sorted(p for p in (root / "_pages").rglob("*")
                             if p.suffix in (".md", ".html", ".markdown") or _extensionless_page(p))  # fmt: skip
    candidates += _in_folders(root)
    published_pages: list[tuple[Path, _Located]] = []
    for path in candidates:
        rel = path.relative_to(root).as_posix()
        if _linked_out(path, root, notes):
            continue
        if excluded(rel, config):
            notes.append(Note(f"{rel}:1", "listed under `exclude` in _config.yml, so Jekyll does not publish it: "
                              "not imported"))  # fmt: skip
            continue
        if hidden_by := hidden(rel, config):
            notes.append(Note(f"{rel}:1", f"'{hidden_by}' begins with '{hidden_by[0]}' and is not listed under "
                              "`include` in _config.yml, so Jekyll does not publish it: not imported"))  # fmt: skip
            continue
        if found := _located(root, path, config):
            published_pages.append((path, found))
        elif path.suffix != ".html":
            bare.append(path)
    readme = root / "README.md"
    homes = [found for _, found in published_pages] + [_located(root, path, config, bare=True) for path in built]
    if readme.is_file() and readme not in candidates and not excluded("README.md", config) and not any(
        found and found.url == "/" for found in homes
    ):
        bare.append(readme)  # GitHub Pages' readme-index: the home page
    return published_pages, [(path, found) for path in bare if (found := _located(root, path, config, bare=True))]


def menu_names(config: dict[str, Any], data: dict[str, Any]) -> dict[str, str]:
    """The names a menu written as data gives its pages (Minimal Mistakes' ``_data/navigation.yml``, ``- title:
    Keynote Speakers / url: keynotes``): each address, without its slashes, to its entry's title."""
    found: dict[str, str] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            title, url = value.get("title"), value.get("url")
            if isinstance(title, str) and isinstance(url, str) and not re.match(r"[a-z]+:", url):
                found.setdefault(url.strip().strip("/").removesuffix(".html"), title)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for key, value in [*config.items(), *data.items()]:
        if re.search(r"nav|menu", str(key), re.IGNORECASE):
            walk(value)
    return found


def _one_per_address(pages: list[JekyllPage], notes: list[Note]) -> tuple[list[JekyllPage], list[JekyllPage]]:
    """The pages a visitor can see, and those overwritten: of pages sharing an address, Jekyll writes the last in
    the order of their file names (those GitHub Pages publishes without front matter after); the others are named.
    A whole HTML page with no front matter at the address of a page with front matter (``index.html`` beside
    ``_pages/about.md`` at ``/``) is a build's output left in the folder: the page it was built from is the one read."""
    last: dict[str, JekyllPage] = {}
    for page in sorted(pages, key=lambda p: (_order_written(p), PurePosixPath(p.rel).name, p.rel)):
        last[page.url] = page
    for page in pages:
        if last[page.url] is not page:
            last[page.url].overwrites.append(page.rel)
            notes.append(Note(f"{page.rel}:1", f"shares the address {page.url} with {last[page.url].rel}, which Jekyll "
                              "writes after it: no visitor sees this page, not imported"))  # fmt: skip
    return [p for p in pages if last[p.url] is p], [p for p in pages if last[p.url] is not p]


def _order_written(page: JekyllPage) -> int:
    """Built HTML first, then pages with front matter, then Markdown without: the later one at an address is read."""
    return 0 if page.bare and page.rel.endswith((".html", ".htm")) else 1 + page.bare


# What Jekyll leaves out of every site whatever its `exclude` says (its defaults), besides _folders and .folders.
_NOT_PUBLISHED = {"node_modules", "vendor", "gemfiles"}


def _in_folders(root: Path) -> list[Path]:
    """The pages Jekyll publishes from the site's other folders (``iclr2024/index.markdown`` is ``/iclr2024/``):
    files with front matter, outside the folders it keeps for itself (``_layouts``, ``.git``) or leaves out, and the
    Markdown without front matter GitHub Pages publishes there as it does beside the home page (``history/2020/
    index.md``), read ``bare``."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(f for f in subfolders if f[0] not in "_.#~" and f not in _NOT_PUBLISHED)
        paths_in = [Path(folder) / f for f in sorted(files)
                    if Path(f).suffix in (".md", ".html", ".markdown") or _extensionless_page(Path(folder) / f)]
        found += [p for p in paths_in if Path(folder) != root and (
            front_matter(p.read_text(encoding="utf-8-sig", errors="replace"))
            or (p.suffix in (".md", ".markdown") and p.name not in THEME_DOCS))]  # fmt: skip
    return found


def _built_pages(root: Path, notes: list[Note]) -> list[Path]:
    """``2025/program/index.html``, ``index.html``: a whole HTML page with no front matter (a hand-written site, a past
    edition's site as built). Jekyll copies it as it is, so it is served: it is read as the page it shows, ``bare``.
    The theme's assets (al-folio's sample chart page) are no page of the workshop's."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(f for f in subfolders if f[0] not in "_.#~" and f not in _NOT_PUBLISHED and not
                               (Path(folder) == root and f == "assets"))  # fmt: skip
        for name in sorted(f for f in files if f.endswith((".html", ".htm")) and f != "404.html"):
            path = Path(folder) / name
            if _linked_out(path, root, notes):
                continue
            text = path.read_text(encoding="utf-8-sig", errors="replace")
            if front_matter(text) is None and re.search(r"<html\b", text[:2000], re.IGNORECASE):
                found.append(path)
    return found


def _extensionless_page(path: Path) -> bool:
    """``_pages/schedule`` with front matter: a page Jekyll publishes at its permalink, its text as written (no
    converter reads a file without an extension), as it does an HTML page's."""
    if path.suffix or path.name.startswith(".") or not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as file:  # a binary file is read no further
        opening = file.read(8).removeprefix(b"\xef\xbb\xbf")
    return opening.startswith(b"---") and front_matter(path.read_text("utf-8-sig", "replace")) is not None


def _linked_out(path: Path, root: Path, notes: list[Note]) -> bool:
    """Whether ``path`` is a link to a file outside the site, which is not read: noted for MIGRATION.md."""
    if not paths.outside(path, root):
        return False
    notes.append(Note(f"{path.relative_to(root).as_posix()}:1", "a link to a file outside the site: not imported"))
    return True


def _documents(root: Path, name: str, config: dict[str, Any]) -> list[dict[str, Any]]:
    """A collection as Liquid's ``site.<name>`` gives it: each document's front matter, content and url."""
    docs: list[dict[str, Any]] = []
    folder = root / f"_{name}"
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if path.suffix not in (".md", ".html") or paths.outside(path, root):
            continue
        if read := front_matter(path.read_text(encoding="utf-8-sig", errors="replace")):
            meta, body, _ = read
            url = f"/{name}/{path.stem}/"
            given = defaults(path.relative_to(root).as_posix(), name, config)
            docs.append(JekyllDocument({"slug": path.stem, **given, **meta, "content": body, "url": url}))
    return docs


class JekyllDocument(dict[str, Any]):
    """A collection document as Liquid sees it: ``{{ doc }}`` shows its content."""

    def __str__(self) -> str:
        return str(self.get("content") or "")


def _cname(root: Path) -> tuple[str, ...]:
    """The domain GitHub Pages serves the site at, as its ``CNAME`` file names it (``genbench.org``)."""
    path = root / "CNAME"
    text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() and not path.is_symlink() else ""
    found = re.fullmatch(r"\s*(?:https?://)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?\s*", text[:300], re.IGNORECASE)
    return (found.group(1).lower(),) if found else ()
