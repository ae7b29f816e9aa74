"""What a build derives from the data alone, kept on disk between builds.

A build whose data files, the images they name and this package's code are
unchanged reads the validated workshop, its calendars and what it knows of its
images back from one file. It then imports neither pydantic, the YAML reader,
icalendar nor Pillow, which together cost more than building a small site.
The file is in the project's own cache folder, like the resized photos.

A pickle can run any code when it is read, and a project's cache folder may come from
someone else (committed by mistake, restored from a shared CI cache). So each file this
package keeps there starts with a digest keyed by a secret of this user on this machine,
kept outside every project (:func:`secret`); a file whose digest does not match is not
unpickled, only replaced.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import os
import pickle
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from . import paths
from .htmlfile import HtmlFile
from .outputs import images
from .workshop import Workshop

PEOPLE_FILE = "_data/people.yml"
EDITIONS_DIR = "_data/editions"
FORMAT = 4  # bump when what is stored changes shape
_SEALED = b"esfomo sealed 1\n"  # then the HMAC-SHA256 of the rest, then the rest
_DIGEST = 32
_CODE = Path(__file__).parent


Stamps = dict[str, tuple[int, int] | None]


@dataclass
class Memory:
    """What one builder keeps between its builds in this process: the plugin instance MkDocs keeps
    for ``mkdocs serve``, or a command. Each build is given it; nothing lives in module globals."""

    # loader: each data file's bytes and what was read from them; the pieces of files being edited;
    # each edition and what it was built from
    files: dict[Path, Any] = field(default_factory=dict)
    edited: dict[Path, Any] = field(default_factory=dict)
    built: dict[Path, Any] = field(default_factory=dict)
    images: dict[tuple[str, int, int], images.Facts] = field(default_factory=dict)  # images.facts, by path and stamp
    markup: dict[str, str] = field(default_factory=dict)  # Markdown -> sanitized HTML
    markup_used: set[str] = field(default_factory=set)  # the texts the last build showed
    calendars: dict[tuple[Any, ...], dict[str, bytes]] = field(default_factory=dict)  # by what each shows
    # snapshot file -> the last snapshot read or made, its key and its images' stamps, and whether it
    # is still to be written: `mkdocs serve` rebuilds keep it here, not on disk
    snapshots: dict[Path, tuple[tuple[Any, ...], Stamps, Snapshot, bool]] = field(default_factory=dict)
    # rendered.Kept: each directive's HTML (plain data) by the digest of what it was made from, read
    # from its file as pages ask; the digests the last build used
    html: HtmlFile = field(default_factory=HtmlFile)
    html_used: set[str] = field(default_factory=set)
    # where a warning's field is in its file, by the digest of the file's edition (rendered.data_digests) and the
    # field: finding it parses the whole file again
    positions: dict[tuple[str, tuple[str | int, ...]], tuple[int, int]] = field(default_factory=dict)
    positions_used: set[tuple[str, tuple[str | int, ...]]] = field(default_factory=set)


def data_files(docs_dir: Path) -> list[Path]:
    """Every file the loader reads, for watching and for cache keys; not those :func:`linked_out`."""
    return [path for path in _listed(docs_dir) if not paths.outside(path, paths.project_of(docs_dir))]


def linked_out(docs_dir: Path) -> list[Path]:
    """The data files that are links to files outside the project: never read, refused by name."""
    return [path for path in _listed(docs_dir) if paths.outside(path, paths.project_of(docs_dir))]


def _listed(docs_dir: Path) -> list[Path]:
    editions = docs_dir / EDITIONS_DIR
    found = sorted(p for p in editions.glob("*.y*ml") if p.suffix in (".yml", ".yaml")) if editions.is_dir() else []
    people = docs_dir / PEOPLE_FILE
    return ([people] if people.is_file() else []) + found


class Snapshot(NamedTuple):
    workshop: Workshop  # whatever the date: Workshop.as_of applies it
    calendars: dict[str, bytes]  # site path -> .ics with no DTSTAMP yet (calendar.stamped)
    # What the build found, each keyed by what it was found from: still true once the data changed.
    images: dict[tuple[str, int, int], images.Facts]  # what images.facts found for the workshop's files
    markup: dict[str, str]  # the Markdown the pages showed, as HTML
    made: dict[tuple[Any, ...], dict[str, bytes]]  # Memory.calendars: each edition's calendars
    positions: dict[tuple[str, tuple[str | int, ...]], tuple[int, int]]  # Memory.positions the build used

    def settled(self, docs_dir: Path, memory: Memory) -> Snapshot:
        """With what the build learnt of its images, Markdown and warnings' positions, to keep."""
        shown = {str(docs_dir / rel) for rel in self.workshop.assets}
        found = {k: v for k, v in memory.images.items() if k[0] in shown}
        return self._replace(images=found, markup={text: memory.markup[text] for text in memory.markup_used},
                             positions={k: memory.positions[k] for k in memory.positions_used})


def contents(docs_dir: Path) -> dict[Path, bytes]:
    """Every data file's bytes: the key and (when the data changed) the loader read these."""
    # a file over the size limit is read only as far as refusing it needs
    return {path: paths.head(path) for path in data_files(docs_dir)}


def key(docs_dir: Path, data_read: dict[Path, bytes], *options: Any) -> tuple[Any, ...]:
    """What decides the snapshot besides the images: the data's content, the options, the code."""
    data = hashlib.blake2b()
    for path, raw in data_read.items():  # by content, not time: two quick same-size edits differ too
        data.update(path.name.encode() + b"\0" + raw + b"\0")
    code = [(str(p.relative_to(_CODE)), stamp(p)) for p in sorted(_CODE.rglob("*.py"))]  # every folder's modules
    return (FORMAT, sys.version_info[:2], code, str(docs_dir), options, data.hexdigest())


