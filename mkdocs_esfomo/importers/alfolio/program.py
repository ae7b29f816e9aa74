"""What a schedule is made of: a row as read (a draft item), a session, the schedule; and a cell's label, speakers
and title told apart (the kinds its items can be, and the labels that say them: kinds.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ... import values
from .cells import LINK_WORDS, Talk, attendance, authors_after, people_line, strip_role, talks_in
from .jekyll import JekyllPage
from .kinds import TALK_WORDS, TALKS, bare_label, exact_kind, kind_of
from .names import GROUP_WORDS, PersonText, bare_name, is_group, is_placeholder, looks_like_name, people_in
from .report import Note
from .row_clauses import dash_then_people, italic_title_byline, name_comma_title, panel_with, partakers, quoted_beside
from .text import lines, plain, words

# What opens the words after an emphasised label when they go on with it ("*Lunch* & Meeting Mentors"): no one named.
_CARRIED_ON = re.compile(r"(?:&|\+|/|and\b|with\b)", re.IGNORECASE)


@dataclass
class Draft:
    where: str
    kind: str = "talk"
    time: values.ClockTime | None = None
    end: values.ClockTime | None = None
    title: str | None = None
    label: str | None = None  # the label as written, when no title says more
    speakers: list[PersonText] = field(default_factory=list)
    link: str | None = None
    links: dict[str, str] = field(default_factory=dict)  # label -> web address (slides, video)
    emoji: str | None = None
    notes: list[str] = field(default_factory=list)  # rows of notes, kept as the abstract
    day: dt.date | None = None
    guessed: str | None = None  # the words a kind was guessed from
    waiting: bool = False  # a label row ("Contributed Talk 1") whose next row holds the talk
    untitled: bool = False  # a talk or panel named only by its label ("Keynote: Ann Lee")
    said: str | None = None  # the label as written ("Contributed talk"), when the rest of the cell followed it
    moderators: set[str] = field(default_factory=set)  # speakers the row says moderate it ("moderated by Cy Li")
    wrapped: bool = False  # a title read across the line its cell breaks it on
    dashed: bool = False  # "Ann Lee - August Robotics": a speaker the site shows, what follows the dash read as her of


@dataclass
class Session:
    title: str
    where: str
    time: values.ClockTime | None = None
    emoji: str | None = None
    items: list[Draft] = field(default_factory=list)
    day: dt.date | None = None


@dataclass
class Schedule:
    entries: list[Draft | Session] = field(default_factory=list)
    shown: list[tuple[JekyllPage, int, int]] = field(default_factory=list)
    zone_texts: list[tuple[str, str]] = field(default_factory=list)  # (text, where) that may name the zone
    days: list[dt.date] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    clock: dict[tuple[str, dt.date | None], int] = field(default_factory=dict)  # a page's day: its last start
    daylong: set[str] = field(default_factory=set)  # pages whose tables write a 24-hour clock ("18:30")
    unread: list[Note] = field(default_factory=list)  # lines that look like a schedule's, not read as one
    numbered: list[tuple[int, str, list[Draft | Session]]] = field(default_factory=list)  # "Day 2": (2, where, rows)
    weekdays: list[tuple[int, str, Draft]] = field(default_factory=list)  # "Plenary Monday 9:00": (0, where, row)


_BOLD = re.compile(r"\*\*(.+?)\*\*")


LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")


def split_label(text: str) -> tuple[str | None, str, str | None]:
    """``"**Invited Talk**: Ann Lee (*MIT*)"`` -> ``("Invited Talk", "Ann Lee (*MIT*)", None)``;
    ``"**Talk** (Ann Lee): Title"`` -> ``("Talk", "Title", "Ann Lee")``; no label -> ``(None, text, None)``."""
    label, rest, who = _split_label(text.strip())
    if label and who is None:
        # "Invited Talk by Ann Lee", "Panel (Ann Lee, Bo Wu)": the label names its people
        by = re.match(r"(.+?)\s+(?:by|from|with)\s+(.+)$", label)
        inside = re.match(r"(.+?)\s*\(([^()]+)\)$", label)
        if by and exact_kind(by.group(1)) and people_in(by.group(2)):
            return plain(by.group(1)), rest, by.group(2)
        if inside and people_in(inside.group(2)):
            return plain(inside.group(1)), rest, inside.group(2)
    return label, rest, who


# "Title (Keynote)"; not "[Title](/keynotes)", a link's address
KIND_AFTER = re.compile(r"(.+?)\s*(?<!\])\(([^()]+)\)$", re.DOTALL)
_REMARK = re.compile(r"[*_]*\(([^()]+)\)[*_]*")  # "*(Grouped thematically)*" after a title in bold
# "[Title](a)[ (Spotlight)](b)": the kind after a title linked on its own, as a conference's page is pasted
_LINKED_KIND = re.compile(r"(.*\S)\s*\[\s*\(([^()\[\]]+)\)\s*\]\((https?://[^)\s]+)\)\s*$", re.DOTALL)


def linked_kind(text: str) -> tuple[str, dict[str, str]]:
    """``"[Title](a)[(Spotlight)](b)"`` -> ``"[Title](a) (Spotlight)"`` and {Spotlight: b}: a kind in brackets
    after a title, a link of its own, is the row's kind as ``"Title (Spotlight)"`` is; its address is kept."""
    found = _LINKED_KIND.match(text)
    if not found or not exact_kind(found.group(2)):
        return text, {}
    return f"{found.group(1)} ({found.group(2).strip()})", {plain(found.group(2)): found.group(3)}


