"""People in Markdown tables and lists: a person a row (name, where they work, a photo), a person an item, a
speaker with the talk an item names."""

from __future__ import annotations

import re

from .blocks import Block, TableRow
from .found import (
    NO_ROLE_WORDS,
    FoundPerson,
    People,
    ShownPeople,
    enclosing,
    heading_block_before,
    read_from,
    role_above,
    role_of,
)
from .jekyll import JekyllPage
from .names import bare_name, looks_like_name, people_in
from .report import Note
from .text import has_word, plain
from .when import time_range

_EMPTY_LINK = re.compile(r"\[([^\]]+)\]\(\s*\)")
IMAGE = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)|!\[[^\]]*\]\(\s*([^)\s]+)""", re.IGNORECASE)


def markdown_table_people(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People in a Markdown table under a heading naming their role, a person a column: a row of photos, a row of
    names (often linked, with degrees: "Ann Lee, Ph.D."), then a row of affiliations."""
    source = page.body.split("\n")
    for block in blocks:
        if block.kind != "table" or block.in_html or any(time_range(plain(c)) for r in block.rows for c in r.cells):
            continue
        role = role_above(page, blocks, block.start)
        rows = [r for r in block.rows if IMAGE.search(source[r.index]) or (any(plain(c) for c in r.cells)
                and not all(_RULE.fullmatch(plain(c)) or not plain(c) for c in r.cells))]  # fmt: skip
        people: list[FoundPerson] = []
        names = [bool(f := [c for c in r.cells if plain(c)])
                 and all(looks_like_name(bare_name(_named(c)[0])) for c in f) for r in rows]  # fmt: skip
        taken: set[int] = set()  # rows of affiliations
        for number, row in enumerate(rows):
            if (said := _role_row(row)) is not None:
                role = said
                continue
            if role is None or not names[number] or number in taken:
                continue
            above = rows[number - 1] if number else None
            photos = [a or b for a, b in IMAGE.findall(source[above.index])] if above else []
            below = rows[number + 1] if number + 1 < len(rows) else None
            if below is not None and (photos or not names[number + 1]) and not IMAGE.search(source[below.index]):
                taken.add(number + 1)  # under names and their photos: what they are of
            else:
                below = None
            for column, cell in enumerate(row.cells):
                if not plain(cell):
                    continue
                link = re.search(r"\]\((https?://[^)\s]+)\)", cell)
                cell, under = _named(cell)  # "[Ann Lee](url)<br />MIT": the affiliation under the name, in the cell
                affiliation = under or (plain(below.cells[column]) if below and column < len(below.cells) else None)
                photo = photos[column] if len(photos) == len(row.cells) else None
                name, group = role_noted(bare_name(cell))
                people.append(FoundPerson(name, page.where(row.index), role, affiliation or None,
                                          link.group(1) if link else None, photo, None, page.rel,
                                          page.line(row.index), group))  # fmt: skip
        if role is not None and (not (people or any(names)) or _a_person_a_row(rows)):
            people = _person_a_row(page, [r for r in rows if not r.header], role)
        if people:
            if any(_role_row(r) for r in rows):  # "| Organizers | | |" over their names
                found.notes.append(Note(page.where(block.start), "roles read from the table's rows naming them ("
                                        f"{', '.join(sorted({p.role or '' for p in people}))})", guess=True))
            else:
                role_above(page, blocks, block.start, found.notes)  # the guess, said once people are read
            found.people += people
            found.shown.append(ShownPeople(page, block.start, block.end, role))


_BREAK = re.compile(r"<br\s*/?>|\n", re.IGNORECASE)  # the table reader makes a <br> a new line


def _named(cell: str) -> tuple[str, str | None]:
    """A cell's name and what its next lines say (``"[Ann Lee](url)<br />MIT"``): the lines a ``<br>`` starts, when
    the first reads as a name; else the whole cell."""
    first, *rest = _BREAK.split(cell)
    if not rest or not looks_like_name(bare_name(first)):
        return cell, None
    return first, ", ".join(t for r in rest if (t := plain(r))) or None


