"""The workshop's site whatever engine builds it: which pages show which edition, the pages to generate,
the files to publish and leave out, the navigation, and what each page's directives become.

The MkDocs plugin (``plugin.py``) and the Zensical front-end (``engines/zensical.py``) are thin layers
over one :class:`Site`: they tell it the pages and options, and put what it makes where their engine
wants it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from . import cache, notes, paths
from .errors import DataError, Problem
from .importers.alfolio import report as migration
from .markup import Converter
from .outputs import calendar
from .outputs.images import Images
from .render import directives, meta, pages, paperpages, rendered
from .render.extension import Span
from .render.plan import SitePlan, generated_pages, hidden_pages, nav, page_url, plan
from .render.renderer import TEMPLATES, Renderer
from .values import build_time
from .workshop import Edition, Workshop

ASSETS = Path(__file__).parent / "assets"
STATIC = {"assets/esfomo/esfomo.css": "esfomo.css", "assets/esfomo/localtime.js": "localtime.js",
          "assets/esfomo/papers.js": "papers.js"}


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
    features: tuple[str, ...] = ()  # the theme's features (`theme.features`)


_FILE_NAMED = re.compile(r"[\w./%-]+\.(?:jpe?g|png)\b", re.IGNORECASE)


def named_files(texts: Iterable[str]) -> frozenset[str]:
    """Every path to a photo the ``texts`` name, with each of its tails (``../assets/a.jpg``: also
    ``assets/a.jpg`` and ``a.jpg``): a docs-relative path is named when it is one of them."""
    named: set[str] = set()
    for text in texts:
        if "." not in text:
            continue
        for path in _FILE_NAMED.findall(text):
            parts = path.split("/")
            named.update("/".join(parts[i:]) for i in range(len(parts)))
    return frozenset(named)


class Site:
    """One build of the site. Made by a front-end, which owns the :class:`cache.Memory` it is given.

    :meth:`load` reads the data and the pages, and plans the site (a :class:`SitePlan`); :meth:`prepare`
    makes what renders them; the engine then asks for each page's spans, title and head tags.
    """

    def __init__(self, project: Project, options: Options, memory: cache.Memory) -> None:
        self.project, self.options, self.memory = project, options, memory
        self.workshop: Workshop | None = None
        self.data: Data | None = None  # what the data alone decides, kept between builds: read by load()
        self.plan = SitePlan()  # which page shows what: made by load()
        self.scanned: dict[str, pages.Page] = {}  # src -> the page as load() read it, its directives found
        self.made: Made | None = None  # what renders the pages: made by prepare()
        self.markup = Converter(memory.markup, memory.markup_used)
        self.site_name = project.site_name

    # What prepare() made, as the engines and the tests read it.
    renderer = property(lambda self: self.made.renderer if self.made else None)
    kept = property(lambda self: self.made.kept if self.made else None)
    images = property(lambda self: self.made.images if self.made else None)
    calendars = property(lambda self: self.made.calendars if self.made else {})

    @property
    def cache_dir(self) -> Path:
        return self.project.root / self.options.cache_dir

    def shown(self, path: Path) -> str:
        """``path`` as messages name it: relative to the folder of mkdocs.yml."""
        return shown(path, self.project.root)

    def url(self, src: str) -> str:
        return page_url(src, self.project.use_directory_urls)

    # -- reading: data and pages, every problem at once --

    def load(self) -> Workshop:
        """Read the data and check every page; raise :class:`DataError` with every problem of both.

        The build and ``esfomo check`` both call this, so they report the same problems.
        """
        project = self.project
        self.memory.positions_used.clear()  # those this build's warnings name, kept with its data
        self.data = data = read_data(project, self.options, self.memory, self.cache_dir)
        problems = list(data.problems)
        if data.snapshot is not None:
            self.workshop = data.snapshot.workshop.as_of(build_time(self.options.today))
            editions = set(self.workshop.editions)
        else:  # the edition files' names are the editions pages may name
            editions = {path.stem for path in cache.data_files(project.docs_dir) if path.parent.name == "editions"}
        found, home, taken, scanned = scan_pages(project, editions)
        self.scanned = {page.src: page for page in found}
        problems += scanned
        if self.workshop is not None:
            self.plan = plan(self.workshop, found, home, taken, self.url,
                             edition_pages=self.options.edition_pages, paper_pages=self.options.paper_pages)
            problems += notes.unfrozen(self.workshop, functools.partial(position, self.memory, data, project.root))
        problems += migration.pending(project.root)  # an imported site's MIGRATION.md: what is left to review
        if self.workshop is None or any(not p.warning for p in problems):
            raise DataError(problems)
        self.workshop.warnings = sorted([*self.workshop.warnings, *problems])
        return self.workshop

    def notes(self) -> list[str]:
        """What the site owner should know that is not wrong: printed, never failing a build."""
        project = self.project
        contents = self.data.contents if self.data else {}
        return notes.notes(self._workshop(), contents, project.root, project.plugins, project.site_url,
                           self.plan.papers, project.features)

    # -- making: what the pages need --

    def prepare(self) -> None:
        """After :meth:`load`: what renders the directives, the calendars, the resized photos."""
        if self.workshop is None or self.data is None or self.data.snapshot is None:
            raise RuntimeError("Site.prepare() comes after a load() that succeeded")
        self.memory.markup_used.clear()
        self.made = prepare_pages(self, self.workshop, self.data)

    def excluded(self, src: str, named: frozenset[str] = frozenset()) -> bool:
        """A file of the docs folder not published: the data, and photos published resized, unless a page names
        one itself (``named``: :func:`named_files`), in HTML the engine leaves as written."""
        return src.startswith("_data/") or (src in self._originals and src not in named)

    @functools.cached_property  # asked for every file of the docs folder
    def _originals(self) -> set[str]:
        return originals(self.workshop) if self.images and self.workshop is not None else set()

    def static_files(self) -> dict[str, Path]:
        """The package's own CSS and script, by site path."""
        return {uri: ASSETS / name for uri, name in STATIC.items()}

    def generated_pages(self) -> dict[str, str]:
        """The Markdown of each edition page the docs folder does not have, and of each papers page, by src path."""
        return generated_pages(self.plan, self._workshop(), self.project.theme_dirs, self.url)

    def paper_files(self) -> dict[str, Callable[[], bytes]]:
        """Each edition's papers as ``papers.bib`` and CSL-JSON ``papers.json``, by site path: made when called."""
        return self.made.papers.files() if self.made else {}

    def hidden_pages(self) -> set[str]:
        """Generated pages the navigation leaves out: past editions' papers, linked from their edition's page."""
        return hidden_pages(self.plan, self._workshop())

    def nav(self, in_nav: list[str]) -> list[Any]:
        """The automatic navigation (``in_nav``: the pages, in MkDocs' order), past editions gathered newest first."""
        return nav(self.plan, list(self._workshop().editions.values()), in_nav)

    # -- each page --

    def edition_of(self, src: str) -> Edition | None:
        """The edition whose page this is (not every page that names an edition)."""
        return self.workshop.editions.get(self.plan.edition_of(src) or "") if self.workshop else None

    def spans(
        self, src: str, text: str, page_edition: str | None, offset: int = 0, base: str | None = None
    ) -> list[Span]:
        """What a page's directives become (and a past edition's notice, first). ``base``: the URL relative
        links are written from, when the engine reads them from elsewhere than the page's own URL."""
        made = self._made()
        if src in self.plan.papers.pages and (paper := paper_span(self, made, src, text, base)):
            return [paper]
        found, problems = self._find(src, text)
        if problems:  # a directive another plugin wrote into the page
            raise DataError(problems)
        return page_spans(self._workshop(), made, found, text, self.url(src), page_edition, self.edition_of(src),
                          offset, base)

    def whole_page(self, src: str, markdown: str) -> Span | None:
        """A paper's page whose Markdown is the line the package wrote, as one span: no Markdown to convert."""
        if src not in self.plan.papers.pages or markdown.strip() != paperpages.MARKDOWN.strip():
            return None
        return paper_span(self, self._made(), src, markdown, None)

    def _find(self, src: str, text: str) -> tuple[list[directives.Directive], list[Problem]]:
        return pages.directives_in(self.scanned.get(src), text, src, set(self._workshop().editions))

    def title(self, src: str, markdown: str, page_edition: str | None) -> str | None:
        """The title a page takes from the edition its ``esfomo/title`` or ``esfomo/hero`` shows (escaped:
        themes do not), or from its paper."""
        found = [] if src in self.plan.papers.pages else self._find(src, markdown)[0]
        return meta.title(src, self._workshop(), self.plan, found, page_edition)

    def bare(self, src: str, markdown: str) -> bool:
        """An event page, without the navigation sidebar beside it: a page whose top is an edition's hero,
        or one the package generates (the tabs and the menu on a phone still lead everywhere)."""
        if self.plan.generated(src) or src in self.plan.papers.pages:
            return True
        found, _ = self._find(src, markdown)
        return any(d.name == "hero" for d in found)

    def description(self, src: str) -> str | None:
        """An edition's page is described by its summary, a papers page by what it lists, a paper's by its
        abstract."""
        papers = self.made.papers if self.made else None
        return meta.description(src, self._workshop(), self.plan, papers, self.edition_of(src), self.markup)

    def tab_title(self, src: str) -> str | None:
        """An edition page's browser tab names the workshop in full."""
        return meta.tab_title(self.edition_of(src))

    def head(self, src: str) -> str:
        """What an edition's page adds to its ``<head>``: schema.org JSON-LD for search engines; a paper's page,
        the tags Google Scholar indexes it by."""
        if self.made is None:
            return ""
        make = functools.partial(meta.head, src, self.plan, self.made.papers, self.edition_of(src), self.made.renderer,
                                 self.url(src), self.project.site_url, self.site_name, self.markup)
        paper = self.plan.papers.pages.get(src)
        return make() if paper is None else paper_head(self.made, paper, self.url(src), self.project.site_url, make)

    # -- after the build --

    def publish(self, site_dir: Path) -> None:
        """Copy the resized photos the pages use into the built site."""
        if self.images:
            self.images.publish(site_dir)

    def keep(self, *, write: bool) -> None:
        """Keep what the data decided for the next build, once this one has succeeded (``write``: on disk now;
        else when the front-end flushes its memory, as ``mkdocs serve`` does when it stops)."""
        if not self.data or not (snapshot := self.data.snapshot):
            return
        if self.made is not None:
            cache.keep_html(self.cache_dir, self.memory, changed=bool(self.made.kept.made), write=write)
        settled = snapshot.settled(self.project.docs_dir, self.memory)
        learnt = (settled.images, settled.markup, settled.positions) != (snapshot.images, snapshot.markup,
                                                                            snapshot.positions)
        if not self.data.stored or learnt:  # new data, or images and Markdown it had not seen
            cache.keep(self.cache_dir, self.project.docs_dir, self.data.key, settled, self.memory, write=write)

    def _workshop(self) -> Workshop:
        if self.workshop is None:
            raise RuntimeError("the site's data is read by Site.load() first")
        return self.workshop

    def _made(self) -> Made:
        if self.made is None:
            raise RuntimeError("what renders the pages is made by Site.prepare() first")
        return self.made


