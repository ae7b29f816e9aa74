"""The written data as the plugin reads it: a value the import wrote that the data format refuses (a link that is
no web address, a time past 23:59) is left out of the data file and named in MIGRATION.md, so that the new site
builds whatever shape the old site wrote it in."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor

from ...data.loader import load_data
from ...errors import DataError, Problem
from .report import Note

# Fields whose value says who or what an entry is: an entry without it says nothing, so the entry goes instead.
_NAMING = frozenset({"name", "title", "id", "at"})
_ROUNDS = 4  # leaving a value out may leave its entry without a field it needs: the entry goes in the next round


class _Lenient(RoundTripConstructor):
    """Reads a date that is none (``2025-13-01``) as the text it is, for the value to be left out."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_Lenient.add_constructor("tag:yaml.org,2002:timestamp", _Lenient.construct_yaml_timestamp)


def _path(field: str) -> list[str | int]:
    """``schedule[0].speakers[1].url`` as keys and positions."""
    return [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", field)]


def _order(problem: Problem) -> list[tuple[int, int, str]]:
    """A problem's place in its file, for sorting: positions by number, keys by name."""
    return [(0, k, "") if isinstance(k, int) else (1, 0, k) for k in _path(problem.field)]


def _parent(data: Any, path: list[str | int]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def _left_out(data: Any, problem: Problem) -> str | None:
    """Leave out of ``data`` the value ``problem`` is about, or the entry holding it when the value names the entry
    (or is missing from it); what was left out, or None when nothing can be."""
    path = _path(problem.field)
    try:
        parent = _parent(data, path)
        if path and isinstance(parent, dict) and path[-1] in parent and path[-1] not in _NAMING:
            del parent[path[-1]]
            return problem.field
        entry = path if isinstance(parent, list) else path[:-1]  # the entry is the value, or the mapping holding it
        while entry and not isinstance(entry[-1], int):  # up to the entry of a list that holds it
            entry = entry[:-1]
        if entry:
            del _parent(data, entry)[entry[-1]]
            return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in entry).lstrip(".")
    except (KeyError, IndexError, TypeError):
        return None
    return None


def loadable(dest: Path) -> list[Note]:
    """Make the data files under ``dest/docs/_data`` load, leaving out each value the data format refuses; a note
    for each, at its line in the data file."""
    yaml = YAML()
    yaml.Constructor = _Lenient
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)  # as the import writes them: "  - " under its key
    notes: list[Note] = []
    for _ in range(_ROUNDS):
        try:
            load_data(dest / "docs", shown_root=dest)
            return notes
        except DataError as error:
            problems = [p for p in error.problems if not p.warning and p.field and p.path.endswith(".yml")]
        changed = False
        for path in sorted({p.path for p in problems}):
            data = yaml.load((dest / path).read_text(encoding="utf-8"))
            # the last entries first, so that leaving one out moves no other's position
            for problem in sorted((p for p in problems if p.path == path), key=_order, reverse=True):
                if gone := _left_out(data, problem):
                    changed = True
                    notes.append(Note(f"{path}:{problem.line}", f"{problem.field}: {problem.message}: {gone} left "
                                      "out of the data, so that the site builds"))  # fmt: skip
            out = io.StringIO()
            yaml.dump(data, out)
            (dest / path).write_text(out.getvalue(), encoding="utf-8")
        if not changed:
            break
    return notes
