"""Properties: any data the schema accepts builds; any YAML or bytes either validate or give the loader's own error."""

from __future__ import annotations

import datetime as dt
import logging
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import MINIMAL_CONFIG, ROOT, build_site, write_tree
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mkdocs_esfomo import values
from mkdocs_esfomo.data import loader, schema, yamlsource
from mkdocs_esfomo.errors import DataError, Problem

RUNS: Counter[str] = Counter()

# -- valid data --

# Any Unicode a YAML file can hold: no surrogates, no control characters but line breaks and tabs.
CHARS = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t")
TEXT = st.text(CHARS, min_size=1, max_size=24).filter(lambda s: s.strip())
IDS = st.from_regex(r"[a-z0-9][a-z0-9-]{0,8}", fullmatch=True)
ZONES = st.sampled_from(["UTC", "Europe/Vienna", "America/Vancouver", "Asia/Kolkata", "Australia/Lord_Howe",
                         "Pacific/Chatham", "America/St_Johns", "Pacific/Kiritimati"])
DATES = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
KINDS = st.sampled_from(list(values.KIND_LABEL))
URLS = st.sampled_from(["https://example.org/", "http://example.org/a?b=c&d=e#f", "mailto:someone@example.org"])


@st.composite
def times(draw: st.DrawFn) -> Any:
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    forms = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}",
             f"{hour % 12 or 12}:{minute:02d}{'pm' if hour >= 12 else 'am'}",
             f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"]
    if hour * 60 + minute >= 24:  # YAML's number for an unquoted 8:30 (510); under 24 it reads as an hour: an error
        forms.append(hour * 60 + minute)
    return draw(st.sampled_from([*forms, "noon"] if (hour, minute) == (12, 0) else forms))


@st.composite
def refs(draw: st.DrawFn, ids: list[str]) -> list[Any]:
    chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=3)) if ids else []
    out: list[Any] = [draw(st.sampled_from([pid, {"id": pid, "affiliation": draw(TEXT)}])) for pid in chosen]
    out += [{"name": draw(TEXT), "affiliation": draw(TEXT)} for _ in range(draw(st.integers(0, 1)))]
    return out


@st.composite
def items(draw: st.DrawFn, ids: list[str], papers: list[str]) -> dict[str, Any]:
    item: dict[str, Any] = {"time": draw(times()), "kind": draw(KINDS)}
    if papers and draw(st.booleans()):
        item["paper"] = draw(st.sampled_from(papers))
    else:
        item["title"] = draw(TEXT)
    for key, strategy in (("label", TEXT), ("emoji", TEXT), ("link", URLS), ("abstract", TEXT)):
        if draw(st.booleans()):
            item[key] = draw(strategy)
    if draw(st.booleans()):
        item["speakers"] = draw(refs(ids))
    if draw(st.booleans()):
        item["links"] = {draw(TEXT): draw(URLS)}
    return item


