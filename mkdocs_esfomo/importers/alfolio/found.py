"""What the readers of people share: a person and a sponsor as found, the role a heading or a word gives, the
heading above a place, and the region a card stands in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block
from .html_tree import Element
from .jekyll import JekyllPage
from .report import Note
from .text import has_word, plain, rich_html

ROLE_WORDS = (  # checked in this order: "panel speakers" are panelists, "panel chairs" organize the panel
    ("organizers", ("panel chair", "panel chairs", "panel moderator", "panel moderators", "panel organizers")),
    ("panelists", ("panel", "panels", "panelist", "panelists", "panellist", "panellists",  # British spelling
                   "panel discussion", "debater", "debaters", "debate")),  # a debate's two sides sit as a panel
    ("speakers", ("speaker", "speakers", "keynote", "keynotes", "lecturer", "lecturers", "talks", "presenters")),
    ("organizers", ("organizer", "organizers", "organiser", "organisers", "organizing", "organising", "committee",
                    "committees",  # "Steering Committees", however the first word is spelt
                    "advisor", "advisors", "advisory", "chair", "chairs", "steering", "organizing team", "team",
                    "organization", "organisation")),  # a page "Organization" of the people who run the workshop
    ("speakers", ("tutorial", "tutorials", "tutorial speakers", "instructors", "software lab", "software labs")),
    # "Tutorial Chairs" organize: the organizers' words come first
)  # fmt: skip


_SPEAKERS_AND_PANELISTS = re.compile(r"\b(?:speakers?|keynotes?)\s*(?:and|&|/|,)\s*panel(?:ist)?s?\b|"
                                     r"\bpanel(?:ist)?s?\s*(?:and|&|/|,)\s*(?:\w+\s+)?speakers?\b", re.IGNORECASE)


SPONSOR_WORDS = ("sponsor", "sponsors", "sponsored", "partners")


CARD_CLASS = re.compile(r"card|member|person|people|speaker|organi[sz]er|profile|team", re.IGNORECASE)


NO_ROLE_WORDS = ("program committee", "programme committee", "reviewers", "pc members", "volunteers", "volunteer",
                 "award committee", "awards committee", "scientific committee", "review committee",
                 "reviewing committee", "technical committee", "technical program committee", "area chair",
                 "area chairs", "supporter", "supporters",  # "Track Supporters"
                 "program committees", "programme committees", "scientific committees", "technical committees",
                 "review committees", "award committees", "awards committees",
                 "artifact evaluation committee", "artifact evaluation committees", "artifact committee",
                 "artefact evaluation committee")  # who review the papers' artifacts

# A heading over a list of deadlines (a sidebar's "Important Dates" below the organizers): the people above end there.
DATES_WORDS = ("dates", "deadlines")


_COMMITTEE_CHAIRS = ("program committee chair", "program committee chairs", "programme committee chair",
                     "programme committee chairs", "program committee co-chair", "program committee co-chairs",
                     "technical program committee chair", "technical program committee chairs", "tpc chair",
                     "tpc chairs", "pc chair", "pc chairs", "pc co-chairs")


def role_of(text: str) -> str | None:
    """The role a heading or a category names in the organizers' words ("invited speakers", "lecturer");
    none for those who review or help ("Program Committee"). A link's address says nothing (``[Ann](/team/ann)``)."""
    text = plain(text)
    if has_word(text, *_COMMITTEE_CHAIRS):  # "Program Committee Chair": who leads the reviewing organizes
        return "organizers"
    if has_word(text, *NO_ROLE_WORDS):
        return None
    if _SPEAKERS_AND_PANELISTS.search(text):  # "Speakers and Panelists": one group, the speakers' (some also sit
        return "speakers"  # on the panel, which its row in the program says)
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
    group: str | None = None  # the group a label lists them in ("Track Organizers: Ann Lee, Bo Wu"), when no heading


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
    with_bios: bool = False  # the lines showed their bios: the directive shows them too (one card per line)
    heading: str | None = None  # a heading the lines showed over them, which the new page writes over the directive


@dataclass
class People:
    people: list[FoundPerson] = field(default_factory=list)
    sponsors: list[FoundSponsor] = field(default_factory=list)
    shown: list[ShownPeople] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def role_above(page: JekyllPage, blocks: list[Block], index: int, notes: list[Note] | None = None) -> str | None:
    """The role the heading above a line names, else the page's title ("Organizers"). A guess from the
    organizers' words: ``notes`` gets it, once for each heading or title, at its line."""
    heading = heading_block_before(blocks, index)
    if heading is not None and (role := role_of(heading.text)):
        if notes is not None and (note := read_from(page, heading, role)) not in notes:
            notes.append(note)
        return role
    if heading is not None and has_word(heading.text, *NO_ROLE_WORDS, *SPONSOR_WORDS, *DATES_WORDS):
        return None  # "## Volunteers", "## Sponsors", "### Important Dates" on the organizers' page: not organizers
    if (label := label_before(blocks, index, heading)) is not None and (role := role_of(plain(label.text))):
        if notes is not None and (note := read_from(page, label, role)) not in notes:
            notes.append(note)
        return role
    role = role_of(page.title)
    if role and notes is not None:
        note = Note(f"{page.rel}:1", f"role '{role}' read from the page's title '{page.title[:80]}'", guess=True)
        notes.extend([note] if note not in notes else [])
    if not role and not page.title and (role := role_of(page.url)) and notes is not None:  # its menu entry names it
        note = Note(f"{page.rel}:1", f"role '{role}' read from the page's address {page.url}", guess=True)
        notes.extend([note] if note not in notes else [])
    if not role and (role := role_of(page.menu)) and notes is not None:  # titled for the workshop, named by the menu
        note = Note(f"{page.rel}:1", f"role '{role}' read from the menu's name for the page '{page.menu}'", guess=True)
        notes.extend([note] if note not in notes else [])
    return role


