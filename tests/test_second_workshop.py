"""A second, different workshop built by the same package: two days across a DST change,
its own colors, papers, sponsors; its calendars and metadata read back by real parsers."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from conftest import ROOT, build_site, soup

FIXTURE = Path(__file__).parent / "fixtures" / "second-workshop"
UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("second") / "project"
    shutil.copytree(FIXTURE, project)
    return build_site(project)


def test_two_days_with_their_own_offsets(site: Path) -> None:
    page = soup(site / "index.html")
    days = [th.get_text() for th in page.select(".esfomo-day th")]
    assert days == ["Saturday, October 31, 2026", "Sunday, November 1, 2026"]
    times = [t["datetime"] for t in page.select(".esfomo-schedule time")]
    # Daylight saving time ends in Los Angeles on the night between the two days.
    assert times[0] == "2026-10-31T09:00:00-07:00"
    assert times[-1] == "2026-11-01T10:05:00-08:00"


def test_papers_by_kind_and_items_that_name_a_paper(site: Path) -> None:
    page = soup(site / "index.html")
    assert [h.get_text() for h in page.select(".esfomo-papers h3")] == ["Orals", "Posters"]
    orals = page.select(".esfomo-papers--oral li")
    assert [li.select_one("strong").get_text() for li in orals] == ["Sparse KV Caches on Phones", "Three-bit Everything"]
    assert "Best Paper" in orals[0].select_one(".esfomo-award").get_text()
    row = next(r for r in page.select(".esfomo-schedule tr") if "Sparse KV" in r.get_text())
    links = [(a.get_text(), a["href"]) for a in row.select(".esfomo-event a")]
    assert links[:2] == [("Sparse KV Caches on Phones", "#paper-sparse-kv"),  # its entry, on this very page
                         ("Paper", "https://papers.example.org/1")]
    assert row.select_one(".esfomo-speakers .esfomo-authors").get_text() == "A. Rivera, B. Chen"


def test_sponsors_logo_or_name_linked(site: Path) -> None:
    page = soup(site / "index.html")
    links = page.select(".esfomo-sponsors a")
    assert [a["href"] for a in links] == ["https://acme.example.org", "https://tiny.example.org"]
    assert links[0].find("img")["alt"] == "Acme Chips"
    assert links[1].get_text() == "Tiny Foundation"
    assert [t.get_text() for t in page.select(".esfomo-sponsor-tier")] == ["Gold", "Silver"]


def test_own_colors_and_layout(site: Path) -> None:
    page = soup(site / "index.html")
    assert page.find("link", href="assets/stylesheets/edgeml.css")
    assert "#0b6e4f" in (site / "assets/stylesheets/edgeml.css").read_text()
    assert page.select_one(".esfomo-people--horizontal") is not None
    assert soup(site / "2025/index.html").select_one("h1").get_text() == "EdgeML Days 2025"


def test_schedule_calendar_has_the_right_instants(site: Path) -> None:
    link = soup(site / "index.html").select_one(".esfomo-tz a.esfomo-ics")["href"]
    cal = icalendar.Calendar.from_ical((site / link).read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 7

    def utc(name: str, field: str = "dtstart") -> dt.datetime:
        return events[name].decoded(field).astimezone(UTC)

    assert utc("Welcome") == dt.datetime(2026, 10, 31, 16, 0, tzinfo=UTC)  # 9:00 PDT
    assert utc("Invited Talk: Energy Budgets") == dt.datetime(2026, 11, 1, 17, 0, tzinfo=UTC)  # 9:00 PST
    assert utc("Posters A", "dtend") == dt.datetime(2026, 10, 31, 18, 0, tzinfo=UTC)  # its own end
    assert utc("Welcome", "dtend") == utc("Keynote: Small Models Everywhere")  # runs until the next item
    assert "Mei Tanaka (University of Tokyo)" in str(events["Keynote: Small Models Everywhere"]["description"])
    assert "Room 6C" in str(events["Welcome"]["location"])
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["America/Los_Angeles"]


def test_dates_calendar(site: Path) -> None:
    link = soup(site / "index.html").select_one("p.esfomo-ics a")["href"]
    cal = icalendar.Calendar.from_ical((site / link).read_bytes())
    deadline = next(e for e in cal.walk("VEVENT") if "Submission" in str(e["summary"]))
    assert deadline.decoded("dtstart") == dt.date(2026, 8, 15)  # all day: no time was given


def test_event_metadata(site: Path) -> None:
    script = soup(site / "index.html").find("script", type="application/ld+json")
    event = json.loads(script.string)
    assert event["@type"] == "Event" and event["name"] == "Workshop on Machine Learning at the Edge"
    assert event["startDate"] == "2026-10-31T09:00:00-07:00"
    assert event["endDate"] == "2026-11-01"
    assert event["url"] == "https://edgeml.example.org/"
    assert [p["name"] for p in event["performer"]] == ["Mei Tanaka", "Kofi Mensah"]


@pytest.mark.parametrize("project", [FIXTURE, ROOT], ids=["second-workshop", "es-fomo"])
def test_builds_unchanged_under_properdocs(project: Path, tmp_path: Path) -> None:
    properdocs = Path(sys.executable).with_name("properdocs")
    if not properdocs.exists():
        pytest.fail("properdocs is a test dependency: pip install -e '.[test]'")
    copy = tmp_path / "project"
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns(".venv", "site", ".cache", "tests", ".git", "bench"))
    result = subprocess.run(
        [str(properdocs), "build", "--strict", "-f", "mkdocs.yml"], cwd=copy, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    page = soup(copy / "site" / "index.html")
    assert page.select(".esfomo-card") and page.select(".esfomo-schedule tr")
