"""Who a text names: people's names as pages write them (``Prof. Ann Lee``, ``[Ann Lee](url) *(MIT)*``),
the words that are no one's name, the placeholders a page leaves for people not known yet, and the groups
("Organizers") a page names instead of people."""

from __future__ import annotations

import re
from typing import NamedTuple

from .text import plain, words

# Words that start a schedule label or a placeholder, never a person's name.
NOT_NAMES = set(
    [
        "talk",
        "talks",
        "session",
        "sessions",
        "part",  # "Orals - Part I": a part of a session counted, no one's name
        "remarks",
        "break",
        "lunch",
        "coffee",
        "poster",
        "posters",
        "papers",
        "paper",
        "panel",
        "discussion",
        "debate",
        "debates",
        "fireside",
        "chat",
        "tutorial",
        "tutorials",
        "roundtable",
        "table",  # "Round Table"
        "hackathon",
        "award",
        "awards",
        "opening",
        "closing",
        "keynote",
        "invited",
        "oral",
        "orals",
        "spotlight",
        "spotlights",
        "lightning",
        "welcome",
        "contact",  # "Contact Ann Lee (MIT), Bo Wu": whom to write to, the verb no part of a name
        "email",
        "announcements",
        "announcement",
        "introduction",
        "q",
        "tbd",
        "tba",
        "tbc",
        "speaker",
        "speakers",
        "organizers",
        "organizer",
        "topic",
        "title",
        "type",
        "event",
        "agenda",
        "and",
        "the",
        "of",
        "for",
        "in",
        "on",
        "to",
        "with",
        "by",
        "from",
        "contributed",
        "contribution",
        "contributions",
        "accepted",
        "presentations",
        "presentation",
        "social",
        "happy",
        "hour",
        "reception",
        "dinner",
        "restaurant",  # "Workshop Reception: **Roata Restaurant**": a place, not someone
        "hotel",
        "gather",  # where a session meets online: "Poster session (Gather Town)", "(Zoom Webinar)"
        "zoom",
        "webinar",
        "discord",
        "slack",
        "online",
        "virtual",
        "offline",
        "hybrid",
        "networking",
        "task",  # "Shared Task", "Oral Presentations (Shared Task)": a part of the programme
        "tasks",
        "agm",  # "ALTA AGM": an association's annual general meeting
        "meeting",
        "meetup",
        "activity",  # "Co-Design Hands-On Activity", "Group Activity": a part of the programme, no one
        "activities",
        "challenge",  # "Challenge Results", "Challenge Overview": parts of a programme, not people
        "challenges",
        "results",
        "winners",
        "overview",
        "workshop",
        "end",  # "PMBS End", "End of Workshop": the program's end, no one's name
        "best",
        "schedule",
        "program",
        "morning",
        "afternoon",
        "am",
        "pm",
        "lunchbreak",
        "learning",
        "models",
        "model",
        "language",
        "languages",
        "large",
        "inference",
        "training",
        "efficient",
        "efficiency",
        "systems",
        "system",
        "data",
        "neural",
        "deep",
        "scaling",
        "scale",
        "transformer",
        "transformers",
        "networks",
        "network",
        "towards",
        "toward",
        "via",
        "using",
        "beyond",
        "foundation",
        "generative",
        "ai",
        "machine",
        "reasoning",
        "agents",
        "optimization",
        "attention",
        "memory",
        "fast",
        "faster",
        "open",
        "lessons",
        "future",
        "challenges",
        "robust",
        "benchmark",
        "benchmarks",
        "evaluation",
        # institutions, which are not people either ("Stanford University", "Microsoft Research")
        "university",
        "universität",
        "université",
        "universidad",
        "institute",
        "college",
        "school",
        "laboratory",
        "lab",
        "labs",
        "research",
        "inc",
        "center",
        "centre",
        "academy",
        "corporation",
        "department",
        "tech",
        # positions ("Associate Professor", "Research Scientist")
        "professor",
        "assistant",
        "associate",
        "faculty",
        "fellow",
        "scientist",
        "researcher",
        "engineer",
        "director",
        "student",
        "postdoc",
        "senior",
        "principal",
        # the links a person's card holds ("Google Scholar", "Personal Website"), named for what they lead to
        "scholar",
        "website",
        "homepage",
        "webpage",
        "linkedin",
        "github",
        "twitter",
        "researchgate",
    ]
)
PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "le", "la", "ter", "bin", "al", "el", "dos", "del"}
PLACEHOLDERS = {"tbd", "tba", "tbc", "to be announced", "to be confirmed", "speaker", "topic", "title", "type", "name",
                "organization tbd", "speaker name", "talk title"}  # fmt: skip


