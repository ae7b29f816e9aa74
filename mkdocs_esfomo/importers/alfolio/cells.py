"""What one cell of a schedule row says when it holds more than a title: its links, its talks, their people.

A cell is rich text (see text.py), one line per ``<br>``. Real cells stack a talk as lines: the title, the line
naming the speakers, then the abstract; or several such talks one after the other; and lines that are only
links (``[slides] [video]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import PersonText, looks_like_name, people_in
from .text import lines, plain, words

# "[Slides](a.pdf)", and "[[Watch Online]](https://v)": words in brackets as the link's words
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(([^)\s]+)\)")
_EMPHASIS = r"[*_]{0,3}"  # "*Speaker:*", "**Authors**:", "__Speaker:__": a label in italics or bold
_ROLE_PREFIX = re.compile(rf"^\s*(?:(?:(?:moderated|chaired|hosted|led|lead|presented)\s+)?by(?=\s)|{_EMPHASIS}"
                          rf"(?:panell?ists?|speakers?|authors?|moderators?|chairs?|presenters?|with){_EMPHASIS}\s*:"
                          rf"{_EMPHASIS}|(?:in\s+)?(?:dialogue|conversation|"
                          r"(?:fireside\s+)?chat|interview|q\s?&\s?a)\s+with)\s*", re.IGNORECASE)  # fmt: skip
_AFFILIATION = re.compile(r"[*_\s]*\([^()]*\)[*_\s]*")


@dataclass
class Links:
    """The lines of a cell that are only links, taken out: web addresses by label, and files of the old site."""

    text: str
    web: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)


def link_lines(text: str) -> Links:
    """``"Invited Talk\\n[[slides](a.pdf)] [[video](https://v)]"`` -> ``"Invited Talk"``, {video: https://v},
    and the file a.pdf."""
    kept: list[str] = []
    found = Links("")
    for line in lines(text):
        targets = _LINK.findall(line)
        pages = any(_to_page(url) for _, url in targets)  # "[Ann Lee](speakers#ann)": a name, linked to her card
        named = len(targets) == 1 and looks_like_name(targets[0][0]) and not set(words(targets[0][0])) & LINK_WORDS
        titled = any(len(set(words(label)) - LINK_WORDS) >= 4 for label, _ in targets)  # "[A Paper's Title](pdf)"
        if not targets or pages or named or titled or re.sub(r"[\[\]()|,;·•/\s-]", "", _LINK.sub("", line)):
            last = trailing_link(line)  # "Invited talk [slides](https://...)": the line says more than its link
            kept.append(last.text)
            found.web.update({k: v for k, v in last.web.items() if k not in found.web})
            found.files += last.files
            continue
        for label, url in targets:
            if re.match(r"https?://", url):
                found.web.setdefault(plain(label).strip("[] ") or "link", url)
            else:
                found.files.append(url)
    found.text = "\n".join(kept)
    return found


def _to_page(url: str) -> bool:
    """Whether a link points to a page of the same site (``speakers#ann``, ``/team.html``), not a file or a site."""
    path = re.split(r"[#?]", url)[0]
    return not re.match(r"[a-z][a-z0-9+.-]*:", url, re.IGNORECASE) and not re.search(r"\.(?!html?$|md$)\w+$", path)


LINK_WORDS = {"find", "link", "here", "click", "slides", "video", "recording", "paper", "pdf", "poster", "openreview",
              "arxiv", "code", "website", "details", "more", "info", "watch", "live", "stream", "zoom", "join", "the",
              "this", "see", "part", "to", "posters", "online"}  # fmt: skip


def trailing_link(text: str) -> Links:
    """``"Virtual Posters [find link here](https://x)"``, ``"Welcome | [Slides](/files/a.pdf)"``: a link at the end
    whose words only say "link" is not part of the title (a file's is a file of the talk)."""
    found = Links(text)
    last = list(_LINK.finditer(text))
    web = bool(last) and bool(re.match(r"https?://", last[-1].group(2)))
    head, tail = (text[: last[-1].start()], text[last[-1].end() :]) if last else (text, "")
    marks = tail.rstrip()[len(tail.rstrip().rstrip("*_")) :]  # "**Posters [link](x)**": the bold closes after it
    marks = marks if marks and head.lstrip().startswith(marks) else ""
    tail = tail[: len(tail.rstrip()) - len(marks)] if marks else tail
    if tail.strip().startswith("]") and head.rstrip().endswith("["):  # "Welcome [[pdf](/slides/a.pdf)]": in brackets
        head, tail = head.rstrip()[:-1], tail.strip()[1:]
    closer = ""
    if tail.strip() == ")" and head.count("(") > head.count(")"):  # "Posters (IDs 1-25 [[Link](https://x)])": the
        closer, tail = ")", ""  # link ends the parenthesis, which goes on closing the title's words
        if head.rstrip().endswith("("):  # "Ann Lee ([details](https://x))": the brackets held the link alone
            head, closer = head.rstrip()[:-1], ""
    if last and not tail.strip() and (web or not _to_page(last[-1].group(2))):  # or a file's
        said = re.findall(r"[a-z]+", last[-1].group(1).lower())
        if said and all(w in LINK_WORDS for w in said) and head.strip():
            found.text = head.rstrip(" -–—:|,&") + closer + marks
            if web:
                found.web[plain(last[-1].group(1)).strip("[] ")] = last[-1].group(2)
            else:  # "Welcome | [Slides](/assets/files/opening.pdf)"
                found.files.append(last[-1].group(2))
    return found


def cell_links(text: str) -> Links:
    """The links of a cell that are not its text: lines of links, and a last link that only says "link". A cell
    that is one link saying more (``[Opening Remarks](https://...)``, ``[Ann Lee](https://...)``) is its text."""
    one = _LINK.fullmatch(text.strip())
    if one and (said := re.findall(r"[a-z]+", plain(one.group(1)).lower())) and not all(w in LINK_WORDS for w in said):
        return Links(text.strip())
    group = material_group(text)
    found = link_lines(group.text)
    found.web, found.files = {**group.web, **found.web}, group.files + found.files
    last = trailing_link(found.text)
    while last.text != found.text and (more := trailing_link(last.text)).text != last.text:
        last = Links(more.text, {**more.web, **last.web}, more.files + last.files)  # "- [Slides 1](a) & [Slides 2](b)"
    inner = _listed_links(last.text)
    return Links(inner.text, {**found.web, **last.web, **inner.web}, found.files + last.files + inner.files)


# Links in parentheses at the end of a cell, nothing between them but separators: "Ann Lee ([Slides](a.pdf);
# [Examples](b.v))", "Title *(online)* ([Slides](a.pdf), [Agda src](b.agda))".
_GROUP = re.compile(r"\(\s*((?:\[[^\[\]]*\]\(\s*[^)\s]+\s*\)|[\s,;&/|]|\band\b)+)\)\s*$")
_GROUP_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*([^)\s]+)\s*\)")  # "[Slides](a.pdf )": a space too
# The words of a link to a talk's material (besides LINK_WORDS'): "[Material](..)", "[Notes/Exercises](..)".
MATERIAL_WORDS = {"material", "materials", "notes", "exercises", "demo", "src", "source", "examples", "handout"}