def kinds_follow(titles: list[str]) -> bool:
    """Whether most titles of a table are followed by their kind (``"Title (Keynote)"``), so that the bracket after
    the others is a label too; a title that opens with its kind (``"Invited Talk: Title"``) is not counted."""
    after = [t for t in titles if (m := KIND_AFTER.match(t)) and exact_kind(m.group(2))]
    opened = [t for t in titles if t not in after and split_label(t)[0]]
    return len(after) >= max(2, 0.6 * (len(titles) - len(opened)))


_NUMBERED = re.compile(r"\s*[^\W\d_][\w ]{0,30}?\s\d{1,3}\s*")  # "Paper 1", "Extended abstract 2": a label


# The words for the part the people a line names play in an item ("Mentors: Ann Lee, Bo Wu").
_PART_WORDS = r"(?:mentors?|speakers?|panell?ists?|presenters?|discussants?|instructors?|tutors?|facilitators?|judges?)"
_ROLE_LINE = re.compile(rf"\n\s*(?:{_PART_WORDS}|moderators?|chairs?|hosts?)\s*$", re.IGNORECASE)


_TITLE_LINE = re.compile(r"\s*(?:talk\s+)?title\s*:", re.IGNORECASE)


def _titled_below(text: str) -> tuple[str, str, str] | None:
    """``Invited Talk 1 (Scale 1): Ann Lee (MIT)<br>Talk title and abstract<br>**Title:** Kernels<br>**Abstract:**
    ...``: a label and its speaker on the first line, the talk's title on a line under it that says it is the title:
    the label, the title's line then the other lines (the abstract, kept as notes), and the speaker."""
    parts = [p for p in text.split("\n") if p.strip()]
    at = next((i for i, p in enumerate(parts[1:], 1) if _TITLE_LINE.match(plain(p))), None)
    if at is None:
        return None
    label, rest, who = _split_label(parts[0])
    if label and who is None and rest and people_in(attendance(rest)[0]):
        rest, who = "", rest  # "Invited Talk 1: Ann Lee (MIT)": the label's words, then the speaker
    if not label or not who or rest:
        return None
    return label, "\n".join([parts[at], *parts[1:at], *parts[at + 1 :]]), who


def _label_over(text: str) -> tuple[str | None, str, str | None] | None:
    """A cell whose first line is the label, the talk under it: its label, the rest and the speaker; else None."""
    if titled := _titled_below(text):
        return titled
    head, _, under = text.partition("\n")
    # the label on a line of its own: "Invited talk 🎥<br>**Title**<br>*Ann Lee*", "Keynote 1<br>Ann Lee: Title"
    if under.strip() and "*" not in head and exact_kind(head):
        return re.sub(r"[^\w)]+$", "", plain(head)), under.strip(), None
    # "AID Workshop Keynote—<br>"Title"": a line that ends as a label does, with a dash or a colon, and says a kind
    ended = re.fullmatch(r"([^*\n]+?)\s*[:\u2013\u2014]", head.strip())
    if under.strip() and ended and len(ended.group(1).split()) <= 5 and kind_of(ended.group(1))[0]:
        return plain(ended.group(1)), under.strip(), None
    # "Featured Presentation by Ann Lee:<br>**Title**": a label of a talk naming its speaker, the title under it
    byline = re.fullmatch(r"([^*\n]+?)\s+by\s+([^*\n:]+?)\s*:?", head.strip())
    if under.strip() and byline and _talk_label(byline.group(1)) and looks_like_name(byline.group(2)):
        return plain(byline.group(1)), under.strip(), byline.group(2)
    return None


