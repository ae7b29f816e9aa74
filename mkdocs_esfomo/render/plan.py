"""Which page shows what: from the data and the pages found, the page of each edition, of its schedule and of
its papers, the pages to generate, their URLs and the navigation. One :class:`SitePlan`, returned by
:func:`plan`, that every later step reads."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import escape
from mkdocs.utils import nest_paths

from ..workshop import Edition, Workshop
from . import pages, paperpages
from .renderer import TEMPLATES, relative

# A generated edition page lists up to this many papers itself; more get a page of their own
# (<edition>/papers/), which keeps the edition page light for phones on the day.
INLINE_PAPERS = 40


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


@dataclass
class SitePlan:
    """Which page shows what, and the pages the package generates (by src path, and their URLs)."""

    edition_srcs: dict[str, str] = field(default_factory=dict)  # edition id -> the page that shows it
    edition_urls: dict[str, str] = field(default_factory=dict)
    schedule_urls: dict[str, str] = field(default_factory=dict)  # edition id -> the page that shows its schedule
    missing_pages: dict[str, str] = field(default_factory=dict)  # edition id -> the page to generate for it
    paper_urls: dict[str, str] = field(default_factory=dict)  # edition id -> the page that lists its papers
    paper_pages: dict[str, str] = field(default_factory=dict)  # edition id -> a papers page to generate
    # a page per paper, and the files to take away
    papers: paperpages.PaperPlan = field(default_factory=lambda: paperpages.PaperPlan({}, {}, {}, {}))

    def edition_of(self, src: str) -> str | None:
        """The id of the edition whose page this is (not every page that names an edition)."""
        return next((e for e, page in self.edition_srcs.items() if page == src), None)

    def generated(self, src: str) -> bool:
        """Whether ``src`` is an edition or papers page the package generates."""
        return src in self.missing_pages.values() or src in self.paper_pages.values()


def plan(workshop: Workshop, found: list[pages.Page], home: str | None, taken: set[str], url: Callable[[str], str],
         *, edition_pages: bool, paper_pages: bool) -> SitePlan:
    """The plan of the site whose pages are ``found`` (``taken``: every page the docs folder has; ``home``: its
    home page, if it has one)."""
    made = SitePlan()
    schedule_srcs: dict[str, str] = {}
    paper_srcs: dict[str, str] = {}  # edition id -> a page that lists all its papers
    for page in found:
        edition = page.edition or (workshop.current if page.src == home else None)
        if page.src == home and edition is not None:  # the home page is its edition's page
            made.edition_srcs.setdefault(edition, page.src)
        # An edition's own page is one titled with it: a page that only names an edition (a call for
        # papers showing its dates) leaves the edition its own page.
        for titled in {d.edition or edition for d in page.directives if d.name in ("title", "hero")} - {None}:
            made.edition_srcs.setdefault(str(titled), page.src)
        for directive in page.directives:
            shown_edition = directive.edition or edition or workshop.current
            if directive.name == "schedule" and shown_edition:
                schedule_srcs.setdefault(shown_edition, page.src)
            if directive.name == "papers" and "kind" not in directive.options and shown_edition:
                paper_srcs.setdefault(shown_edition, page.src)
    if edition_pages:
        for eid in workshop.editions:
            if eid == workshop.current and home is None:
                made.missing_pages[eid] = "index.md"
            elif eid in made.edition_srcs:
                continue
            elif f"{eid}/index.md" in taken:  # the docs folder's page at the edition's address: its page, kept
                made.edition_srcs[eid] = f"{eid}/index.md"
                continue
            else:
                made.missing_pages[eid] = f"{eid}/index.md"
            made.edition_srcs[eid] = made.missing_pages[eid]
    for eid, src in made.missing_pages.items():  # generated pages show the schedule when there is one
        schedule_srcs.setdefault(eid, src)
    made.edition_urls = {eid: url(src) for eid, src in made.edition_srcs.items()}
    made.schedule_urls = {eid: url(src) for eid, src in schedule_srcs.items()}
    _paper_lists(made, workshop, paper_srcs, taken, edition_pages)
    made.paper_urls = {eid: url(src) for eid, src in paper_srcs.items()}
    if paper_pages:
        made.papers = paperpages.plan(workshop, made.edition_srcs, taken, url)
    return made


def _paper_lists(made: SitePlan, workshop: Workshop, paper_srcs: dict[str, str], taken: set[str],
                 edition_pages: bool) -> None:
    """Which page lists each edition's papers (into ``paper_srcs``): one that places them, the generated edition
    page when they are few, else a papers page generated beside the edition's page."""
    for eid, edition in workshop.editions.items():
        if not edition.data.papers or eid in paper_srcs:
            continue
        if eid in made.missing_pages and len(edition.data.papers) <= INLINE_PAPERS:
            paper_srcs[eid] = made.missing_pages[eid]
        elif edition_pages and eid in made.edition_srcs:
            src = papers_src(made.edition_srcs[eid])
            if src not in taken and src not in made.paper_pages.values():
                made.paper_pages[eid] = paper_srcs[eid] = src


