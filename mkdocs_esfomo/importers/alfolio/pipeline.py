"""The import, step by step: read the site, find its facts, map them to the data format, write the new site."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ... import paths, values
from ...data import schema
from ...data.freeze import freeze
from ...data.yamlsource import DataDumper
from ...userfiles import current_umask
from .accounting import NOT_CARRIED, site_words, unaccounted
from .blocks import Block, parse
from .dates import Dates, find_dates_in
from .day_headings import weekdays_as_days
from .edition_data import Quoted, edition_data, people_entries
from .editions import EDITION_NAME, edition_key, editions_of, past_kept_current
from .found import People, ShownPeople, role_of
from .host import host_conference
from .identity import Identity, find_identity, find_year, site_name
from .jekyll import JekyllPage, JekyllSite, read_site
from .loadable import loadable
from .pages import Assets, Replacement, byline, out_path, page_title, write_page
from .papers import find_papers
from .people import find_people
from .program import Schedule, Session
from .program_people import panel_of_its_panelists, people_from_the_program, program_speakers
from .reach import reachable
from .render import included_beside
from .report import REPORT, Note, markdown
from .schedule import find_schedule
from .sentence_dates import deadline_sentences
from .talk_pages import titles_after_dashes
from .text import has_word, plain, rich_html, slug
from .unreached import sort_unreached

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "footnotes", "tables", "toc", "pymdownx.tilde"]


@dataclass
class ImportPlan:
    """Everything the new site will hold, before anything is written."""

    files: dict[str, str] = field(default_factory=dict)  # path in DEST -> text
    assets: dict[str, Path] = field(default_factory=dict)  # path in docs/ -> old file
    notes: list[Note] = field(default_factory=list)
    site: JekyllSite | None = None
    shown: list[JekyllPage] = field(default_factory=list)  # the old pages a visitor reaches
    hidden: list[JekyllPage] = field(default_factory=list)  # and those none reaches
    carried: list[JekyllPage] = field(default_factory=list)  # of those, the ones the new site keeps unlisted
    replaced: list[tuple[str, int, int, list[str]]] = field(default_factory=list)  # page, file lines, directive
    origins: dict[str, str] = field(default_factory=dict)  # path in DEST -> what of the old site made it (file:line)

    def targets(self, dest: Path) -> tuple[dict[Path, str], dict[Path, Path]]:
        """Where each file goes in ``dest``: pages and assets in its docs/, the rest in it, or
        :class:`paths.Escape` naming what of the old site asked for a path outside."""
        docs = dest / "docs"
        files = {paths.inside(docs, rel.removeprefix("docs/"), self.origins.get(rel, rel)) if rel.startswith("docs/")
                 else paths.inside(dest, rel, rel): text for rel, text in self.files.items()}  # fmt: skip
        assets = {paths.inside(docs, rel, str(source)): source for rel, source in self.assets.items()}
        return files, assets


def import_site(src: Path, dest: Path) -> list[Note]:
    """Write the new site for the al-folio site in ``src`` into ``dest``, with MIGRATION.md; return its items.

    Raises FileExistsError, before writing anything, when ``dest`` exists and is not an empty folder. The site is
    written whole or not at all: into a folder beside ``dest`` that takes its place in one step once all is written,
    so that an import that fails or is stopped leaves ``dest`` as it was.
    """
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(f"{dest} exists and is not empty")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent))
    try:
        notes = _imported(Path(src), partial)
        os.chmod(partial, dest.stat().st_mode & 0o7777 if dest.exists() else 0o777 & ~current_umask())
        os.replace(partial, dest)  # an empty folder is replaced; one that filled meanwhile is not
    except OSError as error:
        if dest.exists() and any(dest.iterdir()):
            raise FileExistsError(f"{dest} exists and is not empty") from error
        raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)  # still there only when it did not take dest's place
    return notes


def _imported(src: Path, dest: Path) -> list[Note]:
    """Write the new site into the empty folder ``dest``: once, and again, keeping as written the blocks whose
    directives do not show what the old site showed."""
    plan = _written(plan_site(Path(src)), src, dest)
    lost = [(n.where.rsplit(":", 1)[0], int(n.where.rsplit(":", 1)[1]), n.last) for n in plan.notes
            if n.what.startswith(NOT_CARRIED)]
    # a block is kept when a run of lines the new site does not show overlaps it (a heading above it included)
    kept = {(rel, start) for rel, start, end, _ in plan.replaced
            if any(page == rel and first < end and start <= max(first, last) for page, first, last in lost)}
    if kept:  # what a directive stood for but its data does not show stays on the page as the old site wrote it
        for child in dest.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        plan = _written(plan_site(Path(src), kept), src, dest)
    return sorted(set(plan.notes), key=lambda n: (n.guess, n.where, n.what))


def _written(plan: ImportPlan, src: Path, dest: Path) -> ImportPlan:
    """Write ``plan`` into ``dest``, build it, and add to its report every old line the new site does not show."""
    plan.files[REPORT] = markdown(plan.notes, Path(src).name)
    files, assets = plan.targets(dest)  # every path checked before anything is written
    for target, text in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for target, source in assets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    plan.notes += loadable(dest)  # a value the data format refuses is left out and named: the site builds
    shown = site_words(dest)
    if isinstance(shown, str):
        shown = shown.replace(f"{dest}{os.sep}", "")  # the folder it was written in is not the one it is read in
        plan.notes.append(Note("mkdocs.yml:1", f"the new site did not build ({shown}): its words could not be "
                               "compared with the old site's"))  # fmt: skip
    elif plan.site:
        plan.notes += unaccounted(plan.site, plan.shown + plan.carried, shown, plan.notes)
    (dest / REPORT).write_text(markdown(plan.notes, Path(src).name), encoding="utf-8")
    return plan


def _bare_read(page: JekyllPage) -> str:
    """How a page without front matter was read, for the report."""
    if page.rel.endswith((".html", ".htm")):
        return f"HTML with no front matter, which Jekyll serves as it is at {page.url}: read as the page it shows"
    if page.url == "/":
        return "no front matter, and no index page: read as the home page, as GitHub Pages serves it"
    return "no front matter: read as a page, as GitHub Pages publishes it (the menu or a page links to it)"


def plan_site(src: Path, kept: set[tuple[str, int]] | None = None) -> ImportPlan:
    """The new site; ``kept``: regions (page, first line) left as written rather than replaced by a directive."""
    site = read_site(src)
    shown, hidden = reachable(site)
    home = next((p for p in shown if p.url == "/"), shown[0] if shown else None)
    contents = {f"_pages/{p['content']}:1" for page in site.pages for p in page.meta.get("profiles") or []
                if isinstance(p, dict) and p.get("content")}  # fmt: skip  # read as the profiles they are
    contents |= {f"{rel}:1" for rel in included_beside(src, [p.rel for p in shown])}  # read where included
    plan = ImportPlan(notes=[n for n in site.notes if n.where not in contents], site=site, shown=shown, hidden=hidden)
    plan.carried, unreached = sort_unreached(hidden)
    plan.notes += [n for n in unreached if n.where not in contents]  # a profile's text is read with its profile
    plan.notes += [Note(f"{p.rel}:1", _bare_read(p), guess=True) for p in shown if p.bare]
    cards = {f"{doc.rel}:1" for docs in site.collections.values() for doc in docs}
    plan.notes += [n for n in find_people(site, shown).notes if n.where in cards]  # cards no edition's page shows
    assets = Assets(site)
    written = {p.url: out_path(p.url) for p in shown + plan.carried}
    entries: dict[str, dict[str, str]] = {}
    editions = editions_of(shown, home)
    plan.notes += past_kept_current(shown, home, editions[-1][1])
    newer = editions[-1][0][0] if editions[-1][0] else None
    if home and editions[-1][0] == (newer, "") and not any((edition_key(p) or (0,))[0] == newer for p in shown):
        plan.notes.append(Note(f"{home.rel}:1", f"the home page read as the {newer} edition, newer than the pages "
                               "named for editions, from its title, description, first heading, opening quote or a "
                               "line saying when it will take place", guess=True))  # fmt: skip
    ids: list[str] = []
    for number, (key, pages, edition_home) in enumerate(editions):
        current = number == len(editions) - 1
        identity, edition_id = _one_edition(plan, site, pages, edition_home, key, current, kept, entries, assets,
                                            written, ids)  # fmt: skip
        ids.append(edition_id)
        if current:
            site_identity = identity
    for page in plan.carried:
        _carry(plan, site, page, dict(zip([key for key, _, _ in editions], ids, strict=True)), written, assets)
    if home is None:
        plan.files["docs/index.md"] = f"---\n{_yaml({'title': site_identity.name})}---\n\n<!-- esfomo/title -->\n"
    plan.notes += assets.notes
    plan.assets = assets.files
    plan.files["docs/_data/people.yml"] = _yaml(entries, "# Every person of the workshop, defined once; editions "
                                                "refer to them by id.\n")  # fmt: skip
    plan.files["mkdocs.yml"] = _mkdocs_yml(site, site_identity, ids[-1] if len(ids) > 1 else None,
                                           [out_path(p.url) for p in plan.carried])
    return plan


def _program(shown: list[JekyllPage], people: People, year: int | None) -> Schedule:
    """The schedule of an edition's pages, read knowing the speakers its people show."""
    schedule = find_schedule(shown, {p.name.lower() for p in people.people if p.role == "speakers"}, year)
    titles_after_dashes(schedule, people.people)
    return schedule


