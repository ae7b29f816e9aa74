"""The plain values the validated data is made of, and what a built site reads back from the cache.

Nothing here needs pydantic: a build whose data has not changed loads the workshop
from the cache without importing it, which costs more than building a small site.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo


class ClockTime(NamedTuple):
    """A wall-clock time as written (``8:30am``), and what it means."""

    hour: int
    minute: int
    text: str

    @property
    def minutes(self) -> int:
        return self.hour * 60 + self.minute


class Moment(NamedTuple):
    """A date, with a time of day or without (then: the end of that day)."""

    date: dt.date
    time: ClockTime | None = None

    def on(self, zone: dt.tzinfo) -> dt.datetime:
        hour, minute = (self.time.hour, self.time.minute) if self.time else (23, 59)
        return dt.datetime.combine(self.date, dt.time(hour, minute), zone)


AOE = dt.timezone(dt.timedelta(hours=-12), "AoE")


def zone(name: str) -> dt.tzinfo:
    if name == "AoE":
        return AOE
    if name == "UTC":
        return dt.timezone.utc
    return ZoneInfo(name)


class Record:
    """A validated model's fields (and computed properties) as plain attributes, read-only by convention."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # equal by value, and mutable in principle

    def __repr__(self) -> str:
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"


ROLES = ("organizers", "speakers", "panelists")
KIND_LABEL: dict[str, str] = {
    "remarks": "Opening / closing remarks",
    "invited": "Invited Talk",
    "keynote": "Keynote",
    "talk": "Talk",
    "oral": "Oral",
    "spotlight": "Spotlight talks",
    "poster": "Poster Session",
    "panel": "Panel",
    "break": "Break",
    "awards": "Awards",
    "social": "Social",
}
# Kinds whose title stands alone in the schedule ("Coffee break", not "Break: Coffee break").
PLAIN_KINDS = frozenset({"remarks", "break", "poster", "awards", "social"})
KIND_EMOJI: dict[str, str] = {"poster": "🧑\u200d🎓", "panel": "💬", "awards": "🏅", "social": "🎉"}
