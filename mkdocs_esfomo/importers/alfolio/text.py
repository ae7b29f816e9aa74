"""Inline text as pages write it (Markdown, HTML, both), read into one small form.

Cells, list items and card lines are read into *rich text*: plain text that keeps
``**bold**``, ``*italics*``, ``~~struck~~``, ``[links](url)`` and line breaks
(``<br>``) as ``\\n``, the few marks that carry meaning in a workshop's tables.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser
from typing import NamedTuple

from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """kramdown's flavour as far as it matters here: HTML allowed, tables and ~~strike~~."""
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


_MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*", "del": "~~", "s": "~~", "strike": "~~"}


# What a browser draws but no reader takes for the page's words: scripts, styles, and the labels of buttons
# ("Show Abstract", "Show Papers"), controls that open or hide what the page says.
_UNSEEN = frozenset({"script", "style", "button"})
_STRING = re.compile(r"""(["'])((?:(?!\1)[^\\\n]|\\.)*)\1""")  # a script's string: "The workshop will run from "


class _Rich(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[tuple[int, str]] = []  # where the link's text starts, its address
        self.marks: list[tuple[int, str]] = []  # where an open mark stands, its tag
        self.unseen = 0  # inside a <script>, a <style> or a <button>, whose words are no text of the page
        self.scripts = 0  # inside a <script>
        self.spans: list[bool] = []  # the open <span>s, each whether its style strikes its words through

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNSEEN:
            self.unseen += 1
            self.scripts += tag == "script"
        elif tag in _MARKS:
            self.marks.append((len(self.out), tag))
            self.out.append(_MARKS[tag])
        elif tag in ("br", "hr"):  # a rule across a cell parts what is above it from what is below, as a break does
            self.out.append("\n")
        elif tag == "span":  # '<span style="text-decoration: line-through">April 30</span>': struck as <s> is
            self.spans.append("line-through" in (dict(attrs).get("style") or "").lower())
            if self.spans[-1]:
                self.marks.append((len(self.out), "s"))
                self.out.append(_MARKS["s"])
        elif tag == "a":
            self._close_link()  # a link inside a link: HTML closes the first
            self.links.append((len(self.out), dict(attrs).get("href") or ""))
            self.out.append("[")
        elif tag in ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary") and self.out:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.out.append("\n")
        elif tag == "a":  # "<a/>", written for "</a>": a browser opens an empty link, which ends the open one
            self._close_link()

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSEEN:
            self.unseen = max(self.unseen - 1, 0)
            self.scripts = max(self.scripts - (tag == "script"), 0)
        elif tag in _MARKS:
            self._close_mark(tag)
        elif tag == "span":
            if self.spans and self.spans.pop():
                self._close_mark("s")
        elif tag == "a":
            self._close_link()
        elif tag in ("p", "div", "li", "tr", "summary", "h1", "h2", "h3", "h4", "h5", "h6"):  # a summary, a heading:
            # a line of its own, a title over the rest
            self.out.append("\n")

    def close(self) -> None:
        super().close()
        for at, _ in self.links:  # never closed: its words, not a link
            self.out[at] = ""
        self.links = []

    def _close_link(self) -> None:
        if self.links:
            at, href = self.links.pop()
            boxed = re.fullmatch(r"\s*\[([^\[\]]+)\]\s*", "".join(self.out[at + 1 :]))
            if boxed and href and not any(mark > at for mark, _ in self.marks):
                # '<a href="x">[Slides]</a>': the brackets frame the link's words, as "[[Slides](x)]" writes them
                del self.out[at + 1 :]
                self.out[at] = "[["
                self.out.append(f"{boxed.group(1).strip()}]({href})]")
                return
            self.out.append(f"]({href})" if href else "]")

    def handle_data(self, data: str) -> None:
        if not self.unseen:
            self.out.append(data)
        elif self.scripts:  # a script's code is not shown, the sentences it writes into the page are
            said = [m.group(2) for m in _STRING.finditer(data) if len(re.findall(r"[^\W\d_]{2,}", m.group(2))) >= 3]
            self.out += [f"\n{' '.join(said)}\n"] if said else []

    def _close_mark(self, tag: str) -> None:
        """``<i></i>`` marks nothing and is dropped; ``<b> Title </b>`` is ``**Title**``, spaces outside, as
        Markdown reads bold only when the marks touch the words."""
        start = next((i for i, (_, t) in reversed(list(enumerate(self.marks))) if t == tag), None)
        if start is None:
            self.out.append(_MARKS[tag])
            return
        at, _ = self.marks.pop(start)
        inside = "".join(self.out[at + 1 :])
        if not inside.strip():
            self.out[at:] = [inside]
            return
        lead, trail = inside[: len(inside) - len(inside.lstrip())], inside[len(inside.rstrip()) :]
        self.out[at:] = [lead, _MARKS[tag], inside.strip(), _MARKS[tag], trail]


def rich_html(fragment: str) -> str:
    """An HTML fragment as rich text."""
    reader = _Rich()
    reader.feed(fragment)
    reader.close()
    text = "".join(reader.out).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    text = re.sub(r"\[([^\]]*)\]\(\)", r"\1", text)
    text = re.sub(r"(?<!!)\[\s*\]\([^)\s]*\)|(?<![!\\])\[\](?!\()", "", text)  # a link around nothing to see
    # bold around nothing ("<b> </b>"), or two bold runs side by side: one run; "**A**<br>**B**" stays two lines
    return re.sub(r"(?<!\*)\*\*[^\S\n]*\*\*(?!\*)", "", text).strip()


def rich(markdown: str) -> str:
    """Inline Markdown (which may hold HTML) as rich text, its dashes as kramdown prints them ("---" an em dash,
    "--" an en dash: "Session I---Systems" reads "Session I—Systems"), but in code, links' addresses and rules."""
    md = parser()
    tokens = md.parseInline(markdown.replace("\\|", "|"))
    for token in tokens:
        for child in token.children or []:
            if child.type == "text" and not re.fullmatch(r"[\s:|-]*", child.content):
                child.content = child.content.replace("---", "\u2014").replace("--", "\u2013")
    return rich_html(md.renderer.render(tokens, md.options, {}))


def plain(text: str) -> str:
    """Rich text (or inline Markdown) as one line of plain text."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\*\*\*|\*\*|__|~~|(?<![\w*])\*|\*(?![\w*])|`", "", text)  # "***bold italic***" too
    return " ".join(html.unescape(text).replace("\xa0", " ").split()).strip()


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# Letters no accent stripping turns into plain ones ("Łańcucki", "Nießner", "Søgaard"): spelled in plain letters.
_PLAIN_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "AE",
                                "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i"})  # fmt: skip


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)).encode("ascii", "ignore").decode()


def _letters(text: str) -> str:
    """``text`` with accents dropped but the letters of scripts that have no plain spelling kept ("蔡静", "Иван");
    a dash, a curly quote or a symbol between two words a space, as a plain one would be ("Part I—Systems")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c if c.isascii() or unicodedata.category(c)[0] in "LN" else " " * (unicodedata.category(c)[0] != "M")
                   for c in decomposed)  # fmt: skip


