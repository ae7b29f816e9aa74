"""Directives' HTML kept between builds: nothing rendered twice for the same inputs, never stale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import soup, write_tree
from mkdocs.commands.build import build
from mkdocs.config import load_config
from test_directives import DATA

from mkdocs_esfomo import cache
from mkdocs_esfomo.htmlfile import HtmlFile

PAGES = {
    "docs/index.md": """
        ---
        edition: "2030"
        ---
        <!-- esfomo/title -->

        <!-- esfomo/people { role: organizers } -->

        <!-- esfomo/dates -->

        <!-- esfomo/schedule -->
    """,
    "docs/past.md": "---\nedition: '2029'\n---\n<!-- esfomo/title -->\n\n<!-- esfomo/people { role: organizers } -->\n",
    "docs/all.md": "# All\n\n<!-- esfomo/editions -->\n",
}
HTML_CACHE = ".cache/esfomo/html.json"


def built(project: Path, site: str, **overrides: object) -> tuple[int, dict[str, bytes]]:
    """Build into ``project/site``: how many directives were rendered, and the site's files."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / site), strict=True, **overrides)
    build(config)
    made = config.plugins["esfomo"].site.kept.made
    files = {p.relative_to(project / site).as_posix(): p.read_bytes()
             for p in sorted((project / site).rglob("*")) if p.is_file() and p.suffix != ".gz"}
    return made, files


