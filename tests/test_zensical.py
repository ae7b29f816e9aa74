"""The same site built by Zensical: `esfomo build --engine zensical` with the same mkdocs.yml and docs/.

Every fact of the data on its pages, the same files and the same HTML for every directive as MkDocs
publishes, the same report for bad data with the site left as it was, links that work under a
sub-path, and a server that shows the problems and recovers.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import icalendar
import pytest
from bs4 import BeautifulSoup
from conftest import MINIMAL_CONFIG, ROOT, soup, write_tree
from PIL import Image
from test_site import edition, ref_name, schedule_facts

pytest.importorskip("zensical")

FIXTURE = ROOT / "tests" / "fixtures" / "second-workshop"
ORIGINALS = ROOT / "docs" / "assets" / "img"
EPOCH = "1752800000"  # 2025-07-18: the same "today" and calendar stamps for both engines


def esfomo(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    run_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    return subprocess.run([sys.executable, "-m", "mkdocs_esfomo", *map(str, args)], cwd=cwd, env=run_env,
                          capture_output=True, text=True, timeout=300)


def copy_of(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("site", ".cache", ".esfomo-build"))
    return target


def repository_site(target: Path) -> Path:
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, target / folder)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The ES-FoMo site and the second workshop, each built by both engines with the real command."""
    sites = {}
    root = tmp_path_factory.mktemp("engines")
    for name, make in (("esfomo", repository_site), ("second", lambda t: copy_of(FIXTURE, t))):
        project = make(root / name)
        for engine in ("mkdocs", "zensical"):
            done = esfomo("build", "--engine", engine, "--strict", "-d", project / f"site-{engine}", cwd=project)
            assert done.returncode == 0, done.stderr
            sites[f"{name}-{engine}"] = project / f"site-{engine}"
    return sites


# -- what a visitor finds on the Zensical-built site --


@pytest.mark.parametrize(("eid", "page"), [("2025", "index.html"), ("2024", "2024/index.html")])
def test_every_fact_of_each_edition_is_on_its_page(built: dict[str, Path], eid: str, page: str) -> None:
    data = edition(eid)
    html = soup(built["esfomo-zensical"] / page)
    table = html.select_one("table.esfomo-schedule").get_text(" ", strip=True)
    assert [fact for fact in schedule_facts(data) if fact not in table] == []
    names = {card.select_one(".esfomo-card__name").get_text() for card in html.select(".esfomo-card")}
    assert {ref_name(r) for role in ("organizers", "speakers", "panelists") for r in data.get(role, [])} <= names
    text = html.get_text(" ", strip=True)
    for fact in (data["name"], data["title"], data["tagline"], data["timezone_label"], data["conference"]["name"]):
        assert fact in text
    assert html.title.get_text() == f"{data['name']}: {data['title']}"
    assert html.select_one('script[type="application/ld+json"]') is not None


def test_calendars_parse_with_their_instants(built: dict[str, Path]) -> None:
    site = built["esfomo-zensical"]
    calendars = sorted((site / "esfomo").glob("*.ics"))
    assert [p.name for p in calendars] == ["2024-dates.ics", "2024-schedule.ics", "2025-dates.ics",
                                           "2025-schedule.ics"]
    events = icalendar.Calendar.from_ical((site / "esfomo/2025-schedule.ics").read_bytes()).walk("VEVENT")
    first = min(events, key=lambda e: e["dtstart"].dt)
    assert first["dtstart"].dt.isoformat() == "2025-07-18T08:30:00-07:00"


def test_the_papers_filter_is_shipped_and_loaded(built: dict[str, Path]) -> None:
    for engine in ("mkdocs", "zensical"):
        site = built[f"second-{engine}"]
        page = soup(site / "index.html")
        assert page.select("[data-esfomo-papers], .esfomo-papers"), engine  # the page lists papers
        scripts = [s["src"] for s in page.select("script[src]") if s["src"].split("?")[0].endswith("papers.js")]
        assert scripts, engine
        assert (site / scripts[0].split("?")[0]).is_file(), engine


