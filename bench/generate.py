"""A seeded synthetic workshop in the data format: people, editions, photos and pages with directives."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

import yaml
from PIL import Image, ImageDraw

WORDS = [
    "efficient", "sparse", "attention", "quantized", "training", "inference", "scaling", "kernel", "memory",
    "cache", "parallel", "pipeline", "distributed", "low-rank", "adapter", "mixture", "experts", "speculative",
    "decoding", "compiler", "hardware", "bandwidth", "energy", "long-context", "retrieval", "state-space", "linear",
    "recurrent", "tokenizer", "serving", "batching", "offloading", "pruning", "distillation", "benchmark",
    "federated", "fault-tolerant", "elastic", "heterogeneous", "compression", "gradient", "optimizer",
]
FIRST = [
    "Ada", "Alan", "Bea", "Chen", "Dana", "Emil", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lena", "Mira",
    "Nia", "Omar", "Pia", "Quinn", "Ravi", "Sara", "Tomas", "Uma",
]
LAST = [
    "Abe", "Berg", "Cruz", "Diaz", "Eto", "Fox", "Gupta", "Hale", "Ito", "Jain", "Kim", "Lund", "Mora", "Ng",
    "Okafor", "Park", "Quist", "Rossi", "Sato", "Tran", "Ueda",
]
PLACES = [
    "MIT", "Stanford", "CMU", "ETH", "EPFL", "Mila", "Inria", "Tsinghua", "KAIST", "Oxford", "Toronto", "Berkeley",
    "Princeton", "UCSD",
]
ROLE_SHARE = {"organizers": 0.1, "speakers": 0.75, "panelists": 0.15}
LAYOUT = {"organizers": "horizontal", "speakers": "grid", "panelists": "grid"}


@dataclass(frozen=True)
class Size:
    name: str
    editions: int
    people: int  # person refs per edition, over the three roles
    items: int  # schedule items per edition
    papers: int  # accepted papers per edition

    def __str__(self) -> str:
        return f"{self.editions} ed × {self.people} people × {self.items} items × {self.papers} papers"


def _title(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def _photo(path: Path, rng: random.Random) -> None:
    """A small deterministic JPEG: a colored square with a circle."""
    img = Image.new("RGB", (256, 256), tuple(rng.randrange(256) for _ in range(3)))
    ImageDraw.Draw(img).ellipse((64, 40, 192, 168), fill=tuple(rng.randrange(256) for _ in range(3)))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "JPEG", quality=85)


def _people(rng: random.Random, count: int, docs: Path) -> dict[str, dict]:
    people = {}
    for i in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        entry: dict = {"name": name, "affiliation": rng.choice(PLACES)}
        if rng.random() < 0.7:
            entry["url"] = f"https://people.example.org/{i}"
        if rng.random() < 0.2:
            entry["photo"] = f"assets/img/p{i}.jpg"
            _photo(docs / entry["photo"], rng)
        if rng.random() < 0.3:
            entry["bio"] = f"Works on **{rng.choice(WORDS)}** and {rng.choice(WORDS)} systems."
        people[f"person-{i}"] = entry
    return people


def _ref(rng: random.Random, pid: str) -> str | dict:
    roll = rng.random()
    if roll < 0.1:
        return {"id": pid, "affiliation": rng.choice(PLACES)}  # this edition only
    if roll < 0.15:
        return {"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "affiliation": rng.choice(PLACES)}  # one-off
    return pid


def _papers(rng: random.Random, count: int, year: int) -> list[dict]:
    papers = []
    for i in range(count):
        kind = "oral" if i % 50 == 0 else "spotlight" if i % 12 == 0 else "poster"
        paper = {
            "id": f"p{i}",
            "title": _title(rng, rng.randint(4, 10)),
            "authors": [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 6))],
            "kind": kind,
            "url": f"https://openreview.example.org/{year}/{i}",
        }
        if rng.random() < 0.3:
            paper["pdf"] = f"https://papers.example.org/{year}/{i}.pdf"
        if rng.random() < 0.2:
            paper["code"] = f"https://github.example.org/lab/{year}-{i}"
        if kind == "poster":
            paper["board"] = str(i % 400 + 1)
        if i % 300 == 0:
            paper["award"] = "Best Paper"
        papers.append(paper)
    return papers


def _schedule(rng: random.Random, count: int, pool: list[str], papers: list[dict]) -> list[dict]:
    orals = [p["id"] for p in papers if p["kind"] == "oral"]
    start = dt.datetime(2000, 1, 1, 8, 0)
    entries: list[dict] = []
    session: list[dict] | None = None
    for i in range(count):
        at = start + dt.timedelta(minutes=5 * i)
        kind = rng.choice(["invited", "talk", "oral", "break", "poster", "keynote"])
        item: dict = {"time": f"{at:%H:%M}", "kind": kind}
        if kind == "oral" and orals and rng.random() < 0.5:
            item["paper"] = rng.choice(orals)
        else:
            item["title"] = _title(rng, rng.randint(3, 8))
        if kind in ("invited", "talk", "keynote"):
            item["speakers"] = [_ref(rng, pid) for pid in rng.sample(pool, rng.randint(1, 2))]
        if rng.random() < 0.2:
            item["links"] = {"slides": f"https://slides.example.org/{i}", "video": f"https://video.example.org/{i}"}
        if rng.random() < 0.1:
            item["abstract"] = f"We study *{rng.choice(WORDS)}* at scale.\n\nResults on {rng.choice(WORDS)}."
        if i % 10 == 0:  # every ten items a new session (or none), like a real day
            session = [] if rng.random() < 0.6 else None
            if session is not None:
                entries.append({"session": f"Session {i // 10 + 1}: {_title(rng, 2)}", "items": session})
        (session if session is not None else entries).append(item)
    return entries


def _edition(rng: random.Random, year: int, size: Size, pool: list[str]) -> dict:
    papers = _papers(rng, size.papers, year)
    data: dict = {
        "name": f"Synthetic Workshop {year}",
        "title": f"Workshop on {_title(rng, 3)}",
        "subtitle": f"At the *International Conference* {year}.",
        "summary": f"A workshop on **{rng.choice(WORDS)}** and {rng.choice(WORDS)}.",
        "tagline": "Code it, run it, crash it--restart it.",
        "conference": {"name": f"ICML {year}", "url": "https://icml.cc"},
        "date": f"{year}-07-18",
        "timezone": "America/Vancouver",
        "location": {"city": "Vancouver, Canada", "room": "Hall A"},
        "contact": "chairs@example.org",
        "links": {"submission": f"https://openreview.example.org/{year}"},
        "announcements": [{"text": "Find us in **Hall A**.", "from": f"{year}-07-01"}],
        "dates": [
            {"name": "Submission deadline", "at": f"{year}-05-27 23:59", "tz": "UTC", "was": f"{year}-05-26 23:59"},
            {"name": "Acceptance notification", "at": f"{year}-06-09"},
            {"name": "Workshop", "at": f"{year}-07-18"},
        ],
    }
    chosen = rng.sample(pool, size.people)
    start = 0
    for role, share in ROLE_SHARE.items():
        count = round(size.people * share) if role != "panelists" else size.people - start
        data[role] = [_ref(rng, pid) for pid in chosen[start : start + count]]
        start += count
    data["schedule"] = _schedule(rng, size.items, pool, papers)
    data["papers"] = papers
    return data


def page(name: str, year: int | None) -> str:
    """An edition page: front matter naming the edition (none for the home page), then directives."""
    front = f"---\nedition: \"{year}\"\n---\n\n" if year is not None else ""
    people = "\n\n".join(
        f"## {role.capitalize()}\n\n<!-- esfomo/people {{ role: {role}, layout: {LAYOUT[role]} }} -->"
        for role in ROLE_SHARE
    )
    # The papers are not placed here: with more than plugin.INLINE_PAPERS of them, the plugin gives
    # them a page of their own beside this one (papers/), as it does for every edition page.
    return (
        f"{front}<!-- esfomo/title -->\n\n## The gist\n\n<!-- esfomo/gist -->\n\nThe {name}: prose around the data.\n\n"
        f"## Important dates\n\n<!-- esfomo/dates -->\n\n## Schedule\n\n<!-- esfomo/schedule -->\n\n{people}\n"
    )


def generate(root: Path, size: Size, seed: int = 1) -> dict[str, int]:
    """Write ``root/mkdocs.yml`` and ``root/docs``; return the cards, rows and papers the site must show."""
    rng = random.Random(seed)
    docs = root / "docs"
    pool_size = max(size.people * 2, size.people + 10)
    people = _people(rng, pool_size, docs)
    pool = list(people)
    years = [2025 - i for i in range(size.editions)]
    editions = {year: _edition(rng, year, size, pool) for year in years}
    dump = {"allow_unicode": True, "sort_keys": False, "width": 1000}
    (docs / "_data/editions").mkdir(parents=True, exist_ok=True)
    (docs / "_data/people.yml").write_text(yaml.safe_dump(people, **dump), encoding="utf-8")
    nav = []
    for year, data in editions.items():
        (docs / f"_data/editions/{year}.yml").write_text(yaml.safe_dump(data, **dump), encoding="utf-8")
        src = "index.md" if year == years[0] else f"{year}/index.md"
        (docs / src).parent.mkdir(parents=True, exist_ok=True)
        (docs / src).write_text(page(data["name"], None if year == years[0] else year), encoding="utf-8")
        nav.append({data["name"]: src})
    config = {
        "site_name": "Synthetic Workshop",
        "site_url": "https://workshop.example.org/",
        "theme": {"name": "material"},
        "nav": nav,
        "plugins": ["search", {"esfomo": {"today": "2025-06-01"}}],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    rows = sum(1 + len(e["items"]) if "session" in e else 1 for d in editions.values() for e in d["schedule"])
    return {"cards": size.people * size.editions, "rows": rows, "papers": size.papers * size.editions}


def edit(path: Path, n: int) -> str:
    """Change one line of an edition file, its ``summary:``; return the text now shown on the page."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    i = next(i for i, line in enumerate(lines) if line.startswith("summary:"))
    marker = f"Edited {n} times."
    lines[i] = lines[i].split(" Edited ")[0].rstrip("\n") + f" {marker}\n"
    path.write_text("".join(lines), encoding="utf-8")
    return marker
