"""Directives rendered to HTML by small Jinja fragments (autoescaped, overridable)."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import markup
from .calendar import ics_path, item_ics_path
from .directives import Directive
from .images import Images, Picture
from .site import Edition, Person, Workshop
from .values import PLAIN_KINDS

TEMPLATES = Path(__file__).parent / "templates"
CARD_SIZE = {"grid": 160, "horizontal": 96}  # CSS px of the square photo


def relative(target: str, page_url: str) -> str:
    """``target`` (site-absolute, no leading slash) as seen from the page at ``page_url``."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
        return target
    here = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    rel = posixpath.relpath(target or ".", here or ".")
    return rel + "/" if (not target or target.endswith("/")) and not rel.endswith("/") else rel


def _day(value: dt.date | dt.datetime) -> str:
    return f"{value:%B} {value.day}, {value.year}"


def _clock(value: dt.datetime) -> str:
    return f"{value:%H:%M}"


def _when(at: dt.datetime, all_day: bool, tz: str) -> str:
    """``June 9, 2025 (AoE)`` or ``May 27, 2025, 23:59 UTC``."""
    label = tz if tz in ("AoE", "UTC") else (at.tzname() or tz)
    return f"{_day(at)} ({label})" if all_day else f"{_day(at)}, {_clock(at)} {label}"


def paper_anchor(paper_id: object) -> str:
    """The id of a paper's entry on the papers page: ``paper-<id>`` (whitespace made ``-``)."""
    return "paper-" + "-".join(str(paper_id).split())


def _date_range(edition: Edition) -> str | None:
    first, last = edition.data.first_day, edition.data.last_day
    if not first or not last:
        return None
    if first == last:
        return _day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first:%B} {first.day}–{last.day}, {first.year}"
    return f"{_day(first)} – {_day(last)}"


class Renderer:
    """Renders directives of one build; built once, used for every page."""

    def __init__(
        self,
        workshop: Workshop,
        template_dirs: list[Path] | None = None,
        images: Images | None = None,
        edition_urls: dict[str, str] | None = None,
        calendars: set[str] | None = None,
        cache_dir: Path | None = None,
        paper_urls: dict[str, str] | None = None,
    ) -> None:
        self.workshop, self.images = workshop, images
        self.edition_urls = edition_urls or {}
        self.calendars = calendars or set()  # published .ics paths
        self.paper_urls = paper_urls if paper_urls is not None else {}  # edition id -> the page listing its papers
        self.editions = [(e, self.edition_urls.get(e.id)) for e in workshop.editions.values()]
        if cache_dir:
            cache_dir.mkdir(parents=True, exist_ok=True)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*(template_dirs or []), TEMPLATES]),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
            auto_reload=False,  # one build: no need to check every include's file for changes
            # Compiled fragments, kept between builds (checked against their source): a build only loads them.
            bytecode_cache=jinja2.FileSystemBytecodeCache(str(cache_dir)) if cache_dir else None,
        )
        self.env.filters.update(inline=markup.inline, markdown=markup.block, day=_day, clock=_clock)
        self.env.globals.update(date_range=_date_range, when=_when, paper_anchor=paper_anchor)

    def render(self, directive: Directive, page_url: str = "", page_edition: str | None = None) -> str:
        edition = self.workshop.edition(directive.edition or page_edition)
        if edition is None:
            return ""
        template = self.env.get_template(f"fragments/esfomo/{directive.name}.html")
        html = template.render(
            edition=edition,
            workshop=self.workshop,
            options=directive.options,
            url=lambda target: relative(target, page_url),
            photo=self._photo,
            plain_kinds=PLAIN_KINDS,
            picture=self._picture,
            editions=self.editions,
            card_size=CARD_SIZE,
            calendar=self._calendar,
            item_calendar=self._item_calendar,
            paper_link=lambda paper_id: self._paper_link(edition, paper_id, page_url),
        )
        return html

    def _paper_link(self, edition: Edition, paper_id: str, page_url: str) -> str | None:
        """Where a paper's entry is, from the page at ``page_url``; None when no page lists the papers."""
        page = self.paper_urls.get(edition.id)
        if page is None:
            return None
        here = "" if page == page_url else relative(page, page_url)
        return f"{here}#{paper_anchor(paper_id)}"

    def _item_calendar(self, edition: Edition, index: int) -> str | None:
        path = item_ics_path(edition, index)
        return path if path in self.calendars else None

    def _calendar(self, edition: Edition, what: str) -> str | None:
        path = ics_path(edition, what)
        return path if path in self.calendars else None

    def banner_url(self, edition: Edition) -> str | None:
        """The banner's published path (the resized copy when images are processed)."""
        banner = edition.data.banner
        if not banner or not banner.image:
            return None
        pic = self._picture(banner.image, banner.width or 512)
        return pic.src if pic else banner.image

    def _photo(self, person: Person, size: int) -> Picture | None:
        return self.images.square(person.photo, size) if self.images and person.photo else None

    def _picture(self, rel: str | None, width: int) -> Picture | None:
        return self.images.fit(rel, width) if self.images and rel else None


__all__ = ["Markup", "Renderer", "relative"]


