"""What a program row says after what it is, set off by a comma or a full stop: who presides over it ("Paper session
#1, _chair: Ann Lee_", "... . Session Chair: Ann Lee."), who leads it ("Panel, moderator: Ann Lee"); and two ways a
row names its talk and people: a title in quotes beside the speaker ('"Small Models", **Ann Lee**', 'Ann Lee,
**"Small Models"**'), a title in italics before the speaker and where she works ('*Small Models*, Ann Lee, MIT')
and a panel with its people ("Panel with Ann Lee, Bo Wu, and Cy Li")."""

from __future__ import annotations

import re

from .cells import Talk
from .kinds import kind_of
from .names import NOT_NAMES, PersonText, looks_like_name, people_in
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
    if (by := _BY_CLAUSE.search(text)) and plain(text[: by.start()]).strip(" _*"):
        named = people_in(plain(by.group(2)).strip(" _*"))
        if named and all(looks_like_name(p.name) for p in named):
            verb, who = by.group(1).lower(), ", ".join(p.name for p in named)
            if verb == "moderated":
                moderators.append(who)
            else:
                said.append(f"{verb.capitalize()} by {who}")
            text = text[: by.start()]
    if moderators:
        text = f"{text.rstrip()} (Moderator: {', '.join(moderators)})"
    return text, said


# "**DL in Practice** chaired by Ann Lee 📣", "Poster Announcements paced by Bo Wu": after what the row is, with no
# comma, a verb saying who presides over it, "by", then only names (an emoji after them decorates the row).
_BY_CLAUSE = re.compile(r"\s+(chaired|moderated|hosted|paced|presided)\s+by\s+([^()\[\]\n:]+?)"
                        r"[\s\u2300-\u23ff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]*$", re.IGNORECASE)


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


# "[Panellists: Ann Lee, Bo Wu and Cy Li]": the word for those who take part, then them, in square brackets.
_PARTAKERS = re.compile(r"\s*(\[?)\s*(?:panell?ists?|speakers?|presenters?)\s*:\s*([^\[\]]+?)\s*(\]?)\s*",
                        re.IGNORECASE)


def partakers(rest: str) -> Talk | None:
    """``[Panellists: Ann Lee, Bo Wu and Cy Li]``: all a row says after its title is, in square brackets, the word
    for those who take part and only their names: its people, no title."""
    found = _PARTAKERS.fullmatch(plain(rest))
    if not found or not found.group(1) or not found.group(3):  # unbracketed, a line of its own: talk.py's to read
        return None
    return Talk(None, named) if (named := _only_people(found.group(2))) else None


def dash_then_people(rest: str) -> Talk | None:
    """``- Ann Lee`` after a label (``**Keynote#4** (Joint session) - Ann Lee``): a dash, then only people: who gives
    it, no title."""
    found = re.fullmatch(r"\s*[-–—]\s+(.+?)\s*", plain(rest), re.DOTALL)
    return Talk(None, named) if found and (named := _only_people(found.group(1))) else None


# Short words a title keeps in lower case ("The Commoditisation of NLP in Industry"); where one works has them
# too ("University of Melbourne"), with words naming a workplace or a position held.
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "from", "with", "and", "or", "to", "in", "on", "at", "by",
                          "about", "via", "into", "towards", "toward", "beyond", "between", "without"})  # fmt: skip
_WORK_WORDS = re.compile(r"\b(?:universit|institut|laborator|lab|department|college|school|cent(?:er|re)|academ|"
                         r"student|professor|prof|scientist|researcher|engineer|lecturer|postdoc|fellow|director|"
                         r"candidate|manager|founder|head|faculty|inc|ltd|corp)\w*", re.IGNORECASE)  # fmt: skip


def _title_word(token: str) -> bool:
    """A word of a talk's title that names no one nor where one works (``Systems``, ``Learning``, ``Models``)."""
    said = token.strip(".,:;!?\"“”()").lower()
    return said in NOT_NAMES and said not in _SMALL_WORDS and said not in _FUNCTION and not _WORK_WORDS.fullmatch(said)


