"""The people a site shows, with their roles: card collections, include tags, `site.data` loops, profile pages,
and the people written out by hand (cards.py, written.py)."""

from __future__ import annotations

import re
from typing import Any

from ... import paths
from .blocks import Block, parse
from .cards import html_cards, labelled_cards, named_parts, photo_beside_heading, photo_cards, table_cards
from .credited import organized_by
from .found import (
    NO_ROLE_WORDS,
    SPONSOR_WORDS,
    FoundPerson,
    FoundSponsor,
    People,
    ShownPeople,
    card_field,
    enclosing,
    heading_before,
    heading_block_before,
    role_above,
    role_from,
    role_of,
    under_sponsors,
)
from .html_tree import VOID, Element
from .jekyll import JekyllPage, JekyllSite, Tag
from .listed_people import inline_people, list_people, markdown_table_people
from .names import aside_after, bare_name, is_placeholder, looks_like_name
from .place_paragraphs import linked_name_lines, place_paragraphs
from .render import read_data
from .report import Note
from .text import has_word, lines, plain, rich, rich_html, slug
from .written import (
    heading_lines,
    heading_people,
    labelled_people,
    name_boxes,
    name_headings,
    name_lines,
    name_paragraphs,
    panel_sentences,
    titled_headings,
    topic_people,
)

PHOTO_KEYS = ("img", "image", "photo", "profile_pic", "picture", "avatar")


URL_KEYS = ("website", "url", "redirect", "redirect_to", "homepage", "link", "web")


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
    name = card_field(doc.meta, ("name", "title"))
    if not name:
        return None
    url = card_field(doc.meta, URL_KEYS)
    url = url if url and url.startswith("http") else None
    photo = card_field(doc.meta, PHOTO_KEYS)
    where = f"{doc.rel}:1"
    category = str(doc.meta.get("category") or "")
    if has_word(category, *SPONSOR_WORDS):
        return FoundSponsor(name, where, url, photo, doc.rel)
    bio = " ".join(lines(doc.body)).strip() or None
    affiliation = card_field(doc.meta, ("affiliation", "description", "institution"))
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
            start, end = enclosing(blocks, index, page.body)
            roles: set[str | None] = set()
            for doc in sorted(docs, key=_importance):
                if doc.rel in shown_docs or (wanted and str(doc.meta.get("category") or "") not in wanted):
                    continue
                if is_sample(doc):
                    continue
                role, words = role_from(("category", str(doc.meta.get("category") or "")),
                                         ("collection", collection), ("heading", heading), ("page's title", page.title))
                entry = _from_document(doc, role)
                if isinstance(entry, FoundPerson) and entry.photo:
                    entry.photo = _prepended(site, page, tag.text, entry.photo)
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


def _prepended(site: JekyllSite, page: JekyllPage, loop: str, photo: str) -> str:
    """A card's photo as the loop over its collection shows it: ``{{ p.img | prepend: '/assets/img/organizers/' }}``
    in the page or its layouts puts ``frank.jpg`` in that folder, when the file is there."""
    var = re.match(r"\s*for\s+(\w+)\s+in\b", loop)
    if var is None or re.match(r"[a-z]+:|/", photo):
        return photo
    for rel in [page.rel, *page.layouts]:
        path = site.root / rel
        text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
        for key, prefix in re.findall(rf"\{{\{{-?\s*{var.group(1)}\.(\w+)\s*\|\s*prepend:\s*[\"']([^\"']+)[\"']", text):
            found = site.root / prefix.strip("/") / photo
            if key in PHOTO_KEYS and found.is_file() and not paths.outside(found, site.root):
                return f"{prefix.strip('/')}/{photo}"
    return photo


