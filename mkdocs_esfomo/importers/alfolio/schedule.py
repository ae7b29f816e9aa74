"""The schedule: the tables of the reachable pages whose rows start with times, read row by row."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ... import values
from .blocks import Block, Item, TableRow, class_rows, parse
from .cells import Talk, attendance, cell_links, people_line, strip_role, talks_in
from .jekyll import JekyllPage
from .report import Note
from .text import (
    PersonText,
    emoji_prefix,
    has_word,
    is_group,
    is_placeholder,
    lines,
    looks_like_name,
    people_in,
    plain,
    rich_html,
    words,
)
from .when import find_dates, time_range

# Labels as schedules write them, after lowercasing and dropping numbers ("Invited Talk 2").
LABELS = {
    "invited": ("invited talk", "invited talks", "invited", "plenary talk", "plenary", "invited speaker"),
    "keynote": ("keynote", "keynotes", "keynote talk", "keynote speaker", "keynote speech"),
    "oral": ("oral", "orals", "oral talk", "oral talks", "oral presentation", "oral presentations", "contributed talk",
             "contributed talks", "contributed", "contributed paper talk", "paper talk", "paper talks"),
    "spotlight": ("spotlight", "spotlights", "spotlight talk", "spotlight talks", "spotlight presentations",
                  "lightning talk", "lightning talks", "contributed spotlight talk", "contributed spotlight talks",
                  "spotlight paper", "spotlight papers"),
    "poster": ("poster", "posters", "poster session", "poster sessions"),
    "panel": ("panel", "panel discussion", "panels"),
    "break": ("break", "coffee break", "coffee", "lunch", "lunch break", "coffee and posters", "breakfast"),
    "remarks": ("opening remarks", "closing remarks", "welcome", "introduction", "opening", "closing",
                "concluding remarks", "remarks", "welcome remarks", "opening and welcome"),
    "awards": ("awards", "award", "best paper award", "best paper awards", "award ceremony"),
    "social": ("social", "happy hour", "reception", "social event"),
    "talk": ("talk", "talks", "tutorial"),
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
_TALK_WORDS = ("talk", "talks", "speaker", "speakers", "speech", "presentation", "presentations", "session")


def _bare(text: str) -> str:
    numbers = ("i", "ii", "iii", "iv", "v", "vi", "first", "second", "third", "fourth", "fifth")
    found = (re.sub(r"(?<=[a-z])\d+$", "", w) for w in words(plain(text)))  # "Talk7": "Talk 7"
    return " ".join(w for w in found if not re.fullmatch(r"\d+(?:st|nd|rd|th)?", w) and w not in numbers)


def exact_kind(text: str) -> str | None:
    return EXACT.get(_bare(text))


def kind_of(text: str) -> tuple[str | None, bool]:
    """The kind a label or title says, and whether that is a guess from a word in it."""
    if kind := exact_kind(text):
        return kind, False
    return next((kind for kind, wanted in KEYWORDS if has_word(text, *wanted)), None), True


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
    unread: list[Note] = field(default_factory=list)  # lines that look like a schedule's, not read as one
    numbered: list[tuple[int, str, list[Draft | Session]]] = field(default_factory=list)  # "Day 2": (2, where, rows)


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")


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


_KIND_AFTER = re.compile(r"(.+?)\s*\(([^()]+)\)$", re.DOTALL)


def _split_label(text: str) -> tuple[str | None, str, str | None]:
    framed = re.match(r"\(([^()]+)\)\s+(.+)$", text, re.DOTALL)  # "(**Spotlight 3**) Title"
    if framed and exact_kind(framed.group(1)):
        return plain(framed.group(1)), framed.group(2).strip(), None
    after = _KIND_AFTER.match(text)  # "Title (Keynote)", as conference sites list
    if after and exact_kind(after.group(2)) and plain(after.group(1)):
        return plain(after.group(2)), after.group(1).strip(), None
    italic = re.match(r"\*([^*]+?)(?::\*|\*:)\s+(.+)$", text, re.DOTALL)  # "*Keynote:* Title"
    if italic and exact_kind(italic.group(1)):
        return plain(italic.group(1)), italic.group(2).strip(), None
    whole = re.fullmatch(r"\*\*(.+?)\*\*:?", text)
    if whole and "**" not in whole.group(1):
        label, rest, who = _split_label(whole.group(1))
        return (label, rest, who) if label else (plain(whole.group(1)), "", None)
    bold = re.match(r"\*\*(.+?)\*\*\s*(.*)$", text, re.DOTALL)
    if bold:
        head, rest = plain(bold.group(1)).rstrip(":"), bold.group(2).strip()
        inner = re.match(r"(.+?):\s+(.+)$", head)
        if inner and exact_kind(inner.group(1)) and "\n" in text[bold.end(1) : bold.start(2)]:
            return plain(inner.group(1)), f"{inner.group(2)}\n{rest}", None  # "**Keynote: Title**<br>**Ann Lee**"
        if rest.startswith("(") and (close := rest.find(")")) > 0:  # "**Talk** (Ann Lee): Title"
            return head, rest[close + 1 :].strip().lstrip(":").strip(), rest[1:close]
        return head, rest.lstrip(":–—- ").strip(), None
    found = re.match(r"(.+?)(?:\s+[-–—]\s+|:\s+|\s+from\s+|\s+by\s+)(.+)$", text, re.DOTALL)
    if found and exact_kind(found.group(1)):
        return plain(found.group(1)), found.group(2).strip(), None
    if found and kind_of(found.group(1))[0] and people_in(found.group(2)):  # "Opening Remarks & Welcome: Ann Lee"
        return plain(found.group(1)), "", found.group(2).strip()
    if exact_kind(text):
        return plain(text), "", None
    return None, text, None


def _speakers(text: str) -> tuple[list[PersonText], str | None]:
    """A speaker cell: ``"Ann Lee: Title\\n**(MIT)**"`` -> the people and the title it also holds."""
    said = re.match(r"([^:\n]+?):\s+(.+)$", text, re.DOTALL)
    title = None
    if said and looks_like_name(said.group(1)):
        text, title = said.group(1) + "\n" + "\n".join(lines(said.group(2))[1:]), lines(said.group(2))[0]
    by_line = [people_line(line) for line in lines(text)]
    if len(by_line) > 1 and all(by_line):  # "Moderator: Ann Lee" / "Bo Wu, Cy Li"
        return [p for found in by_line for p in found], (plain(title) if title else None)
    text = strip_role(plain(text) if "\n" not in text else text)
    return people_in(text.strip(" .*_")), (plain(title) if title else None)


def _who_and_title(rest: str) -> Talk:
    """What follows a label: a title, people, "Title (Ann Lee)", or lines: title, speakers, abstract."""
    if not rest or is_placeholder(rest):
        return Talk(None, [])
    if len(lines(rest)) > 1 and len(talks := talks_in(rest)) == 1:
        # "**Ann Lee (MIT)**<br>Title", "*Title*<br>**Ann Lee** (MIT)<br>Abstract", "Ann Lee<br>*(MIT)*"
        return talks[0]
    people = people_in(rest)
    if people:
        return Talk(None, people)
    quoted = re.match(r"[\"“](.+)[\"”]\s*(?:[-–—:,]|by)\s*(.+)$", plain(rest))  # '"Title" - Ann Lee, and Bo Wu'
    if quoted and (named := people_in(quoted.group(2))):
        return Talk(quoted.group(1).strip(), named)
    by = re.match(r"(.+?)\s+by\s+([^,;:]+)$", plain(rest))  # "Title by Ann Lee"
    if by and looks_like_name(by.group(2)) and (named := people_in(by.group(2))):
        return Talk(by.group(1), named)
    tail = re.match(r"(.+?)\s*\(([^()]+)\)\s*$", plain(rest))  # "Topic (Speaker)"
    if tail and (named := people_in(tail.group(2))):
        return Talk(tail.group(1), named)
    said = re.match(r"([^:]+?):\s+(.+)$", plain(rest))  # "Ann Lee: Title"; not "*Less Is More: A Title*"
    if said and looks_like_name(said.group(1)) and not _italic(rest):
        title = re.fullmatch(r"[\"“](.+)[\"”]", said.group(2).strip())  # 'Ann Lee: "Title"'
        return Talk(title.group(1) if title else said.group(2), people_in(said.group(1)))
    bare = re.sub(r",\s*(?:virtual|online|remote|onsite|on-site|in person|in-person)\s*$", "", plain(rest), flags=re.I)
    last = re.match(r"(.+),\s*([^,]+)$", bare)  # "Title, Ann Lee, virtual"
    if last and looks_like_name(last.group(2)):
        return Talk(last.group(1), people_in(last.group(2)))
    return Talk(plain(rest), [])


def header_row(rows: list[TableRow]) -> list[TableRow]:
    """A first row that names the columns ("**Time** | **Event**") in cells of a table written without a header
    is its header; a header row that holds a time is a row of the schedule."""
    rows = [TableRow(r.cells, r.index, False, r.extra) if r.header and any(map(time_range, r.cells)) else r
            for r in rows]  # fmt: skip
    first = rows[0] if rows and not any(r.header for r in rows) else None
    if first and any(has_word(plain(c), "time") for c in first.cells) and not any(time_range(c) for c in first.cells):
        return [TableRow(first.cells, first.index, header=True), *rows[1:]]
    return rows


def _columns(rows: list[TableRow]) -> tuple[int, int | None, int | None, int | None] | None:
    """Which columns hold the time, a kind label, the title and the speakers; None if no column holds times."""
    header = next((r for r in rows if r.header), None)
    body = [r for r in rows if not r.header]
    width = max((len(r.cells) for r in rows), default=0)
    counts = [sum(1 for r in body if c < len(r.cells) and time_range(r.cells[c])) for c in range(width)]
    names = [plain(header.cells[c]) if header and c < len(header.cells) else "" for c in range(width)]
    if not counts or max(counts) < 1 or (max(counts) < 2 and not any(has_word(n, "time") for n in names)):
        return None
    time_col = counts.index(max(counts))
    rest = [c for c in range(width) if c != time_col and any(c < len(r.cells) and r.cells[c] for r in body)]
    speaker = next((c for c in rest if has_word(names[c], "speaker", "speakers", "presenter", "presenters", "who")
                    and not has_word(names[c], "title", "topic", "talk")), None)  # fmt: skip
    if speaker is None and len(rest) > 1:  # no header says it: the column whose cells all name people
        speaker = next((c for c in rest[1:] if len(cells := [r.cells[c] for r in body if c < len(r.cells) and
                        plain(r.cells[c])]) > 1 and all(people_line(plain(t)) for t in cells)), None)  # fmt: skip
    kind = next((c for c in rest if has_word(names[c], "type", "kind", "format")), None)
    named = next((c for c in rest if c != speaker and has_word(names[c], "title", "topic", "talk")), None)
    if kind is None and named is not None:  # "Session | Speaker | Title": what is not the title labels the row
        kind = next((c for c in rest if c not in (speaker, named) and has_word(names[c], "session", "event")), None)
    if kind is None:
        for c in rest:
            cells = [r.cells[c] for r in body if c < len(r.cells) and r.cells[c].strip()]
            labels = [t for t in cells if exact_kind(emoji_prefix(plain(t))[1]) or has_word(t, "session")]
            titled = [t for t in cells if all(split_label(t)[:2])]  # "**Invited Talk 1:** A Title": titles here
            mostly_labels = len(labels) >= 0.6 * len(cells) and len(titled) < 0.2 * len(cells)
            if c != speaker and cells and mostly_labels and len(rest) > 1:
                kind = c
                break
    if named is not None and kind is not None and named != kind:
        return time_col, kind, named, speaker
    title = next((c for c in rest if c not in (speaker, kind)), None)
    return time_col, kind, title, speaker


def _cell(row: TableRow, column: int | None) -> str:
    return row.cells[column].strip() if column is not None and column < len(row.cells) else ""


def _is_rule(row: TableRow) -> bool:
    return all(re.fullmatch(r":?-{2,}:?", plain(c)) or not plain(c) for c in row.cells)


_Times = tuple[values.ClockTime, values.ClockTime | None] | None  # a row's start and end, if written


@dataclass
class _Table:
    """One table as it is read, row after row: where it is, its columns, and what the rows read so far leave
    open (the session the next talks join, the item a following row may complete)."""

    page: JekyllPage
    day: dt.date | None
    invited: set[str]
    out: Schedule
    columns: tuple[int | None, ...]  # time, kind, title, speaker
    body: list[TableRow]
    twelve: bool  # every time written on a 12-hour clock without am/pm
    kinds_after: bool = False  # most titles followed by their kind, "Title (Keynote)": the others' "(...)" is a label
    session: Session | None = None
    last: Draft | None = None


def read_table(page: JekyllPage, rows: list[TableRow], day: dt.date | None, invited: set[str], out: Schedule) -> bool:
    """Add the rows of one table to ``out``; False if it is not a schedule."""
    rows = header_row(rows)
    columns = _columns(rows)
    if columns is None:
        return False
    header = next((r for r in rows if r.header), None)
    if header:
        out.zone_texts.append((" ".join(plain(c) for c in header.cells), page.where(header.index)))
    first_entry = len(out.entries)
    body = [r for r in rows if not r.header and not _is_rule(r)]
    written = [t for r in body if (t := time_range(_cell(r, columns[0])))]
    twelve = all(_bare_hour(t) or t.hour == 12 for times in written for t in times if t)  # "01:00" for 1pm
    titles = [plain(c) for r in body if (c := _cell(r, columns[2]))]
    after = [m for t in titles if (m := _KIND_AFTER.match(t)) and exact_kind(m.group(2))]
    table = _Table(page, day, invited, out, columns, body, twelve, len(after) >= max(2, 0.6 * len(titles)))
    for position, row in enumerate(body):
        _read_row(table, position, row)
    _titles_like_their_label(out.entries[first_entry:], out)
    _drop_empty_sessions(out)
    return True


def _row_times(table: _Table, row: TableRow, where: str) -> tuple[str, _Times]:
    """A row's time as written, and as read (a 12-hour table's afternoon times moved to the afternoon)."""
    out, key = table.out, (table.page.rel, table.day)
    time_text = plain(_cell(row, table.columns[0]))
    times = time_range(time_text)
    if times and table.twelve and (fixed := afternoon(times, out.clock.get(key))) != times:
        read = fixed[0].text + (f"-{fixed[1].text}" if fixed[1] else "")
        out.notes.append(Note(where, f"time '{time_text}' read as {read}, in the afternoon", guess=True))
        times = fixed
    if times:
        out.clock[key] = times[0].minutes
    return time_text, times


def _read_row(table: _Table, position: int, row: TableRow) -> None:
    """Add what one row of the table says to the schedule."""
    out, day = table.out, table.day
    _, kind_col, title_col, speaker_col = table.columns
    where = table.page.where(row.index)
    time_text, times = _row_times(table, row, where)
    label_cell, main, who = _cell(row, kind_col), _cell(row, title_col), _cell(row, speaker_col)
    if not (label_cell or main or who):
        return
    if not who and (bulleted := _bulleted(main)):  # before the cell's links are taken out: each talk has its own
        _bulleted_session(table, where, plain(label_cell) or None, times, *bulleted)
        return
    shown = _shortened(" | ".join(plain(c) for c in row.cells if plain(c)))
    cells = [cell_links(c) for c in (label_cell, main, who)]
    label_cell, main, who = (c.text for c in cells)
    web = {k: v for c in cells for k, v in c.web.items()}
    out.notes += [Note(where, f"schedule row '{shown}': link to the file '{f}' of the old site left out")
                  for c in cells for f in c.files]  # fmt: skip
    if time_text and not times:
        if all(is_placeholder(p) or not p for p in (label_cell, main, who)) or re.fullmatch(r"[A-Z:x]+", time_text):
            out.notes.append(Note(where, f"schedule row '{shown}': '{time_text}' is not a time: left out"))
            return
        out.notes.append(Note(where, f"schedule row '{shown}': '{time_text}' is not a time: imported without one"))
    talks = lines(main)
    if not label_cell and not who and len(talks) > 1 and all(kind_of(split_label(t)[0] or "")[0] for t in talks):
        _talks_one_after_another(table, where, talks, times)
        return
    emoji, main = emoji_prefix(main)
    label_emoji, label_cell = emoji_prefix(label_cell)
    emoji = emoji or label_emoji
    label = plain(label_cell) or None
    main = _without_number_label(main) if label else main  # without a label, the number's words are the label
    named = None
    if not label:
        label, main, named = split_label(main)
        if label is None and table.kinds_after and (after := _KIND_AFTER.match(main)) and plain(after.group(1)):
            label, main = plain(after.group(2)), after.group(1).strip()  # "Lunch (Lunch and Poster Walk-Around)"
    elif (inner := split_label(main))[0] and inner[1] and inner[2] is None and exact_kind(inner[0]) \
            and exact_kind(inner[0]) == kind_of(label)[0] and plain(main).startswith(f"{inner[0]}:"):  # fmt: skip
        main = inner[1]  # "Contributed Talk | *Orals 1: Title*": the cell repeats the row's kind
    several = talks_in(main) if not who else []
    if len(several) > 1 and all(t.title for t in several):
        _talks_of_one_slot(table, where, label, times, emoji, several, web)
        return
    following = table.body[position + 1] if position + 1 < len(table.body) else None
    next_untimed = following is not None and not time_range(_cell(following, table.columns[0]))
    numbered = re.match(r"^\s*(\d+)[.)]\s+(.+)$", plain(main))
    if not times and _follows_up(table, where, label, main, who, numbered):
        return
    sessionish = label is not None and has_word(label, "session", "sessions") and exact_kind(label) != "poster" \
        and not (kind_of(label)[0] == "panel" and (main or who))  # "Panel Session | **Topic** Ann, Bo": a panel
    if sessionish or (label and not exact_kind(label) and not main and not who and next_untimed and
                      not kind_of(label)[0]):  # fmt: skip
        table.session = Session(plain(label or ""), where, times[0] if times else None, emoji, [], day)
        out.entries.append(table.session)
        table.last = None
        return
    item = _item(where, label, main, who, emoji, day, table.invited, table.session is not None and not times, named)
    last = table.last
    if not times and table.session is None and last is not None and last.time and item.speakers and last.speakers:
        times = (last.time, last.end)  # "| | **Cy Li** – Title |" under "| 16:20 - 16:50 | **Bo Wu** – Title |"
        out.notes.append(Note(where, f"schedule row '{shown}': no time of its own, read as a talk of the "
                              f"{last.time.text} slot above", guess=True))  # fmt: skip
    item.links = web
    item.notes += row.extra
    if read := _shown_speaker(item, table.invited):
        out.notes.append(Note(where, f"schedule row '{read}': read as {item.speakers[0].name}, a speaker the site "
                              f"shows, of {item.speakers[0].affiliation}", guess=True))  # fmt: skip
    out.notes += [Note(where, f"schedule row '{shown}': link to '{target}' of the old site left out")
                  for target in _local_links(main, who)]  # fmt: skip
    if item.title and len(item.title) > LONG_TITLE:
        out.notes.append(Note(where, f"schedule row '{time_text} {label or ''}': a title of {len(item.title)} "
                              f"characters, '{item.title}', may hold speakers, an abstract or several talks",
                              guess=True))  # fmt: skip
    _place(table, item, times)


def _without_number_label(text: str) -> str:
    """``"*Orals 3: Title*"``, ``"*Keynote 1:*"``: a kind and a number that count the talks of the day, not a title."""
    found = re.match(r"(\W*)([A-Za-z][A-Za-z ]{1,30}?)\s+\d{1,2}\s*:\s*(.*)", text, re.DOTALL)
    if not found or not exact_kind(found.group(2)):
        return text
    rest = found.group(3)
    return found.group(1) + rest if rest.strip(" *_\n") and not rest.startswith(("*", "_")) else rest.lstrip("*_ ")


def _shown_speaker(item: Draft, invited: set[str]) -> str | None:
    """``"Vuyo Makhuvha - August Robotics"``: a title that is a speaker the site shows, then what they are of,
    is that speaker's talk; the text so read, if it was."""
    found = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", item.title or "")
    if item.speakers or not found or found.group(1).lower() not in invited:
        return None
    read, item.title = item.title, None
    item.speakers, item.untitled = [PersonText(found.group(1), found.group(2))], item.kind in (*TALKS, "panel")
    return read


