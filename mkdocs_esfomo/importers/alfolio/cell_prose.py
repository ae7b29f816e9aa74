"""What a schedule row's cell says in sentences rather than as a title or names: ``**Roundtable**<br>In this session,
we wish to discuss how we conduct science.`` (the row's notes), and who a sentence says gives the row."""

from __future__ import annotations

import re

from .columns import names_people
from .kinds import exact_kind
from .names import looks_like_name
from .text import plain

_WHOLLY_BOLD = re.compile(r"\*\*[^*\n]+\*\*")
_SENTENCE_END = re.compile(r"[.!][)\s]*$|[.?!]\s+[A-Z]")
# "Ann Lee (PhD at MIT) will be delivering...": a sentence that opens with the one who gives the row
_GIVER = re.compile(r"\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(\([^()]+\))\s+(?:will|is|gives|presents|"
                    r"leads|delivers|runs|hosts|teaches)\b")


def prose_below(main: str) -> tuple[str, list[str], str | None]:
    """``**Roundtable**<br>In this session, we wish to discuss how we conduct science...``: under a first line wholly
    in bold (the row's title, or its label and title), the lines that are sentences say what the row is about, not
    its title nor its people: the cell without them, them (notes of the row), and the one a sentence opens with when
    it says what she does (``Ann Lee (PhD at MIT) will be delivering the workshop``), else None. Under a line that
    is more than a kind's label, a shorter sentence says more of it too (``Second poster session of the
    conference.``); under ``**Keynote**`` it may be the talk's title. A line naming people only (``*Dr. Ann Lee
    (MIT) & Dr. Bo Wu (ETH)*.``) or wholly in italics or bold stays."""
    said = main.split("\n")
    if len(said) < 2 or not _WHOLLY_BOLD.fullmatch(said[0].strip()):
        return main, [], None
    kept: list[str] = [said[0]]
    prose: list[str] = []
    titled = exact_kind(said[0]) is None  # "**Poster Session Online**", not "**Keynote**" over its talk's title
    for line in said[1:]:
        (prose if sentence_line(line) or (titled and described(line)) else kept).append(line)
    if not prose:
        return main, [], None
    giver = _GIVER.match(plain(prose[0]))
    named = f"{giver.group(1)} {giver.group(2)}" if giver and looks_like_name(giver.group(1)) else None
    return "\n".join(kept), [plain(p) for p in prose], named


def described(main: str) -> bool:
    """A title cell that is one sentence or more (four words or more, a full stop or an exclamation mark at its end,
    written as a sentence is) naming no one: what the row's label is about, not a talk under it."""
    text = plain(main).strip()
    return len(text.split()) >= 4 and re.search(r"[.!]$", text) is not None and _as_prose(main) \
        and not names_people(main)  # fmt: skip


def sentence_line(line: str) -> bool:
    """A line of a cell that is prose: eight words or more, a sentence's end in it (not a question alone: ``What Can
    Robots Learn from LLMs?`` is a title), written as a sentence is, naming no one but in a sentence."""
    text = plain(line).strip()
    if len(text.split()) < 8 or not _SENTENCE_END.search(text) or not _as_prose(line):
        return False
    return not names_people(line.strip().rstrip("."))


def _as_prose(line: str) -> bool:
    """Whether a line is written as sentences are: it opens with a plain word (not ``**Ann Lee** – Professor...``,
    a name in bold, nor a link or italics) and most of its longer words are in lower case (``What Can Robot Safety
    Learn from LLM Safety?`` is a title's capitals)."""
    if not re.match(r"\s*[^\W_]", line):
        return False
    longer: list[str] = re.findall(r"[^\W\d_]{4,}", plain(line))
    return sum(w[0].islower() for w in longer) > len(longer) / 2
