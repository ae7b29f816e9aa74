"""The people a site shows, with their roles: card collections, include tags, HTML cards, profile pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ... import paths
from .blocks import Block, Element, class_rows, parse
from .jekyll import JekyllPage, JekyllSite, Tag
from .render import read_data
from .report import Note
from .text import bare_name, has_word, lines, looks_like_name, people_in, plain, rich, rich_html
from .when import time_range

ROLE_WORDS = (  # checked in this order: "panel speakers" are panelists
    ("panelists", ("panel", "panels", "panelist", "panelists", "panel discussion")),
    ("speakers", ("speaker", "speakers", "keynote", "keynotes", "lecturer", "lecturers", "talks", "presenters")),
    ("organizers", ("organizer", "organizers", "organiser", "organisers", "organizing", "organising", "committee",
                    "advisor", "advisors", "advisory", "chairs", "steering", "organizing team", "team")),
)  # fmt: skip
SPONSOR_WORDS = ("sponsor", "sponsors", "sponsored", "partners")
PHOTO_KEYS = ("img", "image", "photo", "profile_pic", "picture", "avatar")
URL_KEYS = ("website", "url", "redirect", "redirect_to", "homepage", "link", "web")
CARD_PART = re.compile(r"[-_](?:name|title|subtitle|affiliation|bio|image|img|photo|pic|info|text|body|content|overlay|"
                       r"header|footer|links?|social|details|role|position|description|container)$", re.IGNORECASE)
CARD_CLASS = re.compile(r"card|member|person|people|speaker|organi[sz]er|profile|team", re.IGNORECASE)


NO_ROLE_WORDS = ("program committee", "programme committee", "reviewers", "pc members", "volunteers", "volunteer",
                 "award committee", "awards committee")


def role_of(text: str) -> str | None:
    """The role a heading or a category names in the organizers' words ("invited speakers", "lecturer");
    none for those who review or help ("Program Committee"). A link's address says nothing (``[Ann](/team/ann)``)."""
    text = plain(text)
    if has_word(text, *NO_ROLE_WORDS):
        return None
    return next((role for role, wanted in ROLE_WORDS if has_word(text, *wanted)), None)


@dataclass
class FoundPerson:
    name: str
    where: str
    role: str | None
    affiliation: str | None = None
    url: str | None = None
    photo: str | None = None  # as the old site wrote it
    bio: str | None = None
    source: str = ""  # the file that names the photo
    order: int = 0  # the line of the page that shows them, for page order


@dataclass
class FoundSponsor:
    name: str
    where: str
    url: str | None = None
    logo: str | None = None
    source: str = ""


@dataclass
class ShownPeople:
    """Lines of a page that showed people (a card grid, include tags), which a people directive replaces."""

    page: JekyllPage
    start: int
    end: int
    role: str | None  # None: sponsors


@dataclass
class People:
    people: list[FoundPerson] = field(default_factory=list)
    sponsors: list[FoundSponsor] = field(default_factory=list)
    shown: list[ShownPeople] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def role_above(page: JekyllPage, blocks: list[Block], index: int, notes: list[Note] | None = None) -> str | None:
    """The role the heading above a line names, else the page's title ("Organizers"). A guess from the
    organizers' words: ``notes`` gets it, once for each heading or title, at its line."""
    heading = _heading_block_before(blocks, index)
    if heading is not None and (role := role_of(heading.text)):
        if notes is not None and (note := _read_from(page, heading, role)) not in notes:
            notes.append(note)
        return role
    if heading is not None and has_word(heading.text, *NO_ROLE_WORDS, *SPONSOR_WORDS):
        return None  # "## Volunteers", "## Sponsors" on the organizers' page: not organizers
    role = role_of(page.title)
    if role and notes is not None:
        note = Note(f"{page.rel}:1", f"role '{role}' read from the page's title '{page.title[:80]}'", guess=True)
        notes.extend([note] if note not in notes else [])
    return role


def _role_from(*sources: tuple[str, str]) -> tuple[str | None, str]:
    """The first role the organizers' words name, and where: ``("category", "Invited Speaker")`` gives
    ``("speakers", "category 'Invited Speaker'")``; a name that is the role itself is no guess (no where)."""
    for kind, text in sources:
        if role := role_of(text):
            said = text.strip().lower().rstrip("s") == role.rstrip("s")  # a collection named "organizers"
            return role, "" if said else f"{kind} '{text[:80]}'"
    return None, ""


def _read_from(page: JekyllPage, heading: Block, role: str) -> Note:
    return Note(page.where(heading.start), f"role '{role}' read from the heading '{heading.text[:80]}'", guess=True)


def heading_before(blocks: list[Block], index: int) -> str:
    """The heading above a line that names a role: the nearest, else the one it stands under
    ("## Panel 1" over "##### Key Techniques ...")."""
    found = _heading_block_before(blocks, index)
    return found.text if found is not None else ""


