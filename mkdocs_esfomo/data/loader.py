"""Load, validate and resolve everything in ``_data/`` once per build.

Every problem in every file is collected before giving up, each tied to its
``path:line:col`` and field. Parsed files are cached by content, so a
``mkdocs serve`` rebuild only parses the file that changed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import gc
import glob
import itertools
import re
import typing
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from .. import paths, values
from ..cache import EDITIONS_DIR, PEOPLE_FILE, Memory, data_files, linked_out, stamp
from ..errors import DataError, Problem, quoted, suggest, unknown
from ..outputs import images
from ..workshop import Deadline, Edition, Following, Person, Row, Workshop
from . import checks, schema, yamlsource
from .yamlsource import Document, Path_, Pieces, Positions, dotted, read

_edition_adapter = TypeAdapter(schema.EditionFile)
_person_adapter = TypeAdapter(schema.PersonEntry)
_PERSON_ID = re.compile(r"[a-z0-9][a-z0-9-]*")  # whole: fullmatch, so that no line break ends one
# What the files parsed again since they changed leave for their next parse (Memory.edited): kept for
# a few only, as it holds their raw data and models (which the garbage collector scans).
_EDITED_KEPT = 4
Stamps = dict[str, tuple[int, int] | None]


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


def load(
    docs_dir: Path | str,
    *,
    now: dt.datetime | None = None,
    current: str | None = None,
    current_at: tuple[str, int, int] | None = None,
    shown_root: Path | str | None = None,
    memory: Memory | None = None,
) -> Workshop:
    """Read ``docs_dir/_data`` as of ``now`` (default: the clock); raise :class:`DataError` listing every error."""
    workshop = load_data(docs_dir, current=current, current_at=current_at, shown_root=shown_root, memory=memory)
    return workshop.as_of(now or dt.datetime.now(dt.timezone.utc))


@_without_gc
def load_data(
    docs_dir: Path | str,
    *,
    current: str | None = None,
    current_at: tuple[str, int, int] | None = None,
    shown_root: Path | str | None = None,
    contents: dict[Path, bytes] | None = None,
    memory: Memory | None = None,
) -> Workshop:
    """The workshop whatever the date (see :meth:`Workshop.as_of`), or :class:`DataError`.

    ``contents``: the data files' bytes if already read (:func:`cache.contents`); ``memory``: what
    earlier loads by the same builder kept (only what changed since is read and built again).
    """
    memory = memory if memory is not None else Memory()
    docs_dir = Path(docs_dir).resolve()
    root = Path(shown_root).resolve() if shown_root else docs_dir.parent
    problems: list[Problem] = []

    def shown(path: Path) -> str:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()

    people_doc: Document | None = None
    entries: dict[str, schema.PersonEntry | None] = {}
    people_path = docs_dir / PEOPLE_FILE
    linked = linked_out(docs_dir)  # a pull request's link to a file of the machine that builds: never read
    problems += [Problem(shown(path), 1, 1, "", paths.LINKED_OUT) for path in linked]
    if people_path.is_file() and people_path not in linked:
        people_doc, entries = _load_file(people_path, shown(people_path), _validate_people, problems, contents, memory)
    # When people.yml itself is broken, its ids are unknown: that is reported there, not at every reference.
    people_read = (entries is not None or not people_path.is_file()) and people_path not in linked
    entries = entries or {}
    resolver = _Resolver(docs_dir, entries, people_doc, problems, memory.images)
    resolver.people_read = people_read
    photos = resolver.stamps()
    editions: dict[str, Edition] = {}
    files: list[checks.EditionSummary] = []
    edition_paths = [path for path in data_files(docs_dir) if path != people_path]
    problems += checks.edition_ids([(path.stem, shown(path)) for path in edition_paths])
    for path in edition_paths:
        if any(f.id == path.stem for f in files):
            continue  # a second file for the same edition: reported above
        doc, data = _load_file(path, shown(path), _validate_edition, problems, contents, memory)
        if doc and data:
            editions[path.stem] = _edition(path, data, doc, resolver, photos, memory.built)
        elif doc:  # every check on the parts that are valid, so that everything is reported at once
            data = _check_valid_parts(path.stem, doc, resolver)
        files.append(checks.EditionSummary(path.stem, shown(path), data.name if data else None,
                                        data.first_day if data else None, doc))
    if current is not None and current not in editions and not any(not p.warning for p in problems):
        message = unknown("edition", current, editions)
        where, line, col = current_at or (shown(docs_dir / EDITIONS_DIR), 1, 1)
        problems.append(Problem(where, line, col, "current", message))
    by_date = sorted(files, key=lambda f: (f.first_day or dt.date.min, f.id), reverse=True)
    drafts = {e.id for e in editions.values() if e.draft}
    dated = [f for f in by_date if f.id not in drafts] or by_date  # a draft is current only when all are
    chosen = current or (dated[0].id if dated else None)
    problems += checks.workshop(files, current, chosen)
    if any(not p.warning for p in problems):
        raise DataError(problems)
    ordered = sorted(editions.values(), key=lambda e: (e.data.first_day or dt.date.min, e.id), reverse=True)
    editions = {e.id: e for e in ordered}
    return Workshop(
        people={pid: resolver.person(pid) for pid, entry in entries.items() if entry},
        editions=editions,
        current=chosen,
        pinned=current is not None,
        warnings=sorted(problems),
        assets=sorted(resolver.assets),
    )


Validate = typing.Callable[[Document, Any], tuple[Any, list[Problem]]]


def _load_file(
    path: Path, shown: str, validate: Validate, problems: list[Problem], contents: dict[Path, bytes] | None,
    memory: Memory,
) -> tuple[Document | None, Any]:
    raw = contents[path] if contents and path in contents else path.read_bytes()
    cached = memory.files.get(path)
    # By content, not time: saves can keep it. The loader keeps the text anyway, for positions.
    if cached and cached[0] == raw and cached[1] is not None and cached[1].path == shown:
        problems.extend(cached[3])
        return cached[1], cached[2]
    # A file read before is being edited: it is parsed in pieces, to parse and validate only
    # what changes next time (see _Edited).
    edited = memory.edited.pop(path, _Edited({}, {})) if path in memory.files else None
    doc, found = read(path, shown, edited.pieces if edited else None, raw=raw)
    value = None
    if doc is not None:
        value, found = validate(doc, edited.swapped(doc.data) if edited else doc.data)
        if value is not None:  # plain records from here on; the raw data only served error messages
            records = _plain(value, edited.records() if edited else None)
            if edited and doc.pieces:
                memory.edited[path] = _Edited(doc.pieces, _Edited.items_of(doc.data, value, records))
                while len(memory.edited) > _EDITED_KEPT:
                    del memory.edited[next(iter(memory.edited))]
            value, doc.data = records, None
    memory.files[path] = (raw, doc, value, found)
    problems.extend(found)
    return doc, value


class _Edited(typing.NamedTuple):
    """What the last parse of a file being edited leaves for the next: its pieces (for
    :func:`yamlsource.parse`, which gives the raw items of unchanged pieces back as the same
    objects), and what each raw list item was validated into, the model and its record."""

    pieces: Pieces
    items: dict[int, tuple[Any, BaseModel, Any]]  # id(raw item) -> raw item, model, record

    def swapped(self, data: Any) -> Any:
        """``data`` with the list items validated last time given as their models, which pydantic
        takes as they are."""
        if not self.items or type(data) is not dict:
            return data
        items = self.items
        return {key: [items[id(v)][1] if id(v) in items and items[id(v)][0] is v else v for v in value]
                if type(value) is list else value for key, value in data.items()}

    def records(self) -> dict[int, Any]:
        return {id(model): (model, record) for _, model, record in self.items.values()}

    @staticmethod
    def items_of(data: Any, value: Any, records: Any) -> dict[int, tuple[Any, BaseModel, Any]]:
        if type(data) is not dict or not isinstance(value, BaseModel):
            return {}
        names = _names(type(value))
        items: dict[int, tuple[Any, BaseModel, Any]] = {}
        for key, raw in data.items():
            name = names.get(key)
            models, plain = getattr(value, name, None) if name else None, getattr(records, name or "", None)
            if type(raw) is list and type(models) is list and type(plain) is list and len(raw) == len(models):
                items.update((id(r), (r, m, p)) for r, m, p in zip(raw, models, plain, strict=True) if type(r) is dict)
        return items


def _validate_edition(doc: Document, data: Any) -> tuple[Any, list[Problem]]:
    try:
        return _edition_adapter.validate_python(data), []
    except ValidationError as exc:
        return None, [_problem(doc, err, _edition_adapter) for err in exc.errors()]


def _validate_people(doc: Document, data: Any) -> tuple[Any, list[Problem]]:
    """Each person on their own, so one typo does not make every reference to others unknown."""
    if not isinstance(data, dict):
        return None, [doc.problem((), f"expected a mapping of person ids to people, got {schema._kind(data)}")]
    entries: dict[str, schema.PersonEntry | None] = {}
    found = []
    for pid, raw in data.items():
        entries[pid] = None  # known, even if broken: references to it are not reported again
        if not _PERSON_ID.fullmatch(pid):
            message = f"{quoted(pid)} is not a valid id: use lowercase letters, digits and '-'"
            found.append(doc.problem((pid,), message, key=True))
            continue
        try:
            entries[pid] = _person_adapter.validate_python(raw)
        except ValidationError as exc:
            found += [_problem(doc, err, _person_adapter, (pid,)) for err in exc.errors()]
    return entries, found + list(checks.people(entries, doc))


# -- turning pydantic's errors into messages a workshop organizer can act on --


def _problem(doc: Document, err: Any, adapter: TypeAdapter[Any], prefix: Path_ = ()) -> Problem:
    raw = err["loc"]
    on_key = "[key]" in raw
    loc = prefix + _data_loc(doc.data[prefix[0]] if prefix else doc.data, raw)
    kind, given = err["type"], err.get("input")
    if kind == "extra_forbidden":
        allowed = _fields_at(adapter, loc[len(prefix) : -1], doc.data[prefix[0]] if prefix else doc.data)
        return doc.problem(loc, _unknown_key(loc[-1], _at(doc.data, loc[:-1]), allowed), key=True)
    if kind == "missing":
        return doc.problem(loc, "required field is missing")
    if on_key:
        return doc.problem(loc, f"{quoted(loc[-1])} is not a valid id: use lowercase letters, digits and '-'", key=True)
    if kind == "literal_error":
        choices = [c.strip(" '") for c in err["ctx"]["expected"].replace(" or ", ", ").split(", ")]
        return doc.problem(loc, f"{quoted(given)} is not one of: {', '.join(choices)}{suggest(str(given), choices)}")
    if kind in ("list_type", "tuple_type"):
        hint = ""
        if isinstance(given, str):  # `speakers: a, b`
            items = [part.strip() for part in given.split(",") if part.strip()]
            items += [str(k) for k in _commaed(_at(doc.data, loc[:-1]), loc[-1])]
            hint = f": write it in brackets, [{', '.join(items)}] (or one '- ' line per item)"
        return doc.problem(loc, f"expected a list, got {schema._kind(given)}{hint}")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return doc.problem(loc, f"expected a mapping (key: value), got {schema._kind(given)}")
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return doc.problem(loc, f"expected a whole number, got {schema._kind(given)}")
    if kind == "too_short":
        return doc.problem(loc, "must not be empty")
    return doc.problem(loc, err["msg"])


# Keys written for a field of another name (when that field is allowed where they are).
_SAID_OTHERWISE = {
    "duration": "end", "length": "end", "until": "end", "finish": "end", "start": "time", "begin": "time",
    "type": "kind", "description": "abstract", "url": "link", "where": "location", "email": "contact",
    "deadlines": "dates",
}  # fmt: skip


def _unknown_key(key: Any, mapping: Any, allowed: list[str]) -> str:
    """What to say of ``key`` in ``mapping``, which allows the keys ``allowed``."""
    listed = _listed_with(mapping, key)
    if listed:  # `{speakers: a, b}`: b reads as a key
        return (f"unknown key {quoted(key)}: in {{ }} a comma ends a value, so {quoted(key)} reads as a key; "
                f"write the list in brackets, {listed}")
    hint = suggest(str(key), allowed)
    if not hint and set(allowed) == set(_names(schema.PersonRef)) and isinstance(mapping, dict) and len(mapping) == 1:
        # `- grace-hopper: Harvard`
        hint = f" (a person with a field of this edition's own is written {{id: {key}, affiliation: {mapping[key]}}})"
    if not hint and (meant := _SAID_OTHERWISE.get(str(key).lower())) in allowed:
        hint = " (give the end time in `end`, like end: \"10:30\")" if meant == "end" else f" (did you mean '{meant}'?)"
    return f"unknown key {quoted(key)}{hint}"


def _at(data: Any, loc: Path_) -> Any:
    """The raw value at ``loc``, if there is one."""
    for part in loc:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _commaed(mapping: Any, key: Any) -> list[Any]:
    """The keys without a value right after ``key`` in ``mapping``: the rest of `{speakers: a, b, c}`."""
    if not isinstance(mapping, dict) or key not in mapping:
        return []
    keys = list(mapping)
    rest = []
    for other in keys[keys.index(key) + 1 :]:
        if mapping[other] is not None:
            break
        rest.append(other)
    return rest


def _listed_with(mapping: Any, key: Any) -> str:
    """``speakers: [a, b]`` when ``key`` (b) is one of the keys `{speakers: a, b}` reads; else nothing."""
    if not isinstance(mapping, dict):
        return ""
    for name, value in mapping.items():
        rest = _commaed(mapping, name) if isinstance(value, str) and name in _LIST_FIELDS else []
        if key in rest:
            return f"{name}: [{', '.join(str(v) for v in [value, *rest])}]"
    return ""


_LIST_FIELDS = (*values.ROLES, "authors", "items")


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


def _near_file(docs_dir: Path, rel: str) -> str | None:
    """The file a missing path most likely meant: written from the project's folder ("docs/..."), with
    other capitals (a site built on macOS finds it, the one built on Linux does not), a name spelt a
    little differently, or the only file of that name, in another folder."""
    path = PurePosixPath(rel)
    if path.parts and path.parts[0] == docs_dir.name and (docs_dir / path.relative_to(path.parts[0])).is_file():
        return path.relative_to(path.parts[0]).as_posix()
    folder = docs_dir / path.parent
    if folder.is_dir():
        names = [found.name for found in folder.iterdir() if found.is_file()]
        close = [name for name in names if name.lower() == path.name.lower()]
        if close := close or difflib.get_close_matches(path.name, names, n=1, cutoff=0.8):  # meilin.jpg: mei-lin.jpg
            return (path.parent / close[0]).as_posix()
    elsewhere = [found for found in docs_dir.rglob(glob.escape(path.name)) if found.is_file()] if path.name else []
    if len(elsewhere) == 1:  # the right name in another folder (img/x.jpg for assets/img/x.jpg)
        return elsewhere[0].relative_to(docs_dir).as_posix()
    return None


class _Resolver:
    def __init__(
        self, docs_dir: Path, entries: dict[str, schema.PersonEntry | None], people_doc: Document | None,
        problems: list[Problem], image_facts: dict[tuple[str, int, int], images.Facts],
    ) -> None:
        self.docs_dir, self.entries, self.problems, self.image_facts = docs_dir, entries, problems, image_facts
        self.people_read = True
        self.assets: set[str] = set()  # every file the data names, found or not
        self._people: dict[str, Person] = {}
        for pid, entry in entries.items():
            if entry is None:
                continue
            photo = self.asset(entry.photo, people_doc, (pid, "photo"), "photo") if people_doc else None
            self._people[pid] = Person(pid, entry.name, entry.affiliation, entry.url, photo, entry.bio)

    def person(self, pid: str) -> Person:
        return self._people[pid]

    def stamps(self, assets: typing.Iterable[str] | None = None) -> Stamps:
        """The files named so far (or ``assets``) as they are now on disk."""
        return {rel: stamp(self.docs_dir / rel) for rel in sorted(self.assets if assets is None else assets)}

    def asset(self, rel: str | None, doc: Document, loc: Path_, what: str) -> str | None:
        """``rel`` if the file exists; else a warning (``--strict`` fails) and None."""
        if rel:
            self.assets.add(rel)
        if rel and paths.outside(self.docs_dir / rel, self.docs_dir):  # as `..` in the path is (schema._asset)
            message = f"{what} file {quoted(rel)} is a link to a file outside the docs folder: copy the file into it"
            self.problems.append(doc.problem(loc, message))
            return None
        if rel and not (self.docs_dir / rel).is_file():
            message = f"{what} file {quoted(rel)} not found in the docs folder"
            if near := _near_file(self.docs_dir, rel):
                message += f" (did you mean '{near}'?)"
            self.problems.append(doc.problem(loc, message, warning=True))
            return None
        # Photos, banners and logos (but SVG logos) are resized at build time: they must be images Pillow reads.
        if not rel or (what == "logo" and rel.endswith(".svg")):
            return rel
        found = images.facts(self.docs_dir / rel, self.image_facts)
        if found is None:
            message = f"{what} file {quoted(rel)} is not an image (use JPEG, PNG, WebP or GIF)"
            self.problems.append(doc.problem(loc, message, warning=True))
            return None
        width, height = found[1]
        if width * height > images.MAX_PIXELS:
            message = (f"{what} file {quoted(rel)} is {width:,} x {height:,} pixels, over the "
                       f"{images.MAX_PIXELS // 1_000_000} megapixels a build resizes: save it smaller (2,000 pixels "
                       "across is plenty for a web page)")
            self.problems.append(doc.problem(loc, message, warning=True))
            return None
        return rel

    def ref(self, ref: schema.PersonRef, doc: Document, loc: Path_) -> Person | None:
        overrides = {k: v for k, v in vars(ref).items() if v is not None and k != "id"}
        if "photo" in overrides:
            overrides["photo"] = self.asset(ref.photo, doc, (*loc, "photo"), "photo")
        if ref.id is None:
            return Person(None, **overrides)
        base = self._people.get(ref.id)
        if base is None and (ref.id in self.entries or not self.people_read):
            return None  # a broken entry in people.yml, or a broken people.yml: reported there
        if base is None:
            message = unknown("person", ref.id, self.entries) + f"; add {quoted(ref.id)} to {PEOPLE_FILE}"
            named = [pid for pid, person in self._people.items() if person.name.lower() == ref.id.lower()]
            if named:  # a name where the id belongs
                message = f"{quoted(ref.id)} is the name of '{named[0]}' in {PEOPLE_FILE}: list people by their id"
            elif not _PERSON_ID.match(ref.id):
                message = (unknown("person", ref.id, self.entries) + f": ids in {PEOPLE_FILE} are lowercase letters, "
                           f"digits and '-' (a person not in it is written {{name: {ref.id}}})")
            self.problems.append(doc.problem((*loc, "id") if (*loc, "id") in doc.values else loc, message))
            return None
        return base._replace(**overrides) if overrides else base

    def refs(self, refs: list[schema.PersonRef], doc: Document, loc: Path_) -> list[Person]:
        people, seen = [], set()
        for i, ref in enumerate(refs):
            if ref.id is not None and ref.id in seen:
                self.problems.append(doc.problem((*loc, i), f"{quoted(ref.id)} is listed twice"))
            seen.add(ref.id)
            person = self.ref(ref, doc, (*loc, i))
            if person:
                people.append(person)
        return people


# -- an edition file with errors: the checks of its valid parts --

Kept = dict[Path_, list[int]]  # a list's path in the file -> the indices of the items kept, in order
_ROUNDS = 8  # leaving a part out can make its parent invalid (a required field): at most this many levels


def _check_valid_parts(eid: str, doc: Document, resolver: _Resolver) -> schema.EditionFile | None:
    """Build an edition from what is valid in ``doc`` (each invalid value left out, with the mapping or
    list item around it where it was required), for its checks alone: they report on the rest of the
    file beside the errors. Returns what was built, its name and date None where they were left out."""
    if not isinstance(doc.data, dict):
        return None
    left_out: set[Path_] = set()
    for _ in range(_ROUNDS):
        kept: Kept = {}
        data = _without(doc.data, left_out, (), kept)
        if ("name",) in left_out:
            data["name"] = eid  # required: a stand-in, which no check reports on (see below)
        try:
            valid = _edition_adapter.validate_python(data)
            break
        except ValidationError as exc:
            more = {_left_out(err, data, kept) for err in exc.errors()}
            if () in more or more <= left_out:
                return None
            left_out |= more
    else:
        return None
    papers = doc.data.get("papers")
    broken_papers = {str(p["id"]) for i, p in enumerate(papers if isinstance(papers, list) else [])
                     if ("papers", i) in left_out and isinstance(p, dict) and "id" in p}
    start = len(resolver.problems)
    _build_edition(eid, _plain(valid), _ValidParts(doc, kept), resolver, broken_papers)
    resolver.problems[start:] = [p for p in resolver.problems[start:] if not _about_left_out(p, left_out)]
    return valid.model_copy(update={key: None for key in ("name", "date") if (key,) in left_out})


def _about_left_out(problem: Problem, left_out: set[Path_]) -> bool:
    """What is left out is reported as invalid: a check must not also report it missing ("required"), nor
    the times after a schedule day left out as out of order (their day is not known)."""
    gone = [yamlsource.dotted(loc) for loc in left_out]
    if any(problem.field == g or problem.field.startswith((g + ".", g + "[")) for g in gone):
        return True
    days_unknown = any(loc[0] == "schedule" and loc[-1] == "day" for loc in left_out)
    return days_unknown and problem.warning and problem.field.startswith("schedule") and problem.field.endswith("time")


def _without(value: Any, left_out: set[Path_], path: Path_, kept: Kept) -> Any:
    """``value`` without the parts at ``left_out`` (paths into ``value``), noting the list items kept."""
    if isinstance(value, dict):
        return {k: _without(v, left_out, (*path, k), kept) for k, v in value.items() if (*path, k) not in left_out}
    if isinstance(value, list):
        kept[path] = [i for i in range(len(value)) if (*path, i) not in left_out]
        return [_without(value[i], left_out, (*path, i), kept) for i in kept[path]]
    return value


def _left_out(err: Any, data: Any, kept: Kept) -> Path_:
    """The path in the file to leave out for a validation error in ``data`` (the file with parts left out)."""
    loc = _in_file(_data_loc(data, err["loc"]), kept)
    if err["type"] == "missing" and len(loc) > 1:
        return loc[:-1]  # a required field: the mapping that lacks it
    return loc


def _in_file(loc: Path_, kept: Kept) -> Path_:
    """A path into data with list items left out, as a path into the file."""
    moved: list[str | int] = []
    for part in loc:
        indices = kept.get(tuple(moved))
        moved.append(indices[part] if indices is not None and isinstance(part, int) and part < len(indices) else part)
    return tuple(moved)


def _in_part(loc: Path_, kept: Kept) -> Path_ | None:
    """A path into the file as a path into the data with list items left out (None: it was left out)."""
    moved: list[str | int] = []
    for n, part in enumerate(loc):
        indices = kept.get(loc[:n])
        if indices is not None and isinstance(part, int):
            if part not in indices:
                return None
            part = indices.index(part)
        moved.append(part)
    return tuple(moved)


class _ValidParts(Document):
    """A document's positions for its data with list items left out: problems name the place in the file."""

    def __init__(self, doc: Document, kept: Kept) -> None:
        def moved(positions: Positions) -> Positions:
            return {new: where for loc, where in positions.items() if (new := _in_part(loc, kept)) is not None}

        super().__init__(doc.path, None, "", (moved(doc.values), moved(doc.keys)))
        self.kept = kept

    def problem(self, loc: Path_, message: str, *, key: bool = False, warning: bool = False) -> Problem:
        found = super().problem(loc, message, key=key, warning=warning)
        return found._replace(field=yamlsource.dotted(_in_file(tuple(loc), self.kept)))