def shown(path: Path, root: Path) -> str:
    """``path`` as messages name it: relative to ``root``, the folder of mkdocs.yml."""
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


class Data(NamedTuple):
    """The site's data as :func:`read_data` finds it."""

    snapshot: cache.Snapshot | None  # None: the data has errors
    key: tuple[Any, ...]  # what the snapshot is kept under
    stored: bool  # the snapshot was kept by an earlier build
    digests: dict[str, str]  # edition id -> the digest of its data (rendered.data_digests)
    problems: list[Problem]
    contents: dict[Path, bytes]  # every data file's bytes, read once


def read_data(project: Project, options: Options, memory: cache.Memory, cache_dir: Path) -> Data:
    """The data of the docs folder: as an earlier build kept it when no file changed, else read and checked."""
    docs_dir = project.docs_dir
    current = str(options.current) if options.current is not None else None
    data = cache.contents(docs_dir)
    linked = [str(path) for path in cache.linked_out(docs_dir)]  # refused by the loader, not hidden by a snapshot
    wanted = cache.key(docs_dir, data, current, str(project.root), linked)
    digests = rendered.data_digests(data)
    snapshot = cache.read(cache_dir, docs_dir, wanted, memory)
    stored = snapshot is not None
    problems: list[Problem] = []
    if snapshot is None:
        from .data import loader  # pydantic and the YAML reader: only when the data changed

        try:
            workshop = loader.load_data(
                docs_dir, current=current, current_at=_option_at(project.config_file, "current", project.root),
                shown_root=project.root, contents=data, memory=memory,
            )
        except DataError as exc:  # the pages are checked all the same: one report of everything
            problems = exc.problems
        else:
            ics, memory.calendars = calendar.calendars(workshop.editions.values(), memory.calendars)
            snapshot = cache.Snapshot(workshop, ics, {}, {}, memory.calendars, {})
    return Data(snapshot, wanted, stored, digests, problems, data)


