"""People written out by hand as cards: HTML cards (classed, in tables, boxes of a photo and a name, parts named
by class, labelled with a role) and photos beside the heading that names them."""

from __future__ import annotations

import re

from .blocks import Block
from .class_rows import class_rows
from .found import (
    CARD_CLASS,
    FoundPerson,
    FoundSponsor,
    People,
    ShownPeople,
    role_above,
    role_of,
    under_sponsors,
    unread_html,
)
from .html_tree import HEADINGS, Element
from .jekyll import JekyllPage
from .listed_people import list_person
from .names import aside_after, bare_name, looks_like_name
from .report import Note
from .text import has_word, lines, plain, rich_html
from .when import time_range
from .written import heading_place

CARD_PART = re.compile(r"[-_](?:name|title|subtitle|affiliation|bio|image|img|photo|pic|info|text|body|content|overlay|"
                       r"header|footer|links?|social|details|role|position|description|container|institution|"
                       r"organi[sz]ation|department|company|abstract|summary)$", re.IGNORECASE)


def _part(element: Element, body: str, *words: str) -> str | None:
    """The text of the part of a card whose class names it ("speaker-name", "organizer-affiliation")."""
    part = next((e for e in element.walk()[1:] if any(re.search(rf"[-_](?:{'|'.join(words)})$", c) for c in e.classes)),
                None)  # fmt: skip
    return " ".join(lines(plain(rich_html(part.inner(body))))) if part else None


_DASHED = re.compile(r"^\s*[-–—•·]\s+")  # a card's title written as a list item: "- Prof. Ann Lee"


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?!\d)")  # "Talk at 11:00am": when they speak, not where they work


_NOT_AFFILIATION = re.compile(r"(?:(?:dr|prof|mr|mrs|ms)\.?\s*)+|website|homepage|home page|webpage", re.IGNORECASE)


# A card's line of links or contacts, not where someone works: "🏠 Homepage | 🎓 Google Scholar", "📧 ann@mit.edu".
_LINKS_LINE = re.compile(r"(?:[^\w@]*(?:personal\s+)?(?:website|homepage|home page|webpage|google scholar|scholar|"
                         r"linkedin|github|twitter|x|cv|email|e-mail|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[^\w@]*)+",
                         re.IGNORECASE)  # fmt: skip


def _card(element: Element, body: str) -> FoundPerson | None:
    named = _part(element, body, "name")
    if named and looks_like_name(bare_name(named)):  # a card whose parts say what they are
        url = next((a.attrs["href"] for a in element.find_all("a") if a.attrs.get("href", "").startswith("http")), None)
        return FoundPerson(bare_name(named), "", None, _part(element, body, "affiliation", "institution", "aff"), url,
                      _photo(element), _part(element, body, "bio", "description"))  # fmt: skip
    text = lines(rich_html(element.inner(body)))
    link = next((a for a in element.find_all("a") if looks_like_name(bare_name(rich_html(a.inner(body))))), None)
    name = (
        bare_name(rich_html(link.inner(body)))
        if link
        else next((bare_name(_DASHED.sub("", t)) for t in text
                   if looks_like_name(t) or looks_like_name(bare_name(_DASHED.sub("", t)))), None)
    )
    if not name:
        return None
    # "Assistant Professor,<br/>UT Austin": the comma is the join's; "@ Sony": the "@" says "at"
    rest = [re.sub(r"^@\s*", "", plain(t)).rstrip(" ,;") for t in text
            if bare_name(_DASHED.sub("", plain(t))) != name and not time_range(plain(t)) and not _CLOCK.search(plain(t))
            and not _NOT_AFFILIATION.fullmatch(plain(t)) and not _LINKS_LINE.fullmatch(plain(t))
            and not _LIQUID.search(t)]  # fmt: skip  # "{% include figure.liquid ... %}": the photo, not words
    image = next((i.attrs.get("src") for i in element.find_all("img") if i.attrs.get("src")), None)
    if element.tag == "img":
        image = element.attrs.get("src")
    url = link.attrs.get("href") if link else None
    bio = " ".join(r for r in rest if len(r) > _BIO_LENGTH) or None  # a paragraph about them, not where they work
    return FoundPerson(name, "", None, ", ".join(r for r in rest if r and len(r) <= _BIO_LENGTH) or None,
                  url if url and url.startswith("http") else None, image, bio)  # fmt: skip


