"""A program written as HTML elements whose classes name its parts: a row's time, title and speakers
(``<span class="time">``, ``<div class="session-title">``), one person's card inside it (``speaker-details``), a
session's papers as pairs of title and authors (``paper-title``, ``paper-authors``), read as a table's rows."""

from __future__ import annotations

import re

from .blocks import TableRow
from .html_tree import HEADINGS, VOID, Element
from .names import looks_like_name
from .text import has_word, lines, plain, rich_html
from .when import time_range

# Parts of a schedule's row named by their class: ``<span class="time">``, ``<div class="session-title">``.
_TIME_CLASS = re.compile(r"(?:^|[-_])(?:time|times|hour|hours|slot|when)$", re.IGNORECASE)
_TITLE_CLASS = re.compile(r"(?:^|[-_])(?:title|topic|talk|event)$", re.IGNORECASE)
_WHO_CLASS = re.compile(r"(?:^|[-_])(?:speakers?|presenters?|panell?ists?|moderators?|authors?|who)$", re.IGNORECASE)
# A part saying more of the people or the talk (``<div class="schedule-detail">Caltech</div>``): beside the title.
_BESIDE_CLASS = re.compile(r"(?:^|[-_])(?:affil|affiliations?|institutions?|details?)$", re.IGNORECASE)
# A part holding one person's name and what they do (``<div class="speaker-details"><h4>Ann Lee</h4><p>MIT</p>``).
_PERSON_CLASS = re.compile(r"(?:^|[-_])(?:speakers?|presenters?|panell?ists?|authors?)[-_]"
                           r"(?:info|details?|card|profile)$", re.IGNORECASE)  # fmt: skip


def _classed(element: Element, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(c) for c in element.classes)


def class_rows(body: str, root: Element) -> tuple[Element, list[TableRow], list[Element]] | None:
    """A schedule written as HTML elements whose parts say what they are by their class (``<div class="session">``
    holding ``<span class="time">``, ``<span class="title">``, ``<span class="speaker">``): the element holding them
    all, its rows as a table's (Time, Title, Speakers), and the row elements. A heading between the rows is a row
    of its own ("Lunch Break (12:05 - 13:00)" with its time). Two timed parts at least, or None."""
    parents = {id(c): e for e in root.walk() for c in e.children}
    times = [e for e in root.walk()[1:] if _classed(e, _TIME_CLASS) and time_range(plain(rich_html(e.inner(body))))]
    if len(times) < 2:
        times = _leading_times(body, root)
    if len(times) < 2:
        return None
    owners = [parents[id(t)] for t in times]
    if any(owner is root for owner in owners):
        return None
    holder = parents.get(id(owners[0]), root)
    while holder is not root and not all(o in holder.walk() for o in owners):
        holder = parents.get(id(holder), root)
    if holder is root and len(root.children) == 1:
        holder = root.children[0]
    owners = [_widest(owner, holder, parents, times) for owner in owners]
    if (names := _column_names(body, holder, owners)) is not None:
        rows = [TableRow(names, holder.line, header=True)]
        return holder, rows + [TableRow([rich_html(c.inner(body)) for c in o.children], o.line) for o in owners], owners
    rows = [TableRow(["Time", "Title", "Speakers"], holder.line, header=True)]
    inside = {id(e) for owner in owners for e in owner.walk()}
    for element in holder.walk()[1:]:
        if element in owners:
            rows += _class_row(body, element, times[owners.index(element)])
        elif (element.tag in HEADINGS or _classed(element, _TITLE_CLASS)) and id(element) not in inside:
            # "<h3>Session 1</h3>", "<div class="session-title">Session 1</div>": a heading over the rows after it
            text = plain(rich_html(element.inner(body)))
            timed = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text)
            if timed and time_range(timed.group(2)):
                rows.append(TableRow([timed.group(2), timed.group(1), ""], element.line))
            elif text:
                rows.append(TableRow(["", f"**{text}**", ""], element.line))
    return holder, rows, owners


