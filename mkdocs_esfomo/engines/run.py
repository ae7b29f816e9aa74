"""``esfomo build``, ``esfomo serve`` and ``esfomo gh-deploy``, with either engine.

The data and pages are checked first, the same way for both: bad data prints the same
``path:line:col: field: message`` report, exits 1 and leaves the site folder as it was.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from .. import cache, notes
from ..errors import DataError, Problem
from ..outputs.images import ImageError
from ..plugin import EsfomoPlugin
from . import Failed, fresh, zensical
from . import tree as neutral

log = logging.getLogger("mkdocs.plugins.esfomo")


def _logging() -> None:
    """MkDocs' messages on the terminal, as its own command shows them."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "esfomo", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler.esfomo = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def site(config_file: str | None, **overrides: Any) -> tuple[MkDocsConfig, EsfomoPlugin]:
    config = load_config(config_file, **{k: v for k, v in overrides.items() if v is not None})
    plugin = next((p for p in config.plugins.values() if isinstance(p, EsfomoPlugin)), None)
    if plugin is None:
        raise Failed(f"{config.config_file_path} does not use the esfomo plugin: add `plugins: [search, esfomo]`")
    return config, plugin


def checked(config: MkDocsConfig, plugin: EsfomoPlugin, *, strict: bool) -> None:
    """The data and pages as the build reads them: every problem printed; raise :class:`Failed` on errors,
    or on warnings with ``strict``."""
    try:
        workshop = plugin.load(config)
    except DataError as exc:
        for problem in exc.problems:
            print(problem.marked(), file=sys.stderr)
        raise Failed(f"{_counted(exc.problems)}: nothing was built, the site folder is as it was") from None
    for problem in workshop.warnings:
        print(problem.marked(), file=sys.stderr)
    if strict and workshop.warnings:
        raise Failed(f"{_counted(workshop.warnings)} in strict mode: nothing was built, the site folder is as it was")
    assert plugin.site is not None
    for note in plugin.site.notes():
        print(f"note: {note}", file=sys.stderr)


def _counted(problems: list[Problem]) -> str:
    errors = sum(not p.warning for p in problems)
    warnings = len(problems) - errors
    return ", ".join(f"{n} {word}{'s' if n != 1 else ''}" for n, word in ((errors, "error"), (warnings, "warning"))
                     if n or word == "error")


def build(config_file: str | None, *, engine: str, site_dir: str | None, strict: bool) -> MkDocsConfig:
    """Check, then build the site into its site folder with ``engine``; return the config."""
    if engine == "zensical":
        zensical.require()
    _logging()
    config, plugin = site(config_file, site_dir=site_dir, strict=strict or None)
    asked, strict = strict, bool(config.strict)
    checked(config, plugin, strict=strict)
    if engine == "mkdocs":
        from mkdocs.commands.build import build as mkdocs_build

        try:
            mkdocs_build(config)
        except MkDocsException as exc:  # MkDocs has logged what went wrong
            raise Failed(f"MkDocs did not build the site ({exc}): the site folder is as it was") from None
        return config
    assert plugin.site is not None
    plugin.site.prepare()
    try:
        prepared = zensical.prepare(plugin.site, config, google_fonts=plugin.config.google_fonts)
    except ImageError as exc:
        raise Failed(f"{exc}: nothing was built, the site folder is as it was") from None
    for note in prepared.notes:
        print(f"note: {note}", file=sys.stderr)
    for problem in prepared.warnings:
        print(problem.marked(), file=sys.stderr)
    if strict and prepared.warnings:
        raise Failed(f"{_counted(prepared.warnings)} in strict mode: nothing was built, the site folder is as it was")
    failed = zensical.run_build(prepared.config, Path(config.site_dir), strict=strict)
    if failed:
        raise Failed(f"Zensical did not build the site ({failed}): the site folder is as it was")
    plugin.site.keep(write=True)
    assert plugin.site.workshop is not None
    folder = zensical.build_dir(config)
    roots = [str(plugin.site.project.docs_dir), *([str(config.theme.custom_dir)] if config.theme.custom_dir else [])]
    report = [p.marked() for p in [*plugin.site.workshop.warnings, *prepared.warnings]]
    report += [f"note: {note}" for note in [*plugin.site.notes(), *prepared.notes]]
    fresh.record(folder, Path(config.config_file_path or ""), roots, fresh.settings(site_dir, asked),
                 thresholds=notes.moments(plugin.site.workshop), today=plugin.config.today, report=report,
                 target=str(Path(config.site_dir).resolve()))
    print(f"built {plugin.site.shown(Path(config.site_dir))}/ with Zensical", file=sys.stderr)
    return config