def label_before(blocks: list[Block], index: int, heading: Block | None) -> Block | None:
    """``Keynote Speaker:<br>`` on a line of its own over a person's box, below the heading (if any): a label
    ending in a colon, a few words, the nearest paragraph above the line ``index`` (None when there is none)."""
    above = [b for b in blocks if b.kind == "paragraph" and not b.in_html and b.end <= index
             and (heading is None or b.start > heading.start)]  # fmt: skip
    said = plain(above[-1].text or "").strip() if above else ""
    return above[-1] if said.endswith(":") and len(said.split()) <= 5 else None


def role_from(*sources: tuple[str, str]) -> tuple[str | None, str]:
    """The first role the organizers' words name, and where: ``("category", "Invited Speaker")`` gives
    ``("speakers", "category 'Invited Speaker'")``; a name that is the role itself is no guess (no where)."""
    for kind, text in sources:
        if role := role_of(text):
            said = text.strip().lower().rstrip("s") == role.rstrip("s")  # a collection named "organizers"
            return role, "" if said else f"{kind} '{text[:80]}'"
    return None, ""


def read_from(page: JekyllPage, heading: Block, role: str) -> Note:
    return Note(page.where(heading.start), f"role '{role}' read from the heading '{heading.text[:80]}'", guess=True)


def heading_before(blocks: list[Block], index: int) -> str:
    """The heading above a line that names a role: the nearest, else the one it stands under
    ("## Panel 1" over "##### Key Techniques ...")."""
    found = heading_block_before(blocks, index)
    return found.text if found is not None else ""


def heading_block_before(blocks: list[Block], index: int) -> Block | None:
    level = 7
    nearest = None
    for block in reversed(blocks):
        if block.kind == "banner" and not (role_of(block.text) or has_word(block.text, *SPONSOR_WORDS, *DATES_WORDS)):
            continue  # a picture whose words name no role nor section of people: a logo, a photo
        if block.kind not in ("heading", "banner") or block.start > index or block.level >= level or card_title(block):
            continue
        if not plain(block.text or ""):  # "<h2 class="category">{{ category }}</h2>" of a site with no categories
            continue
        nearest = nearest or block
        if role_of(block.text) or has_word(block.text, *SPONSOR_WORDS, *NO_ROLE_WORDS, *DATES_WORDS):
            return block
        level = block.level
    return nearest


def card_title(block: Block) -> bool:
    """``<h2 class="card-title">Ann Lee</h2>``: the name on a card, not a heading over the cards."""
    return block.element is not None and any(CARD_CLASS.search(c) for c in block.element.classes)


def enclosing(blocks: list[Block], index: int, body: str | None = None) -> tuple[int, int]:
    """The top-level HTML region around a body line, else the line alone; with the page's ``body``, a region that
    opens with a heading element on a line of its own (``<h2 id="panelists">Panelists</h2>`` glued to the ``<div>``
    under it, no blank line between) begins under it: the heading is the page's, over what the region shows."""
    for block in blocks:
        if block.kind == "html" and not block.in_html and block.start <= index < block.end:
            first = body.split("\n")[block.start] if body is not None else ""
            return block.start + (index > block.start and bool(_HEADING_LINE.fullmatch(first))), block.end
    return index, index + 1


_HEADING_LINE = re.compile(r"\s*<h([1-6])\b[^>]*>(?:(?!</?h[1-6]\b).)*</h\1\s*>\s*", re.IGNORECASE)


def card_field(meta: dict[str, object], keys: tuple[str, ...]) -> str | None:
    value = next((meta[k] for k in keys if meta.get(k)), None)
    return plain(rich_html(str(value))) if value else None


def under_sponsors(blocks: list[Block], index: int) -> bool:
    """Whether the heading above a line calls what follows sponsors ("## Sponsors", "Supported by")."""
    heading = heading_block_before(blocks, index)
    return heading is not None and has_word(heading.text, *SPONSOR_WORDS)


def unread_html(page: JekyllPage, blocks: list[Block], found: People) -> list[tuple[Block, Element]]:
    """The outermost HTML blocks of ``page``, each with its element, that no people found so far on it stand in."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    return [(b, b.element) for b in blocks if b.kind == "html" and not b.in_html and b.element is not None
            and not any(start < b.end and b.start < end for start, end in read)]  # fmt: skip
