"""An organizer's year on a site from `esfomo new`, each step built at its date and read as a visitor sees it.

The workshop is on Friday 2027-06-11 in Vancouver. Over the year the organizers open the call, extend the
deadline, close it, decide, import the papers, add the schedule, start 2028 before the day, hold the day,
freeze 2027, date 2028, change people, and start 2029: at every step the home page, the edition pages and
the navigation show what is true that day, and nothing that the data no longer has.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import build_site, soup
from mkdocs.exceptions import Abort, PluginError

from mkdocs_esfomo.commands import cli

DAY = dt.date(2027, 6, 11)


class Ran(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def esfomo(command: str, *args: str | Path, cwd: Path) -> Ran:
    """The `esfomo` command, run in this process (as from ``cwd``) to keep the year quick."""
    argv = [command, *map(str, args)] + ([] if command == "new" else ["-f", str(cwd / "mkdocs.yml")])
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return Ran(code, out.getvalue(), err.getvalue())


class Year:
    """The site, and what one organizer does to it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "docs/_data"

    def edition(self, eid: str) -> Path:
        return self.data / "editions" / f"{eid}.yml"

    def edit(self, path: Path, change: Any) -> None:
        """Load a data file, let ``change`` edit it, write it back (as an organizer's editor would)."""
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")

    def build(self, today: str) -> Path:
        """Build as on ``today`` (the plugin's `today` option), strictly, as the starter's mkdocs.yml asks."""
        config = self.root / "mkdocs.yml"
        text = re.sub(r"^  - esfomo.*$", f"  - esfomo: {{today: '{today}'}}", config.read_text(), flags=re.MULTILINE)
        config.write_text(text)
        return build_site(self.root)

    def page(self, rel: str) -> BeautifulSoup:
        return soup(self.root / "site" / rel / "index.html" if rel else self.root / "site/index.html")


def h2s(page: BeautifulSoup) -> list[str]:
    """The page's section headings, as its table of contents lists them."""
    return [h.get_text(" ", strip=True).removesuffix("¶").strip() for h in page.select("article h2")]


def toc(page: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in page.select("nav.md-nav--secondary a.md-nav__link")]


def tabs(page: BeautifulSoup) -> list[str]:
    return [a.get_text(" ", strip=True) for a in page.select("nav.md-tabs a.md-tabs__link")]


def nav_links(page: BeautifulSoup) -> dict[str, str]:
    """Every link of the site's navigation (the primary sidebar): label -> href."""
    return {a.get_text(" ", strip=True): a["href"] for a in page.select("nav.md-nav--primary a.md-nav__link[href]")}


def gist(page: BeautifulSoup) -> str:
    found = page.select_one("ul.esfomo-gist")
    return found.get_text(" ", strip=True) if found else ""


def hero_when(page: BeautifulSoup) -> str:
    found = page.select_one(".esfomo-hero__when")
    return found.get_text(" ", strip=True) if found else ""


def notice(page: BeautifulSoup) -> str:
    found = page.select_one(".esfomo-notice")
    return found.get_text(" ", strip=True) if found else ""


def announcements(page: BeautifulSoup) -> str:
    return " ".join(" ".join(a.get_text().split()) for a in page.select(".esfomo-announcements"))


def affiliations(page: BeautifulSoup) -> dict[str, str]:
    return {card.select_one(".esfomo-card__name").get_text(strip=True):
            card.select_one(".esfomo-card__affiliation").get_text(strip=True)
            for card in page.select(".esfomo-card") if card.select_one(".esfomo-card__affiliation")}


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Year:
    root = tmp_path_factory.mktemp("year") / "roles-workshop"
    done = esfomo("new", root, "--date", DAY.isoformat(), cwd=root.parent)
    assert "wrote a site for Roles Workshop" in done.stdout
    assert done.returncode == 0, done.stderr
    return Year(root)


# The steps run in order, each on the site the one before left (pytest runs a module's tests in order).


def test_01_new_site_for_a_given_day(year: Year) -> None:
    """`esfomo new --date`: the edition is named after the day's year, the call page names no edition."""
    data = yaml.safe_load(year.edition("2027").read_text())
    assert data["date"] == DAY and data["name"] == "Roles Workshop 2027"
    assert "2027" in data["conference"]["url"]
    assert "edition:" not in (year.root / "docs/call/index.md").read_text()
    assert "Example Conference" not in (year.root / "mkdocs.yml").read_text()
    checked = esfomo("check", cwd=year.root)
    assert checked.returncode == 0, checked.stderr
    # Every example value left is named with its line; the check does not fail for them.
    assert re.search(r"docs/_data/editions/2027\.yml:\d+:\d+: 'https://example\.org/conference/2027' is an example",
                     checked.stdout + checked.stderr)


