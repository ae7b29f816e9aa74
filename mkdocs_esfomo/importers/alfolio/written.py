"""People written in words rather than cards, under a heading naming their role: a heading, a paragraph or a line
per person (Markdown tables and lists: listed_people.py)."""

from __future__ import annotations

import re
import unicodedata

from .blocks import Block, heading_runs
from .found import (
    NO_ROLE_WORDS,
    SPONSOR_WORDS,
    FoundPerson,
    People,
    ShownPeople,
    card_title,
    heading_before,
    role_above,
    role_of,
    unread_html,
)
from .html_tree import Element
from .jekyll import JekyllPage
from .listed_people import IMAGE, list_person, role_noted
from .names import bare_name, looks_like_name, people_in
from .report import Note
from .text import has_word, lines, plain, rich_html, words


def heading_people(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """``## Ann Lee`` over her photo and a paragraph about her, down to the next heading as high: a person, her
    role from a heading above, else from the page's title; a heading with no photo under it is not someone."""
    source = page.body.split("\n")
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    for number, block in enumerate(blocks):
        icons = re.sub(r"\[[^\w\]]*\]\([^)]*\)", "", block.text)  # "Ann Lee [🌐](https://ann.org)": a link, no word
        name = bare_name(icons) if block.kind == "heading" and not block.in_html else ""
        affiliation = None
        if len(one := people_in(name)) == 1 and one[0].affiliation and "," in name:  # "## Ann Lee, Google"
            name, affiliation = one[0].name, one[0].affiliation
        elif not looks_like_name(name) and looks_like_name(head := name.split(",", 1)[0].strip()):
            name, affiliation = head, name.split(",", 1)[1].strip()  # "## Ann Lee, Crop Science, ETH Zürich"
        if not looks_like_name(name) or role_of(name) or has_word(name, *NO_ROLE_WORDS, *SPONSOR_WORDS) or \
                any(a <= block.start < b for a, b in read):  # fmt: skip
            continue  # "## Steering Committee" over its members' photos: a heading over people, not someone
        above = _photo_of(name, source, blocks[number - 1]) if number else None
        section: list[Block] = []
        for at, after in enumerate(blocks[number + 1 :], number + 1):
            if after.kind == "heading" and after.level <= block.level and not after.in_html:
                break
            follows = blocks[at + 1] if at + 1 < len(blocks) else None
            if above and follows and follows.kind == "heading" and follows.level == block.level and \
                    _lone_photo(source, after):  # fmt: skip
                break  # the next person's photo, over her heading as hers is over this one
            section.append(after)
        photos = list(IMAGE.finditer("\n".join(source[section[0].start : section[-1].end]))) if section else []
        image = above or (photos[0] if len(photos) == 1 else None)  # one person's photo, not a group's
        role = role_above(page, blocks, block.start) if image else None
        if image is None or role is None:
            continue
        role_above(page, blocks, block.start, found.notes)  # the guess, said once the person is read
        link = re.search(r"""href\s*=\s*["'](https?://[^"']+)|\]\((https?://[^)\s]+)\)""", source[block.start])
        bio = " ".join(plain(b.text) for b in _about_them(section)) or None
        found.people.append(FoundPerson(name, page.where(block.start), role, affiliation,
                                        (link.group(1) or link.group(2)) if link else None,
                                        image.group(1) or image.group(2), bio, page.rel, page.line(block.start)))
        found.shown.append(ShownPeople(page, block.start, section[-1].end, role))


def _about_them(section: list[Block]) -> list[Block]:
    """The paragraphs of a person's section that tell of them: not those under a sub-heading of their talk ("###
    Title", "### Abstract"), which say what they speak on."""
    about, talk = [], False
    for block in section:
        if block.kind == "heading":
            talk = has_word(block.text, "title", "abstract", "talk")
        elif block.kind == "paragraph" and not talk and plain(block.text):
            about.append(block)
    return about


def titled_headings(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """``##### Continual Learning with Avalanche - Antonio Carta`` under ``## Software Labs``: a heading titling a
    part, then after a dash who gives it, under a heading naming a role: those people, unless read already."""
    known = {p.name for p in found.people if p.source == page.rel}
    for block in blocks:
        said = re.match(r"(.+?)\s+[-–—]\s+(.+)$", plain(block.text)) if block.kind == "heading" else None
        if not said or block.in_html or looks_like_name(said.group(1)) or people_in(said.group(1)):
            continue
        named = people_in(said.group(2))
        if not named or not all(looks_like_name(p.name) for p in named):
            continue
        role = role_above(page, blocks, block.start, found.notes)
        for person in named if role else []:
            if person.name not in known:
                known.add(person.name)
                found.people.append(FoundPerson(person.name, page.where(block.start), role, source=page.rel,
                                                order=page.line(block.start)))  # fmt: skip


def name_paragraphs(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """A paragraph that is only a name (``[**Ann Lee, Ph.D.**](speakers#lee)``), or a linked or bold name then what
    they are (``[Ann Lee](url), PhD Student, MIT.``), or a name alone on the paragraph's first line over what they
    are and their bio, under a heading naming a role: a person, the photo in the paragraph right before it."""
    known = {p.name for p in found.people if p.source == page.rel}
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    source = page.body.split("\n")
    for number, block in enumerate(blocks):
        said = lines(block.text) if block.kind == "paragraph" and (not block.in_html or _boxed(blocks, number)) else []
        if said and _MODERATORS.match(said[0]):  # "**Moderator:** Ann Lee, Bo Wu": who moderates, of no role
            continue
        line = _WRAPPED.sub(r"\2", said[0]) if said else ""  # "*[Ann Lee](url), MIT, USA*": all in italics
        name = bare_name(line) if len(said) == 1 else ""
        linked = bool(_LINKED_NAME.match(line))  # "[Ann Lee](url), MIT", "**[Ann Lee](url)**, MIT": hers
        listed = list_person(line) if name and (linked or not looks_like_name(name) or "," in name or "(" in name) \
            and _MARKED.match(line) else None  # fmt: skip  # "**Ann Lee**, MIT", "**Ann Lee** (MIT)": where she works
        listed = listed or (_name_over_lines(said) if len(said) > 1 else None) or _defined(said)
        if not listed and name and len(said) == 1 and _WRAPPED.match(said[0]) and not looks_like_name(name) and \
                (byline := list_person(line)) and byline.affiliation:  # fmt: skip
            listed = byline  # "_Professor Ann Lee, MIT_": a byline in italics, a name then where she works
        name = listed.name if listed else name
        # a paragraph of an HTML block whose table of people another reader took: still a person of its own
        if not looks_like_name(name) or name in known or (any(a <= block.start < b for a, b in read)
                                                          and not block.in_html):  # fmt: skip
            continue
        if not listed and not _MARKED.match(line) and number and (over := blocks[number - 1]).kind == "heading" \
                and looks_like_name(bare_name(over.text)) and not role_of(over.text):  # fmt: skip
            continue  # "### Ann Lee" then "Google DeepMind": where the person of the heading works
        role = role_above(page, blocks, block.start, found.notes)
        if role is None:
            continue
        before = blocks[number - 1] if number else None
        image = IMAGE.search("\n".join(source[before.start : before.end])) if before else None
        photo = (image.group(1) or image.group(2)) if image and before and not plain(before.text) else None
        link = re.search(r"\]\((https?://[^)\s]+)\)", said[0])
        first = before.start if photo and before else block.start
        if photo is None and (inside := IMAGE.search("\n".join(source[block.start : block.end]))):
            photo = inside.group(1) or inside.group(2)  # "![](ann.jpg)" on the line above the name, one paragraph
        mail = listed.url if listed and listed.url and listed.url.startswith("mailto:") else None
        url = link.group(1) if link else mail
        found.people.append(FoundPerson(name, page.where(block.start), role, listed.affiliation if listed else None,
                                        url, photo, listed.bio if listed else None, page.rel,
                                        page.line(block.start), listed.group if listed else None))  # fmt: skip
        if listed and listed.group and (heading := heading_before(blocks, block.start)) and heading != listed.group:
            found.notes.append(Note(page.where(block.start), f"the role '{listed.group}' noted after {name}, under "
                                    f"'{heading}': not carried over (the heading groups them)"))  # fmt: skip
        last = found.shown[-1] if found.shown else None
        if last and last.page is page and last.role == role and not photo and before and before.end == last.end:
            last.end, last.with_bios = block.end, last.with_bios or bool(listed and listed.bio)  # the one before's
            continue
        found.shown.append(ShownPeople(page, first, block.end, role, bool(listed and listed.bio)))


def _boxed(blocks: list[Block], number: int) -> bool:
    """An HTML paragraph ``<p><b>Ann Lee</b><br>MIT<br><b>Title:</b> ...</p>`` right after or before another such:
    a name alone in bold over what the person is, one paragraph a person."""

    def person(block: Block) -> bool:
        said = lines(block.text) if block.kind == "paragraph" and block.in_html else []
        return len(said) > 1 and _name_over_lines(said) is not None

    near = [blocks[n] for n in (number - 1, number + 1) if 0 <= n < len(blocks)]
    return person(blocks[number]) and any(person(b) and b.in_html for b in near)


def name_boxes(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """HTML boxes side by side that no class calls cards and that hold no photo, each opening with a name alone in
    bold (``<div><p><strong>Ann Lee</strong></p><p><em>Professor</em></p><p>MIT</p><p>Ann works on...</p></div>``),
    under a heading naming their role: a person each, the short lines under the name what they are, the long ones
    their bio."""
    known = {p.name for p in found.people if p.source == page.rel}
    for block, element in unread_html(page, blocks, found):
        people = []
        for parent in element.walk():
            boxes = [child for child in parent.children if child.tag == "div"]
            opened = [_bold_opening(box, page.body) for box in boxes]
            if len(boxes) < 2 or not all(opened) or len(boxes) != len(parent.children):
                continue
            for box, person in zip(boxes, opened, strict=True):
                role = role_above(page, blocks, box.line, found.notes) if person else None
                if person is None or role is None or person.name in known:
                    continue
                person.where, person.role, person.source, person.order = page.where(box.line), role, page.rel, \
                    page.line(box.line)  # fmt: skip
                people.append(person)
        found.people += people
        for role in sorted({p.role for p in people}, key=str):
            found.shown.append(ShownPeople(page, block.start, block.end, role))


def _bold_opening(box: Element, body: str) -> FoundPerson | None:
    """The person of a box whose first element is only a name in bold, with no photo and no other name in bold."""
    if not box.children or box.find_all("img") or box.children[0].tag not in ("p", "div", "span"):
        return None
    said = lines(rich_html(box.children[0].inner(body)))
    if len(said) != 1 or not re.fullmatch(r"\*\*[^*]+\*\*", said[0]) or not looks_like_name(bare_name(said[0])):
        return None
    rest = [plain(line) for child in box.children[1:] for line in lines(rich_html(child.inner(body)))]
    if any(re.fullmatch(r"\*\*[^*]+\*\*", line) for child in box.children[1:]
           for line in lines(rich_html(child.inner(body)))):  # fmt: skip
        return None
    short = [line for line in rest if line and len(words(line)) <= 15]
    bio = " ".join(line for line in rest if len(words(line)) > 15)
    link = next((a.attrs["href"] for a in box.find_all("a") if a.attrs.get("href", "").startswith("http")), None)
    return FoundPerson(bare_name(said[0]), "", None, "; ".join(short) or None, link, None, bio or None)


_LINKED_NAME = re.compile(r"\s*(\*\*|__|\*|_)?\[[^\]]+\]\([^)]*\)\1?\s*,")


_WRAPPED = re.compile(r"^\s*(\*|_)(?!\1)(.+?)(?<!\1)\1\s*$")  # a line in italics, all of it

_WHOLE_NAME = re.compile(r"\s*(?:\*\*[^*]+\*\*|__[^_]+__|\[(?:\*\*)?[^\]*]+(?:\*\*)?\]\([^)\s]+\))\s*")
_ONLY_LINKS = re.compile(r"\s*(?:\[[^\]]*\]\([^)\s]*\)[\s|,;·•/]*)+")
_ATTRIBUTES = re.compile(r"\s*\{:[^}]*\}\s*")  # kramdown's "{:.text-justify}" under a paragraph


def _defined(said: list[str]) -> FoundPerson | None:
    """kramdown's definition list, ``Ann Lee`` then ``: MIT``: a plain name as the term, where they work (and the
    role noted after the name, ``Ann Lee (co-chair)``) as its one definition."""
    if len(said) != 2 or said[0].lstrip().startswith(":") or not (term := re.match(r"\s*:\s+(.+)", said[1])):
        return None
    name, role = role_noted(said[0].strip())
    name = bare_name(name)
    return FoundPerson(name, "", None, plain(term.group(1)).strip() or None, group=role) if looks_like_name(name) \
        else None  # fmt: skip


def _name_over_lines(said: list[str]) -> FoundPerson | None:
    """``**Ann Lee**<br>MIT<br>[ann@mit.edu](mailto:ann@mit.edu)<br>Ann is a professor of...``: a first line that is
    only a name in bold or linked, the lines under it what they are of (short lines, links left out) and their bio
    (the sentences after); none when a line under it is another name in bold."""
    affiliation = None
    if led := _NAME_THEN_WHERE.fullmatch(said[0]):  # "[Ann Lee](url) - MIT <br />", then her bio
        said, affiliation = [led.group(1), *said[1:]], plain(led.group(2)).strip(" .") or None
    if not _WHOLE_NAME.fullmatch(said[0]) or not looks_like_name(name := bare_name(said[0])):
        return None
    rest = [line for line in said[1:] if not _ATTRIBUTES.fullmatch(line) and not _ONLY_LINKS.fullmatch(line)]
    if affiliation and (not rest or any(len(words(line)) <= 15 for line in rest)):
        return None  # a name and where she works over short lines: a list of people, name_lines' to read
    if any(_WHOLE_NAME.fullmatch(line) for line in rest):
        return None  # a name a line: name_lines reads them
    sizes = [len(words(line)) > 15 for line in rest]
    if sizes != sorted(sizes) or len(sizes) - sum(sizes) > 3:  # a short line after the bio, or more than an address
        return None
    short = [*([affiliation] if affiliation else []), *(plain(line) for line, long in zip(rest, sizes, strict=True)
                                                        if not long)]  # fmt: skip
    bio = " ".join(plain(line) for line, long in zip(rest, sizes, strict=True) if long)
    link = re.search(r"\]\((https?://[^)\s]+)\)", said[0])
    mail = next((m for line in said[1:] for m in re.findall(r"\[\s*([^\s\[\]@]+@[^\s\[\]@]+\.\w+)\s*\]\(", line)), None)
    url = link.group(1) if link else f"mailto:{mail}" if mail else None  # "[ann@mit.edu](mailto:ann@mit.edu)"
    return FoundPerson(name, "", None, "; ".join(short) or None, url, None, bio or None)


# A linked or bold name, then where the person works after a dash, a colon or a comma ("[Ann Lee](url) - MIT").
_NAME_THEN_WHERE = re.compile(r"\s*(\[(?:\*\*)?[^\]*]+(?:\*\*)?\]\([^)\s]+\)|\*\*[^*]+\*\*)"
                              r"\s*(?:[-–—:]|(?=,)),?\s+(.+?)\s*")


_LABELLED = re.compile(r"\s*(?:\*\*|__)?([^:*_\n]{2,40}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*")


_LABELLED_ROLES = ("organizers", "speakers", "panelists")


def labelled_people(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """A line of a paragraph or a list item labelling names with a role (``**Track Organizers**: Ann Lee , Bo Wu``,
    ``**Speakers:** Gemma Roig, Fabian Sinz``, ``- Panelists: Klara Kaleb, Ethan Perez`` under a topic): people of
    that role, organizers in the group the label names; the line stays on its page, as no list shows them alone."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    known = {(p.name, p.role) for p in found.people if p.source == page.rel}  # a speaker may be a panelist too
    for line, at in _labelled_lines(blocks):
        labelled = _LABELLED.fullmatch(line)
        if not labelled or any(a <= at < b for a, b in read) or len(labelled.group(1).split()) > 3:
            continue
        label = plain(labelled.group(1))
        names = [bare_name(part) for part in re.split(r"\s*(?:[,;&]|\band\b)\s*", plain(labelled.group(2)))]
        role = role_of(label)
        if role not in _LABELLED_ROLES or not names or not all(map(looks_like_name, names)):
            continue
        where = page.where(at)
        found.notes.append(Note(where, f"role '{role}' read from the label '{label}'", guess=True))
        for name in [n for n in dict.fromkeys(names) if (n, role) not in known]:
            known.add((name, role))
            found.people.append(FoundPerson(name, where, role, source=page.rel, order=page.line(at),
                                            group=label if role == "organizers" else None))  # fmt: skip



def topic_people(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """A list of topics (``- _Bayesian Models of Cognition_``), two or more, each over one item of names alone
    (``  - Ann Lee, Bo Wu``): the people who teach each topic, speakers (a guess, named); the list stays on its
    page."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    known = {(p.name, p.role) for p in found.people if p.source == page.rel}
    for block in blocks:
        if block.kind != "list" or block.in_html or any(a <= block.start < b for a, b in read):
            continue
        topics = [(plain(item.text), item.children[0], names) for item in block.items if len(item.children) == 1
                  and not people_in(plain(item.text)) and (names := _names_alone(item.children[0].text))]
        if len(topics) < 2:
            continue
        for topic, under, names in topics:
            where = page.where(under.index)
            found.notes.append(Note(where, f"role 'speakers' guessed for the names listed under the topic "
                                           f"'{topic}'", guess=True))  # fmt: skip
            for name in [n for n in names if (n, "speakers") not in known]:
                known.add((name, "speakers"))
                found.people.append(FoundPerson(name, where, "speakers", source=page.rel,
                                                order=page.line(under.index)))  # fmt: skip


def _names_alone(text: str) -> list[str]:
    """``Ann Lee, Bo Wu and Cy Li``: the names, two or more; [] if anything else is said."""
    names = [bare_name(part) for part in re.split(r"\s*(?:[,;&]|\band\b)\s*", plain(text)) if part.strip()]
    return list(dict.fromkeys(names)) if len(names) >= 2 and all(map(looks_like_name, names)) else []

def _labelled_lines(blocks: list[Block]) -> list[tuple[str, int]]:
    """Each line of the paragraphs, and each list item (a nested one too), of HTML no block holds, with its line."""
    out: list[tuple[str, int]] = []
    for block in blocks:
        if block.kind == "paragraph" and not block.in_html:
            out += [(line, block.start + n) for n, line in enumerate(lines(block.text))]
        elif block.kind == "list" and not block.in_html:
            items = list(block.items)
            while items:
                item = items.pop(0)
                out.append((lines(item.text)[0] if item.text.strip() else "", item.index))
                items[:0] = item.children
    return out


_MODERATORS = re.compile(r"[*_\s]*(?:(?:moderated|chaired|hosted)\s+by\b|moderators?\s*(?:\*\*|__)?\s*:)",
                         re.IGNORECASE)  # fmt: skip


_HTML_BLOCKS = re.compile(r"<(?:ul|ol|li|dl|table|tr|td|div|p|section)\b", re.IGNORECASE)


_HARD_BREAK = re.compile(r"\s*\\$")  # Markdown's line break: a backslash ending the line
_NAME_BRACKETED = re.compile(r"[^()\[\]*_<>|]+\([^()]+\)")  # "Ann Lee (MIT)", nothing marked
_NAME_COMMA = re.compile(r"[^\W\d_][^,()]{2,40}, [^,()]{2,60}")  # "Ann Lee, Stanford University": one comma


def name_lines(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """Two or more lines, each a linked or bold name then what they are (``[**Ann Lee**](ann), Professor, MIT<br>``),
    or three or more lines each a plain name then where they work in brackets or after a comma (``Ann Lee (MIT)\\``,
    ``Ann Lee, MIT<br>``), in a paragraph
    or after a heading's HTML, under a heading naming a role: a person a line."""
    known = {p.name for p in found.people if p.source == page.rel}
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    source = page.body.split("\n")
    for block in blocks:
        if block.kind not in ("paragraph", "html") or block.in_html or any(a < block.end and block.start < b
                                                                           for a, b in read):  # fmt: skip
            continue
        written = "\n".join(source[block.start : block.end])
        if _HTML_BLOCKS.search(written):  # a list or a table, their readers' (list_people, table_cards)
            continue
        inner = [b for b in blocks if b.kind == "heading" and block.start <= b.start < block.end]
        titles = {plain(h.text) for h in inner}
        said = [_HARD_BREAK.sub("", t) for t in lines(rich_html(written)) if plain(t) not in titles]
        bracketed = len(said) >= 3 and all(_NAME_BRACKETED.fullmatch(t) or _NAME_COMMA.fullmatch(plain(t))
                                           for t in said)  # "Ann Lee (MIT)\\", "Ann Lee, MIT<br>": a line each
        people = [list_person(t) if _MARKED.match(t) or bracketed else None for t in said]
        if len(people) < 2 or not all(people) or any(p.name in known for p in people if p):
            continue
        role = role_above(page, blocks, block.start, found.notes)
        if role is None:
            continue
        start = max((h.end for h in inner), default=block.start)  # the heading stays, over the cards
        for person in (p for p in people if p):
            person.where, person.role, person.source, person.order = page.where(start), role, page.rel, page.line(start)
            found.people.append(person)
        found.shown.append(ShownPeople(page, start, block.end, role))




def heading_lines(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """Two or more headings of one level one after another, nothing between them, each a linked or bold name then
    where they work (``#### [Ann Lee](), MIT - Seattle, WA``), under a heading naming a role, else on a page whose
    title does: a person a heading."""
    known = {p.name for p in found.people if p.source == page.rel}
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    source = page.body.split("\n")
    for run in heading_runs(blocks):
        said = [re.sub(r"^\s*#+\s*", "", source[h.start]).strip() for h in run]
        people = [list_person(t) if _MARKED.match(t) else None for t in said]
        if len(run) < 2 or not all(p and p.affiliation for p in people) or \
                any(p.name in known for p in people if p) or any(a <= run[0].start < b for a, b in read):  # fmt: skip
            continue
        role = role_above(page, blocks, run[0].start, found.notes)
        if role is None:
            continue
        for heading, person in zip(run, people, strict=True):
            if person is not None:
                person.where, person.role, person.source = page.where(heading.start), role, page.rel
                person.order = page.line(heading.start)
                found.people.append(person)
        found.shown.append(ShownPeople(page, run[0].start, run[-1].end, role))


SUBTITLE_KEYS = ("description", "subtitle", "excerpt")  # the line a theme shows under a page's title


def _subtitle_role(page: JekyllPage) -> tuple[str | None, Note | None]:
    """The role a page's subtitle names ("KDF Organizing Committee" under the workshop's name), and the guess."""
    for key in SUBTITLE_KEYS:
        said = plain(rich_html(str(page.meta.get(key) or "")))
        if said and (role := role_of(said)):
            return role, Note(f"{page.rel}:1", f"role '{role}' read from the page's {key} '{said[:80]}'", guess=True)
    return None, None


_EMPHASIZED = re.compile(r"(\*\*|__|\*|_)[^*_]+\1")  # a line in bold or italics, all of it


def _lone_photo(source: list[str], block: Block) -> re.Match[str] | None:
    """A paragraph that is only a photo (``![Ann Lee](ann.jpg)``, ``<img src="ann.jpg">``, one in a frame of its own,
    ``<figure class="align-left"><img src="ann.jpg"></figure>``, or one with a kramdown attribute list after it,
    ``{: .profile-pic}``): the photo."""
    said = _FRAME.sub("", "\n".join(source[block.start : block.end])).strip()
    alone = block.kind in ("paragraph", "html") and \
        re.fullmatch(r"(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)(?:\s*\{:[^}]*\})?", said)  # fmt: skip
    return IMAGE.match(said) if alone else None


_FRAME = re.compile(r"</?(?:figure|p|div|center|span)\b[^>]*>", re.IGNORECASE)  # what holds a photo, no words


def _photo_of(name: str, source: list[str], block: Block) -> re.Match[str] | None:
    """The photo right above a person's heading (``![Ann Lee](lee.jpg)`` over ``## Ann Lee``), when its words or
    its file's name say her family name, its accents as a file's name drops them (``assuncao.jpg`` for "Assunção"):
    hers."""
    photo = _lone_photo(source, block)
    said = _letters("\n".join(source[block.start : block.end]))
    family = _letters(name.split()[-1]) if name.split() else ""
    return photo if photo and len(family) > 1 and family in said else None


def _letters(text: str) -> str:
    """``"Assunção"`` -> ``"assuncao"``: the letters, lowercase, their accents dropped."""
    return re.sub(r"[\W\d_]", "", unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode())


# A note after a name saying how the person takes part, not who they are: "(online lecture)", "(remote)".
_ATTENDANCE = re.compile(r"\s*\((?:online|remote|virtual|in[- ]person|recorded|pre-recorded)"
                         r"(?:\s+(?:lecture|talk|presentation|participation|keynote))?\)\s*$", re.IGNORECASE)


def name_headings(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """People written one heading each (``<h3>Ann Lee</h3>``, ``### Ann Lee``), the lines under it up to the next
    heading their position (a short first line in bold or italics) and their bio, two or more such headings of one
    level, under a heading naming their role, else on a page whose title or subtitle does."""
    known = {p.name for p in found.people if p.source == page.rel}
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    headings = [b for b in blocks if b.kind == "heading"]
    named = [h for h in headings if (looks_like_name(bare_name(h.text)) or heading_place(h.text)) and not card_title(h)
             and not role_of(h.text) and not has_word(h.text, *NO_ROLE_WORDS, *SPONSOR_WORDS)]  # fmt: skip
    source = page.body.split("\n")
    for heading in named:
        peers = [h for h in named if h.level == heading.level]
        name = _ATTENDANCE.sub("", bare_name(heading.text))  # "### Ann Lee (online lecture)": how she takes part
        if len(peers) < 2 or name in known or any(a <= heading.start < b for a, b in read):
            continue
        role, guess = role_above(page, blocks, heading.start), None
        if role is None:
            role, guess = _subtitle_role(page)
        if role is None:
            continue
        end = next((h.start for h in headings if h.start > heading.start and h.level <= heading.level), len(source))
        said = [t for t in lines(rich_html("\n".join(source[heading.end : end]))) if plain(t)]
        emphasized = bool(said) and bool(_EMPHASIZED.fullmatch(said[0].strip())) and len(plain(said[0])) <= 120
        placed = heading_place(heading.text) if said and not emphasized else None
        if placed and not has_word(" ".join(plain(t) for t in said), *placed[0].split()):
            placed = None  # "##### Key Techniques, Insights, and Challenges" over cards: a title, no one's bio
        listed = any(b.kind in ("list", "table") for b in blocks if heading.end <= b.start < end)
        if not (emphasized or placed) and guess is None and _loose(blocks, heading) and _short_line(said) and \
                sum(_short_line(_lines_under(source, headings, h)) for h in peers) >= 2:  # fmt: skip
            emphasized = True  # "### Ann Lee" (or "<h4>Ann Lee</h4>") then "MIT", as her peers are
        alone = not said and guess is None and source[heading.start].lstrip().startswith("#") \
            and _loose(blocks, heading)  # "### Ann Lee" on its line, nothing under it, under a heading naming the role
        if listed or not (emphasized or placed or alone):
            continue  # "### Important Dates" over a list, "### Submission Details" over prose: sections, not people
        if placed:  # "<h3>Prof. Ann Lee, IIIT Hyderabad</h3>" over her bio
            name, position, said = placed[0], placed[1], ["", *said]
        elif alone:
            position = None
        else:
            position = plain(re.sub(r"^_([^_]+)_$", r"\1", said[0].strip()))  # "_Centre of Mathematics_": italics
        bio = " ".join(plain(t) for t in said[1:]) or None
        image = IMAGE.search("\n".join(source[heading.start : end]))
        found.people.append(FoundPerson(name, page.where(heading.start), role, position, None,
                                        (image.group(1) or image.group(2)) if image else None, bio, page.rel,
                                        page.line(heading.start)))  # fmt: skip
        found.shown.append(ShownPeople(page, heading.start, end, role, bio is not None))
        if guess is None:
            role_above(page, blocks, heading.start, found.notes)
        elif guess not in found.notes:
            found.notes.append(guess)


def _loose(blocks: list[Block], heading: Block) -> bool:
    """Whether a heading is one of the page's own, in Markdown or HTML written at the page's margin, not one inside
    an HTML element (a card, a program's row), which the readers of cards and programs read whole."""
    if not heading.in_html:
        return True
    region = next((b for b in blocks if b.kind == "html" and not b.in_html and b.start <= heading.start < b.end), None)
    return region is not None and region.element is not None and heading.element in region.element.children


def _lines_under(source: list[str], headings: list[Block], heading: Block) -> list[str]:
    end = next((h.start for h in headings if h.start > heading.start and h.level <= heading.level), len(source))
    return [t for t in lines(rich_html("\n".join(source[heading.end : end]))) if plain(t)]


def _short_line(said: list[str]) -> bool:
    """Whether the first of ``said`` is a short line of where someone works (``MIT``, ``Stanford University``), no
    sentence, date or time."""
    first = plain(said[0]) if said else ""
    return 0 < len(first.split()) <= 8 and not re.search(r"[.!?:]$|\d{1,2}[:.]\d\d|\b(?:19|20)\d\d\b", first)


def heading_place(text: str) -> tuple[str, str] | None:
    """``Prof. Ann Lee, IIIT Hyderabad``: a heading naming a person (or one name after an academic title, ``Prof.
    Mausam``), then after a comma where they work; the name and the place, else none. The lines under it must name
    the person too (a bio), for a title with a comma reads so as well."""
    head, comma, place = plain(text).partition(",")
    name = bare_name(head)
    if not comma or not place.strip() or len(place) > 80:
        return None
    return (name, place.strip()) if looks_like_name(name) or _TITLED_ONE.fullmatch(head.strip()) else None


_TITLED_ONE = re.compile(r"(?:[Pp]rof|[Dd]r|[Pp]rofessor)\.?\s+[A-Z][a-z]{2,}")  # "Prof. Mausam": one name


_MARKED = re.compile(r"\s*(?:\[|\*\*)")  # a name linked or in bold opens the line


_LINK = re.compile(r"\[([^\]]+)\]\(\s*([^)\s]*)\s*\)")
_SENTENCE_BREAK = re.compile(r"(?<=\w[.!?])\s+(?=[A-Z])|\n")  # where one sentence (or line) ends and the next opens


def _sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence (or line) of a text starts and ends."""
    cuts = [0, *(at for found in _SENTENCE_BREAK.finditer(text) for at in (found.start(), found.end())), len(text)]
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def _name_links(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The links of a text (or of its part from ``start`` to ``end``) when there are any and all of them are names
    (``[Ann Lee](a) and [Bo Wu](b)``), else none."""
    links = list(_LINK.finditer(text, start, len(text) if end is None else end))
    return links if links and all(looks_like_name(bare_name(link.group(1))) for link in links) else []


_MODERATING = re.compile(r"\b(?:moderat\w*|chair\w*|host\w*)\b[^\[]{0,30}$", re.IGNORECASE)  # "moderated by [Ann]"


def panel_sentences(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """A sentence under a heading naming a panel that links two or more people and nothing else (``We've invited
    [Ann Lee](#ann-lee), [Bo Wu](#bo-wu), and [Cy Li](#cy-li) to share their thoughts``): the panelists, save one
    it says moderates or chairs; the sentence stays on its page. Under a heading naming the organizers, each
    sentence of a paragraph that links two or more people and nothing else (``This event is run by [Ann Lee](a)
    and [Bo Wu](b), organisers of the journal club.``): the organizers; a sentence crediting one (``Logo design by
    [Cy Li](c).``) is no organizer's."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    known = {(p.name, p.role) for p in found.people if p.source == page.rel}
    for block in blocks:
        if block.kind != "paragraph" or block.in_html or any(a <= block.start < b for a, b in read):
            continue
        heading = heading_before(blocks, block.start)
        kind = role_of(heading)
        if kind == "organizers":
            links = [link for start, end in _sentences(block.text) if len(named := _name_links(block.text, start, end))
                     >= 2 for link in named]  # fmt: skip
        elif kind == "panelists" and len(named := _name_links(block.text)) >= 2:
            links = named
        else:
            continue
        role = role_above(page, blocks, block.start, found.notes)
        for link in links:
            name = bare_name(link.group(1))
            if _MODERATING.search(block.text[: link.start()]) or (name, role) in known:
                continue
            known.add((name, role))
            url = link.group(2) if re.match(r"https?://", link.group(2)) else None
            found.people.append(FoundPerson(name, page.where(block.start), role, url=url, source=page.rel,
                                            order=page.line(block.start)))  # fmt: skip
