"""Options of the ``esfomo`` plugin (``plugins: [esfomo]`` needs none of them)."""

from __future__ import annotations

import datetime as dt

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config


class EsfomoConfig(Config):
    enabled = opt.Type(bool, default=True)
    """Turn the plugin off, e.g. for a quick preview of prose only."""

    current = opt.Optional(opt.Type((str, int)))
    """The edition shown on pages that name none; default: the next one not over yet, else the last one held."""

    today = opt.Optional(opt.Type((str, dt.date)))
    """The date (``2025-06-01``) or time used for past deadlines, announcements and editions.
    Default: ``SOURCE_DATE_EPOCH`` if set, else the clock."""

    cache_dir = opt.Type(str, default=".cache/esfomo")
    """Where resized photos, compiled fragments and the checked data are kept between builds
    (relative to mkdocs.yml); deleting it is safe."""

    images = opt.Type(bool, default=True)
    """Resize photos and the banner to WebP at build time; off: link the originals."""

    edition_pages = opt.Type(bool, default=True)
    """Generate a page for every edition that has none in the docs folder."""

    paper_pages = opt.Type(bool, default=True)
    """Give every accepted paper with an id a page of its own (``<edition>/papers/<id>/``, with the tags
    Google Scholar indexes it by), and publish each edition's ``papers.bib`` and ``papers.json``."""

    google_fonts = opt.Type(bool, default=False)
    """Material loads Roboto from Google by default, which leaks visitors' addresses
    and fails offline; the plugin turns that off unless this is true."""