_BIO_LENGTH = 200
# Words in brackets after a card's name that say how they take part, or how to address them: no place of work
_STATUS = re.compile(r"tb[acd]|confirmed|tentative|virtual|remote|online|in[- ]person|invited|[\w.]+/[\w./]+",
                     re.IGNORECASE)  # fmt: skip


def _photo(element: Element) -> str | None:
    if element.tag == "img":
        return element.attrs.get("src")
    return next((i.attrs["src"] for i in element.find_all("img") if i.attrs.get("src")), None)


# The words a card's class names a person's card by ("speaker-card"); "topic-card", "venue-card" name things.
_PEOPLE_CARDS = ("person", "people", "member", "speaker", "organizer", "organiser", "volunteer", "team", "profile",
                 "author", "panelist", "keynote", "chair", "advisor", "mentor", "committee", "staff", "student")


def _of_things(card: Element) -> bool:
    """Whether a card's class names what it holds, and that is not a person (``<div class="topic-card">``)."""
    named = [m.group(1).lower() for c in card.classes if (m := re.fullmatch(r"([a-zA-Z]+)[-_]cards?", c))]
    return bool(named) and not any(word.startswith(_PEOPLE_CARDS) for word in named)


def _whole_card(part: Element, candidates: list[Element], innermost: list[Element],
                named: dict[int, FoundPerson | None]) -> FoundPerson | None:  # fmt: skip
    """The one person named in the nearest card element around a nameless part of a card."""
    around = [e for e in candidates if part in e.walk()[1:]]
    for card in sorted(around, key=lambda e: len(e.walk())):
        people = [named[id(e)] for e in innermost if e in card.walk()[1:] and named[id(e)] is not None]
        if people:
            return people[0] if len(people) == 1 else None
    return None


def _beside(part: Element, root: Element, innermost: list[Element],
            named: dict[int, FoundPerson | None]) -> FoundPerson | None:  # fmt: skip
    """The one person named in the nearest element around a nameless part of a card, whatever its class
    (``<div class="col-md-3"><img class="people-pic"><div class="people-name">Ann Lee</div></div>``); no further
    out than the boxes that hold no other photo."""
    parents = {id(child): e for e in root.walk() for child in e.children}
    box = parents.get(id(part))
    while box is not None and len(box.find_all("img")) <= max(1, len(part.find_all("img"))):
        people = [named[id(e)] for e in innermost if e in box.walk()[1:] and named[id(e)] is not None]
        if people:
            return people[0] if len(people) == 1 else None
        box = parents.get(id(box))
    return None


_OPENS_WITH_NAME = re.compile(r"^((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,4})\s+"
                              r"(?:is|was|has|holds|leads|heads|works|received)\b")


def _text_beside(photo: Element, root: Element, body: str, listed: bool = False,
                 after: Element | None = None) -> tuple[FoundPerson, str | None] | None:  # fmt: skip
    """al-folio's ``profiles`` layout: a photo in a box of its own (``<div class="profile">``), then the box of its
    text (``<div class="clearfix"><h2>Ann Lee</h2><p>Ann Lee is ...</p></div>``, or ``after``, the HTML block
    right after the photo's when the photo's box ends its own): the person its heading names, or the bold or linked
    name its text opens with, the rest their bio; without either, the name opening the bio (``Ann Lee is a
    professor ...``) when the photo's file is named for them, or when the page's front matter lists its
    ``profiles`` (``listed``: each box is one person's, whatever its photo is called, ``AK.jpg``), a guess (the
    words it was read from, else None)."""
    parents = {id(child): e for e in root.walk() for child in e.children}
    while (up := parents.get(id(photo))) is not None and up is not root and len(up.find_all("img")) == 1:
        photo = up  # the box that holds the photo alone
    siblings = parents[id(photo)].children if id(photo) in parents else []
    at = next((i for i, e in enumerate(siblings) if e is photo), len(siblings))
    text = siblings[at + 1] if at + 1 < len(siblings) else after if parents.get(id(photo)) is root else None
    if text is None or text.find_all("img") or any(CARD_CLASS.search(c) for c in text.classes):
        return None
    heading = next((e for e in text.walk()[1:] if e.tag in HEADINGS), None)
    said = lines(rich_html(text.inner(body)))
    named: str | None = bare_name(rich_html(heading.inner(body))) if heading else None
    shown = _emphasised_name(text, body) if said and not heading else None
    named = shown if shown and bare_name(plain(said[0])) == shown else named  # "<p><b><a>Ann Lee</a></b></p>..."
    guessed: str | None = None
    if named is None and said and (opening := _OPENS_WITH_NAME.match(plain(said[0]))):
        file = re.sub(r"[^a-z]+", " ", (_photo(photo) or "").rsplit("/", 1)[-1].lower())
        named = bare_name(opening.group(1))
        if not listed and not set(named.lower().split()) & set(file.split()):
            return None
        guessed = opening.group(0)
    if not named or not looks_like_name(named):
        return None
    bio = " ".join(plain(line) for line in said if bare_name(plain(line)) != named and not _LIQUID.search(line))
    own = [t for line in lines(rich_html(photo.inner(body))) if (t := plain(line)) and not _LIQUID.search(t)]
    where = own[0] if len(own) == 1 and len(own[0]) <= 100 and not looks_like_name(own[0]) else None
    return FoundPerson(named, "", None, where, None, _photo(photo), bio or None), guessed


