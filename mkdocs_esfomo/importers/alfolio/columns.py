"""Which column of a program's table holds what: the times, a kind label, the title and the speakers; the columns
set aside as each row's notes (a description, a room); two columns of single times joined into each row's start
and end; and the tables that are no program (a numbered list of posters)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from ... import values
from .blocks import TableRow
from .cells import people_line
from .jekyll import JekyllPage
from .kinds import exact_kind
from .names import is_group, is_placeholder
from .program import Schedule, cell_speakers, is_italic, split_label
from .report import Note
from .text import emoji_prefix, has_word, lines, plain
from .when import ALL_DAY, placed_time, time_range


def shortened(text: str, size: int = 90) -> str:
    """``text`` cut to ``size`` characters, an ellipsis saying so."""
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def prepared(page: JekyllPage, rows: list[TableRow], out: Schedule) -> list[TableRow]:
    """A table's rows with its header found, its start and end columns joined, and its descriptions and places
    set aside as each row's notes."""
    rows = block_times_aside(start_and_end(page, _header_below(page, header_row(rows), out), out))
    rows = blanks_aside(presiding_aside(rows))
    return details_aside(durations_aside(places_aside(marks_aside(affiliations_aside(rows)))))


def block_times_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Timeline | Room | Time | Title |`` with ``| 9:00 - 10:30 | Madrid | 9:10 - 9:45 | Keynote |``: of two
    columns of time ranges, one whose span repeats down the rows and holds the other's slot is the block each row
    belongs to, the other each row's own time. The table keeps the row's own time in the block's column (the block's
    where the row has none, a break's ``| 10:30 - 11:00 | | |``) and drops the other column."""
    body = [r for r in rows if not r.header and not is_rule(r)]
    width = max((len(r.cells) for r in rows), default=0)

    def span(row: TableRow, column: int) -> tuple[int, int] | None:
        times = time_range(row.cells[column]) if column < len(row.cells) else None
        return (times[0].minutes, times[1].minutes) if times and times[1] is not None else None

    ranged = [c for c in range(width) if 2 * sum(1 for r in body if span(r, c)) > len(body)]
    for block, own in itertools.permutations(ranged, 2):
        both = [(a, b) for r in body if (a := span(r, block)) and (b := span(r, own))]
        if len(both) < 3 or len({a for a, _ in both}) >= len({b for _, b in both}):
            continue
        held = [a[0] <= b[0] and b[1] <= a[1] for a, b in both]
        if 5 * sum(held) >= 4 * len(both) and any(a != b for a, b in both):
            break
    else:
        return rows
    out = []
    for row in rows:
        cells, extra = list(row.cells), list(row.extra)
        if own < len(cells):
            said = cells.pop(own)
            if not row.header and time_range(said) and block < len(cells) + (own < block):
                cells[block - (own < block)] = said
            elif not row.header and plain(said):  # words, not a time: kept as the row's notes
                extra.append(plain(said))
        out.append(TableRow(cells, row.index, row.header, extra))
    return out


def _names_columns(row: TableRow) -> bool:
    """``| **Time** | **Speaker** | **Title** |``: short cells, one of them "time", none a time."""
    cells = [plain(c) for c in row.cells]
    return (any(has_word(c, "time") for c in cells) and not any(map(time_range, row.cells))
            and all(len(c.split()) <= 3 for c in cells))  # fmt: skip


def _header_below(page: JekyllPage, rows: list[TableRow], out: Schedule) -> list[TableRow]:
    """A header row that names no column (``| **May 17th, 2024** | **Room 418** |``) over a row that does: that row
    is the table's header; what the first one says is reported, not read."""
    if len(rows) < 2 or not rows[0].header or rows[1].header or _names_columns(rows[0]) or not _names_columns(rows[1]):
        return rows
    said = " | ".join(t for c in rows[0].cells if (t := plain(c)))
    out.notes.append(Note(page.where(rows[0].index), f"the table's first row '{said}' is over the row naming its "
                          "columns: not read as data"))  # fmt: skip
    return [TableRow(rows[1].cells, rows[1].index, header=True), *rows[2:]]


