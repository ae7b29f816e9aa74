"""`esfomo import-alfolio`: each step alone on the shapes real al-folio sites have, the written site, and
MIGRATION.md, which keeps `esfomo check --strict` failing until its items are resolved.

Expected values are written by hand from the inputs. tests/test_alfolio_sites.py scores whole real sites.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from conftest import build_site, soup, write_tree

from mkdocs_esfomo.data import schema
from mkdocs_esfomo.data.loader import load_data
from mkdocs_esfomo.importers.alfolio import (
    accounting,
    blocks,
    cells,
    clock_slips,
    columns,
    date_lines,
    dates,
    jekyll,
    kinds,
    listed_people,
    loadable,
    people,
    program,
    reach,
    render,
    row_clauses,
    rows,
    schedule,
    site_config,
    slot_talks,
    venue,
    when,
    zones,
)
from mkdocs_esfomo.importers.alfolio.found import People, role_of
from mkdocs_esfomo.importers.alfolio.names import PersonText, bare_name, looks_like_name, people_in
from mkdocs_esfomo.importers.alfolio.pipeline import import_site
from mkdocs_esfomo.importers.alfolio.report import Note, pending
from mkdocs_esfomo.importers.alfolio.text import has_word, rich, rich_html, slug, words
from mkdocs_esfomo.userfiles import current_umask

SITES = Path(__file__).parent / "fixtures" / "alfolio-sites"
CONFIG = "title: Tiny Workshop\ndescription: A tiny workshop on tiny models.\n"


def _edition(dest: Path) -> dict[str, Any]:
    (path,) = (dest / "docs/_data/editions").glob("*.yml")
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs_esfomo", *args], capture_output=True, text=True, timeout=300)


def _editions(site: Path) -> dict[str, dict[str, Any]]:
    """Every edition file an import wrote, by id."""
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (site / "docs/_data/editions").glob("*.yml")}


def test_a_date_whose_name_holds_a_link_is_named_by_the_colon_after_the_name(tmp_path: Path) -> None:
    """``<b>NeurIPS <a href="https://...">financial assistance</a> application deadline:</b> Oct 1, 2025``: the colon
    of the link's address is not the one that ends the date's name."""
    page = """---\nlayout: page\ntitle: Home\npermalink: /\n---\n## Dates & Deadlines

- <b>Author notification:</b> Sep 22, 2025
- <b>NeurIPS <a href="https://neurips.cc/Conferences/2025/FinancialAssistance">financial assistance</a> application \
deadline:</b> Oct 1, 2025
- **Camera-ready [version](https://example.org/style):** Oct 31, 2025 (AOE)
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.note) for d in found.dates] == [
        ("Author notification", dt.date(2025, 9, 22), None),
        ("NeurIPS financial assistance application deadline", dt.date(2025, 10, 1), None),
        ("Camera-ready version", dt.date(2025, 10, 31), None)]  # fmt: skip


def test_the_dated_lines_quoted_at_the_head_of_a_call_are_dates_whatever_their_names(tmp_path: Path) -> None:
    """``> Bridge: **February 25, 2025**`` and ``> (passed) Submission deadline: **November 25, 2024**`` quoted at the
    head of a call under no dates heading: each a date, the state before a name said in its note."""
    page = """---\nlayout: page\ntitle: Call\npermalink: /\n---\n# Call for Participation

> Notifications (non-archival track): **January 14, 2025**

> (passed) Submission deadline (proceedings track): **November 25, 2024**

> Bridge: **February 25, 2025**

> Location: the main hall
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.note) for d in found.dates] == [
        ("Notifications (non-archival track)", dt.date(2025, 1, 14), None),
        ("Submission deadline (proceedings track)", dt.date(2024, 11, 25), "passed"),
        ("Bridge", dt.date(2025, 2, 25), None)]  # fmt: skip


def test_an_html_block_left_open_over_a_long_page_is_read_once() -> None:
    """``<div class="page">`` never closed, over 1,500 sections each after a blank line: the block is read on until
    it closes, each part once, so a long hand-written page is read in a fraction of a second (reading the block
    again from its start at each part took about a minute)."""
    body = '<div class="page">\n\n' + "".join(f"<section><h3>Talk {n}</h3><p>Ann Lee</p></section>\n\n"
                                               for n in range(1500))  # fmt: skip
    started = time.perf_counter()
    read = blocks.parse(body)
    assert time.perf_counter() - started < 5
    assert read[0].kind == "html" and (read[0].start, read[0].end) == (0, 3001)
    assert [b.text for b in read if b.kind == "heading"][-1] == "Talk 1499"


def test_a_date_struck_with_its_list_dash_is_named_without_the_dash() -> None:
    """``~~- **Deadline for submissions:** Thursday, February 12 2026 AoE~~``: the strike opens before the dash, so
    the line is a paragraph, not a list's item; the date is named without the dash."""
    page = ("## Key Dates\n\n~~- **Deadline for submissions:** Thursday, February 12 2026 AoE~~\n\n"
            "~~- **Notifications of acceptance:** Wednesday, February 25 2026 AoE~~\n\n"
            "- **Workshop date:** Thursday, 16 April 2026\n")
    found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2026)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Deadline for submissions", dt.date(2026, 2, 12)), ("Notifications of acceptance", dt.date(2026, 2, 25)),
        ("Workshop date", dt.date(2026, 4, 16))]  # fmt: skip


def test_a_date_struck_through_and_the_same_name_on_a_later_day_is_one_date_moved() -> None:
    """``~~**Submission deadline:** May 1~~`` and ``**Submission deadline:** May 8``, in either order, or a table's
    row whose day is struck and a row of the same name: one date, moved from the struck day, said in the report; a
    date struck alone stays the date."""
    for page in ("## Important Dates\n\n- ~~**Submission deadline:** May 1, 2025~~\n- **Submission deadline:** May 8, "
                 "2025\n- ~~**Notification:** June 1, 2025~~\n",
                 "## Important Dates\n\n- **Submission deadline:** May 8, 2025\n- ~~**Submission deadline:** May 1, "
                 "2025~~\n- ~~**Notification:** June 1, 2025~~\n",
                 "## Important Dates\n\n| Submission deadline | ~~May 1, 2025~~ |\n| Submission deadline | May 8, 2025 |"
                 "\n| Notification | ~~June 1, 2025~~ |\n"):  # fmt: skip
        found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2025)
        assert [(d.name, d.at.day, d.was and d.was.day) for d in found.dates] == [
            ("Submission deadline", dt.date(2025, 5, 8), dt.date(2025, 5, 1)),
            ("Notification", dt.date(2025, 6, 1), None)], page  # fmt: skip
        assert any("moved from 2025-05-01, struck through at index.md:" in str(n) for n in found.notes)


def _imported(root: Path, files: dict[str, str]) -> Path:
    """The site an import makes of a site of ``files`` (and the shared ``_config.yml``)."""
    write_tree(root / "src", {"_config.yml": CONFIG, **files})
    import_site(root / "src", root / "site")
    return root / "site"


def _scheduled(root: Path, program: str) -> Path:
    """The site an import makes of a home page naming the workshop's day and a schedule page of ``program``."""
    return _imported(root, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"),
        "_pages/schedule.md": _page("Schedule", "/schedule/", program, "nav: true\n")})  # fmt: skip


def _found_people(root: Path, files: dict[str, str]) -> People:
    """The people of a site made of ``files`` (and the shared ``_config.yml``), as the import finds them."""
    write_tree(root, {"_config.yml": CONFIG, **files})
    site = jekyll.read_site(root)
    return people.find_people(site, reach.reachable(site)[0])


# -- zones, times and dates as pages write them --


@pytest.mark.parametrize(
    ("text", "city", "expected"),
    [
        ("Time (HST)", None, "Pacific/Honolulu"),
        ("All times are Central Standard Time.", None, "America/Chicago"),
        ("Schedule (CET)", None, "Europe/Paris"),
        ("All times in Pacific Time (PT).", None, "America/Los_Angeles"),
        ("All times PT.", "Vancouver", "America/Vancouver"),
        ("Pacific Time (GMT-7)", "Vancouver", "America/Vancouver"),
        ("All times HST, UTC-10.", "Hawaii", "Pacific/Honolulu"),
        ("All times are in UTC+9.", None, "Etc/GMT-9"),
        ("Time (EDT)", "Montreal", "America/Toronto"),
        ("23:59 GMT", None, "UTC"),  # GMT is UTC, not London's summer time
        ("Time (New Orleans) Morning", None, "America/Chicago"),  # the city whose clock the time column gives
        ("Local time (Vienna)", "Vancouver", "Europe/Vienna"),
        ("Event times shown in the schedule are local times in Singapore", None, "Asia/Singapore"),
        ("All times are given in Gulf Standard Time.", None, "Asia/Dubai"),
        ("Time (CET, GMT+1)", None, "Europe/Paris"),  # CET by its winter offset, on a summer day: the region's clock
        ("Time (Eastern)", None, "America/New_York"),  # the region's name alone in the time's brackets
        ("Time (Pacific)", "Vancouver", "America/Vancouver"),
        ("(Vancouver local time)", None, "America/Vancouver"),
    ],
)  # fmt: skip


def test_a_zone_written_in_a_header_or_in_words_is_an_iana_zone(text: str, city: str | None, expected: str) -> None:
    found = zones.find_zone(text, dt.date(2024, 7, 26), city)
    assert found is not None and found.name == expected


def test_a_sentence_saying_the_times_zone_outweighs_a_column_header(tmp_path: Path) -> None:
    """"Times are shown in Central Daylight Time" (in a note) over a table headed "Time (PDT)": Chicago's zone, and
    the header that says otherwise named in MIGRATION.md."""
    home = ("On **June 12, 2025**.\n\n## Schedule\n\n> **NOTE**: Times are shown in **Central Daylight Time**.\n"
            "Please take this into account.\n\n| Time (PDT) | Event |\n|---|---|\n| 14:00 - 14:10 | Opening |\n"
            "| 14:10 - 14:50 | Talk |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["timezone"] == "America/Chicago"
    assert [n.what for n in notes if "zone" in n.what and n.guess] == [
        "time zone America/Chicago read from 'Central Daylight Time'; the page also says 'PDT' "
        "(_pages/about.md:13): America/Los_Angeles"]


def test_a_us_state_after_the_city_names_its_zone(tmp_path: Path) -> None:
    home = "On **August 9, 2024** in **Amherst, MA**.\n\n| Time | Event |\n|---|---|\n| 9:00 | Opening |\n| 9:10 | Talk |\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["timezone"] == "America/New_York"


@pytest.mark.parametrize(
    ("place", "zone"),
    [("Huntsville, Ontario, Canada", "America/Toronto"), ("Whistler, British Columbia", "America/Vancouver")],
)
def test_a_province_written_out_after_a_town_no_list_knows_names_its_zone(tmp_path: Path, place: str,
                                                                            zone: str) -> None:  # fmt: skip
    """"held in conjunction with SOSP 2019 in Huntsville, Ontario": a town the importer knows no zone of, in a
    province (or state) written out that keeps one zone: its zone."""
    home = f"The workshop will be held on October 27, 2019 in {place}.\n\n| Time | Event |\n|---|---|\n| 9:00 | Opening |\n"
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert _edition(site).get("timezone") == zone


def test_a_program_paragraph_with_an_italic_title_then_a_name_and_where_the_speaker_works(tmp_path: Path) -> None:
    """``9:00 - 9:30 &nbsp; *Title*, Ann Lee, UC Berkeley``: the title in italics, then the speaker, then (after
    the next comma) where she works, however much it reads like a name; "Bo Wu and Cy Li" after the name are more
    speakers, not a workplace."""
    program = ("8:45 - 9:00 &nbsp;&nbsp;&nbsp; Opening Remarks\n\n9:00 - 9:30 &nbsp;&nbsp;&nbsp; *What Is Hard in Systems "
               "for ML?*, Ann Lee, Stanford University and Databricks\n\n9:30 - 10:00 &nbsp;&nbsp;&nbsp; *Wide Nets*, "
               "Bo Wu, UC Berkeley\n\n10:00 - 10:30 &nbsp;&nbsp;&nbsp; Coffee Break\n")
    site = _scheduled(tmp_path, program)
    rows = [(i["time"], i.get("title"), i.get("speakers")) for i in _edition(site)["schedule"]]
    assert rows[1:3] == [("9:00", "What Is Hard in Systems for ML?", ["ann-lee"]), ("9:30", "Wide Nets", ["bo-wu"])]
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert people["ann-lee"]["affiliation"] == "Stanford University and Databricks"
    assert people["bo-wu"]["affiliation"] == "UC Berkeley"


def test_talks_under_a_session_heading_of_invited_talks_are_invited(tmp_path: Path) -> None:
    """``### Session 1: Invited Talks`` over timed paragraphs of talks that say no kind of their own: invited talks;
    under ``### Session 2: Contributed Talks`` the talks keep their own kind."""
    program = ("8:45 - 9:00 &nbsp; Opening Remarks\n\n### Session 1: Invited Talks\n9:00 - 9:30 &nbsp; *Wide Nets*, "
               "Ann Lee, MIT\n\n9:30 - 10:00 &nbsp; *Deep Nets*, Bo Wu, ETH Zurich\n\n---\n\n### Session 2: Contributed "
               "Talks\n11:30 - 11:45 &nbsp; *Small Nets*, Cy Li, CMU\n\n11:45 - 12:00 &nbsp; *Tiny Nets*, Di Ma, UCL\n")
    site = _scheduled(tmp_path, program)
    items = [i for e in _edition(site)["schedule"] for i in e.get("items", [e])]
    kinds = {i.get("title"): i.get("kind", "talk") for i in items}
    assert kinds["Wide Nets"] == kinds["Deep Nets"] == "invited"
    assert kinds["Small Nets"] != "invited"


def test_a_time_range_with_a_dot_for_one_ends_colon_is_a_range() -> None:
    """``7:30-8.45: Breakfast``: one end written with a colon, the other with a dot slipped in for it."""
    from mkdocs_esfomo.importers.alfolio.when import time_range

    found = time_range("7:30-8.45")
    assert found is not None and found[1] is not None
    assert (found[0].text, found[1].text) == ("7:30", "8:45")


def test_a_room_in_brackets_after_a_program_paragraph_is_where_it_is_held(tmp_path: Path) -> None:
    """``12:30 - 2:00 Lunch (Waterhouse Ballroom)``: the bracket names the room the row is held in, kept beside it,
    not its speaker nor part of its title; "(Stuart Hall)" after a talk names a person."""
    program = ("8:45 - 9:00 &nbsp; Opening Remarks\n\n11:00 - 12:30 &nbsp; Break and Poster Session (Ballroom/Hallway "
               "Rotunda)\n\n"
               "12:30 - 2:00 &nbsp; Lunch (Waterhouse Ballroom)\n\n2:00 - 2:30 &nbsp; Closing talk (Stuart Hall)\n")
    site = _scheduled(tmp_path, program)
    rows = {i["time"]: i for i in _edition(site)["schedule"]}
    assert (rows["11:00"]["title"], rows["12:30"]["title"]) == ("Break and Poster Session", "Lunch")
    assert not rows["12:30"].get("speakers") and "Waterhouse Ballroom" in rows["12:30"]["abstract"]
    assert rows["14:00"].get("speakers") == ["stuart-hall"]


def test_the_conferences_a_workshop_was_run_at_before_are_not_its_host(tmp_path: Path) -> None:
    """"the model we have previously run with the workshops @ NeurIPS and ICML": past editions' venues, no year
    written, are not this edition's host; "held in conjunction with SOSP 2019" names it."""
    said = ("This workshop will follow the successful model we have previously run with the ML Systems Workshops @ "
            "NeurIPS and ICML.\n\nThe workshop will be held in conjunction with SOSP 2019 on October 27, 2019.\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("Tiny Workshop 2019", "/", said)})
    assert _edition(site)["conference"] == {"name": "SOSP 2019"}


@pytest.mark.parametrize(
    ("venue", "zone"),
    [("Nashville, United States", "America/Chicago"), ("Music City Center, Nashville, USA", "America/Chicago"),
     ("held in Salt Lake City, USA", "America/Denver"), ("Room 3, Bengaluru, India", "Asia/Kolkata"),
     ("held in Hangzhou, China", "Asia/Shanghai"), ("will take place in Tübingen", "Europe/Berlin")],
)  # fmt: skip
def test_a_conference_city_no_zone_is_named_for_gives_the_zone(tmp_path: Path, venue: str, zone: str) -> None:
    """A city of a country with several zones (or none named for it) that hosts conferences: its zone, not the
    deadlines' ("11:59 PM PST")."""
    home = (f"CVPR 2025 Workshop<br> Morning, Jun 12<br> {venue}<br>\n\n| Date | Event |\n|---|---|\n"
            "| March 1, 2025 (11:59 PM PST) | Submission deadline |\n\n| Time | Event |\n|---|---|\n| 9:00 | Opening |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["timezone"] == zone
    line = (tmp_path / "src/_pages/about.md").read_text(encoding="utf-8").splitlines().index(home.splitlines()[0]) + 1
    assert f"_pages/about.md:{line}: the city, " in (tmp_path / "out/MIGRATION.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("The workshop was held on Sunday, December 15th in West meeting rooms 205-207.", None),
        ("Room 101-B, Riocentro Convention and Event Center, Rio de Janeiro, Brazil.", "Rio de Janeiro"),
        ("The workshop takes place in Vancouver.", "Vancouver"),
        ("at ICLR 2024 on May 11, Vienna (Room Lehar 4). Last year's was at ICLR 2023 in Kigali.", "Vienna"),
        ("She received her PhD from Heidelberg University, MS.c degrees from Wuhan University.", None),
        ("**Room 601**, Metro Toronto Convention Centre, 255 Front St W, Toronto, ON M5V 2W6, Canada. After KDD "
         "2024, Barcelona, Spain.", "Toronto"),  # a postal address: the province, then its postcode
    ],
)  # fmt: skip


def test_a_compass_word_or_a_building_is_no_city(tmp_path: Path, sentence: str, city: str | None) -> None:
    """Time zones named for a region ("Australia/West", "America/North_Dakota/Center") name no city a page is in;
    a city written with a particle ("Rio de Janeiro") after a building's name is the city, and so is one written
    after a day ("May 11, Vienna") or in a postal address ("Toronto, ON M5V 2W6"), before any the page names later;
    a degree ("MS.c") is no US state."""
    home = f"{sentence}\n\nOn **July 26, 2024**.\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert (_edition(tmp_path / "out").get("location") or {}).get("city") == city


@pytest.mark.parametrize(
    ("card", "city"),
    [
        ('<div class="org-aff">Robotics Laboratory, Technische Universität Berlin, Germany</div>', None),
        ('<div class="org-aff">Institut Polytechnique de Paris, France</div>', None),
        ('<div class="org-aff">Hochschule München, Germany</div>', None),
        ("<p>The workshop is held in Berlin, Germany.</p>", "Berlin"),
    ],
)  # fmt: skip


def test_a_city_in_an_institutions_name_is_no_city_the_workshop_is_in(tmp_path: Path, card: str,
                                                                      city: str | None) -> None:
    """An organizer's card on the home page ("Technische Universität Berlin, Germany") names where the organizer
    works, whatever the language of the institution's name; the workshop's city is one the page says it is in."""
    home = f"{card}\n\nOn **July 26, 2024**.\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert (_edition(tmp_path / "out").get("location") or {}).get("city") == city


def test_cities_offered_as_alternatives_are_no_city(tmp_path: Path) -> None:
    """A venue not yet decided ("Atlanta, Sydney, or Paris"): the first city named is not where the workshop is."""
    sentence = "**Location:** Atlanta, Sydney, or Paris (in order of preference)"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", f"{sentence}\n")})
    import_site(tmp_path / "src", tmp_path / "out")
    assert not (_edition(tmp_path / "out").get("location") or {}).get("city")


def test_the_cities_a_time_zone_is_labelled_with_are_no_city(tmp_path: Path) -> None:
    """"(GMT +8:00) Beijing, Perth, Singapore, Hong Kong", the label of a zone, lists cities of several zones: none
    is where the workshop is, and the schedule takes the zone the deadlines are given in, not Beijing's."""
    home = ("All times use (GMT +8:00) Beijing, Perth, Singapore, Hong Kong.\n\n| Date | Event |\n|---|---|\n"
            "| July 31, 2026, 23:59 (GMT +8:00) | Paper submission deadline |\n| September 28, 2026 | Workshop date |\n"
            "\n| Time | Event |\n|---|---|\n| 9:00 | Opening |\n| 9:10 | Talk |\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    edition = _edition(site)
    assert "location" not in edition
    assert edition["timezone"] == "Etc/GMT-8"
    honolulu = _imported(tmp_path / "one", {"_pages/about.md": _page("about", "/", "Held in Honolulu, Hawaii.\n")})
    assert _edition(honolulu)["location"] == {"city": "Honolulu"}  # a city and its state: one place


def test_a_city_a_banner_writes_before_the_day_is_the_city(tmp_path: Path) -> None:
    """"Singapore · September 28, 2026 · Half-day workshop" (or "Vienna – May 11, 2024"): the city the banner
    sets beside the day, with a dot or a spaced dash, is where the workshop is, after whatever line the banner
    shows before it ("... and Deployment")."""
    for n, banner in enumerate(["Singapore · September 28, 2026 · Half-day workshop", "Vienna – May 11, 2024"]):
        home = f"<h1>Tiny Workshop</h1>\n<p>Algorithms and Deployment</p>\n<p>{banner}</p>\n"
        site = _imported(tmp_path / str(n), {"_pages/about.md": _page("about", "/", home)})
        assert _edition(site)["location"] == {"city": banner.split()[0]}


def test_a_city_in_a_universitys_short_name_is_no_city(tmp_path: Path) -> None:
    """"UT Austin, USA" and "UC Davis, USA" after a speaker's name are where they work, not where the workshop is."""
    home = "## Speakers\n\n- **Ann Lee**, UT Austin, USA\n- **Bo Chen**, UC Davis, USA\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert not (_edition(tmp_path / "out").get("location") or {}).get("city")


def test_a_title_before_a_boxed_name_is_not_part_of_the_affiliation(tmp_path: Path) -> None:
    """``<img><br><strong>Dr. Ann Lee</strong><br><em>MIT, USA</em>``: her affiliation is "MIT, USA", not her name
    with its title again."""
    box = ('<div style="text-align:center"><img src="/assets/img/{0}.jpg" alt="{1}">'
           "<br><strong>Dr. {1}</strong><br><em>{2}</em></div>")
    body = ("## Organizing Committee\n\n<div style=\"display:flex\">\n"
            f"{box.format('ann', 'Ann Lee', 'MIT, USA')}\n{box.format('bo', 'Bo Chen', 'Mayo Clinic, USA')}\n</div>\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    people = yaml.safe_load((dest / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert {p["name"]: p.get("affiliation") for p in people.values()} == {"Ann Lee": "MIT, USA",
                                                                          "Bo Chen": "Mayo Clinic, USA"}


def test_the_people_of_a_panel_row_are_panelists_when_no_page_says_so(tmp_path: Path) -> None:
    """Speakers listed under "Speakers" and a program whose panel row names some of them: those are the panelists
    (a guess to confirm); a site that shows its panelists keeps them."""
    home = ("On **July 26, 2024**.\n\n## Speakers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n- Cy Chen (CMU)\n\n"
            "## Schedule\n\n| Time | Event | Speakers |\n|---|---|---|\n| 09:00 - 09:30 | Keynote | Bo Wu |\n"
            "| 16:00 - 17:00 | Panel Discussion | Ann Lee, Cy Chen |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert edition["panelists"] == ["ann-lee", "cy-chen"]
    assert edition["speakers"] == ["ann-lee", "bo-wu", "cy-chen"]
    assert [n.what for n in notes if "panelist" in n.what] == [
        "Ann Lee: a panelist, read from the program (no page shows the panelists)",
        "Cy Chen: a panelist, read from the program (no page shows the panelists)"]


def test_an_italic_speaker_cell_beside_a_counted_label_is_the_papers_title(tmp_path: Path) -> None:
    """``| Oral Paper 5 | *Red-Teaming Agents: Stress Tests* |`` under ``Time | Event | Speaker``: the italic cell
    names no one, it is the paper's title, the count its label (an italic name stays a speaker)."""
    program = ("| Time | Event | Speaker |\n|---|---|---|\n| 9:00-9:15 | Opening | Ann Lee |\n"
               "| 9:15-9:30 | Oral Paper 1 | *Kernels for All: Fast Methods in Practice* |\n"
               "| 9:30-9:45 | Oral Paper 2 | *Why Wide Networks Generalize So Well* |\n"
               "| 9:45-10:00 | Oral Paper 3 | *Bo Wu* |\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(r.get("label"), r.get("title"), r.get("speakers")) for r in schedule[1:]] == [
        ("Oral Paper 1", "Kernels for All: Fast Methods in Practice", None),
        ("Oral Paper 2", "Why Wide Networks Generalize So Well", None), (None, "Oral Paper 3", [{"name": "Bo Wu"}])]


def test_a_linked_name_a_dash_and_where_they_work_over_a_bio_is_a_person(tmp_path: Path) -> None:
    """Under "## Invited Speakers", a floated photo, then ``[Ann Lee](url) - MIT <br />`` and her bio in the same
    paragraph: a speaker, with her affiliation, link, photo and bio."""
    bio = "Ann Lee is a professor of computer science at MIT whose research covers kernels, wide networks and more."
    body = (f"## Invited Speakers\n\n![image-left]( /assets/img/ann.jpg){{: .align-left style=\"width:250px;\"}}\n"
            f"[Ann Lee](https://ann.example.org) - MIT <br />\n{bio} <br />\n\n"
            f"![image-left]( /assets/img/bo.jpg){{: .align-left}}\n[Bo Wu](https://bo.example.org): ETH Zurich <br />\n"
            f"Bo Wu is a professor at ETH Zurich who studies wide networks, their training and their many failures.\n\n"
            f"![image-left]( /assets/img/cy.jpg){{: .align-left}} [Cy Li](https://cy.example.org), University of Texas "
            f"<br />\nCy Li is the founding director of a consortium and a professor who studies low power machines.\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role, p.affiliation, p.url, p.photo, bool(p.bio)) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT", "https://ann.example.org", "/assets/img/ann.jpg", True),
        ("Bo Wu", "speakers", "ETH Zurich", "https://bo.example.org", "/assets/img/bo.jpg", True),
        ("Cy Li", "speakers", "University of Texas", "https://cy.example.org", "/assets/img/cy.jpg", True)]


def test_a_list_program_items_length_title_and_who_gives_it(tmp_path: Path) -> None:
    """``* 9:15: [Tigramite tutorial](url): Ann Lee, MIT (90 min)``: the length in brackets closing an item is its end
    (9:15 - 10:45), not its title's words; a title, a colon, then a name and where she works is her talk; a dash, then
    the group or the few words in lower case saying who gives it (``- Organizers``, ``- tutorial & vision
    speakers``) are no title, and name no one."""
    program = ("* 9:00: Bridge kickoff - Organizers (15 min)\n"
               "* 9:15: [Tigramite tutorial](https://example.org/t): Ann Lee, MIT (90 min)\n"
               "* 10:45: Coffee break (30 min)\n"
               "* 11:15: Invited talks, 3 x 30 min each (90 min)\n"
               "* 16:30-17:30: Panel discussion - tutorial & vision speakers (60 min)\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(r["time"], r.get("end"), r.get("title"), r.get("speakers") or []) for r in schedule] == [
        ("9:00", "9:15", "Bridge kickoff", []), ("9:15", "10:45", "Tigramite tutorial", ["ann-lee"]),
        ("10:45", "11:15", "Coffee break", []), ("11:15", None, "Invited talks, 3 x 30 min each (90 min)", []),
        ("16:30", "17:30", "Panel discussion", [])]


def test_a_list_programs_nested_items_and_who_gives_its_talks(tmp_path: Path) -> None:
    """A list program: ``Tutorial: [Ann Lee](a) & [Bo Wu](b) (90 min) - [Slides Part 1](s1) & [Slides Part 2](s2)``
    is their tutorial (the slides links are no title); ``Applications - [Cy Li](c), DLR (75 min)`` hers; a talk whose
    title is the quoted line nested under it takes it; a panel's nested ``[Di Ma](d) - IIT, CMU`` lines are its
    people, its "Invited day 1 and 2 speakers" no title; a paper nested as ``[A Long Paper Title](pdf) - [Slides](s)``
    over its authors is no one's talk of the row above."""
    home = ("The workshop takes place on July 10, 2026.\n\n## Speakers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n"
            "- Cy Li (DLR)\n- Eve Park (Oxford)\n")
    program = ("* 9:00: Tutorial on kernels: [Ann Lee](https://a.org) & [Bo Wu](https://b.org) (90 min) - "
               "[Slides Part 1](https://s.org/1.pdf) & [Slides Part 2](https://s.org/2.pdf)\n"
               "* 10:30: Applications - [Cy Li](https://c.org), German Aerospace Center (DLR) (75 min)\n"
               "* 13:50-14:40: [Eve Park](https://e.org), Oxford, Department of Statistics\n"
               "\t* \"Learning causal models via algebraic constraints\"\n"
               "* 14:40: Contributed talks, 2 x 20 mins (40min)\n"
               "\t* [Modeling Uplift from Observational Time Series](https://openreview.net/pdf?id=x) - "
               "[Slides](https://s.org/k.pdf)  \n  *Sanghyun Kim, Juho Lee*\n"
               "* 16:50: Panel discussion - Invited day 1 and 2 speakers (70 min)\n"
               "\t* [Di Ma](https://d.org) - IIT Hyderabad, Visiting Fellow Carnegie Mellon University\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", program, "nav: true\n")})
    schedule = _edition(site)["schedule"]
    rows = {r["time"]: (r.get("title"), [s if isinstance(s, str) else s["id"] for s in r.get("speakers") or []])
            for r in schedule if r.get("time")}  # fmt: skip
    assert rows["9:00"] == ("Tutorial on kernels", ["ann-lee", "bo-wu"])
    assert [r.get("end") for r in schedule if r.get("time") == "9:00"] == ["10:30"]  # the length before the links
    assert rows["10:30"] == ("Applications", ["cy-li"])
    assert rows["13:50"] == ("Learning causal models via algebraic constraints", ["eve-park"])
    assert rows["14:40"][1] == []
    assert rows["16:50"][0] == "Panel discussion" and len(rows["16:50"][1]) == 1


def test_a_heading_naming_who_gives_a_part_under_a_role_names_them(tmp_path: Path) -> None:
    """``##### Causality with DoWhy - Peter Götz & Patrick Blöbaum`` under ``## Software Labs``: both give a lab,
    speakers (the one a paragraph reads keeps what it says of him); a date in a heading names no one."""
    body = ("## Software Labs\n\n##### Causality with DoWhy - Peter Götz & Patrick Blöbaum\n\n"
            "[Peter Götz](https://p.org): Amazon Web Services <br />\nPeter Götz is a senior engineer at Amazon Web "
            "Services who builds systems for causal machine learning and has done so for years.\n\n"
            "##### Day 2 - July 5\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert sorted((p.name, p.role, p.affiliation) for p in found.people) == [
        ("Patrick Blöbaum", "speakers", None), ("Peter Götz", "speakers", "Amazon Web Services")]


def test_a_speakers_page_the_program_links_is_their_cards_link(tmp_path: Path) -> None:
    """A card that links nowhere takes the page the program links the speaker's name to; a card's own link stays."""
    home = ("On **July 26, 2024**.\n\n## Speakers\n\n- Ann Lee (MIT)\n- [Bo Wu](https://bo.example.org/) (ETH)\n\n"
            "## Schedule\n\n| Time | Event |\n|---|---|\n"
            "| 09:00 - 09:30 | **Keynote** - [Ann Lee](https://ann.example.org/) (MIT) : *Deep Nets* |\n"
            "| 09:30 - 10:00 | **Keynote** - [Bo Wu](https://elsewhere.example.org/) (ETH) : *Wide Nets* |\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    entries = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert {pid: e.get("url") for pid, e in entries.items()} == {
        "ann-lee": "https://ann.example.org/", "bo-wu": "https://bo.example.org/"}


@pytest.mark.parametrize("label", ["Round Table", "Roundtable", "Round Table Discussion"])
def test_a_round_table_row_naming_people_is_a_panel_of_them(tmp_path: Path, label: str) -> None:
    """"**Round Table: Ann Lee, Bo Wu, Cy Chen**": a round table is a panel; the people after its label are its
    panelists, and the row is titled by the label."""
    home = ("On **July 26, 2024**.\n\n## Speakers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n\n"
            "## Organizers\n\n- Di Ma (UCL)\n\n## Schedule\n\n| Time | Event |\n|---|---|\n| 09:00 - 09:30 | **Keynote**: Ann Lee |\n"
            f"| 16:00 | **{label}: Ann Lee, Bo Wu, Cy Chen** |\n")
    edition = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", home)}))
    row = edition["schedule"][-1]
    assert (row["kind"], row["title"]) == ("panel", label)
    assert [s if isinstance(s, str) else s["name"] for s in row["speakers"]] == ["ann-lee", "bo-wu", "cy-chen"]
    assert edition.get("panelists") == ["ann-lee", "bo-wu", "cy-chen"]


def test_a_timed_session_heading_with_no_talks_under_it_is_a_row_of_its_own(tmp_path: Path) -> None:
    """``| 12:00 | **Rising Star Poster Session** |`` followed by ``| 12:30 | Lunch Break |``: a heading with a time of
    its own and no talks under it is a slot of the day (its kind guessed from its words, noted), not left out."""
    program = ("| Time | |\n|---|---|\n| 11:30 | **Ann Lee**: Wide Nets |\n| 12:00 | **Rising Star Poster Session** |\n"
               "| 12:30 | Lunch Break |\n")
    site = _scheduled(tmp_path, program)
    rows = [(i["time"], i["kind"], i.get("title")) for i in _edition(site)["schedule"]]
    assert ("12:00", "poster", "Rising Star Poster Session") in rows
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/schedule.md:" in report and "Rising Star Poster Session': a session's heading with a time" in report


def test_the_moderator_a_panel_row_names_is_not_a_panelist(tmp_path: Path) -> None:
    """"Panel Discussion (Moderated by Cy Chen)": Cy Chen is the row's moderator, named with it, but not one of the
    panelists read from the program."""
    home = ("On **July 26, 2024**.\n\n## Speakers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n\n## Organizers\n\n- Cy Chen (CMU)\n- Di Ma (UCL)\n\n"
            "## Schedule\n\n| Time | Event |\n|---|---|\n| 09:00 - 09:30 | **Keynote**: Ann Lee |\n"
            "| 16:00 - 17:00 | **Panel Discussion** (Moderated by Cy Chen) |\n"
            "| 17:00 - 17:30 | Panel: Ann Lee, Bo Wu, moderated by **Cy Chen** |\n")
    edition = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", home)}))
    assert [i.get("speakers") for i in edition["schedule"]][1:] == [["cy-chen"], ["ann-lee", "bo-wu", "cy-chen"]]
    assert edition.get("panelists") == ["ann-lee", "bo-wu"]


def test_the_day_a_sentence_says_the_workshop_is_taking_place(tmp_path: Path) -> None:
    home = "This workshop will be an in-person event, taking place on **Dec 2nd 2022** from 8:50am.\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == dt.date(2022, 12, 2)


def test_the_day_a_sentence_naming_the_workshop_at_its_conference_gives_after_the_conference(tmp_path: Path) -> None:
    """"The Tiny Workshop at ICML 2025, July 18, 2025, Vancouver.": one day after the conference the workshop is at
    is its day, a guess named in MIGRATION.md; a deadline's sentence, or the conference's week, is not."""
    home = "The Tiny Workshop at ICML 2025, July 18, 2025, Vancouver.\n\nTiny models, big ideas.\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == dt.date(2025, 7, 18)
    assert any(n.guess and "the workshop's day read from 'The Tiny Workshop at ICML 2025" in n.what for n in notes)
    for n, other in enumerate(["The Tiny Workshop at ICML 2025 invites submissions, due May 1, 2025.",
                               "The Tiny Workshop at ICML 2025, July 13-19, 2025, Vancouver."]):
        write_tree(tmp_path / f"o{n}", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", other)})
        import_site(tmp_path / f"o{n}", tmp_path / f"out{n}")
        assert _edition(tmp_path / f"out{n}").get("date") is None


def test_an_empty_heading_on_the_home_page_names_no_venue(tmp_path: Path) -> None:
    """``<h1>{{ site.title }}</h1>`` with no title in the configuration is an empty heading: the site imports."""
    home = "<h1></h1>\n\nThe Tiny Workshop will be held on July 18, 2025.\n"
    write_tree(tmp_path / "src", {"_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == dt.date(2025, 7, 18)


def test_a_value_the_data_format_refuses_is_left_out_and_named_so_the_site_builds(tmp_path: Path) -> None:
    """Whatever shape gave it, a value the import wrote that the data format refuses (a link to a file of the old
    site, a time past 23:59, a date of a 13th month) is left out of the data file, or the entry it names with it,
    and each is named at its line: the data then loads, the rest of each entry kept."""
    people = "ann-lee:\n  name: Ann Lee\n  affiliation: MIT\n  url: /assets/pdf/slides.pptx\nbo-wu:\n  name: Bo Wu\n"
    edition = """name: Tiny 2025
date: 2025-07-18
timezone: America/Vancouver
speakers: [ann-lee]
schedule:
  - time: "9:00"
    title: Talk
    kind: talk
    speakers: [ann-lee, {name: Cy Li, url: "foo bar"}]
    link: "not a link"
  - time: "25:00"
    title: Late
    kind: talk
dates:
  - name: Deadline
    at: 2025-13-01
  - name: Notification
    at: 2025-06-01
"""
    write_tree(tmp_path, {"docs/_data/people.yml": people, "docs/_data/editions/2025.yml": edition})
    notes = loadable.loadable(tmp_path)
    assert sorted((n.where, n.what.split(":")[0]) for n in notes) == [
        ("docs/_data/editions/2025.yml:10", "schedule[0].link"),
        ("docs/_data/editions/2025.yml:11", "schedule[1].time"),
        ("docs/_data/editions/2025.yml:16", "dates[0].at"),
        ("docs/_data/editions/2025.yml:9", "schedule[0].speakers[1].url"),
        ("docs/_data/people.yml:4", "ann-lee.url")]  # fmt: skip
    assert any(n.what.endswith("dates[0] left out of the data, so that the site builds") for n in notes)
    workshop = load_data(tmp_path / "docs")
    ann = workshop.people["ann-lee"]
    assert (ann.name, ann.affiliation, ann.url) == ("Ann Lee", "MIT", None)
    data = yaml.safe_load((tmp_path / "docs/_data/editions/2025.yml").read_text(encoding="utf-8"))
    assert [r["title"] for r in data["schedule"]] == ["Talk", "Late"] and "time" not in data["schedule"][1]
    assert data["schedule"][0]["speakers"] == ["ann-lee", {"name": "Cy Li"}]
    assert [d["name"] for d in data["dates"]] == ["Notification"]


def test_a_committee_listed_a_line_each_names_no_city_across_its_lines(tmp_path: Path) -> None:
    """``Xi Rao, ETH Zurich<br>`` then ``Liane Vogel, Technical University<br>``: each line one person and where she
    works; "ETH Zurich" then the next line's name is no "Zurich, ..." of a venue, so no city is read from them."""
    home = ("The Tiny Workshop, December 15, 2023.\n\n## Program Committee\n\n<p>\n    Xi Rao,\tETH Zurich<br>\n"
            "    Liane Vogel, Technical University of Darmstadt<br>\n    Ivan Rubachev, HSE University<br>\n</p>\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert "location" not in _edition(tmp_path / "out")
    venue = home.replace("The Tiny Workshop,", "The Tiny Workshop, in Vienna, Austria,")
    write_tree(tmp_path / "src2", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", venue)})
    import_site(tmp_path / "src2", tmp_path / "out2")
    assert _edition(tmp_path / "out2")["location"] == {"city": "Vienna"}


def test_a_reached_page_that_redirects_and_has_words_of_its_own_is_named(tmp_path: Path) -> None:
    """``index.md`` with ``redirect_to:`` and the workshop's text: read as the redirect jekyll-redirect-from makes of
    it, so its words are not imported, and MIGRATION.md says so at its line, with a word when the site lists no
    such plugin; a redirect with no words of its own is no loss, and says nothing."""
    home = "---\nlayout: page\nredirect_to: https://example.org/workshop/\n---\nThe Tiny Workshop on tiny models.\n"
    other = _page("call", "/call/", "Send us tiny papers by May 1, 2025.", "nav: true\n")
    bare = "---\nlayout: page\npermalink: /old/\nnav: true\nredirect_to: /call/\n---\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": home, "_pages/call.md": other,
                                  "_pages/old.md": bare})  # fmt: skip
    notes = import_site(tmp_path / "src", tmp_path / "out")
    (said,) = [n.what for n in notes if "read as a redirect" in n.what]
    assert [n.where for n in notes if "read as a redirect" in n.what] == ["index.md:1"]
    assert "of 6 words ('the tiny workshop on tiny models ...') not imported" in said
    assert "lists no jekyll-redirect-from" in said
    write_tree(tmp_path / "src2", {"_config.yml": CONFIG + "plugins:\n  - jekyll-redirect-from\n", "index.md": home,
                                   "_pages/call.md": other})  # fmt: skip
    notes = import_site(tmp_path / "src2", tmp_path / "out2")
    assert [n.what.endswith("not imported") for n in notes if "read as a redirect" in n.what] == [True]


@pytest.mark.parametrize(("text", "first", "last"), [
    ("from 17th to 21st of August 2026", dt.date(2026, 8, 17), dt.date(2026, 8, 21)),
    ("August 17th to 21st, 2026", dt.date(2026, 8, 17), dt.date(2026, 8, 21)),
    ("Sept 3 through 5, 2026", dt.date(2026, 9, 3), dt.date(2026, 9, 5)),
    ("May 17 to 10:00", dt.date(2026, 5, 17), None),  # a time after "to", not a last day
])  # fmt: skip
def test_days_joined_by_to_or_through_are_one_period(text: str, first: dt.date, last: dt.date | None) -> None:
    (found,) = when.find_dates(text, 2026)
    assert (found.first, found.last) == (first, last)


def test_a_schools_year_pages_and_a_home_page_saying_when_the_next_will_take_place(tmp_path: Path) -> None:
    """Pages /2024/ and /2025/, each with a paragraph of labelled lines ("**Location:** ...", "**Date:** September
    1–5, 2025"), and a home page saying "In 2026, the school will take place ... from 17th to 21st of August 2026",
    with a question "When and how should I pay the deposit?" over "by **June 30th**" on another page: three editions,
    the home page's the 2026 one (a guess, named), each on the days its own lines say; the deposit's day is no one's."""
    past = "**Location:** Darmstadt  \n**Date:** September {}, {}  \n**Format:** Lectures\n"
    home = ("**In 2026, the school will take place in Tübingen, from 17th to 21st of August 2026**.\n\n"
            "![Our 2025 participants](/assets/img/participants-2025.jpg)\n")
    fees = "### When and how should I pay the deposit?\n\nPlease transfer the deposit by **June 30th**.\n"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/2024.md": _page("School 2024", "/2024/", past.format("9–13", 2024), "nav: true\n"),
                                "_pages/2025.md": _page("School 2025", "/2025/", past.format("1–5", 2025), "nav: true\n"),
                                "_pages/fees.md": _page("fees", "/fees/", fees, "nav: true\n")})  # fmt: skip
    editions = _editions(dest)
    assert {k: e.get("date") for k, e in editions.items()} == {
        "2024": [dt.date(2024, 9, 9), dt.date(2024, 9, 13)], "2025": [dt.date(2025, 9, 1), dt.date(2025, 9, 5)],
        "2026": [dt.date(2026, 8, 17), dt.date(2026, 8, 21)]}  # fmt: skip
    assert "the home page read as the 2026 edition" in (dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_an_html_cell_kramdown_reads_as_markdown_gives_its_speaker_title_and_abstract_by_its_paragraphs(
        tmp_path: Path) -> None:  # fmt: skip
    """``<td markdown="span">_Ann Lee_`` then a blank line, ``**Title**``, a blank line, the abstract: the cell's
    Markdown read as kramdown reads it, each paragraph a line: the talk of Ann Lee, with its title and abstract."""
    row = ('<tr>\n<td markdown="span">{}</td>\n<td markdown="span">_{}_\n\n**{}**\n\n{}\n\n</td>\n</tr>\n')
    program = ('<table class="table">\n<thead><tr><th>Time</th><th></th></tr></thead>\n<tbody>\n'
               + row.format("13:50–14:10", "Ann Lee", "Inside the grid: pixel patterns", "Creativity is elusive.")
               + row.format("14:10–14:30", "Bo Wu", "Latent scope bias", "We model it.") + "</tbody>\n</table>\n")
    rows = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(r["time"], r["title"], r.get("speakers"), r.get("abstract")) for r in rows] == [
        ("13:50", "Inside the grid: pixel patterns", [{"name": "Ann Lee"}], "Creativity is elusive."),
        ("14:10", "Latent scope bias", [{"name": "Bo Wu"}], "We model it.")]  # fmt: skip


def test_lines_labelling_names_with_a_role_in_a_paragraph_or_under_a_topic_give_those_people(tmp_path: Path) -> None:
    """``**Speakers:** Gemma Roig, Fabian Sinz`` among a paragraph's labelled lines, ``- Speakers: Peter Dayan, ...``
    and ``- Panelists: ...`` nested under topics: people of that role, each label a guess named; a label naming no
    role ("Format:") gives no one."""
    home = ("The school took place on September 5 - 9, 2022.\n\n**Location:** Tübingen  \n"
            "**Date:** September 5 - 9, 2022  \n**Format:** Lectures, Blitz Talks  \n"
            "**Speakers:** Gemma Roig, Fabian Sinz, Anne Urai\n\n**Topics:**\n\n- _Decision Making_\n"
            "  - Speakers: Peter Dayan, Stephanie Chan\n- Panel on _Doing Good with AI_\n"
            "  - Panelists: Klara Kaleb, Ethan Perez\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert edition["speakers"] == ["gemma-roig", "fabian-sinz", "anne-urai", "peter-dayan", "stephanie-chan"]
    assert edition["panelists"] == ["klara-kaleb", "ethan-perez"]
    assert sorted(n.where for n in notes if "read from the label" in n.what) == [
        "_pages/about.md:11", "_pages/about.md:16", "_pages/about.md:18"]  # fmt: skip



def test_a_person_labelled_with_two_roles_on_a_page_holds_both(tmp_path: Path) -> None:
    """``- Speakers: Peter Dayan, Ethan Perez`` under a topic and ``- Panelists: Klara Kaleb, Ethan Perez`` under the
    panel: Ethan Perez is a speaker and a panelist, each role as its own label gives it."""
    home = ("The school took place on September 5 - 9, 2022.\n\n**Topics:**\n\n- _Decision Making_\n"
            "  - Speakers: Peter Dayan, Ethan Perez\n- Panel on _Doing Good with AI_\n"
            "  - Panelists: Klara Kaleb, Ethan Perez\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert edition["speakers"] == ["peter-dayan", "ethan-perez"]
    assert edition["panelists"] == ["klara-kaleb", "ethan-perez"]


def test_names_alone_nested_under_each_topic_of_a_list_are_its_speakers(tmp_path: Path) -> None:
    """``- _Bayesian Models of Cognition_`` over ``  - Ann Lee, Bo Wu, Cy Li``, topic after topic: the names each
    topic lists alone are the people who teach it, speakers (a guess, named); a single topic gives no one."""
    home = ("The school took place on March 25 - 31, 2019.\n\n**Topics:**\n\n- _Bayesian Models of Cognition_\n"
            "  - Ann Lee, Bo Wu, Cy Li\n- _Signal Processing of Neural Data_\n  - Di Ma, Ed Fu\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["speakers"] == ["ann-lee", "bo-wu", "cy-li", "di-ma", "ed-fu"]
    assert any("listed under the topic 'Bayesian Models of Cognition'" in n.what for n in notes)

def test_the_day_and_hours_under_a_when_heading_give_the_day_and_zone_with_no_schedule(tmp_path: Path) -> None:
    """``### When and where?`` over ``- Thursday, 16 April 2026, 14:15 – 18:00 CEST``: the line says the workshop's
    day by itself, and the zone its hours are in is the edition's zone though no schedule is read."""
    home = ("## Tiny Workshop 2026\n\n### When and where?\n- Thursday, 16 April 2026, 14:15 – 18:00 CEST\n\n"
            "- Convention Centre, Room 122\n\n## About\n\nA 180-minute workshop of group work.\n")
    edition = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", home)}))
    assert edition["date"] == dt.date(2026, 4, 16)
    assert edition["timezone"] in ("Europe/Paris", "Europe/Berlin", "Europe/Madrid")


def test_a_workshop_date_naming_another_day_it_may_be_sets_no_day(tmp_path: Path) -> None:
    """``Workshop date: **December 11 or 12, 2026** (specific day TBD by ...)``: not yet one day; the date stays in the list
    with its words, the workshop's day is left unset and MIGRATION.md says why."""
    call = ("## Important Dates\n\n- Submission deadline: **August 22, 2026**\n"
            "- Workshop date: **December 11 or 12, 2026** (specific day TBD by the conference)\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n"),
                                "_pages/cfp.md": _page("call", "/cfp/", call, "nav: true\n")})
    edition = _edition(dest)
    assert "date" not in edition
    assert [(d["name"], d["at"]) for d in edition["dates"]][-1] == ("Workshop date", dt.date(2026, 12, 11))
    assert "the workshop's day not set: the date 'Workshop date' names another day" in (
        dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_schedule_page_dated_with_one_of_two_days_confirms_neither(tmp_path: Path) -> None:
    """``**Date:** July 5 or 6, 2026`` over the schedule's table, as in the dates list: the schedule is of no one day
    either, so it does not settle the day (it would confirm the first of the two by itself)."""
    call = "## Important Dates\n\n- Submission deadline: **March 20, 2026**\n- **Workshop:** **July 5 or 6, 2026**\n"
    program = "**Date:** July 5 or 6, 2026\n\n| Time | Session |\n|---|---|\n| 09:00 | Opening |\n| 09:15 | Keynote |\n"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n"),
                                "_pages/cfp.md": _page("call", "/cfp/", call, "nav: true\n"),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", program, "nav: true\n")})
    assert "date" not in _edition(dest)
    assert "the workshop's day not set: the date 'Workshop' names another day" in (
        dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_workshop_date_naming_two_days_takes_the_one_a_sentence_says(tmp_path: Path) -> None:
    """``Workshop date: **April 26 or 27, 2026**`` on the call page, ``The workshop will be held on April 27`` on the
    home page: the 27th, one of the two, a guess named in MIGRATION.md."""
    home = "## Tiny Workshop 2026\n\nThe workshop will be held on April 27 in Room 101-B.\n"
    call = "## Important Dates\n\n- Submission deadline: **January 30, 2026**\n- Workshop date: **April 26 or 27, 2026**\n"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/cfp.md": _page("call", "/cfp/", call, "nav: true\n")})
    assert _edition(dest)["date"] == dt.date(2026, 4, 27)
    assert "one of the two the date 'Workshop date' names: 2026-04-27" in (dest / "MIGRATION.md").read_text(
        encoding="utf-8")


def test_a_workshop_day_whose_year_comes_before_every_deadline_takes_the_sentences_year(tmp_path: Path) -> None:
    """``Workshop: Saturday, July 29, 2022`` among 2023 deadlines, ``held on Saturday, July 29, 2023`` on the schedule
    page: the year is mistyped, the sentence's day is taken and MIGRATION.md names the guess."""
    call = ("## Important Dates\n\n- Submission deadline: **June 8, 2023**\n- Author notification: **June 19, 2023**\n"
            "- Workshop (in person): **Saturday, July 29, 2022**\n")
    program = "The Workshop will be held in person on Saturday, July 29, 2023, at the convention center.\n"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "## Tiny Workshop 2023\n"),
                                "_pages/cfp.md": _page("call", "/cfp/", call, "nav: true\n"),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", program, "nav: true\n")})
    assert _edition(dest)["date"] == dt.date(2023, 7, 29)
    assert "'Workshop (in person)' gives 2022-07-29, before every other date" in (dest / "MIGRATION.md").read_text(
        encoding="utf-8")


def test_a_sentence_naming_two_days_the_workshop_may_be_on_sets_no_day(tmp_path: Path) -> None:
    """``The workshop will take place on December 11 or 12, 2026``: either day, so neither is the workshop's."""
    home = "## Tiny Workshop 2026\n\nThe workshop will take place on December 11 or 12, 2026, in Sydney.\n"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert "date" not in _edition(dest)


def test_the_day_a_line_under_the_home_pages_title_opens_with(tmp_path: Path) -> None:
    """``<center>June 19, 2023, Afternoon, West 205-206</center>`` under the home page's title headings, before its
    first sentence: the workshop's day, said by itself; a dated news line further down is not."""
    home = ('<div class="row">\n  <center><h1>Tiny Challenge</h1></center>\n'
            '  <center><h2>CVPR 2023 Workshop, Vancouver, Canada</h2></center>\n'
            '  <center>June 19, 2023, Afternoon, West 205-206</center>\n</div>\n\n'
            "<p>The challenge asks how well models understand indoor scenes, with five tasks over one dataset.</p>\n\n"
            "<p>June 1, 2023, the leaderboard opened.</p>\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert _edition(dest)["date"] == dt.date(2023, 6, 19)
    assert "the workshop's day read from 'June 19, 2023, Afternoon" in (dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_the_sites_subtitle_its_banner_shows_on_every_page_is_the_editions_subtitle(tmp_path: Path) -> None:
    """``subtitle:`` in ``_config.yml`` that the layout's banner include shows (``<h2>{{ site.subtitle }}</h2>``) is
    the edition's subtitle, as the title is its name; a subtitle no layout shows is not."""
    config = CONFIG + "subtitle: From Tiny Logic to Tiny Probabilities\n"
    layout = "<html><body>{% include header.html %}\n{{ content }}\n</body></html>\n"
    header = "<div class=\"banner\"><h1>{{ site.title }}</h1>\n<h2>{{ site.subtitle | markdownify }}</h2></div>\n"
    home = "---\nlayout: default\n---\nThe workshop takes place on July 25th, 2025.\n"
    files = {"_config.yml": config, "index.md": home, "_layouts/default.html": layout}
    write_tree(tmp_path / "shown", {**files, "_includes/header.html": header})
    import_site(tmp_path / "shown", tmp_path / "site")
    assert _edition(tmp_path / "site").get("subtitle") == "From Tiny Logic to Tiny Probabilities"
    write_tree(tmp_path / "unshown", {**files, "_includes/header.html": "<h1>{{ site.title }}</h1>\n"})
    import_site(tmp_path / "unshown", tmp_path / "other")
    assert _edition(tmp_path / "other").get("subtitle") is None


def test_the_host_conference_is_the_configurations_or_a_guess_named_from_the_home_pages_words(tmp_path: Path) -> None:
    """``conference:`` in ``_config.yml`` is the edition's host conference, with its link (the archive and the
    papers' citations name it); without it, the home
    page's "a workshop at NeurIPS'24" gives it, named in MIGRATION.md as read from those words; an address
    (``neurips.tiny.2024@gmail.com``), another year's conference or a speaker's bio names none."""
    layout = "<html><body>{% include header.html %}\n{{ content }}\n</body></html>\n"
    header = "<div class=\"banner\"><h1>{{ site.title }}</h1>\n<p>{{ site.conference | markdownify }}</p></div>\n"
    home = "---\nlayout: default\n---\nThe workshop takes place on July 25th, 2025.\n"
    config = CONFIG + "conference: \"[UAI 2025 Workshop](https://www.auai.org/uai2025/)\"\n"
    write_tree(tmp_path / "src", {"_config.yml": config, "index.md": home, "_layouts/default.html": layout,
                                  "_includes/header.html": header})  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    assert _edition(tmp_path / "site")["conference"] == {"name": "UAI 2025", "url": "https://www.auai.org/uai2025/"}
    assert "host conference" not in (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")

    said = ("Write to neurips.tiny.2024@gmail.com.\n\nUnlike the ICML 2023 edition, this one is a workshop at "
            "NeurIPS'24 in Vancouver, on December 14, 2024.\n")
    site = _imported(tmp_path / "words", {"_pages/about.md": _page("Tiny Workshop 2024", "/", said)})
    assert _edition(site)["conference"] == {"name": "NeurIPS 2024"}
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/about.md:8: the host conference, NeurIPS 2024, read from 'Unlike the ICML 2023 edition" in report
    for n, said in enumerate(["At ICML 2023 we met.", "Ann Lee is a professor at MIT, best paper at ICML 2024."]):
        site = _imported(tmp_path / f"none{n}", {"_pages/about.md": _page("Tiny Workshop 2024", "/", said)})
        assert "conference" not in _edition(site)


def test_a_conference_the_configuration_names_with_its_year_is_the_host_though_not_a_known_one(tmp_path: Path) -> None:
    """``conference: "ICPP 2026"``: a conference the importer knows no name of, written with the edition's year, is
    the host all the same; a building (``venue: COEX Convention Center``) or another year's meeting is none."""
    home = "---\nlayout: default\n---\nThe workshop takes place on September 28, 2026.\n"
    site = _imported(tmp_path / "icpp", {"_config.yml": CONFIG + 'conference: "ICPP 2026"\n', "index.md": home})
    assert _edition(site)["conference"] == {"name": "ICPP 2026"}
    for n, said in enumerate(['venue: "COEX Convention Center"\n', 'conference: "ICPP 2025"\n']):
        site = _imported(tmp_path / f"none{n}", {"_config.yml": CONFIG + said, "index.md": home})
        assert "conference" not in _edition(site)


def test_a_configuration_value_the_theme_shows_and_the_new_site_does_not_is_named(tmp_path: Path) -> None:
    """A value of ``_config.yml`` that the theme's banner shows on every page (``{{ site.motto }}`` in an include
    of the default layout) and that the new site does not show is named with its line; one in the page's
    ``<head>`` or in an attribute is no text a visitor reads."""
    layout = "<html><head>{% include head.html %}</head><body>{% include header.html %}\n{{ content }}\n</body></html>\n"
    header = '<div class="banner" style="width: {{ site.width }}"><h1>{{ site.title }}</h1>\n<p>{{ site.motto }}</p></div>\n'
    head = '<meta name="keywords" content="{{ site.keywords }}"><title>{{ site.keywords }}</title>\n'
    config = CONFIG + "motto: Smaller models meet bigger questions here\nwidth: 930px\nkeywords: tiny, models, meeting\n"
    home = "---\nlayout: default\n---\nThe workshop takes place on July 25th, 2025.\n"
    write_tree(tmp_path / "src", {"_config.yml": config, "index.md": home, "_layouts/default.html": layout,
                                  "_includes/header.html": header, "_includes/head.html": head})  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    report = (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")
    assert ('_config.yml:3: not carried over (its words are not on the new site): "Smaller models meet bigger '
            'questions here", which _includes/header.html shows') in report
    assert "930px" not in report and "meeting" not in report and "_config.yml:5" not in report


def test_front_matter_a_theme_the_repository_does_not_hold_shows_is_named_when_the_new_site_does_not(
        tmp_path: Path) -> None:  # fmt: skip
    """``layout: single`` of minimal-mistakes (a remote theme: no ``_layouts/single.html`` here) shows the page's
    ``excerpt`` and its header's ``caption``; words the new site does not show are named with the line of their
    key. Its classes, an image's file and the title the new page shows are not."""
    page = ("---\nlayout: single\ntitle: Tiny Workshop\npermalink: /\nclasses: wide\nexcerpt: \"Held on "
            "October 5, 2026 in the Lisbon Congress Centre\"\nheader:\n  overlay_image: /assets/banner-1.jpg\n"
            "  caption: \"Photo of the Tagus river by Ann Lee\"\n  actions:\n    - label: btn--primary x-large\n"
            "---\nThe workshop welcomes papers on small models.\n")
    write_tree(tmp_path / "src", {"_config.yml": "title: Tiny\nremote_theme: mmistakes/minimal-mistakes\n",
                                  "_pages/about.md": page})  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    report = (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")
    named = [line for line in report.splitlines() if "which the theme's layout 'single' shows" in line]
    assert [line.split()[3] for line in named] == ["_pages/about.md:6:", "_pages/about.md:7:"], report
    assert "Lisbon Congress Centre" in named[0] and "Tagus river" in named[1]


def test_a_long_title_in_the_configuration_is_the_editions_title_over_a_description(tmp_path: Path) -> None:
    """``title: AIRS 2026`` with ``long_title: "Agentic AI in Real-World Systems"`` and a description sentence about
    the website: the long title is the edition's full title."""
    config = ('title: AIRS 2026\nlong_title: "Agentic AI in Real-World Systems"\n'
              'description: "Accepted workshop website for AIRS 2026."\n')
    write_tree(tmp_path / "src", {"_config.yml": config,
                                  "_pages/about.md": _page("Home", "/", "The workshop is on September 28, 2026.\n")})
    import_site(tmp_path / "src", tmp_path / "site")
    assert _edition(tmp_path / "site")["title"] == "Agentic AI in Real-World Systems"


def test_the_home_pages_heading_naming_the_workshop_in_full_is_its_title_over_a_description(tmp_path: Path) -> None:
    """A heading "The 2nd workshop on ..." on the home page is the edition's full title, read as a guess with its
    line; the site's ``description`` sentence is not the title then."""
    body = ('<div class="banner">\n<h2 class="title">The 2<sup>nd</sup> workshop on<br>Efficient Tiny Models (ETM)'
            "</h2>\n</div>\n\nThe workshop takes place on December 2, 2022.\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("Tiny Workshop 2022", "/", body)})
    assert _edition(site)["title"] == "The 2nd workshop on Efficient Tiny Models (ETM)"
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/about.md:7: the full title, 'The 2nd workshop on Efficient Tiny Models (ETM)', read from" in report


def test_a_site_with_no_title_is_named_by_its_home_pages_heading_not_its_menu_word(tmp_path: Path) -> None:
    """``title: ""`` in ``_config.yml`` and a home page titled "About": the workshop is named by the home page's
    first heading, a guess named in MIGRATION.md, not "About 2023"."""
    home = ('<h1 style="text-align: center;">Workshop on Tiny Training (TINY): Efficiency at Scale</h1>\n\n'
            "The workshop takes place on **December 16, 2023**.\n")
    write_tree(tmp_path / "src", {"_config.yml": 'title: ""\ndescription: A tiny workshop.\n',
                                  "about.md": _page("About", "/", home)})  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["name"] == "Workshop on Tiny Training (TINY): Efficiency at Scale 2023"
    report = (tmp_path / "out/MIGRATION.md").read_text(encoding="utf-8")
    assert "about.md:6: the workshop's name read from the home page's heading" in report


def test_a_workshop_date_naming_the_first_of_the_schedules_days(tmp_path: Path) -> None:
    """"Workshop: Monday, December 2, 2024 and Tuesday, December 3, 2024" read as its first day, beside a schedule
    of two days starting that day: the workshop runs both days."""
    home = ("## Important Dates\n\n- Workshop: Monday, December 2, 2024 and Tuesday, December 3, 2024.\n\n"
            "## December 2nd 2024\n\n| Time | Event |\n|---|---|\n| 09:00 - 09:10 | Opening |\n| 09:10 - 10:00 | Talk |\n\n"
            "## December 3rd 2024\n\n| Time | Event |\n|---|---|\n| 09:00 - 10:00 | Talk |\n| 10:00 - 10:30 | Closing |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == [dt.date(2024, 12, 2), dt.date(2024, 12, 3)]


def test_two_dates_joined_by_a_tilde_or_to_are_one_period() -> None:
    """``"2021-06-01 ~ 2021-09-12"``, ``"June 30 to July 2"``: one period from the first day to the last; two dates
    in a list are two."""
    periods = [[(f.first, f.last) for f in when.find_dates(text, 2021)]
               for text in ("2021-06-01 ~ 2021-09-12", "June 30 to July 2", "May 1, May 5")]
    assert periods == [[(dt.date(2021, 6, 1), dt.date(2021, 9, 12))], [(dt.date(2021, 6, 30), dt.date(2021, 7, 2))],
                       [(dt.date(2021, 5, 1), None), (dt.date(2021, 5, 5), None)]]  # fmt: skip


def test_a_period_across_months_takes_the_year_written_after_its_last_day() -> None:
    """``October 30-November 3, 2025`` on a page of 2026: one period of 2025, not October 30 of the page's year;
    ``December 30 – January 2, 2026`` begins the year before."""
    periods = [[(f.first, f.last) for f in when.find_dates(text, 2026)]
               for text in ("October 30-November 3, 2025", "December 30 – January 2, 2026")]
    assert periods == [[(dt.date(2025, 10, 30), dt.date(2025, 11, 3))],
                       [(dt.date(2025, 12, 30), dt.date(2026, 1, 2))]]  # fmt: skip


def test_a_dates_page_listing_each_date_in_bold_over_its_name(tmp_path: Path) -> None:
    """A page titled "Important Dates", no heading, listing ``**2021-09-17**<br>Winner announcement``: each item a
    date named by its second line; a period's last day a note; an item's lines after its name ("Testing Phase:
    2021-09-01") dates of their own, even on the same day as another of the list."""
    body = ("A tentative schedule of the challenge is as follows:\n\n"
            "- **2021-06-01 ~ 2021-09-12**<br>\nChallenge period <br>\nDevelopment Phase: 2021-06-01 ~ 2021-09-01<br>\n"
            "( <u>The test phase was postponed by two days.</u> )\n"
            "- **2021-09-17**<br>Winner announcement\n- **2021-10-11**<br>Workshop date\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "DeeperAction."),
                                "_pages/dates.md": _page("Important Dates", "/dates/", body, "nav: true\n")})
    assert [(d["name"], d["at"], d.get("note")) for d in _edition(dest)["dates"]] == [
        ("Challenge period", dt.date(2021, 6, 1), "until September 12, 2021"),
        ("Development Phase", dt.date(2021, 6, 1), "until September 1, 2021"),
        ("Winner announcement", dt.date(2021, 9, 17), None), ("Workshop date", dt.date(2021, 10, 11), None)]
    page = (dest / "docs/dates.md").read_text(encoding="utf-8")
    assert "esfomo/dates" in page and "postponed by two days" in page and "Winner" not in page


def test_long_talks_of_a_program_labelling_none_invited_and_the_zone_of_its_deadlines(tmp_path: Path) -> None:
    """No page shows the speakers and no row is labelled keynote or invited: the people of talks of half an hour or
    more are the speakers, not those of a 15-minute talk; with no zone or city named by the schedule, the zone the
    important dates are given in (CEST) is the workshop's, each a guess in MIGRATION.md."""
    home = ("## Programme\n\n| Time | Session |\n| --- | --- |\n| 08:00 – 08:05 | Opening |\n"
            "| 08:05 – 08:45 | **Why deep nets generalize** <br> **Ann Lee** – Professor, MIT |\n"
            "| 08:45 – 09:00 | **How wide nets learn** <br> **Bo Wu** – Student, ETH |\n\n"
            "## Important Dates\n\n- **Submission Deadline:** July 17, 2026 (11:59 PM CEST)\n"
            "- **Workshop Date:** October 1, 2026\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    edition = _edition(dest)
    assert (edition["speakers"], edition["timezone"]) == (["ann-lee"], "Europe/Paris")
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "a talk of 40 minutes where none is labelled invited" in report and "wrote Europe/Paris" in report


def test_a_program_shortening_a_speakers_first_name_names_that_speaker(tmp_path: Path) -> None:
    """"Leo Guibas" in the program, "Leonidas Guibas" on the speakers' cards: one person, the card's name (a guess);
    "Leo Wu", whose last name no card has, stays as written."""
    home = ("## Schedule\n\n| Event | Time |\n| --- | --- |\n| Invited Talk: Leo Guibas, *Neural objects* | 1:45pm - 2:15pm |\n"
            "| Invited Talk: Leo Wu, *Sparse scenes* | 2:15pm - 2:45pm |\n\n## Invited Speakers\n\n"
            "- **Leonidas Guibas**, Stanford University\n- **Georgia Gkioxari**, Caltech\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", f"On June 19, 2023.\n\n{home}")})
    assert [i.get("speakers") for i in _edition(dest)["schedule"]] == [["leonidas-guibas"], [{"name": "Leo Wu"}]]
    assert "the program's 'Leo Guibas' read as 'Leonidas Guibas'" in (dest / "MIGRATION.md").read_text()


def test_a_panel_row_shortening_a_panelists_first_name_names_that_panelist(tmp_path: Path) -> None:
    """"Matt Mason" in a panel's row, "Matthew Mason" on the panelists' cards: one person, the card's name (a guess,
    named), not a second panelist read from the program."""
    home = ("## Panelists\n\n- **Matthew Mason**, CMU\n- **Aaron Ames**, Caltech\n\n## Schedule\n\n"
            "| Time | Session | Panelists |\n| --- | --- | --- |\n| 09:00 - 09:15 | Welcome | Organizers |\n"
            "| 09:15 - 10:15 | Panel 1: Contact models | Matt Mason, Aaron Ames |\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", f"On June 1, 2026.\n\n{home}")})
    edition = _edition(dest)
    assert edition["panelists"] == ["matthew-mason", "aaron-ames"]
    assert edition["schedule"][1]["speakers"] == ["matthew-mason", "aaron-ames"]
    assert "the program's 'Matt Mason' read as 'Matthew Mason'" in (dest / "MIGRATION.md").read_text()


def test_a_shortened_name_in_an_html_row_over_several_lines_leaves_the_schedule_a_directive(tmp_path: Path) -> None:
    """An HTML table whose row spans lines (time, session, people each a ``<td>`` line), "Matt Mason" in the people
    cell read as the card's "Matthew Mason": the report's line about it names the row's lines, so the schedule is
    the directive, not a block kept as text for want of the words "Matt Mason"."""
    rows = "".join(f"  <tr>\n    <td>{t}</td>\n    <td>{s}</td>\n    <td>{w}</td>\n  </tr>\n" for t, s, w in [
        ("09:00 – 09:15", "Welcome", "Organizers"), ("09:15 – 10:15", "Panel 1: Contact models", "Matt Mason, Aaron Ames"),
        ("10:15 – 11:00", "Coffee break", "")])  # fmt: skip
    home = ("On June 1, 2026.\n\n## Panelists\n\n- **Matthew Mason**, CMU\n- **Aaron Ames**, Caltech\n\n## Schedule\n\n"
            f"<table>\n  <tr><th>Time</th><th>Session</th><th>Panelists</th></tr>\n{rows}</table>\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert _edition(dest)["schedule"][1]["speakers"] == ["matthew-mason", "aaron-ames"]
    assert "<!-- esfomo/schedule -->" in (dest / "docs/index.md").read_text(encoding="utf-8")
    assert "kept as text" not in (dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_program_name_one_letter_from_a_speakers_card_is_named_in_the_report(tmp_path: Path) -> None:
    """"Tim Rolff" in the program, "Tim Roff" on the speakers' cards: one of them misspelt, which is not known; both
    are kept as written and the pair named in the report. "Tim Rolf Lee" (another number of names) is not."""
    home = ("## Schedule\n\n| Event | Time |\n| --- | --- |\n| Invited Talk: Tim Rolff, *Gaze in VR* | 1:45pm - 2:15pm |\n"
            "| Invited Talk: Ann Lea, *Sparse scenes* | 2:15pm - 2:45pm |\n\n## Invited Speakers\n\n"
            "- **Tim Roff**, University of Hamburg\n- **Ann Leah Wu**, Caltech\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", f"On June 19, 2023.\n\n{home}")})
    assert [i.get("speakers") for i in _edition(dest)["schedule"]] == [[{"name": "Tim Rolff"}], [{"name": "Ann Lea"}]]
    report = (dest / "MIGRATION.md").read_text()
    assert "the program's 'Tim Rolff' and the speaker 'Tim Roff' are one letter apart" in report
    assert "'Ann Lea' and" not in report


def test_a_call_for_papers_section_under_a_heading_naming_the_dates_is_no_dates_name(tmp_path: Path) -> None:
    """``# Call for Papers & Important Dates`` over ``## Call for Papers`` (a list of topics) and ``## Important
    Dates``: the topics are no dates not understood; the dates are read."""
    body = ("# Call for Papers & Important Dates\n\n## Call for Papers\n\n- **Image Synthesis:** synthetic CT "
            "generation.\n- **Segmentation:** tumours and organs.\n\n## Important Dates\n\n"
            "- **Submission Deadline:** July 17, 2026\n- **Decision Release:** August 10, 2026\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "MIART."),
                                "_pages/call.md": _page("Call", "/call/", body, "nav: true\n")})
    assert [d["name"] for d in _edition(dest)["dates"]] == ["Submission Deadline", "Decision Release"]
    assert "not understood" not in (dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_the_day_a_date_label_gives(tmp_path: Path) -> None:
    home = "# When and Where\n\n* **Date:** 14th June, 2024\n* **Venue:** Hall B, Convention Center\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == dt.date(2024, 6, 14)


def test_a_date_naming_the_workshops_acceptance_is_not_its_day(tmp_path: Path) -> None:
    """"Workshop acceptance notification" is the day the organizers hear back, not the workshop's: with no other
    date naming the workshop, the day stays unknown rather than wrong."""
    home = ("## Important Dates\n\n| Milestone | Date |\n| --- | --- |\n"
            "| Workshop acceptance notification (to organizers) | July 11, 2026 |\n"
            "| Submission deadline | August 29, 2026 |\n| Workshop | December 2026 |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out").get("date") is None


def test_a_schedule_whose_times_count_from_the_start_is_kept_as_written(tmp_path: Path) -> None:
    """A program timed "0:00 to 0:15", "0:15 to 1:00", ... counts hours from the workshop's start: its times are no
    wall-clock times, so it is no schedule data (and gives no zone); the table stays on its page, named."""
    table = ("| Time | Session |\n| --- | --- |\n| 0:00 to 0:15 | Opening remarks |\n"
             "| 0:15 to 1:00 | Keynote I |\n| 1:00 to 2:00 | Poster session and coffee |\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "Held in Atlanta, Georgia."),
                                "_pages/schedule.md": _page("schedule", "/schedule/", f"# Schedule\n\n{table}",
                                                             "nav: true\n")})
    edition = _edition(dest)
    assert not edition.get("schedule") and not edition.get("timezone")
    assert "Poster session and coffee" in (dest / "docs/schedule.md").read_text(encoding="utf-8")
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/schedule.md" in report and "from the workshop's start" in report


def test_a_notification_date_in_brackets_after_the_workshops_month_is_not_its_day(tmp_path: Path) -> None:
    """"Workshop date: December 2026, pending acceptance (notification July 11, 2026)": the only full date is the
    notification's, in an aside; the workshop's day is not written."""
    home = ("**Workshop date:** December 2026, pending NeurIPS workshop acceptance (notification July 11, 2026)\n"
            "**Location:** to be announced\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out").get("date") is None


def test_one_date_named_two_ways_on_two_pages_names_the_one_not_kept(tmp_path: Path) -> None:
    """The home page's "Workshop acceptance notification" and the call's "Workshop acceptance", both July 11: one
    date in the data, and the other name is in MIGRATION.md with its line, not gone without a word."""
    home = "## Important Dates\n\n| Milestone | Date |\n| --- | --- |\n| Acceptance notification | July 11, 2026 |\n"
    call = ("## Important Dates\n\n| Milestone | Date |\n| --- | --- |\n| Organizers hear back | July 11, 2026 |\n"
            "| Submission deadline | August 29, 2026 |\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/call.md": _page("call", "/call/", call, "nav: true\n")})
    (kept,) = [d["name"] for d in _edition(dest)["dates"] if d["at"] == dt.date(2026, 7, 11)]
    other = ({"Acceptance notification", "Organizers hear back"} - {kept}).pop()
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert any(other in line and (".md:" in line) for line in report.splitlines())


def test_a_timeline_of_mostly_vague_dates_stays_as_written(tmp_path: Path) -> None:
    """A second timeline ("Submissions open: Mid-August 2026", ...) with one day in it is not the workshop's dates:
    its day is read, but the list stays as written rather than becoming the dates of the whole workshop."""
    home = ("## Important Dates\n\n- Submission deadline: August 29, 2026\n- Author notification: September 29, 2026\n")
    task = ("## Timeline\n\n- Workshop acceptance: July 11, 2026\n- Submissions open: Mid-August 2026\n"
            "- Top systems notified: Early October 2026\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/task.md": _page("task", "/task/", task, "nav: true\n")})
    assert "<!-- esfomo/dates -->" in (dest / "docs/index.md").read_text(encoding="utf-8")
    page = (dest / "docs/task.md").read_text(encoding="utf-8")
    assert "esfomo/dates" not in page and "Workshop acceptance: July 11, 2026" in page


def test_words_that_name_no_zone_give_none() -> None:
    assert zones.find_zone("All times Martian Standard Time.", None, None) is None
    assert zones.find_zone("Time", None, None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:00 - 9:30", ("9:00", "9:30")),
        ("08:15 -- 08:30", ("08:15", "08:30")),
        ("10:45-11:30am", ("10:45am", "11:30am")),
        ("8:30am", ("8:30am", None)),
        ("11:10 AM - 13:00 PM", ("11:10AM", "13:00")),  # a 24-hour time with a PM that says nothing more
        ("8:05 - 8:25am (20m)", ("8:05am", "8:25am")),  # the slot's length after it
        ("11:55am-12:00pm (5 min)", ("11:55am", "12:00pm")),
        ("HH:MM", None),
        ("TBD", None),
        ("0900-0915", ("09:00", "09:15")),  # a 24-hour clock written without its colon
        ("1230 - 1330", ("12:30", "13:30")),
        ("2025-2026", None),  # years, not a slot
        ("1330-1230", None),  # an end before the start: no slot
        ("09:00:00 - 09:30:00", ("09:00", "09:30")),  # the seconds say nothing more
        ("9:00 h - 9:30 h", ("9:00", "9:30")),  # the word for hours after the clock
        ("14h-15h", ("14", "15")),
    ],
)


def test_time_ranges(text: str, expected: tuple[str, str | None] | None) -> None:
    found = when.time_range(text)
    assert (found and (found[0].text, found[1].text if found[1] else None)) == expected


@pytest.mark.parametrize(
    ("value", "at", "tz", "was", "note"),
    [
        ("2023/05/14 23:59", dt.date(2023, 5, 14), "AoE", None, None),
        ("September 29th, 2023", dt.date(2023, 9, 29), "AoE", None, None),
        ("May 26, 2025, 23:59 GMT", dt.date(2025, 5, 26), "UTC", None, None),
        ("~~Aug 15, 2024~~ **Aug 28, 2024** (11:59pm, anywhere on earth)", dt.date(2024, 8, 28), "AoE",
         dt.date(2024, 8, 15), None),
        ("26 May 2025 AOE (NeurIPS supplementary deadline is 22nd)", dt.date(2025, 5, 26), "AoE", None,
         "NeurIPS supplementary deadline is 22nd"),
        ("15<sup>th</sup> December 2024", dt.date(2024, 12, 15), "AoE", None, None),
        ("Oct 7 (11:59pm, anywhere on earth)", dt.date(2024, 10, 7), "AoE", None, None),
        ("December 16th, 11:59PM PST, 2025", dt.date(2025, 12, 16), "America/Los_Angeles", None, None),  # year last
        ("May 17, 2024 (AOE) (extended from May 8!)", dt.date(2024, 5, 17), "AoE", dt.date(2024, 5, 8), None),
        ("May 8, 2024 extended to May 17, 2024", dt.date(2024, 5, 17), "AoE", dt.date(2024, 5, 8), None),
    ],
)  # fmt: skip


def test_dates_as_written(value: str, at: dt.date, tz: str, was: dt.date | None, note: str | None) -> None:
    date = dates.read_date("Deadline", value, "call.md:3", 2024)
    assert date is not None
    assert (date.at.day, date.at.tz, date.was.day if date.was else None, date.note) == (at, tz, was, note)


def test_a_date_brought_forward_keeps_the_struck_one_in_its_note_not_as_an_extension() -> None:
    """``~~May 8, 2021~~ May 7, 2021``: the 7th, no extension (``was`` must be before ``at``): "was" in the note."""
    date = dates.read_date("Workshop Date", "~~May 8, 2021~~ May 7, 2021", "index.md:41", 2021)
    assert date is not None
    assert dates.as_data(date) == {"name": "Workshop Date", "at": dt.date(2021, 5, 7), "note": "was 2021-05-08"}
    later = dates.read_date("Deadline", "~~May 8, 2021~~ May 17, 2021", "index.md:41", 2021)
    assert later is not None
    assert dates.as_data(later)["was"] == dt.date(2021, 5, 8)


@pytest.mark.parametrize(
    ("value", "at", "note"),
    [
        ("Feb 4 ‘26 (Anywhere on Earth)", dt.date(2026, 2, 4), None),
        ("Dec 20 '25", dt.date(2025, 12, 20), None),  # a deadline the year before the workshop's
        ("September 17 ’24, 11:59pm", dt.date(2024, 9, 17), None),
        ("April 26 or 27 ‘26", dt.date(2026, 4, 26), "or 27"),  # the other day the page names stays said
        ("May 3 or 4, 2026", dt.date(2026, 5, 3), "or 4"),
        # the remark's own words ("by") and its closing bracket stay; filler only at its ends is dropped
        ("**December 11 or 12, 2026** (specific day TBD by NeurIPS)", dt.date(2026, 12, 11),
         "or 12, (specific day TBD by NeurIPS)"),
    ],
)  # fmt: skip


def test_a_year_written_with_an_apostrophe_and_a_second_day_after_the_date(value: str, at: dt.date,
                                                                            note: str | None) -> None:
    """"Feb 4 ‘26" is in 2026 whatever year the edition is; a day the date leaves out ("or 27") is the date's note."""
    date = dates.read_date("Workshop date", value, "call.md:3", 2026)
    assert date is not None
    assert (date.at.day, date.note) == (at, note)


def test_dates_on_list_tags_without_items_struck_through_once_past(tmp_path: Path) -> None:
    """``<ul>Name: <s><b>date</b></s></ul>``, one a line: each line a date; a date struck through with nothing
    after it is the date, passed, not one moved."""
    page = """---\nlayout: page\ntitle: call\npermalink: /call/\nnav: true\n---\n# Important Dates
<ul>Submission due: <s><b>29th September 2022</b></s></ul>
<ul>Camera ready paper: <s><b>20th November 2022</b></s></ul>
<ul>Workshop Date: <b>3rd December 2022</b></ul>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2022)
    assert [(d.name, d.at.day, d.was) for d in found.dates] == [
        ("Submission due", dt.date(2022, 9, 29), None), ("Camera ready paper", dt.date(2022, 11, 20), None),
        ("Workshop Date", dt.date(2022, 12, 3), None),
    ]  # fmt: skip


def test_a_date_struck_through_by_a_span_style_is_the_date_moved(tmp_path: Path) -> None:
    """``<span style="text-decoration: line-through">April 30th</span> → <strong>May 30th</strong>`` in a table of
    dates: struck as ``<s>`` is, so the date is May 30th, moved from April 30th."""
    page = """---\nlayout: page\ntitle: call\npermalink: /call/\nnav: true\n---\n<h2>Important Dates</h2>
<table><thead><tr><th>Event</th><th>Date</th></tr></thead><tbody>
<tr><td><strong>Paper Submission Deadline</strong></td><td><span style="text-decoration: line-through; color: #999;">\
April 30th, 2026</span> → <strong>May 30th, 2026</strong></td></tr>
<tr><td><strong>Workshop Day</strong></td><td><strong>August 09, 2026</strong></td></tr>
</tbody></table>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [(d.name, d.at.day, d.was and d.was.day) for d in found.dates] == [
        ("Paper Submission Deadline", dt.date(2026, 5, 30), dt.date(2026, 4, 30)),
        ("Workshop Day", dt.date(2026, 8, 9), None),
    ]  # fmt: skip


def test_dates_from_the_config_struck_through_once_past_with_a_remark_in_brackets(tmp_path: Path) -> None:
    """``deadlines:`` in ``_config.yml`` shown by a loop on the home page, each date struck through once past:
    ``<s>July 14th, 2025</s> (Use the new <a>template</a>!)`` is still July 14th, the bracket its note; a
    bold italic word inside the strike (``<b><i>extended!</i></b>``) is the note's word, no emphasis mark left."""
    config = CONFIG + """deadlines:
  - item: Submission deadline
    date: <s>June 2nd, 2025 <b><i>extended!</i></b></s>
  - item: Camera-ready deadline
    date: <s>July 14th, 2025</s> (Use the new <a href="/assets/template.zip">template</a>!)
"""
    home = """---\nlayout: default\n---\n<h2>Important dates</h2>\n<ul>
{% for item in site.deadlines %}
  <li>{{ item.item }}: <strong>{{ item.date }}</strong></li>
{% endfor %}
</ul>
"""
    write_tree(tmp_path / "src", {"_config.yml": config, "index.md": home})
    import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    assert [(d["name"], d["at"], d.get("note")) for d in edition["dates"]] == [
        ("Submission deadline", dt.date(2025, 6, 2), "extended!"),
        ("Camera-ready deadline", dt.date(2025, 7, 14), "Use the new template!")]  # fmt: skip
    assert "date not understood" not in (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")


def test_a_date_name_made_long_by_an_aside_in_brackets(tmp_path: Path) -> None:
    """``- Full paper submission (all authors must have an OpenReview profile when submitting) deadline: ~~Sep 29~~
    **Oct 6**``, in a list under no dates heading: the aside does not make the name too long to be one."""
    page = """---\nlayout: page\ntitle: Call for Papers\npermalink: /call/\nnav: true\n---\nWe invite submissions.

- Full paper submission (all authors must have an OpenReview profile when submitting) deadline: ~~September 29 (AOE), \
2023~~ **October 6 (AOE), 2023**
- Author notification: **October 27 (AOE), 2023**
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2023)
    assert [(d.name, d.at.day, d.was.day if d.was else None) for d in found.dates] == [
        ("Full paper submission (all authors must have an OpenReview profile when submitting) deadline",
         dt.date(2023, 10, 6), dt.date(2023, 9, 29)),
        ("Author notification", dt.date(2023, 10, 27), None)]  # fmt: skip


def test_a_call_page_unlinked_once_its_deadlines_passed_still_gives_the_dates(tmp_path: Path) -> None:
    """A call page with ``nav: false`` that no page links (the menu swapped it for the accepted papers): no page a
    visitor reaches lists dates, so the edition's dates are read from it, each a guess that names the page; a
    hidden page of another year's dates gives none."""
    call = ("### Important Dates\n\n* Submission Deadline: October 4, 2024 (11:59pm, anywhere on earth)\n"
            "* Notification of Acceptance: October 25, 2024\n* Workshop Date: December 14, 2024\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("Tiny Workshop 2024", "/", "A workshop at NeurIPS 2024 on tiny models."),
        "_pages/call.md": _page("Call for Papers", "/call/", call, "nav: false\n"),
        "_pages/old.md": _page("Call 2019", "/call-2019/", "* Submission Deadline: May 4, 2019\n", "nav: false\n"),
    })  # fmt: skip
    edition = _edition(site)
    assert [(d["name"], d["at"]) for d in edition["dates"]] == [
        ("Submission Deadline", "2024-10-04 23:59"), ("Notification of Acceptance", dt.date(2024, 10, 25)),
        ("Workshop Date", dt.date(2024, 12, 14))]  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/call.md:9: date 'Submission Deadline': read from a page no visitor reaches" in report


def test_a_page_no_visitor_reaches_is_carried_unlisted_and_the_themes_samples_are_not(tmp_path: Path) -> None:
    """Jekyll publishes every page with front matter, linked or not: a venue page no menu lists is carried to its
    old address, its words on the new site, out of the navigation; the theme's sample pages, its menus, a redirect
    and a page of markup only are left out, each named with the reason."""
    venue = "The workshop meets in **Room 221**, second floor of the convention centre, beside the poster hall."
    site = _imported(tmp_path, {
        "_pages/about.md": _page("Tiny Workshop 2024", "/", "A workshop at NeurIPS 2024 on tiny models."),
        "_pages/venue.md": _page("Venue", "/venue/", venue, "nav: false\n"),
        "_pages/teaching.md": _page("teaching", "/teaching/", "For now, this page is a static description.",
                                    "description: Materials for courses you taught. Replace this text.\nnav: false\n"),
        "_pages/dropdown.md": _page("submenus", "/menu/", "", "nav: false\ndropdown: true\n"),
        "_pages/old.md": _page("Old", "/old/", "Moved away, to a page of its own.", "redirect_to: /venue/\n"),
        "_pages/search.md": _page("Search", "/search/", '<div class="search">\n<input type="text">\n</div>'),
    })  # fmt: skip
    out = build_site(site, strict=False, site_dir=str(tmp_path / "out"))  # MIGRATION.md's items keep --strict failing
    page = soup(out / "venue/index.html")
    assert "meets in Room 221, second floor of the convention centre" in page.select_one("article").get_text(strip=False)
    home = soup(out / "index.html")
    assert not [a for a in home.select("nav a") if (a.get("href") or "").rstrip("/").endswith("venue")]
    assert not [p for p in ["teaching", "menu", "old", "search"] if (out / p / "index.html").exists()]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/venue.md:1: page no visitor reaches (not in the navigation, linked from no page): carried to " \
           "docs/venue.md as written" in report
    assert "_pages/teaching.md:1: page no visitor reaches (the theme's sample page): not imported" in report
    assert "_pages/dropdown.md:1: page no visitor reaches (a menu of the theme, not a page): not imported" in report
    assert "_pages/old.md:1: page no visitor reaches (it sends its visitor to /venue/): not imported" in report
    assert "_pages/search.md:1: page no visitor reaches (nothing on it but the theme's markup" in report


def test_the_text_of_a_profile_is_no_page_left_out(tmp_path: Path) -> None:
    """A ``profiles`` page names a file of ``_pages`` (no front matter) for each profile's text: read with the
    profile, so the report does not call it a page Jekyll does not publish."""
    page = ("---\nlayout: profiles\ntitle: Speakers\npermalink: /speakers/\nnav: true\nprofiles:\n"
            "  - image: ann.jpg\n    content: speaker_1.md\n---\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."), "_pages/speakers.md": page,
                                "_pages/speaker_1.md": "**[Ann Lee](https://ann.org)** is a professor at MIT.\n"})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "speaker_1.md:1" not in report


def test_a_page_no_visitor_reaches_belongs_to_the_edition_it_is_named_for(tmp_path: Path) -> None:
    """An unlinked call page named for a past edition (``call23``) is carried as that edition's page."""
    site = _imported(tmp_path, {
        "_pages/about.md": _page("Tiny Workshop 2024", "/", "A workshop at NeurIPS 2024. [Last year](/2023/)."),
        "_pages/2023.md": _page("Tiny Workshop 2023", "/2023/", "The 2023 edition met in New Orleans."),
        "_pages/call23.md": _page("Call 2023", "/call23/", "Papers of at most four pages, due in the spring.",
                                  "nav: false\n"),
    })  # fmt: skip
    assert set(_editions(site)) == {"2023", "2024"}
    meta = yaml.safe_load((site / "docs/call23.md").read_text(encoding="utf-8").split("---")[1])
    assert meta == {"title": "Call 2023", "edition": "2023"}


def test_a_link_in_a_dates_name_no_field_holds_is_named(tmp_path: Path) -> None:
    """``- [**Submission deadline**](https://openreview.net/x): May 1, 2024``: the date, and MIGRATION.md names its
    link, which the dates list the new page shows in its place has no field for."""
    home = ("## Important Dates\n\n- [**Submission deadline**](https://openreview.net/group?id=tiny): May 1, 2024\n"
            "- Notification: June 1, 2024\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("Tiny Workshop 2024", "/", home)})
    assert [d["name"] for d in _edition(site)["dates"]] == ["Submission deadline", "Notification"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "date 'Submission deadline': its link https://openreview.net/group?id=tiny not kept in the data" in report


def test_a_date_written_before_its_name(tmp_path: Path) -> None:
    """``**01 Feb 2025 (00:00 UTC) ---** Challenge **Opens**``: the date first, then a dash, then its name; read so
    under a dates heading only (a news list written the same way is not a list of dates)."""
    page = """---\nlayout: page\ntitle: call\npermalink: /call/\nnav: true\n---
## News

- **01 Feb 2025 ---** Submissions are now open!

## Important Dates

- **01 Feb 2025 (00:00 UTC) ---** Challenge Development Phase **Opens** (Val)
- **7 May 2025 ---** Invited Talk Notification
- **12 Jun 2025** – Workshop
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.at.time, d.at.tz) for d in found.dates] == [
        ("Challenge Development Phase Opens (Val)", dt.date(2025, 2, 1), "00:00", "UTC"),
        ("Invited Talk Notification", dt.date(2025, 5, 7), None, "AoE"),
        ("Workshop", dt.date(2025, 6, 12), None, "AoE"),
    ]  # fmt: skip
    assert found.notes == []


def test_a_name_then_a_dash_then_its_date_struck_through_or_extended(tmp_path: Path) -> None:
    """``- Submission Deadline - February 10, 2025``: under a dates heading, the name first, a dash, then the date;
    the whole item struck through once past is still the date, and "X Extended: Y" is Y, moved from X."""
    page = """---\nlayout: page\ntitle: call\npermalink: /call/\nnav: true\n---
### Important Dates
- ~~Submission Deadline - February 10, 2025 (Anywhere on Earth)~~
- Acceptance Notification - ~~March 3rd, 2025~~
- Camera Ready Deadline - ~~April 3rd, 2025 Extended: April 9th, 2025 23:59 AoE~~
- ~~Workshop - May 05, 2025~~ Thanks to everyone who came!
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.at.time, d.was.day if d.was else None) for d in found.dates] == [
        ("Submission Deadline", dt.date(2025, 2, 10), None, None),
        ("Acceptance Notification", dt.date(2025, 3, 3), None, None),
        ("Camera Ready Deadline", dt.date(2025, 4, 9), "23:59", dt.date(2025, 4, 3)),
        ("Workshop", dt.date(2025, 5, 5), None, None),
    ]  # fmt: skip
    assert found.notes == []


def test_a_date_then_a_colon_then_its_name(tmp_path: Path) -> None:
    """``<span class="purple">February 3, 2025</span>: Submission deadline``: the date first, its name after the
    colon."""
    page = """---\nlayout: page\ntitle: call\npermalink: /call/\nnav: true\n---
<div class="infobox"><h3>Important Dates</h3>
<p><span class="purple">January 3, 2025</span>: Submissions open (see <a href="/cfp">Call for Papers</a>)</p>
<p><span class="purple">February 3, 2025</span>: Submission deadline</p>
<p><span class="purple">March 5, 2025</span>: Decisions released</p></div>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.note) for d in found.dates] == [
        ("Submissions open", dt.date(2025, 1, 3), "see Call for Papers"),
        ("Submission deadline", dt.date(2025, 2, 3), None), ("Decisions released", dt.date(2025, 3, 5), None)]


def test_a_deadline_in_a_zone_is_a_guess_to_confirm(tmp_path: Path) -> None:
    page = """---\nlayout: page\ntitle: call\npermalink: /call/\nnav: true\n---\n## Dates\n\n* Deadline: May 2, 2024 5pm PT\n"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2024)
    assert dates.as_data(found.dates[0]) == {"name": "Deadline", "at": "2024-05-02 17:00", "tz": "America/Los_Angeles"}
    assert [(n.where, n.guess) for n in found.notes] == [("_pages/call.md:9", True)]


def test_headings_match_whole_words() -> None:
    assert has_word("📆 Important Dates", "dates")
    assert not has_word("News and Updates", "dates")
    assert not has_word("Logistics", "gist")


def test_dates_under_html_headings_and_bold_lines(tmp_path: Path) -> None:
    page = """---
layout: page
title: call
permalink: /call/
nav: true
---
<h2>Important Dates</h2>

- Submissions open: 13 April 2025

**Key dates**

- Notification: June 9, 2025

## News and Updates

- Website launched: March 1, 2025
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Submissions open", dt.date(2025, 4, 13)), ("Notification", dt.date(2025, 6, 9))
    ]  # fmt: skip


def test_dates_written_date_first(tmp_path: Path) -> None:
    """``<span>January 3, 2025</span>: Submissions open`` under a dates heading: the date, then what it is; a remark
    in brackets after it, a note of the date."""
    page = """---
layout: page
title: home
permalink: /
---
<div class="infobox">
    <h3>Important Dates</h3>
    <span class="purple">January 3, 2025</span>: Submissions open (see <a href="/cfp">Call for Papers</a>)</p>
    <p><span class="purple">February 3, 2025</span>: Submission deadline</p>
    <p><span class="purple">March 5, 2025</span>: Decisions released</p>
</div>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "index.html": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.where, d.note) for d in found.dates] == [
        ("Submissions open", dt.date(2025, 1, 3), "index.html:8", "see Call for Papers"),
        ("Submission deadline", dt.date(2025, 2, 3), "index.html:9", None),
        ("Decisions released", dt.date(2025, 3, 5), "index.html:10", None),
    ]
    # the remark taken out of the name is said, with the name as the page writes it
    assert [n.what for n in found.notes] == ["date 'Submissions open (see Call for Papers)': '(see Call for Papers)' "
                                             "read as a note to the date, not part of its name"]


def test_a_deadline_marked_extended_replaces_the_one_it_moved(tmp_path: Path) -> None:
    page = """---
layout: page
title: call
permalink: /call/
nav: true
---
## Important Dates

<del>Last date for abstract submission (Extended): 22 Mar, 2025</del>

<del>Last date for abstract submission: 15 Mar, 2025</del>

Workshop: 3 and 4 April, 2025
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.was.day if d.was else None, d.at.last) for d in found.dates] == [
        ("Last date for abstract submission", dt.date(2025, 3, 22), dt.date(2025, 3, 15), None),
        ("Workshop", dt.date(2025, 4, 3), None, dt.date(2025, 4, 4)),
    ]  # fmt: skip
    assert [n.where for n in found.notes if n.guess] == ["_pages/call.md:9"]


def test_a_schedule_written_as_paragraphs_with_talks_in_details() -> None:
    markdown = """\
#### 3rd April, 2025

**07:45 - 08:15** - Breakfast

**08:30 - 09:15** — Invited talk<br>
    **Speaker:** Brian Trippe<br>
    **Title:** Generative Methods for Protein Design

**13:00 - 13:20** — Accepted lightning talks
<details>
  <summary>Lightning talks details</summary>
  13:00 - 13:10  Diffusion Preference Optimization for Scientific Design by Minkai Xu<br>
  13:10 - 13:20 Optimizing Adaptive Experiments: A Unified Approach by Chao Qin
</details>

**13:45 - 14:30** — Panel discussion<br>
    **Panelists:** Kyunghyun Cho, Andreas Krause<br>
    **Moderator:** Brian Trippe

**17:00 - 18:00** — Poster Session. Poster boards are listed [here](https://docs.example.org/boards).
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, markdown, 7, "/schedule/")
    out = schedule.find_schedule([page], set(), 2025)
    assert _flat(out) == [
        ("07:45", "break", "Breakfast", []),
        ("08:30", "invited", "Generative Methods for Protein Design", ["Brian Trippe"]),
        ("13:00", "spotlight", "Accepted lightning talks", []),
        ("13:00", "talk", "Diffusion Preference Optimization for Scientific Design", ["Minkai Xu"]),
        ("13:10", "talk", "Optimizing Adaptive Experiments: A Unified Approach", ["Chao Qin"]),
        ("13:45", "panel", "Panel discussion", ["Kyunghyun Cho", "Andreas Krause", "Brian Trippe"]),
        ("17:00", "poster", "Poster Session", []),
    ]  # fmt: skip
    poster = out.entries[-1]
    assert isinstance(poster, program.Draft) and poster.notes == ["Poster boards are listed here."]
    assert poster.link == "https://docs.example.org/boards"
    assert out.days == [dt.date(2025, 4, 3)] and out.unread == []


def test_italic_bullets_of_titles_with_their_presenter_under_a_timed_paragraph_are_its_talks() -> None:
    """``**9:30–10:45 (75min)**`` over a session's title, then bullets ``*Title (Ann Lee)*``: a session of those
    talks, each given by the name in brackets; a line between two such lists in one slot titles a second session,
    with no time of its own. Bullets that are not all "Title (Name)" stay the row's notes."""
    markdown = """\
**9:00–9:30 (30min)**<br>
Welcome

**9:30–10:45 (75min)**<br>
Design approaches (lightning talks + panel discussion)<br>
- *Prompting by Doing: Direct Manipulation (Tim Zindulka)*<br>
- *Feedforward in Generative AI (Bryan Min)*

Systems (lightning talks)
- *Schemex: Discovering Design Patterns (Sitong Wang)*

**10:45–11:10 (25min)**<br>
Coffee break
- Coffee (served)
- Demos (optional)

**11:10–12:00 (50min)**<br>
Closing
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, markdown, 7, "/schedule/")
    out = schedule.find_schedule([page], set(), 2025)
    assert [(e.title, e.time.text if e.time else None) for e in out.entries if isinstance(e, program.Session)] == [
        ("Design approaches (lightning talks + panel discussion)", "9:30"), ("Systems (lightning talks)", None)]
    assert [(title, who) for _, _, title, who in _flat(out)] == [
        ("Welcome", []), ("Prompting by Doing: Direct Manipulation", ["Tim Zindulka"]),
        ("Feedforward in Generative AI", ["Bryan Min"]), ("Schemex: Discovering Design Patterns", ["Sitong Wang"]),
        ("Coffee break", []), ("Closing", [])]  # fmt: skip
    coffee = next(e for e in out.entries if isinstance(e, program.Draft) and e.title == "Coffee break")
    assert coffee.notes == ["Coffee (served)", "Demos (optional)"]


def test_a_linked_name_is_a_speaker_and_a_numbered_kind_is_no_title() -> None:
    """Rows a loop over _data renders: ``<i>Keynote 1:</i> <a href=...>Ann Lee</a>`` is Ann Lee's talk (her page is
    hers, not the talk's), ``Orals 3: Title`` the talk Title."""
    html = """\
<table class="table">
<tr>
<td>09:00</td>
<td >Invited Talk</td>
<td >
<i>Keynote 1:</i>
<a href="https://ann.example.org">Ann Lee</a>
<br><i><b></b></i>
</td>
</tr>
<tr><td>15:00</td><td >Contributed Talk</td><td ><i>Orals 3: Kernels at Speed</i><br></td></tr>
</table>
"""
    page = jekyll.JekyllPage("schedule.md", {}, html, 7, "/schedule/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, set(), out)
    assert _flat(out) == [("09:00", "invited", None, ["Ann Lee"]), ("15:00", "oral", "Kernels at Speed", [])]
    first = out.entries[0]
    assert isinstance(first, program.Draft)
    assert (first.speakers[0].url, first.link, first.links) == ("https://ann.example.org", None, {})


def test_a_talk_written_name_then_quoted_title() -> None:
    """``Ann Lee: "Policy of Dataset Transparency"``: the speaker, then the title without its quotes."""
    out = _table("""\
| Time | Event |
| --- | --- |
| 01:30pm - 02:05pm | Ann Lee: "Policy of Dataset Transparency" |
| 02:45pm - 03:00pm | Break |
""")
    assert _flat(out) == [("01:30pm", "talk", "Policy of Dataset Transparency", ["Ann Lee"]), ("02:45pm", "break", "Break", [])]


def test_a_title_column_beside_a_session_column_and_linked_speakers() -> None:
    """``Time | Session | Speaker | Title``: the column named Title holds the talk's title and the Session column its
    kind, a row without a title is titled by its session; a speaker linked to a page of the site is a speaker."""
    html = """<table>
  <thead><tr><th>Time (ET)</th><th>Session</th><th>Speaker</th><th>Title</th></tr></thead>
  <tbody>
    <tr><td>09:10 - 09:30</td><td>Welcome address</td><td><a href="speakers#ann">Ann Lee</a></td><td></td></tr>
    <tr><td>09:30 - 10:15</td><td>Keynote talk (in-person)</td><td><a href="speakers#bo">Bo Wu</a></td>
        <td>Deep Nets at Scale</td></tr>
    <tr><td>10:15 - 10:30</td><td>Coffee break</td><td></td><td></td></tr>
    <tr><td>10:30 - 11:30</td><td>Panel discussion</td>
        <td><a href="speakers#ann">Ann Lee</a>, <a href="speakers#cy">Cy Chen</a></td><td>Governance of AI</td></tr>
  </tbody>
</table>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, html, 7, "/schedule/")
    out = schedule.find_schedule([page], set(), 2024)
    assert _flat(out) == [
        ("09:10", "remarks", "Welcome address", ["Ann Lee"]),
        ("09:30", "keynote", "Deep Nets at Scale", ["Bo Wu"]),
        ("10:15", "break", "Coffee break", []),
        ("10:30", "panel", "Governance of AI", ["Ann Lee", "Cy Chen"]),
    ]  # fmt: skip


def test_a_title_cell_that_folds_its_abstract_in_details() -> None:
    """``<details><summary>Title</summary>Abstract</details>`` in the title cell: the summary is the title, the
    rest its abstract."""
    html = """<table>
  <thead><tr><th>Time</th><th>Session</th><th>Speaker</th><th>Title</th></tr></thead>
  <tbody>
    <tr><td>09:30 - 10:15</td><td>Keynote talk</td><td>Bo Wu</td>
        <td><details><summary>Deep Nets at Scale</summary> We study nets. They are deep.</details></td></tr>
    <tr><td>10:15 - 10:30</td><td>Coffee break</td><td></td><td></td></tr>
  </tbody>
</table>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, html, 7, "/schedule/")
    out = schedule.find_schedule([page], set(), 2024)
    assert _flat(out) == [("09:30", "keynote", "Deep Nets at Scale", ["Bo Wu"]), ("10:15", "break", "Coffee break", [])]
    assert isinstance(out.entries[0], program.Draft) and out.entries[0].notes == ["We study nets. They are deep."]


def test_dates_named_by_the_headings_under_a_dates_heading(tmp_path: Path) -> None:
    page = """---
layout: page
title: call
permalink: /call/
nav: true
---
<section>
  <h2>Important Dates</h2>
  <div class="timeline-content"><h3>Submission Deadline</h3><p class="date">24 August 2025 (AoE)</p></div>
  <div class="timeline-content"><h3>Workshop Day</h3><p class="date">6/7 December 2025</p></div>
</section>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day) for d in found.dates] == [("Submission Deadline", dt.date(2025, 8, 24))]
    assert [n.what for n in found.notes] == ["date not understood, kept as text: Workshop Day: 6/7 December 2025"]


# -- schedule rows --


def _table(markdown: str) -> program.Schedule:
    page = jekyll.JekyllPage("_pages/schedule.md", {}, markdown, 7, "/schedule/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(markdown) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, {"tri dao"}, out)
    return out


def _flat(out: program.Schedule) -> list[tuple[str | None, str, str | None, list[str]]]:
    rows = []
    for entry in out.entries:
        for item in entry.items if isinstance(entry, program.Session) else [entry]:
            rows.append((item.time.text if item.time else None, item.kind, item.title, [p.name for p in item.speakers]))
    return rows


def test_a_location_column_says_where_each_row_is_beside_its_title() -> None:
    """``| Time (EST) | Location | Event |``: the event titles the row, the location is kept in its notes."""
    out = _table("""\
| Time (EST) | Location | Event |
|:------ |:------ |:----- |
| 09:30 AM | Zoom | Opening Remarks |
| 01:00 PM | Gather Town | Spotlights/Contributed Talks 1 |
| 02:15 PM |  | Coffee Break |
""")
    assert [(r[0], r[2]) for r in _flat(out)] == [
        ("09:30AM", "Opening Remarks"), ("01:00PM", "Spotlights/Contributed Talks 1"), ("02:15PM", "Coffee Break")]
    notes = [d.notes for d in out.entries if isinstance(d, program.Draft)]
    assert notes == [["Location: Zoom"], ["Location: Gather Town"], []]


def test_columns_of_ticks_are_kept_in_each_rows_notes_beside_its_title() -> None:
    """``| Start | End | Content | In-person | Virtual |`` whose last cells are ``:white_check_mark:``: marks of how each
    row is held, kept with their header in the row's notes; the content titles the row."""
    out = _table("""\
| Start | End | Content | In-person | Virtual |
|:---:|:---:|:---:|:---:|:---:|
| 09:00 | 09:05 | Introduction and Opening | :white_check_mark: | :white_check_mark: |
| 10:10 | 10:25 | Coffee break | :white_check_mark: |  |
""")
    assert [(r[0], r[2]) for r in _flat(out)] == [("09:00", "Introduction and Opening"), ("10:10", "Coffee break")]
    notes = [d.notes for d in out.entries if isinstance(d, program.Draft)]
    assert notes == [["In-person: :white_check_mark:", "Virtual: :white_check_mark:"], ["In-person: :white_check_mark:"]]


def test_start_and_end_columns_on_a_twelve_hour_clock_without_am_or_pm() -> None:
    """``| 12:00 | 01:00 | Lunch |``: an end written on a 12-hour clock reads before its start, yet the two columns
    are each slot's start and end, the content its title."""
    out = _table("""\
| Start | End | Content |
|---|---|---|
| 11:30 | 12:00 | Invited Talk 3 |
| 12:00 | 01:00 | Lunch break |
| 01:00 | 01:35 | Keynote 3 |
""")
    assert [r[2] for r in _flat(out)] == ["Invited Talk 3", "Lunch break", "Keynote 3"]


def test_a_session_no_one_gives_keeps_virtual_in_its_title() -> None:
    """``Poster Session 1 (Virtual)`` after ``Poster Session 1``: the words in parentheses name the session, so they
    stay in its title; a talk's ``(Virtual)`` says how its speaker gives it, kept as a note."""
    out = _table("| Time | Event |\n|---|---|\n| 17:00 | Poster Session 1 |\n| 18:00 | Poster Session 1 (Virtual) |\n"
                 "| 18:30 | Keynote: Ann Lee (Virtual) |\n")
    assert [(title, speakers) for _, _, title, speakers in _flat(out)] == [
        ("Poster Session 1", []), ("Poster Session 1 (Virtual)", []), (None, ["Ann Lee"])]


def test_a_duration_column_is_kept_in_each_rows_notes_beside_its_title() -> None:
    """``| Time | Session | Duration |``: the session titles the row; how long it lasts ("40 min + 5 min Q&A") is kept
    in its notes, not read as its title."""
    out = _table("""\
| Time | Session | Duration |
|:---|:---|:---|
| 9:00 | Opening Remarks | 10 min |
| 9:10 | **Invited Talk 1** | 40 min + 5 min Q&A |
| 10:25 | *Break* | 15 min |
| 2:05 | **Poster Session** | 2 hours |
""")
    assert [r[2] for r in _flat(out)] == ["Opening Remarks", "Invited Talk 1", "Break", "Poster Session"]
    notes = [d.notes for d in out.entries if isinstance(d, program.Draft)]
    assert notes == [["Duration: 10 min"], ["Duration: 40 min + 5 min Q&A"], ["Duration: 15 min"], ["Duration: 2 hours"]]


def test_a_12_am_row_after_the_mornings_rows_is_at_noon() -> None:
    """``11:00 AM``, ``12:30 AM``, ``01:00 PM``: midnight would go back in the day; read at noon, a guess reported."""
    out = _table("""\
| Time | Event |
| --- | --- |
| 11:00 AM | Panel Discussion |
| 12:30 AM | Lunch Break |
| 01:00 PM | Poster Session |
""")
    assert [r[0] for r in _flat(out)] == ["11:00AM", "12:30", "01:00PM"]
    assert [(n.where, n.guess) for n in out.notes if "noon" in n.what] == [("_pages/schedule.md:10", True)]


def test_a_table_counting_its_rows_is_a_numbered_list_not_a_program() -> None:
    """``| Poster # | Time Slot (EST) | Title |`` with rows 1, 2, 3: accepted papers with their slots, no program."""
    markdown = """\
| Poster # | GatherTown Time Slot (EST) | Title |
|:----- |:--------- |:------ |
| 1 | 1PM - 2PM | Brain-inspired Weighted Normalization |
| 2 | 1PM - 2PM | A learning gap between neuroscience and RL |
| 3 | 6PM - 7PM | Probing artificial neural networks |
"""
    page = jekyll.JekyllPage("_pages/papers.md", {}, markdown, 7, "/papers/")
    (table,) = [b for b in blocks.parse(markdown) if b.kind == "table"]
    out = program.Schedule()
    assert not rows.read_table(page, table.rows, None, set(), out)
    assert out.entries == []


def test_a_bold_title_with_a_line_under_it_and_a_column_of_names_and_affiliations() -> None:
    """``**Invited Talk**<br>by Ann Lee`` beside ``**[Ann Lee](url)**<br>MIT``: Ann Lee's untitled talk, named
    once, with her affiliation; a line carrying a bold title on (``and open discussion``) is kept in its notes, not
    its title; the speaker column is found though a row is by a group ("Organizers")."""
    out = _table("""\
| 08:30 - 08:40 | **Opening remarks** | **[Organizers](/organizers)** |
| 08:40 - 09:10 | **Invited Talk**<br>by Ann Lee | **[Ann Lee](https://ann.example.org)**<br>MIT |
| 09:20 - 09:50 | **Benchmarking Training**<br>by Bo Wu | **[Bo Wu](https://bo.example.org)**<br>ETH |
| 14:10 - 15:00 | **Poster Session**<br>and open discussion | |
""")
    assert _flat(out) == [("08:30", "remarks", "Opening remarks", []), ("08:40", "invited", None, ["Ann Lee"]),
                          ("09:20", "talk", "Benchmarking Training", ["Bo Wu"]), ("14:10", "poster", "Poster Session", [])]
    talk = out.entries[1]
    assert isinstance(talk, program.Draft)
    assert talk.speakers[0] == PersonText("Ann Lee", "MIT", "https://ann.example.org")
    assert [d.notes for d in out.entries if isinstance(d, program.Draft)][3] == ["and open discussion"]


def test_a_talk_cell_naming_its_speaker_after_by_then_its_title() -> None:
    """``**Talk** by **Ann Lee**: Title``: a talk by Ann Lee titled Title (the title's own colon kept); so the row
    ``**Talk**: Bo Wu`` among them is Bo Wu's untitled talk."""
    out = _table("""\
| 08:30-09:10  | **Talk** by **Ann Lee**: In-Context Learning: Potential and Limits |
| 09:10-09:50  | **Talk** by **Gil Ho**: [Mastering Games](https://example.org/games) |
| 11:00-11:40  | **Talk**: Bo Wu |
""")
    assert _flat(out) == [("08:30", "talk", "In-Context Learning: Potential and Limits", ["Ann Lee"]),
                          ("09:10", "talk", "Mastering Games", ["Gil Ho"]), ("11:00", "talk", None, ["Bo Wu"])]


def test_a_cell_whose_first_line_is_its_kind_then_a_bold_title_then_its_people() -> None:
    """``Invited talk 🎥 &emsp; [slides](...) <br> **Title** <br> *Ann Lee* <details>Abstract</details>``: the first
    line is the row's kind (its link to the slides a link of the row), the bold line the title, the italic one the
    speakers; a line with words before a link saying "slides" keeps the words only."""
    out = _table("""\
| Time (New Orleans) | **Morning**   |
|:-----------------------------------------------------------------:|
| 08:50 - 09:00 | Welcome speech from Organizers 🎥  &emsp; [slides](https://example.org/s) <br> *Julia Gusak* |
| 09:00 - 09:30 | Invited talk 🎥  &emsp; [slides](https://example.org/s) <br> **A data-centric view on workflows** <br> *Cy Li* <details> An abstract of the talk.</details> |
| 11:31 - 11:36 | Contributed talk 🎥 <br> **Sparse Backprop for MoE** <br> *Di Ng, Ed Fox · Flo Gu* |
| 16:00 - 16:50 | Panel Discussion 🎥 &emsp; [slides](https://example.org/s) <br>  *Cy Li, Hal Jo* |
""")
    assert [(t, k, words(title or ""), who) for t, k, title, who in _flat(out)] == [
        ("08:50", "remarks", ["welcome", "speech", "from", "organizers"], ["Julia Gusak"]),
        ("09:00", "invited", ["a", "data", "centric", "view", "on", "workflows"], ["Cy Li"]),
        ("11:31", "oral", ["sparse", "backprop", "for", "moe"], ["Di Ng", "Ed Fox", "Flo Gu"]),
        ("16:00", "panel", ["panel", "discussion"], ["Cy Li", "Hal Jo"])]  # fmt: skip
    assert out.entries[1].links == {"slides": "https://example.org/s"}


def test_a_title_wrapped_over_two_lines_of_an_html_cell_is_one_title() -> None:
    """A browser shows an HTML cell's text on one line where only its file wraps it: one title, no abstract."""
    out = _table("""<table>
<tr><th>Time</th><th>Event</th><th>Title</th><th>Speaker</th></tr>
<tr><td>9:30 - 9:55</td><td>Invited Talk</td><td><a href="/slides/ann.pdf">Fenchel Duality on Riemannian Manifolds and the
\tRiemannian Chambolle-Pock Algorithm</a></td><td><a href="https://ann.example.org">Ann Lee</a></td></tr>
</table>
""")
    (item,) = out.entries
    assert isinstance(item, program.Draft) and item.notes == []
    assert (item.title, [p.name for p in item.speakers]) == (
        "Fenchel Duality on Riemannian Manifolds and the Riemannian Chambolle-Pock Algorithm", ["Ann Lee"])


def test_a_link_to_a_file_after_the_title_on_its_line_is_the_talks_file_not_its_title() -> None:
    """``Welcome and Agenda | <a href="/assets/files/opening.pdf">Slides</a>``: the title, then its slides."""
    out = _table("""<table>
<tr><th>Time</th><th>Topic</th></tr>
<tr><td>9:00-9:15</td><td>Welcome and Agenda by the Organizers  |  <a href="/assets/files/opening.pdf">Slides</a></td></tr>
<tr><td>9:15-9:55</td><td>Ann Lee - MIT  |  <a href="https://youtu.be/x">Video</a></td></tr>
</table>
""")
    first, second = out.entries
    assert isinstance(first, program.Draft) and isinstance(second, program.Draft)
    assert (first.title, second.links) == ("Welcome and Agenda by the Organizers", {"Video": "https://youtu.be/x"})


def test_a_timed_row_naming_a_session_that_ends_where_the_next_row_starts_holds_none_of_it() -> None:
    """"14:55 - 15:35 | Coffee Break & Poster Session" then "15:35 | Invited Talk": a row of its own, not a session
    heading over the talk after it."""
    out = _table("""| Time | Event | Title | Speaker |
|---|---|---|---|
| 14:30 - 14:55 | Invited Talk | Dual RL | Ann Lee |
| 14:55 - 15:35 | **Coffee Break & Poster Session** | | |
| 15:35 - 16:00 | Invited Talk | A Dualistic View | Bo Wu |
""")
    assert not any(isinstance(e, program.Session) for e in out.entries)
    assert [(r[0], r[2], r[3]) for r in _flat(out)] == [
        ("14:30", "Dual RL", ["Ann Lee"]), ("14:55", "Coffee Break & Poster Session", []),
        ("15:35", "A Dualistic View", ["Bo Wu"])]  # fmt: skip


def test_a_bold_name_is_a_speaker_and_a_row_without_time_shares_the_slot_above() -> None:
    """``**Tri Dao**`` alone is Tri Dao's untitled talk (a speaker the site shows); ``**Ann Lee** -- Title`` is a
    talk by Ann Lee; a row with an empty time cell under a talk is another talk of the same slot."""
    out = _table("""\
| Time (PDT)    | Event                                            |
|---------------|--------------------------------------------------|
| 14:00 - 14:10 | Introduction                                     |
| 14:10 - 14:50 | **Tri Dao**                                      |
| 16:00 - 16:20 | **Ann Lee** -- The Depth Challenge               |
| 16:20 - 16:50 | **Bo Wu** – HRI _(Challenge Participant)_        |
|               | **Cy Li** – Lavreniuk _(Challenge Participant)_  |
| 17:30 - 17:40 | Closing Remarks                                  |
""")
    assert _flat(out) == [
        ("14:00", "remarks", "Introduction", []),
        ("14:10", "talk", None, ["Tri Dao"]),
        ("16:00", "talk", "The Depth Challenge", ["Ann Lee"]),
        ("16:20", "talk", "HRI (Challenge Participant)", ["Bo Wu"]),
        ("16:20", "talk", "Lavreniuk (Challenge Participant)", ["Cy Li"]),
        ("17:30", "remarks", "Closing Remarks", []),
    ]  # fmt: skip
    assert [n.what for n in out.notes if n.guess and "slot" in n.what] == [
        "schedule row 'Cy Li – Lavreniuk (Challenge Participant)': no time of its own, read as a talk of the 16:20 "
        "slot above"]


def test_a_line_that_links_a_name_names_a_speaker() -> None:
    """``*Keynote 1:*<br>[Ann Lee](https://ann.example.org)``: a line whose only link is a person's name names the
    speaker; a line of links that say "slides" stays links."""
    out = _table("""\
| Time          | Type         | Talk                                                  |
|---------------|--------------|-------------------------------------------------------|
| 09:00 - 09:30 | Invited Talk | *Keynote 1:*<br>[Ann Lee](https://ann.example.org)    |
| 09:30 - 10:00 | Oral         | Deep Nets<br>[[slides](https://x.example.org/s.pdf)]  |
""")
    assert [(t, k, s) for t, k, _, s in _flat(out)] == [("09:00", "invited", ["Ann Lee"]), ("09:30", "oral", [])]
    assert out.entries[1].title == "Deep Nets" and out.entries[1].links == {"slides": "https://x.example.org/s.pdf"}


def test_a_talk_cell_naming_its_speaker_then_its_title_in_italics_before_the_time_cell() -> None:
    """``<td>Invited Talk: Ann Lee, <i>Title</i></td><td>1:45pm - 2:15pm</td>``: the label's kind, Ann Lee's talk
    titled Title; an unknown label ending in "Talk" ("Winner Talk") is the row's label, the rest the same."""
    out = _table("""\
| Event | Time |
|---|---|
| Welcome and Introduction | 1:30pm - 1:45pm |
| Invited Talk: Ann Lee, *Why deep nets generalize* | 1:45pm - 2:15pm |
| Winner Talk: Bo Wu, *LargeKernel3D* | 2:15pm - 2:30pm |
""")
    assert _flat(out) == [("1:30pm", "remarks", "Welcome and Introduction", []),
                          ("1:45pm", "invited", "Why deep nets generalize", ["Ann Lee"]),
                          ("2:15pm", "talk", "LargeKernel3D", ["Bo Wu"])]  # fmt: skip
    assert out.entries[2].label == "Winner Talk"


def test_a_bold_title_over_a_bold_name_and_position_a_bold_remark_and_a_closing_session_last() -> None:
    """``**Title (Preliminary title)** <br> **Ann Lee** – Professor, MIT``: Ann Lee's talk, "(Preliminary title)" a
    note; ``**Accepted Contributions** *(Grouped thematically)*``: a title and a note, no one's name; the last row's
    "Closing Session" is no heading over talks."""
    out = _table("""\
| Time | Session |
| ---- | ------- |
| **08:05 – 08:45** | **Are We Solving the Right Problems? (Preliminary title)** <br> **Ann Lee** – Professor of Physics, MIT |
| **08:45 – 09:15** | **Accepted Contributions** *(Grouped thematically)* |
| **09:15 – 09:30** | **Closing Session and Best Paper Award** |
""")
    assert _flat(out) == [("08:05", "talk", "Are We Solving the Right Problems?", ["Ann Lee"]),
                          ("08:45", "talk", "Accepted Contributions", []),
                          ("09:15", "awards", "Closing Session and Best Paper Award", [])]  # fmt: skip
    first, second, _ = out.entries
    assert (first.speakers[0].affiliation, first.notes, second.notes) == (
        "Professor of Physics, MIT", ["Preliminary title"], ["Grouped thematically"])


def test_a_link_in_brackets_after_the_title_is_the_talks_file_not_its_title() -> None:
    """``Deep nets [[pdf](/slides/a.pdf)]``: the bracketed link after the title on its line is the talk's material."""
    out = _table("""\
| Time          | Talk                                                          |
|---------------|---------------------------------------------------------------|
| 09:30 - 10:00 | Why deep nets generalize [[pdf](/slides/a.pdf)]               |
| 10:00 - 10:30 | How wide nets learn [[slides](https://x.example.org/s.pdf)]   |
""")
    assert [d.title for d in out.entries] == ["Why deep nets generalize", "How wide nets learn"]
    assert out.entries[1].links == {"slides": "https://x.example.org/s.pdf"}
    assert [n.what.split(": ", 1)[1] for n in out.notes if "/slides/a.pdf" in n.what] == [
        "link to the file '/slides/a.pdf' of the old site left out"]


def test_a_link_whose_words_are_in_brackets_inside_the_titles_parentheses_is_the_rows_link() -> None:
    """``Poster Session I (Papers #1 - #25 <a href=...>[Link to Posters]</a>)``: the brackets around a link's words
    are no part of them, and a link that only says "link" before the parenthesis closes is the row's, not its title."""
    out = _table("""\
| Time          | Event                                                                                     |
|---------------|-------------------------------------------------------------------------------------------|
| 12:45 - 13:45 | Poster Session I (Papers #1 - #25 <a href="https://x.example.org/p">[Link to Posters]</a>) |
| 16:15 - 17:15 | <b>Poster Session II (Papers #26 - #50 <a href="https://x.example.org/q">[Link to Posters]</a>)</b> |
""")
    assert _flat(out) == [("12:45", "poster", "Poster Session I (Papers #1 - #25)", []),
                          ("16:15", "poster", "Poster Session II (Papers #26 - #50)", [])]  # fmt: skip
    assert [e.links for e in out.entries] == [{"Link to Posters": "https://x.example.org/p"},
                                              {"Link to Posters": "https://x.example.org/q"}]  # fmt: skip


def test_a_part_counted_after_a_dash_is_the_titles_not_a_speaker() -> None:
    """``Accepted Oral Presentations - Part I``: "Part I" counts the sessions of one title; it names no one."""
    out = _table("""\
| Time          | Event                                   |
|---------------|-----------------------------------------|
| 09:30 - 10:00 | Accepted Oral Presentations - Part I    |
| 11:30 - 12:00 | Accepted Oral Presentations - Part 2    |
""")
    assert [(title, who) for _, _, title, who in _flat(out)] == [
        ("Accepted Oral Presentations - Part I", []), ("Accepted Oral Presentations - Part 2", [])]


def test_a_link_on_the_speakers_name_is_theirs_and_a_link_on_the_title_is_the_talks() -> None:
    """``**Invited talk** - [Ann Lee](home) (MIT) : [Title](paper)``: the link on a name is the person's page, the
    link on the title the talk's, however many links the cell holds."""
    out = _table("""\
| **Time** | **Event** |
| :------: | :-------- |
| 9:00 - 9:30 | **Invited talk 1** - [Ann Lee](https://ann.example.org/) (MIT) : *Why nets generalize* |
| 11:00 - 11:15 | **Contributed Talk 1** - [Bo Wu](https://bo.example.org/) (ETH) : [Less Is More](https://openreview.net/forum?id=x1) |
""")
    rows = [(d.title, [(p.name, p.affiliation, p.url) for p in d.speakers], d.link) for d in out.entries]
    assert rows == [
        ("Why nets generalize", [("Ann Lee", "MIT", "https://ann.example.org/")], None),
        ("Less Is More", [("Bo Wu", "ETH", "https://bo.example.org/")], "https://openreview.net/forum?id=x1")]


def test_a_title_cell_opening_with_a_label_of_the_rows_kind() -> None:
    """``Contributed Talk | *Orals 1: Deep Nets: A Study*``: the cell's "Orals 1:" repeats the row's kind, the rest is
    the title; "Keynote | Vision: A Study" keeps its title whole."""
    out = _table("""\
| Time          | Type             | Talk                              |
|---------------|------------------|-----------------------------------|
| 15:00 - 15:15 | Contributed Talk | *Orals 1: Deep Nets: A Study*     |
| 15:15 - 15:30 | Keynote          | Vision: A Study                   |
| 15:30 - 16:00 | Invited Talks    | Invited talks by Ann, Bo (Vision) |
""")
    assert [(t, k, title) for t, k, title, _ in _flat(out)] == [
        ("15:00", "oral", "Deep Nets: A Study"), ("15:15", "keynote", "Vision: A Study"),
        ("15:30", "invited", "Invited talks by Ann, Bo (Vision)")]


def test_a_middle_column_that_only_labels_the_kind() -> None:
    out = _table("""\
|         | Topic    | Speaker        |
|---------|----------|----------------|
| 10:00am | **Invited Talk** | Baris Kasikci: The Quest For Fast Serving <br> **(University of Washington)** |
|         | **Orals Session 1** | |
| 10:30am | Oral    | FPTQuant: Function-Preserving Transforms for LLM Quantization |
| 3:45pm | Oral    | Hardware-Efficient Attention for Fast Decoding |
| 11:15am | **Lightning Talks**     | Spotlight Papers |
""")
    assert _flat(out) == [
        ("10:00am", "invited", "The Quest For Fast Serving", ["Baris Kasikci"]),
        ("10:30am", "oral", "FPTQuant: Function-Preserving Transforms for LLM Quantization", []),
        ("3:45pm", "oral", "Hardware-Efficient Attention for Fast Decoding", []),
        ("11:15am", "spotlight", "Spotlight Papers", []),
    ]
    assert out.entries[1].title == "Orals Session 1"  # type: ignore[union-attr]


def test_a_column_headed_details_is_what_a_row_says_beside_its_title() -> None:
    """``Time | Session | Details``: the Session column (its words in bold) is each row's title, the Details column
    what the row says beside it, kept as its abstract: not the title, and its words name no speaker."""
    out = _table("""\
<table>
  <thead><tr><th>Time</th><th>Session</th><th>Details</th></tr></thead>
  <tbody>
    <tr><td>8:30 &ndash; 8:40</td><td><strong>Opening</strong></td><td>Welcome by organizers</td></tr>
    <tr><td>8:40 &ndash; 10:00</td><td><strong>Spotlight Talks 1&ndash;3</strong></td>
        <td>20 min + 5 min Q&amp;A per speaker</td></tr>
    <tr><td>10:30 &ndash; 11:00</td><td><strong>Coffee Break &amp; Posters</strong></td><td>Accepted posters</td></tr>
    <tr><td>11:30 &ndash; 12:30</td><td><strong>Oxford-Style Debate</strong></td>
        <td>4 speakers, 2 per team, moderated by organizers</td></tr>
  </tbody>
</table>
""")
    assert [(time, title, who) for time, _, title, who in _flat(out)] == [
        ("8:30", "Opening", []),
        ("8:40", "Spotlight Talks 1–3", []),
        ("10:30", "Coffee Break & Posters", []),
        ("11:30", "Oxford-Style Debate", []),
    ]
    assert [" ".join(item.notes) for item in out.entries] == [  # type: ignore[union-attr]
        "Welcome by organizers", "20 min + 5 min Q&A per speaker", "Accepted posters",
        "4 speakers, 2 per team, moderated by organizers"]


def test_a_description_column_that_alone_fills_most_rows_titles_them() -> None:
    """``| Time | Event | Description |`` whose Event cell is empty but on the opening, the break and the closing:
    the description is all most rows say, so it titles the rows (a talk's speaker before its colon), the Event cell
    labelling the few it fills."""
    out = _table("""\
|     Time      |  Event  | Description |
| :-----------: | :-----: | :---------- |
| 09:00 – 09:05 | Opening | Welcome and foreword |
| 09:05 – 09:30 |         | Ann Lee: *Robust motion planning* |
| 09:30 – 09:55 |         | Bo Wu: *Recovering from errors* |
| 09:55 – 10:20 |  Break  | Coffee, posters, demonstrations |
| 10:20 – 10:45 |         | Panel discussion |
""")
    assert [(time, kind, title, who) for time, kind, title, who in _flat(out)] == [
        ("09:00", "remarks", "Welcome and foreword", []),
        ("09:05", "talk", "Robust motion planning", ["Ann Lee"]),
        ("09:30", "talk", "Recovering from errors", ["Bo Wu"]),
        ("09:55", "break", "Coffee, posters, demonstrations", []),
        ("10:20", "panel", "Panel discussion", []),
    ]


def test_a_length_on_a_line_of_its_own_under_a_title_is_a_note_not_a_title_word() -> None:
    """``Ann Lee: *A Title* <br> (20 mins + 5 mins Q&A)``: the bracket alone on the cell's last line only says how
    long the talk lasts (its questions too): the row's note, not its title's words; on the title's own line
    (``Closing remarks (10 mins)``) it stays in the title, as written."""
    out = _table("""\
| Time | Program |
| :--- | :------ |
| 09:05 – 09:30 | Ann Lee: *Robust motion planning* <br> (20 mins + 5 mins Q&A) |
| 09:30 – 09:40 | Bo Wu: *Limbs that fail* <br> (10 mins) |
| 09:40 – 09:50 | Closing remarks (10 mins) |
""")
    assert [(time, title, who) for time, _, title, who in _flat(out)] == [
        ("09:05", "Robust motion planning", ["Ann Lee"]),
        ("09:30", "Limbs that fail", ["Bo Wu"]),
        ("09:40", "Closing remarks (10 mins)", []),
    ]
    assert [" ".join(item.notes) for item in out.entries] == [  # type: ignore[union-attr]
        "(20 mins + 5 mins Q&A)", "(10 mins)", ""]


def test_talks_named_by_their_label_with_speakers_in_the_row() -> None:
    out = _table("""\
| **Time (PT)** | Agenda |
|---|---|
| 08:30 -- 09:00 | **Invited Talk**: Johannes Brandstetter (*JKU Linz*) |
| 09:00 -- 09:30 | Plenary Talk from Ana Silva |
| 09:30 -- 10:00 | Spotlight Talk from Bo Wu |
| 10:00 -- 10:30 | Invited Talk 3 – Fei Xia |
| 10:30 -- 11:00 | **Talk** (Tristan Deleu): Causal Discovery |
| 11:00 -- 11:30 | Invited Talk: Ann Lee <br/> Invited Talk: Cy Chen (MIT) |
| 13:00 -- 14:00 | Panel 1: Open Problems |
| | Panelists: Alex Tamkin, Albert Webson *(Tokyo)*, Hyung Won Chung |
| 14:00 -- 15:00 | **Panel Discussion with Invited Speakers** (Moderated by Philipp Hennig) |
| 15:00 -- 15:30 | Keynote 2: <b>Prof. Dr. Matthew Barth (UC Riverside)</b><br>Intelligent Transportation |
""")
    assert _flat(out) == [
        ("08:30", "invited", None, ["Johannes Brandstetter"]),
        ("09:00", "invited", None, ["Ana Silva"]),
        ("09:30", "spotlight", None, ["Bo Wu"]),
        ("10:00", "invited", None, ["Fei Xia"]),
        ("10:30", "talk", "Causal Discovery", ["Tristan Deleu"]),
        ("11:00", "invited", None, ["Ann Lee"]),
        (None, "invited", None, ["Cy Chen"]),
        ("13:00", "panel", "Open Problems", ["Alex Tamkin", "Albert Webson", "Hyung Won Chung"]),
        ("14:00", "panel", "Panel Discussion with Invited Speakers", ["Philipp Hennig"]),
        ("15:00", "keynote", "Intelligent Transportation", ["Matthew Barth"]),
    ]
    assert out.entries[0].speakers[0].affiliation == "JKU Linz"  # type: ignore[union-attr]
    assert out.zone_texts[0][0].startswith("Time (PT)")


def test_a_bold_title_and_an_aside_in_brackets_holding_a_link() -> None:
    """``**Coffee Break & Poster Session 1** (Posters listed [here](/papers/#poster-session-1))``: the bold words are
    the title, the aside (whose link closes a bracket inside it) a note; ``**Talk** (Tristan Deleu): Title`` still
    names its speaker."""
    out = _table("""\
| **Time (PST)** | **Speaker** | **Event** |
|:---:|---|---|
| 9:20 - 10:50 | -- | **Coffee Break & Poster Session 1** (Posters listed [here](/papers/#poster-session-1)) |
| 16:10 - 17:40 | -- | **Poster Session 2** (Posters listed [here](/papers/#poster-session-2)) |
""")
    assert [(time, title, who) for time, _, title, who in _flat(out)] == [
        ("9:20", "Coffee Break & Poster Session 1", []),
        ("16:10", "Poster Session 2", []),
    ]
    assert [" ".join(item.notes) for item in out.entries] == [  # type: ignore[union-attr]
        "(Posters listed here)", "(Posters listed here)"]
    assert program.split_label("**Talk** (Tristan Deleu)") == ("Talk", "", "Tristan Deleu")
    assert program.split_label("**Lunch** (on your own [map](/map))")[2] is None


def test_a_bold_title_followed_by_its_length_keeps_the_length_as_a_title_written_plain_does() -> None:
    """``**Invited Talk 1** (30 min)`` beside ``Opening Remarks (10 min)``: a bracket that only says how long the row
    lasts (``(2 x 15; 30 min)`` too) stays in the title, as on the rows not in bold; it is not a note of the row."""
    out = _table("""\
| 8:30-8:40 AM  | Opening Remarks (10 min) |
| 8:40-9:10 AM  | **Invited Talk 1** (30 min) |
| 10:55-11:20 AM  | **Competition Winner Talk** (2 x 15; 30 min) |
| 11:20 AM-12:20 PM  | **Poster Session** (Posters listed [here](/papers/)) |
| 12:20-1:00 PM  | **Oral Presentations** (10 min each) |
|||
""")
    assert [(time, title) for time, _, title, _ in _flat(out)] == [
        ("8:30AM", "Opening Remarks (10 min)"),
        ("8:40AM", "Invited Talk 1 (30 min)"),
        ("10:55AM", "Competition Winner Talk (2 x 15; 30 min)"),
        ("11:20AM", "Poster Session"),
        ("12:20PM", "Oral Presentations (10 min each)"),
    ]
    assert [" ".join(item.notes) for item in out.entries] == [  # type: ignore[union-attr]
        "", "", "", "(Posters listed here)", ""]


def test_a_name_that_writes_its_year_short_is_not_given_it_again(tmp_path: Path) -> None:
    """``title: TINY'26`` among 2026 dates: the name already says its year (``'26``), so it is not ``TINY'26 2026``;
    ``title: TINY`` still becomes ``TINY 2026``."""
    for title, expected in (("TINY'26", "TINY'26"), ("TINY’26", "TINY’26"), ("TINY", "TINY 2026")):
        root = tmp_path / slug(title)
        write_tree(root / "src", {"_config.yml": f"title: \"{title}\"\n", "_pages/about.md": _page(
            "about", "/", "## Important Dates\n\n- Submission deadline: March 1, 2026\n")})  # fmt: skip
        import_site(root / "src", root / "site")
        assert _edition(root / "site")["name"] == expected


def test_a_markdown_comment_is_not_named_as_words_left_behind(tmp_path: Path) -> None:
    """``[//]: # (A hidden note)``, Markdown's comment (a link's reference definition): no visitor reads it, so the
    report does not name its words as not carried over; the words a visitor reads still are."""
    body = "[//]: # (Drafted words nobody reads)\n[//]: # \"More drafted words\"\n\nThe workshop meets in July.\n"
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Drafted words" not in report
    assert "More drafted" not in report


def test_an_html_table_whose_cells_are_named_by_their_class_is_read_once() -> None:
    """``<td class="time">09:00 – 09:10</td><td class="event">Opening</td>``: a table, read as one; its cells'
    classes do not make it a second schedule of the same rows."""
    markdown = """<div class="section">
<h2>Tentative Program</h2>
<table class="schedule-table">
  <thead><tr><th>Time</th><th>Event</th></tr></thead>
<tbody>
  <tr><td class="time">09:00 – 09:10</td><td class="event">Introduction and Opening Remarks</td></tr>
  <tr><td class="time">09:10 – 09:40</td><td class="event">Poster Spotlights</td></tr>

  <tr><td class="time">10:00 – 10:30</td><td class="event event-break">Coffee Break</td></tr>
</tbody>
</table>
</div>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, markdown, 7, "/schedule/")
    out = schedule.find_schedule([page], set(), 2026)
    assert [(time, title) for time, _, title, _ in _flat(out)] == [
        ("09:00", "Introduction and Opening Remarks"), ("09:10", "Poster Spotlights"), ("10:00", "Coffee Break")]


def test_a_label_on_a_line_of_its_own_and_a_cell_that_is_a_link_to_a_section_of_the_page() -> None:
    """``Keynote 1 <br> Ann Lee: _Topic TBA_``: a label alone on its line, then the speaker and a title that is not
    one yet; ``[Keynote Speaker #2: Cy Chen (MIT)](#keynote-speakers)``, a cell that links a section of the old
    page, is read as its words (the link is named as left out)."""
    out = _table("""\
| Time          | Topic                            |
|---------------|----------------------------------|
| 9:10–9:40     | Keynote 1 <br> Ann Lee: _Topic TBA_       |
| 9:40–10:00    | Invited Talk 1  <br>  Bo Wu  : _Topic TBA_ |
| 10:00-10:30   | [Keynote Speaker #2: Cy Chen (MIT)](#keynote-speakers) |
| 10:30-11:00   | [Panel - Beyond Benchmarks: Learning for the Planet](#panelists) |
| 11:00-11:30   | [2 x Orals #1](#orals-1) |
""")
    assert _flat(out) == [
        ("9:10", "keynote", None, ["Ann Lee"]),
        ("9:40", "invited", None, ["Bo Wu"]),
        ("10:00", "keynote", None, ["Cy Chen"]),
        ("10:30", "panel", "Beyond Benchmarks: Learning for the Planet", []),
        ("11:00", "oral", "2 x Orals #1", []),
    ]
    assert [n.what.split(": ")[-1] for n in out.notes if "left out" in n.what] == [
        "link to '#keynote-speakers' of the old site left out", "link to '#panelists' of the old site left out",
        "link to '#orals-1' of the old site left out"]


def test_a_label_row_completed_by_a_row_of_names_keeps_the_sites_word_for_its_kind() -> None:
    """``Lightning talks`` over a row of names is a spotlight session titled as the site says, not as the kind's
    label; ``Invited Talk`` over a name stays a talk named by its kind."""
    out = _table("""\
| Time | | Event |
|:------:|------|:----:|
| 12:20 - 12:30 | | Lightning talks |
| | | Victoria Dax, Haruki Nishimura, and Abhinav Sagar |
| 12:30 - 13:00 | | Invited Talk |
| | | Ann Lee |
""")
    assert _flat(out) == [
        ("12:20", "spotlight", "Lightning talks", ["Victoria Dax", "Haruki Nishimura", "Abhinav Sagar"]),
        ("12:30", "invited", None, ["Ann Lee"]),
    ]


def test_a_bold_label_naming_no_kind_with_its_people_in_parentheses_is_the_rows_title() -> None:
    """``**Fireside Chat (<a>Ann Lee</a>, <a>Bo Wu</a>)**``: words that name no kind are the row's title, not a
    label over an untitled talk."""
    out = _table("""\
| **Time (PST)** | **Event** |
|:---:|:---|
| 15:05 - 15:55 | 🎓 **Fireside Chat (<a href="https://a.example.org/">Ann Lee</a>, <a href="https://b.example.org/">Bo Wu</a>)** |
""")
    assert _flat(out) == [("15:05", "talk", "Fireside Chat", ["Ann Lee", "Bo Wu"])]
    assert out.entries[0].label is None  # type: ignore[union-attr]


def test_rows_that_are_not_data_are_reported_with_their_line() -> None:
    out = _table("""\
| Time | Event |
|---|---|
| 08:30 | Welcome participants |
| HH:MM | **Type** (Speaker): Topic |
| whenever | Lunch |
""")
    assert [(n.where, n.what.split(":")[0]) for n in out.notes] == [
        ("_pages/schedule.md:10", "schedule row 'HH"), ("_pages/schedule.md:11", "schedule row 'whenever | Lunch'")
    ]  # fmt: skip
    assert _flat(out) == [("08:30", "remarks", "Welcome participants", []), (None, "break", "Lunch", [])]
    assert out.entries[0].guessed == "Welcome participants"  # type: ignore[union-attr]  # a kind read from a word


def test_names_are_told_from_titles() -> None:
    assert looks_like_name("Tri Dao") and looks_like_name("Noah A. Smith") and looks_like_name("Mihaela van der Schaar")
    assert not looks_like_name("FPTQuant") and not looks_like_name("Spotlight Papers")
    assert not looks_like_name("Efficient Attention Models")
    assert not looks_like_name("Oxford-Style Debate") and not looks_like_name("Fireside Chat")  # a format of event
    assert people_in(rich("Deepak Narayanan <br> *(Microsoft Research)*"))[0].affiliation == "Microsoft Research"


def test_the_online_place_of_a_session_in_brackets_is_no_speaker() -> None:
    """``Poster session (Gather Town)``: where the session meets online, not who speaks."""
    out = _table("| Time | Event |\n|---|---|\n| 13:00 - 13:30 | Lunch (offline) \\| Poster session (Gather Town) |\n"
                 "| 13:30 - 14:00 | Panel discussion (Zoom Webinar) |\n")
    assert [(title, speakers) for _, _, title, speakers in _flat(out)] == [
        ("Lunch (offline) | Poster session (Gather Town)", []), ("Panel discussion (Zoom Webinar)", [])]


def test_a_cell_that_stacks_title_speaker_abstract_and_links() -> None:
    out = _table("""\
<table>
<tr><th>Time</th><th>Type</th><th>Title & Speakers</th>
<tr>
  <td>9:05 a.m.</td>
  <td>Invited Talk<br>[<a href="assets/pdf/ann.pdf">slides</a>] [<a href="https://video.example.org/1">video</a>]</td>
  <td><i>Fast Kernels</i><br><b>Ann Lee</b> (MIT)<br><br>We show how. It is fast.</td>
<tr>
  <td>11:45 a.m.</td>
  <td>Contributed Talks</td>
  <td><i>Small Models</i><br><b>Bo Wu</b> (ETH)<br><br><i>Big Data</i><br><b>Cy Chen</b> (Oxford)</td>
<tr>
  <td>2:25 p.m.</td>
  <td>Panel Discussion</td>
  <td>Moderator: <b>Di Ma</b> (CMU)<br><b>Ed Ko</b> (MIT), <b>Fay Wu</b> (UCL),</td>
</table>
""")
    assert _flat(out) == [
        ("9:05am", "invited", "Fast Kernels", ["Ann Lee"]),
        (None, "oral", "Small Models", ["Bo Wu"]),
        (None, "oral", "Big Data", ["Cy Chen"]),
        ("2:25pm", "panel", "Panel Discussion", ["Di Ma", "Ed Ko", "Fay Wu"]),
    ]
    talk, session = out.entries[0], out.entries[1]
    assert isinstance(talk, program.Draft) and isinstance(session, program.Session)
    assert talk.links == {"video": "https://video.example.org/1"} and talk.notes == ["We show how. It is fast."]
    assert (session.title, session.time.text if session.time else None) == ("Contributed Talks", "11:45am")
    assert [n.what for n in out.notes] == [
        "schedule row '9:05 a.m. | Invited Talk [slides] [video] | Fast Kernels Ann Lee (MIT) We show how. It is…': "
        "link to the file 'assets/pdf/ann.pdf' of the old site left out"
    ]


def test_a_kramdown_table_without_header_on_a_12_hour_clock() -> None:
    """kramdown needs no header row; "01:00" after "12:00" is 1pm; a talk's title may be on the row under it."""
    out = _table("""\
|-------------|:-------------|
|__AM__||
| 11:20 - 12:00 | Keynote: <b>John Langford</b> |
| | &nbsp;&nbsp;<i>Contextual Bandit Systems</i>
| 12:00 - 01:00 | Lunch break
| 01:00 - 02:00 | Panel: <b>Omer Gott</b>, <b>Cathy Wu</b> |
|| <i>Challenges of Deployment</i>
| 02:00 - 02:40 | Opening remarks | Organizers |
""")
    assert _flat(out) == [
        ("11:20", "keynote", "Contextual Bandit Systems", ["John Langford"]),
        ("12:00", "break", "Lunch break", []),
        ("13:00", "panel", "Challenges of Deployment", ["Omer Gott", "Cathy Wu"]),
        ("14:00", "remarks", "Opening remarks", []),
    ]
    assert [(n.where, n.guess) for n in out.notes if "afternoon" in n.what] == [
        ("_pages/schedule.md:11", True), ("_pages/schedule.md:12", True), ("_pages/schedule.md:14", True)
    ]  # fmt: skip


def test_html_cells_with_a_bold_title_over_the_speaker_and_a_panel_row() -> None:
    html = """\
<table>
<tr><th>San Diego Time (PST)</th><th>Type</th><th>Title & Speakers</th></tr>
<tr><td>11:10 - 11:20</td><td>Contributed Talks</td><td><b> Ambient Diffusion Omni </b><br>
<br>Giannis Daras<i></i></td></tr>
<tr><td>12:30 - 13:30</td><td>Panel Session</td><td><b>Is inference still relevant?</b><br>
<br> Ann Lee, Bo Wu <i></i></td></tr>
<tr><td>13:30 - 14:00</td><td>Invited Talk</td><td><b> Video models </b><br> Cy Chen <i> </i></td></tr>
<tr><td>14:00 - 14:30</td><td>Invited Talk</td><td><b>Yann Lecun</b><br>Ambient Diffusion</td></tr>
</table>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {}, html, 7, "/schedule/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, {"yann lecun"}, out)  # a speaker the site's cards show
    assert _flat(out) == [
        ("11:10", "oral", "Ambient Diffusion Omni", ["Giannis Daras"]),
        ("12:30", "panel", "Is inference still relevant?", ["Ann Lee", "Bo Wu"]),
        ("13:30", "invited", "Video models", ["Cy Chen"]),
        ("14:00", "invited", "Ambient Diffusion", ["Yann Lecun"]),
    ]  # fmt: skip


def test_html_cells_with_a_title_reading_like_a_name_over_a_speaker_with_an_italic_affiliation() -> None:
    """``<b>Sketched Wasserstein Distances</b><br>Ann Lee<i> (MIT)</i>``: both lines read like a name, but the bold one
    bears no affiliation and the one under it is a name with its affiliation in italic parentheses: the bold line is
    the title. A slot that runs to ``...`` has a start and no end."""
    html = """\
<table>
<tr><th>EST</th><th>Type</th><th>Title & Speakers</th></tr>
<tr><td>14:00 - 14:30</td><td>Invited Talk</td><td><b>Diffusion Schrodinger Bridge Matching</b>
  <br>Ann Lee<i> (University of Oxford)</i></td></tr>
<tr><td>14:30 - 15:00</td><td>Invited Talk</td><td><b>Sketched Wasserstein Distances</b>
  <br> Bo Wu<i> (Cornell University)</i></td></tr>
<tr><td>17:15 - ...</td><td></td><td>Poster Session and hangout</td></tr>
</table>
"""
    out = _table(html)
    assert _flat(out) == [
        ("14:00", "invited", "Diffusion Schrodinger Bridge Matching", ["Ann Lee"]),
        ("14:30", "invited", "Sketched Wasserstein Distances", ["Bo Wu"]),
        ("17:15", "poster", "Poster Session and hangout", []),
    ]  # fmt: skip
    drafts = [e for e in out.entries if isinstance(e, program.Draft)]
    assert drafts[0].speakers[0].affiliation == "University of Oxford" and drafts[-1].end is None


def test_a_quoted_title_then_its_authors_and_a_link_to_a_file_of_the_old_site() -> None:
    html = """\
<table><tbody>
<tr><td>9:10 AM - 9:50 AM</td><td><b>[Keynote Talk]</b> "<i>Reasoning shortcuts</i>" - <a href="https://a.org">Ann Lee</a></td></tr>
<tr><td>9:50 AM - 9:56 AM</td><td><b>[Oral Presentation]</b> <a href="assets/pdf/4.pdf">"<i>Graph Models</i>" - Bo Wu,  Cy Li,  and  Di Ma</a></td></tr>
</tbody></table>
"""
    out = _table(html)
    assert _flat(out) == [
        ("9:10AM", "keynote", "Reasoning shortcuts", ["Ann Lee"]),
        ("9:50AM", "oral", "Graph Models", ["Bo Wu", "Cy Li", "Di Ma"]),
    ]  # fmt: skip
    assert [n.where for n in out.notes if "assets/pdf/4.pdf" in n.what] == ["_pages/schedule.md:9"]


def test_cells_of_parts_named_by_their_class_give_the_titled_part() -> None:
    html = """\
<table class="schedule-table"><thead><tr><th>Time</th><th>Event</th></tr></thead><tbody>
<tr><td class="time-cell">08:55–09:00</td><td class="event-cell"><div class="event-content">
  <span class="event-title">Opening Remarks</span>
  <span class="event-type opening">Welcome</span>
</div></td></tr>
<tr><td class="time-cell">10:10–10:55</td><td class="event-cell"><div class="event-content">
  <span class="event-title">Poster Session 1</span>
  <span class="event-subtitle">Morning coffee break</span>
</div></td></tr>
</tbody></table>
"""
    out = _table(html)
    assert _flat(out) == [("08:55", "remarks", "Opening Remarks", []), ("10:10", "poster", "Poster Session 1", [])]
    assert [e.notes for e in out.entries if isinstance(e, program.Draft)] == [["Welcome"], ["Morning coffee break"]]


def test_a_part_of_nothing_but_names_beside_the_titled_part_names_its_speakers() -> None:
    """``<span class="talk-title">`` then ``<span class="details">Ann Lee, Bo Wu</span>``: a part whose class names
    no role holds the talk's people when all it says are names; a title that reads like a name ("Tiny Gallery")
    stays the title, as the part titled so."""
    out = _table("""\
<table class="programme-table"><tbody>
<tr><td class="time-col">9:40</td><td>
  <span class="talk-title">Certification of True Formulas in Expansion-Based Solving</span>
  <span class="details">Ann Lee, Bo Wu, Cy Li</span>
</td></tr>
<tr><td class="time-col">11:50</td><td>
  <span class="talk-title">Tiny Gallery</span>
  <span class="details">Di Ma, Ed Fox</span>
</td></tr>
</tbody></table>
""")
    assert _flat(out) == [
        ("9:40", "talk", "Certification of True Formulas in Expansion-Based Solving", ["Ann Lee", "Bo Wu", "Cy Li"]),
        ("11:50", "talk", "Tiny Gallery", ["Di Ma", "Ed Fox"]),
    ]  # fmt: skip


def test_a_numbered_session_a_dash_and_its_topic_names_no_one() -> None:
    """``Session 4 - Model Counting, Sampling and Synthesis``: the topic of a block of talks, however much its
    words read like a name and where she works."""
    for said in ("Session 4 - Model Counting, Sampling and Synthesis",
                 "Session 3 - Proof Complexity (PC and Joint Session)", "Part II: Agents, Tools"):  # fmt: skip
        talk = program.who_and_title(said)
        assert (talk.title, talk.people) == (said, [])


def test_where_a_talks_paper_was_submitted_after_its_title_is_said_beside_it() -> None:
    """``Title (PC submission)``: the track the paper was sent to, a note, not part of the title."""
    assert cells.attendance("A Boolean static proof system for Formulas (PC submission)") == (
        "A Boolean static proof system for Formulas", ["PC submission"])
    assert cells.attendance("Low-Cost Reconstruction (Short Paper)") == ("Low-Cost Reconstruction (Short Paper)", [])


def test_a_programme_committee_alone_on_the_organisation_page_is_the_organizers(tmp_path: Path) -> None:
    """The page the site calls "Organisation" lists one group, headed "Programme Committee": the people who run
    the workshop, said as a guess; beside organizers of their own, a programme committee reviews (no role)."""
    alone = "<h4>Programme Committee</h4>\n\n- Ann Lee, University of Jena, Germany\n- Bo Wu, TU Wien, Austria\n"
    found = _found_people(tmp_path / "a", {"_pages/organisation.md": _page("Organisation", "/organisation/", alone,
                                                                             "nav: true\n")})  # fmt: skip
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "organizers"), ("Bo Wu", "organizers")]
    assert any("Programme Committee" in n.what and n.guess for n in found.notes)
    both = "## Organizers\n\n- Cy Li, MIT\n- Di Ma, ETH\n\n" + alone
    found = _found_people(tmp_path / "b", {"_pages/organisation.md": _page("Organisation", "/organisation/", both,
                                                                             "nav: true\n")})  # fmt: skip
    assert [(p.name, p.role) for p in found.people] == [("Cy Li", "organizers"), ("Di Ma", "organizers")]


def test_a_cell_over_two_columns_leaves_the_next_cells_under_their_own_header() -> None:
    """``colspan``: a title over two columns (one of them an icon), then the presenter, under a header that spans
    the title's two columns; the label in parentheses before a title ("(Spotlight 2) Title") is a label."""
    out = _table("""\
<table>
<tr><th>Time</th><th colspan="2">Title</th><th>Presenter</th></tr>
<tr><td>9:00AM - 9:30AM</td><td>(<b>KeyNote Talk</b>) Small Models</td>
  <td><center><a href="" data-bs-toggle="modal"><i class="bi bi-info-circle"></i></a></center></td>
  <td><b>Ann Lee</b></td></tr>
<tr><td>9:30AM - 10:00AM</td><td colspan='3'>Coffee Break</td></tr>
<tr><td>10:00AM - 10:06AM</td><td colspan=2>(<b>Spotlight 2</b>) Tiny Nets</td><td><b>Bo Wu</b></td></tr>
</table>
""")
    assert _flat(out) == [
        ("9:00AM", "keynote", "Small Models", ["Ann Lee"]),
        ("9:30AM", "break", "Coffee Break", []),
        ("10:00AM", "spotlight", "Tiny Nets", ["Bo Wu"]),
    ]  # fmt: skip


def test_a_table_copied_from_a_conference_site_without_a_header() -> None:
    """The first row in <thead> is a row of the program; times start with the weekday; each title is followed by
    its kind in parentheses and an empty link; the column no header names holds people joined by " · "."""
    out = _table("""\
<table class="tg">
<thead>
  <tr><th>Sat 7:30 a.m. - 8:00 a.m.</th>
    <th><a href="https://neurips.cc/virtual/2022/workshop/1#a"><span>Meet and Greet</span></a><a href="https://neurips.cc/virtual/2022/workshop/1#a"> </a><span>(Break)</span></th>
    <th></th></tr>
</thead>
<tbody>
  <tr><td><br>Sat 8:10 a.m. - 8:55 a.m.</td>
    <td><a href="https://neurips.cc/virtual/2022/workshop/1#b"><span>Learning Gaze Control</span></a><a href="https://neurips.cc/virtual/2022/workshop/1#b"> </a><span>(Keynote)</span></td>
    <td>Ann Lee</td></tr>
  <tr><td><br>Sat 12:30 p.m. - 1:30 p.m.</td>
    <td><a href="https://neurips.cc/virtual/2022/workshop/1#c"><span>Time-to-Saccade Metrics</span></a><span>(Poster)</span></td>
    <td>Bo Wu · Joël Küchler · Cy Li</td></tr>
  <tr><td><br>Sat 2:30 p.m. - 3:30 p.m.</td>
    <td><span>Breakout session</span> <span>(Discussion within small groups)</span></td><td></td></tr>
</tbody>
</table>
""")  # fmt: skip
    assert _flat(out) == [
        ("7:30am", "break", "Meet and Greet", []),
        ("8:10am", "keynote", "Learning Gaze Control", ["Ann Lee"]),
        ("12:30pm", "poster", "Time-to-Saccade Metrics", ["Bo Wu", "Joël Küchler", "Cy Li"]),
        ("2:30pm", "talk", "Breakout session", []),  # among titles followed by their kind: "(...)" is its label
    ]  # fmt: skip
    assert [e.link for e in out.entries if isinstance(e, program.Draft)][1] == "https://neurips.cc/virtual/2022/workshop/1#b"


def test_a_kind_in_brackets_linked_on_its_own_after_the_linked_title() -> None:
    """``<a href=talk>Title</a><a href=paper>(Spotlight)</a>``: the bracket is the row's kind, not words of its
    title, and its address (the paper) is the talk's link as the title's is."""
    out = _table("""\
<table>
  <tr><td>Sat 10:30 a.m. - 10:45 a.m.</td>
    <td><a href="https://neurips.cc/virtual/2023/1"><span>Gaze Estimation in Videos </span></a><a href="https://openreview.net/forum?id=a"> <span>(Spotlight)</span></a></td>
    <td>Ann Lee · Bo Wu</td></tr>
  <tr><td>Sat 10:45 a.m. - 11:00 a.m.</td>
    <td><a href="https://neurips.cc/virtual/2023/2"><span>Planning by Active Sensing</span></a><a href="https://openreview.net/forum?id=b"><span>(Spotlight)</span></a></td>
    <td>Cy Li</td></tr>
</table>
""")  # fmt: skip
    assert _flat(out) == [
        ("10:30am", "spotlight", "Gaze Estimation in Videos", ["Ann Lee", "Bo Wu"]),
        ("10:45am", "spotlight", "Planning by Active Sensing", ["Cy Li"]),
    ]  # fmt: skip
    first = next(e for e in out.entries if isinstance(e, program.Draft))
    assert (first.link, first.links) == ("https://neurips.cc/virtual/2023/1", {"Spotlight": "https://openreview.net/forum?id=a"})


def test_titles_that_open_with_their_kind_do_not_count_against_the_kinds_after_the_others() -> None:
    """Most rows read "Title (Spotlight)", two "Invited Talk: Title": the bracket after a break's name is then its
    label too (``Lunch (Lunch and Poster Walk-Around)``), not words of its title."""
    out = _table("""\
| Time | Event | Speakers |
| --- | --- | --- |
| 8:00 - 8:30 | Meet and Greet (Break) | |
| 8:30 - 9:15 | Invited Talk: Gaze on Phones | Ann Lee |
| 9:15 - 10:00 | Invited Talk: Gaze in VR | Bo Wu |
| 10:00 - 10:15 | Tiny Nets (Spotlight) | Cy Li |
| 10:15 - 11:45 | Lunch (Lunch and Poster Walk-Around) | |
""")
    assert [(t, title) for t, _, title, _ in _flat(out)] == [
        ("8:00", "Meet and Greet"), ("8:30", "Gaze on Phones"), ("9:15", "Gaze in VR"), ("10:00", "Tiny Nets"),
        ("10:15", "Lunch")]  # fmt: skip


def test_a_label_with_its_number_run_in_and_a_link_closed_by_a_slash_tag() -> None:
    """"Contributed Talk7:" is "Contributed Talk 7:"; ``<a ...>Title<a/>`` ends the link where a browser does."""
    out = _table("""\
|Time | Talk Title | Speaker |
| --- | --- | --- |
|02:15 - 02:40 |Keynote speaker2:  <a href ="https://iclr.cc/virtual/2024/1" target ="_blank"> Machine Learning <a/>| <a href ="https://ann.example.org" target ="_blank"> Ann Lee  </a> |
|04:15 - 04:25 |Contributed Talk7:  <a href="https://iclr.cc/virtual/2024/2" target="_blank">	Sharp Minima </a> |Bo Wu|
""")  # fmt: skip
    assert _flat(out) == [("02:15", "keynote", "Machine Learning", ["Ann Lee"]), ("04:15", "oral", "Sharp Minima", ["Bo Wu"])]


def test_a_speaker_column_that_names_a_group_names_no_one() -> None:
    out = _table("""\
| Start Time (CST) | Session | Speaker(s) |
|:---|:---|:---|
| 08:55 am | Opening Remarks | Organizers |
| 09:00 am | **Invited Talk 1:** A Blessing in Disguise | Yiming Li |
| 03:00 pm | **Poster Session** | Paper Authors |
""")
    assert _flat(out) == [
        ("08:55am", "remarks", "Opening Remarks", []),
        ("09:00am", "invited", "A Blessing in Disguise", ["Yiming Li"]),
        ("03:00pm", "poster", "Poster Session", []),
    ]


def test_a_moderator_at_the_end_of_a_panel_and_a_link_that_only_says_link() -> None:
    out = _table("""\
| Time (HST) | Event |
|---|---|
| 7:30 | Virtual Posters (1:30 PM in Beijing) [find link here](https://icml.cc/virtual/2024/workshop/1) |
| 13:00 | Panel Discussion: **Ada Park**, **Ben T.K. Ross**, moderated by **Cleo Hart** |
| 14:00 | Oral 1: [Mitigate Position Bias](https://openreview.net/forum?id=1) |
""")
    assert _flat(out) == [
        ("7:30", "poster", "Virtual Posters (1:30 PM in Beijing)", []),
        ("13:00", "panel", "Panel Discussion", ["Ada Park", "Ben T.K. Ross", "Cleo Hart"]),
        ("14:00", "oral", "Mitigate Position Bias", []),
    ]
    posters, _, oral = out.entries
    assert isinstance(posters, program.Draft) and isinstance(oral, program.Draft)
    assert posters.links == {"find link here": "https://icml.cc/virtual/2024/workshop/1"}
    assert oral.link == "https://openreview.net/forum?id=1"


def test_a_title_too_long_to_be_a_title_is_a_guess_to_confirm() -> None:
    long = "A Talk " + "and its abstract, which goes on " * 6
    out = _table(f"| Time | Event |\n|---|---|\n| 9:00 | {long} |\n| 9:30 | A Short Title |\n")
    assert [(n.where, n.guess, long.strip() in n.what) for n in out.notes] == [("_pages/schedule.md:9", True, True)]


def test_a_first_row_that_names_the_columns_is_the_header() -> None:
    out = _table("<table>\n<tr><td><b>Time</b></td><td><b>Event</b></td></tr>\n<tr><td>9:00</td><td>Opening</td></tr>\n"
                 "<tr><td>9:10</td><td>Fast Kernels</td></tr>\n</table>\n")  # fmt: skip
    assert [r[0] for r in _flat(out)] == ["9:00", "9:10"] and out.notes == []
    assert out.zone_texts[0][0] == "Time Event"


def test_a_talk_named_only_by_its_speaker_takes_its_title_from_the_talk_details_below() -> None:
    markdown = """\
| Time | Event |
|---|---|
| 9:20 AM | *Invited Speaker*: **Ann Lee** |
| 10:00 AM | *Invited Speaker*: **Bo Wu** |
| 10:40 AM | *Invited Speaker*: **Cy Park** |

## Talk Details

### Ann Lee
<div class="abstract">
<strong>Title:</strong> Weak-to-strong generalization<br><br>
<strong>Abstract:</strong> Widely used alignment techniques rely on people.
</div>

### Cy Park
<div class="abstract">
<strong>Abstract:</strong> No title given.
</div>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, markdown, 7, "/schedule/")
    out = schedule.find_schedule([page], set(), 2025)
    assert [(r[2], r[3]) for r in _flat(out)] == [
        ("Weak-to-strong generalization", ["Ann Lee"]), (None, ["Bo Wu"]), (None, ["Cy Park"])]
    assert [(n.where, n.guess) for n in out.notes if "Weak-to-strong" in n.what] == [("_pages/schedule.md:9", True)]


def test_a_talk_of_two_speakers_takes_its_title_from_the_details_section_naming_both() -> None:
    """``## Ann Lee & Bo Wu`` over ``**Title:** ...``: the title of the one untitled row whose speakers are those two;
    a row of only one of them, or a section naming a third person, takes nothing."""
    markdown = """\
| Event | | Time |
| :--- | --- | :--- |
| Invited Talk | Ann Lee & Bo Wu | 9:00-9:45am |
| Invited Talk | Cy Park | 9:45-10:30am |
| Invited Talk | Di Ng and Ed Ruiz | 10:30-11:15am |

# Talk Details

## Ann Lee & Bo Wu

**Title:** Fine-Tuning without Distortion

## Di Ng, Ed Ruiz and Flo Tan (Debate)

**Title:** Not Their Talk
"""
    page = jekyll.JekyllPage("program.markdown", {"title": "Program"}, markdown, 6, "/Program/")
    out = schedule.find_schedule([page], set(), 2022)
    assert [(r[2], r[3]) for r in _flat(out)] == [
        ("Fine-Tuning without Distortion", ["Ann Lee", "Bo Wu"]), (None, ["Cy Park"]), (None, ["Di Ng", "Ed Ruiz"])]
    assert [n.guess for n in out.notes if "Fine-Tuning without Distortion" in n.what] == [True]


@pytest.mark.parametrize("heading", ["Invited Debaters", "Debaters", "Debate"])
def test_the_debaters_of_a_debate_are_its_panelists(heading: str) -> None:
    """"Invited Debaters": the two sides of a debate sit as a panel does, apart from the invited speakers."""
    assert role_of(heading) == "panelists"


def test_a_remark_in_italics_after_a_block_of_talks_is_part_of_its_title() -> None:
    """``Oral Presentations — *Announcing Best Papers*`` titles a block of talks; one talk's label keeps its title."""
    out = _table("| Time | Event |\n|---|---|\n| 4:15 PM | Oral Presentations — *Announcing Best Papers* |\n"
                 "| 5:10 PM | Invited Talk — *Ann Lee* |\n| 5:30 PM | Oral Presentations — Session 2 |\n")  # fmt: skip
    assert [(r[1], r[2]) for r in _flat(out)] == [
        ("oral", "Oral Presentations — Announcing Best Papers"), ("invited", None), ("oral", "Session 2")]


def test_a_time_a_little_before_the_last_afternoon_row_stays_in_the_afternoon() -> None:
    """``04:40`` then ``04:30`` (a slip) then ``05:10``, on a 12-hour clock without pm: all in the afternoon."""
    out = _table("| Time | Event |\n|---|---|\n| 11:20 | Discussion |\n| 01:00 | Talk 4 |\n| 04:40 | Talk 8 |\n"
                 "| 04:30 | Discussion |\n| 05:10 | Panel |\n| 06:00 | Closing |\n")  # fmt: skip
    assert [r[0] for r in _flat(out)] == ["11:20", "13:00", "16:40", "16:30", "17:10", "18:00"]
    assert [n.what for n in out.notes if "04:30" in n.what] == ["time '04:30' read as 16:30, in the afternoon"]


def test_a_24_hour_table_is_never_moved_to_the_afternoon() -> None:
    out = _table("| Time | Event |\n|---|---|\n| 16:00 | Posters |\n| 9:00 | Day two opens |\n")
    assert [r[0] for r in _flat(out)] == ["16:00", "9:00"]


def test_a_title_that_reads_like_a_name_among_titled_rows_of_its_label() -> None:
    out = _table("""\
| Time | Event |
|---|---|
| 12:00 | **Contributed talk**: Molecular Docking with Diffusion Models |
| 12:10 | **Contributed talk**: Statistical Efficiency of Score Matching |
| 12:20 | **Contributed talk**: Multiresolution Textual Inversion |
| 13:00 | **Invited talk**: Ann Lee |
""")
    assert [(r[2], r[3]) for r in _flat(out)][2:] == [("Multiresolution Textual Inversion", []), (None, ["Ann Lee"])]
    assert [(n.where, n.guess) for n in out.notes] == [("_pages/schedule.md:11", True)]


# -- reading the site as Jekyll does --

PAGE = "---\nlayout: page\ntitle: {title}\npermalink: {url}\n{extra}---\n{body}\n"


def _page(title: str, url: str, body: str = "", extra: str = "") -> str:
    return PAGE.format(title=title, url=url, extra=extra, body=body)


def test_links_and_images_in_html_a_page_keeps_lead_where_the_built_site_serves_them(tmp_path: Path) -> None:
    """MkDocs rewrites the links of Markdown, not those of HTML kept as HTML: an ``<a href>`` or ``<img src>`` there
    is written as the address the built site serves (``/2026/`` at ``2026/``, from a page served one folder down)."""
    cards = ('<div class="editions"><a href="/2026/">2026 edition</a> <a href="/call/">Call</a>'
             '<img src="/assets/img/logo.png" alt="logo"></div>')
    files = {"_config.yml": CONFIG + "url: https://tiny.example.org\n",
             "_pages/about.md": _page("about", "/", cards),
             "_pages/call.md": _page("Call", "/call/", "Submit by **May 1, 2026**.", "nav: true\n"),
             "_pages/2026.md": _page("2026", "/2026/", '<p><a href="/call/">the call</a>'
                                     '<img src="/assets/img/logo.png" alt="logo"></p>', "nav: true\n"),
             "assets/img/logo.png": b"\x89PNG stand-in"}
    write_tree(tmp_path / "src", files)
    import_site(tmp_path / "src", tmp_path / "out")
    built = build_site(tmp_path / "out", strict=False)
    for page in ("index.html", "2026/index.html"):
        html = soup(built / page)
        for address in [a["href"] for a in html.select("article a[href]")] + [i["src"] for i in html.select("article img")]:
            if address.startswith(("http", "#", "mailto:")) or "esfomo" in address:
                continue
            served = (built / page).parent / address.split("#")[0]
            assert (served / "index.html" if served.is_dir() else served).is_file(), (page, address)


def test_the_pages_a_visitor_reaches(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "_config.yml": CONFIG,
        "index.md": "---\nredirect_to: /about/\n---\n",
        "_pages/about.md": _page("about", "/about/", "See the [program](/program/).", "nav: true\n"),
        "_pages/program.md": _page("program", "/program/"),
        "_pages/old-call.md": _page("call", "/call-2023/", "Last year's dates.", "nav: false\n"),
        "_pages/papers.md": _page("papers", "/papers/", "", "nav: 1\n"),
        "_pages/commented.md": "<!-- ---\nlayout: page\n--- -->\nOld.\n",
    })  # fmt: skip
    site = jekyll.read_site(tmp_path)
    shown, hidden = reach.reachable(site)
    assert [p.url for p in shown] == ["/about/", "/papers/", "/program/"]
    assert [(p.url, p.bare) for p in hidden] == [("/call-2023/", False), ("/commented/", True)]  # no front matter
    assert site.notes == []


def test_a_github_pages_site_publishes_its_markdown_without_front_matter_and_its_readme_as_home(
    tmp_path: Path,
) -> None:
    """GitHub Pages' default plugins publish Markdown files with no front matter (optional-front-matter) and
    serve README.md when there is no index (readme-index): the pages the menu links to are pages."""
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG + "theme: jekyll-theme-architect\nnavigation:\n- text: PROGRAM\n  url: /program.html\n",
        "README.md": "## Tiny Workshop @ ICLR 2024\n\nA workshop on tiny models.\n",
        "program.md": "## Schedule\n\n| Time | Talk |\n|---|---|\n| 09:00 - 09:15 | Opening Remarks |\n"
                      "| 09:15 - 10:00 | Tiny Models Everywhere |\n",
        "notes.md": "Things to do before the workshop.\n",
        "LICENSE.md": "MIT License\n",
    })  # fmt: skip
    site = jekyll.read_site(tmp_path / "src")
    shown, hidden = reach.reachable(site)
    assert sorted((p.rel, p.url) for p in shown) == [("README.md", "/"), ("program.md", "/program/")]
    assert [p.rel for p in hidden] == ["notes.md"]
    import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert [(i["time"], i["title"]) for i in edition["schedule"]] == [
        ("09:00", "Opening Remarks"), ("09:15", "Tiny Models Everywhere")]  # fmt: skip
    assert "A workshop on tiny models" in (tmp_path / "out/docs/index.md").read_text(encoding="utf-8")
    report = (tmp_path / "out/MIGRATION.md").read_text(encoding="utf-8")
    assert "- [ ] notes.md:1: no front matter" in report and "LICENSE.md" not in report
    assert "- [ ] README.md:1: no front matter, and no index page: read as the home page" in report
    assert "- [ ] program.md:1: no front matter: read as a page" in report


def test_a_figure_with_a_photo_and_a_name_under_a_role_heading_is_a_card(tmp_path: Path) -> None:
    """``<figure><img><b><a>Name</a><br>Position<br>Affiliation</b></figure>`` under "Keynote Speakers": people
    with that role; a figure under no role heading (a diagram and its caption) is not a person."""
    card = """<figure>
    <a href="https://{slug}.example.org"><img class="img-author" src="assets/{slug}.jpg" alt="{name}"/></a>
    <b><br><a href="https://{slug}.example.org">{name}</a>
    <br>Full Professor<br>KAUST</b>
</figure>
"""
    about = ("## Keynote Speakers\n<div class=\"container\">\n" + card.format(slug="ann", name="Ann Lee") + "\n"
             + card.format(slug="bo", name="Bo Wu") + "</div>\n\n## Challenge\n\n<figure><img src=\"a.png\">"
             "<figcaption>Depth Maps</figcaption></figure>\n\n## Organizers\n\n" + card.format(slug="cy", name="Cy Li"))
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "Full Professor, KAUST"),
        ("Bo Wu", "speakers", "Full Professor, KAUST"),
        ("Cy Li", "organizers", "Full Professor, KAUST"),
    ]  # fmt: skip
    assert found.people[0].url == "https://ann.example.org" and found.people[0].photo == "assets/ann.jpg"


def test_an_affiliation_line_written_at_sign_first_is_the_affiliation(tmp_path: Path) -> None:
    """``<p>Research Scientist</p><p>@ Sony</p>`` under a name: "@" says "at", it is no part of the affiliation."""
    card = '<div class="profile"><img src="/assets/img/{slug}.jpg"><p>{name}</p><p>Research Scientist</p>' \
        "<p>@ {place}</p></div>\n"
    about = ("## Speakers\n\n" + card.format(slug="ann", name="Ann Lee", place="Sony")
             + card.format(slug="bo", name="Bo Wu", place="Stanford University"))
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.affiliation) for p in found.people] == [
        ("Ann Lee", "Research Scientist, Sony"), ("Bo Wu", "Research Scientist, Stanford University")]


def test_a_baseurl_written_as_the_sites_whole_address_still_names_its_own_files(tmp_path: Path) -> None:
    """``baseurl: "https://tiny.github.io/tiny2025/"``: ``{{ site.baseurl }}/assets/speakers/ann.jpg`` is the
    site's own photo (copied, the person's photo), and an icon in a page kept as HTML is served from the new site,
    not fetched from the old address."""
    config = 'title: Tiny Workshop\nbaseurl: "https://tiny.github.io/tiny2025/"\n'
    home = """---\nlayout: default\n---\n<h2>Speakers</h2>
{% for item in site.data.speakers %}
<div class="team-member"><img src="{{ site.baseurl }}/assets/speakers/{{ item.img }}" alt="{{ item.name }}">
<h4>{{ item.name }}</h4><p>{{ item.affiliation }}</p></div>
{% endfor %}

<p><img src="{{ site.baseurl }}/assets/images/pdf.svg" width="25" alt="PDF icon"> Slides</p>
"""
    photo = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    write_tree(tmp_path / "src", {"_config.yml": config, "index.md": home, "assets/speakers/ann.png": photo,
                                  "assets/images/pdf.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
                                  "_data/speakers.yml": "- name: Ann Lee\n  affiliation: MIT\n  img: ann.png\n"})
    import_site(tmp_path / "src", tmp_path / "site")
    entries = yaml.safe_load((tmp_path / "site/docs/_data/people.yml").read_text(encoding="utf-8"))
    assert entries["ann-lee"].get("photo") == "assets/speakers/ann.png"
    assert (tmp_path / "site/docs/assets/speakers/ann.png").read_bytes() == photo
    assert "tiny.github.io" not in (tmp_path / "site/docs/index.md").read_text(encoding="utf-8")


def test_an_image_under_a_baseurl_that_is_a_path_is_the_sites_own_file(tmp_path: Path) -> None:
    """``![]({{site.baseurl}}/images/ann.jpg "Ann Lee")`` where ``baseurl: /tiny2025``: the site's images/ann.jpg,
    copied and shown, not a file "not found in the site"."""
    photo = b"\xff\xd8\xff" + b"\0" * 64
    page = _page("Speakers", "/speakers/", '# Speakers\n\n![]({{site.baseurl}}/images/ann.jpg "Ann Lee")\n\nHello.\n',
                 "nav: true\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG + "baseurl: /tiny2025\n", "images/ann.jpg": photo,
                                  "_pages/about.md": _page("about", "/", "A tiny workshop."), "_pages/speakers.md": page})
    import_site(tmp_path / "src", tmp_path / "site")
    assert (tmp_path / "site/docs/assets/images/ann.jpg").read_bytes() == photo
    assert "not found in the site" not in (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")


def test_a_card_whose_photo_is_classed_as_a_card_too(tmp_path: Path) -> None:
    """``<div class="card_perso"><img class="img_card_perso">...<b>Dr.<br>Ann Lee</b>``: the photo names no one,
    the card around it does: one person, not a card that "names no one"."""
    card = """<div class="card_perso column_perso">
  <img src="/images/{slug}.jpg" alt="{name}" class="img_card_perso">
  <div class="container_perso"><center><h6><b>Dr.<br>{name}</b><br>MIT<br>
  <a href="https://{slug}.example.org"> Website </a></h6></center></div>
</div>
"""
    about = ("## Keynote Speakers\n\n<div class=\"row_perso\">\n" + card.format(slug="ann", name="Ann Lee")
             + card.format(slug="bo", name="Bo Wu") + "</div>\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.photo, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "/images/ann.jpg", "MIT"), ("Bo Wu", "speakers", "/images/bo.jpg", "MIT")]
    assert not [n for n in found.notes if "names no one" in n.what]


def test_a_card_classed_box_of_unclassed_photo_cards_is_one_card_each(tmp_path: Path) -> None:
    """``<div class="team-container">`` around ``<div class="sponsor"><img><p><a>Name</a><br>Affiliation</p></div>``
    boxes: the container is no card, each box with its one photo is (its talk time is not an affiliation)."""
    box = '<div class="sponsor"><img src="/img/{slug}.jpg" alt="{slug}"><p><a href="https://{slug}.example.org">{name}' \
          "</a>\n<br>{org}<br>Talk at 11:00am</p></div>\n"
    about = ("### Keynote Speakers\n\n<div class=\"team-container\">\n" + box.format(slug="ann", name="Ann Lee", org="MIT")
             + box.format(slug="bo", name="Bo Wu", org="KAIST") + "</div>\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT", "/img/ann.jpg"), ("Bo Wu", "speakers", "KAIST", "/img/bo.jpg")]


def test_boxes_without_photo_or_class_each_opening_with_a_bold_name_under_a_role_heading(tmp_path: Path) -> None:
    """``<div><p><strong>Name</strong></p><p><em>Title</em></p><p>Place</p><p>bio</p></div>`` side by side under
    "<h3>Workshop Chairs</h3>": an organizer each, the short lines what they are, the long one the bio; the
    boxes under "<h2>Contact</h2>" that are not all names are no one's."""
    box = """<div style="padding: 1.5em;">
<p style="margin: 0;"><strong>{name}</strong></p>
<p style="margin: 0;"><em>Professor</em></p>
<p>{org}<br>Hong Kong SAR, China</p>
<p>{name} works on trustworthy artificial intelligence and has published many papers at the top venues of the field.</p>
</div>
"""
    boxes = "".join(box.format(name=n, org=o) for n, o in [("Ann Lee", "MIT"), ("Bo Wu", "CMU")])
    body = f"""<div style="max-width: 1200px;">
<h2>Organizing Committee</h2>
<h3>Workshop Chairs</h3>
<div style="display: grid;">
{boxes}</div>
<h2>Contact</h2>
<div><div><p><strong>Write to us</strong></p></div><div><p>ann@mit.edu</p></div></div>
</div>
"""
    found = _found_people(tmp_path, {"_pages/organizers.md": _page("organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "Professor; MIT; Hong Kong SAR, China"),
        ("Bo Wu", "organizers", "Professor; CMU; Hong Kong SAR, China"),
    ]  # fmt: skip
    assert found.people[0].bio and found.people[0].bio.startswith("Ann Lee works on")


def test_photo_cards_no_class_names_under_the_page_title_naming_the_role(tmp_path: Path) -> None:
    """``<div class="column"><img><figcaption><details><summary><b>Name</b><br><em>Affiliation</em></summary>bio
    </details></figcaption></div>`` on a page titled "Organizers": each photo and the name beside it is an
    organizer, the summary's second line their affiliation; the cards under "## Volunteers" are no organizers."""
    card = """  <div class="column">
    <img src="/assets/{slug}.jpeg" title="{name}" width="63%" />
    <figcaption>
    <details>
    <summary>
    <b>{name}</b> <br /><em>{org}</em>
    </summary>
    {name} works on training at scale.
    <a href="https://{slug}.example.org">Website</a>
    </details>
    </figcaption>
  </div>
"""
    body = ('<div class="row">\n' + card.format(slug="ann", name="Ann Lee", org="INRIA") + "\n"
            + card.format(slug="bo", name="Bo Wu", org="NVIDIA, Caltech") + "</div>\n\n## Volunteers\n\n"
            + '<div class="row">\n' + card.format(slug="cy", name="Cy Li", org="INRIA") + "</div>\n")
    found = _found_people(tmp_path, {"_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n"),
                                     "_pages/about.md": _page("about", "/")})  # fmt: skip
    assert [(p.name, p.role, p.affiliation, p.photo) for p in found.people] == [
        ("Ann Lee", "organizers", "INRIA", "/assets/ann.jpeg"), ("Bo Wu", "organizers", "NVIDIA, Caltech", "/assets/bo.jpeg")]
    assert found.people[0].bio == "Ann Lee works on training at scale."


def test_a_scientific_committee_is_no_organizers(tmp_path: Path) -> None:
    """Cards under "Scientific Committee" (those who review, as a program committee does) are not organizers; the
    cards under "Organizers" are."""
    card = ('<div class="team-member"><img src="/img/{slug}.jpg" alt="{slug}"><p><a href="https://{slug}.example.org">'
            "{name}</a><br>MIT</p></div>\n")
    about = ("### Organizers\n\n<div class=\"team-container\">\n" + card.format(slug="ann", name="Ann Lee") + "</div>\n\n"
             "### Scientific Committee\n\n<div class=\"team-container\">\n" + card.format(slug="bo", name="Bo Wu")
             + card.format(slug="cy", name="Cy Li") + "</div>\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role) for p in found.people if p.role] == [("Ann Lee", "organizers")]


def test_a_technical_committee_is_no_organizers_and_its_names_stay_on_the_page(tmp_path: Path) -> None:
    """"Technical Committee" (those who review, as a program committee does), over a list a ``_data`` loop writes
    ("Name (Affiliation)"): no organizers; its names are still on the new page."""
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG,
        "_data/organizers.yml": "- name: Ann Lee\n  affiliation: MIT\n",
        "_data/technical_committee.yml": "- Bo Wu (NVIDIA)\n- Cy Li\n",
        "_includes/tc.html": "<ul>{% for m in site.data.technical_committee %}<li> {{ m }} </li>{% endfor %}</ul>\n",
        "index.md": "---\nlayout: default\n---\n<h2>Organizers</h2>\n{% for o in site.data.organizers %}\n"
                    "<div class=\"card\"><b>{{ o.name }}</b><br>{{ o.affiliation }}</div>\n{% endfor %}\n\n"
                    "<h2>Technical Committee</h2>\n{% include tc.html %}\n",
    })  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    assert _edition(tmp_path / "site").get("organizers") == ["ann-lee"]
    page = soup(build_site(tmp_path / "site", strict=False, site_dir=str(tmp_path / "built")) / "index.html")
    assert "Bo Wu (NVIDIA)" in page.get_text(" ") and "Cy Li" in page.get_text(" ")


def test_a_menu_kept_in_data_reaches_its_pages(tmp_path: Path) -> None:
    """A theme whose header loops over ``site.data.navigation`` links every page that file names, nested ones too;
    ``/team.html`` is the page whose permalink is ``/team``."""
    header = '<nav>{% for item in site.data.navigation %}<a href="{{ item.link }}">{{ item.name }}</a>{% endfor %}</nav>'
    write_tree(tmp_path, {
        "_config.yml": CONFIG,
        "index.md": "---\nlayout: default\n---\nHome.\n",
        "_includes/header.html": header,
        "_data/navigation.yml": "- name: Team\n  link: /team.html\n- name: Abstracts\n  link: /#\n  dropdown:\n"
                                "    - name: Call\n      link: /submission.html\n",
        "_pages/team.md": _page("Team", "/team"),
        "_pages/submission.md": _page("Call", "/submission"),
        "_pages/old.md": _page("Old", "/old"),
    })  # fmt: skip
    site = jekyll.read_site(tmp_path)
    shown, hidden = reach.reachable(site)
    assert [p.url for p in shown] == ["/", "/submission/", "/team/"]
    assert [p.url for p in hidden] == ["/old/"]


@pytest.mark.parametrize("settings", [
    {"_config.yml": CONFIG + "conference:\n  lang: en\n  navigation:\n    links:\n      - name: Program\n"
                             "        relative_url: /program/\n"},
    {"_config.yml": CONFIG, "_data/conference.yml": "short_title: Tiny 2026\nnavbar:\n  - label: Home\n    path: /\n"
                                                    "  - label: Program\n    path: /program.html\n",
     "_includes/header.html": '{% for nav in site.data.conference.navbar %}<a href=".{{ nav.path }}">{{ nav.label }}'
                              "</a>{% endfor %}"},
])  # fmt: skip
def test_a_menu_kept_under_a_key_of_the_sites_settings_reaches_its_pages(tmp_path: Path, settings: dict[str, str],
                                                                         ) -> None:  # fmt: skip
    """The conference theme's menu, ``conference: navigation: links:`` in ``_config.yml`` with ``relative_url``
    entries, or ``navbar:`` in a data file of the site's settings that the header loops over (``path:
    /program.html``): the pages it lists are reached, a page it does not list stays hidden."""
    pages = {"index.md": "Home.", "program/index.md": "09:00 Opening", "venue/index.md": "A hall."}
    write_tree(tmp_path, {**settings, **{rel: f"---\nlayout: default\n---\n{text}\n" for rel, text in pages.items()}})
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert (sorted(p.url for p in shown), [p.url for p in hidden]) == (["/", "/program/"], ["/venue/"])


def test_a_menu_kept_in_data_under_each_year_reaches_that_years_folder(tmp_path: Path) -> None:
    """A site keeping one folder of pages a year, its menu a data file keyed by the year (``2025: [{url: schedule}]``)
    that the header writes under the page's year (``/{{ year }}/{{ nav.url }}``): each entry reaches its page in
    that year's folder; and a loop over a data file of links (``href="{{ conf.url }}"``) reaches what they name."""
    header = ('<nav>{% for nav in site.data.navigation[page.year] %}<a href="{{site.url}}/{{page.year}}/{{ nav.url }}">'
              '{{ nav.title }}</a>{% endfor %}{% for conf in site.data.confs %}<a href="{{conf.url}}">{{conf.name}}'
              '</a>{% endfor %}</nav>')
    write_tree(tmp_path, {
        "_config.yml": CONFIG + "url: https://tiny.github.io\n",
        "_includes/header.html": header,
        "_data/navigation.yml": "2025:\n - title: Schedule\n   url: schedule\n2024:\n - title: Speakers\n   url: speakers\n",
        "_data/confs.yml": "- name: Tiny 2024\n  url: https://tiny.github.io/2024/\n",
        "index.md": "---\nlayout: default\nyear: 2025\n---\nHome.\n",
        "2025/schedule.md": "---\nlayout: default\nyear: 2025\n---\nTBA\n",
        "2024/index.md": "---\nlayout: default\nyear: 2024\n---\nThe 2024 workshop.\n",
        "2024/speakers.md": "---\nlayout: default\nyear: 2024\n---\nAnn Lee\n",
        "2024/venue.md": "---\nlayout: default\nyear: 2024\n---\nA hall.\n",
    })  # fmt: skip
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert sorted(p.url for p in shown) == ["/", "/2024/", "/2024/speakers/", "/2025/schedule/"]
    assert [p.url for p in hidden] == ["/2024/venue/"]


def test_people_of_a_data_file_keyed_by_year_are_those_of_the_pages_year_in_their_groups(tmp_path: Path) -> None:
    """``{% for section in site.data.organisers[page.year] %}`` over ``{year: [{name: Program Chairs, people:
    [...]}]}``: the people of the page's year (not another year's, not the groups' names); a loop over a variable
    assigned from a data file (``{% assign keynotes = site.data.keynotes[page.year] | sort: 'index' %}``) reads that
    file's records, names data gives whole ("In Kyu Park"); a sidebar's "Important Dates" table below the
    organizers is no people."""
    loop = ("{% for section in site.data.organisers[page.year] %}\n<h2>{{section.name}}</h2>\n"
            "{% for p in section.people %}<div><b>{{p.name}}</b><p>{{p.affiliation}}</p></div>\n{% endfor %}\n"
            "{% endfor %}\n\n<h3>Important Dates</h3>\n<table><tr><th>Acceptance Notification</th>"
            "<td>July 10, 2025</td></tr></table>\n")
    keynotes = ("{% assign keynotes = site.data.keynotes[page.year] | sort: 'index' %}\n{% for k in keynotes %}\n"
                "<table><tr><th><h3>{{k.name}}</h3></th></tr></table>\n{% endfor %}\n")
    found = _found_people(tmp_path, {
        "_data/organisers.yml": "2025:\n - name: Program Chairs\n   people:\n    - name: Ann Lee\n      affiliation: MIT\n"
                                "2024:\n - name: Advisory Chairs\n   people:\n    - name: Bo Chen\n",
        "_data/keynotes.yml": "2025:\n - name: In Kyu Park\n   index: 2\n - name: Cy Dale\n   index: 1\n"
                              "2024:\n - name: Di Eve\n   index: 1\n",
        "_pages/about.md": _page("about", "/", "Home.", "nav: true\n"),
        "2025/people.md": "---\nlayout: page\ntitle: Organizers\nyear: 2025\nnav: true\n---\n" + loop,
        "2025/keynotes.md": "---\nlayout: page\ntitle: Keynote Speakers\nyear: 2025\nnav: true\n---\n" + keynotes,
    })  # fmt: skip
    assert {(p.name, p.role) for p in found.people} == {
        ("Ann Lee", "organizers"), ("Cy Dale", "speakers"), ("In Kyu Park", "speakers")}


def test_the_minima_theme_gem_links_every_page_with_a_title(tmp_path: Path) -> None:
    """``theme: minima`` with no header of the site's own: the gem's header links every page that has a title (or
    the pages ``header_pages`` lists, when it does); a page with no title is in no menu."""
    files = {
        "about.md": "---\nlayout: default\ntitle: About\npermalink: /\n---\nA tiny workshop.\n",
        "speakers.md": _page("Speakers", "/2023/speakers"),
        "schedule.md": _page("Schedule", "/2023/schedule"),
        "draft.md": "---\nlayout: page\npermalink: /draft/\n---\nNot in the menu.\n",
    }
    write_tree(tmp_path / "a", {"_config.yml": CONFIG + "theme: minima\n", **files})
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path / "a"))
    assert [p.url for p in shown] == ["/", "/2023/schedule/", "/2023/speakers/"]
    assert [p.url for p in hidden] == ["/draft/"]
    write_tree(tmp_path / "b", {"_config.yml": CONFIG + "theme: minima\nheader_pages:\n- speakers.md\n", **files})
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path / "b"))
    assert [p.url for p in shown] == ["/", "/2023/speakers/"]


def test_a_header_of_the_sites_own_looping_over_header_pages_links_those_pages(tmp_path: Path) -> None:
    """minima's header copied into the site (``_includes/header.html`` looping over ``site.header_pages``), with no
    ``theme:`` set: its menu is still the pages ``header_pages`` lists."""
    header = """<nav>{%- assign page_paths = site.header_pages | default: default_paths -%}
{%- for path in page_paths -%}{%- assign my_page = site.pages | where: "path", path | first -%}
<a class="page-link" href="{{ my_page.url | relative_url }}">{{ my_page.title | escape }}</a>{%- endfor -%}</nav>
"""
    write_tree(tmp_path, {
        "_config.yml": CONFIG + "header_pages:\n  - index.md\n  - schedule.md\n",
        "_includes/header.html": header,
        "index.md": "---\nlayout: default\ntitle: Home\npermalink: /\n---\nA tiny workshop.\n",
        "schedule.md": _page("Schedule", "/schedule/"),
        "organizers.md": _page("Organizers", "/organizers/"),
    })  # fmt: skip
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert [p.url for p in shown] == ["/", "/schedule/"]
    assert [p.url for p in hidden] == ["/organizers/"]


def test_a_loop_with_words_after_its_list_loops_as_jekyll_does(tmp_path: Path) -> None:
    """Jekyll's Liquid reads ``for x in list`` and lets what follows pass (a filter it does not apply, here
    in an include): the loop runs over the list, it is not dropped."""
    table = "{% for s in speakers | sample: speakers.size %}<td>{{ s.name }}</td>{% endfor %}"
    write_tree(tmp_path, {
        "_config.yml": CONFIG,
        "_data/speakers.yml": "- name: Ann Lee\n- name: Bo Wu\n",
        "_includes/table.html": "{% assign speakers = site.data.speakers %}" + table,
        "_pages/about.md": _page("about", "/", "{% include table.html %}\n\n" + table.replace("speakers |",
                                 "site.data.speakers |")),
    })  # fmt: skip
    (page,) = jekyll.read_site(tmp_path).pages
    assert page.body.count("<td>Ann Lee</td><td>Bo Wu</td>") == 2


def test_people_from_collections_includes_cards_and_layouts(tmp_path: Path) -> None:
    about = """\
## Invited speakers

{% assign speakers = site.speakers | sort: "importance" %}
<div class="projects">{% for s in speakers %}{% include speakers.liquid %}{% endfor %}</div>

## Organizing team

{% include people.liquid name="Ann Lee" affiliation="MIT" url="https://ann.example.org" img="assets/img/ann.jpg" %}

## Panel

<div class="team-container">
  <div class="team-member"><img src="../assets/img/cy.png"><p><a href="https://cy.example.org">Cy Chen</a><br>Oxford</p></div>
</div>

{% assign helpers = site.contributors | where: "category", "lecturer" %}
"""
    write_tree(tmp_path, {
        "_config.yml": CONFIG + "collections:\n  speakers:\n    output: true\n  contributors:\n    output: true\n",
        "_pages/about.md": _page("about", "/", about),
        "_speakers/b.md": "---\nname: Bo Wu\naffiliation: ETH\nimportance: 2\n---\n",
        "_speakers/a.md": "---\nname: Al Gore\naffiliation: Nowhere\nimportance: 1\n---\n",
        "_contributors/d.md": "---\ntitle: <b>Di</b> <br> Ma\ndescription: CMU\ncategory: lecturer\n---\n",
        "_contributors/e.md": "---\ntitle: Ed Ko\ncategory: volunteer\n---\n",
        "_projects/1_project.md": "---\ntitle: project 1\ndescription: a project with a background image\n---\n",
        "_pages/sponsors.md": _page("sponsors", "/sponsors/", "", "layout: sponsors\nnav: true\n"),
        "_layouts/sponsors.html": '<h2>Organizers</h2>\n<div class="card"><h5 class="card-title">Eve Park</h5></div>\n',
    })  # fmt: skip
    site = jekyll.read_site(tmp_path)
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role) for p in found.people] == [
        ("Al Gore", "speakers"), ("Bo Wu", "speakers"), ("Ann Lee", "organizers"), ("Cy Chen", "panelists"),
        ("Di Ma", "speakers"), ("Eve Park", "organizers"),
    ]  # fmt: skip
    assert found.people[3].photo == "../assets/img/cy.png" and found.people[3].affiliation == "Oxford"
    assert sorted(n.where for n in found.notes if not n.guess) == ["_contributors/e.md:1", "_projects/1_project.md:1"]
    assert sorted((n.where, n.what) for n in found.notes if n.guess) == [  # each role read from words, where
        ("_layouts/sponsors.html:1", "role 'organizers' read from the heading 'Organizers'"),
        ("_pages/about.md:11", "role 'organizers' read from the heading 'Organizing team'"),
        ("_pages/about.md:15", "role 'panelists' read from the heading 'Panel'"),
        ("_pages/about.md:21", "role 'speakers' read from the category 'lecturer'"),  # the loop's line
    ]  # the collection named "speakers" says it: no guess


LAYOUT = """---
layout: base
---
<div class="post">
  <h2>Important Dates</h2>
  <ul>
    <li>Paper submission deadline: May 1, 2024</li>
    <li>Notification: June 3, 2024</li>
  </ul>
  <article>
    {{ content }}
  </article>
  <h2>Speakers</h2>
  <div class="grid">
  {% for s in site.data.speakers %}
    <div class="card"><h5 class="card-title">{{ s.name }}</h5><p>{{ s.affiliation }}</p></div>
  {% endfor %}
  </div>
</div>
"""
BASE = """<!DOCTYPE html>
<html><head><title>Tiny</title></head>
<body>
<nav><a href="/">Home</a> Quiltmenu</nav>
{{ content }}
<footer><p>Venue: Quillon Hall</p></footer>
<script>var quibble = 1;</script>
</body></html>
"""


def test_a_data_record_named_tba_is_a_placeholder_not_a_speaker(tmp_path: Path) -> None:
    """``_data/speakers.yml`` with ``- name: "TBA"`` records beside a named speaker: the placeholders are no people,
    and MIGRATION.md says they were left out."""
    loop = ("## Speakers\n\n{% for s in site.data.speakers %}\n<div class=\"person\"><p>{{ s.name }}</p>"
            "<p>{{ s.affiliation }}</p></div>\n{% endfor %}\n")
    dest = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", loop),
        "_data/speakers.yml": '- name: "Sharon Li"\n  affiliation: "UW-Madison"\n'
                              '- name: "TBA"\n  affiliation: "University"\n- name: "TBA"\n  affiliation: "University"\n',
    })  # fmt: skip
    people = yaml.safe_load((dest / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert [p["name"] for p in people.values()] == ["Sharon Li"]
    assert _edition(dest)["speakers"] == ["sharon-li"]
    assert "2 record(s) of _data/speakers named 'TBA', a placeholder: not imported" in (
        dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_html_under_a_heading_of_its_own_is_not_under_the_role_heading_before_it(tmp_path: Path) -> None:
    """``## Organizers`` then an HTML block ``<div><h2>Important Dates</h2> <span>Submission Deadline</span>...``:
    the words under the block's own heading are no organizers left unread; names under a heading of its own that
    names a role still are."""
    body = """## Organizers

Ann Lee, Bo Wu

<div class="section">
<h2>Important Dates</h2>
<ul class="dates-list">
  <li><span class="label">Submission Deadline</span><span class="value">TBA</span></li>
  <li><span class="label">Camera Ready</span><span class="value">TBA</span></li>
</ul>
</div>
<div class="section">
<h2>Invited Speakers</h2>
<p>Cyrus Chen</p>
</div>
"""
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Submission Deadline" not in report and "Important Dates" not in report
    assert "Cyrus Chen named but not read as people" in report


def test_a_layout_is_rendered_around_its_page_and_read_like_it(tmp_path: Path) -> None:
    """What a layout shows (dates, a loop over _data's speakers) is read as data with the layout's file:line;
    the page's content sits where the layout says, and its chrome (head, navigation, scripts) is not read."""
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG,
        "_pages/about.md": _page("about", "/", "The workshop is on **July 26, 2024** in Vienna.", "layout: workshop\n"),
        "_layouts/workshop.html": LAYOUT,
        "_layouts/base.html": BASE,
        "_data/speakers.yml": "- name: Ann Lee\n  affiliation: MIT\n- name: Bo Chen\n  affiliation: ETH Zurich\n",
    })  # fmt: skip
    site = jekyll.read_site(tmp_path / "src")
    (page,) = site.pages
    assert page.layouts == ["_layouts/workshop.html", "_layouts/base.html"]
    assert page.where(page.body.split("\n").index("The workshop is on **July 26, 2024** in Vienna.")) == \
        "_pages/about.md:7"
    assert "Quiltmenu" not in page.body and "quibble" not in page.body and "Quillon" not in page.body
    found = people.find_people(site, [page])
    assert [(p.name, p.affiliation, p.role, p.where.split(":")[0]) for p in found.people] == [
        ("Ann Lee", "MIT", "speakers", "_layouts/workshop.html"),
        ("Bo Chen", "ETH Zurich", "speakers", "_layouts/workshop.html"),
    ]
    import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    assert edition["speakers"] == ["ann-lee", "bo-chen"]
    assert [(d["name"], str(d["at"])[:10]) for d in edition["dates"]] == [
        ("Paper submission deadline", "2024-05-01"), ("Notification", "2024-06-03")]
    report = (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")
    assert "Quiltmenu" not in report and "quibble" not in report
    assert '_layouts/base.html:6: not carried over (its words are not on the new site): "Venue: Quillon Hall' in report


def test_a_filter_of_a_plugin_this_import_does_not_know_gives_its_value_and_the_rest_is_read(tmp_path: Path) -> None:
    """``{{ item.content | emojify }}`` (jemoji): the value as it is; Liquid's lax mode would end the template at
    the filter it does not know, and every word after it would be gone."""
    body = "{% for n in site.data.news %}<p>{{ n.text | emojify }} on {{ n.day }}</p>\n{% endfor %}\nSee you there."
    write_tree(tmp_path, {
        "_config.yml": CONFIG,
        "_pages/about.md": _page("about", "/", body),
        "_data/news.yml": "- text: 'Proposal accepted :tada:'\n  day: March 20\n- text: Call open\n  day: April 6\n",
    })  # fmt: skip
    (page,) = jekyll.read_site(tmp_path).pages
    assert "<p>Proposal accepted :tada: on March 20</p>" in page.body
    assert "<p>Call open on April 6</p>" in page.body and "See you there." in page.body


def test_a_persons_include_in_a_layout_is_read_where_the_layout_writes_it(tmp_path: Path) -> None:
    """``{% include people.liquid name=... %}`` written in a layout: the person of the heading over it, with the
    layout's file:line."""
    layout = "<div>\n{{ content }}\n</div>\n<h2>Organizers</h2>\n" \
             '{% include people.liquid name="Eve Park" affiliation="MIT" %}\n'
    body = "\n".join(["Welcome."] * 12)
    write_tree(tmp_path, {
        "_config.yml": CONFIG,
        "_pages/about.md": _page("about", "/", body, "layout: workshop\n"),
        "_layouts/workshop.html": layout,
    })  # fmt: skip
    site = jekyll.read_site(tmp_path)
    found = people.find_people(site, site.pages)
    assert [(p.name, p.role, p.where) for p in found.people] == [("Eve Park", "organizers", "_layouts/workshop.html:5")]


def test_a_stylesheet_a_page_body_loads_is_left_out_and_named(tmp_path: Path) -> None:
    """``<head><link href=".../bootstrap.min.css" rel="stylesheet"></head>`` at the top of a page's body (for its
    cards' classes): a CSS framework that would restyle the whole new page; left out, and named in the report. A
    ``<style>`` block of the page's own classes stays."""
    body = ('<head>\n<link href="https://cdn.example.org/bootstrap/4.5.2/css/bootstrap.min.css" rel="stylesheet">\n'
            '</head>\n## Tiny Workshop\n\nHeld on June 1, 2026.\n\n<link rel="stylesheet" href="/assets/css/x.css">\n\n'
            '<style>\n.callout { color: red; }\n</style>\n')
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    page = (dest / "docs/index.md").read_text(encoding="utf-8")
    assert "<head>" not in page and "</head>" not in page and "<link" not in page
    assert "## Tiny Workshop" in page and ".callout { color: red; }" in page
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/about.md:7: stylesheet 'https://cdn.example.org/bootstrap/4.5.2/css/bootstrap.min.css'" in report
    assert "_pages/about.md:13: stylesheet '/assets/css/x.css'" in report


def test_an_html_heading_glued_to_a_collection_loop_stays_over_the_people_directive(tmp_path: Path) -> None:
    """``<h2 id="panelists">Panelists</h2>`` on the line right above the ``<div>`` that loops ``site.panelists``
    (one HTML block, no blank line between): the directive stands for the loop, the page's heading stays over it,
    and the block is not kept as text for want of the heading's word."""
    body = ('Held on June 1, 2026.\n\n<h2 id="panelists">Panelists</h2>\n<div class="panelists">\n'
            '  {% for p in site.panelists %}\n  <div class="card">{{ p.title }}<br>{{ p.description }}</div>\n'
            '  {% endfor %}\n</div>\n\nMore to come.\n')
    dest = _imported(tmp_path, {
        "_config.yml": CONFIG + "collections:\n  panelists:\n    output: true\n",
        "_pages/about.md": _page("about", "/", body),
        "_panelists/ann.md": "---\ntitle: Ann Lee\ndescription: Professor at ETH\n---\n",
        "_panelists/bo.md": "---\ntitle: Bo Wu\ndescription: Scientist at Inria\n---\n",
    })  # fmt: skip
    assert sorted(_edition(dest)["panelists"]) == ["ann-lee", "bo-wu"]
    page = (dest / "docs/index.md").read_text(encoding="utf-8")
    assert '<h2 id="panelists">Panelists</h2>\n\n<!-- esfomo/people { role: panelists } -->' in page
    assert "kept as text" not in (dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_cards_photo_is_in_the_folder_its_layouts_loop_prepends(tmp_path: Path) -> None:
    """``img: frank.jpg`` shown by ``{{ organizer.img | prepend: '/assets/img/organizers/' }}`` in the page's layout:
    the photo is assets/img/organizers/frank.jpg; a photo not in that folder stays as written."""
    layout = """<h2>Organizers</h2>
<table>{% for organizer in site.organizers %}<tr><td>
<img src="{{ organizer.img | prepend: '/assets/img/organizers/' | prepend: site.baseurl }}"></td>
<td><b>{{ organizer.name }}</b><br>{{ organizer.affil }}</td></tr>{% endfor %}</table>
"""
    found = _found_people(tmp_path, {
        "_config.yml": CONFIG + "collections:\n  organizers:\n    output: true\n",
        "index.md": "---\nlayout: organizers\npermalink: /\n---\n",
        "_layouts/organizers.html": layout,
        "_organizers/1_frank.md": "---\nname: Frank Schneider\nimg: frank.jpg\n---\n",
        "_organizers/2_zach.md": "---\nname: Zachary Nado\nimg: zachary.jpg\n---\n",
        "assets/img/organizers/frank.jpg": "",
    })  # fmt: skip
    assert [(p.name, p.photo) for p in found.people] == [("Frank Schneider", "assets/img/organizers/frank.jpg"),
                                                         ("Zachary Nado", "zachary.jpg")]


def test_a_layout_that_also_holds_its_content_in_a_comment_is_still_rendered_around_its_page(tmp_path: Path) -> None:
    """A layout showing ``{{ content }}`` and, lower, a section commented out that holds it again
    (``<!-- <article>{{ content }}</article> -->``): the page sits in it, and the cards its loop shows are read."""
    layout = """<div class="home">
{{ content }}
</div>
<!-- <article>
{{ content }}
</article> -->
<h3>Organizers</h3>
<table><tr>{% for organizer in site.organizers %}<td>{{ organizer.name }}<br>{{ organizer.affil }}</td>{% endfor %}
</tr></table>
"""
    found = _found_people(tmp_path, {
        "_config.yml": CONFIG + "collections:\n  organizers:\n    output: true\n",
        "index.md": "---\nlayout: all\npermalink: /\n---\n\nWelcome to the workshop.\n",
        "_layouts/all.html": layout,
        "_organizers/1_danfei.md": "---\nname: Danfei Xu\naffil: Georgia Tech\n---\n",
        "_organizers/2_tom.md": "---\nname: Tom Silver\naffil: MIT\n---\n",
    })  # fmt: skip
    assert [(p.name, p.role) for p in found.people] == [("Danfei Xu", "organizers"), ("Tom Silver", "organizers")]


def test_an_include_whose_parameter_names_the_data_file_reads_that_files_items(tmp_path: Path) -> None:
    """``{% include people.html name="speakers" %}`` over ``site.data.[include.name]``: the people of
    _data/speakers.yml's ``items``, in the role the file's name says; not one person named "speakers"."""
    include = """\
{% assign people=site.data.[include.name] %}
<h2>{{ people.title }}</h2>
{% for p in people.items %}<div class="column"><a href="{{ p.url }}">{{ p.name }}</a><br>{{ p.affiliation }}</div>
{% endfor %}
"""
    found = _found_people(tmp_path, {
        "index.md": '---\nlayout: page\n---\n{% include people.html name="speakers" %}\n\n'
                    '{% include people.html name="organizers" %}\n',
        "_includes/people.html": include,
        "_data/speakers.yml": "title: Invited Speakers and Panelists\nid: speakers\nitems:\n"
                              "  - name: Ann Lee\n    affiliation: MIT\n  - name: Bo Wu\n    affiliation: ETH\n",
        "_data/organizers.yml": "title: Organizers\nid: organizers\nitems:\n  - name: Cy Chen\n    affiliation: CMU\n",
    })  # fmt: skip
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT"), ("Bo Wu", "speakers", "ETH"), ("Cy Chen", "organizers", "CMU")]


def test_an_includes_heading_from_its_data_files_title_stays_and_bios_it_comments_out_are_not_read(
        tmp_path: Path) -> None:  # fmt: skip
    """``<h2>{{ people.title }}</h2>`` over the people of ``{title: Invited Speakers and Panelists, items: ...}``:
    the new page keeps that heading over the directive; a bio the include writes only inside ``<!-- -->`` was shown
    to no one: not read (reported)."""
    include = """\
{% assign people=site.data.[include.name] %}
<h2>{{ people.title }}</h2>
{% for p in people.items %}<div class="column">{{ p.name }}<br>{{ p.affiliation }}
{% if p.bio %}<!-- {{ p.bio }} -->{% endif %}</div>
{% endfor %}
"""
    site = _imported(tmp_path, {
        "index.md": '---\nlayout: page\ntitle: Home\npermalink: /\n---\nA tiny workshop.\n\n'
                    '{% include people.html name="speakers" %}\n',
        "_includes/people.html": include,
        "_data/speakers.yml": "title: Invited Speakers and Panelists\nitems:\n"
                              "  - name: Ann Lee\n    affiliation: MIT\n    bio: The example text goes here.\n",
    })  # fmt: skip
    home = (site / "docs/index.md").read_text(encoding="utf-8")
    assert "## Invited Speakers and Panelists\n\n<!-- esfomo/people { role: speakers } -->" in home
    people_yml = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert people_yml == {"ann-lee": {"name": "Ann Lee", "affiliation": "MIT"}}
    assert "inside an HTML comment" in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_cards_links_named_for_where_they_lead_are_no_name(tmp_path: Path) -> None:
    """A card's "Google Scholar" link is no one: the name is the card's heading; its link lines and e-mail are not
    where the person works."""
    about = """\
## Keynote Speakers

<div class="row">
  <div class="speaker-card">
    <h4><strong>Le Song</strong></h4>
    <p><em>GenBio AI</em></p>
    <p><a href="https://le.example.org">Homepage</a> | <a href="https://scholar.google.com/x">Google Scholar</a></p>
    <p>📧 le@example.org</p>
  </div>
</div>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [("Le Song", "speakers", "GenBio AI")]


def test_people_in_html_table_cells_with_their_photos_in_the_row_above(tmp_path: Path) -> None:
    about = """\
### Speakers

<table style="width:100%">
  <tr>
    <td><img src="assets/img/ann.png"></td>
    <td><img src="assets/img/bo.png"></td>
  </tr>
  <tr>
    <td><a href="https://ann.example.org">Ann Lee</a> <br> Professor, MIT</td>
    <td><a href="https://bo.example.org">Bo Wu</a> <br> ETH Zurich</td>
  </tr>
</table>

### Schedule

<table><tr><td>9:00</td><td>Cy Chen (Oxford)</td></tr></table>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation, p.url, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "Professor, MIT", "https://ann.example.org", "assets/img/ann.png"),
        ("Bo Wu", "speakers", "ETH Zurich", "https://bo.example.org", "assets/img/bo.png"),
    ]  # fmt: skip


def test_an_html_table_row_under_a_row_of_people_says_where_each_works(tmp_path: Path) -> None:
    """A row of photos, a row of bold linked names, a row of bold affiliations: each affiliation is of the person
    above it, even one that reads like a name (``Friedrich-Alexander-Universität``), and no one of its own."""
    about = """\
### Organizers

<table>
  <thead><tr>
    <th><a href="https://ann.example.org"><img src="assets/img/ann.png"></a></th>
    <th><a href="https://bo.example.org"><img src="assets/img/bo.png"></a></th>
  </tr></thead>
  <tbody>
    <tr>
      <td><a href="https://ann.example.org"><strong>Ann Lee, MS</strong></a></td>
      <td><a href="https://bo.example.org"><strong>Bo Wu, Ph.D.</strong></a></td>
    </tr>
    <tr>
      <td><strong>Virginia Tech</strong></td>
      <td><strong>Friedrich-Alexander-Universität Erlangen-Nürnberg</strong></td>
    </tr>
  </tbody>
</table>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "Virginia Tech"), ("Bo Wu", "organizers", "Friedrich-Alexander-Universität Erlangen-Nürnberg")]


def test_fellowships_after_a_degree_are_no_part_of_the_name() -> None:
    """``Ann Lee, PhD FSPIE, FSIIM``: the degree, then the societies she is a fellow of; a word after a degree that
    is no fellowship (``Ann Lee, PhD, Fudan``) stays."""
    assert bare_name("Elizabeth A. Krupinski, PhD FSPIE, FSIIM, FATA, FAIMBE") == "Elizabeth A. Krupinski"
    assert bare_name("Ann Lee, MD FRCP") == "Ann Lee"
    assert bare_name("Ann Lee, PhD, Fudan") == "Ann Lee, PhD, Fudan"


THEMES_ABOUT = """---
layout: default
---
<div class="post">
<header class="post-header"><h1 class="post-title">{{ site.title }}</h1></header>
<article>
<div class="clearfix">{{ content }}</div>
{% if page.news %}<h2>news</h2>{% include news.html %}{% endif %}
{extra}</article>
</div>
"""
WRITTEN_OVER = """<h2>Organizers</h2>
<table id="speaker-table">
<tr><td><img src="assets/img/ann.jpg" /></td><td><img src="https://bo.example.org/bo.png" /></td></tr>
<tr><td><a href="https://ann.example.org">Ann Lee</a> <br />Research Scientist,<br/> Google</td>
<td><a href="https://bo.example.org">Bo Wu</a> <br />Assistant Professor, <br/> UT Austin</td></tr>
</table>
<h2>Advisory Committee</h2>
<table id="speaker-table">
<tr><td><a href="https://cy.example.org">Cy Chen</a> <br />Professor <br/> MIT</td></tr>
</table>
"""


def test_a_theme_layout_the_site_wrote_its_people_into_is_read_around_its_page(tmp_path: Path) -> None:
    """al-folio's ``about`` layout with the site's people written in it under the content (HTML tables: a row of
    photos, a row of "<a>Name</a><br>Position,<br/>Affiliation" cells): read like the page, with the layout's
    file:line, each heading's role a guess named once; the layout as the theme ships it stays chrome."""
    written = THEMES_ABOUT.replace("{extra}", WRITTEN_OVER)
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "Welcome to the workshop.", "layout: about\n"),
                                "_layouts/about.html": written})  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert [(p["name"], p.get("affiliation")) for p in people.values()] == [
        ("Ann Lee", "Research Scientist, Google"), ("Bo Wu", "Assistant Professor, UT Austin"),
        ("Cy Chen", "Professor, MIT")]  # fmt: skip
    assert _edition(site)["organizers"] == ["ann-lee", "bo-wu", "cy-chen"]
    assert "location" not in _edition(site)  # "Assistant Professor, UT Austin" names no city
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_layouts/about.html:9: role 'organizers' read from the heading 'Organizers'" in report
    assert "_layouts/about.html:15: role 'organizers' read from the heading 'Advisory Committee'" in report
    shipped = THEMES_ABOUT.replace("{extra}", "")
    page = _found_people(tmp_path / "shipped", {"_pages/about.md": _page("about", "/", "Welcome.", "layout: about\n"),
                                                "_layouts/about.html": shipped})  # fmt: skip
    assert page.people == []
    (read,) = jekyll.read_site(tmp_path / "shipped").pages
    assert read.layouts == []


def test_people_as_grid_rows_a_photo_column_beside_a_column_whose_heading_names_them(tmp_path: Path) -> None:
    """``<div class="row">`` with a photo in one column and ``<h4><a>Name</a></h4>`` (and an affiliation line) in
    the next, no class calling it a card: a person, their role from the heading above, else the page's title (a
    name's link, ``/team/``, says no role)."""
    card = """\
<div class="row justify-content-sm-center">
    <div class="col-sm-3 mt-3 mt-md-0">
        <img class="img-fluid rounded z-depth-1" src="{{{{ '/assets/img/{photo}' | relative_url }}}}" alt=""/>
    </div>
    <div class="col-sm-8 mt-3 mt-md-0">
    <h4> <a href="https://example.org/team/{photo}/">{name}</a> </h4>
    {affiliation}
    </div>
</div>

<br>
"""
    speakers = "<h4> Perception and Tracking </h4>\n\n" + card.format(photo="ann", name="Ann Lee", affiliation="") + \
        card.format(photo="bo", name="Bo Wu", affiliation="")
    organizers = card.format(photo="cy", name="Cy Chen", affiliation="Temple University")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_pages/speakers.md": _page("Speakers", "/speakers/", speakers, "nav: true\n"),
                                     "_pages/organizers.md": _page("Organizers", "/organizers/", organizers,
                                                                   "nav: true\n")})
    assert sorted((p.name, p.role, p.affiliation, p.url, p.photo) for p in found.people) == [
        ("Ann Lee", "speakers", None, "https://example.org/team/ann/", "/assets/img/ann"),
        ("Bo Wu", "speakers", None, "https://example.org/team/bo/", "/assets/img/bo"),
        ("Cy Chen", "organizers", "Temple University", "https://example.org/team/cy/", "/assets/img/cy"),
    ]  # fmt: skip
    assert not [n for n in found.notes if "not read as people" in n.what]


def test_cards_whose_names_are_headings_take_the_role_of_the_heading_over_them(tmp_path: Path) -> None:
    layout = """\
<h2>Speakers</h2>
<div class="card"><img src="/assets/img/ann.jpg"><div class="card-body">
  <h2 class="card-title">Ann Lee</h2><h6 class="card-text">MIT</h6></div></div>
<div class="card"><div class="card-body"><h2 class="card-title">Bo Wu</h2></div></div>
<h2>Organizers</h2>
<div class="card"><div class="row">
  <div class="card-img col-md-6"><img src="/assets/img/cy.jpg"></div>
  <div class="card-body"><h4 class="card-title">Cy Chen
  </h4><h6 class="card-text">ETH</h6></div>
</div></div>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "", "layout: workshop\n"),
                          "_layouts/workshop.html": layout})  # fmt: skip
    site = jekyll.read_site(tmp_path)
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role) for p in found.people] == [
        ("Ann Lee", "speakers"), ("Bo Wu", "speakers"), ("Cy Chen", "organizers")
    ]  # fmt: skip
    assert found.people[2].photo == "/assets/img/cy.jpg"  # from the card's photo box beside the name
    # A role read from the organizers' words is a guess, named once for each heading at its line
    assert [(n.where, n.what, n.guess) for n in found.notes] == [
        ("_layouts/workshop.html:1", "role 'speakers' read from the heading 'Speakers'", True),
        ("_layouts/workshop.html:5", "role 'organizers' read from the heading 'Organizers'", True),
    ]


def test_a_cards_name_with_words_in_brackets_after_it_is_the_name_without_them(tmp_path: Path) -> None:
    page = """\
<h3>Panelists</h3>
<div class="col-lg-2"><a href="https://pp.org/"><img class="people-pic" src="/assets/img/pp.jpg"></a>
  <div class="people-name"><a href="https://pp.org/">Paolo Papotti (moderator)</a><h6>Eurecom</h6></div></div>
<div class="col-lg-2"><a href="https://am.org/"><img class="people-pic" src="/assets/img/am.jpg"></a>
  <div class="people-name"><a href="https://am.org/">Andreas Mueller (Microsoft)</a></div></div>
<div class="col-lg-2"><a href="https://al.org/"><img class="people-pic" src="/assets/img/al.jpg"></a>
  <div class="people-name"><a href="https://al.org/">Ann Lee (Annie Lee)</a></div></div>
<div class="col-lg-2"><a href="https://bw.org/"><img class="people-pic" src="/assets/img/bw.jpg"></a>
  <div class="people-name"><a href="https://bw.org/">Bo Wu (TBC)</a></div></div>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", page)})
    site = jekyll.read_site(tmp_path)
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Paolo Papotti", "panelists", "Eurecom"),
        ("Andreas Mueller", "panelists", "Microsoft"),  # a place in brackets where the card names none: hers
        ("Ann Lee (Annie Lee)", "panelists", None),  # a name in brackets: part of how she is named
        ("Bo Wu", "panelists", None),  # not yet confirmed: no place of work
    ]
    assert [n.what for n in found.notes if "moderator" in n.what] == [
        "'Paolo Papotti (moderator)': '(moderator)' after the name is not part of it, and the new card does not show it"
    ]


def test_a_card_whose_parts_say_what_they_are(tmp_path: Path) -> None:
    page = """\
<h2>Speakers</h2>
<div class="speakers-grid">
  <div class="speaker-card">
    <div class="speaker-image-container"><img src="/assets/img/ann.jpg" alt="Ann Lee"></div>
    <div class="speaker-info">
      <h3 class="speaker-name">Ann Lee</h3>
      <p class="speaker-affiliation">Google DeepMind</p>
      <div class="speaker-bio"><p>Ann works on minds.</p></div>
      <a href="https://ann.org"><i class="fas fa-address-card"></i></a>
    </div>
  </div>
</div>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", page)})
    assert [(p.name, p.role, p.affiliation, p.photo, p.bio, p.url) for p in found.people] == [
        ("Ann Lee", "speakers", "Google DeepMind", "/assets/img/ann.jpg", "Ann works on minds.", "https://ann.org")
    ]  # fmt: skip
    assert [(n.where, n.what) for n in found.notes] == [
        ("_pages/about.md:6", "role 'speakers' read from the heading 'Speakers'")]


def test_files_listed_under_exclude_are_not_published(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "_config.yml": CONFIG + "exclude:\n  - _pages/blog.md\n  - _projects\n",
        "_pages/about.md": _page("about", "/"),
        "_pages/blog.md": _page("blog", "/blog/", "", "nav: true\n"),
        "_projects/1_project.md": "---\ntitle: project 3 with a very long name\n---\n",
    })  # fmt: skip
    site = jekyll.read_site(tmp_path)
    assert [p.url for p in site.pages] == ["/"] and "projects" not in site.collections
    assert [n.where for n in site.notes] == ["_pages/blog.md:1", "_projects/:1"]


def test_pages_sharing_an_address_are_published_as_jekyll_writes_them_the_last_by_name(tmp_path: Path) -> None:
    """Jekyll writes its pages in the order of their file names, so of two pages with one permalink a visitor sees
    the last: a renamed old programme (``program-2021.md``, ``program.2023.md``) is not the workshop's programme."""
    old = "|Time|Session|\n|---|---|\n|13:00-13:30|Keynote: Old Speaker|\n"
    dest = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "Held on **October 2, 2023**."),
        "_pages/program-2021.md": _page("Program", "/program/", "October 11, 2021\n\n" + old, "nav: true\n"),
        "_pages/program.2023.md": _page("Program", "/program/", "October 2, 2023\n\n" + old, "nav: true\n"),
        "_pages/program.md": _page("Proceedings", "/program/", "The proceedings are online.", "nav: true\n"),
    })  # fmt: skip
    edition = _edition(dest)
    assert not edition.get("schedule")
    assert "The proceedings are online." in (dest / "docs/program.md").read_text(encoding="utf-8")
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    for rel in ("_pages/program-2021.md", "_pages/program.2023.md"):
        assert f"{rel}:1: shares the address /program/ with _pages/program.md" in report


def test_people_in_lists_and_names_no_step_reads_are_reported(tmp_path: Path) -> None:
    about = """\
## Organizers

* [Yingzhen Li](http://yingzhenli.net), Imperial College London.
* **Dee Wong** (OpenAI)
* Wenbo Gong - Microsoft Research

## Program Committee

* Ann Lee, MIT
* Bo Wu, ETH

## Invited Speakers

<div><p>Cy Chen</p><p>Oxford</p></div>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Yingzhen Li", "organizers", "Imperial College London", "http://yingzhenli.net"),
        ("Dee Wong", "organizers", "OpenAI", None),
        ("Wenbo Gong", "organizers", "Microsoft Research", None),
    ]  # fmt: skip
    assert [(n.where, n.what) for n in found.notes] == [
        ("_pages/about.md:6", "role 'organizers' read from the heading 'Organizers'"),
        ("_pages/about.md:19", "under 'Invited Speakers': Cy Chen named but not read as people: kept as written"),
    ]


def test_a_talks_list_naming_speakers_already_read_does_not_report_them_unread(tmp_path: Path) -> None:
    """The speakers read on the home page, then under "Invited Talks" on the program a list of each talk's title,
    speaker and abstract: the speakers are in the data with that role, so only a name the data lacks is reported."""
    home = "## Speakers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n"
    talks = """## Invited Talks

<ul>
  <li><h4>Deep Nets</h4><p><a href="https://ann.example.org"><strong>Ann Lee</strong></a> (MIT)</p></li>
  <li><h4>Wide Nets</h4><p><strong>Bo Wu</strong> (ETH)</p></li>
  <li><h4>Tall Nets</h4><p><strong>Cy Chen</strong> (CMU)</p></li>
</ul>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                     "_pages/program.md": _page("Program", "/program/", talks, "nav: true\n")})
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "speakers"), ("Bo Wu", "speakers")]
    unread = [n.what for n in found.notes if "not read as people" in n.what]
    assert len(unread) == 1 and "Cy Chen" in unread[0] and "Ann Lee" not in unread[0] and "Bo Wu" not in unread[0]


def test_people_in_an_html_list_under_a_heading_naming_their_role(tmp_path: Path) -> None:
    """``<h2>Speaker List</h2><ul><li><b>Ann Lee</b>, Researcher at MIT</li>...``: read like a Markdown list."""
    body = """<table class="schedule"><tr><td>09:00am</td><td>Opening Remarks</td></tr></table>

<h2>Speaker List</h2>
<ul>
<li><b>Ann Lee</b>, Social Scientist at NIST</li>
<li><b>Bo Chen</b>, AI Engineer for OpenML; Eindhoven University of Technology </li>
</ul>
"""
    found = _found_people(tmp_path, {"_pages/schedule.md": _page("Schedule", "/", body)})
    assert [(p.name, p.role, p.affiliation, p.where) for p in found.people] == [
        ("Ann Lee", "speakers", "Social Scientist at NIST", "_pages/schedule.md:10"),
        ("Bo Chen", "speakers", "AI Engineer for OpenML; Eindhoven University of Technology", "_pages/schedule.md:11"),
    ]


def test_an_html_block_ends_at_its_closing_tag_as_kramdown_reads_it() -> None:
    found = blocks.parse("<table><tr><td>Ann</td></tr></table>\n### Call for Papers\n\nText.\n")
    assert [(b.kind, b.start, b.text) for b in found if not b.in_html] == [
        ("html", 0, ""), ("heading", 1, "Call for Papers"), ("paragraph", 3, "Text.")
    ]  # fmt: skip


def test_a_schedule_no_step_reads_is_reported_line_by_line(tmp_path: Path) -> None:
    program = "<div>\n9:00 Opening remarks<br>\n9:10 *Fast Kernels*, Ann Lee<br>\n</div>\n"
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/program.md": _page("Program", "/", program)})
    found = schedule.find_schedule(reach.reachable(jekyll.read_site(tmp_path))[0], set(), 2024)
    assert found.entries == []  # an HTML block no step reads: kept as written, each of its timed lines named
    assert [n.where for n in found.notes] == ["_pages/program.md:7", "_pages/program.md:8"]
    write_tree(tmp_path, {"_pages/program.md": _page("Program", "/", "9:00 Opening remarks\n9:10 Fast Kernels\n")})
    found = schedule.find_schedule(reach.reachable(jekyll.read_site(tmp_path))[0], set(), 2024)
    assert [n.where for n in found.notes] == ["_pages/program.md:6", "_pages/program.md:7"]
    assert "Fast Kernels" in found.notes[1].what


def test_dates_in_a_table_under_a_dates_heading(tmp_path: Path) -> None:
    page = _page("call", "/call/", "## Important Dates\n\n| Milestone | Date (AoE) |\n|:---|:---|\n"
                 "| Submission Deadline | **June 16, 2026** |\n| Acceptance Notification | July 24, 2026 |\n"
                 "| Workshop Date | Mid October |\n", "nav: true\n")  # fmt: skip
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Submission Deadline", dt.date(2026, 6, 16)), ("Acceptance Notification", dt.date(2026, 7, 24))
    ]  # fmt: skip
    assert [(n.where, n.what) for n in found.notes] == [
        ("_pages/call.md:13", "date not understood, kept as text: Workshop Date: Mid October")
    ]


# -- the whole import --


def test_a_long_run_of_lost_lines_is_quoted_whole_over_several_items(tmp_path: Path) -> None:
    """Twelve lines in a row the new site does not show (a table Markdown cut down to one column): every word of
    them is quoted in MIGRATION.md, over several items each starting at its own line, none cut short."""
    titles = [f"Predictive Framework Number{n} for Manipulators on Disturbed Platforms{n}" for n in range(12)]
    page = _page("about", "/", "".join(f"Talk: {t}<br>\n" for t in titles))
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": page})
    site = jekyll.read_site(tmp_path)
    lost = accounting.unaccounted(site, reach.reachable(site)[0], {"talk"}, [])
    assert len(lost) > 1 and all(len(n.what) < 600 and "…" not in n.what for n in lost)
    assert all(any(t in n.what for n in lost) for t in titles)
    assert [n.where for n in lost] == sorted({n.where for n in lost}, key=lambda w: int(w.rsplit(":", 1)[1]))

def test_a_comment_in_a_layout_or_a_page_is_not_text_a_reader_sees(tmp_path: Path) -> None:
    """``<!-- Alternative titles: ... -->`` over several lines of a layout's header, or of a page: not shown by the
    old site, so not named as text the new one lost; the header's own words are."""
    layout = ('---\nlayout: default\n---\n<div class="post">\n<header class="post-header">\n<h1 class="post-title">'
              '{{ page.title }}<br />\n<!-- Alternative titles:\n  "Versatile Robots Everywhere"\n  "Generalist '
              'Robotics Now"\n-->\nHeld in Quillon Hall\n</h1>\n</header>\n<article>{{ content }}</article>\n</div>\n')
    body = "Welcome to the workshop.\n\n<!--\nDraft: Lorem Ipsumly Dolor\n-->\n"
    site = _imported(tmp_path, {"_layouts/workshop.html": layout,
                                "_pages/about.md": _page("about", "/", body).replace("layout: page", "layout: workshop")})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Quillon Hall" in report
    assert "Versatile" not in report and "Generalist" not in report and "Lorem" not in report

def test_a_name_the_new_site_shows_only_word_by_word_is_named_as_not_carried_over(tmp_path: Path) -> None:
    """A line whose words are all somewhere on the new site, but one of whose names is not (its words stand
    apart: "John" in one card, "Doe" in another), is named: a name is lost whole or not at all. A dash between two
    words stands between them ("Part I—Systems"), and a line break or a cell ends a name."""
    page = _page("about", "/", "Speakers: Jane Smith, John Doe<br>Part I—Systems / Ada Lee<br>Google DeepMind\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": page})
    site = jekyll.read_site(tmp_path)
    shown = {"speakers", "jane", "smith", "john", "doe", "jane smith", "part", "i", "systems", "ada", "lee",
             "google", "deepmind", "ada lee", "google deepmind", "john smith"}
    lost = accounting.unaccounted(site, reach.reachable(site)[0], shown, [])
    assert [n.what.split(": ", 1)[1] for n in lost] == ['"Speakers: Jane Smith, John Doe · Part I—Systems / Ada Lee · '
                                                        'Google DeepMind"']  # fmt: skip
    assert words("Part I—Systems") == ["part", "i", "systems"]
    assert not accounting.unaccounted(site, reach.reachable(site)[0], shown | {"john doe", "part i"}, [])

ABOUT = """\
---
layout: about
title: home
permalink: /
subtitle: Workshop at ICML 2024 in Vienna
nav: true
---

The workshop takes place on **July 26, 2024** in Vienna.
![Speedup](../assets/img/speedup.png)
{% include figure.liquid path="assets/img/plot.png" alt="Plot" %}

Slides: [pdf](/assets/pdf/slides.pdf). Text with ~~strike~~, a footnote[^1] and \\#hashtag.

[^1]: The note.

## Schedule

| Time (CEST) | Talk | Speaker |
|---|---|---|
| 9:00 | Opening remarks | |
| 9:10 | Fast Kernels | Ann Lee (MIT) |
"""


def test_a_site_is_written_that_builds_and_keeps_its_files(tmp_path: Path) -> None:
    write_tree(tmp_path / "src", {
        "_config.yml": "title: blank\nfirst_name: Tiny\nlast_name: Workshop\n"
                       "description: A simple, whitespace theme for academics.\n",
        "_pages/about.md": ABOUT,
        "assets/img/speedup.png": b"\x89PNG stand-in", "assets/img/plot.png": b"\x89PNG stand-in",
        "assets/pdf/slides.pdf": b"%PDF stand-in",
    })  # fmt: skip
    notes = import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    assert edition["name"] == "Tiny Workshop 2024" and "title" not in edition  # al-folio's description is no title
    assert (edition["date"], edition["timezone"]) == (dt.date(2024, 7, 26), "Europe/Vienna")
    for copied in ("assets/img/speedup.png", "assets/img/plot.png", "assets/pdf/slides.pdf"):
        assert (tmp_path / "site/docs" / copied).is_file()
    assert [n.guess for n in notes] == [True, True, True, True]  # the city, the zone, the day, the host: to confirm
    assert any(n.what.startswith("the city, Vienna, read from") for n in notes)
    assert edition["conference"] == {"name": "ICML 2024"}
    (tmp_path / "site/MIGRATION.md").unlink()
    page = soup(build_site(tmp_path / "site") / "index.html")
    article = page.select_one("article")
    assert article.find("del").get_text() == "strike"
    assert article.select_one(".footnote") is not None
    assert "#hashtag" in article.get_text()
    assert article.find("a", string="pdf")["href"] == "assets/pdf/slides.pdf"
    assert [img["src"] for img in article.select("p img")] == ["assets/img/speedup.png", "assets/img/plot.png"]
    assert [t.get_text() for t in page.select(".esfomo-schedule time")] == ["9:00", "9:10"]


def test_no_year_is_reported_not_invented(tmp_path: Path) -> None:
    write_tree(tmp_path / "src", {"_config.yml": "title: Tiny\n", "_pages/about.md": _page("home", "/", "Hello.")})
    notes = import_site(tmp_path / "src", tmp_path / "site")
    assert (tmp_path / "site/docs/_data/editions/workshop.yml").is_file()
    assert _edition(tmp_path / "site")["name"] == "Tiny"
    assert any("no year found" in n.what for n in notes)


def test_a_non_empty_destination_is_refused_and_left_untouched(tmp_path: Path) -> None:
    write_tree(tmp_path / "dest", {"keep.txt": "mine"})
    with pytest.raises(FileExistsError):
        import_site(SITES / "esfomo-2025", tmp_path / "dest")
    assert sorted(p.name for p in (tmp_path / "dest").iterdir()) == ["keep.txt"]


def test_an_import_that_fails_midway_leaves_nothing_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs_esfomo.importers.alfolio import pipeline

    def broken(dest: Path) -> list[Any]:
        assert (dest / "docs/_data/people.yml").is_file()  # half the site is written when it fails
        raise RuntimeError("disk gone")

    monkeypatch.setattr(pipeline, "loadable", broken)
    with pytest.raises(RuntimeError):
        import_site(SITES / "esfomo-2025", tmp_path / "new")
    (tmp_path / "empty").mkdir()
    with pytest.raises(RuntimeError):
        import_site(SITES / "esfomo-2025", tmp_path / "empty")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]  # nothing beside it either
    assert list((tmp_path / "empty").iterdir()) == []


def test_an_import_takes_the_place_of_an_empty_folder_with_its_mode(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir(mode=0o750)
    (tmp_path / "empty").chmod(0o750)
    import_site(SITES / "esfomo-2025", tmp_path / "empty")
    import_site(SITES / "esfomo-2025", tmp_path / "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty", "new"]
    assert (tmp_path / "empty").stat().st_mode & 0o777 == 0o750
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o777 & ~current_umask()
    assert (tmp_path / "new/docs/_data/people.yml").read_text() == (tmp_path / "empty/docs/_data/people.yml").read_text()


def test_migration_report_keeps_check_strict_failing_until_resolved(tmp_path: Path) -> None:
    dest = tmp_path / "site"
    result = _run("import-alfolio", str(SITES / "esfomo-2025"), str(dest))
    assert result.returncode == 1  # something is left to review
    assert "_projects/dirk.md:1: card of Dirk Groeneveld is not shown on any page" in result.stdout
    assert "guess: _pages/about.md:31: time zone America/Vancouver read from 'PT in Vancouver'" in result.stdout
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    open_lines = [n for n, line in enumerate(report.splitlines(), 1) if line.startswith("- [ ] ")]
    assert len(open_lines) == 15  # ... the city, read from the home page's words, and the host conference
    check = _run("check", "--strict", "-f", str(dest / "mkdocs.yml"))
    assert check.returncode == 1
    assert f"MIGRATION.md:{open_lines[0]}:1: warning: migration: _pages/about.md:1: the workshop's day" in check.stderr
    assert _run("check", "-f", str(dest / "mkdocs.yml")).returncode == 0  # warnings only
    (dest / "MIGRATION.md").write_text(report.replace("- [ ] ", "- [x] "), encoding="utf-8")
    assert pending(dest) == []
    # Checked off, but the day the report asked for is still missing: the schedule's times cannot be placed.
    check = _run("check", "--strict", "-f", str(dest / "mkdocs.yml"))
    assert check.returncode == 1 and "the schedule has times but the edition has no date" in check.stderr
    edition = next((dest / "docs/_data/editions").glob("*.yml"))
    edition.write_text(edition.read_text(encoding="utf-8") + "date: 2025-07-18\n", encoding="utf-8")
    assert _run("check", "--strict", "-f", str(dest / "mkdocs.yml")).returncode == 0
    build_site(dest)  # --strict


def test_the_built_site_fails_strict_while_the_report_has_open_items(tmp_path: Path) -> None:
    import_site(SITES / "esfomo-2023", tmp_path / "site")
    with pytest.raises(Exception, match="BuildError"):  # the report's open items are warnings
        build_site(tmp_path / "site")
    (tmp_path / "site/MIGRATION.md").unlink()
    edition = tmp_path / "site/docs/_data/editions/2023.yml"  # the day it asked for (the old site never says it)
    edition.write_text(edition.read_text(encoding="utf-8") + "date: 2023-07-29\n", encoding="utf-8")
    page = soup(build_site(tmp_path / "site") / "index.html")
    assert "Philippe Tillet" in page.select_one("article").get_text()


def test_a_schedule_written_as_a_list_on_the_schedule_page() -> None:
    body = """\
- Morning session
  - 09:00 - 09:05 Welcome & *Opening Remarks*
  - 09:05 - 09:35 *Keynote:* Responsible Data Curation, Jerone Andrews, virtual
  - 10:32 - 11:00 *Coffee break* / Social Networking
"""
    times = jekyll.JekyllPage(
        "_pages/times.md", {"title": "Accepted papers"}, "- 11:30 - 12:00 A paper\n- 12:00 B\n- 13:00 C\n", 5, "/a/"
    )
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, body, 8, "/schedule/")
    out = schedule.find_schedule([times, page], set(), 2024)
    assert _flat(out) == [
        ("09:00", "remarks", "Welcome & Opening Remarks", []),
        ("09:05", "keynote", "Responsible Data Curation", ["Jerone Andrews"]),
        ("10:32", "break", "Coffee break / Social Networking", []),
    ]
    assert out.entries[0].title == "Morning session" and not out.notes  # the session the list nests them under


def test_a_list_item_with_its_time_in_brackets_at_its_end() -> None:
    """``- Lunch Break (12:30 - 13:30)`` between two sessions of a list schedule: a row at 12:30 titled Lunch Break,
    not a row without a time titled by the end of its bracket."""
    body = """\
- Morning session
  - 09:00 - 09:05 Welcome & *Opening Remarks*
  - 12:00 - 12:30 Contributed *Research Poster Session*
- Lunch Break (12:30 - 13:30)
- Afternoon session
  - 13:30 - 14:00 *Keynote:* Graph Learning: A Data Perspective, Tong Zhao, onsite
  - 14:30 - 15:00 Contributed *Research Oral Talks*
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, body, 8, "/schedule/")
    out = schedule.find_schedule([page], set(), 2024)
    assert _flat(out) == [
        ("09:00", "remarks", "Welcome & Opening Remarks", []),
        ("12:00", "poster", "Contributed Research Poster Session", []),
        ("12:30", "break", "Lunch Break", []),
        ("13:30", "keynote", "Graph Learning: A Data Perspective", ["Tong Zhao"]),
        ("14:30", "oral", "Contributed Research Oral Talks", []),
    ]


def test_the_items_a_list_schedule_nests_under_an_untimed_item_are_that_session() -> None:
    """``- Afternoon session`` over its timed sub-items (a keynote, oral talks, a break): one session of all of
    them, as the list shows, whatever their kinds; an item after the nested ones is not in it."""
    body = """\
- Morning session
  - 09:00 - 09:05 Welcome & *Opening Remarks*
  - 12:00 - 12:30 Contributed *Research Poster Session*
- Afternoon session
  - 13:30 - 14:00 *Keynote:* Graph Learning: A Data Perspective, Tong Zhao, onsite
  - 14:30 - 15:00 Contributed *Research Oral Talks*
  - 15:00 - 15:30 *Coffee break* / Social Networking
- 17:00 - 17:10 Closing
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, body, 8, "/schedule/")
    out = schedule.find_schedule([page], set(), 2024)
    shown = [(e.title, [i.title for i in e.items]) if isinstance(e, program.Session) else e.title
             for e in out.entries]  # fmt: skip
    assert shown == [
        ("Morning session", ["Welcome & Opening Remarks", "Contributed Research Poster Session"]),
        ("Afternoon session", ["Graph Learning: A Data Perspective", "Contributed Research Oral Talks",
                               "Coffee break / Social Networking"]),
        "Closing",
    ]  # fmt: skip
    assert not [n for n in out.notes if "no talks" in n.what]


def test_how_a_talk_is_given_written_after_its_speaker_is_kept_as_a_note() -> None:
    """``Title, Ann Lee, virtual``: the talk is Ann Lee's, titled Title; "virtual" is kept as a note, not lost."""
    talk = program.who_and_title("Responsible Data Curation, Jerone Andrews, virtual")
    assert (talk.title, [p.name for p in talk.people], talk.abstract) == (
        "Responsible Data Curation", ["Jerone Andrews"], ["virtual"])


UNREAD = """---
layout: workshop
title: about
permalink: /
---

The workshop is on July 26, 2024 in Vienna.

## Organizers

<div class="row">
  <div class="col-sm-4 card">
    <div class="card-body"><h5 class="card-title">Ann Lee</h5><p>MIT</p></div>
  </div>
  <div class="col-sm-4 card">
    <div class="card-body"><h5 class="card-title">Bo Chen</h5><p>ETH Zurich</p></div>
  </div>
  <p>Award committee: Zed Quorum and Yara Plinth</p>
</div>

## Schedule

<div class="schedule">
  <div class="slot"><span class="time">9:00</span><span class="title">Opening words</span></div>
  <div class="slot"><span class="time">9:10</span><span class="title">Kernels at speed</span>
    <span class="speaker">Ann Lee</span></div>
</div>
"""


def test_a_block_schedule_whose_talks_are_a_word_then_a_speaker_with_an_affiliation_part(tmp_path: Path) -> None:
    """``Talk: <a class="schedule-speaker">Ann Lee</a><div class="schedule-detail">MIT</div>``: the word is the
    title without its colon, the speaker is the speaker, and the part saying more of them is said beside the
    title (the abstract), not the title; a speaker written "TBA" leaves the talk with no one."""
    slot = ('<div class="schedule-item"><div class="schedule-time">{time}</div><div class="schedule-desc">\n'
            'Talk: <a href="https://{who}.example.org" class="schedule-speaker">{who}</a>\n'
            '<div class="schedule-detail">{affiliation}</div>\n</div></div>\n')
    home = ("On **July 10, 2026**.\n\n<div class=\"schedule-list\">\n"
            '<div class="schedule-item"><div class="schedule-time">08:50–09:00</div>'
            '<div class="schedule-desc">Introduction to the workshop</div></div>\n'
            + slot.format(time="09:00–09:40", who="Ann Lee", affiliation="Caltech · MIT")
            + slot.format(time="09:40–10:20", who="TBA", affiliation="").replace('<a href="https://TBA.example.org"',
                                                                              "<span").replace("</a>", "</span>")
            + "</div>\n")  # fmt: skip
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    rows = [(i["time"], i.get("title"), i.get("speakers"), i.get("abstract")) for i in _edition(site)["schedule"]]
    assert rows == [("08:50", "Introduction to the workshop", None, None),
                    ("09:00", "Talk", ["ann-lee"], "Caltech · MIT"), ("09:40", "Talk", None, None)]  # fmt: skip
    assert _edition(site)["speakers"] == ["ann-lee"]  # a 40-minute talk where none is labelled invited


def test_a_block_schedule_whose_rows_have_a_header_of_time_and_title_over_their_talks(tmp_path: Path) -> None:
    """``<div class="time-block"><div class="time-header"><div class="time-slot">`` then the talks in a sibling
    ``<div class="session-content">``: the whole block is the row, its talk and speaker (or its papers) in it."""
    block = ('<div class="time-block {cls}">\n<div class="time-header">\n<div class="time-slot">{time}</div>\n'
             '<div class="session-title">{title}</div>\n</div>\n<div class="session-content">\n{talks}</div>\n'
             '</div>\n\n')
    talk = ('<div class="paper-item"><a href="#" class="paper-title">"{title}"</a>\n'
            '<div class="paper-authors"><span class="speaker-name">{who}</span> (MIT)</div></div>\n')
    program = ('<div class="schedule-container">\n\n'
               + block.format(cls="invited-talk", time="9:00 AM - 10:00 AM", title="Keynote",
                              talks=talk.format(title="Kernels at speed", who="Ann Lee"))
               + block.format(cls="break-block", time="10:00 AM - 10:30 AM", title="Coffee Break",
                              talks="<p>Networking</p>\n")
               + block.format(cls="", time="10:30 AM - 11:30 AM", title="Paper Session I",
                              talks=talk.format(title="Tiny proofs", who="Bo Chen")
                              + talk.format(title="Small models", who="Cy Dao"))
               + "</div>\n")  # fmt: skip
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    keynote = next(i for i in schedule if i.get("time") == "9:00AM")
    assert keynote.get("speakers") == ["ann-lee"] and "Kernels at speed" in keynote["title"]
    session = next(i for i in schedule if i.get("session") == "Paper Session I")
    assert [i.get("title") for i in session["items"]] == ["Tiny proofs", "Small models"]  # the quotes mark them


def test_a_card_with_no_role_above_no_photo_and_no_link_is_no_ones(tmp_path: Path) -> None:
    """Cards whose class names a thing (``<div class="topic-card"><h3>Important Dates</h3><ul>...``) under headings
    that name no role, with no photo and no link: no one's, their words stay on the page; a volunteer's card with a
    photo is someone's."""
    about = """<section>
<h2>Why this workshop</h2>
<div class="topic-card"><h3>Tool-Augmented Reasoning</h3><p>Integrating language models with computation.</p></div>
<div class="cfp-card"><h3>Important Dates</h3><ul><li><strong>Submission deadline:</strong> May 13, 2026</li></ul></div>
<div class="venue-card"><h3>Location</h3><p><strong>COEX Convention Center</strong><br>Seoul, South Korea</p></div>
<h2>Get involved</h2>
<div class="volunteer-card"><img src="/assets/img/tao.jpg"><div class="volunteer-name">Tao Wang</div></div>
</section>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role) for p in found.people] == [("Tao Wang", None)]


def test_what_the_import_cannot_read_stays_on_the_page_or_is_named_in_the_report(tmp_path: Path) -> None:
    """Prose under people's cards stays on the page as written; a schedule of <div>/<span> blocks is read as one
    (not as sponsors); text only a layout shows is named, with its file:line, as not carried over; and the command
    says so."""
    write_tree(tmp_path / "src", {
        "_config.yml": "title: Tiny Workshop 2024\n",
        "_pages/about.md": UNREAD,
        "_layouts/workshop.html": "<html><body>\n{{ content }}\n<footer>\n<p>Venue: Quillon Hall, Level 3</p>\n"
                                  "</footer></body></html>\n",
    })  # fmt: skip
    result = _run("import-alfolio", str(tmp_path / "src"), str(tmp_path / "site"))
    assert result.returncode == 1
    report = (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/about.md:11: kept as text, not data" in report  # the cards' region, with the prose in it
    assert "_pages/about.md:23: kept as text" not in report  # the <div> schedule, read as one
    assert [i["title"] for i in _edition(tmp_path / "site")["schedule"]] == ["Opening words", "Kernels at speed"]
    assert '_layouts/workshop.html:4: not carried over (its words are not on the new site): "Venue: Quillon Hall' in report
    (tmp_path / "site/MIGRATION.md").unlink()
    # not strict: "The workshop is on July 26" gives no day, so the schedule's times warn that they have none
    text = soup(build_site(tmp_path / "site", strict=False) / "index.html").select_one("article").get_text(" ")
    assert "Award committee: Zed Quorum and Yara Plinth" in text
    assert "Kernels at speed" in text and "Bo Chen" in text


def _edition_page(year: int, url: str, extra: str, past: str) -> str:
    return _page(f"Tiny Workshop {year}", url, f"""\
The workshop takes place on **July {year - 2000}, {year}** in Vienna.{past}

## Important dates

- Paper submission deadline: May 1, {year}

## Speakers

- Ann Lee{year} (MIT)
- Bo Chen{year} (ETH Zurich)

## Schedule

| Time (CEST) | Talk | Speaker |
|---|---|---|
| 9:00 | Opening remarks | |
| 9:10 | Kernels of {year} | Ann Lee{year} (MIT) |
""", extra)


def _two_editions(tmp_path: Path) -> list[Note]:
    """Import a site of two editions, a folder each (2025 current, 2024 past), into ``tmp_path / "site"``."""
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG,
        "index.md": "---\nredirect_to: /2025/\n---\n",
        "_pages/2025/index.md": _edition_page(2025, "/2025/", "nav: true\n", " Last year: [2024](/2024/)."),
        "_pages/2024/index.md": _edition_page(2024, "/2024/", "nav: false\n", ""),
    })  # fmt: skip
    return import_site(tmp_path / "src", tmp_path / "site")


def test_an_edition_per_folder_becomes_an_edition_each_the_newest_current(tmp_path: Path) -> None:
    notes = _two_editions(tmp_path)
    editions = _editions(tmp_path / "site")
    assert sorted(editions) == ["2024", "2025"]
    for year, edition in editions.items():
        assert edition["date"] == dt.date(int(year), 7, int(year) - 2000)
        assert [s["id"] for s in edition["speakers"]] == [f"ann-lee{year}", f"bo-chen{year}"]  # frozen: over
        assert [d["name"] for d in edition["dates"]] == ["Paper submission deadline"]
        assert str(edition["dates"][0]["at"]).startswith(f"{year}-05-01")
        assert [r["title"] for r in edition["schedule"]] == ["Opening remarks", f"Kernels of {year}"]
    config = yaml.safe_load((tmp_path / "site/mkdocs.yml").read_text(encoding="utf-8"))
    assert {"esfomo": {"current": "2025"}} in config["plugins"]
    past = (tmp_path / "site/docs/2024.md").read_text(encoding="utf-8")
    assert "edition: '2024'" in past and "<!-- esfomo/schedule -->" in past
    assert any(n.where == "_pages/2024/index.md:1" and "past edition 2024" in n.what for n in notes)
    (tmp_path / "site/MIGRATION.md").unlink()
    built = build_site(tmp_path / "site", strict=False)
    assert "Kernels of 2024" in soup(built / "2024/index.html").select_one(".esfomo-schedule").get_text()
    assert "Kernels of 2025" in soup(built / "2025/index.html").select_one(".esfomo-schedule").get_text()


def test_a_home_page_newer_than_the_pages_named_for_editions_is_the_current_edition(tmp_path: Path) -> None:
    """``index.md`` titled for 2025 beside ``cvpr2024.md`` and ``cvpr2023.md``: the home page is the 2025 edition,
    the current one, and the named pages past editions of their own."""
    home = _edition_page(2025, "/", "description: Tiny Workshop @ CVPR 2025\n", " Past: [2024](cvpr2024), [2023](cvpr2023).")
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG,
        "index.md": home.replace("title: Tiny Workshop 2025", "title: 4th Tiny Workshop"),
        "cvpr2024.md": _edition_page(2024, "/cvpr2024/", "", ""),
        "cvpr2023.md": _edition_page(2023, "/cvpr2023/", "", ""),
    })  # fmt: skip
    notes = import_site(tmp_path / "src", tmp_path / "site")
    editions = _editions(tmp_path / "site")
    assert sorted(editions) == ["2023-cvpr", "2024-cvpr", "2025"]
    assert [r["title"] for r in editions["2025"]["schedule"]] == ["Opening remarks", "Kernels of 2025"]
    assert editions["2024-cvpr"]["date"] == dt.date(2024, 7, 24)
    config = yaml.safe_load((tmp_path / "site/mkdocs.yml").read_text(encoding="utf-8"))
    assert {"esfomo": {"current": "2025"}} in config["plugins"]
    assert any(n.where == "index.md:1" and "2025" in n.what and n.guess for n in notes)


def test_the_pages_a_menu_of_prior_workshops_lists_are_past_editions_of_the_year_they_name(tmp_path: Path) -> None:
    """al-folio's dropdown "Prior workshops" listing ``/tiny1/`` and ``/tiny2/``, pages named by number, not year:
    each is the edition of the year its text names most, and its organizers are not the current edition's."""
    menu = ("---\nlayout: page\ntitle: Prior workshops\nnav: true\ndropdown: true\nchildren:\n"
            "  - title: tiny1\n    permalink: /tiny1/\n  - title: tiny2\n    permalink: /tiny2/\n---\n")
    home = ("The 3rd Tiny Workshop takes place on **October 8, 2026**, after those of 2019 and 2022.\n\n"
            "## Organizers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n")
    old = ("The {n} Tiny Workshop was held on December {day}, {year} in Oxford. Results of {year} are online.\n\n"
           "## Organizers\n\n- Ann Lee (MIT)\n- {who} (UCL)\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", home),
        "_pages/prior.md": menu,
        "_pages/tiny1.md": _page("Tiny1", "/tiny1/", old.format(n="1st", day=11, year=2019, who="Cy Chen"),
                                 "nav: false\n"),
        "_pages/tiny2.md": _page("Tiny2", "/tiny2/", old.format(n="2nd", day=12, year=2022, who="Di Ma"),
                                 "nav: false\n"),
    })  # fmt: skip
    editions = _editions(site)
    assert sorted(editions) == ["2019", "2022", "2026"]
    assert [o["id"] for o in editions["2026"]["organizers"]] == ["ann-lee", "bo-wu"]
    assert [o["id"] if isinstance(o, dict) else o for o in editions["2019"]["organizers"]][-1] == "cy-chen"
    config = yaml.safe_load((site / "mkdocs.yml").read_text(encoding="utf-8"))
    assert {"esfomo": {"current": "2026"}} in config["plugins"]


@pytest.mark.parametrize("home_says", ["The 3rd Tiny Workshop takes place in Oxford.", "Tiny 2026, in Oxford."])
def test_a_page_a_menu_of_prior_workshops_lists_but_the_import_keeps_current_is_named(tmp_path: Path,
                                                                                    home_says: str) -> None:
    """A page "Prior workshops" lists that names no year (``/tiny1/``), or any such page when the home page names
    no year later than theirs: read with the current edition, each named with its file as a guess to confirm, so
    that ``--strict`` fails until the organizer has looked."""
    menu = ("---\nlayout: page\ntitle: Prior workshops\nnav: true\ndropdown: true\nchildren:\n"
            "  - title: tiny1\n    permalink: /tiny1/\n  - title: tiny2\n    permalink: /tiny2/\n---\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", f"{home_says}\n\n## Organizers\n\n- Ann Lee (MIT)\n"),
        "_pages/prior.md": menu,
        "_pages/tiny1.md": _page("Tiny1", "/tiny1/", "The first Tiny Workshop was held in Oxford.\n", "nav: false\n"),
        "_pages/tiny2.md": _page("Tiny2", "/tiny2/", "The Tiny Workshop was held on December 12, 2022.\n",
                                 "nav: false\n"),
    })  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    named = [line for line in report.splitlines() if "listed as a past workshop" in line]
    files = ["_pages/tiny1.md:1", *(["_pages/tiny2.md:1"] if "2026" not in home_says else [])]
    assert [line.split()[3].rstrip(":") for line in named] == files, report
    assert all('"Prior workshops" (_pages/prior.md:1)' in line for line in named)
    assert sorted(_editions(site)) == (["2022", "2026"] if "2026" in home_says else ["workshop"])


_ONE_PAST = """Third Edition, June 3, 2024
----
# Speakers

- Cy Chen (CMU)

# Organizers

- Di Ma (UCL)

# Schedule

| **Time (EST)** |  |
| :-----: | :----- |
| 8:45 | **Welcome and Opening Remarks** |
| 9:00 | **Cy Chen**: Wide Nets |
"""


@pytest.mark.parametrize("body, past", [
    (_ONE_PAST, True),
    (_ONE_PAST.replace("----\n", "----\n\nSecond Edition, May 5, 2023\n----\n"), False),  # two editions on one page
    ("Previous editions of the Tiny Workshop:\n\n+ [Tiny'23](https://tiny.org/2023/)\n", False),  # links only
])  # fmt: skip
def test_a_page_titled_for_previous_editions_holding_one_is_that_past_edition(tmp_path: Path, body: str,
                                                                             past: bool) -> None:
    """A page "Previous Editions" (``/previous-editions``, named for no year) whose headings name one year older than
    the home page's ("Third Edition, June 3, 2024" over its speakers, organizers and schedule) holds that edition
    whole: its people and rows are the 2024 edition's, not the current one's, and its heading gives its day. One
    naming several years, or a list of links to past sites, stays with the current edition."""
    home = ("The workshop will be an in-person event at Tiny 2026, taking place on **April 22** from 9:00am.\n\n"
            "# Organizers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n")
    site = _imported(tmp_path, {
        "_pages/home.md": _page("Home", "/", home, "home_title: Tiny Forum @ Tiny 2026\n"),
        "_pages/previous.md": _page("Previous Editions", "/previous-editions", body, "nav: true\n"),
    })  # fmt: skip
    editions = _editions(site)
    if not past:
        assert sorted(editions) == ["2026"]
        return
    assert sorted(editions) == ["2024", "2026"]

    def ids(people: list[Any]) -> list[str]:
        return [p["id"] if isinstance(p, dict) else p for p in people]

    assert ids(editions["2026"]["organizers"]) == ["ann-lee", "bo-wu"]
    assert ids(editions["2024"]["organizers"]) == ["di-ma"] and ids(editions["2024"]["speakers"]) == ["cy-chen"]
    assert editions["2024"]["date"] == dt.date(2024, 6, 3)
    assert [(i["time"], ids(i.get("speakers") or [])) for i in editions["2024"]["schedule"]] == [
        ("8:45", []), ("9:00", ["cy-chen"])]


def test_a_site_title_naming_a_year_names_each_edition_by_its_own_year(tmp_path: Path) -> None:
    """``title: Tiny Forum @ ISMR 2026`` over the current edition and a page of its 2024 edition: each edition is
    named by the title with its own year ("Tiny Forum @ ISMR 2024"), not the title with a second year after it."""
    home = ("The workshop will be an in-person event at ISMR 2026, taking place on **April 22** from 9:00am.\n\n"
            "# Organizers\n\n- Ann Lee (MIT)\n")
    site = _imported(tmp_path, {
        "_config.yml": "title: Tiny Forum @ ISMR 2026\n",
        "_pages/home.md": _page("Home", "/", home),
        "_pages/previous.md": _page("Previous Editions", "/previous-editions", _ONE_PAST, "nav: true\n"),
    })  # fmt: skip
    assert {k: e["name"] for k, e in _editions(site).items()} == {
        "2024": "Tiny Forum @ ISMR 2024", "2026": "Tiny Forum @ ISMR 2026"}


def test_a_past_editions_day_is_read_in_its_own_year_when_the_sites_title_names_another(tmp_path: Path) -> None:
    """``title: Tiny @ AAAI 2026`` over the pages of three editions (``/aaai2025/``, ``/ijcai2024/``): each past
    edition's sentence "taking place on **Mar 3rd, 2025**" gives its day, though the site's title names 2026."""
    def home(year: int, url: str, day: str) -> str:
        return _page(f"Tiny-{year - 2000}", url, f"The workshop takes place on **{day}** in Vienna.\n\n"
                     f"## Schedule\n\n| Time | Event |\n| --- | --- |\n| 9:00-9:10 | Opening |\n",
                     f"subtitle: Held with AAAI {year}\nnav: true\n")
    write_tree(tmp_path / "src", {
        "_config.yml": "title: Tiny @ AAAI 2026\n",
        "_pages/aaai2026/home.md": home(2026, "/", "January 26th, 2026"),
        "_pages/aaai2025/home.md": home(2025, "/aaai2025/", "Mar 3rd, 2025"),
        "_pages/ijcai2024/home.md": home(2024, "/ijcai2024/", "Aug 4th, 2024"),
    })  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    editions = _editions(tmp_path / "site")
    assert {k: e.get("date") for k, e in editions.items()} == {
        "2024": dt.date(2024, 8, 4), "2025": dt.date(2025, 3, 3), "2026": dt.date(2026, 1, 26)}


def _folder_edition(year: int) -> str:
    """An edition's page in a folder of its own (``iclr2024/index.markdown``), with no permalink."""
    return _edition_page(year, "", "", "").replace("permalink: \n", "")


def test_a_page_in_a_folder_of_its_own_is_published_at_the_folder_and_read(tmp_path: Path) -> None:
    """Jekyll publishes a page anywhere outside the folders it keeps for itself (``_layouts``, ``_site``...):
    ``iclr2024/index.markdown`` is the page ``/iclr2024/``, an edition of its own beside ``iclr2025/``."""
    site = _imported(tmp_path, {
        "index.md": "---\nlayout: default\n---\n# Tiny Workshop\n\n* [2025](iclr2025/)\n* [2024](iclr2024/)\n",
        "iclr2025/index.markdown": _folder_edition(2025),
        "iclr2024/index.markdown": _folder_edition(2024),
        "_drafts/index.md": _folder_edition(2023),  # Jekyll's own folder: no page
        "node_modules/x/index.md": _folder_edition(2022),  # left out by Jekyll's default `exclude`
    })  # fmt: skip
    editions = _editions(site)
    assert sorted(editions) == ["2024-iclr", "2025"]
    assert editions["2024-iclr"]["date"] == dt.date(2024, 7, 24)
    assert [r["title"] for r in editions["2025"]["schedule"]] == ["Opening remarks", "Kernels of 2025"]
    assert (site / "docs/iclr2024.md").is_file() or (site / "docs/iclr2024/index.md").is_file()


def test_an_image_a_page_in_a_folder_names_relative_to_it_is_the_one_in_its_folder(tmp_path: Path) -> None:
    """``./images/ann.png`` on ``iclr2024/index.markdown`` (served at ``/iclr2024/``) is ``iclr2024/images/ann.png``,
    as the browser resolves it, not a file of the same name elsewhere."""
    body = '![Ann](./images/ann.png)\n\n<img src="./images/bo.png" alt="Bo">\n'
    site = _imported(tmp_path, {
        "index.md": "---\nlayout: default\n---\n# Tiny Workshop\n\n* [2024](iclr2024/)\n",
        "iclr2024/index.markdown": _folder_edition(2024).replace("## Speakers", f"{body}\n## Speakers"),
        "iclr2024/images/ann.png": "in the folder", "iclr2024/images/bo.png": "in the folder",
        "images/ann.png": "at the root",
    })  # fmt: skip
    assert "not found" not in (site / "MIGRATION.md").read_text(encoding="utf-8")
    copied = [p for p in (site / "docs").rglob("*.png")]
    assert sorted(p.name for p in copied) == ["ann.png", "bo.png"]
    assert all(p.read_text() == "in the folder" for p in copied)


def test_the_city_a_layouts_header_names_before_one_the_page_mentions(tmp_path: Path) -> None:
    """``<h2>at ICLR 2024 on May 11, Vienna</h2>`` in the page's own layout, over a page that recalls the last
    edition "at ICLR 2023 in Kigali": the workshop is in Vienna."""
    layout = "<html><body><header><h2>at ICLR 2024 on May 11, Vienna (Room 4)</h2></header>\n{{ content }}\n</body></html>\n"
    body = "Outcomes of the first workshop at ICLR 2023 in Kigali are online.\n"
    site = _imported(tmp_path, {
        "_layouts/edition.html": layout,
        "index.md": "---\nlayout: edition\ntitle: Tiny Workshop 2024\n---\n" + body,
    })  # fmt: skip
    assert _edition(site)["location"]["city"] == "Vienna"


def test_a_person_of_several_editions_is_as_the_current_one_shows_them(tmp_path: Path) -> None:
    """Bo Chen of ETH Zurich in 2024 and of MIT in 2025: people.yml (the current edition's people) says MIT; the
    2024 edition, over, keeps ETH Zurich as it showed it."""
    site = _imported(tmp_path, {
        "index.md": "---\nlayout: default\n---\n# Tiny Workshop\n\n* [2025](iclr2025/)\n* [2024](iclr2024/)\n",
        "iclr2025/index.markdown": _folder_edition(2025).replace("Bo Chen2025 (ETH Zurich)", "Bo Chen (MIT)"),
        "iclr2024/index.markdown": _folder_edition(2024).replace("Bo Chen2024 (ETH Zurich)", "Bo Chen (ETH Zurich)"),
    })  # fmt: skip
    people_yml = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert people_yml["bo-chen"]["affiliation"] == "MIT"
    past = _editions(site)["2024-iclr"]["speakers"]
    assert {"id": "bo-chen", "name": "Bo Chen", "affiliation": "ETH Zurich"} in past


def test_a_link_to_the_address_a_page_had_on_another_github_pages_host_reaches_it(tmp_path: Path) -> None:
    """A landing page that links its editions by the addresses they were published at (the project's old
    ``owner.github.io/repo/`` address, or the organization's): each is this site's page, and MIGRATION.md says so."""
    site = _imported(tmp_path, {
        "index.md": "---\nlayout: default\n---\n# Tiny Workshop\n\n"
                    "* [2024](https://someone.github.io/tiny-workshop/iclr2024)\n"
                    "* [2025](https://tiny-org.github.io/iclr2025/)\n"
                    "* [Elsewhere](https://other.github.io/iclr2023/)\n",
        "iclr2025/index.markdown": _folder_edition(2025),
        "iclr2024/index.markdown": _folder_edition(2024),
    })  # fmt: skip
    assert sorted(_editions(site)) == ["2024-iclr", "2025"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "https://someone.github.io/tiny-workshop/iclr2024" in report and "/iclr2024/" in report
    assert "https://other.github.io/iclr2023/" not in report  # no page of this site is at /iclr2023/
    home = (site / "docs/index.md").read_text(encoding="utf-8")  # the links lead to the pages of the new site
    assert "[2024](iclr2024.md)" in home and "[2025](iclr2025.md)" in home
    assert "[Elsewhere](https://other.github.io/iclr2023/)" in home


def test_people_in_markdown_lists_with_a_bio_an_affiliation_in_brackets_or_under_a_topic(tmp_path: Path) -> None:
    """List items that open with a person's linked name: followed by a sentence about them (a bio, no affiliation),
    by an affiliation in brackets that holds brackets, commas or dashes itself, or nested under an item naming the
    panel they sit on ("(moderator)" is their part in it, not their affiliation)."""
    about = """\
## Keynote Speakers
- [Ann Lee](https://ann.example.org/) is an Associate Professor at Stanford University, where she works on maps.
- [Bo Wu](https://bo.example.org) is a Lecturer in GIS.

## Panelists
**Beyond Benchmarks: Learning for the Planet**

- [Cy Chen](https://cy.example.org/) is a scientist at the Agency in Vienna.
- [Di Dunn](https://di.example.org/) is the group leader.

## Panel speakers
- Challenges & opportunities for ML in Africa
  - [Ed Eng](https://ed.example.org) (moderator), Project Director at the Ministry
  - [Fa Fu](https://fa.example.org), CTO of the Space Agency

## Organizers
- [Hal Ho](https://hal.example.org/) (McGill / Mila - Quebec AI institute)
- [Ida Iv](http://ida.example.org/) (German Aerospace Center (DLR) / GRSS)
- [Jo Ju](https://jo.example.org/) (Clark University, previously Radiant Earth Foundation)
- Ki Ko (Arizona State University)

## Program Committee
* Lu Lo (Microsoft)
* Mo Mu (ETH)
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", None), ("Bo Wu", "speakers", None),
        ("Cy Chen", "panelists", None), ("Di Dunn", "panelists", None),
        ("Ed Eng", "panelists", "Project Director at the Ministry"), ("Fa Fu", "panelists", "CTO of the Space Agency"),
        ("Hal Ho", "organizers", "McGill / Mila - Quebec AI institute"),
        ("Ida Iv", "organizers", "German Aerospace Center (DLR) / GRSS"),
        ("Jo Ju", "organizers", "Clark University, previously Radiant Earth Foundation"),
        ("Ki Ko", "organizers", "Arizona State University"),
    ]  # fmt: skip
    assert found.people[0].url == "https://ann.example.org/"


def test_people_a_page_loops_over_in_data_files_are_people(tmp_path: Path) -> None:
    """``{% for %}`` over a ``_data`` file (grouped or not) and an include given ``site.data.X``: their named records
    are people, with the role the file, the include's title or the heading names; a committee's are not."""
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG,
        "_data/speakers.yml": "- heading: Keynotes\n  speakers:\n  - name: Ann Lee\n    affiliation: MIT\n"
                              "  - name: Bo Chen\n",
        "_data/team.yml": "- name: Cy Dunn\n  affiliation: ETH Zurich\n",
        "_data/pc.yml": "- name: Di Ezra\n",
        "_includes/people.md": "{% for p in include.people %}\n**{{ p.name }}** {{ p.affiliation }}\n\n{% endfor %}\n",
        "_pages/about.md": _page("home", "/", "## Speakers\n\n{% for group in site.data.speakers %}\n"
                                 "{% for s in group.speakers %}\n### {{ s.name }}\n{% endfor %}\n{% endfor %}\n\n"
                                 '{% include people.md people=site.data.team title="Organizing committee" %}\n\n'
                                 "## Program Committee\n\n{% for p in site.data.pc %}\n- {{ p.name }}\n{% endfor %}\n"),
    })  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    people_yml = yaml.safe_load((tmp_path / "site/docs/_data/people.yml").read_text(encoding="utf-8"))
    assert (edition.get("speakers"), edition.get("organizers")) == (["ann-lee", "bo-chen"], ["cy-dunn"])
    assert people_yml["ann-lee"]["affiliation"] == "MIT"
    assert "di-ezra" not in (edition.get("organizers") or []) + (edition.get("speakers") or [])
    guesses = [line for line in (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8").splitlines() if "role" in line]
    assert len(guesses) == 1 and "role 'organizers' read from the data file 'team'" in guesses[0]
    assert "_pages/about.md:" in guesses[0]  # the file named "speakers" and the heading "Speakers" say it: no guess


def test_people_in_a_markdown_table_a_row_of_photos_a_row_of_names_a_row_of_affiliations(tmp_path: Path) -> None:
    home = """\
# Speakers <a name="speakers"></a>

| [<img src="https://x.org/images/ann.jpg" width="200"/>](speakers#lee) | [<img src="https://x.org/images/bo.jpg"/>](speakers#wu) |
| :-: | :-: |
| [**Ann Lee, Ph.D.**](speakers#lee) | [**Bo Wu, MD, MPH.**](https://bo.example.org) |
| **Stanford** | **UC San Diego** |

# Organizers

| [<img src="https://x.org/images/cy.png"/>](https://cy.example.org) |
| :-: |
| [**Cy Dunn, MSc, Ph.D.**](https://cy.example.org) |
| **IBM Research** |
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": "---\nlayout: home\n---\n" + home})
    site = jekyll.read_site(tmp_path / "src")
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role, p.affiliation, p.url, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "Stanford", None, "https://x.org/images/ann.jpg"),
        ("Bo Wu", "speakers", "UC San Diego", "https://bo.example.org", "https://x.org/images/bo.jpg"),
        ("Cy Dunn", "organizers", "IBM Research", "https://cy.example.org", "https://x.org/images/cy.png"),
    ]  # fmt: skip
    assert [n.what for n in found.notes if not n.guess] == []


def test_a_paragraph_that_is_only_a_name_under_a_role_heading_is_a_person(tmp_path: Path) -> None:
    home = """\
# Keynote Speaker
[<img src="https://x.org/images/ann.jpg" width="200"/>](speakers#lee)

[**Ann Lee, Ph.D.**](speakers#lee)

# About

The workshop is in its second year.
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": "---\nlayout: home\n---\n" + home})
    site = jekyll.read_site(tmp_path / "src")
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role, p.photo) for p in found.people] == [("Ann Lee", "speakers", "https://x.org/images/ann.jpg")]
    assert [n.what for n in found.notes if not n.guess] == []


def test_people_as_parts_named_by_their_class_with_no_card_around_them(tmp_path: Path) -> None:
    """``<div class="headshotname">Ann Lee</div>`` then ``<a class="headshotaffiliation">``, a photo and a bio, up
    to the next name: one person each."""
    home = """\
## Keynote Speakers
<div>
 <div class="iblock headshotname"> Ann Lee </div>
 <p><a href="https://www.ornl.gov/ann" class="headshotaffiliation" target="_blank">ORNL</a></p>
 <div class="iblock headshotbox"><p><img src="/images/speakers/ann.jpg" class="headshot"></p><p>Ann leads GeoAI.</p></div>
 <br><br>
 <div class="iblock headshotname"> Bo Wu </div>
 <p><a href="https://bo.example.org/" target="_blank">UCLA </a></p>
 <div class="iblock headshotbox"><p><img src="/images/speakers/bo.jpg" class="headshot"></p><p>Bo is a professor.</p></div>
</div>
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": "---\nlayout: home\n---\n" + home})
    site = jekyll.read_site(tmp_path / "src")
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role, p.affiliation, p.url, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "ORNL", "https://www.ornl.gov/ann", "/images/speakers/ann.jpg"),
        ("Bo Wu", "speakers", None, None, "/images/speakers/bo.jpg"),
    ]  # fmt: skip


def test_people_an_include_loops_over_in_a_data_file_are_people(tmp_path: Path) -> None:
    """``{% include organizers.html %}`` whose file loops over ``site.data.organizers`` (rows of cards): the records
    are people, and the cards the include draws are not reported as cards naming no one."""
    cards = """\
{% assign rows = site.data.organizers %}
{% for row in rows %}<div class="row_perso">{% for o in row.organizers %}
<div class="card_perso column_perso"><img src="/images/{{ o.photo }}" alt="{{ o.name }}" class="img_card_perso">
<div class="container_perso"><center><h6><b>{{ o.name }}</b><br>{{ o.affiliation }}</h6></center></div></div>
{% endfor %}</div>{% endfor %}
"""
    site = _imported(tmp_path, {
        "_data/organizers.yml": "- num_row: 0\n  organizers:\n  - name: Ann Lee\n    affiliation: MIT\n"
                                "  - name: Bo Chen\n    affiliation: ETH\n",
        "_includes/organizers.html": cards,
        "index.md": "---\nlayout: home\n---\n<h2>Organizers</h2>\n<p>\n{% include organizers.html %}\n</p>\n",
    })  # fmt: skip
    assert _edition(site).get("organizers") == ["ann-lee", "bo-chen"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "names no one" not in report and "not read as people" not in report


def test_a_data_record_named_by_fullname_is_one_person_not_its_links(tmp_path: Path) -> None:
    """``_data/speakers.yml`` records with ``fullname`` and ``tags: [{name: Website, link: ...}]``, shown by an
    include: the speakers are the records; their links' names are nobody."""
    card = "{% for s in site.data.speakers %}<div class=\"card\"><p>{{ s.fullname }}</p>" \
           "{% for t in s.tags %}<a href=\"{{ t.link }}\">{{ t.name }}</a>{% endfor %}</div>{% endfor %}\n"
    site = _imported(tmp_path, {
        "_data/speakers.yml": "- fullname: Ann Lee\n  tags:\n  - name: Website\n    link: https://ann.example.org\n"
                              "- fullname: Bo Chen\n  tags:\n  - name: Website\n    link: https://bo.example.org\n",
        "_includes/speaker-gallery.html": card,
        "index.md": "---\nlayout: home\n---\n# Our Keynote Speakers\n\n{% include speaker-gallery.html %}\n",
    })  # fmt: skip
    assert _edition(site).get("speakers") == ["ann-lee", "bo-chen"]
    assert "Website" not in (site / "docs/_data/people.yml").read_text(encoding="utf-8")


def test_a_schedule_written_as_a_definition_list() -> None:
    """kramdown's definition list: the term a day, each time with the definition under it a row."""
    body = """\
Tuesday, Jan 3 (Morning)
: Tutorials (Chair: Yi Ma)
   :
: 9:00 AM - 10:00 AM
   : [Ann Lee](/tutorials/#one) (MIT; *remote*)
: 10:00 AM - 10:15 AM
   : *Coffee break*

Wednesday, Jan 4
: 1:30 PM - 2:30 PM
   : Bo Chen (ETH Zurich)
: 2:30 PM - 3:00 PM
   : Closing remarks
"""
    page = jekyll.JekyllPage("schedule.md", {"title": "Schedule"}, body, 4, "/schedule/")
    out = schedule.find_schedule([page], set(), 2023)
    rows = [(d.day, d.time.text if d.time else None, d.kind, d.title, [p.name for p in d.speakers])
            for e in out.entries for d in (e.items if isinstance(e, program.Session) else [e])]  # fmt: skip
    assert rows == [
        (dt.date(2023, 1, 3), None, "talk", "Tutorials", []),  # the definition before the first time; its chair a note
        (dt.date(2023, 1, 3), "9:00AM", "talk", None, ["Ann Lee"]),
        (dt.date(2023, 1, 3), "10:00AM", "break", "Coffee break", []),
        (dt.date(2023, 1, 4), "1:30PM", "talk", None, ["Bo Chen"]),
        (dt.date(2023, 1, 4), "2:30PM", "remarks", "Closing remarks", []),
    ]


def test_an_edition_with_times_but_no_day_builds_and_shows_its_times(tmp_path: Path) -> None:
    """A past edition often names no day: its schedule's spans (start and end) are still shown."""
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG,
        "_pages/about.md": _page("home", "/", "## Schedule\n\n| Time | Talk |\n|---|---|\n| 9:00 - 9:30 | Opening |\n"
                                 "| 9:30 - 10:15 | Kernels |\n| 10:15 - 10:30 | Closing |\n"),
    })  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    assert "date" not in _edition(tmp_path / "site")
    (tmp_path / "site/MIGRATION.md").unlink()
    page = soup(build_site(tmp_path / "site", strict=False) / "index.html")
    assert [t.get_text() for t in page.select(".esfomo-schedule .esfomo-end")] == ["9:30", "10:15", "10:30"]


def test_day_headings_count_from_the_days_the_site_description_names(tmp_path: Path) -> None:
    """``_config.yml``'s description gives the days ("May 8th and 9th 2023"); "Day 2" is the second of them."""
    write_tree(tmp_path / "src", {
        "_config.yml": "title: Tiny Workshop\ndescription: May 8th and 9th 2023, Kigali, Rwanda\n",
        "_pages/about.md": _page("home", "/", "Welcome.", "nav: true\n"),
        "_pages/schedule.md": _page("Schedule", "/schedule/", "### Day 1\n\n| Time | Talk |\n|---|---|\n"
                                    "| 9:00 | Arrival |\n| 9:30 | Kernels |\n\n### Day 2\n\n| Time | Talk |\n"
                                    "|---|---|\n| 9:15 | Arrival |\n| 9:45 | Closing |\n", "nav: true\n"),
    })  # fmt: skip
    notes = import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    assert edition["date"] == [dt.date(2023, 5, 8), dt.date(2023, 5, 9)]
    assert [(r["day"], r["time"]) for r in edition["schedule"]] == [
        (dt.date(2023, 5, 8), "9:00"), (dt.date(2023, 5, 8), "9:30"),
        (dt.date(2023, 5, 9), "9:15"), (dt.date(2023, 5, 9), "9:45"),
    ]  # fmt: skip
    assert any(n.where == "_config.yml:2" and n.guess for n in notes)
    assert any(n.where == "_pages/schedule.md:14" and "'Day 2'" in n.what for n in notes)


def test_cards_an_include_loops_over_are_the_pages_people(tmp_path: Path) -> None:
    """``{% include organizers.html %}`` whose file loops over ``site.organizers``: the cards are the page's people,
    with the role of the page's heading, as if the page looped over them itself."""
    write_tree(tmp_path, {
        "_config.yml": CONFIG + "collections:\n  organizers:\n    output: true\n",
        "_includes/organizers.html": '<div class="grid">\n{% assign organizers = site.organizers %}\n'
                                     "{% for organizer in organizers %}\n{{ organizer }}\n{% endfor %}\n</div>\n",
        "_pages/team.md": _page("Team", "/team/", "# Who we are\n\n{% include organizers.html %}\n", "nav: true\n"),
        "_organizers/a.md": "---\nname: Ann Lee\nrole: General Chair\naffiliation: MIT\n---\n",
        "_organizers/b.md": "---\nname: Bo Wu\naffiliation: ETH\n---\n",
    })  # fmt: skip
    site = jekyll.read_site(tmp_path)
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role, p.affiliation, p.where) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT", "_organizers/a.md:1"), ("Bo Wu", "organizers", "ETH", "_organizers/b.md:1"),
    ]  # fmt: skip
    assert found.notes == []


def test_a_bold_title_over_a_bold_speaker_and_a_line_saying_the_talk_is_remote() -> None:
    """``**Keynote: Title** <br> **Dr. Ann Lee**``: two lines, the title and the speaker; ``*(Remote)*`` on a line
    of its own, or after the title, says how the talk is given: a note, not part of the title or a name; an
    italic title with a colon is one title."""
    table = """\
| Time | Schedule |
| --- | --- |
| **13:10-13:40** | **Keynote: Learning 3D Worlds: Occupancy at Scale** <br> **Dr. Ann Lee** |
| **13:40-13:50** | **Paper 5:** *Lightweight Fusion for Segmentation* <br> *(Remote)* |
| **14:30-15:00** | **Keynote: Teaching Trackers to Think** <br> **Bo Wu** <br> *(Remote)*|
| **15:20-15:30** | **Paper 12:** *Less Is More: Agentic Prompt Design* <br> *(Remote)* |
| **15:30-15:40** | **Paper 13:** *Trust-Guided LLM Integration for Driving (Virtual)* |
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {}, table, 7, "/schedule/")
    out = program.Schedule()
    (block,) = [b for b in blocks.parse(table) if b.kind == "table"]
    assert rows.read_table(page, block.rows, None, set(), out)
    assert _flat(out) == [
        ("13:10", "keynote", "Learning 3D Worlds: Occupancy at Scale", ["Ann Lee"]),
        ("13:40", "talk", "Lightweight Fusion for Segmentation", []),
        ("14:30", "keynote", "Teaching Trackers to Think", ["Bo Wu"]),
        ("15:20", "talk", "Less Is More: Agentic Prompt Design", []),
        ("15:30", "talk", "Trust-Guided LLM Integration for Driving", []),
    ]  # fmt: skip
    items = [e for e in out.entries if isinstance(e, program.Draft)]
    assert [i.notes for i in items] == [[], ["Remote"], ["Remote"], ["Remote"], ["Virtual"]]


def test_a_speaker_the_site_shows_then_their_company_is_the_talk_of_that_speaker() -> None:
    """``"Vuyo Makhuvha - August Robotics"``: the name of a speaker the site's people pages show, a dash, then
    what they are of: that speaker, with the rest as their affiliation (a guess, reported); a title with a dash
    whose first part names no speaker stays a title. ``"DataPerf Challenge: Peter Mattson (MLCommons)"``: what the
    talk is, then a speaker the site shows: the talk's title and its speaker (a guess, reported); a title with a
    colon whose second part names no speaker stays a title."""
    html = """\
<table><thead><tr><th>Time</th><th>Topic</th></tr></thead><tbody>
<tr><td>9:15-9:55</td><td>Vuyo Makhuvha - August Robotics</td></tr>
<tr><td>9:55-10:35</td><td>Robots at Home - Lessons Learned</td></tr>
<tr><td>10:35-11:15</td><td>DataPerf Challenge: Peter Mattson (Google &amp; MLCommons)</td></tr>
<tr><td>11:15-11:35</td><td>Robots at Home: Lessons Learned</td></tr>
<tr><td>11:35-11:45</td><td>Q&amp;A: Peter Mattson</td></tr>
</tbody></table>
"""
    page = jekyll.JekyllPage("index.md", {}, html, 7, "/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, {"vuyo makhuvha", "peter mattson"}, out)
    assert _flat(out) == [("9:15", "talk", None, ["Vuyo Makhuvha"]),
                          ("9:55", "talk", "Robots at Home - Lessons Learned", []),
                          ("10:35", "talk", "DataPerf Challenge", ["Peter Mattson"]),
                          ("11:15", "talk", "Robots at Home: Lessons Learned", []),
                          ("11:35", "talk", "Q&A: Peter Mattson", [])]  # fmt: skip
    assert out.entries[0].speakers[0].affiliation == "August Robotics"  # type: ignore[union-attr]
    assert out.entries[2].speakers[0].affiliation == "Google & MLCommons"  # type: ignore[union-attr]
    assert [(n.where, n.guess) for n in out.notes] == [("index.md:8", True), ("index.md:10", True)]
    assert out.notes[1].what.endswith("read as Peter Mattson, a speaker the site shows, of Google & MLCommons, in a "
                                      "talk titled 'DataPerf Challenge'")  # fmt: skip


def test_a_speaker_then_a_dash_then_words_not_where_the_site_shows_them_of_is_their_talks_title(tmp_path: Path,
                                                                                                ) -> None:  # fmt: skip
    """``"Keynote: Ann Lee - Small Models"`` where the speakers' list shows Ann Lee of MIT: what follows the dash
    is not where she works, so it is her talk's title (a guess, reported); ``"Bo Wu - August Robotics"``, where
    the list shows him of August Robotics, stays his affiliation."""
    home = """The Tiny Workshop at ICML 2025, July 18, 2025.

## Schedule

| Time | Session |
|---|---|
| 09:15-10:00 | Keynote: Ann Lee - Small Models |
| 10:30-11:15 | Invited Talk: Bo Wu - August Robotics |

## Speakers

- **Ann Lee**, MIT
- **Bo Wu**, August Robotics
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    rows = _edition(tmp_path / "out")["schedule"]
    assert [(r["title"], r["speakers"]) for r in rows] == [
        ("Small Models", ["ann-lee"]), ("Invited Talk", ["bo-wu"])]  # Bo Wu of the list's August Robotics
    assert any(n.guess and n.where.endswith(":12") and "'Small Models' read as the title of Ann Lee's talk" in n.what
               for n in notes)  # fmt: skip


def test_a_program_of_timed_lines_each_writing_its_talk_its_own_way(tmp_path: Path) -> None:
    """One list, each line's talk written another way: a title in italics "by" a speaker, a title in quotes then
    the speaker in brackets (the quotes are not the title's), a panel's people then its moderator, a keynote's
    speaker then the title after a colon."""
    home = """The Tiny Workshop will be held on July 18, 2025 at ICML 2025 in Vancouver.

## Schedule (all times PDT)

- 9:00 AM — Opening Remarks
- 9:10 AM — **Invited Talk**: *Small Models* by Ann Lee (MIT)
- 9:50 AM — Contributed Talk: "Tiny Data" (Bob Stone, CMU)
- 10:40 AM — Panel: Ann Lee, Bob Stone, Cy Li (moderator: Di Ma)
- 1:00 PM — Keynote — Eve Park (Google): Efficient Everything
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert (edition["date"], edition["timezone"]) == (dt.date(2025, 7, 18), "America/Vancouver")
    assert [(r["time"], r["kind"], r["title"], r.get("speakers")) for r in edition["schedule"]] == [
        ("9:00AM", "remarks", "Opening Remarks", None),
        ("9:10AM", "invited", "Small Models", [{"id": "ann-lee", "affiliation": "MIT"}]),
        ("9:50AM", "oral", "Tiny Data", [{"id": "bob-stone", "affiliation": "CMU"}]),
        ("10:40AM", "panel", "Panel", ["ann-lee", "bob-stone", "cy-li", {"name": "Di Ma"}]),
        ("1:00PM", "keynote", "Efficient Everything", ["eve-park"])]  # fmt: skip


def test_a_program_page_titled_with_one_day_is_that_days(tmp_path: Path) -> None:
    """Pages titled "Contributed talks on Tuesday, Sep 12" and "... on Wednesday, Sep 13" whose tables have no day
    over them: each page's rows are on the day its title names, of the workshop's year."""
    table = "| Time | Talk |\n|---|---|\n| 13:50–14:10 | Small Nets |\n| 14:10–14:30 | Tiny Data |\n"
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "**Date:** September 11–15, 2023\n"),
        "_pages/talks-1.md": _page("Contributed talks on Tuesday, Sep 12", "/talks-1/", table, "nav: true\n"),
        "_pages/talks-2.md": _page("Contributed talks on Wednesday, Sep 13", "/talks-2/", table, "nav: true\n")})
    assert [(str(r.get("day")), r["time"]) for r in _edition(site)["schedule"]] == [
        ("2023-09-12", "13:50"), ("2023-09-12", "14:10"), ("2023-09-13", "13:50"), ("2023-09-13", "14:10")]


def test_a_table_under_a_bold_line_under_a_dated_heading_is_that_days(tmp_path: Path) -> None:
    """``### July 27, 2024 (CET)`` then ``**Schedule**`` then a table: the table is that day's, in that zone;
    "Paper Talks: A, B" are talks by A and B; "General Announcements" names no one."""
    body = """\
### July 27, 2024 (CET)

**Schedule**

|09:00 - 09:15 | &nbsp; Introduction |
|12:00 - 12:30 | &nbsp; General Announcements |
|14:45 - 15:30 | &nbsp; Paper Talks: Ann Lee, Bo Wu, Cy Chen |
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/program.md": _page("Program", "/", body)})
    import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    assert (edition["date"], edition["timezone"]) == (dt.date(2024, 7, 27), "Europe/Paris")
    assert [(r["kind"], r["title"], [s["name"] for s in r.get("speakers") or []]) for r in edition["schedule"][1:]] == [
        ("talk", "General Announcements", []), ("oral", "Paper Talks", ["Ann Lee", "Bo Wu", "Cy Chen"]),
    ]  # fmt: skip


def test_a_site_that_shows_no_speakers_has_those_its_program_names_for_invited_talks(tmp_path: Path) -> None:
    """No page shows the speakers: the people the program names for invited talks and keynotes are the speakers,
    each a guess in MIGRATION.md; those of a panel are its panelists, and those of other talks (who may present
    papers) are neither."""
    body = """\
| Time | Event |
| --- | --- |
| 09:15 - 10:00 | Invited Talk 1: Ann Lee |
| 11:00 - 12:00 | Panel: Bo Wu, Ann Lee |
| 14:00 - 14:45 | Keynote: Cy Chen |
| 15:00 - 15:15 | Talk: Di Ezra |
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/program.md": _page("Program", "/", body)})
    import_site(tmp_path / "src", tmp_path / "site")
    assert _edition(tmp_path / "site").get("speakers") == ["ann-lee", "cy-chen"]
    assert _edition(tmp_path / "site").get("panelists") == ["bo-wu", "ann-lee"]
    report = (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/program.md:8: Ann Lee: a speaker, read from the program" in report
    assert "_pages/program.md:9: Bo Wu: a panelist, read from the program (no page shows the panelists)" in report


def test_dates_on_bold_lines_of_their_own_and_the_city_of_the_sites_description(tmp_path: Path) -> None:
    """``**Submission deadline: 6 March 2023**``, a bold line alone (a heading to its readers), is a date; a city
    only the site's description names gives the schedule's zone, a guess in MIGRATION.md."""
    home = "Welcome.\n\n**Submission deadline: 6 March 2023**\n\n**Acceptance notification: 8 March 2023**\n"
    write_tree(tmp_path / "src", {
        "_config.yml": "title: Tiny Workshop\ndescription: May 8th and 9th 2023, Kigali, Rwanda\n",
        "_pages/about.md": _page("about", "/", home),
        "_pages/schedule.md": _page("Schedule", "/schedule/", "| Time | Event |\n| --- | --- |\n| 9:00 | Opening |\n",
                                    "nav: true\n"),
    })  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    assert [(d["name"], d["at"]) for d in edition["dates"]] == [
        ("Submission deadline", dt.date(2023, 3, 6)), ("Acceptance notification", dt.date(2023, 3, 8)),
    ]  # fmt: skip
    assert edition["timezone"] == "Africa/Kigali"
    assert "_config.yml:2: the city, Kigali, read from the site's description" in (
        tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")  # fmt: skip


def test_a_numbered_poster_session_is_a_poster_session_not_a_heading_over_the_talks() -> None:
    """"1st Poster Session", "2nd Poster Session": poster sessions, as "Poster Session 2" is; not session
    headings that take the next talk in, nor left out for having no talks under them."""
    table = """\
| Time | Type | Title | Speaker |
| --- | --- | --- | --- |
| 15:50 | 1st Poster Session | | |
| 16:35 | Invited Talk | Open Evaluation | Ann Lee |
| 22:35 | Second Poster Session | | |
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {}, table, 7, "/schedule/")
    out = program.Schedule()
    (block,) = [b for b in blocks.parse(table) if b.kind == "table"]
    assert rows.read_table(page, block.rows, None, set(), out)
    assert _flat(out) == [("15:50", "poster", "1st Poster Session", []), ("16:35", "invited", "Open Evaluation", ["Ann Lee"]),
                          ("22:35", "poster", "Second Poster Session", [])]  # fmt: skip


def test_a_slot_listing_its_talks_as_bullets_under_a_title_is_a_session() -> None:
    """``Lightning Talks<br>• Title | <a>PDF</a> | <a>Video</a>``: a session of the bulleted talks, each with its
    web links; a link to a file of the old site is named in the report."""
    html = """\
<table><thead><tr><th>Time</th><th>Topic</th></tr></thead><tbody>
<tr><td>11:30-12:00</td><td>Lightning Talks on Accepted Abstracts
<br/>&nbsp; &nbsp; • Lessons from Warehouses | <a href="/assets/files/w.pdf">PDF</a> | <a href="https://v.example/1">Video</a>
<br/>&nbsp; &nbsp; • Can You Pick That? | <a href="https://v.example/2">Video</a>
</td></tr>
</tbody></table>
"""
    page = jekyll.JekyllPage("index.md", {}, html, 7, "/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, set(), out)
    (session,) = out.entries
    assert isinstance(session, program.Session) and session.title == "Lightning Talks on Accepted Abstracts"
    assert [(i.title, i.links) for i in session.items] == [
        ("Lessons from Warehouses", {"Video": "https://v.example/1"}), ("Can You Pick That?", {"Video": "https://v.example/2"}),
    ]  # fmt: skip
    assert [n.what for n in out.notes] == [
        "schedule row 'Lessons from Warehouses': link to the file '/assets/files/w.pdf' of the old site left out"]
    assert slot_talks.bulleted("Panel\n- Ann Lee\n- Bo Wu (MIT)") is None  # bullets of names list people, not talks


def test_papers_listed_under_a_poster_session_are_posters_not_talks() -> None:
    """``Poster Session #1 <br> - [Title](#) <br> - [Title](#)``: each paper of the slot is a poster, labelled so."""
    out = _table("""\
| Time          | Topic                            |
|---------------|----------------------------------|
| 10:50–11:20   | Oral Talks 1 <br> - [A Recipe for Maps](#) <br> - [Inputs Matter](#) |
| 11:20–12:00   | Poster Session #1 <br> - [Trees from Above](#) <br> - [Ships at Sea](#) |
""")
    orals, posters = out.entries
    assert isinstance(orals, program.Session) and isinstance(posters, program.Session)
    assert [(i.kind, i.label, i.title) for i in orals.items] == [
        ("oral", None, "A Recipe for Maps"), ("oral", None, "Inputs Matter")]
    assert [(i.kind, i.label, i.title) for i in posters.items] == [
        ("poster", "Poster", "Trees from Above"), ("poster", "Poster", "Ships at Sea")]


def test_a_description_without_words_is_no_title(tmp_path: Path) -> None:
    """``description: ...`` (a placeholder left in _config.yml) gives the edition no title: a title needs words."""
    site = _imported(tmp_path, {"_config.yml": "title: Tiny Workshop\ndescription: ... # fill in\n",
                                "_pages/about.md": ABOUT})
    edition = _edition(site)
    assert edition["name"] == "Tiny Workshop 2024" and "title" not in edition


def test_the_editions_over_keep_their_people_as_the_import_read_them(tmp_path: Path) -> None:
    """Several editions: each one over is frozen (``esfomo freeze``), so people.yml, kept for the next edition, does
    not change its page, and the new site builds without the warning that asks for it."""
    _two_editions(tmp_path)
    editions = _editions(tmp_path / "site")
    assert editions["2024"]["speakers"][0] == {"id": "ann-lee2024", "name": "Ann Lee2024", "affiliation": "MIT"}
    (tmp_path / "site/MIGRATION.md").unlink()
    config = tmp_path / "site/mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("current: '2025'", "current: '2025'\n"
                                                                 "      today: '2026-12-06'"), encoding="utf-8")
    build_site(tmp_path / "site")  # --strict: no edition over shows people as people.yml has them now


def test_dates_in_a_list_nested_under_group_items_and_the_workshop_date_among_them(tmp_path: Path) -> None:
    """Dates grouped under items that only name the group: each nested item is a date, the group stays as text, and
    the workshop's day is the date the list calls the workshop's, not the first date naming the workshop."""
    home = ("### Important Dates\n\n* Paper Dates (tentative):\n  - Paper Submission: May 8th, 2025\n"
            "  - Paper Notification: June 8th, 2025\n\n* Organization Dates:\n  - Workshop Website and CFP: April 15th, 2025\n"
            "  - Workshop Date: August 6th, 2025\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    edition = _edition(site)
    assert [(d["name"], d["at"]) for d in edition["dates"]] == [
        ("Paper Submission", dt.date(2025, 5, 8)), ("Paper Notification", dt.date(2025, 6, 8)),
        ("Workshop Website and CFP", dt.date(2025, 4, 15)), ("Workshop Date", dt.date(2025, 8, 6))]
    assert edition["date"] == dt.date(2025, 8, 6)
    assert "Paper Dates (tentative):" in (site / "docs/index.md").read_text(encoding="utf-8")


def test_a_card_whose_line_labels_its_person_with_a_role(tmp_path: Path) -> None:
    """Cards with no class and no heading naming their role, a photo then ``<b>Speaker:</b> Prof. Ann Lee`` (or
    ``<b><big>Speaker: Dr. Bo Wu</big></b>``) and lines labelled Pronouns, Affiliation, Bio: the label is the role."""
    story = """\
<h1><b>They tell us their story</b></h1>

<div style="display: flex; align-items: center;">
  <img src="/assets/img/ann.jpg" alt="Description" style="width: 150px;">
  <div>
    <b>Speaker:</b> Prof. Ann Lee<br>
    <b>Pronouns:</b> She/Her <br>
    <b>Affiliation:</b> MIT, USA <br>
  </div>
</div>
<h5><b>Title:</b> A talk</h5>

<div style="display: flex; align-items: center;">
  <img src="/assets/img/bo.jpg" alt="Description" style="width: 150px;">
  <div>
    <b><big>Speaker: Dr. Bo Wu</big></b><br>
    <b>Bio:</b> Bo Wu is a researcher.
  </div>
</div>

<div style="display: flex;">
  <div><b>Organizer:</b> Cy Chen<br></div>
</div>

<div class="program"><table><tr><td>9:00 - 9:30</td><td>A talk<br><b>Speaker:</b> Dee Xu</td></tr></table></div>
"""
    found = _found_people(tmp_path, {"_pages/story.md": _page("They tell us their story", "/", story)})
    assert [(p.name, p.role, p.affiliation, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT, USA", "/assets/img/ann.jpg"),
        ("Bo Wu", "speakers", None, "/assets/img/bo.jpg"),
        ("Cy Chen", "organizers", None, None),
    ]  # fmt: skip


def test_paragraphs_linking_a_name_then_a_position_and_affiliation_under_a_role_heading(tmp_path: Path) -> None:
    about = ("### ***WEB CHAIRS***\n\n[Ann Lee](https://ann.org/), PhD Student, Emory University.\n\n"
             "[Bo Wu](https://bo.org/), Master Student, Monash University.\n\n## About\n\n"
             "[The venue](https://venue.org/), the big hall, opens at nine.\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "organizers", "PhD Student, Emory University", "https://ann.org/"),
        ("Bo Wu", "organizers", "Master Student, Monash University", "https://bo.org/"),
    ]  # fmt: skip


def test_a_name_in_bold_over_lines_of_affiliation_e_mail_and_bio_is_a_person(tmp_path: Path) -> None:
    """``**Ann Lee**<br>`` over her affiliation, her e-mail link and her bio, a paragraph each person, under a
    heading naming a role: a person each, the address the card's link, the bio theirs."""
    body = ("{% include base_path %}\n\n**Ann Lee**<br>\nMassachusetts Institute of Technology<br>\n"
            "[ann@mit.edu](mailto:ann@mit.edu)<br>\nAnn is a professor of computer science who studies how deep "
            "networks learn from very little data, and leads the lab for efficient vision.\n{:.text-justify}\n\n"
            "**Bo Wu**<br>\nETH Zurich<br>\nAI Center, Zurich<br>\n[bo@ethz.ch](mailto:bo@ethz.ch)\n")
    found = _found_people(tmp_path, {"_pages/speakers.md": _page("Invited Speakers", "/speakers/", body,
                                                                 "nav: true\n")})  # fmt: skip
    assert [(p.name, p.role, p.affiliation, p.url, bool(p.bio)) for p in found.people] == [
        ("Ann Lee", "speakers", "Massachusetts Institute of Technology", "mailto:ann@mit.edu", True),
        ("Bo Wu", "speakers", "ETH Zurich; AI Center, Zurich", "mailto:bo@ethz.ch", False),
    ]  # fmt: skip


def test_name_paragraphs_under_two_headings_of_a_role_are_one_list_in_two_groups(tmp_path: Path) -> None:
    """``## Main Organizers`` then ``## Advisors``, a ``**Name**<br>`` paragraph per person under each: one list of
    organizers, each in the group of the heading over them, and no e-mail address reported lost."""
    body = ("## Main Organizers\n\n**Ann Lee**<br>\nMIT<br>\n[ann@mit.edu](mailto:ann@mit.edu)\n\n"
            "**Bo Wu**<br>\nETH Zurich<br>\n[bo@ethz.ch](mailto:bo@ethz.ch)\n\n"
            "## Advisors\n\n**Cy Li**<br>\nGoogle Research<br>\n[cy@google.com](mailto:cy@google.com)\n")
    site = _imported(tmp_path, {"_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    organizers = _edition(site)["organizers"]
    assert [(o["id"], o.get("group")) for o in organizers] == [
        ("ann-lee", "Main Organizers"), ("bo-wu", "Main Organizers"), ("cy-li", "Advisors")]
    page = (site / "docs/organizers.md").read_text(encoding="utf-8")
    assert page.count("esfomo/people") == 1 and "Ann Lee" not in page and "Advisors" not in page
    assert "not carried over" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_published_collections_document_a_page_links_is_a_page_and_its_labelled_organizers(tmp_path: Path) -> None:
    """``collections: tracks: output: true``, the tracks page linking each track's page: each track is a page of
    the new site; its ``**Track Organizers**: Ann Lee , Bo Wu`` line organizers in the group the label names, the
    line kept on its page; a document no page links stays out."""
    track = "---\ntitle: Track 1\n---\n\n**Track Organizers**: Ann Lee , Bo Wu\n\nDetect actions in long videos.\n"
    tracks = "## Tracks\n\n- [Track 1](https://tiny.github.io/tracks/1-fine/)\n"
    dest = _imported(tmp_path, {
        "_config.yml": CONFIG + "url: https://tiny.github.io\ncollections:\n  tracks:\n    output: true\n",
        "_pages/about.md": _page("about", "/", "The challenge of tiny actions. See the [tracks](/tracks/)."),
        "_pages/tracks.md": _page("Tracks", "/tracks/", tracks, "nav: true\n"),
        "_tracks/1-fine.md": track, "_tracks/2-draft.md": track.replace("Track 1", "Track 2")})
    assert (dest / "docs/tracks/1-fine.md").is_file() and not (dest / "docs/tracks/2-draft.md").exists()
    assert "Ann Lee , Bo Wu" in (dest / "docs/tracks/1-fine.md").read_text(encoding="utf-8")
    assert _edition(dest)["organizers"] == [{"id": "ann-lee", "group": "Track Organizers"},
                                            {"id": "bo-wu", "group": "Track Organizers"}]  # fmt: skip
    assert "role 'organizers' read from the label 'Track Organizers'" in (dest / "MIGRATION.md").read_text()


def test_profiles_shown_by_the_sites_own_layout_are_the_people_it_writes(tmp_path: Path) -> None:
    """A ``profiles`` page whose own layout writes each profile's photo and ``more_info``, not the file ``content``
    names: the people are those ``more_info`` names, not the one the file is about."""
    layout = """---
layout: page
---
<div class="profiles-container">
{% for profile in page.profiles %}<div class="profile">
<img src="/assets/img/{{ profile.image }}">
<div class="more-info">{{ profile.more_info }}</div>
</div>
{% endfor %}</div>
{{ content }}
"""
    page = """---
layout: profiles
title: Organizer
permalink: /
profiles:
  - image: ann.jpg
    content: organizer_1.md
    more_info: >
      <p class="name">Ann Lee</p>
      <p class="institution">MIT</p>
  - image: bo.jpg
    content: organizer_1.md
    more_info: >
      <p class="name">Bo Wu</p>
      <p class="institution">ETH</p>
---
"""
    bio = "**[Cy Chen](https://cy.org)** is a professor at Oxford."
    found = _found_people(tmp_path, {"_layouts/profiles.html": layout, "_pages/profiles.md": page,
                                     "_pages/organizer_1.md": bio})  # fmt: skip
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT"), ("Bo Wu", "organizers", "ETH")]


def test_a_talk_given_as_a_conversation_and_a_speaker_with_a_quoted_nickname() -> None:
    """``Dialogue with Dr. Ann Lee (MIT)`` names Ann Lee; ``Prof. Carlos "ChaTo" Castillo`` is Carlos Castillo;
    the title is the line under them."""
    html = """\
<table>
<tr><td>11:45 AM - 12:00 PM</td><td>Dialogue with Dr. Ann Lee (Two Sigma) <br> <i>"Empowering Women"</i></td></tr>
<tr><td>2:30 PM - 3:00 PM</td><td>Prof. Carlos "ChaTo" Castillo (UPF, Barcelona) <br> <i>"A late transition"</i></td></tr>
<tr><td>3:00 PM - 3:30 PM</td><td>Learning with Limited Data <br> Bo Wu (ETH)</td></tr>
</table>
"""
    out = _table(html)
    assert [(time, title, speakers) for time, _, title, speakers in _flat(out)] == [
        ("11:45AM", '"Empowering Women"', ["Ann Lee"]),
        ("2:30PM", '"A late transition"', ["Carlos Castillo"]),
        ("3:00PM", "Learning with Limited Data", ["Bo Wu"]),
    ]  # fmt: skip


def test_a_date_under_a_dates_heading_whatever_the_length_of_its_name(tmp_path: Path) -> None:
    """Under a dates heading, a long name then a colon and a date alone is a date; elsewhere a long line stays a
    sentence."""
    about = ("## Important Dates\n\n"
             "- Notifications to Workshop Chairs (number of papers, acceptance rate, etc.): June 15th, 2025\n"
             "- Final Submission of Workshop Program and Materials and Full Workshop Websites Online: June 24th, 2025\n"
             "- All submission deadlines are end-of-day in the Anywhere on Earth time zone: see the call, June 2025\n\n"
             "## About\n\nThe deadline for the workshop proposals that the chairs asked for was: May 2nd, 2025\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", about)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Notifications to Workshop Chairs (number of papers, acceptance rate, etc.)", dt.date(2025, 6, 15)),
        ("Final Submission of Workshop Program and Materials and Full Workshop Websites Online", dt.date(2025, 6, 24)),
    ]  # fmt: skip


def test_a_day_written_as_an_ordinal_is_a_word_of_the_date_the_dates_directive_shows(tmp_path: Path) -> None:
    """"Workshop Date: August 6th, 2025": the new site writes the date its own way, so "6th" is no word it lost and
    the list becomes the dates directive."""
    home = "## Important Dates\n\n- Paper Submission: May 8th, 2025\n- Workshop Date: August 6th, 2025\n"
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert "<!-- esfomo/dates -->" in (site / "docs/index.md").read_text(encoding="utf-8")
    assert "not carried over" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


# -- shapes met on real sites after the rules were written --


DIV_SCHEDULE = """\
<p><strong>Date:</strong> April 27, 2025<br>
<strong>Location:</strong> Hall 4, Singapore EXPO</p>

<div class="schedule">
  <div class="schedule-block">
    <h2>Morning Session</h2>
    <div class="session">
      <span class="time">08:30 - 08:45</span>
      <span class="title">Welcome and Opening Remarks</span>
      <span class="speaker">Dr. Ann Lee & Bo Wu</span>
    </div>
    <div class="session">
      <span class="time">08:45 - 09:30</span>
      <span class="title">Keynote: Models for Small Things</span>
      <span class="speaker">Dr. Cy Chen (MIT)</span>
    </div>
    <div class="session">
      <span class="time">09:30 - 10:10</span>
      <span class="title">Oral Session</span>
      <span class="title">09:30-09:50 Tiny Nets Learn Fast</span>
      <span class="title">09:50-10:10 Small Data, Large Claims</span>
    </div>
  </div>
  <div class="schedule-block">
    <h2>Lunch Break (12:05 - 13:00)</h2>
  </div>
  <div class="schedule-block">
    <div class="session">
      <span class="time">16:00 - 17:00</span>
      <span class="title">Panel Discussion</span>
      <span class="speaker">Lead by Dr. Dee Park and Dr. Eli Ross</span>
    </div>
  </div>
</div>
"""


def test_a_schedule_of_blocks_whose_parts_name_time_title_and_speaker_by_their_class(tmp_path: Path) -> None:
    """``<div class="session">`` blocks of ``<span class="time|title|speaker">``: each block a row; a later title
    part that starts with a time is a talk of the block's session; a heading "Lunch Break (12:05 - 13:00)" a row
    with its time; "Dr." and "Lead by" are not names. The speakers' spans are a schedule's, not people's cards:
    the page gets the schedule, not a sponsors directive."""
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", DIV_SCHEDULE, "nav: true\n")})
    edition = _edition(site)
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    rows = []
    for entry in edition["schedule"]:
        for item in entry.get("items", [entry]):
            rows.append((str(item.get("time")), item.get("title"), [people[s]["name"] if isinstance(s, str) else
                                                                     s["name"] for s in item.get("speakers", [])]))
    assert rows == [
        ("08:30", "Welcome and Opening Remarks", ["Ann Lee", "Bo Wu"]),
        ("08:45", "Models for Small Things", ["Cy Chen"]),
        ("09:30", "Oral Session", []),
        ("09:30", "Tiny Nets Learn Fast", []),
        ("09:50", "Small Data, Large Claims", []),
        ("12:05", "Lunch Break", []),
        ("16:00", "Panel Discussion", ["Dee Park", "Eli Ross"]),
    ]  # fmt: skip
    page = (site / "docs/schedule.md").read_text(encoding="utf-8")
    assert "<!-- esfomo/schedule -->" in page and "esfomo/sponsors" not in page
    assert "kept as text" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_venue_line_beside_the_schedule_gives_its_zone(tmp_path: Path) -> None:
    """A schedule that names no zone, beside "Location: Hall 4, Singapore EXPO": the zone of Singapore, a guess."""
    body = ("**Date:** April 27, 2025<br>\n**Location:** Hall 4, Singapore EXPO\n\n| Time | Event |\n|---|---|\n"
            "| 08:30 - 08:45 | Opening Remarks |\n| 08:45 - 09:30 | Keynote: Models for Small Things |\n")
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    assert _edition(site)["timezone"] == "Asia/Singapore"
    assert "the schedule names no time zone: wrote Asia/Singapore, the zone of Singapore, named as where the " \
           "workshop takes place" in (site / "MIGRATION.md").read_text(encoding="utf-8")  # fmt: skip


FRONTIER_TABLE = """\
<table>
  <tr><th>Hawaii Time</th><th>Type</th><th>Title & Speakers</th></tr>
  <tr><td>9:00 - 9:45</td><td>Tutorial</td><td><b>On Control and Learning</b><br>Ann Lee <i>(MIT)</i></td></tr>
  <tr><td></td><td></td><td>
    This talk tours the control and learning methods behind recent results in the field, from planning to
    reasoning, for robots, games and language, with a light introduction to optimal control first.
    <br><br>A second paragraph of the abstract.</td></tr>
  <tr><td>9:45 - 10:30</td><td>Invited Talk</td><td><b>Safe Learning</b><br>Bo Wu <i>UC Berkeley</i></td></tr>
  <tr><td>10:30 - 10:45</td><td>Contributed Talk</td><td><b>Long Rollouts with Neural Solvers</b>
    <br>Cy Chen<sup>1</sup>, Dee Park<sup>2</sup> <i>(<sup>1</sup>Oxford, <sup>2</sup>ETH)</i></td></tr>
</table>
"""


def test_an_html_table_of_kinds_titles_over_speakers_and_abstract_rows(tmp_path: Path) -> None:
    """A Type column (its "Tutorial" and "Contributed Talk" kept as the rows' labels), a title in bold over its
    speakers (an affiliation in italics, with or without parentheses; ``<sup>1</sup>`` marks no part of a name),
    and a talk's abstract in a row of its own under it. The page's description gives the day; the column headers
    are labels, not words the new site must show: the schedule is data, not kept as text."""
    description = "description: The workshop will be held at the Hawaii Convention Center on July 28th 2023.\n"
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", FRONTIER_TABLE,
                                                            f"nav: true\n{description}")})  # fmt: skip
    edition = _edition(site)
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    rows = [(i["time"], i["kind"], i.get("label"), i["title"], [people[s]["name"] if isinstance(s, str) else s["name"]
             for s in i.get("speakers", [])], i.get("abstract")) for i in edition["schedule"]]  # fmt: skip
    abstract = ("This talk tours the control and learning methods behind recent results in the field, from planning "
                "to reasoning, for robots, games and language, with a light introduction to optimal control first. "
                "A second paragraph of the abstract.")
    assert rows == [
        ("9:00", "talk", "Tutorial", "On Control and Learning", ["Ann Lee"], abstract),
        ("9:45", "invited", None, "Safe Learning", ["Bo Wu"], None),
        ("10:30", "oral", "Contributed Talk", "Long Rollouts with Neural Solvers", ["Cy Chen", "Dee Park"], None),
    ]  # fmt: skip
    assert edition["date"] == dt.date(2023, 7, 28)
    assert edition["timezone"] == "Pacific/Honolulu"
    assert "kept as text" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_names_with_their_affiliation_in_italics_marks_and_a_led_by() -> None:
    assert people_in("Bo Wu *UC Berkeley*") == [("Bo Wu", "UC Berkeley", None)]
    assert people_in("Cy Chen1, Dee Park2†") == [("Cy Chen", None, None), ("Dee Park", None, None)]
    assert people_in("Lead by Dr. Dee Park and Dr. Eli Ross") == [("Dee Park", None, None), ("Eli Ross", None, None)]
    assert people_in("*Ann Lee*") == [("Ann Lee", None, None)]


def test_a_bracket_naming_who_moderates_is_a_person_not_the_last_names_affiliation() -> None:
    """``"Ann Lee, Bo Wu (Moderator: Cy Li)"``: three people, Bo Wu with no affiliation; so too after an
    affiliation's own bracket and with "moderated by"."""
    three = [("Ann Lee", None, None), ("Bo Wu", None, None), ("Cy Li", None, None)]
    assert people_in("Ann Lee, Bo Wu (Moderator: Cy Li)") == three
    assert people_in("Ann Lee, Prof. Bo Wu (moderated by Cy Li)") == three
    assert people_in("Ann Lee (MIT), Bo Wu (ETH) (Chair: Cy Li)") == [
        ("Ann Lee", "MIT", None), ("Bo Wu", "ETH", None), ("Cy Li", None, None)]


def test_an_award_committee_volunteers_and_sponsors_are_not_organizers(tmp_path: Path) -> None:
    """On a page titled "Organizers": the cards under "Paper Award Committee" and "Volunteers" name no organizers;
    the ``sponsor.html`` includes under "Sponsors" are sponsors, not people."""
    card = ('<div class="card"><a href="{{ include.url }}"><h5 class="card-title">{{ include.name }}</h5></a>'
            "<p>{{ include.thank }}</p></div>")
    body = """\
{% include person.html name="Ann Lee" %}

## Paper Award Committee (Supported by Cell Press)

{% include person.html name="Bo Wu" %}

## Volunteers

{% include person.html name="Cy Chen" %}

## Sponsors

{% include sponsor.html name="Shenzhen Children's Hospital" url="https://szkid.example" thank="Thanks Prof. Dee Park" %}
"""
    found = _found_people(tmp_path, {"_includes/person.html": card, "_includes/sponsor.html": card,
                                     "_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "organizers"), ("Bo Wu", None), ("Cy Chen", None)]
    assert [(s.name, s.url) for s in found.sponsors] == [("Shenzhen Children's Hospital", "https://szkid.example")]


LOOPED_PROGRAM = """\
---
layout: page
title: Program
permalink: /program/
nav: true
---

<div class="agenda">
  {% for item in site.data.program %}
    <div class="agenda-item">
      <span>{{ item.time }}</span>
      <div>
        <h3>{{ item.title }}</h3>
        <p>{{ item.description }}</p>
      </div>
    </div>
  {% endfor %}
</div>
"""

PROGRAM_DATA = """\
- {time: "09:00 - 09:10", title: "Welcome", description: "Goals of the day."}
- {time: "09:10 - 09:50", title: "Keynote 1", description: "Grounded retrieval at scale."}
- {time: "12:00 - 13:00", title: "Lunch break", description: "Continue the talks."}
"""


def test_a_schedule_of_blocks_that_open_with_a_bare_time_is_read_row_by_row(tmp_path: Path) -> None:
    """Repeated <div> blocks (a `site.data` loop) each opening with an element that says only a time, then a heading
    and a line under it, no class naming the parts: the time, the heading as the title, the line kept beside it."""
    site = _imported(tmp_path, {"_pages/program.md": LOOPED_PROGRAM, "_data/program.yml": PROGRAM_DATA})
    items = _edition(site)["schedule"]
    assert [(str(i["time"]), i["title"]) for i in items] == [
        ("09:00", "Welcome"), ("09:10", "Keynote 1"), ("12:00", "Lunch break")]  # fmt: skip
    assert "Grounded retrieval at scale." in yaml.safe_dump(items[1])
    assert "Grounded retrieval at scale." in soup(build_site(site, strict=False) / "program/index.html").get_text(" ")


DATES_FIRST = """\
---
layout: page
title: Call
permalink: /call/
nav: true
---

<section>
  <p class="eyebrow">Important dates</p>
  <h2>Timeline (AoE)</h2>
  <div class="timeline">
    <div class="timeline-item">
      <span class="date">Jan 6, 2026</span>
      <div><h3>Call for papers posted</h3><p>Submissions open.</p></div>
    </div>
    <div class="timeline-item">
      <span class="date">Mar 5, 2026</span>
      <div><h3>Paper submission deadline</h3><p>Closes at 23:59.</p></div>
    </div>
    <div class="timeline-item">
      <span class="date">Mar 28, 2026</span>
      <div><h3>Notification to authors</h3><p>Decisions are sent.</p></div>
    </div>
  </div>
</section>
"""


def test_a_date_written_before_the_heading_that_names_it_is_that_heading_s_date(tmp_path: Path) -> None:
    """Under a dates heading, blocks of a date alone followed by the heading naming it (and a line under that):
    each date goes with the heading after it, not with the heading of the block before."""
    site = _imported(tmp_path, {"_pages/call.md": DATES_FIRST})
    assert [(d["name"], str(d["at"])) for d in _edition(site)["dates"]] == [
        ("Call for papers posted", "2026-01-06"), ("Paper submission deadline", "2026-03-05"),
        ("Notification to authors", "2026-03-28")]  # fmt: skip


COMMITTEE_PAGE = """\
---
layout: page
title: People
permalink: /people/
nav: true
---

<section>
  <p class="eyebrow">Organizers</p>
  <h2>Who runs the day</h2>
  {% for p in site.data.organizers %}<article><h3>{{ p.name }}</h3><p>{{ p.org }}</p></article>
  {% endfor %}
</section>

{% include committee.html %}
"""

COMMITTEE_SECTION = """\
<section>
  <p class="eyebrow">Program committee</p>
  <h2>Seed list</h2>
  {% for p in site.data.committee %}<div class="member"><strong>{{ p.name }}</strong> {{ p.org }}</div>
  {% endfor %}
</section>
"""


def test_a_data_file_named_committee_under_a_program_committee_title_gives_no_organizers(tmp_path: Path) -> None:
    """A `site.data.committee` loop in an include whose section is titled "Program committee" in the line over its
    heading: its people are not organizers (they stay on the page as written); the section titled "Organizers"
    gives them."""
    site = _imported(tmp_path, {
        "_pages/people.md": COMMITTEE_PAGE,
        "_includes/committee.html": COMMITTEE_SECTION,
        "_data/organizers.yml": "- {name: Ann Lee, org: MIT}\n- {name: Bo Chen, org: ETH Zurich}\n",
        "_data/committee.yml": "- {name: Cy Quorum, org: Oracle}\n- {name: Di Plinth, org: KAIST}\n",
    })  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert [people[p]["name"] for p in _edition(site)["organizers"]] == ["Ann Lee", "Bo Chen"]
    text = soup(build_site(site, strict=False) / "people/index.html").get_text(" ")
    assert "Cy Quorum" in text and "Di Plinth" in text


def test_an_and_inside_an_affiliation_in_parentheses_joins_no_two_people() -> None:
    """"Science and Technology" in parentheses names one institute, not a second person."""
    assert people_in("Bo He (University of Science and Technology of China)") == [
        ("Bo He", "University of Science and Technology of China", None)]  # fmt: skip
    assert people_in("Ann Lee (MIT) and Bo Wu (CMU)") == [("Ann Lee", "MIT", None), ("Bo Wu", "CMU", None)]


SPAN_TABLE = """\
<h2>Presentation Schedule</h2>
*All timestamps reflect Pacific Time Zone (PST).*
<center>
<table>
<thead>
  <tr><th markdown="span">Time</th><th markdown="span">Title</th><th markdown="span">Speakers/Authors</th></tr>
</thead>
<tbody>
  <tr>
    <td markdown="span">9:00am-9:35am</td>
    <td markdown="span">[Keynote: Reading Tables: Questions Over Reports](/tiny/ann#keynote)</td>
    <td markdown="span">[Ann Lee](/tiny/ann)<br/>(UCSB)</td>
  </tr>
  <tr>
    <td markdown="span">9:35am-9:45am</td>
    <td markdown="span">[Attention for Stock Movements](assets/pdfs/paper_3.pdf)</td>
    <td markdown="span">Bo Wu<br/>(MIT)</td>
  </tr>
</tbody>
</table>
</center>
"""


def test_a_label_inside_the_link_that_is_a_whole_title_cell_and_the_zone_line_over_the_table(tmp_path: Path) -> None:
    """``[Keynote: Title](/ann#keynote)``: "Keynote" is the row's label and the title is the rest of the link's words,
    not its Markdown. The zone is an italic line between the heading and the table, in the heading's HTML block."""
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", SPAN_TABLE, "nav: true\n")})
    edition = _edition(site)
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    rows = [(i["kind"], i["title"], [people[s]["name"] if isinstance(s, str) else s["name"] for s in i["speakers"]])
            for i in edition["schedule"]]  # fmt: skip
    assert rows == [("keynote", "Reading Tables: Questions Over Reports", ["Ann Lee"]),
                    ("talk", "Attention for Stock Movements", ["Bo Wu"])]  # fmt: skip
    assert edition["timezone"] == "America/Los_Angeles"


@pytest.mark.parametrize(
    "body",
    [
        "<h3>Ann Lee</h3>\n<strong>Research Lead, Tiny Labs</strong><br>\nDr. Lee builds tiny models for banks.\n\n"
        "<h3>Bo Wu</h3>\n<strong>Professor, University of Potsdam</strong><br>\nBo studies small data.\n",
        "### Ann Lee\n\n**Research Lead, Tiny Labs**\n\nDr. Lee builds tiny models for banks.\n\n"
        "### Bo Wu\n\n**Professor, University of Potsdam**\n\nBo studies small data.\n",
    ],
)  # fmt: skip


def test_headings_that_are_names_each_over_a_position_and_a_bio_on_a_page_its_subtitle_calls_a_committee(
    tmp_path: Path, body: str
) -> None:
    """One heading per person, the bold line under it their position and affiliation, then their bio; the page's
    title names the workshop, its subtitle (``description``) the role: each heading a person of that role, the role
    a guess named in MIGRATION.md."""
    page = _page("Tiny Workshop on Small Data", "/organizers/", body, "description: Organizing Committee\nnav: true\n")
    found = _found_people(tmp_path, {"_pages/organizers.md": page})
    assert [(p.name, p.role, p.affiliation, p.bio) for p in found.people] == [
        ("Ann Lee", "organizers", "Research Lead, Tiny Labs", "Dr. Lee builds tiny models for banks."),
        ("Bo Wu", "organizers", "Professor, University of Potsdam", "Bo studies small data."),
    ]
    assert [n.what for n in found.notes if n.guess] == [
        "role 'organizers' read from the page's description 'Organizing Committee'"]  # fmt: skip
    site = _imported(tmp_path / "import", {"_pages/organizers.md": page})  # the bios stay on the page, in the cards
    assert "kept as text" not in (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Bo studies small data." in soup(build_site(site, strict=False) / "organizers/index.html").get_text(" ")


def test_a_workshop_early_in_the_year_is_the_edition_of_its_day_not_of_its_deadlines(tmp_path: Path) -> None:
    """Three deadlines in November 2021, the workshop on March 1, 2022, no four-digit year in any title: the edition
    is 2022's, the year of the date that names the workshop, not the year most dates fall in."""
    home = ("## Important Dates\n\n- Paper Submission Deadline: Nov 12, 2021\n- Notification of Acceptance: Dec 6, 2021"
            "\n- Early Registration Deadline: Dec 31, 2021\n- Workshop: March 1, 2022\n")  # fmt: skip
    site = _imported(tmp_path, {"_config.yml": "title: AAAI-22 TW\n", "_pages/about.md": _page("about", "/", home)})
    assert [p.stem for p in (site / "docs/_data/editions").glob("*.yml")] == ["2022"]
    assert _edition(site)["date"] == dt.date(2022, 3, 1)


def test_a_city_followed_by_its_province_s_abbreviation_and_its_country(tmp_path: Path) -> None:
    """"Vancouver, BC, Canada" under the home page's title: Vancouver, the province's two letters no US state."""
    home = "<p class=\"page__lead\"><br/>Vancouver, BC, Canada<br/> March 1, 2022</p>\n\nOn **March 1, 2022**.\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert (_edition(tmp_path / "out").get("location") or {}).get("city") == "Vancouver"


def test_lines_each_a_linked_name_then_what_they_are_under_a_role_heading(tmp_path: Path) -> None:
    """``[**Ann Lee**](/ann), Professor, University of Potsdam<br>`` one line per person after an HTML heading
    "Keynote Speakers": each line a speaker, the rest of the line their position and affiliation."""
    body = ("<h2>Keynote Speakers</h2>\n[**Ann Lee**](/tiny/ann), Associate Professor, University of Potsdam<br>\n"
            "[**Bo Wu**](/tiny/bo), Head of AI Engineering, Tiny Labs<br>\n\n<h2>Schedule</h2>\nTo come.\n")
    found = _found_people(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "Associate Professor, University of Potsdam"),
        ("Bo Wu", "speakers", "Head of AI Engineering, Tiny Labs"),
    ]
    assert [n.what for n in found.notes if not n.guess] == []


def test_section_headings_that_read_like_names_over_prose_or_a_list_are_no_people(tmp_path: Path) -> None:
    """"### Submission Instructions" over a paragraph and "### Important Dates" over a list, under "Call for Lightning
    Talks": two capitalized words each, but no line in bold under them says a position: sections, not speakers."""
    body = ("## Call for Lightning Talks\n\n### Submission Instructions\n\nAbstracts should be submitted as PDFs by "
            "**May 20, 2022**.\n\n### Important Dates\n\n+ Submission Deadline: May 20, 2022\n+ Workshop: July 1, 2022\n")
    found = _found_people(tmp_path, {"_pages/cfp.md": _page("Call", "/cfp/", body, "nav: true\n")})
    assert [p.name for p in found.people] == []


def test_a_table_with_a_start_column_and_an_end_column_reads_both_as_the_slot() -> None:
    """``| From | To | Session 1 |``: two columns of times are the start and the end of each row's slot, not a time
    and a title; a row with only its end time is at that time (a guess, reported)."""
    out = _table("""\
|From|To| Session 1|
|--|--|--|
|09:00|09:10| Opening remarks|
|09:10|09:50| Learning with Limited Data |
|09:50|10:00| Short Break |
||10:00| Adjourn|
""")
    assert [(time, title) for time, _, title, _ in _flat(out)] == [
        ("09:00", "Opening remarks"), ("09:10", "Learning with Limited Data"), ("09:50", "Short Break"),
        ("10:00", "Adjourn"),
    ]  # fmt: skip
    ends = [item.end.text if item.end else None for item in out.entries if isinstance(item, program.Draft)]
    assert ends == ["09:10", "09:50", "10:00", None]
    assert [n.what for n in out.notes] == ["schedule row 'Adjourn': no start time, read at its end time, 10:00"]


def test_people_in_a_table_one_person_a_row_under_headings_naming_their_role(tmp_path: Path) -> None:
    """``| Ann Lee | MIT | [Email](mailto:...) |``, a row a person (a table with no header row) under "Workshop
    Chairs", "Program Chair": the first cell names them, the next their affiliation; an e-mail link is not a page."""
    body = """\
## Workshop Chairs

| Ann Lee | School of Computing, MIT, USA | [Email](mailto:ann@mit.example.org) |
| [Bo Wu](https://bo.example.org) | ETH Zurich | [Email](mailto:bo@eth.example.org) |

## Program Chair

| Cy Chen | Temple University | [Email](mailto:cy@temple.example.org) |

## Dates

| Submission | May 1, 2025 |
| Notification | June 1, 2025 |
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "organizers", "School of Computing, MIT, USA", None),
        ("Bo Wu", "organizers", "ETH Zurich", "https://bo.example.org"),
        ("Cy Chen", "organizers", "Temple University", None),
    ]  # fmt: skip
    assert not [n for n in found.notes if "not read as people" in n.what]


def test_people_as_headings_that_name_them_each_over_a_photo_and_a_bio(tmp_path: Path) -> None:
    """``## Ann Lee`` (with a link beside it), then a photo and a paragraph about her, on a page whose title names
    the role: a person with her photo, page and bio; a heading with no photo under it, or one naming a role, is
    not someone."""
    body = """\
The following speakers will give a keynote.

## Ann Lee&nbsp;<a href="https://ann.example.org" target="_blank" title="Web page">🌐</a>

<img src="/assets/img/ann.jpg" class="people-img"> Ann Lee is a professor at MIT working on plants.

## Bo Wu

<img src="/assets/img/bo.jpg" class="people-img">
Bo Wu leads the phenomics platform at ETH Zurich.

## Travel Awards

Two awards are given to students.

## Steering Committee

<img src="/assets/img/cy.jpg"> Cy Chen, Temple University
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_pages/speakers.md": _page("Speakers", "/speakers/", body, "nav: true\n")})
    assert [(p.name, p.role, p.url, p.photo, p.bio) for p in found.people] == [
        ("Ann Lee", "speakers", "https://ann.example.org", "/assets/img/ann.jpg",
         "Ann Lee is a professor at MIT working on plants."),
        ("Bo Wu", "speakers", None, "/assets/img/bo.jpg", "Bo Wu leads the phenomics platform at ETH Zurich."),
    ]  # fmt: skip
    assert not [n for n in found.notes if "names no one" in n.what]


def test_a_heading_of_a_name_then_where_they_work_on_an_untitled_page_whose_address_names_the_role(
    tmp_path: Path,
) -> None:
    """``## Ann Lee, Crop Science, ETH Zürich`` over her talk, her photo and her bio, on a page with no title of its
    own served at ``/speakers/`` (its menu entry names it): a speaker with her affiliation, the role a guess named."""
    body = """\
The following speakers are confirmed.

## Ann Lee, Crop Science, ETH Zürich

**Carrying cameras through a wheat field**

Field phenotyping of wheat research trials will increase our understanding.

<img src="../assets/img/speakers/ann.jpeg" alt="Ann Lee headshot" align="left"/> Ann Lee is a professor of crop science.
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_data/navigation.yml": "main:\n  - title: Speakers\n    url: /speakers/\n",
                                     "_pages/speakers.md": f"---\nlayout: single\npermalink: /speakers/\n---\n{body}"})
    assert [(p.name, p.role, p.affiliation, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "Crop Science, ETH Zürich", "../assets/img/speakers/ann.jpeg"),
    ]  # fmt: skip
    assert [n.where for n in found.notes if "address" in n.what] == ["_pages/speakers.md:1"]


def test_a_linked_heading_of_a_name_then_a_one_word_company_is_the_person_and_where_she_works(
    tmp_path: Path,
) -> None:
    """``## [Ann Lee, Roblox](url)`` over her photo and bio: a comma then a word that is no one's name is where she
    works, as in a list ("Ann Lee, Google"), even when "Ann Lee, Roblox" could pass for a name of three words."""
    body = """\
# Invited Speakers

## [Ann Lee, Roblox](https://ann.org)

![](/images/ann.jpg "Ann Lee")

Ann Lee leads the data science team at Roblox.

## [Bo Wu, Airbnb](https://bo.org)

![](/images/bo.jpg "Bo Wu")

Bo Wu builds experimentation platforms.
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_pages/invited.md": _page("Invited Speakers", "/invited/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "speakers", "Roblox", "https://ann.org"), ("Bo Wu", "speakers", "Airbnb", "https://bo.org")]


def test_a_persons_section_under_her_heading_tells_her_bio_apart_from_her_talk(tmp_path: Path) -> None:
    """``## Ann Lee`` over her photo, then ``### Bio``, ``### Title`` and ``### Abstract``: her bio is what the Bio
    sub-heading says, not her talk's title and abstract."""
    body = """\
# Invited Speakers

## Ann Lee, MIT

![](/images/ann.jpg "Ann Lee")

### Bio
Ann Lee studies causal inference.

### Title
Parallel Outcomes

### Abstract
We show identifiability with three outcomes.

## Bo Wu, ETH

![](/images/bo.jpg "Bo Wu")

Bo Wu builds experimentation platforms.
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_pages/invited.md": _page("Invited Speakers", "/invited/", body, "nav: true\n")})
    assert [(p.name, p.bio) for p in found.people] == [
        ("Ann Lee", "Ann Lee studies causal inference."), ("Bo Wu", "Bo Wu builds experimentation platforms.")]


def test_cards_of_people_with_a_bio_are_a_directive_whose_layout_shows_it(tmp_path: Path) -> None:
    """Speakers each a heading, a photo and a paragraph about them: the page gets the horizontal layout, which shows
    each bio, so the paragraphs are data on the new page rather than text kept beside the cards."""
    body = """\
## Ann Lee

<img src="/assets/img/ann.jpg" class="people-img"> Ann Lee studies how wheat grows in dry summers.

## Bo Wu

<img src="/assets/img/bo.jpg" class="people-img"> Bo Wu builds robots that count apples in orchards.
"""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                "_pages/speakers.md": _page("Speakers", "/speakers/", body, "nav: true\n")})
    page = (site / "docs/speakers.md").read_text(encoding="utf-8")
    assert "<!-- esfomo/people { role: speakers, layout: horizontal } -->" in page
    assert "orchards" not in page and "kept as text" not in (site / "MIGRATION.md").read_text(encoding="utf-8")
    built = build_site(site, strict=False, site_dir=str(tmp_path / "built"))
    text = soup(built / "speakers/index.html").get_text(" ")
    assert "Bo Wu builds robots that count apples in orchards." in " ".join(text.split())


def test_people_of_one_role_under_several_headings_are_one_list_in_groups(tmp_path: Path) -> None:
    """"Workshop Chairs" then "Advisors", both organizers: one list on the new page under the role's heading, each
    person's ``group`` the heading they stood under, shown as it was; not everyone under the first heading."""
    body = """\
## Workshop Chairs

- [Ann Lee](https://ann.example.org), MIT
- Bo Wu, ETH Zurich

## Advisors

- Cy Chen, Temple University
- Di Fox, Oxford University
"""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                "_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    page = (site / "docs/organizers.md").read_text(encoding="utf-8")
    assert "Workshop Chairs" not in page and "Advisors" not in page
    assert page.count("<!-- esfomo/people { role: organizers } -->") == 1 and "## Organizers" in page
    assert _edition(site)["organizers"] == [
        {"id": "ann-lee", "group": "Workshop Chairs"}, {"id": "bo-wu", "group": "Workshop Chairs"},
        {"id": "cy-chen", "group": "Advisors"}, {"id": "di-fox", "group": "Advisors"}]  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "left out" not in report and "not carried" not in report and "kept as text" not in report
    built = soup(build_site(site, strict=False, site_dir=str(tmp_path / "built")) / "organizers/index.html")
    shown = [(el.name, el.get_text(" ", strip=True)) if el.name == "h3" else
             (el.name, [c.select_one(".esfomo-card__name").get_text() for c in el.select(".esfomo-card")])
             for el in built.select("article h3, article .esfomo-people")]  # fmt: skip
    assert shown == [("h3", "Workshop Chairs"), ("div", ["Ann Lee", "Bo Wu"]), ("h3", "Advisors"),
                     ("div", ["Cy Chen", "Di Fox"])]  # fmt: skip


def test_a_dates_table_whose_first_row_is_only_a_label_has_no_date_there(tmp_path: Path) -> None:
    """``|Dates | |`` over ``| Submission due | 22 June 2025 |``: a row with words in its first cell only is the
    table's label, not a date that could not be read."""
    about = ("## Important Dates\n\n|Dates       |       |\n|Submission due for full paper | 22 June 2025 23:59 AOE |\n"
             "|Decision notification to authors | 11 July 2025 |\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", about)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Submission due for full paper", dt.date(2025, 6, 22)), ("Decision notification to authors", dt.date(2025, 7, 11))]
    assert [n.what for n in found.notes if "not understood" in n.what] == []
    assert [kept for _, _, kept in found.shown] == [[]]


def test_a_table_whose_first_row_says_dates_lists_dates_whatever_their_names_and_the_heading_above(
    tmp_path: Path,
) -> None:
    """``## Challenges`` over ``|Dates | |`` then ``|Short technical report | 20 September 2023 |``: the table's own
    label says its rows are dates, so a row whose name has no word of a deadline is a date too."""
    body = ("## Challenges\n\nWe run two challenges.\n\n|Dates       |       |\n|Submission deadline | 31 August 2023 |\n"
            "|Short technical report | 20 September 2023 |\n|Notification of winners | 21 September 2023 |\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", body)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2023)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Submission deadline", dt.date(2023, 8, 31)), ("Short technical report", dt.date(2023, 9, 20)),
        ("Notification of winners", dt.date(2023, 9, 21))]  # fmt: skip
    assert [kept for _, _, kept in found.shown] == [[]]


def test_one_date_given_two_days_on_two_pages_is_named_as_a_disagreement(tmp_path: Path) -> None:
    """The call says ``Notification of acceptance | 11 August 2023``, the dates page ``7 August 2023``: both are
    kept, and the report names the disagreement at each line so that someone picks the right one."""
    call = "## Important Dates\n\n|Notification of acceptance | 11 August 2023 |\n|Camera-ready | 21 August 2023 |\n"
    when_ = "## Important Dates\n\n|Notification of acceptance | 7 August 2023 |\n|Camera-ready | 21 August 2023 |\n"
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", call),
                          "_pages/dates.md": _page("Dates", "/dates/", when_, "nav: true\n")})  # fmt: skip
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2023)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Notification of acceptance", dt.date(2023, 8, 11)), ("Camera-ready", dt.date(2023, 8, 21)),
        ("Notification of acceptance", dt.date(2023, 8, 7))]  # fmt: skip
    said = [(n.where, n.what) for n in found.notes if "both kept" in n.what]
    assert said == [("_pages/dates.md:9", "date 'Notification of acceptance': 2023-08-07 here, 2023-08-11 at "
                     "_pages/about.md:8: both kept, check which is right")]


def test_two_columns_of_times_in_two_zones_are_not_a_start_and_an_end() -> None:
    """``| PT | ET | Event |``: the same moments in two zones, a constant gap and no slot ending where the next
    starts, stay two columns; the start and end columns are for slots that follow each other."""
    out = _table("""\
| PT | ET | Event |
|----|----|-------|
| 9:00 | 12:00 | Opening remarks |
| 9:30 | 12:30 | Learning with Limited Data |
| 10:30 | 13:30 | Closing remarks |
""")
    assert [n.what for n in out.notes if "end time" in n.what] == []
    entries = [e for e in out.entries if isinstance(e, program.Draft)]
    assert not any(e.end and e.end.text in ("12:00", "12:30", "13:30") for e in entries)


def test_a_heading_over_people_kept_as_written_is_not_said_to_be_left_out(tmp_path: Path) -> None:
    """"Workshop Chairs" over rows that say more than the cards show (what each chair does) stays on the page as
    written, heading included; each group is in the data all the same, and no heading is named as left out."""
    body = """\
## Workshop Chairs

| Ann Lee | MIT | Runs the reviewing of the papers and the posters |
| Bo Wu | ETH Zurich | Runs the challenge and its leaderboard |

## Advisors

- Cy Chen, Temple University
- Di Fox, Oxford University
"""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                "_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    page = (site / "docs/organizers.md").read_text(encoding="utf-8")
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "## Workshop Chairs" in page and "leaderboard" in page and "kept as text" in report
    assert [(p["id"], p["group"]) for p in _edition(site)["organizers"]] == [
        ("ann-lee", "Workshop Chairs"), ("bo-wu", "Workshop Chairs"), ("cy-chen", "Advisors"), ("di-fox", "Advisors")]
    assert "left out: its organizers" not in report


def test_a_role_heading_over_the_first_group_stays_the_heading_of_the_one_list(tmp_path: Path) -> None:
    """"Organizers" then "Advisors": the list stays under the site's own "Organizers" heading, those under it in
    no group, the others in the group "Advisors"."""
    body = ("## Organizers\n\n- Ann Lee, MIT\n- Bo Wu, ETH Zurich\n\n"
            "## Advisors\n\n- Cy Chen, Temple University\n- Di Fox, Oxford University\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                "_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    page = (site / "docs/organizers.md").read_text(encoding="utf-8")
    assert page.count("## Organizers") == 1 and "Advisors" not in page
    assert _edition(site)["organizers"] == ["ann-lee", "bo-wu", {"id": "cy-chen", "group": "Advisors"},
                                            {"id": "di-fox", "group": "Advisors"}]  # fmt: skip
    assert "left out: its organizers" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


CLASS_TITLE_SCHEDULE = """\
<div class="schedule">
  <div class="events">
    <div class="event"><span class="time">9:00</span>
      <div class="detail-title"><h5>Keynote 1 - Ann Lee</h5>
        <small>Small models, big claims</small></div></div>
    <div class="event"><span class="time">9:30</span>
      <div class="detail-title"><h5>Oral Presentations</h5>
        <small><i>&bullet; Tiny Nets Learn Fast</i></small>
        <small><i>&bullet; Small Data in the Wild</i></small></div></div>
    <div class="event"><span class="time">10:00</span>
      <div class="detail-title"><h5>Challenge Winners</h5>
        <small>&bullet; <i>Challenge Overview</i></small></div></div>
    <div class="event"><span class="time">10:30</span>
      <div class="detail-title"><h5>Poster Session</h5>
        <small>Posters are shown in Exhibit Hall D.</small></div></div>
  </div>
</div>
"""


def test_a_title_part_holding_a_heading_has_the_heading_for_title_and_keeps_its_other_lines(tmp_path: Path) -> None:
    """``<div class="detail-title"><h5>Oral Presentations</h5><small>• Tiny Nets</small>``: the heading is the
    row's title and the lines under it are kept beside it (not its title, not its speakers); under a heading that
    names a kind and a person ("Keynote 1 - Ann Lee"), the line under it is the talk's title."""
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", CLASS_TITLE_SCHEDULE,
                                                            "nav: true\n")})
    edition = _edition(site)
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    rows = [(str(i["time"]), i.get("title"), [people[s]["name"] if isinstance(s, str) else s["name"]
                                              for s in i.get("speakers", [])]) for i in edition["schedule"]]
    assert rows == [
        ("9:00", "Small models, big claims", ["Ann Lee"]),
        ("9:30", "Oral Presentations", []),
        ("10:00", "Challenge Winners", []),
        ("10:30", "Poster Session", []),
    ]
    data = next((site / "docs/_data/editions").glob("*.yml")).read_text(encoding="utf-8")
    assert "Tiny Nets Learn Fast" in data and "Small Data in the Wild" in data and "Exhibit Hall D" in data


def test_a_programme_item_of_two_capitalised_words_is_not_a_speaker(tmp_path: Path) -> None:
    """``| 16:30-17:00 | Challenge Results |``: two capitalised words that name a part of the programme (results,
    winners, an overview of a challenge) are its title, not a person giving a talk."""
    body = ("**Date:** June 11, 2025.\n\n| Time Slot | Event |\n| :--- | :--- |\n| 13:30-13:45 | Welcome |\n"
            "| 13:45-14:15 | Keynote: Ann Lee |\n| 16:30-17:00 | Challenge Results |\n| 17:00-17:30 | Challenge Winners |\n")
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    rows = {i.get("title"): i.get("speakers", []) for i in _edition(site)["schedule"]}
    assert rows.get("Challenge Results") == [] and rows.get("Challenge Winners") == []


def test_a_line_under_the_schedule_saying_its_times_zone_gives_the_zone(tmp_path: Path) -> None:
    """``<br/>All times are in local time zone, Central Daylight Time (CDT).`` right under the table: the zone of
    the schedule's times, as one over it would be."""
    body = ("**Date:** June 11, 2025.\n\n| Time Slot | Event |\n| :--- | :--- |\n| 13:30-13:45 | Welcome |\n"
            "| 13:45-14:15 | Keynote: Ann Lee |\n{:.table-bordered}\n\n\n"
            "<br/>All times are in local time zone, Central Daylight Time (CDT).\n<br/>\n\n### Accepted Papers\n\n"
            "Deadlines are at 11:59 pm Pacific Standard Time (PST).\n")
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    assert _edition(site)["timezone"] == "America/Chicago"


def test_a_line_of_the_home_page_description_that_opens_with_a_date_gives_the_day(tmp_path: Path) -> None:
    """``description: "The 3rd Workshop on Tiny Models<br>June 12th, 2025, Nashville TN<br>Room: C2"``, shown by
    the home page's layout: the line that opens with a date says the workshop's day by itself, as a subtitle would;
    a date inside a line ("Submission closes May 1, 2025") does not."""
    home = ("---\nlayout: home\npermalink: /\ntitle: Home\ndescription: \"The 3rd Workshop on Tiny Models<br>June 12th,"
            " 2025, Nashville TN<br>Room: Davidson C2, 08:45AM - 12:30PM\"\n---\nA tiny workshop.\n")
    site = _imported(tmp_path, {"_pages/home.md": home,
                                "_layouts/home.html": "---\nlayout: default\n---\n<h5>{{ page.description }}</h5>\n"
                                                      "{{ content }}\n"})  # fmt: skip
    assert _edition(site)["date"] == dt.date(2025, 6, 12)
    other = home.replace("June 12th, 2025, Nashville TN", "Submission closes May 1, 2025")
    site = _imported(tmp_path / "other", {"_pages/home.md": other})
    assert "date" not in _edition(site)


def test_an_empty_heading_between_a_role_heading_and_its_cards_names_no_role(tmp_path: Path) -> None:
    """``## Confirmed Speakers`` over al-folio's projects loop, whose ``<h2 class="category">{{ category }}</h2>``
    says nothing when the site has no categories: the cards are the speakers the heading names (an empty heading
    names nothing), shown where the loop is, not a sponsors' block."""
    about = """\
## Confirmed Speakers

<div class="projects">
  {% if site.enable_project_categories and page.display_categories %}
    {% for category in page.display_categories %}
      <a id="{{ category }}" href=".#{{ category }}">
        <h2 class="category">{{ category }}</h2>
      </a>
      {% assign categorized_projects = site.projects | where: "category", category %}
      {% assign sorted_projects = categorized_projects | sort: "importance" %}
      <div class="row">
        {% for project in sorted_projects %}
          {% include projects.liquid %}
        {% endfor %}
      </div>
    {% endfor %}
  {% else %}
    {% assign sorted_projects = site.projects | sort: "importance" %}
    <div class="row">
      {% for project in sorted_projects %}
        {% include projects.liquid %}
      {% endfor %}
    </div>
  {% endif %}
</div>
"""
    card = """\
<div class="col"><a href="{{ project.redirect }}"><div class="card">
  <h2 class="card-title">{{ project.title }}</h2><p class="card-text">{{ project.description }}</p>
</div></a></div>
"""
    files = {
        "_config.yml": CONFIG + "collections:\n  projects:\n    output: true\n",
        "_pages/about.md": _page("about", "/", about),
        "_includes/projects.liquid": card,
        "_projects/1_project.md": "---\ntitle: Bo Wu\ndescription: ETH Zurich\nimportance: 2\n"
                                  "redirect: https://bo.example.org\n---\n",
        "_projects/2_project.md": "---\ntitle: Ann Lee\ndescription: MIT\nimportance: 1\n"
                                  "redirect: https://ann.example.org\n---\n",
    }  # fmt: skip
    site = _imported(tmp_path, files)
    people_yml = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert [people_yml[p]["name"] for p in _edition(site)["speakers"]] == ["Ann Lee", "Bo Wu"]
    page = (site / "docs/index.md").read_text(encoding="utf-8")
    assert "esfomo/sponsors" not in page and "no role found" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_the_old_themes_name_key_names_the_workshop_when_the_title_is_empty(tmp_path: Path) -> None:
    """An old al-folio ``_config.yml`` names the site with ``name: "SLRTP"`` (no ``title``) and its home page is
    called "Home", the menu's word: the workshop is SLRTP, not "Home"."""
    home = ("---\nlayout: about\npermalink: /\ntitle: Home\n---\nThe workshop takes place on June 12, 2025.\n\n"
            "### Important Dates\n\n- Paper Submission: March 16, 2025\n- Camera-Ready: April 12, 2025\n")
    site = _imported(tmp_path, {"_config.yml": 'name: "SLRTP"\ndescription: A venue for sign language.\n',
                                "_pages/00_home.md": home})
    assert _edition(site)["name"] == "SLRTP 2025"


def test_the_home_pages_description_its_layout_shows_is_the_workshops_subtitle(tmp_path: Path) -> None:
    """``description: "The 3rd Workshop on Tiny Models<br>June 12th, 2025, Nashville TN<br>Room: C2"`` shown by the
    home page's layout under its heading: the edition's subtitle, its lines kept apart, not a block of the layout
    left out; a description the layout does not show stays out."""
    home = ("---\nlayout: home\npermalink: /\ntitle: Home\ndescription: \"The 3rd Workshop on Tiny Models<br>June 12th,"
            " 2025, Nashville TN<br>Room: Davidson C2, 08:45AM - 12:30PM\"\n---\nA tiny workshop.\n")
    layout = "---\nlayout: default\n---\n<header><h5>{{ page.description }}</h5></header>\n{{ content }}\n"
    site = _imported(tmp_path, {"_pages/home.md": home, "_layouts/home.html": layout})
    assert _edition(site)["subtitle"] == ("The 3rd Workshop on Tiny Models · June 12th, 2025, Nashville TN · Room: "
                                          "Davidson C2, 08:45AM - 12:30PM")
    assert "not carried over" not in (site / "MIGRATION.md").read_text(encoding="utf-8")
    site = _imported(tmp_path / "hidden", {"_pages/home.md": home, "_layouts/home.html": "{{ content }}\n"})
    assert "subtitle" not in _edition(site)


def test_html_cells_with_emoji_after_the_speaker_and_two_talks_of_one_slot_each_under_its_label() -> None:
    """``Invited Talk: <a>Ann Lee</a> 🤝<br><b>Title</b>``: the emoji that ends a line is decoration, so the line
    names the speaker; a cell stacking ``Spotlight: Name<br><a>Title</a>`` twice is two talks sharing the slot; what
    follows a break's label is a note of it; a slot that runs to ``CLOSE`` has a start and no end."""
    html = """\
<table><tbody>
<tr><td>9:05 - 9:35 AM</td><td>Invited Talk: <a href="https://ann.example.org">Ann Lee</a> 🤝🗣️ <br>
  <b>Copyright Law and Model Design</b></td></tr>
<tr><td>10:20 - 10:50 AM</td><td>Spotlight Presentation: Bo Wu 📊 <br>
  <a href="https://openreview.net/forum?id=1">Data Mixing Can Induce Phase Transitions</a><br>
  Spotlight Presentation: Cy Li 📊 <br>
  <a href="https://openreview.net/forum?id=2">Towards Internet-Scale Training</a></td></tr>
<tr><td>12:00 - 1:30 PM</td><td>Lunch Break 🍲 Lunch Box Bento Provided</td></tr>
<tr><td>4:00 - 4:05 PM</td><td>Closing Remarks 📗</td></tr>
<tr><td>4:05 - CLOSE</td><td>Poster Session II 🪧</td></tr>
</tbody></table>
"""
    out = _table(html)
    assert _flat(out) == [
        ("9:05AM", "invited", "Copyright Law and Model Design", ["Ann Lee"]),
        ("10:20AM", "spotlight", "Data Mixing Can Induce Phase Transitions", ["Bo Wu"]),
        ("10:20AM", "spotlight", "Towards Internet-Scale Training", ["Cy Li"]),
        ("12:00PM", "break", "Lunch Break", []),
        ("4:00PM", "remarks", "Closing Remarks", []),
        ("16:05", "poster", "Poster Session II", []),
    ]  # fmt: skip
    drafts = [e for e in out.entries if isinstance(e, program.Draft)]
    assert [d.link for d in drafts[1:3]] == ["https://openreview.net/forum?id=1", "https://openreview.net/forum?id=2"]
    assert (drafts[0].emoji, drafts[3].emoji, drafts[3].notes) == ("🤝🗣️", "🍲", ["Lunch Box Bento Provided"])
    assert drafts[-1].end is None


def test_a_heading_row_in_a_schedule_table_is_named_and_the_schedule_becomes_data(tmp_path: Path) -> None:
    """``<tr><td><b>MORNING SESSION</b></td><td></td></tr>``: a heading over the rows under it, not a row; it is
    named in MIGRATION.md, so the rest of the table, understood, becomes the schedule directive."""
    body = """\
## Schedule

<table class="table"><tbody>
<tr>
  <td><b>MORNING SESSION 🌅</b></td>
  <td></td>
</tr>
<tr>
  <td>9:00 - 9:05 AM</td>
  <td>Opening Remarks</td>
</tr>
<tr>
  <td>9:05 - 9:35 AM</td>
  <td>Invited Talk: <a href="https://ann.example.org">Ann Lee</a><br><b>Copyright Law</b></td>
</tr>
<tr>
  <td>9:35 - 10:00 AM</td>
  <td>Coffee Break</td>
</tr>
</tbody></table>
"""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "The workshop is on May 4, 2025.\n\n" + body)})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/about.md:11: schedule row 'MORNING SESSION 🌅': a heading over the rows under it" in report
    assert "kept as text" not in report
    assert "<!-- esfomo/schedule -->" in (site / "docs/index.md").read_text(encoding="utf-8")
    assert [(i["title"], i.get("speakers")) for i in _edition(site)["schedule"]] == [
        ("Opening Remarks", None), ("Copyright Law", ["ann-lee"]), ("Coffee Break", None)]


def test_people_as_columns_whose_photo_and_name_are_parts_side_by_side(tmp_path: Path) -> None:
    """``<div class="col-md-3"><a><img class="people-pic"></a><div class="people-name"><a>Ann Lee</a><h6>MIT</h6>
    </div></div>``: the photo part and the name part are one person's, whatever the column's class."""
    about = """\
<h2>Organizers</h2>
<div class="row">
  <div class="col-lg-3 col-md-4">
    <a href="https://ann.example.org"><img class="people-pic" src="static/img/ann.jpg"></a>
    <div class="people-name">
      <a href="https://ann.example.org">Ann Lee</a>
      <h6>MIT</h6>
    </div>
  </div>
  <div class="col-lg-3 col-md-4">
    <a href="https://bo.example.org"><img class="people-pic" src="static/img/bo.jpg"></a>
    <div class="people-name">
      <a href="https://bo.example.org">Bo Wu</a>
      <h6>ETH Zurich</h6>
    </div>
  </div>
</div>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation, p.url, p.photo) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT", "https://ann.example.org", "static/img/ann.jpg"),
        ("Bo Wu", "organizers", "ETH Zurich", "https://bo.example.org", "static/img/bo.jpg"),
    ]  # fmt: skip
    assert [n.what for n in found.notes if "names no one" in n.what] == []


def test_dates_in_a_table_of_names_and_dates_with_no_header_under_the_calls_heading(tmp_path: Path) -> None:
    """``| **Submission deadline** | 8 February 2023 (AoE) |`` rows with no header row, under "Call for Papers":
    each row whose name is a date's and whose value is a date is a date; the link row is not one."""
    page = _page("call", "/call/", "# Call for Papers\n\nWe invite submissions of four pages.\n\n"
                 "| **Submission link** | [OpenReview](https://openreview.net/group?id=X) |\n"
                 "| **Submission opens** | 1 January 2023 |\n| **Submission deadline** | 8 February 2023 (AoE) |\n"
                 "| **Final decisions** | 3 March 2023 |\n", "nav: true\n")  # fmt: skip
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2023)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Submission opens", dt.date(2023, 1, 1)), ("Submission deadline", dt.date(2023, 2, 8)),
        ("Final decisions", dt.date(2023, 3, 3)),
    ]  # fmt: skip


def test_people_as_a_photo_beside_a_bio_that_opens_with_their_bold_linked_name(tmp_path: Path) -> None:
    """``<div class='orgWrapper'><img alt="Ann Lee"><div class='bioWrapper'>[**Ann Lee**](url) is ...</div></div>``
    (Markdown inside the HTML, which kramdown renders): one person a block, the name and link the bio opens with,
    the rest the bio; "Area Chairs" on the committee page are reviewers, not organizers."""
    organizers = """\
# Organizers

<div class='orgWrapper'>
<img src="assets/images/ann.jpg" alt="Ann Lee" width="150" />
<div class='bioWrapper'>
[**Ann Lee**](https://ann.example.org/) is a professor at MIT. She works on physics for learning.
</div>
</div>

<div class='orgWrapper'>
<img src="assets/images/bo.jpg" alt="Bo Wu" width="150" />
<div class='bioWrapper'>
[**Bo Wu**](https://bo.example.org/) is a researcher at ETH Zurich.
</div>
</div>
"""
    committee = "# Programme Committee\n\n## Area Chairs:\n\n- Ann B. Lee\n- Bo Wu\n\n## Reviewers:\n\n- Cy Li\n"
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_pages/organizers.md": _page("Organizers", "/organizers/", organizers,
                                                                   "nav: true\n"),
                                     "_pages/committee.md": _page("Committee", "/committee/", committee,
                                                                  "nav: true\n")})  # fmt: skip
    assert [(p.name, p.role, p.url, p.photo, p.bio) for p in found.people] == [
        ("Ann Lee", "organizers", "https://ann.example.org/", "assets/images/ann.jpg",
         "Ann Lee is a professor at MIT. She works on physics for learning."),
        ("Bo Wu", "organizers", "https://bo.example.org/", "assets/images/bo.jpg", "Bo Wu is a researcher at ETH Zurich."),
    ]  # fmt: skip


def test_the_people_under_a_heading_naming_supporters_are_not_of_the_role_above(tmp_path: Path) -> None:
    """"## Benchmarking Track Supporters" under "# Panels": its people support a track, they sit on no panel."""
    body = ("# Panels\n\n## Reusing Prior Work\n\n- Ann Lee, MIT\n- Bo Wu, ETH\n\n"
            "## Benchmarking Track Supporters\n\n- Cy Chen, CMU\n- Di Ma, UCL\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role) for p in found.people if p.role] == [("Ann Lee", "panelists"), ("Bo Wu", "panelists")]


def test_the_line_naming_a_panels_moderators_names_no_panelist(tmp_path: Path) -> None:
    """"**Moderator:** Ann Lee, Bo Wu, Cy Chen" on the panels page: three moderators, not a panelist Ann Lee of
    "Bo Wu, Cy Chen"."""
    body = "**Moderator:** Ann Lee, Bo Wu, Cy Chen\n\n### Panelists\n\n- Di Ma, UCL\n- Ed Fox, MIT\n"
    found = _found_people(tmp_path, {"_pages/panels.md": _page("Panels", "/panels/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [("Di Ma", "panelists", "UCL"),
                                                                      ("Ed Fox", "panelists", "MIT")]


def test_a_name_the_program_writes_without_the_part_a_card_puts_in_brackets_is_that_person(tmp_path: Path) -> None:
    """The card says "Jim (Linxi) Fan", the program "Linxi Fan": one person, the row refers to the card's, and
    MIGRATION.md says which name was read as which."""
    home = ("On **July 26, 2024**.\n\n## Panelists\n\n- Jim (Linxi) Fan, Nvidia\n- Ann Lee, MIT\n\n"
            "## Schedule\n\n| Time | Event |\n|---|---|\n| 16:00 - 17:00 | Panel: Linxi Fan, Ann Lee |\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert _edition(site)["schedule"][0]["speakers"] == ["jim-linxi-fan", "ann-lee"]
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert sorted(people) == ["ann-lee", "jim-linxi-fan"]
    assert "'Linxi Fan' read as 'Jim (Linxi) Fan'" in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_page_saying_another_day_than_the_dates_is_named_with_the_day_read(tmp_path: Path) -> None:
    """The dates list says "Workshop: 5th May, 2023", the schedule page "will take place on May 4th": the day
    is read from the list, and MIGRATION.md names the page's other day at its line."""
    cfp = "## Important Dates\n\n- Submission deadline: Feb 15, 2023\n- Workshop: 5th May, 2023\n"
    program = "## The workshop will take place on May 4th during ICLR 2023 in Kigali, Rwanda.\n"
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A workshop.\n"),
                                "_pages/cfp.md": _page("Call", "/call/", cfp, "nav: true\n"),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", program, "nav: true\n")})
    assert _edition(site)["date"] == dt.date(2023, 5, 5)
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    said = [line for line in report.splitlines() if "_pages/schedule.md:" in line and "another day, 2023-05-04" in line]
    assert said, report


# -- shapes of minima, beautiful-jekyll and al-folio sites of ICML, COLM and EMNLP workshops --


def test_a_photo_with_a_kramdown_attribute_list_over_an_italic_linked_name_is_a_person(tmp_path: Path) -> None:
    """``![](ann.jpg){: width="150"}`` then ``*[Ann Lee](url), MIT, USA*`` in one paragraph, under a heading naming
    the role: a person with her affiliation and link; the attribute list is no word of hers."""
    home = ("## Invited Speakers\n\n![](images/ann.jpg){: width=\"150\"}\n*[Ann Lee](https://ann.org), MIT, USA*\n\n"
            "![](images/bo.jpg){: width=\"150\"}\n*[Bo Wu](https://bo.org), Google, UK*\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT, USA", "https://ann.org"), ("Bo Wu", "speakers", "Google, UK", "https://bo.org")]


def test_kramdown_attribute_lists_under_a_table_are_no_rows_of_it() -> None:
    """``{: .table}`` lines right under a table style it in kramdown: they are no rows (nor any text)."""
    body = "| Time | Event |\n| :--- | :--- |\n| 09:00 AM - 09:15 AM | Opening |\n{: .table}\n{: .table-striped}\n"
    (table, *rest) = blocks.parse(body)
    assert [r.cells for r in table.rows] == [["Time", "Event"], ["09:00 AM - 09:15 AM", "Opening"]]
    assert [b.text for b in rest if b.text] == []


def test_a_list_item_whose_sub_items_give_its_start_and_end_is_a_schedule_row(tmp_path: Path) -> None:
    """``* "Invited Talk by Ann Lee, MIT: Title"`` over ``* start_time: 09:30:00``, ``* end_time: 10:00:00``,
    ``* chair: Cy Chen``: a row from 09:30 to 10:00; the chair, which a row has no place for, is named."""
    item = '* {0}\n    * start_time: {1}:00\n    * end_time: {2}:00\n    * chair: Cy Chen\n'
    program = ("All times are given in Gulf Standard Time.\n\n" + item.format("Opening", "09:00", "09:30")
               + item.format('"Invited Talk by Ann Lee, MIT: Deep Nets"', "09:30", "10:00")
               + item.format("Break", "10:00", "10:30"))
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On Dec 7, 2022."),
                                  "_pages/program.md": _page("Program", "/program/", program, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert [(i["time"], i["end"], i["title"], i.get("speakers")) for i in edition["schedule"]] == [
        ("09:00", "09:30", "Opening", None), ("09:30", "10:00", "Deep Nets", ["ann-lee"]),
        ("10:00", "10:30", "Break", None)]
    assert edition["timezone"] == "Asia/Dubai"
    assert sum("'chair: Cy Chen' of" in n.what and "not carried over" in n.what for n in notes) == 3


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("12.00 PM - 13:30 PM", "12:00", "13:30"), ("16:45 AM - 17:00 PM", "16:45", "17:00"),
     ("18.15 PM - 8:00 PM", "18:15", "20:00")],
)  # fmt: skip
def test_a_dotted_time_with_am_or_pm_and_an_hour_past_twelve_are_clock_times(text: str, start: str, end: str) -> None:
    """``12.00 PM``: am or pm says the dot is a clock's colon; ``16:45 AM``: the hour says what the suffix does not."""
    found = when.time_range(text)
    assert found is not None and found[1] is not None
    assert (f"{found[0].hour:02d}:{found[0].minute:02d}", f"{found[1].hour:02d}:{found[1].minute:02d}") == (start, end)
    assert when.clock("9.35") is None  # no am or pm: maybe hours, not a time


def test_a_name_then_words_that_are_no_name_are_the_person_and_her_affiliation() -> None:
    """``[Ann Lee](url), Tsinghua University``, ``Ann Lee, Google: Title``: one person and where she works; two names
    stay two people."""
    assert people_in("[Ann Lee](https://ann.org), Tsinghua University") == [
        ("Ann Lee", "Tsinghua University", "https://ann.org")]
    assert people_in("Ann Lee, Bo Wu") == [("Ann Lee", None, None), ("Bo Wu", None, None)]
    talk = program.who_and_title("Ann Lee, U of Illinois Urbana-Champaign: Deep Nets")
    assert (talk.title, talk.people) == ("Deep Nets", [("Ann Lee", "U of Illinois Urbana-Champaign", None)])


def test_a_name_hyphenated_with_a_hyphen_that_does_not_break_the_line_is_a_name() -> None:
    """``Clara Higuera\u2011Cabañes``, the hyphen U+2011 (or U+2010) rather than ``-``: a name as any hyphenated one,
    so the authors of a row are read, not left as words."""
    assert looks_like_name("Clara Higuera\u2011Cabañes") and looks_like_name("Ann Lee\u2010Wu")
    assert people_in("Ann Lee*, Clara Higuera\u2011Cabañes (BBVA)") == [
        ("Ann Lee", None, None), ("Clara Higuera\u2011Cabañes", "BBVA", None)]


def test_a_speakers_known_affiliation_after_her_name_in_a_row_is_no_second_speaker(tmp_path: Path) -> None:
    """A row's ``Ann Lee, UMass Lowell`` where the cards give Ann Lee "UMass Lowell, USA": one speaker."""
    home = ("On **July 26, 2024**.\n\n## Speakers\n\n- Ann Lee (UMass Lowell, USA)\n- Bo Wu (ETH)\n\n"
            "## Schedule\n\n| Time | Event |\n|---|---|\n| 09:00 - 09:30 | Invited Talk by Ann Lee, UMass Lowell: Deep |\n"
            "| 09:30 - 10:00 | Invited Talk by Bo Wu: Wide |\n")
    edition = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", home)}))
    assert [i.get("speakers") for i in edition["schedule"]] == [["ann-lee"], ["bo-wu"]]


def test_panel_chairs_under_the_organizers_are_organizers(tmp_path: Path) -> None:
    """"Panel Chairs" organize the panel: organizers (the role read from the heading named), not panelists."""
    home = "## Organizers\n\n- Ann Lee (MIT)\n- Di Ma (UCL)\n\n### Panel Chairs\n\n- Bo Wu (ETH)\n- Cy Chen (CMU)\n"
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert [(p.name, p.role) for p in found.people] == [
        ("Ann Lee", "organizers"), ("Di Ma", "organizers"), ("Bo Wu", "organizers"), ("Cy Chen", "organizers")]


def test_a_struck_date_without_a_year_before_the_new_one_and_its_name(tmp_path: Path) -> None:
    """``**~~Aug 15th~~ July 15th:** ARR deadline`` under "Important Dates" of a 2022 workshop: July 15, moved from
    August 15 (written as the date's note)."""
    home = ("The workshop is on Dec 7, 2022.\n\n## Important Dates\n\n* **Apr 20th:** Data release\n"
            "* **~~Aug 15th~~ July 15th:** ARR deadline\n* **Dec 7th:** Workshop\n")
    edition = _edition(_imported(tmp_path, {"_pages/about.md": _page("Tiny Workshop 2022", "/", home)}))
    # moved earlier: ``was`` says a deadline extended, so the old day is the date's note
    assert edition["dates"][1] == {"name": "ARR deadline", "at": dt.date(2022, 7, 15), "note": "was 2022-08-15"}


def test_a_profile_whose_text_opens_with_a_heading_naming_someone_is_theirs(tmp_path: Path) -> None:
    """A ``profiles`` page whose content files open ``### [Ann Lee](url)``: her card, the heading not in her bio."""
    page = ("---\nlayout: profiles\ntitle: Keynotes\npermalink: /keynotes/\nnav: true\nprofiles:\n"
            "  - image: ann.jpg\n    content: keynote_ann.md\n---\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_pages/keynotes.md": page,
                                     "_pages/keynote_ann.md": "### [Ann Lee](https://ann.org)\n\n**Title:** Deep Nets\n"})
    assert [(p.name, p.role, p.url, p.bio) for p in found.people] == [
        ("Ann Lee", "speakers", "https://ann.org", "Title: Deep Nets")]


def test_a_kramdown_table_with_a_short_separator_and_attribute_lines_under_it() -> None:
    """kramdown reads ``| Start | End | Type | Event |`` over a separator of two cells, with ``{: .table}`` lines
    under it, as a table; a last row labelled a session, with nothing after it, is a row of its own."""
    out = _table("""\
| **Start**{: .h5} | **End**{: .h5} | **Type**{: .h5} | **Event**{: .h5} |
| :-----:   | :-----: |
| 14:30 | 15:15 | Invited talk | **Context Scaling** <br>  Ann Lee (Databricks) |
| 15:15 | 15:45 | Coffee break | |
| 15:45 | 16:00 | Ending & Poster Session | |
{: .table}
{: .table-striped}
""")
    assert [(r[0], r[2], r[3]) for r in _flat(out)] == [
        ("14:30", "Context Scaling", ["Ann Lee"]), ("15:15", "Coffee break", []),
        ("15:45", "Ending & Poster Session", [])]  # fmt: skip


def test_a_time_a_script_shows_from_a_cells_data_attribute_and_a_column_of_names_or_groups() -> None:
    """``<td data-time="08:30 - 09:05"></td>`` that a script fills is that time; a column naming people or a group
    ("Organizers") is the speakers'; a bold line over a line that opens with its words (or, beside the speakers, that
    is no kind's label) is the title, and a kind's label ("Keynote Talk 1") over a line is that line's label; what a
    ``<style>`` or ``<script>`` holds is not shown."""
    out = _table("""<table>
<tr><td data-time="08:20 - 08:30"></td><td><b>Opening Remarks</b><br><p>Opening Remarks by the Organizers</p></td>
<td>Organizers</td></tr>
<tr><td data-time="08:30 - 09:05"></td><td><b>Keynote Talk 1</b><br><p>(Tentative) Models and Trust</p></td>
<td><a href="https://a.org">Ann Lee</a></td></tr>
<tr><td data-time="09:05 - 10:00"></td><td><b>Spotlight Talks of Contributed Papers</b><br><a href="/papers">Details</a>
<style>#tab { display: none; }</style><div id="tab"><ul><li><span>Cy Li:</span> A Social Robot</li></ul></div>
<script>function toggle() { return 1; }</script></td><td>Authors of contributions</td></tr>
<tr><td data-time="10:00 - 10:35"></td><td><b>Keynote Talk 2</b><br><p>Learning from Teachers</p></td>
<td><a href="https://b.org">Bo Wu</a></td></tr>
</table>
""")
    assert _flat(out) == [
        ("08:20", "remarks", "Opening Remarks", []),
        ("08:30", "keynote", "(Tentative) Models and Trust", ["Ann Lee"]),
        ("09:05", "spotlight", "Spotlight Talks of Contributed Papers", []),
        ("10:00", "keynote", "Learning from Teachers", ["Bo Wu"]),
    ]
    assert not any("display" in n or "function" in n for e in out.entries if isinstance(e, program.Draft)
                   for n in e.notes)  # fmt: skip


def test_the_sentences_a_script_writes_into_the_page_are_read_not_its_code() -> None:
    """A script that writes "The workshop will run from 9:00 to 17:00 EDT (New York Time)" into the page: the visitor
    reads that sentence (and the import its zone); the script's code and a style's rules are not text."""
    said = "The workshop will run from 9:00 to 17:00 EDT (New York Time) which is"
    html = (f'<p>Schedule</p><script>var start = "{said} "; function toggle() {{ return "x"; }}</script>'
            "<style>#tab { display: none; }</style>")
    assert rich_html(html).split("\n") == ["Schedule", said]


def test_the_day_a_paragraph_under_the_home_pages_heading_opens_with_unless_a_deadlines(tmp_path: Path) -> None:
    """``<h1>Title</h1><p>May 19th, 2025 | Atlanta, Georgia, USA | ICRA 2025</p>``: the workshop's day, a guess named
    in MIGRATION.md; a deadline's line there is not."""
    home = ('<h1 class="page-heading">Tiny Robots</h1>\n\n<p class="workshop-location">\n'
            "    May 19th, 2025 | Atlanta, Georgia, USA | ICRA 2025\n</p>\n\nRobots, tiny ones.\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": _page("Home", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == dt.date(2025, 5, 19)
    assert any(n.guess and "the workshop's day read from 'May 19th, 2025" in n.what for n in notes)
    deadline = home.replace("May 19th, 2025 |", "May 19th, 2025: submission deadline |")
    write_tree(tmp_path / "other", {"_config.yml": CONFIG, "index.md": _page("Home", "/", deadline)})
    import_site(tmp_path / "other", tmp_path / "out2")
    assert _edition(tmp_path / "out2").get("date") is None


def test_a_country_of_one_zone_named_as_the_schedules_time() -> None:
    found = zones.find_zone("(based on Italy time zone)", dt.date(2025, 7, 17), None)
    assert found is not None and (found.name, found.said) == ("Europe/Rome", "Italy time")


def test_a_page_file_without_an_extension_is_published_with_its_schedule_of_class_named_blocks(tmp_path: Path) -> None:
    """``_pages/schedule`` with front matter is a page Jekyll publishes as written; its schedule is
    ``<div class="schedule-block">`` after ``<div class="schedule-block">``, blank lines between, each a
    ``<div class="schedule-session-title">`` over timed items: one schedule (a block of one item read too), a
    session over the talks under its title."""
    item = ('  <div class="schedule-item">\n    <div class="schedule-time">{}</div>\n'
            '    <div class="schedule-title">{}</div>\n{}  </div>\n')
    who = '    <div class="schedule-speaker">{}</div>\n'
    body = ('<div class="schedule-block">\n  <div class="schedule-session-title">Opening</div>\n\n'
            + item.format("08:30 – 08:40", "Welcome", "") + "</div>\n\n"
            + '<div class="schedule-block">\n  <div class="schedule-session-title">Session 1: Touch</div>\n\n'
            + item.format("08:40 – 09:00", "Human tactile perception", who.format("Ann Lee")) + "\n"
            + item.format("09:00 – 09:20", "Tactile sensing", who.format("Bo Wu")) + "</div>\n\n"
            + '<div class="schedule-block">\n  <div class="schedule-session-title">Closing</div>\n\n'
            + item.format("12:15 – 12:30", "Closing remarks", "") + "</div>\n")
    nav = "main:\n  - title: Home\n    url: /\n  - title: Schedule\n    url: /schedule/\n"
    dest = _imported(tmp_path, {"index.md": _page("Home", "/", "On **May 19, 2026**."), "_data/navigation.yml": nav,
                                "_pages/schedule": _page("Schedule", "/schedule/", body)})  # fmt: skip
    schedule = _edition(dest)["schedule"]
    timed = [(e.get("time"), e.get("title")) for e in schedule if e.get("time")]
    assert timed == [("08:30", "Welcome"), ("12:15", "Closing remarks")]
    (session,) = [e for e in schedule if "session" in e]
    assert session["session"] == "Session 1: Touch"
    assert [(i["time"], i["title"]) for i in session["items"]] == [("08:40", "Human tactile perception"),
                                                                   ("09:00", "Tactile sensing")]  # fmt: skip


def test_a_speaker_cards_institution_and_abstract_parts_are_no_cards_of_their_own(tmp_path: Path) -> None:
    """``<div class="speaker-card">`` holding ``speaker-name``, ``speaker-institution`` ("Fluid Reality") and
    ``speaker-abstract``: one card, its person's, not a card for the institution."""
    card = ('  <div class="speaker-card">\n    <a class="speaker-image-link" href="https://a.org/{0}">'
            '<img src="/img/{0}.jpg" alt="{1}"></a>\n    <div>\n      <div class="speaker-name">{1}</div>\n'
            '      <div class="speaker-position">Co-founder</div>\n'
            '      <div class="speaker-institution">{2}</div>\n'
            '      <div class="speaker-abstract">We build haptic gloves.</div>\n    </div>\n  </div>\n\n')
    body = ("## Invited Speakers\n\n<div class=\"speakers-list\">\n\n" + card.format("joe", "Joe Mullenbach",
            "Fluid Reality") + card.format("ann", "Ann Lee", "Stanford University") + "</div>\n")  # fmt: skip
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert sorted((p.name, p.role, p.affiliation) for p in found.people) == [
        ("Ann Lee", "speakers", "Stanford University"), ("Joe Mullenbach", "speakers", "Fluid Reality")]  # fmt: skip


def test_a_location_label_run_into_the_city_is_no_part_of_it(tmp_path: Path) -> None:
    home = ('<table>\n<tr>\n<td>Location</td>\n<td>Pittsburgh, PA, United States</td>\n</tr>\n</table>\n\n'
            "On **May 19, 2026**.\n\n| Time | Event |\n|---|---|\n| 9:00 | Opening |\n| 9:10 | Talk |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert (edition["location"]["city"], edition["timezone"]) == ("Pittsburgh", "America/New_York")


# -- an HTML table with classed cells, numbered dates, a loop in a card-like box, a home page of another venue --


_CLASSED_TABLE = """\
<table>
  <thead><tr><th>Time</th><th>Event</th><th>Title</th></tr></thead>
  <tbody>
    <tr><td class="time">08:20 - 08:30</td><td class="event">Opening Remarks</td></tr>
    <tr><td class="time">08:30 - 09:05</td><td class="event">Keynote: Ann Lee (MIT)</td><td class="title">TBD</td></tr>
    <tr><td class="time">11:45 - 12:20</td><td class="event">Keynote: Bo Chen (ETH)</td><td class="title">TBD</td></tr>
    <tr><td class="time">TBD</td><td class="event">Poster Session</td><td class="title"></td></tr>
  </tbody>
</table>
"""


def test_a_table_whose_cells_name_their_class_is_read_once_as_the_table_it_is(tmp_path: Path) -> None:
    """``<td class="time">`` cells of a ``<table>``: its rows once, in the morning, the speaker the event cell names
    (``Keynote: Ann Lee (MIT)`` beside a title still ``TBD``), and the row whose time is not known yet kept."""
    site = _imported(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", _CLASSED_TABLE, "nav: true\n")})
    rows = [(r.get("time"), r["title"], r.get("speakers")) for r in _edition(site)["schedule"]]
    assert rows == [("08:20", "Opening Remarks", None), ("08:30", "TBD", ["ann-lee"]), ("11:45", "TBD", ["bo-chen"]),
                    (None, "Poster Session", None)]  # fmt: skip


def test_a_talks_title_written_after_a_title_label_is_the_title_alone(tmp_path: Path) -> None:
    """``Invited Talk by <strong>Ann Lee</strong><br>Title: <i>Kernels at Speed</i>``: the title without its label."""
    table = """\
<table>
<tr><th>Time</th><th>Session</th></tr>
<tr><td>9:00 - 9:10</td><td>Welcome</td></tr>
<tr><td>9:10 - 9:40</td><td>Invited Talk by <strong><a href="https://ann.example.org">Ann Lee</a></strong>
<br>Title: <i>Kernels at Speed</i></td></tr>
</table>
"""
    site = _imported(tmp_path, {"_pages/program.md": _page("Program", "/program/", table, "nav: true\n")})
    talk = _edition(site)["schedule"][1]
    assert (talk["title"], talk["speakers"]) == ("Kernels at Speed", ["ann-lee"])


def test_a_talks_title_on_a_title_line_under_its_label_and_speaker_is_the_title(tmp_path: Path) -> None:
    """``Invited Talk 1 (Scale 1): Ann Lee (MIT)`` then a ``<details>`` whose ``<strong>Title:</strong>`` line
    gives the talk's title and whose ``<strong>Abstract:</strong>`` line its abstract: Ann Lee's talk of that
    title, the label and the abstract kept apart from it."""
    table = """\
<table>
<tr><th>Time</th><th>Event</th></tr>
<tr><td>9:00 - 9:10</td><td>Welcome</td></tr>
<tr><td>9:10 - 9:40</td><td>Invited Talk 1 (Scale 1): Ann Lee (MIT) <a href="https://youtu.be/x">Video</a>
<details><summary>Talk title and abstract</summary>
<p><strong>Title:</strong>Kernels at Speed</p>
<p><strong>Abstract:</strong> We make kernels fast.</p>
</details></td></tr>
</table>
"""
    site = _imported(tmp_path, {"_pages/program.md": _page("Program", "/program/", table, "nav: true\n")})
    talk = _edition(site)["schedule"][1]
    assert (talk["title"], talk["speakers"]) == ("Kernels at Speed", ["ann-lee"])


@pytest.mark.parametrize(
    ("value", "at", "was"),
    [
        ("18/07/2023", dt.date(2023, 7, 18), None),  # day first: there is no 18th month
        ("07/18/2023", dt.date(2023, 7, 18), None),  # month first
        ("18.07.2023", dt.date(2023, 7, 18), None),
        ("11/08/2023 (extended to 14/08/2023)", dt.date(2023, 8, 14), dt.date(2023, 8, 11)),  # the 14th tells
    ],
)  # fmt: skip
def test_a_date_written_in_numbers_is_read_in_the_order_a_number_over_12_tells(value: str, at: dt.date,
                                                                             was: dt.date | None) -> None:
    date = dates.read_date("Challenge deadline", value, "challenge.md:3", None)
    assert date is not None
    assert (date.at.day, date.was.day if date.was else None) == (at, was)


def test_a_date_in_numbers_whose_order_nothing_tells_is_not_read() -> None:
    assert when.find_dates("Deadline: 05/06/2023", None) == []
    assert [f.first for f in when.find_dates("08/08/2023", None)] == [dt.date(2023, 8, 8)]


def test_a_box_around_a_data_loop_read_already_is_no_one_more(tmp_path: Path) -> None:
    """``<div class="people-widget">`` around a ``site.data.speakers`` loop of ``team-member`` cards: the speakers,
    not one more person made of the whole box."""
    loop = """\
<h2>Speakers</h2>

<div class="row people-widget">

{% for item in site.data.speakers %}

<div class="col">
  <a href="{{ item.url }}">
  <div class="team-member">
    <h4>{{ item.name }}</h4>
    <p class="text-muted">{{ item.affiliation }}</p>
  </div>
  </a>
</div>

{% endfor %}

</div>
"""
    speakers = "- name: Ann Lee\n  url: https://ann.example.org\n  affiliation: MIT\n" \
               "- name: Bo Chen\n  url: https://bo.example.org\n  affiliation: ETH Zurich, Switzerland\n"  # fmt: skip
    found = _found_people(tmp_path, {"index.html": f"---\nlayout: default\n---\n{loop}", "_data/speakers.yml": speakers})
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "speakers"), ("Bo Chen", "speakers")]


def test_a_home_page_headed_for_another_venue_than_a_page_named_for_one_is_a_past_edition(tmp_path: Path) -> None:
    """``<h1>CVPR 2025 Workshop</h1>`` at ``/`` (no menu entry) beside ``iccv25.md`` in the menu: two editions, the
    ICCV one current (it holds the pages named for no edition), the CVPR one past."""
    home = "<h1>CVPR 2025 Workshop on Tiny Models</h1>\n\n## Speakers\n\n- Ann Lee (MIT)\n- Cy Park (KAIST)\n"
    iccv = ("<h1>ICCV 2025 Workshop on Tiny Models</h1>\n\nThe workshop takes place on **October 20, 2025** in "
            "Honolulu.\n\n## Speakers\n\n- Bo Chen (ETH Zurich)\n- Di Wu (KTH)\n")
    site = _imported(tmp_path, {
        "_pages/home.md": _page("1st Tiny Workshop", "/", home),
        "_pages/iccv25.md": _page("2nd Tiny Workshop", "/iccv25/", iccv, "nav: true\n"),
    })  # fmt: skip
    editions = _editions(site)
    assert sorted(editions) == ["2025", "2025-cvpr"]
    ids = {eid: [p if isinstance(p, str) else p["id"] for p in e["speakers"]] for eid, e in editions.items()}
    assert ids == {"2025": ["bo-chen", "di-wu"], "2025-cvpr": ["ann-lee", "cy-park"]}
    assert editions["2025"]["date"] == dt.date(2025, 10, 20)


def test_a_program_of_durations_has_rows_without_times_and_its_session_numbers_are_no_hours() -> None:
    """``| Session | Duration | Event |`` with ``| 1 | 15 min | ... |``: the session numbers are not hours, the
    lengths are no titles; each event is a row without a time, in order."""
    out = _table("""\
| Session | Duration | Event |
| -------- | -------- | ----- |
| 1 | 15 min | **Welcome and Introductions** |
| 1 | 30 min | **Lightning Talks by Accepted Participants** |
|  | 15 min | Coffee Break |
| 2 | 45 min | **Group Discussions with Demos/Posters** |
""")
    assert [(time, title, speakers) for time, _, title, speakers in _flat(out)] == [
        (None, "Welcome and Introductions", []), (None, "Lightning Talks by Accepted Participants", []),
        (None, "Coffee Break", []), (None, "Group Discussions with Demos/Posters", [])]  # fmt: skip


def test_a_keynote_by_a_linked_name_followed_by_questions_is_her_talk() -> None:
    """``**Keynote by [Prof. Ann Lee](url), followed by 15min Q&A**``, ``Keynote by **Bo Wu** + QA``: a keynote by
    Ann Lee, by Bo Wu, what follows it a note;
    ``Lightning Talks by Accepted Participants`` names a group, no one: the row's title, with no speaker."""
    out = _table("""\
| Time | Event |
|---|---|
| 09:00 | **Keynote by [Prof. Ann Lee](https://ann.example.org), followed by 15min Q&A** |
| 09:45 | **Lightning Talks by Accepted Participants** |
| 10:30 | Keynote by **Bo Wu** + QA |
| 11:15 | Keynote by Cy Li & Q&A |
| 12:00 | Invited Talk 1 with Q&A |
""")
    assert _flat(out) == [("09:00", "keynote", None, ["Ann Lee"]),
                          ("09:45", "spotlight", "Lightning Talks by Accepted Participants", []),
                          ("10:30", "keynote", None, ["Bo Wu"]), ("11:15", "keynote", None, ["Cy Li"]),
                          ("12:00", "invited", "Invited Talk 1 with Q&A", [])]  # fmt: skip  # no one's: all title
    assert [e.notes for e in out.entries] == [["followed by 15min Q&A"], [], ["QA"], ["Q&A"], []]  # type: ignore[union-attr]


def test_dates_written_in_numbers_month_first_or_day_first_where_the_order_is_plain(tmp_path: Path) -> None:
    """A task list ``* [x] **12/22/25 AoE**: Call Released``: numeric dates are read when a number over 12 says which
    is the day; ``3/4/26`` could be the 3rd of April or the 4th of March, and is not read, but named."""
    home = ("### Important Dates:\n* [x] **12/22/25 AoE**: [Call for Participation](https://a.org/cfp/) Released\n"
            "* [ ] **2/27/26 AoE**: Submission Deadline\n* [ ] **13/03/2026**: Decision Notification\n"
            "* [ ] **3/4/26**: Camera-ready\n* [ ] **TBD**: Day of the Workshop\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Call for Participation Released", dt.date(2025, 12, 22)), ("Submission Deadline", dt.date(2026, 2, 27)),
        ("Decision Notification", dt.date(2026, 3, 13))]  # fmt: skip
    assert [n.what for n in found.notes if "3/4/26" in n.what] == [
        "date not understood (3/4/26 could be day then month or month then day), kept as text: [ ] 3/4/26: Camera-ready"]


def test_a_name_with_a_quoted_nickname_is_read_without_it_and_the_report_names_it(tmp_path: Path) -> None:
    """``**[Xuhai "Orson" Xu](url)**, Columbia University``: Xuhai Xu, and the name as written is in the report."""
    body = ('**[Ann Lee](https://ann.example.org/)**, University of Washington, USA\n\n'
            '**[Bo Wu](https://bo.example.org/)**, Purdue University, USA\n\n'
            '**[Xuhai "Orson" Xu](https://orson.example.org/)**, Columbia University, USA\n')
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/"),
                                     "_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.affiliation) for p in found.people] == [
        ("Ann Lee", "University of Washington, USA"), ("Bo Wu", "Purdue University, USA"),
        ("Xuhai Xu", "Columbia University, USA")]  # fmt: skip
    assert [n.what for n in found.notes if "nickname" in n.what] == [
        "the name 'Xuhai \"Orson\" Xu' imported as Xuhai Xu, without the nickname quoted in it"]


def test_a_bold_linked_name_then_a_short_affiliation_is_the_name_and_where_they_work(tmp_path: Path) -> None:
    """``**[Ann Lee](url)**, MIT, USA`` under Organizers: Ann Lee of MIT, USA, not a person called "Ann Lee, MIT, USA"."""
    body = "## Organizers\n\n**[Ann Lee](https://ann.example.org/)**, MIT, USA\n\n**[Bo Wu](https://bo.example.org/)**, ETH\n"
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT, USA"), ("Bo Wu", "organizers", "ETH")]  # fmt: skip


def test_a_layout_menu_prefixing_its_links_with_the_repository_name_reaches_the_pages(tmp_path: Path) -> None:
    """``<a href="/{{ site.github.repository_name }}/schedule">`` in the layout, as a GitHub project page writes its
    menu: the page at /schedule/ is one a visitor reaches, not a hidden one."""
    layout = ('<html><body><a href="/{{ site.github.repository_name }}" class="btn">Welcome</a>\n'
              '<a href="/{{ site.github.repository_name }}/schedule" class="btn">Schedule</a>\n{{ content }}</body></html>')
    write_tree(tmp_path, {"_config.yml": CONFIG, "_layouts/default.html": layout,
                          "index.md": "---\nlayout: default\ntitle: Overview\n---\n\nHello.\n",
                          "schedule.md": "---\nlayout: default\ntitle: Schedule\n---\n\n| Time | Topic |\n|--|--|\n"
                                         "| 9:00 | Welcome |\n"})  # fmt: skip
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert sorted(p.url for p in shown) == ["/", "/schedule/"]
    assert hidden == []


def test_a_dates_table_without_a_head_row_keeps_its_first_row_as_a_date(tmp_path: Path) -> None:
    """``| Paper deadline | April 1st, 2025 |`` then ``|:--|:--|``: Markdown makes the first row the table's head, but
    it is the first date."""
    home = ("## Important dates\n\n| Workshop paper submission deadline | April 1st, 2025 (11:59pm AoE) |\n"
            "|:-------------|:------------------|\n| Notification of Acceptance | Apr 15th, 2025 |\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Workshop paper submission deadline", dt.date(2025, 4, 1)),
        ("Notification of Acceptance", dt.date(2025, 4, 15))]  # fmt: skip


def test_a_long_date_name_before_a_date_with_a_time_and_a_status_in_brackets(tmp_path: Path) -> None:
    """``* Metadata submission for the proceedings of the workshops **(new)**: **March 31st, 11:59 PM PST**``: the
    name runs to the colon before the date (not the one of "11:59"), and "(new)" is the date's note."""
    home = ("### Important dates\n* Submission deadline: **March 22nd, 11:59 PM PST**\n"
            "* Metadata Submission for included in the proceedings of the conference's workshops **(new)**: "
            "**March 31st, 11:59 PM PST**\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.at.time, d.note) for d in found.dates] == [
        ("Submission deadline", dt.date(2025, 3, 22), "23:59", None),
        ("Metadata Submission for included in the proceedings of the conference's workshops", dt.date(2025, 3, 31),
         "23:59", "new")]  # fmt: skip


def test_a_row_written_title_first_then_its_time_is_read_the_other_way_round() -> None:
    """``| Final discussion/concluding remarks | 16:45 -- 17:00 |`` as the last row of a Time | Topic table: the
    time is the second cell's, the title the first's (a guess, in the report)."""
    out = _table("""\
| Time | Topic |
|:--|:--|
| 15:50 -- 16:45 | Panel |
| Final discussion/concluding remarks | 16:45 -- 17:00 |
""")
    assert _flat(out) == [("15:50", "panel", "Panel", []),
                          ("16:45", "remarks", "Final discussion/concluding remarks", [])]  # fmt: skip
    assert any("read the other way round" in n.what for n in out.notes)


def test_names_in_a_data_file_lose_their_honorifics_and_an_aside_the_report_names(tmp_path: Path) -> None:
    """``- name: "Prof. Yu Jiang"``, ``- name: "Ann Lee (Point of Contact)"`` in _data/: Yu Jiang and Ann Lee; the
    aside, which the new card does not show, is named in the report."""
    files = {"_data/speakers.yml": '- name: "Prof. Yu Jiang"\n  institution: Cornell\n- name: "Dr. Bo Wu"\n',
             "_data/organizers.yml": '- name: "Ann Lee (Point of Contact)"\n  institution: MIT\n- name: Cy Li\n',
             "_pages/about.md": _page("about", "/", "## Speakers\n\n{% for s in site.data.speakers %}\n{{ s.name }}\n"
                                      "{% endfor %}\n\n## Organizers\n\n{% for o in site.data.organizers %}\n"
                                      "{{ o.name }}\n{% endfor %}\n")}  # fmt: skip
    found = _found_people(tmp_path, files)
    assert [(p.name, p.role) for p in found.people] == [
        ("Yu Jiang", "speakers"), ("Bo Wu", "speakers"), ("Ann Lee", "organizers"), ("Cy Li", "organizers")]
    assert [n.what for n in found.notes if "Point of Contact" in n.what] == [
        "'Ann Lee (Point of Contact)': '(Point of Contact)' after the name is not part of it, and the new card does "
        "not show it"]


def test_a_date_in_numbers_either_way_is_read_in_the_order_the_other_dates_of_its_list_are_written(
        tmp_path: Path) -> None:  # fmt: skip
    """``2/18/26`` and ``4/17/26`` are month first: ``5/6/26`` in the same list is May 6 (a guess, named); a list
    whose dates never show their order leaves ``3/4/26`` as text."""
    home = """## Important Dates:

- [x] **2/18/26 AoE**: Call for Participation Released
- [ ] **4/17/26 AoE**: Submission Deadline
- [ ] **5/6/26 AoE**: Decision Notification

## Other dates

- **3/4/26**: Registration opens
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Call for Participation Released", dt.date(2026, 2, 18)), ("Submission Deadline", dt.date(2026, 4, 17)),
        ("Decision Notification", dt.date(2026, 5, 6))]  # fmt: skip
    assert [(n.where, n.what, n.guess) for n in found.notes if "first" in n.what] == [
        ("_pages/about.md:10", "date '5/6/26' read as 2026-05-06, month first, as the other dates of its list are "
         "written", True)]  # fmt: skip


def test_with_no_schedule_the_zone_the_workshops_day_is_written_in_is_the_editions(tmp_path: Path) -> None:
    """``**7/5/26 WEST (UTC+1)**: Day of the Workshop`` and no schedule: the workshop's day and its zone (the zone's
    name and the offset it gives both read), the zone a guess named in MIGRATION.md."""
    home = """## Important Dates:

- [ ] **4/17/26 AoE**: Submission Deadline
- [ ] **7/5/26 WEST (UTC+1)**: Day of the Workshop
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert (edition["date"], edition["timezone"]) == (dt.date(2026, 7, 5), "Europe/Lisbon")
    assert ("_pages/about.md:9", "time zone Europe/Lisbon read from 'WEST, UTC+1', the zone the date 'Day of the "
            "Workshop' is written in (no schedule says one)", True) in [(n.where, n.what, n.guess) for n in notes]
    assert not [n for n in notes if "no schedule was read" in n.what]


def test_cards_under_a_tutorials_heading_are_speakers(tmp_path: Path) -> None:
    """"Tutorials" over cards of people: they give talks, speakers (a guess named at the heading); "Tutorial Chairs"
    organize."""
    layout = """\
<h2>Tutorials</h2>
<div class="card"><div class="card-body"><h5 class="card-title">Ann Lee</h5><p class="card-text">MIT</p></div></div>
<h2>Tutorial Chairs</h2>
<div class="card"><div class="card-body"><h4 class="card-title">Bo Wu</h4><h6 class="card-text">ETH</h6></div></div>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "", "layout: workshop\n"),
                          "_layouts/workshop.html": layout})  # fmt: skip
    site = jekyll.read_site(tmp_path)
    found = people.find_people(site, reach.reachable(site)[0])
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "speakers"), ("Bo Wu", "organizers")]
    assert ("_layouts/workshop.html:1", "role 'speakers' read from the heading 'Tutorials'") in [
        (n.where, n.what) for n in found.notes]  # fmt: skip


def test_a_row_whose_label_counts_the_talks_and_whose_title_cell_is_empty_is_titled_by_its_details(
        tmp_path: Path) -> None:  # fmt: skip
    """``| Time | Type | Details | Presenter | Title |``: "Presentation 1" with no title is titled by its details;
    a break's details stay its notes; a title cell of "--" is no title (the label titles the row)."""
    home = """On **May 26, 2025**.

| Time | Type | Details | Presenter | Title |
| :---- | :---- | :---- | :---- | :---- |
| 10:45–11:00 | ☕ Break | Refreshments or casual networking | | |
| 11:00–11:45 | Speaker 1 – Talk | Fairness in RL | Dr. Ann Lee | Fairness in RL |
| 14:45-15:10 | Presentation 1 | Deep learning for brain MRI | Bo Wu | |
| 15:10-15:35 | Presentation 2 | | Cy Chen | -- |
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    shown = [(i["time"], i.get("label"), i["title"], i.get("abstract")) for i in _edition(tmp_path / "out")["schedule"]]
    assert shown == [
        ("10:45", None, "Break", "Refreshments or casual networking"),
        ("11:00", "Speaker 1 – Talk", "Fairness in RL", "Fairness in RL"),
        ("14:45", "Presentation 1", "Deep learning for brain MRI", None),
        ("15:10", None, "Presentation 2", None)]  # fmt: skip


def test_the_day_a_line_of_a_quote_says(tmp_path: Path) -> None:
    """``> When: July 5, 2026 <br>`` in a quote on the home page, and no date naming the workshop: its day."""
    home = "Hello.\n\n> Join our workshop in Porto! <br>\n> When: July 5, 2026 <br>\n> Location: TBD\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == dt.date(2026, 7, 5)
    assert ("_pages/about.md:9", "the workshop's day read from 'When: July 5, 2026': 2026-07-05") in [
        (n.where, n.what) for n in notes]  # fmt: skip


def test_a_sentence_before_a_dates_name_is_its_note_not_its_name(tmp_path: Path) -> None:
    """``Submit via the submission [link](url). Submission Deadline: **3/27/26 AoE**.``: the date is the "Submission
    Deadline", the sentence before its name said in its note."""
    page = ("Submit via the submission [link](https://forms.gle/x). Submission Deadline: **3/27/26 AoE**. "
            "Questions: <mailto:a@b.org>.\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", page)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [(d.name, d.at.day, d.note) for d in found.dates] == [
        ("Submission Deadline", dt.date(2026, 3, 27), "Submit via the submission link.; Questions: mailto:a@b.org")]


def test_a_program_of_lengths_with_no_clock_time_is_named_kept_as_written(tmp_path: Path) -> None:
    """``| Duration | Activity |`` with "30 minutes", "—", "Lunch (self-paid)": no clock time, so no schedule data;
    the table stays on its page and MIGRATION.md says so."""
    table = ("# Tentative Schedule\n\n| Duration | Activity |\n| --- | --- |\n| 30 minutes | **Introductions** |\n"
             "| — | _Break & poster browsing_ |\n| Lunch (self-paid) | Networking |\n| 60 minutes | **Keynote** |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On May 26, 2025."),
                                  "_pages/schedule.md": _page("Schedule", "/schedule/", table, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert "schedule" not in _edition(tmp_path / "out")
    assert ("_pages/schedule.md:9", "a program of lengths ('Duration | Activity'), with no clock time: kept as "
            "written, not schedule data") in [(n.where, n.what) for n in notes]
    assert "30 minutes" in (tmp_path / "out/docs/schedule.md").read_text(encoding="utf-8")


def test_a_relative_link_that_climbs_a_folder_reaches_the_page_it_names(tmp_path: Path) -> None:
    """``[RobOntics 2025](../robontics2025/)`` on /previous/: the page /robontics2025/, reached from the menu."""
    write_tree(tmp_path, {"_config.yml": CONFIG,
                          "_pages/about.md": _page("about", "/", "Welcome."),
                          "_pages/previous.md": _page("Previous", "/previous/", "[2025](../robontics2025/)",
                                                      "nav: true\n"),
                          "_pages/robontics2025.md": _page("RobOntics 2025", "/robontics2025/", "The 2025 edition.")})
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert sorted(p.url for p in shown) == ["/", "/previous/", "/robontics2025/"]
    assert hidden == []


def test_a_profile_whose_honorifics_stand_on_a_line_over_the_name_is_named_by_the_line_under(tmp_path: Path) -> None:
    """``<p>Prof. Dr.<br></p> <p>Matthew Barth<br></p> <p>Full Professor<br></p>``: the name is Matthew Barth, and
    "Prof. Dr." is no one (nor where he works); ``<p>Dr. Madhumitha Sakthi,</p>``: the comma is not the name's."""
    layout = """---
layout: page
---
{% for profile in page.profiles %}<div class="profile">
<img src="/assets/img/{{ profile.image }}">
<div class="more-info">{{ profile.more_info }}</div>
</div>
{% endfor %}
{{ content }}
"""
    page = """---
layout: profiles
title: Speakers
permalink: /
profiles:
  - image: barth.jpg
    content: speaker_1.md
    more_info: >
      <p>Prof. Dr.<br></p>
      <p>Matthew Barth<br></p>
      <p>Full Professor<br></p>
      <p>University of California, Riverside</p>
  - image: valada.jpg
    content: speaker_2.md
    more_info: >
      <p>Prof. Dr.<br></p>
      <p>Abhinav Valada<br></p>
      <p>University of Freiburg</p>
  - image: sakthi.jpg
    content: speaker_2.md
    more_info: >
      <p>Dr. Madhumitha Sakthi,</p>
      <p>Qualcomm</p>
---
"""
    found = _found_people(tmp_path, {"_layouts/profiles.html": layout, "_pages/speakers.md": page,
                                     "_pages/speaker_1.md": "A professor.", "_pages/speaker_2.md": "A professor."})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Matthew Barth", "speakers", "Full Professor, University of California, Riverside"),
        ("Abhinav Valada", "speakers", "University of Freiburg"), ("Madhumitha Sakthi", "speakers", "Qualcomm")]
    assert not looks_like_name("Prof. Dr.")


def test_a_labelled_row_whose_person_in_bold_stands_over_the_title() -> None:
    """``Paper Presentation 1: <b>Ann Lee (TUM)</b><br>Title``, ``Paper Award Ceremony: <b>Bo Wu (TU Graz)</b><br>
    Best Paper Awards``: the label, then the person, then the talk's title."""
    html = """\
<table>
<tr><td>11:10 - 11:25</td><td>Paper Presentation 1: <b>Ann Lee (TUM)</b><br>Active Learning for LiDAR</td></tr>
<tr><td>16:45 - 17:00</td><td>Paper Award Ceremony: <b>Bo Wu (TU Graz)</b><br>Best Paper Awards + Group Photo</td></tr>
</table>
"""
    assert [(time, title, speakers) for time, _, title, speakers in _flat(_table(html))] == [
        ("11:10", "Active Learning for LiDAR", ["Ann Lee"]),
        ("16:45", "Best Paper Awards + Group Photo", ["Bo Wu"])]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Prof. Dr. Ann Lee (Uni. of Applied Sciences & Intel Labs**", ("Ann Lee", "Uni. of Applied Sciences & Intel Labs")),
        ("Ann Lee (Italian Institute of Technology (IIT), Italy)", ("Ann Lee", "Italian Institute of Technology (IIT), Italy")),
    ],
)  # fmt: skip
def test_a_person_whose_affiliation_is_left_open_or_holds_brackets(text: str, expected: tuple[str, str]) -> None:
    """A bracket the bold never closes closes with it; brackets inside the affiliation's are part of it."""
    assert [(p.name, p.affiliation) for p in people_in(text)] == [expected]


def test_a_place_in_bold_after_a_reception_is_no_one() -> None:
    """``Workshop Reception: <b>Roata Restaurant</b>``: a restaurant, not a speaker."""
    assert not looks_like_name("Roata Restaurant")
    assert not people_in("Grand Hotel")


def test_a_dates_table_whose_names_end_with_a_colon(tmp_path: Path) -> None:
    """``<td>Workshop paper notification:</td><td><b><s>March 30, 2025</s></b></td>``: the colon ends the name."""
    home = """### Important Dates

<table>
  <tr>
    <td><s>Workshop Paper Submission Deadline:</s></td>
    <td><b><s>February 1, 2025</s></b></td>
  </tr>
  <tr>
    <td>Workshop paper notification: </td>
    <td><b><s>March 30, 2025</s></b></td>
  </tr>
</table>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Workshop Paper Submission Deadline", dt.date(2025, 2, 1)),
        ("Workshop paper notification", dt.date(2025, 3, 30))]  # fmt: skip


def test_the_zone_said_under_the_programme_heading_over_its_sessions_headings() -> None:
    """``# Programme``, "All times in Korea Standard Time (GMT+9).", then ``**Morning Session**`` over its rows: the
    sentence names the schedule's zone, though a session's heading stands between it and the rows; the invited talks
    (``*invited talk* Ann Lee (Institute (IIT), Italy)``) name their speakers."""
    markdown = """# Programme

Date: 28th of August, 2023

The schedule is provided below. All times in Korea Standard Time (GMT+9).

**Morning Session: “Human-Robot Interaction”**

- 09:00 - 10:00 *invited talk* Ann Lee (Italian Institute of Technology (IIT), Italy)
- 10:00 - 10:15 Bo Wu and Cy Chen: Modeling the video game environment
- 10:30 - 10:45 *coffee break*
"""
    page = jekyll.JekyllPage("_pages/programme.md", {"title": "Programme"}, markdown, 7, "/programme/")
    out = schedule.find_schedule([page], set(), 2023)
    assert [(time, kind, speakers) for time, kind, _, speakers in _flat(out)] == [
        ("09:00", "invited", ["Ann Lee"]), ("10:00", "talk", ["Bo Wu", "Cy Chen"]), ("10:30", "break", [])]
    found = [z for text, _ in out.zone_texts if (z := zones.find_zone(text, dt.date(2023, 8, 28), None))]
    assert [z.name for z in found] == ["Asia/Seoul"]


def test_a_photo_right_above_a_persons_heading_is_hers(tmp_path: Path) -> None:
    """``![Ann Lee](ann_lee.jpg)`` over ``## Ann Lee``, then ``---`` and the next speaker's photo over her heading:
    each speaker is read with her own photo, the next one's photo not taken as the one before's."""
    about = """# Invited speakers

![Ann Lee](https://example.org/images/AnnLee.jpg)
## Ann Lee

Ann Lee is a professor at MIT.

### Talk: "Robots"

---

![Bo Wu](https://example.org/images/BoWu.jpg)

## Bo Wu

Bo Wu is a researcher at ETH.
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "https://example.org/images/AnnLee.jpg"),
        ("Bo Wu", "speakers", "https://example.org/images/BoWu.jpg")]  # fmt: skip


def test_the_description_jekyll_new_writes_is_no_title(tmp_path: Path) -> None:
    """``description: Write an awesome description for your new site here...``, left as `jekyll new` wrote it: not
    the workshop's title."""
    config = ("title: RobOntics 2026\ndescription: >-\n  Write an awesome description for your new site here. You can "
              "edit this\n  line in _config.yml.\n")
    write_tree(tmp_path / "src", {"_config.yml": config, "_pages/about.md": _page("about", "/", "Welcome.")})
    import_site(tmp_path / "src", tmp_path / "site")
    assert "awesome" not in str(_edition(tmp_path / "site").get("title"))


def test_a_table_row_whose_opening_tag_is_missing_still_holds_its_people(tmp_path: Path) -> None:
    """``</tr> <td>…</td> <td>…</td> </table>``: a browser opens the row the cells imply; so are they read."""
    about = """\
## Team

<table align="center">
  <tr>
     <td><img src="/assets/img/ann.jpg"/><br/><a href="https://ann.example.org">Ann Lee</a></td>
     <td><img src="/assets/img/bo.jpg"/><br/><a href="https://bo.example.org">Bo Wu</a></td>
  </tr>
     <td><img src="/assets/img/cy.jpg"/><br/><a href="https://cy.example.org">Cy Chen</a></td>
     <td><img src="/assets/img/di.jpg"/><br/><a href="https://di.example.org">Di Dale</a></td>
</table>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.url) for p in found.people] == [
        ("Ann Lee", "https://ann.example.org"), ("Bo Wu", "https://bo.example.org"),
        ("Cy Chen", "https://cy.example.org"), ("Di Dale", "https://di.example.org")]  # fmt: skip


def test_dates_in_a_task_list_are_named_without_their_boxes_and_a_moved_one_keeps_its_old_day(tmp_path: Path) -> None:
    """``- [x] Challenge is released: <b>May 15</b>`` and a long name linked in the middle whose date was moved
    (``~~July 21~~ **July 24, AOE**``): the names without the task list's boxes, the new day with the old."""
    about = """\
On ICCV 2023.

## Important Dates 📅
- [x] Challenge is released: <b>May 15</b>
- [ ] Paper submissions and final challenge submissions due to the [submission site](https://cmt.example.org/x): \
~~July 21~~ **July 24, AOE (Anywhere on Earth)**
- [ ] ICCV workshop: <b>October 2</b>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", about)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2023)
    assert [(d.name, d.at.day, d.was and d.was.day) for d in found.dates] == [
        ("Challenge is released", dt.date(2023, 5, 15), None),
        ("Paper submissions and final challenge submissions due to the submission site", dt.date(2023, 7, 24),
         dt.date(2023, 7, 21)),
        ("ICCV workshop", dt.date(2023, 10, 2), None)]  # fmt: skip


def test_a_talk_whose_title_cell_is_a_placeholder_is_titled_by_its_type(tmp_path: Path) -> None:
    """``| 9:10 - 9:40 | Invited Talk | Author TBD <i>(TBD)</i> |``: the cell names no one and no title yet, so the
    row is the "Invited Talk" its type says, as is a panel whose cell lists four such placeholders."""
    table = """\
<table>
<tr><th>Time</th><th>Type</th><th>Title &amp; Speakers</th></tr>
<tr><td>9:00 - 9:10</td><td></td><td>Opening Remarks</td></tr>
<tr><td>9:10 - 9:40</td><td>Invited Talk</td><td>Author TBD<i> (TBD)</i></td></tr>
<tr><td>13:10 - 14:00</td><td>Panel Session</td><td>Author TBD <i>(TBD)</i> <br>Author TBD <i>(TBD)</i> <br></td></tr>
<tr><td>14:00 - 14:30</td><td>Invited Talk</td><td>Learning to Navigate Anywhere</td></tr>
</table>
"""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "On **October 19, 2025**.\n\n" + table)})
    assert [(i["time"], i.get("title"), i.get("speakers")) for i in _edition(site)["schedule"]] == [
        ("9:00", "Opening Remarks", None), ("9:10", "Invited Talk", None), ("13:10", "Panel Session", None),
        ("14:00", "Learning to Navigate Anywhere", None)]  # fmt: skip


def test_a_zone_spelled_out_says_which_zone_its_letters_are() -> None:
    """"China Standard Time (CST)" is Shanghai's time, not Chicago's, which "CST" alone is."""
    found = zones.find_zone("The schedule in local time zone, China Standard Time (CST).", dt.date(2025, 10, 19), None)
    assert found is not None and (found.name, found.label) == ("Asia/Shanghai", None)
    alone = zones.find_zone("Time (CST)", dt.date(2025, 10, 19), None)
    assert alone is not None and alone.name == "America/Chicago"


def test_the_schedule_said_to_be_in_a_zone_outweighs_a_column_header(tmp_path: Path) -> None:
    """A schedule page described "The schedule in local time zone, China Standard Time (CST)" over a table headed
    "Vienna Time (CET)" left from another year: Shanghai's zone, the header named in MIGRATION.md."""
    schedule_page = """---
layout: page
permalink: /schedule/
title: Schedule
description: Held in Hangzhou on October 19th 2025. The schedule in local time zone, China Standard Time (CST), \
can be found below.
nav: true
---

<table>
<tr><th>Vienna Time (CET)</th><th>Type</th><th>Title</th></tr>
<tr><td>9:00 - 9:10</td><td></td><td>Opening Remarks</td></tr>
<tr><td>9:10 - 9:40</td><td>Invited Talk</td><td>Seeing Far</td></tr>
</table>
"""
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On Oct 19, 2025."),
                                  "_pages/schedule.md": schedule_page})  # fmt: skip
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert (edition["timezone"], edition.get("timezone_label")) == ("Asia/Shanghai", None)
    assert [n.what for n in notes if n.what.startswith("time zone")] == [
        "time zone Asia/Shanghai read from 'China Standard Time, CST'; the page also says 'CET' "
        "(_pages/schedule.md:10): Europe/Paris"]


def test_a_theme_layout_looping_over_the_sites_data_shows_the_sites_dates(tmp_path: Path) -> None:
    """al-folio's ``about`` layout, rewritten to show ``{% for item in site.data.dates %}`` under "Important Dates"
    around the home page: the dates of _data/dates.yml are the site's, read with the workshop's day among them."""
    layout = """---
layout: default
---
<div class="post">
  <article>
    {{ content }}
    <h2>Important Dates</h2>
    <table>
      {% for item in site.data.dates %}
      <tr><th>{{ item.date | markdownify }}</th><td>{{ item.content | markdownify }}</td></tr>
      {% endfor %}
    </table>
  </article>
</div>
"""
    data = ('- date: "Dec 19, 2023"\n  content: "Notifications Sent to Authors."\n'
            '- date: "Feb 26, 2024"\n  content: "Tiny Workshop Program."\n')
    site = _imported(tmp_path, {"_layouts/about.html": layout, "_data/dates.yml": data,
                                "_pages/about.md": "---\nlayout: about\ntitle: About\npermalink: /\n---\nWelcome.\n"})
    edition = _edition(site)
    assert [(d["name"], d["at"]) for d in edition["dates"]] == [
        ("Notifications Sent to Authors", dt.date(2023, 12, 19)), ("Tiny Workshop Program", dt.date(2024, 2, 26))]
    assert edition["date"] == dt.date(2024, 2, 26)


def test_the_paragraphs_of_a_table_cell_are_the_cells_text_not_paragraphs_of_their_own() -> None:
    """``<th><p>Dec 19, 2023</p></th>`` (a cell Jekyll's ``markdownify`` wrote): read once, as the table's cell."""
    found = blocks.parse("<table>\n<tr>\n<th><p>Dec 19, 2023</p>\n</th>\n<td><p>Notification</p>\n</td>\n</tr>\n"
                         "</table>\n")
    assert [b.kind for b in found if b.kind != "html"] == ["table"]
    assert found[-1].rows[0].cells == ["Dec 19, 2023", "Notification"]


def test_the_time_a_dates_name_says_after_the_date_is_the_dates(tmp_path: Path) -> None:
    """``| Dec 3, 2023 ~~Nov 24, 2023~~ | Submission deadline at 23:55 (anywhere on earth). More info here. |``: the
    date is the 3rd at 23:55 AoE, moved from the 24th; its name stops before the time, the rest is its note."""
    page = """---\nlayout: page\ntitle: Home\npermalink: /\n---\n## Important Dates

| Dec 3, 2023 ~~Nov 24, 2023~~ | Submission deadline at 23:55 (anywhere on earth). More info [here](submission). |
| Dec 19, 2023 | Notifications Sent to Authors. |
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2023)
    assert [(d.name, d.at.day, d.at.time, d.was and d.was.day, d.note) for d in found.dates] == [
        ("Submission deadline", dt.date(2023, 12, 3), "23:55", dt.date(2023, 11, 24), "More info here."),
        ("Notifications Sent to Authors", dt.date(2023, 12, 19), None, None, None)]  # fmt: skip


def test_a_plural_noun_in_tions_is_no_name() -> None:
    """``| 14:15–15:00 | Tool Demonstrations |``: a part of the programme, not a talk by someone of that name."""
    assert not looks_like_name("Tool Demonstrations")
    assert looks_like_name("Ann Lee")


def test_a_slides_link_after_a_name_in_a_list_is_no_affiliation() -> None:
    """``"Ann Lee [(Slides)](/assets/slides/a.pdf), Bo Wu"``: the link is the talk's file, not Ann Lee's aside."""
    found = cells.cell_links("Ann Lee [(Slides)](/assets/slides/a.pdf), Bo Wu")
    assert (found.text, found.files) == ("Ann Lee, Bo Wu", ["/assets/slides/a.pdf"])
    assert [p.name for p in people_in(found.text)] == ["Ann Lee", "Bo Wu"]
    assert [p.affiliation for p in people_in(found.text)] == [None, None]


# -- programs written as loose lists, files included beside a page, profiles beside their photo --


def test_a_list_program_whose_ranges_open_with_bare_hours_or_noon_is_read(tmp_path: Path) -> None:
    """``- 9-9:30 AM: Welcome``, ``- 10:30-noon: Panel``, ``- Noon-1:30pm: Lunch``, ``- 3-4pm: Posters``: times that
    open with a bare hour or noon, closed by a colon, are the rows' times; the rest their titles."""
    program = ("On **July 26, 2024**.\n\nThe program:\n\n- 9-9:30 AM: Welcome\n- 10:30-noon: Panel Discussion\n"
               "- Noon-1:30pm: Lunch break\n- 3-4pm: Poster Session\n")
    edition = _edition(_imported(tmp_path, {"_pages/program.md": _page("Program", "/", program)}))
    assert [(r["time"], r["title"]) for r in edition["schedule"]] == [
        ("9AM", "Welcome"), ("10:30", "Panel Discussion"), ("Noon", "Lunch break"), ("3pm", "Poster Session")]


def test_a_list_program_broken_by_code_blocks_naming_people_is_one_schedule(tmp_path: Path) -> None:
    """A fenced block at the margin under a list item (the panelists of a panel, the presenters of lightning
    talks) breaks the Markdown list: the items are still one program, the block's names the people of the item
    above it."""
    program = """On **July 26, 2024**.

- 9:00-10:00: Opening
- 10:00-11:00: Panel Discussion
```
   Panelists:
      Ann Lee (MIT)
      Bo Wu (ETH)
```

- 11:00-12:00: Contributed Lightning Talks
```
      Cy Chen (CMU)
      Di Xu (UW)
```

- 12:00-13:00: Lunch
"""
    edition = _edition(_imported(tmp_path, {"_pages/program.md": _page("Program", "/", program)}))
    rows = [(r["time"], r["title"], [s if isinstance(s, str) else s["name"] for s in r.get("speakers", [])])
            for r in edition["schedule"]]  # fmt: skip
    assert rows == [("9:00", "Opening", []), ("10:00", "Panel Discussion", ["ann-lee", "bo-wu"]),
                    ("11:00", "Contributed Lightning Talks", ["Cy Chen", "Di Xu"]), ("12:00", "Lunch", [])]


def test_how_a_talk_is_given_written_in_capitals_after_its_speaker_is_a_note(tmp_path: Path) -> None:
    """``Invited Talk: Ann Lee (MIT) IN-PERSON``: Ann Lee gives the talk, "IN-PERSON" is a note of it; a label that
    is not a kind's own (``Invited Hands-on Tutorial: Bo Wu (ETH) VIRTUAL``) is the row's title."""
    program = ("On **July 26, 2024**.\n\n- 9:00-9:30: Welcome\n- 9:30-10:30: Invited Talk: Ann Lee (MIT) IN-PERSON\n"
               "- 10:30-11:00: Invited Hands-on Tutorial: Bo Wu (ETH) VIRTUAL\n"
               "- 11:00-12:00: Panel Discussion VIRTUAL & IN-PERSON\n")
    edition = _edition(_imported(tmp_path, {"_pages/program.md": _page("Program", "/", program)}))
    assert [(r["title"], r.get("speakers"), r.get("abstract")) for r in edition["schedule"][1:]] == [
        ("Invited Talk", ["ann-lee"], "IN-PERSON"), ("Invited Hands-on Tutorial", ["bo-wu"], "VIRTUAL"),
        ("Panel Discussion", None, "VIRTUAL & IN-PERSON")]  # fmt: skip


def test_a_file_included_beside_its_page_is_read_where_it_is_included(tmp_path: Path) -> None:
    """``{% include_relative important_dates.md %}`` on the home page: the dates table of the file beside it (no
    front matter, not a page) is the home page's; a layout's ``{% include_relative {{ profile.content }} %}`` reads
    the file beside the page too."""
    dates_file = "## Important Dates\n\n| What | When |\n|---|---|\n| Paper Submission | February 7th, 2025 |\n"
    layout = ("---\nlayout: page\n---\n{% for profile in page.profiles %}<div class=\"text\">\n"
              "{% capture bio %}{% include_relative {{ profile.content }} %}{% endcapture %}{{ bio | markdownify }}\n"
              "</div>\n{% endfor %}\n{{ content }}\n")
    speakers = ("---\nlayout: profiles\ntitle: Invited Speakers\npermalink: /speakers/\nnav: true\nprofiles:\n"
                "  - content: keynote1.md\n---\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "Welcome.\n\n{% include_relative important_dates.md %}\n"),
        "_pages/important_dates.md": dates_file, "_layouts/profiles.liquid": layout,
        "_pages/speakers.md": speakers, "_pages/keynote1.md": "## Ann Lee\n\nAnn Lee is a professor at MIT.\n"})
    assert [(d["name"], d["at"]) for d in _edition(site)["dates"]] == [("Paper Submission", dt.date(2025, 2, 7))]
    assert "<p>Ann Lee is a professor at MIT.</p>" in (site / "docs/speakers.md").read_text(encoding="utf-8")
    assert "important_dates.md" not in (site / "MIGRATION.md").read_text(encoding="utf-8")  # read where included


def test_a_profile_whose_text_box_follows_its_photo_box_is_one_person(tmp_path: Path) -> None:
    """al-folio's ``profiles`` layout writes a photo in ``<div class="profile">`` and the text after it in a box of
    its own: the text's heading names the person; without one, the name the bio opens with, when the photo's file
    is named for them (a guess to confirm)."""
    html = """## Chairs

<div class="post">
<div class="profile float-left"><figure><img src="assets/img/bo.png"></figure></div>
<div class="clearfix"><p>Bo Wu is an Associate Professor at ETH.</p></div>
<div class="profile float-left"><figure><img src="assets/img/x.png"></figure></div>
<div class="clearfix"><p>Cy Chen is a researcher at CMU.</p></div>
<div class="profile float-right"><figure><img src="assets/img/ann.jpg"></figure></div>
<div class="clearfix"><h2>Ann Lee</h2><p>Ann Lee is a professor at MIT.</p></div>
</div>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", html)})
    assert [(p.name, p.role, p.photo) for p in found.people] == [
        ("Bo Wu", "organizers", "assets/img/bo.png"), ("Ann Lee", "organizers", "assets/img/ann.jpg")]
    assert [n.what for n in found.notes if "the name read" in n.what] == [
        "Bo Wu: the name read from the words opening the text beside the photo, 'Bo Wu is'"]


def test_an_empty_configuration_value_prepended_adds_nothing(tmp_path: Path) -> None:
    """``{{ site.baseurl | prepend: site.url }}`` where ``url:`` is left empty: nil adds nothing, as in Jekyll."""
    page = _page("about", "/", 'Welcome.\n\n<a href="{{ site.baseurl | prepend: site.url }}/call/">Call</a>\n')
    write_tree(tmp_path / "src", {"_config.yml": CONFIG + "url:\nbaseurl: /2025\n", "_pages/about.md": page})
    import_site(tmp_path / "src", tmp_path / "site")
    assert "None" not in (tmp_path / "site/docs/index.md").read_text(encoding="utf-8")


ACCEPTED_BIB = r"""@inproceedings{lee2026tiny,
  title = {Tiny Models {\&} {Big} Ideas},
  author = {Lee, Ann and Bo Wu},
  booktitle = {Tiny Workshop},
  year = {2026},
  html = {https://openreview.net/forum?id=abc123},
  pdf = {https://arxiv.org/pdf/2601.00001},
  abbr = {Oral},
  bibtex_show = {true},
}

@article{tan2026small,
  title = {Small Is Fast, G{\"o}del Said},
  author = {Tan, Cy and M{\"u}ller, J{\"o}rg and others},
  year = {2026},
  abstract = {We make models small.},
}
"""


def test_papers_a_page_lists_with_jekyll_scholar_are_the_editions_papers(tmp_path: Path) -> None:
    """``{% bibliography --file accepted %}`` on the accepted papers page: the entries of _bibliography/accepted.bib
    as the edition's papers (authors "Last, First" read as "First Last", LaTeX's accents as letters, "and others" no
    one, al-folio's drawing fields out of the BibTeX),
    shown where the list stood; their kind is a guess, named. The theme's sample file is named and not imported."""
    accepted = "## Accepted Papers\n\n<div class=\"publications\">\n\n{% bibliography --file accepted %}\n\n</div>\n"
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"),
        "_pages/accepted.md": _page("Accepted Papers", "/accepted/", accepted, "nav: true\n"),
        "_bibliography/accepted.bib": ACCEPTED_BIB})  # fmt: skip
    papers = _edition(site)["papers"]
    assert [(p["title"], p["authors"]) for p in papers] == [
        ("Tiny Models & Big Ideas", ["Ann Lee", "Bo Wu"]), ("Small Is Fast, Gödel Said", ["Cy Tan", "Jörg Müller"])]
    assert (papers[0]["url"], papers[0]["pdf"], papers[1]["abstract"]) == (
        "https://openreview.net/forum?id=abc123", "https://arxiv.org/pdf/2601.00001", "We make models small.")
    assert "@inproceedings{lee2026tiny," in papers[0]["bibtex"] and "bibtex_show" not in papers[0]["bibtex"]
    assert 'M{\\"u}ller, J{\\"o}rg and others' in papers[1]["bibtex"]  # the BibTeX as written, LaTeX and all
    page = (site / "docs/accepted.md").read_text(encoding="utf-8")
    assert "<!-- esfomo/papers -->" in page and "bibliography" not in page
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/accepted.md:11: '{% bibliography --file accepted %}': the 2 papers of _bibliography/accepted.bib " \
           "imported as papers" in report  # fmt: skip
    built = build_site(site, strict=False)
    shown = soup(built / "accepted/index.html").get_text(" ")
    assert "Tiny Models & Big Ideas" in shown and "Small Is Fast, Gödel Said" in shown


def test_a_morning_row_mistyped_pm_between_two_morning_rows_is_read_as_the_morning(tmp_path: Path) -> None:
    """``10:15--10:45PM`` between the rows at 9:45 and 10:45 AM (a range's one meridiem, mistyped): the morning,
    which continues the rows around it, named as a guess; the evening rows after noon stay evening rows."""
    program = ("9:00--9:45AM: **Opening remarks**\n\n9:45--10:15AM: **Invited talk 1:** Ann Lee\n\n"
               "10:15--10:45PM: **Contributed talks 1**\n* A paper\n* Another paper\n\n"
               "10:45--11:15AM: **Invited talk 2:** Bo Wu\n\n1:00--2:00PM: **Poster session**\n\n"
               "6:00--9:00PM: **Dinner**\n")
    site = _scheduled(tmp_path, program)
    rows = [(r["time"], r.get("end")) for r in _edition(site)["schedule"]]
    assert rows == [("9:00AM", "9:45AM"), ("9:45AM", "10:15AM"), ("10:15AM", "10:45AM"), ("10:45AM", "11:15AM"),
                    ("1:00PM", "2:00PM"), ("6:00PM", "9:00PM")]  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/schedule.md:11: '10:15PM' read as 10:15AM: written PM between the rows at 9:45AM and 10:45AM" in report
    assert report.count("written PM between") == 1


def test_the_kind_of_a_papers_list_is_read_from_its_files_name_or_its_heading(tmp_path: Path) -> None:
    """``{% bibliography -f orals %}`` (jekyll-scholar's short flag) lists orals; a list under ``### Spotlight
    papers`` lists spotlights; one under "Posters and talks", whose file ``{{ site.scholar.bibliography }}`` names the
    configuration's, says no one kind: posters, unsaid. Each list shows its own kind where it stood, each guess named."""
    bib = "@inproceedings{{{key}, title = {{{title}}}, author = {{Lee, Ann}}, year = {{2026}}}}\n"
    accepted = ("## Orals\n\n{% bibliography -f orals%}\n\n### Spotlight papers\n\n{% bibliography --file picks %}\n\n"
                "## Posters and talks\n\n{% bibliography -f {{ site.scholar.bibliography }} -q @*[year=2026]* %}\n")
    site = _imported(tmp_path, {
        "_config.yml": CONFIG + "scholar:\n  bibliography: all.bib\n",
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"),
        "_pages/accepted.md": _page("Accepted Papers", "/accepted/", accepted, "nav: true\n"),
        "_bibliography/orals.bib": bib.format(key="a", title="Fast Attention"),
        "_bibliography/picks.bib": bib.format(key="b", title="Small Caches"),
        "_bibliography/all.bib": bib.format(key="c", title="Tiny Kernels")})  # fmt: skip
    papers = _edition(site)["papers"]
    assert [(p["title"], p.get("kind", "poster")) for p in papers] == [
        ("Fast Attention", "oral"), ("Small Caches", "spotlight"), ("Tiny Kernels", "poster")]
    page = (site / "docs/accepted.md").read_text(encoding="utf-8")
    assert [line for line in page.splitlines() if "esfomo/papers" in line] == [
        "<!-- esfomo/papers { kind: oral } -->", "<!-- esfomo/papers { kind: spotlight } -->", "<!-- esfomo/papers -->"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "the 1 papers of _bibliography/orals.bib imported as papers, each an oral (read from the file's name " \
           "'orals')" in report  # fmt: skip
    assert "each a spotlight (read from the heading 'Spotlight papers')" in report
    assert "the 1 papers of _bibliography/all.bib imported as papers, each a poster (the file does not say" in report
    built = build_site(site, strict=False)
    shown = soup(built / "accepted/index.html").select_one("article").get_text(" ")
    assert shown.index("Orals") < shown.index("Fast Attention") < shown.index("Spotlight") < shown.index("Small Caches")


def test_a_papers_list_whose_file_is_missing_or_the_themes_sample_is_named(tmp_path: Path) -> None:
    sample = "@article{einstein1905, title = {On the Electrodynamics of Moving Bodies}, author = {Einstein, A.}}\n"
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\n{% bibliography %}\n"),
        "_pages/papers.md": _page("Papers", "/papers/", "{% bibliography --file missing %}\n\n"
                                  "{% bibliography -f ../../away %}\n", "nav: true\n"),
        "_bibliography/references.bib": sample, "../away.bib": ACCEPTED_BIB})  # fmt: skip
    assert "papers" not in _edition(site)
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "'{% bibliography %}': _bibliography/references.bib is the theme's sample (Einstein's papers): not " \
           "imported" in report  # fmt: skip
    assert "'{% bibliography --file missing %}': _bibliography/missing.bib is not in the site" in report
    assert "'{% bibliography -f ../../away %}': _bibliography/../../away.bib is not in the site" in report
    assert report.count("{% bibliography --file missing %}") == 1  # one word of it, not two


def test_a_papers_list_on_a_page_no_visitor_reaches_is_named(tmp_path: Path) -> None:
    """A page carried as written, whose data the import does not read: its ``{% bibliography %}`` is named as a tag
    the import does not run, not lost."""
    old = "## Accepted papers of the first edition\n\nThe papers below were presented as posters.\n\n{% bibliography %}\n"
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n"),
                                "_pages/old.md": _page("Old papers", "/old-papers/", old),
                                "_pages/bare.md": _page("Posters", "/posters/", "{% bibliography --file posters %}\n")})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/old.md:1: page no visitor reaches" in report
    assert "_pages/old.md:10: Liquid '{% bibliography %}', a tag of a Jekyll plugin this import does not run" in report
    # a page whose only content is the list is no page of "nothing on it": carried, and its tag named
    assert "_pages/bare.md:1: page no visitor reaches (not in the navigation, linked from no page): carried" in report
    assert "_pages/bare.md:6: Liquid '{% bibliography --file posters %}', a tag of a Jekyll plugin" in report


def test_jekylls_link_tag_is_the_address_of_the_page_it_names(tmp_path: Path) -> None:
    """``[call]({% link _pages/cfp.md %})`` and ``href="{% link _pages/cfp.md %}"``: the call page's address (its
    permalink), which the new site's page links to; before, the tag wrote nothing and the link led nowhere."""
    home = ("## Tiny Workshop 2026\n\nSee the [call for papers]({% link _pages/cfp.md %}) and "
            '<a href="{% link _pages/cfp.md %}">the call</a>.\n')
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/cfp.md": _page("Call", "/call/", "Submit by **May 1, 2026**.\n", "nav: true\n")})
    page = (site / "docs/index.md").read_text(encoding="utf-8")
    assert "[call for papers](call.md)" in page and '<a href="call/">the call</a>' in page
    assert "{% link" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_tag_of_a_jekyll_plugin_the_import_does_not_run_is_named(tmp_path: Path) -> None:
    """``{% twitter url %}`` and ``{% cite key %}`` write nothing here; ``{% details Title %}`` wraps words that are
    kept: each named with its line, and ``{% include_cached %}`` is the include it caches."""
    home = ("## Tiny Workshop 2026\n\n{% twitter https://twitter.com/x/status/1 %}\n\nAs shown in {% cite lee26 %}.\n\n"
            "{% details The organizers %}\nOrganized by Cy Tan.\n{% enddetails %}\n\n{% include_cached note.html %}\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_includes/note.html": "<p>Held in Room 101 of the convention centre.</p>\n"})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/about.md:8: Liquid '{% twitter https://twitter.com/x/status/1 %}', a tag of a Jekyll plugin this " \
           "import does not run: what it writes is left out" in report  # fmt: skip
    assert "_pages/about.md:10: Liquid '{% cite lee26 %}'" in report
    assert "_pages/about.md:12: Liquid '{% details The organizers %}', a tag of a Jekyll plugin this import does not " \
           "run: the words it wraps are kept, what it adds is left out" in report  # fmt: skip
    page = (site / "docs/index.md").read_text(encoding="utf-8")
    assert "Organized by Cy Tan." in page and "Held in Room 101 of the convention centre." in page
    assert "include_cached" not in report


def test_markdown_inside_an_element_kramdown_reads_as_markdown_is_read(tmp_path: Path) -> None:
    """``<div class="speakers" markdown="1">`` around a heading and a list, ``<details markdown="1"><summary>`` around
    a table: kramdown reads their insides as Markdown, so are they read (people, schedule), the directives standing
    inside the elements, each closing tag kept."""
    home = ("## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n"
            '<div class="speakers" markdown="1">\n## Invited Speakers\n\n- **Ann Lee**, MIT\n- **Bo Wu**, CMU\n</div>\n\n'
            '<details markdown="1"><summary>Program</summary>\n\n| Time | Event |\n|---|---|\n| 09:00 | Opening |\n'
            "| 09:15 | Keynote: Ann Lee |\n</details>\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    edition = _edition(site)
    assert edition["speakers"] == ["ann-lee", "bo-wu"]
    assert [(i["time"], i["title"]) for i in edition["schedule"]] == [("09:00", "Opening"), ("09:15", "Keynote")]
    page = (site / "docs/index.md").read_text(encoding="utf-8")
    assert '<div class="speakers" markdown="1">\n## Invited Speakers\n\n<!-- esfomo/people { role: speakers } -->\n' \
           "\n</div>" in page  # fmt: skip
    assert "<summary>Program</summary>\n\n<!-- esfomo/schedule -->\n\n</details>" in page
def test_lines_of_a_name_and_its_affiliation_in_brackets_are_people(tmp_path: Path) -> None:
    """A paragraph of plain ``Name (Affiliation)`` lines joined by Markdown's line break (a backslash ending the
    line, or ``<br>``) under a heading naming the role: a person a line."""
    home = "## confirmed speakers\n\nAnn Lee (MIT)<br>\nBo Wu (ETH / Google)\\\nCy Chen (Pompeu Fabra)\\\nDa Li (CMU)\n"
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT"), ("Bo Wu", "speakers", "ETH / Google"),
        ("Cy Chen", "speakers", "Pompeu Fabra"), ("Da Li", "speakers", "CMU")]


def test_a_table_of_name_buttons_takes_the_role_its_rows_name(tmp_path: Path) -> None:
    """kramdown's tables: rows written without a leading ``|``, a separator of more cells than the header, ``|---|``
    lines between the rows; a row whose one cell names a role ("| Organizers | | |") gives it to the names below,
    each a linked button (``[Ann Lee](/ann/){: .btn}``); the guess is named in MIGRATION.md."""
    body = ("| Speakers | | |\n| :---: | :---: | :---: | :---: |\n| <img src=\"a.jpg\"/> | <img src=\"b.jpg\"/> |\n"
            "[Ann Lee](/ann/){: .btn .btn--success} |  [Bo Wu](https://bo.org){: .btn}\n\n"
            "| Organizers | | |\n| :---: | :---: |\n| <img src=\"c.jpg\"/> | <img src=\"d.jpg\"/> |\n| :---: | :---: |\n"
            "[Cy Chen](https://cy.org){: .btn} | [Da Li](https://da.org){: .btn}\n")
    page = "---\nlayout: page\ntitle: People\npermalink: /people/\nnav: true\n---\n" + body
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "Hi.\n"), "_pages/people.md": page})
    assert [(p.name, p.role) for p in found.people] == [
        ("Ann Lee", "speakers"), ("Bo Wu", "speakers"), ("Cy Chen", "organizers"), ("Da Li", "organizers")]
    assert [n.what for n in found.notes if "rows naming" in n.what] == [
        "roles read from the table's rows naming them (speakers)",
        "roles read from the table's rows naming them (organizers)"]


def test_a_program_whose_column_names_are_its_second_row(tmp_path: Path) -> None:
    """``| **May 17th** | **Room 418** |`` over ``| **Time** | **Speaker** | **Organization** | **Title** |``: the
    second row names the columns (the first reported); the organization column is each talk's note, and titles a
    row whose title cell is empty (a break); a speaker written family name first is the listed person (a guess)."""
    home = ("## Speakers\n\n- Yue Hu (Waterloo)\n- Ann Lee (MIT)\n\n## Program\n\n"
            "| **May 17th, 2024** | **Room 418** |\n| :---: |\n"
            "| **Time** | **Speaker** | **Organization** | **Title** |\n| :---: |\n"
            "| 08:30 - 09:00 | [Ann Lee](/ann/) | MIT | Walking Robots |\n"
            "| **09:00 - 09:30** | | **Coffee Break** |\n"
            "| 09:30 - 10:00 | [Hu Yue](/yue/) | Waterloo | Running Robots |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    rows = [(i.get("time"), i.get("title"), i.get("speakers"), i.get("abstract"))
            for i in _edition(tmp_path / "out")["schedule"]]  # fmt: skip
    assert rows == [("08:30", "Walking Robots", ["ann-lee"], "Organization: MIT"), ("09:00", "Coffee Break", None, None),
                    ("09:30", "Running Robots", ["yue-hu"], "Organization: Waterloo")]
    said = [n.what for n in notes]
    assert "the table's first row 'May 17th, 2024 | Room 418' is over the row naming its columns: not read as data" in said
    assert "speaker 'Hu Yue' read as yue-hu: the same names in another order" in said
def test_a_home_table_that_repeats_the_schedule_page_becomes_the_schedule_directive_too(tmp_path: Path) -> None:
    """A one-page home repeats the schedule page's table (the same times and titles): the schedule page holds the
    schedule, and the home's copy is shown as the schedule in its place, not kept as text and shown again below."""
    table = ("<table>\n<tr><th>Time</th><th>Session</th></tr>\n<tr><td>08:50-09:00</td><td>Opening remarks</td></tr>\n"
             "<tr><td>09:00-10:00</td><td>Two keynote talks</td></tr>\n"
             "<tr><td>10:00-10:45</td><td>Poster session</td></tr>\n</table>\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The workshop is on May 4, 2026.\n\n<h2>Schedule</h2>\n\n" + table
                                 + "\n<h2>Organizers</h2>\n\nSee the other pages.\n"),
        "_pages/schedule.md": _page("Schedule", "/schedule/", table, "nav: true\n")})
    home = (site / "docs/index.md").read_text(encoding="utf-8")
    assert home.count("<!-- esfomo/schedule -->") == 1 and "<table" not in home
    assert home.index("<!-- esfomo/schedule -->") < home.index("Organizers")
    assert "<!-- esfomo/schedule -->" in (site / "docs/schedule.md").read_text(encoding="utf-8")
    assert [i["title"] for i in _edition(site)["schedule"]] == ["Opening remarks", "Two keynote talks", "Poster session"]


def test_a_home_table_unlike_the_schedule_page_stays_as_written(tmp_path: Path) -> None:
    """A table on the home with other rows than the schedule page's is not the schedule: it stays as written."""
    table = ("<table>\n<tr><td>08:50-09:00</td><td>Opening remarks</td></tr>\n"
             "<tr><td>09:00-10:00</td><td>Two keynote talks</td></tr>\n"
             "<tr><td>10:00-10:45</td><td>Poster session</td></tr>\n</table>\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The workshop is on May 4, 2026.\n\n"
                                 + table.replace("Poster session", "Coffee")),
        "_pages/schedule.md": _page("Schedule", "/schedule/", table, "nav: true\n")})
    home = (site / "docs/index.md").read_text(encoding="utf-8")
    assert "<td>Coffee</td>" in home


def test_the_home_gets_no_second_schedule_when_the_schedule_page_shows_it(tmp_path: Path) -> None:
    """The schedule on a page of its own is shown there; the home, which showed none, gets no copy of it (a home
    with no schedule still gets one when no page shows it, as the test of a heading row above checks)."""
    table = ("| Time | Session |\n|---|---|\n| 09:00 - 09:30 | Opening remarks |\n| 09:30 - 10:30 | Keynote talk |\n"
             "| 10:30 - 11:00 | Coffee break |\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The workshop is on May 4, 2026."),
        "_pages/schedule.md": _page("Schedule", "/schedule/", table, "nav: true\n")})
    assert "esfomo/schedule" not in (site / "docs/index.md").read_text(encoding="utf-8")
    assert "<!-- esfomo/schedule -->" in (site / "docs/schedule.md").read_text(encoding="utf-8")
    assert [i["title"] for i in _edition(site)["schedule"]] == ["Opening remarks", "Keynote talk", "Coffee break"]
def test_a_column_whose_header_names_speakers_beside_notes_names_the_speakers_and_titles() -> None:
    """``| Time | Event | Invited Speaker / Spotlight Paper / Additional Notes |`` with ``Ann Lee, Bo Wu and Cy Li:
    *Title*``: the column names each talk's people and its title (it is no mere description), and the event cell
    that only counts the talks ("Keynote Presentation 1") is their label, not their title."""
    out = _table("""\
| **Time (UTC-4)** | **Event** | **Invited Speaker / Spotlight Paper / Additional Notes** |
| :---: | :--- | :--- |
| 09:50 - 10:30 | Keynote Presentation 1 | Ann Lee: *Wasserstein Distortion* |
| 10:30 - 10:50 | Oral Presentation 1 | Bo Wu, Cy Li and Dan Roe: *A Theoretical Framework* |
| 11:10 - 11:30 | Tea Break | |
""")
    assert _flat(out) == [("09:50", "keynote", "Wasserstein Distortion", ["Ann Lee"]),
                          ("10:30", "oral", "A Theoretical Framework", ["Bo Wu", "Cy Li", "Dan Roe"]),
                          ("11:10", "break", "Tea Break", [])]  # fmt: skip
    first = next(e for e in out.entries if isinstance(e, program.Draft))
    assert first.label == "Keynote Presentation 1"


def test_a_bold_heading_over_a_slots_numbered_papers_names_their_session() -> None:
    """``Spotlights | <b>Session 1: Planning</b><ol><li>Paper<br><small>Ann Lee, Bo Wu</small></li>...``: the bold
    line names the session of the papers under it (the type cell gives their kind), not the first paper's title."""
    html = """\
<table><tr><th>Vienna Time (CET)</th><th>Type</th><th>Title &amp; Speakers</th></tr>
<tr><td>09:40&nbsp;–&nbsp;10:30</td><td>Spotlights</td><td><b>Session 1: Planning, Control</b>
<ol><li>Bayesian Optimization for Navigation<br><small>Ann Lee, Bo Wu</small></li>
<li>Variable-Resolution Virtual Maps<br><small>Cy Li, Dan Roe</small></li></ol></td></tr>
<tr><td>10:30&nbsp;–&nbsp;11:00</td><td></td><td>Coffee Break</td></tr>
</table>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {}, html, 7, "/schedule/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, set(), out)
    session = out.entries[0]
    assert isinstance(session, program.Session) and session.title == "Session 1: Planning, Control"
    assert [(i.kind, i.title, [p.name for p in i.speakers]) for i in session.items] == [
        ("spotlight", "Bayesian Optimization for Navigation", ["Ann Lee", "Bo Wu"]),
        ("spotlight", "Variable-Resolution Virtual Maps", ["Cy Li", "Dan Roe"])]  # fmt: skip


def test_remarks_whose_words_after_the_colon_name_no_one_keep_them_in_their_title() -> None:
    """``Closing Remarks: What we have learned``: the whole is the title (the kind guessed from it, named); but
    ``Opening Remarks: Ann Lee (MIT)`` are remarks by Ann Lee."""
    out = _table("""\
| Time | Event |
| --- | --- |
| 09:00 | Opening Remarks: Ann Lee (MIT) |
| 17:30 | Closing Remarks: What we have learned throughout the day |
""")
    assert _flat(out) == [("09:00", "remarks", "Opening Remarks", ["Ann Lee"]),
                          ("17:30", "remarks", "Closing Remarks: What we have learned throughout the day", [])]  # fmt: skip


def test_a_page_no_visitor_reaches_whose_own_layout_holds_its_words_is_carried(tmp_path: Path) -> None:
    """``_pages/2024/about.md``, bare front matter on ``layout: workshop_2024``: the site's own layout holds the past
    edition's text and people, so the page is carried with them, not left out as a page of markup only."""
    layout = ("---\nlayout: default\n---\n<div class=\"post\"><article>\n<h2>Keynote Speakers</h2>\n"
              "<h4 class=\"card-title\">Johannes Balle</h4>\n<h6 class=\"card-text\">Google DeepMind</h6>\n"
              "</article></div>\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("Tiny Workshop 2026", "/", "A workshop at ISIT 2026 on compression."),
        "_pages/2024/about.md": "---\nlayout: workshop_2024\ntitle: About\npermalink: /2024/about/\n---\n",
        "_layouts/workshop_2024.html": layout,
    })  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/2024/about.md:1: page no visitor reaches (not in the navigation, linked from no page): carried" \
        in report
    assert "Johannes Balle" in (site / "docs/2024/about.md").read_text(encoding="utf-8")


def test_a_listed_profile_opening_with_a_name_is_that_person_whatever_its_photo_is_called(tmp_path: Path) -> None:
    """A page whose front matter lists ``profiles`` (``image: AK.jpg``, ``content: about_ak.md``), written by the
    site's own layout as a photo box then a text box: each text is one person's, so the name it opens with
    (``Ann Kim is ...``) is theirs though the photo's file bears only initials (a guess to confirm)."""
    layout = ('---\nlayout: page\n---\n<div class="post">\n{% for profile in page.profiles %}<hr>\n'
              '<div class="profile float-left"><img src="/assets/img/{{ profile.image }}"></div>\n'
              '<div class="clearfix">{% capture t %}{% include_relative {{ profile.content }} %}{% endcapture %}'
              '{{ t | markdownify }}</div>\n{% endfor %}\n</div>\n')
    page = ("---\nlayout: profiles\ntitle: Organizers\npermalink: /people/\nnav: true\nprofiles:\n"
            "  - image: AK.jpg\n    content: about_ak.md\n  - image: bw.jpg\n    content: about_bw.md\n---\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                     "_layouts/profiles.liquid": layout, "_pages/people.md": page,
                                     "_pages/about_ak.md": "Ann Kim is an Associate Professor at MIT.\n",
                                     "_pages/about_bw.md": "Bo Wu is a researcher at CMU.\n"})  # fmt: skip
    assert [(p.name, p.role) for p in found.people] == [("Ann Kim", "organizers"), ("Bo Wu", "organizers")]
    assert "Ann Kim: the name read from the words opening the text beside the photo, 'Ann Kim is'" in [
        n.what for n in found.notes if n.guess]  # fmt: skip


def test_profiles_on_a_page_titled_people_are_the_organizers_a_guess(tmp_path: Path) -> None:
    """al-folio's ``profiles`` page titled "People", no heading naming a role: the workshop's own people, read as
    its organizers, a guess MIGRATION.md names; they are not lost from the edition."""
    page = ("---\nlayout: profiles\ntitle: People\npermalink: /people/\nnav: true\nprofiles:\n"
            "  - image: ann.jpg\n    content: about_ann.md\n---\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."), "_pages/people.md": page,
                                "_pages/about_ann.md": "## Ann Lee\n\nAnn is a professor at MIT.\n"})
    assert [e.get("organizers") for e in _editions(site).values()] == [["ann-lee"]]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "role 'organizers' guessed for the profiles of the page 'People', whose title names no role" in report


def test_profiles_on_a_page_naming_no_role_are_named_not_replaced_by_the_sponsors(tmp_path: Path) -> None:
    """A ``profiles`` page whose title names no role ("Friends"): its people are in people.yml and MIGRATION.md
    names each; the page is not given the sponsors' list in their place."""
    page = ("---\nlayout: profiles\ntitle: Friends\npermalink: /friends/\nnav: true\nprofiles:\n"
            "  - image: ann.jpg\n    content: about_ann.md\n---\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."), "_pages/friends.md": page,
                                "_pages/about_ann.md": "## Ann Lee\n\nAnn is a professor at MIT.\n"})
    assert "esfomo/sponsors" not in (site / "docs/friends.md").read_text(encoding="utf-8")
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Ann Lee: no heading above says their role: in people.yml only" in report


def test_a_program_of_headings_with_lengths_and_no_clock_time_is_rows_with_no_time(tmp_path: Path) -> None:
    """``##### **Show and Tell (30 minutes)**`` and more such headings, each over a paragraph, on the program page,
    no clock time anywhere: rows with no time in the page's order, the length kept in the title, the paragraph the
    abstract; MIGRATION.md names the reading."""
    body = "Interactive.\n\n" + "".join(f"##### **{t}**\n\nWhat we do.\n\n- In groups\n\n---\n\n" for t in
                                      ("Show and Tell (30 minutes)", "Journey Mapping (45 minutes)", "Break (15 minutes)"))
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On May 26, 2025."),
                                  "_pages/program.md": _page("Program", "/program/", body, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    schedule = _edition(tmp_path / "out")["schedule"]
    assert [(r.get("time"), r["kind"], r["title"], r.get("abstract")) for r in schedule] == [
        (None, "talk", "Show and Tell (30 minutes)", "What we do. In groups"),
        (None, "talk", "Journey Mapping (45 minutes)", "What we do. In groups"),
        (None, "break", "Break (15 minutes)", "What we do. In groups")]  # fmt: skip
    assert ("_pages/program.md:9", "a program of lengths (3 headings such as 'Show and Tell (30 minutes)'), with no "
            "clock time: read as rows with no time, in the page's order") in [(n.where, n.what) for n in notes]
    assert "Interactive." in (tmp_path / "out/docs/program.md").read_text(encoding="utf-8")


def test_a_column_giving_each_row_its_day_is_the_rows_day_not_their_title(tmp_path: Path) -> None:
    """``| Monday, September 23 | 10:00 - 13:30 | <i>Title</i><br><b>Ann Lee</b> |`` under a header that names one
    column fewer: each row on its day, read from that column; the title and speaker from the cell after the time."""
    table = ("<table>\n<tr><th>Time</th><th>Title &amp; Speakers</th></tr>\n<tr></tr>\n"
             + "".join(f"<tr>\n  <td>{d}</td>\n  <td>{t}</td>\n  <td><i>{x}</i><br><b>{w}</b></td>\n</tr>\n"
                       for d, t, x, w in (("Monday, September 23", "10:00 - 13:30", "Introduction to quantum computing", "Ann Lee"),
                                          ("Monday, September 23", "15:00 - 17:30", "Art therapy", "Bo Wu"),
                                          ("Tuesday, September 24", "10:00 - 13:30", "PAC-Bayes", "Cy Chen")))
             + "</table>\n")  # fmt: skip
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "By the sea.", "subtitle: Paestum, 2024\n"),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", table, "nav: true\n")})
    edition = _edition(site)
    who = [[s if isinstance(s, str) else s["name"].lower().replace(" ", "-") for s in r["speakers"]]
           for r in edition["schedule"]]  # fmt: skip
    assert [(str(r.get("day")), r["time"], r["title"]) for r in edition["schedule"]] == [
        ("2024-09-23", "10:00", "Introduction to quantum computing"), ("2024-09-23", "15:00", "Art therapy"),
        ("2024-09-24", "10:00", "PAC-Bayes")]  # fmt: skip
    assert who == [["ann-lee"], ["bo-wu"], ["cy-chen"]]


def test_days_a_subtitle_says_around_the_schedules_days_are_the_workshops(tmp_path: Path) -> None:
    """A subtitle saying "22-28 of September 2024" over a schedule of the 23rd and 24th only: the workshop's days
    are the subtitle's (its first and last days have no talks), a reading MIGRATION.md names."""
    rows = "".join(f"| {d} | {t} | Talk {n} |\n" for n, (d, t) in enumerate(
        (("Monday, September 23", "10:00"), ("Monday, September 23", "15:00"), ("Tuesday, September 24", "10:00"))))
    about = _page("about", "/", "A week by the sea.", "subtitle: Monday-Saturday, 22-28 of September 2024, Paestum\n")
    schedule_page = _page("Schedule", "/schedule/", "| Day | Time | Event |\n|---|---|---|\n" + rows, "nav: true\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": about, "_pages/schedule.md": schedule_page})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["date"] == [dt.date(2024, 9, 22), dt.date(2024, 9, 28)]
    assert any(n.what.startswith("the workshop's days read from 'Monday-Saturday, 22-28 of September 2024") and
               n.what.endswith("around the schedule's days (2024-09-23 to 2024-09-24)") for n in notes)  # fmt: skip


def test_paragraphs_and_lists_between_timed_paragraphs_belong_to_the_row_above(tmp_path: Path) -> None:
    """``**10:50 - 12:00** --`` then ``**Poster Session: Tokenization Across Modalities**`` and a list of papers;
    ``**3:30 - 4:30** -- **Panel: Future**`` and a list of "Name (Affiliation)": the bold line titles the row
    above (a topic, not a speaker), the papers are its notes, the people the panel's; the rows after them are read."""
    body = ("**9:00 a.m. – 9:10 a.m.** -- **Opening**\n\n**10:50 a.m. – 12:00 p.m.** --\n\n"
            "**Poster Session: Tokenization Across Modalities**\n\n* *Broken Tokens?* — Ann Lee, Bo Wu\n"
            "* *SuperBPE* — Cy Chen\n\n**With Prerecorded Videos:**\n\n* *MorphTok* — Di Ma\n\n"
            "**12:00 p.m. – 1:00 p.m.** -- **Lunch Break**\n\n**1:50 p.m. – 3:00 p.m.**\n\n**Poster Session: Text**\n\n"
            "* *Zip2zip* — Ed Fu\n\n**3:30 p.m. – 4:30 p.m.** -- **Panel: Future of Tokenization**\n\n"
            "* Albert Gu (Carnegie Mellon University)\n* Alisa Liu (University of Washington)\n\n"
            "**5:00 p.m. – 5:30 p.m.** -- **Closing Remarks**\n")  # fmt: skip
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "On July 18, 2025."),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    schedule = _edition(site)["schedule"]
    assert [(r["time"], r["kind"], r["title"], r.get("speakers"), r.get("abstract")) for r in schedule] == [
        ("9:00am", "remarks", "Opening", None, None),
        ("10:50am", "poster", "Tokenization Across Modalities", None,
         "Broken Tokens? — Ann Lee, Bo Wu SuperBPE — Cy Chen With Prerecorded Videos MorphTok — Di Ma"),
        ("12:00pm", "break", "Lunch Break", None, None), ("1:50pm", "poster", "Text", None, "Zip2zip — Ed Fu"),
        ("3:30pm", "panel", "Future of Tokenization", ["albert-gu", "alisa-liu"], None),
        ("5:00pm", "remarks", "Closing Remarks", None, None)]  # fmt: skip


def test_a_letter_accent_stripping_leaves_whole_is_spelled_in_plain_letters_in_an_id() -> None:
    """"Adrian Łańcucki", "Matthias Nießner", "Anders Søgaard": ids that keep every letter of the name."""
    assert [slug(n) for n in ("Adrian Łańcucki", "Matthias Nießner", "Anders Søgaard")] == [
        "adrian-lancucki", "matthias-niessner", "anders-sogaard"]  # fmt: skip


def test_an_introduction_to_a_topic_is_a_talk_not_opening_remarks() -> None:
    """"Introduction to Quantum Computing pt. 1" is a lecture's title; "Introduction" alone, or "Introduction and
    welcome", opens the day."""
    assert kinds.kind_of("Introduction to Quantum Computing pt. 1") == (None, True)
    assert kinds.kind_of("Introduction") == ("remarks", False)
    assert kinds.kind_of("Introduction and welcome") == ("remarks", True)


def test_a_kind_word_hyphenated_to_another_word_in_a_title_is_no_kind(tmp_path: Path) -> None:
    """"... vs. Panel-Aware Double Machine Learning" is a paper's title, its authors no panelists; "Coffee-Break" and
    "Poster-Session", each word a kind's, keep their kind."""
    assert kinds.kind_of("Synthetic Controls vs. Panel-Aware Double Machine Learning") == (None, True)
    assert kinds.kind_of("Award-Winning Estimators, Revisited") == (None, True)
    assert kinds.kind_of("Morning Coffee-Break") == ("break", True)
    assert kinds.kind_of("Afternoon Poster-Session") == ("poster", True)
    home = ("On **July 26, 2024**.\n\n## Program\n\n| Title | Speaker | Time |\n|---|---|---|\n"
            "| Welcome | Ann Lee (MIT) | 9:00 - 9:10am |\n"
            "| Synthetic Controls vs. Panel-Aware Double Machine Learning | Bo Wu*, Cy Chen (Thumbtack) "
            "| 9:10 - 9:30am |\n")
    edition = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", home)}))
    assert "panelists" not in edition
    assert [i.get("kind", "talk") for i in edition["schedule"]] == ["remarks", "talk"]


def test_a_session_cell_spanning_rows_leaves_the_talks_under_their_own_headers(tmp_path: Path) -> None:
    """``<td rowspan="3">Session 1</td>`` beside three talks: the rows under it keep their cells under their own
    headers; a cell under ``Presentation`` that only counts the talks of a series ("Paper 1", "Paper 2") is titled
    by the ``Details`` beside it, the authors under the title its speakers, the count kept as its note."""
    talk = '<td>{0}</td><td>{1}</td><td>{2}</td></tr>\n'
    table = ('<table>\n<thead><tr><th>Session</th><th>Time</th><th>Presentation</th><th>Details</th></tr></thead>\n'
             '<tbody>\n<tr><td rowspan="3">Session 1</td>'
             + talk.format("09:15 - 10:00", 'Invited Talk 1<br><a href="https://ann.org">Ann Lee</a>', "Learning")
             + "<tr>" + talk.format("10:00 - 10:20", "Paper 1", "Small models win<br><small><em>Bo Wu, Cy Chen (MIT)"
                                    "</em></small>")
             + "<tr>" + talk.format("10:20 - 10:40", "Paper 2", "Tiny data<br><small><em>Di Xu (ETH)</em></small>")
             + '<tr><td>Break</td><td>10:40 - 11:00</td><td>Coffee Break</td><td>-</td></tr>\n'
             + '<tr><td>Session 2</td>' + talk.format("11:00 - 11:45", "Invited Talk 2<br>Eve Park", "Big models")
             + '</tbody>\n</table>\n')
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "On **May 26, 2025**."),
                                "_pages/program.md": _page("Program", "/program/", table, "nav: true\n")})
    people = yaml.safe_load((dest / "docs/_data/people.yml").read_text(encoding="utf-8"))
    names = {pid: p["name"] for pid, p in people.items()}
    rows = [(r["time"], r["title"], [names.get(s, s) if isinstance(s, str) else s["name"] for s in r.get("speakers", [])],
             r.get("abstract")) for r in _edition(dest)["schedule"]]  # fmt: skip
    assert rows == [("09:15", "Learning", ["Ann Lee"], None),
                    ("10:00", "Small models win", ["Bo Wu", "Cy Chen"], "Paper 1"),
                    ("10:20", "Tiny data", ["Di Xu"], "Paper 2"),
                    ("10:40", "Coffee Break", [], "-"),
                    ("11:00", "Big models", ["Eve Park"], None)]  # fmt: skip


def test_a_profile_photo_box_then_a_text_box_in_the_next_block_is_one_person(tmp_path: Path) -> None:
    """al-folio's hand-written profiles: ``<div class="profile">`` with the photo and affiliation, a blank line,
    then ``<div class="clearfix">`` opening with the bold, linked name and the bio: one speaker (the page's title
    says the role), her affiliation the photo box's words."""
    box = ('<div class="profile float-left">\n  {{% include figure.liquid path="assets/img/{0}.jpg" alt="{1}" %}}\n'
           '  <div class="more-info"><p>{2}</p></div>\n</div>\n\n<div class="clearfix">\n'
           '  <p><strong><a href="https://{0}.org"> <font size="5">{1}</font></a></strong></p>\n'
           '  <p>{1} works on tiny models.</p>\n</div>\n\n<hr>\n\n')
    body = box.format("ann", "Ann Lee", "University of Cambridge, UK") + box.format("bo", "Bo Wu", "University of Oslo")
    found = _found_people(tmp_path, {"_pages/speakers.md": _page("Speakers", "/speakers/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "University of Cambridge, UK"), ("Bo Wu", "speakers", "University of Oslo")]


def test_a_chairs_card_under_its_heading_is_an_organizer_beside_a_list_of_one_reviewer(tmp_path: Path) -> None:
    """``<h3>Web Chair</h3>`` over a card of a photo and a name, below a program committee of one: the chair is an
    organizer (a chair of one thing names an organizer as "chairs" does), and the committee member's name is not
    read as the card's."""
    card = ('<div class="profile-card">\n<figure>\n<img src="assets/img/{0}.jpg" alt="{0}.jpg">\n</figure>\n'
            '<div class="profile-name">\n<a href="https://{0}.org">{1}</a>\n</div>\n'
            '<div class="more-info"><p>{2}</p><br></div>\n</div>\n')
    body = ('<div class="post">\n<article>\n<section class="profiles-section">\n<h2>Organizing Committee</h2>\n'
            '<div class="profiles-grid">\n' + card.format("cy", "Cy Chen", "University of Oslo") + '</div>\n'
            '</section>\n<section class="profiles-section">\n<h2>Technical Program Committee (TPC)</h2>\n'
            '<ul class="profile-list">\n<li>\n<span class="profile-list-name"><a href="https://bo.org">Bo Wu</a>'
            '</span>\n<span class="profile-list-affiliation">(UMass Amherst, USA)</span>\n</li>\n</ul>\n</section>\n'
            '<section class="profiles-section profiles-row">\n<div class="profiles-row-inner">\n'
            '<div class="profiles-subsection">\n<h3>Web Chair</h3>\n<div class="profiles-grid">\n'
            + card.format("ann", "Ann Lee", "University of Amsterdam") + '</div>\n</div>\n</div>\n</section>\n'
            '</article>\n</div>\n')
    found = _found_people(tmp_path, {"_pages/team.md": _page("Committee", "/team/", body, "nav: true\n")})
    assert [(p.name, p.role) for p in found.people if p.name != "Bo Wu"] == [("Cy Chen", "organizers"),
                                                                             ("Ann Lee", "organizers")]


def test_a_mistyped_month_in_a_dates_list_is_read_as_the_month_and_named(tmp_path: Path) -> None:
    """``Submission Deadline: 24th Februray 2026``: February, a guess MIGRATION.md names; a word near no day is
    left as written."""
    page = "## Important Dates\n\n- Submission Deadline: 24th Februray 2026\n- Notification: 16 Marhc 2026\n"
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", page)})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [(d.name, d.at.day) for d in found.dates] == [("Submission Deadline", dt.date(2026, 2, 24)),
                                                         ("Notification", dt.date(2026, 3, 16))]
    assert [n.what for n in found.notes if n.guess] == ["month 'Februray' read as February",
                                                        "month 'Marhc' read as March"]
    assert when.respelt_months("Augusto Lee spoke") == ("Augusto Lee spoke", [])


def test_a_role_noted_in_brackets_after_a_name_in_a_people_table_is_their_group(tmp_path: Path) -> None:
    """``| Ann Lee **(General chair)** | INRIA |`` under "## Steering Committee": Ann Lee, an organizer, listed in
    the group "General chair"; brackets naming no role stay part of what is written."""
    body = ("## Steering Committee\n\n| Name | Affiliation |\n|---|---|\n| Ann Lee **(General chair)** | INRIA |\n"
            "| Bo Wu | University of Alabama |\n")
    found = _found_people(tmp_path, {"_pages/team.md": _page("Organization", "/team/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation, p.group) for p in found.people] == [
        ("Ann Lee", "organizers", "INRIA", "General chair"), ("Bo Wu", "organizers", "University of Alabama", None)]


def test_a_paper_session_cell_holding_a_table_of_papers_is_a_session_of_talks(tmp_path: Path) -> None:
    """A program row whose cell opens "Paper Session - chaired by Ann Lee" over a table of papers, each a title and
    "Speaker: Name, Affiliation" (a title that reads like a name too): the session "Paper Session" of those talks,
    its chair named in MIGRATION.md; the inner table's rows are no rows of the program."""
    paper = '<tr><td><div>{0}</div><div style="font-style:italic">Speaker: {1}</div></td></tr>\n'
    table = ('<table class="program"><tbody>\n<tr><td><p>9:00 - 9:05 am</p></td><td><div>Opening</div></td></tr>\n'
             '<tr><td><p>10:00 - 11:00 am</p></td><td colspan="4"><div style="font-weight:bold">Paper Session - chaired by Ann Lee'
             '</div>\n<table><tbody>\n' + paper.format("Speculative Recursion Unrolling", "Bo Wu, TU Darmstadt")
             + paper.format("Tiny Models", "Cy Chen, ARM") + '</tbody></table>\n</td></tr>\n</tbody></table>\n')
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On May 26, 2025."),
                                  "_pages/program.md": _page("Program", "/program/", table, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    schedule = _edition(tmp_path / "out")["schedule"]
    assert schedule[1]["session"] == "Paper Session"
    assert [(i["title"], [s["name"] for s in i["speakers"]], [s.get("affiliation") for s in i["speakers"]])
            for i in schedule[1]["items"]] == [("Speculative Recursion Unrolling", ["Bo Wu"], ["TU Darmstadt"]),
                                               ("Tiny Models", ["Cy Chen"], ["ARM"])]  # fmt: skip
    assert "session 'Paper Session': chaired by Ann Lee, not kept in the data" in [n.what for n in notes]
    assert not [n.what for n in notes if "a heading over the rows under it" in n.what]


def test_a_built_copy_of_the_home_page_left_beside_its_source_is_not_read(tmp_path: Path) -> None:
    """``index.html`` with no front matter (a build's output left in the folder) at the address of
    ``_pages/about.md`` (``permalink: /``): the page with front matter is the home page read, the copy is named."""
    built = ("<!DOCTYPE html>\n<html><head><title>Old</title></head><body><h1>Tiny 2021</h1>\n"
             "<p>The workshop takes place on May 2, 2021.</p></body></html>\n")  # fmt: skip
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.html": built,
                                  "_pages/about.md": _page("about", "/", "The workshop takes place on July 10, 2026.")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert str(_edition(tmp_path / "out")["date"]) == "2026-07-10"
    assert ("index.html:1", "shares the address / with _pages/about.md, which Jekyll writes after it: no visitor "
            "sees this page, not imported") in [(n.where, n.what) for n in notes]  # fmt: skip


def test_a_permalink_of_jekyll_placeholders_is_filled_and_an_excluded_readme_is_no_home_page(tmp_path: Path) -> None:
    """`defaults` giving the pages of ``pages/`` ``permalink: :basename``: ``pages/index.md`` is the home page and
    ``pages/call.md`` is ``/call/``; the README, listed under `exclude`, is not published, so not read as the home
    page."""
    config = CONFIG + ('defaults:\n  - scope:\n      path: "pages"\n    values:\n      permalink: :basename\n'
                       "exclude: [README.md]\n")  # fmt: skip
    write_tree(tmp_path, {"_config.yml": config, "README.md": "# The site's code\n",
                          "pages/index.md": "---\ntitle: Home\n---\nThe workshop takes place on July 10, 2026.\n",
                          "pages/call.md": "---\ntitle: Call\n---\nSubmit.\n"})  # fmt: skip
    site = jekyll.read_site(tmp_path)
    assert sorted((p.rel, p.url) for p in site.pages) == [("pages/call.md", "/call/"), ("pages/index.md", "/")]


def test_a_site_another_tool_builds_says_so(tmp_path: Path) -> None:
    """No ``_config.yml`` and a ``package.json`` needing Next.js (or a ``hugo.toml``): the site's pages are what that
    tool makes, which the import does not run, and the report says so; a folder of HTML pages alone is not said to
    be built by anything."""
    said = "a site {} builds, not Jekyll: its pages are what {} makes, which the import does not run"
    for files, where, builder in (({"package.json": '{"dependencies": {"next": "15.0.0", "react": "19"}}'},
                                   "package.json:1", "Next.js"),
                                  ({"hugo.toml": "title = 'Tiny'\n"}, "hugo.toml:1", "Hugo"),
                                  ({}, None, None)):  # fmt: skip
        root = tmp_path / (builder or "plain")
        write_tree(root / "src", {"README.md": "# Tiny Workshop 2026\n", **files})
        notes = import_site(root / "src", root / "out")
        told = [n.where for n in notes if "not Jekyll" in n.what]
        assert told == ([where] if where else [])
        assert not builder or said.format(builder, builder) in next(n.what for n in notes if n.where == where)


def test_a_built_page_with_no_front_matter_is_named_in_the_report(tmp_path: Path) -> None:
    """``2025/program/index.html``, a past edition's page as built (a whole HTML page, no front matter): Jekyll
    serves it as it is, the import does not read it, and MIGRATION.md names it; the theme's assets are no page."""
    built = "<!DOCTYPE html>\n<html><body><h1>Program</h1><p>09:00 Keynote by Ann Lee</p></body></html>\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On May 26, 2026."),
                                  "2025/program/index.html": built, "assets/html/chart.html": built})
    write_tree(tmp_path, {"elsewhere.html": built})
    (tmp_path / "src/2024.html").symlink_to(tmp_path / "elsewhere.html")  # a file outside the site: not read
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert [(n.where, n.what) for n in notes if "built elsewhere" in n.what] == [
        ("2025/program/index.html:1", "a page built elsewhere (HTML with no front matter, which Jekyll serves as it "
         "is at /2025/program/), linked from no page: not imported")]
    assert ("2024.html:1", "a link to a file outside the site: not imported") in [(n.where, n.what) for n in notes]


def test_a_hand_written_html_site_with_no_front_matter_is_read_as_the_pages_it_shows(tmp_path: Path) -> None:
    """``index.html`` and ``2025/index.html``, whole HTML pages with no front matter and no ``_config.yml``: GitHub
    Pages serves them as they are, so they are the site's pages: the home page (not the README beside it), and the
    past edition its menu links to, each read with its title, people and dates, and named as read so."""
    page = ("<!DOCTYPE html>\n<html>\n<head><title>Tiny Workshop {year}</title>\n<style>h2 {{ color: red }}</style>"
            "</head>\n<body>\n<nav><a href=\"2025/\">2025 edition</a></nav>\n<h1>Tiny Workshop {year}</h1>\n"
            "<p>The workshop takes place on July {day}, {year}.</p>\n<h2>Important Dates</h2>\n<ul>\n"
            "<li>Submission deadline: May {day}, {year}</li>\n</ul>\n<h2>Organizers</h2>\n<ul>\n"
            "<li><a href=\"https://a.example\">{who}</a>, MIT</li>\n</ul>\n<script>var x = '{{{{ y }}}}';</script>\n"
            "</body>\n</html>\n")  # fmt: skip
    write_tree(tmp_path / "src", {"index.html": page.format(year=2026, day=10, who="Ann Lee"),
                                  "README.md": "# The site's code\n\nRun it with Jekyll.\n",
                                  "2025/index.html": page.format(year=2025, day=12, who="Bo Wu")})  # fmt: skip
    notes = import_site(tmp_path / "src", tmp_path / "out")
    editions = tmp_path / "out/docs/_data/editions"
    assert sorted(p.name for p in editions.iterdir()) == ["2025.yml", "2026.yml"]
    current, past = (yaml.safe_load((editions / f"{y}.yml").read_text()) for y in (2026, 2025))
    assert (str(current["date"]), str(past["date"])) == ("2026-07-10", "2025-07-12")
    assert [(d["name"], str(d["at"])) for d in current["dates"]] == [("Submission deadline", "2026-05-10")]
    people = yaml.safe_load((tmp_path / "out/docs/_data/people.yml").read_text())
    assert {p["name"] for p in people.values()} >= {"Ann Lee", "Bo Wu"}
    assert ("index.html:1", "HTML with no front matter, which Jekyll serves as it is at /: read as the page it shows"
            ) in [(n.where, n.what) for n in notes]  # fmt: skip
    assert not [n for n in notes if n.where.startswith("README.md")]


# -- people, schedules and days written as a workshop of a larger meeting writes them --


def test_an_included_card_s_name_loses_the_title_before_it(tmp_path: Path) -> None:
    """``{% include people_horizontal.html name="Prof. Ann Lee" affiliation="MIT" %}``: the person is Ann Lee."""
    card = '{% include people_horizontal.html name="Prof. Ann Lee" affiliation="MIT" img="/assets/img/a.jpg" %}'
    site = _imported(tmp_path, {"_includes/people_horizontal.html": "<h5>{{ include.name }}</h5>\n",
                                "_pages/about.md": _page("about", "/", f"On May 26, 2025.\n\n## Organizers\n\n{card}\n")})
    edition, people = _edition(site), yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert edition["organizers"] == ["ann-lee"] and people["ann-lee"]["name"] == "Ann Lee"


def test_one_listed_person_and_what_she_is_of_under_a_role_heading_is_read(tmp_path: Path) -> None:
    """``### Program Chairs`` over one item, ``- Prof. Ann Lee (MIT, USA)``: an organizer, as two items would be;
    one item that names no affiliation (``- Ann Lee``) is not enough to say it is a person."""
    body = ("On May 26, 2025.\n\n## Organizers\n\n### Program Chairs\n\n- Prof. Ann Lee (MIT, USA)\n<br>\n\n"
            "### Publicity Chair\n\n- Bo Wu\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [("Ann Lee", "organizers", "MIT, USA")]


def test_a_table_headed_speaker_and_affiliation_is_a_person_a_row(tmp_path: Path) -> None:
    """``| **Speaker** | **Affiliation** |``: each row one person and what they are of, though a row's two cells both
    read like names (``| **Wai Man, Raymond, CHEUNG** | Geotechnical Engineering Office |``)."""
    body = ("## Keynote Speaker\n\n| **Speaker**{: .h5} | **Affiliation**{: .h5} |\n| :--: | :--: |\n"
            "| **Ronaldo I. BORJA** | Stanford University |\n"
            "| **Wai Man, Raymond, CHEUNG** | Geotechnical Engineering Office |\n{: .table}\n")
    found = _found_people(tmp_path, {"_pages/speakers.md": _page("Speakers", "/speakers/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ronaldo I. BORJA", "speakers", "Stanford University"),
        ("Wai Man, Raymond, CHEUNG", "speakers", "Geotechnical Engineering Office")]  # fmt: skip


def test_a_heading_that_dates_an_update_is_not_the_day_of_the_schedule_under_it(tmp_path: Path) -> None:
    """``###### Last Updated on Oct. 24`` over the program's table: the day is the one the pages give."""
    body = ("November 4, 2025 / location: Seoul, Korea\n\n###### Last Updated on Oct. 24\n\n"
            "| **Time (KST)** | **Event** |\n| :--: | :--: |\n| 09:00--09:10 | Opening remarks |\n"
            "| 09:10--10:50 | Session I |\n")
    home = "The workshop will take place on November 4, 2025, from 9:00am to 5:00pm KST."
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    assert _edition(site)["date"] == dt.date(2025, 11, 4)


def test_a_list_after_a_table_on_a_24_hour_clock_keeps_its_morning_times(tmp_path: Path) -> None:
    """A table that writes ``18:30`` then, on the same page, a list of the morning's talks ``**09:10--09:30**``:
    the page keeps a 24-hour clock, the talks are in the morning (not moved past the table's last row)."""
    body = ("| Time | Event |\n| :--: | :--: |\n| 09:00--09:10 | Opening remarks |\n| 09:10--10:50 | Session I |\n"
            "| 18:30--20:00 | Banquet |\n\n### Session I\n\n" + "".join(
                f"**{t}** [{title} talk title](/papers/#{title.lower()})\n\n" for t, title in
                (("09:10--09:30", "First"), ("09:30--09:50", "Second"), ("09:50--10:10", "Third"))))
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "On November 4, 2025."),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    rows = {r["title"]: r["time"] for r in _edition(site)["schedule"]}
    assert rows["First talk title"] == "09:10" and rows["Second talk title"] == "09:30"


def test_markdown_dashes_are_the_dashes_kramdown_prints(tmp_path: Path) -> None:
    """``Session I---System Dependability`` is shown "Session I—System Dependability" (``--`` an en dash), but not
    in code nor in a table's rule."""
    assert rich("Session I---Systems -- and `a--b`") == "Session I\u2014Systems \u2013 and a--b"
    body = "| Time | Event |\n| :---: | :---: |\n| 09:10--10:50 | AID Session I---System Dependability |\n"
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "On November 4, 2025."),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    assert [(r["time"], r["title"]) for r in _edition(site)["schedule"]] == [
        ("09:10", "AID Session I\u2014System Dependability")]


def test_a_line_ending_in_a_dash_that_says_a_kind_is_the_label_over_the_title(tmp_path: Path) -> None:
    """``AID Workshop Keynote---<br>"Title"<br>*Prof. Ann Lee (MIT)*``: a keynote, its label the first line, its title
    the quoted line, given by Ann Lee."""
    body = ('| Time | Event |\n| :--: | :--: |\n| 09:00--09:10 | Opening remarks |\n'
            '| 15:10--16:00 | AID Workshop Keynote---<br>"How to write secure programs"<br>*Prof. Ann Lee (MIT)* |\n')
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "On November 4, 2025."),
                                "_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    row = _edition(site)["schedule"][1]
    assert (row["kind"], row["label"], row["title"]) == ("keynote", "AID Workshop Keynote",
                                                         "How to write secure programs")  # the quotes mark it
    assert [s if isinstance(s, str) else s.get("id") or s.get("name") for s in row["speakers"]] in (["ann-lee"],
                                                                                                ["Ann Lee"])


def test_a_date_named_by_the_conference_alone_is_its_day(tmp_path: Path) -> None:
    """A symposium's key dates, ``Conference: **December 1 - 2, 2023**``, give its days, over a sentence that spans
    its registration and field trip ("on November 30 - December 4, 2023"); a "Main conference" date does not."""
    dates_list = ("### Key dates\n\n* ~~Abstract submission deadline: **August 31, 2023**~~ <br>\n"
                  "* Conference: **December 1 - 2, 2023** <br>\n* Field trip (optional): **December 3 - 4, 2023**\n")
    home = f"It will take place at Hong Kong on **November 30 - December 4, 2023**.\n\n{dates_list}"
    site = _imported(tmp_path / "a", {"_pages/about.md": _page("about", "/", home)})
    assert _edition(site)["date"] == [dt.date(2023, 12, 1), dt.date(2023, 12, 2)]
    other = _imported(tmp_path / "b", {"_pages/about.md": _page("about", "/", home.replace("* Conference",
                                                                                           "* Main conference"))})
    assert _edition(other)["date"] == [dt.date(2023, 11, 30), dt.date(2023, 12, 4)]


def test_a_page_whose_name_begins_with_an_underscore_is_not_published(tmp_path: Path) -> None:
    """``_pages/_cv.md``: Jekyll leaves out a file whose name begins with "_" (``include: ["_pages"]`` lists the
    folder, not the file), so the import does too, and says why; one that `include` lists is a page."""
    config = f'{CONFIG}include: ["_pages", "_keep.md"]\n'
    write_tree(tmp_path / "src", {"_config.yml": config, "_pages/about.md": _page("about", "/", "On May 26, 2025."),
                                  "_pages/_cv.md": _page("cv", "/cv/", "Albert's CV.", "nav: true\n"),
                                  "_pages/_keep.md": _page("Keep", "/keep/", "Kept.", "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert not (tmp_path / "out/docs/cv.md").exists() and (tmp_path / "out/docs/keep.md").exists()
    assert ("_pages/_cv.md:1", "'_cv.md' begins with '_' and is not listed under `include` in _config.yml, so Jekyll "
            "does not publish it: not imported") in [(n.where, n.what) for n in notes]


def test_a_panel_row_names_a_panelist_the_panels_list_leaves_out(tmp_path: Path) -> None:
    """A site that lists its panelists, and a panel row of the program naming one more whom no page shows: a panelist
    too (a guess to confirm); the speakers the row names are not made panelists."""
    home = ("On **July 26, 2024**.\n\n## Speakers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n\n## Panel\n\n- Cy Chen (CMU)\n"
            "- Dee Moss (EPFL)\n\n## Schedule\n\n| Time | Event |\n|---|---|\n| 09:00 - 09:30 | **Keynote** - Bo Wu |\n"
            "| 16:00 - 17:00 | **Panel Discussion**: Cy Chen, Ann Lee, Eve Park, Dee Moss |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert edition["panelists"] == ["cy-chen", "dee-moss", "eve-park"]
    assert [n.what for n in notes if "read from the program" in n.what] == [
        "Eve Park: a panelist, read from the program (the panel's row names them, no page shows them)"]


def test_a_keynote_row_names_a_speaker_the_speakers_list_leaves_out(tmp_path: Path) -> None:
    """A site that lists its tech talks' speakers, and a keynote row of the program naming one whom no page shows as
    a speaker (she is on the panel): a speaker too (a guess to confirm); an invited row's people are not, nor is a
    keynote's speaker whose card writes a middle initial the row leaves out."""
    home = ("On **July 26, 2024**.\n\n## Tech Talks\n\n- Ann Lee (MIT)\n- Bo W. Wu (ETH)\n\n## Panel\n\n- Cy Chen (CMU)"
            "\n- Dee Moss (EPFL)\n\n## Schedule\n\n| Time | Event |\n|---|---|\n| 09:00 - 09:30 | Keynote by Dee Moss |\n"
            "| 09:30 - 10:00 | Keynote by Bo Wu |\n| 10:00 - 10:30 | Invited talk by Eve Park |\n"
            "| 16:00 - 17:00 | Panel discussion |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert edition["speakers"] == ["ann-lee", "bo-w-wu", "dee-moss"]  # "Bo Wu" is the card's "Bo W. Wu"
    assert [n.what for n in notes if "read from the program" in n.what] == [
        "Dee Moss: a speaker, read from the program (the keynote's row names them, no page shows them as a speaker)"]


def test_a_list_of_names_each_then_a_talks_title_gives_the_speakers(tmp_path: Path) -> None:
    """``- [Ann Lee](https://ann.org): Learning to Rank`` under "### Tech Talks": the speakers, with their links; the
    titles are not their affiliations, and the list stays on the page as written, titles and all."""
    home = ("On **July 26, 2024**.\n\n### Tech Talks\n\nTalks take 10 minutes.\n\n"
            "- [Ann Lee](https://ann.org): Learning to Rank\n- [Bo Wu](https://bo.net): ConvLab-3: A Toolkit\n"
            "- **Cy Chen**: UserSim v2\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    people = yaml.safe_load((tmp_path / "out/docs/_data/people.yml").read_text(encoding="utf-8"))
    assert edition["speakers"] == ["ann-lee", "bo-wu", "cy-chen"]
    assert people["ann-lee"].get("url") == "https://ann.org" and "affiliation" not in people["ann-lee"]
    assert "ConvLab-3: A Toolkit" in (tmp_path / "out/docs/index.md").read_text(encoding="utf-8")
    assert "role 'speakers' read from the heading 'Tech Talks'" in [n.what for n in notes]


def test_a_list_of_dates_elsewhere_keeps_one_on_the_day_of_another_named_otherwise(tmp_path: Path) -> None:
    """The dates list says "13 June 2025: Release of the test dataset"; the registration section's list of deadlines
    says "Standard registration deadline: 13 June, 2025": two dates on one day, nothing alike in their names, both
    kept; the same deadline said again in a sentence elsewhere is not kept twice."""
    home = ("## Dates\n\n- 16 May 2025: Release of the training data\n- 13 June 2025: Release of the test dataset\n"
            "- 17 July 2025: Workshop\n\n## Registration\n\n- Early registration deadline: 20 May, 2025.\n"
            "- Standard registration deadline: 13 June, 2025.\n\nThe test dataset comes out on 13 June 2025.\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    dates = [(d["name"], d["at"]) for d in _edition(tmp_path / "out")["dates"]]
    assert ("Standard registration deadline", dt.date(2025, 6, 13)) in dates
    assert [at for _, at in dates].count(dt.date(2025, 6, 13)) == 2


def test_the_contact_is_the_sites_own_address_a_page_gives_not_a_group_leads(tmp_path: Path) -> None:
    """``email: admin@tiny.org`` in _config.yml, given on the dates page ("Please e-mail admin@tiny.org"), and the
    home page listing group leads' addresses first: the contact is the site's own; with no page giving it, the
    first address the home page writes."""
    home = ("On **July 26, 2026**.\n\n[Meshing group](mailto:ann@cadence.com) - Ann Lee (Cadence)\n")
    dates = _page("dates", "/dates/", "**Abstracts**: June 8, 2026\n\nPlease e-mail admin@tiny.org to take part.",
                  "nav: true\n")
    for folder, config, contact in (("a", f"{CONFIG}email: admin@tiny.org\n", "admin@tiny.org"),
                                    ("b", f"{CONFIG}email: other@tiny.org\n", "ann@cadence.com")):
        write_tree(tmp_path / folder, {"_config.yml": config, "_pages/about.md": _page("about", "/", home),
                                       "_pages/dates.md": dates})
        import_site(tmp_path / folder, tmp_path / f"{folder}-out")
        assert _edition(tmp_path / f"{folder}-out")["contact"] == contact


def test_a_program_column_beside_a_title_column_labels_the_rows(tmp_path: Path) -> None:
    """``| Time (IST) | Program | Speaker | Title |``: the Program cell labels a talk whose title is in the Title
    column; a row that fills only its Program cell is titled by it; a chair in brackets presides and gives no talk
    (kept in the row's notes); a slot of several speakers and no one title is named by its label."""
    body = ("| Time (IST) | Program | Speaker | Title |\n|---|---|---|---|\n"
            "| 13:35-13:45 | Introduction (Chair: Ann Lee) | | |\n"
            "| 13:45-14:10 | Invited talk I (Chair: Ann Lee) | [Bo Wu](https://bo.example.org) (ETH) | Deep Nets |\n"
            "| 14:10-14:40 | Break and poster session | | |\n"
            "| 14:40-15:10 | Contributed talks | • Cy Chen <br> • Dee Moss | • [Wide Nets](https://a.example.org) <br>"
            " • [Thin Nets](https://b.example.org) |\n"
            "| 15:10-15:40 | Discussion (Moderator: Eve Park) | | |\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "On **July 26, 2024**.\n"),
                                "_pages/program.md": _page("Program", "/program/", body, "nav: true\n")})
    rows = [(r["time"], r["title"], [s if isinstance(s, str) else s["name"] for s in r.get("speakers", [])],
             r.get("abstract")) for r in _edition(site)["schedule"]]  # fmt: skip
    assert rows == [
        ("13:35", "Introduction", [], "Chair: Ann Lee"),
        ("13:45", "Deep Nets", ["bo-wu"], "Chair: Ann Lee"),
        ("14:10", "Break and poster session", [], None),
        ("14:40", "Contributed talks", ["Cy Chen", "Dee Moss"], "• Wide Nets • Thin Nets"),
        ("15:10", "Discussion", ["Eve Park"], None)]  # fmt: skip


def test_the_dates_a_quote_lists_each_struck_out(tmp_path: Path) -> None:
    """``> ~~Submission deadline: 31st October 2022 (AoE)~~`` and more lines of a quote on the call page: dates."""
    call = ("# Call for Papers\n\n> ~~Submission deadline: 31st October 2022, Anywhere On Earth (AoE)~~\n>\n"
            "> ~~Reviewing period: 1st-14th November 2022~~\n>\n> ~~Decisions: 17th November 2022~~\n\nWe invite papers.\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/cfp.md": _page("Call", "/cfp/", call, "nav: true\n")})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2022)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Submission deadline", dt.date(2022, 10, 31)), ("Reviewing period", dt.date(2022, 11, 1)),
        ("Decisions", dt.date(2022, 11, 17))]  # fmt: skip


def test_a_linked_name_an_aside_in_brackets_then_a_bio_names_an_organizer(tmp_path: Path) -> None:
    """``<a href="...">Bo Wu</a> (also known as Bobo) is a team leader...`` under "Organizers", a photo above each:
    the aside in brackets does not keep the paragraph from naming its person."""
    body = ("# Organizers\n\n![image-left](/assets/images/ann.png){: .align-left style=\"width:120px;\"}\n"
            "<a href=\"https://ann.example.org/\">Ann Lee</a> is a postdoctoral fellow at MIT.\n\n"
            "![image-left](/assets/images/bo.png){: .align-left style=\"width:120px;\"}\n"
            "<a href=\"https://bo.example.org/\">Bo Wu</a> (also known as Bobo) is a team leader at ETH.\n")
    found = _found_people(tmp_path, {"_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "organizers"), ("Bo Wu", "organizers")]


def test_a_day_written_as_two_days_with_a_slash_is_no_day() -> None:
    """``July 26/27th``: one of two days, not the 26th; ``July 26, 2024`` is still read."""
    assert when.find_dates("The workshop will be held on July 26/27th at ICML.", 2024) == []
    assert [f.first for f in when.find_dates("The workshop will be held on July 26, 2024.", 2024)] == [
        dt.date(2024, 7, 26)]


def test_a_row_whose_title_links_to_a_keynotes_page_takes_no_kind_from_the_links_address() -> None:
    """``**Keynote 1**: [Title](/keynotes)`` (a Markdown link in a ``markdown="span"`` cell): the label is "Keynote
    1", the title the link's; "(/keynotes)" is the link's address, not a "(Keynotes)" label after the title."""
    assert program.split_label("**Keynote 1**: [Augmented Agile](/keynotes)") == (
        "Keynote 1", "[Augmented Agile](/keynotes)", None)
    assert program.split_label("Deep Nets (Keynote)") == ("Keynote", "Deep Nets", None)


def test_a_long_or_short_paper_label_before_the_title_is_the_rows_kind(tmp_path: Path) -> None:
    """``Long Paper: Title`` and ``Short Paper: Title`` in an HTML table's title cell, its authors in the next: a
    paper presented, its title without the label, which the row shows as written."""
    table = ('<table>\n<thead><tr><th>Time</th><th>Title</th><th>Speakers/Authors</th></tr></thead>\n<tbody>\n'
             '<tr><td>9:30-9:55</td><td markdown="span">Long Paper: Tiny Caches at Scale</td>'
             '<td>Ann Lee (MIT), Bo Wu (ETH)</td></tr>\n'
             '<tr><td>11:00-12:00</td><td markdown="span">**Keynote 1**: [Deep Nets](/keynotes)</td>'
             '<td>Cy Chen (CMU)</td></tr>\n'
             '<tr><td>12:00-12:15</td><td markdown="span">Short Paper: Small Kernels</td><td>Di Ma (UCL)</td></tr>\n'
             '</tbody>\n</table>\n')
    site = _scheduled(tmp_path, table)
    rows = [(r["time"], r["kind"], r["title"], r.get("label")) for r in _edition(site)["schedule"]]
    assert rows == [("9:30", "oral", "Tiny Caches at Scale", "Long Paper"), ("11:00", "keynote", "Deep Nets", None),
                    ("12:00", "oral", "Small Kernels", "Short Paper")]  # fmt: skip


def test_the_talks_of_a_site_that_lists_no_dates_are_invited_speakers_talks(tmp_path: Path) -> None:
    """No speakers page and no dates to submit by (no call for papers): the people the program names for its talks,
    keynotes and the other titled talks of one speaker, are the speakers, each a guess named; a site with a call
    keeps its unlabelled talks' people out of the speakers."""
    program = ("- 9:00 **Deep Nets** <br> *Ann Lee* (Keynote Talk)\n- 10:00 **Wide Nets** <br> *Bo Wu*\n"
               "- 10:30 Coffee break\n")
    home = "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"
    site = _imported(tmp_path / "a", {
        "_pages/about.md": _page("about", "/", home),
        "_pages/program.md": _page("Program", "/program/", program, "nav: true\n")})  # fmt: skip
    assert _edition(site)["speakers"] == ["ann-lee", "bo-wu"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Bo Wu: a speaker, read from the program (no page shows the speakers, a talk on a site that lists no " \
           "dates to submit papers by)" in report
    called = home + "\n## Dates\n\n- Submission deadline: May 1, 2026\n"
    site = _imported(tmp_path / "b", {
        "_pages/about.md": _page("about", "/", called),
        "_pages/program.md": _page("Program", "/program/", program, "nav: true\n")})  # fmt: skip
    assert _edition(site)["speakers"] == ["ann-lee"]


def test_a_bare_hour_between_two_rows_only_the_afternoon_continues_is_the_afternoon(tmp_path: Path) -> None:
    """``12:30``, ``1:00 Lunch break``, ``14:15`` (a 24-hour program, its lunch written on a 12-hour clock): the
    afternoon, 13:00, named as a guess; the morning rows stay in the morning."""
    program = ("- 8:30 Registration opens\n- 12:30 **Deep Nets** <br> *Ann Lee*\n- 1:00 Lunch break\n"
               "- 14:15 **Wide Nets** <br> *Bo Wu*\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"),
        "_pages/program.md": _page("Program", "/program/", program, "nav: true\n")})  # fmt: skip
    assert [r["time"] for r in _edition(site)["schedule"]] == ["8:30", "12:30", "13:00", "14:15"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "'1:00' read as 13:00: between the rows at 12:30 and 14:15, which only the afternoon continues" in report


def test_a_kind_after_a_speaker_line_misworded_is_still_the_rows_label() -> None:
    """``**Title**<br>*Ann Lee* (Keynote Note)``, a slip for "(Keynote Talk)": the words in brackets after the
    speaker's line say a talk's kind (a guess the import names), so they are the label, not part of her name; a
    bracket after a one-line title that says no kind stays in the title."""
    assert program.split_label("**Deep Nets**\n*Ann Lee* (Keynote Note)") == (
        "Keynote Note", "**Deep Nets**\n*Ann Lee*", None)
    assert program.split_label("Deep Nets (Part Two)") == (None, "Deep Nets (Part Two)", None)


def test_a_page_titled_for_the_workshop_takes_the_role_its_menu_entry_names(tmp_path: Path) -> None:
    """A page whose title is the workshop's (every page of a Minimal Mistakes site may share it) and whose entry
    in ``_data/navigation.yml`` reads "Keynote Speakers": the people its headings name (``## Dr. Ann Lee`` under her
    photo) are speakers, a guess named; a photo's file writes a name without its accents (``assuncao.jpg``)."""
    menu = "main:\n  - title: Home\n    url: /\n  - title: Keynote Speakers\n    url: keynotes\n"
    keynotes = ("<h2>Keynote 1</h2>\n\n![ann_lee](/assets/images/ann_lee.jpg)\n\n## Dr. Ann Lee\n\n"
                "**Title:** Deep Nets\n\nAnn Lee works on deep nets.\n\n<h2>Keynote 2</h2>\n\n"
                "![wesley_assuncao](/assets/images/wesley_assuncao.jpg)\n\n## Dr. Wesley Assunção\n\n"
                "**Title:** Wide Nets\n\nWesley Assunção works on wide nets.\n")
    site = _imported(tmp_path, {
        "_data/navigation.yml": menu,
        "_pages/about.md": _page("Tiny Workshop 2026", "/", "The workshop takes place on July 10, 2026.\n"),
        "_pages/keynotes.md": _page("Tiny Workshop 2026", "/keynotes", keynotes)})  # fmt: skip
    assert _edition(site)["speakers"] == ["ann-lee", "wesley-assuncao"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "_pages/keynotes.md:1: role 'speakers' read from the menu's name for the page 'Keynote Speakers'" in report


def test_a_speakers_name_run_on_with_an_affiliation_other_rows_bracket_is_split(tmp_path: Path) -> None:
    """``Ann Lee JP Morgan Chase, Bo Wu`` in a program whose other row writes ``Cy Chen (JP Morgan Chase)``: Ann Lee
    of JP Morgan Chase, a guess named; a name that only ends like a one-word affiliation stays whole."""
    table = ('<table>\n<thead><tr><th>Time</th><th>Title</th><th>Speakers/Authors</th></tr></thead>\n<tbody>\n'
             '<tr><td>9:30-9:55</td><td>Long Paper: Tiny Caches</td><td>Cy Chen (JP Morgan Chase), Di Ma (MIT)</td>'
             '</tr>\n<tr><td>10:00-10:25</td><td>Long Paper: Small Kernels</td>'
             '<td>Ann Lee JP Morgan Chase, Bo Wu , Ed Mit</td></tr>\n</tbody>\n</table>\n')
    site = _scheduled(tmp_path, table)
    row = _edition(site)["schedule"][1]
    assert row["speakers"] == [{"name": "Ann Lee", "affiliation": "JP Morgan Chase"}, {"name": "Bo Wu"},
                               {"name": "Ed Mit"}]  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "the program's 'Ann Lee JP Morgan Chase' read as Ann Lee of JP Morgan Chase" in report


def _html_table(html: str, invited: set[str]) -> program.Schedule:
    page = jekyll.JekyllPage("_pages/schedule.md", {}, html, 7, "/schedule/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, invited, out)
    return out


def test_a_buttons_label_is_no_text_of_the_page() -> None:
    """``<button onclick="toggle()">Show Abstract</button>``: a control that shows or hides what the page says, not
    part of what it says."""
    assert rich_html('<b>Kernels</b><br><button onclick="toggle(1)">Show Abstract</button><div>An abstract.</div>') \
        == "**Kernels**\nAn abstract."


def test_a_code_label_before_a_speaker_the_site_shows_names_the_talks_speaker() -> None:
    """``IT1: Ann Lee | <strong>Title:</strong> Kernels <br> <button>Show Abstract</button> <div>abstract</div>``: the
    event cell names a speaker the site shows after a code; the "Title:" line titles the talk, the rest is its
    abstract. A code before someone the site does not show stays the row's label."""
    html = """\
<table>
<tr><th>Time</th><th>Event</th><th>Additional Information</th></tr>
<tr><td>8:50 - 9:00 AM</td><td>Opening Remarks</td><td></td></tr>
<tr><td>9:00 - 9:30 AM</td><td>IT1: Ann Lee</td><td><strong>Title:</strong> Kernels <br>
<button onclick="toggleAbstract('a')">Show Abstract</button><div id="a" style="display:none;">
An abstract of the talk.</div></td></tr>
<tr><td>9:30 - 10:00 AM</td><td>IT2: Bo Wu</td><td><strong>Title:</strong> Wide Nets</td></tr>
<tr><td>10:00 - 10:30 AM</td><td>Coffee Break</td><td></td></tr>
<tr><td>10:30 - 11:00 AM</td><td>Q1: Cy Chen</td><td><strong>Title:</strong> Open Questions</td></tr>
<tr><td>11:00 - 12:00 PM</td><td>Poster Session</td><td></td></tr>
<tr><td>12:00 - 1:00 PM</td><td>Lunch</td><td></td></tr>
<tr><td>1:00 - 1:15 PM</td><td>Closing Remarks</td><td></td></tr>
</table>
"""
    out = _html_table(html, {"ann lee", "bo wu"})
    assert _flat(out)[1:3] == [("9:00AM", "talk", "Kernels", ["Ann Lee"]), ("9:30AM", "talk", "Wide Nets", ["Bo Wu"])]
    assert _flat(out)[4][2:] == ("Open Questions", [])
    first = out.entries[1]
    assert isinstance(first, program.Draft) and first.label == "IT1" and first.notes == ["An abstract of the talk."]


def test_a_cell_naming_a_moderator_then_panelists_gives_the_panel_its_people_and_a_12_am_end_is_noon() -> None:
    """``Panel Discussion | <strong>Moderator:</strong> Ann Lee. <strong>Panelists:</strong> Bo Wu, Cy Chen, and Di
    Ma.``: the people of the panel, titled by its label, the moderator only Ann Lee; ``11:15 - 12:00 AM`` ends at
    noon (midnight would be before the start)."""
    html = """\
<table>
<tr><th>Time</th><th>Event</th><th>Additional Information</th></tr>
<tr><td>10:00 - 11:15 AM</td><td>Poster Session</td><td></td></tr>
<tr><td>11:15 - 12:00 AM</td><td>Panel Discussion</td><td><strong>Moderator:</strong> Ann Lee.
<strong>Panelists:</strong> Bo Wu, Cy Chen, and Di Ma.</td></tr>
</table>
"""
    out = _html_table(html, set())
    assert _flat(out)[1] == ("11:15", "panel", "Panel Discussion", ["Ann Lee", "Bo Wu", "Cy Chen", "Di Ma"])
    panel = out.entries[1]
    assert isinstance(panel, program.Draft) and panel.moderators == {"Ann Lee"}
    assert panel.end is not None and panel.end.minutes == 12 * 60


def test_a_cell_listing_papers_by_number_is_a_session_of_their_talks() -> None:
    """``Contributed Talks 1 | Paper ID: 56 - "Isometry pursuit"<br>Paper ID: 37 - "GAMformer"``: the talks of the
    slot, each a paper, under the row's label."""
    out = _table("""\
| Time | Event | Papers |
| --- | --- | --- |
| 1:00 - 1:30 PM | Contributed Talks 1 | Paper ID: 56 - "Isometry pursuit"<br>Paper ID: 37 - "GAMformer" |
""")
    (session,) = out.entries
    assert isinstance(session, program.Session) and session.title == "Contributed Talks 1"
    assert [(i.kind, i.title) for i in session.items] == [("oral", "Isometry pursuit"), ("oral", "GAMformer")]


@pytest.mark.parametrize(("heading", "role"), [("Speakers and panelists", "speakers"),
                                                ("Invited Speakers & Panelists", "speakers"),
                                                ("Panelists and Speakers", "speakers"),
                                                ("Panel speakers", "panelists"), ("Panelists", "panelists")])
def test_a_heading_naming_speakers_and_panelists_is_the_speakers_group(heading: str, role: str) -> None:
    """"Speakers and panelists": one group, the speakers (who is on the panel its row in the program says); "Panel
    speakers" are panelists."""
    assert role_of(heading) == role


def test_a_date_in_other_words_on_the_day_another_was_moved_from_is_its_old_day(tmp_path: Path) -> None:
    """``Paper submission deadline: ~~March 21, 2025~~ April 4, 2025`` in the dates list, and a sentence of the call
    still saying ``Deadline for paper submission: March 21, 2025``: one date, moved; the sentence is reported."""
    home = ("## Important Dates\n\n- **Paper submission deadline:** ~~March 21, 2025~~ **April 4, 2025**\n"
            "- **Notification of acceptance:** May 05, 2025\n")
    call = "# Call\n\n**Deadline for paper submission:** March 21, 2025\n\nWe invite papers.\n"
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home),
                          "_pages/call.md": _page("Call", "/call/", call, "nav: true\n")})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.was.day if d.was else None) for d in found.dates] == [
        ("Paper submission deadline", dt.date(2025, 4, 4), dt.date(2025, 3, 21)),
        ("Notification of acceptance", dt.date(2025, 5, 5), None)]  # fmt: skip
    assert any("'Deadline for paper submission'" in n.what for n in found.notes)


def test_people_named_in_another_script_stay_apart(tmp_path: Path) -> None:
    """Speakers named only in Chinese: each is a person of their own (no plain spelling makes them all "person")."""
    home = """---\nlayout: default\n---\n<h2>Speakers</h2>
{% for item in site.data.speakers %}<div class="speaker-card"><h3>{{ item.name }}</h3>
<p class="speaker-affiliation">{{ item.affiliation }}</p></div>
{% endfor %}
"""
    speakers = "- name: 蔡静\n  affiliation: Harvard\n- name: 陈树铨\n  affiliation: Yale\n- name: Ann Lee\n  affiliation: MIT\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": home, "_data/speakers.yml": speakers})
    import_site(tmp_path / "src", tmp_path / "out")
    people = yaml.safe_load((tmp_path / "out/docs/_data/people.yml").read_text(encoding="utf-8"))
    assert [people[pid]["name"] for pid in _edition(tmp_path / "out")["speakers"]] == ["蔡静", "陈树铨", "Ann Lee"]
    assert slug("蔡静") != slug("陈树铨") and words("开幕式 (Opening)") == ["开幕式", "opening"]


def test_a_table_of_lengths_gives_rows_with_no_time_each_keeping_its_length(tmp_path: Path) -> None:
    """``| Duration | Event |`` whose lengths are all durations ("10 min:") on the schedule page: rows with no time,
    titled by their event, the length kept as each row's note; a guess named in the report."""
    table = ("| Duration | Event |\n| --- | --- |\n|10 min: | **Introduction** (team, history) |\n"
             "|60 min: | **Keynotes** (to be confirmed) |\n|120 min: | **Demo and Poster Session** |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On May 26, 2025."),
                                  "_pages/schedule.md": _page("Schedule", "/schedule/", table, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    schedule = _edition(tmp_path / "out")["schedule"]
    assert [(i.get("time"), i["title"], i.get("abstract")) for i in schedule] == [
        (None, "Introduction (team, history)", "10 min"), (None, "Keynotes (to be confirmed)", "60 min"),
        (None, "Demo and Poster Session", "120 min")]
    assert any(n.guess and "a program of lengths ('Duration | Event', 3 rows)" in n.what for n in notes)


def test_pr_before_a_name_is_a_title_not_part_of_the_name() -> None:
    """``Pr. Yokota Tomoyuki`` (a professor, as French and Japanese pages write it): the name is Yokota Tomoyuki."""
    assert bare_name("Pr. Yokota Tomoyuki") == "Yokota Tomoyuki"
    assert bare_name("Pratik Lee") == "Pratik Lee"


def test_the_quote_a_home_page_opens_with_names_the_editions_year_and_days(tmp_path: Path) -> None:
    """``> [UbiComp 2026 Workshop](...) - October 11-12, 2026 - Shanghai`` opening the home page, beside a page
    named for the 2025 edition and a call that still lists 2025's dates: the current edition is 2026, on those
    days (a guess named in the report)."""
    home = ("> [UbiComp/ISWC 2026 Workshop](https://ubicomp.org/) Proposal - October 11-12, 2026 - Shanghai\n\n"
            "Bringing researchers together.\n\n- Submission deadline: **June 27**\n")
    call = "### Important Dates\n* **7/3/25 AoE**: Submission Deadline\n* **7/17/25 AoE**: Decision Notification\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home),
                                  "_pages/cfp.md": _page("CFP", "/cfp/", call, "nav: true\n"),
                                  "_pages/UBICOMP25.md": _page("UBICOMP'25", "/ubicomp25/", "UbiComp Workshop, Espoo",
                                                               "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    editions = _editions(tmp_path / "out")
    assert sorted(editions) == ["2025", "2026"]
    assert editions["2026"]["date"] == [dt.date(2026, 10, 11), dt.date(2026, 10, 12)]
    assert any(n.guess and "read from 'UbiComp/ISWC 2026 Workshop Proposal" in n.what for n in notes)


def test_a_time_written_after_its_city_and_before_other_cities_times_is_that_citys(tmp_path: Path) -> None:
    """``北京09:00<br>(巴黎3:00, 纽约21:00)``: 09:00 in Beijing (Paris's and New York's times are the same moment),
    the zone Asia/Shanghai; a row with an empty time under a start alone follows it, with no time of its own."""
    program_page = """<h2>第 2 天 - 2025年06月14日</h2>
<table>
<tr><td>北京09:00<br>(巴黎3:00, 纽约21:00)</td><td>Semantic Decoding</td><td>蔡静</td></tr>
<tr><td></td><td>Emotion Regulation</td><td>陈树铨</td></tr>
<tr><td>北京13:30<br>(巴黎7:30, 纽约1:30)</td><td>Visual Learning</td><td>Ann Lee</td></tr>
</table>
"""
    home = """---\nlayout: default\n---\n<h2>Speakers</h2>
{% for item in site.data.speakers %}<div class="speaker-card"><h3>{{ item.name }}</h3>
<p class="speaker-affiliation">{{ item.affiliation }}</p></div>
{% endfor %}
"""
    speakers = "- name: 蔡静\n  affiliation: Harvard\n- name: 陈树铨\n  affiliation: Yale\n- name: Ann Lee\n  affiliation: MIT\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": home, "_data/speakers.yml": speakers,
                                  "_pages/program.md": _page("会议日程", "/program/", program_page, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    people = yaml.safe_load((tmp_path / "out/docs/_data/people.yml").read_text(encoding="utf-8"))
    assert [(i.get("time"), i["title"], [people[s]["name"] for s in i.get("speakers", [])])
            for i in edition["schedule"]] == [("09:00", "Semantic Decoding", ["蔡静"]),
                                              (None, "Emotion Regulation", ["陈树铨"]),
                                              ("13:30", "Visual Learning", ["Ann Lee"])]  # fmt: skip
    assert edition["date"] == dt.date(2025, 6, 14) and edition["timezone"] == "Asia/Shanghai"
    assert any(n.guess and n.what == "time '北京09:00 (巴黎3:00, 纽约21:00)' read as 09:00, the first time written, "
               "the clock of 北京" for n in notes)


def test_chinese_dates_a_days_all_day_row_and_the_labelled_day_of_a_program_of_several(tmp_path: Path) -> None:
    """A program of three days ("2025年06月13日"), the first and last a row whose time is "全天" (all day): rows with
    no time on their days; the home page's "会议日期：2025-06-14" is the workshop's day among them (a guess)."""
    day = "<h2>第 {n} 天 - 2025年06月{d}日</h2>\n<table>\n{rows}</table>\n"
    row = "<tr><td>{t}</td><td>{title}</td><td>{who}</td></tr>\n"
    talks = (row.format(t="09:00", title="Opening", who="") + row.format(t="09:30", title="Talk One", who="Ann Lee")
             + row.format(t="10:30", title="Talk Two", who="Bo Wu"))
    body = (day.format(n=1, d=13, rows=row.format(t="全天", title="到会", who="")) + day.format(n=2, d=14, rows=talks)
            + day.format(n=3, d=15, rows=row.format(t="全天", title="离会", who="")))
    home = _page("about", "/", "- **会议日期**：2025-06-14周六全天\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": home,
                                  "_pages/program.md": _page("Program", "/program/", body, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert [(str(i.get("day")), i.get("time"), i["title"]) for i in edition["schedule"]] == [
        ("2025-06-13", None, "到会"), ("2025-06-14", "09:00", "Opening"), ("2025-06-14", "09:30", "Talk One"),
        ("2025-06-14", "10:30", "Talk Two"), ("2025-06-15", None, "离会")]
    assert edition["date"] == dt.date(2025, 6, 14)
    assert any(n.guess and n.what.startswith("the workshop's day read from '会议日期：2025-06-14") for n in notes)


def test_a_cells_abstract_part_is_said_beside_its_title() -> None:
    """``<div class="abstract-toggle">Title</div><div class="abstract-container">Abstract</div>`` (no speaker column
    whose first line would be the title): the title is the cell's, the abstract (shown on a click) the row's note."""
    html = """<table>
<tr>
  <td>09:00</td>
  <td>

      <div class="abstract-toggle" data-target="abstract-1">
        Decoding the Meaning of Words in Humans
      </div>
      <div id="abstract-1" class="abstract-container">
        We decode words from neurons.
      </div>

  </td>
</tr>
<tr><td>09:30</td><td>Coffee Break</td></tr>
</table>"""
    out = _table(html)
    assert _flat(out)[0] == ("09:00", "talk", "Decoding the Meaning of Words in Humans", [])
    assert out.entries[0].notes == ["We decode words from neurons."]


def test_a_particle_written_onto_a_surname_is_part_of_the_name() -> None:
    """``Megan deBettencourt``, ``Jean d'Alembert``: a surname that opens with its particle in small letters is a
    name; a first word so written is not."""
    assert looks_like_name("Megan deBettencourt")
    assert looks_like_name("Jean d'Alembert")
    assert not looks_like_name("deBettencourt Megan")


def test_a_name_the_brackets_give_again_with_the_surname_is_the_persons_whole_name() -> None:
    """``**Yu Ying Chiu (Kelly Chiu)**, MIT``: the brackets hold the name she goes by (her surname again), part of her
    name; ``Ann Lee (Google DeepMind)`` is where Ann Lee works."""
    assert people_in("**Yu Ying Chiu (Kelly Chiu)**") == [PersonText("Yu Ying Chiu (Kelly Chiu)")]
    assert people_in("**Yu Ying Chiu (Kelly Chiu)**, MIT") == [PersonText("Yu Ying Chiu (Kelly Chiu)", "MIT")]
    assert people_in("Ann Lee (Google DeepMind)") == [PersonText("Ann Lee", "Google DeepMind")]


def test_people_a_list_names_each_over_contact_lines_are_the_people(tmp_path: Path) -> None:
    """``* **Ann Lee**, MIT`` over ``* Contact: ...`` and ``* Website: ...``: each item names its person, the lines
    under it say how to reach them (not a list of people under a topic)."""
    body = ("## Organizing Committee\n\n### Core Organizing Committee\n"
            "*   **Ann Lee**, MIT\n    *   Contact: `ann@mit.edu`\n    *   Website: [ann.org](https://ann.org/)\n"
            "*   **Bo Wu**, ETH Zurich\n    *   Contact: `bo@ethz.ch`\n    *   Website: [bo.org](https://bo.org/)\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [("Ann Lee", "organizers", "MIT"),
                                                                      ("Bo Wu", "organizers", "ETH Zurich")]


def test_a_list_with_no_heading_on_a_page_titled_for_a_role_and_a_status_after_each_name(tmp_path: Path) -> None:
    """A page titled "Invited Speakers" whose only list is ``* **Ann Lee** (MIT) [Status: Confirmed]``: its people
    are speakers (read from the title, a guess named in the report); the status in square brackets is no part of
    where they work."""
    body = ("We have contacted the following speakers.\n\n*   **Ann Lee** (MIT) [Status: Confirmed]\n"
            "    *   Professor. Works on kernels.\n*   **Bo Wu** (ETH) [Status: Tentative - Invited]\n"
            "    *   Researcher. Works on nets.\n")
    found = _found_people(tmp_path, {"_pages/speakers.md": _page("Invited Speakers", "/speakers/", body,
                                                                 "nav: true\n")})  # fmt: skip
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [("Ann Lee", "speakers", "MIT"),
                                                                      ("Bo Wu", "speakers", "ETH")]
    assert [n.what for n in found.notes if n.guess] == ["role 'speakers' read from the page's title 'Invited Speakers'"]


def test_a_city_inside_a_persons_name_is_no_city(tmp_path: Path) -> None:
    """``**Sydney Levine**, Google DeepMind & NYU`` in the organizers' list: Sydney is her name, not where the
    workshop is."""
    home = ("On **July 26, 2024**.\n\n## Organizers\n\n*   **Ann Lee**, MIT\n"
            "    *   Website: [ann.org](https://ann.org/)\n*   **Sydney Levine**, Google DeepMind & NYU\n"
            "    *   Website: [syd.org](https://syd.org/)\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert not (_edition(dest).get("location") or {}).get("city")


def test_the_day_said_with_the_conference_the_workshop_is_held_with(tmp_path: Path) -> None:
    """``In conjunction with NeurIPS 22: December 2, 2022.``: the year ends a sentence (the edition's year, not that
    of a paper cited after it), and the one day named with the conference is the workshop's (a guess);
    "co-located with ICML, July 21-27, 2024", the conference's week, is not."""
    home = ("<p>\nIn conjunction with NeurIPS 22: December 2, 2022. Hybrid in-person and virtual.\n</p>\n\n"
            "Attention has been studied for long (Lee et al., 2020).\n")
    dest = _imported(tmp_path / "one", {"_pages/about.md": _page("about", "/", home)})
    assert _edition(dest)["date"] == dt.date(2022, 12, 2)
    week = "Co-located with ICML 2024, July 21-27, 2024.\n"
    assert "date" not in _edition(_imported(tmp_path / "week", {"_pages/about.md": _page("about", "/", week)}))


def test_a_row_whose_time_cell_stacks_the_times_of_its_talks() -> None:
    """``9:00 AM - 11:00 AM<br>9:00 AM - 9:05 AM<br>...`` beside ``Talks Session I<br>Workshop Intro<br>Ann Lee``:
    a row each time, each beside the line at its height, the last taking the lines left (a list of talks: a
    session of them); ``Panel<br>Panelists: Ann Lee, Bo Wu`` is a panel titled by its first line, of those
    people."""
    html = """<table>
  <thead><tr><th>Time in CST</th><th>Event</th></tr></thead>
  <tbody>
    <tr><td>9:00 AM - 11:00 AM<br /><span>9:00 AM - 9:05 AM</span><br /><span>9:05 AM - 9:25 AM</span>
      <br /><span>9:25 AM - 11:00 AM</span></td>
      <td>Talks Session I<br /><span>Workshop Intro</span><br /><span>Ann Lee</span>
      <br /><span>Spotlight Talks: <ul><li>Wide Nets</li><li>Deep Nets</li></ul></span></td></tr>
    <tr><td>11:00 AM - 12:00 PM</td><td>In-Person Panel Discussion<br /><span>Panelists: Ann Lee, Bo Wu</span></td></tr>
  </tbody>
</table>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, html, 7, "/schedule/")
    out = schedule.find_schedule([page], {"ann lee"}, 2022)
    assert [(e.title, e.time.text if e.time else None) for e in out.entries if isinstance(e, program.Session)] == [
        ("Spotlight Talks:", "9:25AM")]
    assert _flat(out) == [
        ("9:00AM", "talk", "Talks Session I", []),
        ("9:00AM", "talk", "Workshop Intro", []),
        ("9:05AM", "talk", None, ["Ann Lee"]),
        (None, "spotlight", "Wide Nets", []),
        (None, "spotlight", "Deep Nets", []),
        ("11:00AM", "panel", "In-Person Panel Discussion", ["Ann Lee", "Bo Wu"]),
    ]  # fmt: skip


def test_a_card_title_written_as_a_list_item_with_an_honorific_names_the_person(tmp_path: Path) -> None:
    """``<h1 class="postcard__title">- Prof. Ann Lee</h1>`` in a card under "## Panelists": Ann Lee, a panelist; the
    dash and the honorific are not her name."""
    card = ('<section class="light">\n<article class="postcard light blue">\n'
            '<img class="postcard__img" src="assets/images/{0}.jpg" alt="Prof. {1}" />\n'
            '<div class="postcard__text">\n<h1 class="postcard__title blue">- Prof. {1}</h1>\n'
            '<div class="postcard__subtitle small">{1} is a professor at MIT.</div>\n</div>\n</article>\n</section>\n')
    body = "## Panelists\n\n" + card.format("lee", "Ann Lee") + "\n" + card.format("wu", "Bo Wu")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "Welcome."),
                                     "_pages/program.md": _page("Program", "/program/", body, "nav: true\n")})
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "panelists"), ("Bo Wu", "panelists")]


def test_a_row_of_a_program_of_lengths_naming_only_its_kind_is_a_slot_of_its_own(tmp_path: Path) -> None:
    """``| Activity | Duration |`` with "| Keynote | 30 min |" over "| Presentation of the contributions | 60 min |",
    no clock time: each row its own slot, the keynote's row not titled by the row under it."""
    table = ("| **Activity** | **Duration** |\n|---|---|\n| Welcome and Opening | 10 min |\n| Keynote | 30 min |\n"
             "| Presentation of the contributions | 60 min |\n| Coffee break | 20 min |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On May 26, 2025."),
                                  "_pages/program.md": _page("Program", "/program/", table, "nav: true\n")})
    import_site(tmp_path / "src", tmp_path / "out")
    schedule = _edition(tmp_path / "out")["schedule"]
    assert [(r.get("time"), r["title"], r.get("abstract")) for r in schedule] == [
        (None, "Welcome and Opening", "10 min"), (None, "Keynote", "30 min"),
        (None, "Presentation of the contributions", "60 min"), (None, "Coffee break", "20 min")]  # fmt: skip


def test_a_program_of_bare_headings_with_no_clock_time_is_rows_with_no_time(tmp_path: Path) -> None:
    """``## Tentative Schedule`` over ``### Introduction``, ``### Keynote Speaker - TBD``, ``### Break``, nothing
    under them, on the schedule page: rows with no time in the page's order, titled as written; reported."""
    body = "# Final Schedule TBD.\n\n## Tentative Schedule\n\n### Introduction\n### Keynote Speaker - TBD\n### Break\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "On May 26, 2025."),
                                  "_pages/schedule.md": _page("Schedule", "/schedule/", body, "nav: true\n")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    schedule = _edition(tmp_path / "out")["schedule"]
    assert [(r.get("time"), r["kind"], r["title"]) for r in schedule] == [
        (None, "remarks", "Introduction"), (None, "keynote", "Keynote Speaker - TBD"), (None, "break", "Break")]
    assert any(n.guess and n.what.startswith("a program of 3 headings with no clock time") for n in notes)


def test_headings_each_a_linked_name_and_where_they_work_are_people(tmp_path: Path) -> None:
    """``#### [Ann Lee](), MIT - Cambridge, MA USA``, one heading a person, on the Organizers page: organizers, the
    empty link's words the name, the rest where they work."""
    body = "#### [Ann Lee](), MIT - Cambridge, MA USA\n#### [Bo Wu](https://bo.org), ETH Zürich - Zürich\n"
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "Welcome."),
                                     "_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT - Cambridge, MA USA", None),
        ("Bo Wu", "organizers", "ETH Zürich - Zürich", "https://bo.org")]  # fmt: skip


@pytest.mark.parametrize("text", ["Workshop Date: TBD October 11*12, 2026", "Workshop: October 11—12, 2026",
                                  "Bridge: **October 11+12, 2026**"])
def test_two_days_joined_by_an_em_dash_a_plus_or_a_lone_asterisk_are_a_range(text: str) -> None:
    """``October 11*12, 2026`` (a dash a Markdown editor typed as an asterisk), ``October 11—12, 2026``, ``October
    11+12, 2026``: both days."""
    assert [(f.first, f.last) for f in when.find_dates(text, 2026)] == [(dt.date(2026, 10, 11), dt.date(2026, 10, 12))]


def test_pages_whose_titles_name_an_edition_and_its_year_are_past_editions(tmp_path: Path) -> None:
    """``title: AVI 2024 - 1st Edition`` at /first-edition, ``title: RO-MAN 2025 - 2nd Edition`` at /second-edition,
    a home page whose subtitle names 2026: three editions, the 2026 one current, each with its own speakers."""
    speaker = "## Keynote Speakers\n\n<div class=\"speaker-card\"><img src=\"{0}.jpg\"><h3>{1}</h3></div>\n"
    files = {"_pages/about.md": _page("about", "/", speaker.format("lee", "Ann Lee"),
                                      "subtitle: ICSR 2026, July 3, 2026 / London\n"),
             "_pages/first-edition.md": _page("AVI 2024 - 1st Edition", "/first-edition/",
                                              speaker.format("wu", "Bo Wu"), "nav: true\n"),
             "_pages/second-edition.md": _page("RO-MAN 2025 - 2nd Edition", "/second-edition/",
                                               speaker.format("li", "Cy Li"), "nav: true\n")}  # fmt: skip
    site = _imported(tmp_path, files)
    editions = _editions(site)
    assert sorted(editions) == ["2024", "2025", "2026"]
    names = {pid: p["name"] for pid, p in yaml.safe_load((site / "docs/_data/people.yml").read_text()).items()}
    speakers = {e: [names[s] if isinstance(s, str) else s["name"] for s in d.get("speakers") or []]
                for e, d in editions.items()}  # fmt: skip
    assert speakers == {"2024": ["Bo Wu"], "2025": ["Cy Li"], "2026": ["Ann Lee"]}


def test_a_card_line_as_long_as_a_paragraph_is_the_bio_not_the_affiliation(tmp_path: Path) -> None:
    """A card's line under the name that runs to a paragraph ("Ann Lee is a professor ... " over 200 characters) is
    her bio; the short line is where she works."""
    bio = "Ann Lee is an Assistant Professor of Robotics at MIT, where she leads a lab on social robots. " * 3
    card = (f'<div class="speaker-card"><img src="lee.jpg"><h3>Ann Lee</h3><p>Professor @ MIT</p><p>{bio}</p></div>'
            '\n<div class="speaker-card"><img src="wu.jpg"><h3>Bo Wu</h3><p>ETH Zürich</p></div>\n')
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "Welcome."),
                                     "_pages/speakers.md": _page("Speakers", "/speakers/", card, "nav: true\n")})
    assert [(p.name, p.affiliation, (p.bio or "")[:20]) for p in found.people] == [
        ("Ann Lee", "Professor @ MIT", "Ann Lee is an Assist"), ("Bo Wu", "ETH Zürich", "")]


# -- programs as timed headings, presenters, times with dots, the afternoon, bylines --


def _program(body: str) -> program.Schedule:
    """The schedule find_schedule reads from one program page of ``body``."""
    page = jekyll.JekyllPage("_pages/program.md", {"title": "Programme"}, body, 7, "/program/")
    return schedule.find_schedule([page], set(), 2024)


def test_a_program_of_timed_headings_is_read_row_for_row() -> None:
    """``### <span>09:15-10:00 AM —</span> Keynote 1, by Ann Lee``: each heading that opens with a time is a row;
    the abstract under one stays the page's."""
    out = _program("# Programme\n\n### <span style=\"color:grey\">09:00-09:15 AM —</span> Opening remarks\n"
                   "### <span style=\"color:grey\">09:15-10:00 AM —</span> Keynote 1, by Ann Lee\n\n"
                   "<b>Abstract:</b> Words.\n\n### <span style=\"color:grey\">10:00-10:30 AM —</span> Coffee break\n")
    assert [(t, title, who) for t, _, title, who in _flat(out)] == [
        ("09:00AM", "Opening remarks", []), ("09:15AM", None, ["Ann Lee"]), ("10:00AM", "Coffee break", [])]


def test_the_untimed_talks_listed_under_a_timed_heading_are_its_session() -> None:
    """``### 11:45-12:30 — Spotlight presentations`` over a list of papers with no time of their own: one session
    at the heading's time, the talks in it untimed, as written."""
    out = _program("### 09:00-09:15 — Opening\n### 11:45-12:30 — Spotlight presentations\n\n"
                   "- **[Paper One](https://aclanthology.org/1.pdf)**<br>\nBo Wu\n\n"
                   "- **[Paper Two](https://aclanthology.org/2.pdf)**<br>\nCy Li\n\n### 12:30-13:30 — Lunch break\n")
    session = out.entries[1]
    assert isinstance(session, program.Session)
    assert (session.title, session.time.text if session.time else None) == ("Spotlight presentations", "11:45")
    assert [(i.time, i.title, [p.name for p in i.speakers]) for i in session.items] == [
        (None, "Paper One", ["Bo Wu"]), (None, "Paper Two", ["Cy Li"])]


def test_a_list_items_time_inside_the_bold_of_its_title() -> None:
    """``- **10:00-10:15 — [Title](url)**``: the item's time, though the bold of its title opens before it."""
    out = _program("### 09:00-09:15 — Opening\n### 10:00-10:30 — Orals\n\n"
                   "- **10:00-10:15 — [Talk One](https://x.org/1.pdf)**<br>\nBo Wu\n\n"
                   "- **10:15-10:30 — [Talk Two](https://x.org/2.pdf)**<br>\nCy Li\n\n### 10:30-11:00 — Break\n")
    assert [(t, title) for t, _, title, _ in _flat(out) if title and title.startswith("Talk")] == [
        ("10:00", "Talk One"), ("10:15", "Talk Two")]


def test_rows_written_pm_one_after_another_in_the_morning_are_the_morning() -> None:
    """``10:00-10:15 PM``, ``10:15-10:30 PM`` between rows at 10:00 AM and 10:30 AM: both the morning,
    mistyped; a guess named for each."""
    out = _table("| Time | Event |\n|---|---|\n| 9:00-10:00 AM | Opening |\n| 10:00-10:15 PM | Talk One |\n"
                 "| 10:15-10:30 PM | Talk Two |\n| 10:30-11:00 AM | Break |\n")
    clock_slips.morning_slips(out.entries, out.notes)
    assert [t for t, _, _, _ in _flat(out)] == ["9:00AM", "10:00AM", "10:15AM", "10:30AM"]
    assert sum("written PM between the rows at 9:00AM and 10:30AM" in n.what for n in out.notes if n.guess) == 2


def test_a_talks_authors_marking_its_presenter_name_that_one_as_its_speaker() -> None:
    """``Ann Lee (presenter), Bo Wu, Cy Li``: Ann Lee speaks; the author line is kept as the row's note."""
    out = _program("| Time | Talk | Authors |\n|---|---|---|\n| 09:00 | Opening | |\n"
                   "| 09:10 | Paper One | Ann Lee (presenter), Bo Wu, Cy Li |\n| 09:30 | Paper Two | Dan Ho, Eve Ma |\n")
    assert [(title, who) for _, _, title, who in _flat(out)][1:] == [
        ("Paper One", ["Ann Lee"]), ("Paper Two", ["Dan Ho", "Eve Ma"])]
    assert "Authors: Ann Lee (presenter), Bo Wu, Cy Li" in out.entries[1].notes


def test_a_range_of_times_written_with_dots_is_a_clock_range() -> None:
    """``2.30-2.35``: hours and minutes with a dot between, both ends; a lone ``2.30`` says no clock by itself."""
    read = when.time_range("2.30-2.35")
    assert read is not None and read[1] is not None
    assert (read[0].hour, read[0].minute, read[1].hour, read[1].minute) == (2, 30, 2, 35)
    assert when.time_range("2.30") is None


def test_a_program_that_would_start_in_the_small_hours_is_the_afternoon() -> None:
    """``2.30-2.35`` to ``5.45-6.00``, no am/pm, in order: the afternoon (14:30 to 17:45), a guess named."""
    out = _program("| Time | Title | Speaker |\n|---|---|---|\n| 2.30-2.35 | Welcome | Ann Lee |\n"
                   "| 2.35-3.10 | Talk One | Bo Wu |\n| 3.10-4.00 | Talk Two | Cy Li |\n| 5.45-6.00 | Posters | |\n")
    assert [t for t, _, _, _ in _flat(out)] == ["14:30", "14:35", "15:10", "17:45"]
    assert any(n.guess and "read as the afternoon" in n.what for n in out.notes)


def test_a_morning_program_written_without_am_pm_stays_the_morning() -> None:
    out = _program("| Time | Title |\n|---|---|\n| 9.00-9.30 | Welcome |\n| 9.30-10.10 | Talk One |\n"
                   "| 10.10-11.00 | Talk Two |\n")
    assert [t for t, _, _, _ in _flat(out)] == ["9:00", "9:30", "10:10"]


def test_an_untimed_row_giving_its_own_length_is_no_talk_of_the_slot_above() -> None:
    """``| 3.30-4.00 | Talk One | Ann Lee | 7 minutes |`` then ``| | Talk Two | Bo Wu | 7 minutes |``: the second
    talk says its own length, not the slot's: it has no time, as written."""
    out = _table("| Time | Title | Author(s) | Duration |\n|---|---|---|---|\n| 15:00-15:30 | Talk Zero | Dan Ho | "
                 "20 minutes |\n| 15:30-16:00 | Talk One | Ann Lee | 7 minutes |\n| | Talk Two | Bo Wu | 7 minutes |\n")
    assert [(t, title) for t, _, title, _ in _flat(out)] == [
        ("15:00", "Talk Zero"), ("15:30", "Talk One"), (None, "Talk Two")]


def test_a_break_written_in_the_time_column_is_an_untimed_break() -> None:
    """``<td>Coffee Break</td><td colspan="3"></td>``: a break with no time, not a heading over the rows."""
    out = _table("| Time | Title | Speaker |\n|---|---|---|\n| 15:00-15:30 | Talk One | Ann Lee |\n"
                 "| Coffee Break | | |\n| 16:00-16:30 | Talk Two | Bo Wu |\n")
    assert [(t, kind, title) for t, kind, title, _ in _flat(out)] == [
        ("15:00", "talk", "Talk One"), (None, "break", "Coffee Break"), ("16:00", "talk", "Talk Two")]


def test_a_link_to_the_domain_the_cname_file_names_is_a_link_to_the_sites_own_page(tmp_path: Path) -> None:
    """``CNAME``: ``tiny.org``; the home page links ``https://tiny.org/workshop_programme``: that page is reached
    (and the link goes to its new place)."""
    site = _imported(tmp_path, {
        "CNAME": "tiny.org\n",
        "_pages/about.md": _page("about", "/", "See [the programme](https://tiny.org/workshop_programme)."),
        "_pages/programme.md": _page("Workshop programme", "/workshop_programme/", "| Time | Event |\n|---|---|\n"
                                     "| 09:00 | Opening |\n| 09:10 | Talk One |\n| 10:00 | Break |\n")})  # fmt: skip
    assert [i["title"] for i in _edition(site)["schedule"]] == ["Opening", "Talk One", "Break"]
    assert "https://tiny.org" not in (site / "docs/index.md").read_text(encoding="utf-8")


def test_the_authors_of_a_distill_page_titled_tutorial_are_its_speakers(tmp_path: Path) -> None:
    """al-folio's distill layout shows ``authors:`` as the byline: on a page titled "Tutorial" they give it, read
    as speakers (a guess named), and the byline stays on the new page."""
    tutorial = ("---\nlayout: distill\ntitle: Tutorial\npermalink: /tutorial/\nnav: true\nauthors:\n"
                "  - name: Ann Lee\n    affiliations:\n      name: MIT\n  - name: Bo Wu\n---\n\nThe tutorial.\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "Hello."),
                                  "_pages/tutorial.md": tutorial})  # fmt: skip
    notes = import_site(tmp_path / "src", tmp_path / "site")
    people_file = yaml.safe_load((tmp_path / "site/docs/_data/people.yml").read_text(encoding="utf-8"))
    names = {pid: p["name"] for pid, p in people_file.items()}
    assert [names[r] for r in _edition(tmp_path / "site")["speakers"]] == ["Ann Lee", "Bo Wu"]
    assert "*Ann Lee (MIT), Bo Wu*" in (tmp_path / "site/docs/tutorial.md").read_text(encoding="utf-8")
    assert any(n.guess and "role 'speakers' read from the page's title 'Tutorial'" in n.what for n in notes)


# -- plain GitHub Pages themes (minima, cayman): timed headings, tables without rules, places and labels --


def test_a_place_a_known_city_opens_with_a_particle_after_takes_its_countrys_zone(tmp_path: Path) -> None:
    """"Santiago de Compostela, Spain" is not Santiago de Chile: a place whose name goes on past a city known by its
    first word ("Santiago| de Compostela") is another place, in the zone of the country written after it."""
    home = ("**Santiago de Compostela, Spain, ECAI 2024, Room D08**\n\nOn **October 20, 2024**.\n\n"
            "| Time | Event |\n|---|---|\n| 9:00 | Opening |\n| 9:10 | Talk |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    edition = _edition(tmp_path / "out")
    assert (edition["timezone"], edition["location"]["city"]) == ("Europe/Madrid", "Santiago de Compostela")
    report = (tmp_path / "out/MIGRATION.md").read_text(encoding="utf-8")
    assert "wrote Europe/Madrid, the zone of Santiago de Compostela" in report


def test_two_clocks_a_space_apart_are_a_rows_start_and_end(tmp_path: Path) -> None:
    """``| 13:45 14:00 | Opening |``: two clock times with only a space between are the row's start and end, in a
    table written without the rule under its header."""
    program = ("Please note that all provided slots are in Greenwich Mean Time+2 (GMT+2).\n\n"
               "| **Time (GMT+2)** | **Event** |\n"
               '| <span style="font-family: monospace;">13:45 14:00</span> | Opening welcome speech. |\n'
               '| <span style="font-family: monospace;">14:00 14:30</span> | Keynote 1: [Ann Lee](/speakers#ann-lee). '
               "<br /> **Title: Small models for everyone**|\n"
               '| <span style="font-family: monospace;">14:30 15:00</span> | Break. |\n')
    edition = _edition(_scheduled(tmp_path, program))
    rows = [(r["time"], r["end"], r["kind"], r["title"], r.get("speakers")) for r in edition["schedule"]]
    assert rows == [("13:45", "14:00", "remarks", "Opening welcome speech.", None),
                    ("14:00", "14:30", "keynote", "Small models for everyone", ["ann-lee"]),
                    ("14:30", "15:00", "break", "Break.", None)]  # fmt: skip
    assert edition["timezone"] == "Etc/GMT-2"
    assert when.time_range("9:00 10:00am") is None  # a space between a clock and one of another form: no range


def test_a_markdown_table_cell_naming_someone_then_a_line_break_holds_her_affiliation(tmp_path: Path) -> None:
    """``|[Ann Lee](url)<br />MIT|`` under a row of photos: the name, then where she works, in one cell."""
    about = ("# Organisers\n\n|<img src=\"/ann.jpg\" alt=\"Ann Lee\" width=\"190\"/>|<img src=\"/bo.jpg\" alt=\"Bo\"/>|\n"
             "|[Ann Lee](https://ann.example.org)<br />MILA Montreal|[Bo Chen Wu](https://bo.example.org)<br />"
             "Polytechnique Montreal|\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "organizers", "MILA Montreal", "https://ann.example.org"),
        ("Bo Chen Wu", "organizers", "Polytechnique Montreal", "https://bo.example.org")]  # fmt: skip


_TIMED_HEADINGS = """## Conference Timetable

### 9:00-9:10 Opening Remarks

### 9:10-9:40 Keynote by Ann Lee
**Small models for everyone**

### 9:40-10:30 Session 1: Tiny Methods
- **9:40-10:00** Pruning tiny nets at initialization
- **10:00-10:20** Sparse tiny nets for the edge
- **10:20-10:30** Quantized tiny nets in practice

### 10:30-11:00 Coffee Break

### 11:00-12:00 Session 2: Tiny Applications
- **11:00-11:30** Featured Presentation by Bo Chen:
**Tiny models in the wild**
- **11:30-11:40** Tracing Footprints: tiny nets that remember
- **11:40-11:50** Tiny nets for weather forecasts
- **11:50-12:00** Industry Talk by Cy Li:
**Tiny nets in production**

### 12:00-12:10 Closing Remarks
"""


def _timed_rows(tmp_path: Path) -> tuple[list[tuple[Any, ...]], str]:
    site = _scheduled(tmp_path, _TIMED_HEADINGS)
    rows = [(r["time"], r.get("end"), r["kind"], r.get("title"), r.get("speakers"), r.get("label"))
            for r in _edition(site)["schedule"]]  # fmt: skip
    return rows, (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_timed_headings_hold_the_timed_talks_listed_under_them(tmp_path: Path) -> None:
    """``### 9:40-10:30 Session 1`` over ``- **9:40-10:00** Title`` items: the headings are the program, each a row,
    and the lists under them their talks at their own times (the bold holding the time alone leaves no mark)."""
    rows, _ = _timed_rows(tmp_path)
    assert [r[:4] for r in rows if r[0] in ("9:00", "9:40", "10:00", "10:20", "10:30", "12:00")] == [
        ("9:00", "9:10", "remarks", "Opening Remarks"), ("9:40", "10:30", "talk", "Session 1: Tiny Methods"),
        ("9:40", "10:00", "talk", "Pruning tiny nets at initialization"), ("10:00", "10:20", "talk", "Sparse tiny nets for the edge"),
        ("10:20", "10:30", "talk", "Quantized tiny nets in practice"), ("10:30", "11:00", "break", "Coffee Break"),
        ("12:00", "12:10", "remarks", "Closing Remarks")]  # fmt: skip


def test_a_bold_line_under_a_timed_heading_titles_its_talk(tmp_path: Path) -> None:
    """``### 9:10-9:40 Keynote by Ann Lee`` over ``**Small models for everyone**``: Ann Lee's keynote, so titled."""
    rows, _ = _timed_rows(tmp_path)
    assert ("9:10", "9:40", "keynote", "Small models for everyone", ["ann-lee"], None) in rows


def test_a_talks_label_by_someone_names_the_speaker_and_the_line_under_it_the_title(tmp_path: Path) -> None:
    """``Industry Talk by Cy Li:`` over ``**Title**``: a talk's label naming its speaker, the title on the line
    under it."""
    rows, _ = _timed_rows(tmp_path)
    assert ("11:50", "12:00", "talk", "Tiny nets in production", ["cy-li"], "Industry Talk") in rows


def test_a_featured_talk_is_an_invited_talk(tmp_path: Path) -> None:
    """``Featured Presentation by Bo Chen:``: the talk of someone the workshop invited (no page shows the speakers,
    so he is one, a guess reported)."""
    rows, report = _timed_rows(tmp_path)
    assert ("11:00", "11:30", "invited", "Tiny models in the wild", ["bo-chen"], "Featured Presentation") in rows
    assert "Bo Chen: a speaker, read from the program" in report


def test_the_one_name_like_opening_among_titles_naming_no_one_opens_a_title(tmp_path: Path) -> None:
    """``Tracing Footprints: tiny nets that remember`` reads like "Ann Lee: Title", but no other talk of the program
    names anyone: it is a title (a guess, reported)."""
    rows, report = _timed_rows(tmp_path)
    assert ("11:30", "11:40", "talk", "Tracing Footprints: tiny nets that remember", None, None) in rows
    assert "'Tracing Footprints' read as the start of the title, not as a speaker" in report


_NAMES_IN_CELLS = """|From|To||
|--|--|--|
|09:00|09:30| Ann Lee: Tiny Nets from the Air |
|09:30|10:00| Spotlight Talks of Accepted Papers |
|10:00|10:30| Short Abstract Flash Presentations |
|10:30|11:00| Bo Wu |
|11:00|11:30| Oral Session on Tiny Nets |
|11:30|12:00| Cy Li |
"""


def test_a_name_before_a_colon_is_a_speaker_where_the_table_names_its_speakers_in_their_cells(tmp_path: Path) -> None:
    """``Ann Lee: Tiny Nets from the Air`` among titles naming no one, but beside rows whose cell is a name alone
    (``| 10:30 | 11:00 | Bo Wu |``): that table names its speakers, so Ann Lee gives the talk so titled."""
    site = _scheduled(tmp_path, _NAMES_IN_CELLS)
    rows = [(r["time"], r.get("title"), r.get("speakers")) for r in _edition(site)["schedule"]]
    assert ("09:00", "Tiny Nets from the Air", ["ann-lee"]) in rows
    assert "read as the start of the title" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_name_before_a_colon_is_a_speaker_when_the_site_shows_that_speaker(tmp_path: Path) -> None:
    """``Ann Lee: Tiny Nets from the Air``, the one name of a table of titles naming no one, is still Ann Lee's
    talk when the site shows her among its speakers."""
    program = "\n".join(line for line in _NAMES_IN_CELLS.splitlines() if "Bo Wu" not in line and "Cy Li" not in line)
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"
                                 "\n## Speakers\n\n- Ann Lee (MIT)\n- Dan Ross (ETH Zurich)\n"),
        "_pages/schedule.md": _page("Schedule", "/schedule/", program + "\n", "nav: true\n")})  # fmt: skip
    rows = [(r["time"], r.get("title"), r.get("speakers")) for r in _edition(site)["schedule"]]
    assert ("09:00", "Tiny Nets from the Air", ["ann-lee"]) in rows


def test_an_ampersand_joins_no_one_to_where_they_work(tmp_path: Path) -> None:
    """``Competition Intro & Spotlight Talks of Winning Entries``: two words like a name, then words like a place of
    work, but joined by an ampersand, which joins two of a kind: a title, no one's talk."""
    assert people_in("Competition Intro & Spotlight Talks of Winning Entries") == []
    assert people_in("Ann Lee, Tsinghua University") == [PersonText("Ann Lee", "Tsinghua University")]
    assert [p.name for p in people_in("Ann Lee & Bo Wu")] == ["Ann Lee", "Bo Wu"]
    site = _scheduled(tmp_path, "|From|To||\n|--|--|--|\n|09:00|09:30| Opening |\n"
                      "|09:30|10:00| Competition Intro & Spotlight Talks of Winning Entries |\n")
    rows = [(r["time"], r.get("title"), r.get("speakers")) for r in _edition(site)["schedule"]]
    assert ("09:30", "Competition Intro & Spotlight Talks of Winning Entries", None) in rows


def test_a_position_under_a_name_heading_in_underscored_italics_is_kept_without_its_marks(tmp_path: Path) -> None:
    """``### Ann Lee`` over ``_Centre of Mathematics, University of Minho_``: where she works, not its marks."""
    about = ("## Organizers\n\n### Ann Lee\n_Centre of Mathematics, University of Minho, Portugal_  \n"
             "Ann works on tiny models.\n\n### Bo Wu\n_Helmut-Schmidt-University, Germany_  \nBo works on tiny nets.\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.affiliation) for p in found.people] == [
        ("Ann Lee", "Centre of Mathematics, University of Minho, Portugal"),
        ("Bo Wu", "Helmut-Schmidt-University, Germany")]  # fmt: skip


def test_an_html_element_opening_a_list_item_keeps_the_lines_up_to_its_closing_tag_in_the_item() -> None:
    """``* <div> Abstract: ...`` under a timed item, its words going on unindented to ``</div>``: kramdown reads on
    to the closing tag, so the list is one (its rows all read), not three lists of too few times each."""
    out = _program("* **9:00-9:05** Welcome and opening remarks\n"
                   "* **9:05-10:00** Invited talk 1: **Deep Nets** by **Ann Lee** (MIT)\n"
                   "  * <div style=\"text-align: justify;\"> Abstract: Words about deep nets.\n"
                   "More words about them. </div>\n"
                   "* **10:00-10:30** Coffee Break\n* **17:00-17:30** Wrap-up discussion\n")
    assert [(t, title) for t, _, title, _ in _flat(out)] == [
        ("9:00", "Welcome and opening remarks"), ("9:05", "Deep Nets"), ("10:00", "Coffee Break"),
        ("17:00", "Wrap-up discussion")]  # fmt: skip


def test_a_bold_title_by_people_with_their_places_in_brackets_and_links_after_them() -> None:
    """``Invited talk 1: **Title** by **Ann Lee** (University of Oulu, Finland) [(slides)](a.pdf)``, ``Paper 1:
    **Title** by Bo Wu, Cy Li and Di Ma``: the title in bold, then its speakers, whatever commas their places hold;
    "Paper 1" and "Extended abstract 2" are labels, not words of the title."""
    out = _program("* **9:05-10:00** Invited talk 1: **Deep Nets** by **Ann Lee** (University of Oulu, Finland) "
                   "[(slides)](./AnnLee.pdf)\n"
                   "* **10:00-10:30** Paper 1: **Tiny Models** by Bo Wu, Cy Li and Di Ma\n"
                   "* **10:30-11:00** Extended abstract 2: **Small Data** by Eve Ma\n")
    assert [(title, who) for _, _, title, who in _flat(out)] == [
        ("Deep Nets", ["Ann Lee"]), ("Tiny Models", ["Bo Wu", "Cy Li", "Di Ma"]), ("Small Data", ["Eve Ma"])]
    assert out.entries[0].speakers[0].affiliation == "University of Oulu, Finland"


def test_headings_naming_a_weekday_and_a_time_are_rows_on_that_day_of_the_workshop(tmp_path: Path) -> None:
    """``##### Plenary Monday 9:00 - 10:00`` over the talk (speaker line, ``**Title**:``), ``#### Oral Session Mon-AM
    (Monday 10:30 - 12:30) - Graph filters`` over its papers: rows at those times, titled by the heading's other
    words (a bare label takes the talk under it); each weekday the workshop's day that falls on it, a guess named."""
    program = ("#### Plenary Talks\n\n##### Plenary Monday 9:00 - 10:00\n"
               "[**Ann Lee**](https://ann.org), TU Delft\n\n**Title**: Tiny Nets\n\n**Abstract**: Words.\n\n"
               "##### Plenary Tuesday 9:00 - 10:00\n**Bo Wu**, MIT\n\n**Title**: Small Data\n\n"
               "#### Oral Sessions\n\n#### Oral Session Mon-AM (Monday 10:30 - 12:30) - Graph filters\n"
               "+ Paper one.\nCy Li (MIT).\n\n"
               "#### Poster Session Tue (Tuesday 13:00-14h00 & 15h00-16h00) - Euler\n+ Paper two.\nDi Ma (MIT).\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The workshop will be held **June 24-25, 2024** in Delft.\n"),
        "_pages/schedule.md": _page("Program", "/schedule/", program, "nav: true\n")})  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    rows = [(str(r.get("day")), r["time"], r.get("title"), [people[s]["name"] if isinstance(s, str) else s["name"]
             for s in r.get("speakers") or []]) for r in _edition(site)["schedule"]]  # fmt: skip
    assert rows == [
        ("2024-06-24", "9:00", "Tiny Nets", ["Ann Lee"]),
        ("2024-06-24", "10:30", "Oral Session Mon-AM - Graph filters", []),
        ("2024-06-25", "9:00", "Small Data", ["Bo Wu"]),
        ("2024-06-25", "13:00", "Poster Session Tue - Euler", [])]  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "'Monday' read as 2024-06-24, the workshop's Monday" in report



WEEK_GRID = """\
<table class="table">
  <thead><tr><th></th><th>Monday</th><th>Tuesday</th></tr></thead>
  <tbody>
    <tr><td> 9:00 – 9:30 </td>
        <td markdown="span" rowspan="2"> **Talk** <br> Ann Lee </td>
        <td markdown="span" rowspan="3"> **Workshop** <br> Bo Wu & Cy Li </td></tr>
    <tr><td> 9:30 – 10:00 </td></tr>
    <tr><td> 10:00 – 10:15 </td><td markdown="span"> **Break** </td></tr>
    <tr><td> 10:15 – 10:45 </td><td> &nbsp; </td><td markdown="span"> **Lunch** </td></tr>
  </tbody>
</table>
"""


def test_a_week_grid_reads_each_column_as_its_day_and_each_cell_from_its_row_to_its_span(tmp_path: Path) -> None:
    """One HTML grid for the week: the weekdays are the columns, the half-hour slots the rows, each event a cell
    spanning its slots with ``rowspan``: each cell a row on its column's day (the workshop's day falling on that
    weekday), starting at its row's slot and ending where its span ends; empty cells and covered slots are nothing."""
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The school takes place from 17th to 18th of August 2026.\n"),
        "_pages/program.md": _page("Program", "/program/", WEEK_GRID, "nav: true\n")})  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    rows = [(str(r.get("day")), r["time"], r.get("end"), r.get("title") or r.get("label"),
             [people[s]["name"] if isinstance(s, str) else s["name"] for s in r.get("speakers") or []])
            for r in _edition(site)["schedule"]]  # fmt: skip
    assert [(d, t, e, s) for d, t, e, _, s in rows] == [
        ("2026-08-17", "9:00", "10:00", ["Ann Lee"]),
        ("2026-08-17", "10:00", "10:15", []),
        ("2026-08-18", "9:00", "10:15", ["Bo Wu", "Cy Li"]),
        ("2026-08-18", "10:15", "10:45", [])]  # fmt: skip
    assert [t for *_, t, _ in rows][1:] == ["Break", "Workshop", "Lunch"]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "'Monday' read as 2026-08-17, the workshop's Monday" in report

PROGRAM_CARDS = """\
<div class="program-container">
  <div class="program-item">
    <div class="program-time"><span>09:00 - 09:50</span></div>
    <div class="program-content"><div class="keynote-session">
      <h3 class="session-title">Keynote: Small models everywhere</h3>
      <div class="keynote-header"><div class="keynote-speaker-info">
        <div class="speaker-photo"><img src="ann.jpg" alt="Dr. Ann Lee"></div>
        <div class="speaker-details"><h4>Dr. Ann Lee</h4><p class="speaker-title">MIT</p></div>
      </div></div>
    </div></div>
  </div>
  <div class="program-item">
    <div class="program-time"><span>09:50 - 10:30</span></div>
    <div class="program-content"><div class="technical-session">
      <h3 class="session-title">Technical Session 1: Tiny Nets</h3>
      <div class="papers-list">
        <a href="https://doi.org/1" class="paper-item"><h4 class="paper-title">Tiny nets learn fast</h4>
          <p class="paper-authors">Bo Wu, Cy Chen (ETH)</p></a>
        <a href="https://doi.org/2" class="paper-item"><h4 class="paper-title">Small data, large claims</h4>
          <p class="paper-authors">Dee Park (MIT)</p></a>
      </div>
    </div></div>
  </div>
  <div class="program-item">
    <div class="program-time"><span>10:30 - 11:15</span></div>
    <div class="program-content"><div class="panel-session">
      <h3 class="session-title">Panel Discussion: Where next?</h3>
      <div class="panel-speakers">
        <div class="panel-speaker"><div class="panel-speaker-info"><h4>Prof. Eli Ross</h4>
          <p class="panel-speaker-affiliation">Oxford &amp; <br> DeepMind</p></div></div>
        <div class="panel-speaker"><div class="panel-speaker-info"><h4>Dr. Fay Lin</h4>
          <p class="panel-speaker-affiliation">KTH</p></div></div>
      </div>
    </div></div>
  </div>
</div>
"""


def _card_rows(root: Path) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
    """The rows (session rows, then their talks) and the people of an import of PROGRAM_CARDS."""
    site = _scheduled(root, PROGRAM_CARDS)
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    rows: list[tuple[Any, ...]] = []
    for entry in _edition(site)["schedule"]:
        if "session" in entry:
            rows.append((str(entry.get("time")), "session", entry["session"], []))
        for item in entry.get("items", [] if "session" in entry else [entry]):
            rows.append((str(item.get("time")), item.get("kind"), item.get("title"),
                         [people[s]["name"] if isinstance(s, str) else s.get("name") or people[s["id"]]["name"]
                          for s in item.get("speakers", [])]))  # fmt: skip
    return rows, people


def test_a_heading_in_a_part_classed_as_one_speakers_names_them_and_the_rest_says_where_they_work(
        tmp_path: Path) -> None:  # fmt: skip
    """``<div class="speaker-details"><h4>Dr. Ann Lee</h4><p class="speaker-title">MIT</p>``, and a panel's
    ``panel-speaker-info`` parts: each names one speaker of its row, whose affiliation is what else it says; the
    "speaker-title" is hers, not the talk's title."""
    rows, people = _card_rows(tmp_path)
    assert ("09:00", "keynote", "Small models everywhere", ["Ann Lee"]) in rows
    assert ("10:30", "panel", "Where next?", ["Eli Ross", "Fay Lin"]) in rows
    affiliations = {p["name"]: p.get("affiliation") for p in people.values()}
    assert (affiliations["Ann Lee"], affiliations["Eli Ross"]) == ("MIT", "Oxford & DeepMind")


def test_a_row_titled_over_pairs_of_title_and_authors_parts_is_a_session_of_those_papers(tmp_path: Path) -> None:
    """``<h3 class="session-title">`` over ``<h4 class="paper-title">`` / ``<p class="paper-authors">`` pairs: a
    session, its papers its talks with their authors, none of them a speaker of the session's row."""
    rows, _ = _card_rows(tmp_path)
    assert rows[1:4] == [("09:50", "session", "Technical Session 1: Tiny Nets", []),
                         ("None", "talk", "Tiny nets learn fast", ["Bo Wu", "Cy Chen"]),
                         ("None", "talk", "Small data, large claims", ["Dee Park"])]  # fmt: skip


def test_a_heading_naming_a_date_over_a_paragraph_saying_only_that_date_is_that_date(tmp_path: Path) -> None:
    """``<h4>Paper Submission</h4><p><del>May 29</del> June 3, 2025 (23:59:59 AoE) [hard]</p>`` under no dates
    heading: the date (moved from May 29; the seconds of its time not the data's); a heading that names no date, or
    a paragraph that says more than a date, is not one."""
    page = """---\nlayout: page\ntitle: Home\npermalink: /\n---\n<div class="dates-section">
  <div class="date-item"><h4>Paper Submission</h4>
    <p><del>May 29<sup>th</sup>, 2025</del> June 3<sup>rd</sup>, 2025 (23:59:59 AoE) <span>[hard]</span></p></div>
  <div class="date-item"><h4>Camera Ready</h4><p>July 23<sup>nd</sup>, 2025</p></div>
  <div class="date-item"><h4>Invited Talks</h4><p>June 4, 2025</p></div>
  <div class="date-item"><h4>Workshop Format</h4><p>June 5 talks will be recorded.</p></div>
</div>
"""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2025)
    assert [(d.name, d.at.day, d.at.time, d.was and d.was.day) for d in found.dates] == [
        ("Paper Submission", dt.date(2025, 6, 3), "23:59", dt.date(2025, 5, 29)),
        ("Camera Ready", dt.date(2025, 7, 23), None, None)]  # fmt: skip


DAY_PARTS = """\
<table>
  <tr><td colspan="2"><strong>Day 1: Thursday, November 5</strong></td></tr>
  <tr><td>Morning</td><td>Welcome; Invited Talk I; Spotlights.</td></tr>
  <tr><td>Afternoon</td><td>Paper Session; working groups.</td></tr>
  <tr><td colspan="2"><strong>Day 2: Friday, November 6</strong></td></tr>
  <tr><td>Morning</td><td>Invited Talk II; closing discussion.</td></tr>
</table>
"""


def test_a_table_of_parts_of_days_under_rows_naming_the_days_is_a_program_without_times(tmp_path: Path) -> None:
    """``| Morning | Welcome; Invited Talk I |`` under a row of one cell ``Day 1: Thursday, November 5``, and no clock
    time on the page: each part of a day a row with no time on its day, labelled by the part; reported."""
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop runs November 5-6, 2026.\n"),
        "_pages/schedule.md": _page("Schedule", "/schedule/", DAY_PARTS, "nav: true\n")})  # fmt: skip
    rows = [(r.get("time"), r.get("label"), r.get("title"), r.get("day")) for r in _edition(site)["schedule"]]
    assert rows == [(None, "Morning", "Welcome; Invited Talk I; Spotlights.", dt.date(2026, 11, 5)),
                    (None, "Afternoon", "Paper Session; working groups.", dt.date(2026, 11, 5)),
                    (None, "Morning", "Invited Talk II; closing discussion.", dt.date(2026, 11, 6))]  # fmt: skip
    assert "a program by parts of days (3 rows such as 'Morning')" in (site / "MIGRATION.md").read_text()


# -- a minimal-mistakes program: a caption row over wider rows, session rows, titles broken onto a second line --

_ZONED_PROGRAM = (
    "| **July 10th, 2026** |\n| :---: |\n| **Time (GMT +8)** | **Speaker** | **Organization** | **Title** |\n"
    "| :---: |\n|  |**Session One:**| |\n| --- | --- | --- | --- |\n| 09:00 - 09:05 | | | Welcome |\n"
    "| 09:05 - 09:50 | [Ann Lee](/speakers/lee) | MIT | Kernels for All |\n"
    "| 09:50 - 10:30 | Bo Wu | ETH | Emergent Motion Synergies <br/> Derived from the Momentum Principle |\n"
    "| 10:30 - 11:10 | Cy Chen | CMU | The three laws of robots under forces: <br/> estimation and rejection |\n"
    "| 11:10 - 11:20 | Di Xu | EPFL | Teaser Session: [Intentionally Impacting Deformable Material](/papers/one.pdf)\n"
    " |\n| |**Session Two:**| |\n| 11:20 - 12:00 | Ed Kim | KAIST | Wide Networks <br/> University of Tokyo |\n")


def test_a_table_whose_rows_hold_more_cells_than_its_header_is_read_as_kramdown_shows_it(tmp_path: Path) -> None:
    """``| **July 10th, 2026** |`` over rows of four cells: Markdown-it keeps one column, kramdown (Jekyll's reader)
    shows every cell; the rows are read as kramdown shows them, under the row naming the columns."""
    dest = _scheduled(tmp_path, _ZONED_PROGRAM)
    schedule = _edition(dest)["schedule"]
    assert [(r["time"], r.get("speakers")) for r in schedule[:2]] == [("09:00", None), ("09:05", ["ann-lee"])]
    assert schedule[1]["title"] == "Kernels for All"
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "the table's first row 'July 10th, 2026' is over the row naming its columns" in report


def test_a_title_broken_onto_a_second_line_beside_a_speaker_column_goes_on_there(tmp_path: Path) -> None:
    """Beside a column of speakers, ``Emergent Motion Synergies <br/> Derived from the Momentum Principle`` and
    ``... under forces: <br/> estimation and rejection`` are one title each (a guess, named); a line naming where
    someone works (``University of Tokyo``) stays out of the title."""
    dest = _scheduled(tmp_path, _ZONED_PROGRAM)
    titles = {r["time"]: (r.get("title"), r.get("abstract")) for r in _edition(dest)["schedule"]}
    assert titles["09:50"][0] == "Emergent Motion Synergies Derived from the Momentum Principle"
    assert titles["10:30"][0] == "The three laws of robots under forces: estimation and rejection"
    assert titles["11:20"] == ("Wide Networks", "University of Tokyo Organization: KAIST")
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert ("schedule row 'Emergent Motion Synergies Derived from the Momentum Principle': the title read across the "
            "line break in its cell") in report
    said = ("| Time | Speaker | Title |\n|---|---|---|\n"
            "| 09:00 - 09:10 | Organizers | Opening Remarks <br/> Opening Remarks by the Workshop Organizers |\n"
            "| 09:10 - 10:00 | Ann Lee | Kernels for All <br/> with the Program Committee |\n")
    rows = _edition(_scheduled(tmp_path / "said", said))["schedule"]
    assert [r["title"] for r in rows] == ["Opening Remarks", "Kernels for All"]


def test_a_teaser_label_before_a_linked_title_is_a_spotlight_talk_not_a_session(tmp_path: Path) -> None:
    """``Teaser Session: [Title](/papers/one.pdf)`` beside its presenter: a spotlight talk of that title, not a
    session opening over the rows after it."""
    schedule = _edition(_scheduled(tmp_path, _ZONED_PROGRAM))["schedule"]
    teaser = next(r for r in schedule if r.get("time") == "11:10")
    assert (teaser["kind"], teaser.get("label"), teaser["title"], teaser["speakers"]) == (
        "spotlight", "Teaser Session", "Intentionally Impacting Deformable Material", [{"name": "Di Xu"}])
    assert not any("session" in r for r in schedule)


def test_a_bold_session_row_without_a_time_is_a_heading_left_out_and_named(tmp_path: Path) -> None:
    """``| |**Session Two:**| |``, a row with no time whose only words name a session in bold: a heading over the
    rows under it, named in MIGRATION.md, not a talk titled "Session Two:"."""
    dest = _scheduled(tmp_path, _ZONED_PROGRAM)
    assert not any("Session" in (r.get("title") or "") for r in _edition(dest)["schedule"])
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "schedule row 'Session Two:': a heading over the rows under it, not a row: left out" in report


def test_a_program_page_repeating_another_at_other_times_is_read_once(tmp_path: Path) -> None:
    """The program in Beijing time, and linked from it the same program in CEST: the talks are read once, from
    the first page; the other page keeps its table as written, and MIGRATION.md says so."""
    table = ("| Time | Speaker | Title |\n|---|---|---|\n| {0}:00 - {0}:40 | Ann Lee | Kernels for All |\n"
             "| {0}:40 - {1}:20 | Bo Wu | Wide Networks |\n| {1}:20 - {1}:50 | Cy Chen | Deep Priors |\n")
    program = "In [CEST](/program-cest/).\n\n" + table.format("09", "10")
    dest = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"),
        "_pages/program.md": _page("Program", "/program/", program, "nav: true\n"),
        "_pages/program_cest.md": _page("Program", "/program-cest/", table.format("03", "04"))})  # fmt: skip
    schedule = _edition(dest)["schedule"]
    assert [(r["time"], r["title"]) for r in schedule] == [
        ("09:00", "Kernels for All"), ("09:40", "Wide Networks"), ("10:20", "Deep Priors")]
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert ("_pages/program_cest.md:1: the program of _pages/program.md again, at other times (in another time "
            "zone): not read a second time") in report


def test_a_professor_title_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    """``[Professor Ann KhAN](url)`` in a table of organizers: Ann KhAN, without the title that precedes her name."""
    body = ("| Organizers | |\n| :---: | :---: |\n| <img src=\"/a.jpg\"/> | <img src=\"/b.jpg\"/> |\n"
            "[Bo WU](https://bo.example.org) | [Professor Ann KhAN](https://ann.example.org) |\n")
    found = _found_people(tmp_path, {"_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.role) for p in found.people] == [("Bo WU", "organizers"), ("Ann KhAN", "organizers")]


def test_a_bold_name_then_a_sentence_about_them_is_a_person_with_that_bio(tmp_path: Path) -> None:
    """On a page titled "Organizers", paragraphs opening with a name in bold and a sentence about them (``**Ann
    Lee**, (main contact) is a postdoc at MIT.``, ``**Bo Wu** is a professor at ETH.``): an organizer each, the
    sentence their bio, no part of it their affiliation."""
    body = ("**Ann Lee**, (main contact) is a postdoctoral researcher at MIT. Her research is on vehicles.\n\n"
            "**Bo Wu** is a professor at ETH Zurich. His research is on cyclists, pedestrians and their safety.\n")
    found = _found_people(tmp_path, {"_pages/organizers.md": _page("Organizers", "/organizers/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation, p.bio) for p in found.people] == [
        ("Ann Lee", "organizers", None,
         "Ann Lee, (main contact) is a postdoctoral researcher at MIT. Her research is on vehicles."),
        ("Bo Wu", "organizers", None,
         "Bo Wu is a professor at ETH Zurich. His research is on cyclists, pedestrians and their safety.")]


def test_headings_naming_a_weekday_and_whole_hours_then_a_zone_are_rows_at_those_hours(tmp_path: Path) -> None:
    """``## Monday, 10-11 CEST -- "Get Inspired"``: whole hours with a dash between, then a zone (or "pm"), are the
    row's start and end, the zone the rows' (not the title's words), the title its quoted words; "Monday 5-9 June"
    (no zone, no half of the day) is no row."""
    program = ('## Monday, 10-11 CEST -- "Get Inspired"\n\nVideos and talks.\n\n'
               '## Monday, 14-15 CEST -- "Identify Challenges"\n\nGroups.\n\n'
               "## Tuesday 2-3 pm Prototypes\n\nBuilding.\n\n## Tuesday 5-9 June\n\nNothing.\n")
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The workshop will be held **June 22-23, 2026** in Delft.\n"),
        "_pages/schedule.md": _page("Schedule", "/schedule/", program, "nav: true\n")})  # fmt: skip
    edition = _edition(site)
    rows = [(str(r.get("day")), r["time"], r.get("end"), r.get("title")) for r in edition["schedule"]]
    assert rows == [("2026-06-22", "10:00", "11:00", "Get Inspired"),
                    ("2026-06-22", "14:00", "15:00", "Identify Challenges"),
                    ("2026-06-23", "2:00pm", "3:00pm", "Prototypes")]  # fmt: skip
    assert edition["timezone_label"] == "CEST"


def test_a_sidebar_of_the_front_matter_is_on_the_page_and_its_dates_are_read(tmp_path: Path) -> None:
    """``sidebar: [{title: Deadlines}, {text: "<ul><li><b>Submissions</b>:<br/> August 6th.</li>..."}]`` (what
    minimal-mistakes shows beside the page): its title and text are carried to the page, and its dates read, their
    year the workshop's."""
    extra = ('sidebar:\n- title: "Deadlines"\n- text: "<ul><li><b>Submissions</b>:<br/> <del>July 2nd</del> August 6th.'
             '</li>\n        <li><b>Notifications</b>:<br/>August 14th</li></ul>"\n')
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"),
        "_pages/call.md": _page("Participate", "/call/", "Send us your papers.\n", f"nav: true\n{extra}")})
    dates = [(d["name"], str(d["at"])) for d in _edition(site)["dates"]]
    assert dates == [("Submissions", "2026-08-06"), ("Notifications", "2026-08-14")]
    page = (site / "docs/call.md").read_text(encoding="utf-8")
    assert "### Deadlines" in page and "August 14th" in page



def test_the_menu_of_a_theme_outside_the_repository_lists_every_titled_page(tmp_path: Path) -> None:
    """``remote_theme: mmistakes/minimal-mistakes`` and no layout, menu file or ``nav`` of the site's own: the
    menu is the theme's, unread, so each page with a title is read as in it (and the report says so), not as a page
    no visitor reaches whose people the data would not take."""
    write_tree(tmp_path, {"_config.yml": f"{CONFIG}remote_theme: mmistakes/minimal-mistakes@4.27.3\n",
                          "index.md": "---\ntitle: Home\n---\nWelcome.\n",
                          "_pages/organizers.md": "---\npermalink: /Organizers/\ntitle: Organizers\n---\n"
                                                  "**Ann Lee** is a professor at MIT.\n"})  # fmt: skip
    site = jekyll.read_site(tmp_path)
    shown, hidden = reach.reachable(site)
    assert [p.url for p in shown] == ["/", "/Organizers/"] and hidden == []
    assert any("writes the menu from outside the repository" in n.what for n in site.notes)
    write_tree(tmp_path, {"_data/navigation.yml": "main:\n  - title: Home\n    url: /\n"})
    assert [p.url for p in reach.reachable(jekyll.read_site(tmp_path))[1]] == ["/Organizers/"]


def test_a_zone_after_a_timed_headings_time_is_the_programs_not_the_titles() -> None:
    """``## 09:00 CEST -- Welcome``: the zone written right after a heading's time is the program's, the title
    what follows the dashes."""
    out = _program("## 09:00 CEST -- Welcome\nHello.\n\n## 10:30 CEST -- Coffee Break\n\n"
                   "## 15:00 CEST -- Wrap-Up and Next Steps\nBye.\n")
    assert [(t, title) for t, _, title, _ in _flat(out)] == [
        ("09:00", "Welcome"), ("10:30", "Coffee Break"), ("15:00", "Wrap-Up and Next Steps")]
    assert any("CEST" in text for text, _ in out.zone_texts)


def test_untimed_talk_headings_under_a_timed_heading_are_its_session() -> None:
    """``### [Ann Lee](orcid) -- Title`` under ``## 09:30 -- Inspiration``, each over its abstract: the talks of that
    block, untimed in its session; a list of sentences under a block says what it is and holds no talk."""
    out = _program("## 09:00 -- Welcome\n\n* We will collect what people expect from the workshop.\n"
                   "* Everyone will introduce themselves and their focus of work.\n\n"
                   "## 09:30 -- Inspiration\nAn inspiring session.\n\n"
                   "### [Ann Lee](https://orcid.org/0000-0002-1), [Bo Wu](https://orcid.org/0000-0002-2) -- How Tiny "
                   "Agents Redefine Level 5 Autonomy\n\nIn this talk we explain.\n\n"
                   "### Cy Li -- Is automation making traffic more exclusive?\n\nWords.\n\n"
                   "## 10:30 -- Coffee Break\n\n## After the workshop\nDinner.\n")
    assert [(t, title, who) for t, _, title, who in _flat(out)] == [
        ("09:00", "Welcome", []), (None, "Inspiration", []),
        (None, "How Tiny Agents Redefine Level 5 Autonomy", ["Ann Lee", "Bo Wu"]),
        (None, "Is automation making traffic more exclusive?", ["Cy Li"]), ("10:30", "Coffee Break", [])]
    session = out.entries[1]
    assert isinstance(session, program.Session) and session.title == "Inspiration"
    assert session.time is not None and session.time.text == "09:30"


def test_names_then_a_title_across_a_dash_when_the_title_is_no_name() -> None:
    """``Ann Lee, Bo Wu -- How Tiny Agents Redefine Autonomy``: people's names on one side of a dash, on the other a
    title no one reads as a name; ``Ann Lee - Small Models`` says not which side is whom, and ``Wrap Up - Sponsors
    Talk and Award Ceremony`` is one item's two parts (its second names a kind of item)."""
    talk = program.who_and_title("[Ann Lee](https://orcid.org/1), Bo Wu -- How Tiny Agents Redefine Level 5 Autonomy")
    assert (talk.title, [p.name for p in talk.people]) == ("How Tiny Agents Redefine Level 5 Autonomy",
                                                           ["Ann Lee", "Bo Wu"])  # fmt: skip
    talk = program.who_and_title("Walking in their shoes: Using simulators - Cy Li")
    assert (talk.title, [p.name for p in talk.people]) == ("Walking in their shoes: Using simulators", ["Cy Li"])
    assert program.who_and_title("Ann Lee - Small Models").people == []
    assert program.who_and_title("Wrap Up - Sponsors Talk and Award Ceremony").people == []


def test_a_table_restating_a_program_of_timed_headings_is_not_read_over_them() -> None:
    """A ``Time | Topic`` table of the blocks (a sidebar's) and the same program again as timed headings with the
    talks under them: the headings are read, the table is not read as a second program."""
    out = _program("## 09:00 -- Welcome\n\n## 09:30 -- Inspiration\n\n### Ann Lee -- How Tiny Agents Redefine "
                   "Level 5 Autonomy\n\n## 10:30 -- Coffee Break\n\n## 11:00 -- Wrap-Up\n\n### Schedule\n\n"
                   "<table><tr><th>Time</th><th>Topic</th></tr><tr><td>09:00</td><td>Opening</td></tr>"
                   "<tr><td>09:30</td><td>Inspiration I</td></tr><tr><td>10:30</td><td>Break</td></tr>"
                   "<tr><td>11:00</td><td>Wrap-Up</td></tr><tr><td>11:30</td><td>End.</td></tr></table>\n")
    titles = [title for _, _, title, _ in _flat(out)]
    assert titles == ["Welcome", "Inspiration", "How Tiny Agents Redefine Level 5 Autonomy", "Coffee Break",
                      "Wrap-Up"]  # fmt: skip


def test_an_extended_deadline_label_over_the_deadlines_own_label_moves_it() -> None:
    """``Submissions: June 10th`` then ``Extended Deadline: Submissions: June 28th``: one date, Submissions, moved
    to the 28th (the first label says only that it moved)."""
    page = "<ul><li><s>Submissions:<br/> June 10th</s></li>\n<li><s><strong>Extended Deadline:<br/>Submissions:<br/> " \
           "June 28th</strong></s></li>\n<li>Notifications:<br/> July 8th</li></ul>\n"
    found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2025)
    assert [(d.name, d.at.day, d.was and d.was.day) for d in found.dates] == [
        ("Submissions", dt.date(2025, 6, 28), dt.date(2025, 6, 10)), ("Notifications", dt.date(2025, 7, 8), None)]

# -- a conference's program table of days, sessions and their papers --

_DAYS_PROGRAM = """<table>
  <tr><td colspan="4">22 SEP 2025</td></tr>
  <tr><td>Afternoon</td><td colspan="3">Welcome reception</td></tr>
  <tr><td colspan="4">23 SEP 2025</td></tr>
  <tr><td>09:20 - 09:30</td><td colspan="2">Opening</td><td>Ann Lee (MIT), Bo Wu (ETH)</td></tr>
  <tr><td rowspan="4">09:30 - 10:30</td><td colspan="2">Physics for Science</td><td>Chair: Cy Chen</td></tr>
  <tr><td>Paper ID</td><td>Author Names</td><td>Paper Title</td></tr>
  <tr><td>12</td><td>Dan Roe (TU/e)*; Eve Fox (SURF)</td><td>Crystals at Mesoscopic Scale</td></tr>
  <tr><td>47</td><td>Fay Lin (TU/e)*</td><td>Graphs for Cosmology</td></tr>
  <tr><td>10:30 - 11:00</td><td colspan="3">Coffee Break</td></tr>
  <tr><td colspan="4">24 SEP 2025</td></tr>
  <tr><td>12:00 - 13:00</td><td>Keynote</td><td>Gus Hale</td><td><a href="/speakers/gus/">Auto-continual learning</a></td></tr>
  <tr><td>13:00 - 14:30</td><td colspan="3">Lunch Break</td></tr>
</table>
"""


def _rows_of(schedule: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Each row's day, time, title and speakers (names and ids alike as ids)."""
    return [(r.get("day"), r.get("time"), r.get("title"),
             [slug(s if isinstance(s, str) else s.get("name")) for s in r.get("speakers") or []]) for r in schedule]


def test_a_row_naming_one_day_alone_gives_the_rows_under_it_that_day(tmp_path: Path) -> None:
    """``<tr><td colspan="4">23 SEP 2025</td></tr>``: a row whose only words are a day heads the rows under it, each
    of that day, and is no row of its own."""
    schedule = _edition(_scheduled(tmp_path, _DAYS_PROGRAM))["schedule"]
    days = {r.get("title"): r.get("day") for r in schedule}
    assert days["Welcome reception"] == dt.date(2025, 9, 22)
    assert days["Coffee Break"] == dt.date(2025, 9, 23)
    assert days["Lunch Break"] == dt.date(2025, 9, 24)
    assert not any("SEP" in (r.get("title") or "") for r in schedule)


def test_a_row_naming_the_columns_of_the_papers_under_a_slot_reads_them_by_those_names(tmp_path: Path) -> None:
    """``| | Paper ID | Author Names | Paper Title |`` under a session's slot: no talk of its own; the rows under it
    are talks whose title and authors sit in the columns it names, the ids reported as not carried over."""
    dest = _scheduled(tmp_path, _DAYS_PROGRAM)
    rows = _rows_of(_edition(dest)["schedule"])
    assert (dt.date(2025, 9, 23), None, "Crystals at Mesoscopic Scale", ["dan-roe", "eve-fox"]) in rows
    assert (dt.date(2025, 9, 23), None, "Graphs for Cosmology", ["fay-lin"]) in rows
    assert not any(title in ("Paper ID", "12", "47") for _, _, title, _ in rows)
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "the column 'Paper ID' of the rows under the row 'Paper ID | Author Names | Paper Title'" in report


def test_words_in_a_column_no_other_row_fills_are_the_rows_people_or_title(tmp_path: Path) -> None:
    """``| 09:20 | Opening | | Ann Lee (MIT), Bo Wu (ETH) |``: people in the fourth column, beside an empty speakers
    cell, speak; ``Chair: Cy Chen`` there chairs (a note); ``| 12:00 | Keynote | Gus Hale | Title |``: the words after
    the speaker are the keynote's title."""
    schedule = _edition(_scheduled(tmp_path, _DAYS_PROGRAM))["schedule"]
    rows = _rows_of(schedule)
    assert (dt.date(2025, 9, 23), "09:20", "Opening", ["ann-lee", "bo-wu"]) in rows
    keynote = next(r for r in schedule if r.get("time") == "12:00")
    assert (keynote["kind"], keynote["title"]) == ("keynote", "Auto-continual learning")
    physics = next(r for r in schedule if r.get("title") == "Physics for Science")
    assert not physics.get("speakers") and "Chair: Cy Chen" in physics.get("abstract", "")


def test_the_home_pages_range_of_days_within_a_longer_schedule_is_the_workshops(tmp_path: Path) -> None:
    """The home page's subtitle "September 23-25, 2025" over a program from a reception the evening before: the
    workshop's days are the subtitle's, a guess named in MIGRATION.md."""
    home = _page("about", "/", "Tiny Conference 2025.\n", "subtitle: September 23-25, 2025 • Ljubljana, Slovenia\n")
    program = _DAYS_PROGRAM.replace("13:00 - 14:30</td><td colspan=\"3\">Lunch Break</td></tr>",
                                    "13:00 - 14:30</td><td colspan=\"3\">Lunch Break</td></tr>\n"
                                    "  <tr><td colspan=\"4\">25 SEP 2025</td></tr>\n"
                                    "  <tr><td>09:00 - 10:00</td><td colspan=\"3\">Closing</td></tr>")
    dest = _imported(tmp_path, {"_pages/about.md": home,
                                "_pages/schedule.md": _page("Schedule", "/schedule/", program, "nav: true\n")})
    assert _edition(dest)["date"] == [dt.date(2025, 9, 23), dt.date(2025, 9, 25)]
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "the workshop's day read from the home page's 'September 23-25, 2025" in report


def test_a_definition_list_of_names_and_where_they_work_is_people(tmp_path: Path) -> None:
    """kramdown's definition lists under role headings, inside ``<div>`` columns that ``{::options
    parse_block_html="true" /}`` makes Markdown: each term a person, its definition where they work; a role noted
    after the name is named in MIGRATION.md."""
    body = ('{::options parse_block_html="true" /}\n\n<div class="left">\n## Workshop Chairs\n\nAnn Lee\n: MIT\n\n'
            'Bo Wu\n: ETH Zurich\n</div>\n\n<div class="right">\n## Steering Committee\n\nCy Chen (co-chair)\n'
            ': Stanford University\n</div>\n')
    found = _found_people(tmp_path, {"_pages/organization.md": _page("Organization", "/org/", body, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT"), ("Bo Wu", "organizers", "ETH Zurich"),
        ("Cy Chen", "organizers", "Stanford University")]  # fmt: skip
    assert any("the role 'co-chair' noted after Cy Chen" in n.what for n in found.notes)


_TABLES_PROGRAM = """**Sunday, November 2, 2025**

<table class="program">
  <tr>
    <td>9:00am &ndash; 9:10am</td>
    <td>
      Opening Remarks<br/>
      Ann Lee
    </td>
  </tr>
</table>

<table class="program">
  <tr>
    <td>9:10am &ndash; 9:50am</td>
    <td>
      <h4>Paper session 1: Feature Tracking</h4>
      (Session Chair: Bo Wu)
      <ul>
        <li>
           Tracking Clouds with Topology
           <br><i>Cy Chen, <b>Dan Roe</b></i>
        </li>
        <li>
           Merge Trees in Time
           <br><i><b>Eve Fox</b>, Fay Lin</i>
        </li>
      </ul>
    </td>
  </tr>
  <tr>
    <td>9:50am &ndash; 10:30am</td>
    <td>Break</td>
  </tr>
  <tr>
    <td>12:29pm &ndash; 12:30pm</td>
    <td>
      <h4>Closing</h4>
      Ann Lee
    </td>
  </tr>
</table>
"""


def test_a_one_slot_table_right_over_the_program_table_is_its_first_row(tmp_path: Path) -> None:
    """``<table>`` of the opening alone, then the table of the rest: one program, the opening its first row."""
    rows = _rows_of(_edition(_scheduled(tmp_path, _TABLES_PROGRAM))["schedule"])
    assert (None, "9:00am", "Opening Remarks", ["ann-lee"]) in rows


def test_a_heading_in_a_cell_is_a_line_of_its_own(tmp_path: Path) -> None:
    """``<h4>Closing</h4> Ann Lee`` in a cell: the heading is the row's title, the name under it its speaker."""
    rows = _rows_of(_edition(_scheduled(tmp_path, _TABLES_PROGRAM))["schedule"])
    assert (None, "12:29pm", "Closing", ["ann-lee"]) in rows


def test_a_sessions_chair_in_brackets_is_no_part_of_its_title(tmp_path: Path) -> None:
    """``<h4>Paper session 1</h4>(Session Chair: Bo Wu)`` over its papers: the session's title without its chair,
    who is named in MIGRATION.md; the first paper's title keeps none of it."""
    dest = _scheduled(tmp_path, _TABLES_PROGRAM)
    session = next(r for r in _edition(dest)["schedule"] if "session" in r)
    assert session["session"] == "Paper session 1: Feature Tracking"
    assert [i["title"] for i in session["items"]] == ["Tracking Clouds with Topology", "Merge Trees in Time"]
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "session 'Paper session 1: Feature Tracking': Session Chair: Bo Wu, not kept in the data" in report


def test_dates_a_theme_layout_shows_from_a_markdown_include_are_read(tmp_path: Path) -> None:
    """A ``default`` layout whose sidebar shows ``{% include dates.md %}``, a definition list of names and dates
    (``Paper Abstracts`` then ``: June 14, 2025``): the site's own dates, read as the important dates."""
    layout = ("<html><body><aside><nav><h1>Menu</h1></nav>\n"
              "{% capture my_include %}{% include dates.md %}{% endcapture %}\n{{ my_include | markdownify }}\n"
              "</aside><article>{{ content }}</article></body></html>\n")
    include = ("# Important Dates\n\nPaper Abstracts\n: June 14, 2025\n\nAuthor Notifications\n: July 31, 2025\n\n"
               "## Tiny Workshop\n\n**November 2, 2025, morning**\n")
    home = "---\nlayout: default\ntitle: Home\npermalink: /\n---\n# Tiny Workshop 2025\n\nTopology for all.\n"
    dest = _imported(tmp_path, {"_layouts/default.html": layout, "_includes/dates.md": include, "index.md": home})
    edition = _edition(dest)
    named = {d["name"]: d["at"] for d in edition.get("dates") or []}
    assert named["Paper Abstracts"] == dt.date(2025, 6, 14)
    assert named["Author Notifications"] == dt.date(2025, 7, 31)


_KEYNOTE_BELOW = """<table class="program">
  <tr>
    <td>9:00am &ndash; 9:50am</td>
    <td>Opening and Posters</td>
  </tr>
  <tr>
    <td>11:00am &ndash; 11:55am</td>
    <td>
      <h4>Keynote Presentation</h4>
    </td>
  </tr>
</table>

**Title: Chromatic Homology**

_Professor Ann Lee, Institute of Science and Technology Austria_

<b>Abstract:</b> Colored data and its persistence.
"""


def test_a_byline_in_italics_under_a_keynote_heading_is_its_speaker(tmp_path: Path) -> None:
    """``_Professor Ann Lee, Institute of Science and Technology Austria_`` under a keynote's heading: a speaker,
    her title left out of her name and where she works kept."""
    found = _found_people(tmp_path, {"_pages/schedule.md": _page("Schedule", "/schedule/", _KEYNOTE_BELOW,
                                                                 "nav: true\n")})  # fmt: skip
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "Institute of Science and Technology Austria")]


def test_a_keynote_rows_title_and_speaker_written_under_its_table_are_its(tmp_path: Path) -> None:
    """``| 11:00 | Keynote Presentation |``, then under the table ``**Title: ...**`` and the byline of an invited
    speaker: the row's title and speaker, a guess named in MIGRATION.md."""
    dest = _scheduled(tmp_path, _KEYNOTE_BELOW)
    keynote = next(r for r in _edition(dest)["schedule"] if r.get("time") == "11:00am")
    assert (keynote["kind"], keynote["title"], keynote["speakers"]) == ("keynote", "Chromatic Homology", ["ann-lee"])
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "its title and speaker (Ann Lee) read from" in report


def test_html_blocks_kramdown_reads_as_markdown_are_written_so_for_md_in_html(tmp_path: Path) -> None:
    """``{::options parse_block_html="true" /}`` over ``<div class="left">`` holding Markdown: the new page marks the
    div ``markdown="1"``, so its headings are headings on the built site as on the old one."""
    body = '{::options parse_block_html="true" /}\n\n<div class="left">\n## Travel\n\nTake the *train*.\n</div>\n'
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "Tiny Workshop 2026.\n"),
                                "_pages/travel.md": _page("Travel", "/travel/", body, "nav: true\n")})
    assert '<div class="left" markdown="1">' in (dest / "docs/travel.md").read_text(encoding="utf-8")


def test_a_row_of_figure_includes_each_beside_a_linked_name_opening_a_bio_is_a_row_of_people(tmp_path: Path) -> None:
    """al-folio's Bootstrap columns, each ``{% include figure.liquid path=... %}`` then ``<a href>Prof. Name</a> is
    ...`` (the link's words broken over the source's lines): one person a column, the heading above their role, the
    figure their photo, the paragraph their bio (not where they work)."""
    column = ('    <div class="col-sm mt-3 mt-md-0">\n'
              '        {{% include figure.liquid loading="eager" path="assets/img/{0}.jpg" title="{0}" %}}\n'
              '        <a href="https://{0}.org">Prof. {1}\n  {2}</a> is professor of\n'
              '  machine learning at {3}.\n    </div>\n')  # fmt: skip
    body = ('## Keynote speakers\n\n<div class="row">\n' + column.format("ann", "Ann", "Lee", "MIT")
            + column.format("bo", "Bo", "Wu", "ETH Zurich") + '</div>\n\n## Organizers\n\n<div class="row">\n'
            + column.format("cy", "Cy", "Chen", "Oxford") + column.format("di", "Di", "Ma", "Delft") + '</div>\n')
    found = _found_people(tmp_path, {"_pages/people.md": _page("people", "/people/", body, "nav: true\n")})
    assert [(p.name, p.role, p.photo, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "speakers", "assets/img/ann.jpg", None, "https://ann.org"),
        ("Bo Wu", "speakers", "assets/img/bo.jpg", None, "https://bo.org"),
        ("Cy Chen", "organizers", "assets/img/cy.jpg", None, "https://cy.org"),
        ("Di Ma", "organizers", "assets/img/di.jpg", None, "https://di.org")]  # fmt: skip
    assert found.people[0].bio == "Prof. Ann Lee is professor of machine learning at MIT."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Ann Lee**, ADAPT/DCU", [("Ann Lee", "ADAPT/DCU")]),
        ("Bo Wu, Neuro-Symbolic AI Group / Idiap Research Institute",
         [("Bo Wu", "Neuro-Symbolic AI Group / Idiap Research Institute")]),
        ("**- Cy Chen**, University of Cape Town", [("Cy Chen", "University of Cape Town")]),
        ("- Probabilistic MIMO U-Net", []),  # a dash outside the bold: a line of a list of titles
        ("Ann Lee / Bo Wu", [("Ann Lee", None), ("Bo Wu", None)]),
        ("Ann Lee, Bo Wu/Cy Chen", [("Ann Lee", None), ("Bo Wu", None), ("Cy Chen", None)]),
    ],
)
def test_a_place_of_work_written_with_a_slash_and_a_dash_of_a_list_in_bold_are_not_names(
        text: str, expected: list[tuple[str, str | None]]) -> None:  # fmt: skip
    """One name, one comma and a place of work whose parts a slash joins (``ADAPT/DCU``) is one person; a list's
    dash written inside the bold (``**- Cy Chen**``) is no part of the name; a slash between names still parts them."""
    assert [(p.name, p.affiliation) for p in people_in(text)] == expected


def test_a_talk_cell_of_title_byline_and_abstract_and_a_panel_cell_of_panelists_under_their_role(tmp_path: Path) -> None:
    """``**Invited Talk 1**<br>Title: Kernels<br>by **Ann Lee**, ADAPT/DCU<br><em>Abstract</em>``: the title without
    its label, Ann Lee its speaker, the italic line its abstract; ``**Panel**<br>Panelists:<br>**- Bo Wu**, CNRS<br>
    ...``: the panel, given by the names under "Panelists:"."""
    program = """| Time | Event |
| --- | --- |
| 09:40 10:40 | **Invited Talk 1**<br> <br> Title: Kernels at scale<br>by **Ann Lee**, ADAPT/DCU<br> <br> \
<em>Kernels are back, and here is why they scale.</em><br> |
| 13:40 14:40 | **Panel**<br> <br>Panelists:<br> **- Bo Wu**, CNRS <br> **- Cy Chen**, University of Cape Town <br> |
"""
    dest = _scheduled(tmp_path, program)
    people = yaml.safe_load((dest / "docs/_data/people.yml").read_text(encoding="utf-8"))
    names = {pid: p["name"] for pid, p in people.items()}
    rows = [(r["time"], r["title"], [names.get(s, s) if isinstance(s, str) else s["name"] for s in r.get("speakers", [])])
            for r in _edition(dest)["schedule"]]  # fmt: skip
    assert rows == [("09:40", "Kernels at scale", ["Ann Lee"]), ("13:40", "Panel", ["Bo Wu", "Cy Chen"])]
    assert _edition(dest)["schedule"][0].get("abstract") == "Kernels are back, and here is why they scale."


def test_a_list_a_line_ending_with_a_colon_says_is_a_timeline_is_a_list_of_dates(tmp_path: Path) -> None:
    """``Timeline (any time on earth in 2026):`` over ``- August 1: Final submission deadline (for both tracks).``:
    the line introduces the dates as a heading would; each written date first, a remark in its name's brackets a
    note, a word naming it (``(Archival)``) part of its name."""
    call = ("Submit on OpenReview.\n\nTimeline (any time on earth in 2026):\n\n"
            "- August 1: Final submission deadline (for both tracks).\n- August 7: Author acceptance notification.\n"
            "- August 14: Camera-ready (Archival)\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "The workshop takes place on Sep 8, 2026.\n"),
                                "_pages/submit.md": _page("submit", "/submit/", call, "nav: true\n")})  # fmt: skip
    assert _edition(dest)["dates"] == [
        {"name": "Final submission deadline", "at": dt.date(2026, 8, 1), "note": "for both tracks"},
        {"name": "Author acceptance notification", "at": dt.date(2026, 8, 7)},
        {"name": "Camera-ready (Archival)", "at": dt.date(2026, 8, 14)}]  # fmt: skip


def test_the_day_labelled_date_and_time_gives_its_zone_to_a_schedule_that_names_none(tmp_path: Path) -> None:
    """``- Date/time: Sep 8, 2026 at 13:15 CEST (Europe/Stockholm time)`` over a schedule table of clock times alone:
    the workshop's day, and the zone its sentence names by its own name, each a guess MIGRATION.md names."""
    home = ("- Date/time: Sep 8, 2026 at 13:15 CEST (Europe/Stockholm time)\n- Location: Malmo\n\n"
            "##### Workshop schedule\n\n| 13:15 | Opening and motivation | 15 min |\n| 13:30 | Orals | 45 min |\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    edition = _edition(dest)
    assert (edition["date"], edition["timezone"]) == (dt.date(2026, 9, 8), "Europe/Stockholm")
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "time zone Europe/Stockholm read from 'Europe/Stockholm', the zone the workshop's day is given in" in report
    assert "the workshop's day read from 'Date/time: Sep 8, 2026" in report


def test_the_city_named_gives_the_days_zone_its_own_name(tmp_path: Path) -> None:
    """``Date: Friday, April 8th 2022, 9am (CEST)`` on a site whose home page says it takes place in Graz: CEST is
    the clock of half of Europe, and Graz's own zone (Europe/Vienna) keeps it, so the schedule's zone is Graz's,
    not the first city the letters are known by."""
    home = ("The spring school takes place in Graz, Austria.\n\nDate: Friday, April 8th 2022, 9am (CEST)\n\n"
            "##### Programme\n\n| 09:00 | Opening |\n| 09:30 | Keynote |\n| 10:30 | Coffee break |\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    edition = _edition(dest)
    assert (edition["date"], edition["timezone"]) == (dt.date(2022, 4, 8), "Europe/Vienna")
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "time zone Europe/Vienna read from" in report and "the zone the workshop's day is given in" in report


def test_a_bracket_of_lengths_after_a_label_says_no_kind() -> None:
    """``Invited Talk 1 (45 min oral + 15 min QA)``: the bracket says how long the talk and its questions last, so
    its "oral" names no kind; the label before it does (an invited talk, read, not guessed)."""
    assert kinds.kind_of("Invited Talk 1 (45 min oral + 15 min QA)") == ("invited", False)
    assert kinds.kind_of("Keynote (30 min)") == ("keynote", False)
    assert kinds.kind_of("Poster session (posters 1-20)") == ("poster", True)


def test_deadlines_clock_note_is_no_date(tmp_path: Path) -> None:
    """``(All deadlines are at 23:59 AOE)`` over a dates table says the deadlines' clock, not a date named ``All
    deadlines are at 23``: the colon of ``23:59`` is no name's end, and the line is kept on the page, unreported."""
    home = """## Important Dates

 (All deadlines are at 23:59 AOE)

| Event | Date |
|-------|------|
| **Paper Submission** | ~~July 4, 2025~~ -> **July 11, 2025** |
| **Author Notification** | July 31, 2025 |
"""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    edition = _edition(site)
    assert [(d["name"], d["at"]) for d in edition["dates"]] == [
        ("Paper Submission", dt.date(2025, 7, 11)), ("Author Notification", dt.date(2025, 7, 31))]  # fmt: skip
    assert "All deadlines are at 23:59 AOE" in (site / "docs/index.md").read_text(encoding="utf-8")
    assert "date not understood" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_the_layout_config_defaults_give_a_page_is_rendered_around_it(tmp_path: Path) -> None:
    """A page with no ``layout:`` of its own sits in the one ``defaults:`` in _config.yml gives its folder, as
    Jekyll renders it: the dates that layout writes under every page are read. (A theme's layout as it ships, which
    writes no words of its own, is chrome: minimal-mistakes' ``single`` given to every page is not rendered.)"""
    config = CONFIG + ('defaults:\n  - scope:\n      path: ""\n    values:\n      layout: page\n'
                       '  - scope:\n      path: "_pages"\n      type: pages\n    values:\n      layout: workshop\n')
    layout = ("---\nlayout: default\n---\n{{ content }}\n<h2>Important Dates</h2>\n<ul>\n"
              "<li>Paper submission: May 1, 2026</li>\n<li>Notification: June 2, 2026</li>\n</ul>\n"
              "<p>Papers are submitted through OpenReview, and reviews are double blind.</p>\n")
    write_tree(tmp_path, {"_config.yml": config, "_layouts/workshop.html": layout,
                          "_pages/about.md": "---\ntitle: about\npermalink: /\n---\nTiny Workshop 2026.\n"})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Paper submission", dt.date(2026, 5, 1)), ("Notification", dt.date(2026, 6, 2))]  # fmt: skip


@pytest.mark.parametrize(
    ("rel", "kind", "layout"),
    [("_pages/call.md", "pages", "workshop"), ("call.md", "pages", "page"), ("_posts/a.md", "posts", "post"),
     ("_pages/a.md", "posts", "post"), ("assets/img/a.png", "pages", None)],
)
def test_config_defaults_go_by_path_then_type_as_jekyll_merges_them(rel: str, kind: str, layout: str | None) -> None:
    """A longer path wins over a shorter one written after it; at one length, a scope naming the type wins; a glob
    path matches files, not the folder's other files."""
    config = {"defaults": [
        {"scope": {"path": "_pages", "type": "pages"}, "values": {"layout": "workshop"}},
        {"scope": {"path": "", "type": "posts"}, "values": {"layout": "post"}},
        {"scope": {"path": ""}, "values": {"layout": "page", "sidebar": True}},
        {"scope": {"path": "assets/**/*.png"}, "values": {"layout": None}}]}  # fmt: skip
    assert site_config.defaults(rel, kind, config)["layout"] == layout


def test_kramdown_parse_block_html_in_the_config_is_kept_on_every_markdown_page(tmp_path: Path) -> None:
    """``kramdown: parse_block_html: true`` in _config.yml is the ``{::options /}`` of every Markdown page: the new
    page marks each HTML block ``markdown="1"``, so the Markdown inside a ``<div>`` column is read as Markdown on the
    built site as on the old one (a heading, not "## Travel" as text); an HTML page is not kramdown's to read."""
    config = CONFIG + "kramdown:\n  input: GFM\n  parse_block_html: true\n"
    body = '<div class="left">\n## Travel\n\nTake the *train*.\n</div>\n'
    files = {"_config.yml": config, "_pages/about.md": _page("about", "/", "Tiny Workshop 2026.\n"),
             "_pages/travel.md": _page("Travel", "/travel/", body, "nav: true\n"),
             "_pages/venue.html": _page("Venue", "/venue/", '<div class="map">\n## Harbour Room\n</div>\n', "nav: true\n")}
    write_tree(tmp_path / "src", files)
    import_site(tmp_path / "src", tmp_path / "out")
    assert '<div class="left" markdown="1">' in (tmp_path / "out/docs/travel.md").read_text(encoding="utf-8")
    assert 'markdown="1"' not in (tmp_path / "out/docs/venue.md").read_text(encoding="utf-8")
    built = build_site(tmp_path / "out", strict=False)
    assert [h.get_text(strip=True) for h in soup(built / "travel/index.html").select("article h2")] == ["Travel"]


def test_a_section_kramdown_reads_as_markdown_gives_the_people_listed_inside(tmp_path: Path) -> None:
    """``kramdown: parse_block_html: true`` in _config.yml and a ``<section>`` whose inside opens with a heading and a
    list, no blank line after the tag: kramdown reads the heading and the list as the page's own, so the people listed
    under "Organizers" are organizers; without the setting the same lines are one HTML block, no one's list."""
    body = ('<section id="organizers" class="anchor-offset">\n### Organizers\n\n* [Ann Lee](https://a.org), MIT\n'
            '* Bo Wu, ETH Zurich\n</section>\n')
    files = {"_pages/about.md": _page("about", "/", body, "nav: true\n")}
    read = {}
    for setting in ("true", "false"):
        root = tmp_path / setting
        write_tree(root, {"_config.yml": CONFIG + f"kramdown:\n  input: GFM\n  parse_block_html: {setting}\n", **files})
        site = jekyll.read_site(root)
        read[setting] = [(p.name, p.role) for p in people.find_people(site, reach.reachable(site)[0]).people]
    assert read["true"] == [("Ann Lee", "organizers"), ("Bo Wu", "organizers")]
    assert read["false"] == []


def test_a_relative_link_on_a_page_whose_permalink_has_no_slash_starts_from_its_folder(tmp_path: Path) -> None:
    """``./Schedule`` on the page Jekyll serves at ``/Participate`` is ``/Schedule``, as a browser resolves it from
    there: the new page links the schedule page, and the schedule page is reached."""
    dest = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "Tiny Workshop 2026. [Take part](/Participate)"),
        "_pages/participate.md": _page("Participate", "/Participate", "See the [schedule](./Schedule).", "nav: true\n"),
        "_pages/schedule.md": _page("Schedule", "/Schedule", "| Time | Event |\\n|---|---|\\n| 9:00 | Opening |\\n")})  # fmt: skip
    written = {p.name: p.read_text(encoding="utf-8") for p in (dest / "docs").rglob("*.md")}
    (participate,) = [text for name, text in written.items() if "See the" in text]
    assert re.search(r"\[schedule\]\((\.\./)?[Ss]chedule(\.md|/)\)", participate), participate
    assert "./Schedule" not in (dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_an_include_a_theme_outside_the_repository_shows_on_every_page_is_accounted_for(tmp_path: Path) -> None:
    """minimal-mistakes' layouts are not in the repository; its ``footer/custom.html``, which the site overrides with
    its funders, is on every page of the old site: its words, not on the new site, are named at their file and line.
    What goes in ``<head>``, the theme's credit, the words of a Liquid comment and an include a page of the site
    includes are not named so, nor one that shows its parameters (a box a page would fill), which no page fills."""
    footer = ('<div class="thanks">\n  <h3>Acknowledgements</h3>\n  <p>The Tiny Foundation funds this workshop under '
              'grant 42.</p>\n  <p>Powered by Jekyll &amp; Minimal Mistakes.</p>\n</div>\n'
              '{% comment %}\n  Thank the funders of the event here.\n{% endcomment %}\n<!-- Logos go below. -->\n')  # fmt: skip
    files = {"_config.yml": CONFIG + "remote_theme: mmistakes/minimal-mistakes\n",
             "_includes/footer/custom.html": footer,
             "_includes/notice.html": '<div class="notice"><b>Warning: </b>{{ include.content }}</div>\n',
             "_includes/head/custom.html": "<meta name=x>\n<p>Styles for the workshop pages go here.</p>\n",
             "_includes/venue.html": "<p>The workshop meets in the Harbour Room.</p>\n",
             "index.md": "---\nlayout: single\ntitle: Tiny Workshop 2026\n---\nWelcome.\n\n{% include venue.html %}\n"}
    dest = _imported(tmp_path, files)
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    named = [line for line in report.splitlines() if "_includes/" in line]
    assert len(named) == 1 and "_includes/footer/custom.html:2" in named[0], named
    assert "Tiny Foundation funds this workshop under grant 42" in named[0] and "Powered" not in named[0]
    files["_layouts/single.html"] = "<html><body>{{ content }}</body></html>\n"  # the site's own layout
    assert "_includes/footer" not in (_imported(tmp_path / "own", files) / "MIGRATION.md").read_text(encoding="utf-8")


def test_the_time_and_zone_a_page_gives_all_its_deadlines_are_those_of_its_dates_that_name_none(tmp_path: Path) -> None:
    """``All deadlines are 11:59 PM PT (Pacific Time).`` under a list of dates: those that name no time or zone of
    their own are at 23:59 Pacific time (the zone's name a guess said in the report); one that says AoE keeps it."""
    page = ("---\nlayout: page\ntitle: Call\npermalink: /\n---\n## Important Dates\n\n"
            "- Submission deadline: ~~May 1, 2026~~ May 8, 2026\n- Notification: June 2, 2026\n"
            "- Camera-ready: June 20, 2026 (AoE)\n\nAll deadlines are 11:59 PM PT (Pacific Time).\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/call.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2026)
    assert [dates.as_data(d) for d in found.dates] == [
        {"name": "Submission deadline", "at": "2026-05-08 23:59", "tz": "America/Los_Angeles",
         "was": "2026-05-01 23:59"},
        {"name": "Notification", "at": "2026-06-02 23:59", "tz": "America/Los_Angeles"},
        {"name": "Camera-ready", "at": dt.date(2026, 6, 20)}]  # fmt: skip
    (note,) = [n for n in found.notes if "name no time of their own" in n.what]
    assert note.where == "_pages/call.md:12" and note.guess and "All deadlines are 11:59 PM PT" in note.what
_TALKS_PAGE = """\
## Talks

#### Simulators for Instruction Following

[[Slides]](/slides.pdf)

__Speaker:__ Ann Lee, Stanford University

__Time:__ 9:00am-9:30am

__Abstract:__ Language models as annotators.

<br>
#### Robots that Follow

__Speaker:__ Bo Wu

__Time:__ 2:00pm-2:30pm

#### Another Talk by Bo Wu

__Speaker:__ Bo Wu

__Time:__ 4:00pm-4:30pm
"""


def test_a_talk_named_by_its_kind_takes_its_title_from_the_speakers_page() -> None:
    """``| 9:00-9:30 | Invited Talk 1 - Ann Lee |`` on the schedule page, and on the speakers page ``#### Title`` over
    ``__Speaker:__ Ann Lee, ...`` and ``__Time:__ 9:00am-9:30am``: the row takes that title (a guess, reported); a
    talk whose time is another row's keeps its label."""
    table = ("| Time | Event |\n|---|---|\n| 9:00-9:30 | Invited Talk 1 - Ann Lee |\n| 10:00-10:30 | Break |\n"
             "| 14:00-14:30 | Invited Talk 2 - Bo Wu |\n| 15:00-15:30 | Invited Talk 3 - Bo Wu |\n")
    pages = [jekyll.JekyllPage("_pages/schedule.md", {"title": "Schedule"}, table, 7, "/schedule/"),
             jekyll.JekyllPage("_pages/speakers.md", {"title": "Speakers"}, _TALKS_PAGE, 7, "/speakers/")]
    out = schedule.find_schedule(pages, {"ann lee", "bo wu"}, 2023)
    assert [(r[2], r[3]) for r in _flat(out)] == [
        ("Simulators for Instruction Following", ["Ann Lee"]), ("Break", []), ("Robots that Follow", ["Bo Wu"]),
        (None, ["Bo Wu"])]
    assert [(n.where, n.guess) for n in out.notes if "Simulators" in n.what] == [("_pages/schedule.md:9", True)]


def test_a_zone_written_after_a_rows_times_is_the_rows_zone_not_part_of_its_clock() -> None:
    """``2:00 PM - 2:45 PM (UTC)``, ``9:00-9:30 CEST``: the times are read without the zone, which the schedule's zone
    is read from; a word that names no zone still makes the cell no time."""
    assert when.time_range("2:00 PM - 2:45 PM (UTC)") == when.time_range("2:00 PM - 2:45 PM")
    assert when.time_range("9:00-9:30 CEST") == when.time_range("9:00-9:30")
    assert when.time_range("9:00-9:30 Lunch") is None
    out = _table("| Time | Title |\n|---|---|\n| 2:00 PM - 2:45 PM (UTC) | Keynote on Semantics |\n"
                 "| 4:15 PM - 4:30 PM (UTC) | Break |\n")  # fmt: skip
    assert [(r[0], r[2]) for r in _flat(out)] == [("2:00PM", "Keynote on Semantics"), ("4:15PM", "Break")]
    assert ("Time (UTC)", "_pages/schedule.md:9") in out.zone_texts


def test_a_role_label_in_italics_or_bold_names_the_people_after_it() -> None:
    """``*Speaker:* Prof. Ann Lee (MIT)``, ``**Authors:** Bo Wu, Cy Li and Di Xu (TCS)``, ``__Speaker__: Ann Lee``:
    the emphasis around the label hides no one; a label that is no role (``*Coordinator*:``) names no speaker."""
    assert cells.people_line("*Speaker:* Prof. Ann Lee (MIT)") == [cells.PersonText("Ann Lee", "MIT", None)]
    assert cells.people_line("__Speaker__: Ann Lee") == [cells.PersonText("Ann Lee", None, None)]
    assert [p.name for p in cells.people_line("**Authors:** Bo Wu, Cy Li and Di Xu (TCS)")] == ["Bo Wu", "Cy Li",
                                                                                                 "Di Xu"]
    assert cells.people_line("*Coordinator*: Ann Lee (MIT)") == []


def test_who_introduces_a_talk_is_a_line_of_that_talk_not_a_talk_of_its_own() -> None:
    """``***Keynote 1:*** [Title](page)<br/>*Speaker:* Prof. Ann Lee (MIT)<br/>*Introduction:* Prof. Bo Wu (IIT)``: one
    keynote, by Ann Lee, titled so; Bo Wu, who introduces her, is kept in its notes, not read as opening remarks."""
    out = _table("| Time | Title |\n|---|---|\n| 2:00 PM - 2:45 PM | ***Keynote 1:*** [Semantic Scholar Today](weld)"
                 "<br/>*Speaker:* Prof. Ann Lee (MIT)<br/>*Introduction:* Prof. Bo Wu (IIT Delhi) |\n"
                 "| 3:30 PM - 3:45 PM | ***Paper 1:*** [Relations from Resumes](p1.pdf)<br/>*Authors:* Cy Li, Di Xu and "
                 "Ed Ng (TCS Research)<br/>*Coordinator*: Fa Ro (IIIT Hyderabad) |\n")  # fmt: skip
    assert [(r[1], r[2], r[3]) for r in _flat(out)] == [
        ("keynote", "Semantic Scholar Today", ["Ann Lee"]), ("talk", "Relations from Resumes", ["Cy Li", "Di Xu",
                                                                                                "Ed Ng"])]
    keynote = out.entries[0]
    assert isinstance(keynote, program.Draft) and keynote.notes == ["Introduction: Prof. Bo Wu (IIT Delhi)"]


def test_a_heading_naming_a_person_then_where_they_work_over_a_bio_is_a_person(tmp_path: Path) -> None:
    """``<h3><img src="ann.jpg">Prof. Ann Lee, IIIT Hyderabad</h3>`` over a paragraph of bio, one such heading a person,
    on a page whose subtitle names the role: the name before the comma, where they work after it; one name alone
    (``Prof. Mausam``) is a name after an academic title; a heading whose part does not name its words is a title."""
    bio = "is a professor whose research covers databases and data mining."
    body = (f'<h3><img src="/assets/img/ann.jpg" style="height:50px;">Prof. Ann Lee, IIIT Hyderabad</h3>\nAnn {bio}\n\n'
            f'<h3><img src="/assets/img/bo.jpg" style="height:50px;">Dr. Bo Wu, J.P. Morgan AI Research</h3>\nBo {bio}\n\n'
            f"<h3>Prof. Mausam, IIT Delhi</h3>\nMausam {bio}\n\n<h3>Key Techniques, Insights, and Challenges</h3>\n"
            f"Panelists to be announced.\n\n<h3>Program Committee</h3>\n\n- Cy Li, UMBC\n")
    page = _page("Workshop on Semantics", "/organizers/", body, "nav: true\nexcerpt: 'ASEA Organizing Committee'\n")
    found = _found_people(tmp_path, {"_pages/organizers.md": page})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "IIIT Hyderabad"), ("Bo Wu", "organizers", "J.P. Morgan AI Research"),
        ("Mausam", "organizers", "IIT Delhi")]


_THREE_ROWS = [(540, "Opening Remarks", None), (555, "Small Models", ["ann-lee"]), (600, "Coffee Break", None)]


@pytest.mark.parametrize("program", [
    "| Time | Event |\n|---|---|\n| 09:00 ~ 09:15 | Opening Remarks |\n| 09:15 ~ 10:00 | Keynote: Small Models by "
    "Ann Lee |\n| 10:00 ~ 10:30 | Coffee Break |\n",
    "- 09:00 − 09:15: Opening Remarks\n- 09:15 − 10:00: Keynote: Small Models (Ann Lee)\n- 10:00 − 10:30: Coffee Break\n",
    "| Time | Event |\n|---|---|\n| from 9:00 to 9:15 | Opening Remarks |\n| from 9:15 to 10:00 | Keynote: Small "
    "Models by Ann Lee |\n| from 10:00 to 10:30 | Coffee Break |\n",
    "| Time | Event |\n|---|---|\n| 09:00–09:15 (15') | Opening Remarks |\n| 09:15–10:00 (45') | Keynote: Small "
    "Models by Ann Lee |\n| 10:00–10:30 (30') | Coffee Break |\n",
    "**09:00 - 09:15** Opening Remarks<br>\n**09:15 - 10:00** Keynote: Small Models, Ann Lee<br>\n"
    "**10:00 - 10:30** Coffee Break\n",
    "09:00 - 09:15 Opening Remarks  \n09:15 - 10:00 Keynote: Small Models, Ann Lee  \n10:00 - 10:30 Coffee Break\n",
    "<p>09:00 - 09:15 Opening Remarks</p>\n<p>09:15 - 10:00 Keynote: Small Models, Ann Lee</p>\n"
    "<p>10:00 - 10:30 Coffee Break</p>\n",
    "<dl>\n<dt>09:00 - 09:15</dt><dd>Opening Remarks</dd>\n<dt>09:15 - 10:00</dt><dd>Keynote: Small Models, Ann Lee</dd>"
    "\n<dt>10:00 - 10:30</dt><dd>Coffee Break</dd>\n</dl>\n",
    "> 09:00 - 09:15\t Opening Remarks  \n> 09:15 - 10:00  Keynote: Small Models, Ann Lee  \n"
    "> 10:00 - 10:30\t Coffee Break\n",
    "> - 09:00 - 09:15: Opening Remarks\n> - 09:15 - 10:00: Keynote: Small Models (Ann Lee)\n"
    "> - 10:00 - 10:30: Coffee Break\n",
    "> | Time | Event |\n> |---|---|\n> | 09:00 - 09:15 | Opening Remarks |\n"
    "> | 09:15 - 10:00 | Keynote: Small Models by Ann Lee |\n> | 10:00 - 10:30 | Coffee Break |\n",
], ids=["tilde", "minus-sign", "from-to", "length-in-primes", "lines-broken-by-br", "lines-broken-by-two-spaces",
        "a-paragraph-of-html-each", "definition-list", "lines-of-a-blockquote", "list-in-a-blockquote",
        "table-in-a-blockquote"])  # fmt: skip
def test_a_program_written_in_any_common_way_gives_its_rows(tmp_path: Path, program: str) -> None:
    """The same three slots, written as workshop pages write them: a tilde or a minus sign between the times, "from
    9:00 to 9:15", a length in primes after them ("(45')"), each slot a line of one paragraph (broken by ``<br>`` or
    two spaces), each a ``<p>`` of HTML, each a term of a definition list, each a line, a list's item or a table's row
    in a blockquote (``> 09:00``, a tab before the title): the rows, their times and speakers."""
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(schema.parse_time(str(r["time"])).minutes, r.get("title"), r.get("speakers")) for r in schedule] == \
        _THREE_ROWS, schedule


def test_twelve_noon_is_noon(tmp_path: Path) -> None:
    """``11:00 - 12 noon`` and ``12 noon - 1:30 pm``: noon."""
    program = ("| Time | Event |\n|---|---|\n| 11:00 - 12 noon | Keynote: Small Models by Ann Lee |\n"
               "| 12 noon - 1:30 pm | Lunch |\n| 1:30 pm - 2:00 pm | Posters |\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    def minutes(value: Any) -> int:
        return schema.parse_time(str(value)).minutes

    assert [(minutes(r["time"]), minutes(r["end"])) for r in schedule] == [(660, 720), (720, 810), (810, 840)]


_THREE = [("Ann Lee", "MIT"), ("Bo Wu", "Stanford University"), ("Cy Diaz", "Google DeepMind")]


@pytest.mark.parametrize("people", [
    "".join(f"### {n}\n{a}\n\n" for n, a in _THREE),
    "".join(f"### {n}\n{a}\n\n{n.split()[0]} works on small models.\n\n" for n, a in _THREE),
    "".join(f"![{n}](/assets/img/{n.split()[0].lower()}.jpg)\n**{n}**, {a}\n\n" for n, a in _THREE),
    "Ann Lee (MIT), Bo Wu (Stanford University) and Cy Diaz (Google DeepMind)\n",
    "| | Name | Affiliation |\n|---|---|---|\n"
    + "".join(f"| ![](/assets/img/{n.split()[0].lower()}.jpg) | {n} | {a} |\n" for n, a in _THREE),
    "".join(f"<h4>{n}</h4>\n<p>{a}</p>\n" for n, a in _THREE),
    "".join(f"- **[{n}](https://{n.split()[0].lower()}.example.org)** ({a}) is a researcher who studies small "
            "models.\n" for n, a in _THREE),
    "".join(f"{n}, {a}<br>\n" for n, a in _THREE),
], ids=["a-heading-each-over-where", "a-heading-each-over-where-and-bio", "photo-then-bold-name-and-where",
        "one-line-of-names-and-places", "table-of-photo-name-and-where", "html-heading-each-over-where",
        "list-of-bold-links-with-where-and-bio", "a-line-each-of-name-comma-where"])  # fmt: skip
@pytest.mark.parametrize("section", ["Invited Speakers", "Organizers"])
def test_people_written_in_any_common_way_are_read_with_where_they_work(
    tmp_path: Path, people: str, section: str
) -> None:
    """The same three people under a heading naming their role, written as workshop pages write them: a heading
    each over where they work (a name-like place, "Google DeepMind", is no one), a photo over a bold name then
    where, one line of names with their places in brackets: the three, each with where they work."""
    images = {f"assets/img/{n.split()[0].lower()}.jpg": "x" for n, _ in _THREE}
    body = f"## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n## {section}\n\n{people}"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body), **images})
    known = yaml.safe_load((dest / "docs/_data/people.yml").read_text(encoding="utf-8"))
    role = "speakers" if "Speakers" in section else "organizers"
    assert [(known[r]["name"], known[r].get("affiliation")) for r in _edition(dest)[role]] == _THREE



_DATES = [("Submission deadline", "May 1, 2026"), ("Notification", "June 2, 2026"), ("Camera-ready", "June 20, 2026")]


@pytest.mark.parametrize("written", [
    "".join(f'<div class="row">\n  <span class="date">{d}</span>\n  <span class="what">{n}</span>\n</div>\n'
            for n, d in _DATES),
    "".join(f'<div class="item">\n  <div class="name">{n}</div>\n  <div class="when">{d}</div>\n</div>\n'
            for n, d in _DATES),
], ids=["a-box-each-date-then-name", "a-box-each-name-over-date"])  # fmt: skip
def test_dates_written_as_boxes_of_html_are_read(tmp_path: Path, written: str) -> None:
    """Under "Important Dates", each date a box of two lines of HTML, its day and its name, in either order."""
    body = f"## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n## Important Dates\n\n{written}"
    dates_read = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", body)}))["dates"]
    assert [(d["name"], d["at"]) for d in dates_read] == [
        ("Submission deadline", dt.date(2026, 5, 1)), ("Notification", dt.date(2026, 6, 2)),
        ("Camera-ready", dt.date(2026, 6, 20))]  # fmt: skip


def test_a_time_of_the_noon_hour_followed_by_noon_is_that_time() -> None:
    """``| 12:15 Noon | Lunch |`` between ``11:00am`` and ``1:00pm``: 12:15 pm, the word saying which half of the day;
    a time of another hour followed by "noon" is no time."""
    found = when.time_range("12:15 Noon")
    assert found is not None and (found[0].hour, found[0].minute, found[1]) == (12, 15, None)
    assert when.clock("12 noon") is not None and when.clock("12 noon").minutes == 12 * 60  # type: ignore[union-attr]
    assert when.time_range("11:30 noon") is None
    out = _table("| Time | Event |\n|---|---|\n| 11:00am | Keynote |\n| 12:15 Noon | 45 minute lunch break |\n"
                 "| 1:00pm | Posters |\n")
    assert [(r[0], r[2]) for r in _flat(out)] == [("11:00am", "Keynote"), ("12:15pm", "45 minute lunch break"),
                                                  ("1:00pm", "Posters")]


def test_a_rule_across_a_cell_parts_its_lines() -> None:
    """``Chair: Ann Lee <hr /> [Talks]``: a browser draws the rule between them, so what is below it is a line of its
    own, as below a ``<br>``."""
    assert rich_html("<span>Chair:</span> <span>Ann Lee</span>\n<hr />\n[Talks]<ul><li>Bo Wu</li></ul>").split(
        "\n") == ["Chair: Ann Lee", "[Talks]", "Bo Wu"]
    assert rich_html("Deep Nets<hr>Ann Lee").split("\n") == ["Deep Nets", "Ann Lee"]


def test_a_line_naming_who_chairs_under_a_talk_is_no_speaker_of_it() -> None:
    """``Deep Nets (Bo Wu)<br>Chairperson: Ann Lee``: Ann Lee chairs the slot, Bo Wu gives the talk; the chair is kept
    in the row's notes, out of its title."""
    out = _table("| Time | Event |\n|---|---|\n| 8:20am | Deep Nets (Bo Wu)<br>Chairperson: Ann Lee |\n"
                 "| 9:00am | Metrics are Tricky (Cy Li)<br>Session Chair: Di Xu |\n")
    assert [(r[2], r[3]) for r in _flat(out)] == [("Deep Nets", ["Bo Wu"]), ("Metrics are Tricky", ["Cy Li"])]
    assert [e.notes for e in out.entries if isinstance(e, program.Draft)] == [["Chairperson: Ann Lee"],
                                                                              ["Session chair: Di Xu"]]


def test_a_kind_in_square_brackets_before_a_title_is_its_label() -> None:
    """``[Plenary] Deep nets, wide nets``: the kind in square brackets labels the title after it, as ``(Plenary)``
    would; a link (``[Plenary](/talks) ...``) or brackets that name no kind (``[Tentative] Title``) are no label."""
    assert program.split_label("[Plenary] Deep nets, wide nets") == ("Plenary", "Deep nets, wide nets", None)
    assert program.split_label("[Panel discussion] Where next") == ("Panel discussion", "Where next", None)
    assert program.split_label("[Tentative] Deep nets")[0] is None
    assert program.split_label("[Plenary](/talks) Deep nets")[0] is None


def test_a_title_then_a_speaker_the_site_shows_in_brackets_is_her_talk() -> None:
    """``Culturing Trust (Ann Lee)``, which reads as a person and where she works: the brackets hold a speaker the
    site shows and the words before them are no one it shows, so Ann Lee gives the talk of that title; ``Bo Wu
    (Stanford)`` stays a person and where he works."""
    markdown = ("| Time | Event |\n|---|---|\n| 8:20am | [Plenary] Culturing Trust (Ann Lee) |\n"
                "| 9:00am | Culturing Trust (Ann Lee) |\n| 9:30am | Invited talk: Bo Wu (Stanford) |\n")
    page = jekyll.JekyllPage("_pages/schedule.md", {}, markdown, 7, "/schedule/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(markdown) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, {"ann lee", "bo wu"}, out)
    assert [(r[1], r[2], r[3]) for r in _flat(out)] == [
        ("invited", "Culturing Trust", ["Ann Lee"]), ("talk", "Culturing Trust", ["Ann Lee"]),
        ("invited", None, ["Bo Wu"])]
    assert [e.speakers[0].affiliation for e in out.entries if isinstance(e, program.Draft)] == [None, None, "Stanford"]


def test_labelled_groups_of_bullets_beside_a_sessions_title_are_its_talks_and_its_panel() -> None:
    """``<th>Time</th><th colspan="2">Event</th>`` over a row whose first event cell names a theme and whose second
    holds a summary, a chair, then ``[Presentations]`` and ``[Panel discussion]`` each over a list: a session of
    the theme, a talk a presentation (a name alone, or "Title (Name)"), the panel one item of its panelists; the
    summary and the chair named in the report."""
    markdown = """<table>
<thead><tr><th>Time (ET)</th><th colspan="2">Event</th></tr></thead>
<tbody>
<tr><th scope="row">7:00am</th><td colspan="2">Pre-show meet and greet</td></tr>
<tr><th scope="row">8:00am</th><td colspan="2">Welcome</td></tr>
<tr><th scope="row">9:00am</th><td><p>Theme 1:</p><p>Specification</p></td>
<td><span>Theme Summary:</span> <span>How should systems be specified?</span><br />
<span>Chairperson:</span> <span>Di Xu</span>
<hr />
[Presentations]
<ul><li>Ann Lee</li><li>Kernels at Scale (Bo Wu)</li></ul>
[Panel discussion]
<ul><li>Ann Lee</li><li>Bo Wu</li><li>Cy Li</li></ul>
</td></tr>
<tr><th scope="row">10:40am</th><td colspan="2">10 minute break</td></tr>
</tbody></table>
"""
    page = jekyll.JekyllPage("_pages/schedule.md", {}, markdown, 7, "/schedule/")
    out = program.Schedule()
    (table,) = [b for b in blocks.parse(markdown) if b.kind == "table"]
    assert rows.read_table(page, table.rows, None, {"ann lee", "bo wu"}, out)
    assert _flat(out)[1:] == [("8:00am", "remarks", "Welcome", []), (None, "invited", None, ["Ann Lee"]),
                              (None, "invited", "Kernels at Scale", ["Bo Wu"]),
                              (None, "panel", "Panel discussion", ["Ann Lee", "Bo Wu", "Cy Li"]),
                              ("10:40am", "break", "10 minute break", [])]  # fmt: skip
    session = out.entries[2]
    assert isinstance(session, program.Session) and session.time is not None
    assert (session.title, session.time.text) == ("Theme 1: Specification", "9:00am")
    assert [n.what for n in out.notes if n.what.startswith("session")] == [
        "session 'Theme 1: Specification': 'Theme Summary: How should systems be specified?', not kept in the data",
        "session 'Theme 1: Specification': 'Chairperson: Di Xu', not kept in the data"]


def test_a_paragraph_row_names_its_presenter_and_keeps_its_other_labelled_lines() -> None:
    """``**14:10–14:20**<br>**Paper ID:** 96<br>**Title:** *A Title*<br>**Presenter:** Ann Lee``: a talk by its
    presenter; a labelled line no field holds (the paper's number) is said of the row, not lost."""
    block = "**{0}**  \n**Paper ID:** {1}-SRW  \n**Title:** *{2}*  \n**Presenter:** {3}\n\n"
    talks = [("14:10–14:20", 96, "Towards Better Parsers", "Ann Lee"), ("14:20–14:30", 156, "Fact from Fiction",
             "Bo Wu"), ("14:30–14:40", 187, "Semantic Alignment in Hyperbolic Space", "Cy Li")]  # fmt: skip
    markdown = "# Program\n\n" + "".join(block.format(*t) for t in talks)
    page = jekyll.JekyllPage("schedule.md", {"title": "Program"}, markdown, 1, "/schedule/")
    out = schedule.find_schedule([page], set(), 2025)
    assert _flat(out) == [
        ("14:10", "talk", "Towards Better Parsers", ["Ann Lee"]),
        ("14:20", "talk", "Fact from Fiction", ["Bo Wu"]),
        ("14:30", "talk", "Semantic Alignment in Hyperbolic Space", ["Cy Li"]),
    ]
    assert [e.notes for e in out.entries if isinstance(e, program.Draft)] == [
        ["Paper ID: 96-SRW"], ["Paper ID: 156-SRW"], ["Paper ID: 187-SRW"]]


def test_headings_with_a_labelled_day_and_time_under_them_are_sessions_of_those_days() -> None:
    """``## Session 3`` then ``**Date & Time:** Monday, July 28 | 14:00–15:30``: a row of that day and time, what
    else the section says in its notes; the rows under it (timed sub-headings, a bold line under a bare time, the
    talks of paragraphs) take its day, so a program over two days has both."""
    talk = "**{0}**  \n**Title:** *{1}*  \n**Presenter:** {2}\n\n"
    markdown = (
        "# Workshop Program\n\n## Session 3 - Oral Session\n\n**Date & Time:** Monday, July 28 | 14:00–15:30  \n"
        "**Location:** Hall N.2\n\n### 14:00–14:10\n\n**WELCOME**\n\n### 14:10–15:20 | Presentations\n\n"
        + talk.format("14:10–14:20", "Towards Better Parsers", "Ann Lee")
        + talk.format("14:20–14:30", "Fact from Fiction", "Bo Wu")
        + talk.format("14:30–14:40", "Semantic Alignment", "Cy Li")
        + "## Session 7 – Poster Session\n**Date & Time:** Tuesday, July 29 | 10:30–12:00  \n**Location:** Hall 4\n\n"
        "This session holds the posters.\n"
    )
    page = jekyll.JekyllPage("schedule.md", {"title": "Program"}, markdown, 1, "/schedule/")
    out = schedule.find_schedule([page], set(), 2025)
    monday, tuesday = dt.date(2025, 7, 28), dt.date(2025, 7, 29)
    assert [(*row, e.day) for row, e in zip(_flat(out), out.entries, strict=True)] == [
        ("14:00", "oral", "Session 3 - Oral Session", [], monday),
        ("14:00", "remarks", "WELCOME", [], monday),
        ("14:10", "talk", "Presentations", [], monday),
        ("14:10", "talk", "Towards Better Parsers", ["Ann Lee"], monday),
        ("14:20", "talk", "Fact from Fiction", ["Bo Wu"], monday),
        ("14:30", "talk", "Semantic Alignment", ["Cy Li"], monday),
        ("10:30", "poster", "Session 7 – Poster Session", [], tuesday),
    ]
    assert [e.notes for e in out.entries if isinstance(e, program.Draft) and e.title and "Session" in e.title] == [
        ["Location: Hall N.2"], ["Location: Hall 4", "This session holds the posters."]]
    assert sorted(set(out.days)) == [monday, tuesday]


_PROGRAM = "| Time | Event |\n|---|---|\n| 9:00 | Opening |\n| 9:15 | Keynote |\n| 10:00 | Break |\n"


@pytest.mark.parametrize("line", [
    "July 10, 2026. All times are in CEST (UTC+2).",
    "July 10, 2026. Times are local (Vienna time).",
    "July 10, 2026. The schedule is in Central European Summer Time.",
    "Date & Location: July 10, 2026, Messe Wien, Vienna. All times are in CEST.",
])  # fmt: skip
def test_the_zone_a_home_page_says_away_from_the_schedule_places_its_times(
    tmp_path: Path, line: str
) -> None:
    """A sentence saying what the times are in, on the home page above the schedule's heading (its day after a label
    "Date & Location:" too): the schedule's zone is Vienna's (two hours ahead of UTC in July), not UTC."""
    body = f"## Tiny Workshop 2026\n\n{line}\n\n## Schedule\n\n{_PROGRAM}"
    edition = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", body)}))
    noon = dt.datetime(2026, 7, 10, 12, tzinfo=ZoneInfo(edition["timezone"]))
    assert edition["date"] == dt.date(2026, 7, 10) and noon.utcoffset() == dt.timedelta(hours=2), edition


def test_a_content_column_titles_the_rows_its_event_column_labels() -> None:
    """``| Time | Event | Content |``: the content column holds the talks' titles, the event column their labels with
    the speaker on a line under each; a row whose content is empty is titled by its label."""
    out = _table("| Time | Event | Content |\n|---|---|---|\n"
                 "| 09:00 | Welcome / Presentation<br>Ann Lee (OECD) | *Objectives for measuring robots* |\n"
                 "| 09:30 | Breakout session<br>Bo Wu (CMU) | |\n"
                 "| 11:00 | Panel Discussion<br>Cy Diaz, Di Fox | *How to Assess Robots in the Wild?* |\n"
                 "| 12:30 | Conclusion<br>Ann Lee (OECD) | *What did we learn?* |\n")
    assert _flat(out) == [("09:00", "remarks", "Objectives for measuring robots", ["Ann Lee"]),
                          ("09:30", "talk", "Breakout session", ["Bo Wu"]),
                          ("11:00", "panel", "How to Assess Robots in the Wild?", ["Cy Diaz", "Di Fox"]),
                          ("12:30", "talk", "What did we learn?", ["Ann Lee"])]


def test_rows_of_divs_under_a_header_of_divs_are_read_by_their_columns() -> None:
    """``<div class="heading">Time</div><div class="heading">Event</div><div class="heading">Content</div>`` over
    rows of three ``<div>``s each: the headings name the columns, as a table's header does."""
    def row(time: str, event: str, who: str, content: str) -> str:
        return (f'<div class="row">\n<div class="timecol">{time}</div>\n<div class="eventcol"><div>\n<p>{event}</p>\n'
                f'<p style="font-size:10px;">{who}</p>\n</div></div>\n<div class="contentcol">{content}</div>\n</div>\n')
    body = ('# Programme\n\n<div class="program">\n<div class="heading">Time</div>\n<div class="heading">Event</div>\n'
            '<div class="heading">Content</div>\n'
            + row("09:00", "Welcome / Presentation", "Ann Lee (OECD)", "<i>Objectives for measuring robots</i>")
            + row("09:30", "Breakout session", "Bo Wu (CMU)", "&nbsp;")
            + row("12:30", "Conclusion", "Ann Lee (OECD)", "<i>What did we learn?</i>") + "</div>\n")
    assert _flat(_program(body)) == [("09:00", "remarks", "Objectives for measuring robots", ["Ann Lee"]),
                                     ("09:30", "talk", "Breakout session", ["Bo Wu"]),
                                     ("12:30", "talk", "What did we learn?", ["Ann Lee"])]


def test_a_counted_kind_for_title_keeps_its_count() -> None:
    """``| **Invited Talk #1** | Bo Wu |`` under ``Title | Speaker | Time``: the talk has no other title, so the
    label that counts it is its title ("Invited Talk #1"), not the kind alone."""
    out = _table("| Title | Speaker | Time |\n|---|---|---|\n| **Introduction** | Ann Lee | 9:00-9:10am |\n"
                 "| **Invited Talk #1** | Bo Wu | 9:10-9:30am |\n| **Invited Talk 2** | Cy Diaz | 9:30-9:50am |\n"
                 "| **Invited Talk** | Di Fox | 9:50-10:10am |\n")
    assert _flat(out) == [("9:00am", "remarks", "Introduction", ["Ann Lee"]),
                          ("9:10am", "invited", "Invited Talk #1", ["Bo Wu"]),
                          ("9:30am", "invited", "Invited Talk 2", ["Cy Diaz"]), ("9:50am", "invited", None, ["Di Fox"])]


def _block(time: str, head: str, parts: str) -> str:
    return (f'<div class="row program_block">\n  <div class="col">\n    <div class="entry_time">{time}</div>\n'
            f'    <div class="entry">\n      <b>{head}</b>\n    </div>\n    ------\n{parts}  </div>\n</div>\n')


def _paper(title: str, authors: str) -> str:
    return (f'    <div class="content_title">\n      <a href="#p" data-toggle="collapse">\n        {title}\n      </a>\n'
            f'    </div>\n    <div class="content_speakers">\n      <p>{authors}</p>\n    </div>\n'
            f'    <div class="collapse content_details"><div class="content_abstract"><p>Words of it.</p></div></div>\n')


def test_a_block_whose_own_line_is_over_pairs_of_titles_and_people_is_a_session_of_them() -> None:
    """``<div><b>Paper Session I</b></div>`` in a block over two title parts, each followed by its authors' part:
    a session of those papers; over one title part, "<b>Keynote</b>" is that talk's label. A line after the title
    part ("Networking and refreshments") says more of it and titles nothing."""
    body = ("# Programme\n\n"
            + _block("09:30 am - 10:00 am", "Paper Session I",
                     _paper("CARE: Causal Thinking in the Cloud", "Yong Xu and Xu Zhang (Microsoft Research)")
                     + "    <br/><br/>\n" + _paper("Frisbee: Benchmarking Recovery", "Fotis Nikolaidis (FORTH, Greece)"))
            + _block("10:00 am - 10:30 am", "Keynote", _paper("Too Many Tests", "Haryadi Gunawi, University of Chicago"))
            + _block("10:30 am - 10:45 am", "Break", "")
            + '<div class="row program_block">\n  <div class="col">\n    <div class="entry_time">10:45 am - 11:00 am'
              '</div>\n    <div class="content_title">Coffee Break</div>\n    <p>Networking and refreshments</p>\n'
              '  </div>\n</div>\n')
    out = _program(body)
    assert [(e.title, [t.title for t in e.items]) for e in out.entries if isinstance(e, program.Session)] == [
        ("Paper Session I", ["CARE: Causal Thinking in the Cloud", "Frisbee: Benchmarking Recovery"])]
    assert _flat(out) == [(None, "talk", "CARE: Causal Thinking in the Cloud", ["Yong Xu", "Xu Zhang"]),
                          (None, "talk", "Frisbee: Benchmarking Recovery", ["Fotis Nikolaidis"]),
                          ("10:00am", "keynote", "Too Many Tests", ["Haryadi Gunawi"]),
                          ("10:30am", "break", "Break", []), ("10:45am", "break", "Coffee Break", [])]


def test_a_panel_part_listing_its_moderator_and_under_a_label_its_panelists() -> None:
    """A panel's part: a list of "Moderator: Ann Lee, Google" and "Panelists:" over a list of "Name, Affiliation"
    (one with its short name after it, "(MPI-SWS)"): each is one of the panel's people."""
    panel = ('    <div class="content_title">\n      <ul>\n      <li>Moderator: John Wilkes, Google</li>\n'
             '      <li>Panelists:\n      <ul>\n        <li>Evangelia Kalyvianaki, University of Cambridge</li>\n'
             '        <li>Jonathan Mace, Max Planck Institute for Software Systems (MPI-SWS)</li>\n'
             '        <li>Yonatan Zunger, Twitter</li>\n      </ul>\n      </li>\n      </ul>\n    </div>\n')
    body = ("# Programme\n\n" + _block("11:50 am - 12:50 pm", "Panel", panel)
            + _block("12:50 pm - 1:00 pm", "Wrap-up", ""))
    assert _flat(_program(body)) == [
        ("11:50am", "panel", "Panel", ["John Wilkes", "Evangelia Kalyvianaki", "Jonathan Mace", "Yonatan Zunger"]),
        ("12:50pm", "talk", "Wrap-up", [])]
    assert [(p.name, p.affiliation) for p in people_in("Jonathan Mace, Max Planck Institute (MPI-SWS)")] == [
        ("Jonathan Mace", "Max Planck Institute (MPI-SWS)")]
    assert people_in("Ann Lee, Google (Moderator)") == []


def test_the_footer_a_default_layout_of_the_repository_includes_is_accounted_for(tmp_path: Path) -> None:
    """The repository's ``_layouts/default.html`` writes no words but includes ``footer.html``, where the site wrote
    its own sentence: a sentence no page of the new site shows is named at its file and line; the copyright line,
    the theme's credit and "Last updated" are not."""
    footer = ("<footer class=\"footer\">\n  <p>Follow the Quillon Society conduct rules at all sessions.</p>\n"
              "  &copy; Copyright {{ site.time | date: '%Y' }} {{ site.title }}.\n"
              "  Powered by Jekyll with al-folio theme.\n  Last updated: {{ 'now' | date: '%B %d, %Y' }}.\n</footer>\n")
    files = {"_layouts/default.html": "<html><body>\n{% include header.html %}\n<main>{{ content }}</main>\n"
                                      "{% include footer.html %}\n</body></html>\n",
             "_includes/header.html": "<header><nav>Tiny</nav></header>\n", "_includes/footer.html": footer,
             "index.md": "---\nlayout: default\ntitle: Tiny Workshop 2026\n---\nWelcome.\n"}
    report = (_imported(tmp_path, files) / "MIGRATION.md").read_text(encoding="utf-8")
    named = [line for line in report.splitlines() if "_includes/" in line]
    assert len(named) == 1 and "_includes/footer.html:2" in named[0], named
    assert "Quillon Society conduct rules" in named[0]


def test_a_line_asking_to_contact_people_names_no_contact_as_a_person(tmp_path: Path) -> None:
    """"Contact Ann Lee (MIT), Bo Wu (Stanford University)" under "Organizers": "Contact" asks the reader to write
    to them; no organizer is named "Contact Ann Lee"."""
    body = ("## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n## Organizers\n\n"
            "Contact Ann Lee (MIT), Bo Wu (Stanford University)\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    known = yaml.safe_load((dest / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    assert not any("Contact" in person["name"] for person in known.values()), known
    assert "Contact Ann Lee" in " ".join((dest / "docs/index.md").read_text(encoding="utf-8").split())


_SLOTS = [("09:00", "remarks", "Opening remarks", None), ("09:15", "keynote", "Small Models", ["ann-lee"]),
          ("10:00", "break", "Coffee break", None)]


@pytest.mark.parametrize("program", [
    "- **09:00–09:15** Opening remarks\n- **09:15–10:00** Keynote: Small Models by Ann Lee\n"
    "- **10:00–10:30** Coffee break\n",
    "#### 09:00 – 09:15 Opening remarks\n\n#### 09:15 – 10:00 Keynote: Small Models\n\nAnn Lee, MIT\n\n"
    "#### 10:00 – 10:30 Coffee break\n",
    "**09:00:** Opening remarks\n\n**09:15:** Keynote by Ann Lee: \"Small Models\"\n\n**10:00:** Coffee break\n",
    '<ul class="schedule">\n<li><span class="time">09:00</span> Opening remarks</li>\n<li><span class="time">09:15'
    '</span> Keynote: <em>Small Models</em> — Ann Lee</li>\n<li><span class="time">10:00</span> Coffee break</li>\n'
    "</ul>\n",
    "| Time | Event |\n|---|---|\n| 09:00 | Opening remarks |\n| 09:15 | Keynote: Small Models - Ann Lee (MIT) |\n"
    "| 10:00 | Coffee break |\n",
], ids=["bold-times-in-a-list", "timed-headings-a-speaker-line-under-one", "a-paragraph-each-bold-time-and-colon",
        "html-list-title-in-italics-dash-speaker", "title-dash-speaker-with-where"])  # fmt: skip
def test_a_program_in_the_home_pages_schedule_section_written_in_any_common_way(tmp_path: Path, program: str) -> None:
    """The same three slots under "## Schedule" on the home page, as workshop pages write them: each read as its
    row, the keynote's speaker apart from its title ("*Small Models* — Ann Lee", "Small Models - Ann Lee (MIT)",
    a line naming her under a timed heading)."""
    body = f"## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n## Schedule\n\n{program}"
    schedule = _edition(_imported(tmp_path, {"_pages/about.md": _page("about", "/", body)}))["schedule"]
    assert [(r.get("time"), r.get("kind"), r.get("title"), r.get("speakers")) for r in schedule] == _SLOTS


def test_timed_lines_in_html_no_schedule_reads_are_named_in_the_report(tmp_path: Path) -> None:
    """A program written as ``<details><summary>09:00 Opening remarks</summary>...`` (no shape the import reads as
    rows): the page keeps it, and each of its timed lines is named in MIGRATION.md at its line."""
    program = ("<details><summary>09:00 Opening remarks</summary>Welcome.</details>\n"
               "<details><summary>09:15 Keynote: Small Models by Ann Lee</summary>Abstract words.</details>\n"
               "<details><summary>10:00 Coffee break</summary></details>\n")
    body = f"## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n## Schedule\n\n{program}"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8")
    named = [line for line in report.splitlines() if "a line of a schedule" in line]
    assert len(named) == 3 and "09:15 Keynote: Small Models by Ann Lee" in named[1], named


def test_a_title_then_a_dash_and_a_speaker_the_site_shows_is_her_talk(tmp_path: Path) -> None:
    """``Keynote: Small Models - Ann Lee`` in a program whose page lists Ann Lee among the invited speakers: her
    talk, titled "Small Models" (said in MIGRATION.md as a guess)."""
    body = ("## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n## Invited Speakers\n\n"
            "- Ann Lee (MIT)\n- Bo Wu (Stanford University)\n\n## Schedule\n\n| Time | Event |\n|---|---|\n"
            "| 09:00 | Opening remarks |\n| 09:15 | Keynote: Small Models - Ann Lee |\n| 10:00 | Coffee break |\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    keynote = _edition(dest)["schedule"][1]
    assert (keynote["title"], keynote["speakers"]) == ("Small Models", ["ann-lee"])
    assert "'Small Models - Ann Lee': read as Ann Lee" in (dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_the_dates_of_a_journals_call_on_a_page_of_the_site_are_not_the_workshops(tmp_path: Path) -> None:
    """A page "Call for Articles - Journal Special Issue" listing its own Key Dates: they stay on that page and are
    named in MIGRATION.md; the workshop's dates are those of its own call."""
    home = ("## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n\n## Important Dates\n\n"
            "- Submission deadline: May 1, 2026\n- Notification: June 2, 2026\n")
    journal = "## Key Dates\n\n- Full Paper Deadline: September 1, 2026\n- Revised Papers Due: November 13, 2026\n"
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home),
                                "_pages/issue.md": _page("Call for Articles - Journal Special Issue", "/issue/", journal,
                                                         "nav: true\n")})  # fmt: skip
    assert [d["name"] for d in _edition(dest)["dates"]] == ["Submission deadline", "Notification"]
    assert "a journal's call and not the workshop's" in (dest / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Revised Papers Due" in (dest / "docs/issue.md").read_text(encoding="utf-8")


def test_a_list_program_whose_items_open_with_their_time_in_square_brackets(tmp_path: Path) -> None:
    """``- [9:00am-10:00am] Keynote``, ``- [8:45am] Welcome``: a time (or a range) in square brackets opening an item
    is its time, as a bare one would be; ``[9:00 Talk](url)``, a link whose words open with a time, is no such
    bracket."""
    program = ("- [8:45am] Welcome and Logistics\n"
               "- [9:00am-10:00am] Keynote Talk\n"
               "- [11:00am-12:00pm]  Poster session 1\n"
               "- [2:00pm -- 3:00pm] Poster session 2\n"
               "- [5:15 pm – 8:00 pm] Group Dinner\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(r["time"], r.get("end"), r.get("title")) for r in schedule] == [
        ("8:45am", None, "Welcome and Logistics"), ("9:00am", "10:00am", "Keynote Talk"),
        ("11:00am", "12:00pm", "Poster session 1"), ("2:00pm", "3:00pm", "Poster session 2"),
        ("5:15pm", "8:00pm", "Group Dinner")]


def test_a_keynote_item_naming_its_speaker_and_affiliation_then_its_title_and_its_host_below(tmp_path: Path) -> None:
    """``**Keynote Talk**: Ann Lee (MIT), [Title: Subtitle](../speakers/) \\`` over a line ``Host: Bo Wu``: the name
    with the affiliation in brackets, a comma, then the title (a colon in it) is the talk; the line the Markdown
    hard break (a backslash) opens, naming who hosts, presides over the talk and gives none of it."""
    program = ("- [8:45am] Welcome and Logistics\n"
               "- [9:00am-10:00am] **Keynote Talk**: Ann Lee (MIT), [Learning Robots: Less Data, More Sense]"
               "(../speakers/) \\\n  Host: Bo Wu\n"
               "- [10:00am-11:00am] Poster session 1\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    keynote = schedule[1]
    assert (keynote["title"], [s if isinstance(s, str) else s.get("id") or s["name"] for s in keynote["speakers"]]) \
        == ("Learning Robots: Less Data, More Sense", ["ann-lee"])  # fmt: skip


def test_an_items_line_naming_its_people_after_a_role_word_is_no_part_of_its_title(tmp_path: Path) -> None:
    """``Mentoring session. \\`` over ``Mentors: Ann Lee (MIT); Bo Wu (CMU)``: the people the second line names
    after a word saying their part are the item's people; the word is no part of its title. ``Welcome, Ann Lee and
    Bo Wu.``: the names after the title's comma are who gives it."""
    program = ("- [8:45am] Welcome and Logistics, Cy Li and Di Ma.\n"
               "- [10:00am-11:00am] Mentoring session for mentees. Social Session. \\\n"
               "  Mentors: Ann Lee (MIT); Bo Wu (CMU); Eve Ray (IBM)\n"
               "- [11:00am-12:00pm] Poster session 1\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    people = [[s if isinstance(s, str) else s.get("id") or slug(s["name"]) for s in r.get("speakers") or []]
              for r in schedule]
    assert [r["title"] for r in schedule][:2] == ["Welcome and Logistics", "Mentoring session for mentees. Social Session."]
    assert people[:2] == [["cy-li", "di-ma"], ["ann-lee", "bo-wu", "eve-ray"]]


def test_a_heading_naming_a_session_and_its_hours_over_a_list_program_is_that_session(tmp_path: Path) -> None:
    """``### Session 1: 8:45am–12:30pm EST`` over a list of timed items: the heading is a session at its start,
    the items read from the list under it its rows; a heading without hours (``### Notes``) is none."""
    program = ("### Session 1: 8:45am–12:30pm EST\n\n"
               "- [8:45am] Welcome\n- [9:00am-10:00am] Keynote Talk\n- [11:00am-12:00pm] Poster session 1\n\n"
               "### Session 2 (2pm–4pm)\n\n"
               "- [2:00pm-3:00pm] Poster session 2\n- [3:00pm-3:30pm] Coffee break\n- [3:30pm-4:00pm] Closing\n\n"
               "### Notes\n\n"
               "- [4:00pm] Reception\n- [5:00pm] Dinner\n- [6:00pm] Walk\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(e.get("session"), e.get("time"), [i["title"] for i in e.get("items") or []]) for e in schedule] == [
        ("Session 1", "8:45am", ["Welcome", "Keynote Talk", "Poster session 1"]),
        ("Session 2", "2pm", ["Poster session 2", "Coffee break", "Closing"]),
        (None, "4:00pm", []), (None, "5:00pm", []), (None, "6:00pm", [])]


def test_a_data_record_of_a_talk_with_a_list_of_names_is_one_person_each(tmp_path: Path) -> None:
    """``_data/staff.yml`` ``Speakers: [{names: [Ann Lee, Bo Chen], images: [...], bios: [...], affiliation: MIT,
    resources: [{name: Slides, url: /slides.pptx}]}]`` shown by an include's loop: each name is a speaker, with the
    photo and the bio at its place in the lists beside and the record's affiliation; the talk's resources are no one
    (a link to a file is no person's web address)."""
    loop = ('{% for talk in site.data.staff.Speakers %}<div class="talk"><p>{{ talk.title }}</p>'
            '{% for image in talk.images %}<img src="{{ image | prepend: \'/assets/img/\' }}" '
            'alt="{{ talk.names[forloop.index0] }}"><div>{{ talk.names[forloop.index0] }}</div>{% endfor %}'
            '{% for bio in talk.bios %}<p>{{ bio }}</p>{% endfor %}'
            '{% for r in talk.resources %}<a href="{{ r.url }}">{{ r.name }}</a>{% endfor %}</div>{% endfor %}\n')
    site = _imported(tmp_path, {
        "_data/staff.yml": "Speakers:\n  - names:\n      - Ann Lee\n      - Bo Chen\n    affiliation: MIT\n"
                           "    title: Small Arrays\n    images:\n      - a.jpg\n      - b.jpg\n"
                           "    bios:\n      - Ann Lee works on radar.\n      - Bo Chen works on sonar.\n"
                           "    resources:\n      - name: Presentation Slides\n        url: /assets/slides.pptx\n",
        "_includes/speakers.html": loop,
        "assets/img/a.jpg": "", "assets/img/b.jpg": "",
        "index.md": "---\nlayout: home\n---\n## Keynote Speakers\n\n{% include speakers.html %}\n",
    })  # fmt: skip
    assert _edition(site).get("speakers") == ["ann-lee", "bo-chen"]
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert set(people) == {"ann-lee", "bo-chen"}
    assert people["bo-chen"]["affiliation"] == "MIT" and people["bo-chen"]["bio"] == "Bo Chen works on sonar."
    assert people["ann-lee"]["photo"].endswith("a.jpg")


def test_a_persons_link_that_is_no_web_address_is_named_not_written(tmp_path: Path) -> None:
    """``url: /files/ann-cv.pdf`` in a speaker's record: people.yml takes only web addresses (the site would not
    build), so the link is left out of the person and named in MIGRATION.md."""
    loop = '{% for s in site.data.speakers %}<p><a href="{{ s.url }}">{{ s.name }}</a>, {{ s.affiliation }}</p>{% endfor %}\n'
    site = _imported(tmp_path, {
        "_data/speakers.yml": "- name: Ann Lee\n  affiliation: MIT\n  url: /files/ann-cv.pdf\n"
                              "- name: Bo Chen\n  affiliation: ETH\n  url: https://bo.example.org\n",
        "index.md": "---\nlayout: home\n---\n## Keynote Speakers\n\n" + loop,
    })  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert "url" not in people["ann-lee"] and people["bo-chen"]["url"] == "https://bo.example.org"
    assert "/files/ann-cv.pdf" in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_program_of_headings_each_over_a_labelled_time_line() -> None:
    """``<h2>Keynote Speech</h2>`` over ``<p><strong>Time</strong>: 14:00 - 15:30 <strong>Chair</strong>: Cy Li</p>``
    (no day written): each heading a row at that time; a table of talks under one stays its rows, after it; the
    chair is no speaker. Under a heading, talk cards ``Title: ...`` / ``Time: 14:00 - 14:45`` with the speakers'
    names alone on their lines are talks of their own."""
    body = """\
<h2>Keynote Speech</h2>
<p><strong>Time</strong>: 14:00 - 15:30 &emsp;
<strong>Chair</strong>: Cy Li</p>
<div class="talk">
<p class="t"><span>Title:</span> Small Arrays for Radar</p>
<p class="w"><span>Time:</span> 14:00 - 14:45</p>
<div class="abstract"><span>Abstract:</span> Arrays are small.</div>
<div class="name">Ann Lee</div>
<div class="name">Bo Chen</div>
<div class="bio"><strong>Ann Lee</strong> works on radar and sonar at a lab.</div>
</div>
<div class="talk">
<p class="t"><span>Title:</span> Deep Radar</p>
<p class="w"><span>Time:</span> 14:45 - 15:30</p>
<div class="name">Dan Wu</div>
</div>
<h2>Coffee Break</h2>
<p><strong>Time</strong>: 15:30 - 16:00</p>
<h2>Lightning Talks</h2>
<p><strong>Time</strong>: 16:00 - 16:06 <strong>Chair</strong>: Cy Li</p>
<table><tr><th>Time</th><th>Title</th><th>Authors</th></tr>
<tr><td>16:00 – 16:03</td><td>Sparse Arrays</td><td>Eve Ma (MIT)<br>Fay Xu (ETH)</td></tr>
<tr><td>16:03 – 16:06</td><td>Phase Retrieval</td><td>Gus Ho (EPFL)</td></tr>
</table>
<h2>Poster Session</h2>
<p><strong>Time</strong>: 16:06 - 17:30</p>
"""
    page = jekyll.JekyllPage("program.md", {"title": "Program"}, body, 4, "/program/")
    out = schedule.find_schedule([page], set(), 2025)
    rows = [(d.time.text if d.time else None, d.title, [p.name for p in d.speakers])
            for e in out.entries for d in (e.items if isinstance(e, program.Session) else [e])]  # fmt: skip
    assert rows == [
        ("14:00", "Keynote Speech", []),
        ("14:00", "Small Arrays for Radar", ["Ann Lee", "Bo Chen"]),
        ("14:45", "Deep Radar", ["Dan Wu"]),
        ("15:30", "Coffee Break", []),
        ("16:00", "Lightning Talks", []),
        ("16:00", "Sparse Arrays", ["Eve Ma", "Fay Xu"]),
        ("16:03", "Phase Retrieval", ["Gus Ho"]),
        ("16:06", "Poster Session", []),
    ]


def test_a_region_overlapping_two_regions_makes_the_three_one() -> None:
    """A people loop's lines and a program's sessions around them: a region that overlaps two regions already found
    joins both, so no two regions of a page overlap (a block kept as written keeps all of it)."""
    from mkdocs_esfomo.importers.alfolio.pages import Replacement
    from mkdocs_esfomo.importers.alfolio.pipeline import _add

    found: list[Replacement] = []
    _add(found, Replacement(4, 8, ["<!-- esfomo/people { role: organizers } -->"]))
    _add(found, Replacement(9, 372, ["<!-- esfomo/people { role: speakers } -->"]))
    _add(found, Replacement(2, 499, ["<!-- esfomo/schedule -->"]))
    assert [(r.start, r.end) for r in found] == [(2, 499)]
    assert found[0].lines == ["<!-- esfomo/people { role: organizers } -->", "<!-- esfomo/people { role: speakers } -->",
                              "<!-- esfomo/schedule -->"]


def test_a_page_of_no_layout_does_not_make_unused_includes_shown(tmp_path: Path) -> None:
    """A redirect page written ``layout: null`` (Jekyll puts it in no layout) beside pages in the site's own layouts:
    an include that no file includes (``staff.html``, left from the template) showed nothing, so its words are not
    reported as lost."""
    site = _imported(tmp_path, {
        "_config.yml": CONFIG,
        "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
        "_layouts/page.html": "---\nlayout: default\n---\n<h1>{{ page.title }}</h1>\n{{ content }}\n",
        "_includes/staff.html": "<ul><li><span>Office hours:</span> {{ s.hours }}</li></ul>\n",
        "_pages/about.md": _page("about", "/", "Welcome to the tiny workshop, on **May 1, 2026**."),
        "_pages/register.md": "---\nlayout: null\npermalink: /register/\ntitle: Register\nnav: true\n---\n"
                              '<html><head><meta http-equiv="refresh" content="0; url=https://example.org/"></head>'
                              "</html>\n",
    })  # fmt: skip
    assert "Office hours" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_an_html_page_is_read_as_html_however_its_lines_are_indented(tmp_path: Path) -> None:
    """``_pages/home.html``: Jekyll writes an ``.html`` page as it is (no Markdown), so HTML indented four spaces
    after a blank line is HTML, not Markdown's indented code; its dates table is read, and the page the import
    writes shows it as HTML."""
    home = ("<div class=\"row\">\n    <p>Welcome.</p>\n</div>\n\n"
            "        <div class=\"row\" id=\"dates\">\n            <h3>Important Dates</h3>\n\n"
            "            <table class=\"table\">\n                <tr><td>Submission Deadline</td>"
            "<td>October 4, 2023</td></tr>\n\n"
            "                <tr><td>Notifications</td><td>October 27, 2023</td></tr>\n"
            "            </table>\n        </div>\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG,
                                  "_pages/home.html": "---\nlayout: page\npermalink: /\ntitle: Home\n---\n" + home})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path / "src"))[0], 2023)
    assert [(d.name, d.at.day) for d in found.dates] == [("Submission Deadline", dt.date(2023, 10, 4)),
                                                         ("Notifications", dt.date(2023, 10, 27))]  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "out")
    assert "    <div" not in (tmp_path / "out/docs/index.md").read_text(encoding="utf-8")


def test_a_stray_end_tag_in_a_table_cell_does_not_end_the_table() -> None:
    """``<td>Poster <div class="collapse"><li>A</li></td></div></tr>``: the ``</div>`` after the cell closed matches
    no element inside the table; a browser ignores it (an end tag does not reach across a table or a cell), so the
    rows after it are rows of the same table, not text after it."""
    html = ('<div class="col">\n<table>\n<tr><th>08:00 AM</th><td>Poster: Session 1\n<div class="collapse">\n'
            "<li>Paper A. Ann Lee.</li>\n</td>\n</div>\n</tr>\n<tr><th>09:00 AM</th><td>Lunch Break</td></tr>\n"
            "</table>\n</div>\n")
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert [rich(row.cells[0]) for row in table.rows] == ["08:00 AM", "09:00 AM"]


def test_a_paper_row_with_an_empty_time_cell_takes_the_time_and_authors_its_cell_shows() -> None:
    """Under ``<th data-time="07:15">07:15 AM</th><td>Spotlight Talks: Session 1 (Kernels)</td>``, rows ``<th></th><td><span
    data-time="07:15">07:15 AM</span> ~ <span>07:22 AM</span> <a class="paper-title">Title</a><span
    class="paper-authors">Ann Lee, Bo Wu</span> [Abstract]</td>``: each paper's time is the range its cell opens
    with, its speakers the authors' part beside the titled part."""
    out = _table("""\
<table id="schedule-table">
<tr><th scope="row" data-time="07:15">07:15 AM</th><td>Spotlight Talks: Session 1 (Kernels)</td></tr>
<tr><th></th><td><span scope="row" data-time="07:15">07:15 AM</span> ~ <span data-time="07:22">07:22 AM</span>
<a class="paper-title" href="https://openreview.net/forum?id=1">Kernels at Speed</a><br/>
<span class="paper-authors">Ann Lee, Bo Wu</span> <a data-toggle="collapse" href="#p1">[Abstract]</a>
<div class="collapse" id="p1">Abstract: Fast kernels.</div></td></tr>
<tr><th></th><td><span data-time="07:23">07:23 AM</span> ~ <span data-time="07:30">07:30 AM</span>
<a class="paper-title" href="https://openreview.net/forum?id=2">Tables as Text</a><br/>
<span class="paper-authors">Cy Li</span></td></tr>
<tr><th scope="row" data-time="08:00">08:00 AM</th><td>Coffee Break</td></tr>
</table>
""")
    assert _flat(out)[1:] == [("07:15AM", "talk", "Kernels at Speed", ["Ann Lee", "Bo Wu"]),
                              ("07:23AM", "talk", "Tables as Text", ["Cy Li"]), ("08:00AM", "break", "Coffee Break", [])]


def test_a_kind_label_before_a_numbered_session_stays_in_the_title() -> None:
    """``Spotlight Talks: Session 1 (Data Wrangling)``, ``Poster: Session 2``: "Session 1" alone names nothing, so the
    row's title is the cell as written, its kind the label's."""
    out = _table("""\
| Time | Event |
|:--|:--|
| 07:15 | Spotlight Talks: Session 1 (Data Wrangling) |
| 08:20 | Poster: Session 2 |
| 09:00 | Oral: Kernels at Speed |
""")
    assert _flat(out) == [("07:15", "spotlight", "Spotlight Talks: Session 1 (Data Wrangling)", []),
                          ("08:20", "poster", "Poster: Session 2", []), ("09:00", "oral", "Kernels at Speed", [])]


def test_a_cells_collapsed_part_and_its_toggle_are_said_beside_its_title() -> None:
    """``Poster: Session 1 <a data-toggle="collapse" href="#p1">[Details]</a><div class="collapse" id="p1"><li>Paper
    A. Ann Lee.</li></div>``: what Bootstrap shows only on a click is no word of the row's title; its toggle says
    nothing."""
    html = ('<table>\n<tr><th>08:20 AM</th><td>Poster: Session 1\n<a data-toggle="collapse" href="#p1">[Details]</a>\n'
            '<div class="collapse" id="p1">\n<li>Paper A. Ann Lee.</li>\n<li>Paper B. Bo Wu.</li>\n</div>\n</td></tr>\n'
            "</table>\n")
    (table,) = [b for b in blocks.parse(html) if b.kind == "table"]
    assert [(row.cells, row.extra) for row in table.rows] == [(["08:20 AM", "Poster: Session 1"],
                                                                 ["Paper A. Ann Lee. Paper B. Bo Wu."])]


def test_a_redirect_to_the_pages_own_published_address_is_no_redirect(tmp_path: Path) -> None:
    """``index.md`` with ``redirect_to: https://org.github.io/tiny/``, the address GitHub Pages serves it at (the
    folder its own links begin with, ``/tiny/call``; or its ``url``): it sends nobody anywhere, so its words are the
    home page's, read as written, with a line in MIGRATION.md; a redirect to another project's folder stays one."""
    home = ("---\nlayout: page\nredirect_to: https://org.github.io/tiny/\n---\nThe Tiny Workshop, June 30, 2025, "
            "on tiny models. See the [call](/tiny/call).\n")
    other = _page("call", "/call/", "Send us tiny papers by May 1, 2025.", "nav: true\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "index.md": home, "_pages/call.md": other})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert not [n for n in notes if "read as a redirect" in n.what]
    assert [n.where for n in notes if "names this page's own address" in n.what] == ["index.md:1"]
    assert "The Tiny Workshop" in (tmp_path / "out/docs/index.md").read_text(encoding="utf-8")
    url = CONFIG + "url: https://tiny.example.org\n"
    write_tree(tmp_path / "src2", {"_config.yml": url, "_pages/call.md": other,
                                   "index.md": home.replace("https://org.github.io/tiny/", "https://tiny.example.org/")})
    notes = import_site(tmp_path / "src2", tmp_path / "out2")
    assert [n.where for n in notes if "names this page's own address" in n.what] == ["index.md:1"]
    write_tree(tmp_path / "src3", {"_config.yml": CONFIG, "_pages/call.md": other,
                                   "index.md": home.replace("org.github.io/tiny/", "org.github.io/big/")})
    notes = import_site(tmp_path / "src3", tmp_path / "out3")
    assert [n.where for n in notes if "read as a redirect" in n.what] == ["index.md:1"]


def test_a_table_of_parts_of_days_reads_each_cell_as_a_programs_cell(tmp_path: Path) -> None:
    """``| morning | **Keynote Talk** - Ann Lee |`` in a program table whose times are only parts of days: each other
    cell is read as a timed row's would be (Ann Lee's keynote, a lightning talk, a poster session), still labelled by
    its part of the day."""
    home = "The Tiny Workshop, on **July 26, 2024**.\n\n## Keynote Speakers\n\n- Ann Lee (MIT)\n- Bo Wu (ETH)\n"
    program = ("| Time (GMT+2) | Activity |\n|:---:|:---:|\n|morning | **Ice-breaking activity** |\n"
               "|morning | **Keynote Talk** - Ann Lee |\n|morning | **Lightning Talk** - TBD |\n"
               "|:---:|:---:|\n|afternoon | **Keynote Talk** - Bo Wu |\n|afternoon | **Poster / Papers presentation** |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home),
                                  "_pages/program.md": _page("Program", "/program/", program, "nav: true\n")})
    import_site(tmp_path / "src", tmp_path / "out")
    rows = [(r.get("label"), r["kind"], r.get("title"), r.get("speakers")) for r in _edition(tmp_path / "out")["schedule"]]
    assert rows == [("morning", "talk", "Ice-breaking activity", None), ("morning", "keynote", "Keynote", ["ann-lee"]),
                    ("morning", "spotlight", "Lightning Talk", None), ("afternoon", "keynote", "Keynote", ["bo-wu"]),
                    ("afternoon", "poster", "Poster / Papers presentation", None)]


def test_a_table_of_parts_of_days_names_its_zone_in_its_header(tmp_path: Path) -> None:
    """``| Time (GMT+2) | Activity |`` over rows of parts of days: the header names the program's clock as a timed
    table's does."""
    home = "The Tiny Workshop, on **July 26, 2024**.\n"
    program = ("| Time (GMT+2) | Activity |\n|:---:|:---:|\n|morning | **Ice-breaking activity** |\n"
               "|afternoon | **Poster session** |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home),
                                  "_pages/program.md": _page("Program", "/program/", program, "nav: true\n")})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["timezone"] == "Etc/GMT-2"


def test_an_offset_zone_is_the_zone_of_the_venue_named_by_the_schedule(tmp_path: Path) -> None:
    """``Time (GMT+2)`` under ``**Location**: Magazzini, Genoa, Italy``: the offset alone is the zone of the place the
    line names (a known city, or a country of one zone it ends with) when that zone's clock has the offset on the
    day (a guess, named); a place whose clock does not, or none, leaves the offset's zone."""
    program = ("**Date**: June 30, 2025\n\n**Location**: **Magazzini del Cotone** Genoa, Italy\n\n"
               "| Time (GMT+2) | Activity |\n|---|---|\n| 09:00 | Opening |\n| 09:30 | Keynote: Small Models |\n")
    for name, place, zone in [("a", "Genoa, Italy", "Europe/Rome"), ("b", "Lisbon, Portugal", "Etc/GMT-2")]:
        write_tree(tmp_path / name, {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", "The Tiny Workshop."),
                                     "_pages/program.md": _page("Program", "/program/",
                                                                program.replace("Genoa, Italy", place), "nav: true\n")})
        notes = import_site(tmp_path / name, tmp_path / f"out-{name}")
        assert _edition(tmp_path / f"out-{name}")["timezone"] == zone
    assert [n.what for n in notes if "the venue's place" in n.what] == []
    assert "the venue's place, Italy" in " ".join(n.what for n in import_site(tmp_path / "a", tmp_path / "again"))


def test_a_round_table_row_names_no_one(tmp_path: Path) -> None:
    """``| 17:00 | (G)Round Table |``, ``| 17:30 | Round Table |``: a round table (its letter in brackets glued to the
    word, no nickname between names) is the row's title, not a speaker."""
    home = ("On **July 26, 2024**.\n\n## Schedule\n\n| Time | Event |\n|---|---|\n| 16:00 | Keynote: Ann Lee |\n"
            "| 17:00 | (G)Round Table |\n| 17:30 | Round Table |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    rows = [(r.get("title"), r.get("speakers")) for r in _edition(tmp_path / "out")["schedule"]]
    assert rows[1:] == [("(G)Round Table", None), ("Round Table", None)]


def test_a_question_time_glued_to_its_plus_sign_follows_the_talk(tmp_path: Path) -> None:
    """``Keynote by **Ann Lee** +QA``: the questions after the talk, the sign written onto them, are no part of the
    speaker's name, as with ``+ QA``."""
    home = ("On **July 26, 2024**.\n\n## Schedule\n\n| Time | Event |\n|---|---|\n"
            "| 16:00 | Keynote by **Ann Lee** +QA |\n| 16:30 | Keynote by **Bo Wu** + QA |\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert [r.get("speakers") for r in _edition(tmp_path / "out")["schedule"]] == [["ann-lee"], ["bo-wu"]]


def test_people_listed_with_their_social_handle_after_the_name(tmp_path: Path) -> None:
    """``* Ann Lee [@annlee](https://twitter.com/annlee), MIT``: the handle is her account, not a second name; the
    item names one person, of what comes after the comma, and the account is her address when no link names her."""
    about = """## Organizers

* Ann Lee [@annlee](https://twitter.com/annlee), MIT
* [Bo Wu](https://bowu.org) [@bowu](https://twitter.com/bowu), ETH Zurich
* Cy Chen, Oxford
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT", "https://twitter.com/annlee"),
        ("Bo Wu", "organizers", "ETH Zurich", "https://bowu.org"),
        ("Cy Chen", "organizers", "Oxford", None),
    ]  # fmt: skip


def test_a_past_edition_in_a_folder_as_markdown_without_front_matter(tmp_path: Path) -> None:
    """GitHub Pages publishes Markdown without front matter in any folder (``history/2020/index.md`` is
    ``/history/2020/``), as beside the home page: the page the home page links to is the 2020 edition, and the home
    page, its first heading naming 2021 ("# Tiny 2021: 2nd Workshop on ..."), the current one."""
    home = """# Tiny 2021: 2nd Workshop on Small Things

## Important Dates

- September 1, 2021: Submission deadline
- October 8, 2021: Workshop

# Previous Workshops

[Tiny 2020](history/2020/)
"""
    past = """# 1st Tiny Workshop

**Date**: June 25th, 2020.

## Important Dates

- May 1, 2020: Submission deadline
"""
    site = _imported(tmp_path, {"index.md": home, "history/2020/index.md": past})
    editions = sorted(p.stem for p in (site / "docs/_data/editions").glob("*.yml"))
    assert editions == ["2020", "2021"]
    current = yaml.safe_load((site / "docs/_data/editions/2021.yml").read_text(encoding="utf-8"))
    before = yaml.safe_load((site / "docs/_data/editions/2020.yml").read_text(encoding="utf-8"))
    assert [d["name"] for d in current["dates"]] == ["Submission deadline", "Workshop"]
    assert [(d["name"], str(d["at"])) for d in before["dates"]] == [("Submission deadline", "2020-05-01")]


def test_a_sentence_under_a_panel_heading_linking_people_names_the_panelists(tmp_path: Path) -> None:
    """``We've invited [Ann Lee](#ann-lee), [Bo Wu](#bo-wu), and [Cy Li](#cy-li) to share their thoughts`` under
    "# Panel discussion: ...": the panelists, save the one the sentence says moderates; the speakers their own
    sections name keep that role too."""
    about = """# Panel discussion: The role of small things

We've invited [Ann Lee](#ann-lee), [Bo Wu](https://bowu.org), and [Cy Li](#cy-li) to share their thoughts,
moderated by [Di Ng](#di-ng).

# Invited talks

## [Ann Lee](https://ann.org)

**Small things matter**

## [Bo Wu](https://bowu.org)

**Smaller things matter more**
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert sorted((p.name, p.role) for p in found.people) == [
        ("Ann Lee", "panelists"), ("Ann Lee", "speakers"), ("Bo Wu", "panelists"), ("Bo Wu", "speakers"),
        ("Cy Li", "panelists")]  # fmt: skip
    assert next(p.url for p in found.people if p.name == "Bo Wu" and p.role == "panelists") == "https://bowu.org"


def test_degrees_a_bio_lists_are_no_city_and_state(tmp_path: Path) -> None:
    """"She received her PhD, MS, and BA degrees from UC Berkeley": "PhD, MS" reads like a city and a US state's
    letters (Mississippi), but a degree is no city."""
    home = ("## Invited Talks\n\n### Ann Lee\n\n*Ann Lee is a Professor at UC Berkeley. She received her PhD, MS, and"
            " BA degrees in Computer Science from UC Berkeley.*\n")
    write_tree(tmp_path / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home)})
    import_site(tmp_path / "src", tmp_path / "out")
    assert not (_edition(tmp_path / "out").get("location") or {}).get("city")


def test_a_kramdown_table_opening_with_its_separator_line_lists_people(tmp_path: Path) -> None:
    """``:-:|:-:`` first, no pipe before it and no header above it: kramdown reads the lines as a table, a row of
    photos over a row of ``**[Name](url)**<br />Affiliation`` cells: the people of the heading above."""
    body = ('## Organizers\n\n:-:|:-:\n<img src="/a.jpg" width="500" alt="Ann Lee" />|<img src="/b.jpg" alt="Bo Wu" />\n'
            "**[Ann Lee](https://ann.org)**<br />MIT | **Bo Wu**<br />ETH Zurich\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT"), ("Bo Wu", "organizers", "ETH Zurich")]  # fmt: skip


def test_a_host_or_the_challenge_participants_in_the_speaker_column_are_no_title() -> None:
    """``| 8:30 | **Opening remarks** | Host |``, ``| **VOS winning teams talks** | Challenge participants |``: who
    gives the row, no one by name; the event cell titles it."""
    out = _table("| Time | Event | Speaker |\n|:--|:--|:--|\n| 8:30 | **Opening remarks** | Host |\n"
                 "| 9:30 | **VOS winning teams talks** | Challenge participants |\n"
                 "| 10:00 | **Invited Talk #2**: All the Ways to Track | Tri Dao (MIT) |\n")
    assert [(title, speakers) for _, _, title, speakers in _flat(out)] == [
        ("Opening remarks", []), ("VOS winning teams talks", []), ("All the Ways to Track", ["Tri Dao"])]  # fmt: skip


def test_a_range_of_days_before_a_dates_name_is_no_part_of_the_name() -> None:
    """``**Aug 1st - 10th**: Release test data``: the range's first day, named by what follows the colon, not by
    "10th: Release test data"."""
    page = ("## Dates\n* **May 26th**: Training data released.\n"
            "* **Aug 1st - 10th**: Release test data and open the submission of the test results.\n")
    found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2023)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Training data released", dt.date(2023, 5, 26)),
        ("Release test data and open the submission of the test results", dt.date(2023, 8, 1))]  # fmt: skip


def test_the_day_the_workshop_takes_place_over_a_day_that_invites_teams_to_it(tmp_path: Path) -> None:
    """"Top teams will be invited to present at our workshop" is the day of the invitations; "The workshop will
    take place ..." is the workshop's day, though listed after it."""
    home = ("## Tiny Workshop 2023\n\n## Dates\n* **Aug 17th**: The results will be announced and top teams will be "
            "invited to give oral presentations at our workshop.\n"
            "* **Oct 2nd**: The workshop will take place at room S02.\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert _edition(site)["date"] == dt.date(2023, 10, 2)
    invited = home.replace("* **Oct 2nd**: The workshop will take place at room S02.\n", "")
    again = _imported(tmp_path / "invited", {"_pages/about.md": _page("about", "/", invited)})
    assert _edition(again).get("date") != dt.date(2023, 8, 17)


def test_a_photo_in_a_figure_over_a_name_heading_is_that_persons(tmp_path: Path) -> None:
    """``<figure><img alt="Bo Wu"></figure>`` over ``### Bo Wu``: her photo, not the one above's, whose section it
    closes."""
    body = ('## Invited Speakers\n\n<figure style="width: 150px" class="align-left">\n  <img src="/ann.jpg" '
            'alt="Ann Lee">\n</figure>\n\n### Ann Lee\nAnn is a professor at MIT, working on video.\n\n<br />\n\n'
            '<figure style="width: 150px" class="align-left">\n  <img src="/bo.jpg" alt="Bo Wu">\n</figure>\n\n'
            "### Bo Wu\nBo is a researcher at ETH Zurich, working on vision.\n\n<br />\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role, p.photo) for p in found.people] == [
        ("Ann Lee", "speakers", "/ann.jpg"), ("Bo Wu", "speakers", "/bo.jpg")]  # fmt: skip


def test_the_city_of_the_excerpt_a_theme_shows_gives_the_schedules_zone(tmp_path: Path) -> None:
    """``excerpt: "Workshop in conjunction with ICCV 2019, Seoul, Korea"``, which the theme shows under the title: the
    city of a schedule that names no zone."""
    home = ("On **October 27, 2019**.\n\n## Schedule\n\n| Time | Event |\n|---|---|\n| 09:00 | Opening |\n"
            "| 09:30 | Keynote: Small Models |\n")
    extra = 'excerpt: "Workshop in conjunction with ICCV 2019, Seoul, Korea"\n'
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home, extra)})
    assert _edition(site)["timezone"] == "Asia/Seoul"


def test_a_line_opening_with_hours_over_a_list_of_rows_is_their_session(tmp_path: Path) -> None:
    """``**9:00-12:00** Morning session (VOS track)`` over ``* **9:00-9:20** Welcome`` ...: a session of those rows,
    from 9:00; the afternoon's on a 12-hour clock too."""
    program = ("**9:00-12:00** Morning session (VOS track)\n  * **9:00-9:20** Welcome & introduction\n"
               "  * **9:20-10:00** Invited talk by Ann Lee\n  * **10:00-10:20** Coffee break\n\n"
               "**2:00-5:00** Afternoon session (VIS track)\n  * **2:00-2:20** Welcome\n"
               "  * **2:20-3:00** Invited talk by Bo Wu\n  * **3:00-3:20** Panel discussion\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(s.get("session"), str(s.get("time")), len(s.get("items") or [])) for s in schedule] == [
        ("Morning session (VOS track)", "9:00", 3), ("Afternoon session (VIS track)", "14:00", 3)]  # fmt: skip


def test_a_bold_event_under_the_program_with_its_day_and_hours_is_a_row_of_it(tmp_path: Path) -> None:
    """``**Panel discussion**`` over ``June 20, 2021, 7-8 PM PT @ [Zoom](...)`` under the program's table: a row
    of the program at 19:00, not a line left as written."""
    program = ("| Time | Event |\n|---|---|\n| 8:00 | Opening remarks |\n| 8:10 | Keynote: Small Models |\n\n"
               "**Panel discussion**\nJuly 10, 2026, 7-8 PM @ [Zoom](https://zoom.us/j/1)\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    last = schedule[-1]
    assert (schema.parse_time(str(last.get("time"))).minutes, last.get("title")) == (19 * 60, "Panel discussion")


# -- a menu looping over the pages, several places' clocks, bylines after a comma, photos with attribute lists --



def _reached_under_header(tmp_path: Path, header: str, pages: dict[str, str]) -> tuple[list[Any], list[Any]]:
    """The pages shown and hidden of a site whose default layout includes ``header``; ``pages``: each page's front
    matter after ``layout: default``, and its body."""
    write_tree(tmp_path, {"_config.yml": CONFIG, "_includes/header.html": header,
                          "_layouts/default.html": "<html>{% include header.html %}{{ content }}</html>",
                          "index.md": "---\nlayout: default\n---\nWelcome.\n",
                          **{rel: f"---\nlayout: default\n{text}" for rel, text in pages.items()}})  # fmt: skip
    return reach.reachable(jekyll.read_site(tmp_path))


def test_a_menu_written_as_a_loop_over_the_sites_pages_reaches_each_titled_page(tmp_path: Path) -> None:
    """``{% assign sorted = site.pages | sort:"order" %}{% for p in sorted %}{% if p.title %}<a href="{{ p.url }}">``
    in the site's own header: every page with a title is in the menu, a page without one is not."""
    header = """<nav>{% assign sorted_pages = site.pages | sort:"order" %}
{% for my_page in sorted_pages %}{% if my_page.title %}
<a class="page-link" href="{{ my_page.url | prepend: site.baseurl }}">{{ my_page.title }}</a>
{% endif %}{% endfor %}</nav>"""
    shown, hidden = _reached_under_header(tmp_path, header, {
        "_pages/program.md": "title: Program\npermalink: /program/\n---\nThe talks.\n",
        "_pages/hidden.md": "permalink: /hidden/\n---\nNot in the menu.\n"})  # fmt: skip
    assert {p.url for p in shown} == {"/", "/program/"}
    assert [p.url for p in hidden] == ["/hidden/"]


_CLOCKS = """<table>
<thead>
<tr><th colspan="2">Lisbon</th><th colspan="2">Tokyo</th><th>Monday, June 1</th><th></th></tr>
<tr><th>From</th><th>To</th><th>From</th><th>To</th><th></th><th></th></tr>
<tr><th>09:00</th><th>09:15</th><th>17:00</th><th>17:15</th><th>Opening</th><th></th></tr>
</thead>
<tbody>
<tr><td>09:15</td><td>10:00</td><td>17:15</td><td>18:00</td><td>Kernels, by Ann Lee (MIT)</td>
<td rowspan="2">&lt;-- Chair: Bo Wu</td></tr>
<tr><td>10:00</td><td>10:30</td><td>18:00</td><td>18:30</td><td>Coffee break</td></tr>
<tr><td colspan="2">Lisbon</td><td colspan="2">Tokyo</td><td>Friday, June 5</td><td></td></tr>
<tr><td>From</td><td>To</td><td>From</td><td>To</td><td></td><td></td></tr>
<tr><td>23:30</td><td>00:00</td><td>07:30</td><td>08:00</td><td>Late talk, by Cy Li</td><td></td></tr>
<tr><td>00:00</td><td>00:30</td><td>08:00</td><td>08:30</td><td>Closing (all participants)</td><td></td></tr>
</tbody>
</table>
"""


def test_a_program_giving_each_slot_in_several_places_clocks_is_read_in_the_first_places() -> None:
    """A table whose head rows name places ("Lisbon | Tokyo"), each over a "From | To" pair, and a day beside them:
    each row at the first place's times, on the day of the head above it (one table, two days); the other places'
    columns set aside and said in the report; a slot that ends past midnight (``23:30 | 00:00``) keeps its end;
    a chair's cell beside the session is no speaker's."""
    out = _program(_CLOCKS)
    rows = [(e.day, e.time.text if e.time else None, e.end.text if e.end else None, e.title,
             [p.name for p in e.speakers]) for e in out.entries if isinstance(e, program.Draft)]  # fmt: skip
    monday, friday = dt.date(2024, 6, 1), dt.date(2024, 6, 5)
    assert rows == [
        (monday, "09:00", "09:15", "Opening", []), (monday, "09:15", "10:00", "Kernels", ["Ann Lee"]),
        (monday, "10:00", "10:30", "Coffee break", []), (friday, "23:30", "00:00", "Late talk", ["Cy Li"]),
        (friday, "00:00", "00:30", "Closing", [])]  # fmt: skip
    assert any("each slot in 2 places' clocks: read in the first, Lisbon's; the columns of Tokyo" in n.what
               for n in out.notes)  # fmt: skip
    assert ("Lisbon (Europe/Lisbon)", "_pages/program.md:9") in out.zone_texts


def test_a_first_place_of_no_known_zone_gets_its_offset_from_a_place_beside_it() -> None:
    """"Springfield | Tokyo" with "21:00 | 20:00": the first place is an hour ahead of Tokyo on the day, UTC+10."""
    html = _CLOCKS.replace("Lisbon", "Springfield")
    html = html.replace("<th>17:00</th><th>17:15</th>", "<th>08:00</th><th>08:15</th>")
    out = _program(html)
    assert out.zone_texts[0][0] == "Springfield (UTC+10)"


def test_a_title_and_its_byline_after_a_comma_are_apart() -> None:
    """``Title, by Ann Lee (MIT), Bo Wu (Oxford, UK), and Cy Li (ETH)``: the title, then the speakers, each with
    where they work; a bracket that names a group ("(all participants)") names no one, kept as a note."""
    talk = program.who_and_title("Histograms for Quantification, by Ann Lee (MIT), Bo Wu (Oxford, UK), and Cy Li "
                                 "(ETH)")
    assert (talk.title, [(p.name, p.affiliation) for p in talk.people]) == (
        "Histograms for Quantification", [("Ann Lee", "MIT"), ("Bo Wu", "Oxford, UK"), ("Cy Li", "ETH")])
    talk = program.who_and_title("Final brainstorming session (all participants)")
    assert (talk.title, talk.people, talk.abstract) == ("Final brainstorming session", [], ["all participants"])


def test_co_authors_in_brackets_after_a_name_are_not_speakers() -> None:
    """``Ann Lee (with Bo Wu and Cy Li) (MIT)``: Ann Lee speaks; her co-authors are kept beside where she works."""
    assert [(p.name, p.affiliation) for p in people_in("Ann Lee (with Bo Wu and Cy Li) (MIT)")] == [
        ("Ann Lee", "MIT; with Bo Wu and Cy Li")]


def test_a_photo_with_an_attribute_list_over_a_name_heading_is_that_persons(tmp_path: Path) -> None:
    """``![Ann Lee](ann.jpg){: .profile-pic}`` over ``### Ann Lee``: her photo, not the person's above; the last
    person of the page, before a heading as high as the page's, is read too."""
    body = "".join(f'<section markdown="1" class="organizers">\n\n![{n}](https://x.org/{n.split()[0]}.jpg)'
                   f"{{: .profile-pic}}\n### {n}\n#### University of Oviedo, Spain\n</section>\n\n"
                   for n in ("Ann Lee", "Bo Wu"))
    found = _found_people(tmp_path, {"_pages/organizers.md": _page("Organizers", "/organizers/", body + "# Committee\n",
                                                                   "nav: true\n")})  # fmt: skip
    assert [(p.name, p.role, p.photo) for p in found.people] == [
        ("Ann Lee", "organizers", "https://x.org/Ann.jpg"), ("Bo Wu", "organizers", "https://x.org/Bo.jpg")]


def test_gold_coast_is_a_conference_city() -> None:
    assert zones.city_zone("Gold Coast, Australia") == ("Australia/Brisbane", "Gold Coast")


def test_a_loop_over_the_pages_that_asks_more_than_a_title_is_not_a_menu_of_every_page(tmp_path: Path) -> None:
    """al-folio's ``{% for p in sorted_pages %}{% if p.nav and p.autogen == nil %}``: only the pages whose front matter
    says ``nav`` are in it; a titled page without it is still reached by no one."""
    header = """<nav>{% assign sorted_pages = site.pages | sort: "nav-order" %}{% for p in sorted_pages %}
{% if p.nav and p.autogen == nil %}<a class="nav-link" href="{{ p.url | relative_url }}">{{ p.title }}</a>{% endif %}
{% endfor %}</nav>"""
    shown, hidden = _reached_under_header(tmp_path, header, {
        "_pages/call.md": "title: Call\npermalink: /call/\nnav: true\n---\nSubmit.\n",
        "_pages/old.md": "title: Old call\npermalink: /old/\n---\nLast year's.\n"})  # fmt: skip
    assert ({p.url for p in shown}, [p.url for p in hidden]) == ({"/", "/call/"}, ["/old/"])


def test_a_menu_loop_chooses_its_pages_as_liquid_does(tmp_path: Path) -> None:
    """The loop is run by the Liquid engine with every page's front matter: ``where: "menu", "main"`` keeps the
    pages it names, ``{% if p.weight < 5 %}`` compares numbers, ``contains`` looks in a list, a dropdown's nested loop
    over ``p.children`` does not end the outer one, and a ``{% break %}`` stops it; a page none of these links is
    reached by no one."""
    header = """<nav>{% assign menu = site.pages | where: "menu", "main" | sort: "weight" %}
{% for p in menu %}{% if p.weight < 5 %}<a href="{{ p.url | relative_url }}">{{ p.title }}</a>{% endif %}
{% if p.children %}<ul>{% for c in p.children %}<li>{{ c.title }}</li>{% endfor %}</ul>{% endif %}{% endfor %}
{% for p in site.pages %}{% if p.tags contains "footer" %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}
{% endfor %}{% for p in site.pages %}{% if p.title == "Stop" %}{% break %}{% endif %}
{% if p.late %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}{% endfor %}</nav>"""
    shown, hidden = _reached_under_header(tmp_path, header, {
        "_pages/a_call.md": "title: Call\npermalink: /call/\nmenu: main\nweight: 2\n"
                            "children: [{title: Dates}]\n---\nSubmit.\n",
        "_pages/b_heavy.md": "title: Heavy\npermalink: /heavy/\nmenu: main\nweight: 7\n---\nToo heavy.\n",
        "_pages/c_side.md": "title: Side\npermalink: /side/\nmenu: side\nweight: 1\n---\nOther menu.\n",
        "_pages/d_foot.md": "title: Venue\npermalink: /venue/\ntags: [footer]\n---\nWhere.\n",
        "_pages/e_stop.md": "title: Stop\npermalink: /stop/\n---\nThe end of the loop.\n",
        "_pages/f_late.md": "title: Late\npermalink: /late/\nlate: true\n---\nAfter the break.\n"})  # fmt: skip
    assert ({p.url for p in shown}, sorted(p.url for p in hidden)) == (
        {"/", "/call/", "/venue/"}, ["/heavy/", "/late/", "/side/", "/stop/"])


def test_a_page_that_loops_over_the_sites_pages_writes_them(tmp_path: Path) -> None:
    """``{% for p in site.pages %}{% if p.talk %}<li>{{ p.title }}, {{ p.speaker }}</li>`` on a page: each page's
    front matter, as Jekyll gives it to the loop, is written where the loop is."""
    write_tree(tmp_path, {"_config.yml": CONFIG,
                          "index.md": "---\n---\n# Talks\n\n<ul>{% for p in site.pages %}{% if p.talk %}<li>"
                                      "{{ p.title }}, {{ p.speaker }}</li>{% endif %}{% endfor %}</ul>\n",
                          "_pages/t1.md": "---\ntitle: Fast kernels\nspeaker: Ann Lee\ntalk: true\n---\nAbstract.\n",
                          "_pages/t2.md": "---\ntitle: About\n---\nNo talk.\n"})  # fmt: skip
    home = jekyll.read_site(tmp_path).page_at("/")
    assert home is not None and "<li>Fast kernels, Ann Lee</li>" in home.body and "About" not in home.body


def test_a_loop_over_the_pages_inside_an_html_comment_is_no_menu(tmp_path: Path) -> None:
    """``<!-- <nav>{% for p in site.pages %}<a href="{{ p.url }}">...</nav> -->``: a menu commented out links nothing."""
    header = '<!-- <nav>{% for p in site.pages %}{% if p.title %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}' \
             "{% endfor %}</nav> -->"
    write_tree(tmp_path, {
        "_config.yml": CONFIG, "_includes/header.html": header,
        "_layouts/default.html": "<html>{% include header.html %}{{ content }}</html>",
        "index.md": "---\nlayout: default\n---\nWelcome.\n",
        "_pages/old.md": "---\nlayout: default\ntitle: Old call\npermalink: /old/\n---\nLast year's.\n"})  # fmt: skip
    assert [p.url for p in reach.reachable(jekyll.read_site(tmp_path))[1]] == ["/old/"]


def test_a_linked_item_whose_words_are_a_name_and_where_she_works_names_her() -> None:
    """``* [Ann Lee, MIT CSAIL](https://ann.org)``: the link's words are the name, a comma, then where she works."""
    person = listed_people.list_person("[Ann Lee, MIT CSAIL, Cambridge](https://ann.org)")
    assert person is not None
    assert (person.name, person.affiliation, person.url) == ("Ann Lee", "MIT CSAIL, Cambridge", "https://ann.org")


def test_a_box_of_people_with_a_name_part_each_is_a_card_each(tmp_path: Path) -> None:
    """``<div class="tb-organizers"><div class="tb-org"><div class="tb-org__name">Ann Lee</div><div
    class="tb-org__aff">MIT</div></div>...</div>``: the box whose class calls it people holds a card per name part,
    each with its short-named affiliation."""
    home = ("On **July 26, 2024**.\n\n<section>\n  <h2>Organisers</h2>\n  <div class=\"tb-organizers\">\n"
            + "".join(f"    <div class=\"tb-org\">\n      <div class=\"tb-org__name\">{n}</div>\n"
                      f"      <div class=\"tb-org__aff\">{a}</div>\n    </div>\n"
                      for n, a in [("Ann Lee", "MIT"), ("Bo Wu", "ETH Zurich"), ("Cy Diaz", "Google")])
            + "  </div>\n</section>\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "MIT"), ("Bo Wu", "organizers", "ETH Zurich"), ("Cy Diaz", "organizers", "Google")]


def test_a_bold_name_then_where_she_works_in_brackets_over_her_bio_is_a_person(tmp_path: Path) -> None:
    """``**Ann Lee** (MIT)`` then a quoted bio, under ``### Speakers``: Ann Lee of MIT, not "Ann Lee (MIT)"."""
    home = ("On **July 26, 2024**.\n\n### Speakers\n\n**Ann Lee** (MIT CSAIL)\n> Ann works on small models.\n\n"
            "**Bo Wu** (ETH Zurich)\n> Bo works on large ones.\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT CSAIL"), ("Bo Wu", "speakers", "ETH Zurich")]


def test_a_link_whose_words_are_in_brackets_after_a_title_is_the_rows_link() -> None:
    """``Opening remarks [[Watch Online]](https://v)``: the link's words are written in brackets; the link only says
    where to watch, so it is the row's link, not part of its title."""
    found = cells.cell_links("Opening remarks [[Watch Online]](https://v.example/1)")
    assert (found.text, found.web) == ("Opening remarks", {"Watch Online": "https://v.example/1"})


def test_a_kind_label_naming_the_speaker_then_her_affiliation_and_a_quoted_title(tmp_path: Path) -> None:
    """``* 9:10-9:50: **Keynote: Ann Lee** (MIT) *"Small Models"*``: the label names the kind and who gives it, the
    brackets after it where she works, the quoted words the talk's title."""
    program = ("* 9:00-9:10: Opening remarks\n* 9:10-9:50: **Keynote: Ann Lee** (MIT CSAIL) *\"Small Models\"*\n"
               "* 9:50-10:30: **Keynote: Bo Wu** (ETH Zurich) *\"Large Models\"*\n* 10:30-11:00: Closing remarks\n")
    site = _scheduled(tmp_path, program)
    rows = [(r["time"], r.get("title"), r.get("speakers")) for r in _edition(site)["schedule"]]
    assert rows[1:3] == [("9:10", "Small Models", ["ann-lee"]), ("9:50", "Large Models", ["bo-wu"])]
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert people["ann-lee"].get("affiliation") == "MIT CSAIL"


def test_a_timed_item_over_sub_items_naming_one_person_each_is_a_panel_of_them(tmp_path: Path) -> None:
    """``* 16:10-17:10: **Panel session:** *"Global Models"*`` over ``* Ann Lee, Incoming Assistant Professor at the
    University of Maryland``: the sub-items, each a person and what she is (however long), are the row's people, not
    rows of their own."""
    program = ("* 9:00-9:10: Opening remarks\n* 9:10-9:50: Poster session\n"
               "* 16:10-17:10: **Panel session:** *\"Global Models\"*\n"
               "  * Ann Lee, Incoming Assistant Professor at the University of Maryland\n"
               "  * Bo Wu, Senior Machine Learning Engineer at Floodbase\n"
               "  * Cy Diaz, Senior Machine Learning Engineer at Planet\n* 17:10-17:20: Closing remarks\n")
    site = _scheduled(tmp_path, program)
    rows = [(r["time"], r.get("kind"), r.get("title"), r.get("speakers")) for r in _edition(site)["schedule"]]
    assert rows[2:] == [("16:10", "panel", "Global Models", ["ann-lee", "bo-wu", "cy-diaz"]),
                        ("17:10", "remarks", "Closing remarks", None)]
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert people["bo-wu"].get("affiliation") == "Senior Machine Learning Engineer at Floodbase"


def test_a_spotlights_label_over_a_topic_that_reads_like_a_name_names_no_one(tmp_path: Path) -> None:
    """``* 13:15-14:00: **Paper spotlights:** New Methods``: the label of several talks, then their topic (two
    capitalised words, as a name would be), not a speaker."""
    program = ("* 9:00-9:10: Opening remarks\n* 11:20-12:00: **Paper spotlights:** Multimodality\n"
               "* 13:15-14:00: **Paper spotlights:** New Methods\n* 14:00-15:00: Poster session\n")
    rows = [(r.get("label"), r.get("title"), r.get("speakers")) for r in _edition(_scheduled(tmp_path, program))["schedule"]]
    assert rows[1:3] == [("Paper spotlights", "Multimodality", None), ("Paper spotlights", "New Methods", None)]


def test_a_city_no_table_knows_in_a_country_of_one_zone_is_where_the_workshop_is() -> None:
    """``📍 Malmö, Sweden``, ``held in Lund, Sweden.``: a city the table of cities does not know, before a country of
    one zone, gives that zone; a word cut by a hyphen (``Saint-Mandé, France``) is no city."""
    assert venue.city_in("<span>📍 Malmö, Sweden</span>") == ("Europe/Stockholm", "Malmö")
    assert venue.city_in("It is held in Lund, Sweden.") == ("Europe/Stockholm", "Lund")
    assert venue.city_in("LASTIG, Saint-Mandé, France") is None


def test_the_city_a_sentence_saying_where_the_workshop_takes_place_names_comes_first() -> None:
    """``see FOSD 2017 in Darmstadt`` in the opening lines, then ``will take place in Gothenburg, Sweden, from June
    3``: the city is the one the sentence saying where it takes place names (in a country of one zone, a comma
    after it); with no such sentence, the first city named."""
    page = ("The meeting is informal; see [FOSD 2017 in Darmstadt](http://fosd.net/2017).\n"
            "The FOSD meeting 2018 will take place in Gothenburg, Sweden, from June 3 until June 6.")  # fmt: skip
    assert venue.city_in(page) == ("Europe/Stockholm", "Gothenburg")
    assert venue.city_in("Previous: ICML 2024 in Vienna. This year it is held at ICML in Vancouver, Canada.") == (
        "America/Vancouver", "Vancouver")  # fmt: skip
    assert venue.city_in("Lunch will be held in the lobby. Venue: Vienna, Austria") == ("Europe/Vienna", "Vienna")


def test_an_island_s_name_that_begins_a_hall_s_name_is_not_the_city() -> None:
    """``at Palau Robert, Barcelona``: "Palau" is an island's zone, but here it begins a hall's name: the city is
    the one after it, and a hall's name alone (``Jersey City Hall``) names no city; a conference city known by the
    table (``Honolulu``) and a city before a park's name stay the city."""
    assert venue.city_in("The first edition at Palau Robert, Barcelona. The event") == ("Europe/Madrid", "Barcelona")
    assert venue.city_in("<li>Palau Robert, Passeig de Gracia, 107, 08008 Barcelona</li>") is None
    assert venue.city_in("Reception at Jersey City Hall, then dinner.") is None
    assert venue.city_in("held in Honolulu, Hawaii") == ("Pacific/Honolulu", "Honolulu")
    assert venue.city_in("in Sydney Olympic Park, Sydney") == ("Australia/Sydney", "Sydney")


def test_with_no_schedule_the_zone_is_that_of_the_city_named(tmp_path: Path) -> None:
    """A home page naming the day and the city (``8 September 2026 · Malmö, Sweden``) and no program yet: the
    edition's zone is the city's, a guess named in the report."""
    home = "## TerraBytes II\n\nThe workshop takes place on 8 September 2026 in Malmö, Sweden.\n"
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert _edition(site)["timezone"] == "Europe/Stockholm"
    assert "the zone of Malmö" in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_the_hour_a_deadline_closes_is_no_line_of_a_program(tmp_path: Path) -> None:
    """``<div>25 June 2026</div><div>23:59 Anywhere on Earth</div>`` in a call: the hour the deadline closes opens its
    line, but it is no schedule row left unread, and a day and a city with no program give the city's zone."""
    home = ("## TerraBytes II\n\nThe workshop takes place on 8 September 2026 in Malmö, Sweden.\n\n"
            "<div class=\"deadline\">\n  <div>Submission deadline</div>\n  <div>25 June 2026</div>\n"
            "  <div>23:59 Anywhere on Earth</div>\n</div>\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "a line of a schedule" not in report
    assert _edition(site)["timezone"] == "Europe/Stockholm"


def test_the_body_of_a_profiles_page_whose_every_profile_names_its_text_is_not_shown(tmp_path: Path) -> None:
    """al-folio's own ``profiles`` layout shows a page's body only in a profile that names no ``content:`` file: a
    page whose every profile names one shows its profiles, not the paragraph under its front matter, so that
    paragraph is no line the new site must show and the page keeps its people directive (with their affiliations)
    rather than falling back to its unseen body."""
    page = ("---\nlayout: profiles\ntitle: Organizers\npermalink: /organizers/\nnav: true\nprofiles:\n"
            "  - image: ann.jpg\n    content: organizers/ann.md\n    more_info: >\n      <p>MIT, USA</p>\n"
            "  - image: bo.jpg\n    content: organizers/bo.md\n    more_info: >\n      <p>ETH Zurich, Switzerland</p>\n"
            "---\n\nThe workshop is organized by researchers across institutions in three countries.\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "A tiny workshop."),
                                "_pages/organizers.md": page,
                                "_pages/organizers/ann.md": "**Ann Lee** studies tiny models at MIT.\n",
                                "_pages/organizers/bo.md": "**Bo Wu** studies small data at ETH Zurich.\n"})
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "<!-- esfomo/people { role: organizers" in (site / "docs/organizers.md").read_text(encoding="utf-8")
    assert "kept as text" not in report and "not carried over" not in report


def test_the_parts_of_a_day_over_a_programs_rows_are_no_words_it_loses(tmp_path: Path) -> None:
    """``<p class="schedule-part">Morning</p>`` and ``Afternoon`` over rows of ``<span class="schedule-time">``: the
    rows' times say the part of the day, so the labels are no lost line that would keep the program as text."""
    row = ('  <div class="schedule-row"><span class="schedule-time">{}</span>'
           '<span class="schedule-session">{}</span></div>\n')
    program = ('<div class="schedule">\n  <p class="schedule-part">Morning</p>\n'
               + row.format("09:00 – 09:15", "Welcome &amp; Opening Remarks")
               + row.format("09:15 – 10:00", "Poster Session 1")
               + '  <p class="schedule-part">Afternoon</p>\n'
               + row.format("13:00 – 13:45", "Panel on tiny models") + "</div>\n")  # fmt: skip
    site = _scheduled(tmp_path, program)
    assert "<!-- esfomo/schedule -->" in (site / "docs/schedule.md").read_text(encoding="utf-8")
    assert "kept as text" not in (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert [r.get("title") for r in _edition(site)["schedule"]] == [
        "Welcome & Opening Remarks", "Poster Session 1", "Panel on tiny models"]


_SLOT_COLUMNS = """\
| Start Time | End Time | Duration | Topic | Session Chair | Slides | Video |
|:-:|:-:|:-:|:-:|:-:|:-:|:-:|
| 8:00 | 8:10 | 0:10 | Workshop Opening Remarks | [Ann Lee](https://ann.example.org) | -- | -- |
| 8:10 | 9:30 | 0:80 | Paper Session 1: Applications | -- | -- | -- |
| 9:30 | 10:00 | 0:30 | Coffee Break | -- | -- | -- |
| 10:00 | 11:00 | 0:60 | Keynote Talk: [Bo Wu](https://b.org) - [Learning to Reason with Text and Tables](/talks/) | -- | -- | -- |
| 11:00 | 11:55 | 0:55 | Paper Session 2: Foundations | -- | -- | -- |
| 11:55 | 12:00 | 0:05 | Closing Remarks | [Ann Lee](https://ann.example.org) | -- | -- |
"""


def test_a_slots_start_end_and_length_columns_are_one_clock_not_several_places(tmp_path: Path) -> None:
    """``| Start Time | End Time | Duration | Topic |`` with ``| 8:00 | 8:10 | 0:10 |``: three time-like cells a row
    under a head naming a slot's start, end and length are one clock's slot (its length, "0:10", set aside as the
    row's note), not the same slot in three places' clocks."""
    site = _scheduled(tmp_path, _SLOT_COLUMNS)
    rows = _edition(site)["schedule"]
    assert [(r["time"], r.get("end"), r["title"]) for r in rows][:3] == [
        ("8:00", "8:10", "Workshop Opening Remarks"), ("8:10", "9:30", "Paper Session 1: Applications"),
        ("9:30", "10:00", "Coffee Break")]  # fmt: skip
    assert "Duration: 0:30" in rows[2].get("abstract", "")
    assert "places' clocks" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_column_of_who_chairs_each_slot_names_no_speaker(tmp_path: Path) -> None:
    """``| Topic | Session Chair |``: the chair presides over the slot and gives no talk: kept in the row's notes
    ("Session Chair: Ann Lee"), not among its speakers; a "--" there says nothing."""
    rows = _edition(_scheduled(tmp_path, _SLOT_COLUMNS))["schedule"]
    assert rows[0].get("speakers") is None and "Session Chair: Ann Lee" in rows[0]["abstract"]
    assert "Session Chair" not in rows[1].get("abstract", "")


def test_columns_that_hold_no_word_in_any_row_are_left_out_of_the_rows(tmp_path: Path) -> None:
    """``| Slides | Video |`` all "--": nothing of theirs labels, titles or notes a row (the Topic column, mostly
    sessions and kinds, stays the rows' titles, not their labels beside a column of "--")."""
    rows = _edition(_with_talks(tmp_path))["schedule"]
    assert not any("label" in r for r in rows)
    assert not any("Slides" in r.get("abstract", "") or "Video" in r.get("abstract", "") for r in rows)
    assert [s["id"] if isinstance(s, dict) else s for s in rows[3]["speakers"]] == ["bo-wu"]


def _with_talks(root: Path) -> Path:
    """A site of ``_SLOT_COLUMNS`` for its program and a keynote page naming Bo Wu and his talk's title."""
    talks = _page("Keynote Talk", "/talks/", "## Keynote\n\n- **Speaker:** **[Bo Wu](https://bo.example.org)**\n"
                  "- **Title:** Learning to Reason with Text and Tables\n", "nav: true\n")
    return _imported(root, {
        "_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n\nThe workshop takes place on July 10, 2026.\n"),
        "_pages/schedule.md": _page("Schedule", "/schedule/", _SLOT_COLUMNS, "nav: true\n"),
        "_pages/talks.md": talks})  # fmt: skip


def test_a_speakers_name_then_a_dash_then_a_title_is_her_talk_of_that_title(tmp_path: Path) -> None:
    """``Keynote Talk: [Bo Wu](...) - [Learning to Reason with Text and Tables](/talks/)``, Bo Wu a speaker the site
    shows: what follows the dash is written as a title is (four words or more, short ones in lower case, no place of
    work named), so it titles his talk; it is not where he works."""
    site = _with_talks(tmp_path)
    keynote = next(r for r in _edition(site)["schedule"] if r["time"] == "10:00")
    assert keynote["title"] == "Learning to Reason with Text and Tables"
    assert [s["id"] if isinstance(s, dict) else s for s in keynote["speakers"]] == ["bo-wu"]
    assert not any(isinstance(s, dict) and s.get("affiliation") for s in keynote["speakers"])


def test_the_chair_of_the_program_committee_is_an_organizer(tmp_path: Path) -> None:
    """``## Program Committee Chair`` over a bullet: who leads the reviewing organizes the workshop, though the
    program committee itself is no role here."""
    home = _page("about", "/", """\
## Organizing Committee

- [Ann Lee](https://ann.example.org) (MIT)

## Program Committee Chair

- [Bo Wu](https://bo.example.org) (ETH)

## Program Committee

- Cy Chen (CMU)
""")
    site = _imported(tmp_path, {"_pages/about.md": home})
    assert [o["id"] if isinstance(o, dict) else o for o in _edition(site)["organizers"]] == ["ann-lee", "bo-wu"]


# -- a workshop-template site keeping its first edition whole in a folder named for its year --

_TEMPLATE_PAGE = "---\ntitle: {title}\nnav: {nav}\n---\n{body}\n"


def test_an_earlier_edition_kept_whole_in_a_folder_named_for_its_year_is_an_edition_of_its_own(tmp_path: Path) -> None:
    """``2021/index.md`` and ``2021/1-program.md`` beside ``index.md`` "March 7, 2022" and ``program.md``: the
    folder holds the 2021 edition, home page and all; the pages at the root are the current edition, of the year
    the home page names last."""
    site = _imported(tmp_path, {
        "index.md": _TEMPLATE_PAGE.format(title="Home", nav=2022, body=(
            "**When**: March 7, 2022. 15:00-19:00\n\n[The 2021 workshop](https://tiny.github.io/2021)\n")),
        "program.md": _TEMPLATE_PAGE.format(title="Program", nav=2022, body=(
            "**15:00-15:10**: Opening remarks\n\n**15:10-16:00**: Keynote by Ann Lee\n\n**16:00-17:00**: Panel\n")),
        "2021/index.md": _TEMPLATE_PAGE.format(title="Home", nav=2021, body="**When**: March 8, 2021. 8am-12pm\n"),
        "2021/1-program.md": _TEMPLATE_PAGE.format(title="Program", nav=2021, body=(
            "**8:00-8:10**: Opening remarks\n\n**8:10-9:00**: Keynote by Bo Wu\n\n**9:00-10:00**: Panel\n")),
    })  # fmt: skip
    editions = _editions(site)
    assert set(editions) == {"2021", "2022"}
    assert editions["2022"]["date"] == dt.date(2022, 3, 7) and editions["2021"]["date"] == dt.date(2021, 3, 8)
    assert [r["time"] for r in editions["2022"]["schedule"]] == ["15:00", "15:10", "16:00"]
    assert [r["time"] for r in editions["2021"]["schedule"]] == ["8:00", "8:10", "9:00"]


def test_a_line_in_capitals_over_a_list_of_people_names_their_role() -> None:
    """``KEYNOTES`` then ``- [Ann Lee](url), *MIT*``, ``PANELISTS`` then more: each line in capitals is a heading
    to its readers, over the people it names the role of; a line in capitals with a figure in it is no heading."""
    said = blocks.parse("## Invited Speakers\n\nKEYNOTES\n- [Ann Lee](https://a.org), *MIT*\n\nPANELISTS\n\n"
                        "- [Bo Wu](https://b.org), *CMU*\n\nCVPR 2026\n")  # fmt: skip
    assert [(b.kind, b.text) for b in said if b.kind == "heading"] == \
        [("heading", "Invited Speakers"), ("heading", "KEYNOTES"), ("heading", "PANELISTS")]  # fmt: skip
    assert role_of("KEYNOTES") == "speakers" and role_of("PANELISTS") == "panelists"


def test_the_people_under_lines_in_capitals_on_a_speakers_page_have_those_roles(tmp_path: Path) -> None:
    """The speakers' page of a workshop-template site: "## Invited Speakers", then "KEYNOTES" and "PANELISTS" over
    their bullets, each bullet with a photo and a bio under it; the element around them is never closed."""
    found = _found_people(tmp_path, {"_pages/speakers.md": _page("Speakers", "/speakers/", (
        "## Invited Speakers\n\n<div class=\"id-pics\" markdown=\"1\">\n\nKEYNOTES\n"
        "- [Ann Lee](https://a.org), *MIT*\nAnn Lee is a professor.\n\n\n"
        "- [Bo Wu](https://b.org), *CMU*\nBo Wu is a professor.\n\nPANELISTS\n\n"
        "- [Cy Li](https://c.org), *Uppsala University*\nCy Li is a professor.\n\n"
        "- [Di Ma](), *Sony AI*\nDi Ma is a scientist.\n"), "nav: true\n")})  # fmt: skip
    roles = {p.name: p.role for p in found.people}
    assert roles == {"Ann Lee": "speakers", "Bo Wu": "speakers", "Cy Li": "panelists", "Di Ma": "panelists"}


def test_an_element_read_as_markdown_and_never_closed_is_read_as_markdown_to_the_pages_end() -> None:
    """kramdown closes a ``<div markdown="1">`` left open at the page's end: its lists are lists."""
    said = blocks.parse('<div class="id-pics" markdown="1">\n\n- [Ann Lee](https://a.org), MIT\n'
                        "- [Bo Wu](https://b.org), CMU\n")  # fmt: skip
    assert [len(b.items) for b in said if b.kind == "list"] == [2]


def test_a_link_to_nowhere_is_its_words() -> None:
    """``[Ann Lee]()``: a link with no address shows its words, as a name the list reads."""
    assert rich("[Ann Lee](), *Heriot-Watt University*") == "Ann Lee, *Heriot-Watt University*"
    assert listed_people.list_person(rich("[Ann Lee](), *Heriot-Watt University*")) is not None


def test_who_presides_over_a_row_after_a_comma_is_a_note_and_who_moderates_it_a_speaker() -> None:
    """``Paper session #1, _chair: Ann Lee_``, ``... . Session Chair: Ann Lee. [Slides](s.pdf)``, ``Opening,
    coordinator: Ann Lee``: who chairs or coordinates a row presides and gives no talk; ``Panel, _moderator: Bo Wu,
    chair: Ann Lee_``: the moderator leads the panel. A clause naming no one, or opening the row, stays."""
    assert row_clauses.clauses_aside("Paper session #1, _chair: Ann Lee_") == ("Paper session #1", ["Chair: Ann Lee"])
    assert row_clauses.clauses_aside("Opening remarks, _coordinator: German I. Parisi_") == \
        ("Opening remarks", ["Coordinator: German I. Parisi"])  # fmt: skip
    assert row_clauses.clauses_aside('Bo Wu, **"Small Models"**. Session Chair: Ann Lee. [Slides](s.pdf)') == \
        ('Bo Wu, **"Small Models"** [Slides](s.pdf)', ["Session Chair: Ann Lee"])  # fmt: skip
    assert row_clauses.clauses_aside("Panel, _moderator: Bo Wu, chair: Ann Lee_") == \
        ("Panel (Moderator: Bo Wu)", ["Chair: Ann Lee"])  # fmt: skip
    assert row_clauses.clauses_aside("Chair: Ann Lee") == ("Chair: Ann Lee", [])
    assert row_clauses.clauses_aside("Break-out session, chair: to be announced") == \
        ("Break-out session, chair: to be announced", [])  # fmt: skip


def test_a_title_in_quotes_beside_its_speaker_and_a_panel_with_its_people() -> None:
    """``"Small Models", **Ann Lee**``, ``Ann Lee, **"Small Models"** Slides``: the title in quotes, the speaker on
    the other side of the comma; ``Panel with Ann Lee, Bo Wu, and Cy Li``: the panel and its people."""
    talk = program.who_and_title('"Small Models", **Ann Lee**')
    assert (talk.title, [p.name for p in talk.people]) == ("Small Models", ["Ann Lee"])
    talk = program.who_and_title('Ann Lee, **"Small Models"** Slides')
    assert (talk.title, [p.name for p in talk.people], talk.abstract) == ("Small Models", ["Ann Lee"], ["Slides"])
    talk = program.who_and_title("Panel with Ann Lee, Bo Wu, and Cy Li")
    assert (talk.title, [p.name for p in talk.people]) == ("Panel", ["Ann Lee", "Bo Wu", "Cy Li"])
    assert row_clauses.panel_with("Coffee with posters and demos") is None


def test_a_list_of_timed_talks_under_a_timed_paragraph_is_its_talks(tmp_path: Path) -> None:
    """``**8:45-9:15**: Full paper talks #1, chair: Ann Lee`` over ``- 8:45-8:55 "Tiny Nets", **Bo Wu** and Cy Li``:
    each item a talk of its own, at its time, by the people it names; the chair presides, as a note."""
    site = _scheduled(tmp_path, (
        "**8:00-8:10**: Opening remarks, coordinator: Ann Lee\n\n"
        "**8:10-8:45**: Keynote: \"Small Models\", **Di Ma**, _chair: Ann Lee_\n\n"
        "**8:45-9:15**: Full paper talks #1, chair: Ann Lee\n\n"
        "- 8:45-8:55  “Tiny Nets”, **Bo Wu** and Cy Li\n- 8:55-9:05  “Big Nets”, **Eve Park**\n\n"
        "**9:15-10:00**: Panel with Fay Lin, Gus Hall, and Hal Iyer, moderator: Ann Lee, chair: Di Ma\n"))  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    names = {key: value.get("name") for key, value in people.items()} if isinstance(people, dict) else {}
    rows = []
    for entry in _edition(site)["schedule"]:
        for item in entry.get("items", [entry]):
            who = sorted(names.get(s, s) if isinstance(s, str) else s.get("name") or names[s["id"]]
                         for s in item.get("speakers") or [])  # fmt: skip
            rows.append((item.get("time") or entry.get("time"), item.get("title") or entry.get("session"), who))
    assert ("8:00", "Opening remarks", []) in rows
    assert ("8:10", "Small Models", ["Di Ma"]) in rows
    assert ("8:45", "Tiny Nets", ["Bo Wu", "Cy Li"]) in rows and ("8:55", "Big Nets", ["Eve Park"]) in rows
    assert ("9:15", "Panel", ["Ann Lee", "Fay Lin", "Gus Hall", "Hal Iyer"]) in rows


def test_a_date_line_struck_through_whole_with_a_remark_after_the_date_is_the_date(tmp_path: Path) -> None:
    """``~~**Early-Bird Submission deadline:** Jan 25, 2021 (for registration at a lower rate)~~``: a date passed,
    struck whole, still the date, its remark a note."""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", (
        "## Important Dates\n\n - ~~**Early-Bird Submission deadline:** Jan 25, 2021 (for registration at a lower "
        "rate)~~\n - ~~**General Submission deadline:** Feb 17th, 2021~~\n - **Camera-ready deadline:** March 5th, "
        "2021\n"))})  # fmt: skip
    dates = {d["name"]: str(d["at"]) for d in _edition(site)["dates"]}
    assert dates == {"Early-Bird Submission deadline": "2021-01-25", "General Submission deadline": "2021-02-17",
                     "Camera-ready deadline": "2021-03-05"}  # fmt: skip


def test_a_table_without_header_whose_names_come_before_the_titles() -> None:
    """``| :--- | :--- | ---: |`` first, then ``| 10:10 - 10:30 | Bo Wu, Cy Chen | *A Study of Nods* |``: no header
    says which column is which; the one whose cells all name people gives the speakers, the other the titles, even
    when the names stand first."""
    out = _table("| :--- | :--- | ---: |\n"
                 "| 09:15 - 10:10 | Ann Lee | **Keynote:** *Faces and Words* |\n"
                 "| 10:10 - 10:30 | Bo Wu, Cy Chen | *A Study of Nods* |\n"
                 "| 10:30 - 11:00 | | **Coffee Break** |\n"
                 "| 11:00 - 11:20 | Dee Roe, Eve Poe, Fay Low | *Faces Described by Their Viewers* |\n")
    assert _flat(out) == [
        ("09:15", "keynote", "Faces and Words", ["Ann Lee"]),
        ("10:10", "talk", "A Study of Nods", ["Bo Wu", "Cy Chen"]),
        ("10:30", "break", "Coffee Break", []),
        ("11:00", "talk", "Faces Described by Their Viewers", ["Dee Roe", "Eve Poe", "Fay Low"]),
    ]


def test_lines_holding_a_pipe_with_none_before_it_are_a_table_of_dates() -> None:
    """``Paper submission deadline|~~April 8, 2022~~ April 15, 2022``, one such line under another: kramdown reads
    them as a table's rows (no pipe before the first cell, no header), each a date named by its first cell; a line
    alone holding a pipe stays a paragraph."""
    page = ("## Note the extended deadline for submission\n\n"
            "Paper submission deadline|~~April 8, 2022~~ April 15, 2022  \n"
            "Notification of acceptance|May 3, 2022 \nWorkshop|June 20, 2022 (morning)\n")
    found = dates.find_dates_in([jekyll.JekyllPage("_pages/dates.md", {"title": "Important dates"}, page, 5,
                                                   "/dates/")], 2022)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Paper submission deadline", dt.date(2022, 4, 15)),
        ("Notification of acceptance", dt.date(2022, 5, 3)),
        ("Workshop", dt.date(2022, 6, 20)),
    ]
    assert [b.kind for b in blocks.parse("Home | About us\n")] == ["paragraph"]


def _day_table(day: str, rows: list[tuple[str, str, str, str, str, str]]) -> str:
    """A day's table of ``| Day | Timeline | Room | Time | Contribution Type | Speaker | Title |``."""
    head = "Day | Timeline | Room | Time | Contribution Type | Speaker | Title\n---|---|---|---|---|---|---\n"
    return head + "".join(f"{day} | {' | '.join(r)}\n" for r in rows) + "\n"


def test_a_column_of_blocks_beside_each_rows_own_time_gives_the_row_its_own_time(tmp_path: Path) -> None:
    """``| 9:00 - 10:30 | Madrid | 9:10 - 9:45 | Keynote | Ann Lee | Title |``: of two columns of time ranges, the
    one whose span repeats and holds the other's is the block; each row is at its own time, a break with none at
    its block's (``| 10:30 - 11:00 | Hall | | Coffee Break | | |``)."""
    tables = _day_table("October 6, 2024", [
        ("9:00 - 10:30", "Madrid", "9:00 - 9:10", "Opening", "Ann Lee", "Opening Ceremony"),
        ("9:00 - 10:30", "Madrid", "9:10 - 9:45", "Keynote Speech", "Bo Wu", "Small Models"),
        ("9:00 - 10:30", "Madrid", "9:50 - 10:25", "Track 1", "Cy Li", "Tiny Nets"),
        ("10:30 - 11:00", "Hall", "", "Coffee Break", "", ""),
        ("11:00 - 12:00", "Madrid", "11:00 - 11:25", "Track 1", "Di Ma", "Big Nets")])  # fmt: skip
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "By the sea."),
                                "_pages/timetable.md": _page("Timetable", "/timetable/", tables, "nav: true\n")})
    assert [(r["time"], r.get("end"), r["title"]) for r in _edition(site)["schedule"]] == [
        ("9:00", "9:10", "Opening Ceremony"), ("9:10", "9:45", "Small Models"), ("9:50", "10:25", "Tiny Nets"),
        ("10:30", "11:00", "Coffee Break"), ("11:00", "11:25", "Big Nets")]  # fmt: skip


def test_two_columns_of_times_that_hold_no_blocks_are_left_as_they_are() -> None:
    """``| 9:00 - 10:00 (PT) | 12:00 - 13:00 (ET) |``: two clocks of the same slots, neither a block of the other."""
    rows = [blocks.TableRow(["Pacific", "Eastern", "Event"], 0, header=True)] + [
        blocks.TableRow([f"{h}:00 - {h + 1}:00", f"{h + 3}:00 - {h + 4}:00", f"Talk {h}"], h) for h in (9, 10, 11)]
    assert columns.block_times_aside(rows) == rows


def test_dates_written_in_numbers_are_read_in_the_order_that_keeps_them_together() -> None:
    """``10/06/2024`` ... ``10/09/2024``: four days of October (month first), not the tenth of four months; a number
    over 12 says the order whatever the span; one date alone says nothing."""
    assert when.close_numeric_order("10/06/2024 10/07/2024 10/09/2024") == "month"
    assert when.close_numeric_order("06/10/2024 07/10/2024 09/10/2024") == "day"
    assert when.close_numeric_order("10/06/2024 13/06/2024") == "day"
    assert when.close_numeric_order("10/06/2024 10/06/2024") is None


def test_a_days_tables_with_a_column_of_days_in_numbers_put_each_row_on_its_day(tmp_path: Path) -> None:
    """One table a day, each row's day ``10/06/2024`` in its first column: month first, as the page's days, which
    run October 6 to 7, show (read day first they would be months apart); the workshop's days are the schedule's."""
    talks = [("Small Models", "Ann Lee"), ("Tiny Nets", "Bo Wu"), ("Big Nets", "Cy Li")]
    tables = "".join(_day_table(day, [("9:00 - 10:30", "Madrid", f"9:{m}0 - 9:{m}5", "Track 1", who, title)
                                      for m, (title, who) in enumerate(talks)]) for day in ("10/06/2024", "10/07/2024"))
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "By the sea."),
                                "_pages/timetable.md": _page("Timetable", "/timetable/", tables, "nav: true\n")})
    edition = _edition(site)
    assert [(str(r.get("day")), r["time"], r["title"]) for r in edition["schedule"]] == [
        (day, f"9:{m}0", title) for day in ("2024-10-06", "2024-10-07") for m, (title, _) in enumerate(talks)]
    assert edition["date"] == [dt.date(2024, 10, 6), dt.date(2024, 10, 7)]


def test_the_day_a_workshops_programme_is_made_available_is_not_the_workshops_day(tmp_path: Path) -> None:
    """"Official workshop programme available: September 26, 2024" among the key dates names the workshop, but the
    day is when its programme is out: the workshop's day is the sentence's."""
    about = _page("about", "/", (
        "The workshop will be held on October 8, 2024, in Bologna.\n\n### Key dates\n\n"
        "- **Paper submission deadline:** August 19, 2024\n"
        "- **Official workshop programme available:** September 26, 2024\n"))  # fmt: skip
    site = _imported(tmp_path, {"_pages/about.md": about})
    assert _edition(site)["date"] == dt.date(2024, 10, 8)


def test_committees_however_spelt_are_the_organizers_but_program_committees_review() -> None:
    """"Stearing Committees" (a slip of "Steering") organize; "Program Committees" review (no role)."""
    assert role_of("Stearing Committees") == "organizers"
    assert role_of("Organizing Committees") == "organizers"
    assert role_of("Program Committees") is None
    assert role_of("Technical Committees") is None


_SESSIONS_PROGRAM = """\
# Schedule

**09:00 Introduction and Welcome**

Ann Lee\\\\
_University of York, UK_

---

## Session 1: Modeling
#### Chair: Ann Lee, _University of York, UK_

**09:10 - 09:30 Best Paper**\\\\
**Models of Load Imbalance** [[abstract]](abstract01.html) [[paper]](https://doi.org/10.1145/1)

Bo Wu, Cy Li\\\\
_Simula Research Laboratory, Norway_

Di Ng\\\\
_University of Oslo, Norway_

---
{: style="width: 30%;"}

**09:30 - 10:00**\\\\
**A Peak Performance Model** [[abstract]](abstract02.html)

Ed Ma\\\\
_NVIDIA, USA_

---

***10:00 - 10:30 Break***

---

## Session 2: Benchmarks
#### Chair: Bo Wu, _Simula, Norway_

**10:30 - 11:00**\\\\
**Power Analysis of Workloads** [[abstract]](abstract03.html)

Fay Oh\\\\
_Argonne National Laboratory, USA_

---

**17:30 PMBS End**
"""


def test_paragraphs_that_rules_and_session_headings_part_are_one_program() -> None:
    """A program of paragraphs (``**09:10 - 09:30**\\\\`` over the talk's title in bold and its links, then a
    paragraph a group of authors, ``Name, Name\\\\`` over ``_Where they work_``), parted by ``---`` rules and by
    ``## Session`` headings with their chairs, each session holding fewer than three rows: read whole, each
    session's rows a session of that heading (its chair said after its title), the authors each talk's speakers
    (where they work beside them), a label after the time (``Best Paper``) no part of the title, nor the links
    after it."""
    page = jekyll.JekyllPage("schedule.markdown", {"title": "Schedule"}, _SESSIONS_PROGRAM, 5, "/schedule.html")
    out = schedule.find_schedule([page], set(), 2025)
    assert _flat(out) == [
        ("09:00", "remarks", "Introduction and Welcome", ["Ann Lee"]),
        ("09:10", "talk", "Models of Load Imbalance", ["Bo Wu", "Cy Li", "Di Ng"]),
        ("09:30", "talk", "A Peak Performance Model", ["Ed Ma"]),
        ("10:00", "break", "Break", []),
        ("10:30", "talk", "Power Analysis of Workloads", ["Fay Oh"]),
        ("17:30", "talk", "PMBS End", []),
    ]  # fmt: skip
    sessions = [e for e in out.entries if isinstance(e, program.Session)]
    assert [(s.title, s.time.text if s.time else None, len(s.items)) for s in sessions] == [
        ("Session 1: Modeling — Chair: Ann Lee, University of York, UK", "09:10", 2),
        ("Session 2: Benchmarks — Chair: Bo Wu, Simula, Norway", "10:30", 2)]  # fmt: skip
    talks = [i for s in sessions for i in s.items]
    assert talks[0].label == "Best Paper" and "[" not in (talks[0].title or "")  # its abstract's link no title
    assert talks[0].links == {"paper": "https://doi.org/10.1145/1"}
    assert [p.affiliation for p in talks[0].speakers] == ["Simula Research Laboratory, Norway"] * 2 + [
        "University of Oslo, Norway"]  # fmt: skip


def test_kramdowns_line_break_of_two_backslashes_is_a_line_break() -> None:
    """``Ann Lee\\\\`` over ``_MIT_``: kramdown breaks the line after two backslashes (CommonMark would show one)."""
    assert rich("Ann Lee\\\\\n_MIT_") == "Ann Lee\n*MIT*"
    assert rich("Ann Lee\\\\") == "Ann Lee"
    assert rich("a \\\\ b") == "a \\ b"  # not at a line's end: a backslash shown


def test_a_time_followed_by_a_word_opening_with_am_or_pm_is_a_time_alone() -> None:
    """``09:00 PMBS Introduction``: the time is 09:00, and "PMBS" no "PM" after it."""
    from mkdocs_esfomo.importers.alfolio.shapes import leading_time

    found = leading_time("09:00 PMBS Introduction and Welcome")
    assert found is not None and found.group(1).strip() == "09:00" and found.group(2) == "PMBS Introduction and Welcome"
    found = leading_time("9:00 pm - 10:00 pm Dinner")
    assert found is not None and found.group(2) == "Dinner"


def test_a_day_with_another_day_in_bold_after_it_was_moved_to_that_day() -> None:
    """``~~August 6th **13th** 2025 (23:59 AoE)~~ - Full Paper Submissions``: the deadline extended to the 13th
    (the bold day), struck through whole once passed."""
    from mkdocs_esfomo.importers.alfolio.date_lines import date_then_name

    pair = date_then_name("August 6th **13th** 2025 (23:59 AoE) - Full Paper Submissions", 2025)
    assert pair is not None and pair[0] == "Full Paper Submissions"
    date = dates.read_date(*pair, "index.md:3", 2025)
    assert date is not None and date.at.day == dt.date(2025, 8, 13) and date.was is not None
    assert date.was.day == dt.date(2025, 8, 6)


def test_a_layout_of_the_sites_own_looping_over_header_pages_links_every_titled_page(tmp_path: Path) -> None:
    """minima's menu loop (``site.header_pages | default: default_paths``) copied into an include of another name
    (``_includes/page-header.html`` of a Cayman site), no ``header_pages`` set: every page with a title is in the
    menu."""
    header = """<section>{% assign default_paths = site.pages | sort: "order" | map: "path" %}
{% assign page_paths = site.header_pages | default: default_paths %}
{% for path in page_paths %}{% assign my_page = site.pages | where: "path", path | first %}
{% if my_page.title %}<a class="btn" href="{{ my_page.url | relative_url }}">{{ my_page.title }}</a>{% endif %}
{% endfor %}</section>
"""
    write_tree(tmp_path, {
        "_config.yml": CONFIG,
        "_includes/page-header.html": header,
        "_layouts/default.html": "{% include page-header.html %}{{ content }}",
        "index.markdown": "---\nlayout: default\ntitle: Welcome\n---\nA tiny workshop.\n",
        "schedule.markdown": "---\nlayout: default\ntitle: Schedule\n---\n**09:00** Opening\n",
        "abstract01.markdown": "---\nlayout: default\n---\nAn abstract no menu lists.\n",
    })  # fmt: skip
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert sorted(p.rel for p in shown) == ["index.markdown", "schedule.markdown"]
    assert [p.rel for p in hidden] == ["abstract01.markdown"]


def test_the_end_of_a_program_is_no_ones_name() -> None:
    assert not looks_like_name("PMBS End")


def test_a_place_after_a_dash_in_a_timed_paragraph_is_where_the_row_is_held() -> None:
    """``**09:00 Opening -- Vancouver Convention Centre, Vancouver**``: the row is the opening, held at that place,
    which its notes keep and which tells the program's zone."""
    markdown = """\
**09:00 Opening -- Vancouver Convention Centre, Vancouver**

**09:10 - 10:00 Keynote by Ann Lee**

***10:00 - 10:30 Break***
"""
    page = jekyll.JekyllPage("schedule.md", {"title": "Schedule"}, markdown, 5, "/schedule/")
    out = schedule.find_schedule([page], set(), 2025)
    first = out.entries[0]
    assert isinstance(first, program.Draft) and first.title == "Opening"
    assert first.notes == ["Location: Vancouver Convention Centre, Vancouver"]
    assert ("Location: Vancouver Convention Centre, Vancouver", "schedule.md:5") in out.zone_texts


def test_the_places_of_the_editions_held_before_are_not_this_editions() -> None:
    """A "Previous Workshops" section of the home page (``PMBS22 [[Website]](...) (Dallas, TX)``) names the places
    of past editions: left out of the words the city is read from, up to the next heading as high."""
    body = """\
Welcome



Previous Workshops
------------------

PMBS22 [[Website]](past/pmbs22/) (Dallas, TX)

Special Issues
--------------

The Computer Journal
"""
    kept = venue.without_past_editions(body)
    assert "Dallas" not in kept and "The Computer Journal" in kept and "Welcome" in kept
    assert venue.city_in(body) is not None and venue.city_in(kept) is None


def test_the_authors_a_program_reads_under_a_chair_heading_are_not_reported_unread(tmp_path: Path) -> None:
    """Talks under ``#### Chair: Ann Lee``, their authors in paragraphs of their own: read as the talks' speakers,
    so MIGRATION.md does not call them names "not read as people"."""
    write_tree(tmp_path / "src", {
        "_config.yml": CONFIG,
        "index.md": "---\nlayout: default\ntitle: Home\npermalink: /\n---\nSee the [schedule](/schedule/).\n",
        "schedule.md": "---\nlayout: default\ntitle: Schedule\npermalink: /schedule/\n---\n" + _SESSIONS_PROGRAM,
    })  # fmt: skip
    import_site(tmp_path / "src", tmp_path / "out")
    report = (tmp_path / "out/MIGRATION.md").read_text(encoding="utf-8")
    rows = _rows_of([r for e in _edition(tmp_path / "out")["schedule"] for r in e.get("items") or [e]])
    assert any(speakers == ["bo-wu", "cy-li", "di-ng"] for *_, speakers in rows)
    assert "not read as people" not in report


def test_a_table_of_photos_and_captions_under_a_banner_image_gives_the_role_and_names_apart(tmp_path: Path) -> None:
    """``<img src="speakers_header.png" alt="Invited Speakers">`` alone, a picture of the section's title, over a
    table (its own class "organizer-table") of a row of photos and a row of captions ``<a>Ann Lee, MIT</a>``, ``Bo
    Wu (Google, IL)``, ``Eve Park University of Helsinki``: the role the picture names, each name without where
    they work."""
    body = (
        '<img class="background-image" src="/assets/speakers_header.png" alt="Invited Speakers"/>\n\n'
        '<table class="speakers">\n  <tr>\n    <td><img src="/assets/ann.jpg" alt="Ann Lee" /></td>\n'
        '    <td><img src="/assets/bo.jpg" alt="Bo Wu" /></td>\n  </tr>\n  <tr>\n'
        '    <td><figcaption><a href="https://ann.org">Ann Lee (MIT, US)</a></figcaption></td>\n'
        '    <td><figcaption>Bo Wu (Google, IL)</figcaption></td>\n  </tr>\n</table>\n\n'
        '<img class="background-image" src="/assets/organizers_header.png" alt="Workshop Organizers"/>\n\n'
        '<table class="organizer-table">\n  <tr>\n    <td><img src="/assets/cy.jpg" /></td>\n'
        '    <td><img src="/assets/di.jpg" /></td>\n  </tr>\n  <tr>\n'
        '    <td><figcaption><a href="https://cy.org">Cy Li, University of Amsterdam</a></figcaption></td>\n'
        '    <td><figcaption><a href="https://di.org">Di Ma, Instituto de Telecomunicaçõ<br/>es</a></figcaption></td>\n'
        '    <td><figcaption><a href="https://eve.org">Eve Park University of Helsinki</a></figcaption></td>\n'
        "  </tr>\n</table>\n")  # fmt: skip
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    roles = {(p.name, p.role) for p in found.people}
    assert {("Ann Lee", "speakers"), ("Bo Wu", "speakers"), ("Cy Li", "organizers"), ("Di Ma", "organizers"),
            ("Eve Park", "organizers")} <= roles  # fmt: skip
    assert not [p.name for p in found.people if "," in p.name or "(" in p.name]
    logo = _found_people(tmp_path / "logo", {"_pages/about.md": _page("about", "/", body.replace(
        'alt="Workshop Organizers"', 'alt="University logo"'))})  # fmt: skip
    assert ("Cy Li", "organizers") not in {(p.name, p.role) for p in logo.people}


def test_a_country_code_in_brackets_after_a_place_of_work_is_no_us_state() -> None:
    """``Nitay Calderon (Technion, IL)``: where someone works and its country (Israel), not Illinois; the city the
    workshop is held in is read further on; ``Amherst, MA`` outside brackets stays a US city."""
    assert venue.city_in("Gal Yona (Google Research, IL) and Ann Lee (GESIS, DE)") is None
    assert venue.city_in("- Nitay Calderon (Technion, IL)\nto be held at EMNLP 2026 in Budapest, Hungary.") == (
        "Europe/Budapest", "Budapest")  # fmt: skip
    assert venue.city_in("The workshop is in Amherst, MA on June 3.") == ("America/New_York", "Amherst")


def test_a_timed_item_over_its_title_and_abstract_sub_items_is_one_talk(tmp_path: Path) -> None:
    """``- 09:10 - 09:55: **Invited Talk - Ann Lee**`` over ``- **Title**: ...`` and ``- **Abstract**: ...``: one
    talk by Ann Lee, that title, that abstract; ``**Invited Talk - Bo Wu**: [*Title*](slides.pdf)`` over an
    abstract sub-item: Bo Wu's talk, the title without the abstract."""
    site = _scheduled(tmp_path, (
        "- 09:00 - 09:10: **Opening remarks**\n"
        "- 09:10 - 09:55: **Invited Talk - Ann Lee**\n"
        "  - **Title**: Uncertainty for Language Models\n"
        "  - **Abstract**: Models often hallucinate.\n"
        "- 09:55 - 10:40: **Invited Talk - Bo Wu**: [*Calibrated Confidence*](/slides/bo.pdf)\n"
        "  - **Abstract**: Confidence helps.\n"
        "- 10:40 - 11:00: **Coffee Break**\n"))  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    rows = {(i.get("time"), i.get("title"), tuple(people[s]["name"] if isinstance(s, str) else s.get("name")
                                                  for s in i.get("speakers") or []), i.get("abstract"))
            for i in _edition(site)["schedule"]}  # fmt: skip
    (ann,) = [r for r in rows if r[0] == "09:10"]
    assert ann[:3] == ("09:10", "Uncertainty for Language Models", ("Ann Lee",))
    assert ann[3] is not None and ann[3].count("Models often hallucinate.") == 1  # as written, once
    assert ("09:55", "Calibrated Confidence", ("Bo Wu",), "Confidence helps.") in rows
    assert not [r for r in rows if r[0] is None]


def test_two_dates_of_one_list_on_one_day_read_before_under_one_name_are_both_kept(tmp_path: Path) -> None:
    """The home page lists ``Notification: January 20, 2024``; the call lists ``ARR papers: January 20, 2024`` then
    ``Notification: January 20, 2024``: two dates of one list on one day, each its own, the one new there too."""
    dates = ("## Important Dates\n\n- **Submission deadline:** December 22, 2023\n"
             "- **Submission of pre-reviewed ARR papers:** January 20, 2024\n"
             "- **Notification of acceptance:** January 20, 2024\n")  # fmt: skip
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "## Important Dates\n\n- **Submission deadline:** December 22, 2023"
                                 "\n- **Notification of acceptance:** January 20, 2024\n"),
        "_pages/call.md": _page("Call", "/call/", dates, "nav: true\n")})  # fmt: skip
    named = {(d["name"], str(d["at"])[:10]) for d in _edition(site)["dates"]}
    assert {("Submission of pre-reviewed ARR papers", "2024-01-20"), ("Notification of acceptance", "2024-01-20")} \
        <= named  # fmt: skip


def test_a_title_closed_by_a_stop_then_names_in_italics_is_a_talk_by_those_authors() -> None:
    """``Title (Team X, remote). *Ann Lee, Bo Wu and Cy Li*.``: a title ending with a stop, then a list in italics
    that is only names: the talk's title and its authors, who give it; the brackets at the title's end that say how
    it is given (and by which team), a note. Italics that are not all names stay in the title."""
    talk = program.who_and_title("Kernels for Old Newspapers (Team Owl, remote). *Ann Lee, Bo Wu and Cy Li*.")
    assert (talk.title, [p.name for p in talk.people], talk.abstract) == (
        "Kernels for Old Newspapers", ["Ann Lee", "Bo Wu", "Cy Li"], ["Team Owl, remote"])
    talk = program.who_and_title("Linking Entities with Transformers. *Dee Roe and Eve Poe.*")
    assert (talk.title, [p.name for p in talk.people]) == ("Linking Entities with Transformers", ["Dee Roe", "Eve Poe"])
    assert cells.authors_after("Welcome. *Opening remarks and a short overview of the day*.") is None


def test_a_table_of_one_row_under_a_day_heading_beside_another_days_table_is_that_days_program(tmp_path: Path) -> None:
    """``#### Wed 7th September`` over a table of one timed row, ``#### Thur 8th September`` over a table of
    several, on a page not called the program: the lone row is the first day's, not prose to keep as text."""
    body = ("The workshop takes place in September 2026.\n\n"
            "#### Wed 7th September - Lab overview (Room B)\n\n|---------|---------|\n"
            "| **10:50 - 12:30** | Lab overview during the plenary session. *Ann Lee and Bo Wu*. |\n\n"
            "#### Thur 8th September - Participant presentations (Room F)\n\n|---------|---------|\n"
            "| **11:00 - 11:20** | Kernels for Old Newspapers (Team Owl, onsite). *Cy Li, Dee Roe*. |\n"
            "| **11:20 - 11:40** | Wrap up and open discussion. |\n")  # fmt: skip
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "## Tiny Workshop 2026\n"),
                                "_pages/workshop.md": _page("Workshop", "/workshop/", body, "nav: true\n")})
    edition = _edition(site)
    rows = [(str(r.get("day")), r["time"], r["title"]) for r in edition["schedule"]]
    assert rows == [("2026-09-07", "10:50", "Lab overview during the plenary session"),
                    ("2026-09-08", "11:00", "Kernels for Old Newspapers"),
                    ("2026-09-08", "11:20", "Wrap up and open discussion.")]  # fmt: skip
    assert edition["date"] == [dt.date(2026, 9, 7), dt.date(2026, 9, 8)]


def test_date_lines_at_noon_over_a_range_with_its_own_year_and_with_a_link_in_brackets() -> None:
    """A date written first, then its name: ``06 May 2022, noon`` is at 12:00; ``**15 Nov 2021** - 6 May 2022:``
    and ``**27 May – 13 June 2022**:`` are ranges, the last day with its month and year, not the start of the
    name; ``([link](url))`` after the name only says where to go: its link kept apart, not the name's words."""
    read = dates.date_then_name
    assert read("**06 May 2022, noon**: Transmission of results.", 2022) == ("Transmission of results.",
                                                                          "06 May 2022, noon")
    assert dates.moment("06 May 2022, noon", 2022).time == "12:00"  # type: ignore[union-attr]
    assert read("**15 Nov 2021** - 6 May 2022: Evaluation Campaign.", 2022) == ("Evaluation Campaign.",
                                                                             "15 Nov 2021 - 6 May 2022")
    assert read("**27 May – 13 June 2022**: Review of papers.", 2022) == ("Review of papers.", "27 May – 13 June 2022")
    assert read("**15 Nov 2021**: Registration opens ([link](https://x.org/r)).", 2022) == ("Registration opens.",
                                                                                         "15 Nov 2021")
    assert read("Aug 1st - 10th: Release test data", 2022) == ("Release test data", "Aug 1st - 10th")


def test_a_remark_in_brackets_taken_from_a_dates_name_is_reported(tmp_path: Path) -> None:
    """``**06 June 2022**: Submission of the overview (by organisers).``: the remark in brackets becomes a note of
    the date, shown beside it, not in its name; the report names the date as written, remark and all."""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", (
        "## Timeline\n\n* **01 June 2022**: Release of data.\n"
        "* **06 June 2022**: Submission of the overview (by organisers).\n"))})  # fmt: skip
    assert [(d["name"], d.get("note")) for d in _edition(site)["dates"]] == [
        ("Release of data", None), ("Submission of the overview", "by organisers")]
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "date 'Submission of the overview (by organisers)'" in report


def test_lines_after_a_closed_heading_in_the_same_html_block_are_paragraphs() -> None:
    """``<h2>Dates</h2>`` then ``<b>Deadline: ...</b> <br>`` lines with no blank line between: one HTML block in
    Markdown, whose lines a browser shows under the heading; each line up to a ``<br>`` is a paragraph, and its
    dates are the dates that heading lists."""
    body = ("Intro.\n\n<h2>Dates</h2>\n<b>Paper submission deadline: <s>July 7, 2026</s> <font color=\"red\">July 14, "
            "2026</font></b> <br>\nNotification to authors: July 25, 2026 <br>\nCamera-ready version: August 8, (AoE) "
            "<br>\n\n<h3>Newsletter</h3>\n")
    said = [(b.kind, b.text) for b in blocks.parse(body) if b.kind in ("heading", "paragraph")]
    assert said[:5] == [
        ("paragraph", "Intro."), ("heading", "Dates"),
        ("paragraph", "**Paper submission deadline: ~~July 7, 2026~~ July 14, 2026**"),
        ("paragraph", "Notification to authors: July 25, 2026"), ("paragraph", "Camera-ready version: August 8, (AoE)")]
    found = dates.find_dates_in([jekyll.JekyllPage("cfp.md", {"title": "Call"}, body, 5, "/cfp/")], 2026)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Paper submission deadline", dt.date(2026, 7, 14)), ("Notification to authors", dt.date(2026, 7, 25)),
        ("Camera-ready version", dt.date(2026, 8, 8))]  # fmt: skip


def test_a_page_titled_organization_lists_organizers() -> None:
    assert role_of("Organization") == role_of("Organisation") == "organizers"


_CONFERENCE_THEME = 'title: Tiny Workshop\nconference:\n  tz: "+02:00"\n'
_NO_ZONE_PROGRAM = "| Time | Event |\n|---|---|\n| 9:00 | Opening |\n| 9:10 | Keynote |\n"


def test_a_configured_offset_is_the_zone_of_the_venue_pages_city(tmp_path: Path) -> None:
    """A schedule that names no zone, a home page that names no city: the venue's page gives the place
    (jekyll-theme-conference's ``postal_address``), the configuration the offset (``conference: tz: "+02:00"``), and
    the city's zone has it (in the summer): that zone, a guess named in MIGRATION.md."""
    venue_page = ('---\nlayout: location\ntitle: Location\npostal_address:\n  street: "Mässgatan 6"\n  locality: '
                  '"Malmö"\n  country: "SE"\n---\nWelcome to our venue!\n')
    write_tree(tmp_path / "src", {"_config.yml": _CONFERENCE_THEME, "venue/index.md": venue_page,
                                  "index.md": _page("Home", "/", f"## Tiny Workshop 2026\n\n[Venue](/venue/)\n\n"
                                                              f"{_NO_ZONE_PROGRAM}")})
    notes = import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["timezone"] == "Europe/Stockholm"
    assert any("wrote Europe/Stockholm, the zone of Malmö, named on the venue's page" in n.what for n in notes)


def test_a_configured_offset_alone_is_a_fixed_zone_and_a_venue_page_alone_its_citys(tmp_path: Path) -> None:
    write_tree(tmp_path / "a", {"_config.yml": _CONFERENCE_THEME,
                                "index.md": _page("Home", "/", f"## Tiny Workshop 2026\n\n{_NO_ZONE_PROGRAM}")})
    import_site(tmp_path / "a", tmp_path / "out-a")
    assert _edition(tmp_path / "out-a")["timezone"] == "Etc/GMT-2"
    write_tree(tmp_path / "b", {"_config.yml": CONFIG,
                                "index.md": _page("Home", "/", f"## Tiny Workshop 2026\n\n{_NO_ZONE_PROGRAM}"),
                                "venue.md": _page("Venue", "/venue/", "The workshop is held at the FIL, Lisbon.", "nav: true\n")})
    import_site(tmp_path / "b", tmp_path / "out-b")
    assert _edition(tmp_path / "out-b")["timezone"] == "Europe/Lisbon"


def test_jekylls_own_build_zone_is_not_the_workshops(tmp_path: Path) -> None:
    """``timezone: America/New_York`` in ``_config.yml`` is the zone Jekyll's build stamps posts in (a template's
    value as often as not): a program naming no zone, on a page whose deadlines say CEST, is not read in it."""
    dates = "## Important dates\n\n- **6 May 2026**, 23:59 CEST: Submission deadline\n"
    write_tree(tmp_path / "src", {"_config.yml": CONFIG + "timezone: America/New_York\n",
                                  "index.md": _page("Home", "/", f"## Tiny Workshop 2026\n\n{_NO_ZONE_PROGRAM}"),
                                  "dates.md": _page("Dates", "/dates/", dates, "nav: true\n")})
    import_site(tmp_path / "src", tmp_path / "out")
    assert _edition(tmp_path / "out")["timezone"] == "Europe/Paris"  # "CEST", as the deadlines write it


def test_a_photo_heading_of_one_name_then_where_is_read_apart_on_a_page_the_menu_names(tmp_path: Path) -> None:
    """``<h3><img src=...>Prof. Mausam, IIT Delhi</h3>`` over a bio, on the page the menu calls "Organization": the
    one name after the title, and where he works, apart (the heading is no card's whole name)."""
    body = "".join(f'<h3><img src="/assets/{n.lower()}.jpg">Prof. {n}, {at}</h3>\n{n} is a professor at {at}.\n\n'
                   for n, at in (("Mausam", "IIT Delhi"), ("Kamalakar Karlapalem", "IIIT Hyderabad")))
    found = _found_people(tmp_path, {
        "_data/navigation.yml": "main:\n  - title: Organization\n    url: /organizers\n",
        "_pages/organizers.md": f"---\nlayout: page\ntitle: The Workshop\npermalink: /organizers\n---\n{body}"})
    assert [(p.name, p.affiliation, p.role) for p in found.people] == [
        ("Mausam", "IIT Delhi", "organizers"), ("Kamalakar Karlapalem", "IIIT Hyderabad", "organizers")]


def test_an_associate_professors_title_is_no_part_of_the_name_and_panellists_are_panelists() -> None:
    """``Assoc. Prof. Ann Lee`` in a table of speakers is Ann Lee, as ``Dr. Ann Lee`` is; a heading "Panellists",
    spelt the British way, gives the panelists' role."""
    assert bare_name("Assoc. Prof. Patanamon (Pick) Thongtanunam") == "Patanamon (Pick) Thongtanunam"
    assert bare_name("Asst. Prof. Ann Lee") == "Ann Lee"
    assert bare_name("Associate Professor Ann Lee") == "Ann Lee"
    assert role_of("Panellists") == "panelists"


def test_a_dates_name_ending_in_a_comma_the_time_and_aoe_gives_the_date_that_time() -> None:
    """``| 18 October 2026 | Paper submission deadline, 23:59 AoE |``: the date's name is "Paper submission
    deadline", the time after the comma the deadline's, in AoE."""
    page = ("## Important Dates\n\n| Date | Milestone |\n|:--|:--|\n| 18 August 2026 | Call for papers announced |\n"
            "| 18 October 2026 | Paper submission deadline, 23:59 AoE |\n"
            "| 30 October 2026 | Acceptance notification |\n")
    found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2026)
    assert [(d.name, d.at.day, d.at.time and str(d.at.time)[:5], d.at.tz) for d in found.dates] == [
        ("Call for papers announced", dt.date(2026, 8, 18), None, "AoE"),
        ("Paper submission deadline", dt.date(2026, 10, 18), "23:59", "AoE"),
        ("Acceptance notification", dt.date(2026, 10, 30), None, "AoE")]  # fmt: skip


def test_the_panelists_listed_under_their_panels_title_are_the_people_of_its_row(tmp_path: Path) -> None:
    """A program whose one panel row names no one, and under "#### Panellists" the line ``Panel discussion:
    *Title*`` over a table of two people: they are that panel's people (a guess, named). Without the line naming
    the panel, the list is meant for no row and the row keeps naming no one."""
    def home(named: str) -> str:
        return ("On **July 26, 2026**.\n\n### Program\n\n| Time | Session |\n|:--|:--|\n"
                "| 09:00–09:30 | Invited Talk 1 |\n| 09:30–10:00 | Panel Discussion: Can Small Models Win? |\n\n"
                "### Invited Speakers\n\n| Name | Affiliation |\n|:--|:--|\n| Dr. Ann Lee | MIT |\n\n"
                f"#### Panellists\n\n{named}| Name | Affiliation |\n|:--|:--|\n| Dr. Bo Wu | ETH |\n"
                "| Assoc. Prof. Cy Chen | CMU |\n")

    for named, wanted in (("Panel discussion: *Can Small Models Win?*\n\n", ["bo-wu", "cy-chen"]), ("", None)):
        root = tmp_path / str(bool(named))
        write_tree(root / "src", {"_config.yml": CONFIG, "_pages/about.md": _page("about", "/", home(named))})
        notes = import_site(root / "src", root / "out")
        edition = _edition(root / "out")
        (panel,) = [r for r in edition["schedule"] if r["time"] == "09:30"]
        assert panel.get("speakers") == wanted, named
        assert edition["panelists"] == ["bo-wu", "cy-chen"]
        assert any("its panelists read from the list" in n.what for n in notes) == bool(named)


def test_a_program_quoted_is_shown_as_the_schedule_and_a_quoted_notice_stays_a_quote(tmp_path: Path) -> None:
    """``> 12:00<TAB> Welcome  `` lines, a program written as a blockquote: its rows are the schedule, shown where the
    quote was (no copy of its lines left); a quote of two timed lines in prose above it is no program and stays as
    written."""
    program = ("> Note: the room opens at 11:30 and the livestream starts at 11:55.  \n> 11:55 Sound check\n\n"
               "> 12:00\t Welcome  \n> 12:05  Oral session 1  \n> 13:30  Break  \n> 13:40\t Keynote 1\n")
    site = _scheduled(tmp_path, program)
    schedule = _edition(site)["schedule"]
    assert [(r["time"], r["title"]) for r in schedule] == [
        ("12:00", "Welcome"), ("12:05", "Oral session 1"), ("13:30", "Break"), ("13:40", "Keynote 1")]
    page = (site / "docs/schedule.md").read_text(encoding="utf-8")
    assert "> Note: the room opens at 11:30" in page and "> 11:55 Sound check" in page
    assert "<!-- esfomo/schedule -->" in page and "> 12:05" not in page


def test_an_oral_paper_numbered_before_its_title_is_an_oral_of_that_title(tmp_path: Path) -> None:
    """``| 1140-1200 | Oral Paper 1: [A Paper's Title](papers/p2.pdf) |``: "Oral Paper 1" is the label of an oral
    talk and its number, as "Invited Talk 1" is; the paper's title after the colon is the row's title, the kind
    known, not guessed."""
    program = ("| **Time** | **Event** |\n| --- | --- |\n| 0900-0930 | Invited Talk 1: [Ann Lee](speakers.md#ann) |\n"
               "| 1140-1200 | Oral Paper 1: [Why Do Small Models Still Need Knowledge?](papers/p2.pdf) |\n"
               "| 1600-1620 | Oral Papers 2: [Question Decomposition](papers/p9.pdf) |\n")
    site = _scheduled(tmp_path, program)
    rows = {r["time"]: r for r in _edition(site)["schedule"]}
    assert [(rows[t]["kind"], rows[t]["title"]) for t in ("11:40", "16:00")] == [
        ("oral", "Why Do Small Models Still Need Knowledge?"), ("oral", "Question Decomposition")]  # fmt: skip
    assert "kind 'oral' guessed" not in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_markdown_link_to_a_source_file_is_to_the_page_that_file_makes(tmp_path: Path) -> None:
    """``[the program](program.md)`` on ``schedule.md`` (at /schedule/): GitHub Pages writes a Markdown link to a
    file of the source as the address of the page the file makes, found from the linking file's folder, not from
    the page's address (``/schedule/program.md``); the page it makes is reached, and the new link is to it. A link
    to no such file is read as before."""
    page = "---\nlayout: page\ntitle: {}\n---\n\n{}\n"
    files = {"_config.yml": CONFIG,
             "index.md": page.format("Home", "Welcome. See [the schedule](schedule/)."),
             "schedule.md": page.format("Schedule", "The program is [here](program.md#talks); [old](gone.md)."),
             "program.md": page.format("Program", "| 09:00 | Welcome |")}  # fmt: skip
    write_tree(tmp_path / "src", files)
    shown, _ = reach.reachable(jekyll.read_site(tmp_path / "src"))
    assert sorted(p.url for p in shown) == ["/", "/program/", "/schedule/"]
    import_site(tmp_path / "src", tmp_path / "site")
    written = (tmp_path / "site/docs/schedule.md").read_text(encoding="utf-8")
    assert "[here](program.md#talks)" in written
    report = (tmp_path / "site/MIGRATION.md").read_text(encoding="utf-8")
    assert "link to 'program.md#talks'" not in report and "link to 'gone.md'" in report


def test_counted_orals_beside_their_papers_in_italics_under_a_speaker_column_are_titled_by_them(tmp_path: Path) -> None:
    """``Time | Event | Speaker`` whose Event cells are mostly labels (``Oral Paper 5``, ``Spotlight Talk 1``) and
    whose Speaker cell holds a paper's title in italics for the orals: the Event column still titles the rows (no
    other column is left to), a panel's topic stays its title, and a counted label beside an italic paper title is
    that talk's label, the paper its title."""
    program = ("| Time | Event | Speaker |\n| :-- | :-- | :-- |\n| 9:00–9:10 | Opening | Ann Lee |\n"
               "| 9:10–9:25 | Spotlight Talk 1 | Bo Wu (MIT) |\n"
               "| 11:00–11:45 | Panel: *Governance in Action* | Ann Lee, Bo Wu (Moderator: Cy Chen) |\n"
               "| 11:45–12:00 | Oral Paper 5 | *Red-Teaming Financial Agents: Stress Tests* |\n"
               "| 12:00–12:15 | Oral Paper 6 | *Policy Shaping: Runtime Steering for Safe RL* |\n"
               "| 13:30–14:00 | Spotlight Talk 2 | Cy Chen (ETH) |\n| 14:00–14:15 | Oral Paper 7 | *Persuasion Unprompted* |\n"
               "| 17:00–17:10 | Closing | Ann Lee |\n")
    rows = {r["time"]: r for r in _edition(_scheduled(tmp_path, program))["schedule"]}
    assert rows["11:00"]["title"] == "Governance in Action"
    assert [(rows[t]["kind"], rows[t].get("label"), rows[t]["title"]) for t in ("11:45", "12:00")] == [
        ("oral", "Oral Paper 5", "Red-Teaming Financial Agents: Stress Tests"),
        ("oral", "Oral Paper 6", "Policy Shaping: Runtime Steering for Safe RL")]  # fmt: skip


def test_words_before_a_colon_that_name_no_one_stay_in_the_title() -> None:
    """``[Retrospective, Perspective, Prospective: Where to From Here?](#retro)``: the words before the colon look
    like names one by one but name no one, so they open the title; "Ann Lee: Title" still names her."""
    out = _table("""\
| Start | End | Agenda |
| ----: |:---- | ------ |
| 13:45 | 15:00 | [Retrospective, Perspective, Prospective: Where to From Here?](#retro) |
| 15:15 | 16:00 | Ann Lee: Deep Nets |
""")
    assert _flat(out) == [("13:45", "talk", "Retrospective, Perspective, Prospective: Where to From Here?", []),
                          ("15:15", "talk", "Deep Nets", ["Ann Lee"])]  # fmt: skip


def test_a_conjunction_after_an_emphasised_label_carries_the_label_on() -> None:
    """``*Lunch* & Meeting Mentors``: what follows the emphasised label after "&" goes on with it, it names no one;
    ``*Afternoon Tea*`` and ``Morning Tea`` are breaks as Australian programs name them."""
    out = _table("""\
| Start | End | Agenda |
| ----: |:---- | ------ |
| 10:30 | 11:00 | Morning Tea |
| 12:30 | 13:30 | *Lunch* & Meeting Mentors |
| 15:15 | 15:45 | *Afternoon Tea* |
""")
    flat = _flat(out)
    assert [row[3] for row in flat] == [[], [], []]
    assert [row[2] for row in flat] == ["Morning Tea", "Lunch & Meeting Mentors", "Afternoon Tea"]
    assert [flat[0][1], flat[2][1]] == ["break", "break"]


def test_a_date_labelled_twice_is_named_by_both_labels_and_a_struck_one_stays(tmp_path: Path) -> None:
    """``First call: Submission deadline: **~~Sep 29, 2025~~** **Oct 3, 2025**``: the label before the date names it
    with the one before (the first call's deadline); struck whole under both labels, the date still stands; a weekday
    or a word on the date's move before the date names nothing."""
    page = ("## Important Dates\n\n- First call: Submission deadline: **~~September 29, 2025~~** **Oct 03 2025**\n"
            "- Second call: Submission deadline: **~~Oct 22 2025~~**\n- Notification: Monday: November 10, 2025\n"
            "- Camera-ready: Extended: November 25, 2025\n")
    found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2025)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("First call: Submission deadline", dt.date(2025, 10, 3)),
        ("Second call: Submission deadline", dt.date(2025, 10, 22)),
        ("Notification", dt.date(2025, 11, 10)), ("Camera-ready", dt.date(2025, 11, 25))]  # fmt: skip


def test_a_code_fence_never_closed_opens_no_code_block() -> None:
    """kramdown closes a fence only with a line of its fence alone: "```text" never so closed (a later "```bibtex"
    opens, it does not close) is a line of text, and the list after it is read as a list; a closed fence stays code."""
    body = ("Score:\n\n```text\nScore = BLEU\n\n## Timeline\n\n- **Data release**: 16th August 2025\n\n"
            "```bibtex\n@misc{x}\n")
    assert [b.kind for b in blocks.parse(body) if b.kind in ("heading", "list", "code")] == ["heading", "list"]
    assert [b.kind for b in blocks.parse("```text\n## Not a heading\n```\n")] == ["code"]


def test_a_month_mistyped_in_its_third_letter_is_read_as_the_month() -> None:
    """``5th Ocotober - 15th October 2025``: a letter slipped in after the month's first two is October still."""
    assert when.respelt_months("testing: 5th Ocotober - 15th October 2025") == (
        "testing: 5th October - 15th October 2025", [("Ocotober", "October")])


def test_a_label_cell_naming_the_kind_and_speaker_over_her_affiliation_gives_the_talk_to_her(tmp_path: Path) -> None:
    """``<strong>Invited Talk: Ann Lee</strong><br><em>MIT</em> | Kernels at Speed``: Ann Lee's invited talk of that
    title, the line under her name where she works."""
    table = """\
<table>
<tr><th>Time</th><th>Session</th><th>Title</th></tr>
<tr><td>9:00 - 9:10</td><td>Workshop Opening</td><td>—</td></tr>
<tr><td>9:10 - 9:55</td><td><strong>Invited Talk: Ann Lee</strong><br><em>Quebec AI Institute</em></td>
<td>Kernels at Speed</td></tr>
</table>
"""
    site = _imported(tmp_path, {"_pages/program.md": _page("Program", "/program/", table, "nav: true\n")})
    talk = _edition(site)["schedule"][1]
    assert (talk["kind"], talk["title"], talk["speakers"], talk.get("label")) == (
        "invited", "Kernels at Speed", ["ann-lee"], None)
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert people["ann-lee"]["affiliation"] == "Quebec AI Institute"


def test_a_quoted_title_then_its_speakers_with_no_mark_between_and_a_details_link_in_brackets() -> None:
    """``"Small Models" Ann Lee ([details](/events#alee)) **Rescheduled**``: the title in quotes, then only names
    (no comma or dash between); the bracketed link saying only "details" is no one's name, the bold remark a note."""
    talk = program.who_and_title('"Small Models" Ann Lee ([details](https://tiny.org/events#alee)) **Rescheduled**')
    assert (talk.title, [p.name for p in talk.people], talk.abstract) == ("Small Models", ["Ann Lee"], ["Rescheduled"])
    talk = program.who_and_title("“Tiny Data” Ann Lee, Bo Wu")
    assert (talk.title, [p.name for p in talk.people]) == ("Tiny Data", ["Ann Lee", "Bo Wu"])
    assert program.who_and_title('"Small Models" and more about them').people == []  # words, not names


def test_a_link_alone_in_brackets_at_the_end_of_a_row_leaves_no_empty_brackets() -> None:
    """``Ann Lee ([details](https://x.org/events#alee))``: the link lifted out, its brackets go with it; a link closing
    a bracket that says more keeps it (``Posters (IDs 1-25 [[Link](https://x)])``)."""
    found = cells.trailing_link('"Small Models" Ann Lee ([details](https://x.org/events#alee))')
    assert (found.text, found.web) == ('"Small Models" Ann Lee', {"details": "https://x.org/events#alee"})
    assert cells.trailing_link("Posters (IDs 1-25 [[Link](https://x.org)])").text == "Posters (IDs 1-25)"


def test_date_lines_opening_with_a_yearless_date_then_the_name_without_a_mark() -> None:
    """``**1<sup>st</sup> of March Registration opens**``: a date opening the line, then its name with no colon or
    dash between (the year the site's); a range (``5<sup>th</sup> - 8<sup>th</sup> of April 2022 School``) too."""
    from mkdocs_esfomo.importers.alfolio.date_lines import date_then_name

    assert date_then_name("**1<sup>st</sup> of March Registration and project submission opens**", 2022) == (
        "Registration and project submission opens", "1st of March")
    assert date_then_name("5<sup>th</sup> - 8<sup>th</sup> of April 2022 Springschool", 2022) == (
        "Springschool", "5th - 8th of April 2022")
    assert date_then_name("1st of March 10:00 start", 2022) is None  # a time after it, no name


def test_a_menu_written_after_the_site_url_and_baseurl_is_the_navigation(tmp_path: Path) -> None:
    """``<a href="{{ site.url }}{{ site.baseurl }}/team">``: the menu of a header include names the site's own
    pages, after the Liquid writing its address."""
    write_tree(tmp_path, {"_config.yml": CONFIG + "url: https://tiny.org\n",
                          "_includes/header.html": '<a href="{{ site.url }}{{ site.baseurl }}/team">Team</a>\n'
                                                   '<a href="{{ site.url }}/schedule">Schedule</a>\n'})  # fmt: skip
    found = reach.navigation(jekyll.read_site(tmp_path))
    assert "/team" in found and "/schedule" in found


def test_a_keynote_row_naming_its_kind_then_a_quoted_title_and_talks_linking_to_their_details(tmp_path: Path) -> None:
    """A list program ``- 19:00 Keynote <b>"Title"</b> by Ann Lee``: the kind's word goes from the title; the talks
    whose rows link to their details on a page of the site (``([details]({{ site.url }}/events#bwu))``) are given
    by speakers, though another page shows speakers of its own."""
    home = ("The school takes place on July 10, 2026.\n\n## Speakers\n\n- Eve Park (Oxford)\n")
    program_ = ('- 14:00 "Small Models" Bo Wu ([details]({{ site.url }}/events#bwu))\n'
                '- 15:00 "Tiny Data" Cy Li ([details]({{ site.url }}/events#cli)) **Rescheduled**\n'
                '- 16:00 Coffee break\n'
                '- 19:00 Keynote <b>"Explanation of change"</b> by Ann Lee\n')
    write_tree(tmp_path / "src", {"_config.yml": CONFIG + "url: https://tiny.org\n",
                                  "_pages/about.md": _page("about", "/", home),
                                  "_pages/schedule.md": _page("Schedule", "/schedule/", program_, "nav: true\n")})
    import_site(tmp_path / "src", tmp_path / "site")
    edition = _edition(tmp_path / "site")
    rows = {r["time"]: (r["title"], r.get("speakers") or []) for r in edition["schedule"]}
    assert rows["14:00"] == ("Small Models", ["bo-wu"]) and rows["15:00"] == ("Tiny Data", ["cy-li"])
    assert rows["19:00"] == ("Explanation of change", ["ann-lee"])
    assert {"bo-wu", "cy-li", "ann-lee", "eve-park"} <= set(edition["speakers"])


# -- a deadline in a sentence, a speakers page titled nothing, a speaker the list forgot --


def test_a_deadline_said_in_a_sentence_of_a_call_is_the_date_its_page_is_for(tmp_path: Path) -> None:
    """No page lists dates, but a call page says in a sentence that videos are submitted to an address "until
    **June 2nd 2023 23:59 anytime on earth**": that is the edition's date, named by the page's title, a guess in
    MIGRATION.md; a page saying two such days gives none (which is which is the page's to say)."""
    call = ("# Call for submission of contributed videos\n\nTiny Workshop calls for short videos.\n\nVideos of at most"
            " 5 minutes should be submitted in MP4 format to https://cmt3.example.org/TINY2023/ until **June 2nd "
            "2023 23:59 anytime on earth**.\n")
    site = _imported(tmp_path / "one", {
        "_pages/about.md": _page("Tiny Workshop 2023", "/", "A workshop in Bern, June 26 to 30, 2023."),
        "_pages/call.md": _page("Submission of contributed videos", "/submission/", call, "nav: false\n"),
    })  # fmt: skip
    assert [(d["name"], d["at"], d.get("note")) for d in _edition(site)["dates"]] == [
        ("Submission of contributed videos", "2023-06-02 23:59", None)]  # fmt: skip
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "date 'Submission of contributed videos': read from a sentence of 'Submission of contributed videos'" \
        in report  # fmt: skip
    two = call + "\nPosters should be uploaded by July 1, 2023.\n"
    site = _imported(tmp_path / "two", {
        "_pages/about.md": _page("Tiny Workshop 2023", "/", "A workshop in Bern, June 26 to 30, 2023."),
        "_pages/call.md": _page("Submission of contributed videos", "/submission/", two, "nav: false\n"),
    })  # fmt: skip
    assert not _edition(site).get("dates")


def test_anytime_on_earth_is_the_anywhere_on_earth_zone() -> None:
    """"23:59 anytime on earth", a common slip for AoE: the zone, no remark left over."""
    at = date_lines.moment("June 2nd 2023 23:59 anytime on earth", 2023)
    assert at is not None and (at.day, at.time, at.tz, at.zone_said, at.rest) == (
        dt.date(2023, 6, 2), "23:59", "AoE", True, "")  # fmt: skip


def test_a_list_of_people_on_a_page_titled_nothing_has_the_role_of_its_address(tmp_path: Path) -> None:
    """A page with an empty title (the menu names it), at /speakers/, whose body is only a list "[Name](url)
    (Affiliation)": its people are the speakers, a guess naming the address."""
    body = "\n  * [Ann Lee](https://ann.example.org) (MIT)\n  * [Bo Wu](https://bo.example.org) (ETH Zürich)\n"
    found = _found_people(tmp_path, {
        "_pages/about.md": _page("Tiny Workshop", "/", "A workshop [speakers](/speakers/)."),
        "_pages/speakers.md": "---\nlayout: single\ntitle: \"\"\npermalink: /speakers/\n---\n" + body,
    })  # fmt: skip
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "speakers", "MIT"), ("Bo Wu", "speakers", "ETH Zürich")]  # fmt: skip
    assert any("role 'speakers' read from the page's address /speakers/" in str(n) for n in found.notes)


def test_a_talk_by_one_the_speakers_list_forgot_is_a_speakers_when_the_others_are_all_listed(tmp_path: Path) -> None:
    """A program whose titled talks are all given by the speakers a page lists, but one: that one is a speaker too
    (the list forgot them), a guess in MIGRATION.md; where most talks' people are not listed (papers presented),
    they stay off the speakers."""
    listed = ["Ann Lee", "Bo Wu", "Cy Diaz", "Di Park", "Ed Moss", "Fay Li", "Gil Roy", "Hal Kim", "Ivy Tan"]
    rows = "".join(f"| {9 + n}:00-{9 + n}:45 | {name} | Kernels for problem {n} |\n"
                   for n, name in enumerate([*listed, "Joe Azzo"]))  # fmt: skip
    program = "| Time | Speaker | Title |\n|---|---|---|\n" + rows

    def speakers_of(name: str, listing: list[str]) -> tuple[Path, list[str]]:
        speakers = "".join(f"* {who} (University {n})\n" for n, who in enumerate(listing))
        site = _imported(tmp_path / name, {
            "_pages/about.md": _page("Tiny Workshop 2023", "/", "The workshop takes place on July 10, 2023."),
            "_pages/speakers.md": _page("Speakers", "/speakers/", speakers, "nav: true\n"),
            "_pages/program.md": _page("Program", "/program/", program, "nav: true\n"),
        })  # fmt: skip
        people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
        return site, [people[pid]["name"] for pid in _edition(site).get("speakers") or []]

    site, speakers = speakers_of("forgot", listed)
    assert "Joe Azzo" in speakers
    report = (site / "MIGRATION.md").read_text(encoding="utf-8")
    assert "Joe Azzo: a speaker, read from the program (a talk of the program, whose other talks are those of " \
        "the speakers a page lists; no page lists them)" in report  # fmt: skip
    assert "Joe Azzo" not in speakers_of("papers", listed[:2])[1]


def test_a_layouts_menu_looping_over_the_pages_skips_those_its_front_matter_test_leaves_out(tmp_path: Path) -> None:
    """A layout's own menu ``{% for entry in pages_list %}{% if entry.order == 0 %}{% continue %}{% endif %}`` over
    ``site.pages | sort: 'order'``, marking the page shown (``entry.url == page.url``): every page but those the
    loop skips is in the menu, titled or not (GitHub Pages titles a page by its first heading)."""
    layout = """<html><ul>{%- assign pages_list = site.pages | sort: 'order' -%}
{% for entry in pages_list %}{% if entry.order == 0 %}{% continue %}{% endif %}
{% if entry.url == page.url %}{% assign current = ' class="active"' %}{% else %}{% assign current = null %}{% endif %}
<li{{ current }}><a href="{{ site.baseurl }}{{ entry.url }}">{{ entry.title }}</a></li>
{% endfor %}</ul>{{ content }}</html>"""
    write_tree(tmp_path, {"_config.yml": CONFIG + "include: [_pages]\n", "_layouts/home.html": layout,
                          "_pages/index.md": "---\nlayout: home\npermalink: /\norder: 0.5\n---\nWelcome.\n",
                          "_pages/program.md": "---\nlayout: home\npermalink: /program\norder: 2\n---\n# Program\n",
                          "_pages/notes.md": "---\nlayout: home\npermalink: /notes\norder: 0\n---\n# Notes\n"})
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert ({p.url for p in shown}, [p.url for p in hidden]) == ({"/", "/program/"}, ["/notes/"])


def test_a_slot_opened_by_its_chair_is_a_session_of_the_talks_under_that_line() -> None:
    """``**Chair: Cy Li**<div></div>**Invited speaker: Ann Lee**<br>*Title*<div>Bo Wu and Di Xu: Title</div>``: a
    session at the slot's time, titled by who chairs it (no speaker), of the talks under it, each opened by the line
    naming who gives it: a label and a name over the title, or the authors, a colon and the title."""
    out = _program("""<table>
<tr><th>Time</th><th>Monday, 3 June</th></tr>
<tr><td>10:30–12:30</td><td><strong>Chair: Cy Li</strong><div class="sep"></div><strong>Invited speaker: Ann Lee</strong>
<br><em>Small Models</em><div class="sep"></div><div class="paper">Bo Wu and Di Xu: Tiny Data</div>
<div class="paper">Eve Park: Little Kernels</div></td></tr>
<tr><td>12:30–14:00</td><td>Lunch break</td></tr>
</table>
""")
    (session, lunch) = out.entries
    assert isinstance(session, program.Session) and (session.title, session.time.text) == ("Chair: Cy Li", "10:30")
    assert [(i.time, i.title, [p.name for p in i.speakers]) for i in session.items] == [
        (None, "Small Models", ["Ann Lee"]), (None, "Tiny Data", ["Bo Wu", "Di Xu"]),
        (None, "Little Kernels", ["Eve Park"])]  # fmt: skip
    assert isinstance(lunch, program.Draft) and lunch.title == "Lunch break"


def test_an_award_in_brackets_after_a_talks_title_is_said_of_it_not_its_title() -> None:
    """``Bo Wu: Tiny Data (Best Paper Award)``: the title is "Tiny Data"; the award is kept in the row's notes."""
    out = _program("| Time | Talk |\n|---|---|\n| 14:00 | Bo Wu: Tiny Data **(Best Paper Award)** |\n"
                   "| 14:30 | Cy Li: Small Kernels (Honorable Mention) |\n")
    items = [e for e in out.entries if isinstance(e, program.Draft)]
    assert [(i.title, [p.name for p in i.speakers], i.notes) for i in items] == [
        ("Tiny Data", ["Bo Wu"], ["Best Paper Award"]), ("Small Kernels", ["Cy Li"], ["Honorable Mention"])]


def test_a_day_a_page_out_of_the_menu_names_otherwise_is_shown_under_the_menus_pages_name(tmp_path: Path) -> None:
    """Reviewers' notes that no menu lists, reached by a link from the call (and read first in the files' order), name
    March 5 "Artifact notification"; the call in the menu names it "Notification of acceptance": one date, under the
    name of the page the menu lists."""
    table = "## Important Dates\n\n| Date | Event |\n|---|---|\n| March 5, 2026 | {} |\n\n{}\n"
    write_tree(tmp_path, {"_config.yml": CONFIG + "include: [_pages]\n",
                          "_pages/index.md": "---\npermalink: /\n---\nWelcome.\n",
                          "_pages/a_notes.md": "---\npermalink: /a_notes/\n---\n" + table.format(
                              "Artifact notification", ""),
                          "_pages/call.md": "---\npermalink: /call/\nnav: true\n---\n" + table.format(
                              "Notification of acceptance for all papers and artifacts", "[Notes](/a_notes/)")})
    site = jekyll.read_site(tmp_path)
    shown, _ = reach.reachable(site)
    assert site.linked_only == {"/a_notes/"}
    found = dates.find_dates_in(shown, 2026, site.linked_only)
    assert [(d.name, d.at.day) for d in found.dates] == [
        ("Notification of acceptance for all papers and artifacts", dt.date(2026, 3, 5))]


def test_the_baseurl_written_before_a_link_tag_is_written_once(tmp_path: Path) -> None:
    """``{{ site.baseurl }}{% link _pages/committees.md %}``, as GitHub Pages' Jekyll 3 needs it (its tag writes no
    baseurl): the page's address after the baseurl once; a tag alone gets it too."""
    write_tree(tmp_path, {"_pages/committees.md": "---\npermalink: /committees\n---\nAnn Lee\n"})
    said = render.page_links("[a]({{ site.baseurl }}{% link _pages/committees.md %}) "
                             "[b]({% link _pages/committees.md %})", tmp_path, "/ws")  # fmt: skip
    assert said == "[a](/ws/committees) [b](/ws/committees)"


def test_an_artifact_evaluation_committee_reviews_and_its_chairs_organize() -> None:
    assert role_of("Artifact Evaluation Committee") is None
    assert role_of("Artifact Evaluation Chairs") == "organizers"



# -- a program whose cells say more in sentences; dates and organizers written in prose --


def _program_rows(root: Path, cells: list[str]) -> list[dict[str, Any]]:
    """The schedule an import reads from a table ``Time | Event`` of ``cells`` (``"9:30am | **Title** <br> ..."``)."""
    program = "Time | Event\n:-----:|----------------\n" + "".join(f"{c}\n" for c in cells)
    return list(_edition(_scheduled(root, program))["schedule"])


def test_sentences_under_a_bold_title_are_its_notes_not_its_title(tmp_path: Path) -> None:
    """``**Roundtable** <br> In this session, we wish to discuss how we conduct science...``: under a first line
    wholly in bold, the lines that are sentences say what the row is about; the bold line is the title."""
    rows = _program_rows(tmp_path, [
        "**9:00am** <br><br> | **Roundtable** <br> In this session, we wish to discuss how we conduct science, in "
        "small teams. <br> We will count with the help of moderators.",
        "**10:30am** | **Coffee Break**"])  # fmt: skip
    assert (rows[0]["title"], rows[0]["kind"]) == ("Roundtable", "panel")
    assert rows[0]["abstract"].startswith("In this session, we wish to discuss")


def test_a_sentence_under_a_bold_title_opening_with_who_gives_the_row_names_its_speaker(tmp_path: Path) -> None:
    """``**Workshop: Open Science and Git** <br> Ann Lee (PhD at MIT) will be delivering the first workshop...``: the
    one the sentence opens with, where she works in brackets, gives the row; "Workshop:" is its label."""
    rows = _program_rows(tmp_path, [
        "**11:30am** <br> | **Workshop: Open Science and Git** <br><br> Ann Lee (PhD at MIT) will be delivering the "
        "first workshop of the event, an introduction to Git.",
        "**13:00pm** | **Lunch Break**"])  # fmt: skip
    assert rows[0]["title"] == "Open Science and Git"
    assert rows[0]["speakers"] == [{"name": "Ann Lee", "affiliation": "PhD at MIT"}]


@pytest.mark.parametrize(("cell", "kind", "title"), [
    ("**Workshop: Computational Modelling in Psycholinguistics**", "talk", "Computational Modelling in Psycholinguistics"),
    ("**Social activity: Pub Quiz & Pizza**", "social", "Pub Quiz & Pizza"),
])  # fmt: skip
def test_a_workshop_or_a_social_activity_label_opens_the_rows_title(tmp_path: Path, cell: str, kind: str,
                                                                     title: str) -> None:  # fmt: skip
    """``Workshop: Title``, a workshop held within the event, and ``Social activity: Title``: the kind's label and
    then the row's title."""
    rows = _program_rows(tmp_path, [f"**17:30pm** | {cell}", "**18:30pm** | **Closing**"])
    assert (rows[0]["kind"], rows[0]["title"]) == (kind, title)


def test_a_timed_slot_saying_what_it_is_in_a_sentence_is_no_session_heading(tmp_path: Path) -> None:
    """``**Poster Session Online** <br> Second poster session of the day.`` then ``**Closing event** <br> ...``: the
    slot says what it is, so it is a row of the day, not a heading over the rows after it."""
    rows = _program_rows(tmp_path, [
        "**14:00pm** <br> <br>| **Poster Session Online** <br> Second poster session of the day.",
        "**16:00pm** <br> | **Closing event** <br> To conclude the event, we will discuss what we have talked about."])
    assert [(r.get("session"), r.get("title")) for r in rows] == [(None, "Poster Session Online"),
                                                                 (None, "Closing event")]  # fmt: skip
    assert rows[0]["abstract"] == "Second poster session of the day."


def test_a_label_in_its_own_words_over_several_speakers_titles_their_row(tmp_path: Path) -> None:
    """``**Keynote speakers talk** <br> *Dr. Ann Lee (MIT), Dr. Bo Wu (ETH) & Dr. Cy Li (UCL)*.``: no kind's label
    as schedules write them (the kind is guessed from it), so the row's name; the line, closed by a full stop after
    its italics, names the three who give it."""
    rows = _program_rows(tmp_path, [
        "**9:30am** <br><br> | **Keynote speakers talk** <br> *Dr. Ann Lee (MIT), Dr. Bo Wu (ETH) & Dr. Cy Li (UCL)*."
        " <br> Our speakers will discuss the years after the PhD for an hour.",
        "**11:00am** | Coffee Break"])  # fmt: skip
    assert (rows[0]["kind"], rows[0]["title"]) == ("keynote", "Keynote speakers talk")
    assert [s if isinstance(s, str) else s["id"] for s in rows[0]["speakers"]] == ["ann-lee", "bo-wu", "cy-li"]


def test_people_named_in_a_line_closed_by_a_full_stop_after_its_emphasis() -> None:
    """``*Ann Lee (MIT) & Bo Wu (ETH)*.``: the stop ends the sentence, no one's name."""
    assert [(p.name, p.affiliation) for p in people_in("*Dr. Ann Lee (MIT) & Dr. Bo Wu (ETH)*.")] == [
        ("Ann Lee", "MIT"), ("Bo Wu", "ETH")]  # fmt: skip


def test_a_dates_name_then_a_sentence_more_and_a_day_struck_by_single_tildes() -> None:
    """``**29th August**: Submissions open. You can find the guidelines [here](/call/).``: the date's name is the
    first sentence, the next one (pointing elsewhere) a note; ``~**23rd September**~ ***30th September***``: one tilde each side strikes
    the old day (as GitHub shows it), the new one is the date's."""
    page = ("Timeline\n======\n- **29th August**: Abstracts and workshop proposals submissions open. You can find "
            "the guidelines [here](/call/).\n- ~**23rd September**~ ***30th September***: Abstracts submission close "
            "(**new deadline!**).\n- **22nd and 23rd October**: The event!\n- **24th October**: Websites open for "
            "registration. Training data are released.\n")  # fmt: skip
    found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2022)
    assert [(d.name, d.at.day, d.was and d.was.day) for d in found.dates][:2] == [
        ("Abstracts and workshop proposals submissions open", dt.date(2022, 8, 29), None),
        ("Abstracts submission close", dt.date(2022, 9, 30), dt.date(2022, 9, 23))]  # fmt: skip
    # a second sentence that says what else happens that day, not where to look, stays in the name
    assert found.dates[-1].name == "Websites open for registration. Training data are released"


def test_organizers_linked_in_a_sentence_under_their_heading(tmp_path: Path) -> None:
    """``Organising committee`` over ``This event is run by [Ann Lee](a) and [Bo Wu](b), organisers of the journal
    club. ... Logo design by [Cy Li](c).``: the sentence linking two or more people and nothing else names the
    organizers; the one crediting the logo's designer names no organizer."""
    body = ("Organising committee\n------\nThis event is run by [Ann Lee](https://x.org/ann) and [Bo Wu]"
            "(https://x.org/bo), organisers of the journal club. It is funded by a grant of the School.\n"
            "Logo design by [Cy Li](https://x.org/cy).\n")  # fmt: skip
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "organizers"), ("Bo Wu", "organizers")]


def test_a_question_or_a_bold_name_under_a_bold_label_is_no_prose(tmp_path: Path) -> None:
    """Under a bold label, a question (``What can robots learn from...?``) and a line in a title's capitals ending
    with a full stop are the talk's title; ``**Ann Lee** – professor of physics...`` names who gives it: none is a
    sentence saying more of the row."""
    rows = _program_rows(tmp_path, [
        "09:00 | **Keynote Talk 5** <br> What can robots learn from the safety of large language models?",
        "09:30 | **Keynote Talk 6** <br> Scaling Laws for Neural Language Models, Revisited and Extended.",
        "10:00 | **Are We Solving the Right Problems?** <br> **Ann Lee** – professor of medical physics, lead of the "
        "group on learning. Aarhus",
        "11:00 | Coffee Break"])  # fmt: skip
    assert [(r["title"], r.get("abstract")) for r in rows[:3]] == [
        ("What can robots learn from the safety of large language models?", None),
        ("Scaling Laws for Neural Language Models, Revisited and Extended.", None),
        ("Are We Solving the Right Problems?", None)]  # fmt: skip
    assert [s if isinstance(s, str) else s.get("id") or slug(s["name"]) for s in rows[2]["speakers"]] == ["ann-lee"]


def test_a_workshop_given_by_one_is_titled_workshop_not_talk(tmp_path: Path) -> None:
    """``**Workshop** <br> Ann Lee``: a talk by Ann Lee with no title of its own, titled by the site's word for what
    she gives rather than by the kind's label."""
    rows = _program_rows(tmp_path, ["10:15 | **Workshop** <br> Ann Lee", "11:45 | Lunch"])
    assert (rows[0]["kind"], rows[0]["title"]) == ("talk", "Workshop")
    assert [s if isinstance(s, str) else s.get("id") or slug(s["name"]) for s in rows[0]["speakers"]] == ["ann-lee"]


def test_a_bracket_opened_after_a_row_title_and_never_closed_is_a_remark_of_the_row(tmp_path: Path) -> None:
    """``6:00 PM — Walk to the game (Meet in the lobby, tickets [here](url)``: the link's bracket took the close of
    the remark's, so the bracket opened after the title holds a remark on the row: the row's title is the words
    before it, the remark kept with the row; a title whose brackets close keeps them."""
    program = ("## Program\n\n* Friday, July 10\n  * 9:00 AM — Opening (Main hall)\n  * 10:00 AM — Coffee break\n"
               "  * 6:00 PM — Walk to the game (Meet in the lobby, tickets are sold [here](https://tickets.example.org)\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    rows = {r.get("title"): r for s in schedule for r in s.get("items") or [s]}
    assert set(rows) >= {"Opening (Main hall)", "Walk to the game"}
    assert "Meet in the lobby" in str(rows["Walk to the game"].get("abstract") or rows["Walk to the game"].get("notes"))


# -- a program's bullets "- 9:00am: **Label** - Name, Title", a dates table with a weekday column --


_BULLET_DAY = "## __Sat, Nov 30__\n\n"


def test_a_name_a_comma_then_words_that_read_as_a_title_are_her_talk_and_its_title() -> None:
    """``**Keynote#1** - Ann Lee, The Commoditisation of NLP in Industry``: after the name and its comma, words that
    read as a talk's title (short words in lower case, or a colon after words no one's name holds), not as where she
    works; ``Ann Lee, U of Illinois: Deep Nets`` and ``Ann Lee, Research Scientist at the Tiny Institute`` still
    name where she works."""
    out = _program(_BULLET_DAY + "- 9:00am: **Keynote#1** - Ann Lee, The Commoditisation of NLP in Industry\n"
                   "- 10:00am: **Keynote#2** - Bo Wu, Towards Small Language Systems: Norms, Reasons, and Tables\n"
                   "- 11:00am: **Morning Tea**\n")  # fmt: skip
    assert [(title, who) for _, _, title, who in _flat(out)][:2] == [
        ("The Commoditisation of NLP in Industry", ["Ann Lee"]),
        ("Towards Small Language Systems: Norms, Reasons, and Tables", ["Bo Wu"])]  # fmt: skip
    assert program.who_and_title("Key Techniques, Insights, and Challenges in Tiny Models").people == []  # a series
    talk = program.who_and_title("Ann Lee, Research Scientist at the Tiny Institute")
    assert (talk.title, [(p.name, p.affiliation) for p in talk.people]) == (
        None, [("Ann Lee", "Research Scientist at the Tiny Institute")])


def test_those_taking_part_in_square_brackets_after_a_bold_title_are_its_people() -> None:
    """``**Panel Discussion** [Panellists: Ann Lee, Bo Wu and Cy Li]``: the British spelling too; the bracketed list
    names the panel's people, the bold words its title."""
    out = _program(_BULLET_DAY + "- 3:15pm: **Panel Discussion** [Panellists: Ann Lee, Bo Wu and Cy Li]\n"
                   "- 4:15pm: **Afternoon Tea**\n- 5:00pm: **Closing**\n")  # fmt: skip
    assert _flat(out)[0][2:] == ("Panel Discussion", ["Ann Lee", "Bo Wu", "Cy Li"])


def test_a_dash_then_a_name_after_a_labels_bracketed_remark_is_who_gives_it() -> None:
    """``**Keynote#4** (Joint Session with the Symposium) - Ann Lee``: the brackets name no one (a remark), the name
    after the dash gives the keynote."""
    out = _program(_BULLET_DAY + "- 12:00pm: **Keynote#4** (Joint Session with the Tiny Symposium) - Ann Lee\n"
                   "- 1:00pm: **Lunch**\n- 2:00pm: **Closing**\n")  # fmt: skip
    assert _flat(out)[0][3] == ["Ann Lee"]


def test_a_chair_in_square_brackets_and_a_named_part_of_the_programme_stay_out_of_the_people() -> None:
    """``**Oral Presentations (Applications) [Chair: Ann Lee]**``: who chairs, in square brackets as in round ones,
    leaves the title; ``**Oral Presentations (Shared Task)**`` and ``**ALTA AGM**`` name parts of the programme (a
    shared task, an association's annual general meeting), no one."""
    out = _program(_BULLET_DAY + "- 10:30am: **Oral Presentations (Applications) [Chair: Ann Lee]**\n"
                   "- 3:45pm: **Oral Presentations (Shared Task)**\n- 4:45pm: **ALTA AGM**\n- 5:00pm: **Closing**\n")
    rows = [(title, who) for _, _, title, who in _flat(out)]
    assert rows[:3] == [("Oral Presentations (Applications)", []), ("Oral Presentations (Shared Task)", []),
                        ("ALTA AGM", [])]  # fmt: skip
    assert not looks_like_name("Shared Task") and not looks_like_name("ALTA AGM")


def test_when_a_sessions_slot_ends_said_in_brackets_leaves_its_title() -> None:
    """``**Abstract Presentations / Industry Demonstrations (ends at 5:15pm)**`` over its untimed talks: the session's
    title without the brackets saying when it ends (named in the report)."""
    out = _program(_BULLET_DAY + "- 4:15pm: **Abstract Presentations / Industry Demonstrations (ends at 5:15pm)**\n"
                   "  - **DEMO** *Small Models in the Clinic* <br>Ann Lee\n"
                   "  - **ABSTRACT** *Tiny Data* <br>Bo Wu\n- 6:30pm: **Dinner**\n- 8:00pm: **Closing**\n")  # fmt: skip
    session = next(e for e in out.entries if isinstance(e, program.Session))
    assert session.title == "Abstract Presentations / Industry Demonstrations"
    assert any("ends at 5:15pm" in str(n) for n in out.notes)


def test_a_dates_table_with_a_weekday_column_and_rows_struck_cell_by_cell() -> None:
    """``| Author notification | Thursday | October 19, 2023 |``: the weekday cell (or a range of them, or a dash)
    is no part of the name; a row whose every cell is struck (``<del>``) is the day the date moved from."""
    page = ("## Important Dates\n\n"
            "| Paper submissions | Tuesday | September 12, 2023 |\n"
            "| <del>Paper submissions</del> | <del>Tuesday</del> | <del>September 5, 2023</del> |\n"
            "| Review period | -- | September 13 - October 4, 2023 |\n"
            "| Conference (online & offline) | Wednesday - Friday | November 29 – December 1, 2023 |\n")
    found = dates.find_dates_in([jekyll.JekyllPage("index.md", {"title": "Home"}, page, 5, "/")], 2023)
    assert [(d.name, d.at.day, d.was and d.was.day) for d in found.dates] == [
        ("Paper submissions", dt.date(2023, 9, 12), dt.date(2023, 9, 5)),
        ("Review period", dt.date(2023, 9, 13), None),
        ("Conference (online & offline)", dt.date(2023, 11, 29), None)]  # fmt: skip


def test_a_line_labelled_time_zone_names_the_programs_zone(tmp_path: Path) -> None:
    """``Time Zone: AEST (GMT+10)`` over a program: the zone of its times, as written (its offset), though the city
    named keeps another clock that day."""
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The workshop takes place in Melbourne on November 30, 2024.\n"),
        "_pages/program.md": _page("Program", "/program/", "Time Zone: AEST (GMT+10)\n\n" + _BULLET_DAY
                                   + "- 9:00am: **Opening**\n- 10:00am: **Morning Tea**\n- 12:00pm: **Lunch**\n",
                                   "nav: true\n")})  # fmt: skip
    edition = _edition(site)
    assert ZoneInfo(edition["timezone"]).utcoffset(dt.datetime(2024, 11, 30)) == dt.timedelta(hours=10)


PLACED_GRID = """\
<div class="scheduleContainer">
  <div class="header" style="grid-column: 2;">Monday</div>
  <div class="header" style="grid-column: 3;">Tuesday</div>
  <div class="time start-900">9:00</div>
  <div class="time start-1000">10:00</div>
  <div class="event stage-talk start-900 end-1000">Opening <span>Ann Lee & Bo Wu</span></div>
  <div class="event stage-talk start-1030 end-1200">Tiny nets <span>Chair: Cy Li</span><span class="left">S1: Dee Park<br>J2: Eve Moss</span></div>
  <div class="event stage-talk start-900 end-1000">Small data <span>Chair: Ann Lee</span><span class="left">P1: Fay Ng</span></div>
</div>
"""


def test_a_grid_drawn_with_css_reads_its_events_by_their_start_classes_one_day_after_the_other(tmp_path: Path) -> None:
    """``<div class="header">Monday</div>`` headers, then events placed by their classes (``<div class="event
    start-1030 end-1200">Title <span>Chair: Cy Li</span><span>S1: Dee Park<br>J2: Eve Moss</span></div>``), one day
    after the other: an event starting earlier than the one before opens the next day; the clock's labels
    (``<div class="time start-900">9:00</div>``) are no events; a part "Chair: ..." names no speaker, and a talk's
    code ("S1:") is not the speaker's name."""
    site = _imported(tmp_path, {
        "_pages/about.md": _page("about", "/", "The school takes place from 17th to 18th of August 2026.\n"),
        "_pages/program.md": _page("Program", "/program/", PLACED_GRID, "nav: true\n")})  # fmt: skip
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    rows = [(str(r.get("day")), r["time"], r.get("end"), r.get("title"),
             [people[s]["name"] if isinstance(s, str) else s["name"] for s in r.get("speakers") or []])
            for r in _edition(site)["schedule"]]  # fmt: skip
    assert rows == [
        ("2026-08-17", "9:00", "10:00", "Opening", ["Ann Lee", "Bo Wu"]),
        ("2026-08-17", "10:30", "12:00", "Tiny nets", ["Dee Park", "Eve Moss"]),
        ("2026-08-18", "9:00", "10:00", "Small data", ["Fay Ng"])]  # fmt: skip


def test_a_range_of_two_dates_in_numbers_is_read_in_the_order_that_keeps_them_close(tmp_path: Path) -> None:
    """``from 1/2/2026-4/2/2026``: the 1st to the 4th of February (four days), not January 2nd to April 2nd, nor
    "2026-4/2" read as a date of its own."""
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", "<p>The meeting will be held in Hintertux, "
                                                         "Austria, from 1/2/2026-4/2/2026.</p>\n")})  # fmt: skip
    assert _edition(site)["date"] == [dt.date(2026, 2, 1), dt.date(2026, 2, 4)]


def test_html_paragraphs_each_a_bold_name_over_where_they_work_are_people_beside_a_table_of_others(
        tmp_path: Path) -> None:  # fmt: skip
    """``<p><b>Dr. Ann Lee</b><br> MIT <br> <b>Title:</b> TBA</p>`` paragraphs in a row under "Invited speakers",
    in the same HTML block as a table of participants another reader takes: each paragraph a speaker."""
    body = ("<center>\n  <ul>\n    <h3><b>Invited speakers:</b></h3>\n"
            "    <p>\n      <b>Dr. Ann Lee</b><br> MIT <br> <b>Title:</b> TBA\n    </p>\n"
            "    <p>\n      <b>Prof. Bo Wu</b><br> ETH Zurich <br> <b>Title:</b> Small models\n    </p>\n"
            "    <h3><b>Participants:</b></h3>\n  </ul>\n"
            "  <table>\n    <tr><th>Participant</th><th>Talk title</th></tr>\n"
            "    <tr><td>Cy Li</td><td>-</td></tr>\n    <tr><td>Dee Park</td><td>Tiny nets</td></tr>\n  </table>\n"
            "</center>\n")  # fmt: skip
    site = _imported(tmp_path, {"_pages/speakers.html": _page("Speakers", "/speakers/", body, "nav: true\n")})
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    speakers = [people[s]["name"] for s in _edition(site).get("speakers") or []]
    assert {"Ann Lee", "Bo Wu"} <= set(speakers)


def test_a_sentence_saying_who_organizes_the_event_names_the_organizers_in_parentheses(tmp_path: Path) -> None:
    """``The meeting is organized by the University of Luxembourg (Prof. Ann Lee and Dr. Bo Wu) and the University
    of Warwick (Assoc.-Prof. Dr. Cy Li and Dr. Dee Park).``, and no list of organizers anywhere: those four, the
    institutions no people, their titles left out."""
    text = ("<center><b>The meeting is organized by the University of Luxembourg (Prof. Ann Lee and Dr. Bo Wu) and "
            "the University of Warwick (Assoc.-Prof. Dr. Cy Li and Dr. Dee Park).<br><br>It is held in "
            "Austria.</b></center>\n")  # fmt: skip
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", text)})
    people = yaml.safe_load((site / "docs/_data/people.yml").read_text(encoding="utf-8"))
    assert [people[s]["name"] for s in _edition(site).get("organizers") or []] == ["Ann Lee", "Bo Wu", "Cy Li",
                                                                                   "Dee Park"]  # fmt: skip
    assert "organizers read from the sentence saying who organizes the event" in (site / "MIGRATION.md").read_text()


def test_plain_paragraphs_each_a_name_a_comma_and_a_place_under_a_role_heading_are_people(tmp_path: Path) -> None:
    """``Ann Lee, Università dell’Aquila`` then ``Bo Wu, Scuola Normale Superiore``...: a plain paragraph a person
    under "### Workshop Organizers", the words after the comma where they work, even when those words could be a
    name (a place repeats in the run, people do not); a run of paragraphs each two names is no such list."""
    home = ("## Workshop Organizers\n\nAnn Lee, Università dell’Aquila\n\nBo Wu, Scuola Normale Superiore\n\n"
            "Cy Li, Scuola Normale Superiore \n\nDi Ma, Independent Researcher\n\n## About\n\nIn its first year.\n")
    found = _found_people(tmp_path, {"index.md": "---\nlayout: home\n---\n" + home})
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ann Lee", "organizers", "Università dell’Aquila"), ("Bo Wu", "organizers", "Scuola Normale Superiore"),
        ("Cy Li", "organizers", "Scuola Normale Superiore"), ("Di Ma", "organizers", "Independent Researcher")]
    pairs = "## Organizers\n\nAnn Lee, Bo Wu\n\nCy Li, Di Ma\n\nEve Park, Fay Ng\n"
    found = _found_people(tmp_path / "pairs", {"index.md": "---\nlayout: home\n---\n" + pairs})
    assert ("Ann Lee", "Bo Wu") not in [(p.name, p.affiliation) for p in found.people]


def test_a_list_program_of_bold_blocks_timed_in_brackets_over_their_untimed_parts(tmp_path: Path) -> None:
    """``1. **Morning (9:00 AM – 11:00 AM)**`` over ``- Welcome and Introduction``, ``- Invited Talk #1``...: a
    numbered list of blocks whose time is in brackets inside the bold, their parts nested under them without times
    of their own, the breaks blocks without parts: a schedule, each block at its time, its parts after it; a part
    named "Co-Design Hands-On Activity" is an activity, no one's name."""
    program = ("1. **Morning (9:00 AM – 11:00 AM)**\n   - Welcome and Introduction  \n   - Invited Talk #1  \n\n"
               "2. **Coffee Break (11:00 AM – 11:30 AM)**  \n\n"
               "3. **Late Morning (11:30 AM – 1:00 PM)**  \n   - Invited Talk #2  \n\n"
               "4. **Afternoon (2:00 PM – 4:00 PM)**  \n   - Co-Design Hands-On Activity  \n   - Closing Remarks  \n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert [(str(r.get("time")), r.get("title"), r.get("speakers") or []) for r in schedule] == [
        ("9:00AM", "Morning", []), ("None", "Welcome and Introduction", []), ("None", "Invited Talk #1", []),
        ("11:00AM", "Coffee Break", []), ("11:30AM", "Late Morning", []), ("None", "Invited Talk #2", []),
        ("2:00PM", "Afternoon", []), ("None", "Co-Design Hands-On Activity", []), ("None", "Closing Remarks", [])]


def test_a_workshop_date_naming_two_days_with_a_slash_sets_no_day(tmp_path: Path) -> None:
    """``Workshop: 9 / 10 June 2025 in Pisa, Italy``: either day, as "9 or 10 June" would say; the workshop's day
    is left unset and MIGRATION.md says why."""
    home = ("## Tiny Workshop 2025\n\n### Important Dates\n* Submission deadline: 7 April, 2025\n"
            "* Workshop: 9 / 10 June 2025 in Pisa, Italy\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert "date" not in _edition(dest)
    assert "the workshop's day not set: the date 'Workshop' names another day" in (
        dest / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_break_whose_words_after_the_colon_name_no_one_keeps_them_in_its_title() -> None:
    """``Lunch Break: [Mensa](url)``: what follows a break's label says where it is held, no talk's title: the whole
    is the row's title (its link kept), as it is for remarks."""
    out = _table("""\
| Time | Topic |
| --- | --- |
| 12:20–13:40 | Lunch Break: [Mensa](https://example.org/mensa) |
| 15:40–16:00 | Coffee Break |
""")
    assert _flat(out) == [("12:20", "break", "Lunch Break: Mensa", []), ("15:40", "break", "Coffee Break", [])]
    assert out.entries[0].link == "https://example.org/mensa"


def test_a_city_before_its_country_and_the_days_it_is_held_is_the_workshops_city() -> None:
    """``took place in Bielefeld, Germany from September 3–5, 2025``: a city the table of cities does not know, its
    country (of one zone) followed by the days it is held; not a country followed by the years of a career."""
    said = "SemDial 2025 took place in Bielefeld, Germany from September 3–5, 2025 at Bielefeld University."
    assert venue.city_in(said) == ("Europe/Berlin", "Bielefeld")
    assert venue.city_in("It is held in Lund, Sweden on Monday, 3 June.") == ("Europe/Stockholm", "Lund")
    assert venue.city_in("Ann Lee, Professor, Germany from 2015 to 2018") is None


def test_a_short_label_is_of_the_kind_its_last_word_names() -> None:
    """``Welcome Reception``, ``Welcome Coffee``: the last word of a label of two or three words says what the item is
    (a reception, a coffee break), the words before it which one; joined words name no such head."""
    assert kinds.kind_of("Welcome Reception") == ("social", True)
    assert kinds.kind_of("Welcome Coffee") == ("break", True)
    assert kinds.kind_of("Networking Dinner") == ("social", True)
    assert kinds.kind_of("Welcome and Introduction") == ("remarks", True)
    assert kinds.kind_of("Lunch and Posters") == ("poster", True)


def _rows_read(schedule: list[dict[str, Any]]) -> list[tuple[str, str | None, list[str]]]:
    """Each schedule entry (and each item of a session after it) as its time, title and speakers' slugs."""
    def who(item: dict[str, Any]) -> list[str]:
        return [r if isinstance(r, str) else slug(r["name"]) for r in item.get("speakers") or []]

    out = []
    for entry in schedule:
        if "session" in entry:
            out.append((str(entry.get("time")), entry["session"], []))
            out += [(str(i.get("time")), i.get("title"), who(i)) for i in entry["items"]]
        else:
            out.append((str(entry.get("time")), entry.get("title"), who(entry)))
    return out


_TIMED_TABLE = "| Time | Event |\n| :---: | :--- |\n"


def test_a_linked_title_then_its_authors_with_the_presenter_marked_is_one_talk(tmp_path: Path) -> None:
    """``[Tree Description Dependencies](/accepted#id9) Dana Toman 🎙️, Glen Weddell``: the link's words are the
    title (a link to the paper's page, whatever its words), the names after it its people; the emoji after a name,
    before the comma, marks who presents, neither a line break nor the row's decoration."""
    program = _TIMED_TABLE + ("| 14:30-14:50 | <a title=\"abstract\" href=\"/accepted#id9\" class=talk>Tree Description "
                              "Dependencies</a> Dana Toman 🎙️, Glen Weddell |\n"
                              "| 14:50-15:10 | [Baby Steps Towards Satisfiability](/accepted#id30) Bo Wu, "
                              "Mia Swoboda 🎙️ |\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert _rows_read(schedule) == [("14:30", "Tree Description Dependencies", ["dana-toman", "glen-weddell"]),
                                    ("14:50", "Baby Steps Towards Satisfiability", ["bo-wu", "mia-swoboda"])]
    assert "emoji" not in schedule[0]


def test_a_linked_title_whose_words_end_with_an_emoji_stays_one_line(tmp_path: Path) -> None:
    """``<a href="/accepted#id23">Temporal Logic over Integers <big>🏆</big></a> Ann Lee, Bo Wu``: the emoji ends
    the link's words (an award), it splits nothing: the title, then its authors."""
    program = _TIMED_TABLE + ("| 14:00-14:20 | <a href=\"/accepted#id23\" class=talk>Temporal Logic over Integers "
                              "<big><big>🏆</big></big></a> Ann Lee 🎙️, Bo Wu |\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert _rows_read(schedule) == [("14:00", "Temporal Logic over Integers", ["ann-lee", "bo-wu"])]


def test_who_chairs_or_paces_a_slot_said_after_its_title_is_no_speaker(tmp_path: Path) -> None:
    """``**DL in Practice** chaired by Ann Lee 📣``, ``**Poster Announcements** paced by Bo Wu ⏰``: the verb, "by",
    then who presides: out of the title, no speaker; a chaired slot whose only words read as a name
    (``**Temporal Extensions**``) is titled by them."""
    program = _TIMED_TABLE + ("| **11:20-12:00** | **DL in Practice** chaired by Ann Lee 📣 |\n"
                              "| **15:00-15:20** | **Poster Announcements** paced by Bo Wu ⏰ |\n"
                              "| **16:00-17:00** | **Temporal Extensions** chaired by Cy Li 📣 |\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert _rows_read(schedule) == [("11:20", "DL in Practice", []), ("15:00", "Poster Announcements", []),
                                    ("16:00", "Temporal Extensions", [])]


def test_a_linked_title_then_a_bold_invited_speaker_label_is_that_speakers_talk(tmp_path: Path) -> None:
    """``<a href="/#invited-speakers">Computing Interpolants</a> **Invited Speaker: Ann Lee** chaired by Bo Wu``:
    the link's words are the title, the bold label says who gives it; the chair gives no talk."""
    program = _TIMED_TABLE + ("| **9:05-10:00** | <a href=\"/#invited-speakers\" class=invited>Computing "
                              "Interpolants</a> **Invited Speaker: Ann Lee** chaired by Bo Wu 📣 |\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert _rows_read(schedule) == [("9:05", "Computing Interpolants", ["ann-lee"])]


def test_untimed_linked_papers_under_an_announcements_slot_are_talks_of_their_own(tmp_path: Path) -> None:
    """``**Poster Announcements** paced by Ann Lee`` over rows with an empty time cell, each a linked title and its
    authors (long ones too): one item each, without a time, not the slot's people nor its abstract."""
    program = _TIMED_TABLE + ("| **10:30-11:10** | **Poster & Demo Announcements** paced by Ann Lee ⏰ |\n"
                              "| | [Introducing DeepEL](/accepted#id15) Alessandro Longato 🎙️, Ignacio Huitzil |\n"
                              "| | [Visualizing HS-Tree-Based Abductive Reasoning: An Educational Tool for Algorithm "
                              "Exploration](/accepted#id6) Michaela Tothova 🎙️, Janka Boborova 🎙️, Julia Pukancova, "
                              "Jakub Kloc, Martin Homola |\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert _rows_read(schedule) == [
        ("10:30", "Poster & Demo Announcements", []),
        ("None", "Introducing DeepEL", ["alessandro-longato", "ignacio-huitzil"]),
        ("None", "Visualizing HS-Tree-Based Abductive Reasoning: An Educational Tool for Algorithm Exploration",
         ["michaela-tothova", "janka-boborova", "julia-pukancova", "jakub-kloc", "martin-homola"])]


def test_a_slot_featuring_people_is_titled_by_what_it_is_and_holds_them(tmp_path: Path) -> None:
    """``**Special Session featuring Ann Lee, Bo Wu and Cy Li** including a coffee break at **15:30-16:00**``:
    the slot's title, "featuring", its people; what it also includes, said after them, is kept as its note."""
    program = _TIMED_TABLE + ("| **14:10-17:00** | **Special Session featuring Ann Lee, Bo Wu and Cy Li** including "
                              "a coffee break at **15:30-16:00**|\n")
    schedule = _edition(_scheduled(tmp_path, program))["schedule"]
    assert _rows_read(schedule) == [("14:10", "Special Session", ["ann-lee", "bo-wu", "cy-li"])]
    assert "coffee break at 15:30-16:00" in str(schedule[0])


def test_lines_of_linked_names_each_with_a_place_under_a_role_heading_are_those_people(tmp_path: Path) -> None:
    """``<h4>General Co-Chairs</h4>`` over ``<a href="...">Ann Lee</a>, University of Pisa, Italy\\`` and
    ``<a href="...">Bo Wu</a>, ETH Zurich, Switzerland``: a line each, kramdown's forced break between them (a
    "Contact Form" button on the heading's line aside): organizers, with their pages and places of work."""
    team = ("<h4>General Co-Chairs</h4>\n<a href=\"https://ann.example.org\">Ann Lee</a>, University of Pisa, "
            "Italy\\\\\n<a href=\"https://bo.example.org\">Bo Wu</a>, ETH Zurich, Switzerland\n\n"
            "<h4>Program Committee Co-Chairs</h4> [Contact Form](https://forms.example.org){:target=\"_blank\" .btn}\n"
            "<a href=\"https://cy.example.org\">Cy Li</a>, TU Dresden, Germany\\\\\n"
            "<a href=\"https://di.example.org\">Di Ma</a>, Frankfurt University of Applied Sciences, Germany\n")
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", "A workshop.\n"),
                                     "_pages/team.md": _page("Team", "/team/", team, "nav: true\n")})
    assert [(p.name, p.role, p.affiliation, p.url) for p in found.people] == [
        ("Ann Lee", "organizers", "University of Pisa, Italy", "https://ann.example.org"),
        ("Bo Wu", "organizers", "ETH Zurich, Switzerland", "https://bo.example.org"),
        ("Cy Li", "organizers", "TU Dresden, Germany", "https://cy.example.org"),
        ("Di Ma", "organizers", "Frankfurt University of Applied Sciences, Germany", "https://di.example.org")]


def test_a_program_name_with_another_given_name_in_brackets_is_the_cards_person(tmp_path: Path) -> None:
    """The card says "Tommie Meyer", the program "Invited Speaker: Tommie (Thomas) Meyer": one person, the row
    refers to the card's, and MIGRATION.md says which name was read as which."""
    home = ("On **July 18, 2026**.\n\n## Invited Speakers\n\n- Tommie Meyer, University of Cape Town\n"
            "- Ann Lee, MIT\n\n## Schedule\n\n| Time | Event |\n|---|---|\n"
            "| 9:00 - 10:00 | [Defeasible Reasoning](/#speakers) **Invited Speaker: Tommie (Thomas) Meyer** |\n")
    site = _imported(tmp_path, {"_pages/about.md": _page("about", "/", home)})
    assert _edition(site)["schedule"][0]["speakers"] == ["tommie-meyer"]
    assert "'Tommie (Thomas) Meyer' read as 'Tommie Meyer'" in (site / "MIGRATION.md").read_text(encoding="utf-8")


def test_a_menu_listed_in_the_configuration_under_any_key_that_an_include_loops_over_reaches_its_pages(
    tmp_path: Path,
) -> None:
    """``sidebar: [{name: Program, link: program}]`` in ``_config.yml`` and an include's ``{% for platform in
    site.sidebar %}<a href="{{ platform.link }}">``: the pages it lists are reached (a link commented out in the loop
    writes nothing), a page it does not list stays hidden."""
    sidebar = ('{%- for platform in site.sidebar %}<!-- <li><a href="{{ platform.url }}"></a></li> -->'
               '<b><a href="{{ platform.link }}">{{ platform.name }}</a></b><br>{%- endfor %}')
    write_tree(tmp_path, {
        "_config.yml": CONFIG + "sidebar:\n  - name: About\n    link: /\n  - name: Program\n    link: program\n",
        "_includes/sidebar.html": sidebar,
        "_layouts/default.html": "<html><body>{% include sidebar.html %}{{ content }}</body></html>",
        "index.md": "---\nlayout: default\n---\nHome.\n",
        "program.md": "---\nlayout: default\n---\n09:00 Opening\n",
        "venue.md": "---\nlayout: default\n---\nA hall.\n",
    })  # fmt: skip
    shown, hidden = reach.reachable(jekyll.read_site(tmp_path))
    assert (sorted(p.url for p in shown), [p.url for p in hidden]) == (["/", "/program/"], ["/venue/"])


def test_a_markdown_grid_of_weekdays_dated_by_its_week_rows_is_each_days_program() -> None:
    """``| | Monday | Tuesday |`` over ``| **Week 1 (September 18-19)** |``, slot rows ``| 9:00 - 10:30 | Ann Lee:
    Title | Bo Wu |``, a pause alone in the first column (``| *Coffee break*``: every day, at the end of the slot
    above) and a row whose first cell is empty and whose event says its time (``*From 19:00:<br> Banquet*``): each
    column is its day's program, the days those of the week the row above names; a struck event is none."""
    markdown = """# Program

| | Monday | Tuesday |
|---|---|---|
| **Week 1 (September 18-19)** |
| 9:00 - 10:30 | Ann Lee: Proofs in Lean | Bo Wu |
| *Coffee break*
| 11:00 - 12:00 | *Introductions* | ~~*Contributed Talks*~~ cancelled! |
| | | *From 19:00:<br> Banquet* |
| **Week 2 (September 25-26)** |
| 9:00 - 10:30 | Cy Chen: Types | Ann Lee: Proofs in Lean |
| 11:00 - 12:00 | Bo Wu: Categories | Cy Chen: Types |
"""
    page = jekyll.JekyllPage("_pages/program.md", {"title": "Program"}, markdown, 7, "/program/")
    out = schedule.find_schedule([page], {"Ann Lee", "Bo Wu", "Cy Chen"}, 2023)
    rows = [(e.day, e.time.text if e.time else None, e.title, [p.name for p in e.speakers]) for e in out.entries]
    assert rows == [
        (dt.date(2023, 9, 18), "9:00", "Proofs in Lean", ["Ann Lee"]),
        (dt.date(2023, 9, 18), "10:30", "Coffee break", []),
        (dt.date(2023, 9, 18), "11:00", "Introductions", []),
        (dt.date(2023, 9, 19), "9:00", None, ["Bo Wu"]),
        (dt.date(2023, 9, 19), "10:30", "Coffee break", []),
        (dt.date(2023, 9, 19), "19:00", "Banquet", []),
        (dt.date(2023, 9, 25), "9:00", "Types", ["Cy Chen"]),
        (dt.date(2023, 9, 25), "11:00", "Categories", ["Bo Wu"]),
        (dt.date(2023, 9, 26), "9:00", "Proofs in Lean", ["Ann Lee"]),
        (dt.date(2023, 9, 26), "11:00", "Types", ["Cy Chen"]),
    ]  # fmt: skip


def test_links_in_parentheses_ending_a_cell_are_the_talks_material_not_its_words() -> None:
    """``Ann Lee ([Slides](a.pdf); [Examples](https://x/b.v))``, ``Title ([Material](https://x) )``, a link's
    address with a space before its bracket: the parentheses of links alone are the talk's material; one link
    alone only when its words say material (``([MIT](https://mit.edu))`` stays: an affiliation)."""
    found = cells.cell_links("Ann Lee ([Slides](a.pdf); [Examples](https://x.org/b.v))")
    assert (found.text, found.web, found.files) == ("Ann Lee", {"Examples": "https://x.org/b.v"}, ["a.pdf"])
    found = cells.cell_links("Paige North ([Notes/Exercises](https://github.com/p/itp-hott ))")
    assert (found.text, found.web) == ("Paige North", {"Notes/Exercises": "https://github.com/p/itp-hott"})
    assert cells.cell_links("Ann Lee ([MIT](https://mit.edu))").text == "Ann Lee ([MIT](https://mit.edu))"


def test_a_date_line_over_each_list_of_talks_dates_that_list() -> None:
    """Under one heading, ``Tue, September 19`` over a list of timed talks, then ``Wednesday, September 20`` over
    the next: each list is the day of the line right above it, not the first date of the section."""
    markdown = """## Contributed presentations

Tue, September 19

* 15:30-15:55: Ann Lee: Limits and colimits

* 16:00-16:25: Cy Chen: Synthetic geometry

* 16:30-16:55: Ed Eng: Automata

Wednesday, September 20

* 15:30-15:55: Bo Wu: Formalising categories

* 16:00-16:25: Di Dou: Amenable groups

* 16:30-16:55: Fe Fan: Clans
"""
    page = jekyll.JekyllPage("_pages/program.md", {"title": "Program"}, markdown, 7, "/program/")
    out = schedule.find_schedule([page], set(), 2023)
    assert [(e.day, e.title) for e in out.entries] == [
        (dt.date(2023, 9, 19), "Limits and colimits"), (dt.date(2023, 9, 19), "Synthetic geometry"),
        (dt.date(2023, 9, 19), "Automata"), (dt.date(2023, 9, 20), "Formalising categories"),
        (dt.date(2023, 9, 20), "Amenable groups"), (dt.date(2023, 9, 20), "Clans")]  # fmt: skip


def test_a_persons_heading_with_nothing_under_it_among_her_peers_is_still_a_person(tmp_path: Path) -> None:
    """``# Lecturers`` over ``### Ann Lee ###`` with her position, then ``### Bo Wu (online lecture) ###`` and
    ``### Cy Chen ###`` with nothing under them: all three are lecturers, the note on how one takes part no part
    of his name."""
    about = """# Lecturers

### Ann Lee ###

*MIT*

<hr/>

### Bo Wu (online lecture) ###

<hr/>

### Cy Chen ###
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("about", "/", about)})
    assert [(p.name, p.role) for p in found.people] == [
        ("Ann Lee", "speakers"), ("Bo Wu", "speakers"), ("Cy Chen", "speakers")]  # fmt: skip


def test_a_name_and_a_colon_alone_on_a_line_is_the_speaker_of_the_title_under_it() -> None:
    """``Ann Lee:`` on its line, the talk's title on the next (``Algebraic Automata Theory``, capitalised words a
    name could be): she speaks, the next line is the title, as ``Ann Lee: Algebraic Automata Theory`` would be."""
    talk = program.who_and_title("Ann Lee:\nAlgebraic Automata Theory")
    assert (talk.title, [p.name for p in talk.people]) == ("Algebraic Automata Theory", ["Ann Lee"])


def test_a_home_page_that_only_sends_on_to_its_github_io_address_opens_the_edition_there(tmp_path: Path) -> None:
    """``index.html`` a bare ``<meta http-equiv=Refresh content="0;url=https://org.github.io/2022/">`` (the quotes
    left out): the visitor lands on the 2022 folder, whose layout's menu links ``program.html`` from the folder it
    is shown in, and whose home page links the earlier editions at their github.io addresses, each a whole HTML page
    of its own: all reached, the redirect's folder the current edition, the others past ones."""
    layout = ('<html><body><ul><li><a href="index.html">About</a></li><li><a href="program.html">Program</a></li>'
              '</ul>{{ content }}</body></html>\n')  # fmt: skip
    old = ("<!DOCTYPE html>\n<html><body><h2>Tiny Workshop at COLING 2020</h2><h4>Osaka, Japan. December 11, 2020."
           "</h4>\n<p>Workshop Organizers</p></body></html>\n")  # fmt: skip
    site = _imported(tmp_path, {
        "index.html": '<html><head><meta http-equiv=Refresh content="0;url=https://tiny-ws.github.io/2022/">'
                      "</head></html>",
        "_layouts/default.html": layout,
        "2022/index.md": "---\ntitle: about\nlayout: default\n---\n\n### Tiny Workshop 2022\n\nWorkshop: Thursday, "
                         "July 14, 2022.\n\n- [Tiny Workshop 2020](https://tiny-ws.github.io/2020/)\n",
        "2022/program.md": "---\ntitle: program\nlayout: default\n---\n\n| Time | Talk |\n| --- | --- |\n"
                           "| 09:00–09:30 | Opening Remarks |\n| 09:30–10:00 | Coffee Break |\n",
        "2020/index.html": old})  # fmt: skip
    editions = _editions(site)
    assert sorted(editions) == ["2020", "2022"]
    assert [r.get("title") for r in editions["2022"]["schedule"]] == ["Opening Remarks", "Coffee Break"]
    assert "current: '2022'" in (site / "mkdocs.yml").read_text(encoding="utf-8")


def test_a_title_in_italics_that_reads_like_a_name_over_a_plain_line_of_authors_is_the_title() -> None:
    """``<i>Hierarchical Nested Named Entity Recognition</i><br>Zita Marinho, Afonso Mendes and David Nogueira``, a
    proceedings' program: every word of the title capitalised reads like a name, but set in italics over a plain
    line of names it is the talk's title; a name in italics over its affiliation stays a name."""
    talk = program.who_and_title("*Hierarchical Nested Named Entity Recognition*\n"
                                 "Zita Marinho, Afonso Mendes and David Nogueira")  # fmt: skip
    assert (talk.title, [p.name for p in talk.people]) == (
        "Hierarchical Nested Named Entity Recognition", ["Zita Marinho", "Afonso Mendes", "David Nogueira"])
    talk = program.who_and_title("*Ann Lee*\n(MIT)")
    assert (talk.title, [(p.name, p.affiliation) for p in talk.people]) == (None, [("Ann Lee", "MIT")])


def test_a_portuguese_or_spanish_surname_joined_by_e_or_y_is_a_name() -> None:
    """``Lucas Emanuel Silva e Oliveira``, ``José Ortega y Gasset``: "e" and "y" between the parts of a surname join
    them; not at a name's ends."""
    assert looks_like_name("Lucas Emanuel Silva e Oliveira")
    assert looks_like_name("José Ortega y Gasset")
    assert not looks_like_name("e Oliveira")
    assert not looks_like_name("Ann Lee e")


def test_a_zone_in_brackets_after_a_dates_name_is_when_the_date_is(tmp_path: Path) -> None:
    """``September 25, 2016: Submissions due (GMT -12)``: the brackets hold only the date's zone (GMT-12 is AoE),
    not part of its name."""
    page = ("---\nlayout: page\ntitle: Call\npermalink: /\n---\n### Important Dates\n\n"
            "September 25, 2016: Submissions due (GMT -12)<br>\nOctober 16, 2016: Author notification<br>\n")
    write_tree(tmp_path, {"_config.yml": CONFIG, "_pages/about.md": page})
    found = dates.find_dates_in(reach.reachable(jekyll.read_site(tmp_path))[0], 2016)
    assert [(d.name, d.at.day, d.at.tz) for d in found.dates] == [
        ("Submissions due", dt.date(2016, 9, 25), "AoE"), ("Author notification", dt.date(2016, 10, 16), "AoE")]


def test_a_row_that_ends_before_it_starts_keeps_its_start_and_names_the_slip() -> None:
    """``15:50–15:35 | Keynote``: an end before the start on the same day is a slip no reading mends; the start is
    kept, the end left out, and the report names the row. A slot past midnight (``22:00–01:00``) is as written."""
    out = _table("""\
| Time | Topic |
| --- | --- |
| 15:50–15:35 | Keynote Q&A |
| 22:00–01:00 | Night Session |
""")
    schedule._clock_slips(jekyll.JekyllPage("_pages/schedule.md", {}, "", 7, "/schedule/"), out, (0, 0, 0, 0, 0, 0))
    assert [(e.time and e.time.text, e.end and e.end.text) for e in out.entries] == [("15:50", None),
                                                                                    ("22:00", "01:00")]
    assert any("ends at 15:35, before it starts" in n.what for n in out.notes)


def test_a_line_in_brackets_saying_who_sponsors_a_slot_is_a_note_of_its_row() -> None:
    """``**Panel on Access to Clinical Data**<br>(Sponsored by Philips North America)``: the line under the title
    says who pays for the slot; the title is the bold line, the sponsor a note of the row, named in the report."""
    out = _table("""\
| Time | Topic |
| --- | --- |
| 16:00–17:00 | **Panel on Access to Clinical Data**<br>(Sponsored by Philips North America) |
""")
    assert _flat(out) == [("16:00", "panel", "Panel on Access to Clinical Data", [])]
    assert "Sponsored by Philips North America" in out.entries[0].notes
    assert any("read as a note of the row" in n.what for n in out.notes)


def test_one_name_typed_in_lower_case_in_a_list_of_names_is_a_name() -> None:
    """``Tirthankar Dasgupta, Ishani Mondal, abir naskar and Lipika Dey``: a proceedings' author list with one name
    typed in lower case among three or more others is still that list; not words that name no one, nor the last."""
    assert [p.name for p in people_in("Tirthankar Dasgupta, Ishani Mondal, abir naskar and Lipika Dey")] == [
        "Tirthankar Dasgupta", "Ishani Mondal", "abir naskar", "Lipika Dey"]
    assert people_in("Ann Lee, Bo Wu, Cy Li, lunch break and Di Ma") == []
    assert people_in("Ann Lee, Bo Wu, Cy Li and di ma") == []


def test_the_edition_a_home_page_sends_on_to_at_its_github_io_address_is_current(tmp_path: Path) -> None:
    """``<meta http-equiv="refresh" content="0; url=https://tiny-ws.github.io/2022/">`` beside a ``2023/`` folder
    started for the next edition: the visitor lands on 2022, the current edition, as for a relative address."""
    site = _imported(tmp_path, {
        "index.html": '<html><head><meta http-equiv="refresh" content="0; url=https://tiny-ws.github.io/2022/">'
                      "</head></html>",
        "2022/index.md": "---\ntitle: about\nlayout: page\n---\n\n### Tiny Workshop 2022\n\nWorkshop: Thursday, "
                         "July 14, 2022.\n\n- [Tiny Workshop 2023](https://tiny-ws.github.io/2023/)\n",
        "2023/index.md": "---\ntitle: about\nlayout: page\n---\n\n### Tiny Workshop 2023\n\nComing soon.\n"})
    assert "current: '2022'" in (site / "mkdocs.yml").read_text(encoding="utf-8")


# -- a hand-made Bootstrap theme: a menu built page by page, an HTML list program, widgets named by the page --


def test_a_menu_built_up_page_by_page_from_the_pages_front_matter_reaches_those_pages(tmp_path: Path) -> None:
    """``{% assign nav = '' | split: ',' %}{% for path in paths %}{% assign p = site.pages | where: "path", path |
    first %}{% if p.nav_text %}{% assign nav = nav | push: p %}...``, then a loop over ``nav`` linking each: the
    pages whose front matter gives ``nav_text`` are in the menu, the others are not."""
    header = """\
{%- assign default_paths = site.pages | map: "path" -%}
{%- if site.pages.size > 0 -%}
<ul>
{%- assign nav_pages = '' | split: ',' -%}
{%- for path in default_paths -%}
{%- assign this_page = site.pages | where: "path", path | first -%}
{%- if this_page.nav_text -%}{%- assign nav_pages = nav_pages | push: this_page -%}{%- endif -%}
{%- endfor -%}
{%- for nav_page in nav_pages -%}<li><a href="{{ nav_page.url | relative_url }}">{{ nav_page.nav_text }}</a></li>
{%- endfor -%}
</ul>
{%- endif -%}
"""
    write_tree(tmp_path, {
        "_config.yml": CONFIG,
        "_includes/header.html": header,
        "_layouts/default.html": "<html><body>{% include header.html %}{{ content }}</body></html>\n",
        "index.md": "---\nlayout: default\ntitle: About\nnav_text: About\n---\nA tiny workshop.\n",
        "attend.md": "---\nlayout: default\ntitle: Attend\nnav_text: Attend\n---\nCome along.\n",
        "draft.md": "---\nlayout: default\ntitle: Draft\n---\nNot yet.\n"})  # fmt: skip
    site = jekyll.read_site(tmp_path)
    shown, hidden = reach.reachable(site)
    assert {p.url for p in shown} == {"/", "/attend/"}
    assert [p.url for p in hidden] == ["/draft/"]


def test_a_program_as_an_html_list_with_the_talks_of_a_block_in_a_list_under_its_item(tmp_path: Path) -> None:
    """``<ul><li>09:00 - 09:05: Opening remarks</li>...<li>09:45 - 10:25: Paper Presentations</li><ul><li>Title,
    Name</li></ul>...``: a schedule written as an HTML list reads as the Markdown list would, the list right after
    an item (shown indented under it) being that block's talks, each its title and then its presenter."""
    program = """\
Schedule:<br>
<ul>
<li>09:00 - 09:05: Opening remarks</li>
<li>09:45 - 10:25: Paper Presentations</li>
<ul>
<li>TaskMaster: A Novel Dialogue System, Carl Strathearn</li>
<li>Robots Who Interrupt Talk in Meetings, Olli Niinivaara</li>
</ul>
<li>11:00 - 11:30: Coffee break</li>
</ul>
"""
    rows = [(r.get("time"), r.get("title"), r.get("speakers")) for r in
            _edition(_scheduled(tmp_path, program))["schedule"]]  # fmt: skip
    times = [(str(t), title) for t, title, _ in rows if t is not None]
    assert times == [("09:00", "Opening remarks"), ("09:45", "Paper Presentations"), ("11:00", "Coffee break")]
    talks = [(title, [s["name"] if isinstance(s, dict) else s for s in speakers]) for t, title, speakers in rows
             if t is None]  # fmt: skip
    assert talks == [("TaskMaster: A Novel Dialogue System", ["Carl Strathearn"]),
                     ("Robots Who Interrupt Talk in Meetings", ["Olli Niinivaara"])]  # fmt: skip


def test_the_widgets_a_page_names_beside_it_are_read_through_a_theme_named_layout(tmp_path: Path) -> None:
    """``layout: page`` (no words of its own) in ``default``, which includes for each name of the page's
    ``sidebar: [key-dates]`` the file ``widget-key-dates.md`` (``{% include {{ widget_file }} %}``): the dates that
    file lists are the page's, as a visitor sees them beside it; a part-of-day before a date ("Morning of") is no
    remark."""
    default = """\
<html><body><main>{{ content }}
{%- if page.sidebar -%}<div class="sidebar">
{%- for widget in page.sidebar -%}
{%- assign widget_file = widget | prepend:'widget-' | append:'.md' -%}
{%- capture widget_html -%}{%- include {{ widget_file }} -%}{%- endcapture -%}
<div class="sidebar-widget">{{ widget_html | markdownify }}</div>
{%- endfor -%}</div>{%- endif -%}
</main></body></html>
"""
    dates = ("### Key dates\n\n**Submissions due**<br>\nFebruary 12th, 2026\n\n**Notifications sent**<br>\n"
             "February 24th, 2026\n\n**Workshop date**<br>\nMorning of March 13th, 2026\n")
    site = _imported(tmp_path, {
        "_layouts/default.html": default,
        "_layouts/page.html": "---\nlayout: default\n---\n<article><h1>{{ page.title }}</h1>{{ content }}</article>\n",
        "_includes/widget-key-dates.md": dates,
        "index.md": '---\nlayout: page\ntitle: About\nsidebar: [ "key-dates" ]\n---\nA tiny workshop.\n'})  # fmt: skip
    found = [(d["name"], str(d["at"])[:10]) for d in _edition(site).get("dates") or []]
    assert ("Submissions due", "2026-02-12") in found
    assert ("Notifications sent", "2026-02-24") in found
    assert date_lines.date_alone("Morning of March 13th, 2026 CET", 2026)


def test_a_label_ending_in_a_colon_over_a_persons_box_names_their_role(tmp_path: Path) -> None:
    """``Keynote Speaker:<br>`` then a box holding a box of the photo alone beside a box of the text (the name
    linked, then the bio), under no heading naming a role: the person is a speaker, their name the linked one."""
    body = """\
Keynote Speaker:<br>

 <div class="d-flex my-5">
  <div class="flex-shrink-0">
    <img src="/assets/img/lee.png" alt="A photograph of Ann Lee" class="organiser-image rounded">
  </div>
  <div class="flex-grow-1 ms-3">
    <p>
      <a href="https://example.org/ann">Ann Lee</a>

      Dr. Ann Lee is a professor of robotics at the University of Twente.
    </p>
  </div>
</div>
"""
    found = _found_people(tmp_path, {"_pages/about.md": _page("Attend", "/", body)})
    assert [(p.name, p.role) for p in found.people] == [("Ann Lee", "speakers")]


# -- a talk's title under its time line, a sentence date, a day still to be announced --


def test_a_title_paragraph_under_a_timed_line_titles_the_talk_the_line_names(tmp_path: Path) -> None:
    """``11:30 Invited Talk 1. Ann Lee.`` then a paragraph ``Title: Kernels Without Tears``: the line is the row's
    label and its speaker, the paragraph its title (not the speaker's name and the title kept as the abstract)."""
    program = ("09:00 Opening Remarks\n\n11:30 Invited Talk 1. Ann Lee.\n\nTitle: Kernels Without Tears\n\n"
               "Abstract: In this talk we look at kernels.\n\n12:00 Lunch\n")
    rows = _rows_of(_edition(_scheduled(tmp_path, program))["schedule"])
    assert (None, "11:30", "Kernels Without Tears", ["ann-lee"]) in rows, rows


def test_a_dates_line_saying_what_happens_on_a_day_is_a_date(tmp_path: Path) -> None:
    """``Proceedings are sent on May 1st`` in an Important Dates list (no colon, no year): a date of that name, in
    the year of the others."""
    body = ("## Important Dates\n\n- Submission due: March 17, 2026\n- Proceedings are sent on May 1st\n"
            "- Workshop: June 20, 2026\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert ("Proceedings are sent", dt.date(2026, 5, 1)) in [(d["name"], d["at"]) for d in _edition(dest)["dates"]]


def test_a_workshop_date_still_to_be_announced_gives_way_to_the_exact_day_a_page_names(tmp_path: Path) -> None:
    """``Workshop: TBA, between June 21-22, 2026`` in the dates, while the page heads its call with ``(June 20 2026,
    co-located with NAACL 2026)``: the workshop's day is the exact one, not the window."""
    body = ("# Call for papers\n\n(June 20 2026, co-located with NAACL 2026)\n\n## Important Dates\n\n"
            "- Submission due: March 17, 2026\n- Workshop: TBA, between June 21-22, 2026\n")
    dest = _imported(tmp_path, {"_pages/about.md": _page("about", "/", body)})
    assert _edition(dest)["date"] == dt.date(2026, 6, 20)


def test_a_timed_session_over_untimed_papers_ends_at_the_next_timed_row() -> None:
    """``| 13:30 | **Joint Workshop Poster Session** |`` over untimed paper rows, then ``| 14:30 | Discussion |``:
    the papers fill the session's slot; the discussion is a slot of its own, not one more item of the session."""
    out = _program("| Time | Title | |\n|---|---|---|\n| 09:00 | Opening | |\n"
                   "| 13:30 | **Joint Workshop Poster Session** | |\n"
                   "| | [Paper One](https://doi.org/10.1/1) | Bo Wu, Cy Li |\n"
                   "| | [Paper Two](https://doi.org/10.1/2) | Dan Ho |\n| 14:30 | **Discussion** | Eve Ma |\n"
                   "| 15:15 | Wrap-up | |\n")
    session = out.entries[1]
    assert isinstance(session, program.Session)
    assert [i.title for i in session.items] == ["Paper One", "Paper Two"]
    assert [(t, title) for t, _, title, _ in _flat(out) if t][-2:] == [("14:30", "Discussion"), ("15:15", "Wrap-up")]
    assert not any(e in session.items for e in out.entries[2:])


def test_a_part_in_brackets_after_a_name_and_a_group_beside_it_name_only_that_person() -> None:
    """``Ann Lee (Moderator), workshop participants``: Ann Lee, without her part in the slot, and no one for the
    participants (neither a person nor where she works)."""
    assert people_in("Ann Lee (Moderator), workshop participants") == [PersonText("Ann Lee")]
    assert people_in("Ann Lee (chair)") == [PersonText("Ann Lee")]
    assert people_in("Ann Lee, Google") == [PersonText("Ann Lee", "Google")]
