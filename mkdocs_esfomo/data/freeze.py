"""Freeze an edition's people: copy what people.yml says of them now into the edition's file.

A past edition's page should show people as they were then; people.yml is kept up to date
for the next edition. The edition file is edited in place, keeping its comments and layout
(ruamel.yaml's round trip); reading the data stays with the loader.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..values import ROLES

# What people.yml may change later, in the order written into a reference.
FROZEN = ("name", "affiliation", "url", "photo", "bio")


class Frozen(NamedTuple):
    text: str  # the edition file, frozen
    people: dict[str, tuple[str, ...]]  # person id -> the fields copied in


def _yaml(text: str) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line
    yaml.indent(**_indentation(text))
    return yaml


def _indentation(text: str) -> dict[str, int]:
    """How the file indents block lists (``key:`` then ``  - item``), so unchanged lines stay as they are."""
    lines = text.splitlines()
    for above, line in itertools.pairwise(lines):
        key, item = re.match(r"^( *)[\w-]+:\s*(#.*)?$", above), re.match(r"^( *)- ", line)
        if key and item:
            offset = len(item.group(1)) - len(key.group(1))
            return {"mapping": 2, "sequence": offset + 2, "offset": offset}
    return {"mapping": 2, "sequence": 4, "offset": 2}


def _refs(data: Any) -> Iterator[tuple[Any, int | str]]:
    """Every place an edition lists people: (the list, the index) of each reference."""
    if not isinstance(data, dict):
        return
    for role in ROLES:
        refs = data.get(role)
        if isinstance(refs, list):
            yield from ((refs, i) for i in range(len(refs)))
    for entry in data.get("schedule") or []:
        items = entry.get("items") if isinstance(entry, dict) and "session" in entry else [entry]
        for item in items if isinstance(items, list) else []:
            speakers = item.get("speakers") if isinstance(item, dict) else None
            if isinstance(speakers, list):
                yield from ((speakers, i) for i in range(len(speakers)))


def freeze(text: str, people: dict[str, Any]) -> Frozen:
    """``text`` (an edition file) with every person from ``people`` (people.yml's data) given the fields
    people.yml has for them and the reference does not override yet."""
    from ruamel.yaml.comments import CommentedMap

    yaml = _yaml(text)
    data = yaml.load(text)
    copied: dict[str, tuple[str, ...]] = {}
    for refs, i in _refs(data):
        ref = refs[i]
        pid = ref if isinstance(ref, str) else ref.get("id") if isinstance(ref, dict) else None
        entry = people.get(str(pid)) if pid is not None else None
        if not isinstance(entry, dict):
            continue
        given = ref if isinstance(ref, dict) else {}
        missing = [f for f in FROZEN if entry.get(f) is not None and f not in given]
        if not missing:
            continue
        if not isinstance(ref, dict):
            ref = CommentedMap([("id", pid)])
            if "bio" not in missing:  # one line, as the id was
                ref.fa.set_flow_style()
            refs[i] = ref
        for field in missing:
            ref[field] = _quoted(entry[field])
        copied[str(pid)] = tuple(sorted({*copied.get(str(pid), ()), *missing}, key=FROZEN.index))
    if not copied:
        return Frozen(text, {})
    out = io.StringIO()
    yaml.dump(data, out)
    return Frozen(out.getvalue(), copied)


def _quoted(value: Any) -> Any:
    """A text that YAML 1.1 readers (PyYAML, editors) would misread unquoted in a ``{...}`` mapping, quoted:
    ruamel.yaml writes YAML 1.2, where ``citations?user=1&hl=en`` may stay plain."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return DoubleQuotedScalarString(value) if isinstance(value, str) and re.search(r"[?&#*!%@`|>]", value) else value


def summary(frozen: Frozen) -> str:
    """``name, affiliation and url of 11 people``."""
    fields = sorted({f for copied in frozen.people.values() for f in copied}, key=FROZEN.index)
    words = ", ".join(fields[:-1]) + f" and {fields[-1]}" if len(fields) > 1 else fields[0]
    count = len(frozen.people)
    return f"{words} of {count} {'person' if count == 1 else 'people'}"