def _people_notes(people: People, cards: set[str], schedule: Schedule) -> list[Note]:
    """What the people's reading reports, but of the cards of collections, and but the names "not read as people"
    on lines the program read (its talks' authors under a session's "Chair:" heading): its speakers."""
    programmed = {page.where(i) for page, start, end in schedule.shown for i in range(start, end)}
    return [n for n in people.notes if n.where not in cards
            and not (n.where in programmed and n.what.endswith("not read as people: kept as written"))]  # fmt: skip


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _edition_name(site: str, venue: str, year: int) -> str:
    """The name of one of several editions: the site's title with the venue and year (``Tiny Workshop CVPR 2024``);
    a title naming one year ("Forum @ ISMR 2026") names the edition it was written for, its year is the edition's."""
    if len(_A_YEAR.findall(site)) == 1:
        return " ".join(filter(None, [_A_YEAR.sub(str(year), site), "" if has_word(site, venue) else venue]))
    return " ".join(filter(None, [site, venue, str(year)]))


def _one_edition(plan: ImportPlan, site: JekyllSite, shown: list[JekyllPage], home: JekyllPage | None,
                 key: tuple[int, str] | None, current: bool, kept: set[tuple[str, int]] | None,
                 entries: dict[str, dict[str, str]], assets: Assets, written: dict[str, str],
                 taken: list[str]) -> tuple[Identity, str]:  # fmt: skip
    """Read one edition from its ``shown`` pages and add its data file and pages to ``plan``."""
    people = find_people(site, shown)
    year = key[0] if key else find_year(site, home, [])
    schedule = _program(shown, people, year)
    dates = _edition_dates(plan, shown, year, current, site.linked_only)
    identity = find_identity(site, home, shown, dates.dates, schedule, [p.name for p in people.people], key)
    if key:  # one of several editions: its year is the one its pages are named for
        name = plain(rich_html(home.title)) if home and EDITION_NAME.search(home.url.strip("/")) else ""
        venue = key[1].upper() if key[1].islower() else key[1]
        own = _edition_name(site_name(site, None), venue, key[0])
        identity.name = name if str(key[0]) in name else own
        identity.year = key[0]
        identity.day = identity.day if _year_of(identity.day) == key[0] else None
    identity.conference, named = host_conference(site, home, identity.year, key[1] if key else "")
    identity.notes += [named] if named else []
    if identity.year and any(d.at.day.year == 1 for d in dates.dates):
        dates = find_dates_in(shown, identity.year, site.linked_only)
    if isinstance(identity.day, tuple):
        _days_of_headings(schedule, identity.day, plan.notes)
    people_from_the_program(people, schedule, calls=bool(dates.dates), site_url=_address(site))
    cards = {f"{doc.rel}:1" for docs in site.collections.values() for doc in docs}
    plan.notes += [*_people_notes(people, cards, schedule), *schedule.notes, *dates.notes, *identity.notes]
    person_ids = people_entries(people, assets, entries, plan.notes)
    program_speakers(schedule, people, person_ids, entries, plan.notes)
    panel_of_its_panelists(schedule, people, shown, plan.notes)
    if len(set(schedule.days)) < 2:  # one day: the edition's date says it
        for entry in schedule.entries:
            for draft in entry.items if isinstance(entry, Session) else [entry]:
                draft.day = None
            if isinstance(entry, Session):
                entry.day = None
    headed = {page.rel: _headed(page, people) for page in shown}  # people of a role under headings of groups
    edition = edition_data(identity, people, person_ids, schedule, dates, shown, _groups(shown, headed), plan.notes)
    papers = find_papers(site, shown)  # "{% bibliography %}": the list jekyll-scholar writes from a .bib file
    plan.notes += papers.notes
    if papers.papers:
        edition["papers"] = papers.papers
    edition_id = str(identity.year) if identity.year else "workshop"
    if not current and key:
        edition_id = f"{key[0]}-{slug(key[1])}" if key[1] else edition_id
        own = f"{len(shown)} page{'s' * (len(shown) != 1)} of its own"
        plan.notes.append(Note(f"{(home or shown[0]).rel}:1", f"past edition {edition_id} read from {own}", guess=True))
    while edition_id in taken:
        edition_id += "-past"
    site_home = next((p for p in shown if p.url == "/"), None)
    for page in shown:
        head = (["<!-- esfomo/title -->", ""] if page is site_home else []) + byline(page)
        replacements = _replacements(page, people, schedule, dates, headed[page.rel])
        for _, index, directive in (shown_at for shown_at in papers.shown if shown_at[0] is page):
            _add(replacements, Replacement(index, index + 1, [directive]))
        plan.replaced += [(page.file(r.start), page.line(r.start), page.line(r.end - 1) + 1, r.lines)
                          for r in replacements]  # fmt: skip
        for region in [r for r in replacements if (page.file(r.start), page.line(r.start)) in (kept or set())]:
            replacements.remove(region)
            what = ", ".join(line.strip("<!-> ") for line in region.lines if line.startswith("<!--")) or "a directive"
            plan.notes.append(Note(page.where(region.start), f"kept as text, not data: the data read here ({what}) "
                                   "does not show all its words, so the block stays as written"))  # fmt: skip
        text = write_page(page, site, replacements, written, assets, plan.notes, head)
        if page is home:
            text = _missing_sections(text, edition, people, shown, _scheduled(schedule, kept) - {page.rel})
        meta = {"title": identity.name if page is site_home else page_title(page)}
        if page is not site_home:
            meta["edition"] = edition_id
        plan.files[f"docs/{out_path(page.url)}"] = f"---\n{_yaml(meta)}---\n\n{text}"
        plan.origins[f"docs/{out_path(page.url)}"] = _url_where(site, page)
        replaced = [range(page.line(r.start), page.line(r.end)) for r in replacements]
        plan.notes += [n for n in page.dropped + _liquid_left(page) if n.where not in papers.said
                       and not any(int(n.where.rsplit(":", 1)[1]) in lines for lines in replaced)]  # fmt: skip
    text = _yaml({f: edition[f] for f in schema.EditionFile.model_fields if f in edition},
                 f"# The {edition_id} edition, imported from an al-folio site: see MIGRATION.md for what to check.\n")
    if key and _over(edition.get("date")):  # one of several, over: its people as read here, whatever people.yml becomes
        text = freeze(text, entries).text
    plan.files[f"docs/_data/editions/{edition_id}.yml"] = text
    return identity, edition_id


