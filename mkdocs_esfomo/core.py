"""The workshop's site whatever engine builds it: which pages show which edition, the pages to generate,
the files to publish and leave out, the navigation, and what each page's directives become.

The MkDocs plugin (``plugin.py``) and the Zensical front-end (``engines/zensical.py``) are thin layers
over one :class:`Site`: they tell it the pages and options, and put what it makes where their engine
wants it.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import re
from pathlib import Path
from typing import Any, NamedTuple

import jinja2
from markupsafe import escape
from mkdocs.utils import nest_paths

from . import cache, calendar, directives, pages, paperpages, paths, rendered, sharing
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


_HEADING = re.compile(r"^(#{1,6})(?:[ \t].*)?$", re.MULTILINE)


def empty_headings(text: str, spans: list[Span], offset: int = 0) -> list[Span]:
    """The headings to leave out with the directives under them: those whose section (up to the next heading)
    holds nothing but directives that rendered nothing. A section with no data is not published, nor in the
    table of contents."""
    empty = [(s.start, s.end) for s in spans if not s.html]
    if not empty:
        return []
    code = directives.code_spans(text)
    headings = [m for m in _HEADING.finditer(text) if not any(a <= m.start() < b for a, b in code)]
    dropped = []
    for i, heading in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        inside = [(a, b) for a, b in empty if heading.end() <= a and b <= end]
        rest, last = [], heading.end()
        for a, b in inside:
            rest.append(text[last:a])
            last = b
        rest.append(text[last:end])
        if inside and not "".join(rest).strip():
            dropped.append(Span(heading.start(), heading.end(), "", text.count("\n", 0, heading.start()) + 1 + offset))
    return dropped


def _lone_page(entry: Any) -> Any:
    """A folder that holds only its index page is that page in the navigation, named by its title
    ("Call for papers"), not a section named after the folder ("Call") around it."""
    if isinstance(entry, dict) and len(entry) == 1:
        (children,) = entry.values()
        if len(children) == 1 and isinstance(children[0], str) and posixpath.basename(children[0]) in (
                "index.md", "README.md"):
            return children[0]
    return entry


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
    others: tuple[Path, ...] = ()  # the other files of the docs folder the engine publishes (images, downloads)


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
        self.kept: rendered.Kept | None = None  # the directives' HTML, made once for given inputs
        self.digests: dict[str, str] = {}  # edition id -> the digest of its data (rendered.data_digests)
        self.scanned: dict[str, pages.Page] = {}  # src -> the page as load() read it, its directives found
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
        linked = [str(path) for path in cache.linked_out(docs_dir)]  # refused by the loader, not hidden by a snapshot
        wanted = cache.key(docs_dir, data, current, str(project.root), linked)
        self.digests = rendered.data_digests(data)
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
        problems += self._unfrozen()
        problems += migration.pending(project.root)  # an imported site's MIGRATION.md: what is left to review
        if self.workshop is None or any(not p.warning for p in problems):
            raise DataError(problems)
        self.workshop.warnings = sorted([*self.workshop.warnings, *problems])
        return self.workshop

    def _scan(self, editions: set[str]) -> list[Problem]:
        """Check every page now, and learn which page shows which edition."""
        files = dict(self.project.pages)
        project = paths.project_of(self.project.docs_dir)
        # A link to a file elsewhere on the machine (a pull request's docs/x.md -> /etc/passwd): never read
        # nor published.
        outside = [path for path in [*files.values(), *self.project.others] if paths.outside(path, project)]
        linked = [Problem(self.shown(path), 1, 1, "", paths.LINKED_OUT) for path in outside]
        files = {src: path for src, path in files.items() if path not in outside}
        home = next((uri for uri in ("index.md", "README.md") if uri in files), None)
        ordered = sorted(files.items(), key=lambda item: (item[0] != home, item[0]))  # the home page first
        found, problems = pages.scan({rel: (path, self.shown(path)) for rel, path in ordered}, editions,
                                     None if self.project.extensions is None else set(self.project.extensions))
        problems += linked
        self.scanned = {page.src: page for page in found}
        if self.workshop is None:
            return problems
        schedule_srcs: dict[str, str] = {}
        paper_srcs: dict[str, str] = {}  # edition id -> a page that lists all its papers
        for page in found:
            edition = page.edition or (self.workshop.current if page.src == home else None)
            if page.src == home and edition is not None:  # the home page is its edition's page
                self.edition_srcs.setdefault(edition, page.src)
            # An edition's own page is one titled with it: a page that only names an edition (a call for
            # papers showing its dates) leaves the edition its own page.
            for titled in {d.edition or edition for d in page.directives if d.name in ("title", "hero")} - {None}:
                self.edition_srcs.setdefault(str(titled), page.src)
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

    def _unfrozen(self) -> list[Problem]:
        """A warning for each edition that is over and still shows people as people.yml has them now, while a
        later edition is being prepared with people.yml: its page would change with them."""
        if self.workshop is None:
            return []
        editions = list(self.workshop.editions.values())
        found = []
        for edition in editions:
            follows, last_day = edition.follows, edition.data.last_day
            if not edition.past or not follows.ids or last_day is None:
                continue
            if not any(e.draft or (e.data.first_day or dt.date.min) > last_day for e in editions):
                continue
            names = ", ".join(follows.ids[:3]) + (f" and {len(follows.ids) - 3} more" if len(follows.ids) > 3 else "")
            message = (f"{edition.id} is over but shows {names} as people.yml has them now, so its page changes "
                       f"when people.yml does: run `esfomo freeze {edition.id}` to keep them as they were")
            from . import yamlsource  # the YAML reader: only for this warning's position

            doc, _ = yamlsource.read(self.project.root / edition.source, edition.source)
            line, col = doc.where(follows.first) if doc else (1, 1)
            found.append(Problem(edition.source, line, col, yamlsource.dotted(follows.first), message, warning=True))
        return found

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
        for edition in self.workshop.editions.values():
            if edition.draft and edition.id != self.workshop.current:
                why = "draft: true" if edition.data.draft else "no date yet"
                found.append(f"{edition.id} is in preparation ({why}): its page says so; it becomes the current "
                             f"edition once it has a date, is no draft, and {self.workshop.current} is over")
        current = self.workshop.editions.get(self.workshop.current or "")
        later = [e for e in self.workshop.editions.values() if current and not self.workshop.pinned and not e.draft
                 and e.data.first_day and current.data.first_day and e.data.first_day > current.data.first_day]
        if current and later:  # the default once was the latest date: say why the home page is not that one
            found.append(f"{later[0].id} has a later date, but {current.id} is the current edition until its last "
                         f"day ({current.data.last_day}): the home page shows the next edition not yet over; set "
                         f"`current: \"{later[0].id}\"` in the esfomo plugin's options to show {later[0].id} now")
        found += placeholders(self.project.docs_dir, self.project.root)
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
        self.memory.html_used.clear()
        cache.read_html(self.cache_dir, self.memory)
        self.kept = rendered.Kept(self.memory.html, self.memory.html_used, rendered.build_digest(self, TEMPLATES),
                                  self.digests, self.images, rendered.overridden(self.project.theme_dirs))
        self.papers = paperpages.PaperPages(self.workshop, self.paper_plan, self.project.site_url, self.markup)

    def excluded(self, src: str) -> bool:
        """A file of the docs folder that is not published: the data, and photos published resized."""
        return src.startswith("_data/") or src in self._originals

    @functools.cached_property  # asked for every file of the docs folder
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
        nav: list[Any] = [_lone_page(entry) for entry in nest_paths(src for src in in_nav if src not in shown)]
        papers = set(self.paper_pages.values())  # titled for the browser's tab, named shortly in the navigation
        nav = [{"Accepted papers": entry} if isinstance(entry, str) and entry in papers else entry for entry in nav]
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
        assert self.renderer is not None and self.workshop is not None and self.kept is not None
        renderer, kept = self.renderer, self.kept
        made = self._paper_page(src)
        start = text.find(paperpages.MARKDOWN.strip()) if made else -1
        if made and start >= 0:  # a paper's page: its HTML in place of its one line
            paper = self.paper_plan.pages[src]
            urls = {"edition": self.edition_urls.get(paper.edition), "papers": self.paper_urls.get(paper.edition),
                    "schedule": self.schedule_urls.get(paper.edition)}
            url = self.url(src)
            html = kept.html("paper", paper.edition, {"paper": paper.paper}, url, base,
                             functools.partial(made.content, renderer, src, url, base, urls))
            return [Span(start, start + len(paperpages.MARKDOWN.strip()), html, text.count("\n", 0, start) + 1)]
        found, problems = self._find(src, text)
        if problems:  # a directive another plugin wrote into the page
            raise DataError(problems)
        url = self.url(src)
        spans = []
        for d in found:
            make = functools.partial(renderer.render, d, url, page_edition, base=base)
            html = kept.html(d.name, d.edition or page_edition or self.workshop.current or "", d.options, url, base,
                             make)
            spans.append(Span(d.start, d.end, html if html.strip() else "", d.line + offset))
        spans = sorted([*spans, *empty_headings(text, spans, offset)])
        edition = self.edition_of(src)
        notice = kept.html("notice", edition.id, {}, url, base, lambda: renderer.notice(edition, url, base=base),
                           also=self.workshop.current or "") if edition else ""
        if notice:
            spans.insert(0, Span(0, 0, notice, 1))
        return spans

    def _find(self, src: str, text: str) -> tuple[list[directives.Directive], list[Problem]]:
        assert self.workshop is not None
        return pages.directives_in(self.scanned.get(src), text, src, set(self.workshop.editions))

    def title(self, src: str, markdown: str, page_edition: str | None) -> str | None:
        """The title a page takes from the edition its ``esfomo/title`` or ``esfomo/hero`` shows (escaped:
        themes do not)."""
        assert self.workshop is not None
        paper_page = self.paper_plan.pages.get(src)
        if paper_page is not None:  # a paper's page is named after the paper
            return escape(self.workshop.editions[paper_page.edition].papers[paper_page.paper].title)
        found, _ = self._find(src, markdown)
        title = next((d for d in found if d.name in ("title", "hero")), None)
        edition = self.workshop.edition(title.edition or page_edition) if title else None
        return escape(edition.data.name) if edition else None

    def bare(self, src: str, markdown: str) -> bool:
        """An event page, without the navigation sidebar beside it: a page whose top is an edition's hero,
        or one the package generates (the tabs and the menu on a phone still lead everywhere)."""
        assert self.workshop is not None
        if src in self.missing_pages.values() or src in self.paper_pages.values():
            return True
        found, _ = directives.find(markdown, src, set(self.workshop.editions))
        return any(d.name == "hero" for d in found)

    def description(self, src: str) -> str | None:
        """An edition's page is described by its summary (search results and link previews show it), a papers
        page by what it lists, a paper's by its abstract."""
        assert self.workshop is not None
        if made := self._paper_page(src):
            text = made.description(src)
            return escape(text) if text else None
        papers = next((self.workshop.editions[eid] for eid, page in self.paper_pages.items() if page == src), None)
        if papers is not None:
            return escape(f"The {len(papers.data.papers)} papers accepted at {papers.data.name}.")
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
        if self.kept is not None:
            cache.keep_html(self.cache_dir, self.memory, changed=bool(self.kept.made), write=write)
        settled = self.snapshot.settled(self.project.docs_dir, self.memory)
        learnt = (settled.images, settled.markup) != (self.snapshot.images, self.snapshot.markup)
        if not self.snapshot_stored or learnt:  # new data, or images and Markdown it had not seen
            cache.keep(self.cache_dir, self.project.docs_dir, self.snapshot_key, settled, self.memory, write=write)


# The starter's example values: left in the data, they would be published as if they were real.
_PLACEHOLDER = re.compile(r"""[^\s"',{}\[\]]*\bexample\.(?:org|com|net)\b[^\s"',{}\[\]]*"""
                          r"|\bExample (?:Conference|Labs)\b")


def placeholders(docs_dir: Path, root: Path) -> list[str]:
    """A note for each example value left in the data files (``file:line:col``). Notes, not warnings: a site
    fresh from ``esfomo new`` builds with ``--strict`` while its examples are being replaced."""
    found = []
    for path in cache.data_files(docs_dir):
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            value = line.split(" #")[0] if not line.lstrip().startswith("#") else ""
            found += [f"{shown}:{number}:{match.start() + 1}: '{match.group()}' is an example value: replace it "
                      "with the real one, or delete it" for match in _PLACEHOLDER.finditer(value)]
    return found


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