def header_row(rows: list[TableRow]) -> list[TableRow]:
    """A first row that names the columns ("**Time** | **Event**") in cells of a table written without a header
    is its header; a header row that holds a time is a row of the schedule."""
    rows = [TableRow(r.cells, r.index, False, r.extra) if r.header and any(map(time_range, r.cells)) else r
            for r in rows]  # fmt: skip
    first = rows[0] if rows and not any(r.header for r in rows) else None
    if first and any(has_word(plain(c), "time") for c in first.cells) and not any(time_range(c) for c in first.cells):
        return [TableRow(first.cells, first.index, header=True), *rows[1:]]
    return rows


_MINUTES = r"min(?:ute)?s?"


DURATION = re.compile(rf"^\s*\d+(?:[.,]\d+)?\s*(?:{_MINUTES}|h(?:ours?|rs?)?)(?:\s*\d+\s*(?:{_MINUTES})?)?\.?\s*$",
                       re.IGNORECASE)  # fmt: skip  # "15 min", "1.5 hours", "0 h 45"


def _timed_cells(body: list[TableRow], column: int, name: str) -> int:
    """How many cells of a column are times; none when they are bare numbers (``1``, ``2``) under a header that
    does not say "time" (``| Session | Duration | Event |``): those count sessions, not hours."""
    cells = [plain(r.cells[column]) for r in body if column < len(r.cells) and _timed(r.cells[column])]
    if cells and all(c.isdigit() for c in cells) and not has_word(name, "time", "when", "hour", "hours"):
        return 0
    return len(cells)


def _timed(text: str) -> bool:
    """A time cell: ``09:00 - 09:30``, ``北京09:00 (巴黎3:00)`` (a city's time), ``全天`` (all day)."""
    return bool(time_range(text) or placed_time(text) or ALL_DAY.fullmatch(plain(text)))


def _untimed_program(body: list[TableRow], names: list[str]) -> list[int] | None:
    """``| Session | Duration | Event |``: a program that gives each row a length, not a clock time; the columns
    that are neither the lengths nor the session numbers, or None if the table is not such a program."""
    width = len(names)
    filled = [[plain(r.cells[c]) for r in body if c < len(r.cells) and plain(r.cells[c])] for c in range(width)]
    lengths = [c for c in range(width) if filled[c] and (has_word(names[c], "duration", "length") or len(filled[c])
               >= 2) and all(DURATION.match(t) for t in filled[c])]  # fmt: skip
    if len(lengths) != 1 or len(body) < 3:
        return None
    counted = [c for c in range(width) if filled[c] and all(t.isdigit() for t in filled[c])]
    rest = [c for c in range(width) if filled[c] and c not in (*lengths, *counted)]
    return rest or None


def which_columns(rows: list[TableRow], invited: AbstractSet[str] = frozenset(), lone: bool = False,
                  ) -> tuple[int | None, int | None, int | None, int | None] | None:  # fmt: skip
    """Which columns hold the time, a kind label, the title and the speakers; None if no column holds times (nor
    lengths: a program of durations has rows without times). ``invited``: the speakers the site lists, lowercased
    (a column of their names is the speakers' however they are written: "蔡静"). ``lone``: one timed row is a
    schedule too (a day's table beside the other days' on its page)."""
    header = next((r for r in rows if r.header), None)
    body = [r for r in rows if not r.header]
    width = max((len(r.cells) for r in rows), default=0)
    names = [plain(header.cells[c]) if header and c < len(header.cells) else "" for c in range(width)]
    counts = [_timed_cells(body, c, names[c]) for c in range(width)]
    time_col: int | None = None
    whole_day = len(body) == 1 and bool(body[0].cells) and bool(ALL_DAY.fullmatch(plain(body[0].cells[0])))
    if not counts or max(counts) < 1 or (max(counts) < 2 and not whole_day and not lone  # "| 全天 | 到会 |"
                                         and not any(has_word(n, "time") for n in names)):  # fmt: skip
        if (untimed := _untimed_program([r for r in body if not is_rule(r)], names)) is None:
            return None
        rest = untimed
    else:
        time_col = counts.index(max(counts))
        rest = [c for c in range(width) if c != time_col and any(c < len(r.cells) and r.cells[c] for r in body)]
    speaker = next((c for c in rest if has_word(names[c], "speaker", "speakers", "presenter", "presenters", "who")
                    and not has_word(names[c], "title", "topic", "talk")), None)  # fmt: skip
    if speaker is None and len(rest) > 1:  # no header says it: the column whose cells all name people (or a group)
        speaker = next((c for c in rest[1:] if _people_column(body, c, invited)), None)
        if speaker is None and _people_column(body, rest[0], invited) and any(
                _titles_column(body, c, invited) for c in rest[1:]):  # fmt: skip
            speaker = rest[0]  # "| 10:10 | Ann Lee, Bo Wu | *A Title* |": the names come first, the titles after
    kind = next((c for c in rest if has_word(names[c], "type", "kind", "format")), None)
    named = next((c for c in rest if c != speaker and has_word(names[c], "title", "topic", "talk", "content")), None)
    if kind is None and named is not None:  # "Session | Speaker | Title": what is not the title labels the row
        kind = next((c for c in rest if c not in (speaker, named) and has_word(names[c], *_LABELLING)), None)
    if kind is None:
        for c in rest:
            cells = [r.cells[c] for r in body if c < len(r.cells) and r.cells[c].strip()]
            labels = [t for t in cells if exact_kind(emoji_prefix(plain(t))[1]) or has_word(t, "session")]
            titled = [t for t in cells if all(split_label(t)[:2])]  # "**Invited Talk 1:** A Title": titles here
            mostly_labels = len(labels) >= 0.6 * len(cells) and len(titled) < 0.2 * len(cells)
            # "Time | Event | Speaker", the Speaker cells also holding papers' titles in italics: labels title the rows
            titling = [o for o in rest if o not in (c, speaker)] or speaker is None \
                or not any(is_italic(t) for t in _filled(body, speaker))  # fmt: skip
            if c != speaker and cells and mostly_labels and len(rest) > 1 and titling:
                kind = c
                break
    if named is not None and kind is not None and named != kind:
        return time_col, kind, named, speaker
    title = next((c for c in rest if c not in (speaker, kind)), None)
    return time_col, kind, title, speaker


