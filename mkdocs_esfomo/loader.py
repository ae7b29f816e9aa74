"""Load, validate and resolve everything in ``_data/`` once per build.

Every problem in every file is collected before giving up, each tied to its
``path:line:col`` and field. Parsed files are cached by modification time
and size, so a ``mkdocs serve`` rebuild only re-reads the file that changed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import gc
import itertools
import re
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import model
from .errors import DataError, Problem
from .site import Deadline, Edition, Person, Row, Workshop
from .yamlsource import Document, Path_, read

PEOPLE_FILE = "_data/people.yml"
EDITIONS_DIR = "_data/editions"

_edition_adapter = TypeAdapter(model.EditionFile)
_person_adapter = TypeAdapter(model.PersonEntry)
_PERSON_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_cache: dict[Path, tuple[tuple[int, int], Document | None, Any, list[Problem]]] = {}


def data_files(docs_dir: Path) -> list[Path]:
    """Every file the loader reads, for watching and for cache keys."""
    editions = docs_dir / EDITIONS_DIR
    found = sorted(p for p in editions.glob("*.y*ml") if p.suffix in (".yml", ".yaml")) if editions.is_dir() else []
    people = docs_dir / PEOPLE_FILE
    return ([people] if people.is_file() else []) + found


_P = typing.ParamSpec("_P")


def _without_gc(load: typing.Callable[_P, Workshop]) -> typing.Callable[_P, Workshop]:
    """Loading builds a big tree of new objects and no garbage cycles: the cycle collector
    would scan the growing tree again and again for nothing."""

    @functools.wraps(load)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> Workshop:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return load(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return wrapper


@_without_gc
def load(
    docs_dir: Path | str,
    *,
    now: dt.datetime | None = None,
    current: str | None = None,
    current_at: tuple[str, int, int] | None = None,
    shown_root: Path | str | None = None,
) -> Workshop:
    """Read ``docs_dir/_data``; raise :class:`DataError` listing every error."""
    docs_dir = Path(docs_dir).resolve()
    now = now or dt.datetime.now(dt.timezone.utc)
    root = Path(shown_root).resolve() if shown_root else docs_dir.parent
    problems: list[Problem] = []

    def shown(path: Path) -> str:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()

    people_doc: Document | None = None
    entries: dict[str, model.PersonEntry | None] = {}
    people_path = docs_dir / PEOPLE_FILE
    if people_path.is_file():
        people_doc, entries = _load_file(people_path, shown(people_path), _validate_people, problems)
    # When people.yml itself is broken, its ids are unknown: that is reported there, not at every reference.
    people_read = entries is not None or not people_path.is_file()
    entries = entries or {}
    resolver = _Resolver(docs_dir, entries, people_doc, problems)
    resolver.people_read = people_read
    editions: dict[str, Edition] = {}
    for path in data_files(docs_dir):
        if path == people_path:
            continue
        doc, data = _load_file(path, shown(path), _validate_edition, problems)
        if doc and data:
            editions[path.stem] = _build_edition(path.stem, data, doc, resolver, now)
        elif doc:
            resolver.check_raw_refs(doc)  # so a typo'd id is reported along with the other errors
    if current is not None and current not in editions and not any(not p.warning for p in problems):
        message = _unknown("edition", current, editions)
        where, line, col = current_at or (shown(docs_dir / EDITIONS_DIR), 1, 1)
        problems.append(Problem(where, line, col, "current", message))
    errors = [p for p in problems if not p.warning]
    if errors:
        raise DataError(errors)
    ordered = sorted(editions.values(), key=lambda e: (e.data.first_day or dt.date.min, e.id), reverse=True)
    editions = {e.id: e for e in ordered}
    return Workshop(
        people={pid: resolver.person(pid) for pid, entry in entries.items() if entry},
        editions=editions,
        current=current or (ordered[0].id if ordered else None),
        now=now,
        warnings=sorted(problems),
    )


Validate = typing.Callable[[Document], tuple[Any, list[Problem]]]


def _load_file(path: Path, shown: str, validate: Validate, problems: list[Problem]) -> tuple[Document | None, Any]:
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached and cached[0] == stamp and cached[1] is not None and cached[1].path == shown:
        problems.extend(cached[3])
        return cached[1], cached[2]
    doc, found = read(path, shown)
    value = None
    if doc is not None:
        value, found = validate(doc)
    _cache[path] = (stamp, doc, value, found)
    problems.extend(found)
    return doc, value


def _validate_edition(doc: Document) -> tuple[Any, list[Problem]]:
    try:
        return _edition_adapter.validate_python(doc.data), []
    except ValidationError as exc:
        return None, [_problem(doc, err, _edition_adapter) for err in exc.errors()]


def _validate_people(doc: Document) -> tuple[Any, list[Problem]]:
    """Each person on their own, so one typo does not make every reference to others unknown."""
    if not isinstance(doc.data, dict):
        return None, [doc.problem((), f"expected a mapping of person ids to people, got {model._kind(doc.data)}")]
    entries: dict[str, model.PersonEntry | None] = {}
    found = []
    for pid, raw in doc.data.items():
        entries[pid] = None  # known, even if broken: references to it are not reported again
        if not _PERSON_ID.match(pid):
            message = f"'{pid}' is not a valid id: use lowercase letters, digits and '-'"
            found.append(doc.problem((pid,), message, key=True))
            continue
        try:
            entries[pid] = _person_adapter.validate_python(raw)
        except ValidationError as exc:
            found += [_problem(doc, err, _person_adapter, (pid,)) for err in exc.errors()]
    return entries, found


# -- turning pydantic's errors into messages a workshop organizer can act on --


def _problem(doc: Document, err: Any, adapter: TypeAdapter[Any], prefix: Path_ = ()) -> Problem:
    raw = err["loc"]
    on_key = "[key]" in raw
    loc = prefix + _data_loc(doc.data[prefix[0]] if prefix else doc.data, raw)
    kind, given = err["type"], err.get("input")
    if kind == "extra_forbidden":
        allowed = _fields_at(adapter, loc[len(prefix) : -1], doc.data[prefix[0]] if prefix else doc.data)
        return doc.problem(loc, f"unknown key '{loc[-1]}'{_suggest(str(loc[-1]), allowed)}", key=True)
    if kind == "missing":
        return doc.problem(loc, "required field is missing")
    if on_key:
        return doc.problem(loc, f"'{loc[-1]}' is not a valid id: use lowercase letters, digits and '-'", key=True)
    if kind == "literal_error":
        choices = [c.strip(" '") for c in err["ctx"]["expected"].replace(" or ", ", ").split(", ")]
        return doc.problem(loc, f"'{given}' is not one of: {', '.join(choices)}{_suggest(str(given), choices)}")
    if kind in ("list_type", "tuple_type"):
        return doc.problem(loc, f"expected a list, got {model._kind(given)}")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return doc.problem(loc, f"expected a mapping (key: value), got {model._kind(given)}")
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return doc.problem(loc, f"expected a whole number, got {model._kind(given)}")
    if kind == "too_short":
        return doc.problem(loc, "must not be empty")
    return doc.problem(loc, err["msg"])


def _data_loc(data: Any, raw: tuple[Any, ...]) -> Path_:
    """Pydantic's error location as a path into the data, without its union tags (``<session>``) and ``[key]``.

    Walking the data tells a tag from a key someone wrote, even one that looks like a tag.
    """
    loc: list[str | int] = []
    for part in raw:
        if (isinstance(data, dict) and part in data) or (
            isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        ):
            data = data[part]
        elif isinstance(part, str) and (part.startswith("<") or part == "[key]"):
            continue
        else:
            data = None  # a missing field: the rest of the path is not in the data
        loc.append(part)
    return tuple(loc)


def _suggest(word: str, choices: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _unknown(what: str, name: str, known: typing.Iterable[str]) -> str:
    return f"unknown {what} '{name}'{_suggest(name, known)}"


def _models(tp: Any) -> list[type[BaseModel]]:
    """Every model class reachable inside a type (through lists, unions, Annotated)."""
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return [tp]
    return [m for arg in typing.get_args(tp) for m in _models(arg)]


def _fields_at(adapter: TypeAdapter[Any], loc: Path_, data: Any) -> list[str]:
    """The keys allowed in the mapping at ``loc`` (for "did you mean")."""
    tp: Any = adapter._type
    for part in loc:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int):
            data = data[part]
        else:
            data = None
        if isinstance(part, str):
            owner = next((m for m in _models(tp) if part in _names(m)), None)
            tp = owner.model_fields[_names(owner)[part]].annotation if owner else Any
        elif typing.get_origin(tp) is dict:
            tp = typing.get_args(tp)[1]
    keys = set(data) if isinstance(data, dict) else set()
    candidates = _models(tp)
    best = max(candidates, key=lambda m: len(keys & set(_names(m))), default=None)
    return list(_names(best)) if best else []


def _names(cls: type[BaseModel]) -> dict[str, str]:
    return {(f.alias or name): name for name, f in cls.model_fields.items()}


# -- resolving references: people, papers, files --


class _Resolver:
    def __init__(
        self, docs_dir: Path, entries: dict[str, model.PersonEntry | None], people_doc: Document | None,
        problems: list[Problem],
    ) -> None:
        self.docs_dir, self.entries, self.problems = docs_dir, entries, problems
        self.people_read = True
        self._people: dict[str, Person] = {}
        for pid, entry in entries.items():
            if entry is None:
                continue
            photo = self.asset(entry.photo, people_doc, (pid, "photo"), "photo") if people_doc else None
            self._people[pid] = Person(pid, entry.name, entry.affiliation, entry.url, photo, entry.bio)

    def person(self, pid: str) -> Person:
        return self._people[pid]

    def asset(self, rel: str | None, doc: Document, loc: Path_, what: str) -> str | None:
        """``rel`` if the file exists; else a warning (``--strict`` fails) and None."""
        if rel and not (self.docs_dir / rel).is_file():
            self.problems.append(doc.problem(loc, f"{what} file '{rel}' not found in the docs folder", warning=True))
            return None
        # Photos, banners and logos (but SVG logos) are resized at build time: they must be images Pillow reads.
        if rel and not (what == "logo" and rel.endswith(".svg")) and not _is_image(self.docs_dir / rel):
            message = f"{what} file '{rel}' is not an image (use JPEG, PNG, WebP or GIF)"
            self.problems.append(doc.problem(loc, message, warning=True))
            return None
        return rel

    def ref(self, ref: model.PersonRef, doc: Document, loc: Path_) -> Person | None:
        overrides = ref.model_dump(exclude_none=True, exclude={"id"})
        if "photo" in overrides:
            overrides["photo"] = self.asset(ref.photo, doc, (*loc, "photo"), "photo")
        if ref.id is None:
            return Person(None, **overrides)
        base = self._people.get(ref.id)
        if base is None and (ref.id in self.entries or not self.people_read):
            return None  # a broken entry in people.yml, or a broken people.yml: reported there
        if base is None:
            message = _unknown("person", ref.id, self.entries) + f"; add '{ref.id}' to {PEOPLE_FILE}"
            self.problems.append(doc.problem((*loc, "id") if (*loc, "id") in doc.values else loc, message))
            return None
        return Person(**{**base.__dict__, **overrides}) if overrides else base

    def check_raw_refs(self, doc: Document) -> None:
        """Report unknown ids in an edition that failed validation, straight from its YAML."""
        data = doc.data if isinstance(doc.data, dict) else {}
        lists: list[tuple[Path_, Any]] = [((role,), data.get(role)) for role in model.ROLES]
        for i, entry in enumerate(data.get("schedule") or [] if isinstance(data.get("schedule"), list) else []):
            session = isinstance(entry, dict) and "session" in entry
            items = entry.get("items") if session else [entry]
            for j, item in enumerate(items if isinstance(items, list) else []):
                loc: Path_ = ("schedule", i, "items", j) if session else ("schedule", i)
                lists.append(((*loc, "speakers"), item.get("speakers") if isinstance(item, dict) else None))
        for loc, refs in lists:
            for k, ref in enumerate(refs if isinstance(refs, list) else []):
                pid = ref.get("id") if isinstance(ref, dict) else ref
                if isinstance(pid, str) and pid not in self.entries:
                    self.ref(model.PersonRef(id=pid), doc, (*loc, k))

    def refs(self, refs: list[model.PersonRef], doc: Document, loc: Path_) -> list[Person]:
        people, seen = [], set()
        for i, ref in enumerate(refs):
            if ref.id is not None and ref.id in seen:
                self.problems.append(doc.problem((*loc, i), f"'{ref.id}' is listed twice"))
            seen.add(ref.id)
            person = self.ref(ref, doc, (*loc, i))
            if person:
                people.append(person)
        return people


def _is_image(path: Path) -> bool:
    from PIL import Image  # only reads the header

    try:
        with Image.open(path):
            return True
    except Exception:  # not an image, or one Pillow refuses (a decompression bomb)
        return False


def _build_edition(eid: str, data: model.EditionFile, doc: Document, resolver: _Resolver, now: dt.datetime) -> Edition:
    problems = resolver.problems
    edition = Edition(eid, data, doc.path)
    edition.people = {role: resolver.refs(getattr(data, role), doc, (role,)) for role in model.ROLES}
    if data.banner and data.banner.image:
        image = resolver.asset(data.banner.image, doc, ("banner", "image"), "banner image")
        if image is None:
            edition.data = data.model_copy(update={"banner": data.banner.model_copy(update={"image": None})})
    sponsors = [
        s if not s.logo or resolver.asset(s.logo, doc, ("sponsors", i, "logo"), "logo")
        else s.model_copy(update={"logo": None})
        for i, s in enumerate(data.sponsors)
    ]
    if sponsors != data.sponsors:  # a missing logo is left out: the sponsor shows its name
        edition.data = edition.data.model_copy(update={"sponsors": sponsors})
    for i, paper in enumerate(data.papers):
        if paper.id is not None:
            if paper.id in edition.papers:
                problems.append(doc.problem(("papers", i, "id"), f"paper id '{paper.id}' is used twice"))
            edition.papers[paper.id] = paper
    if data.schedule and not data.timezone:
        line, col = doc.where(("schedule",), key=True)
        message = "required when there is a schedule (e.g. timezone: Europe/Vienna)"
        problems.append(Problem(doc.path, line, col, "timezone", message))
    edition.rows = _rows(edition, doc, resolver)
    edition.deadlines = [_deadline(d, now) for d in data.dates]
    local_today = now.astimezone(edition.zone or dt.timezone.utc).date()
    edition.announcements = [
        a for a in data.announcements
        if (a.from_ is None or a.from_ <= local_today) and (a.until is None or local_today <= a.until)
    ]
    return edition


def _deadline(d: model.ImportantDate, now: dt.datetime) -> Deadline:
    tz = model.zone(d.tz)
    at = d.at.on(tz)
    return Deadline(d.name, at, d.at.time is None, d.tz, d.was.on(tz) if d.was else None, d.note, at < now)


def _rows(edition: Edition, doc: Document, resolver: _Resolver) -> list[Row]:
    data, zone = edition.data, edition.zone
    day = data.first_day
    drafts: list[dict[str, Any]] = []

    def at(time: model.ClockTime | None, on: dt.date | None) -> dt.datetime | None:
        if time is None or on is None or zone is None:
            return None
        return dt.datetime.combine(on, dt.time(time.hour, time.minute), zone)

    def item_row(item: model.ScheduleItem, loc: Path_, in_session: bool) -> dict[str, Any]:
        nonlocal day
        day = item.day or day
        paper = None
        if item.paper is not None:
            paper = edition.papers.get(item.paper)
            if paper is None:
                resolver.problems.append(doc.problem((*loc, "paper"), _unknown("paper", item.paper, edition.papers)))
        link = item.link or (paper and (paper.url or paper.openreview or paper.pdf)) or None
        return dict(
            start=at(item.time, day),
            end=at(item.end, day),
            time_text=item.time.text if item.time else None,
            kind=item.kind,
            label=item.label or model.KIND_LABEL[item.kind],
            emoji=item.emoji or model.KIND_EMOJI.get(item.kind),
            title=item.title or (paper.title if paper else None),
            speakers=tuple(resolver.refs(item.speakers, doc, (*loc, "speakers"))),
            authors=tuple(paper.authors) if paper and not item.speakers else (),
            link=link,
            links=tuple(item.links.items()),
            abstract=item.abstract,
            in_session=in_session,
            day=day,
        )

    for i, entry in enumerate(data.schedule):
        if isinstance(entry, model.Session):
            day = entry.day or day
            first = entry.items[0].time or entry.time
            drafts.append(dict(session=entry.session, emoji=entry.emoji, start=at(first, day),
                               time_text=entry.time.text if entry.time else None, day=day))
            for j, item in enumerate(entry.items):
                drafts.append(item_row(item, ("schedule", i, "items", j), True))
        else:
            drafts.append(item_row(entry, ("schedule", i), False))
    # An item without an end runs until the next item starts (across sessions).
    items = [d for d in drafts if "session" not in d]
    nothing: dict[str, Any] = {}
    for this, following in itertools.zip_longest(items, items[1:], fillvalue=nothing):
        if this["end"] is None and following.get("start") and this["start"] and following["start"] > this["start"]:
            this["end"] = following["start"]
    return [Row(**d) for d in drafts]


def clear_cache() -> None:
    _cache.clear()


__all__ = ["DataError", "clear_cache", "data_files", "load"]