_LIQUID = re.compile(r"\{[%{]")


def _words_after_name(person: FoundPerson, found: People) -> None:
    """``Ann Lee (moderator)`` on a card: the name without the words in brackets, which say where she works when the
    card says it nowhere else (``Ann Lee (MIT)``), or else are named in MIGRATION.md."""
    written = person.name
    person.name, aside = aside_after(written)
    if aside and not person.affiliation and not role_of(aside) and aside[:1].isupper() and not _STATUS.fullmatch(aside):
        person.affiliation = aside
    elif aside:
        found.notes.append(Note(person.where, f"'{written}': '({aside})' after the name is not part of it, and the "
                                "new card does not show it"))  # fmt: skip


def html_cards(page: JekyllPage, blocks: list[Block], found: People, body: str | None = None) -> None:
    """People written as HTML cards: an element with a card-like class holding a name (and a photo)."""
    body = page.body if body is None else body
    read = [(s.start, s.end) for s in found.shown if s.page is page]  # a _data loop's lines: its people are read
    listed = isinstance(page.meta.get("profiles"), list)  # al-folio's profiles: one person in each box
    tops = [b for b in blocks if not b.in_html]
    for at, block in enumerate(tops):
        if block.kind != "html" or block.element is None:
            continue
        then = tops[at + 1] if at + 1 < len(tops) else None
        after = then.element.children[0] if then and then.kind == "html" and then.element and then.element.children \
            else None  # fmt: skip
        timed = class_rows(body, block.element)  # a schedule's rows name their speakers: not people's cards
        in_rows = {id(e) for row in (timed[2] if timed else []) for e in row.walk()}
        candidates = [e for e in block.element.walk()[1:] if any(CARD_CLASS.search(c) for c in e.classes)
                      and e.tag not in ("i", "svg", "table") and not any(a <= e.line < b for a, b in read)
                      and not any(e.line < a and b <= e.end_line + 1 for a, b in read)  # around a loop read: a box
                      and id(e) not in in_rows]  # fmt: skip
        cards = [e for e in candidates if not all(CARD_PART.search(c) for c in e.classes if CARD_CLASS.search(c))]
        candidates = cards or candidates  # "speaker-card" holds "speaker-name", "speaker-bio": one card
        candidates += [e for e in block.element.walk() if e.tag == "figure" and e not in candidates
                       and e.find_all("img") and role_above(page, blocks, e.line) is not None]  # a photo, a name
        innermost = [e for e in candidates if not any(d in candidates for d in e.walk()[1:])]
        innermost = [card for e in innermost for card in _photo_boxes(e, body) or _name_boxes(e, body) or [e]]
        named = {id(e): _card(e, body) for e in innermost}
        roles: set[str | None] = set()
        taken: set[int] = set()  # the cards around a nameless part read already
        for element in innermost:
            person = named[id(element)]
            if person is None:
                whole = _whole_card(element, candidates, innermost, named) or _beside(element, block.element,
                                                                                      innermost, named)
                if whole is not None:  # a photo in a box of its own, beside the name
                    whole.photo = whole.photo or _photo(element)
                    continue
                around = sorted((e for e in candidates if element in e.walk()[1:]), key=lambda e: len(e.walk()))
                if around and id(around[0]) not in taken and (person := _card(around[0], body)):
                    element = around[0]  # "card_perso" around its "img_card_perso" photo: the card names someone
                    taken.add(id(element))
                elif beside := _text_beside(element, block.element, body, listed, after):
                    person, guessed = beside
                    if guessed:
                        found.notes.append(Note(page.where(element.line), f"{person.name}: the name read from the "
                                                f"words opening the text beside the photo, '{guessed}'", guess=True))
            if person is None and under_sponsors(blocks, element.line) and (title := _part(element, body, "title")):
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
            _words_after_name(person, found)
            if person.role is None and under_sponsors(blocks, element.line):  # a sponsor's card, not a person's
                name = _part(element, body, "title", "name") or person.name  # not the "Thanks Prof. Ann Lee" under it
                links = [a.attrs.get("href", "") for a in element.find_all("a")]
                link = next((href for href in links if href.startswith("http")), None)
                found.sponsors.append(FoundSponsor(name, person.where, link, _photo(element), page.rel))
                roles.add(None)
                continue
            if person.role is None and not (person.photo or person.url or _photo(element)) and _of_things(element):
                continue  # "<div class="topic-card"><h3>Important Dates</h3>...": no role, no face, no page: no one's
            found.people.append(person)
            if person.role is not None:
                roles.add(person.role)
            else:
                found.notes.append(Note(person.where, f"{person.name}: no heading above says their role: "
                                        "in people.yml only"))  # fmt: skip
        for role in sorted(roles, key=str):  # None: sponsors; people with no role stay on the page as written
            found.shown.append(ShownPeople(page, block.start, block.end, role))


