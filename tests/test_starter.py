"""`esfomo new DIR`: a site that builds with --strict from its first build, with admonitions and a
workflow that publishes it; and a config or page that would render wrongly says so."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import MINIMAL_CONFIG, build_site, soup, write_tree
from mkdocs.exceptions import Abort

MKDOCS = Path(sys.executable).parent / "mkdocs"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def esfomo(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs_esfomo", *map(str, args)], cwd=cwd, env=ENV,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("new") / "roles-workshop"
    done = esfomo("new", root, cwd=root.parent)
    assert done.returncode == 0, done.stderr
    assert "wrote a site for Roles Workshop into" in done.stdout
    return root


def test_the_starter_builds_strict_with_the_real_command(started: Path) -> None:
    done = subprocess.run([str(MKDOCS), "build", "--strict"], cwd=started, env=ENV, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr
    site = started / "site"
    home = soup(site / "index.html")
    assert "Counting What Counts" in home.get_text()
    # No search box: it is Material's heaviest script work on a page of a few screens (README: "Search")
    assert not (site / "search").exists() and home.select_one(".md-search") is None
    admonition = home.select_one("div.admonition.note")
    assert admonition is not None and admonition.select_one(".admonition-title").get_text() == "Call for papers"
    assert "!!!" not in home.get_text()
    assert soup(site / "call/index.html").select_one("details.question") is not None
    edition = yaml.safe_load(next((started / "docs/_data/editions").glob("*.yml")).read_text())
    pages = {"", "call/"} | {f"papers/{paper['id']}/" for paper in edition["papers"]}  # a page per paper
    locs = re.findall(r"<loc>[a-z]+://[^/]+/([^<]*)</loc>", (site / "sitemap.xml").read_text())
    assert sorted(locs) == sorted(pages)
    config = yaml.safe_load((started / "mkdocs.yml").read_text().replace("!ENV", ""))
    assert config["strict"] is True and config["plugins"] == ["esfomo"]


def test_every_field_of_the_edition_is_filled(started: Path) -> None:
    from mkdocs_esfomo.data import schema

    editions = list((started / "docs/_data/editions").glob("*.yml"))
    assert len(editions) == 1
    data = yaml.safe_load(editions[0].read_text())
    assert set(data) == {f.alias or name for name, f in schema.EditionFile.model_fields.items()}
    day = dt.date.fromisoformat(str(data["date"]))
    assert editions[0].stem == str(day.year) and day > dt.date.today()  # upcoming, its deadlines ahead
    assert all(dt.date.fromisoformat(str(d["at"])[:10]) <= day for d in data["dates"])
    papers = {key for paper in data["papers"] for key in paper}
    assert papers == set(schema.Paper.model_fields)
    items = {key for entry in data["schedule"] for item in entry.get("items", [entry]) for key in item}
    assert items == {f.alias or name for name, f in schema.ScheduleItem.model_fields.items()} - {"day"}
    people = yaml.safe_load((started / "docs/_data/people.yml").read_text())
    assert {key for person in people.values() for key in person} == set(schema.PersonEntry.model_fields)


def test_the_workflow_builds_strict_and_deploys_to_pages(started: Path) -> None:
    workflow = yaml.safe_load((started / ".github/workflows/site.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    assert [s["run"] for s in steps if "run" in s] == ["pip install -r requirements.txt", "mkdocs build --strict"]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    assert cache["with"]["path"] == ".cache"
    assert next(s for s in steps if s.get("run") == "mkdocs build --strict")["env"]["SITE_URL"].startswith("${{")
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["steps"][0]["uses"].startswith("actions/deploy-pages")
    assert workflow["permissions"]["pages"] == "write"
    ignored = [line for line in (started / ".gitignore").read_text().splitlines() if not line.startswith("#")]
    assert ignored == ["site/", ".cache/", ".esfomo-build/"]
    assert "mkdocs-esfomo" in (started / "requirements.txt").read_text()


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep")
    done = esfomo("new", tmp_path, cwd=tmp_path)
    assert done.returncode == 1
    assert f"esfomo new: {tmp_path} exists and is not empty: give a new or empty folder" in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


# -- Markdown a config does not enable, and no search --


def test_an_admonition_without_its_extension_is_a_located_warning(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, {
        "docs/_data/editions/2030.yml": "name: S\n",
        "docs/index.md": "# Home\n\n!!! note\n    Read this.\n\n    <!-- esfomo/title -->\n\nA ~~typo~~ fix.\n",
    })
    with pytest.raises(Abort):
        build_site(project)
    built = build_site(project, strict=False)
    page = soup(built / "index.html")
    # Read as a code block, the directive is shown as written there, not its HTML inside the code.
    assert page.select_one("h1.esfomo-title") is None
    assert page.select_one("pre code").get_text().strip() == "<!-- esfomo/title -->"
    assert ("docs/index.md:6: the directive esfomo/title is inside a code block (indented, or in a block the site's "
            "Markdown extensions do not know): it is shown as written") in caplog.text


def test_markdown_warnings_name_page_line_and_extension(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mkdocs_esfomo.commands import cli

    write_tree(project, {
        "docs/_data/editions/2030.yml": "name: S\n",
        "docs/index.md": "# Home\n\n!!! note\n    Read this.\n\n    <!-- esfomo/title -->\n\nA ~~typo~~ fix.\n\n"
                         "```\n!!! not-this-one\n```\n\n    <!-- esfomo/banner -->\n",
    })
    assert cli.main(["check", "-f", str(project / "mkdocs.yml"), "--strict"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[:4] == [
        "docs/index.md:3:1: warning: an admonition needs the `admonition` Markdown extension, which mkdocs.yml does not"
        " enable: add it under markdown_extensions, or it is shown as written",
        "docs/index.md:6:5: warning: esfomo/title: inside an admonition (!!!), which needs the `admonition` Markdown "
        "extension, this directive would render as a code block",
        "docs/index.md:8:3: warning: ~~struck through~~ text needs the `pymdownx.tilde` Markdown extension, which "
        "mkdocs.yml does not enable: add it under markdown_extensions, or it is shown as written",
        "docs/index.md:14:5: warning: esfomo/banner: indented by 4 spaces outside a list or admonition, this directive "
        "would render as a code block: remove the indentation",
    ]


def test_with_the_extensions_the_same_page_is_clean(project: Path) -> None:
    (project / "mkdocs.yml").write_text(MINIMAL_CONFIG + "markdown_extensions: [admonition, pymdownx.tilde]\n")
    write_tree(project, {
        "docs/_data/editions/2030.yml": "name: S\n",
        "docs/index.md": "# Home\n\n!!! note\n    Read this.\n\n    <!-- esfomo/title -->\n\nA ~~typo~~ fix.\n",
    })
    page = soup(build_site(project) / "index.html")
    assert page.select_one(".admonition h1.esfomo-title").get_text() == "S"
    assert page.select_one("del").get_text() == "typo"


def test_no_search_is_a_choice_and_search_features_without_it_a_note(project: Path,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, {"docs/_data/editions/2030.yml": "name: S\n", "docs/index.md": "<!-- esfomo/title -->\n"})
    caplog.set_level("INFO")
    build_site(project)  # the two-line config builds with --strict
    assert [r.getMessage() for r in caplog.records if "search" in r.getMessage() and r.name.endswith("esfomo")] == []
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("theme: material", "theme:\n  name: material\n  features: "
                                                                    "[navigation.tabs, search.suggest]"))
    caplog.clear()
    build_site(project)
    notes = [r.getMessage() for r in caplog.records if "search" in r.getMessage() and r.name.endswith("esfomo")]
    assert notes == ["esfomo: theme.features lists search.suggest, but the site has no search: add `- search` first "
                     "under `plugins:` in mkdocs.yml for a search box (a plugins list replaces MkDocs' default one)"]
    assert all(r.levelname == "INFO" for r in caplog.records if r.name.endswith("esfomo"))


# -- the year and day of the example edition, and what requirements.txt names --


def test_the_workshop_day_is_ahead_or_in_the_year_asked() -> None:
    from mkdocs_esfomo.commands.starter import workshop_day

    december = dt.date(2026, 12, 5)
    assert workshop_day(december) == dt.date(2027, 6, 4)  # a Friday some six months ahead, its deadlines too
    assert workshop_day(december, 2027) == dt.date(2027, 6, 4)
    assert workshop_day(december, 2028) == dt.date(2028, 7, 7)
    assert workshop_day(december, 2026) == dt.date(2026, 7, 3)  # asked for: written, with a note (below)


def test_new_with_a_year_that_is_over_says_so(tmp_path: Path) -> None:
    done = esfomo("new", tmp_path / "site", "--year", "2020", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "note: the workshop day, 2020-07-03, is past: the site shows 2020 as a past edition" in done.stdout
    data = yaml.safe_load((tmp_path / "site/docs/_data/editions/2020.yml").read_text())
    assert data["date"] == dt.date(2020, 7, 3) and data["dates"][0]["at"] < data["date"]
    bad = esfomo("new", tmp_path / "other", "--date", "June 11", cwd=tmp_path)
    assert bad.returncode == 2 and "'June 11' is not a date: write YYYY-MM-DD" in bad.stderr


def test_requirements_name_where_the_package_installs_from(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Not on a package index: never a bare version pin, which would not install anywhere."""
    import json

    from mkdocs_esfomo.commands import starter

    class Dist:
        version = "0.1.0"

        def __init__(self, direct: dict[str, object]) -> None:
            self.direct = direct

        def read_text(self, name: str) -> str:
            return json.dumps(self.direct)

    def installed(direct: dict[str, object]) -> None:
        monkeypatch.setattr(starter.metadata, "distribution", lambda name: Dist(direct))

    installed({"url": "https://github.com/someone/mkdocs-esfomo", "vcs_info": {"vcs": "git", "commit_id": "abc123"}})
    assert starter.requirement() == ("mkdocs-esfomo @ git+https://github.com/someone/mkdocs-esfomo@abc123", None)
    clone = tmp_path / "mkdocs-esfomo"
    clone.mkdir()
    installed({"url": clone.as_uri(), "dir_info": {}})
    line, note = starter.requirement()
    assert line == f"mkdocs-esfomo @ {clone.as_uri()}" and "==" not in line
    assert note is not None and "CI cannot reach" in note
    subprocess.run(["git", "init", "-q", str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "remote", "add", "origin", "https://example.org/esfomo.git"], check=True)
    subprocess.run(["git", "-C", str(clone), "-c", "user.name=a", "-c", "user.email=a@b.c", "commit", "-q",
                    "--allow-empty", "-m", "x"], check=True)
    commit = subprocess.run(["git", "-C", str(clone), "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    assert starter.requirement() == (f"mkdocs-esfomo @ git+https://example.org/esfomo.git@{commit.strip()}", None)
