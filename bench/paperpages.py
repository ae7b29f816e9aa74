"""What a page per paper costs: warm builds of one edition with N papers (abstracts as long as
OpenReview's), with and without paper pages, against the floor of each (the same pages put in place
after Markdown: MkDocs' and Material's own work) and against N plain Markdown pages of the same size.

    python bench/paperpages.py [--papers 1500] [--runs 3]

Per paper page: (plugin with pages - plugin without) / N, against (floor with - floor without) / N
(Material's own cost of a page) and (plain Markdown pages - floor without) / N. Each build runs in its
own process (child.py) with a fresh site folder, variants alternating; medians.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FLOOR = HERE / "floor" / "make_floor.py"  # the same pages put in place after Markdown (bench/README.md)
OUT = HERE / "out" / "paperpages"
sys.path.insert(0, str(HERE))
from generate import WORDS, _papers  # noqa: E402

CONFIG = {"site_name": "Papers", "site_url": "https://papers.example.org/", "theme": {"name": "material"},
          "plugins": ["search", {"esfomo": {"today": "2025-07-01"}}]}


def _edition(count: int) -> dict:
    rng = random.Random(3)
    papers = _papers(rng, count, 2025)
    for i, paper in enumerate(papers):
        paper["abstract"] = " ".join(rng.choice(WORDS) for _ in range(200))[:1500]
        if paper["kind"] == "poster":
            paper["session"] = "posters-a" if i % 2 else "posters-b"
    return {"name": "Big 2025", "title": "Workshop on Big Things", "conference": {"name": "ICML 2025"},
            "date": "2025-07-18", "timezone": "America/Vancouver", "archival": False,
            "schedule": [{"time": "10:00", "kind": "poster", "title": "Posters A", "id": "posters-a"},
                         {"time": "14:00", "kind": "poster", "title": "Posters B", "id": "posters-b"}],
            "papers": papers}


def _project(root: Path, edition: dict, paper_pages: bool) -> Path:
    shutil.rmtree(root, ignore_errors=True)
    (root / "docs/_data/editions").mkdir(parents=True)
    (root / "docs/_data/editions/2025.yml").write_text(yaml.safe_dump(edition, sort_keys=False))
    config = json.loads(json.dumps(CONFIG))
    config["plugins"][1]["esfomo"]["paper_pages"] = paper_pages
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    return root


def _plain(floor_off: Path, root: Path, edition: dict) -> Path:
    """The floor without paper pages, plus one Markdown page per paper of the paper page's size."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(floor_off, root)
    for paper in edition["papers"]:
        page = root / "docs/plain" / paper["id"] / "index.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        bib = f"@inproceedings{{x{paper['id']},\n  title = {{{paper['title']}}},\n  year = {{2025}}\n}}"
        page.write_text(f"# {paper['title']}\n\n{', '.join(paper['authors'])}\n\n**Poster** at Workshop on Big Things,"
                        f" ICML 2025, July 18, 2025.\n\n[PDF]({paper['url']}) · [OpenReview]({paper['url']})\n\n"
                        f"## Abstract\n\n{paper['abstract']}\n\n## Cite\n\n```\n{bib}\n```\n", encoding="utf-8")
    # the floor's hook reads every page's HTML from its folder: plain pages are Markdown, left as they are
    hook = root / "inject.py"
    head = "def on_page_content(html, *, page, config, files):\n"
    plain = "    if page.file.src_uri.startswith('plain/'):\n        return html\n"
    hook.write_text(hook.read_text().replace(head, head + plain))
    return root


def _build(project: Path) -> float:
    """The build's CPU seconds (steadier than wall-clock time on a shared machine)."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    done = subprocess.run([sys.executable, str(HERE / "child.py"), str(project / "mkdocs.yml"), str(site)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["cpu"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--papers", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    edition = _edition(args.papers)
    on, off = _project(OUT / "on", edition, True), _project(OUT / "off", edition, False)
    for project in (on, off):
        _build(project)  # the cache: what warm builds read
    floors = {}
    for name, project in (("on", on), ("off", off)):
        floors[name] = OUT / f"floor-{name}"
        subprocess.run([sys.executable, str(FLOOR), str(project), str(floors[name])], check=True)
        # The plugin leaves paper pages out of the navigation; so does the floor (else every page's
        # navigation lists every paper, and the floor costs more than the plugin)
        config = floors[name] / "mkdocs.yml"
        config.write_text(config.read_text() + "not_in_nav: |\n  /papers/*/index.md\n  /plain/\n")
    plain = _plain(floors["off"], OUT / "plain", edition)
    variants = {"plugin, paper pages": on, "plugin, none": off, "floor, paper pages": floors["on"],
                "floor, none": floors["off"], "floor + Markdown pages": plain}
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.runs):
        for name, project in variants.items():
            times[name].append(_build(project))
    median = {name: statistics.median(values) for name, values in times.items()}
    n = args.papers
    per = {
        "plugin's paper page": (median["plugin, paper pages"] - median["plugin, none"]) / n,
        "floor's page (Material's own work)": (median["floor, paper pages"] - median["floor, none"]) / n,
        "plain Markdown page": (median["floor + Markdown pages"] - median["floor, none"]) / n,
    }
    for name, value in median.items():
        print(f"{name:28} {value:7.2f} s CPU   ({', '.join(f'{t:.2f}' for t in times[name])})")
    for name, value in per.items():
        print(f"per {name:36} {value * 1000:6.2f} ms")
    ratio = median["plugin, paper pages"] / median["floor, paper pages"]
    print(f"plugin with paper pages / its floor: {ratio:.3f}x")


if __name__ == "__main__":
    main()
