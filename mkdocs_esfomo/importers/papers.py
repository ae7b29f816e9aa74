"""Accepted papers into an edition file: from OpenReview, a saved notes file, or a CSV.

read (a venue, a notes file, a CSV) -> records -> merge into the edition's ``papers`` -> write.
Only the ``papers:`` block of the edition file is rewritten; every other byte stays as it was.
What organizers add by hand to a paper (award, board, code, video, url) is kept: an import sets
only what its source has (a CSV may have those columns too), and removes nothing without --prune.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

from ..errors import quoted

OPENREVIEW = "https://openreview.net"
API = "https://api2.openreview.net"
KINDS = ("oral", "spotlight", "poster")
SKIP = "skip"
# Words a decision is read by. Workshops on OpenReview publish accepted papers with
# content.venue such as "ICML 2025 Workshop ES-FoMo III Oral"; CMT says "Accept (Poster)".
WORDS: dict[str, str] = {
    "oral": "oral", "orals": "oral", "spotlight": "spotlight", "spotlights": "spotlight",
    "poster": "poster", "posters": "poster",
    # Not accepted: such records are left out, and counted.
    "reject": SKIP, "rejected": SKIP, "withdrawn": SKIP, "submitted": SKIP,
}
# Fields an import owns: a second import updates them. Every other field is the organizers'.
OWNED = ("title", "authors", "kind", "openreview", "pdf", "abstract", "bibtex")  # in the order a new entry has them


# More papers than the largest conferences accept (NeurIPS: about 4,500), in a file this size at most:
# merging 10,000 into an edition file takes about two minutes.
MAX_PAPERS = 10_000
MAX_SOURCE_BYTES = 50_000_000


class SourceError(Exception):
    """The source cannot be read as papers: nothing is written. One problem per line."""


@dataclass(frozen=True)
class Imported:
    """One accepted paper as the source gives it; ``where`` names its record for messages."""

    id: str
    title: str
    authors: tuple[str, ...]
    decision: str
    where: str
    abstract: str | None = None
    openreview: str | None = None
    pdf: str | None = None
    bibtex: str | None = None  # the venue's own BibTeX entry (OpenReview's _bibtex)
    extra: tuple[tuple[str, str], ...] = ()  # url, code, video, board, session, award when a CSV has them


class Read(NamedTuple):
    """What a source gave: its papers (decision not yet mapped), and notes for the terminal."""

    papers: list[Imported]
    notes: list[str]


# -- reading --


def read_source(source: str, *, api: str = API) -> Read:
    """A venue id (fetched with openreview-py), a JSON file of notes, or a CSV file."""
    path = Path(source)
    if path.is_file():
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise SourceError(f"{source}: {path.stat().st_size / 1e6:.1f} MB, over the {MAX_SOURCE_BYTES // 1_000_000}"
                              " MB a source of papers may have: is it the file you meant?")
        raw = path.read_bytes()
        shown = source
        if path.suffix.lower() in (".csv", ".tsv"):
            return read_csv(raw, shown)
        if path.suffix.lower() == ".json" or raw.lstrip()[:1] in (b"[", b"{"):
            return Read(read_notes(_json(raw, shown), shown), [])
        return read_csv(raw, shown)
    if path.exists():
        raise SourceError(f"{source}: not a file")
    if re.fullmatch(r"[\w.~-]+(/[\w.~-]+)+", source) and path.suffix.lower() not in (".json", ".csv", ".tsv"):
        return Read(read_notes(fetch_venue(source, api), f"OpenReview venue {source}"), [])
    raise SourceError(f"{source}: no such file (give a notes .json, a .csv, or an OpenReview venue id)")


# Notes are a list of objects a few levels deep; Python's JSON reader recurses once per level.
MAX_JSON_DEPTH = 100
_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _json(raw: bytes, shown: str) -> Any:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{shown}: not UTF-8 (byte {exc.start}): save it as UTF-8") from None
    _depth_checked(text, shown)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"{shown}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None


def _depth_checked(text: str, shown: str) -> None:
    """Refuse lists and objects nested deeper than notes are, where they get too deep (before reading them)."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                col = match.start() - text.rfind("\n", 0, match.start())
                raise SourceError(f"{shown}:{line}:{col}: not OpenReview notes: lists and objects nested more than "
                                  f"{MAX_JSON_DEPTH} deep")
        elif token in "]}":
            depth -= 1


