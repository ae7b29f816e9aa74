"""Rows of a program's table that its columns do not say how to read: a row naming the columns of the untimed rows
under it (``| | Paper ID | Author Names | Paper Title |`` under a session's slot), and a row whose words reach a
column the table's other rows leave empty (``| 12:00 | Keynote | Ann Lee | The talk's title |``)."""

from __future__ import annotations

import re

from .blocks import TableRow
from .columns import names_people, shortened
from .jekyll import JekyllPage
from .kinds import exact_kind
from .program import Schedule
from .report import Note
from .text import has_word, plain
from .when import time_range

_CHAIRED = re.compile(r"\s*(?:session\s+)?(?:co-?)?chairs?\s*:", re.IGNORECASE)
_NUMBER_WORDS = ("id", "no", "number", "nr")
_PEOPLE_WORDS = ("author", "authors", "speaker", "speakers", "presenter", "presenters", "names")
_TITLE_WORDS = ("title", "titles", "paper", "papers", "talk", "talks", "topic")


def _label(text: str) -> str | None:
    """What a short cell names as a column: "number", "people" or "title"; None if it names none."""
    if not text or len(text.split()) > 3:
        return None
    if text.strip() == "#" or has_word(text, *_NUMBER_WORDS):
        return "number"
    if has_word(text, *_PEOPLE_WORDS):
        return "people"
    return "title" if has_word(text, *_TITLE_WORDS) else None


def _names_the_columns(row: TableRow, time_col: int) -> dict[str, int] | None:
    """The column of each label a row without a time gives, when every cell it fills names a column and a title's
    and the people's are among them; None for any other row."""
    said = {c: plain(t) for c, t in enumerate(row.cells) if plain(t)}
    if time_col in said or len(said) < 2:
        return None
    labels = {c: _label(t) for c, t in said.items()}
    if None in labels.values() or "title" not in labels.values() or "people" not in labels.values():
        return None
    return {label: c for c, label in labels.items() if label}


def relabelled(page: JekyllPage, body: list[TableRow], columns: tuple[int | None, ...],
               out: Schedule) -> list[TableRow]:  # fmt: skip
    """``| | Paper ID | Author Names | Paper Title |`` under ``| 09:30 | A session | |``: a row naming the columns of
    the untimed rows under it (up to the next timed row) is no row of the program; each of those rows is read with
    its title and its people moved to the table's title and speakers columns. A column of numbers (the papers' ids)
    is reported, not read."""
    time_col, _, title_col, speaker_col = columns
    if time_col is None or title_col is None or speaker_col is None:
        return body
    kept: list[TableRow] = []
    named: dict[str, int] | None = None
    for row in body:
        if (found := _names_the_columns(row, time_col)) is not None:
            named = found
            if "number" in found:
                said = plain(row.cells[found["number"]])
                out.notes.append(Note(page.where(row.index), f"the column '{said}' of the rows under the row "
                                      f"'{shortened(' | '.join(plain(c) for c in row.cells if plain(c)))}': "
                                      "not carried over (a schedule row has no place for it)"))  # fmt: skip
            continue
        if time_range(plain(row.cells[time_col]) if time_col < len(row.cells) else ""):
            named = None
        if named is None:
            kept.append(row)
            continue
        cells = [""] * max(len(row.cells), title_col + 1, speaker_col + 1)
        cells[time_col] = row.cells[time_col] if time_col < len(row.cells) else ""
        cells[title_col] = row.cells[named["title"]] if named["title"] < len(row.cells) else ""
        cells[speaker_col] = row.cells[named["people"]] if named["people"] < len(row.cells) else ""
        kept.append(TableRow(cells, row.index, row.header, row.extra))
    return kept


def spilled(body: list[TableRow], columns: tuple[int | None, ...]) -> list[TableRow]:
    """A row whose words reach a column the table reads nothing from (its other rows leave it empty or hold what
    another column is read for): people there, beside an empty speakers cell, are the row's speakers (``| 09:20 |
    Opening | | Ann Lee (MIT), Bo Wu |``), who chairs it (``Chair: Ann Lee``) is said beside its title, as in
    ``Session (Chair: Ann Lee)``; any other words, beside a title cell that only names a kind of talk, are
    its title (``| 12:00 | Keynote | Ann Lee | The talk's title |``, read as "Keynote: The talk's title")."""
    _, kind_col, title_col, speaker_col = columns
    if title_col is None or speaker_col is None:
        return body
    read = {c for c in columns if c is not None}
    out = []
    for row in body:
        extra = [c for c in range(len(row.cells)) if c not in read and plain(row.cells[c])]
        if len(extra) != 1:
            out.append(row)
            continue
        cells = [*row.cells, *[""] * (max(title_col, speaker_col) + 1 - len(row.cells))]
        said = cells[extra[0]]
        if _CHAIRED.match(plain(said)) and "\n" not in said.strip():  # "Chair: Ann Lee": who chairs, not who speaks
            cells[title_col], cells[extra[0]] = f"{cells[title_col].rstrip()} ({plain(said).strip()})", ""
        elif not plain(cells[speaker_col]) and names_people(said):
            cells[speaker_col], cells[extra[0]] = said, ""
        elif plain(cells[speaker_col]) and exact_kind(plain(cells[title_col])) and kind_col is None:
            cells[title_col], cells[extra[0]] = f"{plain(cells[title_col])}: {said.strip()}", ""
        out.append(TableRow(cells, row.index, row.header, row.extra))
    return out
