"""Real al-folio workshop sites become sites of this kind with their facts, and every fact missed is in MIGRATION.md.

Each site in tests/fixtures/alfolio-sites/ has its facts written by hand, from its own files, in
tests/fixtures/alfolio-facts/<site>.yml: people with their roles, schedule rows (time, kind, title,
speakers), important dates, the workshop's day and zone. The import is scored against them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from conftest import build_site, soup

from mkdocs_esfomo.data import schema
from mkdocs_esfomo.importers.alfolio.pipeline import import_site
from mkdocs_esfomo.importers.alfolio.text import slug, words

FIXTURES = Path(__file__).parent / "fixtures"
ALL_SITES = sorted(p.stem for p in (FIXTURES / "alfolio-facts").glob("*.yml"))
# Sites first imported after the rules were written, with no rule made for them: scored for silent losses only.
UNMET = {"a3ws-muc-2025", "aaai-dc-2025", "acl-srw-2025", "agentic-risk", "agentir-2025", "ai4chl", "ai4climate-2023",
         "ai4mental-2026", "ai4research", "aiatwork-chi-2026", "aid-prdc-2025", "aigap-2025", "aigov-2024",
         "aigov-aaai-2026", "airs-2026", "aish-colm-2026", "aisys-sosp-2019", "alta-2023", "arc-icra-2023",
         "asea-2021", "attention-2022", "autocfd-2026", "avas-rss-2024", "bbs-springschool-2022", "berts-2025",
         "beyond-reaction", "bft-ai-2025", "brain2ai-2021", "bridge-matching-2024", "c3po-2026", "chomps",
         "cimlp-kdd-2024", "cimlp-kdd-2025", "climate-2023", "clinicalnlp-2022", "cll-acml-2022", "cogalign-2026",
         "coml-2025", "continual-causality-2025", "corl-compose", "cr2-icra-2026", "cui-hri-2023", "cv4dc-iccv-2025",
         "cvnh-eccv-2026", "cvppa-eccv-2024", "cvppa2023", "cvppa2025", "d3s3", "datafm", "dcai", "dcml-2022",
         "dd-xml-2025", "decoupled-2026", "deeperaction-2021", "di-kdd-2022", "dihard3-2021", "dl-kr-2026",
         "dliva-2025", "dmlr", "dmlr-2023", "dp4ml", "dqml-2022", "ds-2025", "dynn-2022", "edi-kdd", "eiw-2024",
         "emcr-dde-2018", "enlsp-2022", "enlsp-2023", "enlsp-2025", "et-eccv-2026", "everyday-wearables",
         "finanse-2024", "flare-2026", "fopt", "frontiers4lcd", "gaze-ml-2022", "gaze-ml-2023", "genai4dps-2024",
         "genbench-2024", "grail-v", "greensys-2026", "ground-ias-2025", "gsp-2024", "haet-2021", "haoc-2021",
         "haptics-iros-2026", "hcrl-icra-2025", "health-wearables-2026", "hipe-clef-2022", "hipecasp-icassp-2025",
         "hity-2022", "hraim", "humanoid-icra-2024", "iges-2023", "iiccsss-2026", "impact-icra-2021",
         "insights-negres-2026", "interpretable-ai-2024", "itp-school-2023", "jfmr-ismr-2026", "kbcg-2023",
         "kdf-2022", "l4tamp-rss-2023", "langame", "leap-hri-2022", "learn-to-compress", "leo-net-2025",
         "like23-bern-2023", "link-2022",
         "llm4sd-2026", "llmtrust-2026", "llmvdb-icde-2026", "llvm-ad", "lq-cikm-2021", "mcm-2025", "mdec",
         "melt-2025", "miart-2026", "mindscapes-2025", "ml-eval", "ml4rs", "mlde-2024", "mldpr", "mmloso-2025",
         "mmnlu-22", "mmxai-icmi-2024", "mobillms-2024", "nav-iros-2025", "neurochat-2025", "nlpsi-2025",
         "oeagent-acml-2026",
         "otml-2023", "pavetrust-2024", "perls-2021", "physics4ml", "picsai-2024", "pmbs-sc-2026", "pml4dc-2024",
         "practicald2t-2024", "pvlam-lrec-2022", "qbf-floc-2026", "qsec-2025", "r4h-icsr-2026", "rcqa-aaai-2020",
         "real-health", "real-world-robots", "realm-2025", "robontics-2026", "robots-wild-2025", "robust-iros-2025",
         "rrl-2023", "rrw-iclr-2027", "rss-2021-nav", "scannet-2023", "scifordl", "scinlp-akbc-2021", "scisoc-llm",
         "scsl-2025", "semdial-2025", "sim4ia-2025", "siq2-iccv-2023", "slowdnn", "slrtp-2025", "sods-2023",
         "softwearables", "spin-2026", "syntagen-2025", "t4t-chi-2026", "tai-2026", "tas-2026",
         "terrabytes-eccv-2026", "tgd-2025", "tl4nlp-neurips-2022", "tokshop-2025", "topoinvis-2025", "tplc-2025",
         "tpm-2025", "trl-neurips-2023", "trust-scifm", "uncertainlp-2026", "uncv-2023", "var-2025", "verifai",
         "visual-intel-2026", "want-2023", "wdfm-ad", "wecare-2020", "xai-uncertainty-2023", "xplore-2026",
         "yvos-iccv-2023"}
# The facts each site's import is known to miss, each shown on the new site or named in MIGRATION.md and read by
# hand; any other miss is a regression, whatever the site's score.
KNOWN_MISSES = {
    "aigov-aaai-2026": {"row 11:00 Panel: Governance in Action ['Ati', 'Abhijeet', 'Simon Chesterman', 'Valarie', "
                        "'Himanshu Joshi']",
                        "row 16:00 Industry Roundtable & Panel ['Smrite', 'Parishrut Jassal', 'Archana', 'Samir', "
                        "'Himanshu Joshi']"},
    "alta-2023": {"row 12:00 SmartBook: An AI Prophetess for Disaster Reporting and Forecasting ['Heng Ji']",
                  "date Paper submissions (Long, short papers, industry demos and abstract presentations): 2023-09-12",
                  "date Camera ready paper due: 2023-10-28"},
    "aish-colm-2026": {"row 09:55 Contributed Talks I — Selected submissions []",
                       "row 11:25 Contributed Talks II — Selected submissions []"},
    "bbs-springschool-2022": {"speakers: Alexander Mahnert", "speakers: Christina Kumpitsch",
                              "row 09:00 Common challenges of microbiome data analysis ['Alexander Mahnert']",
                              "row 10:30 Basics of the wet lab in microbiome research - From sampling to raw data. "
                              "['Christina Kumpitsch']",
                              "row 13:30 Robocoenosis: Living creatures act as sensors in underwater robots for "
                              "environmental monitoring. ['Ronald Thenius']",
                              "row 13:30 Hiveopolis: Searching for the digital beehive of the future \\dots smart "
                              "beehives for smart bees. ['Matthias Becher']",
                              "row 13:30 RoboRoyale: Queen bee + autonomous robots, tracking the queen with computer "
                              "vision. ['Martin Stefanec']"},
    "berts-2025": {"day 2025-12-06"},
    "dl-kr-2026": {"row 15:30 coffee break []"},
    "dmlr": {"speakers: Lucas Beyer"},
    "dqml-2022": {"row 18:00 Fundamental QM ['Szabolcs Goger', 'Dylan Morgan', 'Ornella Vaccarelli', 'Sam Hall', "
                  "'Matej Ditte']"},  # "Sam Hall" of the program is "Samuel Hall" of the participants' table
    "dynn-2022": {"date Video Deadline: 2022-06-28"},
    "enlsp-2023": {"row 08:15 Breakfast []", "row 13:00 Poster Session I (Paper IDs: 1-45) []",
                   "row 16:15 Poster Session II (Paper IDs: 46-96) []"},
    "everyday-wearables": {'organizers: Xuhai "Orson" Xu'},
    "gaze-ml-2023": {"speakers: Tim Rolff"},
    "genbench-2024": {"row None MMLU-SR: A Benchmark for Stress-Testing Reasoning Capability of Large Language Models "
                      "['Hengyi Wang']"},
    "gsp-2024": {"row 18:00 Conference Banquet []", "row 19:00 Welcome Reception []"},
    # a remark in brackets after a date's name ("(by organisers)") kept as the date's note, shown beside it and
    # named in MIGRATION.md with the name as written
    "hipe-clef-2022": {"date Test data release for bundle 5 (i.e. mention boundaries): 2022-05-04",
                       "date Submission of condensed lab overview (by organisers): 2022-06-06",
                       "date Camera-ready copy of condensed lab overview (by organisers): 2022-06-20"},
    "hity-2022": {"row 11:35 Interactive Audience Session []"},
    # the city is written only in the layout's header, inside a Liquid `if` on the page's URL (Budapest for /2026/,
    # Albuquerque for the other years), which the import does not count as the layout's own words; no schedule yet
    "insights-negres-2026": {"zone Europe/Budapest"},
    # the grid's "**Hackathon** <br> Topic Introduction" kept as label Hackathon and title "Topic Introduction",
    # "**Hackathon** <br> (Introduction of Hackathon)" as title Hackathon with its remark aside; the lone bold
    # "**City Rallye**" read as a speaker's name (an untitled row by "City Rallye", shown on the program page)
    "iiccsss-2026": {"row 16:00 Hackathon: Topic Introduction []", "row 18:00 City Rallye []",
                     "row 10:45 Hackathon (Introduction of Hackathon) []"},
    # a day's list of one timed line ("* 15:30-17:00: project presentations (details tba)") under "Thursday,
    # September 28" is no schedule of three or more: kept as written on the program page and named in MIGRATION.md
    "itp-school-2023": {"row 15:30 project presentations (details tba) []"},
    # "(by invitation only) at Mikami Izakaya & Ramen" kept in the steering committee meeting's title; the
    # registration page's fee and refund dates are said in list items, two of three with no year
    "mcm-2025": {"row 18:30 Steering Committee meeting []",
                 "date Complete payment: 2025-05-16",
                 "date A full refund of their registration fees: 2025-06-29",
                 "date A half refund of their registration fees: 2025-07-13"},
    "mindscapes-2025": {"organizers: Liwei Jiang"},
    "neurochat-2025": {"row 13:30 Keynote []",
                       "row None Unveiling the Dynamics of Visual Learning: New Approaches in Modeling and Analysis "
                       "['Zhong-Lin Lv 吕忠林']"},
    "pml4dc-2024": {"row 14:45 Frontiers in AI for Human Security ['Dalton Lunga']", "zone Europe/Vienna"},
    # "Fred Suter" (Oak Ridge) among a short paper's authors read as the "Frederic Suter" (Oak Ridge) of another
    # talk (the same person, written two ways), which MIGRATION.md says; the row is shown on the program page
    "pmbs-sc-2026": {"row 11:30 CGSim: A Simulation Framework for Large Scale Distributed Computing Environment "
                     "['Sairam Sri Vatsavai', 'Kuan-Chieh Hsu', 'Ozgur Kilic', 'Yihui (Ray) Ren', 'David Park', "
                     "'Paul Nilsson', 'Sankha Dutta', 'Tasnuva Chowdhury', 'Adolfy Hoisie', 'Tadashi Maeno', "
                     "'Shinjae Yoo', 'Alexei Klimentov', 'Raees Khan Ahmed', 'Tania Korchuganova', 'Joseph Boudreau', "
                     "'Shengyu Feng', 'Yiming Yang', 'Fatih Furkan Akman', 'Verena Ingrid Martinez Outschoorn', "
                     "'John Rembrandt (Remy) Steele', 'Scott Klasky', 'Norbert Podhorszki', 'Fred Suter', 'Wei Yang']"},
    "real-health": {"date Workshop acceptance notification (to organizers): 2026-07-11"},
    "rrl-2023": {"day 2023-05-04"},
    "rss-2021-nav": {"date Workshop: 2021-07-14"},
    # "(all papers & tool-related artifacts)" after the name read as a note to the date (a guess in MIGRATION.md);
    # the artifacts page, read before the home page, names three of the days otherwise (the home page's names in
    # MIGRATION.md, "the same day as")
    "spin-2026": {"date Artifact submission deadline for tool-related papers (mandatory): 2026-02-05",
                  "date Notification of acceptance (all papers & tool-related artifacts): 2026-03-05",
                  "date Artifact submission deadline for accepted non-tool papers (voluntary): 2026-03-12",
                  "date Notification of acceptance for additional artifacts: 2026-04-09"},
    # "(Tabular ML)" read as a speaker's affiliation; "Panel - TBA" titled "Panel"; the times are US Pacific by the site's script (timezones.js), the
    # zone guessed from "ETH Zurich" in the committee (a guess in MIGRATION.md)
    "trl-neurips-2023": {"row 09:30 Spotlight Talks: Session 2 (Tabular ML) []",
                         "row 14:30 Panel - TBA []", "zone America/Los_Angeles"},
    "xai-uncertainty-2023": {"row 17:45 Poster session - Poster dimensions (75x200 cm) double-side []"},
}
# Sites met later whose first import stays below the target, each miss listed above, while no rule has been made
# for their shapes yet: held to their list of misses and to losing nothing silently, not to the target.
BELOW_TARGET: set[str] = {"ground-ias-2025", "mcm-2025"}
SITES = [s for s in ALL_SITES if s not in UNMET]
TARGET = 0.9


@dataclass
class Score:
    found: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (what, words MIGRATION.md must name)

    @property
    def total(self) -> int:
        return self.found + len(self.missed)

    def check(self, ok: bool, what: str, named: str) -> None:
        if ok:
            self.found += 1
        else:
            self.missed.append((what, named))


_imported: dict[str, Path] = {}


def imported(site: str, tmp: Path) -> Path:
    if site not in _imported:
        _imported[site] = tmp / site
        import_site(FIXTURES / "alfolio-sites" / site, _imported[site])
    return _imported[site]


@pytest.fixture(scope="module")
def tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("alfolio-sites")


def _same(a: str | None, b: str | None) -> bool:
    return words(a or "") == words(b or "")


def _minutes(value: Any) -> int | None:
    return None if value is None else schema.parse_time(str(value)).minutes


def _rows(edition: dict[str, Any], names: dict[str, str]) -> list[dict[str, Any]]:
    """Every schedule item, and every session as a row of its own."""
    rows = []

    def speakers(item: dict[str, Any]) -> set[str]:
        refs = item.get("speakers") or []
        return {slug(names.get(r, r) if isinstance(r, str) else r.get("name") or names[r["id"]]) for r in refs}

    for entry in edition.get("schedule") or []:
        if "session" in entry:
            rows.append(
                {
                    "time": entry.get("time"),
                    "title": entry["session"],
                    "kind": None,
                    "speakers": set(),
                    "day": entry.get("day"),
                }
            )
            rows += [{**i, "speakers": speakers(i), "day": i.get("day") or entry.get("day")} for i in entry["items"]]
        else:
            rows.append({**entry, "speakers": speakers(entry)})
    return rows


def _offsets(zone: str, day: dt.date | None) -> set[float]:
    days = [day] if day else [dt.date(2025, 1, 15), dt.date(2025, 7, 15)]
    return {dt.datetime.combine(d, dt.time(12), ZoneInfo(zone)).utcoffset().total_seconds() for d in days}  # type: ignore[union-attr]


def current(dest: Path) -> str:
    """The id of the imported site's current edition: named in mkdocs.yml when there are several, else the only one."""
    plugins = yaml.safe_load((dest / "mkdocs.yml").read_text(encoding="utf-8"))["plugins"]
    named = next((p["esfomo"]["current"] for p in plugins if isinstance(p, dict) and "esfomo" in p), None)
    return named or next((dest / "docs/_data/editions").glob("*.yml")).stem