def _talks_one_after_another(table: _Table, where: str, talks: list[str], times: _Times) -> None:
    """"Invited Talk: Ann Lee<br/>Invited Talk: Bo Wu": several talks in one cell, one after the other."""
    for number, talk in enumerate(talks):
        label, rest, named = split_label(talk)
        item = _item(where, label, rest, "", None, table.day, table.invited, False, named)
        item.time, item.end = times if times and number == 0 else (None, None)
        table.out.entries.append(item)
    table.session, table.last = None, None


_BULLET = re.compile(r"^[•·▪◦‣∙–-]\s+(.+)$")


def _bulleted(text: str) -> tuple[str, list[str]] | None:
    """``"Lightning Talks<br>• Title A | [PDF](a.pdf)<br>• Title B"``: a line, then lines that are bullets (not
    only names: ``"Panel<br>- Ann Lee<br>- Bo Wu"`` lists people)."""
    first, *rest = lines(text) or [""]
    found = [_BULLET.match(line) for line in rest]
    if not rest or not all(found) or _BULLET.match(first):
        return None
    if all(m and people_line(m.group(1)) for m in found):
        return None
    return first, [m.group(1) for m in found if m]


def _bulleted_session(table: _Table, where: str, label: str | None, times: _Times, title: str,
                      bullets: list[str]) -> None:  # fmt: skip
    """A slot whose cell lists its talks as bullets under a title: a session of those talks, each with the links
    that follow it (``Title | [PDF](...) | [Video](...)``)."""
    session = Session(plain(title) or label or "Talks", where, times[0] if times else None, None, [], table.day)
    kind = _session_kind(session)
    for bullet in bullets:
        head, *after = [part.strip() for part in re.split(r"\s+\|\s+", bullet)]
        found = cell_links("\n".join(after))
        item = Draft(where, kind, title=plain(head), links=found.web, day=table.day)
        item.notes += [plain(line) for line in lines(found.text)]
        table.out.notes += [Note(where, f"schedule row '{plain(head)}': link to the file '{f}' of the old site left "
                                 "out") for f in found.files]  # fmt: skip
        session.items.append(item)
    table.out.entries.append(session)
    table.session, table.last = None, None


