"""A user's file edited by a command: locked while the command works on it, written whole or not at all.

Every command that changes a file the user keeps (an edition file: ``import-papers``, ``new-edition``,
``freeze``) reads and writes it through :func:`editing`:

- a second command editing the same file at the same time is refused (an advisory lock on the file);
- the new text goes to a temporary file beside it, is flushed to the disk, and then takes the file's
  place in one step (``os.replace``): a command killed at any moment, or a disk or ``ulimit -f`` too
  small, leaves the old file or the new one, never a part of either;
- if the file changed since it was read (saved from an editor meanwhile), nothing is written;
- the file keeps its line ends (CRLF stays CRLF), its byte-order mark and its permissions.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover  # Windows: no lock; a change made meanwhile is still refused
    fcntl = None  # type: ignore[assignment]

_BOM = b"\xef\xbb\xbf"


class Refused(Exception):
    """The file cannot be edited now, or could not be written; it is as it was. One line."""


class Edited:
    """A file as a command read it: ``text`` (lines ending in ``\\n``), written back with :meth:`write`."""

    def __init__(self, path: Path, shown: str, raw: bytes | None) -> None:
        self.path, self.shown, self._raw = path, shown, raw
        self._bom = raw is not None and raw.startswith(_BOM)
        self._crlf = raw is not None and b"\r\n" in raw
        try:
            self.text = (raw or b"").removeprefix(_BOM).decode("utf-8").replace("\r\n", "\n")
        except UnicodeDecodeError:
            raise Refused(f"{shown} is not UTF-8: run esfomo check") from None

    @property
    def exists(self) -> bool:
        return self._raw is not None

    def write(self, text: str) -> None:
        """Replace the file with ``text``, or raise :class:`Refused` leaving it as it was."""
        data = (_BOM if self._bom else b"") + (text.replace("\n", "\r\n") if self._crlf else text).encode("utf-8")
        handle, partial = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".partial", dir=self.path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            now = self.path.read_bytes() if self.path.exists() else None  # as late as can be
            if now != self._raw:
                said = "was created" if self._raw is None else "was removed" if now is None else "changed"
                raise Refused(f"{self.shown} {said} since this command read it (saved from an editor?): nothing "
                              "written; run the command again")
            os.chmod(partial, self.path.stat().st_mode & 0o7777 if now is not None else 0o666 & ~current_umask())
            if now is None:
                os.link(partial, self.path)  # fails if the file appeared meanwhile
                os.unlink(partial)
            else:
                os.replace(partial, self.path)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(partial)
            if isinstance(exc, FileExistsError):
                raise Refused(f"{self.shown} was created meanwhile: nothing written; run the command again") from None
            if isinstance(exc, OSError):
                raise Refused(f"cannot write {self.shown} ({exc.strerror or exc}): the file is as it was") from None
            raise  # interrupted: the file is as it was
        _sync_folder(self.path.parent)
        self._raw = data


@contextlib.contextmanager
def editing(path: Path, shown: str) -> Iterator[Edited]:
    """``path`` read (it may not exist yet) and locked against other commands until the block ends."""
    path = path.resolve()  # a link is edited where it points, and stays a link
    try:
        file = open(path, "rb")  # noqa: SIM115  # held open for its lock
    except FileNotFoundError:
        yield Edited(path, shown, None)
        return
    except OSError as exc:
        raise Refused(f"cannot read {shown} ({exc.strerror or exc})") from None
    with file:
        if fcntl is not None:
            try:
                fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise Refused(f"{shown} is being changed by another esfomo command: run this one when it has "
                              "finished") from None
        raw = file.read()
        if os.stat(path).st_ino != os.fstat(file.fileno()).st_ino:  # replaced between opening and locking
            raise Refused(f"{shown} was changed by another esfomo command just now: run this one again")
        yield Edited(path, shown, raw)


def current_umask() -> int:
    """The process's umask (reading it means setting it: it is set back at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """The rename itself on the disk (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