Built = dict[Path, tuple[Any, Any, Stamps, Stamps, Edition, list[Problem]]]


def _edition(
    path: Path, data: schema.EditionFile, doc: Document, resolver: _Resolver, photos: Stamps, built: Built
) -> Edition:
    """The edition built from ``data``, or the one built last time from the very same file, people
    and images (``_load_file`` returns the same objects for unchanged files). ``built``: edition file ->
    what it was built from (the validated file and people, the stamps of the images they name), the
    edition and its problems: a serve rebuild builds again only what changed."""
    kept = built.get(path)
    if kept and kept[0] is data and kept[1] is resolver.entries:
        _, _, was_photos, assets, edition, problems = kept
        if was_photos == photos and resolver.stamps(assets) == assets:
            resolver.problems += problems
            resolver.assets |= set(assets)
            return edition
    outer, start, resolver.assets = resolver.assets, len(resolver.problems), set()
    edition = _build_edition(path.stem, data, doc, resolver)
    assets, resolver.assets = resolver.stamps(), outer | resolver.assets
    built[path] = (data, resolver.entries, photos, assets, edition, resolver.problems[start:])
    return edition


def _speakers(refs: list[schema.PersonRef], doc: Document, loc: Path_, resolver: _Resolver) -> list[Person]:
    """A schedule item's speakers; a ``group`` there is shown nowhere, and said so."""
    for i, ref in enumerate(refs):
        if ref.group is not None:
            resolver.problems.append(doc.problem((*loc, i, "group"), "a group is shown in the organizers, speakers "
                                                 "and panelists lists, not beside a talk: move it there or delete "
                                                 "it", warning=True))  # fmt: skip
    return resolver.refs(refs, doc, loc)


