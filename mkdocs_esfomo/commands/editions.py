"""An edition's file, edited by a command: ``esfomo new-edition`` starts one from the last, ``esfomo freeze``
keeps a past one as it was, ``esfomo import-papers`` fills in its accepted papers."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from .. import cache, paths, values
from ..data import freeze, loader
from ..data.yamlsource import DataDumper, Document, parse, read
from ..errors import Problem, printable, quoted, unknown
from ..userfiles import Edited, editing
from .common import Failure, plural, site

EDITION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")  # whole: fullmatch, so that no line break ends one
_YEAR = re.compile(r"(19|20)\d\d")
# Fields whose text usually names the year, which is moved on to the new one.
_DATED = ("name", "title", "subtitle", "summary", "tagline")


def new_edition_command(args: argparse.Namespace) -> int:
    config, plugin = site(args.config_file)
    docs_dir = Path(config.docs_dir)
    root = Path(config.config_file_path).parent
    new_id, prev_id = args.id, args.prev.removesuffix(".yml").removesuffix(".yaml")
    if new_id.endswith((".yml", ".yaml")):
        raise Failure(f"{quoted(new_id)} is a file name: an edition's id is its file's name without .yml (the file "
                      f"docs/_data/editions/{Path(new_id).stem}.yml has the id {Path(new_id).stem})")
    if not EDITION_ID.fullmatch(new_id):
        raise Failure(f"{quoted(new_id)} is not a usable edition id (it names the file docs/_data/editions/ID.yml "
                      "and the page's address): use letters, digits, '-', '_' or '.', starting with a letter or digit")
    if new_id == prev_id:
        raise Failure("the new edition must have another id than the one it starts from")
    existing = {path.stem: path for path in cache.data_files(docs_dir) if path.parent.name == "editions"}
    if prev_id not in existing:
        known = ", ".join(sorted(existing)) or "none"
        raise Failure(f"{unknown('edition', prev_id, existing)} (known: {known})")
    named = f"edition {quoted(new_id)}"
    target = existing.get(new_id) or paths.inside(docs_dir, f"{cache.EDITIONS_DIR}/{new_id}.yml", named)
    written, prev_shown = _shown(target, root), _shown(existing[prev_id], root)
    with editing(target, written) as new, editing(existing[prev_id], prev_shown) as prev:
        if new.exists and not args.force:
            raise Failure(f"{written} exists; give --force to replace it")
        doc, problems = parse(prev.text, prev_shown)
        if doc is None or not isinstance(doc.data, dict):
            for problem in problems:
                print(problem, file=sys.stderr)
            raise Failure(f"cannot start from {prev_shown}: fix it first")
        text = edition_text(new_id, prev_id, doc.data)
        # a problem in what was copied over: write nothing
        _valid(text, written, f"what carries over from {doc.path} is not valid: run esfomo check, fix it, and try "
                              "again")
        # Only an edition that is over is frozen: one still ahead shows people.yml's changes until its day.
        over = _over(doc, values.build_time(plugin.config.today))
        frozen = _frozen(prev, docs_dir, root) if over else None
        new.write(text)
        print(f"wrote {written} from {doc.path}: fill in the date, important dates, speakers and schedule")
        if frozen and frozen.people:
            prev.write(frozen.text)
            print(f"froze the {freeze.summary(frozen)} into {doc.path}, as people.yml has them now: its page keeps "
                  "showing them when people.yml changes for the new edition")
        elif not over:
            print(f"{doc.path} is not over yet: its people keep following people.yml; once it is over, "
                  f"`esfomo freeze {prev_id}` keeps them as they were (the build says when)")
    return 0


def _over(doc: Document, now: dt.datetime) -> bool:
    """Whether the edition in ``doc`` has had its last day by ``now`` (in its zone; without one, everywhere)."""
    data, _ = loader._validate_edition(doc, doc.data)
    if data is None or data.draft or data.last_day is None:
        return False
    zone = values.zone(data.timezone) if data.timezone else values.AOE
    return bool(data.last_day < now.astimezone(zone).date())


def freeze_command(args: argparse.Namespace) -> int:
    config, _ = site(args.config_file)
    docs_dir = Path(config.docs_dir)
    root = Path(config.config_file_path).parent
    existing = {path.stem: path for path in cache.data_files(docs_dir) if path.parent.name == "editions"}
    if args.id not in existing:
        raise Failure(f"{unknown('edition', args.id, existing)} (known: {', '.join(sorted(existing)) or 'none'})")
    shown = _shown(existing[args.id], root)
    with editing(existing[args.id], shown) as edition:
        frozen = _frozen(edition, docs_dir, root)
        if not frozen.people:
            print(f"{shown} already gives everyone as people.yml has them: nothing to freeze")
            return 0
        edition.write(frozen.text)
    print(f"froze the {freeze.summary(frozen)} into {shown}, as people.yml has them now")
    return 0


def _frozen(edition: Edited, docs_dir: Path, root: Path) -> freeze.Frozen:
    """The edition with people.yml's current fields copied in; checked as the build checks it."""
    people_path = docs_dir / cache.PEOPLE_FILE
    people_doc, problems = read(people_path, _shown(people_path, root)) if people_path.is_file() else (None, [])
    if problems or (people_doc is not None and not isinstance(people_doc.data, dict)):
        for problem in problems:
            print(problem, file=sys.stderr)
        raise Failure(f"cannot read {_shown(people_path, root)}: fix it first")
    shown = edition.shown
    frozen = freeze.freeze(edition.text, people_doc.data if people_doc else {})
    _valid(frozen.text, shown, f"{shown} would not be valid with its people frozen: run esfomo check and fix it")
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
    new_year = int(new_id) if _YEAR.fullmatch(new_id) else (old_year + 1 if old_year else None)

    def next_year(text: Any) -> Any:
        return re.sub(rf"\b{old_year}\b", str(new_year), text) if isinstance(text, str) and new_year else text

    for key in _DATED:
        data[key] = next_year(data.get(key))
    if isinstance(data.get("conference"), dict):
        conference = data["conference"]
        data["conference"] = {**conference, "name": next_year(conference.get("name")),
                              **({"url": next_year(conference["url"])} if "url" in conference else {})}
    numbered = _next_number(str(prev.get("name"))) if data.get("name") == prev.get("name") else None
    if numbered:
        data["name"] = numbered[0]
    if isinstance(data.get("title"), str):  # "3rd Workshop" -> "4th Workshop", "First" -> "Second"
        data["title"] = _next_ordinal(data["title"], numbered[1] if numbered else None)
    return {key: value for key, value in data.items() if value is not None}


