"""Pages Jekyll publishes that no visitor reaches (no menu lists them, no page links to them).

A call page unlinked once its deadline passed, a past edition's page, a page the menu lost: Jekyll still publishes
each at its address, and someone may hold a link to it. The import carries such a page to the new site as written,
at the same address and unlisted in the navigation, so that a page it did not understand costs words shown, not
words lost. It leaves out only what is no workshop's page: the theme's samples (a CV, a bookshelf, "your cool
projects"), a menu of the theme, a page that sends its visitor elsewhere, and a page that shows no words of its own.
Each page left out is named in MIGRATION.md with the reason.
"""

from __future__ import annotations

import re

from .accounting import seen_lines
from .jekyll import JekyllPage
from .pages import out_path
from .report import Note
from .text import words

# Sentences al-folio's own sample pages carry (their descriptions and text), which no workshop writes.
_SAMPLES = (
    "a growing collection of your cool projects",
    "materials for courses you taught",
    "_data/repositories.yml",
    "members of the lab or group",
    "this is a description of the page. you can modify it in",
    "publications by categories in reversed chronological order",
    "what an astonishing thing a book is",
    "a simple, whitespace theme for academics",
    "a simple whitespace theme for academics",
    "course materials, schedules, and resources for classes taught",
    "plugin ecosystem catalog for al-folio",
)
_SAMPLE_LAYOUTS = frozenset({"cv", "book-shelf", "bib"})  # al-folio's CV and bookshelf pages, written from its data
# al-folio's own layouts; a layout of another name is the site's, and its words are its pages' own
# ("layout: workshop_2024" holding a past edition's people and dates).
_THEME_LAYOUTS = frozenset({"about", "archive-category", "archive-tag", "archive-year", "bib", "book-review",
                            "book-shelf", "course", "cv", "default", "distill", "none", "page", "post", "profiles",
                            "teachings"})  # fmt: skip
_FEW = 3  # fewer content words than this of its own: nothing a visitor reads (a search box, a page its layout fills)


def sort_unreached(hidden: list[JekyllPage]) -> tuple[list[JekyllPage], list[Note]]:
    """The ``hidden`` pages the new site carries unlisted, and a report item for each page, carried or not."""
    carried: list[JekyllPage] = []
    notes: list[Note] = []
    for page in hidden:
        if page.bare and page.rel.endswith((".html", ".htm")):
            notes.append(Note(f"{page.rel}:1", "a page built elsewhere (HTML with no front matter, which Jekyll "
                              f"serves as it is at {page.url}), linked from no page: not imported"))  # fmt: skip
        elif page.bare:
            notes.append(Note(f"{page.rel}:1", "no front matter, so Jekyll does not publish it as a page (GitHub "
                              "Pages does, but no page links to it): not imported"))  # fmt: skip
        elif re.match(r"404", page.url.strip("/")):
            continue  # the new site has its own
        elif why := _not_a_page(page):
            notes.append(Note(f"{page.rel}:1", f"page no visitor reaches ({why}): not imported"))
        else:
            carried.append(page)
            notes.append(Note(f"{page.rel}:1", "page no visitor reaches (not in the navigation, linked from no page): "
                              f"carried to docs/{out_path(page.url)} as written, at its old address and unlisted in "
                              "the navigation; the data takes no people or program from it"))  # fmt: skip
    return carried, notes


def _not_a_page(page: JekyllPage) -> str | None:
    """Why an unreached page is no page of the workshop's, if it is not."""
    if page.meta.get("redirect_to"):
        return f"it sends its visitor to {page.meta['redirect_to']}"
    if page.meta.get("dropdown"):
        return "a menu of the theme, not a page"
    mine = {page.rel, *([f"_layouts/{page.layout}.html", f"_layouts/{page.layout}.liquid"]
                        if page.layout and page.layout not in _THEME_LAYOUTS else [])}  # fmt: skip
    own = [line for where, line in seen_lines(page) if where.rsplit(":", 1)[0] in mine]
    text = f"{page.meta.get('description') or ''} {' '.join(own)}".lower()
    if page.layout in _SAMPLE_LAYOUTS or any(sample in text for sample in _SAMPLES):
        return "the theme's sample page"
    if any(note.what.startswith("Liquid '{% bibliography") for note in page.dropped):
        return None  # a list of papers jekyll-scholar writes, though the page says few words of its own
    if sum(len(w) > 1 and not w.isdigit() for line in own for w in words(line)) < _FEW:
        return "nothing on it but the theme's markup, as the import renders its Liquid"
    return None
