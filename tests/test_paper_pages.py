"""A page per accepted paper, the files to cite them all, and poster sessions: OpenReview notes (in the
API's shape, some with ``_bibtex``) imported into a copy of the real site with a second file placing the
papers in two poster sessions, built, and read back with an HTML parser, a BibTeX parser and the CSL
schema."""

from __future__ import annotations

import copy
import gzip
import json
import shutil
from pathlib import Path
from typing import Any

import bibtexparser
import jsonschema
import pytest
from conftest import ROOT, build_site, soup, write_tree
from test_cli import esfomo

from mkdocs_esfomo.importers import papers as importer

FIXTURES = ROOT / "tests" / "fixtures"
NOTES = FIXTURES / "papers" / "es-fomo-iii-notes.json"
CSL_SCHEMA = FIXTURES / "csl" / "csl-data.json"
EDITION = "docs/_data/editions/2025.yml"
SESSIONS = {"posters-a": "Poster Session A", "posters-b": "Poster Session B"}


def _notes() -> list[dict[str, Any]]:
    """The fixture's notes, every third without its ``_bibtex`` (older venues' notes carry none)."""
    notes = copy.deepcopy(json.loads(NOTES.read_text(encoding="utf-8"))["notes"])
    for note in notes[::3]:
        del note["content"]["_bibtex"]
    return notes


KIND_MAP = "lightning talk=spotlight"


def _authors(content: dict[str, Any]) -> list[str]:
    """Names as the notes give them: strings, or the unified schema's ``{"fullname": ...}``."""
    return [a["fullname"] if isinstance(a, dict) else a for a in content["authors"]["value"]]