def position(
    memory: cache.Memory, data: Data, root: Path, edition: Edition, loc: tuple[str | int, ...]
) -> tuple[int, int]:
    """Where ``loc`` is in ``edition``'s file: found once for each content of the file, then kept with the data."""
    key = (data.digests.get(edition.id, ""), loc)
    memory.positions_used.add(key)
    if key not in memory.positions:
        from .data import yamlsource  # the YAML reader: only when the file is new to the cache

        doc, _ = yamlsource.read(root / edition.source, edition.source)
        memory.positions[key] = doc.where(loc) if doc else (1, 1)
    return memory.positions[key]


def scan_pages(project: Project, editions: set[str]) -> tuple[list[pages.Page], str | None, set[str], list[Problem]]:
    """Every page read and checked now, the home page first: the pages, the home page's src, the srcs of every
    page, and the pages' problems."""
    files = dict(project.pages)
    folder = paths.project_of(project.docs_dir)
    # A link to a file elsewhere on the machine (a pull request's docs/x.md -> /etc/passwd): never read
    # nor published.
    outside = [path for path in [*files.values(), *project.others] if paths.outside(path, folder)]
    linked = [Problem(shown(path, project.root), 1, 1, "", paths.LINKED_OUT) for path in outside]
    files = {src: path for src, path in files.items() if path not in outside}
    home = next((uri for uri in ("index.md", "README.md") if uri in files), None)
    ordered = sorted(files.items(), key=lambda item: (item[0] != home, item[0]))  # the home page first
    found, problems = pages.scan({rel: (path, shown(path, project.root)) for rel, path in ordered}, editions,
                                 None if project.extensions is None else set(project.extensions))
    return found, home, set(files), problems + linked