def _talks_of_one_slot(table: _Table, where: str, label: str | None, times: _Times, emoji: str | None,
                       several: list[Talk], web: dict[str, str]) -> None:  # fmt: skip
    """"*Title*<br>**Ann Lee** (MIT)<br><br>*Title*<br>**Bo Wu**": the talks of one slot, under its label."""
    kind = kind_of(label)[0] if label else None
    session = Session(label or "Talks", where, times[0] if times else None, emoji, [], table.day)
    session.items = [Draft(where, kind if kind in TALKS else "talk", title=t.title, speakers=t.people,
                           notes=t.abstract, day=table.day) for t in several]  # fmt: skip
    session.items[0].links = web
    table.out.entries.append(session)
    table.session, table.last = None, None


def _follows_up(table: _Table, where: str, label: str | None, main: str, who: str,
                numbered: re.Match[str] | None) -> bool:
    """Whether a row without a time completes what the rows before it began (the talk a label row announced,
    a panel's people, a session's numbered talks, a talk's title or a note in italics); it then has."""
    last, session = table.last, table.session
    if not label and last is not None and last.waiting:  # the talk a label row announced
        people, title = _speakers(who) if who else ([], None)
        announced = _who_and_title(main) if not who else Talk(plain(main) or None, [])
        last.title, last.speakers, last.link = title or announced.title, people or announced.people, _one_link(main)
        last.notes += announced.abstract
        last.waiting = False
        return True
    if not label and last is not None and last.kind == "panel" and not numbered:
        people, _ = _speakers(main or who)
        if people:
            last.speakers += people
            return True
    if numbered and last is not None and (session is None or last not in session.items):
        # "| | 1. Paper title |" under "| 16:00 | Oral presentations |": the talks of a session
        session = Session(last.title or last.label or "Session", last.where, last.time, last.emoji, [], last.day)
        _replace(table.out, last, session)
        table.session, table.last = session, None
        last = None
    if numbered and session is not None:
        item = Draft(where, session.items[0].kind if session.items else _session_kind(session), title=numbered.group(2))
        session.items.append(item)
        return True
    if not label and not who and last is not None and len(plain(main)) > LONG_TITLE and \
            not any(map(people_line, lines(main))):  # fmt: skip
        last.notes.append(plain(main))  # the paragraphs under a talk, in a row of their own: its abstract
        return True
    if not label and not who and last is not None and re.fullmatch(r"\*[^*].*\*|_.*_", main.strip()):
        if last.untitled:  # "| 09:00 | Keynote: **Ann Lee** |" then "| | *The talk's title* |"
            last.title, last.untitled = plain(main), False
        else:
            last.notes.append(plain(main))  # "*RSVP on Partiful to get a ticket!*"
        return True
    return False