def _carry(plan: ImportPlan, site: JekyllSite, page: JekyllPage, editions: dict[tuple[int, str] | None, str],
           written: dict[str, str], assets: Assets) -> None:
    """A page no visitor reaches, as written (its edition's, when it is named for one), unlisted in the navigation."""
    text = write_page(page, site, [], written, assets, plan.notes, [])
    meta = {"title": page_title(page)}
    own = edition_key(page)
    named = [eid for key, eid in editions.items() if key and own and key[0] == own[0]]
    if own and (own in editions or len(named) == 1):
        meta["edition"] = editions.get(own) or named[0]
    plan.files[f"docs/{out_path(page.url)}"] = f"---\n{_yaml(meta)}---\n\n{text}"
    plan.origins[f"docs/{out_path(page.url)}"] = _url_where(site, page)
    plan.notes += page.dropped + _liquid_left(page)


def _edition_dates(
    plan: ImportPlan, shown: list[JekyllPage], year: int | None, current: bool, later: AbstractSet[str]
) -> Dates:
    """The dates the ``shown`` pages list; for the current edition, when they list none, those of pages no visitor
    reaches, else the one a call's sentence says ("submitted ... until June 2nd 2023"); those of the pages at the
    addresses ``later`` (reached only through a link) read after the others'."""
    dates = find_dates_in(shown, year, later)
    if not dates.dates and current and year:
        dates = _unlinked_dates(plan.hidden, year)
    if not dates.dates and current and year:
        dates = deadline_sentences([*shown, *(p for p in plan.hidden if not p.bare)], year)
    return dates


