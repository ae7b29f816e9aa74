"""The package's own look for an event: a starter site's pages, built at the dates that matter, read as a
visitor's browser gets them (the hero's calls to action, the navigation, the dates, the papers page)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import DAY, STARTED, SUBMISSION, soup, started_site


def actions(page: BeautifulSoup) -> list[tuple[str, str]]:
    return [(a.get_text(" ", strip=True), a["href"]) for a in page.select(".esfomo-hero__actions a")]


def test_the_workshop_falls_on_the_day_these_tests_expect() -> None:
    day = STARTED + dt.timedelta(days=180)
    assert day + dt.timedelta(days=(4 - day.weekday()) % 7) == DAY


@pytest.mark.parametrize(("today", "expected"), [
    # the call is open: submit, and the schedule the example already has
    (STARTED, [("Submit a paper until April 7, 2027", "https://openreview.net/"), ("Schedule", "#esfomo-schedule")]),
    (SUBMISSION, [("Submit a paper until April 7, 2027", "https://openreview.net/"),
                  ("Schedule", "#esfomo-schedule")]),
    # the call closed: the schedule and the accepted papers
    (SUBMISSION + dt.timedelta(days=1), [("Schedule", "#esfomo-schedule"), ("Accepted papers", "#esfomo-papers")]),
    (DAY, [("Schedule", "#esfomo-schedule"), ("Accepted papers", "#esfomo-papers")]),
    # after the day: the recordings first, the papers still
    (DAY + dt.timedelta(days=1), [("Watch the recordings", "https://www.youtube.com/"),
                                  ("Accepted papers", "#esfomo-papers")]),
], ids=["call-open", "last-day-of-call", "call-closed", "workshop-day", "after"])
def test_the_hero_offers_what_the_season_asks_for(tmp_path: Path, today: dt.date, expected: list[tuple[str, str]]) -> None:
    home = soup(started_site(tmp_path, today) / "index.html")
    hero = home.select_one("header.esfomo-hero")
    assert hero.h1.get_text() == "Sparse Models 2027" and hero.select_one(".esfomo-hero__title").get_text() == (
        "1st Workshop on Sparse Models")
    when = hero.select_one(".esfomo-hero__when")
    assert when.time["datetime"] == DAY.isoformat() and when.time.get_text() == "July 9, 2027"
    assert "Vancouver, Canada · Convention Centre, Room 101" in when.get_text()
    assert hero.select_one("figure.esfomo-banner img")["alt"] and hero.select_one("figcaption").get_text()
    assert actions(home) == expected
    for _, href in actions(home):  # the page has what each link leads to
        assert not href.startswith("#") or home.find(id=href[1:]) is not None


def test_event_pages_have_no_sidebar_and_tabs_named_as_organizers_say(tmp_path: Path) -> None:
    site = started_site(tmp_path, STARTED)
    for page in ("index.html", "call/index.html"):
        html = soup(site / page)
        assert html.select_one(".md-sidebar--primary").has_attr("hidden"), page
        assert [a.get_text(strip=True) for a in html.select(".md-tabs__link")] == ["Home", "Call for papers"]


def test_the_workshop_day_is_a_local_date_deadlines_stay_aoe(tmp_path: Path) -> None:
    call = soup(started_site(tmp_path, STARTED) / "call/index.html")
    dates = {li.strong.get_text(): li.get_text(" ", strip=True) for li in call.select(".esfomo-date")}
    assert dates["Workshop:"] == "Workshop: July 9, 2027"
    assert dates["Submission deadline:"].endswith("April 7, 2027 (AoE) (extended by a week)")


def test_a_generated_papers_page_is_described_and_its_headings_do_not_skip(tmp_path: Path) -> None:
    site = started_site(tmp_path, DAY, papers_page=True)
    page = soup(site / "papers/index.html")
    levels = [int(h.name[1]) for h in page.select("article h1, article h2, article h3, article h4")]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    assert page.find("meta", attrs={"name": "description"})["content"] == "The 4 papers accepted at Sparse Models 2027."  # the starter lists four
    assert page.select_one(".md-sidebar--primary").has_attr("hidden")
    tabs = [a.get_text(strip=True) for a in page.select(".md-tabs__link")]
    assert tabs == ["Home", "Call for papers", "Accepted papers"]
    home = soup(site / "index.html")
    assert ("Accepted papers", "papers/#esfomo-papers") in actions(home)