def fetch_venue(venue: str, api: str = API) -> list[dict[str, Any]]:
    """The venue's accepted papers: the notes whose ``content.venueid`` is the venue (API v2)."""
    try:
        import openreview  # optional: only this route needs it
        import requests
    except ImportError:
        raise SourceError("fetching from OpenReview needs openreview-py: pip install 'mkdocs-esfomo[openreview]' "
                          "(or save the notes as JSON and give that file)") from None
    import contextlib

    # The client prints a line for each retry; the outcome is said once, below.
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            client = openreview.api.OpenReviewClient(baseurl=api)
            notes = client.get_all_notes(content={"venueid": venue})  # pages through them by id
    except requests.exceptions.RequestException as exc:
        tries = printed.getvalue().count("Retrying request") + 1
        raise SourceError(f"cannot reach OpenReview at {api} ({type(exc).__name__}, {tries} tries): check the "
                          "network, or save the notes as JSON where there is one and give that file") from None
    except openreview.OpenReviewException as exc:
        raise SourceError(f"OpenReview at {api} refused the request: {exc}") from None
    if not notes:
        raise SourceError(f"OpenReview has no papers with content.venueid '{venue}': check the venue id "
                          "(it is the id= of the venue's page, e.g. ICML.cc/2025/Workshop/ES-FoMo-III)")
    # In submission order, as the venue numbers them.
    return [note.to_json() for note in sorted(notes, key=lambda note: (note.number is None, note.number or 0))]


def _value(content: dict[str, Any], key: str) -> Any:
    """API v2 wraps every content field as ``{"value": ...}``; API v1 notes have the value itself."""
    value = content.get(key)
    return value.get("value") if isinstance(value, dict) else value


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = " ".join(str(value).split())
    return text or None


def read_notes(data: Any, shown: str) -> list[Imported]:
    """OpenReview notes as ``Note.to_json()`` gives them: a list, or the API's ``{"notes": [...]}``."""
    notes = data.get("notes") if isinstance(data, dict) else data
    if not isinstance(notes, list):
        raise SourceError(f"{shown}: not OpenReview notes: expected a list of notes or {{\"notes\": [...]}}")
    if len(notes) > MAX_PAPERS:
        raise SourceError(f"{shown}: {len(notes):,} notes, more than the {MAX_PAPERS:,} papers an import takes")
    papers: list[Imported] = []
    problems: list[str] = []
    for number, note in enumerate(notes, 1):
        try:
            papers.append(_note(note, f"{shown}: record {number}"))
        except SourceError as exc:
            problems.append(str(exc))
    if problems:
        raise SourceError("\n".join(problems))
    return papers


def _note(note: Any, where: str) -> Imported:
    if not isinstance(note, dict) or not isinstance(note.get("content"), dict):
        raise SourceError(f"{where}: not an OpenReview note (no content)")
    paper_id = _text(note.get("forum")) or _text(note.get("id"))
    if not paper_id:
        raise SourceError(f"{where}: the note has no id")
    where = f"{where} (id {paper_id})"
    content = note["content"]
    title = _text(_value(content, "title"))
    if not title:
        raise SourceError(f"{where}: content.title is empty")
    authors = _value(content, "authors") or []
    if not isinstance(authors, list):
        raise SourceError(f"{where}: content.authors is not a list")
    # The unified schema gives authors as {"fullname": ..., "username": ...}.
    names = tuple(filter(None, (_text(a.get("fullname") if isinstance(a, dict) else a) for a in authors)))
    pdf = _text(_value(content, "pdf"))
    if pdf and not pdf.startswith(("http://", "https://")):
        pdf = f"{OPENREVIEW}/pdf?id={note.get('id') or paper_id}"  # the latest revision's PDF, whatever its hash
    return Imported(
        id=paper_id, title=title, authors=names, decision=_text(_value(content, "venue")) or "", where=where,
        abstract=_clean_abstract(_value(content, "abstract")), openreview=f"{OPENREVIEW}/forum?id={paper_id}",
        pdf=pdf, bibtex=_clean_abstract(_value(content, "_bibtex")),
    )