def _split_label(text: str) -> tuple[str | None, str, str | None]:
    if over := _label_over(text):
        return over
    linked = re.fullmatch(r"\[([^\[\]]+)\]\(([^)\s]+)\)", text)  # "[Keynote: Title](/ann#keynote)"
    if linked and (inside := _split_label(linked.group(1)))[0] and inside[1]:
        return inside[0], f"[{inside[1]}]({linked.group(2)})", inside[2]
    framed = re.match(r"(?:\(([^()]+)\)|\[([^\[\]]+)\])\s+(.+)$", text, re.DOTALL)  # "(**Spotlight 3**) Title"
    if framed and exact_kind(framed.group(1) or framed.group(2)):  # "[Plenary] Title" in brackets too, not a link
        return plain(framed.group(1) or framed.group(2)), framed.group(3).strip(), None
    after = KIND_AFTER.match(text)  # "Title (Keynote)", as conference sites list
    if after and exact_kind(after.group(2)) and plain(after.group(1)):
        return plain(after.group(2)), after.group(1).strip(), None
    if after and "\n" in after.group(1) and len(words(after.group(2))) <= 3 and kind_of(after.group(2))[0] in TALKS:
        return plain(after.group(2)), after.group(1).strip(), None  # "**Title**<br>*Ann Lee* (Keynote Note)", a slip
    italic = re.match(r"\*([^*]+?)(?::\*|\*:)\s+(.+)$", text, re.DOTALL)  # "*Keynote:* Title"
    if italic and exact_kind(italic.group(1)):
        return plain(italic.group(1)), italic.group(2).strip(), None
    marked = re.match(r"([*_])([^*_]+?)\1\s+([^*_].*)$", text, re.DOTALL)  # "*invited talk* Ann Lee (MIT)"
    # not "*Lunch* & Meeting Mentors": a conjunction after the label carries the label on, it names no one
    if marked and exact_kind(marked.group(2)) and not _CARRIED_ON.match(marked.group(3)) and people_in(marked.group(3)):
        return plain(marked.group(2)), "", marked.group(3).strip()
    whole = re.fullmatch(r"\*\*(.+?)\*\*:?", text)
    if whole and "**" not in whole.group(1):
        label, rest, who = _split_label(whole.group(1))
        return (label, rest, who) if label else (plain(whole.group(1)), "", None)
    bold = re.match(r"\*\*(.+?)\*\*\s*(.*)$", text, re.DOTALL)
    if bold:
        head, rest = plain(bold.group(1)).rstrip(":"), bold.group(2).strip()
        if not kind_of(head)[0] and (_REMARK.fullmatch(rest) or ("\n" in text[bold.end(1) : bold.start(2)]
                                                               and len(talks_in(text)) == 1)):  # fmt: skip
            return None, text, None  # "**Title**<br>**Ann Lee** – MIT", "**Title** *(remark)*": no label
        inner = re.match(r"(.+?):\s+(.+)$", head)
        if inner and exact_kind(inner.group(1)) and "\n" in text[bold.end(1) : bold.start(2)]:
            return plain(inner.group(1)), f"{inner.group(2)}\n{rest}", None  # "**Keynote: Title**<br>**Ann Lee**"
        close = closing_bracket(rest) if rest.startswith("(") else -1
        if close > 0 and "\n" not in text[bold.end(1) : bold.start(2)] \
                and (rest[close + 1 :].strip() or people_in(rest[1:close])):  # fmt: skip
            # "**Talk** (Ann Lee): Title"; not "**Keynote 4**<br>(Tentative) Title", a title on a line of its own
            return head, rest[close + 1 :].strip().lstrip(":").strip(), rest[1:close]
        dashed = re.fullmatch(r"(.+?)\s+[-\u2013\u2014]\s+(.+)", head)  # "**Invited Talk - Ann Lee**: Title"
        if dashed and exact_kind(dashed.group(1)) and len(people_in(dashed.group(2))) == 1 \
                and looks_like_name(dashed.group(2)):  # fmt: skip
            return plain(dashed.group(1)), rest.lstrip(":\u2013\u2014- ").strip(), dashed.group(2)
        by = re.match(r"(?:by|from)\s+(.+?)\s*:\s+(.+)$", rest, re.DOTALL)  # "**Talk** by **Ann Lee**: Title"
        if by and exact_kind(head) and people_in(plain(by.group(1))):
            return head, by.group(2).strip(), by.group(1)
        below = re.fullmatch(r"(?:by|from)\s+([^\n]+)", rest)  # "**Invited Talk**<br>by Ann Lee": no title but hers
        if below and "\n" in text[bold.end(1) : bold.start(2)] and people_in(plain(below.group(1))):
            return head, "", below.group(1)
        return head, rest.lstrip(":–—- ").strip(), None
    found = re.match(r"(.+?)(\s+[-–—]\s+|:\s+|\s+from\s+|\s+by\s+)(.+)$", text, re.DOTALL)
    if found and _ROLE_LINE.search(found.group(1)):
        found = None  # "Panel Discussion<br>Panelists: Ann Lee, Bo Wu": a title, then the line naming its people
    if found and found.group(2).strip() in ("by", "from") and is_group(found.group(3)):
        found = None  # "Lightning Talks by Accepted Participants": the row's title, by no one it names
    remark = found and re.fullmatch(r"\*[^*]+\*|_[^_]+_", found.group(3)) and found.group(2).strip() in "-–—"
    if found and remark and plain(found.group(1)).endswith("s") and exact_kind(found.group(1)):
        return None, text, None  # "Oral Presentations — *Announcing Best Papers*": a remark on a block, not a title
    if found and exact_kind(found.group(1)):
        return plain(found.group(1)), found.group(3).strip(), None
    if found and ":" in found.group(2) and _NUMBERED.fullmatch(plain(found[1])) and _bold_title_by(found[3]):
        return plain(found.group(1)), found.group(3).strip(), None  # "Paper 1: **Title** by Ann Lee and Bo Wu"
    said = words(bare_label(found.group(1))) if found and ":" in found.group(2) else []
    labelled = bool(said) and len(said) <= 4 and (said[-1] in TALK_WORDS or kind_of(" ".join(said))[0] is not None)
    if found and labelled and re.match(r"\s*\*\*[^\n]+\*\*\s*\n", found.group(3)) and \
            len(talks := talks_in(found.group(3))) == 1 and talks[0].people:  # fmt: skip
        return plain(found.group(1)), found.group(3).strip(), None  # "Paper Presentation 1: **Ann Lee (MIT)**<br>Title"
    if found and kind_of(found.group(1))[0] and people_in(attendance(found.group(3))[0]):
        # "Opening Remarks & Welcome: Ann Lee", "Invited Hands-on Tutorial: Ann Lee (MIT) VIRTUAL"
        return plain(found.group(1)), "", found.group(3).strip()
    if found and labelled and (named := name_then_title(found.group(3))):
        return plain(found.group(1)), named[1], named[0]  # "Winner Talk: Ann Lee, *Title*"
    if exact_kind(text):
        return plain(text), "", None
    return None, text, None


