"""The directives' kept HTML on disk, read a record at a time.

A large site keeps tens of megabytes of HTML (every paper has a page). MkDocs holds every page's
HTML itself while it builds, so holding the kept records too would double that; reading them all
at once would briefly triple it. A build reads the file's index instead (record -> where it lies),
then each record its pages ask for, as they ask, with one read of just that record (a mapped file
would count its pages as the process's own memory once read). The records a build makes go to a
scratch file as they are made (a first build makes every one), and from it into the new file.

The file is sealed as every cache file is (cache.write_sealed): a record is read only from a file
whose digest this user's key confirms, checked once when the file is opened.

    header, digest | records (JSON each) | index (JSON: key -> [start, length]) | index start (16 digits)
"""

from __future__ import annotations

import hmac
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

Record = dict[str, Any]  # {"html": str, "images": [[path, size, fit width or None], ...]}
_TAIL = 16  # the index's start, as digits
_LENGTH = (1 << 32) - 1


class HtmlFile:
    """Records by key: those of the file last opened and those made since (in a scratch file), each read when asked."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.unwritten = False  # records made, or left out, since the file was written
        self._index: dict[str, int] = {}  # key -> start << 32 | length (one int: thousands of records)
        self._file: BinaryIO | None = None
        self._start = 0  # where the payload starts in the file
        self._made: dict[str, int] = {}  # key -> start << 32 | length in the scratch file
        self._scratch: BinaryIO | None = None  # the records made since the file was opened, one after another

    def __len__(self) -> int:
        return len(self._index.keys() | self._made.keys())

    def get(self, key: str) -> Record | None:
        try:
            if (made := self._made.get(key)) is not None:
                blob = self._read_made(made)
            elif (where := self._index.get(key)) is not None and self._file is not None:
                blob = self._read(where >> 32, where & _LENGTH)
            else:
                return None
            found: Record = json.loads(blob)
        except (OSError, ValueError):  # the file changed under this build: the directive renders again
            return None
        return found if isinstance(found, dict) and isinstance(found.get("html"), str) else None

    def _read(self, start: int, length: int) -> bytes:
        assert self._file is not None
        self._file.seek(self._start + start)
        return self._file.read(length)

    def _read_made(self, where: int) -> bytes:
        assert self._scratch is not None
        return self._read_from(self._scratch, where)

    @staticmethod
    def _read_from(file: BinaryIO, where: int) -> bytes:
        file.seek(where >> 32)
        return file.read(where & _LENGTH)

    def __setitem__(self, key: str, record: Record) -> None:
        self._made[key] = self._append(json.dumps(record, separators=(",", ":")).encode())
        self.unwritten = True

    def _append(self, blob: bytes) -> int:
        """Where ``blob`` lies in the scratch file, once added at its end."""
        if self._scratch is None:
            self._scratch = self._new_scratch()
        at = self._scratch.seek(0, os.SEEK_END)
        self._scratch.write(blob)
        return at << 32 | len(blob)

    def _new_scratch(self) -> BinaryIO:
        """An unnamed file beside the kept file, on the project's disk (the system's temporary folder may be
        memory itself), removed by the system once closed, however the process ends; else the system's own."""
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                return tempfile.TemporaryFile(prefix="esfomo-html-", dir=self.path.parent)
            except OSError:  # a cache folder that cannot be written: the system's temporary folder
                pass
        return tempfile.TemporaryFile(prefix="esfomo-html-")  # closed by close()

    def keep_only(self, keys: Iterable[str]) -> None:
        """Drop every record but ``keys`` (written out by :meth:`write`)."""
        wanted = set(keys)
        self._index = {key: where for key, where in self._index.items() if key in wanted}
        self._made = {key: where for key, where in self._made.items() if key in wanted}
        self.unwritten = True
        # `mkdocs serve` keeps this file from build to build: the records left out are dropped from the scratch
        # file once they are most of it, so that it holds about what the next file will.
        if self._scratch is not None:
            live = sum(where & _LENGTH for where in self._made.values())
            if self._scratch.seek(0, os.SEEK_END) > 2 * live + (1 << 20):
                old, self._scratch = self._scratch, None
                self._made = {key: self._append(self._read_from(old, where)) for key, where in self._made.items()}
                old.close()

    def open(self, path: Path, key: bytes | None, header: bytes) -> None:
        """Read the index of ``path`` if ``key`` confirms it was written here; else start with no records."""
        self.close()
        self.path, self._index, self._made, self.unwritten = path, {}, {}, False
        if key is None:
            return
        try:
            file = path.open("rb")
        except OSError:  # none yet
            return
        try:
            start = len(header) + 32
            if file.read(len(header)) != header:
                raise ValueError("not a kept file")
            digest, seal = file.read(32), hmac.new(key, digestmod="sha256")
            size = 0
            while chunk := file.read(1 << 20):  # a megabyte at a time: never the whole file at once
                seal.update(chunk)
                size += len(chunk)
            if size < _TAIL or not hmac.compare_digest(digest, seal.digest()):
                raise ValueError("not sealed with this machine's key")
            self._file, self._start = file, start
            index_at = int(self._read(size - _TAIL, _TAIL))
            index = {name: at << 32 | length
                     for name, (at, length) in json.loads(self._read(index_at, size - _TAIL - index_at)).items()}
        except (OSError, ValueError, AttributeError, TypeError):  # cut short, or not sealed here: render again
            self.close()
            file.close()
            return
        self._index = index

    def write(self, path: Path, key: bytes, header: bytes) -> None:
        """Every record, sealed, whole or not at all; then read from the new file."""
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as out:
                self._write_to(out, key, header)
            self.close()
            partial.replace(path)
        except OSError:
            partial.unlink(missing_ok=True)
            return
        self.open(path, key, header)

    def _write_to(self, out: BinaryIO, key: bytes, header: bytes) -> None:
        seal = hmac.new(key, digestmod="sha256")
        out.write(header + bytes(32))
        index: dict[str, list[int]] = {}
        at = 0
        for name, blob in self._blobs():
            out.write(blob)
            seal.update(blob)
            index[name] = [at, len(blob)]
            at += len(blob)
        tail = json.dumps(index, separators=(",", ":")).encode() + b"%016d" % at
        out.write(tail)
        seal.update(tail)
        out.seek(len(header))
        out.write(seal.digest())

    def _blobs(self) -> Iterator[tuple[str, bytes]]:
        for name, where in self._index.items():
            if name not in self._made and self._file is not None:
                yield name, self._read(where >> 32, where & _LENGTH)
        for name, where in self._made.items():
            yield name, self._read_made(where)

    def records(self) -> dict[str, Record]:
        """Every record, read whole (for a reader that wants them all)."""
        return {name: json.loads(blob) for name, blob in self._blobs()}

    def close(self) -> None:
        """Close the file; the records made since it was opened are gone with the scratch file."""
        for file in (self._file, self._scratch):
            if file is not None:
                file.close()
        self._file = self._scratch = None
