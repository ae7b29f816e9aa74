"""What a program row says after what it is, set off by a comma or a full stop: who presides over it ("Paper session
#1, _chair: Ann Lee_", "... . Session Chair: Ann Lee."), who leads it ("Panel, moderator: Ann Lee"); and two ways a
row names its talk and people: a title in quotes beside the speaker ('"Small Models", **Ann Lee**', 'Ann Lee,
**"Small Models"**') and a panel with its people ("Panel with Ann Lee, Bo Wu, and Cy Li")."""

from __future__ import annotations

import re

from .cells import Talk
from .names import looks_like_name, people_in
from .text import plain

_ROLES = r"(?:session\s+)?(?:co-?)?(?:chair(?:s|persons?)?|hosts?|coordinators?|moderators?)"
# ", chair: ", ". Session Chair: ", ", _coordinator: ": after something the row is, a role and a colon
_CLAUSE = re.compile(rf"\s*[,.;]\s*([_*]{{0,2}})\s*({_ROLES})\s*:\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])\.(?=\s|$)")  # "Ann Lee. More", but not "German I. Parisi"


def clauses_aside(text: str) -> tuple[str, list[str]]:
    """``Paper session #1, _chair: Ann Lee_`` -> ``("Paper session #1", ["Chair: Ann Lee"])``: the row without the
    clauses naming who chairs, hosts or coordinates it (they preside and give no talk: notes of the row), and with
    who moderates it in brackets after it ("Panel (Moderator: Ann Lee)", as a moderated row is written); the text
    as it is when a clause names anything but people, or stands first (then it is what the row says)."""
    said: list[str] = []
    moderators: list[str] = []
    while (found := next((m for m in _CLAUSE.finditer(text) if plain(text[: m.start()]).strip(" _*")), None)):
        following = _CLAUSE.search(text, found.end())
        stop = following.start() if following else len(text)
        ended = _SENTENCE_END.search(text, found.end(), stop)
        stop, rest = (ended.start(), text[ended.end() :]) if ended else (stop, text[stop:])
        names = text[found.end() : stop].strip(" _*")
        named = people_in(plain(names))
        if not named or not all(looks_like_name(p.name) for p in named):
            break
        role = " ".join(found.group(2).split())
        if role.lower().startswith("moderator"):
            moderators.append(", ".join(p.name for p in named))
        else:
            said.append(f"{role[:1].upper()}{role[1:]}: {', '.join(p.name for p in named)}")
        closing = found.group(1) if following is None and found.group(1) else ""
        text = text[: found.start()] + (rest.lstrip(closing) if closing else rest)
    if moderators:
        text = f"{text.rstrip()} (Moderator: {', '.join(moderators)})"
    return text, said


_QUOTED = r"\"[^\"]+\"|“[^”]+”"
_TITLE_THEN_WHO = re.compile(rf"\s*[*_]*({_QUOTED})[*_]*\s*,\s*(.+?)\s*")
_WHO_THEN_TITLE = re.compile(rf"\s*([^\"“”]+?)\s*,\s*[*_]*({_QUOTED})[*_]*\.?(.*)", re.DOTALL)


def quoted_beside(rest: str) -> Talk | None:
    """``"Small Models", **Ann Lee**``, ``Ann Lee, **"Small Models"**. Slides``: a title in quotes and, on the other
    side of a comma, only people; what follows the title after it, a note. None otherwise."""
    if found := _TITLE_THEN_WHO.fullmatch(rest):
        title, who, more = found.group(1), found.group(2), ""
    elif found := _WHO_THEN_TITLE.fullmatch(rest):
        who, title, more = found.group(1), found.group(2), found.group(3)
    else:
        return None
    named = people_in(who)
    if not named or not all(looks_like_name(p.name) for p in named) or people_in(plain(title)[1:-1]):
        return None
    return Talk(plain(title)[1:-1].strip(), named, [plain(more)] if plain(more).strip(" .") else [])


_WITH = re.compile(r"\s*([^,:]{2,40}?)\s+with\s+(.+?)\s*", re.IGNORECASE | re.DOTALL)


def panel_with(rest: str) -> Talk | None:
    """``Panel with Ann Lee, Bo Wu, and Cy Li``: a few words naming no one, "with", then only people (two at least):
    the row's title and its people. None otherwise ("Coffee with posters", "Chat with Ann Lee": who is with whom)."""
    found = _WITH.fullmatch(plain(rest))
    if not found or people_in(found.group(1)) or len(found.group(1).split()) > 4:
        return None
    named = people_in(found.group(2))
    if len(named) < 2 or not all(looks_like_name(p.name) for p in named):
        return None
    return Talk(found.group(1), named)