_RULE = re.compile(r":?-{2,}:?")  # kramdown's "|:---:|" line between a table's rows
_WHO = re.compile(r"(?:name|speakers?|organi[sz]ers?|persons?|people)", re.IGNORECASE)
_OF = re.compile(r"(?:affiliations?|institutions?|organi[sz]ations?|institutes?|universit(?:y|ies))", re.IGNORECASE)


def _a_person_a_row(rows: list[TableRow]) -> bool:
    """``| **Speaker** | **Affiliation** |`` over the rows: the header says each row is a person and what she is of,
    though a row's two cells may both read like names (``| **Wai Man, Raymond, CHEUNG** | Geotechnical Office |``)."""
    head = next((r for r in rows if r.header), None)
    cells = [t for c in head.cells if (t := plain(c)) and not _PICTURE.fullmatch(t)] if head else []
    return len(cells) >= 2 and bool(_WHO.fullmatch(cells[0])) and bool(_OF.fullmatch(cells[1]))


_PICTURE = re.compile(r"photos?|pictures?|images?|portraits?|headshots?", re.IGNORECASE)  # "| Photo | Name | ... |"


def _role_row(row: TableRow) -> str | None:
    """``| Organizers | | | |``: a row of a table whose one filled cell names a role (not a person's)."""
    filled = [plain(c) for c in row.cells if plain(c)]
    return role_of(filled[0]) if len(filled) == 1 and not looks_like_name(bare_name(filled[0])) else None


_PART = re.compile(r"\s*\((?:moderator|moderated|chair|host|co-?chair)\)", re.IGNORECASE)  # "(moderator)"


# "[Ann Lee](url) is a professor", "[Ann Lee](url) (also known as Annie) is a professor", "**Ann Lee**, (main
# contact) is a postdoc": a linked or bold name, maybe an aside, then a sentence about her
_LINKED_BIO = re.compile(
    r"((?:\*\*|__)?\[[^\]]+\]\([^)\s]+\)(?:\*\*|__)?|\*\*[^*\[\]]+\*\*|__[^_\[\]]+__),?(?:\s+\(([^()]{1,60})\))?\s+"
    r"(?:is|was|has|leads|works|received|holds)\b"
)


def _person_a_row(page: JekyllPage, rows: list[TableRow], role: str) -> list[FoundPerson]:
    """``| [Ann Lee](https://ann.org) | MIT | [Email](mailto:ann@mit.edu) |``: a person a row, the first cell
    naming them, the next what they are of; none unless every row's first cell is a name."""
    people = []
    for row in rows:
        cells = [c for c in row.cells if plain(c)]
        if not cells or not looks_like_name(bare_name(cells[0])):
            return []
        link = re.search(r"\]\((https?://[^)\s]+)\)", cells[0])
        others = [plain(c) for c in cells[1:] if not re.fullmatch(r"\s*\[[^\]]*\]\([^)]*\)\s*", c)]  # not a link
        name, group = role_noted(bare_name(cells[0]))
        photo = next((a or b for c in row.cells for a, b in IMAGE.findall(c)), None)  # "| ![](ann.jpg) | Ann Lee |"
        people.append(FoundPerson(name, page.where(row.index), role, others[0] if others else None,
                                  link.group(1) if link else None, photo, None, page.rel, page.line(row.index), group))
    return people


def role_noted(name: str) -> tuple[str, str | None]:
    """``Ann Lee **(General chair)**``: a name with the role its owner holds noted after it in brackets; the name,
    and the role as the group they are listed in (None when the brackets say no role: ``Ann Lee (MIT)``)."""
    noted = re.fullmatch(r"(.+?)\s*\(([^()]{2,40})\)", plain(name))
    if noted and role_of(noted.group(2)) and looks_like_name(noted.group(1)):
        return noted.group(1), noted.group(2).strip()
    return name, None


# "[Ann Lee, MIT](https://ann.org)": the whole item one link whose words are the name, a comma, where she works
_LINKED_WITH_PLACE = re.compile(r"\[([^\],]+),\s*([^\]]+)\]\(\s*([^)\s]+)\s*\)")

# "**Ann Lee** (MIT) [Status: Confirmed]": a note in square brackets after the person, no link (it stays on the page)
_NOTE_AFTER = re.compile(r"\s*\[[^\[\]]{1,60}\](?!\()\s*$")


