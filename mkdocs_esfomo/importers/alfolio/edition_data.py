"""What an import found, as the data format writes it: people.yml's entries, an edition's fields and its
schedule's items."""

from __future__ import annotations

import re
from typing import Any

from ... import values
from .dates import Dates, as_data
from .found import People
from .identity import Identity
from .jekyll import JekyllPage
from .kinds import exact_kind
from .names import PersonText
from .pages import Assets
from .program import Draft, Schedule, Session
from .report import Note
from .text import has_word, slug

_WEB = re.compile(r"(https?://|mailto:)\S", re.IGNORECASE)


class Quoted(str):
    """A string always written in double quotes (times)."""


def people_entries(people: People, assets: Assets, entries: dict[str, dict[str, str]],
                   notes: list[Note] | None = None) -> dict[str, str]:  # fmt: skip
    """Add to people.yml's ``entries`` one per person however many cards name them; return each name's id.
    Editions come oldest first: what an edition's first card of a person says replaces what an older one said.
    A link that is no web address (``/files/cv.pdf``) is left out of the person, and ``notes`` names it."""
    seen: set[str] = set()
    for person in people.people:
        pid = slug(person.name)
        entry = entries.setdefault(pid, {"name": person.name})
        url = person.url if person.url and _WEB.match(person.url) else None
        if person.url and url is None and notes is not None:
            notes.append(Note(person.where, f"'{person.url}', the link of {person.name}, is no web address: not "
                              "carried to the person (people.yml takes http(s):// and mailto: links only)"))
        fields = {"affiliation": person.affiliation, "url": url, "bio": person.bio}
        for key, value in fields.items():
            if value and (key not in entry or pid not in seen):
                entry[key] = value
        seen.add(pid)
        if person.photo and "photo" not in entry and (photo := assets.copy(person.photo, person.where)):
            entry["photo"] = photo
    return {slug(p.name): slug(p.name) for p in people.people}


def _ref(person: PersonText, ids: dict[str, str], entries_affiliation: dict[str, str | None]) -> Any:
    pid = ids.get(slug(person.name))
    if pid:
        if person.affiliation and slug(person.affiliation) != slug(entries_affiliation.get(pid) or ""):
            return {"id": pid, "affiliation": person.affiliation}
        return pid
    return {k: v for k, v in person._asdict().items() if v}


def _reordered(person: PersonText, ids: dict[str, str]) -> str | None:
    """``Hu Yue`` in a program whose people list has Yue Hu: the one person whose names are these in another order
    (the family name first); None when the name is known as written, or no one or several fit."""
    words = slug(person.name).split("-")
    if slug(person.name) in ids or len(words) < 2:
        return None
    fits = [pid for key, pid in ids.items() if sorted(key.split("-")) == sorted(words)]
    return fits[0] if len(set(fits)) == 1 else None


def _works_at(person: PersonText, affiliation: str | None) -> bool:
    """Whether ``person``, read as a name, is the ``affiliation`` (or its first part: "UMass Lowell, USA")."""
    return bool(affiliation) and slug(person.name) in (slug(affiliation or ""), slug((affiliation or "").split(",")[0]))


def _unquoted(title: str, kind: str | None = None) -> str:
    """``"Tiny Data"`` with its quotes, as a program marks a title beside its speaker: the title, without them; and
    ``Keynote "Tiny Data"``, the item's kind named before its title in quotes: the title (the kind says the rest)."""
    quoted = re.fullmatch(r"\s*[\"“”]([^\"“”]+)[\"“”]\s*", title)
    named = re.fullmatch(r"\s*([^\"“”]{2,40}?)\s*[:\-–—]?\s*[\"“]([^\"“”]+)[\"”]\s*", title)
    if not quoted and named and kind and exact_kind(named.group(1)) == kind:
        return named.group(2).strip()
    return quoted.group(1).strip() if quoted else title


