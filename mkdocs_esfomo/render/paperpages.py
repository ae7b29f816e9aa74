"""A page of its own for every accepted paper, and each edition's papers as files to take away.

Each paper with an id gets ``<edition page>/papers/<id>/``: its title, authors, abstract, links, when
and where it is presented, a BibTeX entry to copy, and the tags Google Scholar indexes papers by
(``citation_*`` meta tags) with schema.org ScholarlyArticle JSON-LD. Beside the papers page,
``papers.bib`` and ``papers.json`` (CSL-JSON) hold every paper of the edition.

The pages are many (an edition may have 1,500 papers), so a page costs little: its Markdown is one
line that the paper's HTML replaces, and everything shared by an edition's pages (citations, sessions)
is worked out once per build.
"""

from __future__ import annotations

import functools
import json
import posixpath
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from markupsafe import escape

from .renderer import relative

if TYPE_CHECKING:
    from ..data import schema
    from ..markup import Converter
    from ..workshop import Edition, Row, Workshop
    from .renderer import Renderer

# The Markdown of every paper page: the paper's HTML takes this line's place.
MARKDOWN = "<!-- esfomo/paper -->\n"


class PaperPage(NamedTuple):
    edition: str
    paper: str  # its id


class PaperPlan(NamedTuple):
    """Which paper pages and files a build makes, and where."""

    pages: dict[str, PaperPage]  # src -> the paper it shows
    urls: dict[tuple[str, str], str]  # (edition id, paper id) -> its page's URL
    files: dict[str, tuple[str, str]]  # edition id -> (papers.bib, papers.json) site paths
    without_id: dict[str, int]  # edition id -> papers with no id (no page of their own)


def folder_of(edition_src: str) -> str:
    """The folder beside an edition's page where its papers go (``2024/index.md`` -> ``2024/papers``)."""
    folder, name = posixpath.split(edition_src)
    return posixpath.join(folder if name in ("index.md", "README.md") else posixpath.splitext(edition_src)[0],
                          "papers")


def slug(paper_id: str) -> str:
    """A paper id as a folder name: OpenReview's and CMT's ids are already; spaces and slashes are not."""
    return re.sub(r"[^\w.-]+", "-", paper_id).strip("-.") or "paper"


def plan(workshop: Workshop, edition_srcs: dict[str, str], taken: set[str], url: Callable[[str], str]) -> PaperPlan:
    """The pages of the papers of every edition that has a page (``taken``: pages the docs folder has)."""
    pages: dict[str, PaperPage] = {}
    urls: dict[tuple[str, str], str] = {}
    files: dict[str, tuple[str, str]] = {}
    without_id: dict[str, int] = {}
    for eid, edition in workshop.editions.items():
        if not edition.data.papers or eid not in edition_srcs:
            continue
        folder = folder_of(edition_srcs[eid])
        files[eid] = (f"{folder}/papers.bib", f"{folder}/papers.json")
        used: set[str] = set()
        for paper in edition.data.papers:
            if paper.id is None:
                without_id[eid] = without_id.get(eid, 0) + 1
                continue
            name = base = slug(paper.id)
            number = 1
            while name.lower() in used:  # distinct on a case-insensitive disk too
                number += 1
                name = f"{base}-{number}"
            used.add(name.lower())
            src = f"{folder}/{name}/index.md"
            if src in taken:
                continue  # the docs folder has its own page for it
            pages[src] = PaperPage(eid, paper.id)
            urls[(eid, paper.id)] = url(src)
    return PaperPlan(pages, urls, files, without_id)


# -- what an edition's papers share: worked out once per build --


class Shared(NamedTuple):
    """An edition's citations and where each paper is presented."""

    bibtex: list[str]  # one entry per paper, in the file's order, keys distinct
    keys: list[str]
    citations: dict[str, str]  # paper id -> its entry
    sessions: dict[str, Row]  # paper id -> its poster session
    talks: dict[str, list[Row]]  # paper id -> the schedule items presenting it