@st.composite
def sites(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], str]:
    ids = draw(st.lists(IDS, unique=True, max_size=4))
    people = {pid: {"name": draw(TEXT), **({"affiliation": draw(TEXT)} if draw(st.booleans()) else {}),
                    **({"bio": draw(TEXT)} if draw(st.booleans()) else {}),
                    **({"url": draw(URLS)} if draw(st.booleans()) else {})} for pid in ids}
    paper_ids = draw(st.lists(IDS, unique=True, max_size=3))
    papers = [{"id": pid, "title": draw(TEXT), "authors": draw(st.lists(TEXT, max_size=2)),
               "kind": draw(st.sampled_from(["oral", "spotlight", "poster"]))} for pid in paper_ids]
    first = draw(DATES)
    date: Any = first if draw(st.booleans()) else [first, first + dt.timedelta(days=draw(st.integers(0, 3)))]
    schedule: list[Any] = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            schedule.append(draw(items(ids, paper_ids)))
        else:
            session: dict[str, Any] = {"session": draw(TEXT), "items": draw(st.lists(items(ids, paper_ids), min_size=1,
                                                                                   max_size=2))}
            if draw(st.booleans()):
                session["emoji"] = draw(TEXT)
            schedule.append(session)
    edition: dict[str, Any] = {
        "name": draw(TEXT), "title": draw(TEXT), "subtitle": draw(TEXT), "summary": draw(TEXT), "tagline": draw(TEXT),
        "date": date, "timezone": draw(ZONES),
        "conference": {"name": draw(TEXT), "url": draw(URLS)},
        "location": {"city": draw(TEXT), "venue": draw(TEXT), "room": draw(TEXT)},
        "contact": "chairs@example.org",
        "links": {draw(st.sampled_from(["submission", "papers", "recordings", "conference_page"])): draw(URLS)},
        "announcements": [{"text": draw(TEXT), **({"until": draw(DATES)} if draw(st.booleans()) else {})}],
        "dates": [{"name": draw(TEXT),
                   "at": draw(st.one_of(DATES, st.builds(lambda d, h, m: f"{d} {h:02d}:{m:02d}", DATES,
                                                         st.integers(0, 23), st.integers(0, 59)))),
                   "tz": draw(st.sampled_from(["AoE", "UTC", "Asia/Tokyo"]))} for _ in range(draw(st.integers(0, 2)))],
        "topics": [{"group": draw(TEXT), "items": draw(st.lists(TEXT, max_size=2))}],
        "organizers": draw(refs(ids)), "speakers": draw(refs(ids)), "panelists": draw(refs(ids)),
        "sponsors": [{"name": draw(TEXT), "tier": draw(TEXT)}],
        "schedule": schedule,
        "papers": papers,
    }
    if draw(st.booleans()):
        edition["timezone_label"] = draw(TEXT)
    return people, edition, draw(st.sampled_from(["2025", "edition-a", "2030.1"]))


INDEX = "".join(f"<!-- esfomo/{d} -->\n\n" for d in ("title", "banner", "announcements", "gist", "schedule", "dates",
                                                      "topics", "papers", "sponsors", "editions"))
INDEX += "".join(f"<!-- esfomo/people {{ role: {role}, layout: {layout} }} -->\n\n"
                 for role, layout in (("organizers", "grid"), ("speakers", "horizontal"), ("panelists", "grid")))


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def words(text: str) -> str:
    return " ".join(text.split())


class Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


# Each example is a whole build: no shrinking, so a failure is reported at once (as generated).
@settings(max_examples=30, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(sites())
def test_any_data_the_schema_accepts_builds(site: tuple[dict[str, Any], dict[str, Any], str]) -> None:
    people, edition, eid = site
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_tree(root, {"mkdocs.yml": MINIMAL_CONFIG, "docs/index.md": INDEX,
                          "docs/_data/people.yml": dump(people) if people else "{}\n",
                          f"docs/_data/editions/{eid}.yml": dump(edition)})
        # Valid data builds; what the checks find wrong in it (times out of order, say) is a located warning.
        warnings = Collected()
        logging.getLogger("mkdocs.plugins.esfomo").addHandler(warnings)
        try:
            built = build_site(root, strict=False)
        finally:
            logging.getLogger("mkdocs.plugins.esfomo").removeHandler(warnings)
        assert all(re.match(r"^docs/_data/\S+:\d+:\d+: ", message) for message in warnings.messages), warnings.messages
        home = BeautifulSoup((built / "index.html").read_text(encoding="utf-8"), "lxml")
        assert words(home.select_one("h1.esfomo-title").get_text()) == words(edition["name"])
        text = words(home.get_text())
        for pid, person in people.items():  # everyone with a role has a card (the edition may rename them)
            listed = [ref for role in values.ROLES for ref in edition[role]
                      if ref == pid or (isinstance(ref, dict) and ref.get("id") == pid)]
            assert not listed or words(person["name"]) in text
    RUNS["valid sites built"] += 1


# -- any YAML, any bytes: validated, or the loader's own error --

FIELDS = sorted({*schema.EditionFile.model_fields, "session", "items", "time", "kind", "id", "name", "from", "at",
                 "tz", "image", "alt", "text", "group", "url", "photo", "speakers", "paper", "end", "until"})
KEYS = st.one_of(st.sampled_from(FIELDS), st.text(CHARS, max_size=6), IDS)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(CHARS, max_size=12), DATES, IDS, times(), URLS, ZONES, KINDS)
VALUES = st.recursive(SCALARS, lambda children: st.one_of(st.lists(children, max_size=4),
                                                           st.dictionaries(KEYS, children, max_size=5)), max_leaves=12)
