"""Build the same workshop site four ways and compare: the plugin, the floor, the plugin's HTML pasted into
Markdown pages, and mkdocs-macros-plugin.

    .venv/bin/python bench/run.py [--quick] [--only SIZE] [--profile]

Each build runs in its own process (``child.py``): fresh site folder, same theme, same search
plugin, same pages. Builds are interleaved, repeated, and reported as medians; the four sites
must show the same person cards, schedule rows and papers. Writes the table to bench/results.md
(``--quick`` or ``--only``: bench/out/results-quick.md). ``--profile`` profiles one plugin build
of the largest size with pyinstrument into bench/out/profile.txt.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from itertools import pairwise
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("SOURCE_DATE_EPOCH", "1748779200")  # 2025-06-01: the same "today" for every build

from count import count, totals  # noqa: E402
from floor.make_floor import make_floor  # noqa: E402
from generate import Size, edit, generate  # noqa: E402
from variants import make_floor as make_pasted  # noqa: E402
from variants import make_macros  # noqa: E402
from zensical_timing import WHOLE  # noqa: E402
from zensical_timing import timed as whole_processes  # noqa: E402

ROOT = BENCH.parent
OUT = BENCH / "out"
# "floor": the same site built by MkDocs alone, each page's final HTML put in place after Markdown by a
# one-line hook (floor/): the reference. "pasted": the plugin's HTML pasted into Markdown pages, which
# Python-Markdown then parses (work the plugin does not leave to MkDocs).
VARIANTS = ("plugin", "floor", "pasted", "macros")
# "plugin" builds after a build of the same data: the usual case, which reads the workshop the
# plugin keeps in its cache folder. "changed" builds right after an edit of the data, which the
# plugin reads, validates and renders again (photos and compiled templates stay cached).
# "cold" builds as a fresh clone does, with no cache folder: it also resizes every photo.
TIMED = ("changed", "cold", *VARIANTS)
ESFOMO = Size("ES-FoMo site", 2, 0, 0, 0)  # the repository's own docs/, not generated
FULL = [ESFOMO, Size("S", 10, 100, 80, 375), Size("M", 10, 200, 80, 750), Size("L", 10, 400, 80, 1500)]
QUICK = [ESFOMO, Size("S", 3, 25, 20, 100), Size("M", 3, 50, 20, 200), Size("L", 3, 100, 20, 400)]


def child(config: Path, site: Path, profile: Path | None = None) -> dict:
    args = [sys.executable, str(BENCH / "child.py"), str(config), str(site)] + ([str(profile)] if profile else [])
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"FAIL: building {config} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def prepare(size: Size) -> tuple[Path, dict[str, int] | None]:
    """The plugin project (generated, or the ES-FoMo site copied), then its floor, pasted and macros twins."""
    base = OUT / size.name.split()[0].lower()
    shutil.rmtree(base, ignore_errors=True)
    plugin = base / "plugin"
    if size is ESFOMO:
        shutil.copytree(ROOT / "docs", plugin / "docs")
        shutil.copytree(ROOT / "overrides", plugin / "overrides")
        shutil.copy(ROOT / "mkdocs.yml", plugin / "mkdocs.yml")
        expected = None
    else:
        expected = generate(plugin, size)
    make_floor(plugin, base / "floor")
    make_pasted(plugin, base / "pasted")
    make_macros(plugin, base / "pasted", base / "macros")
    return base, expected


def check_same(base: Path, expected: dict[str, int] | None) -> tuple[int, dict[str, int]]:
    """Build each variant once (warm-up) and compare what the sites show, page by page."""
    seen = {}
    for variant in VARIANTS:
        site = base / f"site-{variant}"
        child(base / variant / "mkdocs.yml", site)
        seen[variant] = count(site)
    if not (seen["plugin"] == seen["floor"] == seen["pasted"] == seen["macros"]):
        differ = json.dumps(seen, indent=1)
        raise SystemExit(f"FAIL {base.name}: the sites differ (page: cards, rows, papers):\n{differ}")
    published = {v: {p.relative_to(base / f"site-{v}").as_posix() for p in (base / f"site-{v}").rglob("*")
                     if p.is_file()} for v in ("plugin", "floor", "pasted")}
    for floor in ("floor", "pasted"):
        if published["plugin"] != published[floor]:
            differ = sorted(published["plugin"] ^ published[floor])[:20]
            raise SystemExit(f"FAIL {base.name}: the plugin and {floor} sites publish different files: {differ}")
    shown = totals(seen["plugin"])
    if expected is not None and shown != expected:
        raise SystemExit(f"FAIL {base.name}: the sites show {shown}, the data has {expected}")
    return len(list((base / "site-plugin").rglob("index.html"))), shown


def timed(base: Path, repetitions: int) -> dict[str, list[dict]]:
    runs: dict[str, list[dict]] = {v: [] for v in TIMED}
    edition = min((base / "plugin/docs/_data/editions").glob("*.yml"))
    original = edition.read_bytes()
    rotated = TIMED[1:]
    try:
        for rep in range(repetitions):
            edit(edition, rep + 1)  # a change of the data the pages show
            order = rotated[rep % len(rotated) :] + rotated[: rep % len(rotated)]  # no variant always first
            for variant in ("changed", *order):
                site = Path(tempfile.mkdtemp(prefix="bench-site-"))
                project = variant if variant in VARIANTS else "plugin"
                if variant == "cold":
                    shutil.rmtree(base / project / ".cache", ignore_errors=True)  # as in a fresh clone
                run = child(base / project / "mkdocs.yml", site)
                check_photos(base.name, variant, run["processed"], len(list(site.rglob("*.webp"))))
                runs[variant].append(run)
                shutil.rmtree(site)
    finally:
        edition.write_bytes(original)
    return runs


def check_photos(name: str, variant: str, processed: int, published: int) -> None:
    """A cold build resizes every photo it publishes; any other plugin build takes them all from its cache."""
    if variant == "cold" and processed != published:
        raise SystemExit(f"FAIL {name}: a cold build resized {processed} photos for the {published} it publishes")
    if variant in ("plugin", "changed") and processed:
        raise SystemExit(f"FAIL {name}: a {variant} build resized {processed} photos again")


def serve(base: Path, repetitions: int) -> dict:
    plugin = base / "plugin"
    edition = max((plugin / "docs/_data/editions").glob("*.yml"))
    args = [sys.executable, str(BENCH / "serve.py"), str(plugin / "mkdocs.yml"), str(edition), str(repetitions),
            str(base / "floor/mkdocs.yml")]
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["file"] = edition.name
    problems = []
    if result["parsed_unchanged"]:
        problems.append(f"a rebuild with no change re-parsed {result['parsed_unchanged']}")
    if result["parsed_edited"] != [edition.name] or result["reparsed_per_edit"] != 1:
        problems.append(f"an edit of {edition.name} re-parsed {result['parsed_edited']}")
    if result["processed"]:
        problems.append(f"{result['processed']} photos were processed again")
    if not result["edit_shown"]:
        problems.append("the edit does not show on the rebuilt site")
    if problems:
        raise SystemExit(f"FAIL serve {base.name}: " + "; ".join(problems))
    return result


def import_cost(repetitions: int) -> float:
    """Seconds to import the plugin in a fresh process that has MkDocs and the theme loaded."""
    code = ("import time, material, mkdocs.commands.build, mkdocs.config; t = time.perf_counter(); "
            "import mkdocs_esfomo.plugin; print(time.perf_counter() - t)")
    runs = [subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
            for _ in range(repetitions)]
    return statistics.median(float(out) for out in runs)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, mkdocs {version('mkdocs')}, "
            f"mkdocs-material {version('mkdocs-material')}, mkdocs-macros-plugin {version('mkdocs-macros-plugin')}; "
            f"load average at start {load}")


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def report(results: list[dict], serves: list[tuple[str, dict]], imports: float, repetitions: int, quick: bool,
           took: float, wholes: list[tuple[str, dict]]) -> str:
    lines = [
        f"# Benchmark{' (quick)' if quick else ''}: plugin vs floor vs pasted Markdown vs mkdocs-macros-plugin",
        "",
        f"Machine: {machine()}.",
        "",
        f"Each build in its own process (config load + build, imports of MkDocs and the theme excluded), "
        f"fresh site folder, {repetitions} interleaved repetitions, medians. Wall time in seconds; "
        "the CPU ratio is the same comparison in CPU time, steadier on a shared machine. "
        "Plugin: a build after one of the same data (the plugin reads the workshop it keeps in its cache "
        "folder). Changed: the build right after editing one line of an edition file, its summary (the data "
        "is read, validated and rendered again; photos, compiled templates and calendars that show none "
        "of the edit stay cached). "
        "Floor, the reference: the same site built by MkDocs without the plugin, each page a placeholder whose "
        "final HTML (as the plugin's build made it) a one-line hook puts in place after Markdown, every photo, "
        "calendar and asset a plain file; it publishes the same files with the same search index, so it costs "
        "MkDocs' own work only. Pasted: the plugin's HTML pasted into plain Markdown pages, which Python-Markdown "
        "then parses. "
        "Macros: Jinja loops over the same YAML with mkdocs-macros-plugin. "
        "Cold (the second table): the plugin's build with no cache folder, as in a fresh clone. "
        f"Importing the plugin takes {imports * 1000:.0f} ms of every plugin build.",
        "",
        "| site | pages | cards / rows / papers | plugin s | changed s | floor s | pasted s | macros s "
        "| plugin ÷ floor (wall, CPU) | changed ÷ floor | plugin ÷ pasted | plugin ÷ macros | changed ÷ macros "
        "| peak MiB plugin / changed / floor / pasted / macros |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        runs, shown = r["runs"], r["shown"]
        wall = {v: median(runs[v], "seconds") for v in TIMED}
        cpu = {v: median(runs[v], "cpu") for v in TIMED}
        label = r["size"].name if r["size"] is ESFOMO else f"{r['size'].name} ({r['size']})"
        peak = " / ".join(f"{max(x['peak_mib'] for x in runs[v]):.0f}" for v in ("plugin", "changed", *VARIANTS[1:]))
        lines.append(
            f"| {label} | {r['pages']} "
            f"| {shown['cards']} / {shown['rows']} / {shown['papers']} "
            f"| {wall['plugin']:.3f} | {wall['changed']:.3f} | {wall['floor']:.3f} | {wall['pasted']:.3f} "
            f"| {wall['macros']:.3f} "
            f"| {wall['plugin'] / wall['floor']:.2f}×, {cpu['plugin'] / cpu['floor']:.2f}× "
            f"| {wall['changed'] / wall['floor']:.2f}× | {wall['plugin'] / wall['pasted']:.2f}× "
            f"| {wall['plugin'] / wall['macros']:.2f}× | {wall['changed'] / wall['macros']:.2f}× | {peak} |"
        )
    lines += ["", "Cold builds, as in a fresh clone (no cache folder): the data read, validated and rendered, "
              "the calendars made, the fragments compiled and every published photo resized. The CPU ratio counts "
              "the time of every thread, so it shows the work and the wall ratio what resizing in parallel saves.",
              "", "| site | photos made | cold s | floor s | plugin s | cold ÷ floor (wall, CPU) | cold ÷ plugin "
              "| peak MiB cold / floor |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        runs = r["runs"]
        wall = {v: median(runs[v], "seconds") for v in TIMED}
        cpu = {v: median(runs[v], "cpu") for v in TIMED}
        lines.append(
            f"| {r['size'].name} | {runs['cold'][0]['processed']} "
            f"| {wall['cold']:.3f} | {wall['floor']:.3f} | {wall['plugin']:.3f} "
            f"| {wall['cold'] / wall['floor']:.2f}×, {cpu['cold'] / cpu['floor']:.2f}× "
            f"| {wall['cold'] / wall['plugin']:.2f}× | {max(x['peak_mib'] for x in runs['cold']):.0f} "
            f"/ {max(x['peak_mib'] for x in runs['floor']):.0f} |"
        )
    grown = [r for r in results if r["size"] is not ESFOMO]
    if len(grown) >= 3:
        lines += ["", "Growth (people and papers double at each step): CPU seconds per 1000 more papers, step by "
                  "step; linear growth keeps it constant.", "", "| variant | " + " | ".join(
                      f"{a['size'].name} → {b['size'].name}" for a, b in pairwise(grown)) + " |",
                  "|---|" + "---:|" * (len(grown) - 1)]
        for v in TIMED:
            steps = [(median(b["runs"][v], "cpu") - median(a["runs"][v], "cpu"))
                     / (b["shown"]["papers"] - a["shown"]["papers"]) * 1000 for a, b in pairwise(grown)]
            lines.append(f"| {v} | " + " | ".join(f"{s:.2f}" for s in steps) + " |")
    lines += ["", "`mkdocs serve` rebuilds, simulated in one process as MkDocs runs them (config reloaded for each, "
              "on_startup once): a rebuild with no change against one after editing one line of one edition file, "
              "and a rebuild of the floor in the same process, interleaved.",
              "", "| site | floor s | no change s | one-line edit s | no change ÷ floor (wall, CPU) "
              "| edit ÷ floor (wall, CPU) | edit ÷ no change (wall, CPU) | files parsed (no change / edit) "
              "| characters parsed per edit (median) | photos processed |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, s in serves:
        parsed = f"{len(s['parsed_unchanged'])} / {s['reparsed_per_edit']} ({', '.join(s['parsed_edited'])})"
        lines.append(f"| {name} | {s['floor']:.2f} | {s['unchanged']:.2f} | {s['edited']:.2f} "
                     f"| {s['unchanged'] / s['floor']:.2f}×, {s['unchanged_cpu'] / s['floor_cpu']:.2f}× "
                     f"| {s['edited'] / s['floor']:.2f}×, {s['edited_cpu'] / s['floor_cpu']:.2f}× "
                     f"| {s['edited'] / s['unchanged']:.2f}×, {s['cpu_ratio']:.2f}× "
                     f"| {parsed} | {s['characters_per_edit']:,.0f} of the file's {s['file_characters']:,} "
                     f"| {s['processed']} |")
    if wholes:
        lines += ["", "Whole processes, as a user runs them (start to exit, imports included): `mkdocs build` with the "
                  "plugin against `mkdocs build` of the floor, and `esfomo build --engine zensical` (the site made, "
                  "then built by Zensical in the same process) against `zensical build` of the floor's pages. The "
                  "route after one build of the same data, and right after the one-line edit.", "",
                  "| site | " + " | ".join(f"{v} s" for v in WHOLE) + " | mkdocs plugin ÷ floor (wall, CPU) "
                  "| zensical route ÷ floor (wall, CPU) | route changed ÷ floor |",
                  "|---|" + "---:|" * (len(WHOLE) + 3)]
        for name, runs in wholes:
            wall = {v: median(runs[v], "seconds") for v in WHOLE}
            cpu = {v: median(runs[v], "cpu") for v in WHOLE}
            lines.append(
                f"| {name} | " + " | ".join(f"{wall[v]:.3f}" for v in WHOLE)
                + f" | {wall['mkdocs plugin'] / wall['mkdocs floor']:.2f}×, "
                f"{cpu['mkdocs plugin'] / cpu['mkdocs floor']:.2f}× "
                f"| {wall['zensical route'] / wall['zensical floor']:.2f}×, "
                f"{cpu['zensical route'] / cpu['zensical floor']:.2f}× "
                f"| {wall['zensical route changed'] / wall['zensical floor']:.2f}× |")
    lines += ["", f"Whole run: {took / 60:.1f} min."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and fewer repetitions (under 2 minutes)")
    parser.add_argument("--profile", action="store_true", help="also profile one plugin build of the largest size")
    parser.add_argument("--only", action="append", metavar="SIZE", help="only this size: ES-FoMo, S, M, L")
    args = parser.parse_args()
    sizes, repetitions, serve_reps = (QUICK, 3, 3) if args.quick else (FULL, 7, 9)
    if args.only:
        sizes = [s for s in sizes if s.name.split()[0].lower() in {o.lower() for o in args.only}]
    start = time.perf_counter()
    # Bytecode for the plugin, as pip writes it when it installs a package: an editable install
    # run with PYTHONDONTWRITEBYTECODE would compile the plugin's source in every build.
    compileall.compile_dir(ROOT / "mkdocs_esfomo", quiet=1)
    OUT.mkdir(exist_ok=True)
    results, serves, wholes = [], [], []
    for size in sizes:
        print(f"{size.name}: preparing", file=sys.stderr, flush=True)
        base, expected = prepare(size)
        pages, shown = check_same(base, expected)
        print(f"{size.name}: {pages} pages, {shown}; timing", file=sys.stderr, flush=True)
        results.append({"size": size, "pages": pages, "shown": shown, "runs": timed(base, repetitions)})
        if size is ESFOMO or size is sizes[-1]:
            serves.append((size.name if size is ESFOMO else f"{size.name} ({size})", serve(base, serve_reps)))
            print(f"{size.name}: whole processes, MkDocs and Zensical", file=sys.stderr, flush=True)
            wholes.append((size.name, whole_processes(base, repetitions, edit)))
        if args.profile and size is sizes[-1]:
            child(base / "plugin/mkdocs.yml", base / "site-profile", OUT / "profile.txt")
    table = report(results, serves, import_cost(repetitions), repetitions, args.quick, time.perf_counter() - start,
                   wholes)
    target = OUT / "results-quick.md" if args.quick or args.only else BENCH / "results.md"
    target.write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
