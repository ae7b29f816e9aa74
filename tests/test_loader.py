"""The loader's errors: every problem at once, each with its exact file, line, column and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from conftest import write_tree

from mkdocs_esfomo import cache
from mkdocs_esfomo.data import loader, yamlsource
from mkdocs_esfomo.errors import DataError

PEOPLE = """
    tri-dao:
      name: Tri Dao
      affiliation: Princeton
    albert-gu:
      name: Albert Gu
"""
EDITION = """
    name: Test I
    date: 2025-07-18
    timezone: America/Vancouver
    organizers: [tri-dao]
    schedule:
      - {time: "9:00", kind: invited, title: Hello, speakers: [albert-gu]}
"""


def problems(tmp_path: Path, people: str = PEOPLE, **editions: str) -> list[str]:
    write_tree(tmp_path, {"docs/_data/people.yml": people})
    write_tree(tmp_path, {f"docs/_data/editions/{k.lstrip('e')}.yml": v for k, v in (editions or {"e2025": EDITION}).items()})
    try:
        workshop = loader.load(tmp_path / "docs")
    except DataError as exc:
        return [str(p) for p in exc.problems]
    return [str(w) for w in workshop.warnings]


def test_valid_data_loads(tmp_path: Path) -> None:
    write_tree(tmp_path, {"docs/_data/people.yml": PEOPLE, "docs/_data/editions/2025.yml": EDITION})
    workshop = loader.load(tmp_path / "docs", now=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))
    row = workshop.editions["2025"].rows[0]
    assert row.start == dt.datetime(2025, 7, 18, 9, 0, tzinfo=row.start.tzinfo)
    assert row.start.utcoffset() == dt.timedelta(hours=-7)
    assert [p.name for p in row.speakers] == ["Albert Gu"]


def test_unknown_key_is_located_with_a_suggestion(tmp_path: Path) -> None:
    people = PEOPLE.replace("      affiliation: Princeton", "      afiliation: Princeton")
    assert problems(tmp_path, people) == [
        "docs/_data/people.yml:3:3: tri-dao.afiliation: unknown key 'afiliation' (did you mean 'affiliation'?)"
    ]


def test_missing_required_field_points_at_its_mapping(tmp_path: Path) -> None:
    people = PEOPLE.replace("      name: Albert Gu", "      affiliation: CMU")
    assert problems(tmp_path, people) == ["docs/_data/people.yml:5:3: albert-gu.name: required field is missing"]


def test_all_problems_of_all_files_are_reported_together(tmp_path: Path) -> None:
    people = PEOPLE.replace("      name: Albert Gu", "      name: Albert Gu\n      url: ftp://x")
    edition = EDITION.replace('"9:00"', '"25:00"').replace("[tri-dao]", "[tri-da]")
    assert problems(tmp_path, people, e2025=edition) == [
        "docs/_data/editions/2025.yml:4:14: organizers[0]: unknown person 'tri-da' (did you mean 'tri-dao'?);"
        " add 'tri-da' to _data/people.yml",
        "docs/_data/editions/2025.yml:6:12: schedule[0].time: '25:00' is not a time: hours go from 0 to 23",
        "docs/_data/people.yml:6:8: albert-gu.url: 'ftp://x' is not a web address: it must start with http://"
        " or https:// (or mailto:)",
    ]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ('"9:00"', '"8:70pm"', "6:12: schedule[0].time: '8:70pm' is not a time: minutes go from 00 to 59"),
        ('"9:00"', "after lunch", "6:12: schedule[0].time: 'after lunch' is not a time: write it like \"08:30\", \"8:30am\" or \"noon\""),
        ("kind: invited", "kind: invted", "6:26: schedule[0].kind: 'invted' is not one of: remarks, invited, keynote, talk, oral, spotlight, poster, panel, break, awards, social (did you mean 'invited'?)"),
        ("date: 2025-07-18", "date: 2023-02-30", "2:7: date: '2023-02-30' is not a real date (day is out of range for month)"),
        ("America/Vancouver", "America/Vancover", "3:11: timezone: unknown time zone 'America/Vancover' (did you mean 'America/Vancouver'?)"),
        ("[albert-gu]", "[albert-gu, albert-gu]", "6:71: schedule[0].speakers[1]: 'albert-gu' is listed twice"),
    ],
)
def test_edition_errors(tmp_path: Path, before: str, after: str, expected: str) -> None:
    assert before in EDITION
    assert problems(tmp_path, e2025=EDITION.replace(before, after)) == [f"docs/_data/editions/2025.yml:{expected}"]


def test_a_schedule_needs_a_timezone(tmp_path: Path) -> None:
    edition = EDITION.replace("    timezone: America/Vancouver\n", "")
    assert problems(tmp_path, e2025=edition) == [
        "docs/_data/editions/2025.yml:4:1: timezone: required when there is a schedule (e.g. timezone: Europe/Vienna)"
    ]


def test_yaml_syntax_error_is_located(tmp_path: Path) -> None:
    assert problems(tmp_path, e2025="name: X\norganizers: [tri-dao\n") == [
        "docs/_data/editions/2025.yml:3:1: the '[' at line 2, column 13 is not closed: add ']' (or a ',' between its items)"
    ]


def test_missing_photo_is_a_warning_and_the_person_keeps_no_photo(tmp_path: Path) -> None:
    people = PEOPLE.replace("      affiliation: Princeton", "      photo: assets/tri.jpg")
    assert problems(tmp_path, people) == [
        "docs/_data/people.yml:3:10: tri-dao.photo: photo file 'assets/tri.jpg' not found in the docs folder"
    ]
    workshop = loader.load(tmp_path / "docs")
    assert workshop.people["tri-dao"].photo is None
    assert workshop.people["tri-dao"].initials == "TD"


def test_a_group_beside_a_talk_is_shown_nowhere_and_said_so(tmp_path: Path) -> None:
    """``group`` sorts the people of a role; on a talk's speaker it would be shown nowhere: a warning at its line,
    and in the organizers' list none."""
    edition = EDITION.replace("organizers: [tri-dao]", "organizers: [{id: tri-dao, group: Program chairs}]")
    edition = edition.replace("speakers: [albert-gu]", "speakers: [{id: albert-gu, group: Chairs}]")
    assert problems(tmp_path, e2025=edition) == [
        "docs/_data/editions/2025.yml:6:83: schedule[0].speakers[0].group: a group is shown in the organizers, "
        "speakers and panelists lists, not beside a talk: move it there or delete it"]  # fmt: skip
    workshop = loader.load(tmp_path / "docs")
    assert [(p.name, p.group) for p in workshop.editions["2025"].people["organizers"]] == [("Tri Dao", "Program chairs")]


