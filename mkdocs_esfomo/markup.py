"""Markdown fields rendered to HTML, then sanitized: data may come from anyone's pull request."""

from __future__ import annotations

import html
from typing import Any

import markdown
import nh3
from markupsafe import Markup

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "i", "li", "ol", "p", "pre",
    "s", "strong", "sub", "sup", "ul", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody",
    "tr", "th", "td", "span", "kbd", "mark",
}
_ATTRS = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
_SCHEMES = {"http", "https", "mailto"}


def clean(html: str) -> str:
    """Keep only harmless tags; links get ``rel`` so they pass no trust on."""
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRS, url_schemes=_SCHEMES, link_rel="noopener nofollow")


class Converter:
    """Markdown fields to safe HTML for one build. ``known`` (text -> HTML) and ``used`` (the texts this
    build showed) belong to whoever runs the builds: what a build used is kept with the cached workshop,
    so an unchanged site converts none."""

    def __init__(self, known: dict[str, str], used: set[str]) -> None:
        self.known, self.used = known, used
        self._md: Any = None  # made on first use: it takes longer than building a small page
        self._plain: dict[str, str | None] = {}  # a paper's abstract is its page's description, JSON-LD and CSL

    def block(self, text: str | None) -> Markup:
        """A Markdown field (bio, abstract) as safe HTML."""
        if not text:
            return Markup("")
        if text not in self.known:
            self._md = self._md or markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
            self.known[text] = clean(self._md.reset().convert(text))
        self.used.add(text)
        return Markup(self.known[text])

    def inline(self, text: str | None) -> Markup:
        """An inline Markdown field (subtitle, announcement) as safe HTML with no wrapping paragraph."""
        out = str(self.block(text)).strip()
        if out.startswith("<p>") and out.endswith("</p>") and out.count("<p>") == 1:
            out = out[3:-4]
        return Markup(out)

    def plain(self, text: str | None) -> str | None:
        """A Markdown field as plain text, for metadata."""
        if not text:
            return None
        if text not in self._plain:
            self._plain[text] = html.unescape(nh3.clean(str(self.inline(text)), tags=set()))
        return self._plain[text]
