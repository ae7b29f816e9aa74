"""`esfomo import-papers`: OpenReview notes (saved, or from a local stand-in of the API through the
real openreview-py client) and CMT's CSV export, imported into a copy of the real site, built, read
back from the HTML; re-imports that change nothing, keep hand edits, report what left."""

from __future__ import annotations

import copy
import csv
import functools
import http.server
import json
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from conftest import ROOT, build_site, soup
from test_cli import esfomo

from mkdocs_esfomo.commands import cli
from mkdocs_esfomo.importers import papers as importer

FIXTURES = ROOT / "tests" / "fixtures" / "papers"
NOTES = FIXTURES / "es-fomo-iii-notes.json"
CMT = FIXTURES / "cmt-papers.csv"
EDITION = "docs/_data/editions/2025.yml"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the repository's real ES-FoMo site."""
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def expected_from_notes(notes: list[dict[str, Any]]) -> dict[str, tuple[str, list[str], str | None]]:
    """id -> (title, authors, kind) read straight from the notes: the kind is the venue's last word."""
    found = {}
    for note in notes:
        content = note["content"]
        authors = [a["fullname"] if isinstance(a, dict) else a for a in content["authors"]["value"]]
        last = content["venue"]["value"].split()[-1].lower()
        found[note["id"]] = (content["title"]["value"], authors, last if last in ("oral", "spotlight", "poster") else None)
    return found


def shown_papers(site_dir: Path, page: str = "papers/index.html") -> dict[str, tuple[str, list[str], str, Any]]:
    """id -> (title, authors, kind, li) as the built page shows them."""
    shown = {}
    for li in soup(site_dir / page).select(".esfomo-papers li"):
        kind = li.find_parent(class_="esfomo-papers")["class"][1].removeprefix("esfomo-papers--")
        authors = li.select_one(".esfomo-authors").get_text().split(", ")
        shown[li["id"].removeprefix("paper-")] = (li.select_one(".esfomo-paper__title").get_text(), authors, kind, li)
    return shown


def test_the_fixture_is_openreview_api_v2_notes_over_three_decisions() -> None:
    notes = json.loads(NOTES.read_text(encoding="utf-8"))["notes"]
    assert len(notes) >= 60
    assert all(set(n["content"]["title"]) == {"value"} for n in notes)  # API v2: every field is {"value": ...}
    venues = {n["content"]["venue"]["value"] for n in notes}
    assert {v.split()[-1] for v in venues} == {"Oral", "Spotlight", "Poster", "Talk"}  # "Lightning Talk": unmappable
    authors = [a for n in notes for a in n["content"]["authors"]["value"]]
    assert any(isinstance(a, str) and not a.isascii() for a in authors)  # Róbert Csordás, Christopher Ré, ...
    assert any(isinstance(a, dict) for a in authors)  # the unified author schema: {"fullname", "username"}