def _accepted(notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kinds = importer.parse_kind_map(KIND_MAP)
    return [n for n in notes if importer.kind_of(n["content"]["venue"]["value"], kinds) in importer.KINDS]


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """The real site, its 2025 edition non-archival with two poster sessions, the notes imported with
    ``--sessions`` placing each paper in one of them, built --strict."""
    root = tmp_path_factory.mktemp("paperpages")
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    edition = root / EDITION
    text = edition.read_text(encoding="utf-8")
    one = '  - {time: "13:00", kind: poster, title: Poster Session}\n'
    assert one in text
    two = ('  - {time: "13:00", kind: poster, title: Poster Session A, id: posters-a}\n'
           '  - {time: "13:45", kind: poster, title: Poster Session B, id: posters-b}\n')
    edition.write_text(text.replace(one, two).replace("date: 2025-07-18\n", "date: 2025-07-18\narchival: false\n"),
                       encoding="utf-8")
    notes = _notes()
    accepted = _accepted(notes)
    rows = "".join(f"{n['id']},{'posters-a' if i % 2 else 'posters-b'},{i + 1}\n" for i, n in enumerate(accepted))
    write_tree(root, {"notes.json": json.dumps({"notes": notes}), "sessions.csv": "id,session,board\n" + rows})
    result = esfomo("import-papers", "notes.json", "--edition", "2025", "--sessions", "sessions.csv",
                    "--kind-map", KIND_MAP, cwd=root)
    assert result.returncode == 0, result.stderr
    return build_site(root), accepted


def test_every_accepted_paper_has_exactly_one_page_with_its_scholar_tags(imported: tuple[Path, list[Any]]) -> None:
    site, accepted = imported
    pages = sorted(p.parent.name for p in (site / "papers").glob("*/index.html"))
    assert pages == sorted(n["id"] for n in accepted)
    for note in accepted:
        content = note["content"]
        page = soup(site / "papers" / note["id"] / "index.html")
        meta = [(m["name"], m["content"]) for m in page.select("meta[name^=citation_]")]
        names = [name for name, _ in meta]
        assert names.count("citation_title") == 1 and names.count("citation_conference_title") == 1
        assert dict(meta)["citation_title"] == content["title"]["value"]
        assert [v for n, v in meta if n == "citation_author"] == _authors(content)  # in order
        assert dict(meta)["citation_publication_date"] == "2025/07/18"
        assert "Efficient Systems for Foundation Models" in dict(meta)["citation_conference_title"]
        # OpenReview's relative /pdf/... is made absolute
        assert dict(meta)["citation_pdf_url"] == f"https://openreview.net/pdf?id={note['id']}"
        assert dict(meta)["citation_abstract_html_url"] == f"https://es-fomo.com/papers/{note['id']}/"
        article = next(json.loads(s.string) for s in page.select('script[type="application/ld+json"]'))
        assert article["@type"] == "ScholarlyArticle" and article["headline"] == content["title"]["value"]
        assert [a["name"] for a in article["author"]] == _authors(content)
        # A page the package makes is an event page: no documentation sidebar beside it
        assert page.select_one(".md-sidebar--primary").has_attr("hidden")
        body = page.select_one("article.esfomo-paperpage")
        assert body.h1.get_text() == content["title"]["value"]
        assert page.title.get_text().startswith(content["title"]["value"])
        assert "Non-archival" in body.get_text()
        assert body.select_one(".esfomo-paperpage__abstract").get_text(" ").split()[:5] == (
            content["abstract"]["value"].split()[:5])
        cite = bibtexparser.loads(body.select_one("pre.esfomo-cite").get_text())
        assert [e["title"] for e in cite.entries] == [content["title"]["value"]]


def test_the_bib_parses_and_holds_every_paper(imported: tuple[Path, list[Any]]) -> None:
    site, accepted = imported
    link = soup(site / "papers/index.html").select_one('a[href$="papers.bib"]')
    assert link is not None and (site / "papers" / link["href"]).is_file()
    library = bibtexparser.loads((site / "papers/papers.bib").read_text(encoding="utf-8"))
    assert len(library.entries) == len(accepted) and len({e["ID"] for e in library.entries}) == len(accepted)
    by_title = {e["title"]: e for e in library.entries}
    for note in accepted:
        entry = by_title[note["content"]["title"]["value"]]
        assert entry["author"].split(" and ") == _authors(note["content"])
        if "_bibtex" in note["content"]:  # the venue's own entry, as OpenReview gives it
            assert entry["ID"].startswith("anonymous2025") and "note" not in entry
        else:
            assert entry["year"] == "2025" and entry["note"] == "Non-archival workshop paper"
            assert entry["url"] == f"https://openreview.net/forum?id={note['id']}"


def test_the_csl_json_validates_against_the_csl_schema(imported: tuple[Path, list[Any]]) -> None:
    site, accepted = imported
    link = soup(site / "papers/index.html").select_one('a[href$="papers.json"]')
    assert link is not None
    items = json.loads((site / "papers" / link["href"]).read_text(encoding="utf-8"))
    jsonschema.validate(items, json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))
    assert len(items) == len(accepted) and {i["type"] for i in items} == {"paper-conference"}
    first = next(i for i in items if i["title"] == "FPTQuant: Function-Preserving Transforms for LLM Quantization")
    assert first["author"][0] == {"family": "Breugel", "given": "Boris", "non-dropping-particle": "van"}
    assert first["issued"] == {"date-parts": [[2025, 7, 18]]}


def test_each_poster_session_lists_its_papers_and_each_paper_names_its_session(
    imported: tuple[Path, list[Any]],
) -> None:
    site, accepted = imported
    home = soup(site / "index.html")
    for anchor, title in SESSIONS.items():
        row = next(r for r in home.select(".esfomo-schedule tr.esfomo-item--poster") if title in r.get_text())
        listed = [a["href"] for a in row.select(".esfomo-posters li a")]
        wanted = [n["id"] for i, n in enumerate(accepted) if (i % 2 == 1) == (anchor == "posters-a")]
        assert listed == [f"papers/{pid}/" for pid in wanted]
    for i, note in enumerate(accepted):
        page = soup(site / "papers" / note["id"] / "index.html")
        session = page.select_one(".esfomo-presented__session")
        title = SESSIONS["posters-a" if i % 2 else "posters-b"]
        assert session.get_text().startswith(title) and f"board {i + 1}" in session.get_text()
        assert session.a["href"].startswith("../../#")
    entry = soup(site / "papers/index.html").select_one(f"#paper-{accepted[1]['id']}")
    assert entry.select_one(".esfomo-session-of").get_text().startswith("Poster Session A")


