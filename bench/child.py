"""Build one MkDocs project in a fresh process; print its build time and peak memory as JSON.

Usage: child.py MKDOCS_YML SITE_DIR [PROFILE_TXT]. MkDocs and the theme are imported before
the clock starts (every variant needs them); plugins are imported by load_config, inside it.
With the plugin, ``processed`` says how many photos the build resized (0: all from its cache).
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

import material  # noqa: F401
from mkdocs.commands.build import build
from mkdocs.config import load_config


def main(config_file: str, site_dir: str, profile: str | None = None) -> None:
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    config = load_config(config_file, site_dir=site_dir)
    build(config)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    plugin = config.plugins.get("esfomo")
    images = getattr(getattr(plugin, "site", None), "images", None)
    if profiler:
        profiler.stop()
        with open(profile, "w", encoding="utf-8") as out:
            out.write(profiler.output_text(unicode=True, color=False, show_all=False))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    processed = images.processed if images else 0
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak_mib, "processed": processed}))


if __name__ == "__main__":
    main(*sys.argv[1:])
