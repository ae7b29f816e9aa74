"""A first visit's weight, and the schedule's local times, as a visitor's browser gets them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from .conftest import REPORT, first_visit

pytestmark = pytest.mark.browser

BUDGET = 600_000  # bytes; the organizers' original photos alone weigh about 10 MB
SCHEDULE_TIMES = ".esfomo-schedule time[datetime]"
ITEM_TIMES = ".esfomo-schedule .esfomo-time time[datetime]"  # a session's span is read from its items


def test_first_visit_to_home_downloads_at_most_600kb(browser: Any, base_url: str) -> None:
    received = first_visit(browser, base_url + "/")
    total = sum(received.values())
    images = sum(size for url, size in received.items() if url.endswith(".webp"))
    REPORT.append(f"first visit to /: {total:,} bytes in {len(received)} requests ({images:,} of them photos)")
    assert any(url.endswith(".webp") for url in received), "no photo was loaded"
    assert total <= BUDGET


def _local_times(open_page: Any, **options: Any) -> tuple[int, list[str]]:
    page = open_page("/", scroll=False, locale="en-US", **options).page
    times = page.locator(ITEM_TIMES).count()
    local = page.locator(".esfomo-schedule .esfomo-local").all_text_contents()
    page.context.close()
    return times, local


def test_local_time_shown_where_the_visitors_zone_differs(open_page: Any) -> None:
    times, local = _local_times(open_page, timezone_id="Asia/Tokyo")
    assert times > 0
    assert len(local) == times
    # Fri 18 July 08:30 in Vancouver (UTC-7) is Sat 00:30 in Tokyo; written as the edition writes its times
    assert local[0] == "Sat 00:30 your time"


def test_local_time_names_no_day_on_the_same_day(open_page: Any) -> None:
    _, local = _local_times(open_page, timezone_id="Europe/London")
    assert local[0] == "16:30 your time"  # 08:30 in Vancouver (UTC-7) is 16:30 in London (UTC+1), same day


def test_local_time_in_a_twelve_hour_edition_reads_like_its_times(open_page: Any) -> None:
    page = open_page("/2024/", scroll=False, locale="en-US", timezone_id="America/New_York").page
    first = page.locator(ITEM_TIMES).first
    assert first.inner_text() == "9:00am"  # 9:00am in Vienna (UTC+2) is 3:00am in New York (UTC-4)
    assert page.locator(".esfomo-local").first.inner_text() == "3:00am your time"
    page.context.close()


def test_no_local_time_in_the_workshops_zone(open_page: Any) -> None:
    times, local = _local_times(open_page, timezone_id="America/Vancouver")
    assert times > 0
    assert local == []


def test_schedule_complete_without_javascript(open_page: Any, esfomo_site: Path) -> None:
    built = BeautifulSoup((esfomo_site / "index.html").read_text(encoding="utf-8"), "lxml")
    rows = len(built.select(".esfomo-schedule tbody tr"))
    page = open_page("/", scroll=False, java_script_enabled=False).page
    assert rows > 10
    assert page.locator(".esfomo-schedule tbody tr:visible").count() == rows
    assert page.locator(SCHEDULE_TIMES).count() == len(built.select(SCHEDULE_TIMES))
    assert page.locator(".esfomo-local").count() == 0
    page.context.close()


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_palette_follows_the_system_then_the_visitors_choice(open_page: Any, base_url: str, engine: str,
                                                                 scheme: str, request: pytest.FixtureRequest) -> None:
    base = base_url if engine == "mkdocs" else request.getfixturevalue("zensical_url")
    page = open_page("/2024/", scroll=False, base=base, color_scheme=scheme).page

    def shown() -> tuple[str, list[bool]]:
        labels = page.locator(".md-header__option label")
        return (page.evaluate("document.body.getAttribute('data-md-color-scheme')"),
                [labels.nth(i).is_visible() for i in range(labels.count())])

    first, other = ("default", "slate") if scheme == "light" else ("slate", "default")
    assert shown() == (first, [first == "default", first == "slate"])  # the system's scheme, its toggle shown
    page.locator(".md-header__option label:visible").click()
    assert shown() == (other, [other == "default", other == "slate"])
    page.goto(base + "/call/")  # the choice is kept for the next page
    assert shown() == (other, [other == "default", other == "slate"])
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == (
        "dark" if other == "slate" else "light")
    page.context.close()