# The header of a column that labels the rows beside a column of titles ("Program | Speaker | Title")
_LABELLING = ("session", "event", "program", "programme", "activity", "agenda")


def _filled(body: list[TableRow], column: int) -> list[str]:
    return [r.cells[column] for r in body if column < len(r.cells) and plain(r.cells[column])]


def _people_column(body: list[TableRow], column: int, invited: AbstractSet[str]) -> bool:
    """A column of two cells or more that all name people (or a group, but not only groups)."""
    cells = _filled(body, column)
    return len(cells) > 1 and all(names_people(t) or is_group(plain(t)) or plain(t).lower() in invited
                                  for t in cells) and not all(is_group(plain(t)) for t in cells)  # fmt: skip


def _titles_column(body: list[TableRow], column: int, invited: AbstractSet[str]) -> bool:
    """A column of two cells or more of which most name no one: titles, not people."""
    cells = _filled(body, column)
    return len(cells) > 1 and sum(not names_people(t) and plain(t).lower() not in invited for t in cells) \
        > len(cells) / 2  # fmt: skip


def names_people(cell: str) -> bool:
    """A cell that names people only: ``Ann Lee, Bo Wu``, or ``**Ann Lee**<br>MIT`` (a name, then where she works)."""
    return bool(people_line(plain(cell))) or bool(cell_speakers(cell)[0])


def numbered(rows: list[TableRow]) -> bool:
    """``| Poster # | Time Slot | Title |`` with rows 1, 2, 3...: a column that counts the rows makes the table a
    numbered list (of papers, of posters), not a program, whatever times its other cells give."""
    header = next((r for r in rows if r.header), None)
    body = [r for r in rows if not r.header and not is_rule(r)]
    for c in range(max((len(r.cells) for r in body), default=0)):
        if header and c < len(header.cells) and has_word(plain(header.cells[c]), "time"):
            continue
        cells = [plain(r.cells[c]) if c < len(r.cells) else "" for r in body]
        if len(cells) >= 3 and cells == [str(n) for n in range(1, len(cells) + 1)]:
            return True
    return False


def cell(row: TableRow, column: int | None) -> str:
    return row.cells[column].strip() if column is not None and column < len(row.cells) else ""


def is_rule(row: TableRow) -> bool:
    return all(re.fullmatch(r":?-{2,}:?", plain(c)) or not plain(c) for c in row.cells)


