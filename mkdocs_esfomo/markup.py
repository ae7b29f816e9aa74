"""Markdown fields rendered to HTML, then sanitized: data may come from anyone's pull request."""

from __future__ import annotations

from functools import lru_cache

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
_md = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")


def clean(html: str) -> str:
    """Keep only harmless tags; links get ``rel`` so they pass no trust on."""
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRS, url_schemes=_SCHEMES, link_rel="noopener nofollow")


@lru_cache(maxsize=4096)
def block(text: str | None) -> Markup:
    """A Markdown field (bio, abstract) as safe HTML."""
    if not text:
        return Markup("")
    return Markup(clean(_md.reset().convert(text)))


@lru_cache(maxsize=4096)
def inline(text: str | None) -> Markup:
    """An inline Markdown field (subtitle, announcement) as safe HTML with no wrapping paragraph."""
    html = str(block(text)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)
