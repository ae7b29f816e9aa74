"""The ``esfomo`` command: check the data, write JSON Schemas, start a new edition, import an al-folio site."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from pydantic import TypeAdapter

from . import cache, loader, model
from .errors import DataError, Problem, unknown
from .plugin import EsfomoPlugin
from .yamlsource import parse, read

DIALECT = "https://json-schema.org/draft/2020-12/schema"


class Failure(Exception):
    """Why the command could not do its job, printed as one line (exit status 1)."""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except Failure as exc:
        print(f"esfomo {args.command}: {exc}", file=sys.stderr)
    except MkDocsException as exc:  # mkdocs.yml missing or invalid; mkdocs has logged the details
        print(f"esfomo {args.command}: {exc.format_message()}", file=sys.stderr)
    return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="esfomo", description="Tools for a workshop site built with mkdocs-esfomo.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def config_file(command: argparse.ArgumentParser) -> None:
        command.add_argument("-f", "--config-file", metavar="FILE",
                             help="the site's mkdocs.yml (default: ./mkdocs.yml)")

    check = commands.add_parser("check", help="validate the data and the pages' directives as the build does")
    config_file(check)
    check.add_argument("-s", "--strict", action="store_true", help="fail on warnings too (as mkdocs build --strict)")
    check.set_defaults(run=check_command)

    schema = commands.add_parser("schema", help="write people.schema.json and edition.schema.json into DIR")
    schema.add_argument("dir", metavar="DIR", type=Path)
    schema.set_defaults(run=schema_command)

    new = commands.add_parser("new-edition", help="start _data/editions/ID.yml from a previous edition")
    new.add_argument("id", metavar="ID", help="the new edition's id, e.g. 2026")
    new.add_argument("--from", dest="prev", metavar="PREV", required=True, help="the edition to start from")
    new.add_argument("--force", action="store_true", help="replace ID.yml if it exists")
    config_file(new)
    new.set_defaults(run=new_edition_command)

    alfolio = commands.add_parser("import-alfolio", help="turn an al-folio (Jekyll) workshop site into a new site")
    alfolio.add_argument("src", metavar="SRC", type=Path, help="the al-folio site's folder")
    alfolio.add_argument("dest", metavar="DEST", type=Path, help="a new or empty folder for the site")
    alfolio.set_defaults(run=import_alfolio_command)

    papers = commands.add_parser("import-papers",
                                 help="fill an edition's papers from OpenReview, a notes file or a CSV")
    papers.add_argument("source", metavar="SOURCE", help="an OpenReview venue id (ICML.cc/2025/Workshop/ES-FoMo-III), "
                        "a saved notes .json, or a .csv")
    papers.add_argument("--edition", required=True, metavar="ID", help="the edition whose papers to fill, e.g. 2025")
    papers.add_argument("--kind-map", metavar="WORD=KIND,...",
                        help="the venue's own words for oral, spotlight, poster (or skip), e.g. lightning=spotlight")
    papers.add_argument("--prune", action="store_true", help="remove papers the source no longer has")
    papers.add_argument("--api", default=None, metavar="URL",
                        help="the OpenReview API (default: https://api2.openreview.net)")
    config_file(papers)
    papers.set_defaults(run=import_papers_command)
    return parser


def _site(config_file: str | None) -> tuple[MkDocsConfig, EsfomoPlugin]:
    """mkdocs.yml read by MkDocs itself (so !ENV and INHERIT work), and its esfomo plugin."""
    config = load_config(config_file)
    plugin = next((p for p in config.plugins.values() if isinstance(p, EsfomoPlugin)), None)
    if plugin is None:
        raise Failure(f"{config.config_file_path} does not use the esfomo plugin: add `plugins: [esfomo]`")
    return config, plugin


def _plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else words or word + 's'}"


# -- esfomo check --


def check_command(args: argparse.Namespace) -> int:
    config, plugin = _site(args.config_file)
    strict = args.strict or bool(config.strict)
    errors: list[Problem] = []
    try:
        plugin.load(config)
    except DataError as exc:
        errors = exc.problems
    workshop = plugin.workshop  # None when the data itself has errors: pages are not checked then
    warnings = workshop.warnings if workshop else []
    for problem in sorted([*errors, *warnings]):
        print(_line(problem), file=sys.stderr)
    if errors or (strict and warnings):
        strictly = " in strict mode" if strict and not errors else ""
        print(f"esfomo check: {_plural(len(errors), 'error')}, {_plural(len(warnings), 'warning')}{strictly}",
              file=sys.stderr)
        return 1
    assert workshop is not None
    editions = f" ({', '.join(workshop.editions)}; current: {workshop.current})" if workshop.editions else ""
    print(f"esfomo check: {_plural(len(workshop.editions), 'edition')}{editions}, "
          f"{_plural(len(workshop.people), 'person', 'people')}, {_plural(len(warnings), 'warning')}")
    return 0


def _line(problem: Problem) -> str:
    """As the build reports it; a warning is marked after the position, as compilers do, for editors to pick up."""
    if not problem.warning:
        return str(problem)
    where = f"{problem.path}:{problem.line}:{problem.col}"
    return f"{where}: warning: {str(problem).removeprefix(where + ': ')}"


# -- esfomo schema --


def schemas() -> dict[str, dict[str, Any]]:
    """JSON Schemas (draft 2020-12) of the data files, from the models the loader validates with."""
    people = TypeAdapter(dict[model.PersonId, model.PersonEntry]).json_schema()
    people["additionalProperties"] = False  # a key that is not a valid id is an error, as in the loader
    edition = TypeAdapter(model.EditionFile).json_schema()
    return {
        "people.schema.json": {"$schema": DIALECT, "title": "People", **people},
        "edition.schema.json": {"$schema": DIALECT, **edition},
    }


def schema_command(args: argparse.Namespace) -> int:
    folder: Path = args.dir
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        path = folder / name
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


# -- esfomo new-edition --

EDITION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_YEAR = re.compile(r"^(19|20)\d\d$")
# Fields whose text usually names the year, which is moved on to the new one.
_DATED = ("name", "title", "subtitle", "summary", "tagline")


def new_edition_command(args: argparse.Namespace) -> int:
    config, _ = _site(args.config_file)
    docs_dir = Path(config.docs_dir)
    root = Path(config.config_file_path).parent
    new_id, prev_id = args.id.removesuffix(".yml"), args.prev.removesuffix(".yml").removesuffix(".yaml")
    if not EDITION_ID.match(new_id):
        raise Failure(f"'{new_id}' is not a usable edition id: use letters, digits, '-', '_' or '.'")
    if new_id == prev_id:
        raise Failure("the new edition must have another id than the one it starts from")
    existing = {path.stem: path for path in cache.data_files(docs_dir) if path.parent.name == "editions"}
    if prev_id not in existing:
        known = ", ".join(sorted(existing)) or "none"
        raise Failure(f"{unknown('edition', prev_id, existing)} (known: {known})")
    target = existing.get(new_id, docs_dir / cache.EDITIONS_DIR / f"{new_id}.yml")
    if target.exists() and not args.force:
        raise Failure(f"{_shown(target, root)} exists; give --force to replace it")
    doc, problems = read(existing[prev_id], _shown(existing[prev_id], root))
    if doc is None or not isinstance(doc.data, dict):
        for problem in problems:
            print(problem, file=sys.stderr)
        raise Failure(f"cannot start from {_shown(existing[prev_id], root)}: fix it first")
    text = edition_text(new_id, prev_id, doc.data)
    written = _shown(target, root)
    new_doc, problems = parse(text, written)
    if new_doc is not None:
        _, problems = loader._validate_edition(new_doc, new_doc.data)
    if problems:  # a problem in what was copied over: write nothing
        for problem in problems:
            print(problem, file=sys.stderr)
        raise Failure(f"what carries over from {doc.path} is not valid: run esfomo check, fix it, and try again")
    target.write_text(text, encoding="utf-8")
    print(f"wrote {written} from {doc.path}: fill in the date, important dates, speakers and schedule")
    return 0


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def edition_text(new_id: str, prev_id: str, prev: dict[str, Any]) -> str:
    """The new edition's YAML: what carries over copied (years moved on), the rest empty and explained."""
    data = _moved_on(new_id, prev_id, prev)
    out = [f"# {data.get('name', new_id)}: started from {prev_id}.yml with `esfomo new-edition`.",
           "# What carries over was copied (check it); what is new each year is empty, with a note on what it takes.",
           ""]

    def put(key: str, *notes: str) -> None:
        if key in data:
            out.extend(f"# {note}" for note in notes)
            out.append(_dump({key: data[key]}).rstrip("\n"))

    same_name = data.get("name") == prev.get("name")
    put("name", *([f"Same as {prev_id}'s: give this edition its own name."] if same_name else []))
    for key in ("title", "subtitle", "summary", "tagline", "conference"):
        put(key)
    out += ["# The day of the workshop, or [start, end] for several days:", "# date: YYYY-MM-DD"]
    put("timezone", f"As in {prev_id}: schedule times are wall-clock times in this zone. Change it if the venue moves.")
    put("timezone_label")
    if "location" in data:
        out += [f"# Where: {{city, venue, room, map}}. {prev_id} was:",
                f"# location: {_dump(data['location'], flow=True)}"]
    else:
        out += ["# Where:", "# location: {city: ..., venue: ..., room: ..., map: https://...}"]
    put("contact")
    put("banner")
    out += ["", "# Links by name: submission, papers, recordings, conference_page."]
    if data.get("links"):
        out += [f"# {prev_id} had:", *(f"#   {line}" for line in _dump(data["links"]).splitlines())]
    out += ["links: {}", "",
            '# Shown between two dates: - {text: "Submissions are open!", from: YYYY-MM-DD, until: YYYY-MM-DD}',
            "announcements: []",
            "# Important dates: - {name: Submission deadline, at: YYYY-MM-DD}",
            '# (`at` is a date or "YYYY-MM-DD HH:MM"; `tz` is AoE unless given: UTC or an IANA name)',
            "dates: []", ""]
    put("topics", f"Call-for-papers topics, as in {prev_id}.")
    out.append("")
    put("organizers", f"As in {prev_id}: remove who steps down, add who joins (ids from people.yml).")
    out += ["", "# Ids from people.yml, or {name: ..., affiliation: ...} for someone who is not there.",
            "speakers: []", "panelists: []",
            "# Sponsors: - {name: ..., url: https://..., logo: assets/img/..., tier: Gold}", "sponsors: []", "",
            '# Items: - {time: "09:00", kind: invited, title: ..., speakers: [id]}',
            "# and sessions: - {session: ..., items: [...]}. Times are in the timezone above.",
            "schedule: []",
            "# Accepted papers: - {id: ..., title: ..., authors: [...], kind: poster, url: https://...}",
            "papers: []"]
    return "\n".join(out) + "\n"


