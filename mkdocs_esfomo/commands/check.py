"""``esfomo check``, ``reference`` and ``schema``: the data checked as the build checks it, and described."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import inside
from .common import plural, site

if TYPE_CHECKING:
    from ..errors import Problem
    from ..workshop import Workshop

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def check_command(args: argparse.Namespace) -> int:
    from ..errors import DataError

    config, plugin = site(args.config_file)
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
        print(f"esfomo check: {plural(len(errors), 'error')}, {plural(len(warnings), 'warning')}{strictly}",
              file=sys.stderr)
        return 1
    assert workshop is not None
    for note in plugin.notes(config):
        print(f"note: {note}")
    editions = f" ({', '.join(workshop.editions)}; current: {workshop.current})" if workshop.editions else ""
    print(f"esfomo check: {plural(len(workshop.editions), 'edition')}{editions}, "
          f"{plural(len(workshop.people), 'person', 'people')}, {plural(len(warnings), 'warning')}")
    return 0


# -- esfomo reference --


def reference_command(args: argparse.Namespace) -> int:
    from ..data import reference

    print(reference.markdown())
    return 0


# -- esfomo schema --


def schemas() -> dict[str, dict[str, Any]]:
    """JSON Schemas (draft 2020-12) of the data files, from the models the loader validates with."""
    from pydantic import TypeAdapter

    from ..data import schema

    people = TypeAdapter(dict[schema.PersonId, schema.PersonEntry]).json_schema()
    people["additionalProperties"] = False  # a key that is not a valid id is an error, as in the loader
    edition = TypeAdapter(schema.EditionFile).json_schema()
    return {
        "people.schema.json": {"$schema": DIALECT, "title": "People", **people},
        "edition.schema.json": {"$schema": DIALECT, **edition},
    }


def schema_command(args: argparse.Namespace) -> int:
    folder: Path = args.dir
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        path = inside(folder, name, "esfomo schema")
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0