def shared(edition: Edition, links: dict[str, str]) -> Shared:
    """``links``: paper id -> the absolute URL of its page, where the site has an address."""
    keys: list[str] = []
    entries: list[str] = []
    given_keys = [_ENTRY_KEY.match(paper.bibtex) if paper.bibtex else None for paper in edition.data.papers]
    used: set[str] = set()
    for found in given_keys:  # the venue's own keys first: citations already written with them stay right
        if found and found.group(2).lower() not in used:
            used.add(found.group(2).lower())
    taken = set(used)
    for paper, given in zip(edition.data.papers, given_keys, strict=True):
        if given and given.group(2).lower() in taken:
            key = given.group(2)
            taken.discard(key.lower())  # its first holder keeps it; another entry with it is renamed
        else:
            key = _distinct(given.group(2) if given else _key(paper, edition), used)
        keys.append(key)
        if paper.bibtex and given:
            entries.append(paper.bibtex[: given.start(2)] + key + paper.bibtex[given.end(2):])
        else:
            entries.append(_bibtex(paper, edition, key, links.get(paper.id or "")))
    sessions: dict[str, Row] = {}
    talks: dict[str, list[Row]] = {}
    for row in edition.rows:
        for paper_id in row.papers:
            sessions[paper_id] = row
        if row.paper:
            talks.setdefault(row.paper, []).append(row)
    citations = {paper.id: entry for paper, entry in zip(edition.data.papers, entries, strict=True) if paper.id}
    return Shared(entries, keys, citations, sessions, talks)


def venue(edition: Edition) -> str:
    """The workshop as a citation names it: its title, at its conference."""
    data = edition.data
    name = data.title or data.name
    if data.conference and data.conference.name.lower() not in name.lower():
        name = f"{name} at {data.conference.name}"
    return name


