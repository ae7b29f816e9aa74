"""People written one plain paragraph each, ``Ann Lee, University of Pisa``: a name, a comma, where she works, with
no link or bold to tell the name from the place; and lines of one paragraph each a linked name, a comma, a place."""

from __future__ import annotations

import re

from .blocks import Block
from .found import FoundPerson, People, ShownPeople, role_above
from .jekyll import JekyllPage
from .names import bare_name, looks_like_name
from .text import lines, plain


def _name_and_place(block: Block) -> tuple[str, str] | None:
    """A paragraph of one unmarked line, a name then one comma then a few words: the two parts."""
    said = lines(block.text) if block.kind == "paragraph" and not block.in_html else []
    if len(said) != 1 or said[0].lstrip()[:1] in "[*_<!" or "(" in said[0]:
        return None
    parts = plain(said[0]).strip().rstrip(".").split(",")
    if len(parts) != 2 or not 0 < len(parts[1].split()) <= 8:
        return None
    name, place = bare_name(parts[0].strip()), parts[1].strip()
    return (name, place) if looks_like_name(name) else None


def _runs(blocks: list[Block]) -> list[list[int]]:
    """The runs of such paragraphs that follow one another with nothing else between them."""
    runs: list[list[int]] = []
    for number, block in enumerate(blocks):
        if _name_and_place(block) is None:
            continue
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def place_paragraphs(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """Three or more paragraphs in a row, each ``Name, Place``, under a heading naming a role: a person each, the
    part after the comma where they work. The part after the comma is a place, not a second person, when one of them
    is no name ("Università dell’Aquila", "Independent Researcher") or the same words come back in the run
    ("Scuola Normale Superiore" twice): people do not repeat, places of work do."""
    known = {p.name for p in found.people if p.source == page.rel}
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    for run in _runs(blocks):
        pairs = [_name_and_place(blocks[n]) for n in run]
        places = [pair[1] for pair in pairs if pair]
        if len(run) < 3 or (all(looks_like_name(p) for p in places) and len(set(places)) == len(places)):
            continue
        first, last = blocks[run[0]], blocks[run[-1]]
        if any(a <= first.start < b for a, b in read) or any(pair and pair[0] in known for pair in pairs):
            continue
        role = role_above(page, blocks, first.start, found.notes)
        if role is None:
            continue
        for number, pair in zip(run, pairs, strict=True):
            assert pair is not None
            block = blocks[number]
            found.people.append(FoundPerson(pair[0], page.where(block.start), role, pair[1], source=page.rel,
                                            order=page.line(block.start)))  # fmt: skip
        found.shown.append(ShownPeople(page, first.start, last.end, role))


# "[Ann Lee](https://ann.org), University of Pisa, Italy\\": a linked name, a comma, where she works; the line ends
# with kramdown's forced break ("\\"), a <br> or two spaces, or ends the paragraph.
_LINKED_NAME = re.compile(r"\[([^\[\]]+)\]\(([^)\s]+)\)\s*,\s*([^\[\]<>]+?)\s*(?:\\\\|<br\s*/?>)?\s*")
_BUTTON = re.compile(r"\[([^\[\]]+)\]\([^)\s]+\)\s*(?:\{:[^{}]*\})?\s*")  # "[Contact Form](url){:.btn}"


def _linked_names(block: Block) -> list[tuple[str, str, str]] | None:
    """A paragraph whose lines each give one person as a linked name, a comma and where they work (a line that is
    only a link naming no one, a button, aside): (name, address, place) for each; None for any other paragraph."""
    if block.kind != "paragraph":
        return None
    found: list[tuple[str, str, str]] = []
    for line in (line.strip() for line in block.text.split("\n") if line.strip()):
        if (linked := _LINKED_NAME.fullmatch(line)) and looks_like_name(name := bare_name(plain(linked.group(1)))):
            found.append((name, linked.group(2), plain(linked.group(3)).strip().rstrip(".")))
        elif not ((button := _BUTTON.fullmatch(line)) and not looks_like_name(plain(button.group(1)))):
            return None
    return found


def linked_name_lines(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """``[Ann Lee](url), University of Pisa\\`` over ``[Bo Wu](url), ETH Zurich``: two or more lines of one paragraph
    under a heading naming a role (``<h4>General Co-Chairs</h4>``), each a linked name, a comma, then where they
    work: a person each, with their page and place of work."""
    read = [(s.start, s.end) for s in found.shown if s.page is page]
    for block in blocks:
        named = _linked_names(block)
        if not named or len(named) < 2 or any(a < block.end and block.start < b for a, b in read):
            continue  # what was read as people already (the same names may come back under another heading)
        role = role_above(page, blocks, block.start, found.notes)
        if role is None:
            continue
        for number, (name, url, place) in enumerate(named):
            found.people.append(FoundPerson(name, page.where(block.start), role, place,
                                            url if url.startswith("http") else None, source=page.rel,
                                            order=page.line(block.start) + number))  # fmt: skip
        found.shown.append(ShownPeople(page, block.start, block.end, role))