def _unlinked_dates(hidden: list[JekyllPage], year: int) -> Dates:
    """The dates of the ``year`` edition on pages no visitor reaches, when none they reach lists any: a call page
    unlinked once its deadlines passed still gives them (each a guess, naming the page)."""
    found = find_dates_in([p for p in hidden if not p.bare], year)
    kept = [d for d in found.dates if abs(d.at.day.year - year) <= 1]
    notes = [Note(d.where, f"date '{d.name}': read from a page no visitor reaches", guess=True) for d in kept]
    return Dates(kept, [], [n for n in found.notes if n.where in {d.where for d in kept}] + notes)


def _over(date: Any) -> bool:
    """Whether an edition's ``date`` (a day, or [first, last]) has passed."""
    last = date[-1] if isinstance(date, list | tuple) and date else date
    return isinstance(last, dt.date) and last < dt.date.today()


def _days_of_headings(schedule: Schedule, span: tuple[dt.date, dt.date], notes: list[Note]) -> None:
    """Rows under headings of "Day 2" or of a weekday, when no row has a day of its own: the workshop's days."""
    if schedule.numbered and not schedule.days:
        _numbered_days(schedule, span, notes)
    if schedule.weekdays and not schedule.days:
        weekdays_as_days(schedule, span, notes)


