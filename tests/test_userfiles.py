"""Commands that edit a user's file (import-papers, new-edition, freeze) leave it whole: killed or interrupted
mid-write, out of file size, or beside a second command; a file changed meanwhile is not overwritten; CRLF
files stay CRLF. Each runs the real command on a copy of the real site."""

from __future__ import annotations

import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

EDITION = "docs/_data/editions/2025.yml"
ARCHIVE = "docs/_data/editions/2024.yml"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

# Runs `esfomo ARGS` with a profile hook on the first write to a file in the editions folder (kill@2: the
# second): kill: the process is killed there (SIGKILL); interrupt: Ctrl-C (SIGINT); wait: it sleeps 1.5 s first;
# edit: the edition file 2025.yml gets a line added, as if saved from an editor.
HOOKED = """\
import os, signal, sys, time
from mkdocs_esfomo.commands import cli

how, args = sys.argv[1], sys.argv[2:]
how, _, nth = how.partition("@")
writes = 0

def where(target):
    try:
        return os.readlink(f"/proc/self/fd/{target.fileno()}")
    except (AttributeError, OSError, ValueError):
        return ""

def hook(frame, event, arg):
    if event == "c_call" and getattr(arg, "__name__", "") == "write" \\
            and "/_data/editions/" in where(getattr(arg, "__self__", None)):
        global writes
        writes += 1
        if writes < int(nth or 1):
            return
        sys.setprofile(None)
        if how == "wait":
            time.sleep(1.5)
        elif how == "edit":  # the file saved from an editor just then
            with open("docs/_data/editions/2025.yml", "a") as file:
                file.write("# saved from an editor\\n")
        else:
            os.kill(os.getpid(), signal.SIGKILL if how == "kill" else signal.SIGINT)
            time.sleep(5)

sys.setprofile(hook)
sys.exit(cli.main(args))
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the repository's real ES-FoMo site, and two CSVs of one paper each."""
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    for name in ("a", "b"):
        (tmp_path / f"{name}.csv").write_text(f"ID,Title,Authors,Decision\n{name}1,Paper {name},A. Author,Poster\n",
                                              encoding="utf-8")
    (tmp_path / "hooked.py").write_text(HOOKED, encoding="utf-8")
    return tmp_path


def hooked(site: Path, how: str, *args: str, **options: object) -> subprocess.Popen[str]:
    env = {**ENV, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "hooked.py", how, *args], cwd=site, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options)  # type: ignore[call-overload]


def papers(site: Path) -> list[str]:
    data = yaml.safe_load((site / EDITION).read_text(encoding="utf-8"))
    return [p["id"] for p in data.get("papers") or []]


def leftovers(site: Path) -> list[str]:
    return sorted(p.name for p in (site / EDITION).parent.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(("how", "command"), [
    ("kill", ("import-papers", "a.csv", "--edition", "2025")),
    ("kill", ("freeze", "2025")),
    ("kill", ("new-edition", "2026", "--from", "2025")),  # writing the new file
    ("kill@2", ("new-edition", "2026", "--from", "2025")),  # freezing the one it started from
])
def test_killed_while_writing_the_file_is_as_it_was(site: Path, how: str, command: tuple[str, ...]) -> None:
    folder = (site / EDITION).parent
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    done = hooked(site, how, *command)
    done.communicate(timeout=120)
    assert done.returncode == -signal.SIGKILL
    after = {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}
    if how == "kill@2":  # the new edition was written whole
        assert yaml.safe_load(after.pop("2026.yml"))["name"]
    assert after == before  # the old file whole; no new file begun


@pytest.mark.parametrize("command", [("import-papers", "a.csv", "--edition", "2025"), ("freeze", "2025")])
def test_interrupted_while_writing_the_file_is_as_it_was_and_nothing_is_left(site: Path, command: tuple[str, ...]) \
        -> None:
    before = (site / EDITION).read_bytes()
    done = hooked(site, "interrupt", *command)
    _, err = done.communicate(timeout=120)
    assert done.returncode != 0 and "KeyboardInterrupt" in err
    assert (site / EDITION).read_bytes() == before
    assert leftovers(site) == []


def test_two_imports_at_once_either_both_land_or_the_second_is_refused(site: Path) -> None:
    first = hooked(site, "wait", "import-papers", "a.csv", "--edition", "2025")
    time.sleep(0.1)
    second = hooked(site, "wait", "import-papers", "b.csv", "--edition", "2025")
    outcomes = [(p.wait(timeout=120), *p.communicate()) for p in (first, second)]
    found = papers(site)
    said_added = [out for status, out, _ in outcomes if status == 0 and "added 1" in out]
    assert len(found) == len(said_added), (found, outcomes)  # no import said "added" and was lost
    if len(found) == 1:
        _, _, err = next(o for o in outcomes if o[0] != 0)
        assert err.splitlines() == [f"esfomo import-papers: {EDITION} is being changed by another esfomo command: "
                                    "run this one when it has finished"]
    assert leftovers(site) == []


def test_a_file_changed_since_it_was_read_is_not_overwritten(site: Path) -> None:
    edited = (site / EDITION).read_bytes() + b"# saved from an editor\n"
    running = hooked(site, "edit", "import-papers", "a.csv", "--edition", "2025")
    _, err = running.communicate(timeout=120)
    assert running.returncode == 1
    assert err.splitlines()[-1] == (f"esfomo import-papers: {EDITION} changed since this command read it (saved from "
                                    "an editor?): nothing written; run the command again")
    assert (site / EDITION).read_bytes() == edited


def _file_size_limit(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_out_of_file_size_says_so_and_leaves_the_file_whole(site: Path) -> None:
    before = (site / EDITION).read_bytes()
    big = "".join(f"p{n},A title long enough to grow the file {n},A. Author,Poster\n" for n in range(200))
    (site / "a.csv").write_text("ID,Title,Authors,Decision\n" + big, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs_esfomo", "import-papers", "a.csv", "--edition", "2025"],
                          cwd=site, env=ENV, capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: _file_size_limit(len(before) + 100))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [f"esfomo import-papers: cannot write {EDITION} (File too large): the file "
                                        "is as it was"]
    assert (site / EDITION).read_bytes() == before
    assert leftovers(site) == []


def test_crlf_files_stay_crlf(site: Path) -> None:
    # 2024 is frozen in the repository: one reference follows people.yml again, for freeze to have work
    archive_path = site / ARCHIVE
    archive_path.write_text(re.sub(r"\{id: tri-dao,[^}]*\}", "tri-dao", archive_path.read_text(), count=1))
    for name in (EDITION, ARCHIVE):
        path = site / name
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    archive = (site / ARCHIVE).read_bytes()
    for command in (("import-papers", "a.csv", "--edition", "2025"), ("freeze", "2024")):
        done = subprocess.run([sys.executable, "-m", "mkdocs_esfomo", *command], cwd=site, env=ENV,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert papers(site) == ["a1"]
    for name in (EDITION, ARCHIVE):
        raw = (site / name).read_bytes()
        assert raw.count(b"\n") == raw.count(b"\r\n") > 0, name
    assert (site / ARCHIVE).read_bytes() != archive  # frozen