# The words of a place kept for what is not known yet: "Topic TBA", "Author TBD (TBD)", "Speaker TBD, Affiliation TBD".
_PENDING = {"tbd", "tba", "tbc"}
_PENDING_WORDS = _PENDING | {"talk", "topic", "title", "speaker", "speakers", "author", "authors", "name",
                             "affiliation", "organization", "institution"}  # fmt: skip


def is_placeholder(text: str) -> bool:
    """A cell that names nothing: "TBD", "Speaker", "Author TBD (TBD)", or marks with no word in them ("--")."""
    said = plain(text).strip(" .:()[]").lower()
    said_words = re.findall(r"[^\W\d_]+", said)
    return said in PLACEHOLDERS or (bool(plain(text).strip()) and not re.search(r"\w", said)) \
        or (bool(_PENDING & set(said_words)) and set(said_words) <= _PENDING_WORDS)


# Words that name a group in a speaker column ("Organizers", "Paper Authors", "All speakers", "Host", "Challenge
# participants"), never one person.
GROUP_WORDS = {"organizers", "organisers", "organizing", "organising", "committee", "team", "chairs", "authors",
               "author", "paper", "papers", "speakers", "panelists", "panellists", "presenters", "participants",
               "attendees",
               "everyone", "all", "the", "invited", "accepted", "session", "workshop", "and", "of", "contributions",
               "contributed", "host", "hosts", "challenge", "competition", "winners", "winning", "teams"}  # fmt: skip


def is_group(text: str) -> bool:
    """``"Organizers"``, ``"Paper Authors"``: who a row is by when it names no one."""
    found = words(plain(text))
    return bool(found) and all(w in GROUP_WORDS for w in found)


_NAME_WORD = re.compile(r"[^\W\d_][\w.'’\u2010\u2011-]*")  # "Sant’Anna", "Higuera‑Cabañes" (U+2011)


def looks_like_name(text: str) -> bool:
    """``Tri Dao``, ``Prithviraj (Raj) Ammanabrolu``, ``Noah A. Smith``, ``Clara Higuera‑Cabañes`` (a hyphen that
    does not break the line); not ``FPTQuant`` or ``Spotlight Papers``."""
    tokens = re.sub(r"\([^()]*\)(?![^\W\d_])", "", plain(text)).split()  # "(G)Round": a letter glued, no nickname
    if not 2 <= len(tokens) <= 5 or is_placeholder(text) or is_group(text):  # "Accepted Participants": no one
        return False
    if all(_TITLE.fullmatch(token) for token in tokens):  # "Prof. Dr." on a line of its own, over the name
        return False
    for token in tokens:
        bare = token.strip(".,")
        if bare.lower() in PARTICLES or (tokens.index(token) and _GLUED_PARTICLE.fullmatch(bare)):
            continue
        if bare in ("e", "y") and 0 < tokens.index(token) < len(tokens) - 1:  # "Silva e Oliveira", "Ortega y Gasset"
            continue
        if bare.lower() in NOT_NAMES or not _NAME_WORD.fullmatch(bare) or not bare[0].isupper():
            return False
        if bare.lower().endswith("tions"):  # "Tool Demonstrations", "Applications": a plural noun, no one's name
            return False
    return True


# A surname whose particle is written onto it: "Megan deBettencourt", "Ann vanDyke", "Jean d'Alembert".
_GLUED_PARTICLE = re.compile(r"(?:de|da|di|du|van|von|le|la|del|dos)[A-Z][^\W\d_]+|[dl]['’][A-Z][^\W\d_]+")
_TITLES = (r"(?:(?:assoc|asst|associate|assistant)\.?\s+prof(?:essor)?\.?|"  # "Assoc. Prof.", "Assistant Professor"
           r"(?:prof|dr|dr\.-ing|habil|mr|mrs|ms|sir)\.?|pr\.|professor)")  # "Pr.": professeur
