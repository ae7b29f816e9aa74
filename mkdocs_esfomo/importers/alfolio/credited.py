"""The organizers a sentence names: ``The meeting is organized by the University of Luxembourg (Prof. Ann Lee and
Dr. Bo Wu) and MIT (Cy Li)``, the people each institution brings in parentheses, or the people themselves
(``organised by Ann Lee, Bo Wu and Cy Li``). The sentence stays on its page."""

from __future__ import annotations

import re

from .blocks import Block
from .found import FoundPerson, People
from .jekyll import JekyllPage
from .names import looks_like_name
from .report import Note
from .text import plain

# "is organized by", "was co-organised jointly by", "are run by": what follows names who organizes the event
_ORGANIZED_BY = re.compile(r"\b(?:is|are|was|were|will\s+be|being)\s+(?:co-?)?(?:organi[sz]ed|run)\s+"
                           r"(?:jointly\s+|together\s+)?by\s+", re.IGNORECASE)  # fmt: skip
# the sentence's end: a full stop after a word that is no title ("Prof.", "Dr.") nor an initial
_END = re.compile(r"(?<!\b[A-Z])(?<!\bProf)(?<!\bDr)(?<!\bAssoc)(?<!\bAsst)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)"
                  r"\.(?=\s+[A-Z]|\s*$)|\n")  # fmt: skip
# "Prof.", "Assoc.-Prof. Dr.", "Dr.": titles before a name
_TITLES = re.compile(r"^(?:(?:assoc|asst|assist|associate|assistant|full|jun|junior)\.?[-\s]*)?"
                     r"(?:prof|professor|dr|mr|mrs|ms)\.?\s+", re.IGNORECASE)  # fmt: skip
_BETWEEN = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def _untitled(text: str) -> str:
    while (title := _TITLES.match(text)) and title.end() < len(text):
        text = text[title.end() :]
    return text.strip(" .")


def organizers_named(text: str) -> list[str]:
    """The people ``text`` says organize the event, in order; none unless two at least are named."""
    found = _ORGANIZED_BY.search(text)
    if found is None:
        return []
    rest = text[found.end() :]
    end = _END.search(rest)
    rest = rest[: end.start()] if end else rest
    groups = re.findall(r"\(([^()]*)\)", rest) or [rest]  # "MIT (Ann Lee and Bo Wu)": who comes from MIT
    names = [_untitled(part) for group in groups for part in _BETWEEN.split(group) if part.strip()]
    names = [n for n in names if looks_like_name(n)]
    return names if len(names) >= 2 else []


def organized_by(page: JekyllPage, blocks: list[Block], found: People) -> None:
    """The organizers a paragraph's sentence names ("... is organized by ..."), when no one of the site is an
    organizer yet; noted as a reading of words."""
    if any(p.role == "organizers" for p in found.people):
        return
    for block in blocks:
        if block.kind != "paragraph" or not (names := organizers_named(plain(block.text))):
            continue
        known = {p.name for p in found.people if p.role == "organizers"}
        for name in names:
            if name not in known:
                found.people.append(FoundPerson(name, page.where(block.start), "organizers", source=page.rel,
                                                order=page.line(block.start)))  # fmt: skip
        found.notes.append(Note(page.where(block.start), f"organizers read from the sentence saying who organizes the "
                                f"event: {', '.join(names)}", guess=True))  # fmt: skip
        return
