"""Directives rendered to HTML by small Jinja fragments (autoescaped, overridable)."""

from __future__ import annotations

import contextlib
import datetime as dt
import posixpath
import re
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import cache
from ..markup import Converter
from ..outputs.calendar import ics_path, item_ics_path
from ..outputs.images import Images, Picture
from ..values import PLAIN_KINDS, ClockStyle
from ..workshop import Edition, Person, Row, Workshop
from .directives import Directive, DirectiveOptions

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
CARD_SIZE = {"grid": 160, "horizontal": 96}  # CSS px of the square photo


def relative(target: str, page_url: str) -> str:
    """``target`` (site-absolute, no leading slash) as seen from the page at ``page_url``."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
        return target
    here = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    if here.endswith("/") and target.startswith(here) and len(target) > len(here):
        return target[len(here):]  # below the page's folder (a paper's page from the list): no need to walk up
    rel = posixpath.relpath(target or ".", here or ".")
    return rel + "/" if (not target or target.endswith("/")) and not rel.endswith("/") else rel


def _day(value: dt.date | dt.datetime) -> str:
    return f"{value:%B} {value.day}, {value.year}"


def _clock(value: dt.datetime) -> str:
    return f"{value:%H:%M}"


def _when(at: dt.datetime, all_day: bool, tz: str, clock: ClockStyle | None = None) -> str:
    """``June 9, 2025 (AoE)`` or ``May 27, 2025, 23:59 UTC`` (times as the edition writes them)."""
    label = tz if tz in ("AoE", "UTC") else (at.tzname() or tz)
    shown = (clock or ClockStyle()).text(at.hour, at.minute)
    return f"{_day(at)} ({label})" if all_day else f"{_day(at)}, {shown} {label}"


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
        schedule_urls: dict[str, str] | None = None,
        markup: Converter | None = None,
        paper_urls: dict[str, str] | None = None,
        paper_pages: dict[tuple[str, str], str] | None = None,
        paper_files: dict[str, str] | None = None,
    ) -> None:
        self.workshop, self.images = workshop, images
        self.edition_urls = edition_urls or {}
        self.schedule_urls = schedule_urls or {}  # edition id -> the page that shows its schedule
        self.calendars = calendars or set()  # published .ics paths
        self.paper_urls = paper_urls if paper_urls is not None else {}  # edition id -> the page listing its papers
        self.paper_pages = paper_pages or {}  # (edition id, paper id) -> the paper's own page
        self.paper_files = paper_files or {}  # edition id -> its papers.bib (papers.json beside it)
        self._sessions: dict[str, dict[str, Row]] = {}  # edition id -> paper id -> its poster session
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
            bytecode_cache=_SealedBytecode(cache_dir) if cache_dir else None,
        )
        self.markup = markup or Converter({}, set())
        self.env.filters.update(inline=self.markup.inline, markdown=self.markup.block, day=_day, clock=_clock)
        self.env.globals.update(date_range=_date_range, when=_when, paper_anchor=paper_anchor)

    def render(
        self, directive: Directive, page_url: str = "", page_edition: str | None = None, base: str | None = None
    ) -> str:
        """A directive's HTML on the page at ``page_url``; its relative links are written from ``base``
        (default: the page's URL), for an engine that reads them from elsewhere (the source file's folder)."""
        edition = self.workshop.edition(directive.edition or page_edition)
        if edition is None:
            return ""
        return self._fragment(directive.name, edition, page_url, base, options=directive.typed())

    def notice(self, edition: Edition, page_url: str, base: str | None = None) -> str:
        """Over a past edition's page, or one in preparation: which edition is current, linked."""
        current = self.workshop.edition(None)
        if not edition.draft and (not edition.past or current is None or current.id == edition.id):
            return ""
        href = self.edition_urls.get(current.id) if current and current.id != edition.id else None
        return self._fragment("notice", edition, page_url, base, href=href)

    def fragment(self, name: str, edition: Edition, page_url: str, base: str | None = None, **context: object) -> str:
        """A page's whole content from the fragment ``name`` (a paper's page)."""
        return self._fragment(name, edition, page_url, base, None, **context)

    def _fragment(
        self, name: str, edition: Edition, page_url: str, base: str | None, options: DirectiveOptions | None = None,
        **context: object,
    ) -> str:
        template = self.env.get_template(f"fragments/esfomo/{name}.html")
        here = page_url if base is None else base
        return template.render(
            edition=edition,
            workshop=self.workshop,
            options=options or DirectiveOptions(),
            url=lambda target: relative(target, here),
            photo=self._photo,
            plain_kinds=PLAIN_KINDS,
            picture=self._picture,
            editions=self.editions,
            card_size=CARD_SIZE,
            calendar=self._calendar,
            talks=lambda edition, person, role: self._talks(edition, person, role, page_url, here),
            item_calendar=self._item_calendar,
            paper_link=lambda paper_id: self._paper_link(edition, paper_id, page_url, here),
            where=lambda what: self._where(edition, what, page_url, here),
            paper_page=lambda paper_id: self._paper_page(edition, paper_id, here),
            papers_list=lambda: self._papers_list(edition, page_url, here),
            papers_file=lambda suffix: self._papers_file(edition, suffix, here),
            poster_session=lambda paper_id: self._poster_session(edition, paper_id, page_url, here),
            **context,
        )

    def _talks(
        self, edition: Edition, person: Person, role: str, page_url: str, here: str
    ) -> list[tuple[Row, str | None]]:
        """A speaker's or panelist's rows in the schedule, each linked to the row where the schedule is shown."""
        if role not in ("speakers", "panelists"):
            return []
        where = self.schedule_urls.get(edition.id)
        rows = edition.talks(person)
        # A panelist's card names the panel; a speaker's, the talks (both, for someone in no panel).
        rows = [r for r in rows if (r.kind == "panel") == (role == "panelists")] or rows
        if role == "panelists" and sum(r.kind == "panel" for r in edition.rows) == 1:
            rows = [r for r in rows if r.kind != "panel"]  # the one panel: the heading already says it
        found = []
        for row in rows:
            href = None
            if where is not None:
                href = f"#{row.anchor}" if where == page_url else relative(where, here) + f"#{row.anchor}"
            found.append((row, href))
        return found

    def _paper_link(self, edition: Edition, paper_id: str, page_url: str, here: str) -> str | None:
        """Where a paper's entry is, from the page at ``page_url`` (links written from ``here``); None when no
        page lists the papers."""
        page = self.paper_urls.get(edition.id)
        if page is None:
            return None
        folder = "" if page == page_url else relative(page, here)
        return f"{folder}#{paper_anchor(paper_id)}"

    def _where(self, edition: Edition, what: str, page_url: str, here: str) -> str | None:
        """Where the edition's schedule or papers list (``what``) is shown, from the page at ``page_url``."""
        pages = {"schedule": self.schedule_urls, "papers": self.paper_urls}[what]
        page = pages.get(edition.id)
        if page is None:
            return None
        return ("" if page == page_url else relative(page, here)) + f"#esfomo-{what}"
    def _papers_list(self, edition: Edition, page_url: str, here: str) -> str | None:
        """The page listing the edition's papers, relative to ``here``; None when none does."""
        page = self.paper_urls.get(edition.id)
        return None if page is None else ("#papers-poster" if page == page_url else relative(page, here))

    def _paper_page(self, edition: Edition, paper_id: str | None, here: str) -> str | None:
        """The paper's own page, relative to ``here``; None when it has none."""
        page = self.paper_pages.get((edition.id, paper_id or ""))
        return relative(page, here) if page is not None else None

    def _papers_file(self, edition: Edition, suffix: str, here: str) -> str | None:
        """The edition's ``papers.bib`` (suffix ``bib``) or ``papers.json``, relative to ``here``."""
        bib = self.paper_files.get(edition.id)
        return relative(bib.removesuffix("bib") + suffix, here) if bib else None

    def _poster_session(
        self, edition: Edition, paper_id: str | None, page_url: str, here: str
    ) -> tuple[Row, str | None] | None:
        """The poster session presenting the paper, with a link to its row in the schedule."""
        if edition.id not in self._sessions:
            self._sessions[edition.id] = {pid: row for row in edition.rows for pid in row.papers}
        row = self._sessions[edition.id].get(paper_id or "")
        if row is None:
            return None
        where = self.schedule_urls.get(edition.id)
        if where is None:
            return row, None
        return row, f"#{row.anchor}" if where == page_url else f"{relative(where, here)}#{row.anchor}"

    def _item_calendar(self, edition: Edition, row: Row) -> str | None:
        path = item_ics_path(edition, row)
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




class _SealedBytecode(jinja2.BytecodeCache):
    """Jinja's compiled fragments, kept with a digest as the workshop snapshot is (see :mod:`.cache`).

    What Jinja keeps is a pickle and marshalled code, run when loaded: a file in a cache folder
    someone else filled would run as this build. Compiling the fragments again each build
    instead costs more than the rest of a warm build's rendering (15 fragments: 0.8 s against
    0.04 s loaded), so they are kept, and loaded only with this machine's digest.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, bucket: jinja2.bccache.Bucket) -> Path:
        return self.folder / f"{bucket.key}.sealed"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError, ValueError):  # none yet, or not written here: compiled again, and replaced
            bucket.bytecode_from_string(cache.unsealed(self._path(bucket).read_bytes()))

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        cache.write_sealed(self._path(bucket), bucket.bytecode_to_string())