def _column_names(body: str, holder: Element, owners: list[Element]) -> list[str] | None:
    """``<div class="heading">Time</div><div class="heading">Event</div><div class="heading">Content</div>`` before
    rows of as many parts each (``<div class="row"><div>09:00</div><div>Welcome<br>Ann Lee</div><div>...``): the
    headings name the rows' parts as a table's header names its columns; None when the rows are not so headed."""
    first = holder.children.index(owners[0]) if owners[0] in holder.children else 0
    heads = [plain(rich_html(e.inner(body))) for e in holder.children[:first] if not e.children]
    heads = heads[-len(owners[0].children):] if owners[0].children else []
    if len(heads) < 2 or any(not h or len(h.split()) > 3 or re.search(r"\d", h) for h in heads):
        return None
    if not all(len(o.children) == len(heads) for o in owners) or not any(has_word(h, "time", "when") for h in heads):
        return None
    return heads


def _widest(owner: Element, holder: Element, parents: dict[int, Element], times: list[Element]) -> Element:
    """The widest element under ``holder`` that ``owner`` opens, holding no other row's time: a row whose time and
    title are a header over its talks (``<div class="block"><div class="header"><span class="time">...</div><div
    class="content">...``) is the whole block; a block with a title of its own before the row is a session."""
    row, under = owner, {id(e) for e in holder.walk()}
    while (up := parents.get(id(row))) is not None and up is not holder and id(up) in under:
        inside = {id(e) for e in up.walk()}
        if up.children[0] is not row or sum(id(t) in inside for t in times) > 1:
            break
        row = up
    return row


def _leading_times(body: str, root: Element) -> list[Element]:
    """Blocks of one tag and class, two at least side by side, each opening with an element that says a time and
    nothing else (``<div class="item"><span>09:00 - 09:10</span><div><h3>Title</h3>...``): those elements.
    Table rows are read as tables."""
    found: dict[int, list[Element]] = {}
    for parent in root.walk():
        for row in parent.children:
            opening = row.children[0] if row.tag not in ("tr", "thead", "tbody") and len(row.children) > 1 else None
            text = plain(rich_html(opening.inner(body))) if opening else ""
            if opening and time_range(text) and not re.search(r"[^\W\d_]{3}", text):
                found.setdefault(id(parent), []).append(opening)
    return next((times for times in found.values() if len(times) > 1), [])


def _without(body: str, element: Element, parts: list[Element]) -> str:
    """What ``element`` says once ``parts`` are out."""
    inner = element.inner(body)
    for part in sorted(parts, key=lambda e: -e.start):
        begin = inner.rfind("<", 0, part.start - element.start)
        end = body.find(">", part.end) + 1 - element.start if part.tag not in VOID else part.start - element.start
        inner = inner[:begin] + inner[end:]
    return inner


def _names_someone(text: str) -> bool:
    """``"Keynote 1 - Ann Lee"``, ``"Keynote: Ann Lee"``: a heading that says a kind and a person, whose talk's
    title is the line under it."""
    found = re.fullmatch(r".+?(?:\s[-–—]|:)\s+(.+)", text)
    return found is not None and looks_like_name(found.group(1))