def test_openreview_notes_import_build_and_show_every_paper_with_its_kind(site: Path) -> None:
    edition = site / EDITION
    before = edition.read_bytes()
    done = esfomo("import-papers", NOTES, "--edition", "2025", cwd=site)
    notes = json.loads(NOTES.read_text(encoding="utf-8"))["notes"]
    expected = expected_from_notes(notes)
    unmapped = [(i, pid) for i, (pid, (_, _, kind)) in enumerate(expected.items(), 1) if kind is None]
    assert len(unmapped) == 1
    record, pid = unmapped[0]
    # The one decision it cannot map is reported with its file and record, left out, and the exit status says so.
    assert done.returncode == 1, done.stderr
    assert (f"{NOTES}: record {record} (id {pid}): the decision says 'ICML 2025 Workshop ES-FoMo III Lightning Talk'"
            in done.stderr)
    assert "added 62, updated 0" in done.stdout
    # Everything before the papers block is as it was, byte for byte.
    assert edition.read_bytes().startswith(before.rstrip(b"\n"))

    site_dir = build_site(site)
    shown = shown_papers(site_dir)
    assert set(shown) == {p for p, (_, _, kind) in expected.items() if kind}
    for paper_id, (title, authors, kind) in expected.items():
        if kind:
            assert shown[paper_id][:3] == (title, authors, kind)
            li = shown[paper_id][3]
            assert li.select_one(f".esfomo-badge--{kind}").get_text() == kind.capitalize()
            # The title leads to the paper's own page, which has the abstract; the list keeps the links.
            assert li.select_one(".esfomo-paper__title a")["href"] == f"{paper_id}/"
            links = {a.get_text(): a["href"] for a in li.select(".esfomo-paper__links a")}
            assert links == {"PDF": f"https://openreview.net/pdf?id={paper_id}",
                             "OpenReview": f"https://openreview.net/forum?id={paper_id}"}
            assert li.select_one("details.esfomo-abstract") is None
    assert "Róbert Csordás" in shown_papers(site_dir)[next(p for p, e in expected.items() if "MoEUT" in e[0])][1]

    # The second import of the same notes changes nothing, not a byte.
    imported = edition.read_bytes()
    again = esfomo("import-papers", NOTES, "--edition", "2025", cwd=site)
    assert edition.read_bytes() == imported
    assert "added 0, updated 0" in again.stdout and "the file is unchanged" in again.stdout

    # With the venue's own word mapped, the left-out paper comes in, and nothing is left out.
    mapped = esfomo("import-papers", NOTES, "--edition", "2025", "--kind-map", "lightning talk=spotlight", cwd=site)
    assert mapped.returncode == 0, mapped.stderr
    assert "added 1, updated 0" in mapped.stdout
    assert shown_papers(build_site(site))[pid][2] == "spotlight"

    # Without the word again, that paper's decision says no kind: what the file has of it stays,
    # even with --prune, and it is not reported as gone.
    kept = esfomo("import-papers", NOTES, "--edition", "2025", "--prune", cwd=site)
    assert kept.returncode == 1 and f"(id {pid}): the decision says" in kept.stderr
    assert "added 0, updated 0, kept 0 not in the source, removed 0" in kept.stdout
    assert pid in shown_papers(build_site(site))


def _add_by_hand(edition: Path, paper_id: str, lines: str) -> None:
    """Add fields under a paper's id line, as an organizer does in an editor."""
    text = edition.read_text(encoding="utf-8")
    anchor = f"  - id: {paper_id}\n"
    assert text.count(anchor) == 1
    edition.write_text(text.replace(anchor, anchor + lines), encoding="utf-8")


