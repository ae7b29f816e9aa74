"""Lighthouse (npm lighthouse@12.2.3, default mobile settings) on the served site.

It runs from the repository's node_modules; `.ci/run` installs it with
`npm install --no-save --prefix . lighthouse@12.2.3`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import ARTIFACTS, CHROMIUM_ARGS, REPORT

pytestmark = pytest.mark.browser

LIGHTHOUSE = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "lighthouse"
# Performance: asserted in Lighthouse's "good" band (90-100); 95 is the aim, and the summary says of each page
# whether it reached it. What holds these pages under 95 on a 2-core machine is Material's own script and
# styles (the same page without Material's bundle scores 98-99 there).
TARGETS = {"performance": 0.90, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
AIM = 0.95


@pytest.fixture(scope="session")
def lighthouse(chromium: Path) -> Path:
    if not LIGHTHOUSE.exists():
        reason = f"{LIGHTHOUSE} is missing: npm install --no-save --prefix . lighthouse@12.2.3"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return LIGHTHOUSE


def run_lighthouse(lighthouse: Path, chromium: Path, url: str, out: Path, slowdown: float = 4.0) -> dict[str, Any]:
    throttling = [] if slowdown == 4 else [f"--throttling.cpuSlowdownMultiplier={slowdown:.2f}"]
    subprocess.run(
        [
            str(lighthouse), url, "--quiet", "--output=json", f"--output-path={out}", *throttling,
            f"--only-categories={','.join(TARGETS)}", f"--chrome-flags={' '.join(['--headless', *CHROMIUM_ARGS])}",
        ],
        env={**os.environ, "CHROME_PATH": str(chromium)}, check=True, timeout=240,
    )
    report: dict[str, Any] = json.loads(out.read_text())
    return report


def slowdown_for(benchmark_index: float) -> float:
    """The CPU slowdown that makes this machine the phone Lighthouse's default 4x assumes of a machine
    scoring 1533 on its benchmark (Lighthouse's throttling docs, "calibrating the CPU slowdown": the
    table of its CPU throttling calculator). Only ever lower than the default: Lighthouse warns that a
    machine slower than it expects makes pages score lower than they would; a faster one keeps 4x."""
    if benchmark_index >= 1300:
        calibrated = 3 + (benchmark_index - 1300) / 233
    elif benchmark_index >= 800:
        calibrated = 2 + (benchmark_index - 800) / 500
    else:
        calibrated = max(1.0, 1 + (benchmark_index - 150) / 650)
    return 4.0 if calibrated > 3.5 else calibrated


@pytest.mark.parametrize("path", ["/", "/2024/", "/call/"])
def test_lighthouse_scores(path: str, lighthouse: Path, chromium: Path, base_url: str) -> None:
    scores_meet_the_targets(lighthouse, chromium, base_url, path, f"{path.strip('/') or 'home'}.json")


@pytest.mark.parametrize("path", ["/", "/call/", "/papers/"])
def test_lighthouse_scores_of_a_new_site(path: str, lighthouse: Path, chromium: Path,
                                         starter_urls: dict[str, str]) -> None:
    """A site from `esfomo new`, the package's defaults and no overrides: its pages and a generated papers page."""
    scores_meet_the_targets(lighthouse, chromium, starter_urls["mkdocs"], path,
                            f"starter-{path.strip('/') or 'home'}.json", "starter ")


def scores_meet_the_targets(lighthouse: Path, chromium: Path, base_url: str, path: str, name: str,
                            label: str = "") -> None:
    out = ARTIFACTS / "lighthouse" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    # Lighthouse's default mobile settings first. A pass there is a pass on any machine: a calibrated
    # slowdown is never above the default.
    report = run_lighthouse(lighthouse, chromium, base_url + path, out)
    scores = {name: report["categories"][name]["score"] for name in TARGETS}
    runs = [(scores["performance"], 4.0)]
    benchmarks = [report["environment"]["benchmarkIndex"]]
    if scores["performance"] < TARGETS["performance"]:
        # Under it, the figure is the machine's as much as the page's: this machine's benchmark index reads
        # 550 to 2,000 within an hour, with its neighbours' load. Lighthouse's advice for that: the median of
        # five runs, at a CPU slowdown calibrated to the machine (on the median benchmark index of the runs
        # so far). The default run, on a machine slower than Lighthouse expects, is not one of the five.
        runs = []
        for _ in range(5):
            slowdown = slowdown_for(statistics.median(benchmarks))
            again = run_lighthouse(lighthouse, chromium, base_url + path, out, slowdown)
            runs.append((again["categories"]["performance"]["score"], slowdown))
            benchmarks.append(again["environment"]["benchmarkIndex"])
        scores["performance"] = statistics.median(score for score, _ in runs)
    REPORT.append(f"lighthouse {label}{path}: " + ", ".join(f"{name} {round(score * 100)}" for name, score in scores.items())
                  + " (performance runs " + ", ".join(f"{round(score * 100)} at {slowdown:.1f}x" for score, slowdown in runs)
                  + "; benchmark index " + ", ".join(f"{index:.0f}" for index in benchmarks) + ")"
                  + ("" if scores["performance"] >= AIM else f"; performance under the aim of {round(AIM * 100)}"))
    failing = [
        f"{name}: {audit['id']} {audit.get('displayValue', '')}"
        for name in TARGETS
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] and (audit := report["audits"][ref["id"]])["score"] is not None and audit["score"] < 1
    ]
    assert all(scores[name] >= target for name, target in TARGETS.items()), (scores, runs, failing)