def list_person(text: str) -> FoundPerson | None:
    """``"[Ann Lee](https://ann.org), MIT"``, ``"**Ann Lee** (MIT)"``, ``"Ann Lee - MIT"``, ``"Ann Lee (German
    Aerospace Center (DLR), Cologne)"``: a list item naming one; ``"[Ann Lee](https://ann.org) is a professor..."``,
    a linked name and a sentence about them, names one with no affiliation. A handle after the name (``Ann Lee
    [@annlee](https://twitter.com/annlee), MIT``) is her account, no second person."""
    text = _NOTE_AFTER.sub("", _EMPTY_LINK.sub(r"\1", _PART.sub("", text.strip())))  # "[Ann Lee](), MIT": her name
    handles = [h.group(1) for h in _HANDLE.finditer(text)]  # "Ann Lee [@annlee](https://x.com/annlee)": an account
    text = _HANDLE.sub("", text)
    if (linked := _LINKED_WITH_PLACE.fullmatch(text)) and looks_like_name(bare_name(linked.group(1))):
        text = f"[{linked.group(1)}]({linked.group(3)}), {linked.group(2)}"  # "[Ann Lee, MIT](url)": the place after
    if bio := _LINKED_BIO.match(text):
        named = people_in(bio.group(1))
        about = plain(text).strip() or None  # the sentence about her: her bio
        if len(named) != 1:
            return None
        aside = plain(bio.group(2) or "").strip()  # "(MIT)": where she works; "(also known as Annie)": no place
        alias = set(aside.split()) & set(named[0].name.split())  # "(Annie Lee)": the name she goes by
        place = aside if aside[:1].isupper() and not alias else None
        return FoundPerson(named[0].name, "", None, place, named[0].url, None, about)
    depth, bare = 0, []  # the text with what brackets hold masked: a comma or dash in them splits nothing
    for char in text:
        depth += char == "("
        bare.append("x" if depth and char not in "()" else char)
        depth -= char == ")" and depth > 0
    split = re.search(r",|\s[-–—]\s", "".join(bare))
    head, tail = (text[: split.start()], text[split.end() :]) if split else (text, "")
    named = people_in(head)
    bracketed = re.fullmatch(r"(.+?)\s+\((.+)\)", head.strip())  # "Ann Lee (German Aerospace Center (DLR))"
    if not named and bracketed and len(inner := people_in(bracketed.group(1))) == 1:
        named = [inner[0]._replace(affiliation=plain(bracketed.group(2)))]
    if len(named) != 1:
        return None
    person = named[0]
    affiliation = person.affiliation or plain(tail).strip(" .") or None
    return FoundPerson(person.name, "", None, affiliation, person.url or next((h for h in handles if h), None))


# "[@annlee](https://twitter.com/annlee)" or "@annlee" after a name: the person's account on a social site
_HANDLE = re.compile(r"\s*\[\s*@[\w.-]{1,40}\s*\]\(\s*([^)\s]*)\s*\)|\s+@[A-Za-z0-9_]{1,30}\b(?![.@])")


# "[Ann Lee](https://ann.org): Learning to Rank", "**Ann Lee**: Learning to Rank": a name, a colon, what she speaks on
_NAME_THEN_TALK = re.compile(r"((?:\[[^\]]+\]\([^)\s]*\))|(?:\*\*[^*]+\*\*))\s*:\s*\S")


def _talk_person(text: str) -> FoundPerson | None:
    """``"[Ann Lee](https://ann.org): Learning to Rank"``: a list item naming the one who gives a talk, then its
    title; the title is not her affiliation."""
    said = _NAME_THEN_TALK.match(text.strip())
    named = people_in(said.group(1)) if said else []
    if len(named) != 1:
        return None
    return FoundPerson(named[0].name, "", None, None, named[0].url)


def _talk_list(page: JekyllPage, block: Block, over: Block | None, role: str | None, found: People) -> bool:
    """A list under a heading naming a role ("### Tech Talks") whose every item is a name then the title of a talk:
    the people, in that role; the list stays on the page as written (the titles are no one's affiliation)."""
    listed = [_talk_person(item.text) for item in block.items]
    if role is None or over is None or not listed or any(p is None for p in listed):
        return False
    found.notes.append(read_from(page, over, role))
    for item, person in zip(block.items, listed, strict=True):
        assert person is not None
        person.where, person.source, person.order = page.where(item.index), page.rel, page.line(item.index)
        person.role = role
        found.people.append(person)
    return True