def test_02_call_for_papers_open(year: Year) -> None:
    """February: the organizers drop the example schedule, papers, panelists and sponsors they do not have
    yet. Their sections are gone from the home page and its table of contents; submissions are open."""

    def no_examples_yet(data: dict[str, Any]) -> None:
        for key in ("schedule", "papers", "panelists", "sponsors", "speakers"):
            data[key] = []

    year.edit(year.edition("2027"), no_examples_yet)
    # A page of their own about this year's venue, naming the edition in its front matter.
    (year.root / "docs/travel.md").write_text('---\nedition: "2027"\n---\n\n# Travel\n\n<!-- esfomo/gist -->\n')
    year.build("2027-02-01")
    home = year.page("")
    assert h2s(home) == ["The gist", "Organizers"]
    assert not {"Schedule", "Speakers", "Panelists", "Accepted papers", "Sponsors"} & set(toc(home))
    assert "Submissions are open until March 10, 2027 (AoE)" in gist(home)
    assert "Submissions are open!" in announcements(home)
    assert notice(home) == ""
    assert tabs(home) == ["Home", "Travel", "Call for papers"]
    call = year.page("call")
    assert h2s(call) == ["Important dates", "Topics", "How to submit"]
    assert not (year.root / "site/2027").exists()  # the home page is 2027's page


def test_03_deadline_extended(year: Year) -> None:
    """March 12: the deadline moved from the 10th to the 17th, after the first one passed."""

    def extend(data: dict[str, Any]) -> None:
        deadline = data["dates"][0]
        deadline["was"], deadline["at"] = deadline["at"], dt.date(2027, 3, 17)
        data["announcements"][0]["until"] = dt.date(2027, 3, 17)

    year.edit(year.edition("2027"), extend)
    year.build("2027-03-12")
    home, call = year.page(""), year.page("call")
    assert "Submissions are open until March 17, 2027 (AoE)" in gist(home)
    assert "Submissions are open!" in announcements(home)
    first = call.select_one("li.esfomo-date")
    assert first.select_one("del").get_text() == "March 10, 2027 (AoE)" and "passed" not in first.get_text()


def test_04_after_the_deadline(year: Year) -> None:
    year.build("2027-03-20")
    home, call = year.page(""), year.page("call")
    assert "Submissions are closed." in gist(home) and "open" not in gist(home)
    assert announcements(home) == ""
    assert "(passed)" in call.select_one("li.esfomo-date").get_text()


def test_05_decisions(year: Year) -> None:
    year.build("2027-04-10")
    call = year.page("call")
    passed = [li.select_one("strong").get_text() for li in call.select("li.esfomo-date--past")]
    assert passed == ["Submission deadline:", "Acceptance notification:"]
    assert "Accepted papers" not in h2s(year.page(""))  # decided, not imported yet


def test_06_papers_imported(year: Year) -> None:
    csv = year.root / "decisions.csv"
    csv.write_text("id,title,authors,decision\n"
                   "7,Counting Faster,Ines Example; Jonas Sample,Accept (Oral)\n"
                   "9,Counting Slower,Sam Poster,Accept (Poster)\n"
                   "12,Not Counting,Nobody,Reject\n")
    done = esfomo("import-papers", csv, "--edition", "2027", cwd=year.root)
    assert done.returncode == 0, done.stderr
    assert "added 2" in done.stdout
    year.build("2027-04-20")
    home = year.page("")
    assert "Accepted papers" in h2s(home) and "Accepted papers" in toc(home)
    titles = [t.get_text(strip=True) for t in home.select(".esfomo-papers .esfomo-paper__title")]
    assert sorted(titles) == ["Counting Faster", "Counting Slower"]


def test_07_schedule_added(year: Year) -> None:
    def schedule(data: dict[str, Any]) -> None:
        data["speakers"] = ["katherine-johnson", "edsger-dijkstra"]
        data["schedule"] = [
            {"time": "9:00am", "kind": "remarks", "title": "Opening remarks", "speakers": ["ada-lovelace"]},
            {"time": "9:10am", "kind": "invited", "title": "Counting What Counts", "speakers": ["katherine-johnson"]},
            {"time": "10:00am", "kind": "oral", "paper": "7"},
            {"time": "10:30am", "kind": "break", "title": "Coffee"},
            {"time": "11:00am", "kind": "keynote", "title": "On Teaching", "speakers": ["edsger-dijkstra"]},
            {"time": "noon", "end": "1:00pm", "kind": "poster", "title": "Posters"},
        ]

    year.edit(year.edition("2027"), schedule)
    year.build("2027-05-01")
    home = year.page("")
    assert h2s(home) == ["The gist", "Schedule", "Speakers", "Accepted papers", "Organizers"]
    rows = home.select(".esfomo-schedule tr.esfomo-item")
    assert len(rows) == 6 and "Counting Faster" in rows[2].get_text()
    assert {"Katherine Johnson", "Edsger Dijkstra"} <= set(affiliations(home))


