"""MkDocs hook for one build of the plugin project: what the floor needs, in BENCH_FLOOR (a folder).

Each page's final HTML (after the plugin, when every other ``on_page_content`` has run), its table of
contents, the title MkDocs found in it and its front matter as the plugin left it; the navigation
and theme settings the plugin gave the config; every other file the build published from the docs
folder or generated (resized photos, calendars, the plugin's CSS and script), copied as published.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

OUT = Path(os.environ.get("BENCH_FLOOR", "floor"))
pages: dict[str, dict[str, Any]] = {}
published: dict[str, str] = {}  # site path -> src path in the floor's docs folder
settings: dict[str, Any] = {}


def _toc(links: Any) -> list[dict[str, Any]]:
    return [{"level": a.level, "id": a.id, "name": a.title, "children": _toc(a.children)} for a in links]


def _plain(value: Any) -> Any:
    """Markup and other str subclasses as plain str, for YAML."""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@event_priority(-100)
def on_config(config):
    settings.update(extra_css=[str(p) for p in config.extra_css],
                    extra_javascript=[str(p) for p in config.extra_javascript], font=_plain(config.theme.get("font")))
    return config


@event_priority(-100)
def on_files(files, *, config):
    docs = Path(config.docs_dir).resolve()
    for file in files:
        if file.is_documentation_page():
            continue
        generated = file.generated_by is not None
        if generated or (file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(docs)):
            published[file.dest_uri] = file.src_uri
    settings["nav"] = _plain(config.nav)
    return files


@event_priority(-1000)  # after every other handler: the page as MkDocs keeps it
def on_page_content(html, *, page, config, files):
    pages[page.file.src_uri] = {"html": html, "toc": _toc(page.toc), "title": page._title_from_render,
                                "meta": _plain(page.meta)}
    return html


@event_priority(-1000)
def on_post_build(*, config):
    """Files as the built site has them (the plugin resizes photos and strips metadata into it)."""
    site = Path(config.site_dir)
    images = getattr(config.plugins["esfomo"].site, "images", None)
    for uri in images.used if images else ():
        published.setdefault(uri, uri)
    for dest, src in published.items():
        target = OUT / "docs" / src
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(site / dest, target)
    (OUT / "captured.json").write_text(json.dumps({"pages": pages, "settings": settings}), encoding="utf-8")