_TITLE = re.compile(rf"{_TITLES},?", re.IGNORECASE)
_DEGREE = r"(?:ph\.?\s?d|m\.?d|m\.?sc?|m\.?p\.?h|m\.?b\.?a|b\.?sc?)\.?"  # "Ann Lee, MD, MPH."
_FELLOWSHIPS = r"(?:[\s,]+(?-i:F[A-Z]{2,6})\b)*"  # "Ann Lee, PhD FSPIE, FIEEE": a degree, then the fellowships
_HONORIFICS = re.compile(rf"^(?:{_TITLES}\s+)+|(?:,\s*{_DEGREE}{_FELLOWSHIPS})+$|"
                         r"\s+(?:ph\.?\s?d\.?|m\.?d\.?)$", re.IGNORECASE)  # fmt: skip


_NICKNAME = re.compile(r"(?<=\w)\s+[\"“][^\"”\s]{1,20}[\"”](?=\s+\w)")  # Carlos "ChaTo" Castillo


def bare_name(name: str) -> str:
    """``"Prof. Dr.-Ing. habil. Alois C. Knoll"`` -> ``"Alois C. Knoll"``; ``"Ann Lee, PhD"`` -> ``"Ann Lee"``;
    ``'Carlos "ChaTo" Castillo'`` -> ``"Carlos Castillo"``; ``"Dr. Ann Lee,"`` (a line of a card) -> ``"Ann Lee"``."""
    return _NICKNAME.sub("", _HONORIFICS.sub("", plain(name))).strip().rstrip(",;").strip()


_ASIDE = re.compile(r"^(.*?\S)\s*\(([^()]+)\)$")  # "Ann Lee (Point of Contact)": a word about her after her name


def aside_after(written: str) -> tuple[str, str | None]:
    """``"Ann Lee (moderator)"``, ``"Ann Lee (Point of Contact)"``: the name without the words in brackets after
    it, and those words (None when there are none, or when they are a name too: "Ann Lee (Annie Lee)")."""
    name = bare_name(written)
    aside = _ASIDE.match(name)
    if aside and looks_like_name(bare_name(aside.group(1))) and not looks_like_name(aside.group(2)):
        return bare_name(aside.group(1)), aside.group(2).strip()
    return name, None


class PersonText(NamedTuple):
    name: str
    affiliation: str | None = None
    url: str | None = None


_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_PAPER = re.compile(r"openreview\.net/(?:forum|pdf)|arxiv\.org/(?:abs|pdf)/|doi\.org/|aclanthology\.org/|\.pdf$",
                    re.IGNORECASE)  # fmt: skip
# "(Moderator: Cy Li)", "(moderated by Cy Li)" after a list of names: the person who moderates them
_ROLE_BRACKET = re.compile(r"\s*\(\s*(?:(?:moderated|chaired|hosted)\s+by|(?:moderator|chair|host)s?\s*:)"
                           r"\s*([^()]+?)\s*\)", re.IGNORECASE)  # fmt: skip
_ROLE_PART = re.compile(r"\s*\((?:moderator|co-?moderator|chair|co-?chair|host|facilitator)s?\)[*_\s]*$",
                        re.IGNORECASE)  # "Ann Lee (Moderator)": her part in the slot
_WITH_BRACKET = re.compile(r"\s*\((with\s+[^()]+?)\s*\)\s*$", re.IGNORECASE)  # "(with Bo Wu and Cy Li)"
_BY = re.compile(r"^[*_\s]*(?:(?:moderated|chaired|hosted|led|lead)\s+by|moderators?\s*:)\s*", re.IGNORECASE)


_ITALIC_AFTER = re.compile(r"(?<=[^\W\d_])\s+\*([^*()]+)\*\s*$")  # "Ann Lee *MIT*": her affiliation in italics
_LEADING_MARKS = re.compile(r"(?:^|(?<=,\s))(?:\d{1,2}|[†‡§¶])(?=[^\W\d_])")  # "(1Oxford, 2ETH)": the marks
_FOOTNOTE_MARKS = re.compile(r"(?<=[^\W\d_])(?:\d{1,2}[†‡§¶]*|[†‡§¶]+)(?:,(?:\d{1,2}[†‡§¶]*|[†‡§¶]+))*$")