def _moved_on(new_id: str, prev_id: str, prev: dict[str, Any]) -> dict[str, Any]:
    """PREV's values with its year (``2025``) and edition number (``III``, ``3rd``) moved on to the new edition's."""
    data = dict(prev)
    old_year = _year(prev_id, prev.get("date"))
    new_year = int(new_id) if _YEAR.match(new_id) else (old_year + 1 if old_year else None)

    def next_year(text: Any) -> Any:
        return re.sub(rf"\b{old_year}\b", str(new_year), text) if isinstance(text, str) and new_year else text

    for key in _DATED:
        data[key] = next_year(data.get(key))
    if isinstance(data.get("conference"), dict):
        data["conference"] = {**data["conference"], "name": next_year(data["conference"].get("name"))}
    numbered = _next_number(str(prev.get("name"))) if data.get("name") == prev.get("name") else None
    if numbered:
        data["name"], old, new = numbered
        if isinstance(data.get("title"), str):
            data["title"] = re.sub(rf"\b{old}(st|nd|rd|th)\b", _ordinal(new), data["title"])
    return {key: value for key, value in data.items() if value is not None}


def _year(edition_id: str, date: Any) -> int | None:
    """The edition's year: its id if that is a year, else the year of its date."""
    if _YEAR.match(edition_id):
        return int(edition_id)
    first = date[0] if isinstance(date, list) and date else date
    return first.year if isinstance(first, dt.date) else None


