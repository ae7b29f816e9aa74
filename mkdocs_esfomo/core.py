"""The workshop's site whatever engine builds it: which pages show which edition, the pages to generate,
the files to publish and leave out, the navigation, and what each page's directives become.

The MkDocs plugin (``plugin.py``) and the Zensical front-end (``engines/zensical.py``) are thin layers
over one :class:`Site`: they tell it the pages and options, and put what it makes where their engine
wants it.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path
from typing import Any, NamedTuple

import jinja2
from markupsafe import escape
from mkdocs.utils import nest_paths

from . import cache, calendar, checks, directives, pages, paperpages, sharing
from .errors import DataError, Problem
from .extension import Span
from .images import Images
from .importers.alfolio import report as migration
from .markup import Converter
from .render import TEMPLATES, Renderer, relative
from .values import build_time
from .workshop import Edition, Workshop

ASSETS = Path(__file__).parent / "assets"
STATIC = {"assets/esfomo/esfomo.css": "esfomo.css", "assets/esfomo/localtime.js": "localtime.js",
          "assets/esfomo/papers.js": "papers.js"}
# A generated edition page lists up to this many papers itself; more get a page of their own
# (<edition>/papers/), which keeps the edition page light for phones on the day.
INLINE_PAPERS = 40
_ID = re.compile(r"""\sid=["']([^"']+)["']""")


def page_url(src: str, directory_urls: bool = True) -> str:
    """The URL a page is published at (site-relative, ``""`` for the home page), as MkDocs makes it."""
    stem, _ = posixpath.splitext(src)
    folder, name = posixpath.split(stem)
    if name.lower() in ("index", "readme"):
        return f"{folder}/" if folder else ("" if directory_urls else "index.html")
    if directory_urls:
        return f"{stem}/"
    return f"{stem}.html"


def papers_src(edition_src: str) -> str:
    """Where an edition's generated papers page goes: ``papers/`` beside its page (``2024/index.md``
    -> ``2024/papers/index.md``; ``2024.md`` -> ``2024/papers/index.md``)."""
    folder, name = posixpath.split(edition_src)
    base = folder if name in ("index.md", "README.md") else posixpath.splitext(edition_src)[0]
    return posixpath.join(base, "papers/index.md")


def nav_order(srcs: list[str]) -> list[str]:
    """Pages in the order MkDocs' automatic navigation lists them: by path, each folder's index first."""

    def key(src: str) -> tuple[str, ...]:
        parts = src.split("/")
        last = posixpath.splitext(parts[-1])[0].lower()
        return (*parts[:-1], chr(0) if last in ("index", "readme") else parts[-1])

    return sorted(srcs, key=key)


class Options(NamedTuple):
    """The plugin's options, as every front-end gives them."""

    current: str | None = None
    today: object = None
    cache_dir: str = ".cache/esfomo"
    images: bool = True
    edition_pages: bool = True
    paper_pages: bool = True


class Project(NamedTuple):
    """What the core needs to know of a site's configuration, whichever engine read it."""

    root: Path  # the folder of mkdocs.yml: paths in messages are relative to it
    site_name: str
    docs_dir: Path
    config_file: str | None
    site_url: str
    use_directory_urls: bool
    theme_dirs: tuple[Path, ...]
    extensions: frozenset[str] | None  # the Markdown extensions enabled; None: do not check pages' Markdown
    plugins: tuple[str, ...]
    pages: tuple[tuple[str, Path], ...]  # every page the engine builds (src -> file), in MkDocs' order
    in_nav: tuple[str, ...]  # the pages an automatic navigation lists