@pytest.fixture
def workshop(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01 for every build
    write_tree(project, {**DATA, **PAGES, "docs/_data/editions/2029.yml": "name: Fresh 2029\ndate: 2029-05-04\n"
                         # frozen, as a past edition is: people.yml's later changes do not reach its page
                         "organizers: [{id: ada, name: 'Ada <Lovelace> & Co', affiliation: 'Analytical \"Engines\"', "
                         "url: 'https://example.org/ada', photo: assets/ada.jpg}]\n"})
    return project


def test_a_warm_build_renders_nothing_and_publishes_the_same_site(workshop: Path) -> None:
    made, first = built(workshop, "one")
    assert made >= 8  # every directive of the three pages, the past edition's notice, the generated pages'
    kept = HtmlFile()
    kept.open(workshop / HTML_CACHE, cache.secret(), cache._SEALED)  # sealed as every cache file
    assert len(kept) == made and all(set(record) == {"html", "images"} for record in kept.records().values())
    kept.close()
    made, second = built(workshop, "two")
    assert made == 0
    assert first == second
    assert any(name.endswith(".webp") for name in second)  # the photos its kept cards show are published


def test_after_an_edit_only_what_it_reaches_renders_again(workshop: Path) -> None:
    built(workshop, "one")
    path = workshop / "docs/_data/editions/2029.yml"
    path.write_text(path.read_text().replace("Fresh 2029", "Edited 2029"))
    made, _ = built(workshop, "two")
    # 2029's title and organizers, the list of editions, and the notice over 2029's page (it names 2029's
    # place among the editions): nothing of 2030's page, whose data did not change
    assert made == 4
    assert soup(workshop / "two/all/index.html").select_one(".esfomo-editions").get_text().count("Edited 2029") == 1
    assert "Edited 2029" in soup(workshop / "two/past/index.html").select_one("h1").get_text()
    assert "Edited 2029" not in soup(workshop / "two/index.html").select_one(".md-content").get_text()


def test_a_build_after_a_deadline_shows_it_passed(workshop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built(workshop, "one")
    assert not soup(workshop / "one/index.html").select(".esfomo-date--past")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1898000000")  # 2030-02-22: no deadline passed yet
    made, _ = built(workshop, "two")
    assert made > 0 and not soup(workshop / "two/index.html").select(".esfomo-date--past")  # another day
    made, _ = built(workshop, "three", plugins={"esfomo": {"today": "2030-03-03"}})
    assert made > 0
    assert [d.get_text(" ", strip=True) for d in soup(workshop / "three/index.html").select(".esfomo-date--past")] \
        and soup(workshop / "three/index.html").select_one(".esfomo-passed") is not None


def test_an_overridden_fragment_renders_again(workshop: Path) -> None:
    (workshop / "mkdocs.yml").write_text("site_name: Test workshop\ntheme:\n  name: material\n  custom_dir: overrides\n"
                                         "plugins: [esfomo]\n")
    write_tree(workshop, {"overrides/fragments/esfomo/title.html": "<h1>{{ edition.data.name }}</h1>\n"})
    built(workshop, "one")
    write_tree(workshop, {"overrides/fragments/esfomo/title.html": "<h1 class=mine>{{ edition.data.name }}</h1>\n"})
    made, _ = built(workshop, "two")
    assert made > 0 and soup(workshop / "two/index.html").select_one("h1.mine").get_text() == "Fresh 2030"


def _records(kept: Path) -> dict[str, Any]:
    found = HtmlFile()
    found.open(kept, cache.secret(), cache._SEALED)
    try:
        return found.records()
    finally:
        found.close()


@pytest.mark.parametrize("cut", [1, 40, 1000])
def test_a_kept_file_cut_short_renders_again(workshop: Path, cut: int) -> None:
    """A kept file cut short (a full disk, a killed build) is not read by the next build (a new process): every
    directive renders again, the same, and the file is whole again."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-d"]
    assert subprocess.run([*mkdocs, "one"], cwd=workshop, env=env, capture_output=True).returncode == 0
    kept = workshop / HTML_CACHE
    whole = _records(kept)
    assert len(whole) >= 8
    kept.write_bytes(kept.read_bytes()[:-cut])
    assert _records(kept) == {}
    assert subprocess.run([*mkdocs, "two"], cwd=workshop, env=env, capture_output=True).returncode == 0
    assert _records(kept) == whole
    assert (workshop / "one/index.html").read_bytes() == (workshop / "two/index.html").read_bytes()


def test_records_are_read_from_the_file_as_pages_ask(workshop: Path) -> None:
    """A build opens the kept file and reads only each record asked for; a record made since is kept until
    written, and a rewrite keeps only the records asked for."""
    built(workshop, "one")
    kept = HtmlFile()
    kept.open(workshop / HTML_CACHE, cache.secret(), cache._SEALED)
    records = kept.records()
    name = next(iter(records))
    assert kept.get(name) == records[name] and kept.get("no such key") is None
    kept["new"] = {"html": "<p>new</p>", "images": []}
    kept.keep_only([name, "new"])
    kept.write(workshop / HTML_CACHE, cache.secret() or b"", cache._SEALED)
    assert kept.records() == {name: records[name], "new": {"html": "<p>new</p>", "images": []}}
    again = HtmlFile()
    again.open(workshop / HTML_CACHE, cache.secret(), cache._SEALED)
    assert again.records() == kept.records() and not again.unwritten
    kept.close()
    again.close()


def test_records_made_are_not_held_in_memory(tmp_path: Path) -> None:
    """A first build makes every record (a page per paper: tens of megabytes): they wait in a scratch file,
    not in the process's memory, and come back whole, from it and from the file written."""
    import tracemalloc

    def record(n: int) -> dict[str, Any]:
        return {"html": f"<p>{n}</p>" + "x" * 20_000, "images": [["a.webp", 1, None]]}

    kept = HtmlFile()
    kept.open(tmp_path / "html.sealed", cache.secret(), cache._SEALED)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for n in range(500):
        kept[f"page-{n}"] = record(n)  # made, handed over, and no longer held by whoever made it
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert held < 1_000_000, held  # 10 MB of records made; their names and where each lies are what stays
    assert kept.get("page-7") == record(7) and len(kept) == 500
    kept.write(tmp_path / "html.sealed", cache.secret() or b"", cache._SEALED)
    assert kept.records() == {f"page-{n}": record(n) for n in range(500)} and not kept.unwritten
    kept.close()


def test_the_scratch_file_stays_the_size_of_what_is_kept(tmp_path: Path) -> None:
    """Under `mkdocs serve` the file stays open from rebuild to rebuild, each rebuild making some records again:
    the scratch file (beside the kept file, on the project's disk) holds about what the next file will, not
    every record ever made."""
    path = tmp_path / ".cache/esfomo/html.sealed"
    kept = HtmlFile()
    kept.open(path, cache.secret(), cache._SEALED)
    for rebuild in range(30):  # 30 edits, each rendering the same 50 directives again (1 MB of HTML)
        for n in range(50):
            kept[f"page-{n}"] = {"html": f"<p>{rebuild}</p>" + "x" * 20_000, "images": []}
        kept.keep_only(f"page-{n}" for n in range(50))
    # An unnamed file shows as the folder it lies in: the cache folder, not the system's temporary one.
    fds = [f"/proc/self/fd/{fd}" for fd in os.listdir("/proc/self/fd")]
    scratch = [fd for fd in fds if os.path.exists(fd) and os.readlink(fd).startswith(str(path.parent) + "/")]
    assert len(scratch) == 1, [os.readlink(fd) for fd in fds if os.path.exists(fd)]
    size = os.stat(scratch[0]).st_size
    assert size < 4_000_000, size  # 30 MB made; 1 MB kept
    assert kept.get("page-3") == {"html": "<p>29</p>" + "x" * 20_000, "images": []}
    kept.write(path, cache.secret() or b"", cache._SEALED)
    assert len(kept.records()) == 50 and not any(p.name.startswith("esfomo-html-") for p in path.parent.iterdir())
    kept.close()
