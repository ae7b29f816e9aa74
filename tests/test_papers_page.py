"""The papers page, the schedule's links to it and its per-item calendars, and how edition pages
are shared: built sites read back with a real HTML parser and icalendar."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import icalendar
import pytest
from conftest import build_site, soup, write_tree

PEOPLE = "ada: {name: Ada Lovelace}\n"


def edition(papers: int, *, extra: str = "") -> str:
    rows = "\n".join(
        f"  - {{id: p{i}, title: Paper number {i}, authors: [Author {i}, Zoë Ångström], "
        f"kind: {'oral' if i % 10 == 0 else 'poster'}, openreview: 'https://openreview.net/forum?id=p{i}'}}"
        for i in range(papers)
    )
    return f"""
name: Small 2030
summary: A workshop on **small** models & "big" ideas.
date: 2030-05-04
timezone: Europe/Paris
location: {{city: Paris, room: Salle 1}}
banner: {{image: assets/banner.png, alt: The banner}}
schedule:
  - {{time: "9:00", kind: remarks, title: Welcome}}
  - {{time: "9:15", kind: oral, paper: p0}}
  - {{time: "9:30", end: "10:00", kind: invited, title: On engines, speakers: [ada]}}
  - session: Afternoon
    items:
      - {{time: "14:00", kind: poster, title: Posters}}
{extra}papers:
{rows}
  - {{title: A paper with no id, authors: [Nobody], kind: poster}}
"""


def _banner() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (64, 32), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def make(project: Path, papers: int, config: str | None = None) -> Path:
    files: dict[str, str | bytes] = {
        "docs/_data/people.yml": PEOPLE,
        "docs/_data/editions/2030.yml": edition(papers),
        "docs/assets/banner.png": _banner(),
    }
    if config:
        files["mkdocs.yml"] = config
    write_tree(project, files)
    return build_site(project)


def test_a_few_papers_stay_on_the_generated_edition_page(project: Path) -> None:
    site = make(project, 5)
    home = soup(site / "index.html")
    items = home.select(".esfomo-papers li")
    assert [li["id"] for li in items] == ["paper-p0", "paper-p1", "paper-p2", "paper-p3", "paper-p4", "paper-poster-5"]
    assert not (site / "papers/index.html").exists()
    row = next(r for r in home.select(".esfomo-schedule tr") if "Paper number 0" in r.get_text())
    assert row.select_one(".esfomo-paper-link")["href"] == "#paper-p0"  # on this very page
    assert home.select_one("form.esfomo-filter") is None  # five papers need no filter


def test_many_papers_get_their_own_page_linked_from_the_edition(project: Path) -> None:
    site = make(project, 60)
    home = soup(site / "index.html")
    assert home.select(".esfomo-papers li") == []
    link = next(a for a in home.select("article a") if "accepted papers" in a.get_text())
    assert link.get_text() == "All 61 accepted papers" and link["href"] == "papers/"
    page = soup(site / "papers/index.html")
    items = page.select(".esfomo-papers li")
    assert len(items) == 61
    assert [li["id"] for li in items[:2]] == ["paper-p0", "paper-p10"]  # orals first
    assert page.select_one("title").get_text().startswith("Accepted papers · Small 2030")
    back = page.select_one("article p a")
    assert back.get_text() == "Small 2030" and back["href"] == "../"
    # The filter is in the page, hidden until the script shows it; the whole list is there without it.
    form = page.select_one("form.esfomo-filter")
    assert form.has_attr("hidden")
    assert [o["value"] for o in form.select("select option")] == ["", "oral", "poster"]
    assert all(li.select_one(".esfomo-badge").get_text() in ("Oral", "Poster") for li in items)
    assert "Zoë Ångström" in items[0].select_one(".esfomo-authors").get_text()
    assert page.select_one('script[src$="assets/esfomo/papers.js"]') is not None
    row = next(r for r in home.select(".esfomo-schedule tr") if "Paper number 0" in r.get_text())
    assert row.select_one(".esfomo-paper-link")["href"] == "papers/#paper-p0"
    # The automatic navigation has the current edition's papers page.
    assert "papers/" in {a.get("href") for a in home.select("nav a")}


def test_every_timed_item_has_its_own_calendar_at_its_instant(project: Path) -> None:
    site = make(project, 3)
    home = soup(site / "index.html")
    whole = icalendar.Calendar.from_ical((site / "esfomo/2030-schedule.ics").read_bytes())
    uids = {str(e["uid"]) for e in whole.walk("VEVENT")}
    rows = home.select(".esfomo-schedule tr.esfomo-item")
    assert len(rows) == 4
    for row in rows:
        link = row.select_one("a.esfomo-add")
        assert link.has_attr("download")
        assert link.get_text().startswith("Add") and link.get_text().endswith("to calendar")
        ics = icalendar.Calendar.from_ical((site / link["href"]).read_bytes())
        (event,) = ics.walk("VEVENT")
        start = dt.datetime.fromisoformat(row.select_one("time")["datetime"])
        assert event.decoded("dtstart") == start  # the same instant, written in UTC
        assert event.decoded("dtstart").utcoffset() == dt.timedelta(0)
        assert str(event["uid"]) in uids  # the same event as in the whole schedule's calendar
        if row.get("data-end"):
            assert event.decoded("dtend") == dt.datetime.fromisoformat(row["data-end"])
    invited = next(r for r in rows if "On engines" in r.get_text())
    assert invited["data-end"] == "2030-05-04T10:00:00+02:00"  # its own end, before the next item


def test_edition_pages_carry_open_graph_and_twitter_tags(project: Path) -> None:
    config = "site_name: Small\nsite_url: https://small.example.org/ws/\ntheme: material\nplugins: [esfomo]\n"
    site = make(project, 3, config)
    head = soup(site / "index.html").head
    og = {m["property"]: m["content"] for m in head.select("meta[property]")}
    tw = {m["name"]: m["content"] for m in head.select("meta[name^='twitter:']")}
    assert og["og:title"] == tw["twitter:title"] == "Small 2030"
    assert og["og:description"] == 'A workshop on small models & "big" ideas.'  # plain text, escaped in the HTML
    assert 'content="A workshop on small models &amp; &#34;big&#34; ideas."' in (site / "index.html").read_text()
    assert og["og:url"] == "https://small.example.org/ws/"
    assert og["og:image"].startswith("https://small.example.org/ws/assets/esfomo/img/")
    assert (site / og["og:image"].removeprefix("https://small.example.org/ws/")).is_file()
    assert og["og:image:alt"] == "The banner" and tw["twitter:card"] == "summary_large_image"
    assert tw["twitter:image"] == og["og:image"]


def test_without_site_url_no_image_and_one_info_line(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    site = make(project, 3)  # the two-line config, built --strict
    head = soup(site / "index.html").head
    og = {m["property"]: m["content"] for m in head.select("meta[property]")}
    assert "og:image" not in og and "og:url" not in og
    assert og["og:title"] == "Small 2030"
    assert head.select_one("meta[name='twitter:card']")["content"] == "summary"
    notes = [r for r in caplog.records if "site_url" in r.getMessage() and r.name.endswith("esfomo")]
    assert [r.levelno for r in notes] == [logging.INFO]