def _numbered_days(schedule: Schedule, span: tuple[dt.date, dt.date], notes: list[Note]) -> None:
    """Tables under "Day 1", "Day 2" headings: the workshop's first day, its second, when its days are known."""
    for number, where, entries in schedule.numbered:
        day = span[0] + dt.timedelta(days=number - 1)
        if number < 1 or day > span[1]:
            continue
        for entry in entries:
            drafts: list[Any] = [*entry.items, entry] if isinstance(entry, Session) else [entry]
            for draft in drafts:
                draft.day = day
        schedule.days.append(day)
        notes.append(Note(where, f"'Day {number}' read as the workshop's day {number}: {day}", guess=True))


def _year_of(day: dt.date | tuple[dt.date, dt.date] | None) -> int | None:
    return None if day is None else (day[0] if isinstance(day, tuple) else day).year


def _url_where(site: JekyllSite, page: JekyllPage) -> str:
    """The line of the old site that gives a page its address: its ``permalink``, or its file."""
    lines = (site.root / page.rel).read_text(encoding="utf-8-sig", errors="replace").splitlines()[: page.first_line]
    return f"{page.rel}:{next((n for n, line in enumerate(lines, 1) if line.startswith('permalink:')), 1)}"


def _replacements(page: JekyllPage, people: People, schedule: Schedule, dates: Dates,
                  regions: list[Headed]) -> list[Replacement]:  # fmt: skip
    """The directives that stand for what the page showed (``regions``: its people under headings of a role)."""
    found: list[Replacement] = []
    placed: set[str] = set()
    told = {p.role for p in people.people if p.bio and p.source == page.rel}  # a layout with room for their bios
    headed = _one_list(regions)
    for shown in people.shown:
        if shown.page is page:
            # their bios, as the old page showed them
            layout = ", layout: horizontal" if shown.with_bios or shown.role in told else ""
            directive = (
                "<!-- esfomo/sponsors -->"
                if shown.role is None
                else f"<!-- esfomo/people {{ role: {shown.role}{layout} }} -->"
                if shown.role
                else ""
            )
            key = directive or f"none{shown.start}"
            lines = [*([shown.heading, ""] if shown.heading else []), directive] if directive and key not in placed \
                else []  # fmt: skip
            placed.add(key)
            start, heading = headed.get(shown.start, (shown.start, []))
            _add(found, Replacement(start, shown.end, heading + lines))
    first = True
    for shown_page, start, end in schedule.shown:
        if shown_page is page:
            _add(found, Replacement(start, end, ["<!-- esfomo/schedule -->"] if first else []))
        first = first and shown_page is not page
    for shown_page, block, kept in dates.shown:
        if shown_page is page and not block.in_html:
            _add(found, Replacement(block.start, block.end, ["<!-- esfomo/dates -->", "", *(f"- {k}" for k in kept)]))
    return found


