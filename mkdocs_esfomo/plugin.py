"""MkDocs wiring: each event handler is thin; the site itself is made by :class:`build.Site`."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel, file_sort_key, get_files
from mkdocs.structure.pages import Page

from . import build, cache, serve, values
from .config import EsfomoConfig
from .errors import DataError
from .outputs.images import ImageError, strip_metadata
from .render.extension import DirectivesExtension, Span, anchor_ids
from .workshop import Workshop

log = logging.getLogger("mkdocs.plugins.esfomo")
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)


def project(config: MkDocsConfig) -> build.Project:
    """What the core needs of an MkDocs config: the pages MkDocs builds (any Markdown extension,
    ``exclude_docs`` honoured), its Markdown extensions and plugins."""
    docs_dir = Path(config.docs_dir).resolve()
    every = [f for f in get_files(config) if not f.inclusion.is_excluded() and not f.src_uri.startswith("_data/")]
    files = [f for f in every if f.is_documentation_page()]
    in_nav = [f.src_uri for f in sorted(files, key=file_sort_key) if f.inclusion.is_in_nav()]
    from .render.pages import extension_names

    return build.Project(
        root=Path(config.config_file_path or config.docs_dir).parent.resolve(),
        site_name=config.site_name,
        docs_dir=docs_dir,
        config_file=config.config_file_path,
        site_url=config.site_url or "",
        use_directory_urls=config.use_directory_urls,
        theme_dirs=tuple(Path(d) for d in config.theme.dirs),
        extensions=frozenset(extension_names(config.markdown_extensions)),
        plugins=tuple(config.plugins),
        pages=tuple((f.src_uri, Path(f.abs_src_path or "")) for f in files),
        others=tuple(Path(f.abs_src_path) for f in every if f.abs_src_path and not f.is_documentation_page()),
        in_nav=tuple(in_nav),
        features=tuple(str(f) for f in config.theme.get("features") or ()),
    )


def options(plugin_config: EsfomoConfig) -> build.Options:
    return build.Options(
        current=str(plugin_config.current) if plugin_config.current is not None else None,
        today=plugin_config.today,
        cache_dir=plugin_config.cache_dir,
        images=plugin_config.images,
        edition_pages=plugin_config.edition_pages,
        paper_pages=plugin_config.paper_pages,
    )


class EsfomoPlugin(BasePlugin[EsfomoConfig]):
    """Turns ``docs/_data`` into pages through ``<!-- esfomo/... -->`` directives."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self.serving = False
        self.watch = serve.BuildWatch()  # under `mkdocs serve`: what the last build reported
        self.memory = cache.Memory()  # what this instance keeps from build to build
        # Replaces each page's directives; told what to put there for each page (on_page_markdown).
        self.extension = DirectivesExtension(warn=log.warning)
        self.site: build.Site | None = None
        self.checked: MkDocsConfig | None = None  # the config load() read the data for, before its build
        self._spans: list[Span] = []  # what the page being built's directives became
        self._whole: str | None = None  # the HTML of a page the plugin makes whole (no Markdown to convert)
        self._media: list[Path] = []

    @property
    def workshop(self) -> Workshop | None:
        return self.site.workshop if self.site else None

    # Having this event makes MkDocs keep the plugin across `mkdocs serve` rebuilds.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        """While a rebuild has failed, pages answer with its problems instead of waiting for a fix."""
        return self.watch.install(server)

    def on_shutdown(self) -> None:
        cache.flush(self.memory)  # what `mkdocs serve` checked last, for the next build

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if self.checked is not config:  # `esfomo build` checks the data first: the build uses what it read
            self.site = None  # MkDocs keeps this instance for the next build: forget the last one
        if not self.config.enabled:
            return None
        try:
            values.build_time(self.config.today)
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
        for path in build.STATIC:
            target = config.extra_javascript if path.endswith(".js") else config.extra_css
            if path not in target:
                target.append(path)
        return config

    def load(self, config: MkDocsConfig) -> Workshop:
        """Read the data and check every page, as the build does (``esfomo check`` calls this)."""
        self.site = build.Site(project(config), options(self.config), self.memory)
        self.checked = config
        return self.site.load()

    def notes(self, config: MkDocsConfig) -> list[str]:
        assert self.site is not None
        return self.site.notes()

    # Runs before MkDocs cleans the site folder: bad data fails the build with the old site intact.
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        checked, self.checked = self.checked is config and self.site and self.site.workshop, None
        try:
            workshop = checked or self.load(config)
        except DataError as exc:
            raise PluginError(str(exc)) from None
        self.checked = None
        assert self.site is not None
        for warning in workshop.warnings:
            log.warning(str(warning))
        for note in self.site.notes():
            log.info(f"esfomo: {note}")
        if config.strict and workshop.warnings:
            count = len(workshop.warnings)
            raise PluginError(f"{count} warning{'s' if count > 1 else ''} in the workshop data in strict mode")
        self.site.prepare()

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        site = self.site
        if not self.config.enabled or site is None:
            return None
        named = build.named_files(Path(f.abs_src_path).read_text(encoding="utf-8", errors="replace")
                                  for f in files.documentation_pages() if f.abs_src_path)  # fmt: skip
        for file in list(files):
            if site.excluded(file.src_uri, named):
                files.remove(file)  # data is rendered, photos are published resized (unless a page names one)
        self._media = [Path(f.abs_dest_path) for f in files.media_files()
                       if f.src_uri.lower().endswith((".jpg", ".jpeg", ".png"))]
        for uri, path in site.static_files().items():
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        for uri, content in site.calendars.items():
            files.append(File.generated(config, uri, content=content))
        for uri, make in site.paper_files().items():
            files.append(MadeFile.made(config, uri, make))
        hidden = site.hidden_pages()
        for src, text in site.generated_pages().items():
            shown = InclusionLevel.NOT_IN_NAV if src in hidden else InclusionLevel.UNDEFINED
            files.append(File.generated(config, src, content=text, inclusion=shown))
        if config.nav is None:
            pages = sorted((f for f in files.documentation_pages() if f.inclusion.is_in_nav()), key=file_sort_key)
            config.nav = site.nav([f.src_uri for f in pages])
        return files

    # After other plugins' Markdown changes (e.g. macros), before the Markdown is rendered: tells the
    # Markdown extension what to put in place of this page's directives.
    @event_priority(-50)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        site = self.site
        if not self.config.enabled or site is None or site.renderer is None:
            return None
        source = page.file.content_string if page.file.abs_src_path else markdown
        offset = source.count("\n", 0, len(source) - len(markdown)) if source.endswith(markdown) else 0
        src = page.file.src_uri
        page_edition = str(page.meta["edition"]) if page.meta.get("edition") is not None else None

        def spans(text: str) -> list[Span]:
            try:
                self._spans = site.spans(src, text, page_edition, offset)
            except DataError as exc:  # a directive another plugin wrote into the page
                raise PluginError(str(exc)) from None
            return self._spans

        self._spans = []
        self.extension.page = site.shown(Path(page.file.abs_src_path)) if page.file.abs_src_path else src
        self.extension.finder = spans
        if "title" not in page.meta and (title := site.title(src, markdown, page_edition)):
            page.meta["title"] = title  # the page is named after the edition its title shows
        if "description" not in page.meta and (description := site.description(src)):
            page.meta["description"] = description
        if "hide" not in page.meta and site.bare(src, markdown):
            page.meta["hide"] = ["navigation"]
        if (whole := site.whole_page(src, markdown)) is not None:  # nothing for Markdown to do: put in place after it
            self.extension.finder, self._whole, self._spans = None, whole.html, [whole]
            return ""
        return None

    # First, so that other plugins see the page whole: links to ids in the directives' HTML are valid
    # (MkDocs looks for ids in the Markdown's own raw HTML only).
    @event_priority(100)
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        self.extension.finder = None
        if self._spans and page.present_anchor_ids is not None:
            page.present_anchor_ids.update(anchor_ids(self._spans))
        self._spans, whole, self._whole = [], self._whole, None
        return whole

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """An edition's page: its full title in the tab, its event described for search engines."""
        site = self.site
        if not self.config.enabled or site is None or "</head>" not in output:
            return None
        src = page.file.src_uri
        title = site.tab_title(src)
        if title:
            output = _TITLE.sub(lambda _: f"<title>{title}</title>", output, count=1)
        head = site.head(src)
        return output.replace("</head>", head + "</head>", 1) if head else output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.site is None:
            return
        try:
            self.site.publish(Path(config.site_dir))  # resizes what the cache lacks, on every core
        except ImageError as exc:
            raise PluginError(str(exc)) from None
        for path in self._media:
            if path.is_file():
                strip_metadata(path)  # images pages use directly are copied as they are
        self.site.keep(write=not self.serving)  # `mkdocs serve` writes the last one when it stops


class MadeFile(File):
    """A generated file whose content is made each time it is asked for (as MkDocs writes it), not held
    for the whole build: an edition's papers.json of 1,500 papers is megabytes."""

    make: Callable[[], bytes]

    @classmethod
    def made(cls, config: MkDocsConfig, uri: str, make: Callable[[], bytes]) -> MadeFile:
        file = cls.generated(config, uri, content=b"")
        assert isinstance(file, MadeFile)
        file.make = make
        return file

    @property
    def content_bytes(self) -> bytes:
        return self.make()

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self.make = lambda: value

    @property
    def content_string(self) -> str:
        return self.make().decode("utf-8-sig")

    @content_string.setter
    def content_string(self, value: str) -> None:
        self.make = lambda: value.encode()

    def copy_file(self, dirty: bool = False) -> None:
        os.makedirs(os.path.dirname(self.abs_dest_path), exist_ok=True)
        with open(self.abs_dest_path, "wb") as output:
            output.write(self.make())
