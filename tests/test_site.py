"""The real ES-FoMo site: every fact of the edition files shows up, in the right place and order."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT, soup

DATA = ROOT / "docs" / "_data"
PEOPLE = yaml.safe_load((DATA / "people.yml").read_text())


def edition(eid: str) -> dict:
    return yaml.safe_load((DATA / "editions" / f"{eid}.yml").read_text())


def ref_name(ref: str | dict) -> str:
    if isinstance(ref, str):
        return PEOPLE[ref]["name"]
    return ref.get("name") or PEOPLE[ref["id"]]["name"]


def schedule_facts(data: dict) -> list[str]:
    """Titles, times, session names and speaker names, read straight from the YAML."""
    facts = []

    def item(entry: dict) -> None:
        facts.append(entry["title"])
        time = entry["time"]
        facts.append(time if isinstance(time, str) else f"{time // 60}:{time % 60:02d}")
        facts.extend(ref_name(r) for r in entry.get("speakers", []))

    for entry in data["schedule"]:
        if "session" in entry:
            facts.append(entry["session"])
            for sub in entry["items"]:
                item(sub)
        else:
            item(entry)
    return facts


@pytest.mark.parametrize(("eid", "page"), [("2025", "index.html"), ("2024", "2024/index.html")])
def test_every_schedule_fact_and_the_zone_label_appear(esfomo_site: Path, eid: str, page: str) -> None:
    data = edition(eid)
    html = soup(esfomo_site / page)
    table_text = html.select_one("table.esfomo-schedule").get_text(" ", strip=True)
    facts = schedule_facts(data)
    assert len(facts) > 30
    missing = [fact for fact in facts if fact not in table_text]
    assert missing == []
    assert f"All times {data['timezone_label']}." in html.select_one(".esfomo-tz").get_text()


@pytest.mark.parametrize(("eid", "page"), [("2025", "index.html"), ("2024", "2024/index.html")])
@pytest.mark.parametrize("role", ["organizers", "speakers", "panelists"])
def test_cards_follow_the_list_order(esfomo_site: Path, eid: str, page: str, role: str) -> None:
    expected = [ref_name(r) for r in edition(eid).get(role, [])]
    html = soup(esfomo_site / page)
    grids = [g for g in html.select(".esfomo-people") if g.find_previous("h2").get_text().endswith(role[:-1] + "s")]
    names = [n.get_text(strip=True) for g in grids for n in g.select(".esfomo-card__name")]
    assert names == expected


def test_one_entry_makes_dylan_a_speaker_and_a_panelist(esfomo_site: Path) -> None:
    assert list(PEOPLE).count("dylan-patel") == 1
    html = soup(esfomo_site / "2024/index.html")
    grids = html.select(".esfomo-people")
    holding = [g.find_previous("h2").get_text() for g in grids if "Dylan Patel" in g.get_text()]
    assert [h.split()[-1] for h in holding] == ["speakers", "panelists"]
    card = next(c for c in html.select(".esfomo-card") if "Dylan Patel" in c.get_text())
    assert card.select_one("a.esfomo-card__name")["href"] == PEOPLE["dylan-patel"]["url"]


def test_edition_overrides_apply_to_that_edition_only(esfomo_site: Path) -> None:
    def affiliation(page: str, name: str) -> str:
        card = next(c for c in soup(esfomo_site / page).select(".esfomo-card") if name in c.get_text())
        return card.select_one(".esfomo-card__affiliation").get_text()

    assert affiliation("2024/index.html", "Max Ryabinin") == "Together"  # {id: max-ryabinin, affiliation: Together}
    assert affiliation("index.html", "Max Ryabinin") == PEOPLE["max-ryabinin"]["affiliation"]


def test_home_page_keeps_the_original_order(esfomo_site: Path) -> None:
    article = soup(esfomo_site / "index.html").select_one("article")
    order = [
        article.select_one("h1.esfomo-title"),
        article.select_one(".esfomo-subtitle em"),
        article.select_one("figure.esfomo-banner"),
        article.select_one(".esfomo-announcements"),
        article.find("h2", string=lambda s: s and "the gist" in s),
        article.select_one("ul.esfomo-gist"),
        article.find("h2", string=lambda s: s and "the plan" in s),
        article.select_one("table.esfomo-schedule"),
        article.find("h2", string=lambda s: s and "the pitch" in s),
        article.find("h2", string=lambda s: s and "the speakers" in s),
        article.find("h2", string=lambda s: s and "the organizers" in s),
    ]
    assert all(element is not None for element in order)
    positions = [list(article.descendants).index(element) for element in order]
    assert positions == sorted(positions)
    assert order[0].get_text() == "ES-FoMo III"
    assert "International Conference on Machine Learning (ICML) 2025" in order[1].get_text()
    assert article.find(string=lambda s: s and "third installment" in s)


def test_banner_and_tagline(esfomo_site: Path) -> None:
    figure = soup(esfomo_site / "index.html").select_one("figure.esfomo-banner")
    img = figure.find("img")
    assert int(img["width"]) <= 512 and img["alt"] == "ES-FoMo banner"
    assert img["src"].endswith(".webp") and (esfomo_site / img["src"]).is_file()
    assert figure.select_one("figcaption").get_text() == "Code it, run it, crash it--restart it."


def test_gist_says_what_when_where_and_whom_to_ask(esfomo_site: Path) -> None:
    items = [li.get_text(" ", strip=True) for li in soup(esfomo_site / "index.html").select("ul.esfomo-gist > li")]
    by_head = {item.split("?")[0].split(":")[0]: item for item in items}
    assert list(by_head) == ["what", "when & where", "papers", "links", "questions"]
    assert by_head["what"].startswith("what? A workshop to bring together")
    when = by_head["when & where"]
    assert "July 18, 2025" in when and "ICML 2025" in when and "Vancouver, Canada" in when
    assert "East Exhibition Hall A" in when
    assert by_head["papers"] == "papers? Submissions are closed."  # the site is built after the deadline
    assert by_head["links"] == "links: Submission site · Accepted papers · Conference page"
    assert by_head["questions"] == "questions? Contact us at esfomo.workshop@gmail.com ."


def test_schedule_times_carry_their_offset(esfomo_site: Path) -> None:
    for page, offset in [("index.html", "-07:00"), ("2024/index.html", "+02:00")]:
        times = soup(esfomo_site / page).select("table.esfomo-schedule time")
        assert len(times) > 10
        assert all(t["datetime"].endswith(offset) for t in times)
    first = soup(esfomo_site / "index.html").select_one("table.esfomo-schedule time")
    assert first["datetime"] == "2025-07-18T08:30:00-07:00" and first.get_text() == "08:30"


def test_sessions_group_their_items(esfomo_site: Path) -> None:
    rows = soup(esfomo_site / "2024/index.html").select("table.esfomo-schedule tbody tr")
    kinds = ["session" if "esfomo-session" in r["class"] else "item" for r in rows]
    assert kinds[:5] == ["session", "item", "item", "item", "item"]
    assert rows[0].th.get_text(" ", strip=True) == "🎛️ Session I: Quantization, Pruning, and Sparsity"
    # the session spans its items: from the first (9:00am) until the coffee break after the last (10:00am),
    # written once with its half of the day
    assert rows[0].td.get_text() == "9:00–10:00am"
    assert [t["datetime"] for t in rows[0].td.select("time")] == ["2024-07-26T09:00:00+02:00", "2024-07-26T10:00:00+02:00"]
    off_record = next(r for r in rows if "Frontier Clusters" in r.get_text())
    assert off_record.select_one(".esfomo-label").get_text() == "Off-the-record:"
    oral = next(r for r in rows if "xLSTM" in r.get_text())
    link = oral.select_one(".esfomo-event a")  # the title is text; the link says where it leads
    assert (link.get_text(), link["href"]) == ("arXiv", "https://arxiv.org/abs/2405.04517")
    assert "xLSTM" in oral.select_one(".esfomo-event strong").get_text()


def test_call_for_papers(esfomo_site: Path) -> None:
    html = soup(esfomo_site / "call/index.html")
    first = html.select_one("ul.esfomo-dates li")
    assert first.select_one("del").get_text() == "May 26, 2025, 23:59 UTC"
    assert "May 27, 2025, 23:59 UTC" in first.get_text()
    topics = [li.get_text() for li in html.select(".esfomo-topics li")]
    assert "Low-precision training and inference" in topics and len(topics) == 11
    assert html.find("a", href="https://openreview.net/group?id=ICML.cc/2025/Workshop/ES-FoMo-III")


def test_data_and_originals_are_not_published(esfomo_site: Path) -> None:
    assert not (esfomo_site / "_data").exists()
    assert not (esfomo_site / "assets/img/songlin.jpg").exists()
    webp = list((esfomo_site / "assets/esfomo/img").glob("*.webp"))
    assert webp and sum(p.stat().st_size for p in webp) < 1_000_000


def test_no_google_fonts_or_cdn(esfomo_site: Path) -> None:
    html = (esfomo_site / "index.html").read_text()
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    assert 'href="assets/esfomo/esfomo.css"' in html


def test_editions_link_to_each_other(esfomo_site: Path) -> None:
    links = soup(esfomo_site / "2024/index.html").select(".esfomo-editions a")
    assert [(a.get_text(), a["href"]) for a in links] == [("ES-FoMo III", "../"), ("ES-FoMo II", "./")]
    assert (esfomo_site / "2024" / links[1]["href"] / "index.html").is_file()


@pytest.mark.parametrize(("eid", "page"), [("2025", "index.html"), ("2024", "2024/index.html")])
def test_the_full_title_is_on_the_page_and_in_the_tab(esfomo_site: Path, eid: str, page: str) -> None:
    data = edition(eid)
    html = soup(esfomo_site / page)
    assert html.select_one("h1.esfomo-title").get_text() == data["name"]
    assert html.select_one("h1.esfomo-title + .esfomo-fulltitle").get_text() == data["title"]
    assert html.title.get_text() == f"{data['name']}: {data['title']}"


def test_a_past_edition_says_so_and_links_the_current_one(esfomo_site: Path) -> None:
    notice = soup(esfomo_site / "2024/index.html").select_one("article .esfomo-notice")
    assert notice is not None and notice.find_previous("h1") is None  # above everything else
    assert notice.get_text(" ", strip=True) == (
        "This is a past edition: ES-FoMo II took place on July 26, 2024. The current edition is ES-FoMo III .")
    assert notice.a["href"] == "../"
    assert soup(esfomo_site / "index.html").select(".esfomo-notice") == []  # not on the current edition


def test_speaker_cards_name_their_talk_and_link_its_row(esfomo_site: Path) -> None:
    html = soup(esfomo_site / "index.html")
    schedule = {row["id"]: row for row in html.select("table.esfomo-schedule tr[id]")}
    talks = {}
    for card in html.select(".esfomo-people")[0].select(".esfomo-card"):
        link = card.select_one(".esfomo-card__talk a")
        row = schedule[link["href"].removeprefix("#")]
        assert link.get_text() in row.get_text()  # the card's talk is the row it links to
        talks[card.select_one(".esfomo-card__name").get_text()] = link.get_text()
    talk_of = {ref_name(item["speakers"][0]): item["title"] for item in edition("2025")["schedule"]
               if item.get("kind") == "invited"}
    assert talks == {name: talk_of[name] for name in talks} and len(talks) == 6
    # Dylan Patel spoke and sat on the panel in 2024: his speaker card names the talk; his panelist card, under
    # the Panelists heading of an edition with one panel, does not repeat the panel's title and time
    page = soup(esfomo_site / "2024/index.html")
    dylan = [[t.get_text() for t in c.select(".esfomo-card__talk")] for c in page.select(".esfomo-card")
             if "Dylan Patel" in c.get_text()]
    assert dylan == [["Frontier Clusters for Frontier Models: Scaling to 100,000 GPUs and Beyond (3:00pm)"], []]