def _follows(data: schema.EditionFile, entries: dict[str, schema.PersonEntry | None]) -> Following:
    """The people an edition shows as people.yml has them now (what ``esfomo freeze`` would copy in), and
    where the first of them is named."""
    from .freeze import FROZEN

    places: list[tuple[list[schema.PersonRef], Path_]] = [(getattr(data, role), (role,)) for role in values.ROLES]
    for i, row in enumerate(data.schedule):  # validated rows may be light records: read them by name
        items = getattr(row, "items", None)
        if items is not None:
            places += [(item.speakers, ("schedule", i, "items", j, "speakers")) for j, item in enumerate(items)]
        else:
            places.append((getattr(row, "speakers", None) or [], ("schedule", i, "speakers")))
    found: list[tuple[str, Path_]] = []
    for refs, loc in places:
        for k, ref in enumerate(refs or ()):
            entry = entries.get(ref.id) if ref.id else None
            if ref.id and entry is not None and any(
                getattr(entry, f) is not None and getattr(ref, f) is None for f in FROZEN
            ):
                found.append((ref.id, (*loc, k)))
    # Where it is, only when a warning needs it: finding positions reads the file again.
    return Following(tuple(dict.fromkeys(pid for pid, _ in found)), found[0][1]) if found else Following()


def _build_edition(
    eid: str, data: schema.EditionFile, doc: Document, resolver: _Resolver, broken_papers: typing.Collection[str] = ()
) -> Edition:
    """``broken_papers``: ids of papers left out as invalid, which schedule items may name all the same."""
    problems = resolver.problems
    edition = Edition(eid, data, doc.path)
    edition.follows = _follows(data, resolver.entries)
    edition.people = {role: resolver.refs(getattr(data, role), doc, (role,)) for role in values.ROLES}
    if data.banner and data.banner.image:
        image = resolver.asset(data.banner.image, doc, ("banner", "image"), "banner image")
        if image is None:
            edition.data = _replaced(data, banner=_replaced(data.banner, image=None))
    sponsors = [
        s if not s.logo or resolver.asset(s.logo, doc, ("sponsors", i, "logo"), "logo")
        else _replaced(s, logo=None)
        for i, s in enumerate(data.sponsors)
    ]
    if sponsors != data.sponsors:  # a missing logo is left out: the sponsor shows its name
        edition.data = _replaced(edition.data, sponsors=sponsors)
    for i, paper in enumerate(data.papers):
        if paper.id is not None:
            if paper.id in edition.papers:
                problems.append(doc.problem(("papers", i, "id"), f"paper id {quoted(paper.id)} is used twice"))
            edition.papers[paper.id] = paper
    if data.schedule and not data.timezone:
        line, col = doc.where(("schedule",), key=True)
        message = "required when there is a schedule (e.g. timezone: Europe/Vienna)"
        problems.append(Problem(doc.path, line, col, "timezone", message))
    edition.rows = _rows(edition, doc, resolver, broken_papers)
    edition.deadlines = [_deadline(d) for d in data.dates]
    edition.papers = {p.id: p for p in edition.data.papers if p.id is not None}
    problems += checks.edition(edition, doc)
    return edition