def _heading_block_before(blocks: list[Block], index: int) -> Block | None:
    level = 7
    nearest = None
    for block in reversed(blocks):
        if block.kind != "heading" or block.start > index or block.level >= level or _card_title(block):
            continue
        nearest = nearest or block
        if role_of(block.text) or has_word(block.text, *SPONSOR_WORDS, *NO_ROLE_WORDS):
            return block
        level = block.level
    return nearest


def _card_title(block: Block) -> bool:
    """``<h2 class="card-title">Ann Lee</h2>``: the name on a card, not a heading over the cards."""
    return block.element is not None and any(CARD_CLASS.search(c) for c in block.element.classes)


def _enclosing(blocks: list[Block], index: int) -> tuple[int, int]:
    """The top-level HTML region around a body line, else the line alone."""
    for block in blocks:
        if block.kind == "html" and not block.in_html and block.start <= index < block.end:
            return block.start, block.end
    return index, index + 1


def _field(meta: dict[str, object], keys: tuple[str, ...]) -> str | None:
    value = next((meta[k] for k in keys if meta.get(k)), None)
    return plain(rich_html(str(value))) if value else None


def is_sample(doc: JekyllPage) -> bool:
    """al-folio's own sample cards (``_projects/1_project.md``, "project 1"), left in place by many sites."""
    return bool(re.fullmatch(r"\d+_project", doc.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0])) and bool(
        re.fullmatch(r"project \d+", plain(str(doc.meta.get("title") or "")).lower())
    )


def _importance(doc: JekyllPage) -> tuple[float, str]:
    """al-folio lists cards by their ``importance``, then by file name."""
    value = doc.meta.get("importance")
    number = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else float("inf")
    return number, doc.rel


def _from_document(doc: JekyllPage, role: str | None) -> FoundPerson | FoundSponsor | None:
    name = _field(doc.meta, ("name", "title"))
    if not name:
        return None
    url = _field(doc.meta, URL_KEYS)
    url = url if url and url.startswith("http") else None
    photo = _field(doc.meta, PHOTO_KEYS)
    where = f"{doc.rel}:1"
    category = str(doc.meta.get("category") or "")
    if has_word(category, *SPONSOR_WORDS):
        return FoundSponsor(name, where, url, photo, doc.rel)
    bio = " ".join(lines(doc.body)).strip() or None
    affiliation = _field(doc.meta, ("affiliation", "description", "institution"))
    return FoundPerson(name, where, role, affiliation, url, photo, bio, doc.rel)


def _loops(page: JekyllPage, site: JekyllSite, blocks: list[Block], found: People, shown_docs: set[str]) -> None:
    """``{% assign x = site.speakers | where: "category", "organizer" %}``: the cards a page lists."""
    for tag in page.tags:
        for collection, rest in re.findall(r"site\.(\w+)((?:\s*\|[^|%]*)*)", tag.text):
            docs = site.collections.get(collection)
            if docs is None:
                continue
            category = re.search(r"""where:\s*["']category["']\s*,\s*(?:["']([^"']+)["']|(\w+))""", rest)
            wanted: list[str] | None = None
            if category and category.group(1):
                wanted = [category.group(1)]
            elif category and isinstance(page.meta.get("display_categories"), list):
                wanted = [str(c) for c in page.meta["display_categories"]]
            index = page.index(tag.line, tag.file)
            heading = heading_before(blocks, index)
            start, end = _enclosing(blocks, index)
            roles: set[str | None] = set()
            for doc in sorted(docs, key=_importance):
                if doc.rel in shown_docs or (wanted and str(doc.meta.get("category") or "") not in wanted):
                    continue
                if is_sample(doc):
                    continue
                role, words = _role_from(("category", str(doc.meta.get("category") or "")),
                                         ("collection", collection), ("heading", heading), ("page's title", page.title))
                entry = _from_document(doc, role)
                if entry is None:
                    found.notes.append(Note(f"{doc.rel}:1", "card without a name or title: not imported"))
                    continue
                shown_docs.add(doc.rel)
                if isinstance(entry, FoundSponsor):
                    found.sponsors.append(entry)
                    roles.add(None)
                else:
                    entry.order = tag.line
                    found.people.append(entry)
                    if words and (note := Note(page.where(index), f"role '{role}' read from the {words}",
                                               guess=True)) not in found.notes:  # fmt: skip
                        found.notes.append(note)
                    roles.add(entry.role)
                    if role is None:
                        found.notes.append(Note(entry.where, f"{entry.name}: no role found in the category, the "
                                                "collection or the heading: in people.yml only"))  # fmt: skip
            for role in sorted(roles, key=str):
                found.shown.append(ShownPeople(page, start, end, role))