def _and_split(part: str) -> list[str]:
    """``"Ann Lee and Bo Wu (University of Science and Technology)"``: split at each "and" outside parentheses and
    brackets; an affiliation's "and" names no second person."""
    out, start = [], 0
    for found in re.finditer(r"\s+and\s+|^and\s+", part):
        before = part[: found.start()]
        if before.count("(") + before.count("[") == before.count(")") + before.count("]"):
            out.append(part[start : found.start()])
            start = found.end()
    return [*out, part[start:]]


def _affiliation_after(first: str, second: str) -> bool:
    """Whether ``second`` is where the one ``first`` names works: a name, then a few words that are no name and no
    one's ("Google", "U of Illinois Urbana-Champaign"), unlinked, unbracketed but for a short name of it at its end
    ("Max Planck Institute for Software Systems (MPI-SWS)") and not in italics."""
    said = re.sub(r"\s*\([A-Z][A-Z\d&.-]{1,15}\)$", "", plain(second).strip())
    return (looks_like_name(bare_name(_LINK.sub(r"\1", first))) and not looks_like_name(said) and not is_group(said)
            and not re.search(r"[(:\d]", said) and not _LINK.search(second) and not _and_split(second)[1:]
            and not re.match(r"\s*(?:\*|_|<i>|<em>)", second)  # "Ann Lee, *Title*": a title in italics
            and 0 < len(said.split()) <= 6)  # fmt: skip


_BULLET = re.compile(r"^(\s*(?:\*\*|__)\s*)[-–—•·]\s+(?=[^\W\d_])")  # inside the bold: "- Title" stays a line


def _slashed_affiliation(text: str) -> str | None:
    """``"Ann Lee, ADAPT/DCU"``, ``"Bo Wu, Neuro-Symbolic AI Group / Idiap Research Institute"``: one name, one
    comma, then where they work written with a slash (which elsewhere parts names): the one person, bracketed so."""
    said = re.fullmatch(r"([^,;&·•/]+),([^,;&·•]+)", text.replace("\n", " "))
    if not said or "/" not in said.group(2):
        return None
    parts = [plain(p).strip() for p in said.group(2).split("/")]
    if not all(p and not looks_like_name(p) and not re.search(r"[(:\d]", p) and len(p.split()) <= 6 for p in parts):
        return None
    first = said.group(1).strip()
    return f"{first} ({said.group(2).strip()})" if looks_like_name(bare_name(_LINK.sub(r"\1", first))) else None


def _bracketed_tail(text: str) -> tuple[str, str] | None:
    """``"Ann Lee (Institute of Technology (IIT), Italy)"``: what comes before a last bracket that holds brackets of
    its own, and what it holds."""
    stripped = text.rstrip(" *_")
    depth = 0
    for at in range(len(stripped) - 1, -1, -1) if stripped.endswith(")") else ():
        depth += {")": 1, "(": -1}.get(stripped[at], 0)
        if depth == 0:
            return stripped[:at], stripped[at + 1 : -1]
    return None


def _alias(name: str, bracketed: str) -> bool:
    """``Yu Ying Chiu (Kelly Chiu)``: the brackets hold another name of the same person, her surname again."""
    said, inner = words(name), words(bracketed)
    return 2 <= len(inner) <= 3 and len(said) >= 2 and inner[-1] == said[-1] and looks_like_name(plain(bracketed))


def _lower_case_name(piece: str) -> bool:
    """``abir naskar``: two or three words of letters, all in lower case, none a word that names no one."""
    found = piece.split()
    return 2 <= len(found) <= 3 and all(re.fullmatch(r"[^\W\d_A-Z]+", w) and w.islower() for w in found) and \
        not any(w in NOT_NAMES or w in GROUP_WORDS or w in PARTICLES for w in found)  # fmt: skip