_ROMAN = [(40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(number: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out += letters * count
    return out


def _next_number(name: str) -> tuple[str, int, int] | None:
    """``ES-FoMo III`` -> ``("ES-FoMo IV", 3, 4)``; None when the name ends in no edition number."""
    match = re.fullmatch(r"(.*\s)([IVXL]+|\d{1,2})", name)
    if not match:
        return None
    head, number = match.groups()
    if number.isdigit():
        return f"{head}{int(number) + 1}", int(number), int(number) + 1
    old = next((n for n in range(1, 50) if _roman(n) == number), None)
    return (f"{head}{_roman(old + 1)}", old, old + 1) if old else None


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no type hints
    """Indents lists under their key, as the data files in the docs are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _dump(value: Any, *, flow: bool = False) -> str:
    options: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 1000}
    text = str(yaml.dump(value, Dumper=_Dumper, default_flow_style=flow, **options))
    return text.strip() if flow else text


# -- esfomo import-alfolio --


def import_alfolio_command(args: argparse.Namespace) -> int:
    from .alfolio import import_site  # only this command needs the al-folio reader

    src: Path = args.src
    dest: Path = args.dest
    if not src.is_dir():
        raise Failure(f"{src} is not a folder")
    try:
        unmapped = import_site(src, dest)
    except FileExistsError:
        raise Failure(f"{dest} exists and is not empty: give a new or empty folder") from None
    for line in unmapped:
        print(line)
    print(f"wrote a site into {dest}" + (f"; {_plural(len(unmapped), 'thing')} above could not be mapped"
                                          if unmapped else ""))
    return 0


# -- esfomo import-papers --


def import_papers_command(args: argparse.Namespace) -> int:
    from .importers import papers as importer  # the CSV and round-trip YAML machinery: only here

    config, _ = _site(args.config_file)
    root = Path(config.config_file_path).parent
    existing = {path.stem: path for path in cache.data_files(Path(config.docs_dir)) if path.parent.name == "editions"}
    if args.edition not in existing:
        raise Failure(f"{unknown('edition', args.edition, existing)} (known: {', '.join(sorted(existing)) or 'none'})")
    target = existing[args.edition]
    shown = _shown(target, root)
    doc, problems = read(target, shown)
    if doc is not None:
        _, problems = loader._validate_edition(doc, doc.data)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise Failure(f"{shown} has errors: fix them first (esfomo check), then import again")
    try:
        kind_map = importer.parse_kind_map(args.kind_map)
        found = importer.read_source(args.source, api=args.api or importer.API)
        papers = importer.mapped(found.papers, kind_map)
        text, changes = importer.update_file(target, shown, papers, prune=args.prune)
    except importer.SourceError as exc:
        for line in str(exc).splitlines()[:-1]:
            print(line, file=sys.stderr)
        raise Failure(f"{str(exc).splitlines()[-1]}; nothing written") from None
    for note in found.notes:
        print(note, file=sys.stderr)
    new_doc, problems = parse(text, shown)
    if new_doc is not None:
        _, problems = loader._validate_edition(new_doc, new_doc.data)
    if problems:  # what the source gave does not fit the data format: write nothing
        for problem in problems:
            print(problem, file=sys.stderr)
        raise Failure(f"the papers from {args.source} do not fit {shown}: nothing written")
    if changes.any():
        target.write_text(text, encoding="utf-8")
    for paper_id, fields in changes.updated:
        print(f"updated {paper_id}: {', '.join(fields)}")
    for paper_id, title in changes.missing:
        print(f"kept {paper_id} ({title}): not in {args.source} (--prune removes it)")
    for paper_id, title in changes.pruned:
        print(f"removed {paper_id} ({title}): not in {args.source}")
    for _, line in papers.unmapped:
        print(line, file=sys.stderr)
    summary = (f"{shown}: added {len(changes.added)}, updated {len(changes.updated)}, "
               f"kept {len(changes.missing)} not in the source, removed {len(changes.pruned)}"
               + (f", skipped {papers.skipped} not accepted" if papers.skipped else "")
               + ("" if changes.any() else "; the file is unchanged"))
    print(summary)
    if papers.unmapped:
        print(f"esfomo import-papers: {_plural(len(papers.unmapped), 'paper')} left out: "
              "the decision says no kind (see above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