def page_spans(workshop: Workshop, made: Made, found: list[directives.Directive], text: str, url: str,
               page_edition: str | None, edition: Edition | None, offset: int, base: str | None) -> list[Span]:
    """What the directives ``found`` on a page (at ``url``) become, and its edition's notice, first."""
    renderer, kept = made.renderer, made.kept
    spans = []
    for d in found:
        make = functools.partial(renderer.render, d, url, page_edition, base=base)
        html = kept.html(d.name, d.edition or page_edition or workshop.current or "", d.options, url, base, make)
        spans.append(Span(d.start, d.end, html if html.strip() else "", d.line + offset))
    spans = sorted([*spans, *empty_headings(text, spans, offset)])
    notice = kept.html("notice", edition.id, {}, url, base, lambda: renderer.notice(edition, url, base=base),
                       also=workshop.current or "") if edition else ""
    if notice:
        spans.insert(0, Span(0, 0, notice, 1))
    return spans


class Made(NamedTuple):
    """What :func:`prepare_pages` makes for a build's pages."""

    images: Images | None
    calendars: dict[str, bytes]  # site path -> .ics content
    renderer: Renderer
    kept: rendered.Kept  # the directives' HTML, made once for given inputs
    papers: paperpages.PaperPages  # makes the paper pages, and the files to take away


