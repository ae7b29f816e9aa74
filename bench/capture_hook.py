"""MkDocs hook that writes what the plugin makes into a plain docs folder: the floor's pages and files.

Pages: each directive rendered by the plugin's own core, in place, as the page's Markdown;
the front matter is the page's meta once the plugin set it (title, description). Files: every
non-page file the plugin publishes (resized photos, calendars, its CSS and script).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

OUT = Path(os.environ.get("BENCH_CAPTURE", "captured"))
rendered: dict[str, str] = {}


@event_priority(-100)
def on_config(config):
    """The theme and assets the plugin added, for the floor's mkdocs.yml."""
    extra = {
        "extra_css": [str(p) for p in config.extra_css],
        "extra_javascript": [str(p) for p in config.extra_javascript],
        "font": config.theme.get("font"),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT.parent / "plugin-extras.yml").write_text(yaml.safe_dump(extra), encoding="utf-8")
    return config


@event_priority(-100)
def on_files(files, *, config):
    for file in files:
        if not file.is_documentation_page():
            target = OUT / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.content_bytes)
    return files


@event_priority(-40)  # just before the plugin replaces the directives
def on_page_markdown(markdown, *, page, config, files):
    site = config.plugins["esfomo"].site
    edition = page.meta.get("edition")
    out, last = [], 0
    for span in site.spans(page.file.src_uri, markdown, str(edition) if edition is not None else None):
        out += [markdown[last : span.start], f"\n\n{span.html}\n\n" if span.html else ""]
        last = span.end
    rendered[page.file.src_uri] = "".join(out) + markdown[last:]
    return markdown


@event_priority(-100)
def on_page_content(html, *, page, config, files):
    meta = {k: str.__str__(v) if isinstance(v, str) else v for k, v in page.meta.items() if k != "edition"}
    front = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\n" if meta else ""
    target = OUT / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(front + rendered.pop(page.file.src_uri), encoding="utf-8")
    return html


@event_priority(-100)
def on_post_build(*, config):
    """The resized photos, which the plugin copies straight into the site."""
    images = config.plugins["esfomo"].site.images
    for site_path, cached in images.used.items() if images else ():
        target = OUT / site_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)
