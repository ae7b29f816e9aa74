"""Shared helpers: build real sites under tmp_path and read them with a real HTML parser."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

from mkdocs_esfomo.commands import starter

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "docs"  # the real ES-FoMo site
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]

MINIMAL_CONFIG = "site_name: Test workshop\ntheme: material\nplugins: [esfomo]\n"


def write_tree(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")


def build_site(project: Path, *, strict: bool = True, **overrides: object) -> Path:
    """Build ``project/mkdocs.yml`` in-process, like ``mkdocs build [--strict]``; return site_dir."""
    config = load_config(str(project / "mkdocs.yml"), strict=strict, **overrides)
    build(config)
    return Path(config.site_dir)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing (CI installs it with apt)")
        pytest.skip(f"{CHROMIUM} is missing")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium: Path) -> Iterator[Any]:
    """Chromium driven by Playwright, one for the whole session: a second sync Playwright started while
    this one runs would find its event loop running and refuse."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """An empty project with the two-line plugin config; tests add files with write_tree."""
    (tmp_path / "mkdocs.yml").write_text(MINIMAL_CONFIG)
    (tmp_path / "docs").mkdir()
    return tmp_path


@pytest.fixture(scope="session")
def esfomo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's real ES-FoMo site, built once with --strict (today fixed for stable output)."""
    root = tmp_path_factory.mktemp("esfomo")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return build_site(root)


# A site from `esfomo new`, as a new workshop's organizers start: written on STARTED, its workshop on DAY.
STARTED = dt.date(2027, 1, 4)  # `esfomo new` on this day: the workshop is 180 days on, on a Friday
DAY = dt.date(2027, 7, 9)
SUBMISSION = DAY - dt.timedelta(days=93)


def started_site(root: Path, today: dt.date, papers_page: bool = False, build: bool = True) -> Path:
    """The starter as `esfomo new` writes it, built as of ``today``; ``papers_page``: its home page lists no
    papers, so the package generates a page for them."""
    starter.create(root, "Sparse Models", "https://example.org/", STARTED)
    config = root / "mkdocs.yml"
    assert "  - esfomo\n" in config.read_text()
    config.write_text(config.read_text().replace("  - esfomo\n", f"  - esfomo:\n      today: '{today}'\n"))
    if papers_page:
        home = root / "docs/index.md"
        home.write_text(home.read_text().replace("## Accepted papers\n\n<!-- esfomo/papers -->\n", ""))
    return build_site(root) if build else root


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Lighthouse first: its performance score is a timing of this machine, and the other browser tests leave it
    busier (a session's browser, its pages, their servers) than a visitor's phone would be."""
    items.sort(key=lambda item: item.path.name != "test_lighthouse.py")