def test_nothing_private_is_published(built: dict[str, Path]) -> None:
    site = built["esfomo-zensical"]
    published = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    assert not any(p.startswith("_data/") or p.endswith((".yml", ".yaml")) for p in published)
    originals = {p.name for p in ORIGINALS.iterdir()}
    assert not [p for p in published if Path(p).name in originals]  # only the resized copies
    images = [p for p in site.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp")]
    assert len(images) > 40
    assert [p.name for p in images if Image.open(p).getexif()] == []  # no camera, no GPS


# -- the same site from both engines --


def normalized(page: Path) -> tuple[str, str, list[str], str | None, list[tuple[str, str]]]:
    """What of a page is ours: the article (the theme's own anchors aside), the tab title, JSON-LD, description."""
    html = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    article = html.select_one("article")
    assert article is not None
    for theirs in article.select("a.headerlink, a#__skip"):
        theirs.decompose()
    text = re.sub(r">\s+<", "><", str(article)).strip()
    description = html.select_one('meta[name="description"]')
    shared = [(m.get("property") or m.get("name"), m["content"]) for m in html.select(
        'meta[property^="og:"], meta[name^="twitter:"]')]  # link previews
    return (text, html.title.get_text(), [s.get_text() for s in html.select('script[type="application/ld+json"]')],
            description["content"] if description else None, shared)


THEIRS = re.compile(r"^(assets/(javascripts|stylesheets|images)/|search|sitemap\.xml|404\.html$)")


@pytest.mark.parametrize("name", ["esfomo", "second"])
def test_both_engines_publish_the_same_site(built: dict[str, Path], name: str) -> None:
    mkdocs, zensical = built[f"{name}-mkdocs"], built[f"{name}-zensical"]

    def ours(site: Path) -> dict[str, Path]:
        found = {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}
        return {rel: p for rel, p in found.items() if not THEIRS.match(rel) and not rel.endswith(".gz")}

    a, b = ours(mkdocs), ours(zensical)
    assert sorted(a) == sorted(b)
    pages = [rel for rel in a if rel.endswith(".html")]
    assert len(pages) >= 2 and len(a) - len(pages) >= 10
    assert [rel for rel in a if rel not in pages and a[rel].read_bytes() != b[rel].read_bytes()] == []
    for rel in pages:
        assert normalized(a[rel]) == normalized(b[rel]), rel
    assert any(normalized(a[rel])[4] for rel in pages)  # the edition pages carry their sharing tags


def test_links_work_under_a_sub_path(tmp_path: Path) -> None:
    """GitHub project pages: the site lives at https://org.github.io/workshop/."""
    project = repository_site(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_url: https://es-fomo.com/", "site_url: https://org.github.io/workshop/"))
    for engine in ("mkdocs", "zensical"):
        site = project / f"site-{engine}"
        done = esfomo("build", "--engine", engine, "-d", site, cwd=project)
        assert done.returncode == 0, done.stderr
        checked = 0
        for page in site.rglob("*.html"):
            if page.name == "404.html":
                continue
            url = "/workshop/" + page.relative_to(site).as_posix().removesuffix("index.html")
            for link in soup(page).select("article [href], article [src], article [srcset]"):
                for target in [link.get("href"), link.get("src"), *(c.split()[0] for c in link.get("srcset", "").split(",") if c)]:
                    if not target or re.match(r"^[a-z]+:|^#", target):
                        continue
                    assert not target.startswith("/"), (engine, page, target)  # a root path misses the sub-path
                    resolved = urllib.parse.urljoin(url, target.split("#")[0]).removeprefix("/workshop/")
                    path = site / resolved
                    assert path.is_file() or (path / "index.html").is_file(), (engine, page, target)
                    checked += 1
        assert checked > 100


# -- problems: the same report, nothing built, no traceback --


def test_bad_data_gives_the_same_report_with_both_engines(tmp_path: Path) -> None:
    project = repository_site(tmp_path / "project")
    path = project / "docs/_data/editions/2025.yml"
    path.write_text(path.read_text().replace('time: "08:40"', 'time: "8:70"'))
    reports = {}
    for engine in ("mkdocs", "zensical"):
        site = project / f"site-{engine}"
        site.mkdir()
        (site / "marker.txt").write_text("the last site")
        done = esfomo("build", "--engine", engine, "-d", site, cwd=project)
        assert done.returncode == 1
        assert "Traceback" not in done.stdout + done.stderr
        reports[engine] = [line for line in done.stderr.splitlines() if re.match(r"^docs/\S+:\d+:\d+: ", line)]
        assert [p.name for p in site.iterdir()] == ["marker.txt"]
    assert reports["mkdocs"] == reports["zensical"] == [
        "docs/_data/editions/2025.yml:84:11: schedule[1].time: '8:70' is not a time: minutes go from 00 to 59"]


def test_a_site_of_spec_files_only_builds_the_same_way(tmp_path: Path) -> None:
    """The two-line config and a data folder: no page of its own, every edition gets one."""
    write_tree(tmp_path, {
        "mkdocs.yml": MINIMAL_CONFIG,
        "docs/_data/people.yml": "ada:\n  name: Ada Lovelace\n  affiliation: Analytical Engines\n",
        "docs/_data/editions/2031.yml": "name: Fresh 2031\ndate: 2031-06-01\ntimezone: Europe/Vienna\n"
                                        "organizers: [ada]\nschedule:\n  - {time: '9:00', kind: keynote, title: Hello}\n",
        "docs/_data/editions/2030.yml": "name: Fresh 2030\ndate: 2025-06-01\n",  # over: 2031 is the next one
    })
    done = esfomo("build", "--engine", "zensical", "--strict", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    home, past = soup(tmp_path / "site/index.html"), soup(tmp_path / "site/2030/index.html")
    assert home.select_one("h1.esfomo-title").get_text() == "Fresh 2031"
    assert "Ada Lovelace" in home.select_one(".esfomo-people").get_text()
    assert "Hello" in home.select_one(".esfomo-schedule").get_text()
    assert past.select_one("h1.esfomo-title").get_text() == "Fresh 2030"
    assert "Fresh 2030" in [a.get_text(strip=True) for a in home.select(".md-nav a")]


def test_a_plugin_zensical_does_not_know_is_named_and_fails_strict(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        # Material's optimize plugin (installed with the theme), which Zensical does not implement
        "mkdocs.yml": "site_name: T\ntheme: material\nplugins:\n  - search\n  - esfomo\n  - optimize:\n      enabled: false\n",
        "docs/_data/editions/2030.yml": "name: S\n",
    })
    done = esfomo("build", "--engine", "zensical", "--strict", cwd=tmp_path)
    assert done.returncode == 1
    assert ("mkdocs.yml:6:5: warning: optimize: Zensical does not know the plugin 'optimize' and would build without it"
            in done.stderr)
    assert not (tmp_path / "site").exists()
    assert esfomo("build", "--engine", "zensical", cwd=tmp_path).returncode == 0  # without --strict: said, built


def test_without_zensical_the_command_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    from mkdocs_esfomo.commands import cli

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "zensical" else real(name, *a))
    write_tree(tmp_path, {"mkdocs.yml": MINIMAL_CONFIG, "docs/_data/editions/2030.yml": "name: S\n"})
    assert cli.main(["build", "--engine", "zensical", "-f", str(tmp_path / "mkdocs.yml")]) == 1
    assert capsys.readouterr().err.strip() == "esfomo build: --engine zensical needs Zensical: pip install zensical==0.0.73"


# -- serve --


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(what: str, check: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def test_serve_rebuilds_shows_problems_and_recovers(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "mkdocs.yml": MINIMAL_CONFIG,
        "docs/_data/people.yml": "ada:\n  name: Ada Lovelace\n",
        "docs/_data/editions/2030.yml": "name: Served I\ndate: 2030-06-01\ntimezone: UTC\n"
                                        "schedule:\n  - {time: '9:00', kind: keynote, title: Opening}\n",
    })
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs_esfomo", "serve", "--engine", "zensical", "-a",
                               f"127.0.0.1:{port}"], cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    edition = tmp_path / "docs/_data/editions/2030.yml"
    try:
        wait_for("the first build", lambda: "Served I" in fetch(url))
        edition.write_text(edition.read_text().replace("Served I", "Served Again"))
        wait_for("the data edit", lambda: "Served Again" in fetch(url))
        edition.write_text(edition.read_text().replace("'9:00'", "'25:00'"))
        problem = "docs/_data/editions/2030.yml:5:12: schedule[0].time: &#x27;25:00&#x27; is not a time"
        wait_for("the problems", lambda: problem in fetch(url) or problem.replace("&#x27;", "'") in
                 BeautifulSoup(fetch(url), "lxml").get_text())
        assert server.poll() is None
        edition.write_text(edition.read_text().replace("'25:00'", "'9:30'"))
        wait_for("the fixed site", lambda: "Opening" in fetch(url) and "could not be built" not in fetch(url))
        (tmp_path / "docs/_data/editions/2029.yml").write_text("name: Served Before\ndate: 2025-06-01\n")
        wait_for("a new data file", lambda: "Served Before" in fetch(url))
        wait_for("the older edition's page", lambda: "Served Before" in fetch(url + "2029/"))
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()
    output = (tmp_path / "serve.log").read_text(errors="replace")
    assert "Traceback" not in output, output