def _class_row(body: str, element: Element, time: Element) -> list[TableRow]:
    """One row element: its time, its title parts (a later one that starts with a time is a row of its own, the
    talks of a session), its people; a title part holding a heading has that heading for title and what else it
    says kept beside it, unless the heading says a kind and a person ("Keynote 1 - Ann Lee": the line under it is
    the talk's title); without a title part, its heading is its title and what else it says is kept beside it, and
    without a heading, what else it says is its title."""
    parts = element.walk()[1:]
    who = [e for e in parts if _classed(e, _WHO_CLASS) or _classed(e, _PERSON_CLASS)]
    who = [e for e in who if not any(o in e.walk()[1:] for o in who)]  # "panel-speakers" > "panel-speaker": each
    titles = [e for e in parts if _classed(e, _TITLE_CLASS) and not any(e in w.walk() for w in who)]
    heading = next((e for e in parts if e.tag in HEADINGS and e is not time), None)
    beside = [e for e in parts if _classed(e, _BESIDE_CLASS) and not any(
        x.tag in HEADINGS or x in who or x in titles or x is time for x in e.walk())]  # fmt: skip
    extra = [t for e in beside if not titles and heading is None and (t := plain(rich_html(e.inner(body))))]
    inner = next((e for e in titles[0].walk()[1:] if e.tag in HEADINGS), None) if len(titles) == 1 else None
    if inner is not None and not _names_someone(plain(rich_html(inner.inner(body)))):
        said = [rich_html(inner.inner(body))]  # "<div class="detail-title"><h5>Oral Presentations</h5><small>..."
        extra = [t for t in [plain(rich_html(_without(body, titles[0], [inner])))] if t]
    elif titles:
        said = [rich_html(e.inner(body)) for e in titles]
    elif heading is not None:  # "<h3>Keynote 1</h3><p>Grounded retrieval at scale.</p>"
        said = [rich_html(heading.inner(body))]
        extra = [t for t in [plain(rich_html(_without(body, element, [time, heading, *who])))] if t]
    else:
        said = [rich_html(_without(body, element, [time, *who, *beside]))]  # once the time and people are out
        said = [re.sub(r"\s*(?:[:–—-]|\bby)$", "", said[0]) if who else said[0]]  # "Talk: <a>Ann Lee</a>": "Talk"
    people = "\n".join(_person(body, e) for e in who)
    head = _head(body, element, titles, [time, *who, *beside]) if titles and heading is None else None
    if (talks := _talks_under(body, titles, who, head)) is not None:
        said, people = [talks], ""
    elif head and len(titles) == 1 and said:  # "<b>Keynote</b>" over the talk's title part: the talk's label
        said = [f"{head}: {said[0]}"]
    rows = [TableRow([plain(rich_html(time.inner(body))), said[0] if said else "", people], element.line, extra=extra)]
    for number, text in enumerate(said[1:], 1):
        found = re.match(r"\s*(\d{1,2}[:.]\d{2}\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}|\d{1,2}[:.]\d{2})\s*[-–—:|]?\s*(.+)",
                         plain(text), re.DOTALL)  # fmt: skip
        if found and time_range(found.group(1)):
            rows.append(TableRow([found.group(1), found.group(2), ""], titles[number].line))
        else:
            rows[-1].cells[1] += f"\n{text}"
    return rows


def _person(body: str, element: Element) -> str:
    """What a part naming people says: as written, or, when a heading names the one person it is about
    (``<h4>Ann Lee</h4><p class="speaker-title">MIT</p>``), ``Ann Lee (MIT)``."""
    heading = [e for e in element.walk()[1:] if e.tag in HEADINGS]
    rest = " ".join(plain(rich_html(_without(body, element, heading))).split()) if len(heading) == 1 else "("
    if "(" in rest or ")" in rest:
        return rich_html(element.inner(body))
    name = plain(rich_html(heading[0].inner(body)))
    return f"{name} ({rest})" if rest else name


def _head(body: str, element: Element, titles: list[Element], parts: list[Element]) -> str | None:
    """What a row with title parts says before the first of them, outside its time and people, when that is one
    short line (``<div class="entry"><b>Paper Session I</b></div>`` over them): the row's own title over its parts."""
    cut = body.rfind("<", element.start, min(t.start for t in titles))
    if cut < 0:
        return None
    before = Element(element.tag, element.attrs, element.line, element.end_line, element.start, cut,
                     [c for c in element.children if c.end <= cut])  # fmt: skip
    inside = [p for p in parts if element.start <= p.start and p.end <= cut]
    tops = [p for p in inside if not any(p is not o and p in o.walk() for o in inside)]
    said = lines(re.sub(r"(?:^|\s)[-–—=_*]{3,}(?=\s|$)", "\n", plain(rich_html(_without(body, before, tops)))))
    return said[0] if len(said) == 1 and len(said[0].split()) <= 8 else None  # a rule of dashes beside it is no word


def _talks_under(body: str, titles: list[Element], who: list[Element], head: str | None = None) -> str | None:
    """A row titled over talks that each have a title part and, after it, a people part (``<h3 class="session-title">``
    over ``<h4 class="paper-title">``, ``<p class="paper-authors">`` pairs; or a ``head`` the row says outside its
    parts, over such pairs): its title cell, the row's title in bold over each talk's title and people, which the
    schedule reads as a session of those talks; None otherwise."""
    talks = titles if head and len(titles) == len(who) else titles[1:]
    if len(talks) < 2 or len(who) != len(talks):
        return None
    ends = [t.start for t in talks[1:]] + [len(body)]
    if not all(t.end <= w.start < end for t, w, end in zip(talks, who, ends, strict=True)):
        return None
    head = head if talks is titles else plain(rich_html(titles[0].inner(body)))
    said = [f"*{plain(rich_html(t.inner(body)))}*\n{plain(rich_html(w.inner(body)))}"
            for t, w in zip(talks, who, strict=True)]  # fmt: skip
    return "\n".join([f"**{head}**", *said])
