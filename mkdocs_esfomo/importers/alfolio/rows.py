"""A schedule's table read row by row: each row's times, kind, title, speakers and links, the rows that only say
more of the one above, and the sessions the rows fall into (which column holds what: columns.py; a title cell of
several talks: slot_talks.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .blocks import TableRow
from .cell_prose import described, prose_below
from .cells import Talk, cell_links, people_line
from .columns import DURATION, cell, is_rule, names_people, numbered, prepared, shortened, which_columns
from .jekyll import JekyllPage
from .kinds import LONG_TITLE, TALKS, exact_kind, kind_of
from .names import PersonText, is_placeholder, looks_like_name, people_in
from .program import (
    KIND_AFTER,
    Draft,
    Schedule,
    Session,
    cell_speakers,
    closing_bracket,
    kinds_follow,
    linked_kind,
    split_label,
    who_and_title,
)
from .report import Note
from .row_clauses import end_aside, featuring, linked_title_then_people, sponsor_lines
from .rows_together import drop_empty_sessions, titles_among_titles, titles_like_their_label
from .slot_talks import (
    Times,
    chairs_aside,
    headed,
    labelled_talks,
    session_kind,
    sessions_in_cell,
    talks_of_one_slot,
    talks_one_after_another,
)
from .subheads import relabelled, spilled
from .talk import as_read, one_link, read_item, says_more, shown_speaker
from .text import emoji_inside, emoji_prefix, has_word, lines, plain
from .when import afternoon, bare_hour, noon, placed_time, time_alone, time_range
from .zones import zone_after


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
    twelve: bool  # times written on a 12-hour clock, some or all without am/pm
    kinds_after: bool = False  # most titles followed by their kind, "Title (Keynote)": the others' "(...)" is a label
    session: Session | None = None
    last: Draft | None = None
    beside: int | None = None  # the column after the titles', under the same header (a cell spanning both)


def read_table(page: JekyllPage, rows: list[TableRow], day: dt.date | None, invited: set[str], out: Schedule,
               days: dict[int, dt.date] | None = None, lone: bool = False) -> bool:  # fmt: skip
    """Add the rows of one table to ``out``; False if it is not a schedule. ``days``: the day of each row that
    gives one, by its line (the rows after it are on that day too); ``lone``: one timed row may be a schedule."""
    rows = prepared(page, rows, out)
    columns = which_columns(rows, invited, lone)
    if columns is None or numbered(rows):
        return False
    body = relabelled(page, [r for r in rows if not r.header and not is_rule(r)], columns, out)
    body = chairs_aside(_labels_titling(spilled(body, columns), columns), columns)
    body = _stacked(page, body, columns, out)
    written = [t for r in body if (t := time_range(cell(r, columns[0])))]
    if written and written[0][0].minutes == 0 and not written[0][0].text.lower().endswith(("am", "pm")):
        # "0:00 to 0:15", "0:15 to 1:00": hours counted from the workshop's start, not the clock's: no schedule data
        last = (written[-1][1] or written[-1][0]).text
        said = f"a program timed from 0:00 to {last}: its times count from the workshop's start, not the clock"
        out.notes.append(Note(page.where(body[0].index), f"{said}: kept as text, not data",
                              last=page.line(body[-1].index)))
        return False
    header = next((r for r in rows if r.header), None)
    if header:
        out.zone_texts.append((" ".join(plain(c) for c in header.cells), page.where(header.index)))
    first_entry = len(out.entries)
    twelve = all(bare_hour(t) or t.hour == 12 for times in written for t in times if t) or any(  # "01:00" for 1pm
        re.search(r"[ap]\.?m", t.text, re.IGNORECASE) for times in written for t in times if t)  # "4:05 - CLOSE"
    # a table after one that wrote "18:30" on the same page: the page keeps a 24-hour clock ("09:10" is the morning)
    twelve = twelve and page.rel not in out.daylong
    if any(t.hour > 12 and not re.search(r"[ap]\.?m", t.text, re.IGNORECASE) for times in written for t in times if t):
        out.daylong.add(page.rel)
    titles = [plain(c) for r in body if (c := cell(r, columns[2]))]
    table = _Table(page, day, invited, out, columns, body, twelve, kinds_follow(titles))
    wide = columns[2] + 1 if header and columns[2] is not None and columns[2] + 1 not in columns else None
    table.beside = wide if header and wide is not None and wide < len(header.cells) \
        and not plain(header.cells[wide]) else None  # fmt: skip
    for position, row in enumerate(body):
        table.day = (days or {}).get(row.index, table.day)
        if not _session_heading(table, position, row):
            _read_row(table, position, row)
    titles_like_their_label(out.entries[first_entry:], out)
    titles_among_titles(page, out.entries[first_entry:], invited, out)
    drop_empty_sessions(out)
    return True


def _labels_titling(body: list[TableRow], columns: tuple[int | None, ...]) -> list[TableRow]:
    """``| Time | Program | Speaker | Title |`` whose row ``| 3-3:30 | Break and poster session | | |`` fills only
    its label cell: that cell is the row's title, unless the rows under it have no time of their own (then it
    heads them, a session)."""
    _, kind_col, title_col, speaker_col = columns
    if kind_col is None or title_col is None or kind_col == title_col:
        return body
    out = []
    for position, row in enumerate(body):
        following = body[position + 1] if position + 1 < len(body) else None
        timed = following is None or time_range(cell(following, columns[0])) is not None
        if plain(cell(row, kind_col)) and not plain(cell(row, title_col)) and not plain(cell(row, speaker_col)) \
                and timed and time_range(cell(row, columns[0])):  # fmt: skip
            cells = [*row.cells, *[""] * (max(kind_col, title_col) + 1 - len(row.cells))]
            cells[title_col], cells[kind_col] = cells[kind_col], ""
            row = TableRow(cells, row.index, row.header, row.extra)
        out.append(row)
    return out


def _stacked(page: JekyllPage, body: list[TableRow], columns: tuple[int | None, ...], out: Schedule,
             ) -> list[TableRow]:  # fmt: skip
    """``| 9:00-11:00<br>9:00-9:05<br>9:05-9:25 | Session I<br>Intro<br>Ann Lee |``: a row whose time cell stacks
    several times, one a line, beside a title cell of as many lines or more (no other cell filled): a row for each
    time, a line of the title cell each, the last time taking the lines left (a guess, named in the report)."""
    time_col, _, title_col, _ = columns
    read = []
    for row in body:
        stamps, said = lines(cell(row, time_col)), lines(cell(row, title_col))
        filled = [n for n, c in enumerate(row.cells) if plain(c) and n not in (time_col, title_col)]
        if title_col in (None, time_col) or len(stamps) < 2 or filled or len(said) < len(stamps) \
                or not all(time_range(stamp) for stamp in stamps):  # fmt: skip
            read.append(row)
            continue
        for number, stamp in enumerate(stamps):
            cells = list(row.cells)
            cells[time_col or 0], cells[title_col] = stamp, "\n".join(said[number:] if stamp is stamps[-1]
                                                                      else said[number : number + 1])  # fmt: skip
            read.append(TableRow(cells, row.index, row.header, row.extra if number == 0 else []))
        out.notes.append(Note(page.where(row.index), f"schedule row '{shortened(plain(said[0]))}': its "
                              f"{len(stamps)} times, one a line, read as as many rows, each beside the line of "
                              "the title cell at its height", guess=True))  # fmt: skip
    return read


def _row_times(table: _Table, row: TableRow, where: str) -> tuple[str, Times]:
    """A row's time as written, and as read (a 12-hour table's afternoon times moved to the afternoon)."""
    out, key = table.out, (table.page.rel, table.day)
    time_text = plain(cell(row, table.columns[0]))
    times = time_range(time_text)
    if times and (zone := zone_after(time_text)):  # "2:00 PM - 2:45 PM (UTC)"
        out.zone_texts.append((f"Time ({zone[1]})", where))
    if times is None and (placed := placed_time(time_text)):  # "北京09:00 (巴黎3:00, 纽约21:00)"
        times = time_range(placed[0])
        out.notes.append(Note(where, f"time '{time_text}' read as {placed[0]}, the first time written"
                              + (f", the clock of {placed[1]}" if placed[1] else ""), guess=True))  # fmt: skip
        if placed[1]:
            out.zone_texts.append((f"Time ({placed[1]})", where))
    if times and table.twelve and (fixed := afternoon(times, out.clock.get(key))) != times:
        read = fixed[0].text + (f"-{fixed[1].text}" if fixed[1] else "")
        out.notes.append(Note(where, f"time '{time_text}' read as {read}, in the afternoon", guess=True))
        times = fixed
    if times and (fixed := noon(times, out.clock.get(key))) != times:
        read = fixed[0].text + (f"-{fixed[1].text}" if fixed[1] else "")
        out.notes.append(Note(where, f"time '{time_text}' read as {read}, at noon: 12 AM, midnight, would go back "
                              "in the day", guess=True))  # fmt: skip
        times = fixed
    if times:
        out.clock[key] = times[0].minutes
    return time_text, times


def _title_first(table: _Table, row: TableRow, where: str, time_text: str, main: str) -> tuple[str, Times, str]:
    """``| Final remarks | 16:45 -- 17:00 |``: a row whose time cell holds its title and whose title cell holds its
    time alone, read the other way round (a guess, named in the report); any other row as it was."""
    swapped = time_alone(main)
    if not swapped:
        return time_text, None, main
    table.out.notes.append(Note(where, f"schedule row '{time_text} | {plain(main)}': its time written after its "
                                "title, read the other way round", guess=True))  # fmt: skip
    table.out.clock[(table.page.rel, table.day)] = swapped[0].minutes
    return plain(main), swapped, cell(row, table.columns[0])


def _row_end(table: _Table, position: int, row: TableRow) -> int:
    """The last line of the old page a row takes: up to the next row, or to its ``</tr>`` (a Markdown row: its line)."""
    if position + 1 < len(table.body):
        return table.page.line(max(row.index, table.body[position + 1].index - 1))
    source = table.page.body.split("\n")
    closing = next((i for i in range(row.index, min(len(source), row.index + 40)) if "</tr" in source[i].lower()),
                   row.index)  # fmt: skip
    return table.page.line(closing)


def _read_row(table: _Table, position: int, row: TableRow) -> None:
    """Add what one row of the table says to the schedule."""
    out, day = table.out, table.day
    _, kind_col, title_col, speaker_col = table.columns
    where = table.page.where(row.index)
    time_text, times = _row_times(table, row, where)
    label_cell, main, who = cell(row, kind_col), cell(row, title_col), cell(row, speaker_col)
    if time_text and not times and not plain(who):
        time_text, times, main = _title_first(table, row, where, time_text, main)
    if not (label_cell or main or who):
        if plain(time_text) and not times:
            _time_cell_alone(table, position, row, plain(time_text))
        return
    beside = cell(row, table.beside) if table.beside is not None else None
    if not who and sessions_in_cell(out, where, label_cell, main, times, day, beside, table.invited):
        return _closed(table)
    shown = shortened(" | ".join(plain(c) for c in row.cells if plain(c)))
    main, kind_web = linked_kind(main)
    talks = labelled_talks(emoji_inside(main)[1]) if not label_cell and not who else []  # with their own links
    cells = [cell_links(c) for c in (label_cell, main, who)]
    label_cell, main, who = (c.text for c in cells)
    local = _local_links(main, who)
    label_cell, main, who = (_SECTION_LINK.sub(r"\1", c) for c in (label_cell, main, who))  # their words, read
    web = {**kind_web, **{k: v for c in cells for k, v in c.web.items()}}
    end = _row_end(table, position, row)
    out.notes += [Note(where, f"schedule row '{shown}': link to the file '{f}' of the old site left out", last=end)
                  for c in cells for f in c.files]  # fmt: skip
    if time_text and not times and _not_a_time(out, where, shown, time_text, (label_cell, main, who)):
        return
    if len(talks) > 1:
        talks_one_after_another(out, where, talks, times, day, table.invited)
        return _closed(table)
    emoji, label, main, named, opened, under = _label_and_title(table, label_cell, main, bool(plain(who)), where)
    heading, several = headed(main) if not who else (None, [])
    if len(several) > 1 and all(t.title for t in several):
        talks_of_one_slot(out, where, heading or label, times, emoji, several, web, label, day)
        return _closed(table)
    following = table.body[position + 1] if position + 1 < len(table.body) else None
    next_untimed = following is not None and not time_range(cell(following, table.columns[0]))
    numbered = re.match(r"^\s*(\d+)[.)]\s+(.+)$", plain(main))
    if not times and _follows_up(table, where, label, main, who, numbered):
        return
    sessionish = label is not None and has_word(label, "session", "sessions") and exact_kind(label) != "poster" \
        and not (kind_of(label)[0] == "panel" and (main or who))  # "Panel Session | **Topic** Ann, Bo": a panel
    sessionish = sessionish and not (exact_kind(label or "") in TALKS and main and who)  # "Teaser Session: Title"
    then = time_range(cell(following, table.columns[0])) if following is not None else None
    if sessionish and times and ((times[1] and then and then[0].minutes >= times[1].minutes) or following is None):
        sessionish = False  # "14:55 - 15:35 | Coffee Break & Poster Session", then "15:35 | ...", or the last row
    # "**Poster Session Online**<br>Second poster session of the conference.": a slot that says what it is, no heading
    sessionish = sessionish and not any(described(u) for u in [*under, main])
    if sessionish or (label and not exact_kind(label) and not main and not who and next_untimed and
                      not kind_of(label)[0]):  # fmt: skip
        title, ends = end_aside(plain(label or ""))  # "Demonstrations (ends at 5:15pm)": when it ends, reported
        if ends:
            out.notes.append(Note(where, f"session '{title}': {ends}, not kept in the data"))
        table.session = Session(title, where, times[0] if times else None, emoji, [], day)
        out.entries.append(table.session)
        table.last = None
        return
    item = read_item(where, label, main, who, emoji, day, table.invited, table.session is not None and not times, named)
    _settle_title(item, label, main, who, row, opened)
    last = table.last
    if (not times and table.session is None and last and last.time and last.end and item.speakers and last.speakers
            and not _own_length(row)):  # fmt: skip
        times = (last.time, last.end)  # "| | Cy Li |" under "| 16:20 - 16:50 | Bo Wu |"; not under a start alone
        out.notes.append(Note(where, f"schedule row '{shown}': no time of its own, read as a talk of the "
                              f"{last.time.text} slot above", guess=True))  # fmt: skip
    item.links = web
    item.notes += [*under, *row.extra]
    if read := shown_speaker(item, table.invited):
        out.notes.append(Note(where, f"schedule row '{read}': read as {as_read(item)}", guess=True))
    out.notes += [Note(where, f"schedule row '{shown}': link to '{target}' of the old site left out", last=end)
                  for target in local]  # fmt: skip
    if item.title and len(item.title) > LONG_TITLE:
        out.notes.append(Note(where, f"schedule row '{time_text} {label or ''}': a title of {len(item.title)} "
                              f"characters, '{item.title}', may hold speakers, an abstract or several talks",
                              guess=True))  # fmt: skip
    _place(table, item, times)


def _settle_title(item: Draft, label: str | None, main: str, who: str, row: TableRow, opened: bool) -> None:
    """The title of a row's item where its label and its words say more than the item read: ``Lunch Break 🍲 Bento
    provided`` is the break's label, then a note; ``**Temporal Extensions** chaired by Ann Lee``, a row someone
    presides over, is a slot, not one person's talk: its only words, read as a name, are its title."""
    if opened and label and item.kind == "break" and item.title and item.title != label and not item.speakers:
        item.notes.insert(0, item.title)  # what follows a break's label says more of it
        item.title = label
    if item.title is None and len(item.speakers) == 1 and not who and _PRESIDED.match(" ".join(row.extra)) \
            and plain(f"{label or ''} {main}").strip(" *_") == item.speakers[0].name:  # fmt: skip
        item.title, item.speakers = item.speakers[0].name, []


