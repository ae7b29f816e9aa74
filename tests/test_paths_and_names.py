"""What the tool refuses: paths that leave their folder, links to files elsewhere on the machine, ids that are
not whole, names that would change a YAML file's meaning, escape sequences on the terminal.

Data and imported sites may come from anyone (a pull request, an old site, a CSV from a review system): each
test gives the hostile input to the real command and looks at the files and the output.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from conftest import MINIMAL_CONFIG, build_site, write_tree
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from PIL import Image

from mkdocs_esfomo import paths
from mkdocs_esfomo.commands import cli
from mkdocs_esfomo.errors import printable, quoted

SECRET = "SECRET_TOKEN=abcdef0123456789"
ESC = "\x1b[31m"


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out + out.err


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (20, 120, 200)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file of the machine, outside any project: what a link in a pull request could point at."""
    path = tmp_path / "home" / "secret.env"
    path.parent.mkdir()
    path.write_text(f"{SECRET}\nOTHER=xyz\n")
    return path


@pytest.fixture
def started(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A site from `esfomo new`, with an edition 2027."""
    dest = tmp_path / "site"
    assert cli.main(["new", str(dest), "--name", "Tiny"]) == 0
    capsys.readouterr()
    (edition,) = (dest / "docs/_data/editions").glob("*.yml")
    edition.rename(edition.with_name("2027.yml"))
    for page in (dest / "docs").rglob("*.md"):
        page.write_text(page.read_text().replace(f'edition: "{edition.stem}"', 'edition: "2027"'))
    return dest


# -- 1. every path a command writes resolves inside its folder --


def alfolio(src: Path, pages: dict[str, str]) -> None:
    write_tree(src, {"_config.yml": "title: Tiny Workshop 2024\n", "index.md": "---\nlayout: about\n---\nHome\n",
                     **pages})  # fmt: skip


@pytest.mark.parametrize("permalink", ["/../../escaped/", "/../../src/evil/", "/../mkdocs/", "/../../../../tmp/x/"])
def test_import_alfolio_writes_nothing_outside_its_destination(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], permalink: str
) -> None:
    src, dest = tmp_path / "src", tmp_path / "out"
    alfolio(src, {"esc.md": f"---\nlayout: page\ntitle: Esc\npermalink: {permalink}\nnav: true\n---\nhello\n"})
    before = files_under(tmp_path)
    code, output = run(capsys, "import-alfolio", src, dest)
    assert code == 1
    assert "esc.md:4: " in output and "would be written outside" in output  # the permalink's line
    assert files_under(tmp_path) == before  # nothing written: not above DEST, not in the old site, not in DEST
    assert not dest.exists()


def test_a_written_path_through_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest" / "docs").symlink_to(tmp_path / "elsewhere")
    assert paths.inside(tmp_path / "dest", "mkdocs.yml", "x") == tmp_path / "dest" / "mkdocs.yml"
    for rel in ("docs/index.md", "../x.md", "/etc/x", "a/../../x"):
        with pytest.raises(paths.Escape, match=r"^src\.md:3: "):
            paths.inside(tmp_path / "dest", rel, "src.md:3")


def test_new_edition_never_writes_through_a_link_to_a_file_elsewhere(
    started: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (started / "docs/_data/editions/2028.yml").symlink_to(secret)
    code, output = run(capsys, "new-edition", "2028", "--from", "2027", "--force", "-f", started / "mkdocs.yml")
    assert code == 1 and "would be written outside" in output
    assert secret.read_text() == f"{SECRET}\nOTHER=xyz\n"


# -- 2. data files and pages that are links to files outside the project are refused by name --


@pytest.mark.parametrize("data_file", ["docs/_data/editions/2099.yml", "docs/_data/people.yml"])
def test_a_data_file_linked_to_a_file_outside_the_project_is_refused_unread(
    started: Path, secret: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, data_file: str
) -> None:
    (started / data_file).unlink(missing_ok=True)
    (started / data_file).symlink_to(secret)
    code, output = run(capsys, "check", "-f", started / "mkdocs.yml")
    assert code == 1
    assert f"{data_file}:1:1: a link to a file outside the project folder" in output
    assert "SECRET" not in output and "abcdef" not in output
    with pytest.raises(Abort):  # mkdocs build: the same in its log
        build_site(started)
    assert f"{data_file}:1:1: a link to a file outside" in caplog.text and "SECRET" not in caplog.text
    assert not (started / "site").exists()


def test_a_page_linked_to_a_file_outside_the_project_is_neither_read_nor_published(
    started: Path, secret: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    (started / "docs/notes.md").symlink_to(secret)
    code, output = run(capsys, "check", "-f", started / "mkdocs.yml")
    assert code == 1 and "docs/notes.md:1:1: a link to a file outside the project folder" in output
    with pytest.raises(Abort):
        build_site(started)
    assert "docs/notes.md:1:1: a link to a file outside" in caplog.text and "SECRET" not in caplog.text
    assert not (started / "site").exists()


def test_any_file_of_the_docs_folder_linked_outside_the_project_is_refused(
    started: Path, secret: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    (started / "docs/assets").mkdir(exist_ok=True)
    (started / "docs/assets/slides.txt").symlink_to(secret)  # MkDocs would copy it into the site as it is
    (started / "MIGRATION.md").symlink_to(secret)
    code, output = run(capsys, "check", "-f", started / "mkdocs.yml")
    assert code == 1 and "docs/assets/slides.txt:1:1: a link to a file outside the project folder" in output
    assert "MIGRATION.md:1:1: a link to a file outside the project folder" in output
    assert "SECRET" not in output
    with pytest.raises(Abort):
        build_site(started)
    assert not (started / "site").exists() and "SECRET" not in caplog.text


def test_links_inside_the_project_are_read(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = started / "docs/_data/people.yml"
    (started / "data").mkdir()
    people.rename(started / "data/people.yml")
    people.symlink_to(started / "data/people.yml")
    code, output = run(capsys, "check", "-f", started / "mkdocs.yml")
    assert code == 0, output


def test_a_quoted_value_is_shortened(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (started / "docs/_data/people.yml").write_text("x" * 5000 + "\n")
    code, output = run(capsys, "check", "-f", started / "mkdocs.yml")
    assert code == 1
    (line,) = [line for line in output.splitlines() if "people.yml" in line]
    assert "(5,000 characters)" in line and len(line) < 200
    assert quoted("a\nb\x1b[2J") == "'a\\nb\\x1b[2J'"
    assert printable("é\u202eb\x9b\x07") == "é\\u202eb\\x9b\\x07"  # reordering marks, C1 and C0 controls


# -- 7. ids are matched whole --


def test_new_edition_refuses_an_id_ending_in_a_line_break(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = files_under(started)
    code, output = run(capsys, "new-edition", "2028\n", "--from", "2027", "-f", started / "mkdocs.yml")
    assert code == 1 and "'2028\\n' is not a usable edition id" in output
    assert files_under(started) == before


def test_new_edition_says_what_an_id_is_when_given_a_file_name(
    started: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = files_under(started)
    for given in ("2030.yaml", "2030.yml"):
        code, output = run(capsys, "new-edition", given, "--from", "2027", "-f", started / "mkdocs.yml")
        assert code == 1 and "an edition's id is its file's name without .yml" in output
        assert "docs/_data/editions/2030.yml has the id 2030" in output
    assert files_under(started) == before


@pytest.mark.parametrize(
    ("rel", "content", "expected"),
    [
        ("docs/_data/editions/2028\n.yml", "name: X\n", "'2028\\n' is not a usable edition id"),
        ("docs/_data/people.yml", '"ann\\n": {name: Ann}\n', "'ann\\n' is not a valid id"),
        ("docs/_data/editions/2027.yml", None, "is not an id: an id is one line"),
    ],
)  # fmt: skip
def test_ids_with_a_line_break_are_refused(
    started: Path, capsys: pytest.CaptureFixture[str], rel: str, content: str | None, expected: str
) -> None:
    path = started / rel
    if content is None:
        content = path.read_text().replace("- id: p1\n", '- id: "p\\n1"\n')
    path.write_text(content)
    code, output = run(capsys, "check", "-f", started / "mkdocs.yml")
    assert code == 1 and expected in output


# -- 10. photos, al-folio pages, escape sequences, names, imported values, Zensical's scripts --


def test_a_photo_linked_to_an_image_outside_the_docs_folder_is_refused_like_dotdot(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    outside = tmp_path / "private.png"
    outside.write_bytes(png())
    write_tree(tmp_path / "p", {"mkdocs.yml": MINIMAL_CONFIG, "docs/index.md": "<!-- esfomo/people { role: organizers } -->\n",
                                "docs/_data/people.yml": "ann: {name: Ann, photo: assets/ann.png}\n",
                                "docs/_data/editions/2030.yml": "name: W\norganizers: [ann]\n"})  # fmt: skip
    (tmp_path / "p/docs/assets").mkdir()
    (tmp_path / "p/docs/assets/ann.png").symlink_to(outside)
    with pytest.raises(Abort):
        build_site(tmp_path / "p")
    assert "docs/_data/people.yml:1:" in caplog.text and "ann.photo" in caplog.text
    assert "outside the docs folder" in caplog.text
    assert not (tmp_path / "p/site").exists()


def test_alfolio_pages_linked_outside_the_site_are_not_imported(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "home" / "page.md"
    outside.write_text(f"---\nlayout: page\ntitle: Private\nnav: true\n---\n{SECRET}\n")
    src = tmp_path / "src"
    alfolio(src, {})
    (src / "_pages").mkdir()
    (src / "_pages/private.md").symlink_to(outside)
    (src / "about.md").symlink_to(outside)
    code, output = run(capsys, "import-alfolio", src, tmp_path / "out")
    assert code == 1
    written = "\n".join(p.read_text() for p in (tmp_path / "out").rglob("*") if p.is_file() and p.suffix != ".png" and ".cache" not in p.parts)
    assert "SECRET" not in written and "Private" not in written
    report = (tmp_path / "out/MIGRATION.md").read_text()
    for rel in ("_pages/private.md", "about.md"):
        assert f"{rel}:1: a link to a file outside the site: not imported" in report
        assert f"{rel}:1: a link to a file outside the site" in output


def test_an_alfolio_site_is_read_only_inside_its_folder(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    profiles = "profiles:\n  - {content: ../../home/secret.env}\n"
    alfolio(src, {"speakers.md": f"---\nlayout: profiles\ntitle: Speakers\nnav: true\n{profiles}---\n"})
    (src / "_config.yml").unlink()
    (src / "_config.yml").symlink_to(secret)
    code, output = run(capsys, "import-alfolio", src, tmp_path / "out")
    assert code == 1 and "_config.yml:1: a link to a file outside the site: not imported" in output
    assert "speakers.md:1: profile 1: '../../home/secret.env' not found" in output
    written = "\n".join(p.read_text() for p in (tmp_path / "out").rglob("*") if p.is_file() and ".cache" not in p.parts)
    assert "SECRET" not in written and "abcdef" not in written and "SECRET" not in output


def test_escape_sequences_of_an_old_site_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    alfolio(src, {"call.md": f"---\nlayout: page\ntitle: Call\nnav: true\n---\n![x](missing{ESC}.png)\n"
                             f"{{{{ site.x{ESC}\x07 }}}}\n"})  # fmt: skip
    code, output = run(capsys, "import-alfolio", src, tmp_path / "out")
    assert code == 1 and "missing\\x1b[31m.png" in output
    assert "\x1b" not in output and "\x07" not in output
    code, output = run(capsys, "check", "-f", tmp_path / "out/mkdocs.yml")  # MIGRATION.md's items
    assert "missing\\x1b[31m.png" in output and "\x1b" not in output


def test_escape_sequences_of_a_csv_never_reach_the_terminal(
    started: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = started / "papers.csv"
    source.write_text(f"id,title,authors,decision\nq1,Paper,Ann,Accept ({ESC}maybe\x1b]0;owned\x07)\n")
    code, output = run(capsys, "import-papers", "--edition", "2027", source, "-f", started / "mkdocs.yml")
    assert code == 1 and "\\x1b[31mmaybe" in output
    assert "\x1b" not in output and "\x07" not in output


@pytest.mark.parametrize("name", ["Evil: name", "Evil\nhooks: [evil.py]", 'Quote " and \\ # not a comment', "- [x]"])
def test_new_writes_the_name_with_a_yaml_library(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    dest = tmp_path / "site"
    assert cli.main(["new", str(dest), "--name", name]) == 0
    config = load_config(str(dest / "mkdocs.yml"))
    assert config.site_name == name
    assert not config.hooks
    raw = yaml.load((dest / "mkdocs.yml").read_text().replace("!ENV ", ""), Loader=yaml.SafeLoader)
    assert set(raw) == {"site_name", "site_description", "site_url", "strict", "theme", "plugins",
                        "markdown_extensions"}  # fmt: skip
    (edition,) = (dest / "docs/_data/editions").glob("*.yml")
    assert yaml.safe_load(edition.read_text())["name"] == f"{name} {edition.stem}"
    capsys.readouterr()
    code, output = run(capsys, "check", "-f", dest / "mkdocs.yml")
    assert code == 0, output


def test_a_bad_imported_value_names_its_csv_row(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = started / "papers.csv"
    with source.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "title", "authors", "decision", "code"])
        writer.writerow(["q1", "Fine", "Ann", "Accept (Poster)", "https://example.org/"])
        writer.writerow(["q2", "Bad", "Bo", "Accept (Poster)", "ftp://bad"])
    before = files_under(started)
    code, output = run(capsys, "import-papers", "--edition", "2027", source, "-f", started / "mkdocs.yml")
    assert code == 1
    assert f"{source}:3 (id q2): code: 'ftp://bad' is not a web address" in output
    assert "2027.yml:" not in output.replace("docs/_data/editions/2027.yml: nothing", "")
    assert files_under(started) == before


def test_a_bad_imported_value_names_its_json_record(started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = [{"id": f"n{i}", "content": {"title": {"value": title}, "authors": {"value": ["A"]},
                                         "venue": {"value": "Poster"}}}
             for i, title in enumerate(["Fine", "Bad\x00title"], 1)]  # fmt: skip
    source = started / "notes.json"
    source.write_text(json.dumps(notes))
    code, output = run(capsys, "import-papers", "--edition", "2027", source, "-f", started / "mkdocs.yml")
    assert code == 1
    assert f"{source}: record 2 (id n2): title: contains control character U+0000" in output
    assert "2027.yml:" not in output.replace("docs/_data/editions/2027.yml: nothing", "")