def _year(edition_id: str, date: Any) -> int | None:
    """The edition's year: its id if that is a year, else the year of its date."""
    if _YEAR.fullmatch(edition_id):
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


def _dump(value: Any, *, flow: bool = False) -> str:
    options: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "width": 1000}
    text = str(yaml.dump(value, Dumper=DataDumper, default_flow_style=flow, **options))
    return text.strip() if flow else text



def import_papers_command(args: argparse.Namespace) -> int:
    from ..importers import papers as importer  # the CSV and round-trip YAML machinery: only here

    config, _ = site(args.config_file)
    root = Path(config.config_file_path).parent
    existing = {path.stem: path for path in cache.data_files(Path(config.docs_dir)) if path.parent.name == "editions"}
    if args.edition not in existing:
        raise Failure(f"{unknown('edition', args.edition, existing)} (known: {', '.join(sorted(existing)) or 'none'})")
    target = existing[args.edition]
    shown = _shown(target, root)
    with editing(target, shown) as edition:
        _valid(edition.text, shown, f"{shown} has errors: fix them first (esfomo check), then import again")
        try:
            kind_map = importer.parse_kind_map(args.kind_map)
            found = importer.read_source(args.source, api=args.api or importer.API)
            if args.sessions:
                sessions = Path(args.sessions)
                if not sessions.is_file():
                    raise importer.SourceError(f"{args.sessions}: no such file")
                assignments = importer.read_assignments(sessions.read_bytes(), args.sessions)
                found = found._replace(papers=importer.assigned(found.papers, assignments, args.sessions))
            papers = importer.mapped(found.papers, kind_map)
            text, changes = importer.update_file(edition.text, shown, papers, prune=args.prune)
        except importer.SourceError as exc:
            for line in str(exc).splitlines()[:-1]:
                print(line, file=sys.stderr)
            raise Failure(f"{str(exc).splitlines()[-1]}; nothing written") from None
        for note in found.notes:
            print(note, file=sys.stderr)
        # what the source gave does not fit the data format: write nothing
        _valid(text, shown, f"the papers from {args.source} do not fit {shown}: nothing written",
               sources={paper.id: paper.where for paper, _ in papers.papers})
        if changes.any():
            edition.write(text)
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
        print(f"esfomo import-papers: {plural(len(papers.unmapped), 'paper')} left out: "
              "the decision says no kind (see above)", file=sys.stderr)
        return 1
    return 0


def _valid(content: str | bytes, shown: str, failure: str, sources: dict[str, str] | None = None) -> None:
    """Print every problem of an edition file's ``content`` and raise ``Failure(failure)``, if it has any.

    ``sources``: paper id -> the record of an import's source that gave it; a problem in such a paper
    names that record, not a line of a file that is not written.
    """
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise Failure(f"{shown} is not UTF-8: run esfomo check") from None
    doc, problems = parse(content, shown)
    if doc is not None:
        _, problems = loader._validate_edition(doc, doc.data)
    if problems:
        for problem in problems:
            print(_imported(problem, doc.data if doc else None, sources or {}), file=sys.stderr)
        raise Failure(failure)


def _imported(problem: Problem, data: Any, sources: dict[str, str]) -> str:
    """``problem`` as printed: at the source's record (``papers.csv:4 (id p7): code: ...``) when it is in a
    paper the import gave."""
    found = re.match(r"papers\[(\d+)\]\.?(.*)", problem.field)
    papers = data.get("papers") if isinstance(data, dict) else None
    if found and isinstance(papers, list) and int(found.group(1)) < len(papers):
        entry = papers[int(found.group(1))]
        where = sources.get(str(entry.get("id"))) if isinstance(entry, dict) else None
        if where:
            return printable(f"{where}: {found.group(2) or 'paper'}: {problem.message}")
    return str(problem)