def _talk_label(text: str) -> bool:
    """``"Keynote"``, ``"Featured Presentation"``: a few words that say a talk's kind or end as a talk's name."""
    said = words(bare_label(text))
    return 0 < len(said) <= 4 and (said[-1] in TALK_WORDS or kind_of(" ".join(said))[0] in TALKS)


def cell_speakers(text: str) -> tuple[list[PersonText], str | None]:
    """A speaker cell: ``"Ann Lee: Title\\n**(MIT)**"`` -> the people and the title it also holds."""
    said = re.match(r"([^:\n]+?):\s+(.+)$", text, re.DOTALL)
    title = None
    if said and (looks_like_name(said.group(1)) or (re.match(r"[*_]", said.group(2)) and people_line(said.group(1)))):
        # "Ann Lee: Title", "Ann Lee, Bo Wu and Cy Li: *Title*": the people, then the title
        text, title = said.group(1) + "\n" + "\n".join(lines(said.group(2))[1:]), lines(said.group(2))[0]
    first, *under = lines(text) or [""]
    bold = re.fullmatch(r"\*\*([^*]+)\*\*", first.strip())
    if bold and under and "**" not in "\n".join(under) and len(found := people_in(bold.group(1))) == 1 \
            and not found[0].affiliation:  # fmt: skip
        # "**[Ann Lee](url)**<br>[MIT](url)": a name in bold, then where she works
        affiliation = ", ".join(plain(line) for line in under)
        return [found[0]._replace(affiliation=affiliation)], (plain(title) if title else None)
    by_line = [people_line(line) for line in lines(text)]
    if len(by_line) > 1 and all(by_line):  # "Moderator: Ann Lee" / "Bo Wu, Cy Li"
        return [p for found in by_line for p in found], (plain(title) if title else None)
    text = strip_role(plain(text) if "\n" not in text else text)
    return people_in(text.strip(" .*_")), (plain(title) if title else None)


