"""The pages of the new site: each reachable page's Markdown, with directives where its facts became data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .blocks import block_html_read, parse
from .jekyll import JekyllPage, JekyllSite
from .reach import link_base, local, moved, source_link
from .report import Note
from .site_config import block_html_everywhere
from .text import plain, rich_html


@dataclass
class Assets:
    """Files of the old site the new one uses: path in docs/ -> the old file."""

    site: JekyllSite
    files: dict[str, Path] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)

    def copy(self, reference: str, where: str, folders: tuple[str, ...] = ()) -> str | None:
        """The path in docs/ of a referenced file (a photo, an image, a download), copied; None if missing.
        ``folders``: where a relative reference is looked for first (the folder a page is served from)."""
        ref = reference.strip().split("?")[0].split("#")[0]
        base = str(self.site.config.get("baseurl") or "").rstrip("/")
        if re.match(r"https?://", base) and ref.startswith(base + "/"):  # baseurl written as the site's address
            ref = "/" + ref[len(base) :].lstrip("/")
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//", ref, re.IGNORECASE) or not ref:
            return None
        own = str(self.site.config.get("url") or "").rstrip("/")
        parts = [p for p in ref.removeprefix(own).split("/") if p not in ("", ".", "..")]
        rel = "/".join(parts)
        if rel in self.files:  # a reference already rewritten to the copy
            return rel
        near = [f"{folder}/{rel}" for folder in folders if folder and not ref.startswith("/")]
        served = _under_baseurl(parts, base)
        for candidate in (*near, *served, rel, f"assets/img/{rel}", f"_pages/{rel}"):
            source = self.site.root / candidate
            if candidate and source.is_file() and source.resolve().is_relative_to(self.site.root.resolve()):
                target = candidate if candidate.startswith("assets/") else f"assets/{candidate.removeprefix('_pages/')}"
                self.files[target] = source
                return target
        note = f"file '{reference}' not found in the site: left out"
        if not any(n.what == note for n in self.notes):  # a photo and the card showing it: said once
            self.notes.append(Note(where, note))
        return None


def _under_baseurl(parts: list[str], base: str) -> list[str]:
    """``/tiny2025/images/ann.jpg`` where ``baseurl: /tiny2025``: the site's ``images/ann.jpg`` (looked for before a
    folder of the site named like the baseurl)."""
    prefix = [] if re.match(r"https?://", base) else [p for p in base.split("/") if p]
    inside = parts[len(prefix) :]
    return ["/".join(inside)] if prefix and parts[: len(prefix)] == prefix and inside else []


@dataclass
class Replacement:
    start: int  # body lines [start, end)
    end: int
    lines: list[str]


def out_path(url: str) -> str:
    """Where a page goes in docs/: ``/`` is ``index.md``, ``/call/`` is ``call.md``."""
    inner = url.strip("/")
    return f"{inner}.md" if inner else "index.md"


def _relative(target: str, page_out: str) -> str:
    """A link from one file of docs/ to another, as MkDocs resolves it."""
    up = "../" * page_out.count("/")
    return up + target


def _served(target: str, page_out: str) -> str:
    """A link in HTML that a page keeps as HTML, which MkDocs leaves as written: the address the built site serves
    ``target`` (a file of docs/) at, from the address it serves the page at (``call.md`` at ``call/``)."""

    def address(path: str) -> str:
        if not path.endswith(".md"):
            return path
        inner = re.sub(r"(^|/)index$", r"\1", path.removesuffix(".md"))
        return inner if not inner or inner.endswith("/") else inner + "/"

    return "../" * address(page_out).count("/") + address(target)


IAL = re.compile(r"\{:\s*[^}]*\}")


def write_page(page: JekyllPage, site: JekyllSite, replacements: list[Replacement], written: dict[str, str],
               assets: Assets, notes: list[Note], head: list[str]) -> str:  # fmt: skip
    """The page in Markdown that Python-Markdown reads as kramdown did; what could not be kept is noted."""
    out = out_path(page.url)
    everywhere = block_html_everywhere(site.config) and page.rel.endswith((".md", ".markdown"))
    body = block_html_read(page.body, everywhere).split("\n")  # kramdown's parse_block_html: md_in_html's markdown="1"
    folders = tuple(f for f in (page.url.strip("/"), str(Path(page.rel).parent))  # "./images/a.png" on /iclr2024/
                    if f != "." and not f.startswith("_"))  # fmt: skip
    starts = {r.start: r for r in replacements}
    list_starts = {b.start for b in parse(page.body) if b.kind == "list" and not b.in_html}
    figures = {}
    for tag in page.tags:
        include = tag.include
        if include and include[0].startswith("figure") and include[1].get("path"):
            figures[page.index(tag.line, tag.file)] = include[1]
    result: list[str] = list(head)
    index = 0
    while index < len(body):
        if index in starts:
            replacement = starts[index]
            result += ["", *replacement.lines, ""]
            index = max(replacement.end, index + 1)
            continue
        line = body[index]
        where = page.where(index)
        if index in figures:
            params = figures[index]
            if target := assets.copy(params["path"], where, folders):
                alt = plain(params.get("alt") or params.get("title") or "") or "Figure"
                result.append(f"![{alt}]({_relative(target, out)})")
        if index in list_starts and result and result[-1].strip():
            result.append("")  # kramdown starts a list right after a paragraph; Python-Markdown needs a blank line
        if re.fullmatch(r"\s*(\{:[^}]*\}\s*)+|\s*</?(html|head)\b[^>]*>\s*", line):
            index += 1
            continue
        if sheet := _STYLESHEET.fullmatch(line):
            notes.append(Note(where, f"stylesheet '{sheet['href'] or sheet['later']}' the page loads: left out, the "
                              "new site's theme styles its pages"))  # fmt: skip
            index += 1
            continue
        line = IAL.sub("", line)
        line = _images(line, where, out, assets, folders)
        line = _links(line, where, out, site, page, written, assets, notes, folders)
        result.append(line.rstrip())
        index += 1
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(result).strip("\n"))
    return text + "\n"


# ``<link href="https://.../bootstrap.min.css" rel="stylesheet">`` alone on a line of the body: a CSS framework loaded
# for the page's cards, which would restyle the whole new page
_STYLESHEET = re.compile(r"""\s*<link\b(?=[^>]*\brel=["']?stylesheet)(?:[^>]*?\bhref=["']?(?P<href>[^"'\s>]+))?"""
                         r"""[^>]*?(?:\bhref=["']?(?P<later>[^"'\s>]+)[^>]*)?/?>\s*""", re.IGNORECASE)


def _images(line: str, where: str, out: str, assets: Assets, folders: tuple[str, ...]) -> str:
    def markdown(match: re.Match[str]) -> str:
        target = assets.copy(match.group(2), where, folders)
        if target is None and re.match(r"https?:", match.group(2)):
            return match.group(0)  # another site's image, as written
        return f"![{match.group(1)}]({_relative(target, out)})" if target else ""

    def html(match: re.Match[str]) -> str:
        target = assets.copy(match.group(2), where, folders)
        return f"{match.group(1)}{_served(target, out)}{match.group(3)}" if target else match.group(0)

    # an address starting http(s) is a file of the site when it is the site's own (``{{ site.baseurl }}/img.png``)
    line = re.sub(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\)", markdown, line)
    return re.sub(r"""(<img\b[^>]*?\bsrc\s*=\s*["'])((?!data:)[^"']+)(["'])""", html, line, flags=re.IGNORECASE)


def _links(line: str, where: str, out: str, site: JekyllSite, page: JekyllPage, written: dict[str, str], assets: Assets,
           notes: list[Note], folders: tuple[str, ...]) -> str:  # fmt: skip
    def target_of(address: str, served: bool = False) -> str | None:
        """The new address of a link: a file of docs/ as Markdown links to it, or where the built site serves it."""
        relative = _served if served else _relative
        if re.match(r"https?://", address, re.IGNORECASE):  # a page's address on this site's host or where it was
            url = local(address, link_base(page), site.config, site.hosts) or moved(address, by_url, site.config)
            return relative(written[url], out) if url in written else None
        url = local(address, link_base(page), site.config, site.hosts)
        anchor = "#" + address.split("#", 1)[1] if "#" in address else ""
        if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", address):
            return f"mailto:{address}"  # an e-mail address written as a link
        if url is None:
            if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^//", address, re.IGNORECASE):
                return None
            copied = assets.copy(address, where, folders)  # a download: slides, a template, a PDF
            return relative(copied, out) if copied else None
        if url in written:
            return relative(written[url], out) + anchor
        notes.append(Note(where, f"link to '{address}', a page that was not imported: now points to the old address"))
        return url + anchor.lstrip()

    def markdown(match: re.Match[str]) -> str:
        made = source_link(match.group(1), page, site)  # "program.md": the page that file makes
        new = target_of(made) if made and made.split("#")[0] in written else target_of(match.group(1))
        return f"]({new})" if new else match.group(0)

    def html(match: re.Match[str]) -> str:
        new = target_of(match.group(2), served=True)
        return f"{match.group(1)}{new}{match.group(3)}" if new else match.group(0)

    by_url = {p.url: p for p in site.pages}
    line = re.sub(r"\]\(\s*((?!mailto:|#)[^)\s]+)\)", markdown, line)
    return re.sub(r"""(<a\b[^>]*?\bhref\s*=\s*["'])((?!mailto:|#)[^"']+)(["'])""", html, line,
                  flags=re.IGNORECASE)  # fmt: skip


def byline(page: JekyllPage) -> list[str]:
    """``authors:`` in a page's front matter (al-folio's distill layout), which the layout shows under the title:
    their names (and affiliations), as a line at the top of the new page."""
    authors = page.meta.get("authors")
    said = []
    for author in authors if isinstance(authors, list) else []:
        name = author.get("name") if isinstance(author, dict) else author
        where = author.get("affiliations") if isinstance(author, dict) else None
        where = where.get("name") if isinstance(where, dict) else where
        if isinstance(name, str) and name.strip():
            place = where.strip() if isinstance(where, str) else ""
            said.append(f"{name.strip()} ({place})" if place else name.strip())
    return [f"*{', '.join(said)}*", ""] if said else []


def page_title(page: JekyllPage) -> str:
    return plain(rich_html(page.title)) or page.url.strip("/").replace("-", " ").capitalize() or "Home"
