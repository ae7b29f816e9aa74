"""What resizing photos costs: bytes against seconds for each WebP effort, and threads against processes.

    .venv/bin/python bench/photos.py [PROJECT ...]

Each project (default: the ES-FoMo site, and the L size when bench/run.py has generated it in
bench/out/l/plugin) is built once in-process with an empty cache folder, to learn which copies a
cold build makes. Then, on those copies: each source decoded and resized once, every copy encoded
at each WebP effort (``method`` 0-6, the quality the plugin uses), best of three; the plugin's own
resizing (``images.render_all``) timed in one thread, in threads and in processes. Writes
bench/out/photos.md and prints it.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("SOURCE_DATE_EPOCH", "1748779200")

from mkdocs.commands.build import build
from mkdocs.config import load_config

from mkdocs_esfomo.outputs import images

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REPEAT = 3


def wanted(project: Path) -> list[images.Job]:
    """The copies a cold build of ``project`` makes, by source."""
    jobs: list[images.Job] = []

    def record(self: images.Images, site_dir: Path) -> None:
        jobs.extend((source, tuple(todo.values())) for source, todo in self.wanted.values())

    publish, images.Images.publish = images.Images.publish, record  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as scratch:
        try:
            config = load_config(str(project / "mkdocs.yml"), site_dir=f"{scratch}/site")
            config.plugins["esfomo"].config.cache_dir = f"{scratch}/cache"  # empty: every copy is wanted
            build(config)
        finally:
            images.Images.publish = publish  # type: ignore[method-assign]
    return jobs


def effort_table(jobs: Sequence[images.Job]) -> list[tuple[int, int, float]]:
    """(method, bytes, seconds to encode every copy) for each WebP effort."""
    resized = [img for source, renditions in jobs for img in images.resized(source, renditions)]
    rows = []
    for method in range(7):
        best = float("inf")
        for _ in range(REPEAT):
            total, start = 0, time.process_time()
            for img in resized:
                out = io.BytesIO()
                img.save(out, "WEBP", quality=images.QUALITY, method=method)
                total += out.tell()
            best = min(best, time.process_time() - start)
        rows.append((method, total, best))
    return rows


def decode_seconds(jobs: Sequence[images.Job]) -> tuple[float, float]:
    """Decoding and resizing every copy: each source once for all its copies, against once per copy."""
    once = per_copy = float("inf")
    for _ in range(REPEAT):
        start = time.process_time()
        for source, renditions in jobs:
            images.resized(source, renditions)
        once = min(once, time.process_time() - start)
        start = time.process_time()
        for source, renditions in jobs:
            for rendition in renditions:
                images.resized(source, [rendition])
        per_copy = min(per_copy, time.process_time() - start)
    return once, per_copy


def _retargeted(jobs: Sequence[images.Job], folder: Path) -> list[images.Job]:
    return [(source, [r._replace(target=folder / r.target.name) for r in renditions]) for source, renditions in jobs]


def _in(make_pool: Callable[[], Executor]) -> Callable[[Sequence[images.Job]], None]:
    def run(jobs: Sequence[images.Job]) -> None:
        with make_pool() as pool:
            for future in [pool.submit(images._render, source, renditions) for source, renditions in jobs]:
                future.result()

    return run


def _one_by_one(jobs: Sequence[images.Job]) -> None:
    for source, renditions in jobs:
        images._render(source, renditions)


def parallel_table(jobs: Sequence[images.Job]) -> list[tuple[str, float]]:
    """Wall seconds to make every copy (the pool's start included), median of three, interleaved."""
    cores = images._cores()
    ways: dict[str, Callable[[Sequence[images.Job]], None]] = {
        "one thread": _one_by_one,
        f"{cores} threads (images.render_all)": images.render_all,
        f"{cores} processes, fork": _in(lambda: ProcessPoolExecutor(cores, multiprocessing.get_context("fork"))),
        f"{cores} processes, forkserver": _in(
            lambda: ProcessPoolExecutor(cores, multiprocessing.get_context("forkserver"))),
        f"{cores} processes, spawn": _in(lambda: ProcessPoolExecutor(cores, multiprocessing.get_context("spawn"))),
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(REPEAT):
        for name, run in ways.items():
            folder = Path(tempfile.mkdtemp(prefix="bench-photos-"))
            start = time.perf_counter()
            run(_retargeted(jobs, folder))
            times[name].append(time.perf_counter() - start)
            shutil.rmtree(folder)
    return [(name, statistics.median(seconds)) for name, seconds in times.items()]


def report(projects: Sequence[Path]) -> str:
    lines = [f"# Photos: WebP effort and parallel resizing (quality {images.QUALITY}, {images._cores()} cores, "
             f"load average at start {os.getloadavg()[0]:.1f})", ""]
    for project in projects:
        jobs = wanted(project)
        copies = sum(len(renditions) for _, renditions in jobs)
        once, per_copy = decode_seconds(jobs)
        name = "ES-FoMo site" if project == ROOT else project.parent.name.upper()
        lines += [f"## {name}: {copies} copies of {len(jobs)} photos", "",
                  f"Decoding and resizing, CPU seconds: {once:.3f} with each photo decoded once for all its copies, "
                  f"{per_copy:.3f} decoded once per copy.", "",
                  "| WebP method | bytes | vs method 6 | encode CPU s | vs method 6 |", "|---:|---:|---:|---:|---:|"]
        rows = effort_table(jobs)
        _, bytes6, seconds6 = rows[-1]
        for method, size, seconds in rows:
            mark = " (used)" if method == images.METHOD else ""
            lines.append(f"| {method}{mark} | {size:,} | {size / bytes6 - 1:+.1%} | {seconds:.3f} | "
                         f"{seconds / seconds6:.2f}× |")
        lines += ["", "| making every copy (decode, resize, encode, write) | wall s |", "|---|---:|"]
        lines += [f"| {way} | {seconds:.3f} |" for way, seconds in parallel_table(jobs)]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    projects = [Path(p).resolve() for p in argv] or [ROOT, *[p for p in [BENCH / "out/l/plugin"] if p.is_dir()]]
    text = report(projects)
    (BENCH / "out").mkdir(exist_ok=True)
    (BENCH / "out/photos.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