def test_08_next_edition_started_before_the_workshop(year: Year) -> None:
    """June 1: 2028 is started ten days before 2027's day. 2027 is not frozen (it is still ahead) and stays
    the home page; 2028 has a page that says it is in preparation, never that it is past."""
    before = year.edition("2027").read_text()
    done = esfomo("new-edition", "2028", "--from", "2027", cwd=year.root)
    assert done.returncode == 0, done.stderr
    assert "not over yet" in done.stdout and "froze" not in done.stdout
    assert year.edition("2027").read_text() == before
    started = yaml.safe_load(year.edition("2028").read_text())
    assert started["conference"]["url"].endswith("/2028") and started["conference"]["name"].endswith("2028")
    year.build("2027-06-01")
    home = year.page("")
    assert home.select_one("article h1").get_text(strip=True) == "Roles Workshop 2027"
    assert "Schedule" in h2s(home) and notice(home) == ""
    assert "See you in Room 101!" not in announcements(home)  # from the week before
    draft = year.page("2028")
    assert notice(draft).startswith("In preparation:") and "past edition" not in notice(draft)
    assert "The current edition is Roles Workshop 2027" in notice(draft)
    assert h2s(draft) and "Schedule" not in h2s(draft)
    assert tabs(home) == ["Home", "Travel", "Call for papers", "Editions"]
    assert nav_links(home)["Roles Workshop 2028"] == "2028/"
    # Given a date while still in preparation (draft: true), 2028 does not take the home page.
    year.edit(year.edition("2028"), lambda data: data.update(date=dt.date(2028, 7, 14), draft=True))
    year.build("2027-06-02")
    assert year.page("").select_one("article h1").get_text(strip=True) == "Roles Workshop 2027"
    assert notice(year.page("2028")).startswith("In preparation:")


def test_09_people_changed_before_the_day(year: Year) -> None:
    """A speaker moves before the day: the upcoming edition follows people.yml."""
    year.edit(year.data / "people.yml", lambda people: people["katherine-johnson"].update(affiliation="NASA Ames"))
    year.build("2027-06-05")
    home = year.page("")
    assert affiliations(home)["Katherine Johnson"] == "NASA Ames"
    assert "See you in Room 101!" in announcements(home)


def test_10_the_day(year: Year) -> None:
    year.build("2027-06-11 17:00")  # 10:00 in Vancouver
    home = year.page("")
    assert notice(home) == "" and "Schedule" in h2s(home)
    assert "See you in Room 101!" in announcements(home)
    # The hero says the day and the place; the gist under it does not say them again.
    assert "June 11, 2027" in hero_when(home) and "June 11" not in gist(home) and "when & where" not in gist(home)


@pytest.mark.browser
def test_11_the_day_in_a_browser(year: Year, browser: Any) -> None:
    """What the page's script decides: the talk on now and the next one, and times in the visitor's zone."""
    vancouver = dt.timezone(dt.timedelta(hours=-7))
    context = browser.new_context(timezone_id="Europe/Berlin")
    try:
        context.route(re.compile(r"^https?://"), lambda route: route.abort())  # nothing from elsewhere
        page = context.new_page()
        page.clock.install(time=dt.datetime(2027, 6, 11, 10, 5, tzinfo=vancouver))
        page.goto((year.root / "site/index.html").as_uri())
        page.wait_for_selector(".esfomo-mark--now")
        now = page.locator("tr.esfomo-item--now").inner_text()
        upcoming = page.locator("tr.esfomo-item--next").inner_text()
        local = page.locator(".esfomo-local").first.inner_text()
        announcement = page.locator(".esfomo-announcements").first.inner_text()
    finally:
        context.close()
    assert "Counting Faster" in now and "Coffee" in upcoming
    assert local == "6:00pm your time"  # 9:00am in Vancouver, written as the edition writes its times
    assert "See you in Room 101!" in announcement


