"""`esfomo import-alfolio`: an al-folio workshop site (tests/fixtures/alfolio) becomes a site that builds
with --strict and shows every name, title and time the original showed.

The expected values below are written out by hand from the fixture's files, not taken from the importer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import build_site, soup, write_tree

from mkdocs_esfomo.alfolio import guess_timezone, import_site

FIXTURE = Path(__file__).parent / "fixtures" / "alfolio"

# Everyone the fixture's about page shows, as cards or in the schedule (card titles like
# "<b>Mira</b> <br> Okafor" read as one name). Bruno Keller's card has category "volunteer",
# which no al-folio page lists, so he is not shown; Ghost Speaker is in a commented-out table.
NAMES = [
    "Mira Okafor", "Jonas Lindqvist", "Priya Raman",  # organizers
    "Tomás Herrera", "Lena Vogel", "Kenji Watanabe",  # speakers
    "Amara Nwosu", "Rafael Costa",  # panelists (and Lena Vogel again)
    "Sofia Marin",  # card with category none, presents an oral
    "Harriet Dunmore", "Wei Zhang", "Oskar Berg",  # no card: named in the schedule only
]  # fmt: skip

# The schedule table of _pages/about.md, row by row: (time, kind, title, speakers).
# Session header rows have kind "session".
ROWS = [
    ("8:50am", "remarks", "Opening remarks", []),
    ("", "session", "Session I: Quantization and Sparsity", []),
    ("9:00am", "invited", "Sparse Kernels That Actually Run Fast", ["Tomás Herrera (Zurich Institute of Computing)"]),
    ("9:30am", "oral", "Pruning Without Retraining at Scale", ["Harriet Dunmore (University of Oxford)"]),
    ("9:45am", "oral", "Four Bits Are Enough for Attention", ["Sofia Marin (TU Graz)"]),
    ("10:00am", "break", "Coffee break", []),
    ("", "session", "Session II: Architectures", []),
    ("10:30am", "keynote", "The Long Road to Linear Attention", ["Kenji Watanabe (Kyoto University)"]),
    ("11:15am", "invited", "Mixture-of-Experts in Production", ["Lena Vogel (Sparse AI)"]),
    ("", "talk", "What We Learned Training on 10,000 GPUs", ["Wei Zhang (Tsinghua University)"]),
    ("noon", "break", "Lunch break", []),
    ("1:00pm", "poster", "Poster Session", []),
    ("2:15pm", "awards", "Best Paper and Best Poster Awards", []),
    ("2:30pm", "panel", "Is Efficiency Still a Research Problem?", [
        "Lena Vogel (Sparse AI)", "Amara Nwosu (OpenWeights Foundation)", "Rafael Costa (HyperCompute)",
        "Oskar Berg (Nordic AI Lab)"]),
    ("3:15pm", "break", "Coffee break", []),
    ("3:45pm", "session", "Session III: Data", []),
    ("", "talk", "Cheap Data Pipelines for Expensive Models", ["Priya Raman (University of Lisbon)"]),
    ("4:30pm", "talk", "Five Minutes, Five Papers", ["Jonas Lindqvist (Polar Labs)"]),
    ("5:15pm", "remarks", "Closing remarks", []),
    ("6:00pm", "social", "Post-workshop happy hour", []),
]  # fmt: skip


@dataclass
class Imported:
    dest: Path
    site: Path
    unmapped: list[str]

    def data(self, rel: str) -> Any:
        return yaml.safe_load((self.dest / "docs" / rel).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    dest = tmp_path_factory.mktemp("alfolio") / "site"
    unmapped = import_site(FIXTURE, dest)
    return Imported(dest, build_site(dest), unmapped)  # strict: any warning fails


def _rows(page: Any) -> list[tuple[str, str, str, list[str]]]:
    rows = []
    for tr in page.select(".esfomo-schedule tbody tr"):
        time = tr.find("time").get_text() if tr.find("time") else ""
        if "esfomo-session" in tr["class"]:
            rows.append((time, "session", tr.find("th").get_text(" ", strip=True).lstrip("🎛️🦾💾 "), []))
            continue
        kinds = [c.removeprefix("esfomo-item--") for c in tr["class"] if c.startswith("esfomo-item--")]
        kind = next(k for k in kinds if k != "in-session")
        title = (tr.select_one(".esfomo-event strong") or tr.select_one(".esfomo-event em")).get_text()
        speakers = [s.get_text(" ", strip=True) for s in tr.select(".esfomo-speaker")]
        rows.append((time, kind, title, speakers))
    return rows


def test_the_schedule_shows_every_row_time_title_and_speaker(imported: Imported) -> None:
    page = soup(imported.site / "index.html")
    assert _rows(page) == ROWS
    assert page.select_one(".esfomo-tz").get_text().startswith("All times CET, UTC+2.")
    first = page.select_one(".esfomo-schedule time")
    assert first["datetime"] == "2026-07-17T08:50:00+02:00"  # Vienna, in summer


def test_every_name_is_on_the_home_page(imported: Imported) -> None:
    text = soup(imported.site / "index.html").select_one("article").get_text(" ")
    missing = [name for name in NAMES if name not in text]
    assert missing == []
    for gone in ("Bruno Keller", "Ghost Speaker", "A Talk From Last Year", "Phantom Author"):
        assert gone not in text


def test_cards_by_role_in_importance_order_with_photos(imported: Imported) -> None:
    page = soup(imported.site / "index.html")
    grids = {
        h2.get_text(strip=True): h2.find_next(class_="esfomo-people") for h2 in page.select("article h2")
        if h2.find_next(class_="esfomo-people")
    }

    def names(heading: str) -> list[str]:
        return [n.get_text() for n in grids[heading].select(".esfomo-card__name")]

    assert names("🧑‍🏫 the speakers") == ["Tomás Herrera", "Lena Vogel", "Kenji Watanabe"]
    assert names("💬 the panelists") == ["Amara Nwosu", "Lena Vogel", "Rafael Costa"]
    assert names("😎 the organizers") == ["Mira Okafor", "Jonas Lindqvist", "Priya Raman"]
    mira = next(c for c in grids["😎 the organizers"].select(".esfomo-card") if "Mira" in c.get_text())
    assert mira["href"] == "https://mira-okafor.example.org"
    assert mira.find("img") is not None
    priya = next(c for c in grids["😎 the organizers"].select(".esfomo-card") if "Priya" in c.get_text())
    assert priya.find("img") is None and priya.select_one(".esfomo-card__initials").get_text() == "PR"


def test_person_in_two_card_files_is_one_person_with_both_roles(imported: Imported) -> None:
    people = imported.data("_data/people.yml")
    assert [pid for pid, p in people.items() if p["name"] == "Lena Vogel"] == ["lena-vogel"]
    assert people["lena-vogel"] == {
        "name": "Lena Vogel", "affiliation": "Sparse AI", "url": "https://lenavogel.example.com",
        "photo": "assets/img/lena.jpg",
    }  # fmt: skip
    edition = imported.data("_data/editions/2026.yml")
    assert edition["speakers"] == ["tomas-herrera", "lena-vogel", "kenji-watanabe"]
    assert edition["panelists"] == ["amara-nwosu", "lena-vogel", "rafael-costa"]
    assert edition["organizers"] == ["mira-okafor", "jonas-lindqvist", "priya-raman"]
    assert "photo" not in people["priya-raman"]
    assert people["tomas-herrera"]["name"] == "Tomás Herrera"


def test_schedule_speakers_refer_to_cards_or_are_one_off(imported: Imported) -> None:
    schedule = imported.data("_data/editions/2026.yml")["schedule"]
    session_one = schedule[1]["items"]
    assert session_one[0]["speakers"] == ["tomas-herrera"]
    assert session_one[1]["speakers"] == [{"name": "Harriet Dunmore", "affiliation": "University of Oxford"}]
    # Same person as the card, another affiliation in the table: the table's wins for this talk.
    assert session_one[2]["speakers"] == [{"id": "sofia-marin", "affiliation": "TU Graz"}]
    assert session_one[2]["link"] == "https://arxiv.org/abs/2601.00002"
    panel = next(item for item in schedule if item.get("kind") == "panel")
    assert panel["speakers"] == [
        "lena-vogel", "amara-nwosu", "rafael-costa", {"name": "Oskar Berg", "affiliation": "Nordic AI Lab"}
    ]
    off_record = schedule[3]["items"][2]
    assert (off_record["kind"], off_record["label"]) == ("talk", "Off-the-record")
    assert "time" not in off_record
    assert off_record["speakers"] == [
        {"name": "Wei Zhang", "affiliation": "Tsinghua University", "url": "https://wei-zhang.example.cn"}
    ]


def test_times_are_quoted_in_the_edition_file(imported: Imported) -> None:
    text = (imported.dest / "docs/_data/editions/2026.yml").read_text(encoding="utf-8")
    for time in ("8:50am", "9:00am", "noon", "6:00pm"):
        assert f'time: "{time}"' in text
    assert 'at: "2026-06-30 23:59"' in text


def test_edition_fields_from_the_about_page_and_config(imported: Imported) -> None:
    edition = imported.data("_data/editions/2026.yml")
    assert edition["name"] == "EffiGen 2026"
    assert edition["title"] == "Workshop on Efficient Generative Models"
    assert edition["subtitle"] == "Workshop at **MLSys Europe** 2026, Vienna."
    assert edition["tagline"] == "Smaller, faster, cheaper--and still correct."
    assert edition["banner"] == {"image": "assets/img/banner.png", "width": 480, "alt": "Banner"}
    assert edition["conference"] == {"name": "MLSys Europe 2026", "url": "https://mlsys-europe.example.org"}
    assert edition["location"] == {"city": "Vienna"}
    assert edition["contact"] == "effigen.workshop@example.org"
    assert (edition["timezone"], edition["timezone_label"]) == ("Europe/Vienna", "CET, UTC+2")
    assert edition["date"] == dt.date(2026, 7, 17)
    assert edition["links"] == {"submission": "https://openreview.net/group?id=MLSysEU/2026/Workshop/EffiGen"}
    assert [a["text"] for a in edition["announcements"]] == [
        "**EffiGen is back for 2026!** Submissions are open on "
        "[OpenReview](https://openreview.net/group?id=MLSysEU/2026/Workshop/EffiGen)!",
        "The deadline was extended to May 26, 2026, AoE.",
    ]
    assert edition["sponsors"] == [
        {"name": "Acme Compute", "url": "https://acme-compute.example.com", "logo": "assets/img/acme-logo.png"}
    ]
    config = yaml.safe_load((imported.dest / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == "EffiGen"
    assert config["plugins"] == ["search", "esfomo"]


def test_home_page_keeps_the_prose_and_drops_liquid_and_kramdown(imported: Imported) -> None:
    markdown = (imported.dest / "docs/index.md").read_text(encoding="utf-8")
    call = (imported.dest / "docs/call/index.md").read_text(encoding="utf-8")
    for text in (markdown, call):
        assert "{:" not in text and "{%" not in text and "{{" not in text
    assert "<!-- esfomo/schedule -->" in markdown and "<!-- esfomo/gist -->" in markdown
    assert "<!-- esfomo/people { role: panelists } -->" in markdown
    page = soup(imported.site / "index.html")
    article = page.select_one("article")
    assert "This line only shows in dark mode, and survives as plain prose." in article.get_text()
    assert "Full schedule to be confirmed." in article.get_text()
    # kramdown starts a list right after a paragraph; the list must still be a list.
    assert "Training and inference systems" in article.select_one("h2#the-pitch ~ ul").get_text()
    assert article.find("a", string="📝 call for papers")["href"] == "call/"
    assert page.select_one(".esfomo-tagline").get_text() == "Smaller, faster, cheaper--and still correct."
    looking = next(li for li in article.select("li") if "looking for last year?" in li.get_text())
    assert looking.find("a")["href"] == "https://effigen-workshop.github.io/2025/"
    sponsor = page.select_one('.esfomo-sponsors a[href="https://acme-compute.example.com"] img')
    assert sponsor["alt"] == "Acme Compute"


def test_call_page_dates_and_topics(imported: Imported) -> None:
    edition = imported.data("_data/editions/2026.yml")
    assert edition["dates"] == [
        {"name": "Submission deadline", "at": dt.date(2026, 5, 26), "was": dt.date(2026, 5, 19),
         "note": "one-week extension"},
        {"name": "Acceptance notification", "at": dt.date(2026, 6, 16)},
        {"name": "Camera-ready deadline", "at": "2026-06-30 23:59", "tz": "UTC"},
        {"name": "Workshop", "at": dt.date(2026, 7, 17)},
    ]  # fmt: skip
    assert edition["topics"] == [
        {"group": "Training and inference",
         "items": ["Low-precision training and inference", "Decentralized and collaborative training"]},
        {"group": "Algorithms for efficiency",
         "items": ["Sparse and linear attention", "Compression for communication-efficient training"]},
    ]  # fmt: skip
    page = soup(imported.site / "call/index.html").select_one("article")
    dates = [li.get_text(" ", strip=True) for li in page.select(".esfomo-date")]
    assert [d.split(":")[0] for d in dates] == [
        "Submission deadline", "Acceptance notification", "Camera-ready deadline", "Workshop"
    ]
    assert page.select_one(".esfomo-date del") is not None  # the old deadline, struck through
    assert "Poster printing service: TBA" in page.get_text()  # not a date: kept as text
    assert "Compression for communication-efficient training" in page.select_one(".esfomo-topics").get_text()
    assert page.find("a", string="workshop page")["href"] == "../"


def test_only_referenced_images_are_copied(imported: Imported) -> None:
    copied = sorted(p.name for p in (imported.dest / "docs/assets/img").iterdir())
    assert copied == [
        "acme-logo.png", "amara.png", "banner.png", "jonas.jpeg", "kenji.JPG", "lena.jpg", "mira.jpg",
        "rafael.jpg", "sofia.jpg", "speedup.png", "tomas.jpg",
    ]  # fmt: skip
    assert (imported.dest / "docs/assets/img/kenji.JPG").read_bytes() == (FIXTURE / "assets/img/kenji.JPG").read_bytes()


def test_what_could_not_be_mapped_is_reported(imported: Imported) -> None:
    assert sorted(imported.unmapped) == sorted([
        "_projects/volunteer_bruno.md: file 'assets/img/bruno-keller.jpg' not found: left out",
        "_projects/volunteer_bruno.md:7: category 'volunteer' is not a role and the schedule does not name Bruno Keller: "
        "in people.yml only",
        "_pages/call.md:35: Liquid output '{{ site.contact_email }}' dropped",
        "_pages/papers.md: page not imported: copy what it says into a page of docs/ by hand",
        "_news: not imported: news and posts have no equivalent (announcements may)",
        "_pages/call.md:18: date not understood, kept as text: Poster printing service: TBA",
    ])  # fmt: skip


def _listing(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_non_empty_destination_is_refused_and_left_untouched(tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    write_tree(dest, {"keep.txt": "mine", "docs/index.md": "# My own site\n"})
    before = _listing(dest)
    with pytest.raises(FileExistsError):
        import_site(FIXTURE, dest)
    assert _listing(dest) == before
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(FileExistsError):
        import_site(FIXTURE, tmp_path / "file")
    assert (tmp_path / "file").read_text() == "not a folder"


def test_an_empty_destination_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    import_site(FIXTURE, tmp_path / "empty")
    assert (tmp_path / "empty/docs/_data/editions/2026.yml").is_file()


@pytest.mark.parametrize(
    ("line", "city", "day", "expected"),
    [
        ("*All times CET, UTC+2. Full schedule to be confirmed.*", "Vienna", dt.date(2026, 7, 17),
         ("Europe/Vienna", "CET, UTC+2")),
        ("*All times CET, UTC+2.*", None, dt.date(2026, 7, 17), ("Europe/Paris", "CET, UTC+2")),
        # A page that kept last year's line: the city disagrees with it, the line wins.
        ("All times CET, UTC+2.", "Vancouver", dt.date(2025, 7, 18), ("Europe/Paris", "CET, UTC+2")),
        ("*All times PT.*", "Vancouver, Canada", dt.date(2025, 7, 18), ("America/Vancouver", "PT")),
        ("All times PT.", None, None, ("America/Los_Angeles", "PT")),
        ("All times are in UTC+9.", None, None, ("Etc/GMT-9", "UTC+9")),
        ("All times UTC.", None, None, ("UTC", "UTC")),
        ("All times Martian Standard Time.", None, None, (None, "Martian Standard Time")),
    ],
)  # fmt: skip
def test_time_zone_from_the_all_times_line(
    line: str, city: str | None, day: dt.date | None, expected: tuple[str | None, str | None]
) -> None:
    assert guess_timezone(line, city, day) == expected


MINIMAL_ABOUT = """\
---
layout: about
title: home
subtitle: A tiny workshop, 2027
---

