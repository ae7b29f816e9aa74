"""Peak memory of a warm (or cold) build against the floor's, at one size: whole processes, pairs interleaved.

    .venv/bin/python bench/memory.py [--size L] [--pairs 3] [--reuse] [--cold]

Each build is ``child.py`` (a fresh process: config load and build; its peak resident memory). The
plugin builds once first, so that the timed ones are warm (its cache folder holds the data it checked
and the directives' HTML); then plugin and floor builds alternate. Prints the medians and the ratio;
``--reuse`` keeps the projects of an earlier run in bench/out/memory-SIZE/; ``--cold`` removes the plugin's
cache folder (``.cache/``) before each of its builds instead.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("SOURCE_DATE_EPOCH", "1748779200")  # 2025-06-01, as in run.py

from floor.make_floor import make_floor  # noqa: E402
from generate import generate  # noqa: E402
from run import FULL  # noqa: E402


def build(config: Path) -> dict:
    site = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    try:
        done = subprocess.run([sys.executable, str(BENCH / "child.py"), str(config), str(site)],
                              capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"FAIL: building {config} failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(site, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="L", choices=[s.name.split()[0] for s in FULL if s.editions > 2])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--cold", action="store_true", help="no .cache/ before each plugin build")
    args = parser.parse_args()
    size = next(s for s in FULL if s.name == args.size)
    base = BENCH / "out" / f"memory-{size.name}"
    if not (args.reuse and (base / "floor/mkdocs.yml").is_file()):
        shutil.rmtree(base, ignore_errors=True)
        generate(base / "plugin", size)
        make_floor(base / "plugin", base / "floor")
    if not args.cold:
        build(base / "plugin/mkdocs.yml")  # warm: what the next builds read from the cache folder
    runs: dict[str, list[dict]] = {"plugin": [], "floor": []}
    for n in range(args.pairs):
        for variant in ("plugin", "floor") if n % 2 == 0 else ("floor", "plugin"):
            if args.cold and variant == "plugin":
                shutil.rmtree(base / "plugin/.cache", ignore_errors=True)
            runs[variant].append(build(base / variant / "mkdocs.yml"))
            print(variant, json.dumps(runs[variant][-1]), flush=True)
    peak = {v: statistics.median(r["peak_mib"] for r in rs) for v, rs in runs.items()}
    cpu = {v: statistics.median(r["cpu"] for r in rs) for v, rs in runs.items()}
    when = "cold" if args.cold else "warm"
    print(f"{size.name}, {when}, {args.pairs} pairs, medians: peak memory plugin {peak['plugin']:.1f} MiB / floor "
          f"{peak['floor']:.1f} MiB = {peak['plugin'] / peak['floor']:.2f}x; CPU {cpu['plugin']:.1f} s / "
          f"{cpu['floor']:.1f} s = {cpu['plugin'] / cpu['floor']:.2f}x")


if __name__ == "__main__":
    main()