class Site:
    """One build of the site. Made by a front-end, which owns the :class:`cache.Memory` it is given."""

    def __init__(self, project: Project, options: Options, memory: cache.Memory) -> None:
        self.project, self.options, self.memory = project, options, memory
        self.workshop: Workshop | None = None
        self.snapshot: cache.Snapshot | None = None  # what the data alone decides, kept between builds
        self.snapshot_key: tuple[Any, ...] = ()
        self.snapshot_stored = False
        self.edition_srcs: dict[str, str] = {}  # edition id -> the page that shows it
        self.edition_urls: dict[str, str] = {}
        self.schedule_urls: dict[str, str] = {}  # edition id -> the page that shows its schedule
        self.missing_pages: dict[str, str] = {}  # edition id -> the page to generate for it
        self.paper_urls: dict[str, str] = {}  # edition id -> the page that lists its papers
        self.paper_pages: dict[str, str] = {}  # edition id -> a papers page to generate
        self.paper_plan = paperpages.Plan({}, {}, {}, {})  # a page per paper, and the files to take away
        self.papers: paperpages.PaperPages | None = None  # makes them, once prepared
        self.calendars: dict[str, bytes] = {}  # site path -> .ics content
        self.images: Images | None = None
        self.renderer: Renderer | None = None
        self.markup = Converter(memory.markup, memory.markup_used)
        self.site_name = project.site_name

    @property
    def cache_dir(self) -> Path:
        return self.project.root / self.options.cache_dir

    def shown(self, path: Path) -> str:
        """``path`` as messages name it: relative to the folder of mkdocs.yml."""
        return path.relative_to(self.project.root).as_posix() if path.is_relative_to(self.project.root) else str(path)

    # -- reading: data and pages, every problem at once --

    def load(self) -> Workshop:
        """Read the data and check every page; raise :class:`DataError` with every problem of both.

        The build and ``esfomo check`` both call this, so they report the same problems.
        """
        project, options = self.project, self.options
        docs_dir = project.docs_dir
        current = str(options.current) if options.current is not None else None
        data = cache.contents(docs_dir)
        wanted = cache.key(docs_dir, data, current, str(project.root))
        snapshot = cache.read(self.cache_dir, docs_dir, wanted, self.memory)
        self.snapshot_key, self.snapshot_stored = wanted, snapshot is not None
        problems: list[Problem] = []
        if snapshot is None:
            from . import loader  # pydantic and the YAML reader: only when the data changed

            try:
                workshop = loader.load_data(
                    docs_dir, current=current, current_at=_option_at(project.config_file, "current", project.root),
                    shown_root=project.root, contents=data, memory=self.memory,
                )
            except DataError as exc:  # the pages are checked all the same: one report of everything
                problems = exc.problems
            else:
                ics, self.memory.calendars = calendar.calendars(workshop.editions.values(), self.memory.calendars)
                snapshot = cache.Snapshot(workshop, ics, {}, {}, self.memory.calendars)
        if snapshot is not None:
            self.snapshot = snapshot
            self.workshop = snapshot.workshop.as_of(build_time(options.today))
            editions = set(self.workshop.editions)
        else:  # the edition files' names are the editions pages may name
            editions = {path.stem for path in cache.data_files(docs_dir) if path.parent.name == "editions"}
        problems += self._scan(editions)
        problems += migration.pending(project.root)  # an imported site's MIGRATION.md: what is left to review
        if self.workshop is None or any(not p.warning for p in problems):
            raise DataError(problems)
        self.workshop.warnings = sorted([*self.workshop.warnings, *problems])
        return self.workshop

    def _scan(self, editions: set[str]) -> list[Problem]:
        """Check every page now, and learn which page shows which edition."""
        files = dict(self.project.pages)
        home = next((uri for uri in ("index.md", "README.md") if uri in files), None)
        ordered = sorted(files.items(), key=lambda item: (item[0] != home, item[0]))  # the home page first
        found, problems = pages.scan({rel: (path, self.shown(path)) for rel, path in ordered}, editions,
                                     None if self.project.extensions is None else set(self.project.extensions))
        if self.workshop is None:
            return problems
        schedule_srcs: dict[str, str] = {}
        paper_srcs: dict[str, str] = {}  # edition id -> a page that lists all its papers
        for page in found:
            edition = page.edition or (self.workshop.current if page.src == home else None)
            if edition is not None:
                self.edition_srcs.setdefault(edition, page.src)
            for directive in page.directives:
                shown_edition = directive.edition or edition or self.workshop.current
                if directive.name == "schedule" and shown_edition:
                    schedule_srcs.setdefault(shown_edition, page.src)
                if directive.name == "papers" and "kind" not in directive.options and shown_edition:
                    paper_srcs.setdefault(shown_edition, page.src)
        if self.options.edition_pages:
            for eid in self.workshop.editions:
                if eid == self.workshop.current and home is None:
                    self.missing_pages[eid] = "index.md"
                elif eid not in self.edition_srcs:
                    self.missing_pages[eid] = f"{eid}/index.md"
                else:
                    continue
                self.edition_srcs[eid] = self.missing_pages[eid]
        for eid, src in self.missing_pages.items():  # generated pages show the schedule when there is one
            schedule_srcs.setdefault(eid, src)
        self.edition_urls = {eid: self.url(src) for eid, src in self.edition_srcs.items()}
        self.schedule_urls = {eid: self.url(src) for eid, src in schedule_srcs.items()}
        self._plan_paper_pages(paper_srcs, set(files))
        if self.options.paper_pages:
            self.paper_plan = paperpages.plan(self.workshop, self.edition_srcs, set(files), self.url)
        return problems

    def _plan_paper_pages(self, paper_srcs: dict[str, str], pages: set[str]) -> None:
        """Which page lists each edition's papers: one that places them, the generated edition
        page when they are few, else a papers page generated beside the edition's page."""
        assert self.workshop is not None
        for eid, edition in self.workshop.editions.items():
            if not edition.data.papers or eid in paper_srcs:
                continue
            if eid in self.missing_pages and len(edition.data.papers) <= INLINE_PAPERS:
                paper_srcs[eid] = self.missing_pages[eid]
            elif self.options.edition_pages and eid in self.edition_srcs:
                src = papers_src(self.edition_srcs[eid])
                if src not in pages and src not in self.paper_pages.values():
                    self.paper_pages[eid] = paper_srcs[eid] = src
        self.paper_urls = {eid: self.url(src) for eid, src in paper_srcs.items()}

    def url(self, src: str) -> str:
        return page_url(src, self.project.use_directory_urls)

    def notes(self) -> list[str]:
        """What the site owner should know that is not wrong: printed, never failing a build."""
        assert self.workshop is not None
        found = []
        dated = [(e.id, e.data.first_day) for e in self.workshop.editions.values()]
        current = str(self.options.current) if self.options.current is not None else None
        note = checks.current_note(dated, current, self.workshop.current)
        if note:
            found.append(note)
        if not any(name.split("/")[-1] == "search" for name in self.project.plugins):
            found.append("the site has no search: add `- search` first under `plugins:` in mkdocs.yml for a search "
                         "box (a plugins list replaces MkDocs' default one)")
        if not self.project.site_url:
            found.append("no site_url in mkdocs.yml: edition pages are shared without an image (link previews "
                         "need its absolute address)")
        for eid, count in self.paper_plan.without_id.items():
            found.append(f"{count} paper{'s' if count > 1 else ''} of edition {eid} {'have' if count > 1 else 'has'} "
                         "no id, and so no page of its own: give each an id (import-papers gives OpenReview's)")
        return found

    # -- making: what the pages need --

    def prepare(self) -> None:
        """After :meth:`load`: what renders the directives, the calendars, the resized photos."""
        assert self.workshop is not None and self.snapshot is not None and self.workshop.now is not None
        self.memory.markup_used.clear()
        self.images = Images(self.project.docs_dir, self.cache_dir, self.memory.images) if self.options.images else None
        now = self.workshop.now
        self.calendars = {path: calendar.stamped(ics, now) for path, ics in self.snapshot.calendars.items()}
        self.renderer = Renderer(
            self.workshop, list(self.project.theme_dirs), self.images, self.edition_urls, set(self.calendars),
            cache_dir=self.cache_dir / "jinja", schedule_urls=self.schedule_urls, markup=self.markup,
            paper_urls=self.paper_urls, paper_pages=self.paper_plan.urls,
            paper_files={eid: bib for eid, (bib, _) in self.paper_plan.files.items()},
        )
        self.papers = paperpages.PaperPages(self.workshop, self.paper_plan, self.project.site_url, self.markup)

    def excluded(self, src: str) -> bool:
        """A file of the docs folder that is not published: the data, and photos published resized."""
        return src.startswith("_data/") or src in self._originals()

    def _originals(self) -> set[str]:
        if not self.images or self.workshop is None:
            return set()
        originals = {p.photo for p in self.workshop.people.values() if p.photo}
        for edition in self.workshop.editions.values():
            originals |= {p.photo for people in edition.people.values() for p in people if p.photo}
            if edition.data.banner and edition.data.banner.image:
                originals.add(edition.data.banner.image)
            originals |= {s.logo for s in edition.data.sponsors if s.logo and not s.logo.lower().endswith(".svg")}
        return originals

    def static_files(self) -> dict[str, Path]:
        """The package's own CSS and script, by site path."""
        return {uri: ASSETS / name for uri, name in STATIC.items()}

    def generated_pages(self) -> dict[str, str]:
        """The Markdown of each edition page the docs folder does not have, and of each papers page, by src path."""
        assert self.workshop is not None
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*self.project.theme_dirs, TEMPLATES]), keep_trailing_newline=True
        )
        made = {}
        edition_page = env.get_template("esfomo/edition.md")
        for eid, src in self.missing_pages.items():
            papers = self.paper_pages.get(eid)
            made[src] = edition_page.render(
                edition=self.workshop.editions[eid], workshop=self.workshop,
                papers_page=posixpath.relpath(papers, posixpath.dirname(src)) if papers else None)
        papers_page = env.get_template("esfomo/papers.md")
        for eid, src in self.paper_pages.items():
            back = relative(self.edition_urls[eid], self.url(src))
            made[src] = papers_page.render(edition=self.workshop.editions[eid], workshop=self.workshop,
                                           edition_page=back)
        made.update(dict.fromkeys(self.paper_plan.pages, paperpages.MARKDOWN))
        return made

    def paper_files(self) -> dict[str, bytes]:
        """Each edition's papers as ``papers.bib`` and CSL-JSON ``papers.json``, by site path."""
        return self.papers.files() if self.papers else {}

    def _paper_page(self, src: str) -> paperpages.PaperPages | None:
        """What makes the paper pages, when ``src`` is one."""
        made = self.papers
        return made if made is not None and src in self.paper_plan.pages else None

    def hidden_pages(self) -> set[str]:
        """Generated pages the navigation leaves out: past editions' papers, linked from their edition's page."""
        assert self.workshop is not None
        hidden = {src for eid, src in self.paper_pages.items() if eid != self.workshop.current}
        return hidden | set(self.paper_plan.pages)  # each paper's page is linked from the papers' list

    def nav(self, in_nav: list[str]) -> list[Any]:
        """The automatic navigation (``in_nav``: the pages, in MkDocs' order), past editions gathered newest first."""
        assert self.workshop is not None
        home = "index.md"
        # Titles reach Material's templates unescaped: names are plain text, so they are escaped here.
        editions = [(escape(e.data.name), self.edition_srcs[e.id]) for e in self.workshop.editions.values()
                    if self.edition_srcs.get(e.id, home) != home]
        shown = {src for _, src in editions}
        nav: list[Any] = nest_paths(src for src in in_nav if src not in shown)
        if editions:
            nav.append({"Editions": [{name: src} for name, src in editions]})
        return nav

    # -- each page --

    def edition_of(self, src: str) -> Edition | None:
        """The edition whose page this is (not every page that names an edition)."""
        eid = next((e for e, page in self.edition_srcs.items() if page == src), None)
        return self.workshop.editions.get(eid or "") if self.workshop else None

    def spans(
        self, src: str, text: str, page_edition: str | None, offset: int = 0, base: str | None = None
    ) -> list[Span]:
        """What a page's directives become (and a past edition's notice, first). ``base``: the URL relative
        links are written from, when the engine reads them from elsewhere than the page's own URL."""
        assert self.renderer is not None and self.workshop is not None
        made = self._paper_page(src)
        start = text.find(paperpages.MARKDOWN.strip()) if made else -1
        if made and start >= 0:  # a paper's page: its HTML in place of its one line
            eid = self.paper_plan.pages[src].edition
            urls = {"edition": self.edition_urls.get(eid), "papers": self.paper_urls.get(eid),
                    "schedule": self.schedule_urls.get(eid)}
            html = made.content(self.renderer, src, self.url(src), base, urls)
            return [Span(start, start + len(paperpages.MARKDOWN.strip()), html, text.count("\n", 0, start) + 1)]
        found, problems = directives.find(text, src, set(self.workshop.editions))
        if problems:  # a directive another plugin wrote into the page
            raise DataError(problems)
        url = self.url(src)
        spans = [Span(d.start, d.end, self.renderer.render(d, url, page_edition, base=base), d.line + offset)
                 for d in found]
        edition = self.edition_of(src)
        notice = self.renderer.notice(edition, url, base=base) if edition else ""
        if notice:
            spans.insert(0, Span(0, 0, notice, 1))
        return spans

    def title(self, src: str, markdown: str, page_edition: str | None) -> str | None:
        """The title a page takes from the edition its ``esfomo/title`` shows (escaped: themes do not)."""
        assert self.workshop is not None
        paper_page = self.paper_plan.pages.get(src)
        if paper_page is not None:  # a paper's page is named after the paper
            return escape(self.workshop.editions[paper_page.edition].papers[paper_page.paper].title)
        found, _ = directives.find(markdown, src, set(self.workshop.editions))
        title = next((d for d in found if d.name == "title"), None)
        edition = self.workshop.edition(title.edition or page_edition) if title else None
        return escape(edition.data.name) if edition else None

    def description(self, src: str) -> str | None:
        """An edition's page is described by its summary (search results and link previews show it), a
        paper's by its abstract."""
        if made := self._paper_page(src):
            text = made.description(src)
            return escape(text) if text else None
        edition = self.edition_of(src)
        if edition is None:
            return None
        data = edition.data
        return escape(self.markup.plain(data.summary) or data.title or self.markup.plain(data.subtitle) or data.name)

    def tab_title(self, src: str) -> str | None:
        """An edition page's browser tab names the workshop in full."""
        edition = self.edition_of(src)
        if edition is None or not edition.data.title or edition.data.title == edition.data.name:
            return None
        return escape(f"{edition.data.name}: {edition.data.title}")

    def head(self, src: str) -> str:
        """What an edition's page adds to its ``<head>``: schema.org JSON-LD for search engines; a paper's page,
        the tags Google Scholar indexes it by."""
        if made := self._paper_page(src):
            return made.head(src)
        edition = self.edition_of(src)
        if edition is None or self.renderer is None:
            return ""
        base = self.project.site_url or ""
        banner = self.renderer.banner_url(edition)
        url = base + self.url(src) if base else None
        image = base + banner if base and banner else None
        data = calendar.event_jsonld(edition, url, image, self.markup)
        tags = sharing.meta_tags(edition, self.site_name, url, image, self.markup)
        return f'{tags}<script type="application/ld+json">{data}</script>'

    def moments(self) -> list[float]:
        """When the pages change by themselves (as timestamps): a deadline passes, an announcement starts or ends."""
        assert self.workshop is not None
        found = []
        for edition in self.workshop.editions.values():
            found += [d.at.timestamp() for d in edition.deadlines]
            zone = edition.zone or dt.timezone.utc
            for item in edition.data.announcements:
                if item.from_:
                    found.append(dt.datetime.combine(item.from_, dt.time(), zone).timestamp())
                if item.until:
                    found.append(dt.datetime.combine(item.until + dt.timedelta(days=1), dt.time(), zone).timestamp())
        return sorted(found)

    @staticmethod
    def anchor_ids(spans: list[Span]) -> set[str]:
        """The ids the directives' HTML holds, which links on the page may point to."""
        return {i for span in spans for i in _ID.findall(span.html)}

    # -- after the build --

    def publish(self, site_dir: Path) -> None:
        """Copy the resized photos the pages use into the built site."""
        if self.images:
            self.images.publish(site_dir)

    def keep(self, *, write: bool) -> None:
        """Keep what the data decided for the next build, once this one has succeeded (``write``: on disk now;
        else when the front-end flushes its memory, as ``mkdocs serve`` does when it stops)."""
        if not self.snapshot:
            return
        settled = self.snapshot.settled(self.project.docs_dir, self.memory)
        learnt = (settled.images, settled.markup) != (self.snapshot.images, self.snapshot.markup)
        if not self.snapshot_stored or learnt:  # new data, or images and Markdown it had not seen
            cache.keep(self.cache_dir, self.project.docs_dir, self.snapshot_key, settled, self.memory, write=write)


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
