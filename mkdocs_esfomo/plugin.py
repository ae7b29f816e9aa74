"""MkDocs wiring: each event handler is thin; the work is in loader, directives and render."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, file_sort_key, get_files
from mkdocs.structure.pages import Page
from mkdocs.utils import nest_paths
from mkdocs.utils.meta import get_data

from . import cache, calendar, directives, markup
from .config import EsfomoConfig
from .errors import DataError, Problem
from .images import ImageError, Images, strip_metadata
from .render import TEMPLATES, Renderer
from .site import Edition, Workshop

log = logging.getLogger("mkdocs.plugins.esfomo")
ASSETS = Path(__file__).parent / "assets"
STATIC = {"assets/esfomo/esfomo.css": "esfomo.css", "assets/esfomo/localtime.js": "localtime.js"}
# Plain text, so Markdown keeps it as a paragraph of its own wherever it stands (lists, admonitions).
_PLACEHOLDER = re.compile(r"(?:<p>)?(ESFOMODIRECTIVE\d+END)(?:</p>)?")
_ID = re.compile(r"""\sid=["']([^"']+)["']""")


def build_time(option: object) -> dt.datetime:
    """"Today" for past deadlines and announcements: the option, else SOURCE_DATE_EPOCH, else now."""
    if isinstance(option, dt.datetime):
        return option if option.tzinfo else option.replace(tzinfo=dt.timezone.utc)
    if isinstance(option, dt.date):
        return dt.datetime.combine(option, dt.time(12), dt.timezone.utc)
    if option:
        text = str(option).strip().replace("T", " ")
        parsed = dt.datetime.fromisoformat(text) if " " in text else dt.datetime.fromisoformat(text + " 12:00")
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc)


def _option_at(config_file: str | None, option: str, root: Path) -> tuple[str, int, int] | None:
    """Where mkdocs.yml sets one of the plugin's options, for error messages."""
    if not config_file or not Path(config_file).is_file():
        return None
    path = Path(config_file)
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if line.lstrip().startswith(f"{option}:"):
            return shown, number, len(line) - len(line.lstrip()) + 1
    return shown, 1, 1


