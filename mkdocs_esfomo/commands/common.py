"""What every ``esfomo`` command shares: the failure it reports in one line, the site it works on, counted words.

Every module of the commands imports it; it imports none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from ..plugin import EsfomoPlugin


class Failure(Exception):
    """Why the command could not do its job, printed as one line (exit status 1)."""


def site(config_file: str | None) -> tuple[MkDocsConfig, EsfomoPlugin]:
    """mkdocs.yml read by MkDocs itself (so !ENV and INHERIT work), and its esfomo plugin."""
    from mkdocs.config import load_config

    from ..plugin import EsfomoPlugin

    config = load_config(config_file)
    plugin = next((p for p in config.plugins.values() if isinstance(p, EsfomoPlugin)), None)
    if plugin is None:
        raise Failure(f"{config.config_file_path} does not use the esfomo plugin: add `plugins: [esfomo]`")
    return config, plugin


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else words or word + 's'}"
