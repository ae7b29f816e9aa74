"""Pages built by something other than Jekyll: a whole HTML page with no front matter, served as it is (its title
and its body are what a visitor reads), and a folder another tool builds (Next.js, Hugo...), whose pages the import
cannot see."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from .report import Note

_BODY = re.compile(r"<body\b[^>]*>(.*?)(?:</body\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def as_built(text: str) -> tuple[dict[str, Any], str, int]:
    """A whole HTML page's title (its ``<title>``), the text of its ``<body>`` and the line it starts on, as Jekyll
    serves it: no Liquid, no layout."""
    title = _TITLE.search(text)
    meta = {"title": " ".join(html.unescape(re.sub(r"<[^>]+>", " ", title.group(1))).split())} if title else {}
    body = _BODY.search(text)
    if body is None:
        return meta, text, 1
    return meta, body.group(1), text.count("\n", 0, body.start(1)) + 1


# Site builders other than Jekyll, by the file that marks a folder as theirs, or the package their build needs.
_BUILDER_FILES = {"hugo.toml": "Hugo", "hugo.yaml": "Hugo", "config.toml": "Hugo", "mkdocs.yml": "MkDocs",
                  "docusaurus.config.js": "Docusaurus", "docusaurus.config.ts": "Docusaurus", "_quarto.yml": "Quarto",
                  "eleventy.config.js": "Eleventy", ".eleventy.js": "Eleventy"}  # fmt: skip
_BUILDER_PACKAGES = {"next": "Next.js", "astro": "Astro", "gatsby": "Gatsby", "vite": "Vite", "nuxt": "Nuxt",
                     "@docusaurus/core": "Docusaurus", "vuepress": "VuePress", "react-scripts": "Create React App",
                     "@sveltejs/kit": "SvelteKit", "@11ty/eleventy": "Eleventy"}  # fmt: skip


def other_builder(root: Path) -> list[Note]:
    """A site with no ``_config.yml`` that another tool builds (``package.json`` needing Next.js, ``hugo.toml``):
    its pages are what that tool makes, which the import does not run; said, so that an import of little is not
    taken for the site's whole."""
    for name, builder in _BUILDER_FILES.items():
        if (root / name).is_file():
            return [Note(f"{name}:1", _BUILT_BY.format(builder=builder))]
    package = root / "package.json"
    try:
        needs = json.loads(package.read_text(encoding="utf-8")) if package.is_file() else {}
    except (ValueError, OSError):
        needs = {}
    needs = needs if isinstance(needs, dict) else {}
    wanted = {**(needs.get("dependencies") or {}), **(needs.get("devDependencies") or {})}
    needed = next((b for name, b in _BUILDER_PACKAGES.items() if name in wanted), None)
    return [Note("package.json:1", _BUILT_BY.format(builder=needed))] if needed else []


_BUILT_BY = ("a site {builder} builds, not Jekyll: its pages are what {builder} makes, which the import does not "
             "run; only the files GitHub Pages would serve from the folder as they are were read")
