"""People written one plain paragraph each, ``Ann Lee, University of Pisa``: a name, a comma, where she works, with
no link or bold to tell the name from the place."""

from __future__ import annotations

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