def _clean_abstract(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return "\n".join(line.rstrip() for line in value.strip().splitlines())


# CSV columns by header, lowercased with everything but letters and digits removed.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "paperid", "submissionid", "number", "papernumber", "submissionnumber", "forumid"),
    "title": ("title", "papertitle", "submissiontitle"),
    "authors": ("authornames", "authors", "author", "authorlist"),  # CMT's Authors adds affiliations
    "decision": ("decision", "status", "kind", "presentation", "presentationtype", "type", "acceptance"),
    "abstract": ("abstract",),
    "openreview": ("openreview", "openreviewlink", "openreviewurl", "forum", "forumlink", "forumurl"),
    "pdf": ("pdf", "pdflink", "pdfurl", "paperpdf"),
    "url": ("url", "link", "paperlink", "paperurl", "arxiv", "arxivlink"),
    "code": ("code", "codelink", "github", "repository", "coderepository"),
    "video": ("video", "videolink", "youtube", "recording"),
    "board": ("board", "posterboard", "boardnumber", "posterboardnumber"),
    "session": ("session", "postersession", "sessionid"),
    "award": ("award", "awards"),
    "bibtex": ("bibtex", "bib"),
}
EXTRA = ("url", "code", "video", "board", "session", "award")  # columns an import sets, not owns
# Columns known to carry nothing a papers page shows: not reported as unknown.
_IGNORED = {"authoremails", "primarycontactauthorname", "primarycontactauthoremail", "created", "lastmodified"}