def slug(name: str) -> str:
    """A person's id; also what matches one name written in different ways ("Tomás  Herrera", "tomas herrera").
    A name with no plain letters ("蔡静") is spelled by its code points, so that two such names are two people."""
    plain = re.sub(r"[^a-z0-9]+", "-", _ascii(name).lower()).strip("-")
    return plain or "-".join(f"u{ord(c):x}" for c in _letters(name).lower() if not c.isascii()) or "person"


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", _letters(text).lower())


def written_words(text: str) -> list[tuple[str, str]]:
    """Each word of ``text`` as written (its case kept, its accents dropped as :func:`words` drops them), with what
    stands between it and the word before it."""
    plain = _letters("".join(c if c.isascii() or unicodedata.category(c)[0] in "LNM" else "|" for c in text))
    out, end = [], 0
    for found in re.finditer(r"[^\W_]+", plain):
        out.append((found.group(), plain[end : found.start()]))
        end = found.end()
    return out


def has_word(text: str, *wanted: str) -> bool:
    """Whether ``text`` holds one of ``wanted`` as whole words ("dates" is not in "updates")."""
    found = " " + " ".join(words(text)) + " "
    return any(f" {' '.join(words(w))} " in found for w in wanted)


def emoji_prefix(text: str) -> tuple[str | None, str]:
    """``"🧑‍🎓 **Poster Session**"`` -> ``("🧑‍🎓", "**Poster Session**")``."""
    end = 0
    for i, char in enumerate(text):
        if unicodedata.category(char) in ("So", "Sk", "Mn", "Me", "Cf") or (char.isspace() and end):
            end = i + 1
        elif not char.isspace():
            break
    return (text[:end].strip() or None), text[end:].strip()


_EMOJI_RUN = re.compile(r"[ \t]*(?:[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*[ \t]*)+")


def emoji_inside(text: str) -> tuple[str | None, str]:
    """The emoji that end a cell's lines or stand between its words, decoration as the leading one is:
    ``"Invited Talk: [Ann Lee](url) 🤝🗣️\n**Title**"`` -> ``("🤝🗣️", "Invited Talk: [Ann Lee](url)\n**Title**")``;
    between words they become a line break (``"Lunch 🍲 Bento provided"``: two lines)."""
    found: list[str] = []

    def cut(match: re.Match[str]) -> str:
        found.append(match.group(0).strip())
        inside = match.start() > 0 and match.end() < len(match.string) and match.string[match.end()] != "\n"
        return "\n" if inside and match.string[match.start() - 1] != "\n" else ""

    kept = "\n".join(_EMOJI_RUN.sub(cut, line).strip() for line in text.split("\n"))
    return (found[0] if found else None), kept.strip()


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
        "challenge",  # "Challenge Results", "Challenge Overview": parts of a programme, not people
        "challenges",
        "results",
        "winners",
        "overview",
        "workshop",
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


