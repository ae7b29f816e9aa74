"""``esfomo new DIR``: a workshop site that is right from its first build.

The files are in ``starter/``; ``@@NAME@@`` tokens in them are filled in here. Dates are set
from today, so the example edition is always upcoming with its deadlines ahead.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import metadata
from pathlib import Path

from . import paths

STARTER = Path(__file__).parent / "starter"
# Stored without their dot, which package data would drop.
RENAMED = {"gitignore": ".gitignore", "github": ".github"}
PACKAGE = "mkdocs-esfomo"


def requirement() -> tuple[str, str | None]:
    """What requirements.txt should name for CI to install this package, and a note when it cannot know."""
    try:
        dist = metadata.distribution(PACKAGE)
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree
        return PACKAGE, None
    direct = json.loads(dist.read_text("direct_url.json") or "{}")
    vcs = direct.get("vcs_info")
    if vcs and not direct.get("url", "").startswith("file:"):
        return f"{PACKAGE} @ {vcs['vcs']}+{direct['url']}@{vcs['commit_id']}", None
    if direct.get("url", "").startswith(("http://", "https://")):
        return f"{PACKAGE} @ {direct['url']}", None
    note = (f"requirements.txt names {PACKAGE}=={dist.version}, but this copy was installed from a folder on this "
            "machine, which CI cannot reach: point it at where the package can be installed from "
            f"(e.g. `{PACKAGE} @ git+https://github.com/OWNER/mkdocs-esfomo`)")
    return f"{PACKAGE}=={dist.version}", note


def create(dest: Path, name: str, site_url: str, today: dt.date) -> tuple[list[Path], list[str]]:
    """Write the starter site into ``dest`` (new or empty); return the files written and notes to show."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(dest)
    day = today + dt.timedelta(days=180)
    day += dt.timedelta(days=(4 - day.weekday()) % 7)  # a Friday
    first_deadline = day - dt.timedelta(days=100)
    submission = first_deadline + dt.timedelta(days=7)
    notification = submission + dt.timedelta(days=30)
    package, note = requirement()
    conference = f"Example Conference {day.year}"
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
        "DESCRIPTION": f"{name}, a workshop at {conference}.", "SITE_URL": site_url,
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
    return written, [note] if note else []


def _scalar(text: str) -> str:
    """``text`` as one YAML value, double-quoted by the YAML library: it reads back as exactly ``text``."""
    import yaml

    return str(yaml.dump(text, Dumper=yaml.SafeDumper, default_style='"', allow_unicode=True, width=float("inf")))[:-1]
