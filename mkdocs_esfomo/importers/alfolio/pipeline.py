"""The import, step by step: read the site, find its facts, map them to the data format, write the new site."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ... import model, paths, values
from .accounting import NOT_CARRIED, site_words, unaccounted
from .dates import Dates, as_data, find_dates_in
from .identity import Identity, find_identity, find_year
from .jekyll import Page, Site, reachable, read_site
from .pages import Assets, Replacement, out_path, page_title, write_page
from .people import People, find_people
from .report import REPORT, Note, markdown
from .schedule import Draft, Schedule, Session, find_schedule
from .text import PersonText, slug

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "footnotes", "tables", "toc", "pymdownx.tilde"]


@dataclass
class Plan:
    """Everything the new site will hold, before anything is written."""

    files: dict[str, str] = field(default_factory=dict)  # path in DEST -> text
    assets: dict[str, Path] = field(default_factory=dict)  # path in docs/ -> old file
    notes: list[Note] = field(default_factory=list)
    site: Site | None = None
    shown: list[Page] = field(default_factory=list)  # the old pages a visitor reaches
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

    Raises FileExistsError, before writing anything, when ``dest`` exists and is not an empty folder.
    """
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(f"{dest} exists and is not empty")
    plan = _written(plan_site(Path(src)), src, dest)
    kept = {(rel, start) for rel, start, end, _ in plan.replaced
            if any(n.where.rsplit(":", 1)[0] == rel and start <= int(n.where.rsplit(":", 1)[1]) < end
                   for n in plan.notes if n.what.startswith(NOT_CARRIED))}  # fmt: skip
    if kept:  # what a directive stood for but its data does not show stays on the page as the old site wrote it
        for child in dest.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        plan = _written(plan_site(Path(src), kept), src, dest)
    return sorted(set(plan.notes), key=lambda n: (n.guess, n.where, n.what))


def _written(plan: Plan, src: Path, dest: Path) -> Plan:
    """Write ``plan`` into ``dest``, build it, and add to its report every old line the new site does not show."""
    plan.files[REPORT] = markdown(plan.notes, Path(src).name)
    files, assets = plan.targets(dest)  # every path checked before anything is written
    for target, text in files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for target, source in assets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shown = site_words(dest)
    if isinstance(shown, str):
        plan.notes.append(Note("mkdocs.yml:1", f"the new site did not build ({shown}): its words could not be "
                               "compared with the old site's"))  # fmt: skip
    elif plan.site:
        plan.notes += unaccounted(plan.site, plan.shown, shown, plan.notes)
    (dest / REPORT).write_text(markdown(plan.notes, Path(src).name), encoding="utf-8")
    return plan


