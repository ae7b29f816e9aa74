"""What a page tells the browser, search engines and link previews about itself: its title, its tab's title,
its description, and what it adds to its ``<head>`` (schema.org JSON-LD, Open Graph, Google Scholar's tags)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import escape

from ..outputs import calendar, sharing

if TYPE_CHECKING:
    from ..markup import Converter
    from ..workshop import Edition, Workshop
    from .directives import Directive
    from .paperpages import PaperPages
    from .plan import SitePlan
    from .renderer import Renderer


def title(src: str, workshop: Workshop, made: SitePlan, found: list[Directive], page_edition: str | None,
          ) -> str | None:  # fmt: skip
    """The title a page takes from the edition its ``esfomo/title`` or ``esfomo/hero`` (among its directives
    ``found``) shows, a paper's page from its paper (escaped: themes do not)."""
    paper_page = made.papers.pages.get(src)
    if paper_page is not None:  # a paper's page is named after the paper
        return escape(workshop.editions[paper_page.edition].papers[paper_page.paper].title)
    title = next((d for d in found if d.name in ("title", "hero")), None)
    edition = workshop.edition(title.edition or page_edition) if title else None
    return escape(edition.data.name) if edition else None


def description(src: str, workshop: Workshop, made: SitePlan, papers: PaperPages | None, edition: Edition | None,
                markup: Converter) -> str | None:
    """An edition's page is described by its summary (search results and link previews show it), a papers
    page by what it lists, a paper's by its abstract."""
    if papers is not None and src in made.papers.pages:
        text = papers.description(src)
        return escape(text) if text else None
    listed = next((workshop.editions[eid] for eid, page in made.paper_pages.items() if page == src), None)
    if listed is not None:
        return escape(f"The {len(listed.data.papers)} papers accepted at {listed.data.name}.")
    if edition is None:
        return None
    data = edition.data
    return escape(markup.plain(data.summary) or data.title or markup.plain(data.subtitle) or data.name)


def tab_title(edition: Edition | None) -> str | None:
    """An edition page's browser tab names the workshop in full."""
    if edition is None or not edition.data.title or edition.data.title == edition.data.name:
        return None
    return escape(f"{edition.data.name}: {edition.data.title}")


def head(src: str, made: SitePlan, papers: PaperPages, edition: Edition | None, renderer: Renderer, url: str,
         site_url: str, site_name: str, markup: Converter) -> str:
    """What a page (at ``url``, site-relative) adds to its ``<head>``: an edition's, schema.org JSON-LD for search
    engines and the Open Graph tags of link previews; a paper's, the tags Google Scholar indexes it by."""
    if src in made.papers.pages:
        return papers.head(src)
    if edition is None:
        return ""
    base = site_url or ""
    banner = renderer.banner_url(edition)
    page = base + url if base else None
    image = base + banner if base and banner else None
    data = calendar.event_jsonld(edition, page, image, markup)
    tags = sharing.meta_tags(edition, site_name, page, image, markup)
    return f'{tags}<script type="application/ld+json">{data}</script>'