# A region of people of one role under a heading of its own: the region, its heading, and whether the heading is
# the role's own ("Organizers") rather than a group's ("Workshop Chairs").
Headed = tuple[ShownPeople, Block, bool]


def _headed(page: JekyllPage, people: People) -> list[Headed]:
    """People of one role under several headings right above them ("Workshop Chairs", "Advisors"): each region
    with its heading, first to last."""
    blocks = parse(page.body)
    out: list[Headed] = []
    for role in sorted({s.role for s in people.shown if s.page is page and s.role}):
        regions = sorted((s for s in people.shown if s.page is page and s.role == role), key=lambda s: s.start)
        above = [next((b for b in reversed(blocks) if b.end <= s.start), None) for s in regions]
        headings = [b for b in above if b is not None and b.kind == "heading" and not b.in_html]
        if len(headings) < len(regions) or len({plain(h.text) for h in headings}) < 2:
            continue
        if not all(role_of(h.text) or has_word(h.text, "chair", "chairs", "board") for h in headings):
            continue  # "Slow vs Fast Science", "Reproducibility": each panel's topic, not a group of the role
        for number, (shown, heading) in enumerate(zip(regions, headings, strict=True)):
            own = not number and plain(heading.text).lower().replace("organis", "organiz").rstrip("s") == role[:-1]
            out.append((shown, heading, own))
    return out


def _groups(pages: list[JekyllPage], headed: dict[str, list[Headed]]) -> dict[str, str]:
    """The group each person of a role under several headings is listed under (the heading over them), by
    where they were found; those under the role's own heading have none."""
    groups: dict[str, str] = {}
    for page in pages:
        for shown, heading, own in headed[page.rel]:
            if not own:
                groups |= {page.where(i): plain(heading.text) for i in range(shown.start, shown.end)}
    return groups


def _one_list(headed: list[Headed]) -> dict[int, tuple[int, list[str]]]:
    """A role under several headings is one list on the new page, under the role's heading, each old heading the
    name of its group. By each region's first line: where its replacement starts (its heading's line), and the
    heading it writes."""
    out: dict[int, tuple[int, list[str]]] = {}
    first: set[str | None] = set()
    for shown, heading, own in headed:
        if own:
            out[shown.start] = (shown.start, [])
        else:
            written = [] if shown.role in first else [f"{'#' * heading.level} {(shown.role or '').capitalize()}", ""]
            out[shown.start] = (heading.start, written)
        first.add(shown.role)
    return out