def test_a_reimport_after_camera_ready_updates_adds_reports_and_keeps_hand_edits(site: Path, tmp_path: Path) -> None:
    edition = site / EDITION
    esfomo("import-papers", NOTES, "--edition", "2025", "--kind-map", "lightning=poster", cwd=site)
    data = json.loads(NOTES.read_text(encoding="utf-8"))
    first, second, third = (n["id"] for n in data["notes"][:3])
    _add_by_hand(edition, first, "    award: Best Paper  # chosen by the committee\n    board: '12'\n")
    text = edition.read_text(encoding="utf-8")
    item = '{time: "10:30", kind: oral, title: "FPTQuant: Function-Preserving Transforms for LLM Quantization"}'
    assert item in text
    edition.write_text(text.replace(item, f'{{time: "10:30", kind: oral, paper: {first}}}'), encoding="utf-8")

    camera_ready = copy.deepcopy(data)
    notes = camera_ready["notes"]
    notes[0]["content"]["title"]["value"] = "FPTQuant: Function-Preserving Transforms for Quantized LLMs"
    notes[1]["content"]["authors"]["value"].append("Zoë Ångström")
    removed = notes.pop(2)
    new = copy.deepcopy(notes[5])
    new["id"] = new["forum"] = "NewPaper01"
    new["content"]["title"]["value"] = "A Late Addition on Sparse Kernels"
    notes.append(new)
    source = tmp_path / "camera-ready.json"
    source.write_text(json.dumps(camera_ready), encoding="utf-8")

    done = esfomo("import-papers", source, "--edition", "2025", "--kind-map", "lightning=poster", cwd=site)
    assert done.returncode == 0, done.stderr
    assert f"updated {first}: title" in done.stdout
    assert f"updated {second}: authors" in done.stdout
    assert f"kept {third} ({removed['content']['title']['value']}): not in {source} (--prune removes it)" in done.stdout
    assert "added 1, updated 2, kept 1 not in the source, removed 0" in done.stdout
    after = edition.read_text(encoding="utf-8")
    assert "award: Best Paper  # chosen by the committee" in after  # the hand-added award, with its comment
    paper = next(p for p in yaml.safe_load(after)["papers"] if p["id"] == first)
    assert (paper["award"], paper["board"]) == ("Best Paper", "12")

    site_dir = build_site(site)
    shown = shown_papers(site_dir)
    li = shown[first][3]
    assert shown[first][0] == "FPTQuant: Function-Preserving Transforms for Quantized LLMs"
    assert "Best Paper" in li.select_one(".esfomo-award").get_text()
    assert li.select_one(".esfomo-board").get_text() == "Board 12"
    assert shown[second][1][-1] == "Zoë Ångström"
    assert third in shown and "NewPaper01" in shown
    # The schedule item that names the paper takes its new title and links to its entry on the papers page.
    row = next(r for r in soup(site_dir / "index.html").select(".esfomo-schedule tr") if "Quantized LLMs" in r.get_text())
    assert row.select_one(".esfomo-paper-link")["href"] == f"papers/#paper-{first}"

    # A paper the schedule names is not pruned away under it: nothing is written.
    named = copy.deepcopy(camera_ready)
    named["notes"] = [n for n in named["notes"] if n["id"] != first]
    (tmp_path / "named.json").write_text(json.dumps(named), encoding="utf-8")
    before = edition.read_bytes()
    refused = esfomo("import-papers", tmp_path / "named.json", "--edition", "2025", "--kind-map", "lightning=poster",
                     "--prune", cwd=site)
    assert refused.returncode == 1
    assert f"--prune would remove papers the schedule names: {first} (named by schedule[5].items[0])" in refused.stderr
    assert edition.read_bytes() == before

    pruned = esfomo("import-papers", source, "--edition", "2025", "--kind-map", "lightning=poster", "--prune", cwd=site)
    assert pruned.returncode == 0, pruned.stderr
    assert f"removed {third} (" in pruned.stdout
    assert third not in {p["id"] for p in yaml.safe_load(edition.read_text(encoding="utf-8"))["papers"]}


def test_cmt_csv_imports_the_same_way(site: Path) -> None:
    edition = site / EDITION
    done = esfomo("import-papers", CMT, "--edition", "2025", cwd=site)
    with CMT.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    kinds = {"Accept (Oral)": "oral", "Accept (Spotlight)": "spotlight", "Accept (Poster)": "poster"}
    accepted = {r["Paper ID"]: r for r in rows if r["Status"] in kinds}
    plain_accept = next(r for r in rows if r["Status"] == "Accept")
    assert done.returncode == 1  # one "Accept" says no kind
    line = next(i for i, r in enumerate(csv.reader(CMT.open(encoding="utf-8", newline="")))
                if r and r[0] == plain_accept["Paper ID"])
    assert re.search(rf"{re.escape(str(CMT))}:\d+ \(id {plain_accept['Paper ID']}\): the decision says 'Accept'", done.stderr)
    assert line > 0
    # Columns a papers page does not show are named, not silently dropped.
    assert f"{CMT}: columns not imported: Track Name, Primary Subject Area, Secondary Subject Areas, Conflicts" in done.stderr
    assert f"added {len(accepted)}, updated 0" in done.stdout and "skipped 2 not accepted" in done.stdout

    shown = shown_papers(build_site(site))
    assert set(shown) == set(accepted)
    for paper_id, row in accepted.items():
        title, authors, kind, _ = shown[paper_id]
        assert (title, authors, kind) == (row["Paper Title"], row["Author Names"].split("; "), kinds[row["Status"]])

    _add_by_hand(edition, f"'{next(iter(accepted))}'", "    award: Outstanding Paper\n")
    edited = edition.read_bytes()
    again = esfomo("import-papers", CMT, "--edition", "2025", cwd=site)
    assert edition.read_bytes() == edited  # unchanged input: byte-identical, the hand-added award included
    assert "added 0, updated 0" in again.stdout