def _data_loops(page: JekyllPage, site: JekyllSite, blocks: list[Block], found: People, data: dict[str, Any]) -> None:
    """``{% for s in site.data.speakers %}``, ``{% include people.md people=site.data.organizers %}``: the records
    with a name in a ``_data`` file a page shows, when the file's name, a parameter, the heading before or the page's
    title names their role; the lines the tag renders are theirs."""
    source = (site.root / page.rel).read_text(encoding="utf-8-sig", errors="replace")
    tags = [Tag(m.group(1), source.count("\n", 0, m.start()) + 1)
            for m in re.finditer(r"\{%-?\s*(.*?)\s*-?%\}", source, re.DOTALL)]  # fmt: skip  # as written, loops too
    assigned = {m.group(1): m.group(2) for tag in tags  # {% assign keynotes = site.data.keynotes[page.year] | sort %}
                if (m := re.match(r"\s*assign\s+(\w+)\s*=\s*(site\.data\.[\w.]+(?:\[[^\]]*\])*)", tag.text))}
    for number, tag in enumerate(tags):
        over = re.match(r"\s*for\s+\w+\s+in\s+(\w+)\b", tag.text)  # {% for keynote in keynotes %}
        text = assigned[over.group(1)] if over and over.group(1) in assigned else tag.text
        used = re.search(r"\bsite\.data\.([\w.]+)((?:\[[^\]]*\])*)", text)
        key = used.group(1) if used else _included_data(site, tag)
        if not key or not re.match(r"\s*(for|include)\b", tag.text):
            continue
        records: Any = data
        for part in key.split("."):
            records = records.get(part) if isinstance(records, dict) else None
        records = _indexed(records, used.group(2) if used else "", page)
        named = _named_records(records)
        if not named:
            continue
        index = page.index(tag.line)
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
        if has_word(_title_over(blocks, start, end, bool(tag.include)), *NO_ROLE_WORDS):
            continue  # "<p>Program committee</p> <h2>Seed list</h2>" over a file named "committee": no role
        params = tag.include[1] if tag.include else {}
        role, words = role_from(("data file", key.rsplit(".", 1)[-1]),
                                 ("parameter", str(params.get("title") or "")),
                                 ("heading", heading_before(blocks, index)), ("page's title", page.title))
        if role is None:
            continue
        if words:
            found.notes.append(Note(f"{page.rel}:{tag.line}", f"role '{role}' read from the {words}", guess=True))
        where = f"{page.rel}:{tag.line}"
        rendered = "\n".join(page.body.split("\n")[start:end])
        template = _loop_text(site, tag, source, last)
        bio = re.compile(r"\{\{-?\s*\w+\.bio\b")  # "{{ speaker.bio }}": where the loop writes a bio out
        hidden = bool(bio.search(template)) and not bio.search(_shown_part(template))
        if hidden and any(_record_field(r, ("bio",)) for r in named):
            found.notes.append(Note(where, f"the bios in _data/{key.replace('.', '/')} are inside an HTML comment "
                                    "there, shown to no visitor: not imported"))  # fmt: skip
        placeholders = [r for r in named if is_placeholder(_record_field(r, NAME_KEYS) or "")]
        if placeholders:  # "- name: TBA": a place kept for a speaker not yet named, no person
            found.notes.append(Note(where, f"{len(placeholders)} record(s) of _data/{key.replace('.', '/')} named "
                                    f"'{_record_field(placeholders[0], NAME_KEYS)}', a placeholder: not imported"))
        for record in (r for r in named if r not in placeholders):
            found.people.append(FoundPerson(
                _record_name(record, where, found), where, role, _record_field(record, AFFILIATION_KEYS),
                _record_field(record, URL_KEYS), _rendered_photo(rendered, _record_field(record, PHOTO_KEYS)),
                None if hidden else _record_field(record, ("bio",)), page.rel, tag.line,
            ))  # fmt: skip
        found.shown.append(ShownPeople(page, start, end, role, heading=_own_heading(template, records, rendered)))


