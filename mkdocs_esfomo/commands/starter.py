"""``esfomo new DIR``: a workshop site that is right from its first build.

The files are in ``starter/``; ``@@NAME@@`` tokens in them are filled in here. Dates are set
from today, so the example edition is always upcoming with its deadlines ahead.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from importlib import metadata
from pathlib import Path

from .. import paths

STARTER = Path(__file__).resolve().parent.parent / "starter"
# Stored without their dot, which package data would drop.
RENAMED = {"gitignore": ".gitignore", "github": ".github"}
PACKAGE = "mkdocs-esfomo"


def requirement() -> tuple[str, str | None]:
    """What requirements.txt should name for CI to install this package, and a note when CI cannot.

    The package is not on a package index, so a bare version pin would not install anywhere: it is named
    by where this copy came from (a repository URL, at its commit), else by the folder it was installed from.
    """
    try:
        dist = metadata.distribution(PACKAGE)
        direct = json.loads(dist.read_text("direct_url.json") or "{}")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree
        direct = {"url": Path(__file__).resolve().parents[2].as_uri()}
    url = direct.get("url", "")
    vcs = direct.get("vcs_info")
    if vcs and not url.startswith("file:"):
        return f"{PACKAGE} @ {vcs['vcs']}+{url}@{vcs['commit_id']}", None
    if url.startswith(("http://", "https://")):
        return f"{PACKAGE} @ {url}", None
    folder = Path(url.removeprefix("file://")) if url.startswith("file:") else None
    remote = _git_remote(folder) if folder else None
    if remote:
        return f"{PACKAGE} @ git+{remote[0]}@{remote[1]}", None
    if folder is None:
        return PACKAGE, f"requirements.txt names {PACKAGE}, which is not on PyPI: name where it is installed from"
    note = (f"requirements.txt installs {PACKAGE} from {folder}, a folder on this machine that CI cannot reach: "
            f"before the first push, write where the package's repository is instead "
            f"(`{PACKAGE} @ git+https://github.com/ACCOUNT/mkdocs-esfomo`, ACCOUNT being the one that hosts it)")
    return f"{PACKAGE} @ {folder.as_uri()}", note


def _git_remote(folder: Path) -> tuple[str, str] | None:
    """The http(s) address ``folder``'s git checkout was cloned from and its commit, if it is one."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    try:
        url, commit = git("remote", "get-url", "origin"), git("rev-parse", "HEAD")
    except OSError:  # no git
        return None
    return (url, commit) if url.startswith(("https://", "http://")) and commit else None


def workshop_day(today: dt.date, year: int | None = None) -> dt.date:
    """The example edition's day: a Friday about six months ahead, or in ``year`` (in July, unless six months
    ahead is in that year already)."""
    day = today + dt.timedelta(days=180)
    if year is not None and day.year != year:
        day = dt.date(year, 7, 1)
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def create(
    dest: Path, name: str, site_url: str, today: dt.date, day: dt.date | None = None
) -> tuple[list[Path], list[str]]:
    """Write the starter site into ``dest`` (new or empty), its workshop on ``day`` (default:
    :func:`workshop_day`); return the files written and notes to show."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(dest)
    day = day or workshop_day(today)
    first_deadline = day - dt.timedelta(days=100)
    submission = first_deadline + dt.timedelta(days=7)
    notification = submission + dt.timedelta(days=30)
    package, note = requirement()
    conference = f"Example Conference {day.year}"
    notes = [note] if note else []
    if day < today:
        notes.append(f"the workshop day, {day}, is past: the site shows {day.year} as a past edition")
    elif submission < today:
        notes.append(f"the submission deadline, {submission}, is past: the site says submissions are closed; "
                     f"change the dates in docs/_data/editions/{day.year}.yml")
    tokens = {
        "YEAR": str(day.year), "NEXT": str(day.year + 1), "DATE": day.isoformat(),
        "CONFERENCE": conference, "REQUIREMENT": package,
        "FIRST_DEADLINE": first_deadline.isoformat(), "SUBMISSION": submission.isoformat(),
        "NOTIFICATION": notification.isoformat(), "CAMERA": (notification + dt.timedelta(days=14)).isoformat(),
        "WEEK_BEFORE": (day - dt.timedelta(days=7)).isoformat(),
    }
    # What the user typed: any text (': ', '#', a line break). In YAML each is one whole value, written
    # by the YAML library; elsewhere (README.md's heading) it is one line.
    given = {
        "NAME": name, "EDITION_NAME": f"{name} {day.year}", "TITLE": f"1st Workshop on {name}",
        "SUMMARY": f"A workshop that brings together **researchers and engineers** working on {name}.",
        "DESCRIPTION": f"The website of {name}, a workshop.", "SITE_URL": site_url,
    }
    written = []
    for source in sorted(p for p in STARTER.rglob("*") if p.is_file()):
        rel = source.relative_to(STARTER)
        parts = [RENAMED.get(part, part) for part in rel.parts]
        if rel.as_posix() == "docs/_data/editions/edition.yml":
            parts[-1] = f"{day.year}.yml"
        target = paths.inside(dest, "/".join(parts), f"the starter's {rel.as_posix()}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix in (".jpg", ".png"):
            target.write_bytes(source.read_bytes())
        else:
            text = source.read_text(encoding="utf-8")
            for token, value in tokens.items():
                text = text.replace(f"@@{token}@@", value)
            for token, value in given.items():
                written_as = _scalar(value) if source.suffix == ".yml" else " ".join(value.split())
                text = text.replace(f"@@{token}@@", written_as)
            target.write_text(text, encoding="utf-8")
        written.append(target)
    return written, notes


def _scalar(text: str) -> str:
    """``text`` as one YAML value, double-quoted by the YAML library: it reads back as exactly ``text``."""
    import yaml

    return str(yaml.dump(text, Dumper=yaml.SafeDumper, default_style='"', allow_unicode=True, width=float("inf")))[:-1]
