"""One schedule row's talk, read from its cells once the row's columns are known: its kind, label, title and
speakers (a row's times, and the rows around it, are rows.py's)."""

from __future__ import annotations

import datetime as dt
import re

from ... import values
from .cells import attendance
from .kinds import LONG_TITLE, TALK_WORDS, TALKS, bare_label, exact_kind, kind_of
from .names import PersonText, is_group, is_placeholder, looks_like_name, people_in
from .program import LINK, Draft, cell_speakers, is_italic, who_and_title
from .row_clauses import dash_then_people
from .text import has_word, lines, plain, slug, words

_COUNTED = re.compile(r"\D+\s\d{1,2}")  # "Keynote Presentation 1", "Oral Presentation 2"
_COUNT_ENDS = re.compile(r"\s(?:#\s?|No\.\s?)?\d{1,2}$", re.IGNORECASE)  # "Invited Talk #1", "Keynote 2"
_TITLE_LABEL = re.compile(r"(?:talk\s+)?title\s*:\s*", re.IGNORECASE)
_KIND_NAMED = re.compile(r"([^:]{2,40}?)\s*:\s*(.+)")  # "Keynote: Ann Lee": a kind's word, then who gives it
_ASIDE = re.compile(r"\s*\(([^()]{2,80})\)\s*")  # "(MIT)" opening what follows the label: where she works
_QUOTED = re.compile(r"\s*[\"“”](.+)[\"“”]\s*")  # a title in quotes


def _kind_named(label: str, main: str, named: str | None) -> tuple[str, str, str | None]:
    """``**Keynote: Ann Lee** (MIT) *"Title"*``: a label naming the kind and who gives it; the brackets after it (or
    the aside read already) say where she works. The label, the rest of the row and who, as read; else unchanged."""
    kind_named = _KIND_NAMED.fullmatch(plain(label))
    if not kind_named or not kind_of(kind_named.group(1))[0] or not looks_like_name(kind_named.group(2)) \
            or len(people_in(kind_named.group(2))) != 1:  # fmt: skip
        return label, main, named
    found = _ASIDE.match(main) if named is None else None
    aside = named or (found.group(1).strip() if found else None)
    main = main[found.end() :] if found else main
    return kind_named.group(1), main, kind_named.group(2) + (f" ({aside})" if aside else "")


def _unquoted(title: str) -> str:
    """``"Kernels"``, ``“Kernels”``: a title in quotes, without them."""
    quoted = _QUOTED.fullmatch(title)
    return quoted.group(1) if quoted else title


def _first_sentence(title: str | None, notes: list[str]) -> str | None:
    """``Poster Session. Poster boards are listed here.``: a kind's name, then a sentence said of it (to the notes)."""
    sentences = re.match(r"([^.]{3,60})\.\s+(.+)$", title or "")
    if sentences and exact_kind(sentences.group(1)):
        notes.append(sentences.group(2))
        return sentences.group(1)
    return title


# "(Best Paper Award)", "(Honorable Mention)" at a title's end: what the talk won, not its title
_AWARD = re.compile(r"\s*([*_]{0,3})\(([^()]*\b(?:awards?|best\s+(?:student\s+)?paper|honou?rable\s+mention)\b[^()]*)\)"
                    r"\1\s*$", re.IGNORECASE)


def _award_aside(title: str | None, notes: list[str]) -> str | None:
    """``Recurrence-seeking Tests (Best Paper Award)``, ``Ann Lee: Title **(Honorable Mention)**``: the title (or the
    cell), and the award it won in brackets after it (to the notes), which no one's name is."""
    found = _AWARD.search(title or "")
    if title is None or found is None or not title[: found.start()].strip():
        return title
    notes.append(found.group(2).strip())
    return title[: found.start()].strip()


def _paper_in_italics(label: str | None, title: str | None, who: str, invited: set[str], counted: str | None = None,
                      ) -> tuple[str | None, str | None, str]:  # fmt: skip
    """``Oral Paper 5 | *Red-Teaming Agents*``: beside a title that only counts the talks (or, with no title, a label
    cell ``counted`` that does, read as a kind's label), a speaker cell wholly in italics naming no one is the
    paper's title, the count its label; the label, title and speaker cell, else as given."""
    count = title or (plain(counted) if counted else None)
    if count and _counts_a_paper(count, who, invited):
        return count, plain(who), ""
    return label, title, who