def test_12_the_day_after(year: Year) -> None:
    """2027 is over: its page is the home page still (2028 has no date), and the build says to freeze it,
    naming the file; `esfomo freeze` does, and the build passes."""
    with pytest.raises((Abort, PluginError)):
        year.build("2027-06-12 19:00")  # noon in Vancouver
    warned = esfomo("check", cwd=year.root)
    assert re.search(r"docs/_data/editions/2027\.yml:\d+:\d+: .*2027 is over but shows .* as people\.yml has them "
                     r"now.*esfomo freeze 2027", warned.stdout + warned.stderr)
    assert esfomo("check", "--strict", cwd=year.root).returncode != 0
    done = esfomo("freeze", "2027", cwd=year.root)
    assert done.returncode == 0, done.stderr
    year.build("2027-06-12 19:00")
    home = year.page("")
    assert home.select_one("article h1").get_text(strip=True) == "Roles Workshop 2027"
    assert notice(home) == "" and announcements(home) == ""
    assert "Schedule" in h2s(home) and "Accepted papers" in h2s(home)
    assert notice(year.page("2028")).startswith("In preparation:")


def test_13_next_edition_dated(year: Year) -> None:
    """July: 2028 gets its day and becomes the home page; 2027 keeps a page of its own, with its programme,
    linked from the navigation, although the call page now shows 2028."""

    def dated(data: dict[str, Any]) -> None:
        data["date"], data["draft"] = dt.date(2028, 7, 14), False
        data["dates"] = [{"name": "Submission deadline", "at": dt.date(2028, 3, 20)}]

    year.edit(year.edition("2028"), dated)
    year.build("2027-07-01")
    home = year.page("")
    assert home.select_one("article h1").get_text(strip=True) == "Roles Workshop 2028"
    assert "Schedule" not in h2s(home) and "Accepted papers" not in h2s(home)  # 2028 has none yet
    assert notice(home) == ""
    past = year.page("2027")
    assert past.select_one("article h1").get_text(strip=True) == "Roles Workshop 2027"
    assert notice(past).startswith("This is a past edition: Roles Workshop 2027 took place on June 11, 2027.")
    assert past.select_one(".esfomo-notice a")["href"] == "../"
    assert {"Schedule", "Speakers", "Accepted papers", "Organizers"} <= set(h2s(past))
    assert len(past.select(".esfomo-schedule tr.esfomo-item")) == 6
    assert tabs(home) == ["Home", "Travel", "Call for papers", "Editions"]  # the travel page names 2027: 2027 keeps its own
    assert nav_links(home)["Roles Workshop 2027"] == "2027/"
    assert "June 11, 2027" in gist(year.page("travel"))
    assert "Submissions are open until March 20, 2028 (AoE)" in gist(home)
    assert "March 20, 2028" in year.page("call").select_one("li.esfomo-date").get_text()


def test_14_people_changed_after(year: Year) -> None:
    """A frozen 2027 keeps people as they were; 2028 shows the change."""
    year.edit(year.data / "people.yml", lambda people: people["ada-lovelace"].update(affiliation="Babbage & Co"))
    year.build("2027-08-01")
    assert affiliations(year.page(""))["Ada Lovelace"] == "Babbage & Co"
    assert affiliations(year.page("2027"))["Ada Lovelace"] == "Analytical Engines Ltd"
    assert affiliations(year.page("2027"))["Katherine Johnson"] == "NASA Ames"


def test_15_the_edition_after_that(year: Year) -> None:
    """August 2028, after 2028's day: 2029 is started (2028 is frozen, being over) and dated."""
    config = year.root / "mkdocs.yml"  # new-edition's "today" is the plugin's option, as the build's
    config.write_text(re.sub(r"today: '[^']*'", "today: '2028-08-01'", config.read_text()))
    done = esfomo("new-edition", "2029", "--from", "2028", cwd=year.root)
    assert done.returncode == 0, done.stderr
    assert "froze the" in done.stdout
    year.edit(year.edition("2029"), lambda data: data.update(date=dt.date(2029, 7, 13)))
    year.build("2028-08-01")
    home = year.page("")
    assert home.select_one("article h1").get_text(strip=True) == "Roles Workshop 2029"
    for eid in ("2027", "2028"):
        page = year.page(eid)
        assert notice(page).startswith(f"This is a past edition: Roles Workshop {eid}")
        assert "The current edition is Roles Workshop 2029" in notice(page)
    editions = [label for label in nav_links(home) if label.startswith("Roles Workshop")]
    assert editions == ["Roles Workshop 2028", "Roles Workshop 2027"]
