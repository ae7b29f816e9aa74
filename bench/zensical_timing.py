"""Whole-process builds, as a user runs them: MkDocs with the plugin against MkDocs on the floor, and the
Zensical route (`esfomo build --engine zensical`) against Zensical building the floor's pages
(the pasted ones: Zensical runs no MkDocs hook).

Each build is a fresh process timed from start to exit (imports included), CPU time from the
children's resource usage. The floor for Zensical is the pasted floor's pre-rendered pages, with the
theme settings the route gives Zensical (Material's layout, no web fonts).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
WHOLE = ("mkdocs plugin", "mkdocs floor", "zensical route", "zensical route changed", "zensical floor")


def prepare_floor(base: Path) -> Path:
    """``base/pasted`` as Zensical reads it: the same pages, in a folder of its own (Zensical wants its
    docs inside the config's folder), with classic Material and no web fonts, as the route sets them."""
    floor, target = base / "pasted", base / "floor-zensical"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(floor / "docs", target / "docs")
    config = yaml.safe_load((floor / "mkdocs.yml").read_text(encoding="utf-8"))
    theme = config.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    custom = theme.get("custom_dir")
    if custom and (floor / custom).is_dir():
        shutil.copytree(floor / custom, target / custom, ignore=shutil.ignore_patterns("search.html"))
    theme.update(variant="classic", font=False)
    config["theme"] = theme
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target / "mkdocs.yml"


def whole(command: list[str], cwd: Path) -> dict[str, float]:
    """One build as a whole process: wall and CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"FAIL: {' '.join(command)} in {cwd}:\n{(done.stdout + done.stderr)[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu": cpu}


def commands(base: Path, floor_config: Path) -> dict[str, tuple[list[str], Path]]:
    """Each variant's command and folder. Sites go inside ``base``: the route moves its site into place."""
    python = sys.executable
    return {
        "mkdocs plugin": ([python, "-m", "mkdocs", "build", "-q", "-d", str(base / "whole-plugin")], base / "plugin"),
        "mkdocs floor": ([python, "-m", "mkdocs", "build", "-q", "-d", str(base / "whole-floor")], base / "floor"),
        "zensical route": ([python, "-m", "mkdocs_esfomo", "build", "--engine", "zensical", "-d",
                            str(base / "whole-route")], base / "plugin"),
        "zensical floor": ([python, "-m", "zensical", "build", "-f", str(floor_config)], floor_config.parent),
    }


def timed(base: Path, repetitions: int, edit: object) -> dict[str, list[dict[str, float]]]:
    """Interleaved whole-process builds of each variant; "zensical route changed" right after an edit."""
    floor_config = prepare_floor(base)
    found = commands(base, floor_config)
    runs: dict[str, list[dict[str, float]]] = {v: [] for v in WHOLE}
    edition = min((base / "plugin/docs/_data/editions").glob("*.yml"))
    original = edition.read_bytes()
    for command, cwd in found.values():  # warm-up: caches as a second build finds them
        whole(command, cwd)
    order = list(found)
    try:
        for rep in range(repetitions):
            edit(edition, 100 + rep)  # type: ignore[operator]  # generate.edit: one line of the data
            command, cwd = found["zensical route"]
            runs["zensical route changed"].append(whole(command, cwd))
            whole(*found["mkdocs plugin"])  # MkDocs' own build folder learns the edit too, untimed
            for variant in order[rep % len(order) :] + order[: rep % len(order)]:
                runs[variant].append(whole(*found[variant]))
    finally:
        edition.write_bytes(original)
    return runs