def test_an_unchanged_file_is_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(tmp_path, {"docs/_data/people.yml": PEOPLE, "docs/_data/editions/2025.yml": EDITION})
    memory = cache.Memory()  # what one builder keeps between its builds
    loader.load(tmp_path / "docs", memory=memory)
    reads: list[Path] = []
    real = loader.read
    monkeypatch.setattr(loader, "read", lambda path, *args, **kw: reads.append(path) or real(path, *args, **kw))
    loader.load(tmp_path / "docs", memory=memory)
    assert reads == []
    loader.load(tmp_path / "docs")  # another builder reads for itself
    assert len(reads) == 2
    reads.clear()
    edition = tmp_path / "docs/_data/editions/2025.yml"
    edition.write_text(edition.read_text().replace("Test I", "Test One"))
    assert loader.load(tmp_path / "docs", memory=memory).editions["2025"].data.name == "Test One"
    assert reads == [edition]


PAPERS = "".join(f"""
      - id: p{i}
        title: Paper {i}
        authors: [A. Author, B. Author]""" for i in range(6)) + "\n"
SCHEDULE = """
    schedule:
      - session: Morning
        items:
          - {time: "9:00", kind: invited, title: Hello, speakers: [albert-gu]}
          - {time: "9:30", paper: p1}
      - {time: "10:00", kind: break}
"""