def _not_a_time(out: Schedule, where: str, shown: str, time_text: str, cells: tuple[str, str, str]) -> bool:
    """A row whose time cell is no time (``TBD``, ``XX:XX``): whether it is left out, nothing but placeholders in
    it or a time not written yet in letters; else it is kept without a time. Either way said in the report."""
    unknown = is_placeholder(time_text)  # "TBD | Poster Session": a row whose time is not known yet, kept
    if all(is_placeholder(p) or not p for p in cells) or (re.fullmatch(r"[A-Z:x]+", time_text) and not unknown):
        out.notes.append(Note(where, f"schedule row '{shown}': '{time_text}' is not a time: left out"))
        return True
    out.notes.append(Note(where, f"schedule row '{shown}': '{time_text}' is not a time: imported without one"))
    return False


def _closed(table: _Table) -> None:
    """A slot read whole (its talks in one cell): the rows after it join no session and complete no item."""
    table.session, table.last = None, None


def _label_and_title(table: _Table, label_cell: str, main: str, who: bool = False, where: str = "",
                     ) -> tuple[str | None, str | None, str, str | None, bool, list[str]]:  # fmt: skip
    """A row's emoji, label, title cell, the name the label gave (``Keynote: Ann Lee``), whether the title cell
    opens with the label (``Lunch Break 🍲 Bento provided``), and what a line under a bold title adds to it
    (``**Poster Session**<br>and open discussion``, or who sponsors the slot, also named in the report), from its
    label cell and its title cell (``who``: a column of its own names the row's people)."""
    main, sponsored = sponsor_lines(main)
    table.out.notes += [Note(where, f"schedule row '{plain(main)}': '{said}' read as a note of the row, not its "
                             "title") for said in sponsored]  # fmt: skip
    main, under = _length_below(main)
    main, prose, giver = prose_below(main)
    under += prose
    continued = _CONTINUED.fullmatch(main.strip()) if not label_cell else None
    if continued and not ((by := _BY_NAMES.fullmatch(continued.group(2))) and people_in(plain(by.group(1)))):
        main, under = continued.group(1), [plain(continued.group(2))]
    elif (aside := _ASIDE.fullmatch(main.strip())) and closing_bracket(aside.group(2)) == len(aside.group(2)) - 1 \
            and not exact_kind(aside.group(2)[1:-1]) and not people_in(aside.group(2)[1:-1]):  # fmt: skip
        if _length_note(aside.group(2)[1:-1]):  # "**Invited Talk 1** (30 min)": the title as written, its length too
            main = f"{plain(aside.group(1))} {aside.group(2)}"
        else:
            main, under = aside.group(1), [plain(aside.group(2))]  # "**Poster Session** (Posters listed [here](/p))"
    inner_emoji, main = emoji_inside(main)
    emoji, main = emoji_prefix(main)
    emoji = emoji or inner_emoji
    label_emoji, label_cell = emoji_prefix(label_cell)
    emoji = emoji or label_emoji
    label = plain(label_cell) or None
    main = _without_number_label(main) if label else main  # without a label, the number's words are the label
    named, opened = None, False
    if not label and (linked_title_then_people(main) or featuring(main)):
        return emoji, None, main, None, False, under  # "[Title](/#talks) **Invited Speaker: Ann Lee**": no label
    if not label:
        cell, (label, main, named) = main, split_label(main)
        if label and named is None and (_titled_above(label, cell, main, who) or _remarks_titled(label, cell, main)):
            return emoji, None, cell, None, False, [*under, *sponsored]
        opened = label is not None and plain(cell).lower().startswith(label.lower())  # the cell opens with its label
        if label and named is None and _NUMBERED_SESSION.match(plain(main)) and f"{label}:" in plain(cell):
            main = cell  # "Spotlight Talks: Session 1 (Tables)": "Session 1" alone names nothing, the label stays
        if label is None and table.kinds_after and (after := KIND_AFTER.match(main)) and plain(after.group(1)):
            label, main = plain(after.group(2)), after.group(1).strip()  # "Lunch (Lunch and Poster Walk-Around)"
    elif (inner := split_label(main))[0] and inner[1] and inner[2] is None and exact_kind(inner[0]) \
            and exact_kind(inner[0]) == kind_of(label)[0] and plain(main).startswith(f"{inner[0]}:"):  # fmt: skip
        main = inner[1]  # "Contributed Talk | *Orals 1: Title*": the cell repeats the row's kind
    elif not who and (own := split_label(label))[0] and own[1] and own[2] is None and exact_kind(own[0]) in TALKS \
            and names_people(own[1]):  # fmt: skip
        label, named = plain(own[0]), own[1]  # "Keynote: Ann Lee (MIT) | TBD": the label cell names the speaker
    elif not who and (coded := _CODED.fullmatch(label)) and coded.group(2).lower() in table.invited:
        label, named = coded.group(1), coded.group(2)  # "IT1: Ann Lee | Title": a code, then a speaker the site shows
    elif not who and len(said := lines(label_cell)) == 2 and names_people(said[1]) and not names_people(said[0]):
        label, named = plain(said[0]), said[1]  # "Welcome<br>Ann Lee (MIT) | *Title*": the label's line under it
    elif not who and len(said := lines(label_cell)) > 1 and (own := split_label(plain(said[0])))[0] and own[1] \
            and own[2] is None and exact_kind(own[0]) in TALKS and names_people(own[1]):  # fmt: skip
        # "**Invited Talk: Ann Lee**<br>*MIT* | Title": the kind and who gives it, the lines under it where she works
        label, named = plain(own[0]), f"{own[1]} ({', '.join(plain(line) for line in said[1:])})"
    if named is None and giver and not who:
        named = giver  # "**Workshop: Git**<br>Ann Lee (MIT) will be delivering the workshop...": who gives it
    return emoji, label, main, named, opened, [*under, *sponsored]