def _item(draft: Draft, ids: dict[str, str], affiliations: dict[str, str | None], notes: list[Note]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    if draft.day:
        item["day"] = draft.day
    if draft.time:
        item["time"] = Quoted(draft.time.text)
    if draft.end:
        item["end"] = Quoted(draft.end.text)
    item["kind"] = draft.kind
    named = draft.label if draft.guessed and not draft.title else None  # "Hands-on Tutorial: Ann Lee": its own name
    if not draft.title and draft.label and draft.kind == "talk" and exact_kind(draft.label) == "talk" \
            and not has_word(draft.label, "talk", "talks"):  # fmt: skip
        named = draft.label  # "**Workshop**<br>Ann Lee": the site's word for what she gives, not "Talk"
    if draft.label and not named:
        item["label"] = draft.label
    item["title"] = _unquoted(draft.title or named or "", draft.kind) or values.KIND_LABEL[draft.kind]
    if draft.speakers:
        refs: list[Any] = []
        for person in draft.speakers:
            if pid := _reordered(person, ids):
                notes.append(Note(draft.where, f"speaker '{person.name}' read as {pid}: the same names in another "
                                  "order", guess=True))  # fmt: skip
                person = person._replace(name=pid)
            ref = _ref(person, ids, affiliations)
            before = refs[-1] if refs and isinstance(refs[-1], str) else None
            if before and isinstance(ref, dict) and _works_at(person, affiliations.get(before)):
                continue  # "Ann Lee, UMass Lowell" where Ann Lee is of UMass Lowell: hers, no second speaker
            if ref not in refs:
                refs.append(ref)
        item["speakers"] = refs
    if draft.link:
        item["link"] = draft.link
    if draft.links:
        item["links"] = dict(draft.links)
    if draft.notes:
        item["abstract"] = " ".join(draft.notes)
    if draft.emoji and draft.emoji != values.KIND_EMOJI.get(draft.kind):
        item["emoji"] = draft.emoji
    if draft.guessed:  # the row named as it reads, its label before its title: "Paper spotlights: Multimodality"
        said = f"{draft.guessed}: {item['title']}" if item.get("label") == draft.guessed else draft.guessed
        notes.append(Note(draft.where, f"schedule row '{said}': kind '{draft.kind}' guessed from its words",
                          guess=True))  # fmt: skip
    if draft.wrapped:
        notes.append(Note(draft.where, f"schedule row '{draft.title}': the title read across the line break in its "
                          "cell", guess=True))  # fmt: skip
    return item


def edition_data(identity: Identity, people: People, ids: dict[str, str], schedule: Schedule, dates: Dates,
             pages: list[JekyllPage], groups: dict[str, str], notes: list[Note]) -> dict[str, Any]:  # fmt: skip
    edition: dict[str, Any] = {"name": identity.name}
    for key in ("title", "subtitle", "conference", "contact"):
        if value := getattr(identity, key):
            edition[key] = value
    if identity.day:
        edition["date"] = list(identity.day) if isinstance(identity.day, tuple) else identity.day
    if identity.zone:  # the schedule's, or with none the zone the workshop's day is written in
        edition["timezone"] = identity.zone.name
        if identity.zone.label:
            edition["timezone_label"] = identity.zone.label
    if identity.city:
        edition["location"] = {"city": identity.city}
    openreview = re.compile(r"https://openreview\.net/group\?id=[^)\s\]\"'>&#]+")
    submission = next((m.group(0) for p in pages if (m := openreview.search(p.body))), None)
    if submission:
        edition["links"] = {"submission": submission}
    if dates.dates:
        edition["dates"] = [as_data(d) for d in dates.dates]
    for role in values.ROLES:
        members: dict[str, str | None] = {}
        for person in people.people:
            if person.role == role:
                members.setdefault(slug(person.name), groups.get(person.where) or person.group)
        if members:  # in page order, each group's people together, in the order of the groups' headings
            order = list(dict.fromkeys(g for g in members.values() if g))
            listed = sorted(members.items(), key=lambda m: order.index(m[1]) + 1 if m[1] else 0)
            edition[role] = [{"id": pid, "group": group} if group else pid for pid, group in listed]
    if people.sponsors:
        edition["sponsors"] = [{k: v for k, v in {"name": s.name, "url": s.url}.items() if v} for s in people.sponsors]
    affiliations = {slug(p.name): p.affiliation for p in people.people}
    schedule_data: list[dict[str, Any]] = []
    for entry in schedule.entries:
        if isinstance(entry, Session):
            session: dict[str, Any] = {"session": entry.title}
            if entry.emoji:
                session["emoji"] = entry.emoji
            if entry.day:
                session["day"] = entry.day
            if entry.time:
                session["time"] = Quoted(entry.time.text)
            session["items"] = [_item(d, ids, affiliations, notes) for d in entry.items]
            schedule_data.append(session)
        else:
            schedule_data.append(_item(entry, ids, affiliations, notes))
    if schedule_data:
        edition["schedule"] = schedule_data
    return edition