def _deadline(d: schema.ImportantDate) -> Deadline:
    tz = values.zone(d.tz)
    return Deadline(d.name, d.at.on(tz), d.at.time is None, d.tz, d.was.on(tz) if d.was else None, d.note)


_T = typing.TypeVar("_T")


def _plain(value: _T, known: dict[int, Any] | None = None) -> _T:
    """A copy with every model made a :class:`values.Record` of the same fields, right after validation:
    the cached workshop loads without pydantic, and holds far fewer objects for the garbage collector
    to scan. Typed as what it copies, which it reads like. ``known``: id(model) -> (model, record)
    for models already copied."""
    return typing.cast(_T, _records(value, known or {}))


def _records(value: Any, known: dict[int, Any]) -> Any:
    kind = type(value)
    if kind is str or value is None:
        return value
    if kind is list:
        return [_records(v, known) for v in value]
    if kind is dict:
        return {k: _records(v, known) for k, v in value.items()}
    if isinstance(value, BaseModel):
        done = known.get(id(value))
        if done and done[0] is value:
            return done[1]
        fields = {name: _records(v, known) for name, v in value.__dict__.items()}
        fields |= {name: getattr(value, name) for name in _properties(type(value))}
        return values.Record(**fields)
    return value


@functools.cache
def _properties(cls: type[BaseModel]) -> tuple[str, ...]:
    return tuple(name for name, v in vars(cls).items() if isinstance(v, property))