## schedule
*All times Martian Standard Time.*

| Time | Topic | Speaker |
|------|-------|---------|
| 9:00 | Talk: **Hello** | Ann Lee <br> *(MIT)* |
| whenever | *Lunch* | |
"""


def test_a_time_zone_that_cannot_be_mapped_is_reported_and_the_site_still_builds(tmp_path: Path) -> None:
    write_tree(tmp_path / "src", {"_config.yml": "title: Tiny\n", "_pages/about.md": MINIMAL_ABOUT})
    unmapped = import_site(tmp_path / "src", tmp_path / "site")
    assert unmapped == [
        "_pages/about.md:13: time 'whenever' not understood: the row is kept without it",
        "_pages: the workshop's day was not found: set date in the edition file",
        "_pages/about.md:8: time zone not found ('All times Martian Standard Time.'): wrote timezone: UTC, "
        "correct it in docs/_data/editions/2027.yml",
    ]
    edition = yaml.safe_load((tmp_path / "site/docs/_data/editions/2027.yml").read_text(encoding="utf-8"))
    assert (edition["timezone"], edition["timezone_label"]) == ("UTC", "Martian Standard Time")
    assert edition["schedule"] == [
        {"time": "9:00", "kind": "invited", "title": "Hello", "speakers": [{"name": "Ann Lee", "affiliation": "MIT"}]},
        {"kind": "break", "title": "Lunch"},
    ]
    page = soup(build_site(tmp_path / "site") / "index.html")
    assert [t.get_text() for t in page.select(".esfomo-schedule time")] == ["9:00"]


def test_the_command_imports_and_prints_what_could_not_be_mapped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mkdocs_esfomo import cli

    assert cli.main(["import-alfolio", str(FIXTURE), str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out
    assert "_pages/papers.md: page not imported" in out
    assert (tmp_path / "new/mkdocs.yml").is_file()
    assert cli.main(["import-alfolio", str(FIXTURE), str(tmp_path / "new")]) == 1