def prepare_pages(site: Site, workshop: Workshop, data: Data) -> Made:
    """What renders the directives of a loaded site, the calendars, the resized photos."""
    project, memory, made = site.project, site.memory, site.plan
    images = Images(project.docs_dir, site.cache_dir, memory.images) if site.options.images else None
    now = workshop.now
    if now is None:
        raise RuntimeError("a loaded workshop is seen as of the build's date")
    ics = data.snapshot.calendars if data.snapshot else {}
    calendars = {path: calendar.stamped(text, now) for path, text in ics.items()}
    renderer = Renderer(
        workshop, list(project.theme_dirs), images, made.edition_urls, set(calendars),
        cache_dir=site.cache_dir / "jinja", schedule_urls=made.schedule_urls, markup=site.markup,
        paper_urls=made.paper_urls, paper_pages=made.papers.urls,
        paper_files={eid: bib for eid, (bib, _) in made.papers.files.items()},
    )
    memory.html_used.clear()
    cache.read_html(site.cache_dir, memory)
    digest = rendered.build_digest(workshop, project, made, sorted(calendars), site.options.images, TEMPLATES)
    kept = rendered.Kept(memory.html, memory.html_used, digest, data.digests, images,
                         rendered.overridden(project.theme_dirs))
    return Made(images, calendars, renderer, kept, paperpages.PaperPages(workshop, made.papers, project.site_url,
                                                                         site.markup))


def paper_head(made: Made, paper: paperpages.PaperPage, url: str, site_url: str | None,
               make: Callable[[], str]) -> str:
    """A paper page's ``<head>`` additions, kept as its page is: there are many."""
    return made.kept.html("paper-head", paper.edition, {"paper": paper.paper, "site_url": site_url or ""}, url, None,
                          make)


def paper_span(site: Site, made: Made, src: str, text: str, base: str | None) -> Span | None:
    """A paper's page: its HTML in place of its one line (None if the page no longer holds it)."""
    start = text.find(paperpages.MARKDOWN.strip())
    if start < 0:
        return None
    paper, plan_ = site.plan.papers.pages[src], site.plan
    urls = {"edition": plan_.edition_urls.get(paper.edition), "papers": plan_.paper_urls.get(paper.edition),
            "schedule": plan_.schedule_urls.get(paper.edition)}
    url = site.url(src)
    html = made.kept.html("paper", paper.edition, {"paper": paper.paper}, url, base,
                          functools.partial(made.papers.content, made.renderer, src, url, base, urls))
    return Span(start, start + len(paperpages.MARKDOWN.strip()), html, text.count("\n", 0, start) + 1)


def originals(workshop: Workshop) -> set[str]:
    """The photos the site publishes resized, not as they are in the docs folder."""
    found = {p.photo for p in workshop.people.values() if p.photo}
    for edition in workshop.editions.values():
        found |= {p.photo for people in edition.people.values() for p in people if p.photo}
        if edition.data.banner and edition.data.banner.image:
            found.add(edition.data.banner.image)
        found |= {s.logo for s in edition.data.sponsors if s.logo and not s.logo.lower().endswith(".svg")}
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
