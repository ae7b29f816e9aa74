"""A new workshop's site, as `esfomo new` writes it, with the package's defaults and no overrides: each page
at a desktop and a phone width, light and dark, built by MkDocs and by Zensical, measured in Chromium."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import ARTIFACTS, REPORT, Visit

pytestmark = pytest.mark.browser

PAGES = {"/": "home", "/call/": "call", "/papers/": "papers"}
SIZES = {1280: 800, 390: 844}
SCHEMES = ("light", "dark")
ENGINES = ("mkdocs", "zensical")
SCREENSHOTS = ARTIFACTS / "starter-screenshots"
TABS = ["Home", "Call for papers", "Accepted papers"]
figures: dict[str, Any] = {}

# Every text a visitor can see (not the screen readers' own), with its font size in CSS px.
VISIBLE_TEXTS = """(root) => {
  const found = [];
  const walk = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || box.right <= 0 || box.left >= innerWidth) continue;
    const style = getComputedStyle(el);
    found.push({text: node.textContent.trim().slice(0, 40), size: parseFloat(style.fontSize),
                weight: Number(style.fontWeight), tag: el.closest("h1, h2, h3, h4") ? el.closest("h1, h2, h3, h4").tagName : ""});
  }
  return found;
}"""


@pytest.fixture(
    scope="module",
    params=list(itertools.product(ENGINES, PAGES, SIZES, SCHEMES)),
    ids=lambda p: f"{p[0]}-{PAGES[p[1]]}-{p[2]}-{p[3]}",
)
def visit(request: pytest.FixtureRequest, open_page: Any, starter_urls: dict[str, str]) -> Iterator[Visit]:
    engine, path, width, scheme = request.param
    if engine not in starter_urls:
        pytest.skip("Zensical is not installed")
    seen = open_page(path, base=starter_urls[engine], viewport={"width": width, "height": SIZES[width]},
                     color_scheme=scheme)
    seen.engine = engine
    seen.page.evaluate("scrollTo(0, 0)")
    seen.page.wait_for_timeout(300)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    seen.page.screenshot(path=SCREENSHOTS / f"{engine}-{PAGES[path]}-{width}-{scheme}.png", full_page=True)
    if not any(line.startswith("starter screenshots:") for line in REPORT):
        REPORT.append(f"starter screenshots: {SCREENSHOTS}")
    yield seen
    seen.page.context.close()


def _only(visit: Visit, path: str | None = None, width: int | None = None) -> None:
    if (path and visit.path != path) or (width and visit.width != width):
        pytest.skip(f"measured on {path or 'every page'} at {width or 'every width'}")


def test_the_scheme_is_the_visitors(visit: Visit) -> None:
    scheme = visit.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme == ("slate" if visit.scheme == "dark" else "default")
    assert visit.page.locator("form[data-md-component='palette'] label").count() == 2  # the switch in the header


def test_nothing_from_elsewhere_no_console_errors(visit: Visit) -> None:
    assert visit.outside == [] and visit.errors == []


def test_axe_no_serious_violations(visit: Visit) -> None:
    results = Axe().run(visit.page)
    serious = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]}"
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_no_text_under_12px(visit: Visit) -> None:
    small = [t for t in visit.page.evaluate(VISIBLE_TEXTS, "body") if t["size"] < 12]
    figures[f"small-{visit.engine}-{PAGES[visit.path]}-{visit.width}-{visit.scheme}"] = len(small)
    assert small == []


def test_the_h1_is_the_strongest_text(visit: Visit) -> None:
    texts = visit.page.evaluate(VISIBLE_TEXTS, ".md-content")
    title = [t for t in texts if t["tag"] == "H1"]
    others = [t for t in texts if t["tag"] != "H1"]
    assert title
    assert min(t["size"] for t in title) > max(t["size"] for t in others)
    assert min(t["weight"] for t in title) >= max(t["weight"] for t in others if t["tag"])  # the other headings


def test_no_navigation_sidebar_and_tabs_named_as_organizers_say(visit: Visit) -> None:
    _only(visit, width=1280)
    assert not visit.page.locator(".md-sidebar--primary").is_visible()
    tabs = visit.page.locator(".md-tabs__link")
    assert [tabs.nth(i).inner_text().strip() for i in range(tabs.count())] == TABS


def test_the_hero_shows_the_date_above_the_fold(visit: Visit) -> None:
    _only(visit, path="/")
    if visit.width != 1280:
        pytest.skip("the first screen of a desktop")
    first = visit.page.evaluate("""() => Object.fromEntries(
      ['.esfomo-hero h1', '.esfomo-hero__title', '.esfomo-hero__when time', '.esfomo-cta--primary'].map(
        s => [s, document.querySelector(s).getBoundingClientRect().bottom]))""")
    assert all(0 < bottom <= SIZES[1280] for bottom in first.values()), first
    assert visit.page.locator(".esfomo-hero__when time").inner_text() == "July 9, 2027"
    assert visit.page.locator(".esfomo-hero figure.esfomo-banner figcaption").is_visible()


def test_spans_and_ends_on_one_line(visit: Visit) -> None:
    _only(visit, path="/", width=1280)
    spans = visit.page.evaluate("""() => [...document.querySelectorAll('.esfomo-span')].map(s =>
      [s.textContent, new Set([...s.querySelectorAll('time')].map(t => Math.round(t.getBoundingClientRect().top))).size])""")
    assert spans == [["9:45–10:15am", 1], ["10:00–10:15am", 1]]  # the session, the item with an end: one line each


def test_the_schedule_reads_as_a_programme_on_a_phone(visit: Visit) -> None:
    _only(visit, path="/", width=390)
    rows = visit.page.evaluate("""() => [...document.querySelectorAll('.esfomo-schedule tr.esfomo-item')].map(tr => {
      const time = tr.querySelector('.esfomo-time').getBoundingClientRect();
      const event = tr.querySelector('.esfomo-event').getBoundingClientRect();
      const add = tr.querySelector('.esfomo-add');
      return {text: tr.querySelector('.esfomo-event').textContent.trim().slice(0, 30), kind: tr.className,
              beside: Math.abs(time.top - event.top) < 4 && time.right <= event.left, height: tr.offsetHeight,
              add: add && [parseFloat(getComputedStyle(add).fontSize), add.getBoundingClientRect().height,
                           [...add.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').replace(/\\s+/g, ' ')]};
    })""")
    assert all(row["beside"] for row in rows), rows  # the time beside its event, not over it
    breaks = [row for row in rows if "esfomo-item--break" in row["kind"]]
    assert len(breaks) == 2 and all(row["add"] is None for row in breaks)  # coffee and lunch: nothing to add
    for row in rows:
        if row not in breaks:
            size, height, label = row["add"]
            assert size >= 12 and height >= 24 and label == "Add to calendar", row
    height = visit.page.evaluate("document.querySelector('.esfomo-schedule').getBoundingClientRect().height")
    figures[f"schedule-screens-{visit.engine}-{visit.scheme}"] = round(height / SIZES[390], 2)
    assert height <= 1.6 * SIZES[390]  # 13 items: 2 phone screens before this look
    assert max(row["height"] for row in breaks) < min(row["height"] for row in rows if row not in breaks)


def test_each_persons_part_once_initials_quiet(visit: Visit) -> None:
    _only(visit, path="/")
    panel = visit.page.locator(".esfomo-people").nth(1)  # Speakers, then Panelists
    assert panel.locator(".esfomo-card").count() == 2 and panel.locator(".esfomo-card__talk").count() == 0
    colors = visit.page.evaluate("""() => {
      const disc = document.querySelector('.esfomo-card__initials');
      const probe = document.createElement('span');
      probe.style.color = 'var(--md-primary-fg-color)';
      document.body.append(probe);
      const primary = getComputedStyle(probe).color;
      probe.remove();
      return [getComputedStyle(disc).backgroundColor, primary]; }""")
    assert colors[0] != colors[1]  # not a solid disc in the theme's color


def test_no_kind_badge_under_its_kind_heading(visit: Visit) -> None:
    _only(visit, path="/papers/")
    assert visit.page.locator("h2#papers-oral").is_visible()
    assert visit.page.locator(".esfomo-papers .esfomo-badge--oral:visible").count() == 0


def test_the_workshop_day_is_not_aoe(visit: Visit) -> None:
    _only(visit, path="/call/")
    day = visit.page.locator(".esfomo-date", has_text="Workshop:")
    assert day.inner_text().strip() == "Workshop: July 9, 2027"


def test_links_in_running_text_are_underlined(visit: Visit) -> None:
    lines = visit.page.evaluate("""() => [...document.querySelectorAll('.md-content :is(p, li) a')]
      .filter(a => a.checkVisibility()).map(a => getComputedStyle(a).textDecorationLine)""")
    assert lines and all("underline" in line for line in lines)


def test_the_same_page_on_both_engines(open_page: Any, starter_urls: dict[str, str]) -> None:
    if "zensical" not in starter_urls:
        pytest.skip("Zensical is not installed")
    for path in PAGES:
        shown = []
        for engine in ENGINES:
            seen = open_page(path, base=starter_urls[engine], viewport={"width": 1280, "height": 800})
            shown.append(seen.page.evaluate("""() => [document.querySelector('.md-content article').innerText,
              [...document.querySelectorAll('.md-tabs__link')].map(a => a.innerText.trim()),
              getComputedStyle(document.querySelector('.md-sidebar--primary')).display]"""))
            seen.page.context.close()
        assert shown[0] == shown[1], path


def test_report_figures() -> None:
    if figures:
        REPORT.append("starter: " + ", ".join(f"{name} {value}" for name, value in sorted(figures.items())))
