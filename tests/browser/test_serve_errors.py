"""Under ``mkdocs serve``, a tab shows what to fix while the data is broken, and the site once it is fixed."""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_serve import EDITION, Server, server  # noqa: F401  # server: the fixture

pytestmark = pytest.mark.browser


def test_an_open_tab_shows_the_problems_then_the_fixed_site(server: Server, browser: Any) -> None:  # noqa: F811
    served = server  # a real `mkdocs serve` of a small site (test_serve.py)
    edition = served.root / "docs/_data/editions/2025.yml"
    page = browser.new_context().new_page()
    page.goto(served.url)
    assert page.locator("h1.esfomo-title").inner_text() == "Served I"

    # Broken: the open tab reloads by itself onto the list of problems.
    edition.write_text(EDITION.replace('"9:00"', '"9:00.5"'), encoding="utf-8")
    error = "docs/_data/editions/2025.yml:5:12: schedule[0].time: '9:00.5' is not a time"
    page.wait_for_selector("ol.esfomo-problems li", timeout=20_000)
    assert error in page.locator("ol.esfomo-problems li").first.inner_text()

    # A page loaded now answers at once, with the problem, within a second.
    other = browser.new_context().new_page()
    started = time.monotonic()
    other.goto(served.url, wait_until="domcontentloaded")
    other.wait_for_selector("ol.esfomo-problems li", timeout=1_000)
    assert time.monotonic() - started < 1
    assert error in other.locator("ol.esfomo-problems li").first.inner_text()

    # Fixed: both tabs turn into the site without a click.
    edition.write_text(EDITION.replace("Served I", "Served Again"), encoding="utf-8")
    for tab in (page, other):
        tab.wait_for_selector("h1.esfomo-title:has-text('Served Again')", timeout=20_000)
        assert tab.locator("ol.esfomo-problems").count() == 0
    assert served.alive()
