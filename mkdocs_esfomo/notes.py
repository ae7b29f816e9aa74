"""What the site owner should know that is not wrong: notes printed by a build, never failing it, and the
warnings of editions whose pages would change by themselves."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Problem, dotted

if TYPE_CHECKING:
    from .render.paperpages import PaperPlan
    from .workshop import Edition, Workshop


def notes(workshop: Workshop, contents: dict[Path, bytes], root: Path, plugins: tuple[str, ...], site_url: str,
          papers: PaperPlan, features: tuple[str, ...] = ()) -> list[str]:
    """What the site owner should know that is not wrong: printed, never failing a build (``features``: the
    theme's)."""
    found = []
    for edition in workshop.editions.values():
        if edition.draft and edition.id != workshop.current:
            why = "draft: true" if edition.data.draft else "no date yet"
            found.append(f"{edition.id} is in preparation ({why}): its page says so; it becomes the current "
                         f"edition once it has a date, is no draft, and {workshop.current} is over")
    current = workshop.editions.get(workshop.current or "")
    later = [e for e in workshop.editions.values() if current and not workshop.pinned and not e.draft
             and e.data.first_day and current.data.first_day and e.data.first_day > current.data.first_day]
    if current and later:  # the default once was the latest date: say why the home page is not that one
        found.append(f"{later[0].id} has a later date, but {current.id} is the current edition until its last "
                     f"day ({current.data.last_day}): the home page shows the next edition not yet over; set "
                     f"`current: \"{later[0].id}\"` in the esfomo plugin's options to show {later[0].id} now")
    found += placeholders(contents, root)
    asked = [feature for feature in features if feature.startswith("search.")]
    if asked and not any(name.split("/")[-1] == "search" for name in plugins):
        found.append(f"theme.features lists {', '.join(asked)}, but the site has no search: add `- search` first "
                     "under `plugins:` in mkdocs.yml for a search box (a plugins list replaces MkDocs' default one)")
    if not site_url:
        found.append("no site_url in mkdocs.yml: edition pages are shared without an image (link previews "
                     "need its absolute address)")
    for eid, count in papers.without_id.items():
        found.append(f"{count} paper{'s' if count > 1 else ''} of edition {eid} {'have' if count > 1 else 'has'} "
                     "no id, and so no page of its own: give each an id (import-papers gives OpenReview's)")
    return found


Locate = Callable[['Edition', tuple[str | int, ...]], tuple[int, int]]  # where a field is in an edition's file


def unfrozen(workshop: Workshop, position: Locate) -> list[Problem]:
    """A warning for each edition that is over and still shows people as people.yml has them now, while a
    later edition is being prepared with people.yml: its page would change with them (``position``: where a
    field is in an edition's file)."""
    editions = list(workshop.editions.values())
    found = []
    for edition in editions:
        follows, last_day = edition.follows, edition.data.last_day
        if not edition.past or not follows.ids or last_day is None:
            continue
        if not any(e.draft or (e.data.first_day or dt.date.min) > last_day for e in editions):
            continue
        names = ", ".join(follows.ids[:3]) + (f" and {len(follows.ids) - 3} more" if len(follows.ids) > 3 else "")
        message = (f"{edition.id} is over but shows {names} as people.yml has them now, so its page changes "
                   f"when people.yml does: run `esfomo freeze {edition.id}` to keep them as they were")
        line, col = position(edition, follows.first)
        found.append(Problem(edition.source, line, col, dotted(follows.first), message, warning=True))
    return found


# The starter's example values: left in the data, they would be published as if they were real.
_PLACEHOLDER = re.compile(r"""[^\s"',{}\[\]]*\bexample\.(?:org|com|net)\b[^\s"',{}\[\]]*"""
                          r"|\bExample (?:Conference|Labs)\b")


def placeholders(contents: dict[Path, bytes], root: Path) -> list[str]:
    """A note for each example value left in the data files (``contents``: their bytes, as the build read
    them), at ``file:line:col``. Notes, not warnings: a site fresh from ``esfomo new`` builds with ``--strict``
    while its examples are being replaced."""
    found = []
    for path, raw in contents.items():
        if b"xample" not in raw:  # every example value holds it: a file without it (most) is not read line by line
            continue
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        for number, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), 1):
            if "xample" not in line:
                continue
            value = line.split(" #")[0] if not line.lstrip().startswith("#") else ""
            found += [f"{shown}:{number}:{match.start() + 1}: '{match.group()}' is an example value: replace it "
                      "with the real one, or delete it" for match in _PLACEHOLDER.finditer(value)]
    return found


def moments(workshop: Workshop) -> list[float]:
    """When the pages change by themselves (as timestamps): a deadline passes, an announcement starts or ends."""
    found = []
    for edition in workshop.editions.values():
        found += [d.at.timestamp() for d in edition.deadlines]
        zone = edition.zone or dt.timezone.utc
        for item in edition.data.announcements:
            if item.from_:
                found.append(dt.datetime.combine(item.from_, dt.time(), zone).timestamp())
            if item.until:
                found.append(dt.datetime.combine(item.until + dt.timedelta(days=1), dt.time(), zone).timestamp())
    return sorted(found)
