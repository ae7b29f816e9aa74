"""``mkdocs serve`` rebuilds, simulated in one process; prints the result as JSON.

Usage: serve.py MKDOCS_YML EDITION_YML REPETITIONS [FLOOR_YML]. Like mkdocs 1.6 serve, every rebuild
loads the config again and builds into the same site folder; plugins get ``on_startup``
once and ``on_shutdown`` at the end, and MkDocs keeps the instances of those that have
them. Rebuilds with no change alternate with rebuilds after editing one line
(``summary:``) of one edition file; with FLOOR_YML, each pair with a rebuild of the floor (the same
site built by MkDocs alone) in the same process, the reference.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from generate import edit
from mkdocs.commands.build import build
from mkdocs.config import load_config

from mkdocs_esfomo.data import loader, yamlsource

parsed: list[str] = []
_read = loader.read


def _counting_read(path, *args, **kwargs):  # type: ignore[no-untyped-def]
    parsed.append(Path(path).name)
    return _read(path, *args, **kwargs)


loader.read = _counting_read
characters: list[int] = []  # the YAML text parsed in this rebuild (a whole file, or pieces of one)
_walk = yamlsource._walk


def _counting_walk(text, *args, **kwargs):  # type: ignore[no-untyped-def]
    characters.append(len(text))
    return _walk(text, *args, **kwargs)


yamlsource._walk = _counting_walk


def rebuild(config_file: str, site_dir: str) -> dict:
    parsed.clear()
    characters.clear()
    start, cpu = time.perf_counter(), time.process_time()
    config = load_config(config_file, site_dir=site_dir)
    build(config)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    plugin = config.plugins.get("esfomo")
    images = plugin.site.images if plugin else None
    return {"seconds": seconds, "cpu": cpu, "parsed": list(parsed), "characters": sum(characters),
            "processed": images.processed if images else 0}


def main(config_file: str, edition_file: str, repetitions: str, floor_file: str | None = None) -> None:
    edition = Path(edition_file)
    original = edition.read_bytes()
    site_dir = tempfile.mkdtemp(prefix="bench-serve-")
    load_config(config_file, site_dir=site_dir).plugins.on_startup(command="serve", dirty=False)
    try:
        rebuild(config_file, site_dir)  # the first build of `mkdocs serve`: caches fill here
        unchanged, edited, floor = [], [], []
        floor_dir = tempfile.mkdtemp(prefix="bench-serve-floor-")
        if floor_file:
            rebuild(floor_file, floor_dir)
        for n in range(int(repetitions)):
            if floor_file:
                floor.append(rebuild(floor_file, floor_dir))
            unchanged.append(rebuild(config_file, site_dir))
            marker = edit(edition, n + 1)
            edited.append(rebuild(config_file, site_dir))
            shown = any(marker in p.read_text(encoding="utf-8") for p in Path(site_dir).rglob("index.html"))
            edited[-1]["shown"] = shown
    finally:
        load_config(config_file, site_dir=site_dir).plugins.on_shutdown()
        edition.write_bytes(original)
        shutil.rmtree(site_dir, ignore_errors=True)
    print(json.dumps({
        "unchanged": statistics.median(r["seconds"] for r in unchanged),
        "edited": statistics.median(r["seconds"] for r in edited),
        "floor": statistics.median(r["seconds"] for r in floor) if floor else None,
        "floor_cpu": statistics.median(r["cpu"] for r in floor) if floor else None,
        "unchanged_cpu": statistics.median(r["cpu"] for r in unchanged),
        "edited_cpu": statistics.median(r["cpu"] for r in edited),
        "cpu_ratio": statistics.median(r["cpu"] for r in edited) / statistics.median(r["cpu"] for r in unchanged),
        "parsed_unchanged": sorted({name for r in unchanged for name in r["parsed"]}),
        "parsed_edited": sorted({name for r in edited for name in r["parsed"]}),
        "reparsed_per_edit": max(len(r["parsed"]) for r in edited),
        "characters_per_edit": statistics.median(r["characters"] for r in edited),
        "file_characters": len(original.decode("utf-8")),
        "processed": sum(r["processed"] for r in unchanged + edited),
        "edit_shown": all(r["shown"] for r in edited),
    }))


if __name__ == "__main__":
    main(*sys.argv[1:])
