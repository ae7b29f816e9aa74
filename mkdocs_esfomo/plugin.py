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

from . import cache, calendar, checks, directives, markup, pages, serve
from .config import EsfomoConfig
from .errors import DataError, Problem
from .extension import DirectivesExtension, Span
from .images import Images, strip_metadata
from .importers.alfolio import report as migration
from .render import TEMPLATES, Renderer
from .site import Edition, Workshop

log = logging.getLogger("mkdocs.plugins.esfomo")
ASSETS = Path(__file__).parent / "assets"
STATIC = {"assets/esfomo/esfomo.css": "esfomo.css", "assets/esfomo/localtime.js": "localtime.js"}
_ID = re.compile(r"""\sid=["']([^"']+)["']""")
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)


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
        self.watch = serve.BuildWatch()  # under `mkdocs serve`: what the last build reported
        # Replaces each page's directives; told what to put there for each page (on_page_markdown).
        self.extension = DirectivesExtension(warn=log.warning)
        self._reset()

    def _reset(self) -> None:
        """Forget the last build: MkDocs keeps this instance for the next (it has ``on_startup``)."""
        self.workshop: Workshop | None = None
        self.renderer: Renderer | None = None
        self.images: Images | None = None
        self.edition_urls: dict[str, str] = {}
        self.edition_srcs: dict[str, str] = {}  # edition id -> the page that shows it
        self.schedule_urls: dict[str, str] = {}  # edition id -> the page that shows its schedule
        self.missing_pages: dict[str, str] = {}  # edition id -> src path to generate
        self.snapshot: cache.Snapshot | None = None  # what the data alone decides, kept between builds
        self.snapshot_key: tuple[Any, ...] = ()
        self.snapshot_stored = False
        self.calendars: dict[str, bytes] = {}  # site path -> .ics content
        self.media: list[Path] = []  # published JPEG and PNG files, to strip of metadata
        self._rendered: list[str] = []  # the HTML of the page being built's directives

    # Having this event makes MkDocs keep the plugin across `mkdocs serve` rebuilds.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """While a rebuild has failed, pages answer with its problems instead of waiting for a fix."""
        return self.watch.install(server)

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
        self.extension.finder = None
        config.markdown_extensions.append(self.extension)  # MkDocs takes instances as names
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
        for note in self.notes(config):
            log.info(f"esfomo: {note}")
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
            cache_dir=self._cache_dir(config) / "jinja", schedule_urls=self.schedule_urls,
        )

    def notes(self, config: MkDocsConfig) -> list[str]:
        """What the site owner should know that is not wrong: printed, never failing a build."""
        assert self.workshop is not None
        found = []
        dated = [(e.id, e.data.first_day) for e in self.workshop.editions.values()]
        current = str(self.config.current) if self.config.current is not None else None
        note = checks.current_note(dated, current, self.workshop.current)
        if note:
            found.append(note)
        if not any(name.split("/")[-1] == "search" for name in config.plugins):
            found.append("the site has no search: add `- search` first under `plugins:` in mkdocs.yml for a search "
                         "box (a plugins list replaces MkDocs' default one)")
        return found

    def _cache_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or config.docs_dir).parent / self.config.cache_dir

    def load(self, config: MkDocsConfig) -> Workshop:
        """Read the data and check every page; raise :class:`DataError` with every error of both.

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
        problems: list[Problem] = []
        if snapshot is None:
            from . import loader  # pydantic and the YAML reader: only when the data changed

            try:
                workshop = loader.load_data(
                    docs_dir, current=current, current_at=_option_at(config.config_file_path, "current", root),
                    shown_root=root, contents=data,
                )
            except DataError as exc:  # the pages are checked all the same: one report of everything
                problems = exc.problems
            else:
                ics = calendar.calendars(workshop.editions.values())
                snapshot = cache.Snapshot(workshop, ics, {}, {}, calendar.known)
        if snapshot is not None:
            self.snapshot = snapshot
            self.workshop = snapshot.workshop.as_of(build_time(self.config.today))
            editions = set(self.workshop.editions)
        else:  # the edition files' names are the editions pages may name
            editions = {path.stem for path in cache.data_files(docs_dir) if path.parent.name == "editions"}
        problems += self._scan_pages(root, config, editions)
        problems += migration.pending(root)  # an imported site's MIGRATION.md: what is left to review
        if self.workshop is None or any(not p.warning for p in problems):
            raise DataError(problems)
        self.workshop.warnings = sorted([*self.workshop.warnings, *problems])
        return self.workshop

    def _scan_pages(self, root: Path, config: MkDocsConfig, editions: set[str]) -> list[Problem]:
        """Check every page now, and learn which page shows which edition."""
        self.edition_urls.clear()
        self.edition_srcs.clear()
        self.schedule_urls.clear()
        # The pages MkDocs will build (any Markdown extension, exclude_docs honoured). The home
        # page comes first: it is the current edition's page even if others name it too.
        files = {f.src_uri: Path(f.abs_src_path or "") for f in get_files(config).documentation_pages()
                 if not f.inclusion.is_excluded() and not f.src_uri.startswith("_data/")}
        home = next((uri for uri in ("index.md", "README.md") if uri in files), None)
        ordered = sorted(files.items(), key=lambda item: (item[0] != home, item[0]))
        shown = {rel: (path, path.relative_to(root).as_posix() if path.is_relative_to(root) else rel)
                 for rel, path in ordered}
        found, problems = pages.scan(shown, editions, pages.extension_names(config.markdown_extensions))
        if self.workshop is None:
            return problems
        schedule_srcs: dict[str, str] = {}
        for page in found:
            edition = page.edition or (self.workshop.current if page.src == home else None)
            if edition is not None:
                self.edition_srcs.setdefault(edition, page.src)
            for directive in page.directives:
                shown_edition = directive.edition or edition or self.workshop.current
                if directive.name == "schedule" and shown_edition:
                    schedule_srcs.setdefault(shown_edition, page.src)
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
        for eid, src in self.missing_pages.items():  # generated pages show the schedule when there is one
            schedule_srcs.setdefault(eid, src)
        self.schedule_urls.update({eid: self._url(src, config) for eid, src in schedule_srcs.items()})
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

    # After other plugins' Markdown changes (e.g. macros), before the Markdown is rendered: tells the
    # Markdown extension what to put in place of this page's directives.
    @event_priority(-50)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        if not self.config.enabled or self.renderer is None:
            return None
        source = page.file.content_string if page.file.abs_src_path else markdown
        offset = source.count("\n", 0, len(source) - len(markdown)) if source.endswith(markdown) else 0
        page_edition = page.meta.get("edition")
        page_edition = str(page_edition) if page_edition is not None else None
        self._rendered = []
        docs, root = Path(config.docs_dir).resolve(), Path(config.config_file_path or config.docs_dir).parent.resolve()
        shown_docs = docs.relative_to(root).as_posix() + "/" if docs.is_relative_to(root) else ""
        self.extension.page = shown_docs + page.file.src_uri  # as the page scan names it
        self.extension.finder = lambda text: self._spans(text, page, page_edition, offset)
        if "title" not in page.meta and self.workshop:  # the page is named after the edition its title shows
            found, _ = directives.find(markdown, page.file.src_uri, set(self.workshop.editions))
            title = next((d for d in found if d.name == "title"), None)
            edition = self.workshop.edition(title.edition or page_edition) if title else None
            if edition:
                page.meta["title"] = escape(edition.data.name)  # Material's templates do not escape it
        self._describe(page)
        return None

    def _spans(self, text: str, page: Page, page_edition: str | None, offset: int) -> list[Span]:
        """What the extension puts in place of the page's directives: their HTML (and a past edition's notice)."""
        assert self.renderer is not None and self.workshop is not None
        found, problems = directives.find(text, page.file.src_uri, set(self.workshop.editions))
        if problems:  # a directive another plugin wrote into the page
            raise PluginError(str(DataError(problems)))
        spans = [Span(d.start, d.end, self.renderer.render(d, page.url, page_edition), d.line + offset)
                 for d in found]
        edition = self._edition_of(page)
        notice = self.renderer.notice(edition, page.url) if edition else ""
        if notice:
            spans.insert(0, Span(0, 0, notice, 1))
        self._rendered = [span.html for span in spans]
        return spans

    # First, so that other plugins see the page whole: links to ids in the directives' HTML are valid
    # (MkDocs looks for ids in the Markdown's own raw HTML only).
    @event_priority(100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        self.extension.finder = None
        if self._rendered and page.present_anchor_ids is not None:
            page.present_anchor_ids.update(i for part in self._rendered for i in _ID.findall(part))
        self._rendered = []
        return None

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
        if edition.data.title and edition.data.title != edition.data.name:  # the tab names the workshop in full
            title = escape(f"{edition.data.name}: {edition.data.title}")
            output = _TITLE.sub(lambda _: f"<title>{title}</title>", output, count=1)
        return output.replace("</head>", script + "</head>", 1)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.images:
            self.images.publish(Path(config.site_dir))
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
