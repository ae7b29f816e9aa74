"""The plain values the validated data is made of, and what a built site reads back from the cache.

Nothing here needs pydantic: a build whose data has not changed loads the workshop
from the cache without importing it, which costs more than building a small site.
"""

from __future__ import annotations

import datetime as dt
import os
import re
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


_HALF = re.compile(r"(\s?)([ap])(\.?)(m?)(\.?)$", re.IGNORECASE)


class ClockStyle(NamedTuple):
    """How an edition writes its times, so every time on its pages (the visitor's own too) reads alike."""

    hours: int = 24  # 12 or 24
    am: str = "am"  # how "am" is written with 12 hours: "am", " AM", "a.m."...
    padded: bool = True  # with 24 hours: "08:30", not "8:30"

    def text(self, hour: int, minute: int, written: str = "") -> str:
        if self.hours == 12:
            if written.lower() in ("noon", "midday", "midnight"):
                return written.lower()
            half = self.am if hour < 12 else self.am.replace("a", "p").replace("A", "P")
            return f"{hour % 12 or 12}:{minute:02d}{half}"
        return f"{hour:02d}:{minute:02d}" if self.padded else f"{hour}:{minute:02d}"

    @classmethod
    def of(cls, texts: list[str]) -> ClockStyle:
        """The style most of ``texts`` (times as written) are in: 12 hours if more carry am/pm than
        read as 24 hours (13:00, 08:30)."""
        halves = [m for m in map(_HALF.search, texts) if m and any(c.isdigit() for c in m.string)]
        whole = [t for t in texts if not _HALF.search(t) and (t[:1] == "0" or (t[:2].isdigit() and int(t[:2]) > 12))]
        if not halves or len(whole) > len(halves):
            unpadded = [t for t in texts if t[:1].isdigit() and not t[1:2].isdigit() and not _HALF.search(t)]
            return cls(24, padded=not unpadded or len(whole) > len(unpadded))
        # "9:00 AM" and "1:00 PM" are one style: its am
        forms = [m.group(1) + ("A" if m.group(2).isupper() else "a") + m.group(3) + (m.group(4) and m.group(4)
                 + m.group(5)) for m in halves]
        return cls(12, max(set(forms), key=lambda form: (forms.count(form), form)))


class Moment(NamedTuple):
    """A date, with a time of day or without (then: the end of that day)."""

    date: dt.date
    time: ClockTime | None = None

    def on(self, zone: dt.tzinfo) -> dt.datetime:
        hour, minute = (self.time.hour, self.time.minute) if self.time else (23, 59)
        return dt.datetime.combine(self.date, dt.time(hour, minute), zone)


AOE = dt.timezone(dt.timedelta(hours=-12), "AoE")


def build_time(option: object) -> dt.datetime:
    """"Today" for past deadlines and announcements: the option, else SOURCE_DATE_EPOCH, else now."""
    if isinstance(option, dt.datetime):
        return option if option.tzinfo else option.replace(tzinfo=dt.timezone.utc)
    if isinstance(option, dt.date):
        return dt.datetime.combine(option, dt.time(12), dt.timezone.utc)
    if option:
        text = str(option).strip().replace("T", " ")
        parsed = dt.datetime.fromisoformat(text) if " " in text else dt.datetime.fromisoformat(text + " 12:00")
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc)



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


# What people write for a zone, and the IANA name it stands for (the name follows daylight saving time).
ABBREVIATIONS = {
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "MT": "America/Denver", "MDT": "America/Denver",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "ET": "America/New_York", "EDT": "America/New_York",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage",
    "BST": "Europe/London", "CEST": "Europe/Paris", "EEST": "Europe/Athens", "WEST": "Europe/Lisbon",
    "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "ACST": "Australia/Adelaide", "AWST": "Australia/Perth", "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland", "BRT": "America/Sao_Paulo", "WAT": "Africa/Lagos", "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg", "GST": "Asia/Dubai", "PKT": "Asia/Karachi", "ICT": "Asia/Bangkok",
    "HT": "Pacific/Honolulu", "MSK": "Europe/Moscow", "CAT": "Africa/Maputo",
}  # fmt: skip
# Names tzdata accepts that keep one offset all year: a summer workshop in New York written as EST is
# an hour off. The loader warns about them (see data/checks.py).
FIXED_ZONES = {"EST": "America/New_York", "MST": "America/Denver", "HST": "Pacific/Honolulu"}
# Names tzdata accepts that follow a region's summer time, and a place that keeps them.
REGION_ZONES = {"CET": "Europe/Paris", "EET": "Europe/Athens", "WET": "Europe/Lisbon"}

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
