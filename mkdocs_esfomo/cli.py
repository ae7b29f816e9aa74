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

from . import cache, freeze, loader, model
from .errors import DataError, Problem, unknown
from .plugin import EsfomoPlugin
from .workshop import Workshop
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

    new_site = commands.add_parser("new", help="start a workshop site in DIR that builds right away")
    new_site.add_argument("dir", metavar="DIR", type=Path, help="a new or empty folder")
    new_site.add_argument("--name", help="the workshop's short name (default: from DIR)")
    new_site.add_argument("--site-url", default="http://127.0.0.1:8000/",
                          help="where the site will be published (the GitHub workflow sets it for GitHub Pages)")
    new_site.set_defaults(run=new_command)

    def engine(command: argparse.ArgumentParser) -> None:
        command.add_argument("--engine", choices=("mkdocs", "zensical"), default="mkdocs",
                             help="what builds the site (default: mkdocs, in this process)")
        config_file(command)

    def building(command: argparse.ArgumentParser) -> None:
        engine(command)
        command.add_argument("-d", "--site-dir", metavar="DIR", help="where to build the site (default: site_dir)")
        command.add_argument("-s", "--strict", action="store_true", help="fail on warnings too")

    built = commands.add_parser("build", help="check, then build the site (with MkDocs or Zensical)")
    building(built)
    built.set_defaults(run=build_command)

    served = commands.add_parser("serve", help="build the site, serve it and rebuild it on every change")
    engine(served)
    served.add_argument("-a", "--dev-addr", metavar="IP:PORT", help="where to serve (default: dev_addr)")
    served.set_defaults(run=serve_command)

    deploy = commands.add_parser("gh-deploy", help="build the site and publish it to the gh-pages branch")
    building(deploy)
    deploy.add_argument("-m", "--message", help="the commit message")
    deploy.add_argument("--force", action="store_true", help="force the push to the repository")
    deploy.set_defaults(run=gh_deploy_command)

    check = commands.add_parser("check", help="validate the data and the pages' directives as the build does")
    config_file(check)
    check.add_argument("-s", "--strict", action="store_true", help="fail on warnings too (as mkdocs build --strict)")
    check.set_defaults(run=check_command)

    reference = commands.add_parser("reference", help="print the field-by-field reference of the data files")
    reference.set_defaults(run=reference_command)

    schema = commands.add_parser("schema", help="write people.schema.json and edition.schema.json into DIR")
    schema.add_argument("dir", metavar="DIR", type=Path)
    schema.set_defaults(run=schema_command)

    new = commands.add_parser("new-edition", help="start _data/editions/ID.yml from a previous edition")
    new.add_argument("id", metavar="ID", help="the new edition's id, e.g. 2026")
    new.add_argument("--from", dest="prev", metavar="PREV", required=True, help="the edition to start from")
    new.add_argument("--force", action="store_true", help="replace ID.yml if it exists")
    config_file(new)
    new.set_defaults(run=new_edition_command)

    frozen = commands.add_parser(
        "freeze", help="copy what people.yml says of an edition's people into its file, so its page stays as it is"
    )
    frozen.add_argument("id", metavar="ID", help="the edition, e.g. 2025")
    config_file(frozen)
    frozen.set_defaults(run=freeze_command)

    alfolio = commands.add_parser("import-alfolio", help="turn an al-folio (Jekyll) workshop site into a new site")
    alfolio.add_argument("src", metavar="SRC", type=Path, help="the al-folio site's folder")
    alfolio.add_argument("dest", metavar="DEST", type=Path, help="a new or empty folder for the site")
    alfolio.set_defaults(run=import_alfolio_command)
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


# -- esfomo new --


def new_command(args: argparse.Namespace) -> int:
    from . import starter

    dest: Path = args.dir
    name = args.name or " ".join(w.capitalize() for w in re.split(r"[-_ ]+", dest.resolve().name) if w) or "Workshop"
    try:
        written, notes = starter.create(dest, name, args.site_url, dt.date.today())
    except FileExistsError:
        raise Failure(f"{dest} exists and is not empty: give a new or empty folder") from None
    for note in notes:
        print(f"note: {note}")
    edition = next(p for p in written if p.parent.name == "editions")
    print(f"wrote a site for {name} into {dest} ({_plural(len(written), 'file')}). Next:\n"
          f"  cd {dest} && mkdocs serve    # preview it on http://127.0.0.1:8000\n"
          f"  edit docs/_data/people.yml and docs/_data/editions/{edition.name}; `esfomo check` says what is wrong")
    return 0


# -- esfomo build, serve, gh-deploy --


def _engine(run: Callable[[], Any]) -> int:
    from .engines import run as engines
    from .engines import zensical

    try:
        run()
    except (engines.Failed, zensical.Unavailable) as exc:
        raise Failure(str(exc)) from None
    return 0


def build_command(args: argparse.Namespace) -> int:
    from .engines import run

    return _engine(lambda: run.build(args.config_file, engine=args.engine, site_dir=args.site_dir, strict=args.strict))


def serve_command(args: argparse.Namespace) -> int:
    from .engines import run

    return _engine(lambda: run.serve(args.config_file, engine=args.engine, dev_addr=args.dev_addr))


def gh_deploy_command(args: argparse.Namespace) -> int:
    from .engines import run

    return _engine(lambda: run.gh_deploy(args.config_file, engine=args.engine, site_dir=args.site_dir,
                                         strict=args.strict, message=args.message, force=args.force))


# -- esfomo check --