class EsfomoPlugin(BasePlugin[EsfomoConfig]):
    """Turns ``docs/_data`` into pages through ``<!-- esfomo/... -->`` directives."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self._reset()

    def _reset(self) -> None:
        """Forget the last build: MkDocs keeps this instance for the next (it has ``on_startup``)."""
        self.workshop: Workshop | None = None
        self.renderer: Renderer | None = None
        self.images: Images | None = None
        self.edition_urls: dict[str, str] = {}
        self.edition_srcs: dict[str, str] = {}  # edition id -> the page that shows it
        self.missing_pages: dict[str, str] = {}  # edition id -> src path to generate
        self.snapshot: cache.Snapshot | None = None  # what the data alone decides, kept between builds
        self.snapshot_key: tuple[Any, ...] = ()
        self.snapshot_stored = False
        self.calendars: dict[str, bytes] = {}  # site path -> .ics content
        self.media: list[Path] = []  # published JPEG and PNG files, to strip of metadata
        self._html: dict[str, str] = {}  # placeholder -> rendered HTML, for the page being built

    # Having this event makes MkDocs keep the plugin across `mkdocs serve` rebuilds.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_shutdown(self) -> None:
        cache.flush()  # what `mkdocs serve` checked last, for the next build

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        if not self.config.enabled:
            return None
        try:
            build_time(self.config.today)
        except ValueError:
            if self.config.today is None:
                epoch = os.environ.get("SOURCE_DATE_EPOCH")
                raise PluginError(f"SOURCE_DATE_EPOCH='{epoch}' is not a number of seconds") from None
            where = f"{config.config_file_path}: plugins.esfomo.today: '{self.config.today}'"
            raise PluginError(f"{where} is not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM") from None
        if not self.config.google_fonts and config.theme.name == "material":
            config.theme["font"] = False
        for path in STATIC:
            target = config.extra_javascript if path.endswith(".js") else config.extra_css
            if path not in target:
                target.append(path)
        return config

    # Runs before MkDocs cleans the site folder: bad data fails the build with the old site intact.
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        try:
            self.workshop = self.load(config)
        except DataError as exc:
            raise PluginError(str(exc)) from None
        markup.used.clear()
        for warning in self.workshop.warnings:
            log.warning(str(warning))
        if config.strict and self.workshop.warnings:
            count = len(self.workshop.warnings)
            raise PluginError(f"{count} warning{'s' if count > 1 else ''} in the workshop data in strict mode")
        docs_dir = Path(config.docs_dir).resolve()
        self.images = Images(docs_dir, self._cache_dir(config)) if self.config.images else None
        dirs = [Path(d) for d in config.theme.dirs]
        assert self.snapshot is not None and self.workshop.now is not None
        now = self.workshop.now
        self.calendars = {path: calendar.stamped(ics, now) for path, ics in self.snapshot.calendars.items()}
        self.renderer = Renderer(
            self.workshop, dirs, self.images, self.edition_urls, set(self.calendars),
            cache_dir=self._cache_dir(config) / "jinja",
        )

    def _cache_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or config.docs_dir).parent / self.config.cache_dir

    def load(self, config: MkDocsConfig) -> Workshop:
        """Read the data and check every page's directives; raise :class:`DataError` with every error.

        The build and ``esfomo check`` both call this, so they report the same problems.
        """
        self._reset()
        docs_dir = Path(config.docs_dir).resolve()
        root = Path(config.config_file_path or config.docs_dir).parent
        current = str(self.config.current) if self.config.current is not None else None
        data = cache.contents(docs_dir)
        wanted = cache.key(docs_dir, data, current, str(root))
        snapshot = cache.read(self._cache_dir(config), docs_dir, wanted)
        self.snapshot_key, self.snapshot_stored = wanted, snapshot is not None
        if snapshot is None:
            from . import loader  # pydantic and the YAML reader: only when the data changed

            workshop = loader.load_data(
                docs_dir, current=current, current_at=_option_at(config.config_file_path, "current", root),
                shown_root=root, contents=data,
            )
            ics = calendar.calendars(workshop.editions.values())
            snapshot = cache.Snapshot(workshop, ics, {}, {}, calendar.known)
        self.snapshot = snapshot
        self.workshop = snapshot.workshop.as_of(build_time(self.config.today))
        problems = self._scan_pages(root, config)
        if problems:
            raise DataError(problems)
        return self.workshop

    def _scan_pages(self, root: Path, config: MkDocsConfig) -> list[Problem]:
        """Check every page's directives now, and learn which page shows which edition."""
        assert self.workshop is not None
        problems: list[Problem] = []
        self.edition_urls.clear()
        self.edition_srcs.clear()
        editions = set(self.workshop.editions)
        # The pages MkDocs will build (any Markdown extension, exclude_docs honoured). The home
        # page comes first: it is the current edition's page even if others name it too.
        pages = {f.src_uri: Path(f.abs_src_path or "") for f in get_files(config).documentation_pages()
                 if not f.inclusion.is_excluded() and not f.src_uri.startswith("_data/")}
        home = next((uri for uri in ("index.md", "README.md") if uri in pages), None)
        for rel, path in sorted(pages.items(), key=lambda item: (item[0] != home, item[0])):
            shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else rel
            raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
            try:  # MkDocs would fail on it later, with a traceback, after emptying the site folder
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                line, col = raw.count(b"\n", 0, exc.start) + 1, exc.start - raw.rfind(b"\n", 0, exc.start)
                message = f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8"
                problems.append(Problem(shown, line, col, "", message))
                continue
            _, found = directives.find(text, shown, editions)
            problems += found
            _, meta = get_data(text)
            edition = meta.get("edition")
            if edition is not None:
                if str(edition) not in editions:
                    lines = text.splitlines()
                    line = next((n for n, text_line in enumerate(lines[1:], 2) if text_line.startswith("edition:")), 1)
                    message = f"front matter names unknown edition '{edition}'"
                    problems.append(Problem(shown, line, 1, "edition", message))
                else:
                    self.edition_srcs.setdefault(str(edition), rel)
            elif rel == home and self.workshop.current:
                self.edition_srcs.setdefault(self.workshop.current, rel)
        self.missing_pages = {}
        if self.config.edition_pages:
            for eid in self.workshop.editions:
                if eid == self.workshop.current and home is None:
                    self.missing_pages[eid] = "index.md"
                elif eid not in self.edition_srcs:
                    self.missing_pages[eid] = f"{eid}/index.md"
                else:
                    continue
                self.edition_srcs[eid] = self.missing_pages[eid]
        self.edition_urls.update({eid: self._url(src, config) for eid, src in self.edition_srcs.items()})
        return problems

    @staticmethod
    def _url(src: str, config: MkDocsConfig) -> str:
        url = File(src, None, None, config.use_directory_urls).url  # type: ignore[arg-type]  # no folders: url only
        return "" if url == "./" else url  # as Page.url has it for the home page

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        if not self.config.enabled or self.workshop is None:
            return None
        for file in list(files):
            if file.src_uri.startswith("_data/"):
                files.remove(file)  # data is rendered, not published as-is
        if self.images:
            originals = {p.photo for p in self.workshop.people.values() if p.photo}
            for edition in self.workshop.editions.values():
                originals |= {p.photo for people in edition.people.values() for p in people if p.photo}
                if edition.data.banner and edition.data.banner.image:
                    originals.add(edition.data.banner.image)
                originals |= {s.logo for s in edition.data.sponsors if s.logo and not s.logo.lower().endswith(".svg")}
            for file in list(files):
                if file.src_uri in originals:
                    files.remove(file)  # only the resized copies are published
        self.media = [Path(f.abs_dest_path) for f in files.media_files()
                      if f.src_uri.lower().endswith((".jpg", ".jpeg", ".png"))]
        for uri, name in STATIC.items():
            files.append(File.generated(config, uri, abs_src_path=str(ASSETS / name)))
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*config.theme.dirs, TEMPLATES]), keep_trailing_newline=True
        )
        for path, content in self.calendars.items():
            files.append(File.generated(config, path, content=content))
        for eid, src in self.missing_pages.items():
            edition = self.workshop.editions[eid]
            text = env.get_template("esfomo/edition.md").render(edition=edition, workshop=self.workshop)
            files.append(File.generated(config, src, content=text))
        if config.nav is None:
            config.nav = self._nav(files)
        return files

    def _nav(self, files: Files) -> list[Any]:
        """The automatic navigation, with the past editions gathered newest first."""
        assert self.workshop is not None
        home = "index.md"
        # Titles reach Material's templates unescaped: names are plain text, so they are escaped here.
        editions = [(escape(e.data.name), self.edition_srcs[e.id]) for e in self.workshop.editions.values()
                    if self.edition_srcs.get(e.id, home) != home]
        shown = {src for _, src in editions}
        pages = sorted((f for f in files.documentation_pages() if f.inclusion.is_in_nav()), key=file_sort_key)
        nav: list[Any] = nest_paths(f.src_uri for f in pages if f.src_uri not in shown)
        if editions:
            nav.append({"Editions": [{name: src} for name, src in editions]})
        return nav

    # After other plugins' Markdown changes (e.g. macros), before the Markdown is rendered.
    @event_priority(-50)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled or self.renderer is None:
            return None
        editions = set(self.workshop.editions) if self.workshop else set()
        found, problems = directives.find(markdown, page.file.src_uri, editions)
        if problems:
            raise PluginError(str(DataError(problems)))
        page_edition = page.meta.get("edition")
        page_edition = str(page_edition) if page_edition is not None else None
        out, last = [], 0
        for directive in found:
            html = self.renderer.render(directive, page.url, page_edition)
            line_start = markdown.rfind("\n", 0, directive.start) + 1
            indent = markdown[line_start : directive.start]
            placeholder = self._stash(html) if html else ""
            if placeholder and not indent.strip():  # on a line of its own: a block at that indentation
                placeholder = f"\n\n{indent}{placeholder}\n\n{indent}"
            out += [markdown[last : directive.start], placeholder]
            last = directive.end
            if directive.name == "title" and "title" not in page.meta and self.workshop:
                edition = self.workshop.edition(directive.edition or page_edition)
                if edition:
                    page.meta["title"] = escape(edition.data.name)  # Material's templates do not escape it
        self._describe(page)
        return "".join(out) + markdown[last:]

    def _stash(self, html: str) -> str:
        placeholder = f"ESFOMODIRECTIVE{len(self._html)}END"
        self._html[placeholder] = html
        return placeholder

    # First, so that other plugins see the page whole. The rendered HTML skipped Markdown, which
    # would only have passed it through after parsing it twice (MkDocs' anchor scan, then
    # Markdown's HTML blocks): with thousands of cards and papers, most of the build.
    @event_priority(100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self._html:
            return None
        if page.present_anchor_ids is not None:  # links to ids in the rendered HTML are valid
            page.present_anchor_ids.update(i for part in self._html.values() for i in _ID.findall(part))
        content = _PLACEHOLDER.sub(lambda m: self._html.pop(m.group(1), m.group(0)), html)
        if self._html:
            log.warning(f"{page.file.src_uri}: a Markdown extension removed {len(self._html)} rendered directive(s)")
            self._html.clear()
        return content

    def _edition_of(self, page: Page) -> Edition | None:
        """The edition whose page this is (not every page that names an edition)."""
        eid = next((e for e, src in self.edition_srcs.items() if src == page.file.src_uri), None)
        return self.workshop.editions.get(eid or "") if self.workshop else None

    def _describe(self, page: Page) -> None:
        """An edition's page gets its summary as the meta description (search results show it)."""
        edition = self._edition_of(page)
        if edition and "description" not in page.meta:
            data = edition.data
            text = calendar.plain(data.summary) or data.title or calendar.plain(data.subtitle) or data.name
            page.meta["description"] = escape(text)  # Material's templates do not escape it

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Edition pages describe their event for search engines (schema.org JSON-LD)."""
        if not self.config.enabled or self.workshop is None or "</head>" not in output:
            return None
        edition = self._edition_of(page)
        if edition is None:
            return None
        base = config.site_url or ""
        banner = self.renderer.banner_url(edition) if self.renderer else None
        url = base + page.url if base else None
        data = calendar.event_jsonld(edition, url, base + banner if base and banner else None)
        script = f'<script type="application/ld+json">{data}</script>'
        return output.replace("</head>", script + "</head>", 1)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.images:
            try:
                self.images.publish(Path(config.site_dir))  # resizes what the cache lacks, on every core
            except ImageError as exc:
                raise PluginError(str(exc)) from None
        for path in self.media:
            if path.is_file():
                strip_metadata(path)  # images pages use directly are copied as they are
        if self.snapshot:  # kept for the next build once this one has succeeded
            docs_dir = Path(config.docs_dir).resolve()
            settled = self.snapshot.settled(docs_dir)
            learnt = (settled.images, settled.markup) != (self.snapshot.images, self.snapshot.markup)
            if not self.snapshot_stored or learnt:  # new data, or images and Markdown it had not seen
                # `mkdocs serve` writes the last one when it stops
                cache.keep(self._cache_dir(config), docs_dir, self.snapshot_key, settled, write=not self.serving)