def _place(table: _Table, item: Draft, times: _Times) -> None:
    """Put a row's item in the session it belongs to, or in the schedule after the rest."""
    session = table.session
    if times:
        item.time, item.end = times
    if session is not None and item.kind in TALKS and (not times or _same_family(session, item)):
        session.items.append(item)
    else:
        table.session = None
        table.out.entries.append(item)
    table.last = item


def _drop_empty_sessions(out: Schedule) -> None:
    for entry in list(out.entries):
        if isinstance(entry, Session) and not entry.items:
            out.notes.append(Note(entry.where, f"schedule row '{entry.title}' is a heading with no talks under it:"
                                  " left out"))  # fmt: skip
            out.entries.remove(entry)


def afternoon(times: tuple[values.ClockTime, values.ClockTime | None], before: int | None,
              ) -> tuple[values.ClockTime, values.ClockTime | None]:  # fmt: skip
    """``12:00-01:00`` then ``01:00-01:35``, in a table whose times are all written on a 12-hour clock without
    am/pm: a time that would go back in the day is in the afternoon."""
    start, end = times
    if before is not None and _bare_hour(start) and start.minutes < before <= start.minutes + 720:
        start = values.ClockTime(start.hour + 12, start.minute, f"{start.hour + 12}:{start.minute:02d}")
    if end and _bare_hour(end) and end.minutes < start.minutes <= end.minutes + 720:
        end = values.ClockTime(end.hour + 12, end.minute, f"{end.hour + 12}:{end.minute:02d}")
    return start, end