def _counts_a_paper(count: str, who: str, invited: set[str]) -> bool:
    """``Oral Paper 5`` beside ``*Red-Teaming Agents*``: a label counting talks of a kind, and a speaker cell wholly
    in italics naming no one (the paper's title)."""
    return bool(_COUNTED.fullmatch(count) and kind_of(count)[0] and _italic_title(who, invited))


def _shown_first(people: list[PersonText], title: str | None, invited: set[str]) -> tuple[list[PersonText], str | None]:
    """``Yejin Choi, University of Washington, Allen Institute for AI``: a title that opens with a speaker the site
    shows, then a comma, is her talk, of where she works; ``Culturing Trust (Ann Lee)``, read as a person of where
    she works, whose brackets hold a speaker the site shows and who is not one, is Ann Lee's talk of that title; the
    people and title, else as given."""
    lead = re.match(r"([^,()]+),\s*(.+)$", title or "") if not people else None
    if lead and lead.group(1).strip().lower() in invited:
        return [PersonText(lead.group(1).strip(), lead.group(2).strip(" ."), None)], None
    inside = people[0].affiliation if len(people) == 1 and title is None else None
    if inside and inside.strip().lower() in invited and people[0].name.lower() not in invited:
        return [PersonText(inside.strip(), None, None)], people[0].name
    return people, title


def _italic_title(who: str, invited: set[str]) -> bool:
    """A speaker cell wholly in italics that names no one the site shows and reads as a title, not a list of names
    (``*Red-Teaming Financial AI Agents*``, ``*State-Wise Policy Shaping: Runtime Behavior Steering for Safe RL*``)."""
    if not is_italic(who) or "\n" in who.strip():
        return False
    listed, said = cell_speakers(who)
    if any(p.name.lower() in invited for p in listed):
        return False
    return not listed or not all(looks_like_name(p.name) for p in listed) or len((said or "").split()) >= 3


def _first_line_titling(main: str) -> tuple[str | None, list[str], bool]:
    """A title cell beside a column of speakers: its first line titles the row, the others say more of it
    (``<details><summary>Title</summary>Abstract``); but a cell of two bullets or more (``• Title A<br>• Title B``)
    lists several talks and titles none (each kept in the row's notes). A title broken onto the next line
    (``Emergent Motion Synergies<br/>Derived from the Momentum Principle``) goes on there: the title, the other
    lines, and whether the title was so read across a line break."""
    said = [plain(line) for line in lines(main)]
    if len(said) > 1 and all(re.fullmatch(r"[•·▪◦‣∙]\s*.*", line) for line in said):
        return None, [line for line in said if plain(line.lstrip("•·▪◦‣∙"))], False
    if not main.strip() or is_placeholder(main):  # "--": no title
        return None, said[1:], False
    if len(said) > 1 and _goes_on(said[0], said[1]):
        return f"{said[0]} {said[1]}", said[2:], True
    return said[0], said[1:], False


# Short words a title keeps in lower case ("Derived from the Momentum ..."), which a line of names does not hold.
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "from", "with", "and", "or", "to", "in", "on", "at", "by",
                          "about", "via", "into", "under", "over", "through", "towards", "toward", "beyond", "between",
                          "without"})  # fmt: skip
_BYLINE = re.compile(r"(?:by|with|from|moderated|chaired|hosted|led|presented)\b", re.IGNORECASE)
_PLACE_WORDS = ("university", "institute", "laboratory", "lab", "department", "college", "school", "center", "centre")


def _goes_on(first: str, line: str) -> bool:
    """Whether ``line``, under the first line of a title cell, is the rest of the title: the first line ends unfinished
    (``... external forces:``) or the next goes on in lower case (``estimation, rejection, and performance``), or
    the next is written as a title is (its words capitalized but the short ones, ``About Robot Trajectories with
    Simultaneous Impacts``); not a sentence, a list of names, an affiliation, a bracketed remark, nor what a kind's
    own label (``Opening Remarks``) has under it, nor a line that repeats the first or says who gives it."""
    if re.match(r"[•·▪◦‣∙(\[*_]", line) or line.endswith(".") or first.endswith((".", "?", "!")):
        return False
    if exact_kind(first) or words(line)[: len(words(first))] == words(first) or _BYLINE.match(line):
        return False  # "Opening Remarks<br>Opening Remarks by the Organizers", "Panel<br>with Ann Lee": said of it
    tokens = line.split()
    if len(tokens) > 14 or len(first) + len(line) > LONG_TITLE or people_in(line) or has_word(line, *_PLACE_WORDS):
        return False
    if first.endswith((":", ",", "-", "\u2013", "\u2014")) or line[0].islower():
        return True
    capitalized = [t for t in tokens if t.lower() not in _SMALL_WORDS and t[0].isalpha()]
    return any(t in _SMALL_WORDS for t in tokens) and bool(capitalized) and all(t[0].isupper() for t in capitalized)