def test_the_papers_list_links_each_page_and_leaves_abstracts_to_it(imported: tuple[Path, list[Any]]) -> None:
    site, accepted = imported
    listing = soup(site / "papers/index.html")
    assert listing.select(".esfomo-papers details") == []
    for note in accepted:
        title = listing.select_one(f"#paper-{note['id']} .esfomo-paper__title a")
        assert title["href"] == f"{note['id']}/"


def test_a_papers_page_with_1500_long_abstracts_stays_light(project: Path) -> None:
    """The list's HTML at 1,500 papers whose abstracts are as long as OpenReview's (1,500 characters)."""
    import random

    words = ["efficient", "sparse", "attention", "quantized", "training", "inference", "scaling", "kernel", "cache"]
    rng = random.Random(5)
    papers = []
    for i in range(1500):
        abstract = " ".join(rng.choice(words) for _ in range(400))[:1500]
        papers.append({"id": f"p{i}", "title": " ".join(rng.choice(words) for _ in range(8)),
                       "authors": [f"Author {rng.randrange(999)}" for _ in range(4)], "abstract": abstract,
                       "openreview": f"https://openreview.net/forum?id=p{i}"})
    write_tree(project, {"docs/_data/editions/2025.yml": json.dumps({"name": "Big", "date": "2025-07-18",
                                                                     "papers": papers})})
    site = build_site(project)
    page = (site / "papers/index.html").read_bytes()
    assert len(gzip.compress(page)) < 120_000, len(gzip.compress(page))
    assert len(list((site / "papers").glob("*/index.html"))) == 1500


