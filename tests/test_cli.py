"""The ``esfomo`` command, run as installed (a subprocess) and in-process, end to end on copies of real sites."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, build_site, soup
from jsonschema import Draft202012Validator
from mkdocs.exceptions import Abort

from mkdocs_esfomo.commands import cli, editions
from mkdocs_esfomo.data import loader

SECOND = ROOT / "tests" / "fixtures" / "second-workshop"


def esfomo(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m mkdocs_esfomo ARGS`` in ``cwd``, as a user runs ``esfomo ARGS`` there."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs_esfomo", *map(str, args)]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the repository's real ES-FoMo site."""
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def replace(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (which must occur once) in ``path``; return its 1-based line."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problem_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("esfomo ")]


def test_console_script_is_installed() -> None:
    script = shutil.which("esfomo", path=str(Path(sys.executable).parent))
    assert script, "pip install -e . installs the esfomo command next to python"
    done = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    for command in ("check", "schema", "new-edition", "import-alfolio"):
        assert command in done.stdout


# -- check --


def test_check_passes_on_the_real_site(site: Path) -> None:
    done = esfomo("check", cwd=site)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    people = len(yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")))
    assert done.stdout == f"esfomo check: 2 editions (2025, 2024; current: 2025), {people} people, 0 warnings\n"


def test_check_reports_data_errors_where_they_are(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    people = site / "docs/_data/people.yml"
    line = replace(people, "  affiliation: UCSD, Together AI\n", "  afiliation: UCSD, Together AI\n")
    edition = site / "docs/_data/editions/2025.yml"
    line2 = replace(edition, "timezone: America/Vancouver ", "timezone: America/Vancover ")
    done = esfomo("check", cwd=site)
    assert done.returncode == 1
    assert problem_lines(done.stderr) == [
        f"docs/_data/editions/2025.yml:{line2}:11: timezone: unknown time zone 'America/Vancover'"
        " (did you mean 'America/Vancouver'?)",
        f"docs/_data/people.yml:{line}:3: dan-fu.afiliation: unknown key 'afiliation' (did you mean 'affiliation'?)",
    ]
    assert done.stderr.endswith("esfomo check: 2 errors, 0 warnings\n")
    # The build fails with the very same messages.
    with pytest.raises(Abort):
        build_site(site)
    assert all(line in caplog.text.splitlines() for line in problem_lines(done.stderr))


def test_check_reports_page_directive_errors_as_the_build_does(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    line = replace(site / "docs/index.md", "<!-- esfomo/schedule -->", "<!-- esfomo/schedul -->")
    done = esfomo("check", cwd=site)
    assert done.returncode == 1
    assert problem_lines(done.stderr) == [
        f"docs/index.md:{line}:1: esfomo/schedul: unknown directive (did you mean 'schedule'?); known: title, hero, banner,"
        " announcements, gist, people, schedule, dates, topics, papers, sponsors, editions"
    ]
    with pytest.raises(Abort):
        build_site(site)
    assert problem_lines(done.stderr)[0] in caplog.text.splitlines()


def test_check_warnings_fail_only_in_strict_mode(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = replace(site / "docs/_data/people.yml", "photo: assets/img/dan.jpeg", "photo: assets/img/gone.jpeg")
    warning = (
        f"docs/_data/people.yml:{line}:10: warning: dan-fu.photo:"
        " photo file 'assets/img/gone.jpeg' not found in the docs folder"
    )
    config = str(site / "mkdocs.yml")
    assert cli.main(["check", "--config-file", config]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [warning]
    assert out.endswith("1 warning\n")
    assert cli.main(["check", "--config-file", config, "--strict"]) == 1
    assert capsys.readouterr().err.splitlines() == [warning, "esfomo check: 0 errors, 1 warning in strict mode"]
    # `strict: true` in mkdocs.yml makes every build strict, and so the check.
    with (site / "mkdocs.yml").open("a", encoding="utf-8") as file:
        file.write("strict: true\n")
    assert cli.main(["check", "-f", config]) == 1


def test_check_reads_plugin_options_through_mkdocs(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``!ENV`` works as in a build, and the plugin's `current` option is honoured and checked."""
    replace(site / "mkdocs.yml", "  - esfomo", "  - esfomo:\n      current: !ENV [ESFOMO_CURRENT, '2025']")
    monkeypatch.setenv("ESFOMO_CURRENT", "2024")
    done = esfomo("check", cwd=site)
    assert done.returncode == 0, done.stderr
    assert "current: 2024" in done.stdout
    monkeypatch.setenv("ESFOMO_CURRENT", "2042")
    done = esfomo("check", cwd=site)
    assert done.returncode == 1
    line = (site / "mkdocs.yml").read_text().splitlines().index("      current: !ENV [ESFOMO_CURRENT, '2025']") + 1
    assert f"mkdocs.yml:{line}:7: current: unknown edition '2042'" in done.stderr  # where the option is set


def test_check_explains_a_missing_or_foreign_config(tmp_path: Path) -> None:
    done = esfomo("check", cwd=tmp_path)
    assert done.returncode == 1
    assert "mkdocs.yml" in done.stderr and "does not exist" in done.stderr
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Not a workshop\n")
    done = esfomo("check", cwd=tmp_path)
    assert done.returncode == 1
    assert "does not use the esfomo plugin" in done.stderr


# -- schema --


def as_editor_reads(path: Path) -> Any:
    """YAML as a YAML 1.2 editor hands it to the schema: dates are strings."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Draft202012Validator]:
    folder = tmp_path_factory.mktemp("schemas") / "out"
    done = esfomo("schema", folder, cwd=folder.parent)
    assert done.returncode == 0, done.stderr
    found = {}
    for name in ("people", "edition"):
        schema = json.loads((folder / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        Draft202012Validator.check_schema(schema)
        found[name] = Draft202012Validator(schema)
    return found


@pytest.mark.parametrize("site_root", [ROOT, SECOND], ids=["es-fomo", "second-workshop"])
def test_schemas_accept_the_real_data(schemas: dict[str, Draft202012Validator], site_root: Path) -> None:
    data = site_root / "docs/_data"
    assert list(schemas["people"].iter_errors(as_editor_reads(data / "people.yml"))) == []
    editions = sorted((data / "editions").glob("*.yml"))
    assert editions
    for path in editions:
        assert [e.message for e in schemas["edition"].iter_errors(as_editor_reads(path))] == [], path


EDITION_TYPOS = {
    "top-level key": ("timezone: America/Vancouver ", "timezon: America/Vancouver "),
    "key in a schedule item": ('{time: "09:40", kind: break,', '{time: "09:40", knd: break,'),
    "key in a session's item": ('{time: "15:45", kind: oral,', '{time: "15:45", kid: oral,'),
    "key in a person override": ("{id: albert-gu, affiliation:", "{id: albert-gu, afiliation:"),
    "unknown kind": ('{time: "13:00", kind: poster,', '{time: "13:00", kind: posters,'),
}


@pytest.mark.parametrize("old,new", EDITION_TYPOS.values(), ids=EDITION_TYPOS)
def test_edition_schema_rejects_what_the_loader_rejects(
    schemas: dict[str, Draft202012Validator], site: Path, old: str, new: str
) -> None:
    path = site / "docs/_data/editions/2025.yml"
    replace(path, old, new)
    assert not schemas["edition"].is_valid(as_editor_reads(path))
    with pytest.raises(loader.DataError):
        loader.load(site / "docs")


def test_people_schema_rejects_typos_and_bad_ids(schemas: dict[str, Draft202012Validator]) -> None:
    people = schemas["people"]
    assert people.is_valid({"tri-dao": {"name": "Tri Dao", "affiliation": "Princeton"}})
    assert not people.is_valid({"tri-dao": {"name": "Tri Dao", "afiliation": "Princeton"}})
    assert not people.is_valid({"tri-dao": {"affiliation": "Princeton"}})
    assert not people.is_valid({"Tri Dao": {"name": "Tri Dao"}})
    assert not people.is_valid({"tri-dao": {"name": "Tri Dao", "url": "www.tridao.me"}})


# -- new-edition --


def test_new_edition_carries_over_and_builds(site: Path) -> None:
    done = esfomo("new-edition", "2026", "--from", "2025", cwd=site)
    assert done.returncode == 0, done.stderr
    assert "docs/_data/editions/2026.yml" in done.stdout
    text = (site / "docs/_data/editions/2026.yml").read_text(encoding="utf-8")
    assert "# date: YYYY-MM-DD" in text and "# location: {city: 'Vancouver, Canada'" in text

    workshop = loader.load(site / "docs")
    assert workshop.current == "2025"  # a new edition without a date does not take over the home page
    new, prev = workshop.editions["2026"], workshop.editions["2025"]
    assert new.data.name == "ES-FoMo IV"
    assert new.data.title == "4th Workshop on Efficient Systems for Foundation Models"
    assert new.data.subtitle == "Workshop at the International Conference on Machine Learning (ICML) 2026."
    assert new.data.conference and new.data.conference.name == "ICML 2026"
    for field in ("summary", "tagline", "timezone", "timezone_label", "contact", "banner", "topics"):
        assert getattr(new.data, field) == getattr(prev.data, field), field
    assert new.people["organizers"] == prev.people["organizers"]
    assert new.data.date is None and new.data.location is None and new.data.links == {}
    for field in ("dates", "schedule", "speakers", "panelists", "papers", "announcements", "sponsors"):
        assert getattr(new.data, field) == [], field

    built = build_site(site)
    page = soup(built / "2026/index.html")
    assert page.h1 is not None and page.h1.get_text(strip=True) == "ES-FoMo IV"
    home = soup(built / "index.html")
    assert home.h1 is not None and home.h1.get_text(strip=True) == "ES-FoMo III"


def test_new_edition_never_overwrites_without_force(site: Path) -> None:
    target = site / "docs/_data/editions/2026.yml"
    target.write_bytes(b"name: Mine\n# hand-written, keep\n")
    before = target.read_bytes()
    done = esfomo("new-edition", "2026", "--from", "2025", cwd=site)
    assert done.returncode == 1
    assert "docs/_data/editions/2026.yml exists; give --force to replace it" in done.stderr
    assert target.read_bytes() == before
    done = esfomo("new-edition", "2026", "--from", "2025", "--force", cwd=site)
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").startswith("# ES-FoMo IV: started from 2025.yml")


def test_new_edition_explains_an_unknown_previous_edition(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(site / "mkdocs.yml")
    assert cli.main(["new-edition", "2026", "--from", "2052", "-f", config]) == 1
    assert capsys.readouterr().err == (
        "esfomo new-edition: unknown edition '2052' (did you mean '2025'?) (known: 2024, 2025)\n"
    )
    assert cli.main(["new-edition", "../2026", "--from", "2025", "-f", config]) == 1
    assert "not a usable edition id" in capsys.readouterr().err
    assert sorted(p.name for p in (site / "docs/_data/editions").iterdir()) == ["2024.yml", "2025.yml"]


def test_new_edition_from_a_two_day_workshop_with_papers_and_sponsors(tmp_path: Path) -> None:
    shutil.copytree(SECOND, tmp_path / "site")
    site = tmp_path / "site"
    assert cli.main(["new-edition", "2027", "--from", "2026", "-f", str(site / "mkdocs.yml")]) == 0
    new = loader.load(site / "docs").editions["2027"].data
    assert new.name == "EdgeML Days 2027"
    assert new.papers == [] and new.sponsors == [] and new.schedule == []
    build_site(site)


@pytest.mark.parametrize(
    "name,expected",
    [("ES-FoMo III", ("ES-FoMo IV", 3, 4)), ("ES-FoMo VIII", ("ES-FoMo IX", 8, 9)), ("Workshop 9", ("Workshop 10", 9, 10)),
     ("ES-FoMo", None), ("EdgeML Days", None)],
)
def test_edition_numbers_move_on(name: str, expected: tuple[str, int, int] | None) -> None:
    assert editions._next_number(name) == expected


def test_a_name_without_a_number_is_kept_with_a_note() -> None:
    text = editions.edition_text("next", "spring", {"name": "Efficient ML Meetup", "contact": "a@b.org"})
    assert "# Same as spring's: give this edition its own name.\nname: Efficient ML Meetup\n" in text
    assert "contact: a@b.org\n" in text


@pytest.mark.parametrize(("title", "expected"), [
    ("1st Workshop on Robust Learning", "2nd Workshop on Robust Learning"),
    ("2nd Workshop on X", "3rd Workshop on X"), ("3rd Workshop on X", "4th Workshop on X"),
    ("11th Workshop on X", "12th Workshop on X"), ("21st Workshop on X", "22nd Workshop on X"),
    ("First Workshop on X", "Second Workshop on X"), ("Workshop on X", "Workshop on X"),
])
def test_the_title_ordinal_moves_on_even_when_the_name_has_no_number(title: str, expected: str) -> None:
    text = editions.edition_text("2026", "2025", {"name": "RoLeS 2025", "title": title})
    assert yaml.safe_load(text)["name"] == "RoLeS 2026"
    assert yaml.safe_load(text)["title"] == expected


def test_new_edition_freezes_the_previous_editions_people_and_says_so(site: Path) -> None:
    before = build_site(site)
    pages = {rel: (before / rel).read_text(encoding="utf-8") for rel in ("index.html", "2024/index.html")}
    original = (site / "docs/_data/editions/2025.yml").read_text(encoding="utf-8")
    done = esfomo("new-edition", "2026", "--from", "2025", cwd=site)
    assert done.returncode == 0, done.stderr
    assert ("froze the name, affiliation, url and photo of 17 people into docs/_data/editions/2025.yml, as "
            "people.yml has them now") in done.stdout
    frozen = yaml.safe_load((site / "docs/_data/editions/2025.yml").read_text(encoding="utf-8"))
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert frozen["organizers"][0] == {"id": "dan-fu", **people["dan-fu"]}
    talk = next(item for item in frozen["schedule"] if item.get("title", "").startswith("Zero to 50"))
    assert talk["speakers"] == [{**people["hagay-lupesko"], "id": "hagay-lupesko", "affiliation": "Cerebras Systems"}]
    # Only the references changed: every other line is as it was, comments included.
    changed = [line for line in (site / "docs/_data/editions/2025.yml").read_text().splitlines()
               if line not in original.splitlines()]
    assert len(changed) == 11 + 6 + 6 and all("{id: " in line for line in changed)  # organizers, speakers, talks

    # The 2025 page is the same as before; editing people.yml for 2026 no longer changes it.
    people_file = site / "docs/_data/people.yml"
    people_file.write_text(people_file.read_text().replace("affiliation: UCSD, Together AI", "affiliation: Stanford"))
    assert "affiliation: Stanford" in people_file.read_text()
    after = build_site(site)
    dan = next(c for c in soup(after / "index.html").select(".esfomo-card") if "Dan Fu" in c.get_text())
    assert dan.select_one(".esfomo-card__affiliation").get_text() == "UCSD, Together AI"
    assert soup(after / "index.html").select_one(".esfomo-people").decode() == \
        BeautifulSoup(pages["index.html"], "lxml").select_one(".esfomo-people").decode()
    # freezing again finds nothing to do
    again = esfomo("freeze", "2025", cwd=site)
    assert again.returncode == 0 and "nothing to freeze" in again.stdout


def test_freeze_command_keeps_an_archive_as_it_is(site: Path) -> None:
    edition = site / "docs/_data/editions/2024.yml"
    frozen = edition.read_text()
    # The repository's 2024 is frozen (the build warns about a past edition that is not); one reference that
    # follows people.yml again is frozen again.
    edition.write_text(re.sub(r"\{id: tri-dao,[^}]*\}", "tri-dao", frozen, count=1))
    done = esfomo("freeze", "2024", cwd=site)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("froze the name, affiliation, url and photo of 1 person into "
                                  "docs/_data/editions/2024.yml")
    assert yaml.safe_load(edition.read_text()) == yaml.safe_load(frozen)
    assert "nothing to freeze" in esfomo("freeze", "2024", cwd=site).stdout
    assert esfomo("freeze", "2023", cwd=site).returncode == 1


# -- import-alfolio (the importer itself is tested with it; here: the command around it) --


@pytest.fixture
def importer(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, Path]]:
    from mkdocs_esfomo.importers.alfolio import pipeline
    from mkdocs_esfomo.importers.alfolio.report import Note

    calls: list[tuple[Path, Path]] = []

    def import_site(src: Path, dest: Path) -> list[Note]:
        calls.append((src, dest))
        if dest.exists() and any(dest.iterdir()):
            raise FileExistsError(dest)
        return [Note("_pages/sponsors.md:1", "page no visitor reaches: not imported"),
                Note("_pages/about.md:31", "time zone Pacific/Honolulu read from 'HST'", guess=True)]

    monkeypatch.setattr(pipeline, "import_site", import_site)
    return calls


def test_import_alfolio_prints_what_was_not_mapped(
    tmp_path: Path, importer: list[tuple[Path, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src").mkdir()
    assert cli.main(["import-alfolio", str(tmp_path / "src"), str(tmp_path / "new")]) == 1  # left to review
    assert importer == [(tmp_path / "src", tmp_path / "new")]
    assert capsys.readouterr().out.splitlines() == [
        "_pages/sponsors.md:1: page no visitor reaches: not imported",
        "guess: _pages/about.md:31: time zone Pacific/Honolulu read from 'HST'",
        f"wrote a site into {tmp_path / 'new'}; 1 thing not imported and 1 guess to confirm, listed in "
        f"{tmp_path / 'new' / 'MIGRATION.md'}: `esfomo check --strict` fails until they are checked off",
    ]


def test_import_alfolio_that_cannot_write_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mkdocs_esfomo.importers.alfolio import pipeline

    def full(src: Path, dest: Path) -> list[Any]:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline, "import_site", full)
    (tmp_path / "src").mkdir()
    assert cli.main(["import-alfolio", str(tmp_path / "src"), str(tmp_path / "new")]) == 1
    assert capsys.readouterr().err == (
        f"esfomo import-alfolio: cannot write {tmp_path / 'new'} (No space left on device): nothing was written\n"
    )


def test_import_alfolio_refuses_a_non_empty_destination(
    tmp_path: Path, importer: list[tuple[Path, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest/keep.txt").write_text("mine")
    assert cli.main(["import-alfolio", str(tmp_path / "src"), str(tmp_path / "dest")]) == 1
    assert capsys.readouterr().err == (
        f"esfomo import-alfolio: {tmp_path / 'dest'} exists and is not empty: give a new or empty folder\n"
    )
    assert cli.main(["import-alfolio", str(tmp_path / "nowhere"), str(tmp_path / "new")]) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert len(importer) == 1


def test_committed_schemas_are_current(tmp_path: Path) -> None:
    """schemas/ in the repository is what `esfomo schema` writes today (editors read it)."""
    assert cli.main(["schema", str(tmp_path)]) == 0
    for name in ("people.schema.json", "edition.schema.json"):
        assert (ROOT / "schemas" / name).read_text() == (tmp_path / name).read_text(), f"run: esfomo schema schemas/ ({name})"


def test_the_readme_reference_is_made_from_the_model() -> None:
    from mkdocs_esfomo.data import reference, schema

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert reference.section() in readme, "README is behind the model: paste `esfomo reference` between its markers"
    # every field of every model the files use is in it, with its description
    for _, cls in reference.SECTIONS:
        for name, field in cls.model_fields.items():
            assert f"| `{field.alias or name}` |" in reference.markdown() and field.description, (cls, name)
    assert "| `timezone` | time zone |  | IANA name of the venue's zone" in readme
    assert "| `kind` | one of `oral`, `spotlight`, `poster` | `poster` |" in readme
    assert schema.EditionFile.model_fields["links"].description in readme
    done = esfomo("reference", cwd=ROOT)
    assert done.returncode == 0 and done.stdout.strip() == reference.markdown().strip()
