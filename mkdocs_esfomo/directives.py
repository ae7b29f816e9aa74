"""Find ``<!-- esfomo/NAME { options } -->`` in a page and check it before anything renders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from .errors import Problem, quoted, suggest
from .values import ROLES

# name -> {option: allowed values, or None for any text}; every directive also takes `edition`.
DIRECTIVES: dict[str, dict[str, tuple[str, ...] | None]] = {
    "title": {},
    "hero": {},
    "banner": {},
    "announcements": {},
    "gist": {},
    "people": {"role": ROLES, "layout": ("grid", "horizontal")},
    "schedule": {},
    "dates": {},
    "topics": {},
    "papers": {"kind": ("oral", "spotlight", "poster"), "level": ("2", "3", "4")},
    "sponsors": {},
    "editions": {},
}
REQUIRED = {"people": ("role",)}

_PATTERN = re.compile(r"<!--\s*esfomo/([^\s{]*?)(\s.*?|\{.*?)?-->", re.DOTALL)
# Every comment that starts with esfomo: one that is not a directive (`<!-- esfomo:schedule -->`, a
# directive never closed) would leave the page without a word.
_OPENING = re.compile(r"<!--\s*esfomo(?!-html )(/?)\W*([A-Za-z]*)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)


@dataclass
class Directive:
    name: str
    options: dict[str, str] = field(default_factory=dict)
    start: int = 0
    end: int = 0
    line: int = 1
    col: int = 1

    @property
    def edition(self) -> str | None:
        return self.options.get("edition")


def code_spans(markdown: str) -> list[tuple[int, int]]:
    """Fenced code blocks, where a directive is an example and stays as written."""
    spans, opened = [], None
    for match in _FENCE.finditer(markdown):
        if opened is None:
            opened = match
        elif match.group(1)[0] == opened.group(1)[0] and len(match.group(1)) >= len(opened.group(1)):
            spans.append((opened.start(), match.end()))
            opened = None
    if opened is not None:
        spans.append((opened.start(), len(markdown)))
    return spans


def find(markdown: str, path: str, editions: set[str]) -> tuple[list[Directive], list[Problem]]:
    """Every directive of a page, and a problem for each one that is wrong."""
    found, problems = [], []
    code = code_spans(markdown)
    read = []  # the directives, right or wrong
    for match in _PATTERN.finditer(markdown):
        if any(a <= match.start() < b for a, b in code):
            continue
        read.append((match.start(), match.end()))
        directive = Directive(match.group(1), {}, match.start(), match.end(), *_place(markdown, match.start()))

        def fail(message: str, d: Directive = directive) -> None:
            problems.append(Problem(path, d.line, d.col, f"esfomo/{d.name}", message))

        allowed = DIRECTIVES.get(directive.name)
        if allowed is None:
            fail(f"unknown directive{suggest(directive.name, DIRECTIVES)}; known: {', '.join(DIRECTIVES)}")
            continue
        if "<!--" in (match.group(2) or ""):
            fail("this comment is not closed: end it with -->")
            continue
        options, message = _options(match.group(2) or "")
        if message:
            fail(message)
            continue
        for key, value in options.items():
            if key == "edition":
                if value not in editions:
                    known = ", ".join(sorted(editions)) or "none"
                    fail(f"edition: unknown edition {quoted(value)}{suggest(value, editions)} (known: {known})")
            elif key not in allowed:
                fail(f"unknown option {quoted(key)}{suggest(key, [*allowed, 'edition'])}")
            elif (choices := allowed[key]) and value not in choices:
                fail(f"{key}: {quoted(value)} is not one of: {', '.join(choices)}{suggest(value, choices)}")
        for key in REQUIRED.get(directive.name, ()):
            if key not in options:
                fail(f"option '{key}' is required")
        directive.options = dict(options)
        found.append(directive)
    for match in _OPENING.finditer(markdown):
        if any(a <= match.start() < b for a, b in code + read):
            continue
        name = match.group(2)
        if match.group(1):
            field, message = f"esfomo/{name}", "this comment is not closed: end it with -->"
        else:
            meant = name if name in DIRECTIVES else "NAME"
            field, message = "esfomo", f"not a directive: write it <!-- esfomo/{meant} -->"
        problems.append(Problem(path, *_place(markdown, match.start()), field, message))
    problems.sort(key=lambda p: (p.line, p.col))
    return found, problems


def _place(markdown: str, offset: int) -> tuple[int, int]:
    """Line and column (from 1) of ``offset``."""
    return markdown.count("\n", 0, offset) + 1, offset - (markdown.rfind("\n", 0, offset) + 1) + 1


@lru_cache(maxsize=1024)  # each page is read twice (checked before the build, then rendered)
def _options(text: str) -> tuple[dict[str, str], str | None]:
    text = text.strip()
    if not text:
        return {}, None
    try:
        value: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        reason = getattr(exc, "problem", None) or "invalid YAML"
        return {}, f"options are not valid YAML ({reason}): write them like {{ role: organizers }}"
    if not isinstance(value, dict):
        return {}, "options must be a mapping in braces, like { role: organizers }"
    keys = [str(key.value) for key, _ in yaml.compose(text, Loader=yaml.SafeLoader).value]
    twice = next((key for i, key in enumerate(keys) if key in keys[:i]), None)
    if twice is not None:  # YAML would keep the last silently
        return {}, f"option '{twice}' is given twice"
    options = {}
    for key, item in value.items():
        if isinstance(item, (dict, list)) or item is None:
            return {}, f"option '{key}' must be a single value"
        options[str(key)] = str(item)
    return options, None