def list_people(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People written as a list under a heading naming their role, one person an item; in HTML, the region that
    holds the list is theirs."""
    for block in blocks:
        if block.kind != "list":
            continue
        over = heading_block_before(blocks, block.start)
        role = role_of(over.text if over else page.title or "")  # no heading above: the page's title ("Speakers")
        untitled: list[Note] = []  # a page titled "" (its menu says "Speakers"): its address's, or its menu's
        if over is None and not page.title and role is None:
            role = role_above(page, blocks, block.start, untitled)
        committee = role is None and over is not None and _committee_running(page, blocks, over)
        role = "organizers" if committee else role
        if _talk_list(page, block, over, role, found):
            continue
        items = block.items
        listed = [list_person(item.text) for item in items]
        if all(item.children for item in items) and None in listed:  # "- Panel topic" over its people, one each
            items = [child for item in items for child in item.children]
            listed = [list_person(item.text) for item in items]
        if role is None or any(p is None for p in listed):
            continue
        if len(listed) == 1 and not (listed[0] and listed[0].affiliation):  # one item: a name and what she is of
            continue
        if committee and over is not None:  # the guess is the page's, not the heading's
            found.notes.append(Note(page.where(over.start), f"'{plain(over.text)[:60]}', the only group of the page "
                                    f"'{page.title or page.menu}', read as the organizers", guess=True))
        elif over is not None:
            found.notes.append(read_from(page, over, role))
        else:
            found.notes += [n for n in untitled if n not in found.notes] or [
                Note(page.where(block.start), f"role '{role}' read from the page's title '{page.title}'", guess=True)]
        for item, person in zip(items, listed, strict=True):
            assert person is not None
            person.where, person.source, person.order = page.where(item.index), page.rel, page.line(item.index)
            person.role = role
            found.people.append(person)
        start, end = enclosing(blocks, block.start) if block.in_html else (block.start, block.end)
        found.shown.append(ShownPeople(page, start, end, role))


def _committee_running(page: JekyllPage, blocks: list[Block], over: Block) -> bool:
    """``<h4>Programme Committee</h4>`` alone on the page the menu calls "Organisation": a committee that reviews
    elsewhere is, on a page of the workshop's organization naming no other group, the people who run it."""
    if not has_word(plain(over.text), *NO_ROLE_WORDS) or role_of(page.title or page.menu or "") != "organizers":
        return False
    headings = [b for b in blocks if b.kind == "heading" and b is not over and plain(b.text) != plain(page.title)]
    return not any(role_of(h.text) or has_word(plain(h.text), *NO_ROLE_WORDS) for h in headings)


_LABEL = re.compile(r"[^:,()]{1,40}:\s")  # "Moderator: ", "Chairs: ": what names the people after it


def inline_people(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """A paragraph of one line naming two or more people and nothing else, each perhaps with where they work in
    brackets (``Ann Lee (MIT), Bo Wu (Stanford) and Cy Diaz (Google)``), under a heading naming their role: a person
    each, in the line's order."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    known = {p.name for p in found.people if p.source == page.rel}
    for block in blocks:
        said = plain(block.text) if block.kind == "paragraph" and not block.in_html and "\n" not in block.text else ""
        named = people_in(said) if said and not _LABEL.match(said) else []  # "Moderator: Ann Lee, Bo Wu": a label's
        if len(named) < 2 or not all(looks_like_name(p.name) for p in named) or any(p.name in known for p in named) \
                or any(a <= block.start < b for a, b in read):  # fmt: skip
            continue
        role = role_above(page, blocks, block.start, found.notes)
        if role is None:
            continue
        found.people += [FoundPerson(p.name, page.where(block.start), role, p.affiliation, p.url, source=page.rel,
                                     order=page.line(block.start)) for p in named]  # fmt: skip
        found.shown.append(ShownPeople(page, block.start, block.end, role))
