"""The Nu HTML checker (npm vnu-jar@26.9.27, run with Java) on every page of a new site, on both engines.

An error the theme makes on a page of its own (a bare site of one Markdown page) is the theme's; every
other error is the package's, and there must be none. Setup: Java (``apt-get install -y
default-jre-headless``) and ``npm install --no-save --prefix . vnu-jar@26.9.27``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import STARTED, build_site, started_site, write_tree

VNU = Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
_LINE = re.compile(r'^"file:(?P<file>[^"]+)":(?P<where>[\d.-]+): error: (?P<message>.*)$')


@pytest.fixture(scope="module")
def vnu() -> list[str]:
    java = shutil.which("java")
    if not VNU.exists() or java is None:
        reason = (f"the Nu HTML checker needs Java and {VNU}: apt-get install -y default-jre-headless; "
                  "npm install --no-save --prefix . vnu-jar@26.9.27")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return [java, "-jar", str(VNU)]


def errors(vnu: list[str], site: Path) -> list[tuple[str, str, str]]:
    """(page, line.column, message) of each error the checker finds on the site's pages."""
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert pages
    done = subprocess.run([*vnu, "--errors-only", "--format", "gnu", *pages], capture_output=True, text=True,
                          timeout=600)
    found = []
    for line in (done.stdout + done.stderr).splitlines():
        match = _LINE.match(line)
        assert match or not line.strip(), line  # every line the checker prints is an error of a page
        if match:
            found.append((Path(match["file"]).relative_to(site).as_posix(), match["where"], match["message"]))
    assert done.returncode == (1 if found else 0)
    return found


def bare_site(root: Path, engine: str) -> Path:
    """The theme alone: one Markdown page, no plugin."""
    write_tree(root, {"mkdocs.yml": "site_name: Bare\ntheme:\n  name: material\n", "docs/index.md": "# Bare\n\nText.\n"})
    if engine == "mkdocs":
        return build_site(root)
    subprocess.run([sys.executable, "-m", "zensical", "build"], cwd=root, check=True, capture_output=True, timeout=300)
    return root / "site"


def starter(root: Path, engine: str) -> Path:
    if engine == "mkdocs":
        return started_site(root, STARTED, papers_page=True)
    started_site(root, STARTED, papers_page=True, build=False)
    done = subprocess.run([sys.executable, "-m", "mkdocs_esfomo", "build", "--engine", "zensical", "--strict"],
                          cwd=root, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    return root / "site"


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_no_page_of_a_new_site_has_an_error_of_the_packages_making(vnu: list[str], engine: str,
                                                                    tmp_path: Path) -> None:
    if engine == "zensical":
        pytest.importorskip("zensical")
    theirs = {message for _, _, message in errors(vnu, bare_site(tmp_path / "bare", engine))}
    site = starter(tmp_path / "starter", engine)
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert {"index.html", "call/index.html", "papers/index.html"} <= pages  # an edition page, a page, papers
    assert any(re.fullmatch(r"papers/[^/]+/index\.html", page) for page in pages)  # and a paper's own page
    ours = [f"{page}:{where}: {message}" for page, where, message in errors(vnu, site) if message not in theirs]
    assert ours == []