def test_cmt_authors_with_affiliations_and_spreadsheet_lists() -> None:
    assert importer.split_authors("Róbert Csordás (IDSIA)*; Kazuki Irie (Harvard); Jürgen Schmidhuber (KAUST)") == (
        "Róbert Csordás", "Kazuki Irie", "Jürgen Schmidhuber")
    assert importer.split_authors("Tri Dao, Albert Gu and Jane Roe") == ("Tri Dao", "Albert Gu", "Jane Roe")


@pytest.mark.parametrize(("decision", "kind"), [
    ("ICML 2025 Workshop ES-FoMo III Oral", "oral"),
    ("NeurIPS 2024 Workshop ENLSP-IV Spotlight", "spotlight"),
    ("ICML 2024 Workshop ES-FoMo-II Poster", "poster"),
    ("Accept (Poster)", "poster"),
    ("Submitted to ICML 2025 Workshop ES-FoMo III", "skip"),
    ("Reject", "skip"),
    ("Accept", None),
    ("ICML 2025 Workshop ES-FoMo III Lightning Talk", None),
    ("Oral or poster", None),  # two kinds: not guessed
    ("", None),
])
def test_decisions_are_read_by_word_never_guessed(decision: str, kind: str | None) -> None:
    assert importer.kind_of(decision, {}) == kind


def test_kind_map_adds_the_venues_own_words() -> None:
    kind_map = importer.parse_kind_map("lightning talk=spotlight, Accept=poster,talk=oral")
    assert importer.kind_of("ES-FoMo III Lightning Talk", kind_map) == "spotlight"  # the longest phrase first
    assert importer.kind_of("ES-FoMo III Contributed Talk", kind_map) == "oral"
    assert importer.kind_of("Accept", kind_map) == "poster"
    assert importer.kind_of("Accept (Oral)", kind_map) == "oral"  # a kind's own word decides
    assert importer.kind_of("Oral or poster", importer.parse_kind_map("oral or poster=poster")) == "poster"
    with pytest.raises(importer.SourceError, match="the kind must be oral, spotlight, poster or skip"):
        importer.parse_kind_map("talk=keynote")


def _notes(**change: Any) -> dict[str, Any]:
    data = json.loads(NOTES.read_text(encoding="utf-8"))
    data["notes"] = data["notes"][:3]
    for index, fields in change.items():
        data["notes"][int(index.removeprefix("n"))].update(fields)
    return data


@pytest.mark.parametrize(("content", "message"), [
    ("{\"notes\": [", "bad.json:1:12: not JSON: Expecting value; nothing written"),
    (json.dumps({"papers": []}), "bad.json: not OpenReview notes: expected a list of notes or {\"notes\": [...]}"),
    (json.dumps([{"id": "a"}]), "bad.json: record 1: not an OpenReview note (no content)"),
    (json.dumps(_notes(n1={"content": {"title": {"value": "  "}}})),
     "bad.json: record 2 (id {id1}): content.title is empty"),
    (json.dumps(_notes(n2={"id": "{id0}", "forum": "{id0}"})), "bad.json: record 3 (id {id0}): the same id as bad.json: record 1"),
    ('{"notes": [\n' + "[" * 100_000 + "]" * 100_000 + "]}",
     "bad.json:2:99: not OpenReview notes: lists and objects nested more than 100 deep; nothing written"),
])
def test_bad_notes_are_refused_naming_file_and_record_and_nothing_is_written(
    site: Path, content: str, message: str
) -> None:
    ids = [n["id"] for n in json.loads(NOTES.read_text(encoding="utf-8"))["notes"][:3]]
    (site / "bad.json").write_text(content.replace("{id0}", ids[0]), encoding="utf-8")
    before = (site / EDITION).read_bytes()
    done = esfomo("import-papers", "bad.json", "--edition", "2025", cwd=site)
    assert done.returncode == 1
    assert message.replace("{id0}", ids[0]).replace("{id1}", ids[1]) in done.stderr
    assert (site / EDITION).read_bytes() == before


