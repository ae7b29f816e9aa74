"""The workshop data format as typed models: the one source of validation and JSON Schema.

Field names follow the data-format contract. Values that people write in
many ways (times, dates, deadlines) are parsed here once, so templates only
ever see clean Python values.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfoNotFoundError, available_timezones

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    Tag,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .values import ClockTime, Moment, zone


def _fail(message: str) -> PydanticCustomError:
    return PydanticCustomError("esfomo", message)


def _text(value: Any) -> str:
    """Plain text: a string, or a number/date YAML read as one (``2024``)."""
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        raise _fail(f"expected text, got {_kind(value)}")
    text = str(value).strip()
    if not text:
        raise _fail("must not be empty")
    # Most text is printable, which rules out the control characters YAML lets through ("\0", "\x07").
    if not text.isprintable() and (control := _CONTROL.search(text)):
        raise _fail(f"contains control character U+{ord(control.group()):04X}: remove it")
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAK = re.compile(r"\s*[\r\n\t\v\f\x85\u2028\u2029]\s*")


def _plain(value: Any) -> str:
    """Plain text is one line: a line break or tab becomes a space, as a browser shows it anyway."""
    text = _text(value)
    return text if text.isprintable() else _BREAK.sub(" ", text)  # line breaks and tabs are not printable


def _kind(value: Any) -> str:
    return {list: "a list", dict: "a mapping", bool: "true/false", type(None): "nothing"}.get(
        type(value), f"{type(value).__name__} {value!r}"
    )


# YAML reads `tier: 1` or `name: 2024` as numbers, which are fine as text.
Text = Annotated[str, PlainValidator(_plain), WithJsonSchema({"type": ["string", "number"], "minLength": 1})]
InlineMarkdown = Annotated[
    str, PlainValidator(_text), WithJsonSchema({"type": "string", "description": "inline Markdown"})
]
Markdown = Annotated[str, PlainValidator(_text), WithJsonSchema({"type": "string", "description": "Markdown"})]

_URL = re.compile(r"^(https?://[^\s/?#<>\"]+[^\s<>\"]*|mailto:[^@\s<>\"]+@[^@\s<>\"]+)$", re.IGNORECASE)


def _url(value: Any) -> str:
    text = _text(value)
    if not _URL.match(text):
        raise _fail(f"'{text}' is not a web address: it must start with http:// or https:// (or mailto:)")
    return text


Url = Annotated[
    str, PlainValidator(_url), WithJsonSchema({"type": "string", "pattern": "^(https?://|mailto:)", "format": "uri"})
]

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\".]+(\.[^@\s<>\".]+)+$")


def _email(value: Any) -> str:
    text = _text(value).removeprefix("mailto:")
    if not _EMAIL.match(text):
        raise _fail(f"'{text}' is not an e-mail address")
    return text


Email = Annotated[str, PlainValidator(_email), WithJsonSchema({"type": "string", "format": "email"})]


def _asset(value: Any) -> str:
    text = _text(value).replace("\\", "/")
    if re.match(r"^[a-z][a-z0-9+.-]*:", text, re.IGNORECASE):
        raise _fail(f"'{text}' must be a file in the docs folder, not an address")
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if text.startswith("/") or ".." in parts:
        raise _fail(f"'{text}' leaves the docs folder: give a path relative to it, like assets/img/photo.jpg")
    return "/".join(parts)


AssetPath = Annotated[
    str, PlainValidator(_asset), WithJsonSchema({"type": "string", "description": "path relative to docs/"})
]


_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)


def parse_time(value: Any) -> ClockTime:
    if isinstance(value, ClockTime):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads an unquoted 8:30 as the base-60 number 510.
        hour, minute = divmod(value, 60)
        text = f"{hour}:{minute:02d}"
        if not 0 <= hour < 24:
            raise _fail(f"'{text}' is not a time: hours go from 0 to 23")
        return ClockTime(hour, minute, text)
    if not isinstance(value, str):
        raise _fail(f"expected a time like \"08:30\" or \"8:30am\", got {_kind(value)}")
    text = " ".join(value.split())
    lowered = text.lower()
    if lowered in ("noon", "midday"):
        return ClockTime(12, 0, text)
    if lowered == "midnight":
        return ClockTime(0, 0, text)
    match = _TIME.match(text)
    if not match or (match.group(4) and not match.group(3)):
        raise _fail(f"'{text}' is not a time: write it like \"08:30\", \"8:30am\" or \"noon\"")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if minute > 59:
        raise _fail(f"'{text}' is not a time: minutes go from 00 to 59")
    if half:
        if not 1 <= hour <= 12:
            raise _fail(f"'{text}' is not a time: with am/pm, hours go from 1 to 12")
        hour = hour % 12 + (12 if half == "p" else 0)
    elif hour > 23:
        raise _fail(f"'{text}' is not a time: hours go from 0 to 23")
    return ClockTime(hour, minute, text)


Time = Annotated[
    ClockTime,
    PlainValidator(parse_time),
    # An integer is what YAML 1.1 (PyYAML) makes of an unquoted 8:30; YAML 1.2 editors see a string.
    WithJsonSchema({"type": ["string", "integer"], "description": 'wall-clock time: "08:30", "8:30am", "noon"'}),
]


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", value.strip()):
        got = repr(value) if isinstance(value, str) else _kind(value)
        raise _fail(f"expected a date like 2025-07-18, got {got}")
    year, month, day = map(int, value.strip().split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _fail(f"'{value.strip()}' is not a real date ({exc})") from None


Day = Annotated[dt.date, PlainValidator(parse_date), WithJsonSchema({"type": "string", "format": "date"})]


def parse_moment(value: Any) -> Moment:
    if isinstance(value, dt.datetime):
        return Moment(value.date(), ClockTime(value.hour, value.minute, f"{value:%H:%M}"))
    if isinstance(value, str) and " " in value.strip():
        day, _, clock = value.strip().partition(" ")
        return Moment(parse_date(day), parse_time(clock.strip()))
    return Moment(parse_date(value))


At = Annotated[
    Moment,
    PlainValidator(parse_moment),
    WithJsonSchema({"type": "string", "description": "YYYY-MM-DD or YYYY-MM-DD HH:MM"}),
]

@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def _zone_name(value: Any) -> str:
    text = _text(value)
    if text in ("AoE", "UTC"):
        return text
    try:
        zone(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of zones (Europe), a name too long
        import difflib

        close = difflib.get_close_matches(text, _zone_names(), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else " (use an IANA name like Europe/Vienna)"
        region = sorted(name for name in _zone_names() if name.startswith(text + "/"))
        if region:  # a folder of zones, like America
            hint = f" (a region: name a zone in it, like {region[0]})"
        raise _fail(f"unknown time zone '{text}'{hint}") from None
    return text


Zone = Annotated[str, PlainValidator(_zone_name), WithJsonSchema({"type": "string", "description": "IANA zone"})]
PersonId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
# An id written in YAML, which may read it as a number (`paper: 12`).
Key = Annotated[str, PlainValidator(lambda v: _text(v)), WithJsonSchema({"type": ["string", "integer"]})]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


class PersonEntry(Model):
    """A person in ``people.yml``."""

    name: Text
    affiliation: Text | None = None
    url: Url | None = None
    photo: AssetPath | None = None
    bio: Markdown | None = None


def _person_ref(value: Any) -> Any:
    return {"id": value} if isinstance(value, (str, int)) and not isinstance(value, bool) else value


class PersonRef(Model):
    """An id from people.yml, optionally with fields overridden, or a one-off person."""

    id: Annotated[str, PlainValidator(lambda v: str(v)), WithJsonSchema({"type": ["string", "integer"]})] | None = None
    name: Text | None = None
    affiliation: Text | None = None
    url: Url | None = None
    photo: AssetPath | None = None
    bio: Markdown | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_id(cls, value: Any) -> Any:
        return _person_ref(value)

    @model_validator(mode="after")
    def _named(self) -> PersonRef:
        if self.id is None and self.name is None:
            raise _fail("give an id from people.yml or a name")
        return self

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> Any:
        # In YAML a bare id is the usual form; editors should offer it too.
        mapping = {**handler(core_schema), "anyOf": [{"required": ["id"]}, {"required": ["name"]}]}
        return {"anyOf": [{"type": "string", "description": "id from people.yml"}, mapping]}


Kind = Literal[
    "remarks", "invited", "keynote", "talk", "oral", "spotlight", "poster", "panel", "break", "awards", "social"
]

class ScheduleItem(Model):
    day: Day | None = None
    time: Time | None = None
    end: Time | None = None
    kind: Kind = "talk"
    label: Text | None = None
    title: Text | None = None
    speakers: list[PersonRef] = []
    paper: Key | None = None
    link: Url | None = None
    links: dict[str, Url] = {}
    abstract: Markdown | None = None
    emoji: Text | None = None


class Session(Model):
    session: Text
    emoji: Text | None = None
    day: Day | None = None
    time: Time | None = None
    items: list[ScheduleItem] = Field(min_length=1)


def _entry_kind(value: Any) -> str:
    session = isinstance(value, Session) or (isinstance(value, dict) and "session" in value)
    return "<session>" if session else "<item>"


# Tags in error locations are stripped by the loader (they start with "<").
ScheduleEntry = Annotated[
    Annotated[Session, Tag("<session>")] | Annotated[ScheduleItem, Tag("<item>")],
    Discriminator(_entry_kind),
]


class Conference(Model):
    name: Text
    url: Url | None = None


class Location(Model):
    city: Text | None = None
    venue: Text | None = None
    room: Text | None = None
    map: Url | None = None


class Banner(Model):
    image: AssetPath | None = None
    width: Annotated[int, Field(gt=0, le=4000)] | None = None
    alt: Text | None = None

    @model_validator(mode="after")
    def _alt(self) -> Banner:
        if self.image and not self.alt:
            raise _fail("alt is required with image: describe the banner for people who cannot see it")
        return self


class Announcement(Model):
    text: InlineMarkdown
    from_: Day | None = Field(None, alias="from")
    until: Day | None = None


class ImportantDate(Model):
    name: Text
    at: At
    tz: Zone = "AoE"
    was: At | None = None
    note: Text | None = None


class Topic(Model):
    group: Text
    items: list[Text] = []


class Sponsor(Model):
    name: Text
    url: Url | None = None
    logo: AssetPath | None = None
    tier: Text | None = None


def _authors(value: Any) -> tuple[str, ...]:
    return tuple(map(_plain, value)) if isinstance(value, list) else (_plain(value),)


Authors = Annotated[
    tuple[str, ...],
    PlainValidator(_authors),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]


class Paper(Model):
    id: Key | None = None
    title: Text
    authors: Authors = ()
    kind: Literal["oral", "spotlight", "poster"] = "poster"
    url: Url | None = None
    pdf: Url | None = None
    openreview: Url | None = None
    code: Url | None = None
    video: Url | None = None
    abstract: Markdown | None = None
    board: Text | None = None
    award: Text | None = None


def _workshop_date(value: Any) -> dt.date | tuple[dt.date, dt.date]:
    if isinstance(value, list):
        if len(value) != 2:
            raise _fail(f"give one date, or [start, end]: got a list of {len(value)}")
        start, end = parse_date(value[0]), parse_date(value[1])
        if end < start:
            raise _fail(f"the end ({end}) comes before the start ({start})")
        return (start, end) if end != start else start
    return parse_date(value)


WorkshopDate = Annotated[
    dt.date | tuple[dt.date, dt.date],
    PlainValidator(_workshop_date),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "array", "items": {"type": "string", "format": "date"}, "minItems": 2, "maxItems": 2},
            ]
        }
    ),
]


class EditionFile(Model):
    """One edition of the workshop: ``_data/editions/<id>.yml``."""

    model_config = ConfigDict(title="Edition")

    name: Text
    title: Text | None = None
    subtitle: InlineMarkdown | None = None
    summary: InlineMarkdown | None = None
    tagline: Text | None = None
    conference: Conference | None = None
    date: WorkshopDate | None = None
    timezone: Zone | None = None
    timezone_label: Text | None = None
    location: Location | None = None
    contact: Email | None = None
    banner: Banner | None = None
    links: dict[str, Url] = {}
    announcements: list[Announcement] = []
    dates: list[ImportantDate] = []
    topics: list[Topic] = []
    organizers: list[PersonRef] = []
    speakers: list[PersonRef] = []
    panelists: list[PersonRef] = []
    sponsors: list[Sponsor] = []
    schedule: list[ScheduleEntry] = []
    papers: list[Paper] = []

    @property
    def first_day(self) -> dt.date | None:
        return self.date[0] if isinstance(self.date, tuple) else self.date

    @property
    def last_day(self) -> dt.date | None:
        return self.date[1] if isinstance(self.date, tuple) else self.date