_ASKED = re.compile(r"\bq\s*&\s*a\b|\bquestions?\b|\bdiscussion\b", re.IGNORECASE)


def shown_speaker(item: Draft, invited: set[str]) -> str | None:
    """``"Vuyo Makhuvha - August Robotics"``: a title that is a speaker the site shows, then what they are of,
    is that speaker's talk; ``"Small Models - Ann Lee"``, a title then a speaker the site shows, is her talk of that
    title; the text so read, if it was."""
    found = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", item.title or "")
    if item.speakers:
        return None
    if found and found.group(1).lower() in invited and _titles(found.group(2)):
        read, item.title = item.title, found.group(2)  # "Ann Lee - Learning to Reason with Tables": her talk's title
        item.speakers = [PersonText(found.group(1), None)]
        return read
    if found and found.group(1).lower() in invited:
        read, item.title = item.title, None
        item.speakers, item.untitled = [PersonText(found.group(1), found.group(2))], item.kind in (*TALKS, "panel")
        item.dashed = True
        return read
    if found and found.group(2).lower() in invited and found.group(1).lower() not in invited:
        read, item.title = item.title, found.group(1)  # "Small Models - Ann Lee": her talk, of that title
        item.speakers = [PersonText(found.group(2), None)]
        return read
    # "DataPerf Challenge: Peter Mattson (Google & MLCommons)": what the talk is, then a speaker the site shows
    labelled = re.fullmatch(r"([^:]+?):\s+([^:()]+?)(?:\s+\((.+)\))?", item.title or "")
    if labelled and labelled.group(2).lower() in invited and not kind_of(labelled.group(1))[0] \
            and not _ASKED.search(labelled.group(1)):  # "Q&A: Ann Lee" is the questions of Ann Lee's talk
        read, item.title = item.title, labelled.group(1)
        item.speakers = [PersonText(labelled.group(2), labelled.group(3))]
        return read
    return None


def _titles(text: str) -> bool:
    """Whether what follows a speaker's name and a dash is a talk's title, not where she works: four words or more,
    some of them short ones in lower case as a title writes them ("Learning to Reason with Text and Tables"), none
    naming a place of work ("Max Planck Institute for Informatics")."""
    tokens = plain(text).split()
    return len(tokens) >= 4 and any(t in _SMALL_WORDS for t in tokens[1:]) and not has_word(text, *_PLACE_WORDS) \
        and not people_in(text)


def as_read(item: Draft) -> str:
    """What ``_shown_speaker`` read a row as, for the report."""
    of, titled = item.speakers[0].affiliation, f", in a talk titled '{item.title}'" if item.title else ""
    return f"{item.speakers[0].name}, a speaker the site shows{f', of {of}' if of else ''}{titled}"


def _title_over_abstract(main: str, item: Draft) -> str | None:
    """The title a cell says beside the speaker its label named: all of it, or the lines above its abstract
    (``Title<br>**Abstract**: ...``), which the item keeps as notes."""
    labelled = _TITLE_LABEL.match(plain(lines(main)[0])) if lines(main) else None  # "**Title:** ...": read below
    if not labelled and (told := who_and_title(main)).abstract and told.title and not told.people:
        item.notes += told.abstract
        return _unquoted(told.title)
    return _unquoted(plain(main)) or None


def _unclosed_aside(title: str | None, notes: list[str]) -> str | None:
    """``Walk to the game (Meet in the lobby, tickets [here](url)``: a bracket opened after the title and never
    closed (a link's bracket took its close) holds a remark on the row, no word of its title: the title before it,
    the remark a note of the row."""
    if not title or (opened := title.rfind("(")) <= 0 or ")" in title[opened:]:
        return title
    head, aside = title[:opened].rstrip(), title[opened + 1 :].strip()
    if not plain(head).strip() or len(aside.split()) < 2:
        return title
    notes.append(aside)
    return head