def score(site: str, dest: Path, edition_id: str | None = None) -> Score:
    """The facts of ``edition_id`` (default: the current edition) found in the imported site's data."""
    facts = yaml.safe_load((FIXTURES / "alfolio-facts" / f"{site}.yml").read_text(encoding="utf-8"))
    if edition_id:
        facts = facts["editions"][edition_id]
    path = dest / "docs/_data/editions" / f"{edition_id or current(dest)}.yml"
    edition = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    people = yaml.safe_load((dest / "docs/_data/people.yml").read_text(encoding="utf-8")) or {}
    names = {pid: p["name"] for pid, p in people.items()}
    result = Score()
    for role, members in facts["people"].items():
        shown = {slug(names[r] if isinstance(r, str) else r.get("name") or names[r["id"]])  # frozen: {id, name...}
                 for r in edition.get(role) or []}
        for name in members:
            result.check(slug(name) in shown, f"{role}: {name}", name)
    rows = _rows(edition, names)
    for fact in facts["schedule"]:
        time, kind, title, speakers, *day = fact
        wanted = {slug(s) for s in speakers}

        def matches(
            row: dict[str, Any],
            time: Any = time,
            kind: Any = kind,
            title: Any = title,
            day: list[Any] = day,
            wanted: set[str] = wanted,
        ) -> bool:
            return (
                _minutes(row.get("time")) == _minutes(time)
                and (kind is None or row.get("kind") == kind)
                and (title is None or _same(row.get("title"), title))
                and row["speakers"] == wanted
                and (not day or row.get("day") == day[0])
            )

        result.check(any(matches(r) for r in rows), f"row {time} {title} {speakers}", title or (speakers or [str(time)])[0])
    for name, at in facts["dates"]:
        ok = any(_same(d["name"], name) and str(d["at"]).startswith(at.isoformat()) for d in edition.get("dates") or [])
        result.check(ok, f"date {name}: {at}", name)
    if facts["day"] is not None:
        result.check(edition.get("date") == facts["day"], f"day {facts['day']}", "the workshop's day")
    if facts["zone"] is not None:
        day = facts["day"][0] if isinstance(facts["day"], list) else facts["day"]
        zone = edition.get("timezone")
        ok = zone is not None and _offsets(zone, day) == _offsets(facts["zone"], day)
        result.check(ok, f"zone {facts['zone']}", "time zone")
    return result