# What comes after a talk, not its title: "Ann Lee, followed by 15min Q&A", "Ann Lee, then a panel".
_AFTER_TALK = re.compile(r"(?:followed|then|plus|and|with|by|including|incl)\b|q\s*&\s*a\b", re.IGNORECASE)
# "Key Techniques, Insights, and Challenges in ...": a series the words before the comma open, not a name then a title
_SERIES = re.compile(r"[^:]*,\s+(?:and|or|&)\s")
_FUNCTION = frozenset({"and", "the", "of", "for", "in", "on", "to", "with", "by", "from", "am", "pm", "q"})
_NAME_COMMA = re.compile(r"\s*([^,()\[\]*_\"“”\n]+?)\s*,\s*([^\n]+?)\s*")


def name_comma_title(rest: str) -> Talk | None:
    """``Ann Lee, The Commoditisation of NLP in Industry``, ``Ann Lee, Small Models: A Study, Revisited``: one person's
    name, a comma, then words that read as a talk's title, not as where she works: four words or more, some of them
    short ones a title keeps in lower case, or a colon between its parts; none naming a workplace or a position
    held (``Ann Lee, Research Scientist at the University of Tokyo``), nor anyone. The person, and the title with
    its commas and colons as written."""
    if re.search(r"[*_\n]|<br", rest):  # one plain line: a line below or words set apart say who gives it
        return None
    found = _NAME_COMMA.fullmatch(plain(rest))
    if not found or not looks_like_name(found.group(1)) or len(people_in(found.group(1))) != 1:
        return None
    title = found.group(2)
    tokens = title.split()
    head, colon, _ = title.partition(": ")
    if colon:  # "Ann Lee, U of Illinois: Deep Nets" is where she works, then the title; "Ann Lee, Towards Effective
        titled = any(_title_word(t) for t in head.split())  # NLP Systems: ..." opens with a title's own words
    else:
        titled = len(tokens) >= 4 and any(t in _SMALL_WORDS for t in tokens[1:])
    if not titled or _WORK_WORDS.search(title) or people_in(title) or _AFTER_TALK.match(title) \
            or re.search(r'["“”]', title) or _SERIES.match(title):  # fmt: skip  # quoted: quoted_beside's to read
        return None
    return Talk(title.strip(), people_in(found.group(1)))


# A line that opens with a link whose words are the talk's ("[Title](/papers#12)", an <a> tag read as one), then
# only the names of its authors.
_LINK_FIRST = re.compile(r"\s*[*_]{0,3}\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\(([^)\s]*)\)[*_]{0,3}\s*[-–—:,]?\s+(.+?)\s*")


def linked_title_then_people(rest: str) -> Talk | None:
    """``[Tree Description Dependencies](/accepted#id9) David Toman, Grant Weddell``: a title that is a link (to the
    paper, its abstract), then, on the same line, only the people who wrote it: the link's words are the title, the
    names its people. A link to another site whose words read as a name is someone's page (``[Ann Lee](https://...)
    Bo Wu``: people, no title); one to a page of the old site is the paper's, whatever its words. None otherwise."""
    found = _LINK_FIRST.fullmatch(rest) if "\n" not in rest.strip() else None
    if not found or not plain(found.group(1)).strip():
        return None
    if re.match(r"[a-z][a-z0-9+.-]*:", found.group(2)) and people_in(plain(found.group(1))):
        return None
    who = plain(found.group(3)).strip(" *_")
    if (role := _ROLE_NAMED.fullmatch(who)) and kind_of(role.group(1))[0]:
        who = role.group(2)  # "[Title](/#invited) **Invited Speaker: Ann Lee**": the label saying who gives it, aside
    named = _only_people(who)
    return Talk(plain(found.group(1)).strip(), named) if named else None


_ROLE_NAMED = re.compile(r"([^:,]{2,40}?)\s*:\s*(.+)")  # "Invited Speaker: Ann Lee"