def _named_beside(named: str, main: str, item: Draft) -> tuple[list[PersonText], str | None]:
    """The people a label's brackets name and the title beside them (``**Talk** (Ann Lee): Title``); brackets that
    name no one, then a dash and only people (``**Keynote** (Joint session) - Ann Lee``): a remark (to the notes),
    and who gives it, no title."""
    people = cell_speakers(named)[0]
    if not people and (dashed := dash_then_people(main)):
        item.notes.append(plain(named))
        return dashed.people, None
    return people, _title_over_abstract(main, item)


def read_item(where: str, label: str | None, main: str, who: str, emoji: str | None, day: dt.date | None,
          invited: set[str], in_session: bool, named: str | None = None) -> Draft:  # fmt: skip
    item = Draft(where, emoji=emoji, day=day)
    if label and named is None and not who and not kind_of(label)[0] and len(people_in(label)) == 1 \
            and (label.lower() in invited or looks_like_name(label)):  # fmt: skip
        label, named = None, label  # "**Ann Lee** -- Title", "**Ann Lee**": a talk by Ann Lee
    elif label and not who:
        label, main, named = _kind_named(label, main, named)
    written, (main, said_main) = main, attendance(_award_aside(main, item.notes) or "")  # its award aside first
    who, said_who = attendance(who)
    named, said_named = attendance(named) if named else (named, [])  # "Tutorial: Ann Lee (MIT) VIRTUAL"
    item.notes += said_main + said_who + said_named
    titled = lines(main)[0] if who and main.strip() else main  # beside a column of speakers: the title's line
    kind, guessed = kind_of(label) if label else kind_of(titled)
    kindless = bool(label) and kind is None  # "**Fireside Chat** (Ann Lee)": the row's title, not a kind's label
    link = one_link(main)
    if named is not None:  # "**Talk** (Ann Lee): Title": the people and the title apart already
        people, title = _named_beside(named, main, item)
        if len(parts := lines(main)) > 1 and _TITLE_LABEL.match(plain(parts[0])):  # "**Title:** Kernels<br>Abstract"
            title = plain(parts[0])
            item.notes += [plain(line) for line in parts[1:]]
    elif who:
        people, (title, more, item.wrapped) = [], _first_line_titling(main)
        item.notes += more
        item.label, title, who = _paper_in_italics(item.label, title, who, invited, None if plain(main) else label)
    else:
        talk = who_and_title(main)
        people, title = talk.people, talk.title
        item.notes += talk.abstract
        several = kind == "spotlight" and re.search(r"s\W*$", label or "") and people[0].name.lower() not in invited \
            if people else False  # fmt: skip  # "**Paper spotlights:** New Methods": several talks' topic, no one
        if label and title is None and len(people) == 1 and (kind == "poster" or several):
            people, title = [], plain(main)  # "Poster Session: Tokenization Across Modalities": its topic, no one
        people, title = _shown_first(people, title, invited)
        if title and title.lower() in invited and len(people) == 1 and people[0].name.lower() not in invited:
            # "**Ann Lee**<br>Ambient Diffusion": the bold line is a speaker the site shows, so the other is the title
            people, title = [PersonText(title, None, None)], people[0].name
    if who:
        listed, said = cell_speakers(who)
        if listed:  # the speaker column says more of those the title cell named ("by Ann Lee" | "Ann Lee, MIT")
            again = {slug(p.name): p for p in listed}
            people = [again.pop(slug(p.name), p) for p in people] + list(again.values())
            if said and title and _COUNTED.fullmatch(title) and kind_of(title)[0]:
                item.label, title = title, None  # "Keynote Presentation 1 | Ann Lee: *Title*": a label counting talks
            title = title or said
        elif plain(who).lower() in invited:  # "蔡静": a speaker the site lists, in letters no name rule reads
            people.append(PersonText(plain(who), None, None))
        elif not title and not is_placeholder(who) and not is_group(who) and not is_italic(who):
            title = plain(who)  # "| 10:30am | Oral | FPTQuant: ... |": the title in the speaker column
        elif not is_placeholder(who):
            item.notes.append(plain(who))
    if kind is None:
        kind = "invited" if in_session and any(p.name.lower() in invited for p in people) else "talk"
        guessed = False
    item.kind = kind
    if guessed:
        item.guessed = label or plain(titled)
    item.waiting = bool(label and exact_kind(label) in TALKS and not title and not people and not main and not who)
    item.untitled = title is None and kind in (*TALKS, "panel")
    item.said = label if label and main and named is None and not who else None
    if title is None and label and (kindless or _label_titles(label, people, kind, who)):
        title = label  # "Coffee break", "Contributed talks" by several; but "Invited Talk: Ann Lee" is Ann Lee's talk
    elif label and not exact_kind(label) and not kind_of(label)[0]:
        item.label = label
    elif label and kind in TALKS and says_more(label, kind):
        item.label = plain(label)  # "Contributed Talk", "Tutorial": the site's word for the kind, which "Oral" is not
    if title and (labelled := _TITLE_LABEL.match(title)) and title[labelled.end() :].strip():
        title = title[labelled.end() :].strip()  # "Invited Talk by Ann Lee<br>Title: Kernels": the label left out
    title = _unclosed_aside(_award_aside(_first_sentence(title, item.notes), item.notes), item.notes)
    named_links = {" ".join(plain(label).lower().split()): url for label, url in LINK.findall(main)}
    people = [p._replace(url=named_links.get(" ".join(p.name.lower().split()))) if p.url is None else p for p in people]
    link = named_links.get(" ".join((title or "").lower().split())) or link  # "[Ann Lee](home): [Title](paper)"
    if link and any(p.url == link for p in people):  # a speaker's page, not the talk's
        link = None
    title = title if kind in TALKS else _session_mode(written, title, people, said_main, item.notes)
    item.title, item.speakers, item.link = title, people, link
    said = plain(" ".join(filter(None, [named, main, who])))
    moderated = " ".join(found.group(1) for found in _MODERATED.finditer(said))
    item.moderators = {p.name for p in people if p.name in moderated}
    return item