def test_an_edited_file_loads_as_a_fresh_read_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`mkdocs serve` reads an edited file in pieces, reusing what the unchanged ones were read and
    validated into; the workshop is the one a first read of the same files gives."""
    edition = EDITION.split("    schedule:")[0] + SCHEDULE + "    papers:" + PAPERS
    write_tree(tmp_path / "a", {"docs/_data/people.yml": PEOPLE, "docs/_data/editions/2025.yml": edition})
    path = tmp_path / "a/docs/_data/editions/2025.yml"
    walked: list[str] = []
    real = yamlsource._walk
    monkeypatch.setattr(yamlsource, "_walk", lambda text, *a, **k: walked.append(text) or real(text, *a, **k))
    text = path.read_text()
    edits = [
        ("title: Paper 1", "title: Paper One"),  # the first edit reads the file whole
        ("title: Paper 2", "title: Paper Two"),  # then only the piece that changed
        ("kind: break}", "kind: break, title: Coffee}"),
        ("- id: p5", "- id: p1"),  # an error (read whole again, for its position), then fixed
        ("- id: p1\n    title: Paper 5", "- id: p5\n    title: Paper 5"),
        ("name: Test I", "name: Test Two"),
        ("papers:", "papers:\n  - {id: p9, title: New, authors: C. Author}"),
    ]
    memory = cache.Memory()
    before = loader.load_data(tmp_path / "a/docs", shown_root=tmp_path / "a", memory=memory)
    for n, (old, new) in enumerate(edits):
        assert old in text
        text = text.replace(old, new, 1)
        path.write_text(text)
        write_tree(tmp_path / f"fresh{n}", {"docs/_data/people.yml": PEOPLE, "docs/_data/editions/2025.yml": text})
        walked.clear()
        got: Any
        try:
            got = loader.load_data(tmp_path / "a/docs", shown_root=tmp_path / "a", memory=memory)
        except DataError as exc:
            got = exc.problems
        parsed = list(walked)
        expected: Any
        try:
            expected = loader.load_data(tmp_path / f"fresh{n}/docs", shown_root=tmp_path / f"fresh{n}")
        except DataError as exc:
            expected = exc.problems
        assert got == expected
        if n == 0:
            assert parsed == [text]
        elif n in (1, 2, 5, 6):  # one piece: the paper, the schedule entry, the name, the new paper
            assert len(parsed) == 1 and new.split("\n")[-1] in parsed[0] and len(parsed[0]) < 100
        if n == 1:
            papers, was = got.editions["2025"].papers, before.editions["2025"].papers
            assert papers["p2"].title == "Paper Two" and papers["p3"] is was["p3"]  # records kept
        if n == 3:
            assert [str(p) for p in got] == ["docs/_data/editions/2025.yml:28:9: papers[5].id: paper id 'p1' is used twice"]
        before = got if not isinstance(got, list) else before


def test_announcements_follow_the_build_date(tmp_path: Path) -> None:
    edition = EDITION + """\
    announcements:
      - {text: Submit!, until: 2025-05-27}
      - {text: See you there, from: 2025-07-01}
    """
    write_tree(tmp_path, {"docs/_data/people.yml": PEOPLE, "docs/_data/editions/2025.yml": edition})

    def shown(day: str) -> list[str]:
        now = dt.datetime.fromisoformat(day + "T12:00:00+00:00")
        return [a.text for a in loader.load(tmp_path / "docs", now=now).editions["2025"].announcements]

    assert shown("2025-05-27") == ["Submit!"]
    assert shown("2025-06-15") == []
    assert shown("2025-07-01") == ["See you there"]
