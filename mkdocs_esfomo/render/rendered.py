"""Directive HTML kept from build to build, keyed by everything it is made from.

A directive's HTML depends on the data of the edition it shows (the edition's file and the people
file), the directive and its options, the page's URL, the date the build runs for (which deadlines
have passed, which announcements show), where the other pages are, the templates and this package.
A build whose inputs did not change renders nothing it rendered before; after an edit of one
edition's file, only that edition's directives (and those that list every edition) render again.
Each record is plain data: the HTML and the photos it shows, named as the renderer asked for them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .. import __version__
from ..htmlfile import HtmlFile
from ..outputs.images import Images

EVERY_EDITION = ("editions",)  # what shows every edition


def digest(*parts: Any) -> str:
    return hashlib.blake2b(json.dumps(parts, default=str).encode(), digest_size=16).hexdigest()


def template_digest(dirs: Iterable[Path]) -> str:
    """Every fragment the renderer can load, by content: an override in the theme folder counts too."""
    found = hashlib.blake2b(digest_size=16)
    for folder in dirs:
        for path in sorted((folder / "fragments").rglob("*")) if (folder / "fragments").is_dir() else ():
            if path.is_file():
                found.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return found.hexdigest()


def code_digest() -> str:
    """This package: its version and its modules as installed (a change of the code renders again)."""
    code = Path(__file__).resolve().parent.parent
    return digest(__version__, [(str(p.relative_to(code)), p.stat().st_mtime_ns, p.stat().st_size)
                                for p in sorted(code.rglob("*.py"))])


class Kept:
    """The HTML of one build's directives: taken from ``known`` (digest -> record) or made and added."""

    def __init__(self, known: HtmlFile, used: set[str], build: str, editions: dict[str, str],
                 images: Images | None, overridden: bool = False) -> None:
        self.known, self.used, self.build, self.editions, self.images = known, used, build, editions, images
        self.overridden = overridden  # the site's own fragments may show any edition: keyed by all the data
        self.made = 0  # directives rendered in this build (0: all kept)

    def html(self, name: str, edition: str, options: dict[str, str], url: str, base: str | None,
             make: Callable[[], str], also: str | None = None) -> str:
        """What ``make`` returns for this directive, made only if no build made it before (``also``: another
        edition it shows, as the notice over a past edition's page names the current one)."""
        data: Any = self.editions.get("" if name in EVERY_EDITION or self.overridden else edition)
        if also is not None:
            data = [data, self.editions.get(also)]
        key = digest(self.build, data, name, edition, sorted(options.items()), url, base)
        self.used.add(key)
        record = self.known.get(key)
        if record is not None:
            for rel, size, fit in record["images"]:  # the photos it shows are published as if rendered
                if self.images:
                    self.images.fit(rel, fit) if fit else self.images.square(rel, size)
            return str(record["html"])
        asked: list[list[Any]] = []
        if self.images:
            self.images.asked = asked
        try:
            html = make()
        finally:
            if self.images:
                self.images.asked = None
        self.known[key] = {"html": html, "images": asked}
        self.made += 1
        return html


def data_digests(contents: dict[Path, bytes]) -> dict[str, str]:
    """Edition id -> the digest of what its directives show (its file and the people file); ``""``: all."""
    people = hashlib.blake2b(digest_size=16)
    for path, raw in contents.items():
        if path.parent.name != "editions":
            people.update(raw)
    found = {path.stem: hashlib.blake2b(raw, key=people.digest(), digest_size=16).hexdigest()
             for path, raw in contents.items() if path.parent.name == "editions"}
    found[""] = digest(sorted(found.items()), people.hexdigest())
    return found


def build_digest(workshop: Any, project: Any, plan: Any, calendars: list[str], images: bool,
                 templates: Path) -> str:
    """What every directive of this build depends on besides its edition's data (``project``: a build.Project;
    ``plan``: a plan.SitePlan; ``calendars``: the site paths of the .ics files)."""
    now = workshop.now
    shown_at = [(eid, [d.past for d in e.deadlines], [i for i, a in enumerate(e.data.announcements)
                                                     if a in e.announcements]) for eid, e in workshop.editions.items()]
    assets = [(rel, (project.docs_dir / rel).stat().st_mtime_ns if (project.docs_dir / rel).exists() else None)
              for rel in workshop.assets]
    return digest(code_digest(), template_digest([*project.theme_dirs, templates]), str(now.date()), shown_at,
                  workshop.current, plan.edition_urls, plan.schedule_urls, plan.paper_urls, calendars,
                  images, assets, project.use_directory_urls)


def overridden(theme_dirs: Iterable[Path]) -> bool:
    """Whether the site has fragments of its own (``overrides/fragments/esfomo/``)."""
    return any((folder / "fragments/esfomo").is_dir() for folder in theme_dirs)