def plan_site(src: Path, kept: set[tuple[str, int]] | None = None) -> Plan:
    """The new site; ``kept``: regions (page, first line) left as written rather than replaced by a directive."""
    site = read_site(src)
    shown, hidden = reachable(site)
    home = next((p for p in shown if p.url == "/"), shown[0] if shown else None)
    people = find_people(site, shown)
    invited = {p.name.lower() for p in people.people if p.role == "speakers"}
    year = find_year(site, home, [])
    schedule = find_schedule(shown, invited, year)
    dates = find_dates_in(shown, year)
    identity = find_identity(site, home, shown, dates.dates, schedule)
    if identity.year and any(d.at.day.year == 1 for d in dates.dates):
        dates = find_dates_in(shown, identity.year)
    contents = {f"_pages/{p['content']}:1" for page in site.pages for p in page.meta.get("profiles") or []
                if isinstance(p, dict) and p.get("content")}  # fmt: skip  # read as the profiles they are
    found = [n for n in site.notes if n.where not in contents]
    plan = Plan(notes=[*found, *people.notes, *schedule.notes, *dates.notes, *identity.notes], site=site, shown=shown)
    plan.notes += [Note(f"{p.rel}:1", "page no visitor reaches (not in the navigation, linked from no page): not "
                        "imported") for p in hidden if not re.match(r"404", p.url.strip("/"))]  # fmt: skip
    assets = Assets(site)
    entries, person_ids = _people(people, assets)
    if len(set(schedule.days)) < 2:  # one day: the edition's date says it
        for entry in schedule.entries:
            for draft in entry.items if isinstance(entry, Session) else [entry]:
                draft.day = None
            if isinstance(entry, Session):
                entry.day = None
    edition = _edition(identity, people, person_ids, schedule, dates, shown, plan.notes)
    edition_id = str(identity.year) if identity.year else "workshop"
    plan.notes += _other_editions(shown, edition_id)
    written = {p.url: out_path(p.url) for p in shown}
    for page in shown:
        head = ["<!-- esfomo/title -->", ""] if page is home else []
        replacements = _replacements(page, people, schedule, dates)
        plan.replaced += [(page.rel, page.line(r.start), page.line(r.end - 1) + 1, r.lines) for r in replacements]
        for region in [r for r in replacements if (page.rel, page.line(r.start)) in (kept or set())]:
            replacements.remove(region)
            what = ", ".join(line.strip("<!-> ") for line in region.lines if line.startswith("<!--")) or "a directive"
            plan.notes.append(Note(page.where(region.start), f"kept as text, not data: the data read here ({what}) "
                                   "does not show all its words, so the block stays as written"))  # fmt: skip
        text = write_page(page, site, replacements, written, assets, plan.notes, head)
        if page is home:
            text = _missing_sections(text, edition, people, shown)
        meta = {"title": identity.name if page is home else page_title(page)}
        if page is not home:
            meta["edition"] = edition_id
        plan.files[f"docs/{out_path(page.url)}"] = f"---\n{_yaml(meta)}---\n\n{text}"
        plan.origins[f"docs/{out_path(page.url)}"] = _url_where(site, page)
        replaced = [range(page.line(r.start), page.line(r.end)) for r in replacements]
        plan.notes += [n for n in page.dropped + _liquid_left(page)
                       if not any(int(n.where.rsplit(":", 1)[1]) in lines for lines in replaced)]  # fmt: skip
    if home is None:
        plan.files["docs/index.md"] = f"---\n{_yaml({'title': identity.name})}---\n\n<!-- esfomo/title -->\n"
    plan.notes += assets.notes
    plan.assets = assets.files
    plan.files["docs/_data/people.yml"] = _yaml(entries, "# Every person of the workshop, defined once; editions "
                                                "refer to them by id.\n")  # fmt: skip
    plan.files[f"docs/_data/editions/{edition_id}.yml"] = _yaml(
        {f: edition[f] for f in model.EditionFile.model_fields if f in edition},
        f"# The {edition_id} edition, imported from an al-folio site: see MIGRATION.md for what to check.\n",
    )
    plan.files["mkdocs.yml"] = _mkdocs_yml(site, identity)
    return plan


def _url_where(site: Site, page: Page) -> str:
    """The line of the old site that gives a page its address: its ``permalink``, or its file."""
    lines = (site.root / page.rel).read_text(encoding="utf-8-sig", errors="replace").splitlines()[: page.first_line]
    return f"{page.rel}:{next((n for n, line in enumerate(lines, 1) if line.startswith('permalink:')), 1)}"


def _people(people: People, assets: Assets) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """people.yml, one entry per person however many cards name them; and each name's id."""
    entries: dict[str, dict[str, str]] = {}
    for person in people.people:
        pid = slug(person.name)
        entry = entries.setdefault(pid, {"name": person.name})
        fields = {"affiliation": person.affiliation, "url": person.url, "bio": person.bio}
        for key, value in fields.items():
            if value and key not in entry:
                entry[key] = value
        if person.photo and "photo" not in entry and (photo := assets.copy(person.photo, person.where)):
            entry["photo"] = photo
    return entries, {slug(p.name): slug(p.name) for p in people.people}