def material_group(text: str) -> Links:
    """``"Yves Bertot ([Slides](a.pdf); [Examples](b.v))"`` -> ``"Yves Bertot"`` and its links: the parentheses
    that end a cell and hold only links are the talk's material, not its title's words nor an affiliation. One
    link alone is taken so only when its words say what material is (``([rzk demo](x))``, not ``([MIT](x))``)."""
    found = Links(text)
    group = _GROUP.search(text.rstrip())
    if group is None or not text[: group.start()].strip():
        return found
    targets = _GROUP_LINK.findall(group.group(1))
    said = [w for label, _ in targets for w in re.findall(r"[a-z]+", plain(label).lower())]
    if not targets or (len(targets) == 1 and not all(w in LINK_WORDS | MATERIAL_WORDS for w in said)):
        return found
    found.text = text[: group.start()].rstrip()
    for label, url in targets:
        if re.match(r"https?://", url):
            found.web.setdefault(plain(label).strip("[] ") or "link", url)
        else:
            found.files.append(url)
    return found


# A link that only says "slides" (its words in brackets or not) right before the comma that ends a name in a list.
_LISTED_LINK = re.compile(r"\s*\[([^\[\]]*)\]\(([^)\s]+)\)(?=\s*[,;])")


def _listed_links(text: str) -> Links:
    """``"Ann Lee [(Slides)](a.pdf), Bo Wu"``: a link after a name of a list, whose words only say "slides", is the
    talk's, not an aside of the name (her affiliation)."""
    found = Links(text)
    for link in reversed(list(_LISTED_LINK.finditer(text))):
        said = re.findall(r"[a-z]+", plain(link.group(1)).lower())
        if not said or not all(w in LINK_WORDS for w in said) or not text[: link.start()].strip():
            continue
        found.text = found.text[: link.start()] + found.text[link.end() :]
        if re.match(r"https?://", link.group(2)):
            found.web.setdefault(plain(link.group(1)).strip("() ") or "link", link.group(2))
        else:
            found.files.append(link.group(2))
    return found


