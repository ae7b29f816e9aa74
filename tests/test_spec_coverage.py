"""Fields and directive options of the data format that no other test pins down, each on a small real site."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build_site, soup, write_tree
from mkdocs.exceptions import Abort
from PIL import Image

from mkdocs_esfomo.data import loader

UTC = dt.timezone.utc


def jpeg(size: tuple[int, int] = (400, 300)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(out, "JPEG")
    return out.getvalue()


def config(project: Path, **options: str) -> None:
    """The plugin with ``options`` (values written as YAML)."""
    lines = "".join(f"      {key}: {value}\n" for key, value in options.items())
    (project / "mkdocs.yml").write_text(
        "site_name: T\ntheme: material\nplugins:\n  - esfomo" + (":\n" + lines if lines else "\n")
    )


def home(project: Path, edition: str, index: str, *, people: str = "{}\n", strict: bool = True,
         extra: dict[str, str | bytes] | None = None) -> BeautifulSoup:
    """Build a one-edition site (``2030``) whose home page is ``index``; return the home page."""
    write_tree(project, {"docs/_data/people.yml": people, "docs/_data/editions/2030.yml": edition,
                         "docs/index.md": index, **(extra or {})})
    return soup(build_site(project, strict=strict) / "index.html")


def text(tag: object) -> str:
    """A tag's text as a reader sees it: whitespace collapsed."""
    return " ".join(tag.get_text().split())  # type: ignore[attr-defined]


def load(tmp_path: Path, edition: str, *, now: dt.datetime | None = None, people: str = "{}\n") -> loader.Edition:
    write_tree(tmp_path, {"docs/_data/people.yml": people, "docs/_data/editions/2030.yml": edition})
    return loader.load(tmp_path / "docs", now=now or dt.datetime(2030, 1, 1, tzinfo=UTC)).editions["2030"]


# -- edition: timezone_label, gist fields, banner --


@pytest.mark.parametrize(
    ("zone", "label", "expected"),
    [("Europe/Paris", None, "CEST"), ("Asia/Kolkata", None, "IST"), ("Europe/Paris", "Paris time", "Paris time")],
)
def test_timezone_label_is_given_or_derived_from_the_zone(
    project: Path, zone: str, label: str | None, expected: str
) -> None:
    edition = f"""
        name: T
        date: 2030-07-01
        timezone: {zone}
        {f"timezone_label: {label}" if label else ""}
        schedule:
          - {{time: "9:00", title: Hello}}
    """
    page = home(project, edition, "<!-- esfomo/schedule -->\n")
    assert page.select_one(".esfomo-tz em").get_text() == f"All times {expected}."


GIST_EDITION = """
    name: G
    summary: A *small* workshop on **things**.
    conference: {name: Conf 2030, url: "https://conf.example.org/"}
    date: [2030-05-04, 2030-05-05]
    location: {city: Vienna, venue: Messe, room: Hall B, map: "https://maps.example.org/m"}
    contact: chairs@example.org
    links:
      submission: https://s.example.org/
      papers: https://p.example.org/
      recordings: https://r.example.org/
      conference_page: https://c.example.org/
      slides: https://x.example.org/
"""


def test_gist_shows_summary_date_range_conference_location_links_and_contact(project: Path) -> None:
    page = home(project, GIST_EDITION, "<!-- esfomo/gist -->\n")
    items = page.select("ul.esfomo-gist > li")
    by_head = {li.strong.get_text(): li for li in items}
    assert list(by_head) == ["what?", "when & where?", "links:", "questions?"]
    what = by_head["what?"]  # summary: inline Markdown, no wrapping paragraph
    assert what.select_one("em").get_text() == "small"
    assert [s.get_text() for s in what.select("strong")] == ["what?", "things"]
    assert what.find("p") is None and "**" not in what.get_text()
    when = by_head["when & where?"]
    assert text(when) == "when & where? May 4–5, 2030, at Conf 2030 in Vienna (Messe, Hall B)."
    assert when.find("a", string="Conf 2030")["href"] == "https://conf.example.org/"
    assert when.find("a", string="Messe, Hall B")["href"] == "https://maps.example.org/m"
    links = [(a.get_text(), a["href"]) for a in by_head["links:"].select("a")]
    assert links == [("Submission site", "https://s.example.org/"), ("Accepted papers", "https://p.example.org/"),
                     ("Recordings", "https://r.example.org/"), ("Conference page", "https://c.example.org/"),
                     ("slides", "https://x.example.org/")]
    contact = by_head["questions?"].select_one("a")
    assert contact["href"] == "mailto:chairs@example.org" and contact.get_text() == "chairs@example.org"