def test_serve_stopped_by_sigterm_stops_zensical_too(tmp_path: Path) -> None:
    """A service manager or `kill` sends SIGTERM to the command alone: nothing may keep serving on the port."""
    write_tree(tmp_path, {"mkdocs.yml": MINIMAL_CONFIG, "docs/_data/editions/2030.yml": "name: Served I\n"})
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs_esfomo", "serve", "--engine", "zensical", "-a",
                               f"127.0.0.1:{port}"], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, start_new_session=True)
    try:
        wait_for("the first build", lambda: "Served I" in fetch(url))
        os.kill(server.pid, signal.SIGTERM)  # the command only, not its process group
        server.wait(timeout=20)
        wait_for("the port to be free", lambda: fetch(url) == "", timeout=5)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))  # fails while anything still listens there
    finally:
        with contextlib.suppress(ProcessLookupError):  # nothing is left, as it should be
            os.killpg(server.pid, signal.SIGKILL)  # whatever is left in its group
        server.wait()
    assert server.stderr is not None and "Traceback" not in server.stderr.read().decode(errors="replace")


def test_no_canonical_link_without_site_url_and_the_right_one_with_it(tmp_path: Path) -> None:
    """Without site_url the site may be served under any path: a canonical link "/2024/" would name a page that
    is not there. With it, each page names its own full address, as under MkDocs."""
    files = {"docs/_data/editions/2024.yml": "name: Canon 2024\ndate: 2024-06-01\n",
             "docs/_data/editions/2025.yml": "name: Canon 2025\ndate: 2025-06-01\n"}
    write_tree(tmp_path / "bare", {"mkdocs.yml": MINIMAL_CONFIG, **files})
    write_tree(tmp_path / "hosted", {"mkdocs.yml": MINIMAL_CONFIG + "site_url: https://org.github.io/workshop/\n",
                                     **files})
    for engine in ("mkdocs", "zensical"):
        canonical = {}
        for name in ("bare", "hosted"):
            done = esfomo("build", "--engine", engine, "-d", f"site-{engine}", cwd=tmp_path / name)
            assert done.returncode == 0, done.stderr
            for page in ("index.html", "2024/index.html"):
                links = soup(tmp_path / name / f"site-{engine}" / page).select('link[rel="canonical"]')
                canonical[name, page] = [link["href"] for link in links]
        assert canonical == {("bare", "index.html"): [], ("bare", "2024/index.html"): [],
                             ("hosted", "index.html"): ["https://org.github.io/workshop/"],
                             ("hosted", "2024/index.html"): ["https://org.github.io/workshop/2024/"]}, engine