# "Ann Lee, followed by 15min Q&A", "Ann Lee + QA" (or "+QA"), "Ann Lee & Q&A": what comes after the talk, no part
# of its title
_FOLLOWED = re.compile(r"(?:[,;]|\s\()\s*((?:followed|then\s+followed)\s+by\s+[^()\n]+?)\)?\s*$"
                       r"|\s+(?:\+\s*|(?:&|and|with)\s+)"
                       r"((?:Q\s*&\s*A|QA|questions?(?:\s+and\s+answers?)?)(?![\w&])[^()\n]*?)\s*$",
                       re.IGNORECASE)  # fmt: skip


_ROLE_MARK = re.compile(r"(?:^|(?<=[.;]))\s*(?:moderators?|panell?ists?|speakers?|chairs?|hosts?)\s*:", re.IGNORECASE)


def _role_parts(text: str) -> list[PersonText]:
    """``"Moderator: Ann Lee. Panelists: Bo Wu, Cy Li, and Di Ma."``: two roles or more, each naming people, one after
    the other and nothing else; their people (none unless so)."""
    said = plain(text)
    marks = list(_ROLE_MARK.finditer(said))
    if len(marks) < 2 or marks[0].start() != 0:
        return []
    people: list[PersonText] = []
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        part = said[mark.end() : following.start() if following else len(said)].strip().rstrip(".;,").strip()
        named = people_in(part) if part else []
        if not named:
            return []
        people += named
    return people


# The words that close a description of who gives an item when it names no one ("tutorial & vision speakers").
_GROUP_ENDS = ("organizers", "organisers", "speakers", "panelists", "panellists", "presenters", "authors",
               "participants", "attendees", "everyone", "team")


def _by_group(text: str) -> bool:
    """``"tutorial & vision speakers"``, ``"Invited day 1 and 2 speakers"``: a few words ending with a group's, each
    in lower case or a group's, naming no one."""
    said = words(plain(text))
    written = re.findall(r"[^\W\d_][\w'-]*", plain(text))
    plainly = all(w[:1].islower() or w.lower() in GROUP_WORDS for w in written)
    return plainly and 0 < len(said) <= 7 and said[-1] in _GROUP_ENDS and not people_in(plain(text))


def _given_by(text: str) -> Talk | None:
    """``Tigramite tutorial: Ann Lee, MIT``, ``Tutorial part 1 - continual learning: Ann Lee - TU Darmstadt``,
    ``Tutorial: [Ann Lee](a) & [Bo Wu](b)``, ``Applications - Ann Lee, German Aerospace Center (DLR)``: a title that
    names no one, a colon or a dash, then who gives it (linked, several, or where she works after a comma or a
    dash); None otherwise ("Q&A: Ann Lee", "Deep Nets: A Study", "Challenge: Ann Lee (MIT)": talk.py's to read)."""
    for mark in (r":\s+", r"\s+[-–—]\s+"):
        for found in re.finditer(mark, text):
            title, rest = plain(text[: found.start()]).strip(), text[found.end() :].strip()
            if not title or looks_like_name(title) or people_in(title):
                continue
            named = people_in(rest)
            if named and all(looks_like_name(p.name) for p in named) and \
                    (len(named) > 1 or any(p.url for p in named)):  # fmt: skip
                return Talk(title, named)
            parts = re.split(r",\s*|\s+[-–—]\s+", rest, maxsplit=1)
            if len(parts) == 2 and looks_like_name(plain(parts[0])) and not looks_like_name(plain(parts[1])):
                link = re.search(r"\]\((https?://[^)\s]+)\)", parts[0])
                where = plain(parts[1]).strip(" .")
                return Talk(title, [PersonText(bare_name(plain(parts[0])), where, link.group(1) if link else None)])
    return None


_BOLD_BY = re.compile(r"\*\*([^*\n]+)\*\*\s+by\s+(.+)", re.DOTALL)
_LINKS_AFTER = re.compile(r"(?:\s*\[\(?[^\[\]()]{1,20}\)?\]\([^)\s]+\))+\s*$")  # " [(slides)](a.pdf) [(paper)](b)"


def _bold_title_by(rest: str) -> Talk | None:
    """``**Title** by **Ann Lee** (University of Oulu, Finland) [(slides)](a.pdf)``, ``**Title** by Ann Lee, Bo Wu
    and Cy Li``: a title in bold, "by", then only people (each with where she works in brackets, commas and all),
    the links after them (slides, paper) aside; None otherwise."""
    found = _BOLD_BY.fullmatch(rest.strip())
    if not found:
        return None
    named = people_in(_LINKS_AFTER.sub("", found.group(2)).strip())
    if named and all(looks_like_name(p.name) for p in named):
        return Talk(plain(found.group(1)), named)
    return None


