"""`esfomo new DIR`: a site that builds with --strict from its first build, with search, admonitions and a
workflow that publishes it; and a config or page that would render wrongly says so."""

from __future__ import annotations

import datetime as dt
import os
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
    index = yaml.safe_load((site / "search/search_index.json").read_text())  # JSON is YAML
    assert any("Counting What Counts" in doc["text"] for doc in index["docs"])
    home = soup(site / "index.html")
    admonition = home.select_one("div.admonition.note")
    assert admonition is not None and admonition.select_one(".admonition-title").get_text() == "Call for papers"
    assert "!!!" not in home.get_text()
    assert soup(site / "call/index.html").select_one("details.question") is not None
    assert (site / "sitemap.xml").read_text().count("<loc>") == 2
    config = yaml.safe_load((started / "mkdocs.yml").read_text().replace("!ENV", ""))
    assert config["strict"] is True and config["plugins"][:2] == ["search", "esfomo"]


def test_every_field_of_the_edition_is_filled(started: Path) -> None:
    from mkdocs_esfomo import model

    editions = list((started / "docs/_data/editions").glob("*.yml"))
    assert len(editions) == 1
    data = yaml.safe_load(editions[0].read_text())
    assert set(data) == {f.alias or name for name, f in model.EditionFile.model_fields.items()}
    day = dt.date.fromisoformat(str(data["date"]))
    assert editions[0].stem == str(day.year) and day > dt.date.today()  # upcoming, its deadlines ahead
    assert all(dt.date.fromisoformat(str(d["at"])[:10]) <= day for d in data["dates"])
    papers = {key for paper in data["papers"] for key in paper}
    assert papers == set(model.Paper.model_fields)
    items = {key for entry in data["schedule"] for item in entry.get("items", [entry]) for key in item}
    assert items == {f.alias or name for name, f in model.ScheduleItem.model_fields.items()} - {"day"}
    people = yaml.safe_load((started / "docs/_data/people.yml").read_text())
    assert {key for person in people.values() for key in person} == set(model.PersonEntry.model_fields)


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
    from mkdocs_esfomo import cli

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


def test_no_search_is_a_note_not_a_warning(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, {"docs/_data/editions/2030.yml": "name: S\n", "docs/index.md": "<!-- esfomo/title -->\n"})
    caplog.set_level("INFO")
    build_site(project)  # the two-line config builds with --strict
    notes = [r.getMessage() for r in caplog.records if "search" in r.getMessage() and r.name.endswith("esfomo")]
    assert notes == ["esfomo: the site has no search: add `- search` first under `plugins:` in mkdocs.yml for a "
                     "search box (a plugins list replaces MkDocs' default one)"]
    assert all(r.levelname == "INFO" for r in caplog.records if r.name.endswith("esfomo"))