def _header(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _reader(raw: bytes, shown: str) -> Any:
    """A CSV reader over UTF-8 ``raw``, its delimiter sniffed (a comma, a semicolon or a tab)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(f"{shown}:{line}: not UTF-8 (byte 0x{raw[exc.start]:02x}): save the CSV as UTF-8") from None
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    return rows


def read_csv(raw: bytes, shown: str) -> Read:
    """A CSV (or TSV) with a header row: CMT's paper export, or a spreadsheet's."""
    rows = _reader(raw, shown)
    header = next(_rows(rows, shown), None)
    if not header or not any(cell.strip() for cell in header):
        raise SourceError(f"{shown}: empty: expected a header row (title, authors, decision, ...)")
    keys = [_header(cell) for cell in header]
    columns: dict[str, int] = {}
    for name, accepted in COLUMNS.items():
        found = next((keys.index(k) for k in accepted if k in keys), None)
        if found is not None:
            columns[name] = found
    missing = [name for name in ("title", "decision") if name not in columns]
    if missing:
        raise SourceError(f"{shown}:1: no {' and no '.join(missing)} column (the header has: {', '.join(header)})")
    used = set(columns.values())
    unknown = [cell for i, cell in enumerate(header) if i not in used and cell.strip() and keys[i] not in _IGNORED
               and not (keys[i] == "authors" and "authors" in columns)]
    notes = [f"{shown}: columns not imported: {', '.join(unknown)}"] if unknown else []
    papers: list[Imported] = []
    problems: list[str] = []
    for cells in _rows(rows, shown):
        line = rows.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(papers) + len(problems) == MAX_PAPERS:
            raise SourceError(f"{shown}:{line}: more than the {MAX_PAPERS:,} papers an import takes")
        try:
            papers.append(_row(cells, columns, f"{shown}:{line}"))
        except SourceError as exc:
            problems.append(str(exc))
    if problems:
        raise SourceError("\n".join(problems))
    return Read(papers, notes)


def _rows(rows: Any, shown: str) -> Iterator[list[str]]:
    """The reader's rows; what it cannot read (a field over its 131,072 characters) named by line."""
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            limit = csv.field_size_limit()
            said = (f"a field longer than {limit:,} characters (a quote left open?)" if "field limit" in str(exc)
                    else f"not CSV ({exc})")
            raise SourceError(f"{shown}:{rows.line_num}: {said}") from None
        yield cells


def _row(cells: list[str], columns: dict[str, int], where: str) -> Imported:
    def cell(name: str) -> str | None:
        i = columns.get(name)
        return _text(cells[i]) if i is not None and i < len(cells) else None

    title = cell("title")
    if not title:
        raise SourceError(f"{where}: title is empty")
    openreview = cell("openreview")
    forum = _forum_id(openreview) if openreview else None
    paper_id = cell("id") or forum
    if not paper_id:
        raise SourceError(f"{where}: no paper id: add an id column (CMT's Paper ID) or an OpenReview link column, "
                          "so that a second import finds the paper again")
    extra = tuple((name, value) for name in EXTRA if (value := cell(name)))
    abstract = cells[columns["abstract"]] if "abstract" in columns and columns["abstract"] < len(cells) else None
    return Imported(
        id=paper_id, title=title, authors=split_authors(cell("authors") or ""), decision=cell("decision") or "",
        where=f"{where} (id {paper_id})", abstract=_clean_abstract(abstract),
        openreview=f"{OPENREVIEW}/forum?id={forum}" if forum else openreview, pdf=cell("pdf"), extra=extra,
        bibtex=_clean_abstract(cells[columns["bibtex"]]) if "bibtex" in columns and columns["bibtex"] < len(cells)
        else None,
    )


def _forum_id(link: str) -> str | None:
    parts = urlsplit(link)
    if not parts.netloc.endswith("openreview.net"):
        return None
    found = parse_qs(parts.query).get("id")
    return found[0] if found else None


_AFFILIATION = re.compile(r"\s*\([^()]*\)\s*$")


def split_authors(text: str) -> tuple[str, ...]:
    """``Jane Doe (MIT)*; John Roe (CMU)`` (CMT) or ``Jane Doe, John Roe and Ann Poe``, in order."""
    parts = text.split(";") if ";" in text else re.split(r",\s*(?:and\s+)?|\s+and\s+", text)
    names = (_AFFILIATION.sub("", part.strip().rstrip("*").strip()).rstrip("*").strip() for part in parts)
    return tuple(name for name in names if name)


def read_assignments(raw: bytes, shown: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """A second file saying where papers are presented: a CSV with a paper id column and a session and/or
    board column (``id,session,board``). Paper id -> its fields."""
    rows = _reader(raw, shown)
    header = [_header(cell) for cell in next(_rows(rows, shown), [])]
    columns = {name: next((header.index(k) for k in COLUMNS[name] if k in header), None)
               for name in ("id", "session", "board")}
    if columns["id"] is None or (columns["session"] is None and columns["board"] is None):
        raise SourceError(f"{shown}:1: expected a paper id column and a session or board column (id,session,board)")
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    problems = []
    for cells in _rows(rows, shown):  # a field over the reader's limit is named by line, as in the papers file
        if not any(cell.strip() for cell in cells):
            continue
        values = {name: _text(cells[i]) if i is not None and i < len(cells) else None for name, i in columns.items()}
        paper_id = values.pop("id")
        if not paper_id:
            problems.append(f"{shown}:{rows.line_num}: no paper id")
        elif paper_id in found:
            problems.append(f"{shown}:{rows.line_num}: paper {paper_id} is assigned twice")
        else:
            found[paper_id] = tuple((name, value) for name, value in values.items() if value)
    if problems:
        raise SourceError("\n".join(problems))
    return found


def assigned(papers: list[Imported], assignments: dict[str, tuple[tuple[str, str], ...]], shown: str) -> list[Imported]:
    """``papers`` with their session and board from a second file; an id the source does not have is an error."""
    known = {paper.id for paper in papers}
    unknown_ids = [paper_id for paper_id in assignments if paper_id not in known]
    if unknown_ids:
        raise SourceError(f"{shown}: {len(unknown_ids)} paper id{'s' if len(unknown_ids) > 1 else ''} not among the "
                          f"source's papers: {', '.join(unknown_ids[:10])}")
    out = []
    for paper in papers:
        given = dict(assignments.get(paper.id, ()))
        extra = tuple((k, v) for k, v in paper.extra if k not in given) + tuple(given.items())
        out.append(replace(paper, extra=extra) if given else paper)
    return out


# -- mapping decisions --


def parse_kind_map(text: str | None) -> dict[str, str]:
    """``--kind-map "lightning=spotlight,contributed talk=oral"``: a venue's own words."""
    mapping: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in (text or "").split(","))):
        word, sep, kind = item.rpartition("=")
        kind, word = kind.strip().lower(), word.strip().lower()
        if not sep or not word:
            raise SourceError(f"--kind-map: {quoted(item)} is not WORD=KIND")
        if kind not in (*KINDS, SKIP):
            raise SourceError(f"--kind-map: {quoted(item)}: the kind must be oral, spotlight, poster or skip")
        mapping[word] = kind
    return mapping