def test_bad_sessions_and_bibtex_are_reported_at_their_line(project: Path) -> None:
    edition = """name: W
date: 2025-07-18
timezone: Europe/Paris
schedule:
  - {time: "9:00", kind: talk, title: A talk, id: talk-1}
  - {time: "10:00", kind: poster, title: Posters, id: posters, papers: [a, nope]}
papers:
  - {id: a, title: A, session: talk-1}
  - {id: b, title: B, session: postrs}
  - {id: d, title: D, session: posters}
  - {id: a2, title: E, session: posters}
"""
    write_tree(project, {"docs/_data/editions/2025.yml": edition.replace("a2", "a")})
    result = esfomo("check", cwd=project)
    lines = result.stderr
    assert result.returncode != 0
    assert "2025.yml:6:" in lines and "schedule[1].papers[1]: unknown paper 'nope'" in lines
    assert "2025.yml:8:" in lines and "'talk-1' is a talk item, not a poster session" in lines
    assert "2025.yml:9:" in lines and "unknown schedule item 'postrs' (did you mean 'posters'?)" in lines
    assert "2025.yml:11:" in lines and "paper id 'a' is used twice" in lines
    bad_entry = edition.replace("  - {id: a2, title: E, session: posters}\n",
                                '  - {id: c, title: C, bibtex: "@misc{c, title={C}"}\n')
    write_tree(project, {"docs/_data/editions/2025.yml": bad_entry})
    result = esfomo("check", cwd=project)
    assert "2025.yml:11:31: papers[3].bibtex: the BibTeX entry's braces { } do not pair up" in result.stderr


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_paper_pages_on_both_engines(project: Path, engine: str) -> None:
    pytest.importorskip("zensical") if engine == "zensical" else None
    edition = """name: W
title: Workshop on Small Things
date: 2025-07-18
timezone: Europe/Paris
schedule:
  - {time: "10:00", kind: poster, title: Posters, id: posters}
papers:
  - {id: x1, title: "Small & fast", authors: [Ada Lovelace, Alan Turing], session: posters, board: 4,
     pdf: "https://openreview.net/pdf?id=x1", abstract: "We make *things* small."}
"""
    write_tree(project, {"docs/_data/editions/2025.yml": edition,
                         "mkdocs.yml": "site_name: S\nsite_url: https://s.example/\ntheme: material\nplugins: [search, esfomo]\n"})
    result = esfomo("build", "--engine", engine, "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    page = soup(project / "site/papers/x1/index.html")
    assert page.select_one('meta[name="citation_title"]')["content"] == "Small & fast"
    assert [m["content"] for m in page.select('meta[name="citation_author"]')] == ["Ada Lovelace", "Alan Turing"]
    assert page.select_one('meta[name="citation_pdf_url"]')["content"] == "https://openreview.net/pdf?id=x1"
    assert page.select_one("article.esfomo-paperpage h1").get_text() == "Small & fast"
    assert page.select_one(".esfomo-presented__session").get_text().startswith("Posters")
    assert page.select_one(".esfomo-paperpage__abstract em").get_text() == "things"
    home = soup(project / "site/index.html")
    assert [a["href"] for a in home.select(".esfomo-posters a")] == ["papers/x1/"]
    assert bibtexparser.loads((project / "site/papers/papers.bib").read_text())


def test_a_papers_page_needs_no_markdown(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A paper's page is made whole by the package: MkDocs converts no Markdown for it (at 1,500 papers that
    was most of the package's cost), and its HTML is in place all the same, with its ids for links."""
    import markdown

    converted: list[str] = []
    real = markdown.Markdown.convert
    monkeypatch.setattr(markdown.Markdown, "convert", lambda md, source: converted.append(source) or real(md, source))
    edition = """name: W
date: 2025-07-18
papers:
  - {id: x1, title: "Small & fast", authors: [Ada Lovelace], abstract: "We make *things* small."}
  - {id: x2, title: "Smaller", authors: [Alan Turing]}
"""
    write_tree(project, {"docs/_data/editions/2025.yml": edition})
    site = build_site(project)
    assert not [text for text in converted if "<!-- esfomo/paper -->" in text]
    assert len([text for text in converted if text.strip()]) >= 2  # the home and papers pages still are
    page = soup(site / "papers/x1/index.html")
    assert page.select_one("article.esfomo-paperpage h1").get_text() == "Small & fast"
    assert page.select_one(".esfomo-paperpage__abstract em").get_text() == "things"
    assert page.select_one("title").get_text().startswith("Small & fast")
    assert soup(site / "papers/x2/index.html").select_one("article.esfomo-paperpage h1").get_text() == "Smaller"


def test_a_session_of_hundreds_links_the_list_instead_of_listing_them(project: Path) -> None:
    rows = "".join(f"  - {{id: p{i}, title: Paper {i}, session: {'big' if i else 'small'}}}\n" for i in range(102))
    edition = f"""name: W
date: 2025-07-18
timezone: Europe/Paris
schedule:
  - {{time: "10:00", kind: poster, title: Small session, id: small}}
  - {{time: "14:00", kind: poster, title: Big session, id: big}}
papers:
{rows}"""
    write_tree(project, {"docs/_data/editions/2025.yml": edition})
    home = soup(build_site(project) / "index.html")
    small, big = home.select(".esfomo-schedule tr.esfomo-item--poster")
    assert [a["href"] for a in small.select(".esfomo-posters li a")] == ["papers/p0/"]
    assert big.select(".esfomo-posters li") == []
    assert big.select_one("a.esfomo-posters")["href"] == "papers/"
    assert big.select_one("a.esfomo-posters").get_text() == "The 101 posters of this session"


def test_a_sessions_file_naming_a_paper_the_source_lacks_writes_nothing(tmp_path: Path) -> None:
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    before = (tmp_path / EDITION).read_bytes()
    write_tree(tmp_path, {"sessions.csv": "paper id,poster session\njFp1e8LhAX,posters-a\nnot-a-paper,posters-b\n"})
    result = esfomo("import-papers", NOTES, "--edition", "2025", "--sessions", "sessions.csv", "--kind-map", KIND_MAP,
                    cwd=tmp_path)
    assert result.returncode == 1
    assert "sessions.csv: 1 paper id not among the source's papers: not-a-paper; nothing written" in result.stderr
    assert (tmp_path / EDITION).read_bytes() == before
