"""Problems found in a site's data, each tied to a place in a file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

# A value quoted in a message is shortened to this many characters: a message says which value, and a
# file that is not what it should be (a link to /etc/passwd named people.yml) is not printed whole.
QUOTED = 60
# What a terminal would act on rather than show: control characters (ESC starts colour and cursor
# sequences), and the marks that reorder text (U+202A-U+202E, U+2066-U+2069).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Problem(NamedTuple):
    """One error or warning, printed as ``path:line:col: field.path: message``."""

    path: str
    line: int
    col: int
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        return printable(f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}")

    def marked(self) -> str:
        """As :meth:`__str__`, a warning marked after the position, as compilers do, for editors to pick up."""
        if not self.warning:
            return str(self)
        where = f"{self.path}:{self.line}:{self.col}"
        return f"{where}: warning: {str(self).removeprefix(where + ': ')}"


def dotted(loc: tuple[str | int, ...]) -> str:
    """``('schedule', 3, 'time')`` -> ``schedule[3].time``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def quoted(value: Any, limit: int = QUOTED) -> str:
    """``value`` in quotes for a message: on one line, its control characters shown as escapes, and
    shortened past ``limit`` characters (``'root:x:0:0:…' (1,904 characters)``)."""
    text = str(value)
    shown = printable(text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", " "))
    if len(text) <= limit:
        return f"'{shown}'"
    return f"'{shown[:limit].rstrip()}…' ({len(text):,} characters)"


def printable(text: str) -> str:
    """``text`` as a terminal may show it: each control character as an escape (``\\x1b``), never acted on."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text) if _UNPRINTABLE.search(text) else text


class DataError(Exception):
    """Raised with every problem found, so a user fixes them all in one go."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)  # errors, and the warnings found with them
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the workshop data:"
        super().__init__("\n".join([head, *(p.marked() for p in self.problems)]))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]


def suggest(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or nothing."""
    import difflib  # only when something is wrong

    choices = list(choices)
    close = [c for c in choices if c.lower() == word.lower()]  # other capitals first: 'P1' is 'p1'
    close = close or difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def unknown(what: str, name: str, known: Iterable[str]) -> str:
    return f"unknown {what} {quoted(name)}{suggest(name, known)}"