def _photo_boxes(root: Element, body: str) -> list[Element]:
    """The boxes inside ``root`` that each hold one photo and the name beside it (the widest element around each
    photo that holds no other), when there are two or more and each names someone; else none."""
    boxes = _boxes(root)
    named = [box for box in boxes if box.tag != "img" and _emphasised_name(box, body)]
    return named if len(named) >= 2 and len(named) == len(boxes) else []


_NAMED_PART = re.compile(r"[-_]name$", re.IGNORECASE)  # "tb-org__name", "speaker-name": the part naming someone


def _name_boxes(root: Element, body: str) -> list[Element]:
    """``<div class="organizers"><div class="org"><div class="org__name">Ann Lee</div>...</div>...</div>``: a box
    whose class calls it a card (or people) holding two or more parts that each name someone: the widest element
    around each of those parts that holds no other, one person's card each; else none."""
    parts = [e for e in root.walk()[1:] if any(_NAMED_PART.search(c) for c in e.classes)
             and looks_like_name(bare_name(rich_html(e.inner(body))))]  # fmt: skip
    if len(parts) < 2:
        return []
    parents = {id(child): e for e in root.walk() for child in e.children}
    boxes = []
    for part in parts:
        box = part
        while (up := parents.get(id(box))) is not None and up is not root \
                and sum(p in up.walk() for p in parts) == 1:  # fmt: skip
            box = up
        boxes.append(box)
    return boxes


def _boxes(root: Element) -> list[Element]:
    """For each photo inside ``root``, the widest element around it (below ``root``) that holds no other photo."""
    parents = {id(child): e for e in root.walk() for child in e.children}
    boxes = []
    for image in root.find_all("img"):
        box = image
        while (up := parents.get(id(box))) is not None and up is not root and len(up.find_all("img")) == 1:
            box = up
        boxes.append(box)
    return boxes


def _emphasised_name(box: Element, body: str) -> str | None:
    """The name a box shows bold, linked, as a heading or a summary's first line; a name that the source breaks
    over two lines inside a link or a bold run (``<a href="...">Prof. Ann\n  Lee</a>``) is one line as shown."""
    for element in box.find_all("b", "strong", "a", "summary", *HEADINGS):
        inner = element.inner(body)
        text = lines(rich_html(inner if element.tag == "summary" else re.sub(r"[ \t]*\n\s*", " ", inner)))
        if text and looks_like_name(bare_name(text[0])):
            return bare_name(text[0])
    return None


_OPENING_NAME = re.compile(r"\[\*\*([^*\]]+)\*\*\]\((\S+?)\)|\*\*\[([^\]]+)\]\((\S+?)\)\*\*|\*\*([^*]+)\*\*")