def test_gist_with_a_single_date_and_a_location_without_map(project: Path) -> None:
    edition = "name: G\ndate: 2030-05-04\nlocation: {city: Vienna, room: Hall B}\n"
    page = home(project, edition, "<!-- esfomo/gist -->\n")
    when = page.select_one("ul.esfomo-gist > li")
    assert text(when) == "when & where? May 4, 2030 in Vienna (Hall B)."
    assert when.find("a") is None


def test_banner_image_width_alt_and_tagline(project: Path) -> None:
    edition = "name: B\nbanner: {image: assets/b.jpg, width: 100, alt: Our banner}\ntagline: Small is fast\n"
    page = home(project, edition, "<!-- esfomo/banner -->\n", extra={"docs/assets/b.jpg": jpeg()})
    figure = page.select_one("figure.esfomo-banner")
    img = figure.find("img")
    assert (img["width"], img["height"], img["alt"]) == ("100", "75", "Our banner")
    assert img["src"].endswith(".webp") and "200w" not in img["srcset"] and " 2x" in img["srcset"]
    assert figure.select_one("figcaption.esfomo-tagline").get_text() == "Small is fast"


def test_a_missing_banner_or_logo_is_left_out_without_strict(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    edition = """
        name: B
        tagline: Small is fast
        banner: {image: assets/gone.png, alt: Gone}
        sponsors:
          - {name: Acme, url: "https://acme.example.org/", logo: assets/acme.png}
    """
    page = home(project, edition, "<!-- esfomo/banner -->\n\n<!-- esfomo/sponsors -->\n", strict=False)
    assert "banner image file 'assets/gone.png' not found" in caplog.text
    assert "logo file 'assets/acme.png' not found" in caplog.text
    assert page.select("figure.esfomo-banner") == [] and page.select("img") == []
    assert page.select_one("p.esfomo-tagline").get_text() == "Small is fast"
    sponsor = page.select_one(".esfomo-sponsors a")
    assert (sponsor["href"], sponsor.get_text()) == ("https://acme.example.org/", "Acme")


# -- announcements and important dates --


def test_announcements_show_between_from_and_until_in_the_edition_zone(project: Path) -> None:
    config(project, today='"2030-05-28 03:00"')  # UTC: still May 27 in Vancouver
    edition = """
        name: A
        timezone: America/Vancouver
        announcements:
          - {text: "Submit **now**", until: 2030-05-27}
          - {text: See you there, from: 2030-05-28}
          - {text: "Always [here](https://example.org/h)"}
          - {text: Long gone, from: 2030-01-01, until: 2030-02-01}
    """
    page = home(project, edition, "<!-- esfomo/announcements -->\n")
    shown = page.select(".esfomo-announcements p")
    assert [p.get_text(" ", strip=True) for p in shown] == ["➡️ Submit now", "➡️ Always here"]
    assert shown[0].select_one("strong").get_text() == "now"
    assert shown[1].select_one("a")["href"] == "https://example.org/h"


def test_important_dates_default_to_aoe_and_take_utc_or_an_iana_zone(project: Path) -> None:
    config(project, today='"2030-03-02 06:00"')  # past March 1 in UTC, not yet Anywhere on Earth
    edition = """
        name: D
        dates:
          - {name: Abstracts, at: 2030-02-01}
          - {name: Submission deadline, at: 2030-03-01, was: 2030-02-20, note: extended once}
          - {name: Camera-ready, at: "2030-04-01 12:00", tz: Europe/Paris, was: "2030-03-25 09:30"}
          - {name: Notification, at: 2030-03-15, tz: UTC}
    """
    page = home(project, edition, "<!-- esfomo/dates -->\n")
    rows = page.select("ul.esfomo-dates li")
    assert [r.strong.get_text() for r in rows] == ["Abstracts:", "Submission deadline:", "Camera-ready:", "Notification:"]
    abstracts, submission, camera, notification = rows
    assert "esfomo-date--past" in abstracts["class"] and abstracts.select_one(".esfomo-passed").get_text() == "(passed)"
    assert "esfomo-date--past" not in submission["class"] and submission.select_one(".esfomo-passed") is None
    assert [t["datetime"] for t in submission.select("time")] == ["2030-02-20T23:59:00-12:00", "2030-03-01T23:59:00-12:00"]
    assert submission.select_one("del").get_text() == "February 20, 2030 (AoE)"
    assert submission.select_one("em").get_text() == "(extended once)"
    assert submission.get_text(" ", strip=True).endswith("March 1, 2030 (AoE) (extended once)")
    assert camera.select_one("del time")["datetime"] == "2030-03-25T09:30:00+01:00"  # `was` read in the same zone
    assert camera.select("time")[-1]["datetime"] == "2030-04-01T12:00:00+02:00"
    assert camera.select("time")[-1].get_text() == "April 1, 2030, 12:00 CEST"
    assert notification.select_one("time").get_text() == "March 15, 2030 (UTC)"
    assert notification.select_one("time")["datetime"] == "2030-03-15T23:59:00+00:00"


def test_topics_show_each_group_and_its_items(project: Path) -> None:
    edition = """
        name: T
        topics:
          - {group: Systems, items: [Kernels, Compilers]}
          - {group: Anything else}
    """
    page = home(project, edition, "<!-- esfomo/topics -->\n")
    topics = page.select_one(".esfomo-topics")
    assert [s.get_text() for s in topics.select("p > strong")] == ["Systems", "Anything else"]
    assert [li.get_text() for li in topics.select("li")] == ["Kernels", "Compilers"]


# -- people --

PEOPLE = """
    ada:
      name: Ada Lovelace
      affiliation: Analytical Engines
      bio: Wrote *the* first program.
    bob:
      name: Bob Builder
      affiliation: Home
      url: https://bob.example.org/
"""


def test_person_refs_by_id_with_overrides_and_one_off_in_every_role(project: Path) -> None:
    edition = """
        name: P
        organizers:
          - ada
          - {id: bob, affiliation: Override U}
          - {name: One Off, affiliation: Solo Lab, url: "https://one.example.org/"}
        speakers: [bob]
        panelists: [{name: Panel Person}]
    """
    index = "".join(f"<!-- esfomo/people {{ role: {role} }} -->\n\n" for role in ("organizers", "speakers", "panelists"))
    page = home(project, edition, index, people=PEOPLE)
    organizers, speakers, panelists = page.select(".esfomo-people")
    assert all("esfomo-people--grid" in grid["class"] for grid in (organizers, speakers, panelists))  # the default
    cards = organizers.select(".esfomo-card")
    assert [c.select_one(".esfomo-card__name").get_text() for c in cards] == ["Ada Lovelace", "Bob Builder", "One Off"]
    assert [c.select_one(".esfomo-card__affiliation").get_text() for c in cards] == [
        "Analytical Engines", "Override U", "Solo Lab"]
    names = [c.select_one(".esfomo-card__name") for c in cards]  # a linked name covers its card
    assert [n.name for n in names] == ["span", "a", "a"]
    assert [n.get("href") for n in names] == [None, "https://bob.example.org/", "https://one.example.org/"]
    assert [c.select_one(".esfomo-card__initials").get_text() for c in cards] == ["AL", "BB", "OO"]
    assert organizers.select(".esfomo-card__bio") == []  # a grid has no room for the bio
    assert speakers.select_one(".esfomo-card__affiliation").get_text() == "Home"  # the override is for organizers only
    assert panelists.select_one(".esfomo-card__name").get_text() == "Panel Person"


def test_bio_is_shown_as_text_in_the_horizontal_layout(project: Path) -> None:
    edition = "name: P\norganizers: [ada, bob]\n"
    page = home(project, edition, "<!-- esfomo/people { role: organizers, layout: horizontal } -->\n", people=PEOPLE)
    assert "esfomo-people--horizontal" in page.select_one(".esfomo-people")["class"]
    assert [b.get_text() for b in page.select(".esfomo-card__bio")] == ["Wrote the first program."]


# -- the schedule --


def test_every_time_form_is_understood(tmp_path: Path, project: Path) -> None:
    edition = """
        name: S
        date: [2030-07-01, 2030-07-06]
        timezone: Europe/Paris
        schedule:
          - {day: 2030-07-01, time: "08:30", title: A}
          - {day: 2030-07-02, time: "8:30am", title: B}
          - {day: 2030-07-03, time: "8:30 PM", title: C}
          - {day: 2030-07-04, time: noon, title: D}
          - day: 2030-07-05
            time: 8:30
            title: E
          - {day: 2030-07-06, time: "12:15am", title: F}
    """
    rows = load(tmp_path, edition).rows
    starts = [(r.title, r.start.hour, r.start.minute) for r in rows]
    assert starts == [("A", 8, 30), ("B", 8, 30), ("C", 20, 30), ("D", 12, 0), ("E", 8, 30), ("F", 0, 15)]
    assert all(r.start.utcoffset() == dt.timedelta(hours=2) for r in rows)
    page = home(project, edition, "<!-- esfomo/schedule -->\n")
    times = [(t.get_text(), t["datetime"]) for t in page.select(".esfomo-schedule time")]
    # Shown in one style, the one most of them are written in: 12 hours with "am" (8:30am, 12:15am)
    assert times == [("8:30am", "2030-07-01T08:30:00+02:00"), ("8:30am", "2030-07-02T08:30:00+02:00"),
                     ("8:30pm", "2030-07-03T20:30:00+02:00"), ("noon", "2030-07-04T12:00:00+02:00"),
                     ("8:30am", "2030-07-05T08:30:00+02:00"), ("12:15am", "2030-07-06T00:15:00+02:00")]


@pytest.mark.parametrize(("written", "shown"), [
    (["08:30", "9:15", "13:00"], ["08:30", "09:15", "13:00"]),  # 24 hours: the leading zero some have
    (["9:00", "9:15", "13:00"], ["9:00", "9:15", "13:00"]),
    (["9:00 AM", "1:00 PM", "3:15pm"], ["9:00 AM", "1:00 PM", "3:15 PM"]),  # 12 hours: the "AM" most have
    (["9:00a.m.", "13:00", "3:15 p.m."], ["9:00a.m.", "1:00p.m.", "3:15p.m."]),
])
def test_one_edition_shows_its_times_in_one_style(project: Path, written: list[str], shown: list[str]) -> None:
    items = "".join(f'\n          - {{time: "{t}", title: T{i}}}' for i, t in enumerate(written))
    edition = f"""
        name: S
        date: 2030-07-01
        timezone: UTC
        schedule:{items}
    """
    page = home(project, edition, "<!-- esfomo/schedule -->\n")
    assert [t.get_text() for t in page.select(".esfomo-time time")] == shown


def test_end_defaults_to_the_next_start_across_sessions_and_the_last_item_has_none(tmp_path: Path) -> None:
    edition = """
        name: S
        date: 2030-07-01
        timezone: UTC
        schedule:
          - {time: "9:00", title: A}
          - session: Morning
            items:
              - {time: "10:00", end: "10:30", title: B}
              - {time: "11:00", title: C}
    """
    rows = [r for r in load(tmp_path, edition).rows if r.session is None]
    ends = [(r.title, r.end and (r.end.hour, r.end.minute)) for r in rows]
    assert ends == [("A", (10, 0)), ("B", (10, 30)), ("C", None)]


KINDS = {  # the spec's table: kind -> (default label, default emoji)
    "remarks": ("Opening / closing remarks", None),
    "invited": ("Invited Talk", None),
    "keynote": ("Keynote", None),
    "talk": ("Talk", None),
    "oral": ("Oral", None),
    "spotlight": ("Spotlight talks", None),
    "poster": ("Poster Session", "🧑\u200d🎓"),
    "panel": ("Panel", "💬"),
    "break": ("Break", None),
    "awards": ("Awards", "🏅"),
    "social": ("Social", "🎉"),
}
SHOWS_LABEL = ("invited", "keynote", "talk", "oral", "spotlight", "panel")  # the others' titles say it all


def kinds_edition() -> str:
    items = "".join(f'      - {{time: "{8 + i}:00", kind: {kind}, title: Zeta {kind}}}\n' for i, kind in enumerate(KINDS))
    return (
        "name: K\ndate: 2030-07-01\ntimezone: UTC\nschedule:\n" + items
        + '  - {time: "20:00", title: Zeta default}\n'
        + '  - {time: "21:00", kind: keynote, label: Off-the-record, emoji: "🔒", title: Zeta secret}\n'
        + '  - {time: "22:00", kind: break, label: Dinner}\n'
    ).replace("      - ", "  - ")


def test_every_kind_has_its_default_label_and_emoji(tmp_path: Path, project: Path) -> None:
    rows = load(tmp_path, kinds_edition()).rows
    assert [(r.kind, r.label, r.emoji) for r in rows[: len(KINDS)]] == [(k, *v) for k, v in KINDS.items()]
    assert (rows[len(KINDS)].kind, rows[len(KINDS)].label) == ("talk", "Talk")  # kind defaults to talk
    page = home(project, kinds_edition(), "<!-- esfomo/schedule -->\n")
    items = page.select("tr.esfomo-item")
    for tr, (kind, (label, emoji)) in zip(items[: len(KINDS)], KINDS.items(), strict=True):
        assert f"esfomo-item--{kind}" in tr["class"]
        event = tr.select_one(".esfomo-event")
        shown = event.select_one(".esfomo-label")
        assert (shown.get_text() if shown else None) == (f"{label}:" if kind in SHOWS_LABEL else None), kind
        icon = event.select_one("span[aria-hidden]")
        assert (icon.get_text() if icon else None) == emoji, kind
        assert f"Zeta {kind}" in event.get_text()
    default = items[len(KINDS)]
    assert "esfomo-item--talk" in default["class"] and default.select_one(".esfomo-label").get_text() == "Talk:"


def test_label_and_emoji_override_the_kind_defaults(project: Path) -> None:
    page = home(project, kinds_edition(), "<!-- esfomo/schedule -->\n")
    secret, dinner = page.select("tr.esfomo-item")[-2:]
    assert secret.select_one(".esfomo-label").get_text() == "Off-the-record:"
    assert secret.select_one("span[aria-hidden]").get_text() == "🔒"
    assert dinner.select_one(".esfomo-event").get_text(strip=True) == "Dinner"  # a label alone is the item's text


def test_item_title_speakers_link_and_paper(project: Path) -> None:
    edition = """
        name: S
        date: 2030-07-01
        timezone: UTC
        schedule:
          - {time: "9:00", kind: invited, title: On things, speakers: [ada, {id: bob, affiliation: Elsewhere}],
             link: "https://talk.example.org/"}
          - {time: "10:00", kind: oral, paper: p1}
          - {time: "10:20", kind: oral, paper: p2, speakers: [{name: Presenter}]}
        papers:
          - {id: p1, title: Paper one, authors: [A. One, B. Two], openreview: "https://openreview.net/forum?id=1"}
          - {id: p2, title: Paper two, authors: C. Three, pdf: "https://example.org/2.pdf"}
    """
    page = home(project, edition, "<!-- esfomo/schedule -->\n", people=PEOPLE)
    talk, first, second = page.select("tr.esfomo-item")
    assert talk.select_one(".esfomo-event strong").get_text() == "On things"  # the title, and a labelled link
    assert [(a.get_text(), a["href"]) for a in talk.select(".esfomo-event a")] == [("Link", "https://talk.example.org/")]
    speakers = [s.get_text(" ", strip=True) for s in talk.select(".esfomo-speaker")]
    assert speakers == ["Ada Lovelace (Analytical Engines)", "Bob Builder (Elsewhere)"]
    assert talk.select(".esfomo-speaker")[0].find("a") is None
    assert talk.select(".esfomo-speaker")[1].select_one("a")["href"] == "https://bob.example.org/"
    assert first.select_one(".esfomo-event strong").get_text() == "Paper one"  # the paper's title,
    links = [(a.get_text(), a["href"]) for a in first.select(".esfomo-event a")]  # to its entry, then its links
    assert links == [("Paper one", "papers/#paper-p1"), ("OpenReview", "https://openreview.net/forum?id=1")]
    assert first.select_one(".esfomo-speakers .esfomo-authors").get_text() == "A. One, B. Two"  # the paper's authors
    assert [(a.get_text(), a["href"]) for a in second.select(".esfomo-event a")] == [
        ("Paper two", "papers/#paper-p2"), ("PDF", "https://example.org/2.pdf")]
    speakers = second.select_one(".esfomo-speakers")
    assert speakers.select_one(".esfomo-speaker").get_text() == "Presenter"  # speakers given: no authors
    assert not speakers.select(".esfomo-authors")


def test_session_time_is_the_start_when_its_items_carry_none(project: Path) -> None:
    edition = """
        name: S
        date: 2030-07-01
        timezone: Europe/Paris
        schedule:
          - session: Afternoon
            emoji: "☀️"
            time: "2:00pm"
            items:
              - {title: First}
              - {title: Second}
    """
    page = home(project, edition, "<!-- esfomo/schedule -->\n")
    header = page.select_one("tr.esfomo-session")
    assert header.get_text(" ", strip=True) == "2:00pm ☀️ Afternoon"
    assert header.select_one("time")["datetime"] == "2030-07-01T14:00:00+02:00"
    items = page.select("tr.esfomo-item")
    assert [text(r.select_one(".esfomo-event")) for r in items] == ["Talk: First", "Talk: Second"]
    assert all("esfomo-item--in-session" in r["class"] for r in items)


# -- papers and sponsors --

PAPERS_EDITION = """
    name: P
    papers:
      - {id: a, title: All links, authors: [A. One], kind: oral, url: "https://x.example.org/a",
         pdf: "https://x.example.org/a.pdf", openreview: "https://openreview.net/forum?id=a", award: Best Paper}
      - {title: Review only, authors: B. Two, kind: spotlight, openreview: "https://openreview.net/forum?id=b"}
      - {title: Pdf only, kind: poster, pdf: "https://x.example.org/c.pdf"}
      - {title: No kind}
"""


def test_papers_grouped_by_kind_with_their_links_and_award(project: Path) -> None:
    page = home(project, PAPERS_EDITION, "<!-- esfomo/papers -->\n")
    assert [h.get_text() for h in page.select(".esfomo-papers h3")] == ["Orals", "Spotlights", "Posters"]
    oral = page.select_one(".esfomo-papers--oral li")
    # the title leads to the paper's own page; its other addresses follow, labelled
    assert [(a.get_text(), a["href"]) for a in oral.select("a")] == [
        ("All links", "papers/a/"), ("Paper", "https://x.example.org/a"), ("PDF", "https://x.example.org/a.pdf"),
        ("OpenReview", "https://openreview.net/forum?id=a")]
    assert oral.select_one(".esfomo-award").get_text(" ", strip=True) == "🏅 Best Paper"
    assert oral.select_one(".esfomo-authors").get_text() == "A. One"
    spotlight = page.select_one(".esfomo-papers--spotlight li")
    assert [(a.get_text(), a["href"]) for a in spotlight.select("a")] == [
        ("Review only", "https://openreview.net/forum?id=b")]  # no id: no page of its own
    assert spotlight.select_one(".esfomo-authors").get_text() == "B. Two"
    posters = page.select(".esfomo-papers--poster li")
    assert [p.strong.get_text() for p in posters] == ["Pdf only", "No kind"]  # kind defaults to poster
    assert [a["href"] for a in posters[0].select("a")] == ["https://x.example.org/c.pdf"]
    assert posters[1].find("a") is None


@pytest.mark.parametrize("kind", ["oral", "spotlight", "poster"])
def test_papers_kind_option_shows_one_kind_without_heading(project: Path, kind: str) -> None:
    page = home(project, PAPERS_EDITION, f"<!-- esfomo/papers {{ kind: {kind} }} -->\n")
    assert [d["class"] for d in page.select(".esfomo-papers")] == [["esfomo-papers", f"esfomo-papers--{kind}"]]
    assert page.select(".esfomo-papers h3") == []


def test_sponsors_by_tier_logo_or_name_linked(project: Path) -> None:
    edition = """
        name: S
        sponsors:
          - {name: Acme, url: "https://acme.example.org/", logo: assets/acme.jpg, tier: Gold}
          - {name: Beta, tier: Gold}
          - {name: Gamma, url: "https://gamma.example.org/", tier: Silver}
    """
    page = home(project, edition, "<!-- esfomo/sponsors -->\n", extra={"docs/assets/acme.jpg": jpeg()})
    assert [t.get_text() for t in page.select(".esfomo-sponsor-tier")] == ["Gold", "Silver"]
    lists = page.select(".esfomo-sponsor-list")
    assert [[li.get_text(strip=True) for li in ul.select("li")] for ul in lists] == [["", "Beta"], ["Gamma"]]
    acme = lists[0].select_one("a")
    assert acme["href"] == "https://acme.example.org/" and acme.img["alt"] == "Acme"
    assert lists[0].select("li")[1].find("a") is None
    assert lists[1].select_one("a")["href"] == "https://gamma.example.org/"


# -- the `current` option, the editions directive, pages without data --

TWO_EDITIONS = {
    "docs/_data/people.yml": "{}\n",
    "docs/_data/editions/2030.yml": "name: Fresh 2030\ndate: 2030-05-04\nconference: {name: Conf A}\n",
    "docs/_data/editions/2029.yml": "name: Fresh 2029\ndate: [2029-05-04, 2029-05-05]\n",
    "docs/index.md": "<!-- esfomo/title -->\n\n<!-- esfomo/editions -->\n",
}


@pytest.mark.parametrize(("current", "expected"), [(None, "2030"), ("2029", "2029"), ("'2029'", "2029")])
def test_current_option_picks_the_home_edition(project: Path, current: str | None, expected: str) -> None:
    write_tree(project, TWO_EDITIONS)
    # 2029 is over: by default the home page shows the next edition, 2030
    config(project, today="2029-06-01", **({"current": current} if current else {}))  # also as a YAML number
    site = build_site(project)
    page = soup(site / "index.html")
    assert page.select_one("h1").get_text() == f"Fresh {expected}"
    other = "2029" if expected == "2030" else "2030"
    assert soup(site / other / "index.html").select_one("h1").get_text() == f"Fresh {other}"
    entries = [text(li) for li in page.select(".esfomo-editions li")]
    assert entries == [f"Fresh 2030 at Conf A, May 4, 2030{' (current)' if expected == '2030' else ''}",
                       f"Fresh 2029, May 4–5, 2029{' (current)' if expected == '2029' else ''}"]


def test_unknown_current_edition_fails_the_build(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, TWO_EDITIONS)
    config(project, current="2031")
    with pytest.raises(Abort):
        build_site(project)
    assert "current: unknown edition '2031'" in caplog.text


EVERY_DIRECTIVE = """
<!-- esfomo/banner { edition: bare } -->

<!-- esfomo/announcements { edition: bare } -->

<!-- esfomo/gist { edition: bare } -->

<!-- esfomo/people { role: organizers, edition: bare } -->

<!-- esfomo/people { role: speakers, edition: bare, layout: horizontal } -->

<!-- esfomo/people { role: panelists, edition: bare } -->

<!-- esfomo/schedule { edition: bare } -->

<!-- esfomo/dates { edition: bare } -->

<!-- esfomo/topics { edition: bare } -->

<!-- esfomo/papers { edition: bare } -->

<!-- esfomo/papers { edition: bare, kind: oral } -->

<!-- esfomo/sponsors { edition: bare } -->

End.
"""


def test_every_directive_renders_nothing_when_the_edition_lacks_its_data(project: Path) -> None:
    write_tree(project, {"docs/_data/editions/bare.yml": "name: Bare\n"})
    full = GIST_EDITION + """
    timezone: UTC
    tagline: A tagline
    announcements: [{text: Hello}]
    dates: [{name: Deadline, at: 2030-03-01}]
    topics: [{group: Systems}]
    organizers: [{name: O}]
    speakers: [{name: S}]
    panelists: [{name: P}]
    sponsors: [{name: Acme}]
    schedule: [{time: "9:00", title: Talk}]
    papers: [{title: Paper, kind: oral}]
    """
    write_tree(project, {"docs/full.md": EVERY_DIRECTIVE.replace("edition: bare", "edition: 2030")})
    site_page = home(project, full, EVERY_DIRECTIVE)
    content = site_page.select_one("article")
    for heading in content.select("h1"):  # the theme's own title, from the page name
        heading.decompose()
    assert text(content) == "End."
    assert content.select("[class^=esfomo], [data-esfomo-html]") == []
    # The same directives do render for an edition that has the data.
    other = soup(project / "site/full/index.html").select_one("article")
    shown = {c for tag in other.select("[class^=esfomo]") for c in tag["class"] if c.startswith("esfomo-")}
    assert {"esfomo-tagline", "esfomo-announcements", "esfomo-gist", "esfomo-people", "esfomo-schedule",
            "esfomo-dates", "esfomo-topics", "esfomo-papers", "esfomo-sponsors"} <= shown


# -- directive options that are wrong --


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("<!-- esfomo/papers { kind: talk } -->", "esfomo/papers: kind: 'talk' is not one of: oral, spotlight, poster"),
        ("<!-- esfomo/schedule { role: speakers } -->", "esfomo/schedule: unknown option 'role'"),
        ("<!-- esfomo/title { edition: 2031 } -->", "esfomo/title: edition: unknown edition '2031'"),
        ("<!-- esfomo/editions { layout: grid } -->", "esfomo/editions: unknown option 'layout'"),
    ],
)
def test_wrong_options_of_other_directives_fail_naming_page_and_line(
    project: Path, line: str, message: str, caplog: pytest.LogCaptureFixture
) -> None:
    write_tree(project, {"docs/_data/editions/2030.yml": "name: X\n", "docs/page.md": f"# Page\n\n{line}\n"})
    with pytest.raises(Abort):
        build_site(project)
    assert f"docs/page.md:3:1: {message}" in caplog.text


def test_every_directive_option_is_documented_with_its_choices_and_default() -> None:
    """The README's directive table names each option of each directive's options model, every value it
    takes and its default: the model is what the build checks against, the table what organizers read."""
    from dataclasses import MISSING, fields

    from mkdocs_esfomo.render.directives import DIRECTIVES

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1].split()[1].removeprefix("esfomo/"): line
            for line in readme.splitlines() if line.startswith("| `<!-- esfomo/")}
    assert set(rows) == set(DIRECTIVES)
    for name, model in DIRECTIVES.items():
        for option in fields(model):
            if option.name == "edition":
                continue
            row = rows[name]
            assert f"`{option.name}`" in row, (name, option.name)
            for choice in option.metadata.get("choices") or ():
                assert choice in row, (name, option.name, choice)
            if option.default not in (MISSING, None):
                assert f"{option.default} (default" in row, (name, option.name, option.default)
            if option.default is MISSING:
                assert "(required)" in row, (name, option.name)