def kind_of(decision: str, kind_map: dict[str, str]) -> str | None:
    """oral, spotlight, poster or skip, by word; None when nothing says, or two kinds do.

    A kind's own word decides ("Accept (Oral)"); else a venue's word from ``kind_map`` (the longest
    phrase first: "accept=poster" maps a bare "Accept" and leaves "Accept (Oral)" an oral); else a
    word of rejection skips the paper.
    """
    lowered = decision.lower()
    words = re.findall(r"[a-z]+", lowered)
    kinds = {WORDS[word] for word in words if WORDS.get(word) in KINDS}
    if len(kinds) == 1:
        return kinds.pop()
    for phrase, kind in sorted(kind_map.items(), key=lambda item: -len(item[0])):
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered):
            return kind
    if not kinds and any(WORDS.get(word) == SKIP for word in words):
        return SKIP
    return None


# -- merging into the edition file --


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    updated: list[tuple[str, list[str]]] = field(default_factory=list)  # id, fields
    missing: list[tuple[str, str]] = field(default_factory=list)  # id, title: in the file, not in the source
    pruned: list[tuple[str, str]] = field(default_factory=list)

    def any(self) -> bool:
        return bool(self.added or self.updated or self.pruned)


def _entry_value(paper: Imported, name: str, kind: str) -> Any:
    if name == "kind":
        return kind
    return list(paper.authors) if name == "authors" else getattr(paper, name)


def _same(old: Any, new: Any) -> bool:
    if isinstance(new, list):
        old_list = [old] if isinstance(old, str) else list(old or [])
        return [str(a) for a in old_list] == new
    return old is not None and str(old).rstrip() == str(new).rstrip()  # a block scalar may end in a newline


def merge(entries: list[Any], papers: Sequence[tuple[Imported, str]], *, prune: bool, new_entry: Any,
          unmapped: Iterable[str] = ()) -> Changes:
    """Update ``entries`` (the file's papers, round-trip mappings) in place from ``papers`` (each with its kind).

    ``new_entry(mapping)`` makes a round-trip mapping for a paper the file does not have yet.
    ``unmapped``: ids the source has with a decision that says no kind: what the file has of
    them stays as it is, and is neither reported missing nor pruned.
    """
    changes = Changes()
    by_id = {str(e["id"]): e for e in entries if isinstance(e, dict) and e.get("id") is not None}
    wanted = {p.id for p, _ in papers} | set(unmapped)
    for paper, kind in papers:
        entry = by_id.get(paper.id)
        if entry is None:
            fields: dict[str, Any] = {"id": paper.id}
            for name in OWNED:
                value = _entry_value(paper, name, kind)
                if value not in (None, []):
                    fields[name] = value
            fields.update(paper.extra)
            entries.append(new_entry(fields))
            changes.added.append(paper.id)
            continue
        changed = []
        for name, value in [*((n, _entry_value(paper, n, kind)) for n in OWNED), *paper.extra]:
            if value in (None, []):
                continue  # the source has none: what the file has (perhaps added by hand) stays
            if not _same(entry.get(name), value):
                entry[name] = new_entry({"": value})[""] if isinstance(value, list) else value
                changed.append(name)
        if changed:
            changes.updated.append((paper.id, changed))
    for entry in list(entries):
        if isinstance(entry, dict) and entry.get("id") is not None and str(entry["id"]) not in wanted:
            gone = (str(entry["id"]), str(entry.get("title", "")))
            if prune:
                entries.remove(entry)
                changes.pruned.append(gone)
            else:
                changes.missing.append(gone)
    return changes


class Mapped(NamedTuple):
    papers: list[tuple[Imported, str]]  # each with its kind
    unmapped: list[tuple[str, str]]  # id, the problem: the decision says no kind
    skipped: int  # not accepted


def mapped(papers: Iterable[Imported], kind_map: dict[str, str]) -> Mapped:
    """Each paper with its kind, those whose decision says none, and how many were not accepted."""
    kept, unmapped, problems, skipped = [], [], [], 0
    seen: dict[str, str] = {}
    for paper in papers:
        if paper.id in seen:
            problems.append(f"{paper.where}: the same id as {seen[paper.id]}")
            continue
        seen[paper.id] = paper.where
        kind = kind_of(paper.decision, kind_map)
        if kind == SKIP:
            skipped += 1
        elif kind is None:
            said = f"{quoted(paper.decision)}" if paper.decision else "nothing"
            unmapped.append((paper.id, f"{paper.where}: the decision says {said}: cannot tell oral, spotlight "
                                       "or poster (give --kind-map WORD=KIND): left out"))
        else:
            kept.append((paper, kind))
    if problems:
        raise SourceError("\n".join(problems))
    return Mapped(kept, unmapped, skipped)


