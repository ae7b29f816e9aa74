"""Read a YAML file into plain Python values plus the position of every value.

PyYAML's event stream is walked by hand instead of ``yaml.safe_load`` so
that each value keeps its ``line:col`` (for error messages), duplicate keys
are caught, and anchors and aliases are refused before anything is expanded
(no "billion laughs").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from .errors import Problem

try:  # the C parser is ~10x faster; PyYAML wheels ship it
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

Path_ = tuple[str | int, ...]
_resolver = Resolver()
_constructor = SafeConstructor()


@dataclass
class Document:
    """A parsed file: its data, and where each value and key stands (1-based)."""

    path: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, loc: Path_, *, key: bool = False) -> tuple[int, int]:
        """The position of ``loc``, or of its nearest ancestor that exists."""
        loc = tuple(loc)
        while loc:
            found = (self.keys if key else self.values).get(loc) or self.values.get(loc)
            if found:
                return found
            loc = loc[:-1]
        return self.values.get((), (1, 1))

    def problem(self, loc: Path_, message: str, *, key: bool = False, warning: bool = False) -> Problem:
        line, col = self.where(loc, key=key)
        return Problem(self.path, line, col, dotted(loc), message, warning)


def dotted(loc: Path_) -> str:
    """``('schedule', 3, 'time')`` -> ``schedule[3].time``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _scalar(event: yaml.ScalarEvent) -> Any:
    if event.tag not in (None, "!"):
        raise _Refused(event, f"YAML tag {event.tag} is not allowed")
    tag = _resolver.resolve(ScalarNode, event.value, event.implicit)
    try:
        return _constructor.construct_object(ScalarNode(tag, event.value, event.start_mark, event.end_mark))
    except (ValueError, yaml.YAMLError):  # e.g. 2023-02-30: keep the text, the model says why
        return event.value


class _Refused(Exception):
    def __init__(self, event: yaml.Event, message: str) -> None:
        self.event, self.message = event, message


def _pos(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def parse(text: str, path: str) -> tuple[Document | None, list[Problem]]:
    """Parse ``text``; on failure return the problems instead of a document."""
    doc = Document(path, None)
    stack: list[tuple[Any, Path_]] = []  # open containers and their paths
    pending_key: list[Any] = []  # for each open mapping: the key waiting for its value
    key_events: list[yaml.Event] = []
    root: list[Any] = []
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                raise _Refused(event, "YAML aliases (*name) are not allowed; write the value out")
            if getattr(event, "anchor", None):
                raise _Refused(event, "YAML anchors (&name) are not allowed; write the value out")
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Refused(event, "only one YAML document is allowed per file (found '---')")
                continue
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
                if isinstance(event, yaml.MappingEndEvent):
                    pending_key.pop()
                    key_events.pop()
                continue
            if not isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                continue
            # Is this event a mapping key?
            if stack and isinstance(stack[-1][0], dict) and pending_key[-1] is _NO_KEY:
                if not isinstance(event, yaml.ScalarEvent):
                    raise _Refused(event, "a mapping key must be a plain name")
                container, cpath = stack[-1]
                key = event.value
                if key in container:
                    first = doc.keys[(*cpath, key)][0]
                    raise _Refused(event, f"duplicate key '{key}' (first given on line {first})")
                pending_key[-1] = key
                key_events[-1] = event
                doc.keys[(*cpath, key)] = _pos(event.start_mark)
                continue
            # It is a value: find its path and attach it.
            if stack:
                container, cpath = stack[-1]
                if isinstance(container, dict):
                    loc: Path_ = (*cpath, pending_key[-1])
                    pending_key[-1] = _NO_KEY
                else:
                    loc = (*cpath, len(container))
            else:
                loc = ()
            if isinstance(event, yaml.ScalarEvent):
                value: Any = _scalar(event)
            elif isinstance(event, yaml.MappingStartEvent):
                value = {}
            else:
                value = []
            doc.values[loc] = _pos(event.start_mark)
            if stack:
                container = stack[-1][0]
                if isinstance(container, dict):
                    container[loc[-1]] = value
                else:
                    container.append(value)
            else:
                root.append(value)
            if not isinstance(event, yaml.ScalarEvent):
                stack.append((value, loc))
                if isinstance(value, dict):
                    pending_key.append(_NO_KEY)
                    key_events.append(event)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = _pos(mark) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        if mark and text[mark.index : mark.index + 1] == "\t":
            problem += " (a tab: indent with spaces)"
        if exc.context:
            started = exc.context_mark
            at = f" started at line {started.line + 1}, column {started.column + 1}" if started else ""
            problem = f"{problem} ({exc.context}{at})"
        return None, [Problem(path, line, col, "", f"YAML syntax error: {problem}")]
    except _Refused as exc:
        line, col = _pos(exc.event.start_mark)
        return None, [Problem(path, line, col, "", exc.message)]
    if not root or root[0] is None:
        return None, [Problem(path, 1, 1, "", "the file is empty")]
    doc.data = root[0]
    return doc, []


_NO_KEY = object()


def read(path: Path, shown_as: str) -> tuple[Document | None, list[Problem]]:
    """Read and parse a UTF-8 file; ``shown_as`` is the path used in messages."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        byte = raw[exc.start]
        return None, [Problem(shown_as, line, col, "", f"the file is not UTF-8 (byte 0x{byte:02x}); save it as UTF-8")]
    return parse(text.removeprefix("\ufeff"), shown_as)


__all__ = ["Document", "dotted", "parse", "read"]
