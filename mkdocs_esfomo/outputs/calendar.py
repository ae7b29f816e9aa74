"""Calendars (.ics) and schema.org Event data for an edition."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .. import values
from ..workshop import Edition, Person, Row

if TYPE_CHECKING:
    import icalendar

    from ..markup import Converter


def ics_path(edition: Edition, what: str) -> str:
    """Where an edition's calendar is published: ``what`` is "schedule" or "dates"."""
    return f"esfomo/{edition.id}-{what}.ics"


def item_ics_path(edition: Edition, row: Row) -> str:
    """Where one schedule item's own calendar is published: named by the row's anchor, which stays when
    other items are added or moved."""
    return f"esfomo/{edition.id}-schedule/{row.anchor.removeprefix('schedule-')}.ics"


def _who(people: tuple[Person, ...]) -> str:
    return ", ".join(f"{p.name} ({p.affiliation})" if p.affiliation else p.name for p in people)


def _where(edition: Edition) -> str | None:
    loc = edition.data.location
    parts = [loc.room, loc.venue, loc.city] if loc else []
    return ", ".join(p for p in parts if p) or None


# Calendars are made once per change of the data and kept with the cached workshop; the
# build time goes in when they are published (:func:`stamped`).
_UNSTAMPED = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
Made = dict[tuple[Any, ...], dict[str, bytes]]  # what an edition's calendars are made of -> them


def calendars(editions: Iterable[Edition], known: Made) -> tuple[dict[str, bytes], Made]:
    """Every edition's schedule and dates calendars that have events, by site path; and what they were
    made of, to keep (``known`` from an earlier build: only calendars whose contents changed are made)."""
    made = {}
    for edition in editions:
        key = (edition.id, edition.data.name, _where(edition), tuple(edition.rows), tuple(edition.deadlines))
        made[key] = known[key] if key in known else _calendars(edition)
    return {path: ics for found in made.values() for path, ics in found.items()}, made


def _calendars(edition: Edition) -> dict[str, bytes]:
    found = {}
    events = _schedule_events(edition)
    for what, cal in (("schedule", _schedule(edition, events)), ("dates", _dates(edition))):
        if cal.subcomponents:
            found[ics_path(edition, what)] = cal.to_ical()
    for index, event in _schedule_events(edition, utc=True):
        found[item_ics_path(edition, edition.rows[index])] = _item(edition, event)
    return found


def _item(edition: Edition, event: icalendar.Event) -> bytes:
    """A calendar of its own for one timed item, for its "add to calendar" link. The same UID as
    in the whole schedule's calendar, so adding both gives one event, not two; times in UTC, which
    needs no time zone definition (a few kB each) for one event."""
    cal = _calendar(edition, str(event["summary"]))
    cal.add_component(event)
    return bytes(cal.to_ical())


def stamped(content: bytes, stamp: dt.datetime) -> bytes:
    """A calendar from :func:`calendars` with ``stamp`` as the time it was made (DTSTAMP)."""
    when = stamp.astimezone(dt.timezone.utc)
    return content.replace(b"DTSTAMP:19700101T000000Z", f"DTSTAMP:{when:%Y%m%dT%H%M%SZ}".encode())


def _calendar(edition: Edition, what: str) -> icalendar.Calendar:
    import icalendar  # only when the data changed

    cal = icalendar.Calendar()
    cal.add("prodid", "-//mkdocs-esfomo//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{edition.data.name}: {what}")
    return cal


def _event(uid: str, summary: str) -> icalendar.Event:
    import icalendar

    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", _UNSTAMPED)
    event.add("summary", summary)
    return event


def _schedule(edition: Edition, events: list[tuple[int, icalendar.Event]]) -> icalendar.Calendar:
    cal = _calendar(edition, "schedule")
    for _, event in events:
        cal.add_component(event)
    cal.add_missing_timezones()  # VTIMEZONE definitions, so every client reads TZID right
    return cal


def _schedule_events(edition: Edition, *, utc: bool = False) -> list[tuple[int, icalendar.Event]]:
    """One event per timed schedule item, at its absolute time (in the edition's zone, or UTC),
    with the item's index in the rows."""
    where = _where(edition)
    events = []
    for i, row in enumerate(edition.rows):
        if row.session or row.start is None:
            continue
        title = row.title or row.label
        summary = title if row.kind in values.PLAIN_KINDS else f"{row.label}: {title}"
        event = _event(f"{edition.id}-schedule-{i}@mkdocs-esfomo", summary)
        event.add("dtstart", row.start.astimezone(dt.timezone.utc) if utc else row.start)
        if row.end:
            event.add("dtend", row.end.astimezone(dt.timezone.utc) if utc else row.end)
        details = [d for d in (_who(row.speakers), ", ".join(row.authors)) if d]
        if details:
            event.add("description", "\n".join(details))
        if where:
            event.add("location", where)
        if row.link:
            event.add("url", row.link)
        events.append((i, event))
    return events


def _dates(edition: Edition) -> icalendar.Calendar:
    """The important dates: all-day events for dates, timed ones for deadlines with a time."""
    cal = _calendar(edition, "important dates")
    for i, deadline in enumerate(edition.deadlines):
        event = _event(f"{edition.id}-date-{i}@mkdocs-esfomo", f"{edition.data.name}: {deadline.name}")
        if deadline.all_day:
            event.add("dtstart", deadline.at.date())
            event.add("dtend", deadline.at.date() + dt.timedelta(days=1))
        else:
            event.add("dtstart", deadline.at.astimezone(dt.timezone.utc))
            event.add("dtend", deadline.at.astimezone(dt.timezone.utc))
        if deadline.note:
            event.add("description", deadline.note)
        cal.add_component(event)
    return cal


def event_jsonld(edition: Edition, url: str | None, image: str | None, markup: Converter) -> str:
    """schema.org Event JSON-LD, safe to put inside a <script> element."""
    data = edition.data
    event: dict[str, Any] = {"@context": "https://schema.org", "@type": "Event", "name": data.title or data.name}
    if data.first_day and data.last_day:
        first = next((r.start for r in edition.rows if r.start), None)
        event["startDate"] = (first or data.first_day).isoformat()
        last = next((r.end or r.start for r in reversed(edition.rows) if r.start), None)
        event["endDate"] = (last if last and data.first_day == data.last_day else data.last_day).isoformat()
    event["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
    if data.location:
        place: dict[str, Any] = {"@type": "Place", "name": _where(edition)}
        if data.location.city:
            place["address"] = data.location.city
        event["location"] = place
    if data.summary:
        event["description"] = markup.plain(data.summary)
    if url:
        event["url"] = url
    if image:
        event["image"] = image
    if edition.people["organizers"]:
        event["organizer"] = [{"@type": "Person", "name": p.name} for p in edition.people["organizers"]]
    if edition.people["speakers"]:
        event["performer"] = [{"@type": "Person", "name": p.name} for p in edition.people["speakers"]]
    if data.conference:
        event["superEvent"] = {"@type": "Event", "name": data.conference.name}
        if data.conference.url:
            event["superEvent"]["url"] = data.conference.url
    text = json.dumps(event, ensure_ascii=False, indent=None, sort_keys=False)
    # "</script>" or "<!--" in a name must not end the element early.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