def _add(found: list[Replacement], new: Replacement) -> None:
    """Regions that overlap are one: the first keeps its place, the others' directives join it (a region that
    overlaps two regions makes the three one)."""
    overlapping = [old for old in found if new.start < old.end and old.start < new.end]
    if not overlapping:
        found.append(new)
        return
    first = overlapping[0]
    for other in [*overlapping[1:], new]:
        first.start, first.end = min(first.start, other.start), max(first.end, other.end)
        first.lines += [line for line in other.lines if line not in first.lines]
        if other is not new:
            found.remove(other)


def _scheduled(schedule: Schedule, kept: set[tuple[str, int]] | None) -> set[str]:
    """The pages whose schedule becomes the schedule directive (not kept as written)."""
    kept = kept or set()
    return {page.rel for page, start, _ in schedule.shown if (page.file(start), page.line(start)) not in kept}


def _missing_sections(text: str, edition: dict[str, Any], people: People, pages: list[JekyllPage],
                      scheduled: set[str]) -> str:  # fmt: skip
    """Roles that no written page shows get a section on the home page, so every person is on the site; so does the
    schedule when no other page (``scheduled``) shows it."""
    placed = {s.role for s in people.shown if s.page in pages}
    extra = []
    for role in values.ROLES:
        if edition.get(role) and role not in placed:
            extra += [f"## {role.capitalize()}", "", f"<!-- esfomo/people {{ role: {role} }} -->", ""]
    if edition.get("schedule") and "<!-- esfomo/schedule -->" not in text and not scheduled:
        extra += ["## Schedule", "", "<!-- esfomo/schedule -->", ""]
    return text + ("\n" + "\n".join(extra) if extra else "")


def _liquid_left(page: JekyllPage) -> list[Note]:
    """Liquid that showed something this import does not carry over (a news list, a loop over _data)."""
    notes = []
    for tag in page.tags:
        include, where = tag.include, f"{tag.file or page.rel}:{tag.line}"
        if include and not include[0].startswith(("figure", "people", "projects", "speakers", "organizers")):
            if "name" not in include[1]:
                notes.append(Note(where, f"Liquid '{{% include {include[0]} %}}' left out"))
        elif re.match(r"for\s+\w+\s+in\s+site\.data\.", tag.text):
            notes.append(Note(where, f"Liquid loop '{{% {tag.text} %}}' over _data left out"))
    return notes


def _mkdocs_yml(site: JekyllSite, identity: Identity, current: str | None, unlisted: list[str]) -> str:
    config: dict[str, Any] = {"site_name": identity.name}
    url = _address(site)
    if re.match(r"^https?://\S+$", url.rstrip("/")):
        config["site_url"] = url.rstrip("/") + "/"
    esfomo: Any = {"esfomo": {"current": current}} if current else "esfomo"  # else the edition with the latest date
    config |= {"theme": "material", "plugins": ["search", esfomo], "markdown_extensions": EXTENSIONS}
    if unlisted:  # pages the old site published but no menu or page reached: at their address, not in the menu
        config["not_in_nav"] = _Block("".join(f"/{path}\n" for path in unlisted))
    return _yaml(config)


class _Block(str):
    """A string of lines, written as a YAML block (``|``)."""


class _Dumper(DataDumper):
    """As the data files are written, with times in double quotes."""


_Dumper.add_representer(Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))
_Dumper.add_representer(_Block, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style="|"))


def _yaml(data: Any, header: str = "") -> str:
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    return header + str(text)


def _address(site: JekyllSite) -> str:
    """The site's own address, its url and baseurl (``https://site.org/2025/``); "/" when it gives none."""
    url = str(site.config.get("url") or "").rstrip("/") + "/" + str(site.config.get("baseurl") or "").strip("/")
    return url.rstrip("/") + "/"