def _replaced(record: _T, **changes: Any) -> _T:
    return typing.cast(_T, values.Record(**{**vars(record), **changes}))


def _is_session(entry: schema.Session | schema.ScheduleItem) -> typing.TypeGuard[schema.Session]:
    return hasattr(entry, "session")  # records, not models: no isinstance


def _rows(
    edition: Edition, doc: Document, resolver: _Resolver, broken_papers: typing.Collection[str] = ()
) -> list[Row]:
    data, zone = edition.data, edition.zone
    day = data.first_day
    drafts: list[dict[str, Any]] = []
    written = [t.text for t in _written_times(data)]
    edition.clock = clock = values.ClockStyle.of(written)
    anchors: set[str] = set()
    shown_papers = _poster_papers(edition, doc, resolver)

    def at(time: values.ClockTime | None, on: dt.date | None) -> dt.datetime | None:
        if time is None or on is None or zone is None:
            return None
        return dt.datetime.combine(on, dt.time(time.hour, time.minute), zone)

    def shown(time: values.ClockTime | None) -> str | None:
        return clock.text(time.hour, time.minute, time.text) if time else None

    def item_row(item: schema.ScheduleItem, loc: Path_, in_session: bool) -> dict[str, Any]:
        nonlocal day
        day = item.day or day
        paper = None
        if item.paper is not None:
            paper = edition.papers.get(item.paper)
            if paper is None and item.paper not in broken_papers:
                message = unknown("paper", item.paper, edition.papers)
                if not edition.papers:
                    message += (": this edition has no papers; list them under `papers:`, each with its `id` "
                                "(esfomo import-papers adds them from OpenReview or a CSV file)")
                resolver.problems.append(doc.problem((*loc, "paper"), message))
        title = item.title or (paper.title if paper else None)
        return dict(
            start=at(item.time, day),
            end=at(item.end, day),
            time_text=shown(item.time),
            end_text=shown(item.end),
            end_written=item.end is not None,
            kind=item.kind,
            label=item.label or values.KIND_LABEL[item.kind],
            emoji=item.emoji or values.KIND_EMOJI.get(item.kind),
            title=title,
            speakers=tuple(_speakers(item.speakers, doc, (*loc, "speakers"), resolver)),
            authors=tuple(paper.authors) if paper and not item.speakers else (),
            link=item.link or (paper and (paper.url or paper.openreview or paper.pdf)) or None,
            links=_labelled_links(item, paper),
            abstract=item.abstract,
            in_session=in_session,
            day=day,
            paper=paper.id if paper else None,
            anchor=_anchor(title or item.label or values.KIND_LABEL[item.kind], anchors),
            papers=shown_papers.get(id(item), ()),
        )

    sessions: list[tuple[dict[str, Any], int]] = []  # header and how many items it holds
    for i, entry in enumerate(data.schedule):
        if _is_session(entry):
            day = entry.day or day
            first = entry.items[0].time or entry.time
            header = dict(session=entry.session, emoji=entry.emoji, start=at(first, day), time_text=shown(first),
                          day=day, anchor=_anchor(entry.session, anchors))
            drafts.append(header)
            sessions.append((header, len(entry.items)))
            for j, item in enumerate(entry.items):
                drafts.append(item_row(item, ("schedule", i, "items", j), True))
        else:
            drafts.append(item_row(typing.cast(schema.ScheduleItem, entry), ("schedule", i), False))
    # An item without an end runs until the next item starts (across sessions).
    items = [d for d in drafts if "session" not in d]
    nothing: dict[str, Any] = {}
    for this, following in itertools.zip_longest(items, items[1:], fillvalue=nothing):
        if this["end"] is None and following.get("start") and this["start"] and following["start"] > this["start"]:
            this["end"] = following["start"]
            this["end_text"] = following["time_text"]
    for header, count in sessions:  # a session spans its items
        last = drafts[drafts.index(header) + count]
        header["end"], header["end_text"] = last["end"], last["end_text"]
    return [Row(**d) for d in drafts]


