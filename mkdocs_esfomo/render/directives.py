"""Find ``<!-- esfomo/NAME { options } -->`` in a page and check it before anything renders."""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from typing import Any

import yaml

from ..errors import Problem, quoted, suggest
from ..values import ROLES


def _choice(*choices: str, doc: str, default: str | None = None, required: bool = False) -> Any:
    """An option that takes one of ``choices``: ``default`` when not written, or ``required``."""
    if required:
        return field(metadata={"choices": choices, "doc": doc})
    return field(default=default, metadata={"choices": choices, "doc": doc})


@dataclass(frozen=True, kw_only=True)
class DirectiveOptions:
    """What every directive takes, and all that most take: the edition to show (default: the page's
    edition, else the current one). A fragment receives its directive's options as ``options``."""

    edition: str | None = field(default=None, metadata={"doc": "an edition's id"})

    def get(self, key: str, default: Any = None) -> Any:
        """As a mapping of the options: fragments written for one (``options.get("layout", "grid")``) still work."""
        value = getattr(self, key, None)
        return default if value is None else value


@dataclass(frozen=True, kw_only=True)
class PeopleOptions(DirectiveOptions):
    """``<!-- esfomo/people { role: speakers, layout: grid } -->``: the cards of one role's people."""

    role: str = _choice(*ROLES, required=True, doc="whose cards")
    layout: str = _choice("grid", "horizontal", default="grid", doc="cards in a grid, or one per line with a bio")


@dataclass(frozen=True, kw_only=True)
class GistOptions(DirectiveOptions):
    """``<!-- esfomo/gist { when: hidden } -->``: what, when and where, the call, links and contact."""

    when: str = _choice("shown", "hidden", default="shown",
                        doc="the line of date and place; hidden under a hero, which shows them")


@dataclass(frozen=True, kw_only=True)
class PapersOptions(DirectiveOptions):
    """``<!-- esfomo/papers { kind: oral } -->``: the accepted papers, grouped by kind under headings."""

    kind: str | None = _choice("oral", "spotlight", "poster", doc="one kind only, without headings (default: all)")
    level: str = _choice("2", "3", "4", default="3", doc="the level of each kind's heading (2 under a page's H1)")


# Each directive's options; every option not named here is refused at its line.
DIRECTIVES: dict[str, type[DirectiveOptions]] = {
    "title": DirectiveOptions,
    "hero": DirectiveOptions,
    "banner": DirectiveOptions,
    "announcements": DirectiveOptions,
    "gist": GistOptions,
    "people": PeopleOptions,
    "schedule": DirectiveOptions,
    "dates": DirectiveOptions,
    "topics": DirectiveOptions,
    "papers": PapersOptions,
    "sponsors": DirectiveOptions,
    "editions": DirectiveOptions,
}


def _allowed(model: type[DirectiveOptions]) -> tuple[dict[str, tuple[str, ...] | None], tuple[str, ...]]:
    """A model's options besides ``edition`` (name -> its choices, or None for any text), and the required ones."""
    found = [f for f in fields(model) if f.name != "edition"]
    required = tuple(f.name for f in found if f.default is MISSING)
    return {f.name: f.metadata.get("choices") for f in found}, required


_ALLOWED = {name: _allowed(model) for name, model in DIRECTIVES.items()}


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

    def typed(self) -> DirectiveOptions:
        """The options as written, with the defaults of the rest: what its fragment receives."""
        return DIRECTIVES.get(self.name, DirectiveOptions)(**self.options)


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

        if directive.name not in DIRECTIVES:
            fail(f"unknown directive{suggest(directive.name, DIRECTIVES)}; known: {', '.join(DIRECTIVES)}")
            continue
        if "<!--" in (match.group(2) or ""):
            fail("this comment is not closed: end it with -->")
            continue
        allowed, required = _ALLOWED[directive.name]
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
        for key in required:
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
