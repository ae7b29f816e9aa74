"""What a visitor sees in a built site: person cards, schedule rows and papers, page by page."""

from __future__ import annotations

from pathlib import Path

from lxml import html


def _has_class(name: str) -> str:
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


CARDS = f"//*[{_has_class('esfomo-card')}]"
ROWS = f"//table[{_has_class('esfomo-schedule')}]//tr[not(ancestor::thead)]"
PAPERS = f"//*[{_has_class('esfomo-papers')}]//li"


def count(site: Path) -> dict[str, tuple[int, int, int]]:
    """``{page: (cards, rows, papers)}`` for every page that shows any."""
    found = {}
    for path in sorted(site.rglob("*.html")):
        tree = html.parse(str(path))
        counts = tuple(len(tree.xpath(query)) for query in (CARDS, ROWS, PAPERS))
        if any(counts):
            found[path.relative_to(site).as_posix()] = counts
    return found


def totals(pages: dict[str, tuple[int, int, int]]) -> dict[str, int]:
    return {name: sum(c[i] for c in pages.values()) for i, name in enumerate(("cards", "rows", "papers"))}