def _named_papers(schedule: Any) -> dict[str, str]:
    """Paper id -> the schedule item (``schedule[3].items[1]``) that names it with ``paper:``."""
    named = {}
    for i, entry in enumerate(schedule if isinstance(schedule, list) else []):
        items = entry.get("items") if isinstance(entry, dict) and "session" in entry else [entry]
        for j, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and item.get("paper") is not None:
                named[str(item["paper"])] = f"schedule[{i}]" if item is entry else f"schedule[{i}].items[{j}]"
    return named


def papers_block(text: str) -> tuple[int, int, int]:
    """Where the top-level ``papers:`` block is in ``text``: start and end line (0-based, end
    excluded), and the indentation of its list items; (-1, -1, 2) when there is none."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"papers\s*:", line)), -1)
    if start < 0:
        return -1, -1, _sequence_offset(lines)
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "\t", "-", "#")):
        end += 1
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # blank lines and comments before the next key belong to it
    return start, end, _sequence_offset(lines[start:end]) if end > start + 1 else _sequence_offset(lines)


def _sequence_offset(lines: list[str]) -> int:
    """How far the file indents a list under its key (0: ``- item`` right under it), so new text matches."""
    for line in lines:
        match = re.match(r"( *)- ", line)
        if match:
            return len(match.group(1)) if len(match.group(1)) <= 4 else 2
    return 2


def update_file(text: str, shown: str, found: Mapped, *, prune: bool) -> tuple[str, Changes]:
    """The edition file's ``text`` with ``papers`` merged in (as it was when nothing changed), and the changes.

    The whole file is read round-trip, but only its ``papers:`` block is taken from what the
    YAML library writes back: indentation and wrapping elsewhere stay exactly as they were.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.scalarstring import LiteralScalarString

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # a long title stays on its line
    start, end, offset = papers_block(text)
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    try:
        data = yaml.load(text)
    except YAMLError as exc:
        raise SourceError(f"{shown}: cannot read it as YAML ({exc}): run esfomo check") from None
    if not isinstance(data, CommentedMap):
        raise SourceError(f"{shown}: expected a mapping of fields (name, schedule, papers, ...)")
    entries = data.get("papers")
    if entries is None or (isinstance(entries, CommentedSeq) and not entries):
        entries = CommentedSeq()  # `papers: []` (as new-edition writes it) becomes a block list
        data["papers"] = entries
    if not isinstance(entries, CommentedSeq):
        raise SourceError(f"{shown}: papers: expected a list")

    def new_entry(fields: dict[str, Any]) -> CommentedMap:
        entry = CommentedMap()
        for name, value in fields.items():
            if isinstance(value, list):
                value = CommentedSeq(value)
                value.fa.set_flow_style()  # authors on one line
            elif isinstance(value, str) and "\n" in value:
                value = LiteralScalarString(value)
            entry[name] = value
        return entry

    changes = merge(entries, found.papers, prune=prune, new_entry=new_entry, unmapped=(i for i, _ in found.unmapped))
    named = _named_papers(data.get("schedule"))
    kept_named = [f"{paper_id} (named by {named[paper_id]})" for paper_id, _ in changes.pruned if paper_id in named]
    if kept_named:
        raise SourceError(f"{shown}: --prune would remove papers the schedule names: {', '.join(kept_named)}; "
                          "change those items first")
    if not changes.any():
        return text, changes
    for entry in entries:  # an abstract updated to several lines is written as a block too
        if isinstance(entry, CommentedMap) and isinstance(entry.get("abstract"), str) and "\n" in entry["abstract"]:
            entry["abstract"] = LiteralScalarString(entry["abstract"])
    out = io.StringIO()
    yaml.dump(data, out)
    dumped = out.getvalue()
    new_start, new_end, _ = papers_block(dumped)
    block = "".join(dumped.splitlines(keepends=True)[new_start:new_end])
    lines = text.splitlines(keepends=True)
    if start < 0:
        head = text if text.endswith("\n") or not text else text + "\n"
        return head + ("\n" if head.strip() else "") + block, changes
    return "".join(lines[:start]) + block + "".join(lines[end:]), changes
