"""Every page at a desktop, a tablet and a phone width, light and dark, measured in Chromium."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from mkdocs_esfomo.render.renderer import CARD_SIZE

from .conftest import ARTIFACTS, REPORT, Visit

pytestmark = pytest.mark.browser

PAGES = {"/": "home", "/2024/": "2024", "/call/": "call"}
SIZES = {1280: 900, 768: 1024, 375: 800}
SCHEMES = ("light", "dark")
ENGINES = ("mkdocs", "zensical")
SCREENSHOTS = ARTIFACTS / "screenshots"
EDITION_PAGES = {"/", "/2024/"}  # those with a banner, person cards and a schedule; /call/ has none
axe_counts: dict[str, int] = {}


@pytest.fixture(
    scope="module",
    params=list(itertools.product(ENGINES, PAGES, SIZES, SCHEMES)),
    ids=lambda p: f"{p[0]}-{PAGES[p[1]]}-{p[2]}-{p[3]}",
)
def visit(request: pytest.FixtureRequest, open_page: Any) -> Iterator[Visit]:
    """The page (as MkDocs or Zensical built it) loaded and scrolled to its end once; each test below
    measures one thing on it."""
    engine, path, width, scheme = request.param
    base = request.getfixturevalue("zensical_url") if engine == "zensical" else None
    seen = open_page(path, base=base, viewport={"width": width, "height": SIZES[width]}, color_scheme=scheme)
    seen.engine = engine
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    seen.page.evaluate("scrollTo(0, 0)")
    seen.page.wait_for_timeout(400)  # the header's title fades back from the page's to the site's
    seen.page.screenshot(path=SCREENSHOTS / f"{engine}-{PAGES[path]}-{width}-{scheme}.png", full_page=True)
    if not any(line.startswith("screenshots:") for line in REPORT):
        REPORT.append(f"screenshots: {SCREENSHOTS}")
    yield seen
    seen.page.context.close()


def _on_this_page(visit: Visit, selector: str) -> bool:
    """Edition pages show it; the call page must show none of it, so there is nothing to measure."""
    if visit.path in EDITION_PAGES:
        return True
    assert visit.page.locator(selector).count() == 0
    return False


def test_banner_centered_and_at_most_512px(visit: Visit) -> None:
    if not _on_this_page(visit, ".esfomo-banner"):
        return
    box = visit.page.evaluate("""() => {
      const img = document.querySelector(".esfomo-banner img"), content = img.closest("article");
      const r = img.getBoundingClientRect(), c = content.getBoundingClientRect(), s = getComputedStyle(content);
      return {left: r.left, right: r.right, width: r.width,
              cleft: c.left + parseFloat(s.paddingLeft), cright: c.right - parseFloat(s.paddingRight)};
    }""")
    offset = (box["left"] + box["right"]) / 2 - (box["cleft"] + box["cright"]) / 2
    assert abs(offset) <= 2, f"banner is {offset:.1f} px off center"
    assert 0 < box["width"] <= 512


def _rgba(css: str) -> tuple[float, ...]:
    values = css[css.index("(") + 1 : -1].replace("/", " ").replace(",", " ").split()
    return tuple(float(v) for v in values) + ((1.0,) if len(values) == 3 else ())


def test_tagline_gray_smaller_centered(visit: Visit) -> None:
    if not _on_this_page(visit, ".esfomo-tagline"):
        return
    got = visit.page.evaluate("""() => {
      const el = document.querySelector(".esfomo-tagline"), content = el.closest("article");
      const text = document.createRange(); text.selectNodeContents(el);
      const r = text.getBoundingClientRect(), c = content.getBoundingClientRect(), s = getComputedStyle(content);
      const body = getComputedStyle(content);
      return {color: getComputedStyle(el).color, body: body.color, size: parseFloat(getComputedStyle(el).fontSize),
              bodySize: parseFloat(body.fontSize), mid: (r.left + r.right) / 2,
              cmid: (c.left + parseFloat(s.paddingLeft) + c.right - parseFloat(s.paddingRight)) / 2};
    }""")
    r, g, b, _ = _rgba(got["color"])
    assert max(r, g, b) - min(r, g, b) <= 16, f"tagline color {got['color']} is not gray"
    assert got["color"] != got["body"], "tagline has the body text's color"
    assert 0.75 <= got["size"] / got["bodySize"] <= 0.85, f"tagline {got['size']} px, body {got['bodySize']} px"
    assert abs(got["mid"] - got["cmid"]) <= 2, "tagline is not centered"


def test_cards_equal_unclipped_unstretched(visit: Visit) -> None:
    if not _on_this_page(visit, ".esfomo-card"):
        return
    grids = visit.page.evaluate("""() => [...document.querySelectorAll(".esfomo-people")].map(grid => {
      const cards = [...grid.querySelectorAll(".esfomo-card")];
      const clipped = [...grid.querySelectorAll(".esfomo-card, .esfomo-card__name, .esfomo-card__affiliation")]
        .filter(el => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .map(el => el.textContent.trim());
      const photos = [...grid.querySelectorAll("img.esfomo-card__photo")].map(img => {
        const r = img.getBoundingClientRect();
        return {src: img.currentSrc, file: img.naturalWidth / img.naturalHeight, shown: r.width / r.height, width: r.width};
      });
      const boxes = cards.map(card => card.getBoundingClientRect());
      return {layout: grid.classList.contains("esfomo-people--horizontal") ? "horizontal" : "grid",
              columns: new Set(boxes.map(b => Math.round(b.left))).size, clipped, photos,
              widths: boxes.map(b => Math.round(b.width)), heights: boxes.map(b => Math.round(b.height))};
    })""")
    assert grids, "no person cards"
    for grid in grids:
        if visit.width >= 1280:
            assert grid["columns"] >= 3
        if visit.width <= 375:
            assert grid["columns"] in (1, 2)
        assert max(grid["widths"]) - min(grid["widths"]) <= 1, f"card widths differ: {grid['widths']}"
        assert max(grid["heights"]) - min(grid["heights"]) <= 1, f"card heights differ: {grid['heights']}"
        assert grid["clipped"] == []
        for photo in grid["photos"]:
            assert photo["shown"] == pytest.approx(photo["file"], rel=0.02), f"stretched: {photo}"
            assert photo["width"] == pytest.approx(CARD_SIZE[grid["layout"]], abs=0.5)


def test_no_sideways_scrolling(visit: Visit) -> None:
    wide = visit.page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert wide <= 0, f"the page scrolls {wide} px sideways"


def test_every_image_loads(visit: Visit) -> None:
    broken = visit.page.evaluate("() => [...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
    assert broken == []


def test_no_console_errors_nothing_from_the_internet(visit: Visit) -> None:
    assert visit.errors == []
    assert visit.outside == []


def test_schedule_cells_fit(visit: Visit) -> None:
    if not _on_this_page(visit, ".esfomo-schedule"):
        return
    overflowing = visit.page.evaluate("""() => {
      const table = document.querySelector(".esfomo-schedule"), wrap = table.parentElement.getBoundingClientRect();
      return [...table.querySelectorAll("td, th")].filter(cell => {
        const r = cell.getBoundingClientRect();
        if (cell.closest("thead")?.clientWidth <= 1) return false;  // header row hidden on phones, still read aloud
        return r.width > 0 && (cell.scrollWidth > cell.clientWidth + 1 || r.right > wrap.right + 1 || r.left < wrap.left - 1);
      }).map(cell => cell.textContent.trim().slice(0, 40));
    }""")
    assert overflowing == []
    assert visit.page.evaluate("() => document.querySelector('.esfomo-schedule').getBoundingClientRect().right") <= visit.width


def test_axe_no_serious_violations(visit: Visit) -> None:
    results = Axe().run(visit.page)
    serious = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    axe_counts[f"{visit.engine}-{PAGES[visit.path]}-{visit.width}-{visit.scheme}"] = len(serious)
    if len(axe_counts) == len(ENGINES) * len(PAGES) * len(SIZES) * len(SCHEMES):
        REPORT.append(f"axe serious/critical violations: {sum(axe_counts.values())} on {len(axe_counts)} views")
    assert serious == []