def _indexed(records: Any, indexes: str, page: JekyllPage) -> Any:
    """``site.data.organisers[page.year]``: the part of a ``_data`` file a loop reads, its keys the page's front
    matter (``year: 2025``) or written out (``["speakers"]``); the whole file when an index is not known here."""
    for index in re.findall(r"\[\s*([^\]]*?)\s*\]", indexes):
        own = re.fullmatch(r"page\.(\w+)", index)
        written = re.fullmatch(r"[\"']([^\"']*)[\"']", index)
        value = page.meta.get(own.group(1)) if own else written.group(1) if written else None
        if value is None or not isinstance(records, dict):
            return records
        records = next((v for k, v in records.items() if str(k) == str(value)), None)
    return records


def _loop_text(site: JekyllSite, tag: Tag, source: str, last: int) -> str:
    """What shows a ``_data`` file's records: the include's file, or the loop's lines in the page."""
    include = tag.include
    path = site.root / "_includes" / include[0] if include else None
    if path is not None and path.is_file() and not paths.outside(path, site.root):
        return path.read_text(encoding="utf-8-sig", errors="replace")
    return "\n".join(source.split("\n")[tag.line - 1 : last])


def _shown_part(template: str) -> str:
    """A template without what no visitor sees: HTML comments and Liquid's ``{% comment %}`` blocks."""
    text = re.sub(r"<!--.*?-->", " ", template, flags=re.DOTALL)
    return re.sub(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", " ", text, flags=re.DOTALL)


def _own_heading(template: str, records: Any, rendered: str) -> str | None:
    """``<h2>{{ people.title }}</h2>`` in an include over ``{title: Organizers, items: [...]}``: the heading the
    include writes over its people, from the file's ``title`` (when the page as read does not hold it already)."""
    heading = re.search(r"<h([1-6])\b[^>]*>(?:(?!</h).)*\{\{-?\s*\w+\.title\s*-?\}\}", _shown_part(template), re.DOTALL)
    title = records.get("title") if isinstance(records, dict) else None
    if heading is None or not isinstance(title, str) or not plain(title) or plain(title) in plain(rendered):
        return None
    return f"{'#' * int(heading.group(1))} {plain(title)}"


def _title_over(blocks: list[Block], start: int, end: int, included: bool) -> str:
    """The title of the lines ``[start, end)``: the first heading in them when an include renders them (its own
    section), else the heading over them; with the line written right above it (``<p class="kicker">``)."""
    within = [b for b in blocks if b.kind == "heading" and start <= b.start < end]
    heading = within[0] if included and within else heading_block_before(blocks, start)
    if heading is None:
        return ""
    kicker = [b.text for b in blocks if b.kind == "paragraph" and heading.start - 1 <= b.end <= heading.start]
    return " ".join([*kicker[-1:], heading.text])


def _included_data(site: JekyllSite, tag: Tag) -> str | None:
    """``{% include speakers.html %}`` whose file loops over ``site.data.speakers``: the one ``_data`` key it reads;
    ``{% include people.html name="speakers" %}`` over ``site.data.[include.name]``: the key its parameter gives."""
    include = tag.include
    if include is None:
        return None
    path, params = site.root / "_includes" / include[0], include[1]
    if not path.is_file() or paths.outside(path, site.root):
        return None
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    reads = re.findall(r"\{%-?\s*(?:for|assign)\b(.*?)-?%\}", text, re.DOTALL)
    keys = {m.group(1) for t in reads for m in re.finditer(r"\bsite\.data\.([\w.]+)", t)}
    keys |= {value for t in reads for m in re.finditer(r"\bsite\.data\.?\[\s*include\.(\w+)\s*\]", t)
             if (value := params.get(m.group(1), "").strip()) and re.fullmatch(r"[\w.]+", value)}  # fmt: skip
    return keys.pop() if len(keys) == 1 else None


AFFILIATION_KEYS = ("affiliation", "institution", "organization", "organisation", "company")


NAME_KEYS = ("name", "fullname", "full_name")


def _named_records(value: Any) -> list[dict[str, Any]]:
    """The records with a name in a ``_data`` value, in order, however deeply grouped (not inside a record: a
    person's ``tags: [{name: Website}]`` are theirs, a talk's ``resources: [{name: Slides}]`` too)."""
    if isinstance(value, dict):
        if any(isinstance(value.get(k), str) and value[k].strip() for k in NAME_KEYS):
            inner = [r for k, v in value.items() if isinstance(v, list) and _GROUPED.fullmatch(str(k))
                     for r in _named_records(v)]  # fmt: skip
            return inner or [value]  # {name: Program Chairs, people: [{name: ...}]}: a group, its people
        several = _one_each(value)
        if several is not None:
            return several
        return [r for v in value.values() for r in _named_records(v)]
    if isinstance(value, list):
        return [r for v in value for r in _named_records(v)]
    return []


# The key under which a named group (``name: Program Chairs``) lists its people.
_GROUPED = re.compile(r"people|persons|members|organi[sz]ers|speakers|panelists|chairs|committee|team|list|items"
                      r"|entries", re.IGNORECASE)  # fmt: skip


def _one_each(record: dict[str, Any]) -> list[dict[str, Any]] | None:
    """``{names: [Ann Lee, Bo Chen], images: [a.jpg, b.jpg], bios: [...], affiliation: MIT, title: ...}``: a record
    of several people (a talk given by two): a record for each name, with what the lists of as many items beside it
    hold at its place (``images`` -> ``image``) and the record's own single values; none for any other record."""
    names = next((v for k in MANY_NAME_KEYS if isinstance(v := record.get(k), list) and v
                  and all(isinstance(n, str) and n.strip() for n in v)), None)  # fmt: skip
    if names is None:
        return None
    shared = {k: v for k, v in record.items() if not isinstance(v, (list, dict))}
    beside = {k[:-1]: v for k, v in record.items()
              if k.endswith("s") and isinstance(v, list) and len(v) == len(names) and v is not names}  # fmt: skip
    return [{**shared, **{k: v[n] for k, v in beside.items()}, "name": name} for n, name in enumerate(names)]


MANY_NAME_KEYS = ("names", "speakers", "presenters")


def _rendered_photo(rendered: str, value: str | None) -> str | None:
    """Where the loop shows a record's photo (``<img src="{{ site.baseurl }}/assets/speakers/{{ s.img }}">``):
    the address it renders that ends with the record's value, or the value as written."""
    if not value:
        return None
    sources = re.findall(r"""\bsrc\s*=\s*["']([^"']+)["']""", rendered)
    return next((src for src in sources if src == value or src.endswith("/" + value.lstrip("/"))), value)


def _record_name(record: dict[str, Any], where: str, found: People) -> str:
    """A record's name as a card shows it: no "Dr." or "Prof." before it, no "(Point of Contact)" after it (named in
    MIGRATION.md, as the new card does not show it)."""
    written = _record_field(record, NAME_KEYS) or ""
    name, aside = aside_after(written)
    if aside:
        found.notes.append(Note(where, f"'{written}': '({aside})' after the name is not part of it, and the new card "
                                "does not show it"))  # fmt: skip
    return name or written


def _record_field(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    value = next((record[k] for k in keys if isinstance(record.get(k), str) and record[k].strip()), None)
    return plain(rich_html(value)) if value else None


def _includes(page: JekyllPage, site: JekyllSite, blocks: list[Block], found: People) -> None:
    """``{% include people.liquid name="Ann Lee" affiliation="MIT" url=... img=... %}``."""
    for tag in page.tags:
        include = tag.include
        if not include or "name" not in include[1] or _included_data(site, tag):
            continue  # `name="speakers"` that names the _data file the include loops over: read with the loops
        params = include[1]
        index = page.index(tag.line, tag.file)
        role = role_above(page, blocks, index, found.notes)
        written = plain(rich_html(params["name"]))
        name = bare_name(written) or written  # name="Prof. Ann Lee": the card's name, not her title
        url = params.get("url") or params.get("link") or params.get("website")
        url = url if url and url.startswith("http") else None
        where = f"{tag.file or page.rel}:{tag.line}"
        photo = next((params[k] for k in PHOTO_KEYS if params.get(k)), None)
        if role is None and under_sponsors(blocks, index):  # {% include sponsor.html name="Cell Press" img=... %}
            found.sponsors.append(FoundSponsor(name, where, url, photo, page.rel))
            found.shown.append(ShownPeople(page, *enclosing(blocks, index, page.body), None))
            continue
        person = FoundPerson(name, where, role, plain(rich_html(params.get("affiliation", ""))) or None, url, photo,
                             None, page.rel)  # fmt: skip
        person.order = tag.line
        found.people.append(person)
        if role is None:  # no directive stands for them
            found.notes.append(Note(where, f"{name}: no heading above says their role: in people.yml only, not on "
                                    "the new page"))  # fmt: skip
        else:
            found.shown.append(ShownPeople(page, *enclosing(blocks, index, page.body), role))


def _unread(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """Names under a heading that names a role, in what no step read as people: reported, they stay as written."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    for block in blocks:
        if block.kind not in ("html", "list", "paragraph", "table") or block.in_html:
            continue
        if any(start < block.end and block.start < end for start, end in read):  # around what was read: kept
            continue
        heading = heading_before(blocks, block.start)
        role = role_of(heading)
        if role is None:
            continue
        if block.kind == "html":
            over = heading_block_before(blocks, block.start)
            source = "\n".join(page.body.split("\n")[block.start : block.end])
            text = rich_html(_under_role_headings(source, over.level if over else 6))
            parts = re.split(r"[\n,;·•|/]", "\n".join(plain(line) for line in lines(text)))
        elif block.kind == "list":
            parts = [plain(re.split(r",|\(|\s[-–—]\s", i.text)[0]) for i in block.items]
        elif block.kind == "table":
            parts = [plain(c) for r in block.rows for c in r.cells]
        else:
            parts = re.split(r"[\n,;·•|/]", "\n".join(plain(line) for line in lines(block.text)))
        known = {slug(p.name) for p in found.people if p.role == role}  # "Ann Lee (MIT)" over a talk: read already
        names = [bare_name(p) for p in parts if looks_like_name(bare_name(p))]
        names = [n for n in names if slug(re.sub(r"\s*\([^()]*\)", "", n)) not in known]
        if names:
            found.notes.append(Note(page.where(block.start), f"under '{plain(heading)}': {', '.join(names)} named "
                                    "but not read as people: kept as written"))  # fmt: skip


def _under_role_headings(source: str, level: int) -> str:
    """``</div> <div class="section"><h2>Important Dates</h2> ...``: HTML under the heading before it (of
    ``level``) up to a heading of its own as high; what follows that counts only when it names a role too (an
    ``<h4>`` talk title under ``## Invited Talks`` is still under it)."""
    pieces = re.split(rf"(<h[1-{level}]\b[^>]*>.*?</h[1-6]\s*>)", source, flags=re.DOTALL | re.IGNORECASE)
    kept = [f"{h}{p}" for h, p in zip(pieces[1::2], pieces[2::2], strict=True) if role_of(plain(h)) is not None]
    return pieces[0] + "".join(kept)


def _profiles(page: JekyllPage, site: JekyllSite, found: People) -> None:
    """al-folio's ``profiles`` layout: a list of ``{image, content: speakers/ann.md, more_info}`` in front matter."""
    profiles = page.meta.get("profiles")
    if not isinstance(profiles, list):
        return
    if any(layout.rsplit(".", 1)[0] == f"_layouts/{page.layout}" for layout in page.layouts):
        return  # the site's own layout was rendered: the body holds what it shows of each profile, read as cards
    role = _profiles_role(page, found)
    first = len(found.people)
    for number, profile in enumerate(profiles, 1):
        if not isinstance(profile, dict) or not profile.get("content"):
            continue
        path = site.root / "_pages" / str(profile["content"])
        where = f"{page.rel}:1"
        if not path.is_file() or paths.outside(path, site.root):  # `content: ../../etc/passwd` is not in the site
            found.notes.append(Note(where, f"profile {number}: '{profile['content']}' not found: not imported"))
            continue
        written = path.read_text(encoding="utf-8", errors="replace")
        heading = re.match(r"\s*#{1,6}\s+(.+)", written)
        named = heading.group(1) if heading and looks_like_name(bare_name(rich(heading.group(1)))) else None
        text = rich(written[heading.end() :] if heading and named else written)  # the heading names, the rest tells
        bold = re.search(r"\*\*(.+?)\*\*", text)
        named = named or (bold.group(1) if bold else None)  # "### [Ann Lee](url)" opening it, else "**Ann Lee**"
        name = bare_name(rich(named)) if named else None
        if not name or not looks_like_name(name):
            found.notes.append(Note(where, f"profile {number} ({profile['content']}): no name in bold: not imported"))
            continue
        link = re.search(r"\[[^\]]*\]\((https?://[^)\s]+)\)", named or "")
        info = lines(rich_html(str(profile.get("more_info") or "")))
        affiliation = plain(info[0]) if info and not re.search(r"\]\(|@", info[0]) else None
        photo = f"assets/img/{profile['image']}" if profile.get("image") else None
        found.people.append(FoundPerson(name, where, role, affiliation, link.group(1) if link else None, photo,
                                   plain(text) or None, page.rel))  # fmt: skip
    if role is not None:
        found.shown.append(ShownPeople(page, 0, page.body.count("\n") + 1, role))
        return
    for person in found.people[first:]:  # no directive stands for them: named, not lost
        found.notes.append(Note(person.where, f"{person.name}: no heading above says their role: in people.yml only"))


def _bylined(page: JekyllPage, found: People) -> None:
    """``authors:`` in the front matter of a page al-folio's distill layout shows (its byline): on a page whose
    title names a role ("Tutorial", "Keynote"), the people who give it, in that role, a guess named; the byline
    stays on the page."""
    authors = page.meta.get("authors")
    role = role_of(page.title) or role_of(page.url.replace("/", " "))
    if not isinstance(authors, list) or role is None:
        return
    where, first = f"{page.rel}:1", len(found.people)
    for author in authors:
        name = author.get("name") if isinstance(author, dict) else author
        place = author.get("affiliations") if isinstance(author, dict) else None
        place = place.get("name") if isinstance(place, dict) else place
        if isinstance(name, str) and looks_like_name(bare_name(name)):
            found.people.append(FoundPerson(bare_name(name), where, role, place if isinstance(place, str) else None,
                                            source=page.rel))  # fmt: skip
    if len(found.people) > first:
        found.notes.append(Note(where, f"role '{role}' read from the page's title '{page.title or page.url}' for the "
                                "authors its front matter names", guess=True))  # fmt: skip


_PEOPLE_TITLES = ("people", "members", "our team", "who we are", "about us")


def _profiles_role(page: JekyllPage, found: People) -> str | None:
    """The role of a ``profiles`` page's people: its title's or its address's; a page titled only "People" (a
    title naming no role, over profiles no heading groups) shows the workshop's own people, read as organizers, a
    guess."""
    role = role_of(page.title) or role_of(page.url)
    if role is None and has_word(page.title or page.url.replace("/", " "), *_PEOPLE_TITLES):
        role, title = "organizers", (page.title or page.url)[:80]
        found.notes.append(Note(f"{page.rel}:1", f"role 'organizers' guessed for the profiles of the page '{title}', "
                                "whose title names no role", guess=True))  # fmt: skip
    return role


def _nicknames(page: JekyllPage, found: People, first: int) -> None:
    """``Xuhai "Orson" Xu``: a name read without the nickname quoted inside it; the name as written, reported."""
    for person in found.people[first:]:
        tokens = person.name.split()
        for cut in range(1, len(tokens)):
            before, after = (r"\s+".join(map(re.escape, part)) for part in (tokens[:cut], tokens[cut:]))
            written = re.search(rf"{before}\s+[\"“][^\"”\s]{{1,20}}[\"”]\s+{after}", page.body)
            if written:
                line = page.body.count("\n", 0, written.start())
                found.notes.append(Note(page.where(line), f"the name '{written.group(0)}' imported as "
                                        f"{person.name}, without the nickname quoted in it"))  # fmt: skip
                break


def figures_shown(page: JekyllPage, blocks: list[Block]) -> None:
    """Each ``{% include figure.liquid path="assets/img/ann.jpg" %}`` inside an HTML block (blanked with the rest of
    the page's Liquid) becomes the ``<img>`` of that photo in the element that holds it, so that a card of a figure
    and a name (``<div class="col-sm">{% include figure.liquid ... %} <a>Ann Lee</a> is ...</div>``) is read as one
    of a photo and a name."""
    starts = [0, *(at + 1 for at, char in enumerate(page.body) if char == "\n")]
    for tag in page.tags:
        include = tag.include
        path = include[1].get("path") if include and include[0].startswith("figure") and not tag.file else None
        index = page.index(tag.line)
        block = next((b for b in blocks if b.kind == "html" and b.element is not None and not b.in_html
                      and b.start <= index < b.end), None) if path and "{" not in path else None  # fmt: skip
        if block is None or block.element is None or not 0 <= index < len(starts):
            continue
        holder = block.element
        while inner := next((c for c in holder.children if c.tag not in VOID and c.line < index <= c.end_line), None):
            holder = inner
        image = Element("img", {"src": path or ""}, index, index, starts[index], starts[index])
        after = [n for n, child in enumerate(holder.children) if child.line > index or child.start > starts[index]]
        holder.children.insert(after[0] if after else len(holder.children), image)


def find_people(site: JekyllSite, pages: list[JekyllPage]) -> People:
    """Everyone the reachable ``pages`` show, in page order; the cards no page shows are reported."""
    found = People()
    shown_docs: set[str] = set()
    data = read_data(site.root / "_data")
    for page in pages:
        blocks = parse(page.body)
        figures_shown(page, blocks)
        first = len(found.people)
        _loops(page, site, blocks, found, shown_docs)
        _data_loops(page, site, blocks, found, data)
        _includes(page, site, blocks, found)
        heading_people(page, blocks, found)
        html_cards(page, blocks, found)
        table_cards(page, blocks, found)
        photo_beside_heading(page, blocks, found)
        photo_cards(page, blocks, found)
        markdown_table_people(page, blocks, found)
        named_parts(page, blocks, found)
        labelled_cards(page, blocks, found)
        name_boxes(page, blocks, found)
        place_paragraphs(page, blocks, found)
        linked_name_lines(page, blocks, found)
        name_paragraphs(page, blocks, found)
        labelled_people(page, blocks, found)
        topic_people(page, blocks, found)
        name_lines(page, blocks, found)
        inline_people(page, blocks, found)
        heading_lines(page, blocks, found)
        name_headings(page, blocks, found)
        list_people(page, blocks, found)
        titled_headings(page, blocks, found)
        panel_sentences(page, blocks, found)
        _profiles(page, site, found)
        _bylined(page, found)
        _unread(page, blocks, found)
        _nicknames(page, found, first)
        found.people[first:] = sorted(found.people[first:], key=lambda p: p.order)  # stable: cards keep their order
    for page in pages if not any(p.role == "organizers" for p in found.people) else []:
        organized_by(page, parse(page.body), found)  # "... is organized by Ann Lee and Bo Wu": no list of them
    for collection, docs in site.collections.items():
        for doc in docs:
            if doc.rel in shown_docs or collection in ("news", "posts", "books"):
                continue
            if is_sample(doc):
                found.notes.append(
                    Note(f"{doc.rel}:1", "al-folio's sample card 'project N' left in the site: not imported")
                )
            elif collection in ("projects", "speakers", "organizers", "contributors", "people", "panelists"):
                name = card_field(doc.meta, ("name", "title")) or doc.rel
                found.notes.append(Note(f"{doc.rel}:1", f"card of {name} is not shown on any page: not imported"))
    return found