_MODE = re.compile(r"\s*\(\s*(remote|virtual|online|in[- ]person|on[- ]?site|hybrid|pre-?recorded|recorded)\s*\)"
                   r"(?=[*_\s]*$)", re.IGNORECASE)


_MODES = r"(?:REMOTE|VIRTUAL|ONLINE|IN[- ]PERSON|ON[- ]?SITE|HYBRID)"
_SHOUTED_MODE = re.compile(rf"\s+({_MODES}(?:\s*(?:&|AND|and|/|\+|,)\s*{_MODES})*)(?=[*_\s]*$)")


# "Title (PC submission)", "Title (Journal track submission)": where the paper was sent, said after its title
_SUBMITTED = re.compile(r"\s*\(\s*((?:[^\W\d_][\w&-]*\s+){1,3}submission)\s*\)(?=[*_\s]*$)", re.IGNORECASE)


def attendance(text: str) -> tuple[str, list[str]]:
    """``"*Title*\\n*(Remote)*"``, ``"*Title (Virtual)*"``, ``"Ann Lee (MIT) VIRTUAL & IN-PERSON"``: what a cell
    says of how a talk is given (or where its paper was submitted: ``"Title (PC submission)"``), in parentheses or in
    capitals at the end of a line, taken out of the title or the names; the words, to keep as a note."""
    kept, said = [], []
    for line in lines(text):
        found = _MODE.search(line) or _SHOUTED_MODE.search(line) or _SUBMITTED.search(line)
        if found:
            said.append(found.group(1))
            line = line[: found.start()] + line[found.end() :]
        if plain(line):
            kept.append(line)
    return "\n".join(kept), said


def strip_role(text: str) -> str:
    """``"Moderator: Ann Lee"``, ``"moderated by Ann Lee"`` -> ``"Ann Lee"``."""
    return _ROLE_PREFIX.sub("", text).strip()


def people_line(line: str) -> list[PersonText]:
    """The people a line names (``"Moderator: **Ann Lee** (MIT)"``, ``"Bo Wu (X), Cy Li (Y),"``); none unless all
    it says are names. A label naming one (``"Speaker: Ann Lee, TU Darmstadt"``) is followed by one name, what
    follows its comma where she works."""
    text = strip_role(line).strip().rstrip(",;").strip()
    named = people_in(text) if text else []
    one = _ONE_PREFIX.match(line)  # "Speaker: Ann Lee, TU Darmstadt": one speaker, then where she works
    if one and len(named) == 2 and not any(p.affiliation or p.url for p in named) and "," in text and \
            not re.search(r"\band\b|&", text):  # fmt: skip
        return [PersonText(named[0].name, named[1].name)]
    return named


_ONE_PREFIX = re.compile(rf"^\s*{_EMPHASIS}(?:speaker|presenter|moderator|chair){_EMPHASIS}\s*:", re.IGNORECASE)
_TITLED_TALK = re.compile(r"^(.+?)\s*\(([^()]+)\)$", re.DOTALL)


def titled_talk(text: str) -> tuple[str, list[PersonText]] | None:
    """``"*A Title (Ann Lee)*"``: a talk's title with who gives it in brackets after it; None when the brackets hold
    anything but names (``"Panel (30 min)"``)."""
    found = _TITLED_TALK.match(plain(text).strip())
    people = people_line(found.group(2)) if found else []
    return (found.group(1).strip(), people) if found and people else None


