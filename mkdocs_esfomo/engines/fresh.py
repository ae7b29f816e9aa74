"""Is the site as the last Zensical build left it? Then only Zensical runs.

``esfomo build --engine zensical`` checks and renders the site before Zensical builds it; when nothing it
reads has changed since (mkdocs.yml, every file of the docs folder and theme folder, this package, and
"today" as far as the pages show it: no deadline or announcement date has passed since), the tree
Zensical builds is the same, so it is built again as it is. This module imports only the standard
library, so that such a build costs what Zensical costs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from ..values import build_time
from . import Failed

MANIFEST = "manifest.json"
_PACKAGE = Path(__file__).resolve().parent.parent
FORMAT = 1


def config_file_of(given: str | None) -> Path | None:
    """The mkdocs.yml a command reads, found as MkDocs finds it."""
    if given:
        return Path(given).resolve()
    return next((Path(name).resolve() for name in ("mkdocs.yml", "mkdocs.yaml") if Path(name).is_file()), None)


def key(config: Path, roots: list[str], *settings: object) -> str:
    """What the tree is made of: the config, every file of ``roots`` and of this package, and ``settings``."""
    digest = hashlib.blake2b(config.read_bytes())
    digest.update(json.dumps([str(config), FORMAT, settings]).encode())
    for root in [str(_PACKAGE), *roots]:
        path = Path(root)
        if not path.exists():
            digest.update(f"{root}: none".encode())
            continue
        for found in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if found.is_file() and "__pycache__" not in found.parts:
                stat = found.stat()
                digest.update(f"{found}\0{stat.st_mtime_ns}\0{stat.st_size}\0".encode())
    return digest.hexdigest()


def passed(thresholds: list[float], today: object) -> int:
    """How many of the moments the pages change at (deadlines, announcements' first and last days) are past."""
    now = build_time(today).timestamp()
    return sum(1 for moment in thresholds if moment <= now)


def settings(site_dir: str | None, strict: bool) -> list[Any]:
    """What of a command's arguments the tree depends on."""
    return [str(Path(site_dir).resolve()) if site_dir else None, strict]


def record(folder: Path, config: Path, roots: list[str], settings: list[Any], *, thresholds: list[float],
           today: object, report: list[str], target: str) -> None:
    """After a build: what it was made of, for the next one to compare."""
    today_text = today.isoformat() if isinstance(today, (dt.date, dt.datetime)) else today
    manifest = {"key": key(config, roots, *settings), "roots": roots, "settings": settings, "target": target,
                "thresholds": thresholds, "today": today_text, "passed": passed(thresholds, today), "report": report}
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def _unchanged(folder: Path, config: Path, settings: list[Any]) -> dict[str, Any] | None:
    """The last build's manifest if nothing it was made of has changed since; else None."""
    try:
        manifest: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest["settings"] != settings or manifest["key"] != key(config, manifest["roots"], *settings):
            return None
        if passed(manifest["thresholds"], manifest["today"]) != manifest["passed"]:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return manifest


def build(config_file: str | None, *, site_dir: str | None, strict: bool) -> bool:
    """Build with Zensical alone if nothing changed since the last Zensical build; False if something did."""
    from . import zensical

    config = config_file_of(config_file)
    manifest = _unchanged(config.parent / zensical.BUILD, config, settings(site_dir, strict)) if config else None
    if config is None or manifest is None or importlib.util.find_spec("zensical") is None:
        return False
    for line in manifest["report"]:
        print(line, file=sys.stderr)
    failed = zensical.run_build(config.parent / zensical.BUILD / "mkdocs.yml", Path(manifest["target"]), strict=strict)
    if failed:
        raise Failed(f"Zensical did not build the site ({failed}): the site folder is as it was")
    print(f"built {manifest['target']} with Zensical (nothing changed since its last build)", file=sys.stderr)
    return True