def _data_loops(page: JekyllPage, site: JekyllSite, blocks: list[Block], found: People, data: dict[str, Any]) -> None:
    """``{% for s in site.data.speakers %}``, ``{% include people.md people=site.data.organizers %}``: the records
    with a name in a ``_data`` file a page shows, when the file's name, a parameter, the heading before or the page's
    title names their role; the lines the tag renders are theirs."""
    source = (site.root / page.rel).read_text(encoding="utf-8-sig", errors="replace")
    tags = [Tag(m.group(1), source.count("\n", 0, m.start()) + 1)
            for m in re.finditer(r"\{%-?\s*(.*?)\s*-?%\}", source, re.DOTALL)]  # fmt: skip  # as written, loops too
    for number, tag in enumerate(tags):
        used = re.search(r"\bsite\.data\.([\w.]+)", tag.text)
        key = used.group(1) if used else _included_data(site, tag)
        if not key or not re.match(r"\s*(for|include)\b", tag.text):
            continue
        records: Any = data
        for part in key.split("."):
            records = records.get(part) if isinstance(records, dict) else None
        named = _named_records(records)
        if not named:
            continue
        index = page.index(tag.line)
        params = tag.include[1] if tag.include else {}
        role, words = _role_from(("data file", key.rsplit(".", 1)[-1]),
                                 ("parameter", str(params.get("title") or "")),
                                 ("heading", heading_before(blocks, index)), ("page's title", page.title))
        if role is None:
            continue
        if words:
            found.notes.append(Note(f"{page.rel}:{tag.line}", f"role '{role}' read from the {words}", guess=True))
        last = tag.line
        if tag.text.lstrip().startswith("for"):
            level = 0
            for later in tags[number + 1 :]:
                level += 1 if re.match(r"\s*for\b", later.text) else -1 if re.match(r"\s*endfor\b", later.text) else 0
                if level < 0:
                    last = later.line
                    break
        start = index
        end = max(start + 1, next((i for i in range(start, len(page.body.split("\n"))) if page.line(i) > last),
                                  len(page.body.split("\n"))))  # fmt: skip
        where = f"{page.rel}:{tag.line}"
        for record in named:
            found.people.append(FoundPerson(
                _record_field(record, NAME_KEYS) or "", where, role, _record_field(record, AFFILIATION_KEYS),
                _record_field(record, URL_KEYS), None, _record_field(record, ("bio",)), page.rel, tag.line,
            ))  # fmt: skip
        found.shown.append(ShownPeople(page, start, end, role))


def _included_data(site: JekyllSite, tag: Tag) -> str | None:
    """``{% include speakers.html %}`` whose file loops over ``site.data.speakers``: the one ``_data`` key it reads."""
    include = tag.include
    path = site.root / "_includes" / include[0] if include else None
    if path is None or not path.is_file() or paths.outside(path, site.root):
        return None
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    keys = {m.group(1) for t in re.findall(r"\{%-?\s*(?:for|assign)\b(.*?)-?%\}", text, re.DOTALL)
            for m in re.finditer(r"\bsite\.data\.([\w.]+)", t)}  # fmt: skip
    return keys.pop() if len(keys) == 1 else None


AFFILIATION_KEYS = ("affiliation", "institution", "organization", "organisation", "company")


NAME_KEYS = ("name", "fullname", "full_name")


def _named_records(value: Any) -> list[dict[str, Any]]:
    """The records with a name in a ``_data`` value, in order, however deeply grouped (not inside a record: a
    person's ``tags: [{name: Website}]`` are theirs)."""
    if isinstance(value, dict):
        if any(isinstance(value.get(k), str) and value[k].strip() for k in NAME_KEYS):
            return [value]
        return [r for v in value.values() for r in _named_records(v)]
    if isinstance(value, list):
        return [r for v in value for r in _named_records(v)]
    return []


