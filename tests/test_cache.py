"""The workshop kept between builds: reused while nothing it came from changed, never stale."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from conftest import ROOT, build_site, soup, write_tree
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from test_directives import DATA, jpeg

from mkdocs_esfomo import cache
from mkdocs_esfomo.data import loader
from mkdocs_esfomo.htmlfile import HtmlFile

EDITION = "docs/_data/editions/2030.yml"
SNAPSHOT = ".cache/esfomo/workshop.pickle"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The docs folders the loader read, build by build."""
    seen: list[str] = []
    real = loader.load_data

    def counting(docs_dir: Path | str, **options: object) -> object:
        seen.append(str(docs_dir))
        return real(docs_dir, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load_data", counting)
    return seen


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_an_unchanged_site_is_built_from_the_snapshot_the_same(
    project: Path, loads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01: the same "today" and time stamps
    write_tree(project, DATA)
    first = site_files(build_site(project, site_dir=str(project / "one")))
    assert len(loads) == 1 and (project / SNAPSHOT).is_file()
    second = site_files(build_site(project, site_dir=str(project / "two")))
    assert len(loads) == 1  # nothing read again
    assert len(first) > 20 and "esfomo/2030-schedule.ics" in first
    assert first == second


def test_an_edit_is_seen_even_at_the_same_size_and_time(project: Path, loads: list[str]) -> None:
    write_tree(project, DATA)
    build_site(project)
    path = project / EDITION
    before = path.stat()
    path.write_text(path.read_text().replace("Fresh 2030", "Fresh 2031"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a checkout or a quick save can leave it
    assert path.stat().st_size == before.st_size
    home = soup(build_site(project) / "index.html")
    assert len(loads) == 2
    assert home.select_one("h1").get_text() == "Fresh 2031"


def test_a_new_edition_file_is_read(project: Path, loads: list[str]) -> None:
    write_tree(project, DATA)
    build_site(project)
    write_tree(project, {"docs/_data/editions/2031.yml": "name: Fresh 2031\ndate: 2031-05-04\n"})
    site = build_site(project)
    # read, and published at its own page (2030, not over yet, stays on the home page)
    assert soup(site / "2031/index.html").select_one("h1").get_text() == "Fresh 2031"
    assert len(loads) == 2


def test_a_changed_or_removed_photo_is_noticed(project: Path, loads: list[str], caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, DATA)

    def ada_photo() -> str:
        home = soup(build_site(project, strict=False) / "index.html")
        card = next(c for c in home.select(".esfomo-card") if "Ada" in c.get_text())
        img = card.select_one("img")
        return img["src"] if img else "initials"

    first = ada_photo()
    assert first.endswith(".webp") and ada_photo() == first and len(loads) == 1
    write_tree(project, {"docs/assets/ada.jpg": jpeg((500, 300))})  # another photo under the same name
    second = ada_photo()
    assert second.endswith(".webp") and second != first and len(loads) == 2
    (project / "docs/assets/ada.jpg").unlink()
    assert ada_photo() == "initials"
    assert "photo file 'assets/ada.jpg' not found" in caplog.text


def test_warnings_are_repeated_from_the_snapshot(project: Path, loads: list[str], caplog: pytest.LogCaptureFixture) -> None:
    write_tree(project, DATA)
    (project / "docs/assets/ada.jpg").unlink()
    for _ in range(2):
        caplog.clear()
        build_site(project, strict=False)
        assert "ada.photo: photo file 'assets/ada.jpg' not found in the docs folder" in caplog.text
        with pytest.raises(Abort):
            build_site(project)
        assert "1 warning in the workshop data in strict mode" in caplog.text
    assert len(loads) == 1


def test_today_applies_to_the_kept_workshop(project: Path, loads: list[str]) -> None:
    write_tree(project, DATA)
    config = project / "mkdocs.yml"
    seen = {}
    for today in ("2030-02-01", "2030-03-03", "2030-02-01"):
        config.write_text(f"site_name: T\ntheme: material\nplugins:\n  - esfomo:\n      today: {today}\n")
        site = build_site(project)
        gist = soup(site / "index.html").select_one(".esfomo-gist").get_text(" ", strip=True)
        ics = icalendar.Calendar.from_ical((site / "esfomo/2030-dates.ics").read_bytes())
        stamps = {str(e.decoded("dtstamp").date()) for e in ics.walk("VEVENT")}
        seen[today] = ("open until" in gist, "closed" in gist, stamps)
    assert seen == {"2030-02-01": (True, False, {"2030-02-01"}), "2030-03-03": (False, True, {"2030-03-03"})}
    assert len(loads) == 1


def test_options_and_code_are_part_of_the_key(project: Path, loads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(project, DATA)
    build_site(project)
    config = project / "mkdocs.yml"
    config.write_text("site_name: T\ntheme: material\nplugins:\n  - esfomo:\n      current: 2029\n")
    assert soup(build_site(project) / "index.html").select_one("h1").get_text() == "Fresh 2029"
    assert len(loads) == 2
    code = project / "code"
    write_tree(project, {"code/loader.py": "# version 1\n"})
    monkeypatch.setattr(cache, "_CODE", code)
    build_site(project)
    build_site(project)
    assert len(loads) == 3
    (code / "loader.py").write_text("# version 2, changed\n")
    build_site(project)
    assert len(loads) == 4
    (code / "data").mkdir()  # the modules of the package's folders count as much as its top level's
    (code / "data/schema.py").write_text("# version 1\n")
    build_site(project)
    assert len(loads) == 5
    (code / "data/schema.py").write_text("# version 2, changed\n")
    build_site(project)
    assert len(loads) == 6


def test_a_broken_snapshot_is_read_again_and_replaced(project: Path, loads: list[str]) -> None:
    write_tree(project, DATA)
    build_site(project)
    for junk in (b"", b"not a pickle", (project / SNAPSHOT).read_bytes()[:100]):
        (project / SNAPSHOT).write_bytes(junk)
        load_config(str(project / "mkdocs.yml")).plugins["esfomo"].memory.snapshots.clear()  # as a new process finds it
        assert soup(build_site(project) / "index.html").select_one("h1").get_text() == "Fresh 2030"
    assert len(loads) == 4
    build_site(project)
    assert len(loads) == 4  # the last build stored a good one


def test_a_build_that_fails_keeps_no_snapshot(project: Path, loads: list[str]) -> None:
    write_tree(project, {**DATA, "docs/index.md": "<!-- esfomo/people {role: chairs} -->\n"})
    with pytest.raises(Abort):
        build_site(project)
    assert not (project / SNAPSHOT).exists()


def fresh_build(project: Path) -> list[str]:
    """``mkdocs build`` in a new process; the libraries it imported of those the snapshot can spare."""
    script = (
        "import json, sys; from mkdocs.commands.build import build; from mkdocs.config import load_config; "
        f"build(load_config({str(project / 'mkdocs.yml')!r})); "
        "print(json.dumps(sorted(m for m in ('pydantic', 'icalendar', 'PIL', "
        "'mkdocs_esfomo.data.loader', 'mkdocs_esfomo.data.yamlsource', 'mkdocs_esfomo.data.schema') if m in sys.modules)))"
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return json.loads(run.stdout.splitlines()[-1])


def test_an_unchanged_build_loads_no_validation_calendar_or_image_library(project: Path) -> None:
    """In a fresh process, as ``mkdocs build`` runs: the second build of unchanged data imports none of them."""
    write_tree(project, DATA)
    first, second = fresh_build(project), fresh_build(project)
    assert "pydantic" in first and "icalendar" in first and "PIL" in first
    assert second == []


def test_after_an_edit_only_what_it_touches_is_made_again(project: Path) -> None:
    """The data is validated again; photos and calendars are taken from the last snapshot unless the edit
    touches them (a new process, as ``mkdocs build`` runs)."""
    write_tree(project, DATA)
    fresh_build(project)
    path = project / EDITION
    path.write_text(path.read_text().replace("Small is beautiful", "Smaller is more beautiful"))
    assert fresh_build(project) == ["mkdocs_esfomo.data.loader", "mkdocs_esfomo.data.schema", "mkdocs_esfomo.data.yamlsource", "pydantic"]
    assert soup(project / "site/index.html").select_one(".esfomo-tagline").get_text() == "Smaller is more beautiful"
    path.write_text(path.read_text().replace("On <computable> numbers", "On numbers"))
    assert "icalendar" in fresh_build(project)
    ics = icalendar.Calendar.from_ical((project / "site/esfomo/2030-schedule.ics").read_bytes())
    assert "Keynote: On numbers" in {str(e["summary"]) for e in ics.walk("VEVENT")}


def test_a_rebuild_builds_again_only_the_editions_that_changed(project: Path) -> None:
    """As ``mkdocs serve`` does after an edit: unchanged editions are the very same objects."""
    write_tree(project, DATA)
    docs = project / "docs"
    memory = cache.Memory()  # as the plugin's instance keeps it under `mkdocs serve`
    first = loader.load_data(docs, memory=memory)
    assert loader.load_data(docs, memory=memory).editions == first.editions
    path = project / EDITION
    path.write_text(path.read_text().replace("Fresh 2030", "Fresh 2031"))
    second = loader.load_data(docs, memory=memory)
    assert second.editions["2029"] is first.editions["2029"]
    assert second.editions["2030"] is not first.editions["2030"]
    assert second.editions["2030"].data.name == "Fresh 2031"
    (docs / "assets/ada.jpg").unlink()  # named in people.yml, shown by 2030's organizers
    third = loader.load_data(docs, memory=memory)
    assert [p.photo for p in third.editions["2030"].people["organizers"]] == [None, None]
    assert [w.message for w in third.warnings] == ["photo file 'assets/ada.jpg' not found in the docs folder"]


def test_the_plugin_kept_between_builds_forgets_the_last_one(tmp_path: Path) -> None:
    """MkDocs keeps one instance of a plugin with ``on_startup`` for every build of the process."""
    one, two = tmp_path / "one", tmp_path / "two"
    write_tree(one, {"mkdocs.yml": "site_name: One\ntheme: material\nplugins: [esfomo]\n", **DATA})
    write_tree(two, {"mkdocs.yml": "site_name: Two\ntheme: material\nplugins:\n  - esfomo:\n      enabled: false\n",
                     "docs/index.md": "# Two\n"})
    assert list((build_site(one) / "esfomo").glob("*.ics"))
    site = build_site(two)
    assert load_config(str(one / "mkdocs.yml")).plugins["esfomo"] is load_config(str(two / "mkdocs.yml")).plugins["esfomo"]
    assert not (site / "esfomo").exists() and not (site / "assets/esfomo/img").exists()
    assert not (two / ".cache").exists()


def test_calendars_follow_an_edited_schedule(project: Path) -> None:
    write_tree(project, DATA)

    def summaries() -> set[str]:
        ics = icalendar.Calendar.from_ical((build_site(project) / "esfomo/2030-schedule.ics").read_bytes())
        return {str(e["summary"]) for e in ics.walk("VEVENT")}

    assert "Keynote: On <computable> numbers" in summaries()
    path = project / EDITION
    path.write_text(path.read_text().replace("On <computable> numbers", "On numbers"))
    assert "Keynote: On numbers" in summaries()


class _Runs:
    """A pickle that, when loaded, creates the file ``marker`` (it could as well run any command)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return open, (str(self.marker), "w")


def planted(marker: Path) -> bytes:
    import pickle

    return pickle.dumps(_Runs(marker))


@pytest.mark.parametrize(("command", "where"), [
    (("mkdocs", "build", "--strict"), "snapshot"),
    (("mkdocs", "build", "--strict"), "jinja"),
    (("esfomo", "check", "--strict"), "snapshot"),
])
def test_a_planted_cache_runs_nothing_and_the_build_succeeds(
    project: Path, tmp_path_factory: pytest.TempPathFactory, command: tuple[str, ...], where: str
) -> None:
    """A cache folder someone else filled (committed, or a shared CI cache): nothing in it runs."""
    write_tree(project, DATA)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = functools.partial(subprocess.run, cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"]).returncode == 0
    jinja = sorted((project / ".cache/esfomo/jinja").iterdir())
    assert jinja and (project / SNAPSHOT).is_file()
    marker = tmp_path_factory.mktemp("planted") / "ran"
    import jinja2

    if where == "snapshot":
        (project / SNAPSHOT).write_bytes(planted(marker))
    for path in jinja if where == "jinja" else []:  # as Jinja reads its own files: a header, then a pickle
        path.write_bytes(jinja2.bccache.bc_magic + planted(marker))
    if where == "jinja":  # no kept HTML: the fragments are loaded, and so their compiled files read
        (project / ".cache/esfomo/html.json").unlink()
    done = run([str(Path(sys.executable).parent / command[0]), *command[1:]])
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    if command[0] == "mkdocs":  # replaced by this machine's
        assert cache.unsealed((project / SNAPSHOT).read_bytes())
        assert soup(project / "site/index.html").select_one("h1").get_text() == "Fresh 2030"
        assert all(cache.unsealed(path.read_bytes()) for path in jinja)


def test_kept_html_someone_else_wrote_is_never_published(project: Path) -> None:
    """The directives' kept HTML is sealed as the snapshot is: a planted file (plain JSON, as an unsealed cache
    would read it) is ignored, and the page shows what the data says."""
    write_tree(project, DATA)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict"]
    run = functools.partial(subprocess.run, mkdocs, cwd=project, env=env, capture_output=True, text=True, timeout=120)
    assert run().returncode == 0
    kept = project / ".cache/esfomo/html.json"
    records = HtmlFile()
    records.open(kept, cache.secret(), cache._SEALED)
    assert len(records) > 0  # the build kept its directives' HTML
    for key in records.records():
        records[key] = {"html": "<script>planted()</script>", "images": []}
    records.write(kept, b"another machine's key", cache._SEALED)  # as a shared cache would bring it
    records.close()
    assert "planted()" in kept.read_text(encoding="utf-8", errors="replace")
    done = run()
    assert done.returncode == 0, done.stderr
    assert "planted()" not in (project / "site/index.html").read_text(encoding="utf-8")
    assert soup(project / "site/index.html").select_one("h1").get_text() == "Fresh 2030"


def test_a_warning_names_its_line_from_the_snapshot_without_reading_the_file(
    project: Path, loads: list[str], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2030 is over and shows people as people.yml has them while 2031 is prepared: the warning names where
    2030's file first names one of them, on every build; a build from the snapshot does not parse the file
    to find it, and an edit that moves the line moves the warning."""
    from mkdocs_esfomo.data import yamlsource

    write_tree(project, {**DATA, "docs/_data/editions/2031.yml": "name: Fresh 2031\ndraft: true\n"})
    (project / "mkdocs.yml").write_text("site_name: T\ntheme: material\nplugins:\n  - esfomo:\n      today: 2030-06-01\n")
    parsed: list[str] = []
    real = yamlsource.read
    monkeypatch.setattr(yamlsource, "read", lambda path, *a, **k: parsed.append(Path(path).name) or real(path, *a, **k))

    def warned() -> list[str]:
        caplog.clear()
        build_site(project, strict=False)
        return [line for line in caplog.text.splitlines() if "2030 is over but shows" in line]

    cold = warned()
    assert len(cold) == 1 and "docs/_data/editions/2030.yml:7:14: organizers[0]: 2030 is over but shows ada, alan" in cold[0]
    assert parsed.count("2030.yml") >= 1
    parsed.clear()
    assert warned() == cold and "2030.yml" not in parsed and len(loads) == 1  # the snapshot knew where
    edition = project / EDITION
    edition.write_text("# moved down a line\n" + edition.read_text())
    moved = warned()
    assert len(moved) == 1 and "docs/_data/editions/2030.yml:8:14: organizers[0]" in moved[0]
    parsed.clear()
    assert warned() == moved and "2030.yml" not in parsed