def gh_deploy(config_file: str | None, *, engine: str, site_dir: str | None, strict: bool, message: str | None,
              force: bool) -> None:
    """Build, then publish the site folder to the gh-pages branch, as ``mkdocs gh-deploy`` does."""
    config = build(config_file, engine=engine, site_dir=site_dir, strict=strict)
    from mkdocs.commands.gh_deploy import gh_deploy as deploy

    try:
        deploy(config, message=message, force=force)
    except (MkDocsException, SystemExit) as exc:
        raise Failed(f"the site was built but not published: {exc}") from None


def serve(config_file: str | None, *, engine: str, dev_addr: str | None) -> None:
    """Build and serve the site, rebuilding on every change of the data, the pages or mkdocs.yml."""
    if engine == "mkdocs":
        from mkdocs.commands.serve import serve as mkdocs_serve

        _logging()
        if dev_addr:
            mkdocs_serve(config_file, dev_addr=dev_addr)
        else:
            mkdocs_serve(config_file)
        return
    zensical.require()
    _logging()
    config, plugin = site(config_file)
    addr = dev_addr or f"{config.dev_addr.host}:{config.dev_addr.port}"
    served = _Served(config_file, plugin)
    derived = served.refresh()
    if derived is None:
        raise Failed("the site could not be built: fix the problems above and start again")
    process = zensical.serve(derived, addr)
    # SIGTERM (and a closed terminal's SIGHUP) stop the server as Ctrl+C does: by default they end this
    # process at once, leaving Zensical serving on the port.
    stops = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {stop: signal.signal(stop, _interrupt) for stop in stops}
    try:
        print(f"serving on http://{addr}/ with Zensical; every change of the data, the pages or mkdocs.yml "
              "rebuilds the site (Ctrl+C stops)", file=sys.stderr)
        stamps = served.stamps()
        while process.poll() is None:
            time.sleep(0.3)
            now = served.stamps()
            if now != stamps:
                stamps = now
                served.refresh()
    except KeyboardInterrupt:
        pass
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        cache.flush(plugin.memory)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


class _Served:
    """What ``esfomo serve --engine zensical`` keeps: the plugin (its memory) and the last good tree."""

    def __init__(self, config_file: str | None, plugin: EsfomoPlugin) -> None:
        self.config_file, self.plugin = config_file, plugin
        self.last: neutral.Tree | None = None
        self.folder: Path | None = None
        self.watched: list[Path] = []

    def stamps(self) -> dict[Path, tuple[int, int]]:
        found = {}
        for root in self.watched:
            paths = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
            for path in paths:
                stat = path.stat()
                found[path] = (stat.st_mtime_ns, stat.st_size)
        return found

    def refresh(self) -> Path | None:
        """Make the tree again; on bad data every page shows the problems until they are fixed."""
        config = load_config(self.config_file)
        self.plugin = next(p for p in config.plugins.values() if isinstance(p, EsfomoPlugin))
        self.folder = zensical.build_dir(config)
        self.watched = [Path(config.docs_dir), Path(config.config_file_path or "")]
        if config.theme.custom_dir:
            self.watched.append(Path(config.theme.custom_dir))
        try:
            self.plugin.load(config)
        except DataError as exc:
            for problem in exc.problems:
                print(problem.marked(), file=sys.stderr)
            self._show(exc.problems)
            log.error("The site was not built; pages show what to fix until a build succeeds.")
            return None
        assert self.plugin.site is not None
        for problem in self.plugin.site.workshop.warnings if self.plugin.site.workshop else []:
            print(problem.marked(), file=sys.stderr)
        self.plugin.site.prepare()
        prepared = zensical.prepare(self.plugin.site, config, google_fonts=self.plugin.config.google_fonts)
        for problem in prepared.warnings:
            print(problem.marked(), file=sys.stderr)
        self.last = prepared.tree
        self.plugin.site.keep(write=False)
        print("rebuilt the site", file=sys.stderr)
        return prepared.config

    def _show(self, problems: list[Problem]) -> None:
        """Every page of the last good tree becomes the list of problems (its other files stay)."""
        if self.last is None or self.folder is None:
            return
        failing = neutral.failing(self.last, problems)
        neutral.write(failing, self.folder / "docs", self.folder / "html")
