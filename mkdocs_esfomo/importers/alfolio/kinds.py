"""The kinds of a schedule's items and the labels that say them ("Invited Talk 2", "Coffee Break", "Poster
Session"): the kind a label or a title names, exactly or guessed from a word in it."""

from __future__ import annotations

import re

from .text import has_word, plain, words

# Labels as schedules write them, after lowercasing and dropping numbers ("Invited Talk 2").
LABELS = {
    "invited": ("invited talk", "invited talks", "invited", "plenary talk", "plenary", "invited speaker",
                "featured talk", "featured presentation", "featured speaker"),
    "keynote": ("keynote", "keynotes", "keynote talk", "keynote speaker", "keynote speech"),
    "oral": ("oral", "orals", "oral paper", "oral papers", "oral talk", "oral talks", "oral presentation",
             "oral presentations", "contributed talk", "contributed talks", "contributed", "contributed paper talk",
             "paper talk", "paper talks", "long paper", "short paper", "full paper", "regular paper", "position paper",
             "paper presentation"),
    "spotlight": ("spotlight", "spotlights", "spotlight talk", "spotlight talks", "spotlight presentation",
                  "spotlight presentations", "lightning talk", "lightning talks", "contributed spotlight talk",
                  "contributed spotlight talks", "spotlight paper", "spotlight papers", "teaser", "teasers",
                  "teaser session", "teaser talk", "teaser talks"),
    "poster": ("poster", "posters", "poster session", "poster sessions"),
    "panel": ("panel", "panel discussion", "panels", "round table", "roundtable", "round table discussion",
              "roundtable discussion", "round tables", "roundtables"),
    "break": ("break", "coffee break", "coffee", "lunch", "lunch break", "coffee and posters", "breakfast",
              "morning tea", "afternoon tea"),  # "Morning Tea": a break as Australia names it
    "remarks": ("opening remarks", "closing remarks", "welcome", "introduction", "opening", "closing",
                "concluding remarks", "remarks", "welcome remarks", "opening and welcome"),
    "awards": ("awards", "award", "best paper award", "best paper awards", "award ceremony"),
    "social": ("social", "happy hour", "reception", "social event", "social activity", "social activities"),
    "talk": ("talk", "talks", "tutorial", "workshop", "hands-on workshop"),  # a workshop within the event
}  # fmt: skip


EXACT = {label: kind for kind, labels in LABELS.items() for label in labels}


KEYWORDS = (  # a label or title that only contains one of these: a guess, in this order
    ("awards", ("award", "awards")), ("poster", ("poster", "posters")), ("panel", ("panel",)),
    ("remarks", ("remarks", "welcome", "introduction")), ("break", ("break", "lunch", "coffee", "breakfast")),
    ("social", ("happy hour", "social", "reception", "dinner", "apero", "apéro")),
    ("keynote", ("keynote",)), ("spotlight", ("spotlight", "spotlights", "lightning")),
    ("oral", ("oral", "orals", "contributed")), ("invited", ("invited", "plenary")),
)  # fmt: skip


TALKS = ("invited", "keynote", "talk", "oral", "spotlight")


SCHEDULE_WORDS = ("schedule", "program", "programme", "agenda")


LONG_TITLE = 160  # characters: longer than the titles of talks, so more than a title


TALK_WORDS = ("talk", "talks", "speaker", "speakers", "speech", "presentation", "presentations", "session")


def bare_label(text: str) -> str:
    numbers = ("i", "ii", "iii", "iv", "v", "vi", "first", "second", "third", "fourth", "fifth")
    found = (re.sub(r"(?<=[a-z])\d+$", "", w) for w in words(plain(text)))  # "Talk7": "Talk 7"
    return " ".join(w for w in found if not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w) and w not in numbers)


def exact_kind(text: str) -> str | None:
    return EXACT.get(bare_label(text))


def kind_of(text: str) -> tuple[str | None, bool]:
    """The kind a label or title says, and whether that is a guess from a word in it."""
    if kind := exact_kind(text):
        return kind, False
    bare = _LENGTHS.sub("", text)  # "Invited Talk 1 (45 min oral + 15 min QA)": the bracket says how long, not what
    if bare != text and (kind := exact_kind(bare)):
        return kind, False
    text = _INTRODUCING.sub(" ", bare)  # "Introduction to Quantum Computing": a lecture's title, no opening remarks
    text = _COMPOUND.sub(_modifier, text)  # "Panel-Aware Double Machine Learning": a paper's title, no panel
    if headed := _head_kind(text):
        return headed, True
    return next((kind for kind, wanted in KEYWORDS if has_word(text, *wanted)), None), True


def _head_kind(text: str) -> str | None:
    """``Welcome Reception``, ``Welcome Coffee``, ``Networking Dinner``: a label of two or three words whose last
    word names a kind is an item of that kind (the words before it say which one), not of the kind an earlier word
    names; ``Lunch and Posters``, ``Panel with Ann Lee``: words joined, no such label."""
    said = words(plain(text))
    if not 2 <= len(said) <= 3 or any(w in ("and", "with", "or", "of", "by", "for", "on") for w in said) \
            or re.search(r"[&+/:,]", text):  # fmt: skip
        return None
    return next((kind for kind, wanted in KEYWORDS if said[-1] in wanted), None)


_INTRODUCING = re.compile(r"\bintroduction\s+(?:to|into)\b", re.IGNORECASE)
_COMPOUND = re.compile(r"\b[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)+\b")  # words hyphenated into one
_KIND_WORDS = {w for labels in LABELS.values() for label in labels for w in label.split()} | {"session", "sessions"}


def _modifier(compound: re.Match[str]) -> str:
    """A word hyphenated to one that names no kind ("Panel-Aware", "Award-Winning") says what something is like,
    not what the item is: blanked; "Coffee-Break", "Poster-Session" stay."""
    parts = re.split(r"[-\u2010\u2011]", compound.group(0).lower())
    return compound.group(0) if all(p in _KIND_WORDS for p in parts) else " "
_LENGTHS = re.compile(r"\s*\([^()]*?\b\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?)\b[^()]*\)\s*$", re.IGNORECASE)
