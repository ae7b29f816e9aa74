"""MkDocs hook of the floor: each page's final HTML, as the plugin's build made it, put in place after Markdown."""

import json
from pathlib import Path

from mkdocs.structure.toc import get_toc

PAGES = json.loads(Path(__file__).with_name("captured.json").read_text(encoding="utf-8"))["pages"]


def on_page_content(html, *, page, config, files):
    found = PAGES[page.file.src_uri]
    page.toc, page._title_from_render = get_toc(found["toc"]), found["title"]
    return found["html"]