def read(cache_dir: Path, docs_dir: Path, wanted: tuple[Any, ...], memory: Memory) -> Snapshot | None:
    """The snapshot stored under ``wanted``, if the images it names have not changed since.

    One of other data, from the same code and options, still tells the build what it found.
    """
    path = cache_dir / "workshop.pickle"
    kept = memory.snapshots.get(path)
    if kept:  # read or made by this process, which knows what it found
        if kept[0] != wanted:
            return None
        _, assets, snapshot, _ = kept
    else:
        try:
            file = io.BytesIO(unsealed(path.read_bytes()))  # not written here: raises, nothing is unpickled
            with file:
                key = pickle.load(file)  # first: a snapshot of another version is not read at all
                if key[:-1] != wanted[:-1]:
                    return None
                assets, found = pickle.load(file)
                _learn(memory, *found)
                if key != wanted:
                    return None
                snapshot = Snapshot(*pickle.load(file), *found)
        except Exception:  # none yet, or written by another version: read the data again
            return None
        memory.snapshots[path] = (wanted, assets, snapshot, False)
    if any(stamp(docs_dir / rel) != was for rel, was in assets.items()):
        return None
    return snapshot


def _learn(
    memory: Memory,
    found_images: dict[tuple[str, int, int], images.Facts], html: dict[str, str], made: dict[Any, dict[str, bytes]],
    positions: dict[tuple[str, tuple[str | int, ...]], tuple[int, int]],
) -> None:
    """What a snapshot found, each keyed by what it was found from, for this build to use."""
    memory.images.update(found_images)
    memory.markup.update(html)
    memory.calendars.update(made)
    memory.positions.update(positions)


def keep(
    cache_dir: Path, docs_dir: Path, wanted: tuple[Any, ...], snapshot: Snapshot, memory: Memory, *, write: bool = True
) -> None:
    """Keep ``snapshot`` for the next build: on disk, or (``write=False``) until :func:`flush`."""
    assets = {rel: stamp(docs_dir / rel) for rel in snapshot.workshop.assets}
    memory.snapshots[cache_dir / "workshop.pickle"] = (wanted, assets, snapshot, True)
    if write:
        flush(memory)


HTML_FILE = "html.json"


def read_html(cache_dir: Path, memory: Memory) -> None:
    """The directives' HTML kept by the last build in ``cache_dir``, opened once per process; its records
    are read as pages ask for them. Sealed as the snapshot is: HTML someone else wrote into a committed
    or shared cache is never published."""
    path = cache_dir / HTML_FILE
    if memory.html.path != path:
        memory.html.open(path, secret(), _SEALED)


def keep_html(cache_dir: Path, memory: Memory, *, changed: bool, write: bool = True) -> None:
    """Keep the HTML the last build used (and only it) for the next build: on disk, or until :func:`flush`."""
    if not changed and len(memory.html) == len(memory.html_used):
        return
    memory.html.keep_only(memory.html_used)
    if write:
        flush(memory)


def flush(memory: Memory) -> None:
    """Write every snapshot and every file of HTML kept only in memory."""
    if memory.html.unwritten and memory.html.path is not None and (key := secret()) is not None:
        memory.html.write(memory.html.path, key, _SEALED)
    for path, (wanted, assets, snapshot, unwritten) in list(memory.snapshots.items()):
        if unwritten:
            workshop, calendars, *found = snapshot
            _write(path, wanted, (assets, found), (workshop, calendars))
            memory.snapshots[path] = (wanted, assets, snapshot, False)


def _write(target: Path, *parts: Any) -> None:
    out = io.BytesIO()
    for part in parts:
        pickle.dump(part, out, protocol=pickle.HIGHEST_PROTOCOL)
    write_sealed(target, out.getvalue())


def write_sealed(target: Path, payload: bytes) -> None:
    """Write ``payload`` with its digest, whole or not at all (even with two builds at once); nothing
    when there is no secret or the folder is read-only (the next build does the work again)."""
    key = secret()
    if key is None:
        return
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(_SEALED + hmac.new(key, payload, "sha256").digest() + payload)
        partial.replace(target)
    except OSError:
        partial.unlink(missing_ok=True)


def unsealed(data: bytes) -> bytes:
    """What :func:`write_sealed` wrote; ValueError for anything this user did not write on this machine."""
    key = secret()
    start = len(_SEALED)
    head, digest, payload = data[:start], data[start : start + _DIGEST], data[start + _DIGEST :]
    if key is None or head != _SEALED or not hmac.compare_digest(digest, hmac.new(key, payload, "sha256").digest()):
        raise ValueError("not sealed with this machine's key")
    return payload


def secret() -> bytes | None:
    """This user's key for the cache's digests: 32 random bytes made once, readable by this user only
    (0600), in the user's cache folder, outside any project. None where it cannot be kept (no home):
    then nothing is cached."""
    try:
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mkdocs-esfomo"
        path = folder / "cache-key"
        try:
            key = path.read_bytes()
        except FileNotFoundError:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            partial = folder / f"cache-key.{os.getpid()}.tmp"
            handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(handle, "wb") as file:
                file.write(secrets.token_bytes(_DIGEST))
            try:
                os.link(partial, path)  # two builds at once: the first key made is everyone's
            except FileExistsError:
                pass
            finally:
                partial.unlink()
            key = path.read_bytes()
    except (OSError, RuntimeError):
        return None
    return key if len(key) == _DIGEST else None


def stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