@pytest.mark.parametrize("site", SITES)
def test_the_import_finds_its_facts_and_reports_every_miss(site: str, tmp: Path) -> None:
    dest = imported(site, tmp)
    result = score(site, dest)
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8").lower()
    print(f"{site}: {result.found}/{result.total} facts")
    unreported = [what for what, named in result.missed if named.lower() not in report]
    assert unreported == []
    assert result.found / result.total >= TARGET, result.missed
    assert {what for what, _ in result.missed} <= KNOWN_MISSES.get(site, set())


@pytest.mark.parametrize("site", sorted(UNMET))
def test_the_sites_met_later_keep_the_score_the_rules_since_gave_them(site: str, tmp: Path) -> None:
    """The sites first imported after the rules were written: what the rules made since find of their facts stays
    at the target, and no fact is missed but those known (each on the new site or in MIGRATION.md:
    test_no_fact_is_lost_silently)."""
    result = score(site, imported(site, tmp))
    assert site in BELOW_TARGET or result.found / result.total >= TARGET, result.missed
    assert {what for what, _ in result.missed} <= KNOWN_MISSES.get(site, set())


@pytest.mark.parametrize("site", ["esfomo-2023", "esfomo-2025"])
def test_es_fomo_schedules_come_through_row_for_row(site: str, tmp: Path) -> None:
    """ES-FoMo's own sites: every schedule row with its time, kind, title and speakers."""
    result = score(site, imported(site, tmp))
    assert [what for what, _ in result.missed if what.startswith("row")] == []