_NUMBERED_SESSION = re.compile(r"(?:session|part)\s+(?:\d+|[IVX]+)\b", re.IGNORECASE)


# What a slot's length is given to after the talk ("5 mins Q&A", "10 min questions")
_QUESTIONS = re.compile(r"(?<=\w)\s+(?:Q\s*&\s*A|questions|discussion)\b", re.IGNORECASE)


def _length_below(main: str) -> tuple[str, list[str]]:
    """``Ann Lee: *A Title* <br> (20 mins + 5 mins Q&A)``: a bracket on the title cell's last line, alone, that only
    says how long the row lasts is no word of the title: the cell without it, and the bracket (a note of the row).
    A length on the title's own line stays in it (``Opening Remarks (10 min)``)."""
    said = main.rstrip().split("\n")
    last = plain(said[-1])
    if len(said) < 2 or not plain("\n".join(said[:-1])) or not re.fullmatch(r"\(([^()]+)\)", last) \
            or not _length_note(_QUESTIONS.sub("", last[1:-1])):  # fmt: skip
        return main, []
    return "\n".join(said[:-1]), [last]


def _remarks_titled(label: str, cell: str, rest: str) -> bool:
    """"Closing Remarks: What we have learned throughout the day", "Lunch Break: [Mensa](/m)": remarks or a break
    whose words after the colon name no one are titled by the whole (what follows says what they are or where they
    are held, no talk's title), but "Opening Remarks: Ann Lee (MIT)" are given by Ann Lee."""
    return exact_kind(label) in ("remarks", "break") \
        and re.match(rf"\W*{re.escape(label)}\W*:", plain(cell), re.IGNORECASE) is not None \
        and bool(plain(rest)) and not people_in(plain(rest))  # fmt: skip