def test_an_unchanged_site_is_built_by_zensical_alone_and_any_change_is_seen(tmp_path: Path) -> None:
    write_tree(tmp_path, {
        "mkdocs.yml": MINIMAL_CONFIG,
        "docs/_data/editions/2030.yml": "name: Quick 2030\ndate: 2030-06-01\n"
                                        "dates:\n  - {name: Submission deadline, at: 2030-03-01 12:00, tz: UTC}\n",
        "docs/index.md": "<!-- esfomo/title -->\n\n<!-- esfomo/gist -->\n",
    })
    before = {"SOURCE_DATE_EPOCH": "1898510400"}  # 2030-02-28 12:00 UTC: the deadline a day ahead
    first = esfomo("build", "--engine", "zensical", cwd=tmp_path, env=before)
    assert first.returncode == 0 and "nothing changed" not in first.stderr
    second = esfomo("build", "--engine", "zensical", cwd=tmp_path, env=before)
    assert second.returncode == 0 and "nothing changed since its last build" in second.stderr
    assert "Submissions are open until" in soup(tmp_path / "site/index.html").select_one(".esfomo-gist").get_text()
    # Only the clock moved, but past the deadline: the page must say so.
    after = esfomo("build", "--engine", "zensical", cwd=tmp_path, env={"SOURCE_DATE_EPOCH": "1898683200"})
    assert after.returncode == 0 and "nothing changed" not in after.stderr
    assert "Submissions are closed" in soup(tmp_path / "site/index.html").select_one(".esfomo-gist").get_text()
    # A page edit, a data edit: read again.
    page = tmp_path / "docs/index.md"
    page.write_text(page.read_text() + "\nA new line.\n")
    edited = esfomo("build", "--engine", "zensical", cwd=tmp_path)
    assert "nothing changed" not in edited.stderr and "A new line." in (tmp_path / "site/index.html").read_text()
    data = tmp_path / "docs/_data/editions/2030.yml"
    data.write_text(data.read_text().replace("Quick 2030", "Quicker 2030"))
    edited = esfomo("build", "--engine", "zensical", cwd=tmp_path)
    assert "nothing changed" not in edited.stderr
    assert soup(tmp_path / "site/index.html").select_one("h1.esfomo-title").get_text() == "Quicker 2030"
    # Asked to be strict: checked again (the last build was not).
    assert "nothing changed" not in esfomo("build", "--engine", "zensical", "--strict", cwd=tmp_path).stderr