def test_es_fomo_2025_schedule_is_the_one_published_in_our_format(tmp: Path) -> None:
    """The 2025 commit of ES-FoMo's al-folio site against docs/_data/editions/2025.yml, written from the
    published site: every row's time, kind, title and speakers agree."""
    root = Path(__file__).resolve().parent.parent / "docs/_data"
    published = yaml.safe_load((root / "editions/2025.yml").read_text(encoding="utf-8"))
    names = {pid: p["name"] for pid, p in yaml.safe_load((root / "people.yml").read_text(encoding="utf-8")).items()}
    dest = imported("esfomo-2025", tmp)
    ours = yaml.safe_load((dest / "docs/_data/editions/2025.yml").read_text(encoding="utf-8"))
    our_names = {pid: p["name"] for pid, p in yaml.safe_load((dest / "docs/_data/people.yml").read_text()).items()}

    def rows(edition: dict[str, Any], names: dict[str, str]) -> list[tuple[Any, ...]]:
        return [(_minutes(r.get("time")), r.get("kind"), r["title"], sorted(r["speakers"]))
                for r in _rows(edition, names)]  # fmt: skip

    assert rows(ours, our_names) == rows(published, names)


PAST = [(site, eid) for site in ALL_SITES
        for eid in yaml.safe_load((FIXTURES / "alfolio-facts" / f"{site}.yml").read_text()).get("editions") or {}]