# A bold title on a line of its own and a line that carries it on ("**Panel Discussion**<br>with the speakers").
_CONTINUED = re.compile(r"(\*\*[^*\n]+\*\*)[ \t]*\n\s*([a-z][^\n]*)")

# A bold title and an aside in brackets after it, on one line ("**Poster Session 2** (Posters listed [here](/p))").
_ASIDE = re.compile(r"(\*\*[^*\n]+\*\*)[ \t]*(\([^\n]+\))")


_SLOTS = re.compile(r"\s*\d+\s*[x×]\s*(.+)", re.IGNORECASE)  # "2 x 15": two slots of fifteen minutes


def _length_note(text: str) -> bool:
    """``30 min``, ``2 x 15; 30 min``, ``10 min each``: what a bracket after a row's title says is only how long it
    lasts."""
    parts = [re.sub(r"\s+each\s*$", "", p, flags=re.IGNORECASE) for p in re.split(r"[;,+]", text) if p.strip()]
    timed = [DURATION.match(slots.group(1) if (slots := _SLOTS.fullmatch(p)) else p) is not None for p in parts]
    bare = [re.fullmatch(r"\s*(?:\d+\s*[x×]\s*)?\d+\s*", p) is not None for p in parts]
    return bool(parts) and any(timed) and all(t or b for t, b in zip(timed, bare, strict=True))