def _bare_hour(time: values.ClockTime) -> bool:
    """Written with an hour of 1 to 11 and no am/pm: it could be either half of the day."""
    return 1 <= time.hour <= 11 and not re.search(r"[ap]\.?m|noon|midnight", time.text, re.IGNORECASE)


def _titles_like_their_label(entries: list[Draft | Session], out: Schedule) -> None:
    """``**Contributed talk**: Multiresolution Textual Inversion`` reads like a name, but the table's other
    "Contributed talk" rows give titles there: it is a title too (a guess, reported)."""
    drafts = [d for e in entries for d in (e.items if isinstance(e, Session) else [e])]
    for draft in drafts:
        if draft.said is None or draft.title is not None or len(draft.speakers) != 1 or draft.speakers[0].affiliation:
            continue
        alike = [d for d in drafts if d is not draft and d.said and _bare(d.said) == _bare(draft.said)]
        if len([d for d in alike if d.title and not d.speakers]) >= 2 and not any(not d.title for d in alike):
            name = draft.speakers[0].name
            draft.title, draft.speakers, draft.untitled = name, [], False
            out.notes.append(Note(draft.where, f"schedule row '{draft.said}: {name}': '{name}' read as a title, as "
                                  f"in the other '{draft.said}' rows, not as a speaker", guess=True))  # fmt: skip