# Words that name a group in a speaker column ("Organizers", "Paper Authors", "All speakers"), never one person.
GROUP_WORDS = {"organizers", "organisers", "organizing", "organising", "committee", "team", "chairs", "authors",
               "author", "paper", "papers", "speakers", "panelists", "presenters", "participants", "attendees",
               "everyone", "all", "the", "invited", "accepted", "session", "workshop", "and", "of", "contributions",
               "contributed"}  # fmt: skip


def is_group(text: str) -> bool:
    """``"Organizers"``, ``"Paper Authors"``: who a row is by when it names no one."""
    found = words(plain(text))
    return bool(found) and all(w in GROUP_WORDS for w in found)


_NAME_WORD = re.compile(r"[^\W\d_][\w.'’\u2010\u2011-]*")  # "Sant’Anna", "Higuera‑Cabañes" (U+2011)


def looks_like_name(text: str) -> bool:
    """``Tri Dao``, ``Prithviraj (Raj) Ammanabrolu``, ``Noah A. Smith``, ``Clara Higuera‑Cabañes`` (a hyphen that
    does not break the line); not ``FPTQuant`` or ``Spotlight Papers``."""
    tokens = re.sub(r"\([^()]*\)", "", plain(text)).split()
    if not 2 <= len(tokens) <= 5 or is_placeholder(text) or is_group(text):  # "Accepted Participants": no one
        return False
    if all(_TITLE.fullmatch(token) for token in tokens):  # "Prof. Dr." on a line of its own, over the name
        return False
    for token in tokens:
        bare = token.strip(".,")
        if bare.lower() in PARTICLES or (tokens.index(token) and _GLUED_PARTICLE.fullmatch(bare)):
            continue
        if bare.lower() in NOT_NAMES or not _NAME_WORD.fullmatch(bare) or not bare[0].isupper():
            return False
        if bare.lower().endswith("tions"):  # "Tool Demonstrations", "Applications": a plural noun, no one's name
            return False
    return True


# A surname whose particle is written onto it: "Megan deBettencourt", "Ann vanDyke", "Jean d'Alembert".
_GLUED_PARTICLE = re.compile(r"(?:de|da|di|du|van|von|le|la|del|dos)[A-Z][^\W\d_]+|[dl]['’][A-Z][^\W\d_]+")
_TITLES = r"(?:(?:prof|dr|dr\.-ing|habil|mr|mrs|ms|sir)\.?|pr\.|professor)"  # "Pr.": professeur
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
    return (looks_like_name(bare_name(_LINK.sub(r"\1", first))) and not looks_like_name(said)
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


def people_in(text: str) -> list[PersonText]:
    """``"[Ann Lee](url) *(MIT)*, Bo Wu and Cy Li (Oxford)"``: the people a cell names; none unless all are names."""
    text = _ROLE_BRACKET.sub(r", \1", text)  # "Bo Wu (Moderator: Cy Li)": one more person, not where Bo Wu works
    if "\n" not in text and text.count("(") == text.count(")") + 1 and text.rfind("(") > text.rfind(")"):
        text = re.sub(r"(?=[*_\s]*$)", ")", text, count=1)  # "**Ann Lee (MIT**": a bracket the line never closes
    text = _BULLET.sub(r"\1", text)  # "**- Ann Lee**, MIT": the dash of a list written in the bold
    pieces, depth, current = [], 0, ""
    for char in text.replace("\n", ", "):
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
        if char in ",;&/·•" and depth == 0:  # "Ann Lee · Bo Wu", as conference sites list authors
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current)
    if len(pieces) == 2 and _affiliation_after(*pieces):  # "[Ann Lee](url), Tsinghua University": hers
        pieces = [f"{pieces[0].strip()} ({pieces[1].strip()})"]
    elif len(pieces) > 2 and (joined := _slashed_affiliation(text)):  # "Ann Lee, ADAPT/DCU": one place of work
        pieces = [joined]
    people: list[PersonText] = []
    for piece in (p.strip() for part in pieces for p in _and_split(part) if p.strip()):
        if re.fullmatch(r"[*_\s]*\(([^()]*)\)[*_\s]*", piece) and people:  # "Ann Lee <br> *(MIT)*"
            last = people[-1]
            people[-1] = last._replace(affiliation=last.affiliation or plain(piece).strip("() "))
            continue
        piece = _BY.sub("", piece)  # "..., moderated by Cy Li"
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
        nested = None if looks_like_name(name) else _bracketed_tail(unlinked)
        if nested and looks_like_name(bare_name(nested[0])):  # "Ann Lee (Institute of Technology (IIT), Italy)"
            name, of = bare_name(nested[0]), plain(nested[1])
        if not looks_like_name(name) or (link and _PAPER.search(link.group(2))):
            return []  # a link to a paper is a title ("[Mitigate Position Bias](https://openreview.net/forum?id=x)")
        url = link.group(2) if link and link.group(2).startswith("http") else None
        people.append(PersonText(name, of, url))
    return people
