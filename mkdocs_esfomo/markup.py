"""Markdown fields rendered to HTML, then sanitized: data may come from anyone's pull request."""

from __future__ import annotations

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
_md: markdown.Markdown | None = None  # made on first use: it takes longer than building a small page
# Markdown -> sanitized HTML, for the whole process; the texts a build used are kept with the
# cached workshop, so an unchanged site converts none.
known: dict[str, str] = {}
used: set[str] = set()


def clean(html: str) -> str:
    """Keep only harmless tags; links get ``rel`` so they pass no trust on."""
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRS, url_schemes=_SCHEMES, link_rel="noopener nofollow")


def block(text: str | None) -> Markup:
    """A Markdown field (bio, abstract) as safe HTML."""
    global _md
    if not text:
        return Markup("")
    if text not in known:
        _md = _md or markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
        known[text] = clean(_md.reset().convert(text))
    used.add(text)
    return Markup(known[text])


def inline(text: str | None) -> Markup:
    """An inline Markdown field (subtitle, announcement) as safe HTML with no wrapping paragraph."""
    html = str(block(text)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)