DOCUMENTS = st.one_of(VALUES, st.dictionaries(KEYS, VALUES, min_size=1, max_size=8))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One docs folder for all examples: files are rewritten, the loader's cache cleared each time."""
    return tmp_path_factory.mktemp("examples")


def load_only(root: Path, files: dict[str, str | bytes]) -> None:
    """``loader.load`` on a docs folder holding ``files``: a workshop or a :class:`DataError`, nothing else."""
    base: dict[str, str | bytes] = {"docs/_data/people.yml": "ada:\n  name: Ada\n",
                                    "docs/_data/editions/2025.yml": "name: X\n"}
    for rel, content in {**base, **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    # a new loader memory each time: nothing of the previous example is reused
    try:
        loader.load(root / "docs", shown_root=root)
        RUNS["loaded"] += 1
    except DataError as exc:
        assert exc.problems and all(isinstance(p, Problem) and p.line >= 1 and p.col >= 1 for p in exc.problems)
        RUNS["DataError"] += 1


TARGETS = st.sampled_from(["docs/_data/editions/2025.yml", "docs/_data/people.yml"])


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, TARGETS)
def test_any_yaml_structure_validates_or_gives_data_error(folder: Path, document: Any, target: str) -> None:
    load_only(folder, {target: yaml.safe_dump(document, allow_unicode=True)})
    RUNS["yaml structures"] += 1


VALID = {
    "name": "X", "date": "2025-07-18", "timezone": "UTC", "contact": "a@example.org",
    "conference": {"name": "C", "url": "https://c.example.org"}, "location": {"city": "V", "map": "https://m.example"},
    "banner": {"width": 300, "alt": "A"}, "links": {"submission": "https://s.example"},
    "announcements": [{"text": "Hi", "from": "2025-01-01", "until": "2025-02-01"}],
    "dates": [{"name": "Deadline", "at": "2025-05-01 12:00", "tz": "UTC", "was": "2025-04-01", "note": "n"}],
    "topics": [{"group": "G", "items": ["a"]}],
    "organizers": ["ada"], "speakers": [{"id": "ada", "affiliation": "A"}, {"name": "B", "url": "https://b.example"}],
    "sponsors": [{"name": "S", "url": "https://s.example", "tier": "Gold"}],
    "schedule": [{"time": "9:00", "end": "9:30", "kind": "talk", "title": "T", "speakers": ["ada"],
                  "links": {"slides": "https://x.example"}, "paper": "p1"},
                 {"session": "S", "emoji": "x", "time": "10:00", "items": [{"title": "U", "abstract": "*a*"}]}],
    "papers": [{"id": "p1", "title": "P", "authors": ["A"], "kind": "oral", "url": "https://p.example"}],
}


def paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in ``value`` where another value could be put."""
    inner = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    return [at] + [p for key, child in inner for p in paths(child, (*at, key))]


def replaced(value: Any, at: tuple[Any, ...], new: Any) -> Any:
    if not at:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[at[0]] = replaced(copy[at[0]], at[1:], new)
    return copy


def test_the_valid_edition_is_valid(tmp_path: Path) -> None:
    write_tree(tmp_path, {"docs/_data/people.yml": "ada:\n  name: Ada\n",
                          "docs/_data/editions/2025.yml": yaml.safe_dump(VALID)})
    edition = loader.load(tmp_path / "docs").editions["2025"]
    assert len(edition.rows) == 3 and edition.people["speakers"][0].affiliation == "A"


@settings(max_examples=200, deadline=None, database=None)
@given(st.sampled_from(paths(VALID)[1:]), VALUES)
def test_one_value_off_in_a_valid_edition_validates_or_gives_data_error(
    folder: Path, at: tuple[Any, ...], value: Any
) -> None:
    edition = replaced(VALID, at, value)
    load_only(folder, {"docs/_data/editions/2025.yml": yaml.safe_dump(edition, allow_unicode=True)})
    RUNS["edition values"] += 1


@settings(max_examples=150, deadline=None, database=None)
@given(st.binary(max_size=200), TARGETS)
def test_any_bytes_validate_or_give_data_error(folder: Path, data: bytes, target: str) -> None:
    load_only(folder, {target: data})
    RUNS["byte files"] += 1


@settings(max_examples=600, deadline=None, database=None)
@given(st.one_of(st.text(max_size=80), st.text(st.sampled_from(list("-:[]{}&*!|>'\"#%@`,? \n\tab01")), max_size=40)))
def test_the_yaml_reader_returns_a_document_or_problems(text: str) -> None:
    doc, problems = yamlsource.parse(text, "x.yml")
    assert (doc is None) == bool(problems)
    assert all(isinstance(p, Problem) and p.path == "x.yml" and p.line >= 1 and p.col >= 1 for p in problems)
    RUNS["yaml texts"] += 1


# -- a file being edited is parsed in pieces: the same data as parsing it whole --

REAL_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs/_data").rglob("*.yml"))]
# Lines that open, close or end constructs across the places a file is cut into pieces.
LINES = ["- x", "  - x", "    - y", "k: v", "name: 'open", 'title: "a', '  b"', "x: [a,", "  b]", "- |", "  text",
         "---", "...", "%YAML 1.1", "# c", "", "\t- x", "  -", "-", '"q": 1', "? x", ": y", "a: &x 1", "b: *x",
         "k:", "  k2: v", "key: value # c", "summary: |", "   deep", "papers:", "  - title: T", "    authors: [A]",
         "x\ry: 1", "z: \u2028", "- - a", "  -\tb"]
EDITS = st.tuples(st.integers(0, 10**6), st.sampled_from(["replace", "insert", "delete", "indent", "dedent"]),
                  st.sampled_from(LINES))


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return draw(st.sampled_from(REAL_TEXTS))
    document = draw(st.dictionaries(KEYS, VALUES, min_size=1, max_size=8))
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, indent=draw(st.sampled_from([2, 4])),
                          default_flow_style=draw(st.sampled_from([False, None])), width=draw(st.sampled_from([20, 80])))


def edited(text: str, edit: tuple[int, str, str]) -> str:
    at, op, line = edit
    lines = text.split("\n")
    i = at % len(lines)
    if op == "replace":
        lines[i] = line
    elif op == "insert":
        lines.insert(i, line)
    elif op == "delete":
        del lines[i]
    elif op == "indent":
        lines[i] = "  " + lines[i]
    else:
        lines[i] = lines[i].removeprefix("  ")
    return "\n".join(lines)


def same(a: Any, b: Any) -> bool:
    """Equal, with NaN equal to itself."""
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(same, a, b))
    return (a != a and b != b) or (type(a) is type(b) and a == b)  # NaN is the one value not equal to itself


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_texts(), st.lists(EDITS, min_size=1, max_size=4))
def test_an_edited_file_parses_in_pieces_as_it_does_whole(text: str, edits: list[tuple[int, str, str]]) -> None:
    doc, _ = yamlsource.parse(text, "x.yml", {})
    pieces: yamlsource.Pieces = dict(doc.pieces or {}) if doc else {}
    for edit in edits:
        text = edited(text, edit)
        whole, whole_problems = yamlsource.parse(text, "x.yml")
        doc, problems = yamlsource.parse(text, "x.yml", pieces)  # pieces of any earlier version
        assert problems == whole_problems
        assert (doc is None) == (whole is None)
        if doc and whole:
            assert same(doc.data, whole.data), text
            pieces |= doc.pieces or {}
            RUNS["edits in pieces"] += 1
        RUNS["edited texts"] += 1


def test_report_counts() -> None:
    print(f"\nhypothesis examples: {dict(RUNS)}, total {sum(v for k, v in RUNS.items() if k not in ('loaded', 'DataError'))}")