@pytest.mark.parametrize(("site", "edition"), PAST)
def test_a_past_edition_in_the_same_repository_is_an_edition_of_its_own(site: str, edition: str, tmp: Path) -> None:
    """Past editions' pages in the same repository become editions with their own facts, each missing one named; at
    the target, but for the sites held below it (BELOW_TARGET), whose past editions' misses are each named in
    MIGRATION.md or on the new site as built, never gone without a word."""
    dest = imported(site, tmp)
    assert current(dest) != edition
    result = score(site, dest, edition)
    report = (dest / "MIGRATION.md").read_text(encoding="utf-8").lower()
    print(f"{site} {edition}: {result.found}/{result.total} facts")
    unnamed = [(what, named) for what, named in result.missed if named.lower() not in report]
    if site in BELOW_TARGET and unnamed:
        out = build_site(dest, strict=False, site_dir=str(tmp / f"{site}-{edition}-built"))
        shown = " | ".join(" ".join(words(soup(p).get_text(" "))) for p in out.rglob("*.html"))
        unnamed = [(what, named) for what, named in unnamed if f" {' '.join(words(named))} " not in f" {shown} "]
    assert [what for what, _ in unnamed] == []
    assert site in BELOW_TARGET or result.found / result.total >= TARGET, result.missed


@pytest.mark.parametrize("site", ALL_SITES)
def test_no_fact_is_lost_silently(site: str, tmp: Path) -> None:
    """Each fact the data misses is on the new site as built, or named in MIGRATION.md: never gone without a word.
    The sites met after the rules were written count too; their scores are printed."""
    dest = imported(site, tmp)
    result = score(site, dest)
    report = " ".join(words((dest / "MIGRATION.md").read_text(encoding="utf-8")))
    out = build_site(dest, strict=False, site_dir=str(tmp / f"{site}-built"))
    shown = " | ".join(" ".join(words(soup(p).get_text(" "))) for p in out.rglob("*.html"))
    print(f"{site}: {result.found}/{result.total} facts, {len(result.missed)} missed")
    silent = [what for what, named in result.missed
              if f" {' '.join(words(named))} " not in f" {shown} " and f" {' '.join(words(named))} " not in f" {report} "]
    assert silent == []
