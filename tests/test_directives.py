"""Directives on pages, and a fresh site that holds nothing but data and the two-line config."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import build_site, soup, write_tree
from mkdocs.exceptions import Abort
from PIL import Image


def jpeg(size: tuple[int, int] = (400, 300)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


DATA = {
    "docs/_data/people.yml": """
        ada:
          name: Ada <Lovelace> & Co
          affiliation: Analytical "Engines"
          url: https://example.org/ada
          photo: assets/ada.jpg
        alan:
          name: Alan Turing
    """,
    "docs/assets/ada.jpg": jpeg(),
    "docs/_data/editions/2030.yml": """
        name: Fresh 2030
        subtitle: A *fresh* workshop
        tagline: Small is beautiful
        date: 2030-05-04
        timezone: Europe/Paris
        contact: hello@example.org
        organizers: [ada, alan]
        speakers: [{id: alan, affiliation: Bletchley}]
        dates:
          - {name: Submission deadline, at: 2030-03-01}
        schedule:
          - {time: "9:00", kind: remarks, title: Welcome}
          - session: Morning
            emoji: "🌅"
            items:
              - {time: "9:15", kind: keynote, title: On <computable> numbers, speakers: [alan]}
        papers:
          - {id: p1, title: A paper, authors: [A. Author, B. Author], kind: oral, url: "https://example.org/p1"}
          - {title: A poster, authors: C. Author}
    """,
    # Over: the home page shows the next edition not over yet (2030), and 2029 has a page of its own.
    "docs/_data/editions/2029.yml": "name: Fresh 2029\ndate: 2026-05-04\n",
}


def test_a_fresh_site_builds_strict_with_generated_pages(project: Path) -> None:
    write_tree(project, DATA)
    site = build_site(project)
    home = soup(site / "index.html")
    assert home.select_one("h1").get_text() == "Fresh 2030"
    names = [n.get_text() for n in home.select(".esfomo-card__name")]
    assert names == ["Alan Turing", "Ada <Lovelace> & Co", "Alan Turing"]  # speakers, then organizers
    assert "Bletchley" in home.select(".esfomo-card")[0].get_text()
    assert [r.get_text(" ", strip=True) for r in home.select(".esfomo-papers li")] == [
        "A paper Oral A. Author, B. Author Paper",  # the title leads to its page; its own link is named
        "A poster Poster C. Author",
    ]
    assert (site / "2029/index.html").is_file()
    assert soup(site / "2029/index.html").select_one("h1").get_text() == "Fresh 2029"


def test_a_page_of_the_docs_folder_at_a_past_editions_address_is_kept_not_replaced(project: Path) -> None:
    """``docs/2029/index.md`` of the past edition, written without a title directive: it is that edition's page,
    as written; the package generates no page over it (MkDocs would replace the file without a word)."""
    own = "---\nedition: '2029'\n---\n\n# Our first workshop\n\nHeld in Hamburg, with twelve talks.\n"
    write_tree(project, {**DATA, "docs/2029/index.md": own})
    site = build_site(project)
    page = soup(site / "2029/index.html")
    assert page.select_one("h1").get_text() == "Our first workshop"
    assert "Held in Hamburg, with twelve talks." in page.get_text()
    assert soup(site / "index.html").select_one('a[href="2029/"]') is not None  # the editions still link to it


def test_plain_text_is_escaped_and_markdown_rendered(project: Path) -> None:
    write_tree(project, DATA)
    site = build_site(project)
    raw = (site / "index.html").read_text()
    assert "Ada <Lovelace>" not in raw and "Ada &lt;Lovelace&gt; &amp; Co" in raw
    assert "On &lt;computable&gt; numbers" in raw
    home = soup(site / "index.html")
    assert home.select_one(".esfomo-subtitle em em").get_text() == "fresh"
    card = home.select(".esfomo-card")[1]
    assert card.select_one("a.esfomo-card__name")["href"] == "https://example.org/ada"
    assert card.select_one(".esfomo-card__affiliation").get_text() == 'Analytical "Engines"'


def test_missing_photo_shows_initials(project: Path) -> None:
    write_tree(project, DATA)
    site = build_site(project)
    cards = soup(site / "index.html").select(".esfomo-card")
    assert cards[0].select_one(".esfomo-card__initials").get_text() == "AT"
    assert cards[1].select_one("img")["src"].endswith(".webp")


def test_directive_options_and_page_edition(project: Path) -> None:
    write_tree(project, DATA)
    write_tree(project, {
        "docs/index.md": """
            ---
            edition: 2029
            ---
            <!-- esfomo/title -->

            Other year: <!-- esfomo/people { role: organizers, edition: 2030, layout: horizontal } -->

            ```
            <!-- esfomo/not-a-directive-in-code -->
            ```

            <!--esfomo/schedule-->
            <!-- esfomo/papers{kind: poster, edition: "2030"} -->
        """,
    })
    site = build_site(project)
    page = soup(site / "index.html")
    assert page.select_one("h1").get_text() == "Fresh 2029"
    assert page.select_one(".esfomo-people--horizontal") is not None
    assert len(page.select(".esfomo-people--horizontal .esfomo-card")) == 2
    assert "esfomo/not-a-directive-in-code" in page.select_one("pre").get_text()
    assert page.select(".esfomo-schedule") == []  # 2029 has no schedule: renders nothing
    assert [li.get_text(" ", strip=True) for li in page.select(".esfomo-papers li")] == ["A poster C. Author"]
    assert (site / "2030/index.html").is_file()  # the other edition got its generated page


def test_people_of_a_role_in_groups_show_under_each_group_name(project: Path) -> None:
    """``group`` on a role's people: each run of one group under its name, in list order; people with none
    first, under the role's own heading. An edition with no groups shows one grid, as before."""
    write_tree(project, DATA)
    write_tree(project, {
        "docs/_data/editions/2030.yml": DATA["docs/_data/editions/2030.yml"].replace(
            "organizers: [ada, alan]",
            "organizers: [{name: Grace Hopper}, {id: ada, group: Program chairs}, {id: alan, group: Program chairs},"
            " {name: Kurt Gödel, group: Advisory board}]"),
        "docs/people.md": "# People\n\n<!-- esfomo/people { role: organizers } -->\n\n"
                          "<!-- esfomo/people { role: speakers } -->\n",
    })  # fmt: skip
    page = soup(build_site(project) / "people/index.html")
    article = page.select_one("article")
    shown = [(el.name, el.get_text(" ", strip=True)) if el.name == "h3" else
             (el.name, [c.select_one(".esfomo-card__name").get_text() for c in el.select(".esfomo-card")])
             for el in article.select("h3, .esfomo-people")]  # fmt: skip
    assert shown == [("div", ["Grace Hopper"]), ("h3", "Program chairs"),
                     ("div", ["Ada <Lovelace> & Co", "Alan Turing"]), ("h3", "Advisory board"),
                     ("div", ["Kurt Gödel"]), ("div", ["Alan Turing"])]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("<!-- esfomo/peple -->", "esfomo/peple: unknown directive (did you mean 'people'?)"),
        ("<!-- esfomo/people -->", "esfomo/people: option 'role' is required"),
        ("<!-- esfomo/people { role: chairs } -->", "esfomo/people: role: 'chairs' is not one of: organizers, speakers, panelists"),
        ("<!-- esfomo/people { role: speakers, layot: grid } -->", "esfomo/people: unknown option 'layot' (did you mean 'layout'?)"),
        ("<!-- esfomo/dates { edition: 2031 } -->", "esfomo/dates: edition: unknown edition '2031'"),
        ("<!-- esfomo/dates { edition: [2030 } -->", "esfomo/dates: options are not valid YAML"),
    ],
)
def test_bad_directives_fail_naming_page_and_line(
    project: Path, line: str, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    write_tree(project, DATA)
    write_tree(project, {"docs/more.md": f"# More\n\nSome text.\n\n{line}\n"})
    (project / "site").mkdir()
    (project / "site" / "old.html").write_text("previous build")
    with pytest.raises(Abort):
        build_site(project)
    assert f"docs/more.md:5:1: {message}" in caplog.text
    assert [p.name for p in (project / "site").iterdir()] == ["old.html"]  # nothing written, nothing removed


def test_strict_build_fails_on_a_missing_photo_before_writing(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, DATA)
    (project / "docs/assets/ada.jpg").unlink()
    with pytest.raises(Abort):
        build_site(project)
    assert "docs/_data/people.yml:5:10: ada.photo: photo file 'assets/ada.jpg' not found in the docs folder" in caplog.text
    assert "1 warning in the workshop data in strict mode" in caplog.text
    assert not (project / "site").exists()
    site = build_site(project, strict=False)
    assert soup(site / "index.html").select(".esfomo-card__initials")


def test_date_dependent_content_follows_the_today_option(project: Path) -> None:
    write_tree(project, DATA)
    config = project / "mkdocs.yml"

    def gist_and_dates(today: str) -> tuple[str, list[str]]:
        config.write_text(f"site_name: T\ntheme: material\nplugins:\n  - esfomo:\n      today: {today}\n")
        home = soup(build_site(project) / "index.html")
        dates = [li.get_text(" ", strip=True) for li in home.select(".esfomo-dates li")] if home.select(".esfomo-dates") else []
        return home.select_one(".esfomo-gist").get_text(" ", strip=True), dates

    gist, _ = gist_and_dates("2030-03-01")  # the deadline is the end of that day, Anywhere on Earth
    assert "Submissions are open until March 1, 2030 (AoE)" in gist
    gist, _ = gist_and_dates("2030-03-03")
    assert "Submissions are closed." in gist


def test_automatic_navigation_lists_editions_newest_first(project: Path) -> None:
    write_tree(project, DATA)
    write_tree(project, {"docs/_data/editions/2028.yml": "name: Fresh 2028\ndate: 2025-05-04\n"})
    home = soup(build_site(project) / "index.html")
    nav = home.select_one("nav.md-nav--primary")
    labels = [a.get_text(" ", strip=True) for a in nav.select("a.md-nav__link")]
    assert labels.index("Fresh 2029") < labels.index("Fresh 2028")
    assert "Editions" in nav.get_text()


def test_item_links_abstract_bio_and_session_time(project: Path) -> None:
    write_tree(project, DATA)
    edition = project / "docs/_data/editions/2030.yml"
    text = edition.read_text()
    assert "  - session: Morning\n" in text and "speakers: [alan]}" in text
    edition.write_text(text.replace(
        "  - session: Morning\n",
        "  - session: Morning\n    time: \"9:15\"\n",
    ).replace(
        "speakers: [alan]}",
        "speakers: [alan], links: {slides: \"https://example.org/s\", video: \"https://example.org/v\"},"
        " abstract: \"We **prove** things.\"}",
    ))
    people = project / "docs/_data/people.yml"
    people.write_text(people.read_text().replace("  name: Alan Turing", "  name: Alan Turing\n  bio: Broke *codes*."))
    (project / "docs/index.md").write_text(
        "<!-- esfomo/schedule -->\n\n<!-- esfomo/people { role: organizers, layout: horizontal } -->\n"
    )
    page = soup(build_site(project) / "index.html")
    session = page.select_one(".esfomo-session")
    assert session.select_one("time").get_text() == "9:15" and "Morning" in session.get_text()
    row = next(r for r in page.select(".esfomo-item") if "computable" in r.get_text())
    assert [(a.get_text(), a["href"]) for a in row.select("a.esfomo-link")] == [
        ("slides", "https://example.org/s"), ("video", "https://example.org/v")]
    assert row.select_one("details.esfomo-abstract strong").get_text() == "prove"
    bios = [b.get_text() for b in page.select(".esfomo-card__bio")]
    assert bios == ["Broke codes."]
    assert page.find("meta", attrs={"name": "description"})["content"] == "A fresh workshop"  # from the subtitle


def test_an_item_without_title_shows_its_kind(project: Path) -> None:
    write_tree(project, DATA)
    edition = project / "docs/_data/editions/2030.yml"
    edition.write_text(edition.read_text().replace(
        '  - {time: "9:00", kind: remarks, title: Welcome}',
        '  - {time: "9:00", kind: remarks, title: Welcome}\n  - {time: "9:05", kind: break}\n  - {time: "9:10", kind: poster}',
    ))
    (project / "docs/index.md").write_text("<!-- esfomo/schedule -->\n")
    rows = soup(build_site(project) / "index.html").select(".esfomo-item .esfomo-event")
    assert [r.get_text(" ", strip=True) for r in rows[1:3]] == ["Break", "🧑\u200d🎓 Poster Session"]


def test_directives_inside_lists_and_admonitions(project: Path) -> None:
    write_tree(project, DATA)
    (project / "mkdocs.yml").write_text(
        "site_name: T\ntheme: material\nmarkdown_extensions: [admonition]\nplugins: [esfomo]\n"
    )
    (project / "docs/index.md").write_text(
        "!!! note \"Dates\"\n\n    Before.\n\n    <!-- esfomo/dates -->\n\n    After the dates.\n\n"
        "- First\n\n    <!-- esfomo/people { role: organizers } -->\n\n- Second\n\nEnd.\n"
    )
    page = soup(build_site(project) / "index.html")
    note = page.select_one(".admonition.note")
    texts = [p.get_text() for p in note.find_all("p", recursive=False)]
    assert texts[1] == "Before." and texts[-1] == "After the dates."
    assert note.select_one("ul.esfomo-dates") is not None and page.select("pre") == []
    items = page.select("article > ul > li")
    assert len(items) == 2 and len(items[0].select(".esfomo-card")) == 2 and items[1].get_text(strip=True) == "Second"
    assert page.find(string="End.") is not None
    assert "ESFOMODIRECTIVE" not in str(page)


def test_a_bad_today_option_names_the_option(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, DATA)
    (project / "mkdocs.yml").write_text("site_name: T\ntheme: material\nplugins:\n  - esfomo:\n      today: soon\n")
    with pytest.raises(Abort):
        build_site(project)
    assert "mkdocs.yml: plugins.esfomo.today: 'soon' is not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM" in caplog.text


def test_readme_md_as_home_and_other_markdown_extensions(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, DATA)
    (project / "docs/README.md").write_text("<!-- esfomo/title -->\n")
    site = build_site(project)
    assert soup(site / "index.html").select_one("h1").get_text() == "Fresh 2030"
    assert not (site / "2030").exists()  # README.md is the current edition's page
    (project / "docs/more.markdown").write_text("---\nedition: 2099\n---\n# More\n")
    with pytest.raises(Abort):
        build_site(project)
    assert "docs/more.markdown:2:1: edition: front matter names unknown edition '2099'" in caplog.text


def test_a_heading_over_directives_with_no_data_is_left_out(project: Path) -> None:
    """A section whose directives have nothing to show is not published, nor in the table of contents; a
    section with anything else in it stays."""
    (project / "mkdocs.yml").write_text("site_name: T\ntheme: material\nplugins: [esfomo]\n"
                                        "markdown_extensions: [toc]\n")
    write_tree(project, DATA)
    write_tree(project, {"docs/about.md": """
        ---
        edition: 2029
        ---
        # About

        ## Sponsors

        <!-- esfomo/sponsors -->

        ## Speakers and panel

        <!-- esfomo/people { role: speakers } -->
        <!-- esfomo/people { role: panelists } -->

        ## Organizers

        <!-- esfomo/people { role: organizers, edition: 2030 } -->

        ## Topics

        The topics will be announced.

        <!-- esfomo/topics -->

        ## Schedule
        <!-- esfomo/schedule -->
    """})
    page = soup(build_site(project) / "about/index.html")
    headings = [h.get_text(strip=True) for h in page.select("article h2")]
    assert headings == ["Organizers", "Topics"]
    toc = [a.get_text(strip=True) for a in page.select("nav.md-nav--secondary a")]
    assert list(dict.fromkeys(toc)) == ["Organizers", "Topics"]  # (the toc is in the page twice, for phones)
    assert len(page.select(".esfomo-people .esfomo-card")) == 2  # 2030's organizers


@pytest.mark.parametrize(("today", "home", "other", "said"), [
    ("2027-06-11", "A 2027", "2028", ""),  # 2028 is dated, but 2027 is not over: the home page stays 2027's
    ("2027-06-12", "A 2028", "2027", "This is a past edition: A 2027 took place on June 11, 2027."),
])
def test_the_home_page_shows_the_next_edition_until_its_last_day(project: Path, today: str, home: str, other: str,
                                                                  said: str) -> None:
    (project / "mkdocs.yml").write_text(f"site_name: T\ntheme: material\nplugins:\n  - esfomo: {{today: '{today}'}}\n")
    write_tree(project, {
        "docs/_data/editions/2027.yml": "name: A 2027\ndate: 2027-06-11\n",
        "docs/_data/editions/2028.yml": "name: A 2028\ndate: 2028-06-09\n",
        "docs/index.md": "<!-- esfomo/title -->\n",
    })
    site = build_site(project)
    assert soup(site / "index.html").select_one("h1").get_text() == home
    notice = soup(site / other / "index.html").select_one(".esfomo-notice")
    assert (notice.get_text(" ", strip=True).split(" The current")[0] if notice else "") == said