def _poster_papers(edition: Edition, doc: Document, resolver: _Resolver) -> dict[int, tuple[str, ...]]:
    """Each poster session's papers (by the item's ``id()``): those its ``papers:`` names, then those whose
    ``session:`` names it; a paper is in one session at most."""
    problems = resolver.problems
    items: dict[str, tuple[schema.ScheduleItem, Path_]] = {}
    found: dict[int, list[str]] = {}
    session_of: dict[str, str] = {}  # paper id -> where it was given its session

    def add(item: schema.ScheduleItem, paper_id: str, loc: Path_) -> None:
        if paper_id in session_of:
            problems.append(doc.problem(loc, f"paper '{paper_id}' is in a poster session already "
                                             f"({session_of[paper_id]})"))
            return
        session_of[paper_id] = dotted(loc)
        found.setdefault(id(item), []).append(paper_id)

    for item, loc in _item_locations(edition.data):
        if item.id is not None:
            if item.id in items:
                problems.append(doc.problem((*loc, "id"), f"schedule item id '{item.id}' is used twice"))
            items.setdefault(item.id, (item, loc))
        if item.papers and item.kind != "poster":
            problems.append(doc.problem((*loc, "papers"), f"papers are presented in a poster session (kind: poster), "
                                                          f"not in a {item.kind} item"))
            continue
        for k, paper_id in enumerate(item.papers):
            if paper_id in edition.papers:
                add(item, paper_id, (*loc, "papers", k))
            else:
                problems.append(doc.problem((*loc, "papers", k), unknown("paper", paper_id, edition.papers)))
    for i, paper in enumerate(edition.data.papers):
        if paper.session is None or paper.id is None:
            continue
        loc = ("papers", i, "session")
        named = items.get(paper.session)
        if named is None:
            message = unknown("schedule item", paper.session, items)
            problems.append(doc.problem(loc, f"{message}: the poster session's item needs `id: {paper.session}`"))
        elif named[0].kind != "poster":
            problems.append(doc.problem(loc, f"'{paper.session}' is a {named[0].kind} item, not a poster session "
                                             "(kind: poster)"))
        else:
            add(named[0], paper.id, loc)
    return {key: tuple(ids) for key, ids in found.items()}