def check_command(args: argparse.Namespace) -> int:
    config, plugin = _site(args.config_file)
    strict = args.strict or bool(config.strict)
    workshop: Workshop | None
    problems: list[Problem]
    try:
        workshop = plugin.load(config)
    except DataError as exc:
        problems, workshop = exc.problems, None
    else:
        problems = workshop.warnings
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    for problem in problems:
        print(problem.marked(), file=sys.stderr)
    if errors or (strict and warnings):
        strictly = " in strict mode" if strict and not errors else ""
        print(f"esfomo check: {_plural(len(errors), 'error')}, {_plural(len(warnings), 'warning')}{strictly}",
              file=sys.stderr)
        return 1
    assert workshop is not None
    for note in plugin.notes(config):
        print(f"note: {note}")
    editions = f" ({', '.join(workshop.editions)}; current: {workshop.current})" if workshop.editions else ""
    print(f"esfomo check: {_plural(len(workshop.editions), 'edition')}{editions}, "
          f"{_plural(len(workshop.people), 'person', 'people')}, {_plural(len(warnings), 'warning')}")
    return 0


# -- esfomo reference --


def reference_command(args: argparse.Namespace) -> int:
    from . import reference

    print(reference.markdown())
    return 0


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
    frozen = _frozen(existing[prev_id], docs_dir, root)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {written} from {doc.path}: fill in the date, important dates, speakers and schedule")
    if frozen.people:
        existing[prev_id].write_text(frozen.text, encoding="utf-8")
        print(f"froze the {freeze.summary(frozen)} into {doc.path}, as people.yml has them now: its page keeps "
              "showing them when people.yml changes for the new edition")
    return 0


def freeze_command(args: argparse.Namespace) -> int:
    config, _ = _site(args.config_file)
    docs_dir = Path(config.docs_dir)
    root = Path(config.config_file_path).parent
    existing = {path.stem: path for path in cache.data_files(docs_dir) if path.parent.name == "editions"}
    if args.id not in existing:
        raise Failure(f"{unknown('edition', args.id, existing)} (known: {', '.join(sorted(existing)) or 'none'})")
    frozen = _frozen(existing[args.id], docs_dir, root)
    shown = _shown(existing[args.id], root)
    if not frozen.people:
        print(f"{shown} already gives everyone as people.yml has them: nothing to freeze")
        return 0
    existing[args.id].write_text(frozen.text, encoding="utf-8")
    print(f"froze the {freeze.summary(frozen)} into {shown}, as people.yml has them now")
    return 0


def _frozen(path: Path, docs_dir: Path, root: Path) -> freeze.Frozen:
    """``path``'s edition with people.yml's current fields copied in; checked as the build checks it."""
    people_path = docs_dir / cache.PEOPLE_FILE
    people_doc, problems = read(people_path, _shown(people_path, root)) if people_path.is_file() else (None, [])
    if problems or (people_doc is not None and not isinstance(people_doc.data, dict)):
        for problem in problems:
            print(problem, file=sys.stderr)
        raise Failure(f"cannot read {_shown(people_path, root)}: fix it first")
    shown = _shown(path, root)
    frozen = freeze.freeze(path.read_text(encoding="utf-8"), people_doc.data if people_doc else {})
    doc, problems = parse(frozen.text, shown)
    if doc is not None:
        _, problems = loader._validate_edition(doc, doc.data)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise Failure(f"{shown} would not be valid with its people frozen: run esfomo check, fix it, and try again")
    return frozen


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
        data["name"] = numbered[0]
    if isinstance(data.get("title"), str):  # "3rd Workshop" -> "4th Workshop", "First" -> "Second"
        data["title"] = _next_ordinal(data["title"], numbered[1] if numbered else None)
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


_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]
_ORDINAL = re.compile(r"\b(\d{1,3})(st|nd|rd|th)\b|\b(" + "|".join(_ORDINAL_WORDS) + r")\b", re.IGNORECASE)


def _next_ordinal(text: str, number: int | None) -> str:
    """``text`` with its edition's ordinal (the first one, or ``number``'s) moved on by one."""
    for match in _ORDINAL.finditer(text):
        if match.group(1):
            found = int(match.group(1))
            if number is None or found == number:
                return text[: match.start()] + _ordinal(found + 1) + text[match.end() :]
        else:
            word = match.group(3)
            found = _ORDINAL_WORDS.index(word.lower()) + 1
            if (number is None or found == number) and found < len(_ORDINAL_WORDS):
                after = _ORDINAL_WORDS[found]
                after = after.capitalize() if word[0].isupper() else after
                after = after.upper() if word.isupper() and len(word) > 1 else after
                return text[: match.start()] + after + text[match.end() :]
    return text


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
    from .importers.alfolio.pipeline import import_site  # only this command needs the al-folio reader
    from .importers.alfolio.report import REPORT

    src: Path = args.src
    dest: Path = args.dest
    if not src.is_dir():
        raise Failure(f"{src} is not a folder")
    try:
        notes = import_site(src, dest)
    except FileExistsError:
        raise Failure(f"{dest} exists and is not empty: give a new or empty folder") from None
    lost = [n for n in notes if not n.guess]
    for note in notes:
        print(f"{'guess: ' if note.guess else ''}{note}")
    print(f"wrote a site into {dest}", end="")
    if not notes:
        print("; nothing was left out or guessed")
        return 0
    print(f"; {_plural(len(lost), 'thing')} not imported and {_plural(len(notes) - len(lost), 'guess', 'guesses')}"
          f" to confirm, listed in {dest / REPORT}: `esfomo check --strict` fails until they are checked off")
    return 1


if __name__ == "__main__":
    sys.exit(main())