# A short code before a colon, then what may be a name ("IT1: Ann Lee", "K2: Bo Wu").
_CODED = re.compile(r"([^:\n]{1,24}?)\s*:\s*([^:\n]+?)\s*")


_BY_NAMES = re.compile(r"(?:by|from)\s+(.+)", re.IGNORECASE)


def _titled_above(label: str, cell: str, rest: str, who: bool) -> bool:
    """``**Opening Remarks**<br>Opening Remarks by the organizers``, or, beside a column of speakers,
    ``**Spotlight Talks of Contributed Papers**<br>[Details](/papers) ...``: a bold line alone, then lines that say
    more of it (they open with its words, or it is no kind's label): the line is the row's title, not a label."""
    first, under = (lines(cell) or [""])[0], lines(rest)
    if not under or plain(first).rstrip(":") != label:
        return False
    return plain(under[0]).lower().startswith(f"{label.lower()} ") or (who and not exact_kind(label))


def _without_number_label(text: str) -> str:
    """``"*Orals 3: Title*"``, ``"*Keynote 1:*"``: a kind and a number that count the talks of the day, not a title."""
    found = re.match(r"(\W*)([A-Za-z][A-Za-z ]{1,30}?)\s+\d{1,2}\s*:\s*(.*)", text, re.DOTALL)
    if not found or not exact_kind(found.group(2)):
        return text
    rest = found.group(3)
    return found.group(1) + rest if rest.strip(" *_\n") and not rest.startswith(("*", "_")) else rest.lstrip("*_ ")