def _item_locations(data: schema.EditionFile) -> typing.Iterator[tuple[schema.ScheduleItem, Path_]]:
    for i, entry in enumerate(data.schedule):
        if _is_session(entry):
            for j, item in enumerate(entry.items):
                yield item, ("schedule", i, "items", j)
        else:
            yield typing.cast(schema.ScheduleItem, entry), ("schedule", i)


def _written_times(data: schema.EditionFile) -> typing.Iterator[values.ClockTime]:
    for entry in data.schedule:
        for item in (entry.items if _is_session(entry) else [typing.cast(schema.ScheduleItem, entry)]):
            yield from (t for t in (item.time, item.end) if t)
        if _is_session(entry) and entry.time:
            yield entry.time


_HOSTS = {"arxiv.org": "arXiv", "openreview.net": "OpenReview", "github.com": "Code", "youtube.com": "Video",
          "youtu.be": "Video", "vimeo.com": "Video", "slideslive.com": "Video", "docs.google.com": "Slides"}


def link_label(url: str) -> str:
    """What a link is, for its label: "arXiv", "PDF", "Video"... else "Link"."""
    host = re.sub(r"^www\.", "", url.split("/")[2].lower()) if url.count("/") >= 2 else ""
    path = url.lower().split("?")[0]
    if path.endswith(".pdf") or ("/pdf" in path and host in ("arxiv.org", "openreview.net")):
        return "PDF"
    return _HOSTS.get(host, "Link")