@dataclass
class Talk:
    title: str | None
    people: list[PersonText]
    abstract: list[str] = field(default_factory=list)


# "Title (Team X, remote). *Ann Lee, Bo Wu and Cy Li*.": a title closed by a stop, then its authors in italics
_AUTHORS_AFTER = re.compile(r"(?s)(.+?[^\s*_.])\.\s*([*_])([^*_]+?)[.,]?\2\s*\.?\s*$")
# "(Team X, remote)", "(onsite)" at a title's end: how and by which group the talk is given, not its title
_HOW_GIVEN = re.compile(r"\s*\(([^()]*\b(?:remote|virtual|online|in[- ]person|on[- ]?site|hybrid)\b[^()]*)\)\s*$",
                        re.IGNORECASE)


def authors_after(text: str) -> Talk | None:
    """``"Title (Team X, remote). *Ann Lee, Bo Wu and Cy Li*."``: a title ending with a stop, then a list in italics
    that is only names: the talk and its authors, who give it; what brackets at the title's end say of how
    it is given, a note. None when the words in italics are not all names."""
    found = _AUTHORS_AFTER.fullmatch(text.strip())
    if not found or "\n" in found.group(3):
        return None
    listed = found.group(3).strip()
    people = people_in(listed)
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", listed) if p]
    if not people or len(people) != len(parts) or not all(looks_like_name(p) for p in parts):
        return None
    title = plain(found.group(1)).strip()
    how = _HOW_GIVEN.search(title)
    notes = [how.group(1).strip()] if how else []
    title = title[: how.start()].strip() if how else title
    return Talk(title, people, notes) if re.search(r"[A-Za-z]{3}", title) else None


def _joined(parts: list[str]) -> list[str]:
    """An affiliation alone on its line (``"*(MIT)*"``) belongs to the names on the line above; a role alone on its
    line (``"Panelists:"``) to the names on the line under it."""
    out: list[str] = []
    for part in parts:
        if out and (_AFFILIATION.fullmatch(part) or (_ROLE_PREFIX.match(out[-1]) and not strip_role(out[-1]))):
            out[-1] = f"{out[-1]} {part}"  # "Panelists:" alone on its line: the role of the names under it
        else:
            out.append(part)
    return out


def _style(line: str) -> tuple[bool, bool, bool]:
    return "**" in line, "(" in line, "](" in line


_ALL_ITALIC = re.compile(r"\s*([*_])(?!\1)[^*_]+(?<![*_])\1\s*")


def _italic_title_over_names(line: str, named: list[PersonText], after: str, under: list[PersonText]) -> bool:
    """``"*Hierarchical Nested Named Entity Recognition*\nZita Marinho, Afonso Mendes and David Nogueira"``: a line
    all in italics that reads like a name (its words all capitalised), bearing no affiliation or link, over a line
    written plainly that names people: the italic line is the talk's title, as proceedings' programs set it."""
    return _ALL_ITALIC.fullmatch(line) is not None and not any(p.affiliation or p.url for p in named) \
        and bool(under) and not re.search(r"[*_]", after) and "(" not in line  # fmt: skip


def _continues(first: str, previous: str, line: str) -> bool:
    """Whether a line naming people goes on the list above it: after "Moderator: ..." or a trailing comma, or
    written the same way (a title that reads like a name, "Intelligent Transportation", does not)."""
    return bool(_ROLE_PREFIX.match(first)) or previous.rstrip().endswith(",") or _style(first) == _style(line)


_NAME_ITALIC_AFFILIATION = re.compile(r"[^*()]+\*\s*\([^()*]+\)\s*\*")


def _bold_title(first: str, named: list[PersonText], after: str) -> bool:
    """``"**Ambient Diffusion Omni**\nGiannis Daras"``: both lines read like a name, but the bold one bears no
    affiliation or link and the plain one under it names one person: the bold line is the title, as in
    al-folio's schedule tables. So too when that person's affiliation follows in italic parentheses
    (``"Arnaud Doucet *(University of Oxford)*"``, from ``<i>(...)</i>``): the bold line names nobody's."""
    bold = re.fullmatch(r"\*\*[^*]+\*\*", first.strip()) is not None
    under = people_line(after)
    plain_under = "(" not in after or _NAME_ITALIC_AFFILIATION.fullmatch(after.strip()) is not None
    return bold and len(named) == 1 and not named[0].affiliation and not named[0].url and len(under) == 1 and \
        "**" not in after and plain_under  # fmt: skip


