"""The workshop as the pages see it: people resolved, times made absolute."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

from . import values
from .errors import Problem

if TYPE_CHECKING:  # the data is a read-only copy of the validated models, with the same fields (values.Record)
    from .data import schema


class Person(NamedTuple):
    """A person as one edition shows them (edition overrides applied)."""

    id: str | None
    name: str
    affiliation: str | None = None
    url: str | None = None
    photo: str | None = None  # None also when the file is missing: the card shows initials
    bio: str | None = None
    group: str | None = None  # the group of its role they are listed under ("Program chairs")

    @property
    def initials(self) -> str:
        words = [w for w in self.name.replace("-", " ").split() if w[:1].isalpha()]
        return "".join(w[0] for w in (words[:1] + words[1:][-1:])).upper() or self.name[:1]


class Row(NamedTuple):
    """One row of the schedule table: a session header, or an item."""

    session: str | None = None  # set on header rows only
    emoji: str | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    time_text: str | None = None
    kind: str = "talk"
    label: str = ""
    title: str | None = None
    speakers: tuple[Person, ...] = ()
    authors: tuple[str, ...] = ()
    link: str | None = None
    links: tuple[tuple[str, str], ...] = ()
    abstract: str | None = None
    in_session: bool = False
    day: dt.date | None = None
    end_text: str | None = None
    paper: str | None = None  # the id of the paper presented
    anchor: str = ""  # the row's id on the page
    end_written: bool = False  # the item's own `end:` (else its end is the next item's start)
    papers: tuple[str, ...] = ()  # a poster session's papers (ids)


class Following(NamedTuple):
    """Whom an edition names as people.yml has them now, and where (in its file) the first of them is named."""

    ids: tuple[str, ...] = ()
    first: tuple[str | int, ...] = ()


class Deadline(NamedTuple):
    """An important date, made absolute."""

    name: str
    at: dt.datetime
    all_day: bool
    tz: str
    was: dt.datetime | None
    note: str | None
    past: bool = False  # set by Workshop.as_of


@dataclass
class Edition:
    """One edition, ready to render."""

    id: str
    data: schema.EditionFile
    source: str
    people: dict[str, list[Person]] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    announcements: list[schema.Announcement] = field(default_factory=list)  # those showing today (as_of)
    papers: dict[str, schema.Paper] = field(default_factory=dict)
    clock: values.ClockStyle = field(default_factory=values.ClockStyle)  # how its times are shown
    past: bool = False  # its last day is over (set by Workshop.as_of); a draft is never past
    # The people it shows as people.yml has them now: a past edition's page changes with people.yml until
    # `esfomo freeze` copies them in.
    follows: Following = field(default_factory=Following)

    @property
    def draft(self) -> bool:
        """Being prepared: no date yet, or ``draft: true``. Never current while another edition is dated."""
        return self.data.draft or self.data.first_day is None

    def talks(self, person: Person) -> list[Row]:
        """The schedule rows ``person`` speaks in (by id, or by name for a one-off person)."""
        same = (lambda p: p.id == person.id) if person.id else (lambda p: p.id is None and p.name == person.name)
        return [row for row in self.rows if any(same(p) for p in row.speakers)]

    @property
    def submission(self) -> Deadline | None:
        """The paper submission deadline, which decides whether submissions are open."""
        return next((d for d in self.deadlines if "submission" in d.name.lower()), None)

    @property
    def zone(self) -> dt.tzinfo | None:
        return values.zone(self.data.timezone) if self.data.timezone else None

    @property
    def zone_label(self) -> str | None:
        if self.data.timezone_label:
            return self.data.timezone_label
        if not self.data.timezone:
            return None
        day = self.data.first_day or dt.date(2000, 1, 1)  # no date: the zone's standard time, same every build
        noon = dt.datetime.combine(day, dt.time(12), values.zone(self.data.timezone))
        return noon.tzname() or self.data.timezone


@dataclass
class Workshop:
    """Everything in ``_data/``: the people and every edition, newest first."""

    people: dict[str, Person]
    editions: dict[str, Edition]
    current: str | None
    now: dt.datetime | None = None  # "today", once as_of has set it
    warnings: list[Problem] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)  # every file the data names (photos, banners, logos)
    pinned: bool = False  # the plugin option `current` chose the current edition, not the dates

    def edition(self, edition_id: str | None) -> Edition | None:
        return self.editions.get(edition_id or self.current or "")

    def as_of(self, now: dt.datetime) -> Workshop:
        """A copy as the site shows it at ``now``: which deadlines have passed, which announcements show,
        which editions are over and which one is current."""
        editions = {}
        for eid, edition in self.editions.items():
            today = now.astimezone(edition.zone or dt.timezone.utc).date()
            last_day = edition.data.last_day
            # Without a zone, a day is over once it is over everywhere (Anywhere on Earth, UTC-12).
            everywhere = now.astimezone(values.AOE).date()
            editions[eid] = replace(
                edition,
                deadlines=[d._replace(past=d.at < now) for d in edition.deadlines],
                announcements=[a for a in edition.data.announcements
                               if (a.from_ is None or a.from_ <= today) and (a.until is None or today <= a.until)],
                past=not edition.draft and last_day is not None
                and last_day < (today if edition.zone else everywhere),
            )
        current = self.current if self.pinned else _current(list(editions.values())) or self.current
        return replace(self, editions=editions, now=now, current=current)


def _current(editions: list[Edition]) -> str | None:
    """The edition the home page shows: the next one not over yet, else the last one held; drafts only
    when no edition has a date."""
    dated = [e for e in editions if not e.draft]
    ahead = sorted((e for e in dated if not e.past), key=lambda e: (e.data.first_day, e.id))
    if ahead:
        return ahead[0].id
    held = sorted(dated, key=lambda e: (e.data.last_day, e.id))
    return held[-1].id if held else None
