"""The workshop data format as typed models: the one source of validation and JSON Schema.

Field names follow the data-format contract. Values that people write in
many ways (times, dates, deadlines) are parsed here once, so templates only
ever see clean Python values.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Annotated, Any, Literal, NamedTuple
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

from ..errors import QUOTED, quoted
from ..values import ABBREVIATIONS, ClockTime, Moment, zone


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
    named = {list: "a list", dict: "a mapping", bool: "true/false", type(None): "nothing"}.get(type(value))
    # repr only of a scalar: a list may be nested 999 deep
    return named or f"{type(value).__name__} {quoted(value) if isinstance(value, str) else repr(value)[:QUOTED]}"


class Shown(NamedTuple):
    """How the field reference (README, ``esfomo reference``) names a type."""

    words: str


# YAML reads `tier: 1` or `name: 2024` as numbers, which are fine as text.
Text = Annotated[
    str, PlainValidator(_plain), WithJsonSchema({"type": ["string", "number"], "minLength": 1}), Shown("text")
]
InlineMarkdown = Annotated[
    str, PlainValidator(_text), WithJsonSchema({"type": "string", "description": "inline Markdown"}),
    Shown("inline Markdown"),
]
Markdown = Annotated[
    str, PlainValidator(_text), WithJsonSchema({"type": "string", "description": "Markdown"}), Shown("Markdown")
]

_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(/|$)", re.IGNORECASE)  # icml.cc, www.x.org/y
_URL = re.compile(r"^(https?://[^\s/?#<>\"]+[^\s<>\"]*|mailto:[^@\s<>\"]+@[^@\s<>\"]+)$", re.IGNORECASE)


def _url(value: Any) -> str:
    text = _text(value)
    if not _URL.match(text):
        hint = f" (did you mean 'https://{text}'?)" if _URL.match(f"https://{text}") and _DOMAIN.match(text) else ""
        raise _fail(f"{quoted(text)} is not a web address: it must start with http:// or https:// (or mailto:){hint}")
    return text


Url = Annotated[
    str, PlainValidator(_url), WithJsonSchema({"type": "string", "pattern": "^(https?://|mailto:)", "format": "uri"}),
    Shown("URL"),
]

_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\".]+(\.[^@\s<>\".]+)+$")


def _email(value: Any) -> str:
    text = _text(value).removeprefix("mailto:")
    if not _EMAIL.match(text):
        raise _fail(f"{quoted(text)} is not an e-mail address")
    return text


Email = Annotated[
    str, PlainValidator(_email), WithJsonSchema({"type": "string", "format": "email"}), Shown("e-mail address")
]


def _asset(value: Any) -> str:
    text = _text(value).replace("\\", "/")
    if re.match(r"^[a-z][a-z0-9+.-]*:", text, re.IGNORECASE):
        raise _fail(f"{quoted(text)} must be a file in the docs folder, not an address")
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if text.startswith("/") or ".." in parts:
        raise _fail(f"{quoted(text)} leaves the docs folder: give a path relative to it, like assets/img/photo.jpg")
    return "/".join(parts)


AssetPath = Annotated[
    str, PlainValidator(_asset), WithJsonSchema({"type": "string", "description": "path relative to docs/"}),
    Shown("file in docs/"),
]


_TIME = re.compile(r"^(\d{1,2})(?:([:h])(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$", re.IGNORECASE)
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{2})\s*([ap]\.?\s*m?\.?)?$", re.IGNORECASE)


def parse_time(value: Any) -> ClockTime:
    if isinstance(value, ClockTime):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        if 0 <= value < 24:  # `time: 9`: an hour, which would read as 0:09
            raise _fail(f"{value} is a number, not a time: write it in quotes with its minutes, like \"{value}:00\"")
        # YAML 1.1 reads an unquoted 8:30 as the base-60 number 510.
        hour, minute = divmod(value, 60)
        text = f"{hour}:{minute:02d}"
        if not 0 <= hour < 24:
            raise _fail(f"{quoted(text)} is not a time: hours go from 0 to 23")
        return ClockTime(hour, minute, text)
    if isinstance(value, float):  # `time: 9.35` unquoted
        example = _colon(str(value)) if _DOTTED.match(str(value)) else "9:30"
        raise _fail(f"{value} is a number, not a time: write it with a colon, in quotes (\"{example}\")")
    if not isinstance(value, str):
        raise _fail(f"expected a time like \"08:30\" or \"8:30am\", got {_kind(value)}")
    text = " ".join(value.split())
    lowered = text.lower()
    if lowered in ("noon", "midday"):
        return ClockTime(12, 0, text)
    if lowered == "midnight":
        return ClockTime(0, 0, text)
    if _DOTTED.match(text):  # 9.35 may be 9:35 or 9.35 hours (9:21): say which
        raise _fail(f"{quoted(text)} is not a time: write hours and minutes with a colon (\"{_colon(text)}\")")
    match = _TIME.match(text)
    if not match or (match.group(5) and not match.group(4)):
        if span := _span(text):
            raise _fail(f"{quoted(text)} is a start and an end: give the start in `time` and the end in `end`, like "
                        f"time: \"{span[0]}\", end: \"{span[1]}\"")
        raise _fail(f"{quoted(text)} is not a time: write it like \"08:30\", \"8:30am\" or \"noon\"")
    hour, minute = int(match.group(1)), int(match.group(3) or 0)
    half = (match.group(4) or "").lower()
    if minute > 59:
        raise _fail(f"{quoted(text)} is not a time: minutes go from 00 to 59")
    if half:
        if not 1 <= hour <= 12:
            raise _fail(f"{quoted(text)} is not a time: with am/pm, hours go from 1 to 12")
        hour = hour % 12 + (12 if half == "p" else 0)
    elif hour > 23:
        raise _fail(f"{quoted(text)} is not a time: hours go from 0 to 23")
    return ClockTime(hour, minute, text)


def _span(text: str) -> tuple[str, str] | None:
    """``("2pm", "3pm")`` for "2pm-3pm" or "2pm to 3pm": two times, where one is expected."""
    parts = re.split(r"\s*(?:[-–—]|\bto\b|\buntil\b)\s*", text, maxsplit=1)
    if len(parts) != 2 or not all(_TIME.match(part) or part.lower() == "noon" for part in parts):
        return None
    return parts[0], parts[1]


def _colon(text: str) -> str:
    return text.replace(".", ":", 1)


Time = Annotated[
    ClockTime,
    PlainValidator(parse_time),
    # An integer is what YAML 1.1 (PyYAML) makes of an unquoted 8:30; YAML 1.2 editors see a string.
    WithJsonSchema({"type": ["string", "integer"], "description": 'wall-clock time: "08:30", "8:30am", "noon"'}),
    Shown("time"),
]


def parse_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", value.strip()):
        got = quoted(value) if isinstance(value, str) else _kind(value)
        raise _fail(f"expected a date like 2025-07-18, got {got}{_date_hint(value)}")
    year, month, day = map(int, value.strip().split("-"))
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise _fail(f"{quoted(value.strip())} is not a real date ({exc})") from None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _date_hint(value: Any) -> str:
    """How a date written another way is written here: "June 5" -> YYYY-06-05, "06/04/2027" -> both readings."""
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    months = [n for n, word in enumerate(_MONTHS, 1) if any(w[:3] == word and len(w) >= 3 for w in words)]
    numbers = [int(w) for w in words if w.isdigit()]
    year = next((n for n in numbers if n >= 1000), None)
    days = [n for n in numbers if 1 <= n <= 31]
    if len(months) == 1 and len(days) == 1:
        if year is None:
            return f" (write it year-month-day, with the year: YYYY-{months[0]:02d}-{days[0]:02d})"
        return f" (write it year-month-day: {year}-{months[0]:02d}-{days[0]:02d})"
    slashed = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", text)
    if slashed:
        a, b, y = int(slashed[1]), int(slashed[2]), slashed[3]
        readings = sorted({f"{y}-{m:02d}-{d:02d}" for m, d in ((a, b), (b, a)) if m <= 12 and d <= 31})
        if len(readings) == 1:
            return f" (write it year-month-day: {readings[0]})"
        if readings:
            return f" (write it year-month-day: {readings[0]} or {readings[1]}, whichever you mean)"
    return ""


Day = Annotated[
    dt.date, PlainValidator(parse_date), WithJsonSchema({"type": "string", "format": "date"}), Shown("date")
]


def parse_moment(value: Any) -> Moment:
    if isinstance(value, dt.datetime):
        return Moment(value.date(), ClockTime(value.hour, value.minute, f"{value:%H:%M}"))
    if isinstance(value, str) and " " in value.strip():
        day, _, clock = value.strip().partition(" ")
        if not re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", day):  # "Sep 29", "29 September 2025": the whole value
            raise _fail(f"expected a date like 2025-07-18 or a date and time like \"2025-07-18 23:59\", got "
                        f"{value.strip()!r}{_date_hint(value)}")
        zoned = re.match(r"^(.*\S)\s+([A-Za-z][\w/+-]*)$", clock.strip())
        if zoned and not re.search(r"^[ap]\.?m\.?$|^noon$|^midnight$", zoned[2], re.IGNORECASE):
            raise _fail(f"'{value.strip()}': give the time zone in `tz`, like at: \"{day} {zoned[1]}\", "
                        f"tz: {zoned[2]}")
        return Moment(parse_date(day), parse_time(clock.strip()))
    return Moment(parse_date(value))


At = Annotated[
    Moment,
    PlainValidator(parse_moment),
    WithJsonSchema({"type": "string", "description": "YYYY-MM-DD or YYYY-MM-DD HH:MM"}),
    Shown("date, or date and time"),
]

@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


_OFFSET = re.compile(r"^(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?00)?$", re.IGNORECASE)


def _zone_name(value: Any) -> str:
    text = _text(value)
    if text in ("AoE", "UTC"):
        return text
    try:
        zone(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of zones (Europe), a name too long
        raise _fail(f"unknown time zone {quoted(text)}{_zone_hint(text)}") from None
    return text


def _zone_hint(text: str) -> str:
    import difflib

    if text.lower() in ("aoe", "anywhere on earth"):
        return " (did you mean 'AoE'? Anywhere on Earth is written 'AoE')"
    if text.upper() in ABBREVIATIONS:
        return (f" (did you mean '{ABBREVIATIONS[text.upper()]}'? Write the IANA name of the place,"
                " which follows daylight saving time)")
    offset = _OFFSET.match(text)
    if offset:  # tzdata's Etc/GMT names invert the sign
        sign, hours = "-" if offset.group(1) == "+" else "+", int(offset.group(2))
        return f" (did you mean 'Etc/GMT{sign}{hours}'? Better: the IANA name of the place, like Europe/Vienna)"
    region = sorted(name for name in _zone_names() if name.startswith(text + "/"))
    if region:  # a folder of zones, like America
        return f" (a region: name a zone in it, like {region[0]})"
    close = difflib.get_close_matches(text, _zone_names(), n=1)
    return f" (did you mean '{close[0]}'?)" if close else " (use an IANA name like Europe/Vienna)"


Zone = Annotated[
    str, PlainValidator(_zone_name), WithJsonSchema({"type": "string", "description": "IANA zone"}), Shown("time zone")
]
PersonId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]


def _key(value: Any) -> str:
    text = _text(value)
    if _BREAK.search(text):
        raise _fail(f"{quoted(text)} is not an id: an id is one line, without tabs")
    return text


# An id written in YAML, which may read it as a number (`paper: 12`).
Key = Annotated[str, PlainValidator(_key), WithJsonSchema({"type": ["string", "integer"]}), Shown("id")]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)


class PersonEntry(Model):
    """A person in ``people.yml``."""

    name: Text = Field(description="Their name as shown on cards and in the schedule.")
    affiliation: Text | None = Field(default=None, description="Shown under the name.")
    url: Url | None = Field(default=None, description="The card links here (a homepage or profile).")
    photo: AssetPath | None = Field(
        default=None,
        description=(
            "Any size and shape: the build makes square WebP copies. A missing file is a warning and the card "
            "shows initials."
        ),
    )
    bio: Markdown | None = Field(
        default=None,
        description="A short bio, shown where a layout has room (`layout: horizontal`).",
    )


def _person_ref(value: Any) -> Any:
    return {"id": value} if isinstance(value, (str, int)) and not isinstance(value, bool) else value


class PersonRef(Model):
    """An id from people.yml, optionally with fields overridden, or a one-off person."""

    id: Key | None = Field(default=None, description="A person from people.yml.")
    name: Text | None = Field(
        default=None,
        description="With an id: this edition's name for them; without: a one-off person.",
    )
    affiliation: Text | None = Field(default=None, description="Their affiliation at the time of this edition.")
    url: Url | None = Field(default=None, description="Where their card links in this edition.")
    photo: AssetPath | None = Field(default=None, description="A photo for this edition only.")
    bio: Markdown | None = Field(default=None, description="A bio for this edition only.")
    group: Text | None = Field(
        default=None,
        description="In organizers, speakers or panelists: the group they are listed under (`Program chairs`, "
        "`Advisory board`); people of one group in a row are shown under its name.",
    )

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
    id: Key | None = Field(
        default=None,
        description="An id for this item, which papers name in `session:` (a poster session's papers).",
    )
    day: Day | None = Field(
        default=None,
        description="The day of this item and the ones after it, for workshops of several days (default: the first).",
    )
    time: Time | None = Field(
        default=None,
        description="Start, local wall-clock time in the edition's `timezone`: \"08:30\", \"8:30am\", \"noon\".",
    )
    end: Time | None = Field(default=None, description="End (default: the next item's start; the last item has none).")
    kind: Kind = Field(default="talk", description="What it is; decides the label and emoji.")
    label: Text | None = Field(default=None, description='Replaces the kind\'s label ("Off-the-record").')
    title: Text | None = Field(
        default=None,
        description="The talk's title (default: the paper's title, else the kind's label).",
    )
    speakers: list[PersonRef] = Field(default=[], description="Who speaks: ids from people.yml or one-off people.")
    paper: Key | None = Field(
        default=None,
        description="The id of an accepted paper of this edition: its title, authors and links.",
    )
    link: Url | None = Field(
        default=None, description="A link shown with the item, labelled by what it leads to (arXiv, PDF, Video, Link)."
    )
    links: dict[str, Url] = Field(default={}, description="More links, each shown with its label (`slides: https://...`).")
    abstract: Markdown | None = Field(default=None, description="Shown folded under the title.")
    emoji: Text | None = Field(default=None, description="Shown before the title (default: the kind's).")
    papers: list[Key] = Field(
        default=[],
        description=(
            "A poster session's papers (ids of accepted papers), listed with the item; or give each paper "
            "`session:` instead."
        ),
    )


class Session(Model):
    session: Text = Field(description="The session's title, shown as a header row.")
    emoji: Text | None = Field(default=None, description="Shown before the title.")
    day: Day | None = Field(default=None, description="The day of this session and what follows.")
    time: Time | None = Field(default=None, description="The start, when its items carry none.")
    items: list[ScheduleItem] = Field(min_length=1, description="The items in the session.")


def _entry_kind(value: Any) -> str:
    session = isinstance(value, Session) or (isinstance(value, dict) and "session" in value)
    return "<session>" if session else "<item>"


# Tags in error locations are stripped by the loader (they start with "<").
ScheduleEntry = Annotated[
    Annotated[Session, Tag("<session>")] | Annotated[ScheduleItem, Tag("<item>")],
    Discriminator(_entry_kind),
]


class Conference(Model):
    name: Text = Field(description="The host conference, with its year (`ICML 2025`).")
    url: Url | None = Field(default=None, description="Its website.")


class Location(Model):
    city: Text | None = Field(default=None, description="City and country (`Vancouver, Canada`).")
    venue: Text | None = Field(default=None, description="The building (`Vancouver Convention Center`).")
    room: Text | None = Field(default=None, description="The room (`East Exhibition Hall A`).")
    map: Url | None = Field(default=None, description="A map of the venue or room.")


class Banner(Model):
    image: AssetPath | None = Field(default=None, description="The banner picture, resized to WebP at build time.")
    width: Annotated[int, Field(gt=0, le=4000)] | None = Field(
        default=None,
        description="Shown width in CSS pixels (default 512).",
    )
    alt: Text | None = Field(
        default=None,
        description="What the banner shows, for people who cannot see it; required with `image`.",
    )

    @model_validator(mode="after")
    def _alt(self) -> Banner:
        if self.image and not self.alt:
            raise _fail("alt is required with image: describe the banner for people who cannot see it")
        return self


class Announcement(Model):
    text: InlineMarkdown = Field(description="The announcement.")
    from_: Day | None = Field(
        None, alias="from",
        description="First day shown (in the edition's zone; default: always).",
    )
    until: Day | None = Field(default=None, description="Last day shown (default: always).")


class ImportantDate(Model):
    name: Text = Field(
        description='What happens (`Submission deadline`); a name with "submission" tells if submissions are open.',
    )
    at: At = Field(description="`YYYY-MM-DD` (the end of that day, 23:59) or `YYYY-MM-DD HH:MM`.")
    tz: Zone = Field(
        "AoE",
        description="The zone of `at` and `was`: `AoE` (UTC-12, the usual for paper deadlines), `UTC` or an IANA name.",
    )
    was: At | None = Field(
        default=None,
        description="The original date of an extended deadline, shown struck through; must be before `at`.",
    )
    note: Text | None = Field(default=None, description="Shown after the date, in parentheses.")


class Topic(Model):
    group: Text = Field(description="A group of topics in the call for papers.")
    items: list[Text] = Field(default=[], description="The topics in the group.")


class Sponsor(Model):
    name: Text = Field(description="The sponsor's name (the logo's alt text).")
    url: Url | None = Field(default=None, description="Their website.")
    logo: AssetPath | None = Field(
        default=None,
        description="Their logo (SVG is published as it is; other images are resized).",
    )
    tier: Text | None = Field(
        default=None,
        description="A heading over consecutive sponsors of the same tier (`Gold`).",
    )


_ENTRY = re.compile(r"^\s*@[A-Za-z]+\s*\{\s*[^\s,{}]+\s*,")


def _bibtex(value: Any) -> str:
    """One BibTeX entry: ``@type{key, ...}`` with balanced braces (what every BibTeX reader needs)."""
    text = _text(value)
    if not _ENTRY.match(text):
        raise _fail("not a BibTeX entry: it must start like @inproceedings{key,")
    depth = 0
    for char in re.sub(r"\\[{}]", "", text):
        depth += (char == "{") - (char == "}")
        if depth < 0:
            break
    if depth != 0 or not text.rstrip().endswith("}"):
        raise _fail("the BibTeX entry's braces { } do not pair up")
    return text


BibTeX = Annotated[
    str, PlainValidator(_bibtex), WithJsonSchema({"type": "string", "pattern": "^\\s*@"}), Shown("BibTeX entry")
]


def _authors(value: Any) -> tuple[str, ...]:
    return tuple(map(_plain, value)) if isinstance(value, list) else (_plain(value),)


Authors = Annotated[
    tuple[str, ...],
    PlainValidator(_authors),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
    Shown("text, or list of text"),
]


class Paper(Model):
    id: Key | None = Field(
        default=None,
        description=(
            "A stable id (the OpenReview forum id): the anchor `#paper-<id>` and what schedule items name in "
            "`paper:`."
        ),
    )
    title: Text = Field(description="The paper's title.")
    authors: Authors = Field(default=(), description="The authors, in order.")
    kind: Literal["oral", "spotlight", "poster"] = Field(default="poster", description="How it is presented.")
    url: Url | None = Field(default=None, description="The paper's main page (arXiv, a project page).")
    pdf: Url | None = Field(default=None, description="The PDF.")
    openreview: Url | None = Field(default=None, description="Its OpenReview forum.")
    code: Url | None = Field(default=None, description="Its code.")
    video: Url | None = Field(default=None, description="A recording of its talk.")
    abstract: Markdown | None = Field(default=None, description="Shown folded.")
    board: Text | None = Field(default=None, description="Its poster board number.")
    session: Key | None = Field(
        default=None,
        description="The `id` of the poster session (a schedule item of kind `poster`) where it is presented.",
    )
    award: Text | None = Field(default=None, description="An award it received (`Best Paper`).")
    bibtex: BibTeX | None = Field(
        default=None,
        description=(
            "Its BibTeX entry as its venue gives it (`esfomo import-papers` keeps OpenReview's); default: one "
            "made from the fields above."
        ),
    )


def _workshop_date(value: Any) -> dt.date | tuple[dt.date, dt.date]:
    if isinstance(value, list):
        if len(value) != 2:
            raise _fail(f"give one date, or [start, end]: got a list of {len(value)}")
        start, end = parse_date(value[0]), parse_date(value[1])
        if end < start:
            raise _fail(f"the end ({end}) comes before the start ({start})")
        return (start, end) if end != start else start
    span = re.split(r"\s+(?:to|until)\s+|\s*[–—]\s*|\s+-\s+", value.strip()) if isinstance(value, str) else []
    if len(span) == 2 and all(re.match(r"^\d{4}-\d{1,2}-\d{1,2}$", part) for part in span):
        raise _fail(f"'{value.strip()}': write several days as [start, end], like [{span[0]}, {span[1]}]")
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
    Shown("date, or [start, end]"),
]


class EditionFile(Model):
    """One edition of the workshop: ``_data/editions/<id>.yml``."""

    model_config = ConfigDict(title="Edition")

    name: Text = Field(
        description="Short name (`ES-FoMo III`): the edition page's heading and its entry in the navigation.",
    )
    title: Text | None = Field(
        default=None,
        description=(
            "Full title (`3rd Workshop on Efficient Systems for Foundation Models`), shown under the heading and "
            "in the browser tab."
        ),
    )
    subtitle: InlineMarkdown | None = Field(default=None, description="Shown in italics under the title.")
    summary: InlineMarkdown | None = Field(
        default=None,
        description=(
            "One sentence on what the workshop is: the gist's \"what?\", and the description search engines and "
            "link previews show."
        ),
    )
    tagline: Text | None = Field(default=None, description="The gray caption under the banner.")
    conference: Conference | None = Field(default=None, description="The host conference.")
    date: WorkshopDate | None = Field(
        default=None,
        description=(
            "The day of the workshop, or `[start, end]`. The current edition is the next one not over yet, else "
            "the last one held; the day after its last day, an edition is past."
        ),
    )
    draft: bool = Field(
        default=False,
        description=(
            "`true` while the edition is being prepared: it is never the current edition nor shown as past, and "
            "its page says it is in preparation (an edition without a `date` is a draft too)."
        ),
    )
    timezone: Zone | None = Field(
        default=None,
        description=(
            "IANA name of the venue's zone (`America/Vancouver`); schedule times are wall-clock times there. "
            "Required with a schedule."
        ),
    )
    timezone_label: Text | None = Field(
        default=None,
        description="How the site names the zone (`PT`); default derived from the zone (`PDT`).",
    )
    location: Location | None = Field(default=None, description="Where it takes place.")
    contact: Email | None = Field(default=None, description="The organizers' e-mail address.")
    banner: Banner | None = Field(default=None, description="A banner picture over the page.")
    links: dict[str, Url] = Field(
        default={},
        description=(
            "Named links: `submission`, `papers`, `recordings` and `conference_page` get their own wording; any "
            "other name is shown as written."
        ),
    )
    announcements: list[Announcement] = Field(default=[], description="Short notices shown between two dates.")
    dates: list[ImportantDate] = Field(default=[], description="Important dates, in the order shown.")
    topics: list[Topic] = Field(default=[], description="The call for papers' topics.")
    organizers: list[PersonRef] = Field(default=[], description="Organizers, in display order.")
    speakers: list[PersonRef] = Field(default=[], description="Invited speakers, in display order.")
    panelists: list[PersonRef] = Field(default=[], description="Panelists, in display order.")
    sponsors: list[Sponsor] = Field(default=[], description="Sponsors, in display order.")
    schedule: list[ScheduleEntry] = Field(default=[], description="Items and sessions, in time order.")
    papers: list[Paper] = Field(
        default=[],
        description="Accepted papers (`esfomo import-papers` fills this from OpenReview or a CSV).",
    )
    archival: bool | None = Field(
        default=None,
        description=(
            "`false`: a non-archival workshop (its papers are not proceedings and may appear elsewhere), said on "
            "the papers' pages and in their citations."
        ),
    )

    @property
    def first_day(self) -> dt.date | None:
        return self.date[0] if isinstance(self.date, tuple) else self.date

    @property
    def last_day(self) -> dt.date | None:
        return self.date[1] if isinstance(self.date, tuple) else self.date