_MARKED_TITLE = r"\*[^*]+\*|_[^_]+_|\"[^\"]+\"|“[^”]+”"  # a title set apart: in italics or in quotes
_DASHED = re.compile(rf"\s*(?:({_MARKED_TITLE})\s+[-–—]\s+(.+?)|(.+?)\s+[-–—]\s+({_MARKED_TITLE}))\s*")


def _dashed_talk(rest: str) -> Talk | None:
    """``*Small Models* — Ann Lee``, ``Ann Lee (MIT) - "Small Models"``: a title in italics or quotes and, on the
    other side of a dash, only people; or, the title not so marked, people who each say where they work in brackets
    (``Small Models - Ann Lee (MIT)``); None otherwise (``Ann Lee - Small Models``: which side names whom is not
    said)."""
    found = _DASHED.fullmatch(rest)
    if found:
        title, who = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
    elif plain_dash := re.fullmatch(r"\s*(.+?)\s+(?:--|[-–—])\s+(.+?)\s*", rest, re.DOTALL):
        first, second = plain_dash.groups()
        placed = [(t, w) for t, w in ((first, second), (second, first))
                  if (named := people_in(w)) and all(p.affiliation for p in named) and not people_in(t)]  # fmt: skip
        if len(placed) != 1:
            placed = [(t, w) for t, w in ((first, second), (second, first)) if _only_names(w) and _no_name(t)]
        if len(placed) != 1:
            return None
        title, who = placed[0]
    else:
        return None
    named = people_in(who)
    if not named or not all(looks_like_name(p.name) for p in named):
        return None
    return Talk(plain(title).strip("\"“” "), named)


# A link in brackets of its own whose words only say where more is (" ([details](/events#alee))"): not the row's words.
_BRACKETED_LINK = re.compile(r"\s*\(\s*\[([^\]]+)\]\([^()\s]+\)\s*\)")
# A title in quotes, then with no mark between the people giving it, then maybe a remark in bold.
_QUOTED_THEN_NAMES = re.compile(r"\s*[\"“]([^\"“”]+)[\"”]\s+([^*\n]+?)\s*(?:\*\*([^*]+)\*\*)?\s*")


def _quoted_then_names(rest: str) -> Talk | None:
    """``"Title" Ann Lee, Bo Wu``: a title in quotes, then only people's names, no comma or dash between; a link in
    brackets saying only "details" after them is no part of either, a remark in bold after them a note."""
    bare = _BRACKETED_LINK.sub(lambda m: "" if set(words(m.group(1))) <= LINK_WORDS else m.group(0), rest)
    found = _QUOTED_THEN_NAMES.fullmatch(bare)
    if not found or not _only_names(found.group(2)):
        return None
    return Talk(found.group(1).strip(), people_in(found.group(2)), [plain(found.group(3))] if found.group(3) else [])