def _follows_up(table: _Table, where: str, label: str | None, main: str, who: str,
                numbered: re.Match[str] | None) -> bool:
    """Whether a row without a time completes what the rows before it began (the talk a label row announced,
    a panel's people, a session's numbered talks, a talk's title or a note in italics); it then has."""
    last, session = table.last, table.session
    if not label and last is not None and last.waiting:  # the talk a label row announced
        people, title = cell_speakers(who) if who else ([], None)
        announced = who_and_title(main) if not who else Talk(plain(main) or None, [])
        kept = last.title if last.title and says_more(last.title, last.kind) else None  # "Lightning talks"
        last.title, last.speakers = title or announced.title or kept, people or announced.people
        last.link = one_link(main)
        last.notes += announced.abstract
        last.waiting = False
        return True
    if not label and last is not None and last.kind == "panel" and not numbered:
        people, _ = cell_speakers(main or who)
        if not people and (led := _LINKED_THEN_WHERE.fullmatch(main)) and looks_like_name(led.group(1)):
            people = [PersonText(led.group(1).strip(), plain(led.group(3)).strip(" ."), led.group(2))]  # "- IIT, CMU"
        if people:
            last.speakers += people
            return True
    if not label and not who and last is not None and last.time is not None and not last.speakers \
            and (session is None or last not in session.items) and lines(main) \
            and all(people_line(line) for line in lines(main)) and not linked_title_then_people(main):  # fmt: skip
        last.speakers = [p for line in lines(main) for p in people_line(line)]  # "| 15:00 | Lightning Talks |"
        return True  # then "| | Ann Lee (MIT), Bo Wu (ETH) |": the people of the row above
    if numbered and last is not None and (session is None or last not in session.items):
        # "| | 1. Paper title |" under "| 16:00 | Oral presentations |": the talks of a session
        session = Session(last.title or last.label or "Session", last.where, last.time, last.emoji, [], last.day)
        _replace(table.out, last, session)
        table.session, table.last = session, None
        last = None
    if numbered and session is not None:
        kind = session.items[0].kind if session.items else session_kind(session)
        item = Draft(where, kind, title=numbered.group(2), label="Poster" if kind == "poster" else None)
        session.items.append(item)
        return True
    if not label and not who and last is not None and len(plain(main)) > LONG_TITLE and \
            not any(map(people_line, lines(main))) and not linked_title_then_people(main):  # fmt: skip
        last.notes.append(plain(main))  # the paragraphs under a talk, in a row of their own: its abstract
        return True
    quoted = re.fullmatch(r"[\"“](.+)[\"”]", plain(main).strip())  # '* "Title"' under "* 13:50: Ann Lee, MIT"
    if not label and not who and last is not None and quoted and last.untitled and last.speakers:
        last.title, last.untitled = quoted.group(1).strip(), False
        return True
    if not label and not who and last is not None and re.fullmatch(r"\*[^*].*\*|_.*_", main.strip()):
        if last.untitled:  # "| 09:00 | Keynote: **Ann Lee** |" then "| | *The talk's title* |"
            last.title, last.untitled = plain(main), False
        else:
            last.notes.append(plain(main))  # "*RSVP on Partiful to get a ticket!*"
        return True
    return False