def people_in(text: str) -> list[PersonText]:
    """``"[Ann Lee](url) *(MIT)*, Bo Wu and Cy Li (Oxford)"``: the people a cell names; none unless all are names."""
    text = re.sub(r"(?<=[*_)])\.\s*$", "", text)  # "*Ann Lee (MIT) & Bo Wu (ETH)*.": the sentence's stop, no name's
    text = _ROLE_BRACKET.sub(r", \1", text)  # "Bo Wu (Moderator: Cy Li)": one more person, not where Bo Wu works
    if "\n" not in text and text.count("(") == text.count(")") + 1 and text.rfind("(") > text.rfind(")"):
        text = re.sub(r"(?=[*_\s]*$)", ")", text, count=1)  # "**Ann Lee (MIT**": a bracket the line never closes
    text = _BULLET.sub(r"\1", text)  # "**- Ann Lee**, MIT": the dash of a list written in the bold
    pieces, depth, current, marks = [], 0, "", []
    for char in text.replace("\n", ", "):
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
        if char in ",;&/·•" and depth == 0:  # "Ann Lee · Bo Wu", as conference sites list authors
            pieces.append(current)
            marks.append(char)
            current = ""
        else:
            current += char
    pieces.append(current)
    # "[Ann Lee](url), Tsinghua University": hers; but an ampersand joins two of a kind, never someone and where she
    # works ("Competition Intro & Spotlight Talks of Winning Entries": no one)
    if len(pieces) == 2 and marks != ["&"] and _affiliation_after(*pieces):
        pieces = [f"{pieces[0].strip()} ({pieces[1].strip()})"]
    elif len(pieces) > 2 and (joined := _slashed_affiliation(text)):  # "Ann Lee, ADAPT/DCU": one place of work
        pieces = [joined]
    people: list[PersonText] = []
    split = [p.strip() for part in pieces for p in _and_split(part) if p.strip()]
    while len(split) > 1 and is_group(split[-1]) and not is_group(split[0]):
        split.pop()  # "Ann Lee (Moderator), workshop participants": after the people, a group that names no one
    lowered = [n for n, p in enumerate(split[:-1]) if _lower_case_name(p)] if len(split) >= 4 else []
    for number, piece in enumerate(split):
        if re.fullmatch(r"[*_\s]*\(([^()]*)\)[*_\s]*", piece) and people:  # "Ann Lee <br> *(MIT)*"
            last = people[-1]
            people[-1] = last._replace(affiliation=last.affiliation or plain(piece).strip("() "))
            continue
        piece = _BY.sub("", piece)  # "..., moderated by Cy Li"
        if (part := _ROLE_PART.search(piece)) and looks_like_name(bare_name(_LINK.sub(r"\1", piece[: part.start()]))):
            piece = piece[: part.start()]  # "Ann Lee (Moderator)": her part in the slot, not where she works
        link = _LINK.search(piece)
        unlinked = _LINK.sub(r"\1", piece)
        affiliation = re.search(r"\(([^()]*)\)[*_\s]*$", unlinked)
        if affiliation and _alias(unlinked[: affiliation.start()], affiliation.group(1)):
            affiliation = None  # "Cheuk Hei Chong (Thomas Chong)": the name she goes by, part of her name
        italic = None if affiliation else _ITALIC_AFTER.search(unlinked)
        affiliation = affiliation or italic
        name = bare_name(re.sub(r"\s*\(([^()]*)\)[*_\s]*$", "", unlinked) if affiliation and not italic
                         else unlinked[: italic.start()] if italic else unlinked)  # fmt: skip
        name = _FOOTNOTE_MARKS.sub("", name)  # "Ann Lee<sup>1</sup>": the mark of her affiliation, not her name
        of = _LEADING_MARKS.sub("", plain(affiliation.group(1))) if affiliation else None
        if (joint := _WITH_BRACKET.search(name)) and looks_like_name(name[: joint.start()]):
            # "Ann Lee (with Bo Wu and Cy Li) (MIT)": her co-authors, kept beside where she works, not speakers
            name, of = name[: joint.start()].strip(), "; ".join(filter(None, [of, joint.group(1).strip()]))
        nested = None if looks_like_name(name) else _bracketed_tail(unlinked)
        if nested and looks_like_name(bare_name(nested[0])):  # "Ann Lee (Institute of Technology (IIT), Italy)"
            name, of = bare_name(nested[0]), plain(nested[1])
        if lowered == [number] and name == piece:  # "Ann Lee, Bo Wu, cy li and Di Ma": one name typed in lower case
            people.append(PersonText(name, None, None))
            continue
        if not looks_like_name(name) or (link and _PAPER.search(link.group(2))):
            return []  # a link to a paper is a title ("[Mitigate Position Bias](https://openreview.net/forum?id=x)")
        url = link.group(2) if link and link.group(2).startswith("http") else None
        people.append(PersonText(name, of, url))
    return people
