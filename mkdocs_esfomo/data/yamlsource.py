"""Read a YAML file into plain Python values plus the position of every value.

PyYAML's event stream is walked by hand instead of ``yaml.safe_load`` so
that each value keeps its ``line:col`` (for error messages), duplicate keys
are caught, and anchors and aliases are refused before anything is expanded
(no "billion laughs").

A file being edited (``mkdocs serve``) is parsed again only where it changed:
its top-level keys, and the items of the block lists under them, are pieces
kept by their text (see :func:`parse`).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import yaml
from yaml import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from ..errors import Problem, dotted, quoted
from ..paths import MAX_FILE_BYTES, head

try:  # the C parser is ~10x faster; PyYAML wheels ship it
    from yaml import CSafeLoader as _Loader

    _C = True
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

    _C = False

Path_ = tuple[str | int, ...]
_resolver = Resolver()
_constructor = SafeConstructor()
_STR = Resolver.DEFAULT_SCALAR_TAG
# The first characters of plain scalars YAML may read as numbers, dates, booleans or null.
_TYPED_FIRST = frozenset(Resolver.yaml_implicit_resolvers)
assert None not in _TYPED_FIRST  # no resolver for every first character


# Ten times the data of the largest workshop's edition, abstracts and all (5,000 papers take 7.5 MB);
# a build holds about 30 times a file's size in memory while it reads and renders it.
# Deeper than any data file needs (a session's item's speaker is 6 deep); what reads the data
# afterwards (validation, messages, templates) may recurse once per level.
MAX_DEPTH = 64


Positions = dict[Path_, tuple[int, int]]
Pieces = dict[str, dict[str, Any]]  # a piece's text -> the mapping it parses to


class Document:
    """A parsed file: its data, and where each value and key stands (1-based).

    The positions are found when a message first needs them, by reading the text again:
    valid data, the usual case, is read once without them.
    """

    def __init__(self, path: str, data: Any, text: str, positions: tuple[Positions, Positions] | None = None) -> None:
        self.path, self.data, self._text, self._positions = path, data, text, positions
        self.pieces: Pieces | None = None  # when parsed with ``reuse``: what the next parse may reuse

    @property
    def values(self) -> Positions:
        return self._located()[0]

    @property
    def keys(self) -> Positions:
        return self._located()[1]

    def _located(self) -> tuple[Positions, Positions]:
        if self._positions is None:
            located, _ = _walk(self._text, self.path, located=True)
            assert located is not None  # the same text parsed the first time
            self._positions = located._located()
        return self._positions

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


def _scalar(event: yaml.ScalarEvent) -> Any:
    if event.tag not in (None, "!"):
        raise _Refused(event, f"YAML tag {event.tag} is not allowed")
    if not event.implicit[0]:  # quoted, a block, or tagged "!": text as written
        return event.value
    if event.value[:1] not in _TYPED_FIRST:  # plain text: no resolver starts with its first character
        return event.value
    tag = _resolver.resolve(ScalarNode, event.value, event.implicit)
    if tag == _STR:  # most values: no need to build a node
        return event.value
    node = ScalarNode(tag, event.value, event.start_mark, event.end_mark)
    try:
        return _constructor.construct_object(node)
    except (ValueError, yaml.YAMLError):  # e.g. 2023-02-30: keep the text, the model says why
        return event.value
    finally:  # the shared constructor would keep every node it built
        _constructor.constructed_objects.pop(node, None)
        _constructor.recursive_objects.pop(node, None)


class _Refused(Exception):
    def __init__(self, event: yaml.Event, message: str) -> None:
        self.event, self.message = event, message


def _pos(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def parse(text: str, path: str, reuse: Pieces | None = None) -> tuple[Document | None, list[Problem]]:
    """Parse ``text``; on failure return the problems instead of a document.

    With ``reuse`` (the ``pieces`` of an earlier parse of the file), only the pieces not in it
    are parsed, and the document gets its own ``pieces`` for the next parse.
    """
    split = _split(text) if reuse is not None else None
    if reuse and split:
        doc = _assemble(text, path, split, reuse)
        if doc is not None:
            return doc, []
    doc, problems = _walk(text, path, located=False)
    if problems:
        return _walk(text, path, located=True)  # messages name positions
    if doc is not None and split:
        doc.pieces = _pieces(split, doc.data)
    return doc, problems


# -- pieces: a mapping's top-level keys, and the items of the block lists under them --

_KEY = re.compile(r"\n([A-Za-z_][\w-]*):(?=[ \t\r\n]|$)")  # a plain key at the start of a line
_BLANK = r"(?:[ \t]*(?:#[^\n]*)?\r?(?:\n|\Z))*"  # blank and comment lines
_HEADER = re.compile(_BLANK)
_FIRST_ITEM = re.compile(rf"[ \t]*(?:#[^\n]*)?\r?\n{_BLANK}( *)-(?=[ \t\r\n]|$)", re.M)
_MAX_NEW = 16  # more new pieces than this: parsing the whole file is quicker
Split = list[tuple[str, str, list[str]]]  # key, its text, and (for a block list) head + each item


def _split(text: str) -> Split | None:
    """The file's pieces, or None if it is not plainly a mapping of plain keys.

    A line starting with a plain key ends whatever came before it, and a line with a
    list's dash at the list's indentation ends the item before, unless inside quotes or
    brackets left open: then that piece does not parse on its own, and the file is
    parsed whole. So are files with document markers, directives, or line breaks
    other than ``\\n`` and ``\\r\\n``.
    """
    if text.startswith(("---", "...", "%")) or "\n---" in text or "\n..." in text or "\n%" in text:
        return None
    if ("\r" in text and text.count("\r") != text.count("\r\n")) or (
        not text.isascii() and any(c in text for c in "\x85\u2028\u2029")
    ):
        return None
    starts = [(m.start(), m.group(1)) for m in _KEY.finditer("\n" + text)]  # the \n is at the key's index
    if not starts or _HEADER.fullmatch(text, 0, starts[0][0]) is None:
        return None
    split: Split = []
    for (start, key), (end, _) in itertools.pairwise([*starts, (len(text), "")]):
        chunk = text[start:end]
        first = _FIRST_ITEM.match(chunk, len(key) + 1)
        if first is None:
            split.append((key, chunk, []))
            continue
        dash = re.compile(rf"\n{first.group(1)}-(?=[ \t\r\n]|$)")
        cuts = [m.start() + 1 for m in dash.finditer(chunk, first.start(1) - 1)] + [len(chunk)]
        head = chunk[: cuts[0]]
        split.append((key, chunk, [head + chunk[a:b] for a, b in itertools.pairwise(cuts)]))
    return split


def _pieces(split: Split, data: Any) -> Pieces:
    """The pieces of a file parsed whole, where its keys and list lengths match its split."""
    pieces: Pieces = {}
    if type(data) is not dict or list(data) != [key for key, _, _ in split]:
        return pieces
    for key, chunk, items in split:
        value = data[key]
        if not items:
            pieces[chunk] = {key: value}
        elif type(value) is list and len(value) == len(items):
            pieces.update((item, {key: [v]}) for item, v in zip(items, value, strict=True))
    return pieces


def _assemble(text: str, path: str, split: Split, reuse: Pieces) -> Document | None:
    """The document from its pieces, parsing only the new ones; None if any does not parse
    on its own or they do not fit together (then the whole file is parsed)."""
    new = [p for _, chunk, items in split for p in (items or [chunk]) if p not in reuse]
    if len(new) > _MAX_NEW:
        return None
    parsed = dict(reuse)
    for piece in new:
        doc, problems = _walk(piece, path, located=False)
        if problems or doc is None or type(doc.data) is not dict:
            return None
        parsed[piece] = doc.data
    data: dict[str, Any] = {}
    pieces: Pieces = {}
    for key, chunk, items in split:
        if not items:
            value = pieces[chunk] = parsed[chunk]
            if data.keys() & value.keys():
                return None  # a key given twice: parsing the whole file says where
            data.update(value)
            continue
        if key in data:
            return None
        data[key] = []
        for item in items:
            value = pieces[item] = parsed[item]
            if list(value) != [key] or type(value[key]) is not list:
                return None
            data[key] += value[key]
    doc = Document(path, data, text)
    doc.pieces = pieces
    return doc


def _walk(text: str, path: str, *, located: bool) -> tuple[Document | None, list[Problem]]:
    """Parse ``text``, noting the position of every value and key if ``located``."""
    try:
        root, values, keys = _events(text, located=located)
    except (yaml.MarkedYAMLError, _Refused, yaml.reader.ReaderError) as exc:
        return None, [_refusal(exc, text, path)]
    if not root or root[0] is None:
        return None, [Problem(path, 1, 1, "", "the file is empty")]
    return Document(path, root[0], text, (values, keys) if located else None), []


def _events(text: str, *, located: bool) -> tuple[list[Any], Positions, Positions]:
    """The values ``text`` holds (the document's root, alone in a list), and the positions of its values and keys
    if ``located``; raise at the first thing the files may not hold."""
    stack: list[tuple[Any, Path_]] = []  # open containers and their paths
    pending_key: list[Any] = []  # for each open mapping: the key waiting for its value
    root: list[Any] = []
    documents = 0
    values: Positions = {}
    keys: Positions = {}
    # One pass over every event of the file: checks in the order of the rules, exact types (PyYAML's own).
    for event in yaml.parse(text, Loader=_Loader):
        kind = type(event)
        if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor:
                raise _Refused(event, "YAML anchors (&name) are not allowed; write the value out")
            if kind is not ScalarEvent and event.tag not in (None, "!"):
                raise _Refused(event, f"YAML tag {event.tag} is not allowed")
        elif kind is AliasEvent:
            raise _Refused(event, "YAML aliases (*name) are not allowed; write the value out")
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Refused(event, "only one YAML document is allowed per file (found '---')")
            continue
        elif kind is MappingEndEvent:
            stack.pop()
            pending_key.pop()
            continue
        elif kind is SequenceEndEvent:
            stack.pop()
            continue
        else:
            continue
        mark = event.start_mark
        # Is this event a mapping key? If not, it is a value: find its path.
        container: Any = None
        if stack:
            container, cpath = stack[-1]
            if type(container) is dict:
                key = pending_key[-1]
                if key is _NO_KEY:
                    if kind is not ScalarEvent:
                        raise _Refused(event, "a mapping key must be a plain name")
                    key = event.value
                    if key in container:
                        first = keys[(*cpath, key)][0] if located else 0  # parse() walks again, located
                        raise _Refused(event, f"duplicate key {quoted(key)} (first given on line {first})")
                    pending_key[-1] = key
                    if located:
                        keys[(*cpath, key)] = (mark.line + 1, mark.column + 1)
                    continue
                loc: Path_ = (*cpath, key)
                pending_key[-1] = _NO_KEY
            else:
                loc = (*cpath, len(container))
        else:
            loc = ()
        value: Any = _scalar(event) if kind is ScalarEvent else {} if kind is MappingStartEvent else []
        if located:
            values[loc] = (mark.line + 1, mark.column + 1)
        if container is None:
            root.append(value)
        elif type(container) is dict:
            container[key] = value
        else:
            container.append(value)
        if kind is not ScalarEvent:
            if len(stack) == MAX_DEPTH:
                raise _Refused(event, f"lists and mappings nested more than {MAX_DEPTH} deep: write it flatter")
            stack.append((value, loc))
            if kind is MappingStartEvent:
                pending_key.append(_NO_KEY)
    return root, values, keys


def _refusal(exc: yaml.MarkedYAMLError | _Refused | yaml.reader.ReaderError, text: str, path: str) -> Problem:
    """Why the YAML reader or :func:`_events` stopped, where it did."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, col = _pos(mark) if mark else (1, 1)
        return Problem(path, line, col, "", syntax_message(exc, text))
    if isinstance(exc, _Refused):
        line, col = _pos(exc.event.start_mark)
        return Problem(path, line, col, "", exc.message)
    # yaml.reader.ReaderError: a character YAML forbids anywhere, e.g. a stray control character;
    # libyaml counts this position in UTF-8 bytes, PyYAML's own reader in characters
    before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore") if _C else text[: exc.position]
    line, col = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
    message = f"the file contains character U+{exc.character:04X}, which YAML does not allow: remove it"
    return Problem(path, line, col, "", message)


_NO_KEY = object()


def syntax_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    """What PyYAML's parser found wrong, in words someone who never read the YAML spec can act on."""
    problem, context = exc.problem or "", exc.context or ""
    here = text[exc.problem_mark.index : exc.problem_mark.index + 1] if exc.problem_mark else ""
    started = exc.context_mark
    at = f"line {started.line + 1}, column {started.column + 1}" if started else "above"
    opened = text[started.index : started.index + 1] if started else ""
    if here == "\t" or "tab character" in problem:
        return "a tab here: YAML is indented with spaces only"
    if "flow mapping" in context:
        return f"the '{{' at {at} is not closed: add '}}' (or a ',' between its items)"
    if "flow sequence" in context:
        return f"the '[' at {at} is not closed: add ']' (or a ',' between its items)"
    if "quoted scalar" in context and "escape" in problem:
        return ("a backslash here starts an escape YAML does not know inside double quotes: "
                "use single quotes, or write \\\\ for a backslash")
    if "quoted scalar" in context:
        return f"the quote ({opened}) at {at} is never closed: add the closing {opened}"
    if "cannot start any token" in problem:
        return f"{quoted(here)} cannot start a value: put the value in quotes"
    if "mapping values are not allowed" in problem:
        return ("': ' here cannot start a key: the line is inside a value, or indented more than the keys "
                "around it. Put a value that contains ': ' in quotes, or line the key up with the ones above")
    if "expected key" in problem and "block mapping" in context:
        if here == "-":
            return f"a list item ('- ') among the keys of the mapping that starts at {at}: indent it under a key"
        mark = exc.problem_mark
        line_start = text.rfind("\n", 0, mark.index) + 1 if mark else 0
        if mark and not text[line_start : mark.index].strip():  # the first thing on its line
            return f"this line is not lined up with the keys of the mapping that starts at {at}: indent it as they are"
        return "unexpected text after a complete value: put the whole value in quotes"
    if "'-' indicator" in problem:
        return f"this line is not a list item ('- ') like the ones starting at {at}: line it up with them"
    if "expected ':'" in problem:
        return f"the key at {at} has no ':' after it (or a quote or bracket on its line is not closed)"
    if "node content" in problem:
        return "a value is missing here: complete it, or remove the '{', '[', ',' or '-' before it"
    if "directive" in context:
        return "'%' at the start of a line begins a YAML directive: put the text in quotes"
    if "anchor" in context or "alias" in context:
        return f"{quoted(opened)} starts a YAML anchor or alias, which are not allowed: put the value in quotes"
    if "end of stream" in problem:
        return f"the file ends in the middle of a value that starts at {at}"
    if "block end" in problem:
        return f"this line is not indented like the lines of the block that starts at {at}"
    return f"this is not valid YAML here ({problem or 'unknown problem'}{f', {context} at {at}' if context else ''})"


def read(
    path: Path, shown_as: str, reuse: Pieces | None = None, *, raw: bytes | None = None
) -> tuple[Document | None, list[Problem]]:
    """Read and parse a UTF-8 file (``raw``: its bytes, if read already); ``shown_as`` is the path
    used in messages; ``reuse`` as in :func:`parse`."""
    raw = head(path) if raw is None else raw
    if len(raw) > MAX_FILE_BYTES:
        size = max(len(raw), path.stat().st_size if path.is_file() else 0)
        message = (f"the file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES // 1_000_000} MB a data file may "
                   "have: is it the file you meant?")
        return None, [Problem(shown_as, 1, 1, "", message)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        byte = raw[exc.start]
        return None, [Problem(shown_as, line, col, "", f"the file is not UTF-8 (byte 0x{byte:02x}); save it as UTF-8")]
    return parse(text.removeprefix("\ufeff"), shown_as, reuse)


__all__ = ["Document", "dotted", "parse", "read"]


class DataDumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no type hints
    """Writes YAML as the documented data files are: lists indented under their key, and no anchors or
    aliases (this reader refuses them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)