# "Special Session featuring Ann Lee, Bo Wu and Cy Li", then what the slot also holds ("including a coffee break").
_FEATURING = re.compile(r"\s*([^\n]{2,60}?)\s+featuring\s+([^\n]+?)(?:\s+((?:including|incl\.|plus)\s[^\n]+?))?\s*",
                        re.IGNORECASE)


def featuring(rest: str) -> Talk | None:
    """``**Special Session featuring Ann Lee, Bo Wu and Cy Li** including a coffee break at 15:30``: what the slot is,
    "featuring", then only the people it features (its people); what it also includes, said after them, a note.
    None otherwise."""
    found = _FEATURING.fullmatch(plain(rest))
    if not found or people_in(found.group(1)):
        return None
    named = _only_people(found.group(2))
    return Talk(found.group(1), named, [found.group(3)] if found.group(3) else []) if named else None


def _only_people(text: str) -> list[PersonText]:
    """The people ``text`` names when it names nothing else (``Ann Lee, Bo Wu and Cy Li``); none otherwise."""
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text.strip()) if p]
    named = people_in(text)
    return named if parts and len(named) == len(parts) and all(looks_like_name(p) for p in parts) else []


# "(ends at 5:15pm)", "(until 17:00)": when the slot a title opens ends, said in brackets after it.
_ENDS_AT = re.compile(r"\s*\(\s*((?:ends?|ending|finishes|until|till)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*"
                      r"(?:[ap]\.?m\.?)?)\s*\)\s*$", re.IGNORECASE)  # fmt: skip


def end_aside(title: str) -> tuple[str, str | None]:
    """``Abstract Presentations / Industry Demonstrations (ends at 5:15pm)`` -> the title without the brackets that
    say when its slot ends, and what they say (for the report); the title as it is when they are not there."""
    found = _ENDS_AT.search(title)
    if not found or not title[: found.start()].strip():
        return title, None
    return title[: found.start()].rstrip(), found.group(1)


# "*Small Models*, Ann Lee, Stanford University": a title in italics, a comma, then who gives it and where she works
_ITALIC_THEN_BYLINE = re.compile(r"\s*(\*[^*\n]+\*|_[^_\n]+_)\s*,\s*([^\n]+?)\s*")


def italic_title_byline(rest: str) -> Talk | None:
    """``*Small Models*, Ann Lee, Stanford University and Databricks``, ``*Small Models*, Ann Lee, UC Berkeley``: the
    title set apart in italics, then one person's name and, after the next comma, where she works (however much
    it reads like a name: a second speaker would be joined by "and"). Not ``*Title*, Ann Lee, Bo Wu and Cy Li``,
    names only."""
    found = _ITALIC_THEN_BYLINE.fullmatch(rest)
    if found is None:
        return None
    first, _, where = plain(found.group(2)).partition(",")
    named = people_in(first)
    if len(named) != 1 or not looks_like_name(first.strip()) or named[0].affiliation or not where.strip():
        return None
    parts = re.split(r",\s*|\s+and\s+|\s*&\s*", where.strip())
    if len(parts) > 1 and all(looks_like_name(p) and not _WORK_WORDS.search(p) for p in parts):
        return None  # "Bo Wu and Cy Li": more speakers
    return Talk(plain(found.group(1)).strip(), [named[0]._replace(affiliation=where.strip())])


# "(Sponsored by Philips North America)" alone on its line under a row's title: who pays for the slot, a note.
_SPONSORED = re.compile(r"[*_]{0,3}\(\s*(?:kindly\s+)?(?:sponsored|supported|funded)\s+by\s+[^()]+\)[*_]{0,3}",
                        re.IGNORECASE)


def sponsor_lines(main: str) -> tuple[str, list[str]]:
    """A title cell without the lines under its first that say in brackets who sponsors the slot, and those lines
    (``**Panel on Access to Data**<br>(Sponsored by X)``); the cell as it is when its first line is one."""
    parts = main.split("\n")
    kept = [parts[0], *[p for p in parts[1:] if not _SPONSORED.fullmatch(p.strip())]]
    return "\n".join(kept), [plain(p).strip(" ()") for p in parts[1:] if _SPONSORED.fullmatch(p.strip())]
