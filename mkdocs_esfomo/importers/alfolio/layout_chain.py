"""The layouts a Jekyll page is rendered in, as Jekyll chains them (``layout:`` in the page's front matter, then in
each layout's), and the front matter they are read by."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from ... import paths
from .render import LiquidRenderer, writes_words

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, Any], str, int] | None:
    """The front matter, the body, and the file's line of the body's first line; None without front matter."""
    found = _FRONT.match(text)
    if not found:
        return None
    try:
        meta = yaml.safe_load(found.group(1) or "") or {}
    except yaml.YAMLError:
        meta = {"_invalid": True}
    return (meta if isinstance(meta, dict) else {}), text[found.end() :], found.group(0).count("\n") + 1


def layout_writes_words(root: Path, name: str) -> bool:
    """Whether the site's layout ``name`` writes words of its own (``render.writes_words``)."""
    path = next((root / "_layouts" / f"{name}{ext}" for ext in (".html", ".liquid")
                 if name and (root / "_layouts" / f"{name}{ext}").is_file()), None)  # fmt: skip
    if path is None or paths.outside(path, root):
        return False
    return _layout_writes_words(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=256)
def _layout_writes_words(path: Path, _changed: int) -> bool:
    """``layout_writes_words`` of one layout file, read once while it is unchanged (every page a default
    gives it asks)."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    read = front_matter(text)
    return writes_words(read[1] if read else text)


# The layouts every al-folio (or other theme's) page sits in: the page's own title and the site's chrome.
THEME_LAYOUTS = frozenset({"default", "page", "about", "post", "none", ""})


def in_layouts(
    root: Path, rel: str, body: str, lines: list[int], meta: dict[str, Any], url: str, renderer: LiquidRenderer
) -> tuple[str, list[int], list[str], list[tuple[str, list[tuple[int, str]]]]]:
    """The body inside the site's own layouts, as Jekyll renders it (``layout:`` in the page's front matter, then
    in each layout's): the body, each line's file line and file, and the layouts with the lines of their chrome
    that say something. The chain stops at the theme's layouts, and at one that cannot be rendered as Jekyll does."""
    files = [rel] * len(lines)
    used: list[tuple[str, list[tuple[int, str]]]] = []
    name = str(meta.get("layout") or "")
    while name:
        path = next((root / "_layouts" / f"{name}{ext}" for ext in (".html", ".liquid")
                     if (root / "_layouts" / f"{name}{ext}").is_file()), None)  # fmt: skip
        if path is None or paths.outside(path, root) or path.relative_to(root).as_posix() in dict(used):
            break
        layout = path.relative_to(root).as_posix()
        read = front_matter(path.read_text(encoding="utf-8-sig", errors="replace"))
        own, source, first = read if read else ({}, path.read_text(encoding="utf-8-sig", errors="replace"), 1)
        if name in THEME_LAYOUTS and not writes_words(source):
            if (above := _wordy_layout_above(root, own, {layout, *dict(used)}, meta)) is None:
                break  # the theme's, as it ships: chrome around the page
            name = above  # it wraps the page in a layout that shows words the page chooses (its sidebar)
            continue
        parts = renderer.layout(source, first, meta, url, own, rel)
        if parts is None:
            break
        (before, before_lines, aside), after = parts
        used.append((layout, aside + (after.aside if after else [])))
        if after is None:  # the layout does not show its page's content
            body, lines, files = before, before_lines, [layout] * len(before_lines)
        else:
            rows, new_lines, new_files = body.split("\n"), list(lines), list(files)
            if before:  # a blank line between the layout's HTML and the content, so Markdown reads each as it is
                rows, new_lines = [*before.split("\n"), "", *rows], [*before_lines, before_lines[-1], *new_lines]
                new_files = [layout] * (len(before_lines) + 1) + new_files
            if after[0]:
                rows, new_lines = [*rows, "", *after[0].split("\n")], [*new_lines, after[1][0], *after[1]]
                new_files += [layout] * (len(after[1]) + 1)
            body, lines, files = "\n".join(rows), new_lines, new_files
        name = str(own.get("layout") or "")
    return body, lines, files, used


def _wordy_layout_above(root: Path, own: dict[str, Any], seen: set[str], meta: dict[str, Any]) -> str | None:
    """The name of the layout a layout of the theme's name sits in (``page`` in ``default``) when that one, or one
    above it, writes words of its own (``render.writes_words``) that the page's front matter chooses (``{% for
    widget in page.sidebar %}`` over the page's ``sidebar: [key-dates]``): None when none does. Words every page
    shows alike are the site's chrome, read where a page sits in that layout itself."""
    name = str(own.get("layout") or "")
    while name:
        path = next((root / "_layouts" / f"{name}{ext}" for ext in (".html", ".liquid")
                     if (root / "_layouts" / f"{name}{ext}").is_file()), None)  # fmt: skip
        if path is None or paths.outside(path, root) or path.relative_to(root).as_posix() in seen:
            return None
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        read = front_matter(text)
        source = read[1] if read else text
        chosen = set(re.findall(r"\bpage\.([\w-]+)", source)) & set(meta) - _EVERY_PAGES
        if chosen and writes_words(source):
            return str(own.get("layout"))
        seen = {*seen, path.relative_to(root).as_posix()}
        name = str((read[0] if read else {}).get("layout") or "")
    return None


# Front matter every page has, which a layout shows of each page alike (its title, its address)
_EVERY_PAGES = frozenset({"title", "layout", "url", "permalink", "description", "lang", "date", "nav", "nav_order",
                          "order", "redirect_from", "excerpt", "author", "tags", "categories"})