# A linked name, then where the person works ("[Ann Lee](https://ann.org) - IIT Hyderabad, CMU").
_LINKED_THEN_WHERE = re.compile(r"\s*\[([^\]]+)\]\((https?://[^)\s]+)\)\s*[-–—,:]\s*(.+?)\s*")


def _session_heading(table: _Table, position: int, row: TableRow) -> bool:
    """``| | **Session Two:** | |``: a row with no time whose only words, in bold, name a session in a column that
    holds no label nor title (the speakers') is a heading over the rows under it, as a lone heading in the time
    column is (noted, left out); whether the row was so read."""
    said = [(n, c.strip()) for n, c in enumerate(row.cells) if plain(c)]
    if table.columns[0] is None or plain(cell(row, table.columns[0])) or len(said) != 1 \
            or said[0][0] in table.columns[1:3]:  # fmt: skip
        return False
    bold = re.fullmatch(r"\*\*([^*]+)\*\*:?", said[0][1])
    if bold is None or not has_word(bold.group(1), "session", "sessions") or len(bold.group(1).split()) > 6:
        return False
    below = table.body[position + 1].index - 1 if position + 1 < len(table.body) else row.index
    table.out.notes.append(Note(table.page.where(row.index), f"schedule row '{plain(bold.group(1))}': a heading over "
                                "the rows under it, not a row: left out", last=table.page.line(below)))  # fmt: skip
    return True