def test_a_csv_without_titles_or_ids_is_refused(site: Path) -> None:
    (site / "a.csv").write_text("Title,Authors,Decision\nGood,A. B,Accept (Oral)\n,C. D,Accept (Poster)\n", encoding="utf-8")
    done = esfomo("import-papers", "a.csv", "--edition", "2025", cwd=site)
    assert done.returncode == 1
    assert "a.csv:2: no paper id: add an id column (CMT's Paper ID) or an OpenReview link column" in done.stderr
    assert "a.csv:3: title is empty" in done.stderr
    assert "nothing written" in done.stderr


@pytest.mark.parametrize("quote", ['"', ""])
def test_a_csv_field_over_the_readers_limit_is_refused_by_line(site: Path, quote: str) -> None:
    abstract = quote + "x" * 131_073 + quote
    (site / "a.csv").write_text(f"ID,Title,Decision,Abstract\n1,Good,Oral,Short\n2,Long,Poster,{abstract}\n",
                                encoding="utf-8")
    before = (site / EDITION).read_bytes()
    done = esfomo("import-papers", "a.csv", "--edition", "2025", cwd=site)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        "esfomo import-papers: a.csv:3: a field longer than 131,072 characters (a quote left open?); nothing written"
    ]
    assert (site / EDITION).read_bytes() == before


def test_sources_over_the_stated_limits_are_refused_before_they_are_merged(site: Path) -> None:
    before = (site / EDITION).read_bytes()
    rows = "".join(f"p{n},Paper {n},Poster\n" for n in range(importer.MAX_PAPERS + 1))
    (site / "many.csv").write_text("ID,Title,Decision\n" + rows, encoding="utf-8")
    with (site / "huge.csv").open("wb") as file:
        file.truncate(importer.MAX_SOURCE_BYTES + 1)  # its size is all that is read of it
    for source, message in [("many.csv", "many.csv:10002: more than the 10,000 papers an import takes"),
                            ("huge.csv", "huge.csv: 50.0 MB, over the 50 MB a source of papers may have: is it the"
                                         " file you meant?")]:
        done = esfomo("import-papers", source, "--edition", "2025", cwd=site)
        assert done.returncode == 1
        assert done.stderr.splitlines() == [f"esfomo import-papers: {message}; nothing written"]
    assert (site / EDITION).read_bytes() == before


def test_without_openreview_py_the_venue_route_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openreview", None)  # as if it were not installed
    with pytest.raises(importer.SourceError, match=r"needs openreview-py: pip install 'mkdocs-esfomo\[openreview\]'"):
        importer.read_source("ICML.cc/2025/Workshop/ES-FoMo-III")


def test_offline_the_venue_route_says_it_cannot_reach_openreview(site: Path) -> None:
    pytest.importorskip("openreview")
    # Nothing listens on the discard port of this machine: the real client fails to connect.
    done = esfomo("import-papers", "ICML.cc/2025/Workshop/ES-FoMo-III", "--edition", "2025",
                  "--api", "http://127.0.0.1:9", cwd=site)
    assert done.returncode == 1
    assert done.stdout == ""  # the client's own retry lines are not passed on
    (line,) = done.stderr.strip().splitlines()  # one line says it
    assert re.match(r"esfomo import-papers: cannot reach OpenReview at http://127\.0\.0\.1:9 \(ConnectionError, \d+ tries\)", line)
    assert line.endswith("; nothing written")