_BOLD_NAME_THEN = re.compile(r"\s*(?:\*\*([^*]+)\*\*|__([^_]+)__)\s*(?:[-–—,:]\s*)?(.*)", re.DOTALL)
_TENTATIVE = re.compile(r"\s*\(\s*(?:preliminary|tentative|working|provisional)\s+title\s*\)\s*$", re.IGNORECASE)


def _title_over_bold_name(parts: list[str]) -> list[Talk]:
    """``"**Title**<br>**Ann Lee** – Professor of Physics, MIT"``: a line all in bold, then a line opening with a name
    in bold and what she is: her talk, the title's "(Preliminary title)" a note; none otherwise."""
    if len(parts) < 2 or not re.fullmatch(r"\s*(?:\*\*[^*]+\*\*|__[^_]+__)\s*", parts[0]):
        return []
    found = _BOLD_NAME_THEN.fullmatch(parts[1])
    name = (found.group(1) or found.group(2) or "").strip() if found else ""
    if not found or not looks_like_name(name) or looks_like_name(plain(parts[0])):
        return []
    title, said = plain(parts[0]), [plain(p) for p in parts[2:]]
    if tentative := _TENTATIVE.search(title):
        title, said = title[: tentative.start()], [tentative.group(0).strip(" ()"), *said]
    return [Talk(title, [PersonText(name, plain(found.group(3)).strip(" .") or None)], said)]


def talks_in(text: str) -> list[Talk]:
    """The talks a cell of several lines holds, each a title, the line(s) naming its people and an abstract.

    ``"*Title*\\n**Ann Lee** (MIT)\\nAbstract..."`` is one talk; ``"*T1*\\n**Ann**\\n*T2*\\n**Bo**"`` two; a cell
    that names people first (``"**Ann Lee**\\nTitle"``) gives the line after them as the title. No line naming
    people: no talks.
    """
    parts = _joined(lines(text))
    named = [people_line(p) for p in parts]
    for index, part in enumerate(parts[:-1]):  # "Speculative Recursion Unrolling" over "Speaker: Bo Wu": a title
        labelled = not _ROLE_PREFIX.match(part) and _ONE_PREFIX.match(parts[index + 1])
        if named[index] and (labelled or _italic_title_over_names(part, named[index], parts[index + 1],
                                                                  named[index + 1])):  # "*Title*" over "Ann Lee, Bo Wu"
            named[index] = []
    if not any(named):
        return _title_over_bold_name(parts)
    talks: list[Talk] = []
    pending: list[str] = []
    index = 0
    while index < len(parts):
        if not named[index]:
            pending.append(parts[index])
            index += 1
            continue
        first, people = index, list(named[index])
        index += 1
        while index < len(parts) and named[index] and _continues(parts[first], parts[index - 1], parts[index]):
            people += named[index]  # "Moderator: Ann Lee" / "Bo Wu, Cy Li": one group
            index += 1
        if index < len(parts) and named[index]:
            named[index] = []  # right under names but written otherwise: a title that reads like a name
        talks.append(Talk(plain(" ".join(pending)) or None, people))
        pending = []
    if talks[0].title is None and len(talks) > 1 and all(t.title for t in talks[1:]) and pending:
        # people first: each group's title is the line after it
        titles = [t.title for t in talks[1:]] + [plain(pending[0])]
        return [Talk(title, t.people) for t, title in zip(talks, titles, strict=True)]
    if len(talks) == 1 and talks[0].title is None and pending:
        if _bold_title(parts[0], talks[0].people, pending[0]):
            return [Talk(plain(parts[0]), people_line(pending[0]), [plain(p) for p in pending[1:]])]
        talks[0].title, pending = plain(pending[0]), pending[1:]
    talks[-1].abstract = [plain(p) for p in pending]
    return talks