def _ref(person: PersonText, ids: dict[str, str], entries_affiliation: dict[str, str | None]) -> Any:
    pid = ids.get(slug(person.name))
    if pid:
        if person.affiliation and slug(person.affiliation) != slug(entries_affiliation.get(pid) or ""):
            return {"id": pid, "affiliation": person.affiliation}
        return pid
    return {k: v for k, v in person._asdict().items() if v}


def _item(draft: Draft, ids: dict[str, str], affiliations: dict[str, str | None], notes: list[Note]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    if draft.day:
        item["day"] = draft.day
    if draft.time:
        item["time"] = _Quoted(draft.time.text)
    if draft.end:
        item["end"] = _Quoted(draft.end.text)
    item["kind"] = draft.kind
    if draft.label:
        item["label"] = draft.label
    item["title"] = draft.title or values.KIND_LABEL[draft.kind]
    if draft.speakers:
        refs: list[Any] = []
        for person in draft.speakers:
            ref = _ref(person, ids, affiliations)
            if ref not in refs:
                refs.append(ref)
        item["speakers"] = refs
    if draft.link:
        item["link"] = draft.link
    if draft.links:
        item["links"] = dict(draft.links)
    if draft.notes:
        item["abstract"] = " ".join(draft.notes)
    if draft.emoji and draft.emoji != values.KIND_EMOJI.get(draft.kind):
        item["emoji"] = draft.emoji
    if draft.guessed:
        notes.append(Note(draft.where, f"schedule row '{draft.guessed}': kind '{draft.kind}' guessed from its words",
                          guess=True))  # fmt: skip
    return item


def _edition(identity: Identity, people: People, ids: dict[str, str], schedule: Schedule, dates: Dates,
             pages: list[Page], notes: list[Note]) -> dict[str, Any]:  # fmt: skip
    edition: dict[str, Any] = {"name": identity.name}
    for key in ("title", "subtitle", "contact"):
        if value := getattr(identity, key):
            edition[key] = value
    if identity.day:
        edition["date"] = list(identity.day) if isinstance(identity.day, tuple) else identity.day
    if identity.zone and schedule.entries:
        edition["timezone"] = identity.zone.name
        if identity.zone.label:
            edition["timezone_label"] = identity.zone.label
    if identity.city:
        edition["location"] = {"city": identity.city}
    openreview = re.compile(r"https://openreview\.net/group\?id=[^)\s\]\"'>&#]+")
    submission = next((m.group(0) for p in pages if (m := openreview.search(p.body))), None)
    if submission:
        edition["links"] = {"submission": submission}
    if dates.dates:
        edition["dates"] = [as_data(d) for d in dates.dates]
    for role in values.ROLES:
        members = list(dict.fromkeys(slug(p.name) for p in people.people if p.role == role))
        if members:
            edition[role] = members
    if people.sponsors:
        edition["sponsors"] = [{k: v for k, v in {"name": s.name, "url": s.url}.items() if v} for s in people.sponsors]
    affiliations = {slug(p.name): p.affiliation for p in people.people}
    schedule_data: list[dict[str, Any]] = []
    for entry in schedule.entries:
        if isinstance(entry, Session):
            session: dict[str, Any] = {"session": entry.title}
            if entry.emoji:
                session["emoji"] = entry.emoji
            if entry.day:
                session["day"] = entry.day
            if entry.time:
                session["time"] = _Quoted(entry.time.text)
            session["items"] = [_item(d, ids, affiliations, notes) for d in entry.items]
            schedule_data.append(session)
        else:
            schedule_data.append(_item(entry, ids, affiliations, notes))
    if schedule_data:
        edition["schedule"] = schedule_data
    return edition


def _replacements(page: Page, people: People, schedule: Schedule, dates: Dates) -> list[Replacement]:
    found: list[Replacement] = []
    placed: set[str] = set()
    for shown in people.shown:
        if shown.page is page:
            directive = (
                "<!-- esfomo/sponsors -->"
                if shown.role is None
                else f"<!-- esfomo/people {{ role: {shown.role} }} -->"
                if shown.role
                else ""
            )
            key = directive or f"none{shown.start}"
            lines = [directive] if directive and key not in placed else []
            placed.add(key)
            _add(found, Replacement(shown.start, shown.end, lines))
    first = True
    for shown_page, start, end in schedule.shown:
        if shown_page is page:
            _add(found, Replacement(start, end, ["<!-- esfomo/schedule -->"] if first else []))
        first = first and shown_page is not page
    for shown_page, block, kept in dates.shown:
        if shown_page is page and not block.in_html:
            _add(found, Replacement(block.start, block.end, ["<!-- esfomo/dates -->", "", *(f"- {k}" for k in kept)]))
    return found


def _add(found: list[Replacement], new: Replacement) -> None:
    """Regions that overlap are one: the first keeps its place, the second's directive joins it."""
    for old in found:
        if new.start < old.end and old.start < new.end:
            old.start, old.end = min(old.start, new.start), max(old.end, new.end)
            old.lines += [line for line in new.lines if line not in old.lines]
            return
    found.append(new)


def _missing_sections(text: str, edition: dict[str, Any], people: People, pages: list[Page]) -> str:
    """Roles that no written page shows get a section on the home page, so every person is on the site."""
    placed = {s.role for s in people.shown if s.page in pages}
    extra = []
    for role in values.ROLES:
        if edition.get(role) and role not in placed:
            extra += [f"## {role.capitalize()}", "", f"<!-- esfomo/people {{ role: {role} }} -->", ""]
    if edition.get("schedule") and "<!-- esfomo/schedule -->" not in text:
        extra += ["## Schedule", "", "<!-- esfomo/schedule -->", ""]
    return text + ("\n" + "\n".join(extra) if extra else "")


_EDITION = re.compile(r"(?:^|[/_-])([a-z]*[_-]?(?:19|20)\d\d)$", re.IGNORECASE)


def _other_editions(pages: list[Page], edition_id: str) -> list[Note]:
    """Pages named for an edition (``WACV_2024.md``, ``/2023/``) other than the one imported: one edition holds them
    all, which the report says page by page."""
    named = {p.rel: m.group(1) for p in pages if (m := _EDITION.search(p.url.strip("/") or Path(p.rel).stem))}
    if len({re.sub(r"\D", "", n) + n.lower() for n in named.values()}) < 2:
        return []
    return [Note(f"{rel}:1", f"page of the {name} edition, one of {len(set(named.values()))} editions in this site: "
                 f"imported into the {edition_id} edition with the others; give it an edition of its own")
            for rel, name in named.items() if edition_id not in name]  # fmt: skip


def _liquid_left(page: Page) -> list[Note]:
    """Liquid that showed something this import does not carry over (a news list, a loop over _data)."""
    notes = []
    for tag in page.tags:
        include = tag.include
        if include and not include[0].startswith(("figure", "people", "projects", "speakers", "organizers")):
            if "name" not in include[1]:
                notes.append(Note(f"{page.rel}:{tag.line}", f"Liquid '{{% include {include[0]} %}}' left out"))
        elif re.match(r"for\s+\w+\s+in\s+site\.data\.", tag.text):
            notes.append(Note(f"{page.rel}:{tag.line}", f"Liquid loop '{{% {tag.text} %}}' over _data left out"))
    return notes


def _mkdocs_yml(site: Site, identity: Identity) -> str:
    config: dict[str, Any] = {"site_name": identity.name}
    url = str(site.config.get("url") or "").rstrip("/") + "/" + str(site.config.get("baseurl") or "").strip("/")
    if re.match(r"^https?://\S+$", url.rstrip("/")):
        config["site_url"] = url.rstrip("/") + "/"
    config |= {"theme": "material", "plugins": ["search", "esfomo"], "markdown_extensions": EXTENSIONS}
    return _yaml(config)


class _Quoted(str):
    """A string always written in double quotes (times)."""


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no type hints
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the loader refuses anchors and aliases

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # lists indented under their key, as in the documented data files


_Dumper.add_representer(_Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def _yaml(data: Any, header: str = "") -> str:
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    return header + str(text)