def details_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Time | Session | Details |``: a column whose header names it a description says more of each row beside
    its title (kept as the row's notes: its abstract), unless it is the only column left to title the rows or its
    cells all name people."""
    header = next((r for r in rows if r.header), None)
    if header is None:
        return rows
    body = [r for r in rows if not r.header and not is_rule(r)]
    aside = next((c for c, name in enumerate(header.cells) if has_word(plain(name), *_DESCRIPTION)
                  and not has_word(plain(name), *_NOT_ONLY_DESCRIBED)), None)  # fmt: skip
    if aside is None:
        return rows
    cells = [plain(r.cells[aside]) for r in body if aside < len(r.cells) and plain(r.cells[aside])]
    others = [c for c in range(len(header.cells)) if c != aside and not has_word(plain(header.cells[c]), "time")
              and any(c < len(r.cells) and plain(r.cells[c]) and not time_range(r.cells[c]) for r in body)]
    if not others or (cells and all(people_line(t) for t in cells)) or _details_alone(body, aside, others):
        return rows
    out = []
    series = _series(header, aside, body)
    for row in rows:
        text = plain(row.cells[aside]) if not row.header and aside < len(row.cells) else ""
        titled = (_details_titled(header, aside, row) or _counted_titled(header, aside, row, series)) if text else None
        row = titled or row
        out.append(TableRow([c for i, c in enumerate(row.cells) if i != aside], row.index, row.header,
                            [*row.extra, *([text] if text and not titled else [])]))
    return out


def _details_alone(body: list[TableRow], aside: int, others: list[int]) -> bool:
    """``| Time | Event | Description |`` whose Event cell is empty in most rows (``| 09:05 | | Ann Lee: *Title* |``,
    ``| 10:35 | Break | Coffee |``): the description is all most rows say, so the column titles the rows (the other
    one labels the few it fills)."""
    alone = [r for r in body if aside < len(r.cells) and plain(r.cells[aside])
             and not any(c < len(r.cells) and plain(r.cells[c]) for c in others)]  # fmt: skip
    return 2 * len(alone) > len(body)


def _details_titled(header: TableRow, aside: int, row: TableRow) -> TableRow | None:
    """``| 14:45 | Presentation 1 | Deep learning for ... | Anik Das | |``: a row whose label only counts the talks
    ("Presentation 1") and whose title cell is empty (or "--"), titled by its description; None for another row."""
    names = [plain(c) for c in header.cells]
    titled = next((c for c, n in enumerate(names) if c != aside and has_word(n, "title", "topic")), None)
    labelled = next((c for c, n in enumerate(names) if c != aside and has_word(n, "type", "kind", "format")), None)
    if titled is None or labelled is None or labelled >= len(row.cells):
        return None
    title = plain(row.cells[titled]) if titled < len(row.cells) else ""
    if (title and not is_placeholder(title)) or not re.fullmatch(r"\D+\s\d{1,2}", plain(row.cells[labelled])):
        return None
    cells = [*row.cells, *[""] * (titled + 1 - len(row.cells))]
    cells[titled] = row.cells[aside]
    return TableRow(cells, row.index, row.header, row.extra)


_COUNTED = re.compile(r"([^\W\d_][^\d]*)\s\d{1,2}")  # "Paper 2", "Invited Talk 3"


def _before(header: TableRow, aside: int) -> int | None:
    """The column right before the details (but a time's), when no column's header names the titles."""
    names = [plain(c) for c in header.cells]
    if any(has_word(n, "title", "topic") for n in names):
        return None
    return next((c for c in range(aside - 1, -1, -1) if not has_word(names[c], "time")), None)


def _series(header: TableRow, aside: int, body: list[TableRow]) -> set[str]:
    """The labels the column before the details counts talks by, two of a label at least ("Paper 1", "Paper 2")."""
    before = _before(header, aside)
    counted = [found.group(1).lower() for r in body if before is not None and before < len(r.cells) and
               (said := lines(r.cells[before])) and (found := _COUNTED.fullmatch(plain(said[0])))]  # fmt: skip
    return {label for label in counted if counted.count(label) > 1}


def _counted_titled(header: TableRow, aside: int, row: TableRow, series: set[str]) -> TableRow | None:
    """``| 10:00 | Paper 1 | A Title<br><em>Ann Lee, Bo Wu</em> |`` under ``Time | Presentation | Details``, no
    column's header naming the titles: a row whose cell before the details only counts the talks of a series
    ("Paper 1", "Paper 2"; "Invited Talk 2<br>Name") is titled by its details, their lines under the title (the
    authors) said after the count's (a count naming no kind of talk, "Paper 1", kept as the row's note); None for
    another row (a lone "Spotlight Talk 4" beside "20 min + 5 min Q&A" is described, not titled, there)."""
    before = _before(header, aside)
    if before is None or before >= len(row.cells):
        return None
    said, details = lines(row.cells[before]), lines(row.cells[aside])
    counted = _COUNTED.fullmatch(plain(said[0])) if said else None
    if not details or is_placeholder(plain(details[0])) or people_line(plain(details[0])) or counted is None or \
            counted.group(1).lower() not in series:  # fmt: skip
        return None
    cells = list(row.cells)
    known = exact_kind(plain(said[0]))  # "Invited Talk 2" labels the talk; "Paper 2" only counts: kept as a note
    cells[before] = "\n".join([f"{said[0]}: {details[0]}" if known else details[0], *said[1:], *details[1:]])
    return TableRow(cells, row.index, row.header, row.extra if known else [*row.extra, plain(said[0])])


_DESCRIPTION = ("details", "detail", "description", "notes", "comments", "abstract")
# "Invited Speaker / Spotlight Paper / Additional Notes": a header naming what else its column holds
_NOT_ONLY_DESCRIBED = ("speaker", "speakers", "presenter", "presenters", "title", "paper", "papers", "talk", "talks")


def places_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Time | Location | Event |``: a column whose header names where each row takes place (a room, "Zoom") says
    more of the row beside its title, kept with its header in the row's notes ("Location: Zoom"), unless no other
    column is left to title the rows."""
    header = next((r for r in rows if r.header), None)
    if header is None:
        return rows
    body = [r for r in rows if not r.header and not is_rule(r)]
    places = [c for c, name in enumerate(header.cells) if has_word(plain(name), *_PLACE)
              and not has_word(plain(name), "time", *_DESCRIPTION)]  # fmt: skip
    names = [plain(c) for c in header.cells]
    if not places or not _titling(body, names, places, len(header.cells)):
        return rows
    return _into_notes(rows, places, names)


_MARK = re.compile(r"^\s*(?::[a-z0-9_+-]+:|[\u2713\u2714\u2705\u2611\u2717\u2718\u274c]\ufe0f?|[xX]|yes|no|Yes|No)\s*$")


def marks_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Start | Content | In-person | Virtual |`` whose last cells hold only ticks (``:white_check_mark:``, "✓"):
    columns that mark how each row is held, kept with their header in the row's notes ("In-person: ✓"), unless no
    other column is left to title the rows."""
    header = next((r for r in rows if r.header), None)
    if header is None:
        return rows
    body = [r for r in rows if not r.header and not is_rule(r)]

    def marked(c: int) -> bool:
        cells = [r.cells[c].strip() for r in body if c < len(r.cells)]
        return any(cells) and all(not cell or _MARK.match(cell) for cell in cells)

    marks = [c for c, name in enumerate(header.cells)
             if plain(name) and not has_word(plain(name), "time") and marked(c)]  # fmt: skip
    names = [plain(c) for c in header.cells]
    if not marks or not _titling(body, names, marks, len(header.cells)):
        return rows
    return _into_notes(rows, marks, names, str.strip)  # ":white_check_mark:" as written, not as emoji text


_AFFILIATION = ("organization", "organisation", "affiliation", "affiliations", "institution", "institute", "company")


def affiliations_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Time | Speaker | Organization | Title |``: a column whose header names where the speakers work says more of
    each row beside its title, kept with its header in the row's notes ("Organization: MIT"); a row whose title cell
    is empty ("| **12:30** | | **Lunch** | |") is titled by what that column says."""
    header = next((r for r in rows if r.header), None)
    if header is None:
        return rows
    names = [plain(c) for c in header.cells]
    aside = next((c for c, n in enumerate(names) if has_word(n, *_AFFILIATION) and not has_word(n, "time")), None)
    titled = next((c for c, n in enumerate(names) if c != aside and has_word(n, "title", "topic", "talk")), None)
    if aside is None or titled is None or not any(has_word(n, "speaker", "speakers", "presenter", "who")
                                                  for n in names):  # fmt: skip
        return rows
    out = []
    for row in rows:
        cells = [*row.cells, *[""] * (len(header.cells) - len(row.cells))]
        text = plain(cells[aside]) if not row.header and not is_rule(row) else ""
        extra = [f"{names[aside]}: {text}"] if text and plain(cells[titled]) else []
        if text and not plain(cells[titled]):
            cells[titled] = cells[aside]
        kept = [c for i, c in enumerate(cells) if i != aside]
        out.append(TableRow(kept, row.index, row.header, [*row.extra, *extra]))
    return out


_PLACE = ("location", "locations", "room", "rooms", "venue", "where", "place", "platform")


_PRESIDING = ("chair", "chairs", "chairperson", "chairpersons", "moderator", "moderators", "host", "hosts")


def presiding_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Start | Topic | Session Chair |``: a column whose header names who presides over each slot (a chair, a
    moderator, a host) names no speaker: kept with its header in the row's notes ("Session Chair: Ann Lee"), unless
    no other column is left to title the rows."""
    header = next((r for r in rows if r.header), None)
    if header is None:
        return rows
    body = [r for r in rows if not r.header and not is_rule(r)]
    names = [plain(c) for c in header.cells]
    aside = [c for c, name in enumerate(names) if has_word(name, *_PRESIDING)
             and not has_word(name, "time", "speaker", "speakers", "presenter", "presenters", "title", "topic")]
    if not aside or not _titling(body, names, aside, len(header.cells)):
        return rows
    return _into_notes(rows, aside, names, lambda text: "" if is_placeholder(text) else plain(text))


def blanks_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Start | Topic | Slides | Video |`` whose Slides and Video cells are all "--" or empty: columns that say
    nothing in any row (no word: "TBD" says something) are left out of the rows (their header alone is no fact),
    unless no other column is left to title the rows."""
    header = next((r for r in rows if r.header), None)
    if header is None:
        return rows
    body = [r for r in rows if not r.header and not is_rule(r)]
    names = [plain(c) for c in header.cells]
    aside = [c for c in range(len(names)) if names[c] and not has_word(names[c], "time")
             and all(c >= len(r.cells) or not re.search(r"\w", plain(r.cells[c])) for r in body)]  # no word: "--"
    if not body or not aside or not _titling(body, names, aside, len(header.cells)):
        return rows
    return _into_notes(rows, aside, names, lambda text: "")


def durations_aside(rows: list[TableRow]) -> list[TableRow]:
    """``| Time | Session | Duration |``: a column of how long each slot lasts ("10 min", "40 min + 5 min Q&A") says
    more of the row beside its title, kept with its header in the row's notes ("Duration: 10 min"), unless no other
    column is left to title the rows. Without a header naming it, every filled cell of the column must be a length."""
    header = next((r for r in rows if r.header), None)
    body = [r for r in rows if not r.header and not is_rule(r)]
    width = max((len(r.cells) for r in rows), default=0)
    names = [plain(header.cells[c]) if header and c < len(header.cells) else "" for c in range(width)]

    def lengths(c: int, pattern: re.Pattern[str]) -> list[bool]:
        return [bool(pattern.match(plain(r.cells[c]))) for r in body if c < len(r.cells) and plain(r.cells[c])]

    def clocked(c: int) -> int:  # cells that are times of day, not session numbers
        return sum(1 for r in body if c < len(r.cells) and time_range(r.cells[c]) and not plain(r.cells[c]).isdigit())

    def lasts(c: int) -> bool:  # a column named for lengths whose cells open with one, or all of lengths alone
        if has_word(names[c], "duration", "length") and (lead := lengths(c, _LEADING_LENGTH)) and all(lead):
            return True
        if has_word(names[c], "duration", "length") and (clock := lengths(c, _CLOCK_LENGTH)) and all(clock):
            return True  # "0:10", "1:30" under "Duration": hours and minutes of a length, no time of day
        return len(full := lengths(c, DURATION)) >= 2 and all(full)

    aside = [c for c in range(width) if not has_word(names[c], "time", *_DESCRIPTION, *_PLACE) and lasts(c)]
    if not aside or not _titling(body, names, aside, width) \
            or not any(2 * clocked(c) >= len(body) for c in range(width) if c not in aside):
        return rows  # a program of lengths without clock times reads them as its times
    return _into_notes(rows, aside, [name or "Duration" for name in names])


def _titling(body: list[TableRow], names: list[str], aside: list[int], width: int) -> list[int]:
    """The columns left, once ``aside`` is set aside, that can title the rows: not a time's, some words in them."""
    return [c for c in range(width) if c not in aside and not has_word(names[c] if c < len(names) else "", "time")
            and any(c < len(r.cells) and plain(r.cells[c]) and not time_range(r.cells[c]) for r in body)]  # fmt: skip


def _into_notes(rows: list[TableRow], aside: list[int], names: list[str],
                value: Callable[[str], str] = plain) -> list[TableRow]:  # fmt: skip
    """The rows without the columns ``aside``, each cell of theirs kept in its row's notes as "Header: value"."""

    def said(row: TableRow) -> list[str]:
        return [f"{names[c]}: {value(row.cells[c])}" for c in aside
                if not row.header and c < len(row.cells) and value(row.cells[c])]  # fmt: skip

    return [TableRow([c for i, c in enumerate(r.cells) if i not in aside], r.index, r.header, [*r.extra, *said(r)])
            for r in rows]  # fmt: skip


_CLOCK_LENGTH = re.compile(r"^\s*\d{1,2}:\d{2}\s*$")  # "0:55" under a header naming lengths
_LEADING_LENGTH = re.compile(rf"^\s*\d+(?:[.,]\d+)?\s*(?:{_MINUTES}|h(?:ours?|rs?)?)\b", re.IGNORECASE)  # "40 min +"


def _in_order(start: values.ClockTime, end: values.ClockTime) -> bool:
    """A slot's end at or after its start; ``12:00 | 01:00`` too, an end on a 12-hour clock written without am/pm,
    and ``23:30 | 00:30``, a late slot that ends past midnight (within a few hours)."""
    afternoon = end.hour < 12 and not re.search(r"[ap]\.?m\.?$", end.text.strip(), re.IGNORECASE)
    past_midnight = start.hour >= 18 and end.minutes + 1440 - start.minutes <= _PAST_MIDNIGHT
    return start.minutes <= end.minutes or (afternoon and start.hour <= 12 and start.minutes <= end.minutes + 720) \
        or past_midnight


_PAST_MIDNIGHT = 6 * 60  # the longest a slot that ends past midnight runs, in minutes


def start_and_end(page: JekyllPage, rows: list[TableRow], out: Schedule) -> list[TableRow]:
    """``| From | To | Event |``: two neighbouring columns of single times are each slot's start and end, one time
    cell ``09:00 - 09:10`` once read; a row with only the end is at that time (a guess, reported)."""

    def single(row: TableRow, column: int) -> values.ClockTime | None:
        times = time_range(row.cells[column]) if column < len(row.cells) else None
        return times[0] if times and times[1] is None else None

    body = [r for r in rows if not r.header and not is_rule(r)]
    header = next((r for r in rows if r.header), None)
    width = max((len(r.cells) for r in rows), default=0)
    for c in range(width - 1):
        slots = [(a, b) if (a := single(r, c)) and (b := single(r, c + 1)) else None for r in body]
        pairs = [slot for slot in slots if slot]
        timed = [r for r in body if single(r, c) or single(r, c + 1)]
        if len(pairs) < 2 or len(pairs) < 0.6 * len(timed) or not all(_in_order(a, b) for a, b in pairs):
            continue
        names = [plain(cell) for cell in header.cells[c : c + 2]] if header else []
        named = len(names) == 2 and has_word(names[0], "from", "start", "begin") and has_word(names[1], "to", "end")
        chained = [x[1].minutes == y[0].minutes for x, y in itertools.pairwise(slots) if x and y]
        if named or 2 * sum(chained) >= len(chained) > 0:  # a slot ends where the next starts, not two zones' clocks
            break
    else:
        return rows
    joined = []
    for row in rows:
        cells = [*row.cells, "", ""][: max(len(row.cells), c + 2)]
        start, end = plain(cells[c]), plain(cells[c + 1])
        if not row.header and not start and single(row, c + 1):
            shown = shortened(" | ".join(plain(x) for x in cells[c + 2 :] if plain(x)))
            out.notes.append(Note(page.where(row.index), f"schedule row '{shown}': no start time, read at its end "
                                  f"time, {end}", guess=True))  # fmt: skip
        both = f"{start} - {end}" if start and end and not is_rule(row) else start or end
        joined.append(TableRow([*cells[:c], both, *cells[c + 2 :]], row.index, row.header, row.extra))
    return joined