_ENTRY_KEY = re.compile(r"^(\s*@[A-Za-z]+\s*\{\s*)([^\s,{}]+)")
_LATEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
          "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_SPECIAL = re.compile(r"[\\{}&%$#_~^]")
_STOP = {"a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "towards", "toward"}


def _latex(text: str) -> str:
    return _SPECIAL.sub(lambda m: _LATEX[m.group()], text)


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower())


def _key(paper: schema.Paper, edition: Edition) -> str:
    """``lastname2025firstword``, as OpenReview and Google Scholar make them."""
    last = _ascii(paper.authors[0].split()[-1]) if paper.authors and paper.authors[0].split() else ""
    words = [_ascii(w) for w in paper.title.split()]
    word = next((w for w in words if w and w not in _STOP), "") or next((w for w in words if w), "")
    year = str(edition.data.first_day.year) if edition.data.first_day else ""
    return (last or "paper") + year + word


def _distinct(key: str, used: set[str]) -> str:
    found, suffix = key, 0
    while found.lower() in used:  # BibTeX keys differ in more than case
        suffix += 1
        found = key + ("abcdefghijklmnopqrstuvwxyz"[suffix - 1] if suffix <= 26 else str(suffix))
    used.add(found.lower())
    return found


def _bibtex(paper: schema.Paper, edition: Edition, key: str, page: str | None) -> str:
    data = edition.data
    fields = [f"  title = {{{_latex(paper.title)}}}"]
    if paper.authors:
        fields.append(f"  author = {{{_latex(' and '.join(paper.authors))}}}")
    fields.append(f"  booktitle = {{{_latex(venue(edition))}}}")
    if data.first_day:  # a month is one of BibTeX's macros: jul, not {jul}
        fields += [f"  year = {{{data.first_day.year}}}", f"  month = {data.first_day:%b}".lower()]
    link = paper.url or paper.openreview or page or paper.pdf
    if link:
        fields.append(f"  url = {{{link.replace('{', '%7B').replace('}', '%7D')}}}")
    if data.archival is False:
        fields.append("  note = {Non-archival workshop paper}")
    return f"@inproceedings{{{key},\n" + ",\n".join(fields) + "\n}"


def csl(edition: Edition, shared: Shared, links: dict[str, str], markup: Converter) -> list[dict[str, Any]]:
    """The edition's papers as CSL-JSON items (what Zotero, Pandoc and citeproc read)."""
    data = edition.data
    items = []
    for paper, key in zip(data.papers, shared.keys, strict=True):
        item: dict[str, Any] = {"id": key, "type": "paper-conference", "title": paper.title,
                                "author": [_name(a) for a in paper.authors], "container-title": venue(edition),
                                "event-title": venue(edition)}
        if data.first_day:
            day = data.first_day
            item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
        if data.location and data.location.city:
            item["event-place"] = data.location.city
        link = paper.url or paper.openreview or links.get(paper.id or "") or paper.pdf
        if link:
            item["URL"] = link
        if paper.abstract:
            item["abstract"] = markup.plain(paper.abstract)
        if data.archival is False:
            item["note"] = "Non-archival workshop paper"
        items.append(item)
    return items


_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ter"}


def _name(name: str) -> dict[str, str]:
    """``Ada de la Cruz`` -> given Ada, particle de la, family Cruz; one word stays whole (``literal``)."""
    words = name.split()
    if len(words) < 2:
        return {"literal": name}
    first = len(words) - 1
    while first > 1 and words[first - 1].lower() in _PARTICLES:
        first -= 1
    parts = {"family": words[-1], "given": " ".join(words[:first])}
    if first < len(words) - 1:
        parts["non-dropping-particle"] = " ".join(words[first:-1])
    return parts


# -- one paper's page --


def head(edition: Edition, paper: schema.Paper, page: str | None, markup: Converter) -> str:
    """Google Scholar's ``citation_*`` tags and ScholarlyArticle JSON-LD (``page``: its absolute URL)."""
    tags = [("citation_title", paper.title), *(("citation_author", a) for a in paper.authors)]
    data = edition.data
    if data.first_day:
        tags.append(("citation_publication_date", f"{data.first_day:%Y/%m/%d}"))
    tags.append(("citation_conference_title", venue(edition)))
    if paper.pdf:
        tags.append(("citation_pdf_url", paper.pdf))
    if page:
        tags.append(("citation_abstract_html_url", page))
    meta = "".join(f'<meta name="{name}" content="{escape(value)}">' for name, value in tags)
    article: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "ScholarlyArticle", "headline": paper.title, "name": paper.title,
        "author": [{"@type": "Person", "name": a} for a in paper.authors],
        "isPartOf": {"@type": "Event", "name": venue(edition)},
    }
    if data.first_day:
        article["datePublished"] = data.first_day.isoformat()
    if paper.abstract:
        article["abstract"] = markup.plain(paper.abstract)
    if page:
        article["url"] = page
    same = [u for u in (paper.openreview, paper.url) if u]
    if same:
        article["sameAs"] = same
    if paper.pdf:
        article["encoding"] = {"@type": "MediaObject", "encodingFormat": "application/pdf", "contentUrl": paper.pdf}
    if paper.award:
        article["award"] = paper.award
    text = json.dumps(article, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'{meta}<script type="application/ld+json">{text}</script>'


def html(renderer: Renderer, edition: Edition, paper: schema.Paper, citation: str, shared: Shared, page_url: str,
         base: str | None, links: dict[str, str | None]) -> str:
    """The page's HTML, from the ``paper`` fragment (``links``: the edition's page, its papers page, its
    schedule and the two files, relative to the page, or None)."""
    return renderer.fragment(
        "paper", edition, page_url, base, paper=paper, citation=citation,
        session=shared.sessions.get(paper.id or ""), presenting=shared.talks.get(paper.id or "", []), to=links,
    )


class PaperPages:
    """One build's paper pages: what each page shows, and the files to take away. What an edition's pages
    share (citations, sessions, the pages' addresses) is worked out once, on first use."""

    def __init__(self, workshop: Workshop, plan: PaperPlan, site_url: str, markup: Converter) -> None:
        self.workshop, self.plan, self.markup = workshop, plan, markup
        self.site_url = site_url if not site_url or site_url.endswith("/") else site_url + "/"
        self._shared: dict[str, Shared] = {}
        self._last: tuple[str, Shared] | None = None  # the last edition's, for its files
        self._links: dict[str, dict[str, str]] = {}
        self._to: dict[tuple[str, str], dict[str, str | None]] = {}  # (edition id, folder) -> links

    def page(self, src: str) -> tuple[Edition, schema.Paper] | None:
        """The paper the page ``src`` shows, with its edition; None for any other page."""
        found = self.plan.pages.get(src)
        if found is None:
            return None
        edition = self.workshop.editions[found.edition]
        return edition, edition.papers[found.paper]

    def links(self, eid: str) -> dict[str, str]:
        """Paper id -> its page's absolute URL, when the site has an address."""
        if eid not in self._links:
            self._links[eid] = {pid: self.site_url + url for (e, pid), url in self.plan.urls.items()
                                if e == eid} if self.site_url else {}
        return self._links[eid]

    def shared(self, eid: str) -> Shared:
        if eid not in self._shared:
            self._shared[eid] = shared(self.workshop.editions[eid], self.links(eid))
        return self._shared[eid]

    def files(self) -> dict[str, Callable[[], bytes]]:
        """Each edition's papers as ``papers.bib`` and CSL-JSON ``papers.json``, by site path: each made when
        asked for, and not kept (at 1,500 papers an edition's two files are megabytes)."""
        made: dict[str, Callable[[], bytes]] = {}
        for eid, (bib, csl_path) in self.plan.files.items():
            made[bib] = functools.partial(self._bib, eid)
            made[csl_path] = functools.partial(self._csl, eid)
        return made

    def _bib(self, eid: str) -> bytes:
        return ("\n\n".join(self._passing(eid).bibtex) + "\n").encode()

    def _csl(self, eid: str) -> bytes:
        items = csl(self.workshop.editions[eid], self._passing(eid), self.links(eid), self.markup)
        # One line: json's C encoder (an indented file is written by its Python one, a second at 1,500 papers).
        return json.dumps(items, ensure_ascii=False).encode()

    def _passing(self, eid: str) -> Shared:
        """What an edition's papers share, for its two files (made one after the other): one edition's at a
        time, unless its paper pages keep it."""
        if eid in self._shared:
            return self._shared[eid]
        if self._last is None or self._last[0] != eid:
            self._last = (eid, shared(self.workshop.editions[eid], self.links(eid)))
        return self._last[1]

    def content(self, renderer: Renderer, src: str, page_url: str, base: str | None,
                urls: dict[str, str | None]) -> str:
        """The HTML of the paper page ``src`` (``urls``: its edition's page, papers list and schedule)."""
        edition, paper = self.page(src) or (None, None)
        assert edition is not None and paper is not None
        found = self.shared(edition.id)
        here = page_url if base is None else base
        # Every paper page of an edition is one folder down from the same place: the same links on each
        folder = posixpath.dirname(here.rstrip("/") if here.endswith("/") else posixpath.dirname(here))
        if (edition.id, folder) not in self._to:
            bib, csl_path = self.plan.files[edition.id]
            self._to[(edition.id, folder)] = {name: relative(target, here) if target is not None else None
                                              for name, target in {**urls, "bib": bib, "csl": csl_path}.items()}
        return html(renderer, edition, paper, found.citations[paper.id or ""], found, page_url, base,
                    self._to[(edition.id, folder)])

    def head(self, src: str) -> str:
        edition, paper = self.page(src) or (None, None)
        assert edition is not None and paper is not None
        return head(edition, paper, self.links(edition.id).get(paper.id or ""), self.markup)

    def description(self, src: str) -> str | None:
        """The page's description: its abstract, at most 300 characters."""
        _, paper = self.page(src) or (None, None)
        text = self.markup.plain(paper.abstract) if paper else None
        if not text:
            return None
        return text if len(text) <= 300 else text[:299].rsplit(" ", 1)[0] + "…"