def generated_pages(made: SitePlan, workshop: Workshop, theme_dirs: tuple[Path, ...],
                    url: Callable[[str], str]) -> dict[str, str]:
    """The Markdown of each edition page the docs folder does not have, and of each papers page, by src path."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([*theme_dirs, TEMPLATES]), keep_trailing_newline=True)
    pages_made = {}
    edition_page = env.get_template("esfomo/edition.md")
    for eid, src in made.missing_pages.items():
        papers = made.paper_pages.get(eid)
        pages_made[src] = edition_page.render(
            edition=workshop.editions[eid], workshop=workshop,
            papers_page=posixpath.relpath(papers, posixpath.dirname(src)) if papers else None)
    papers_page = env.get_template("esfomo/papers.md")
    for eid, src in made.paper_pages.items():
        back = relative(made.edition_urls[eid], url(src))
        pages_made[src] = papers_page.render(edition=workshop.editions[eid], workshop=workshop, edition_page=back)
    pages_made.update(dict.fromkeys(made.papers.pages, paperpages.MARKDOWN))
    return pages_made


def hidden_pages(made: SitePlan, workshop: Workshop) -> set[str]:
    """Generated pages the navigation leaves out: past editions' papers, linked from their edition's page."""
    hidden = {src for eid, src in made.paper_pages.items() if eid != workshop.current}
    return hidden | set(made.papers.pages)  # each paper's page is linked from the papers' list


def nav(made: SitePlan, editions: list[Edition], in_nav: list[str]) -> list[Any]:
    """The automatic navigation (``in_nav``: the pages, in MkDocs' order), past editions gathered newest first."""
    home = "index.md"
    # Titles reach Material's templates unescaped: names are plain text, so they are escaped here.
    named = [(escape(e.data.name), made.edition_srcs[e.id]) for e in editions
             if made.edition_srcs.get(e.id, home) != home]
    shown = {src for _, src in named}
    entries: list[Any] = [_lone_page(entry) for entry in nest_paths(src for src in in_nav if src not in shown)]
    papers = set(made.paper_pages.values())  # titled for the browser's tab, named shortly in the navigation
    entries = [{"Accepted papers": entry} if isinstance(entry, str) and entry in papers else entry for entry in entries]
    if named:
        entries.append({"Editions": [{name: src} for name, src in named]})
    return entries


def _lone_page(entry: Any) -> Any:
    """A folder that holds only its index page is that page in the navigation, named by its title
    ("Call for papers"), not a section named after the folder ("Call") around it."""
    if isinstance(entry, dict) and len(entry) == 1:
        (children,) = entry.values()
        if len(children) == 1 and isinstance(children[0], str) and posixpath.basename(children[0]) in (
                "index.md", "README.md"):
            return children[0]
    return entry