def _time_cell_alone(table: _Table, position: int, row: TableRow, said: str) -> None:
    """A row whose only words are in its time column, and are no time: a break (``| Coffee Break | |``), else a
    heading over the rows that follow (``| **MORNING SESSION 🌅** | |``), noted."""
    where = table.page.where(row.index)
    if exact_kind(said) == "break":
        _place(table, Draft(where, "break", title=said, day=table.day), None)
        return
    below = table.body[position + 1].index - 1 if position + 1 < len(table.body) else row.index
    table.out.notes.append(Note(where, f"schedule row '{said}': a heading over the rows under it, not a row: left "
                                "out", last=table.page.line(below)))  # fmt: skip


def _own_length(row: TableRow) -> bool:
    """``| | Title | Cy Li | 7 minutes |``: a row that gives its own length (in a cell, or in the lengths column a
    table's rows were read without): a talk of its own after the one above, not one more talk of that slot."""
    return any(DURATION.match(plain(c).split(":", 1)[-1]) for c in [*row.cells, *row.extra])


def _place(table: _Table, item: Draft, times: Times) -> None:
    """Put a row's item in the session it belongs to, or in the schedule after the rest."""
    session = table.session
    if times:
        item.time, item.end = times
    if session is not None and item.kind == "talk" and not item.label \
            and session_kind(session) in ("invited", "keynote"):  # fmt: skip
        item.kind = session_kind(session)  # "Session 1: Invited Talks" over "9:00 - 9:30 *Title*, Ann Lee": invited
    if session is not None and item.kind in TALKS and (not times or (_same_family(session, item)
                                                                     and not _slot_filled(session))):
        session.items.append(item)
    else:
        table.session = None
        table.out.entries.append(item)
    table.last = item


def _slot_filled(session: Session) -> bool:
    """A session with a time of its own whose items have none (``| 13:30 | **Poster Session** |`` over untimed
    papers): they fill its slot, so the next timed row is a slot of its own, not one more of its items."""
    return session.time is not None and bool(session.items) and all(i.time is None for i in session.items)


def _same_family(session: Session, item: Draft) -> bool:
    """A timed talk stays in the session if it is of the session's kind (orals and spotlights go together)."""
    family = {"oral": "contributed", "spotlight": "contributed"}
    kinds = {family.get(i.kind, i.kind) for i in session.items}
    return not kinds or family.get(item.kind, item.kind) in kinds


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


# ``[Keynote Speaker #1: Ann Lee](#keynote-speakers)``: a link to a section of the old page, read as its words.
# The note of a row someone presides over (its chair): the slot is a session, its only words its title, no one's name.
_PRESIDED = re.compile(r"(?:(?:session\s+)?(?:co-?)?chairs?\s*:|(?:chaired|hosted|paced|presided)\s+by\s)",
                       re.IGNORECASE)
_SECTION_LINK = re.compile(r"\[([^\]]*)\]\(#[^)\s]*\)")


def _local_links(*texts: str) -> list[str]:
    """``[Title](assets/pdf/paper.pdf)``: the targets of links to the old site, which a row does not keep."""
    return [target for text in texts for _, target in re.findall(r"\[([^\]]*)\]\(([^)\s]+)\)", text)
            if not re.match(r"[a-z][a-z0-9+.-]*:", target)]  # fmt: skip
