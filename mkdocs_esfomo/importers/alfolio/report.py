"""What an import could not carry over, or guessed: ``MIGRATION.md`` and what is still open in it."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ... import paths
from ...errors import Problem, printable

REPORT = "MIGRATION.md"
OPEN = ("- [ ] ", "* [ ] ")


class Note(NamedTuple):
    """One thing of the old site to look at: ``where`` is ``file:line`` in the old site."""

    where: str
    what: str
    guess: bool = False  # a guess to confirm, not something left out
    last: int = 0  # the last line of the old site it names, when it names several

    def __str__(self) -> str:
        return printable(f"{self.where}: {self.what}")  # the old site's text: its escape sequences are shown


def markdown(notes: list[Note], source: str) -> str:
    """The checklist, guesses apart from what was left out, each in the order of the old site's files."""
    lost = sorted({n for n in notes if not n.guess}, key=_order)
    guesses = sorted({n for n in notes if n.guess}, key=_order)
    out = [
        "# Migration report",
        "",
        f"`esfomo import-alfolio` wrote this site from `{source}`. Each item below is something of the old site",
        "that did not become data or a page, or a guess to confirm. Check an item (`- [x]`) once you have dealt",
        "with it, or delete this file when all are done: until then `esfomo check --strict` and",
        "`mkdocs build --strict` fail.",
        "",
    ]
    if lost:
        out += ["## Not imported", "", *(f"- [ ] {n}" for n in lost), ""]
    if guesses:
        out += ["## Guesses to confirm", "", *(f"- [ ] {n}" for n in guesses), ""]
    if not notes:
        out += ["Nothing was left out and nothing was guessed.", ""]
    return "\n".join(out)


def _order(note: Note) -> tuple[str, int, str]:
    path, _, line = note.where.partition(":")
    return path, int(line) if line.isdigit() else 0, note.what


def pending(root: Path) -> list[Problem]:
    """The unchecked items of ``root/MIGRATION.md``, as warnings that point at their line in it."""
    path = Path(root) / REPORT
    if not path.is_file():
        return []
    if paths.outside(path, Path(root)):
        return [Problem(REPORT, 1, 1, "", paths.LINKED_OUT)]
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        item = line.lstrip()
        if item.startswith(OPEN):
            message = f"{item[len(OPEN[0]) :].strip()} (check it off in {REPORT} once done, or delete the file)"
            problems.append(Problem(REPORT, number, len(line) - len(item) + 1, "migration", message, warning=True))
    return problems
