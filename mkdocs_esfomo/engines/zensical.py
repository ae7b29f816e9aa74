"""Building the site with Zensical, from the same ``mkdocs.yml`` and ``docs/`` MkDocs builds.

Zensical ignores plugins it does not know, so nothing of ours runs inside it but a Python-Markdown
extension. Instead the site is made here first (:mod:`.tree`), into ``.esfomo-build/docs``, with a
derived config beside it (``.esfomo-build/mkdocs.yml``: that tree, our extension, CSS and script, the
same navigation and theme), and Zensical builds that. It builds into ``.esfomo-build/site``, which
replaces the site folder only once the build succeeded: a failed build leaves the last site as it was.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml

from . import Failed

if TYPE_CHECKING:  # the build of an unchanged site needs none of them (see fresh.py)
    from mkdocs.config.defaults import MkDocsConfig

    from .. import build
    from ..errors import Problem
    from . import tree as neutral

BUILD = ".esfomo-build"  # beside mkdocs.yml: the tree, the derived config, Zensical's own cache and staging site
PIN = "zensical==0.0.73"
# Plugins Zensical implements itself (its config keeps these and drops every other without a word).
KNOWN_PLUGINS = ("search", "offline", "tags", "blog", "rss", "social", "privacy", "glightbox", "meta", "typeset")
# Material partials Zensical's own theme replaces: an override of one breaks its page (the search
# partial makes the header three times as tall). They are left out, with a note.
REPLACED_PARTIALS = ("partials/search.html",)
MAIN = Path(__file__).parent.parent / "templates" / "zensical" / "main.html"


class Unavailable(Failed):
    """Zensical is not installed (the message says how to install it)."""


def require() -> None:
    if importlib.util.find_spec("zensical") is None:
        raise Unavailable(f"--engine zensical needs Zensical: pip install {PIN}")


def build_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path or config.docs_dir).parent.resolve() / BUILD


class Prepared(NamedTuple):
    config: Path  # the derived config Zensical builds
    warnings: list[Problem]  # what Zensical will not do that MkDocs would, at its line in mkdocs.yml
    notes: list[str]
    tree: neutral.Tree


def prepare(site: build.Site, config: MkDocsConfig, *, google_fonts: bool = False) -> Prepared:
    """Write the tree and the derived config for ``site`` (loaded and prepared)."""
    from . import tree as neutral

    folder = build_dir(config)
    made = neutral.make(site, config)
    neutral.write(made, folder / "docs", folder / "html")
    derived, problems = derived_config(site, config, folder, made, google_fonts=google_fonts)
    notes = _theme(config, folder / "overrides", site)
    path = folder / "mkdocs.yml"
    text = "# Written by `esfomo build --engine zensical` from mkdocs.yml: edit that file, not this one.\n"
    text += yaml.dump(derived, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return Prepared(path, problems, notes, made)


def derived_config(
    site: build.Site, config: MkDocsConfig, folder: Path, made: neutral.Tree, *, google_fonts: bool = False
) -> tuple[dict[str, Any], list[Problem]]:
    """The user's config as Zensical should read it: the same site, built from the tree."""
    from mkdocs.utils.yaml import yaml_load

    from .. import build
    from ..errors import Problem
    from ..render.plan import nav_order

    assert config.config_file_path is not None
    with open(config.config_file_path, "rb") as file:
        raw: dict[str, Any] = yaml_load(file)  # as MkDocs reads it: !ENV resolved, INHERIT merged
    problems: list[Problem] = []
    shown = site.shown(Path(config.config_file_path))

    def warn(key: str, message: str) -> None:
        lines = Path(config.config_file_path or "").read_text().splitlines()
        line = next((n for n, text in enumerate(lines, 1) if text.lstrip(" -").startswith(key)), 1)
        text = lines[line - 1] if line <= len(lines) else ""
        column = len(text) - len(text.lstrip(" -")) + 1  # where the key starts
        problems.append(Problem(shown, line, column, key, message, warning=True))

    derived = {k: v for k, v in raw.items() if k not in ("INHERIT", "hooks", "watch", "exclude_docs", "plugins")}
    if raw.get("hooks"):
        warn("hooks", "Zensical runs no hooks: these are left out of the Zensical build")
    plugins: list[Any] = []
    for entry in raw.get("plugins") or []:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        short = str(name).removeprefix("material/")
        if short == "esfomo":
            continue
        if short.split("/")[0] not in KNOWN_PLUGINS:
            warn(str(name), f"Zensical does not know the plugin '{name}' and would build without it")
            continue
        plugins.append({name: options} if options else name)
    derived["plugins"] = plugins
    # Without a site_url, no canonical link: Zensical would make one of the root path ("/2024/"), wrong on a
    # site served under a sub-path, where MkDocs writes none.
    derived["site_url"] = config.site_url or None
    derived["docs_dir"], derived["site_dir"] = "docs", "site"
    generated = [src for src in made.pages if src not in dict(site.project.pages) and src not in site.hidden_pages()]
    pages = nav_order([*site.project.in_nav, *generated])
    derived["nav"] = config.nav if config.nav is not None else site.nav(pages)
    theme = raw.get("theme") or {}
    theme = {"name": theme} if isinstance(theme, str) else dict(theme)
    theme["custom_dir"] = "overrides"
    theme.setdefault("variant", "classic")  # Material's layout: the same boxes as MkDocs builds
    if not google_fonts:
        theme["font"] = False
    derived["theme"] = theme
    extensions = list(raw.get("markdown_extensions") or [])
    names = {next(iter(e)) if isinstance(e, dict) else e for e in extensions}
    builtins = [name for name in ("toc", "tables", "fenced_code") if name not in names]  # MkDocs always has them
    derived["markdown_extensions"] = [*builtins, *extensions,
                                      {"mkdocs_esfomo.render.extension": {"html_dir": str(folder / "html")}}]
    for ours in build.STATIC:  # the package's CSS and scripts (the papers filter too), as the plugin lists them
        key = "extra_javascript" if ours.endswith(".js") else "extra_css"
        listed = list(derived.get(key) or [])
        derived[key] = listed if ours in listed else [*listed, ours]
    return _plain(derived), problems


