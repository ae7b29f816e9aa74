"""The site as plain files that any engine builds: the engine-neutral docs tree.

Every page the site has, the generated edition pages as real files, each directive already
rendered (a marker standing for its HTML, which :mod:`..extension` puts back), and every file to
publish: the docs folder's own (with no data and no original photos, JPEG and PNG stripped of
their metadata), the resized photos, the calendars and the package's CSS and script.
"""

from __future__ import annotations

import hashlib
import html
import posixpath
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files
from mkdocs.utils.meta import get_data

from .. import build
from ..errors import Problem
from ..outputs.images import strip_metadata
from ..paths import inside
from ..render.extension import Span, marker


class Tree(NamedTuple):
    pages: dict[str, str]  # src -> the page's Markdown, front matter included
    files: dict[str, bytes | Path]  # every other file: site path -> its content, or the file to copy
    html: dict[str, str]  # digest -> a directive's HTML


def make(site: build.Site, config: MkDocsConfig) -> Tree:
    """The tree of ``site`` (loaded and prepared), from the files of ``config``'s docs folder."""
    pages: dict[str, str] = {}
    files: dict[str, bytes | Path] = {}
    stored: dict[str, str] = {}
    sources = {src: path.read_text(encoding="utf-8-sig") for src, path in site.project.pages}
    for src, text in [*sources.items(), *site.generated_pages().items()]:
        pages[src] = _page(site, src, text, stored)
    named = build.named_files(sources.values())  # a photo a page names itself is published as it is too
    for file in get_files(config):
        if file.is_documentation_page() or site.excluded(file.src_uri, named) or file.inclusion.is_excluded():
            continue
        path = Path(file.abs_src_path or "")
        files[file.dest_uri] = _stripped(path) if path.suffix.lower() in (".jpg", ".jpeg", ".png") else path
    files.update(site.static_files())
    files.update(site.calendars)
    files.update({uri: make() for uri, make in site.paper_files().items()})
    if site.images:  # the resized photos the pages use, known once they are rendered, made on every core
        site.images.make()
        files.update(site.images.used)
    return Tree(pages, files, stored)


def _page(site: build.Site, src: str, text: str, stored: dict[str, str]) -> str:
    body_meta = get_data(text)
    body, meta = body_meta[0], dict(body_meta[1])
    offset = text.count("\n", 0, len(text) - len(body)) if text.endswith(body) else 0
    edition = str(meta["edition"]) if meta.get("edition") is not None else None
    folder = posixpath.dirname(src)
    # The engine reads relative links in HTML from the source file's folder, not from the page's URL.
    spans = site.spans(src, body, edition, offset, base=f"{folder}/" if folder else "")
    title = site.title(src, body, edition) if "title" not in meta else None
    if "hide" not in meta and site.bare(src, body):
        meta["hide"] = ["navigation"]
    out, last = [], 0
    for span in spans:
        out += [body[last : span.start], _marked(span, body, stored)]
        last = span.end
    body = "".join([*out, body[last:]])
    if title:
        meta["title"] = str(title)
    if "description" not in meta and (description := site.description(src)):
        meta["description"] = str(description)
    if tab := site.tab_title(src):
        meta["esfomo_title"] = str(tab)
    if head := site.head(src):
        meta["esfomo_head"] = head
    if not meta:
        return body
    front = str(yaml.safe_dump(_plain(meta), allow_unicode=True, sort_keys=False))
    return f"---\n{front}---\n\n{body}"


def _marked(span: Span, body: str, stored: dict[str, str]) -> str:
    if not span.html:
        return ""
    digest = hashlib.sha256(span.html.encode()).hexdigest()[:20]
    stored[digest] = span.html
    if span.start == span.end:  # the past edition's notice, over the page
        return marker(digest, "esfomo/notice") + "\n\n"
    return marker(digest, body[span.start : span.end])


def _plain(value: Any) -> Any:
    """Front matter as plain YAML values (escaped titles are ``Markup``, a str)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, str) else value


def _stripped(path: Path) -> bytes:
    """A JPEG or PNG as published: without its camera and GPS metadata."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        copy.write_bytes(path.read_bytes())
        strip_metadata(copy)
        return copy.read_bytes()


def write(tree: Tree, docs_dir: Path, html_dir: Path) -> int:
    """Bring ``docs_dir`` and ``html_dir`` to ``tree``, file by file: what is unchanged is left as it is
    (an engine watching the folder sees only what changed), what is gone is removed. Returns the
    number of files written or removed."""
    wanted: dict[Path, bytes | Path] = {inside(docs_dir, src, src): text.encode("utf-8")
                                        for src, text in tree.pages.items()}  # fmt: skip
    wanted.update({inside(docs_dir, rel, rel): content for rel, content in tree.files.items()})
    wanted.update({html_dir / f"{digest}.html": text.encode("utf-8") for digest, text in tree.html.items()})
    changed = 0
    for target, content in wanted.items():
        data = content.read_bytes() if isinstance(content, Path) else content
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.tmp")
        partial.write_bytes(data)
        partial.replace(target)  # whole, as a watching engine reads it
        changed += 1
    for folder in (docs_dir, html_dir):
        for path in sorted(folder.rglob("*"), reverse=True) if folder.is_dir() else []:
            if path.is_file() and path not in wanted:
                path.unlink()
                changed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return changed


def failing(last: Tree, problems: list[Problem]) -> Tree:
    """``last`` with every page showing ``problems`` instead (under serve, while the data is broken)."""
    page = error_page(problems)
    digest = hashlib.sha256(page.encode()).hexdigest()[:20]
    text = f"---\ntitle: The site could not be built\n---\n\n{marker(digest, 'esfomo/problems')}\n"
    return Tree({src: text for src in last.pages}, last.files, {digest: page})


def error_page(problems: list[Problem]) -> str:
    items = "\n".join(f"<li><code>{html.escape(p.marked())}</code></li>" for p in problems)
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    return (f'<div class="esfomo-failed"><h1>The site could not be built</h1>\n<p>{count} to fix. This page turns '
            f'into the site as soon as they are fixed.</p>\n<ol class="esfomo-problems">\n{items}\n</ol></div>')
