"""Open Graph and Twitter card tags: how an edition page looks when its link is shared."""

from __future__ import annotations

from markupsafe import escape

from ..markup import Converter
from ..workshop import Edition


def meta_tags(edition: Edition, site_name: str, url: str | None, image: str | None, markup: Converter) -> str:
    """``<meta>`` tags for the page's ``<head>``. ``url`` and ``image`` are absolute or None:
    link previews need absolute addresses, so without ``site_url`` there is no image."""
    data = edition.data
    title = data.title or data.name
    description = markup.plain(data.summary) or markup.plain(data.subtitle) or data.name
    properties = [("og:type", "website"), ("og:site_name", site_name), ("og:title", title),
                  ("og:description", description)]
    if url:
        properties.append(("og:url", url))
    if image:
        properties.append(("og:image", image))
        if data.banner and data.banner.alt:
            properties.append(("og:image:alt", data.banner.alt))
    names = [("twitter:card", "summary_large_image" if image else "summary"), ("twitter:title", title),
             ("twitter:description", description)]
    if image:
        names.append(("twitter:image", image))
    tags = [f'<meta property="{key}" content="{escape(value)}">' for key, value in properties]
    tags += [f'<meta name="{key}" content="{escape(value)}">' for key, value in names]
    return "".join(tags)
