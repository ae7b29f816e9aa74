"""Problems found in a site's data, each tied to a place in a file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


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
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"

    def marked(self) -> str:
        """As :meth:`__str__`, a warning marked after the position, as compilers do, for editors to pick up."""
        if not self.warning:
            return str(self)
        where = f"{self.path}:{self.line}:{self.col}"
        return f"{where}: warning: {str(self).removeprefix(where + ': ')}"


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
    return f"unknown {what} '{name}'{suggest(name, known)}"