def _theme(config: MkDocsConfig, target: Path, site: build.Site) -> list[str]:
    """The theme folder Zensical reads: the site's ``custom_dir`` (but partials Zensical replaces) and a
    ``main.html`` that adds an edition page's title and head. Returns notes on what was left out."""
    from .. import paths

    wanted: dict[Path, bytes] = {}
    notes = []
    custom = config.theme.custom_dir
    base = "base.html"
    if custom and Path(custom).is_dir():
        for path in sorted(Path(custom).rglob("*")):
            rel = path.relative_to(custom).as_posix()
            if not path.is_file():
                continue
            if rel in REPLACED_PARTIALS:
                notes.append(f"{site.shown(path)} overrides a Material partial that Zensical's theme replaces "
                             "with its own: it is left out of the Zensical build")
                continue
            if rel == "main.html":  # ours extends it
                wanted[target / "esfomo-site-main.html"] = path.read_bytes()
                base = "esfomo-site-main.html"
                continue
            wanted[paths.inside(target, rel, site.shown(path))] = path.read_bytes()
    wanted[target / "main.html"] = MAIN.read_text(encoding="utf-8").replace("@@BASE@@", base).encode()
    for path, data in wanted.items():
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in sorted(target.rglob("*"), reverse=True) if target.is_dir() else []:
        if path.is_file() and path not in wanted:
            path.unlink()
    return notes


def run_build(derived: Path, site_dir: Path, *, strict: bool) -> str | None:
    """Zensical's build of the tree, in this process; the site folder is replaced only when it succeeds.
    Returns None, or why it failed."""
    import zensical

    staging = derived.parent / "site"
    try:
        zensical.build(str(derived), {"clean": False, "strict": strict})
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # Zensical's Rust panics are not Exceptions
        return str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    if not staging.is_dir():
        return f"Zensical wrote no site into {staging}"
    _swap(staging, site_dir)
    return None


def _swap(staging: Path, site_dir: Path) -> None:
    """``staging`` becomes ``site_dir`` in one move (Zensical builds it again next time)."""
    site_dir = site_dir.resolve()
    old = site_dir.with_name(f".{site_dir.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    if site_dir.exists():
        site_dir.replace(old)
    try:
        staging.replace(site_dir)
    except OSError:  # another file system: copy it
        shutil.copytree(staging, site_dir)
    shutil.rmtree(old, ignore_errors=True)


def serve(derived: Path, dev_addr: str) -> subprocess.Popen[bytes]:
    """Zensical serving the tree, rebuilding as the tree changes."""
    command = [sys.executable, "-m", "zensical", "serve", "-f", str(derived), "-a", dev_addr]
    return subprocess.Popen(command, cwd=derived.parent)


def wait_until_up(process: subprocess.Popen[bytes], url: str, timeout: float = 60) -> bool:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError:
            time.sleep(0.2)
    return False


class _Dumper(yaml.Dumper):  # type: ignore[misc]  # PyYAML ships no type hints
    """Writes Python names (``!!python/name:...``, as in pymdownx.emoji's options) the way Zensical reads them."""


def _plain(value: Any) -> Any:
    """Plain values for YAML (escaped titles are ``Markup``, a str)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value) if isinstance(value, str) else value