def _shortened(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _same_family(session: Session, item: Draft) -> bool:
    """A timed talk stays in the session if it is of the session's kind (orals and spotlights go together)."""
    family = {"oral": "contributed", "spotlight": "contributed"}
    kinds = {family.get(i.kind, i.kind) for i in session.items}
    return not kinds or family.get(item.kind, item.kind) in kinds


def _all(items: list[Item]) -> list[Item]:
    return [e for i in items for e in (i, *_all(i.children))]


def _session_kind(session: Session) -> str:
    kind, _ = kind_of(session.title)
    return kind if kind in TALKS else "talk"


def _replace(out: Schedule, old: Draft, new: Session) -> None:
    for i, entry in enumerate(out.entries):
        if entry is old:
            out.entries[i] = new
            return
        if isinstance(entry, Session) and old in entry.items:
            entry.items.remove(old)
            index = out.entries.index(entry)
            out.entries.insert(index + 1, new)
            return


def _item(where: str, label: str | None, main: str, who: str, emoji: str | None, day: dt.date | None,
          invited: set[str], in_session: bool, named: str | None = None) -> Draft:  # fmt: skip
    item = Draft(where, emoji=emoji, day=day)
    if label and named is None and not who and not kind_of(label)[0] and len(people_in(label)) == 1 \
            and (label.lower() in invited or looks_like_name(label)):  # fmt: skip
        label, named = None, label  # "**Ann Lee** -- Title", "**Ann Lee**": a talk by Ann Lee
    main, said_main = attendance(main)
    who, said_who = attendance(who)
    item.notes += said_main + said_who
    kind, guessed = kind_of(label) if label else kind_of(main)
    link = _one_link(main)
    if named is not None:  # "**Talk** (Ann Lee): Title": the people and the title apart already
        people, title = _speakers(named)[0], (plain(main) or None)
    elif who:
        people, title = [], plain(lines(main)[0]) if main.strip() else None
        item.notes += [plain(line) for line in lines(main)[1:]]  # "<details><summary>Title</summary>Abstract"
    else:
        talk = _who_and_title(main)
        people, title = talk.people, talk.title
        item.notes += talk.abstract
        if title and title.lower() in invited and len(people) == 1 and people[0].name.lower() not in invited:
            # "**Ann Lee**<br>Ambient Diffusion": the bold line is a speaker the site shows, so the other is the title
            people, title = [PersonText(title, None, None)], people[0].name
    if who:
        listed, said = _speakers(who)
        if listed:
            people, title = people + listed, title or said
        elif not title and not is_placeholder(who) and not is_group(who) and not _italic(who):
            title = plain(who)  # "| 10:30am | Oral | FPTQuant: ... |": the title in the speaker column
        elif not is_placeholder(who):
            item.notes.append(plain(who))
    if kind is None:
        kind = "invited" if in_session and any(p.name.lower() in invited for p in people) else "talk"
        guessed = False
    item.kind = kind
    if guessed:
        item.guessed = label or plain(main)
    item.waiting = bool(label and exact_kind(label) in TALKS and not title and not people and not main and not who)
    item.untitled = title is None and kind in (*TALKS, "panel")
    item.said = label if label and main and named is None and not who else None
    if title is None and label and not (people and kind in TALKS):
        title = label  # "Coffee break"; but "Invited Talk: Ann Lee" is a talk by Ann Lee, under its kind's label
    elif label and not exact_kind(label) and not kind_of(label)[0]:
        item.label = label
    elif label and kind in TALKS and set(words(_bare(label))) - {*words(values.KIND_LABEL[kind]), *_TALK_WORDS}:
        item.label = plain(label)  # "Contributed Talk", "Tutorial": the site's word for the kind, which "Oral" is not
    sentences = re.match(r"([^.]{3,60})\.\s+(.+)$", title or "")
    if sentences and exact_kind(sentences.group(1)):  # "Poster Session. Poster boards are listed here."
        title = sentences.group(1)
        item.notes.append(sentences.group(2))
    named_links = {" ".join(plain(label).lower().split()): url for label, url in _LINK.findall(main)}
    people = [p._replace(url=named_links.get(" ".join(p.name.lower().split()))) if p.url is None else p for p in people]
    link = named_links.get(" ".join((title or "").lower().split())) or link  # "[Ann Lee](home): [Title](paper)"
    if link and any(p.url == link for p in people):  # a speaker's page, not the talk's
        link = None
    item.title, item.speakers, item.link = title, people, link
    said = plain(" ".join(filter(None, [named, main, who])))
    moderated = " ".join(found.group(1) or found.group(2) for found in _MODERATED.finditer(said))
    item.moderators = {p.name for p in people if p.name in moderated}
    return item


_MODERATED = re.compile(r"(?:moderated|chaired|hosted)\s+by\s+([^;()]+)|moderators?\s*:\s*([^;()]+)", re.IGNORECASE)


def _local_links(*texts: str) -> list[str]:
    """``[Title](assets/pdf/paper.pdf)``: the targets of links to the old site, which a row does not keep."""
    return [target for text in texts for _, target in re.findall(r"\[([^\]]*)\]\(([^)\s]+)\)", text)
            if not re.match(r"[a-z][a-z0-9+.-]*:", target)]  # fmt: skip


def _italic(text: str) -> bool:
    return bool(re.fullmatch(r"\*[^*].*\*|_.*_", text.strip()))


def _one_link(text: str) -> str | None:
    links = _LINK.findall(text)
    return links[0][1] if len(links) == 1 else None


_LEADING_TIME = re.compile(r"^\s*(\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:-{1,2}|–|—|to)\s*\d{1,2}[:.h]\d{2}"
                           r"\s*(?:[ap]\.?m\.?)?)?)\s*(?:[|:–—-]\s*)?(.*)$", re.IGNORECASE | re.DOTALL)  # fmt: skip


def list_rows(items: list[Item]) -> list[TableRow]:
    """A schedule written as a list ("- 09:05 - 09:35 *Keynote:* Title, Speaker"), as rows of a table.

    An item without a time whose sub-items have times heads them, as a session row would."""
    rows = [TableRow(["Time", "Event"], items[0].index if items else 0, header=True)]
    for item in items:
        found = _LEADING_TIME.match(item.text)
        if found and time_range(found.group(1)):
            rows.append(TableRow([found.group(1), found.group(2)], item.index))
        elif item.children:
            rows.append(TableRow(["", f"**{plain(item.text)}**"], item.index))
        else:
            rows.append(TableRow(["", item.text], item.index))
        rows += list_rows(item.children)[1:]
    return rows


_FIELD = re.compile(r"^\*\*(titles?|topic|speakers?|panelists?|moderators?|chairs?|hosts?)\s*:?\s*\*\*\s*:?\s*(.+)$",
                    re.IGNORECASE)  # fmt: skip
_BOLD_TIME = re.compile(r"^\*\*([^*]+)\*\*\s*(.*)$", re.DOTALL)


def _timed(text: str) -> tuple[str, str] | None:
    """``"**08:30 - 09:15** — Invited talk"``, ``"13:00 - 13:10 Title by Ann Lee"``: the time and what follows."""
    bold = _BOLD_TIME.match(text.strip())
    if bold and time_range(plain(bold.group(1))):
        return plain(bold.group(1)), re.sub(r"^(?:\s*[-–—:|]\s*)+", "", bold.group(2))
    found = _LEADING_TIME.match(text)
    return (found.group(1), found.group(2).strip()) if found and time_range(found.group(1)) else None


def _paragraph_row(text: str, index: int) -> TableRow | None:
    """``"**08:30 - 09:15** — Invited talk\n**Speaker:** Ann Lee\n**Title:** A Title"``: a row of a table with
    the columns Time, Type, Title, Speakers."""
    first, *rest = lines(text)
    timed = _timed(first)
    if timed is None:
        return None
    time, label = timed
    title, people, more = "", [], []
    for line in rest:
        field = _FIELD.match(line)
        if field and has_word(field.group(1), "title", "titles", "topic"):
            title = field.group(2)
        elif field:
            people.append(f"{field.group(1)}: {field.group(2)}")
        else:
            more.append(line)
    if not title:
        label, title = "", "\n".join([label, *more])
    return TableRow([time, label, title, "\n".join(people)], index)


def _details_rows(body: str, block: Block) -> list[TableRow]:
    """The timed lines of an HTML block (``<details>`` listing the talks of the row above): rows."""
    rows = []
    assert block.element is not None
    for element in block.element.walk()[1:]:
        if element.tag != "details":
            continue
        text = rich_html(re.sub(r"<summary>.*?</summary>", "", element.inner(body), flags=re.DOTALL))
        offset = element.line
        for number, line in enumerate(lines(text)):
            timed = _timed(line)
            if timed:
                rows.append(TableRow([timed[0], "", timed[1], ""], offset + min(number, element.end_line - offset)))
    return rows


def paragraph_tables(body: str, blocks: list[Block]) -> list[Block]:
    """A schedule written as paragraphs, one a row (``**08:30 - 09:15** — Invited talk<br>**Speaker:** ...``),
    with the talks of a row in a ``<details>`` under it: one table a run of three or more such paragraphs."""
    out: list[Block] = []
    run: list[Block] = []

    def flush() -> None:
        timed = [b for b in run if b.kind == "paragraph"]
        if len(timed) < 3:
            out.extend(run)
        else:
            rows = [TableRow(["Time", "Type", "Title", "Speakers"], run[0].start, header=True)]
            for b in run:
                row = _paragraph_row(b.text, b.start) if b.kind == "paragraph" else None
                rows += [row] if row else _details_rows(body, b) if b.kind == "html" else []
            out.append(Block("table", run[0].start, run[-1].end, rows=rows))
        run.clear()

    for block in blocks:
        if block.in_html and run:
            continue  # inside the <details> of the run
        timed_paragraph = block.kind == "paragraph" and not block.in_html and bool(block.text.strip()) and \
            _timed(lines(block.text)[0]) is not None  # fmt: skip
        details = block.kind == "html" and bool(run) and block.element is not None and \
            bool(block.element.find_all("details"))  # fmt: skip
        if timed_paragraph or details:
            run.append(block)
        else:
            flush()
            out.append(block)
    flush()
    return out


def definition_tables(blocks: list[Block]) -> list[Block]:
    """A schedule written as a definition list (``Tuesday, Jan 3`` then ``: 9:00 AM - 10:00 AM`` and ``: Ann Lee
    (MIT)``): its term a heading, each time with the definition after it a row of a table, a definition before the
    first time a session's title. Two times at least, or the paragraph stays a paragraph."""
    out: list[Block] = []
    for block in blocks:
        said = block.text.split("\n") if block.kind == "paragraph" and not block.in_html else []
        definitions = [line[1:].strip() for line in said[1:] if line.startswith(":")]

        def bare_time(text: str) -> str | None:
            found = _LEADING_TIME.match(plain(text))
            return found.group(1) if found and time_range(found.group(1)) and not found.group(2).strip() else None

        if len(said) < 3 or len(definitions) != len(said) - 1 or sum(map(bool, map(bare_time, definitions))) < 2:
            out.append(block)
            continue
        rows = [TableRow(["Time", "Event"], block.start + 1, header=True)]
        time: tuple[str, int] | None = None
        for index, text in enumerate(definitions, block.start + 1):
            if found := bare_time(text):
                if time:
                    rows.append(TableRow([time[0], ""], time[1]))
                time = (found, index)
            elif text and time:
                rows.append(TableRow([time[0], text], time[1]))
                time = None
            elif text:
                rows.append(TableRow(["", f"**{plain(text)}**"], index))
        if time:
            rows.append(TableRow([time[0], ""], time[1]))
        out += [Block("heading", block.start, block.start + 1, text=said[0], level=6),
                Block("table", block.start + 1, block.end, rows=rows)]  # fmt: skip
    return out


def class_tables(body: str, blocks: list[Block]) -> list[Block]:
    """A schedule written as HTML elements whose parts are named by their class (``<span class="time">``): a
    table over the lines of the element holding them, right after the HTML block it is in."""
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        found = class_rows(body, block.element) if block.kind == "html" and block.element is not None else None
        if found:
            holder, rows, _ = found
            out.append(Block("table", holder.line, holder.end_line + 1, rows=rows, element=holder))
    return out


def find_schedule(pages: list[JekyllPage], invited: set[str], year: int | None) -> Schedule:
    """Every schedule table of the pages, in order; a table under a heading with a date is that day's."""
    out = Schedule()
    named = [p for p in pages if has_word(f"{p.title} {p.url}", *SCHEDULE_WORDS)]
    for page in named or pages:  # a page called "schedule" holds the schedule; times elsewhere are prose
        blocks = class_tables(page.body, definition_tables(paragraph_tables(page.body, parse(page.body))))
        for number, block in enumerate(blocks):
            if block.kind == "list" and not block.in_html:
                timed = [
                    i for i in _all(block.items) if (m := _LEADING_TIME.match(plain(i.text))) and time_range(m.group(1))
                ]
                if len(timed) < 3:
                    continue
                block.rows = list_rows(block.items)
            elif block.kind != "table" or not block.rows:
                continue
            heading = next((b for b in reversed(blocks[:number]) if b.kind == "heading"), None)
            section = [b for b in blocks[:number] if heading is None or b.start >= heading.start]
            texts = [plain(b.text) for b in section if b.kind in ("heading", "paragraph")]
            dates = [d for t in texts for d in find_dates(t, year) if d.first.year > 1]
            day = dates[0].first if dates else None  # "## Nov. 9 (Day 2)", "**Saturday 7th December 2025**"
            read_before = len(out.entries)
            counted = re.search(r"\bday\s*(\d)\b", " ".join(texts[:1]), re.IGNORECASE) if day is None else None
            if counted:
                out.clock.pop((page.rel, None), None)  # "Day 2": its morning is not the afternoon of the day before
            over = _headings_over(blocks[:number], heading)
            if day is None and not counted:  # "### July 27, 2024 (CET)" over "**Schedule**" over the table
                days = [d for h in over for d in find_dates(plain(h.text), year) if d.first.year > 1]
                day = days[0].first if len(days) == 1 and days[0].last is None else None
            if read_table(page, block.rows, day, invited, out):
                if counted and heading:
                    out.numbered.append((int(counted.group(1)), page.where(heading.start), out.entries[read_before:]))
                out.shown.append((page, block.start, block.end))
                before = [b for b in blocks[:number] if b.kind in ("paragraph", "other")
                          and (heading is None or b.start > heading.start)]  # fmt: skip
                source = page.body.split("\n")
                out.zone_texts += [(plain(b.text or " ".join(source[b.start : b.end])), page.where(b.start))
                                   for b in before]  # fmt: skip  # "> NOTE: Times are shown in ..." too
                if heading:
                    out.zone_texts.append((plain(heading.text), page.where(heading.start)))
                out.zone_texts += [(plain(h.text), page.where(h.start)) for h in over]
                if page.meta.get("description"):
                    out.zone_texts.append((str(page.meta["description"]), f"{page.rel}:1"))
                if isinstance(day, dt.date):
                    out.days.append(day)
    out.unread = unread_times(named or pages, out.shown)
    out.notes += out.unread
    return out


def _headings_over(blocks: list[Block], heading: Block | None) -> list[Block]:
    """The headings a heading stands under, the nearest first: each earlier one of a higher rank."""
    over: list[Block] = []
    level = heading.level if heading else 0
    for block in reversed(blocks):
        if heading and block.kind == "heading" and block.start < heading.start and block.level < level:
            over.append(block)
            level = block.level
    return over


def _timed_line(text: str) -> bool:
    """``"| 09:00 - 09:40 | Keynote |"``, ``"9:00 Opening"``: a time, then words."""
    found = _LEADING_TIME.match(text.strip(" |*-•+"))
    return bool(found and time_range(found.group(1)) and re.search(r"[^\W\d_]{3}", found.group(2)))


def unread_times(pages: list[JekyllPage], read: list[tuple[JekyllPage, int, int]]) -> list[Note]:
    """Lines and table rows that start with a time but are in no schedule read: reported, they stay as written."""
    notes = []
    for page in pages:
        regions = [(start, end) for shown, start, end in read if shown is page]
        for block in parse(page.body):
            if any(start <= block.start < end for start, end in regions):
                continue
            if block.kind == "table":
                texts = [(row.index, " | ".join(plain(c) for c in row.cells if plain(c))) for row in block.rows]
            elif block.kind in ("paragraph", "list") and not block.in_html:
                texts = [(i, plain(line)) for i, line in enumerate(page.body.split("\n")[block.start : block.end],
                                                                    block.start)]  # fmt: skip
            else:
                continue
            if any(_timed_line(t) for _, t in texts):
                notes += [Note(page.where(i), f"'{t}': a line of a schedule (it or a line near it starts with a "
                               "time) not read as a schedule row: kept as written") for i, t in texts
                          if re.search(r"[^\W\d_]{3}", t)]  # fmt: skip
    return notes
