"""Every route reads each data file once per build, and searches each page for directives once."""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import build_site, soup, write_tree
from mkdocs.commands.build import build
from mkdocs.config import load_config
from test_directives import DATA

from mkdocs_esfomo.commands import cli
from mkdocs_esfomo.engines import run
from mkdocs_esfomo.render import directives

PAGES = {
    "docs/index.md": """
        ---
        edition: "2030"
        ---
        <!-- esfomo/title -->

        <!-- esfomo/people { role: organizers } -->

        ## Schedule

        <!-- esfomo/schedule -->
    """,
    "docs/past.md": "---\nedition: '2029'\n---\n<!-- esfomo/title -->\n\n<!-- esfomo/editions -->\n",
    "docs/about.md": "# About\n\nNo directive here, but `<!-- esfomo/people { role: speakers } -->` as code.\n",
}
_watching: list[Counter[str]] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _watching and isinstance(args[0], (str, Path)) and "_data" in str(args[0]):
        _watching[-1][Path(args[0]).name] += 1


sys.addaudithook(_audit)  # audit hooks stay for the process's life: it counts only inside opened()


@contextmanager
def opened() -> Iterator[Counter[str]]:
    """How often each data file is opened (open(), Path.read_*, os.open) inside the block."""
    counts: Counter[str] = Counter()
    _watching.append(counts)
    try:
        yield counts
    finally:
        _watching.remove(counts)


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each page was searched for directives."""
    counts: Counter[str] = Counter()
    real = directives.find

    def counting(markdown: str, path: str, editions: set[str]) -> object:
        counts[path.removeprefix("docs/")] += 1  # checked by its path in messages, rendered by its src
        return real(markdown, path, editions)

    monkeypatch.setattr(directives, "find", counting)
    return counts


def mkdocs_serve(config_file: str) -> None:
    """A build of ``mkdocs serve``: on_startup first, the plugin kept for later rebuilds."""
    config = load_config(config_file, site_dir=str(Path(config_file).parent / "served"))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
    finally:  # MkDocs keeps this plugin instance for the process's later builds: as `mkdocs build` leaves it
        config.plugins.on_shutdown()
        config.plugins.on_startup(command="build", dirty=False)


def zensical_serve(config_file: str) -> None:
    """One build of ``esfomo serve --engine zensical`` (the tree Zensical serves)."""
    _, plugin = run.site(config_file)
    assert run._Served(config_file, plugin).refresh() is not None


ROUTES: dict[str, Callable[[str], object]] = {
    "mkdocs build": lambda f: build_site(Path(f).parent),
    "esfomo build": lambda f: cli.main(["build", "-f", f]) == 0 or pytest.fail("esfomo build failed"),
    "esfomo build --engine zensical": lambda f: cli.main(["build", "-f", f, "--engine", "zensical"]) == 0
    or pytest.fail("esfomo build --engine zensical failed"),
    "mkdocs serve": mkdocs_serve,
    "esfomo serve --engine zensical": zensical_serve,
    "esfomo check": lambda f: cli.main(["check", "-f", f]) == 0 or pytest.fail("esfomo check failed"),
}


@pytest.mark.parametrize("route", ROUTES)
def test_a_cold_build_opens_each_data_file_once(project: Path, route: str, searched: Counter[str]) -> None:
    if "zensical" in route:
        pytest.importorskip("zensical")
    write_tree(project, {**DATA, **PAGES})
    (project / "mkdocs.yml").write_text("site_name: Test workshop\ntheme: material\nplugins: [search, esfomo]\n")
    with opened() as counts:
        ROUTES[route](str(project / "mkdocs.yml"))
    assert counts == {"people.yml": 1, "2030.yml": 1, "2029.yml": 1}
    assert {page: searched[page] for page in ("index.md", "past.md", "about.md")} == dict.fromkeys(
        ("index.md", "past.md", "about.md"), 1)


def test_a_warm_build_and_a_rebuild_after_an_edit_open_what_changed_once(project: Path) -> None:
    write_tree(project, {**DATA, **PAGES})
    config_file = str(project / "mkdocs.yml")
    build_site(project)
    with opened() as counts:
        build_site(project)
    assert counts == {"people.yml": 1, "2030.yml": 1, "2029.yml": 1}  # read to know nothing changed
    edition = project / "docs/_data/editions/2030.yml"
    edition.write_text(edition.read_text().replace("Fresh 2030", "Edited 2030"))
    with opened() as counts:
        mkdocs_serve(config_file)
    assert counts == {"people.yml": 1, "2030.yml": 1, "2029.yml": 1}
    assert soup(project / "served/index.html").select_one("h1").get_text() == "Edited 2030"
    shutil.rmtree(project / "served")