class _OpenReviewStandIn(http.server.BaseHTTPRequestHandler):
    """GET /notes?content.venueid=...: the API v2 answer ({"notes": [...], "count": N}) from the fixture."""

    notes: ClassVar[list[dict[str, Any]]] = []

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        venue = query.get("content.venueid", [""])[0]
        found = [n for n in self.notes if n["content"]["venueid"]["value"] == venue] if parts.path == "/notes" else []
        count = len(found)
        # The client pages with sort=id and after=<last id> (or offset) until a page comes back empty.
        if query.get("sort", ["id"]) != ["id"]:
            raise AssertionError(f"sorted by {query['sort']}: paging by id needs sort=id")
        found = sorted(found, key=lambda n: n["id"])
        if "after" in query:
            found = [n for n in found if n["id"] > query["after"][0]]
        offset = int(query.get("offset", ["0"])[0])
        found = found[offset : offset + int(query.get("limit", ["1000"])[0])]
        body = json.dumps({"notes": found, "count": count}).encode()
        self.send_response(200 if parts.path == "/notes" else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def openreview_api() -> Iterator[str]:
    pytest.importorskip("openreview")
    handler = functools.partial(_OpenReviewStandIn)
    _OpenReviewStandIn.notes = json.loads(NOTES.read_text(encoding="utf-8"))["notes"]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_venue_id_is_fetched_with_openreview_py(site: Path, openreview_api: str, capsys: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    code = cli.main(["import-papers", "ICML.cc/2025/Workshop/ES-FoMo-III", "--edition", "2025",
                     "--api", openreview_api, "--kind-map", "lightning=poster"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "added 63, updated 0" in out.out
    expected = expected_from_notes(_OpenReviewStandIn.notes)
    shown = shown_papers(build_site(site))
    assert {pid: s[:2] for pid, s in shown.items()} == {pid: (e[0], e[1]) for pid, e in expected.items()}

    unknown = cli.main(["import-papers", "ICML.cc/2025/Workshop/No-Such", "--edition", "2025", "--api", openreview_api])
    assert unknown == 1
    assert "OpenReview has no papers with content.venueid 'ICML.cc/2025/Workshop/No-Such'" in capsys.readouterr().err


def test_into_a_papers_list_written_by_hand_only_the_block_changes(tmp_path: Path) -> None:
    """A real-shaped edition with papers in flow style, a comment among them and keys after them."""
    shutil.copytree(ROOT / "tests/fixtures/second-workshop", tmp_path / "site")
    site = tmp_path / "site"
    edition = site / "docs/_data/editions/2026.yml"
    text = edition.read_text(encoding="utf-8")
    text = text.replace("  - {id: p3,", "  # posters\n  - {id: p3,")
    edition.write_text(text, encoding="utf-8")
    head, rest = text.split("papers:\n")
    block, tail = rest.split("schedule:\n")
    done = esfomo("import-papers", CMT, "--edition", "2026", "--kind-map", "accept=poster", cwd=site)
    assert done.returncode == 0, done.stderr
    assert "added 63, updated 0, kept 3 not in the source, removed 0, skipped 2 not accepted" in done.stdout
    new = edition.read_text(encoding="utf-8")
    assert new.startswith(head + "papers:\n" + block)  # the hand-written entries and comment as they were
    assert new.endswith("schedule:\n" + tail)  # and everything after the block
    shown = shown_papers(build_site(site), "index.html")  # the page places the papers itself: no page of their own
    assert len(shown) == 63 + 3 + 1
    assert shown["sparse-kv"][0] == "Sparse KV Caches on Phones" and shown["135"][2] == "oral"
    built = build_site(site)
    assert not (built / "papers/index.html").exists()  # no list of its own: the page lists them
    assert (built / "papers/sparse-kv/index.html").is_file()  # each paper has its page all the same
