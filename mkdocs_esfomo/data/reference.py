"""The field-by-field reference of the data files, made from the model's own field descriptions.

One source: the README's reference is this module's output (a test fails when it falls behind),
and ``esfomo reference`` prints it.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from . import schema

# Each table of the reference: its heading and the model it describes, in reading order.
SECTIONS: list[tuple[str, type[BaseModel]]] = [
    ("people.yml: a person", schema.PersonEntry),
    ("editions/ID.yml: an edition", schema.EditionFile),
    ("A person reference", schema.PersonRef),
    ("A schedule item", schema.ScheduleItem),
    ("A session", schema.Session),
    ("An important date", schema.ImportantDate),
    ("A paper", schema.Paper),
    ("An announcement", schema.Announcement),
    ("A topic group", schema.Topic),
    ("A sponsor", schema.Sponsor),
    ("The conference", schema.Conference),
    ("The location", schema.Location),
    ("The banner", schema.Banner),
]
START, END = "<!-- reference: start (esfomo reference writes this part) -->", "<!-- reference: end -->"


def _anchor(cls: type[BaseModel]) -> str:
    heading = next(title for title, section in SECTIONS if section is cls)
    return "".join(c for c in heading.lower().replace(" ", "-") if c.isalnum() or c == "-")


def type_words(tp: Any) -> str:
    """``list of [schedule item](#a-schedule-item)``: a field's type as the reference shows it."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        shown = next((meta.words for meta in args[1:] if isinstance(meta, schema.Shown)), None)
        return shown or type_words(args[0])
    if origin in (typing.Union, types.UnionType):
        return " or ".join(type_words(a) for a in args if a is not type(None))
    if origin is list:
        return f"list of {type_words(args[0])}"
    if origin is dict:
        return f"mapping of {type_words(args[0])} to {type_words(args[1])}"
    if origin is Literal:
        return "one of " + ", ".join(f"`{a}`" for a in args)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        title = next(title for title, section in SECTIONS if section is tp).split(": ")[-1]
        return f"[{title.removeprefix('A ').removeprefix('An ').removeprefix('The ')}](#{_anchor(tp)})"
    if tp is int:
        return "whole number"
    return "text" if tp is str else getattr(tp, "__name__", str(tp))


def _default(field: Any) -> str:
    if field.is_required():
        return "**required**"
    default = field.default
    if default is PydanticUndefined or default in (None, [], {}, ()):
        return ""
    return f"`{default}`"


def markdown() -> str:
    """Every table, as Markdown."""
    out = []
    for heading, cls in SECTIONS:
        out += [f"#### {heading}", "", "| field | type | default | what it is |", "|---|---|---|---|"]
        for name, field in cls.model_fields.items():
            description = (field.description or "").replace("|", "\\|")
            kind = type_words(field.annotation)
            out.append(f"| `{field.alias or name}` | {kind} | {_default(field)} | {description} |")
        out.append("")
    return "\n".join(out)


def section() -> str:
    """What the README holds between its reference markers."""
    return f"{START}\n\n{markdown()}\n{END}"