def _opening_name(box: Element, body: str) -> tuple[str, str | None, str] | None:
    """``<div><img><div markdown="1">[**Ann Lee**](url) is a professor at MIT...</div></div>``: a box whose text
    opens with a bold name (as Markdown inside the HTML, which kramdown renders) is that person's, the rest their
    bio; the name, its link and the bio."""
    text = " ".join(lines(rich_html(box.inner(body))))
    found = _OPENING_NAME.match(text)
    if not found:
        return None
    name = bare_name(found.group(1) or found.group(3) or found.group(5))
    url = found.group(2) or found.group(4)
    if not looks_like_name(name):
        return None
    return name, (url if url and url.startswith("http") else None), plain(text)


def _prose_of(box: Element, body: str, name: str) -> str | None:
    """A box whose words are one paragraph opening with the name it shows (``<a href="...">Prof. Ann Lee</a> is
    professor of machine learning at MIT, ...``, broken over the source's lines as prose is): that paragraph, her
    bio; None for a box of lines (a name, then where they work)."""
    said = " ".join(plain(t) for t in lines(rich_html(re.sub(r"[ \t]*\n\s*", " ", box.inner(body)))))
    opening = _OPENS_WITH_NAME.match(said)
    return said if opening and bare_name(opening.group(1)) == name else None


