"""What a Jekyll site's ``_config.yml`` says about its files: which are published, the front matter its
``defaults:`` give them, how kramdown reads them, and the line that sets a key."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Any


def config_line(root: Path, key: str) -> str:
    """``_config.yml:N``, the line that sets ``key`` (``conference``, or ``workshop.date``: each part under the
    one before it)."""
    path = root / "_config.yml"
    rows = path.read_text(encoding="utf-8-sig", errors="replace").splitlines() if path.is_file() else []
    number = 0
    for depth, part in enumerate(key.split(".")):
        indent = r"\s+" if depth else ""
        pattern = re.compile(rf"^{indent}{re.escape(part)}\s*:")
        number = next((n for n in range(number, len(rows)) if pattern.match(rows[n])), number)
    return f"_config.yml:{number + 1}"


def excluded(rel: str, config: dict[str, Any]) -> bool:
    """Whether ``exclude`` in _config.yml keeps a file (or a folder, and all in it) out of the built site."""
    patterns = config.get("exclude")
    for pattern in patterns if isinstance(patterns, list) else []:
        pattern = str(pattern).strip().strip("/")
        if pattern and (rel == pattern or rel.startswith(pattern + "/") or fnmatch.fnmatch(rel, pattern)):
            return True
    return False


def hidden(rel: str, config: dict[str, Any]) -> str | None:
    """``_pages/_blog.md`` (a page set aside by its name): a file or folder whose name begins with ``_``, ``.``,
    ``#`` or ``~`` below the site's root or its ``_pages`` folder, which Jekyll leaves out unless `include` lists it."""
    listed = config.get("include")
    included = {str(i).strip("/") for i in listed} if isinstance(listed, list) else set()
    parts = rel.split("/")
    inner = parts[1:] if parts[0] == "_pages" else parts
    return next((p for p in inner if p[:1] in ("_", ".", "#", "~") and p not in included), None)


def published(config: dict[str, Any], name: str) -> bool:
    """Whether ``_config.yml`` has Jekyll write a page for each document of the collection (``output: true``)."""
    declared = config.get("collections")
    settings = declared.get(name) if isinstance(declared, dict) else None
    return isinstance(settings, dict) and settings.get("output") in (True, "true")


def defaults(rel: str, kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """The front matter ``defaults:`` gives the file ``rel`` of ``kind`` (``pages``, ``posts`` or a collection's
    name), which its own front matter overrides: each entry whose ``scope`` has a ``path`` the file is in (a folder,
    or a glob such as ``assets/**/*.*``) and, if it names one, the file's ``type``; as Jekyll merges them, an entry
    with a longer path, or as long and with a type, over the others."""
    entries = config.get("defaults")
    found: dict[str, Any] = {}
    last: dict[str, Any] | None = None
    for entry in entries if isinstance(entries, list) else []:
        scope = entry.get("scope") if isinstance(entry, dict) else None
        values = entry.get("values") if isinstance(entry, dict) else None
        if not isinstance(scope, dict) or not isinstance(values, dict) or not _in_scope(rel, kind, scope):
            continue
        if last is None or _over(scope, last):
            found, last = {**found, **values}, scope
        else:
            found = {**values, **found}
    return found


def _path(scope: dict[str, Any]) -> str:
    return str(scope.get("path") or "").strip().strip("/")


def _in_scope(rel: str, kind: str, scope: dict[str, Any]) -> bool:
    if scope.get("type") is not None and str(scope["type"]) != kind:
        return False
    path = _path(scope)
    if "*" in path:
        return fnmatch.fnmatch(rel, path)
    return not path or rel == path or rel.startswith(path + "/")


def _over(scope: dict[str, Any], last: dict[str, Any]) -> bool:
    """Whether a scope's values go over those of the scope merged before it (Jekyll's ``has_precedence?``)."""
    if len(_path(scope)) != len(_path(last)):
        return len(_path(scope)) > len(_path(last))
    return "type" in scope or "type" not in last


def block_html_everywhere(config: dict[str, Any]) -> bool:
    """Whether ``kramdown: parse_block_html: true`` in _config.yml has kramdown read every HTML block of every
    Markdown page as Markdown."""
    kramdown = config.get("kramdown")
    return isinstance(kramdown, dict) and kramdown.get("parse_block_html") in (True, "true")