def _record_field(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    value = next((record[k] for k in keys if isinstance(record.get(k), str) and record[k].strip()), None)
    return plain(rich_html(value)) if value else None


def _includes(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """``{% include people.liquid name="Ann Lee" affiliation="MIT" url=... img=... %}``."""
    for tag in page.tags:
        include = tag.include
        if not include or "name" not in include[1]:
            continue
        params = include[1]
        index = page.index(tag.line, tag.file)
        role = role_above(page, blocks, index, found.notes)
        name = plain(rich_html(params["name"]))
        url = params.get("url") or params.get("link") or params.get("website")
        url = url if url and url.startswith("http") else None
        where = f"{tag.file or page.rel}:{tag.line}"
        photo = next((params[k] for k in PHOTO_KEYS if params.get(k)), None)
        if role is None and _under_sponsors(blocks, index):  # {% include sponsor.html name="Cell Press" img=... %}
            found.sponsors.append(FoundSponsor(name, where, url, photo, page.rel))
            found.shown.append(ShownPeople(page, *_enclosing(blocks, index), None))
            continue
        person = FoundPerson(name, where, role, plain(rich_html(params.get("affiliation", ""))) or None, url, photo,
                             None, page.rel)  # fmt: skip
        person.order = tag.line
        found.people.append(person)
        if role is None:  # no directive stands for them
            found.notes.append(Note(where, f"{name}: no heading above says their role: in people.yml only, not on "
                                    "the new page"))  # fmt: skip
        else:
            found.shown.append(ShownPeople(page, *_enclosing(blocks, index), role))


def _under_sponsors(blocks: list[Block], index: int) -> bool:
    """Whether the heading above a line calls what follows sponsors ("## Sponsors", "Supported by")."""
    heading = _heading_block_before(blocks, index)
    return heading is not None and has_word(heading.text, *SPONSOR_WORDS)


def _part(element: Element, body: str, *words: str) -> str | None:
    """The text of the part of a card whose class names it ("speaker-name", "organizer-affiliation")."""
    part = next((e for e in element.walk()[1:] if any(re.search(rf"[-_](?:{'|'.join(words)})$", c) for c in e.classes)),
                None)  # fmt: skip
    return " ".join(lines(plain(rich_html(part.inner(body))))) if part else None


_NOT_AFFILIATION = re.compile(r"(?:dr|prof|mr|mrs|ms)\.?|website|homepage|home page|webpage", re.IGNORECASE)


def _card(element: Element, body: str) -> FoundPerson | None:
    named = _part(element, body, "name")
    if named and looks_like_name(bare_name(named)):  # a card whose parts say what they are
        url = next((a.attrs["href"] for a in element.find_all("a") if a.attrs.get("href", "").startswith("http")), None)
        return FoundPerson(bare_name(named), "", None, _part(element, body, "affiliation", "institution"), url,
                      _photo(element), _part(element, body, "bio", "description"))  # fmt: skip
    text = lines(rich_html(element.inner(body)))
    link = next((a for a in element.find_all("a") if looks_like_name(bare_name(rich_html(a.inner(body))))), None)
    name = (
        bare_name(rich_html(link.inner(body)))
        if link
        else next((bare_name(t) for t in text if looks_like_name(t)), None)
    )
    if not name:
        return None
    rest = [plain(t) for t in text
            if plain(t) != name and not time_range(plain(t)) and not _NOT_AFFILIATION.fullmatch(plain(t))]
    image = next((i.attrs.get("src") for i in element.find_all("img") if i.attrs.get("src")), None)
    if element.tag == "img":
        image = element.attrs.get("src")
    url = link.attrs.get("href") if link else None
    return FoundPerson(name, "", None, ", ".join(r for r in rest if r) or None,
                  url if url and url.startswith("http") else None, image)  # fmt: skip


def _photo(element: Element) -> str | None:
    if element.tag == "img":
        return element.attrs.get("src")
    return next((i.attrs["src"] for i in element.find_all("img") if i.attrs.get("src")), None)


def _whole_card(part: Element, candidates: list[Element], innermost: list[Element],
                named: dict[int, FoundPerson | None]) -> FoundPerson | None:  # fmt: skip
    """The one person named in the nearest card element around a nameless part of a card."""
    around = [e for e in candidates if part in e.walk()[1:]]
    for card in sorted(around, key=lambda e: len(e.walk())):
        people = [named[id(e)] for e in innermost if e in card.walk()[1:] and named[id(e)] is not None]
        if people:
            return people[0] if len(people) == 1 else None
    return None


def _cards(page: JekyllPage, blocks: list[Block], found: People, body: str | None = None) -> None:
    """People written as HTML cards: an element with a card-like class holding a name (and a photo)."""
    body = page.body if body is None else body
    read = [(s.start, s.end) for s in found.shown if s.page is page]  # a _data loop's lines: its people are read
    for block in blocks:
        if block.kind != "html" or block.in_html or block.element is None:
            continue
        timed = class_rows(body, block.element)  # a schedule's rows name their speakers: not people's cards
        in_rows = {id(e) for row in (timed[2] if timed else []) for e in row.walk()}
        candidates = [e for e in block.element.walk()[1:] if any(CARD_CLASS.search(c) for c in e.classes)
                      and e.tag not in ("i", "svg") and not any(a <= e.line < b for a, b in read)
                      and id(e) not in in_rows]  # fmt: skip
        cards = [e for e in candidates if not all(CARD_PART.search(c) for c in e.classes if CARD_CLASS.search(c))]
        candidates = cards or candidates  # "speaker-card" holds "speaker-name", "speaker-bio": one card
        candidates += [e for e in block.element.walk() if e.tag == "figure" and e not in candidates
                       and e.find_all("img") and role_above(page, blocks, e.line) is not None]  # a photo, a name
        innermost = [e for e in candidates if not any(d in candidates for d in e.walk()[1:])]
        named = {id(e): _card(e, body) for e in innermost}
        roles: set[str | None] = set()
        taken: set[int] = set()  # the cards around a nameless part read already
        for element in innermost:
            person = named[id(element)]
            if person is None:
                whole = _whole_card(element, candidates, innermost, named)
                if whole is not None:  # a photo in a box of its own, beside the name
                    whole.photo = whole.photo or _photo(element)
                    continue
                around = sorted((e for e in candidates if element in e.walk()[1:]), key=lambda e: len(e.walk()))
                if around and id(around[0]) not in taken and (person := _card(around[0], body)):
                    element = around[0]  # "card_perso" around its "img_card_perso" photo: the card names someone
                    taken.add(id(element))
            if person is None and _under_sponsors(blocks, element.line) and (title := _part(element, body, "title")):
                links = [a.attrs.get("href", "") for a in element.find_all("a")]
                found.sponsors.append(FoundSponsor(title, page.where(element.line), next(
                    (href for href in links if href.startswith("http")), None), _photo(element), page.rel))
                roles.add(None)
                continue
            if person is None:
                if element.find_all("img") or element.tag == "img":
                    text = " ".join(lines(plain(rich_html(element.inner(body)))))[:80]
                    found.notes.append(Note(page.where(element.line), f"card '{text}' names no one: not imported"))
                continue
            person.where, person.source, person.order = page.where(element.line), page.rel, page.line(element.line)
            person.role = role_above(page, blocks, element.line, found.notes)
            if person.role is None and _under_sponsors(blocks, element.line):  # a sponsor's card, not a person's
                name = _part(element, body, "title", "name") or person.name  # not the "Thanks Prof. Ann Lee" under it
                links = [a.attrs.get("href", "") for a in element.find_all("a")]
                link = next((href for href in links if href.startswith("http")), None)
                found.sponsors.append(FoundSponsor(name, person.where, link, _photo(element), page.rel))
                roles.add(None)
                continue
            found.people.append(person)
            if person.role is not None:
                roles.add(person.role)
            else:
                found.notes.append(Note(person.where, f"{person.name}: no heading above says their role: "
                                        "in people.yml only"))  # fmt: skip
        for role in sorted(roles, key=str):  # None: sponsors; people with no role stay on the page as written
            found.shown.append(ShownPeople(page, block.start, block.end, role))


def _table_cards(page: JekyllPage, blocks: list[Block], found: People, body: str | None = None) -> None:
    """People written as the cells of an HTML table under a heading naming their role: a name (often linked)
    and an affiliation, the photo in the cell or in the cell right above it (a row of photos, a row of names)."""
    body = page.body if body is None else body
    for block in blocks:
        if block.kind != "html" or block.in_html or block.element is None:
            continue
        roles: set[str | None] = set()
        for table in block.element.find_all("table"):
            role = role_above(page, blocks, table.line)
            if role is None or any(CARD_CLASS.search(c) for e in table.walk() for c in e.classes):
                continue  # not people, or cards _cards reads
            grid = [tr.find_all("td", "th") for tr in table.find_all("tr")]
            for number, cells in enumerate(grid):
                for column, cell in enumerate(cells):
                    text = lines(rich_html(cell.inner(body)))
                    if not text or len(text) > 4 or any(time_range(plain(t)) for t in text):
                        continue
                    person = _card(cell, body)
                    if person is None:
                        continue
                    above = grid[number - 1][column] if number and column < len(grid[number - 1]) else None
                    if person.photo is None and above is not None and not lines(rich_html(above.inner(body))):
                        person.photo = next((i.attrs["src"] for i in above.find_all("img") if i.attrs.get("src")), None)
                    person.where, person.source, person.order = page.where(cell.line), page.rel, page.line(cell.line)
                    person.role = role
                    found.people.append(person)
                    if role not in roles:
                        role_above(page, blocks, table.line, found.notes)  # the guess, said once people are read
                    roles.add(role)
        for role in sorted(roles, key=str):
            found.shown.append(ShownPeople(page, block.start, block.end, role))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _photo_beside_heading(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People written as HTML blocks no class calls cards, each a photo and one heading that is a name (a grid row:
    ``<div class="col"><img></div><div class="col"><h4><a>Ann Lee</a></h4>MIT</div>``), under a heading naming
    their role, else on a page whose title does."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    for block in blocks:
        parts = [e for e in block.element.children if e.tag not in ("br", "hr")] if block.element is not None else []
        if block.kind != "html" or block.in_html or len(parts) != 1:
            continue
        card = parts[0]  # the one element the block is, between line breaks
        if _photo(card) is None or any(start < block.end and block.start < end for start, end in read):
            continue
        headings = [e for e in card.walk() if e.tag in _HEADINGS]
        name = bare_name(rich_html(headings[0].inner(page.body))) if len(headings) == 1 else ""
        person = _card(card, page.body) if looks_like_name(name) else None
        role = role_above(page, blocks, block.start) if person is not None and person.name == name else None
        if person is None or role is None:
            continue
        role_above(page, blocks, block.start, found.notes)  # the guess, said once the person is read
        person.where, person.source, person.order = page.where(block.start), page.rel, page.line(block.start)
        person.role = role
        found.people.append(person)
        found.shown.append(ShownPeople(page, block.start, block.end, role))


_NAME_PART = re.compile(r"name$", re.IGNORECASE)
_AFFILIATION_PART = re.compile(r"(?:affiliation|institution|organi[sz]ation)$", re.IGNORECASE)


def _named_parts(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People written as parts with no card around them, one after the other: an element whose class calls it
    a name (``<div class="headshotname">Ann Lee</div>``), then one whose class calls it an affiliation, and a
    photo, up to the next name."""
    known = {p.name for p in found.people if p.source == page.rel}
    for block in blocks:
        if block.kind != "html" or block.in_html or block.element is None:
            continue
        order = block.element.walk()[1:]
        inside = {id(e) for card in order if any(CARD_CLASS.search(c) for c in card.classes) for e in card.walk()}
        starts = [i for i, e in enumerate(order) if id(e) not in inside and any(_NAME_PART.search(c) for c in e.classes)
                  and looks_like_name(bare_name(rich_html(e.inner(page.body))))]  # fmt: skip
        role = role_above(page, blocks, block.start) if starts else None
        people = []
        for number, first in enumerate(starts):
            name = bare_name(rich_html(order[first].inner(page.body)))
            if role is None or name in known:
                continue
            run = order[first + 1 : starts[number + 1] if number + 1 < len(starts) else len(order)]
            affiliation = next((plain(rich_html(e.inner(page.body))) for e in run
                                if any(_AFFILIATION_PART.search(c) for c in e.classes)), None)  # fmt: skip
            photo = next((e.attrs["src"] for e in run if e.tag == "img" and e.attrs.get("src")), None)
            url = next((e.attrs["href"] for e in run if e.tag == "a" and e.attrs.get("href", "").startswith("http")
                        and any(_AFFILIATION_PART.search(c) for c in e.classes)), None)  # fmt: skip
            people.append(FoundPerson(name, page.where(order[first].line), role, affiliation or None, url, photo,
                                      None, page.rel, page.line(order[first].line)))  # fmt: skip
        if people:
            role_above(page, blocks, block.start, found.notes)
            found.people += people
            found.shown.append(ShownPeople(page, block.start, block.end, role))


_LABEL = re.compile(r"([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(.+)")
_AFFILIATION_LABELS = ("affiliation", "affiliations", "institution", "organization", "organisation")


def _labelled(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People an HTML block names on lines labelled with their role (``<b>Speaker:</b> Prof. Ann Lee``), the lines
    after labelled with what they say of them (``Affiliation:``, ``Bio:``), the photo the block's if it names one."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    source = page.body.split("\n")
    for block in blocks:
        if block.kind != "html" or block.in_html or any(a < block.end and block.start < b for a, b in read):
            continue
        if block.element is not None and block.element.find_all("table"):
            continue  # "Speaker: Ann Lee" in a table's cell is a schedule's, or a grid of cards _table_cards reads
        people: list[FoundPerson] = []
        for text in lines(rich_html("\n".join(source[block.start : block.end]))):
            said = _LABEL.fullmatch(plain(text))
            if not said:
                continue
            label, value = said.group(1).strip(), said.group(2).strip()
            role = role_of(label) if len(label.split()) <= 2 else None
            if role and looks_like_name(bare_name(value)):
                where = page.where(block.start)
                people.append(FoundPerson(bare_name(value), where, role, None, None, None, None, page.rel,
                                          page.line(block.start)))  # fmt: skip
                note = Note(where, f"role '{role}' read from the label '{label}'", guess=True)
                found.notes.extend([note] if note not in found.notes else [])
            elif people and has_word(label, *_AFFILIATION_LABELS):
                people[-1].affiliation = people[-1].affiliation or value
            elif people and has_word(label, "bio", "biography"):
                people[-1].bio = people[-1].bio or value
        if len(people) == 1 and block.element is not None:
            people[0].photo = _photo(block.element)
        found.people += people
        for role in sorted({p.role for p in people}, key=str):
            found.shown.append(ShownPeople(page, block.start, block.end, role))


def _name_paragraphs(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """A paragraph that is only a name (``[**Ann Lee, Ph.D.**](speakers#lee)``), or a linked or bold name then what
    they are (``[Ann Lee](url), PhD Student, MIT.``), under a heading naming a role: a person, the photo in the
    paragraph right before it."""
    known = {p.name for p in found.people if p.source == page.rel}
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    source = page.body.split("\n")
    for number, block in enumerate(blocks):
        said = lines(block.text) if block.kind == "paragraph" and not block.in_html else []
        name = bare_name(said[0]) if len(said) == 1 else ""
        listed = _list_person(said[0]) if name and not looks_like_name(name) and _MARKED.match(said[0]) else None
        name = listed.name if listed else name
        if not looks_like_name(name) or name in known or any(a <= block.start < b for a, b in read):
            continue
        role = role_above(page, blocks, block.start, found.notes)
        if role is None:
            continue
        before = blocks[number - 1] if number else None
        image = _IMAGE.search("\n".join(source[before.start : before.end])) if before else None
        photo = (image.group(1) or image.group(2)) if image and before and not plain(before.text) else None
        link = re.search(r"\]\((https?://[^)\s]+)\)", said[0])
        found.people.append(FoundPerson(name, page.where(block.start), role, listed.affiliation if listed else None,
                                        link.group(1) if link else None, photo, None, page.rel,
                                        page.line(block.start)))  # fmt: skip
        found.shown.append(ShownPeople(page, before.start if photo and before else block.start, block.end, role))


_MARKED = re.compile(r"\s*(?:\[|\*\*)")  # a name linked or in bold opens the line
_IMAGE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)|!\[[^\]]*\]\(\s*([^)\s]+)""", re.IGNORECASE)


def _markdown_table_people(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People in a Markdown table under a heading naming their role, a person a column: a row of photos, a row of
    names (often linked, with degrees: "Ann Lee, Ph.D."), then a row of affiliations."""
    source = page.body.split("\n")
    for block in blocks:
        if block.kind != "table" or block.in_html or any(time_range(plain(c)) for r in block.rows for c in r.cells):
            continue
        role = role_above(page, blocks, block.start)
        rows = [r for r in block.rows if any(plain(c) for c in r.cells) or _IMAGE.search(source[r.index])]
        people: list[FoundPerson] = []
        names = [bool(f := [c for c in r.cells if plain(c)]) and all(looks_like_name(bare_name(c)) for c in f)
                 for r in rows]  # fmt: skip
        taken: set[int] = set()  # rows of affiliations
        for number, row in enumerate(rows):
            if role is None or not names[number] or number in taken:
                continue
            above = rows[number - 1] if number else None
            photos = [a or b for a, b in _IMAGE.findall(source[above.index])] if above else []
            below = rows[number + 1] if number + 1 < len(rows) else None
            if below is not None and (photos or not names[number + 1]) and not _IMAGE.search(source[below.index]):
                taken.add(number + 1)  # under names and their photos: what they are of
            else:
                below = None
            for column, cell in enumerate(row.cells):
                if not plain(cell):
                    continue
                link = re.search(r"\]\((https?://[^)\s]+)\)", cell)
                affiliation = plain(below.cells[column]) if below and column < len(below.cells) else None
                photo = photos[column] if len(photos) == len(row.cells) else None
                people.append(FoundPerson(bare_name(cell), page.where(row.index), role, affiliation or None,
                                          link.group(1) if link else None, photo, None, page.rel,
                                          page.line(row.index)))  # fmt: skip
        if people:
            role_above(page, blocks, block.start, found.notes)  # the guess, said once people are read
            found.people += people
            found.shown.append(ShownPeople(page, block.start, block.end, role))


def _list_person(text: str) -> FoundPerson | None:
    """``"[Ann Lee](https://ann.org), MIT"``, ``"**Ann Lee** (MIT)"``, ``"Ann Lee - MIT"``: a list item naming one."""
    head, *tail = re.split(r",|\s[-–—]\s", text.strip(), maxsplit=1)
    named = people_in(head)
    if len(named) != 1:
        return None
    person = named[0]
    affiliation = person.affiliation or plain("".join(tail)).strip(" .") or None
    return FoundPerson(person.name, "", None, affiliation, person.url)


def _lists(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People written as a list under a heading naming their role, one person an item; in HTML, the region that
    holds the list is theirs."""
    for block in blocks:
        if block.kind != "list" or len(block.items) < 2:
            continue
        role = role_of(heading_before(blocks, block.start))
        listed = [_list_person(item.text) for item in block.items]
        if role is None or any(p is None for p in listed):
            continue
        if (heading := _heading_block_before(blocks, block.start)) is not None:
            found.notes.append(_read_from(page, heading, role))
        for item, person in zip(block.items, listed, strict=True):
            assert person is not None
            person.where, person.source, person.order = page.where(item.index), page.rel, page.line(item.index)
            person.role = role
            found.people.append(person)
        start, end = _enclosing(blocks, block.start) if block.in_html else (block.start, block.end)
        found.shown.append(ShownPeople(page, start, end, role))


def _unread(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """Names under a heading that names a role, in what no step read as people: reported, they stay as written."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    for block in blocks:
        if block.kind not in ("html", "list", "paragraph", "table") or block.in_html:
            continue
        if any(start < block.end and block.start < end for start, end in read):  # around what was read: kept
            continue
        heading = heading_before(blocks, block.start)
        if role_of(heading) is None:
            continue
        if block.kind == "html":
            text = rich_html("\n".join(page.body.split("\n")[block.start : block.end]))
            parts = re.split(r"[\n,;·•|/]", "\n".join(plain(line) for line in lines(text)))
        elif block.kind == "list":
            parts = [plain(re.split(r",|\(|\s[-–—]\s", i.text)[0]) for i in block.items]
        elif block.kind == "table":
            parts = [plain(c) for r in block.rows for c in r.cells]
        else:
            parts = re.split(r"[\n,;·•|/]", "\n".join(plain(line) for line in lines(block.text)))
        names = [bare_name(p) for p in parts if looks_like_name(bare_name(p))]
        if names:
            found.notes.append(Note(page.where(block.start), f"under '{plain(heading)}': {', '.join(names)} named "
                                    "but not read as people: kept as written"))  # fmt: skip


def _profiles(page: JekyllPage, site: JekyllSite, found: People) -> None:
    """al-folio's ``profiles`` layout: a list of ``{image, content: speakers/ann.md, more_info}`` in front matter."""
    profiles = page.meta.get("profiles")
    if not isinstance(profiles, list):
        return
    if any(layout.rsplit(".", 1)[0] == f"_layouts/{page.layout}" for layout in page.layouts):
        return  # the site's own layout was rendered: the body holds what it shows of each profile, read as cards
    role = role_of(page.title) or role_of(page.url)
    for number, profile in enumerate(profiles, 1):
        if not isinstance(profile, dict) or not profile.get("content"):
            continue
        path = site.root / "_pages" / str(profile["content"])
        where = f"{page.rel}:1"
        if not path.is_file() or paths.outside(path, site.root):  # `content: ../../etc/passwd` is not in the site
            found.notes.append(Note(where, f"profile {number}: '{profile['content']}' not found: not imported"))
            continue
        text = rich(path.read_text(encoding="utf-8", errors="replace"))
        bold = re.search(r"\*\*(.+?)\*\*", text)
        name = bare_name(bold.group(1)) if bold else None
        if not name or not looks_like_name(name):
            found.notes.append(Note(where, f"profile {number} ({profile['content']}): no name in bold: not imported"))
            continue
        link = re.search(r"\[[^\]]*\]\((https?://[^)\s]+)\)", bold.group(1) if bold else "")
        info = lines(rich_html(str(profile.get("more_info") or "")))
        affiliation = plain(info[0]) if info and not re.search(r"\]\(|@", info[0]) else None
        photo = f"assets/img/{profile['image']}" if profile.get("image") else None
        found.people.append(FoundPerson(name, where, role, affiliation, link.group(1) if link else None, photo,
                                   plain(text) or None, page.rel))  # fmt: skip
    found.shown.append(ShownPeople(page, 0, page.body.count("\n") + 1, role))


def find_people(site: JekyllSite, pages: list[JekyllPage]) -> People:
    """Everyone the reachable ``pages`` show, in page order; the cards no page shows are reported."""
    found = People()
    shown_docs: set[str] = set()
    data = read_data(site.root / "_data")
    for page in pages:
        blocks = parse(page.body)
        first = len(found.people)
        _loops(page, site, blocks, found, shown_docs)
        _data_loops(page, site, blocks, found, data)
        _includes(page, blocks, found)
        _cards(page, blocks, found)
        _table_cards(page, blocks, found)
        _photo_beside_heading(page, blocks, found)
        _markdown_table_people(page, blocks, found)
        _named_parts(page, blocks, found)
        _labelled(page, blocks, found)
        _name_paragraphs(page, blocks, found)
        _lists(page, blocks, found)
        _profiles(page, site, found)
        _unread(page, blocks, found)
        found.people[first:] = sorted(found.people[first:], key=lambda p: p.order)  # stable: cards keep their order
    for collection, docs in site.collections.items():
        for doc in docs:
            if doc.rel in shown_docs or collection in ("news", "posts", "books"):
                continue
            if is_sample(doc):
                found.notes.append(
                    Note(f"{doc.rel}:1", "al-folio's sample card 'project N' left in the site: not imported")
                )
            elif collection in ("projects", "speakers", "organizers", "contributors", "people", "panelists"):
                name = _field(doc.meta, ("name", "title")) or doc.rel
                found.notes.append(Note(f"{doc.rel}:1", f"card of {name} is not shown on any page: not imported"))
    return found