def photo_cards(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People written as boxes no class calls cards, each a photo and a name shown bold, linked or as a summary
    (``<div class="column"><img><details><summary><b>Ann Lee</b><br><em>MIT</em></summary>bio</details></div>``),
    under a heading naming their role, else on a page whose title does."""
    for block, element in unread_html(page, blocks, found):
        people = []
        root = element.children[0] if len(element.children) == 1 else element
        if len(root.find_all("img")) == 1 and (opening := _opening_name(root, page.body)) \
                and (given := role_above(page, blocks, root.line, found.notes)):  # fmt: skip
            named, url, bio = opening
            people.append(FoundPerson(named, page.where(root.line), given, None, url, _photo(root), bio, page.rel,
                                      page.line(root.line)))  # fmt: skip
        for box in _boxes(element) if not people else []:
            name = _emphasised_name(box, page.body) if box.tag != "img" else None
            role = role_above(page, blocks, box.line) if name else None
            if role is None:
                continue
            summary = next(iter(box.find_all("summary")), None)
            person = _card(summary or box, page.body)
            if person is None or person.name != name:
                continue
            person.photo = person.photo or _photo(box)
            if summary is not None:  # the rest of the <details> is the bio, but for its links' words
                said = {plain(t) for e in (summary, *box.find_all("a")) for t in lines(rich_html(e.inner(page.body)))}
                person.bio = " ".join(plain(t) for t in lines(rich_html(box.inner(page.body)))
                                      if plain(t) and plain(t) not in said) or None  # fmt: skip
            elif prose := _prose_of(box, page.body, name):  # "<a>Prof. Ann Lee</a> is a professor at MIT ..."
                person.bio, person.affiliation = prose, None
            links = [a.attrs.get("href", "") for a in box.find_all("a")]
            person.url = person.url or next((href for href in links if href.startswith("http")), None)
            person.where, person.source, person.order = page.where(box.line), page.rel, page.line(box.line)
            person.role = role
            role_above(page, blocks, box.line, found.notes)  # the guess, said once the person is read
            people.append(person)
        found.people += people
        for role in sorted({p.role for p in people}, key=str):
            found.shown.append(ShownPeople(page, block.start, block.end, role))


def table_cards(page: JekyllPage, blocks: list[Block], found: People, body: str | None = None) -> None:
    """People written as the cells of an HTML table under a heading naming their role: a name (often linked)
    and an affiliation, the photo in the cell or in the cell right above it (a row of photos, a row of names)."""
    body = page.body if body is None else body
    for block in blocks:
        if block.kind != "html" or block.in_html or block.element is None:
            continue
        roles: set[str | None] = set()
        for table in block.element.find_all("table"):
            role = role_above(page, blocks, table.line)
            if role is None or any(CARD_CLASS.search(c) for e in table.walk()[1:] for c in e.classes):
                continue  # not people, or cards html_cards reads (a table itself is no card: "organizer-table")
            grid = [tr.find_all("td", "th") for tr in table.find_all("tr")]
            shown: dict[tuple[int, int], FoundPerson] = {}
            for number, cells in enumerate(grid):
                if _affiliations_under(cells, number, shown, body):
                    continue
                for column, cell in enumerate(cells):
                    text = lines(rich_html(cell.inner(body)))
                    if not text or len(text) > 4 or any(time_range(plain(t)) for t in text):
                        continue
                    person = _card(cell, body)
                    links = cell.find_all("a")  # "<a>Ann Lee, Instituto de Telecomunicaçõ<br/>es</a>": one line
                    said = text[0] if len(text) == 1 else " ".join(lines(rich_html(links[0].inner(body)))) \
                        if len(links) == 1 and len(lines(rich_html(links[0].inner(body)))) == len(text) else ""
                    listed = (list_person(said) or _run_into_place(said)) if said else None  # "<a>Ann Lee, MIT</a>"
                    if listed is not None and (person is None or len(listed.name) < len(person.name)):
                        listed.url = listed.url or (person.url if person else None)
                        listed.photo = person.photo if person else _photo(cell)
                        person = listed
                    if person is None:
                        continue
                    shown[number, column] = person
                    above = grid[number - 1][column] if number and column < len(grid[number - 1]) else None
                    if person.photo is None and above is not None and not lines(rich_html(above.inner(body))):
                        person.photo = next((i.attrs["src"] for i in above.find_all("img") if i.attrs.get("src")), None)
                    person.where, person.source, person.order = page.where(cell.line), page.rel, page.line(cell.line)
                    person.role = role
                    found.people.append(person)
                    role_above(page, blocks, table.line, found.notes)  # the guess, said once for each heading
                    roles.add(role)
        for role in sorted(roles, key=str):
            found.shown.append(ShownPeople(page, block.start, block.end, role))


# Where someone works, when its name opens with what it is ("University of Helsinki", "Institut Pasteur").
_PLACE_FIRST = re.compile(r"(?:Universit\w*|Universidad|Institut\w*|College|School|Academy|Laborator\w+)\b")


def _run_into_place(text: str) -> FoundPerson | None:
    """``Ann Lee University of Helsinki``: a name, then with no comma where she works, whose first word says it is
    an institution; else none."""
    said = plain(text)
    place = next((m for m in _PLACE_FIRST.finditer(said) if m.start() > 0), None)
    name = said[: place.start()].strip() if place else ""
    if not place or not looks_like_name(name) or len(name.split()) > 4:
        return None
    return FoundPerson(name, "", None, said[place.start() :].strip(), None)


def _affiliations_under(cells: list[Element], number: int, shown: dict[tuple[int, int], FoundPerson],
                        body: str) -> bool:  # fmt: skip
    """A row of one line a cell right under a row of people, not all of it names (``Virginia Tech | Stanford |
    Friedrich-Alexander-Universität``): where each works, the affiliation of the one above it, no one of its own."""
    said = [[plain(t) for t in lines(rich_html(c.inner(body))) if plain(t)] for c in cells]
    above = [shown.get((number - 1, column)) for column in range(len(cells))]
    if not any(said) or any(len(s) > 1 or (s and above[c] is None) for c, s in enumerate(said)) or \
            all(looks_like_name(bare_name(s[0])) for s in said if s):  # fmt: skip
        return False
    for column, person in enumerate(above):
        if person is not None and said[column]:
            person.affiliation = person.affiliation or said[column][0]
    return True


def photo_beside_heading(page: JekyllPage, blocks: list[Block], found: People) -> None:
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
        headings = [e for e in card.walk() if e.tag in HEADINGS]
        name = bare_name(rich_html(headings[0].inner(page.body))) if len(headings) == 1 else ""
        if "," in name and heading_place(rich_html(headings[0].inner(page.body))):
            continue  # "<h3><img> Prof. Mausam, IIT Delhi</h3>" over a bio: a name, then where, read with the bio
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


def named_parts(page: JekyllPage, blocks: list[Block], found: People) -> None:
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


def labelled_cards(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People an HTML block names on lines labelled with their role (``<b>Speaker:</b> Prof. Ann Lee``), the lines
    after labelled with what they say of them (``Affiliation:``, ``Bio:``), the photo the block's if it names one."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    source = page.body.split("\n")
    for block in blocks:
        if block.kind != "html" or block.in_html or any(a < block.end and block.start < b for a, b in read):
            continue
        if block.element is not None and block.element.find_all("table"):
            continue  # "Speaker: Ann Lee" in a table's cell is a schedule's, or a grid of cards table_cards reads
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