def _only_names(text: str) -> bool:
    """``Ann Lee``, ``[Ann Lee](orcid), [Bo Wu](url) and Cy Li``: people's names and nothing else."""
    parts = [p for p in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", plain(text).strip()) if p]
    return bool(parts) and all(looks_like_name(p) for p in parts) and len(people_in(text)) == len(parts)


def _no_name(text: str) -> bool:
    """A title no one could read as a name: six words or more, or four with one not capitalized or a mark a name has
    not (``Is automation making traffic more exclusive?``, ``Walking in their shoes: Using simulators``), and naming
    no kind of item (``Wrap Up - Sponsors Talk and Award Ceremony``: one item's two parts, not a person's talk)."""
    said = plain(text).strip()
    return not people_in(text) and not looks_like_name(said) and kind_of(said)[0] is None and (
        len(said.split()) >= 6 or (len(said.split()) >= 4 and bool(re.search(r"[:?!]|\s[a-z]", said))))


# A line under a talk saying it opens its abstract ("**Abstract**: ...", "Abstract: ...").
_ABSTRACT_LINE = re.compile(r"\n\s*(?:\*\*|__)?\s*abstract\s*(?:\*\*|__)?\s*:(?:\*\*|__)?\s*", re.IGNORECASE)


# A numbered session, track or part, then a dash or a colon and what it is about: the topic of a block of talks,
# which names no one who gives it ("Session 3 - Proof Complexity (Joint Session)", "Part II: Agents, Tools")
_SESSION_TOPIC = re.compile(r"\s*(?:session|track|part|block)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*"
                            r"[-\u2013\u2014:]\s+[^\n]+", re.IGNORECASE)


def who_and_title(rest: str) -> Talk:
    """What follows a label: a title, people, "Title (Ann Lee)", or lines: title, speakers, abstract."""
    if not rest or is_placeholder(rest):
        return Talk(None, [])
    abstract = _ABSTRACT_LINE.search(rest)
    if abstract and rest[: abstract.start()].strip():  # "*Title*, Ann Lee" over "**Abstract**: ...": its abstract
        talk = who_and_title(rest[: abstract.start()])
        return Talk(talk.title, talk.people, [*talk.abstract, plain(rest[abstract.end() :]).strip()])
    if _SESSION_TOPIC.fullmatch(plain(rest)):  # "Session 4 - QBF Counting, Sampling and Synthesis": its topic
        return Talk(plain(rest).strip(), [])
    if roles := _role_parts(rest):  # "Moderator: Ann Lee. Panelists: Bo Wu, Cy Li, and Di Ma.": people only
        return Talk(None, roles)
    if _by_group(rest):  # "tutorial & vision speakers" after "Panel discussion - ": who it is by, no one named
        return Talk(None, [], [plain(rest)])
    if given := partakers(rest) or dash_then_people(rest):  # "[Panellists: Ann Lee, Bo Wu]", "- Ann Lee": people
        return given
    if given := italic_title_byline(rest) or name_comma_title(rest):  # "*Title*, Ann Lee, MIT", "Ann Lee, Title"
        return given
    if given := authors_after(rest):  # "Title (Team X, remote). *Ann Lee, Bo Wu*.": the title, then its authors
        return given
    if given := _bold_title_by(rest) or _dashed_talk(rest):  # "**Title** by **Ann Lee** (MIT)", "*Title* — Ann Lee"
        return given
    if given := quoted_beside(rest) or panel_with(rest):  # '"Title", **Ann Lee**', "Panel with Ann Lee, Bo Wu"
        return given
    dashed = re.match(r"(.+?)\s+[-–—]\s+(.+)$", plain(rest))
    if dashed and (_by_group(dashed.group(2)) or is_group(dashed.group(2))) and not people_in(dashed.group(1)):
        # "Bridge kickoff - Organizers": the title, then who gives it, no one named
        return Talk(dashed.group(1), [], [dashed.group(2)])
    then = _FOLLOWED.search(rest)
    if then and then.group(2) and not people_in(rest[: then.start()]):  # "Invited Talk 1 with Q&A": all its title
        then = None
    if then and then.start() > 0:  # "Ann Lee, followed by 15min Q&A": what comes after the talk, a note of it
        talk = who_and_title(rest[: then.start()])
        return Talk(talk.title, talk.people, [*talk.abstract, plain(then.group(1) or then.group(2))])
    if lined := _role_line(rest):  # "Mentoring session" over "Mentors: Ann Lee (MIT); Bo Wu (CMU)"
        return lined
    if len(lines(rest)) > 1 and len(talks := talks_in(rest)) == 1:
        # "**Ann Lee (MIT)**<br>Title", "*Title*<br>**Ann Lee** (MIT)<br>Abstract", "Ann Lee<br>*(MIT)*"
        return talks[0]
    people = people_in(rest)
    if people:
        return Talk(None, people)
    remark = re.fullmatch(r"\*\*([^*]+)\*\*\s*(.+)", rest.strip(), re.DOTALL)
    if remark and (aside := _REMARK.fullmatch(remark.group(2).strip())):  # "**Title** *(Grouped thematically)*"
        return Talk(plain(remark.group(1)), [], [aside.group(1).strip()])
    if pair := name_then_title(rest):  # "Ann Lee, *Title*"
        return Talk(plain(pair[1]), people_in(pair[0]))
    if placed := _placed_name_then_title(rest):  # "Ann Lee (MIT), [Title: Subtitle](url)"
        return placed
    quoted = re.match(r"[\"“](.+)[\"”]\s*(?:[-–—:,]|by)\s*(.+)$", plain(rest))  # '"Title" - Ann Lee, and Bo Wu'
    if quoted and (named := people_in(quoted.group(2))):
        return Talk(quoted.group(1).strip(), named)
    if given := _quoted_then_names(rest):  # '"Title" Ann Lee ([details](/events#alee)) **Rescheduled**'
        return given
    comma_by = re.match(r"(.+),\s+by\s+(.+)$", plain(rest), re.DOTALL)  # "Title, by Ann Lee (MIT), and Bo Wu (CMU)"
    if comma_by and (named := people_in(comma_by.group(2))):
        return Talk(comma_by.group(1).strip(), named)
    by = re.match(r"(.+?)\s+by\s+([^,;:]+)$", plain(rest))  # "Title by Ann Lee"
    if by and looks_like_name(by.group(2)) and (named := people_in(by.group(2))):
        return Talk(by.group(1), named)
    tail = re.match(r"(.+?)\s*\(([^()]+)\)\s*$", plain(rest))  # "Topic (Speaker)"
    if tail and (named := people_in(tail.group(2))):
        return Talk(tail.group(1), named)
    if tail and is_group(tail.group(2)):  # "Final discussion (all participants)": who takes part, no one named
        return Talk(tail.group(1).strip(), [], [tail.group(2).strip()])
    said = re.match(r"([^:]+?):\s+(.+)$", plain(rest))  # "Ann Lee: Title"; not "*Less Is More: A Title*"
    # "Retrospective, Perspective, Prospective: Where Next?": words before the colon that name no one open the title
    if said and (named := people_in(said.group(1))) and not is_italic(rest):
        title = re.fullmatch(r"[\"“](.+)[\"”]", said.group(2).strip())  # 'Ann Lee: "Title"'
        spoken = title.group(1) if title else said.group(2)
        return Talk(None if is_placeholder(spoken) else spoken, named)  # "Ann Lee: Topic TBA"
    if given := _given_by(rest):  # "Tigramite tutorial: Ann Lee, MIT", "Applications - Ann Lee, MIT"
        return given
    mode = re.search(r",\s*(virtual|online|remote|onsite|on-site|in person|in-person)\s*$", plain(rest), flags=re.I)
    bare = plain(rest)[: mode.start()] if mode else plain(rest)
    last = re.match(r"(.+),\s*([^,]+?)\.?$", bare)  # "Title, Ann Lee, virtual": "virtual" kept as a note
    if last and all(looks_like_name(n) and len(n.split()[-1]) > 1 for n in re.split(r"\s+and\s+|\s*&\s*", last[2])):
        # "Welcome and Logistics, Ann Lee and Bo Wu."
        return Talk(last.group(1), people_in(last.group(2)), [mode.group(1)] if mode else [])
    return Talk(plain(rest), [])


_MODE = re.compile(r"\s*(?:virtual|online|remote|onsite|on-site|in person|in-person)\s*", re.IGNORECASE)
# "Ann Lee (MIT), Title": a name, where the person works in brackets, a comma, then the talk's title.
_PLACED_NAME = re.compile(r"\s*([^,()\[\]*_\n]+?)\s*(\([^()\n]+\))\s*,\s*(\S.*)", re.DOTALL)


def _placed_name_then_title(text: str) -> Talk | None:
    """``Ann Lee (MIT), [Title: Subtitle](url)``: the one person the text opens with (her affiliation in brackets,
    then a comma) gives the talk the rest is the title of, colons and commas in it as written."""
    found = _PLACED_NAME.fullmatch(text)
    if not found or not looks_like_name(found.group(1)) or len(lines(found.group(3))) > 1:
        return None
    named = people_in(f"{found.group(1)} {found.group(2)}")
    if len(named) != 1 or people_in(found.group(3)) or _MODE.fullmatch(plain(found.group(3))):
        return None  # "Ann Lee (MIT), virtual": how she attends, no title
    return Talk(plain(found.group(3)), named)


_ROLE_LINE_WORDS = re.compile(rf"^{_PART_WORDS}\s*:\s*(\S.*)$", re.IGNORECASE)


def _role_line(text: str) -> Talk | None:
    """A title over a last line naming people after the word for their part (``Mentors: Ann Lee (MIT); Bo Wu
    (CMU)``): the title, and the people that line names (the word no part of the title)."""
    said = lines(text)
    found = _ROLE_LINE_WORDS.match(plain(said[-1])) if len(said) > 1 else None
    if not found or not (named := people_in(found.group(1))):
        return None
    return Talk(plain(" ".join(said[:-1])), named)


def name_then_title(text: str) -> tuple[str, str] | None:
    """``"Ann Lee, *Title*"``, ``"Ann Lee, <i>Title</i>"``: a name, a comma, then a title in italics: the name and
    the title as written."""
    found = re.fullmatch(r"\s*([^,*_\n]+?)\s*,\s*([*_].+)", text, re.DOTALL)
    if found and looks_like_name(found.group(1)) and is_italic(found.group(2)) and people_in(found.group(1)):
        return found.group(1), found.group(2).strip()
    return None


def is_italic(text: str) -> bool:
    return bool(re.fullmatch(r"\*[^*].*\*|_.*_", text.strip()))


def closing_bracket(text: str) -> int:
    """Where the bracket that opens ``text`` closes (``"(Posters [here](/papers))"``: the last one), or -1."""
    depth = 0
    for at, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return at
    return -1