def _session_mode(written: str, title: str | None, people: list[PersonText], said: list[str],
                  notes: list[str]) -> str | None:  # fmt: skip
    """``Poster Session 1 (Virtual)``, a session no one gives and no talk: the words in parentheses name the session
    (another than ``Poster Session 1`` before it), so they stay in its title, not in its notes."""
    mode = next((m for m in said if f"({m})" in written), None)
    if title is None or people or mode is None or f"({mode})" in title:
        return title
    notes.remove(mode)
    return f"{title} ({mode})"


def _label_titles(label: str, people: list[PersonText], kind: str, who: str) -> bool:
    """Whether a label that names a kind titles its untitled row: one no one gives, or not a talk ("Coffee
    break"); or the site's own word for talks by several ("Contributed talks"), or its own words for them ("Keynote
    speakers talk"); or a count beside a column of speakers ("Invited Talk #1 | Ann Lee"). "Invited Talk: Ann Lee"
    is Ann Lee's talk, untitled."""
    several = len(people) > 1 and kind in TALKS and says_more(label, kind)
    # "Keynote speakers talk" over the three who give it: no kind's label as schedules write them, the row's name
    own = len(people) > 1 and not who and exact_kind(label) is None and len(words(bare_label(label))) > 2
    return several or own or bool(who and _COUNT_ENDS.search(plain(label))) or not (people and kind in TALKS)


def says_more(label: str, kind: str) -> bool:
    """Whether a talk's label is the site's own word for its kind ("Lightning talks", "Tutorial"), which the kind's
    label ("Spotlight talks") does not say."""
    return bool(set(words(bare_label(label))) - {*words(values.KIND_LABEL[kind]), *TALK_WORDS})


# "Moderated by Ann Lee", "Moderator: Ann Lee", up to the next role ("Moderator: Ann Lee. Panelists: Bo Wu, Cy Li").
_MODERATED = re.compile(r"(?:(?:moderated|chaired|hosted)\s+by\s+|moderators?\s*:\s*)([^;()]+?)"
                        r"(?=[.;]?\s*\b(?:panell?ists?|speakers?|guests?)\s*:|[;()]|$)", re.IGNORECASE)


def one_link(text: str) -> str | None:
    links = LINK.findall(text)
    return links[0][1] if len(links) == 1 else None
