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
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}


@pytest.fixture(scope="session")
def lighthouse(chromium: Path) -> Path:
    if not LIGHTHOUSE.exists():
        reason = f"{LIGHTHOUSE} is missing: npm install --no-save --prefix . lighthouse@12.2.3"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return LIGHTHOUSE


def run_lighthouse(lighthouse: Path, chromium: Path, url: str, out: Path) -> dict[str, Any]:
    subprocess.run(
        [
            str(lighthouse), url, "--quiet", "--output=json", f"--output-path={out}",
            f"--only-categories={','.join(TARGETS)}", f"--chrome-flags={' '.join(['--headless', *CHROMIUM_ARGS])}",
        ],
        env={**os.environ, "CHROME_PATH": str(chromium)}, check=True, timeout=240,
    )
    report: dict[str, Any] = json.loads(out.read_text())
    return report


@pytest.mark.parametrize("path", ["/", "/2024/", "/call/"])
def test_lighthouse_scores(path: str, lighthouse: Path, chromium: Path, base_url: str) -> None:
    out = ARTIFACTS / "lighthouse" / f"{path.strip('/') or 'home'}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    report = run_lighthouse(lighthouse, chromium, base_url + path, out)
    scores = {name: report["categories"][name]["score"] for name in TARGETS}
    if scores["performance"] < TARGETS["performance"]:
        # Blocking time varies from run to run with the machine's load; Lighthouse's
        # own advice is the median of five runs.
        runs = [scores["performance"]] + [
            run_lighthouse(lighthouse, chromium, base_url + path, out)["categories"]["performance"]["score"]
            for _ in range(4)
        ]
        scores["performance"] = statistics.median(runs)
    REPORT.append(f"lighthouse {path}: " + ", ".join(f"{name} {round(score * 100)}" for name, score in scores.items()))
    failing = [
        f"{name}: {audit['id']} {audit.get('displayValue', '')}"
        for name in TARGETS
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] and (audit := report["audits"][ref["id"]])["score"] is not None and audit["score"] < 1
    ]
    assert all(scores[name] >= target for name, target in TARGETS.items()), (scores, failing)
