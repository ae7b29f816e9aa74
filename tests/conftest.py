"""Shared helpers: build real sites under tmp_path and read them with a real HTML parser."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "docs"  # the real ES-FoMo site
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

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