def _labelled_links(item: schema.ScheduleItem, paper: schema.Paper | None) -> tuple[tuple[str, str], ...]:
    """Every link of an item, each with a label saying what it leads to."""
    found: list[tuple[str, str]] = []
    if item.link:
        found.append((link_label(item.link), item.link))
    found += item.links.items()
    if paper:
        found += [(label, url) for label, url in (("Paper", paper.url), ("PDF", paper.pdf),
                  ("OpenReview", paper.openreview), ("Code", paper.code), ("Video", paper.video)) if url]
    unique: dict[str, str] = {}  # url -> label: the first label a link is given
    for label, url in found:
        unique.setdefault(url, label)
    return tuple((label, url) for url, label in unique.items())


def _anchor(text: str, taken: set[str]) -> str:
    """A stable id for a schedule row, from its title: links to a talk survive edits elsewhere."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words, slug = re.findall(r"[a-z0-9]+", ascii_text.lower()), ""
    for word in words:  # whole words, up to 60 characters
        if slug and len(slug) + len(word) >= 60:
            break
        slug = f"{slug}-{word}" if slug else word[:60]
    slug = slug or "item"
    anchor, n = f"schedule-{slug}", 2
    while anchor in taken:
        anchor, n = f"schedule-{slug}-{n}", n + 1
    taken.add(anchor)
    return anchor


__all__ = ["DataError", "load", "load_data"]
