"""Where the tool reads and writes: every file it writes resolves inside the folder it writes into, and
every file of a site it reads (data, pages, photos) resolves inside the site's project folder.

Paths come from data someone else may write (an al-folio permalink, an edition id, a symbolic link in
a pull request): a path that resolves elsewhere is refused here, where the path is made, not by each
command that writes or reads.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import quoted

LINKED_OUT = "a link to a file outside the project folder: not read (copy the file into the project instead)"


class Escape(ValueError):
    """A path that would leave the folder it must stay in; the message names where the path came from."""


def inside(folder: Path, rel: str | Path, where: str) -> Path:
    """``folder / rel``, the path to write; raises :class:`Escape` naming ``where`` (``file:line``, or what
    gave ``rel``) if it resolves outside ``folder``: ``..``, an absolute path, a symbolic link out of it."""
    target = Path(folder) / rel
    if Path(rel).is_absolute() or not _within(target, folder):
        raise Escape(f"{where}: {quoted(Path(rel).as_posix())} would be written outside {folder} (through '..', an "
                     "absolute path or a link): nothing written")
    return target


def outside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (a file to read) resolves outside ``folder``: a symbolic link to a file elsewhere."""
    return not _within(path, folder)


def project_of(docs_dir: Path) -> Path:
    """A site's project folder, which its data, pages and photos may not leave: the folder of its docs folder."""
    return Path(os.path.realpath(docs_dir)).parent


def _within(path: Path, folder: Path) -> bool:
    """Whether ``path`` is ``folder`` or in it, once both are resolved (links followed, ``..`` taken out)."""
    real, root = os.path.realpath(path), os.path.realpath(folder)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)  # strings: a build checks every file


# A data file larger than this is refused (yamlsource.read), read only as far as saying so.
MAX_FILE_BYTES = 10_000_000


def head(path: Path) -> bytes:
    """A data file's bytes, or its first bytes past :data:`MAX_FILE_BYTES` (enough to refuse it, without
    holding a file of any size in memory)."""
    with open(path, "rb") as file:
        return file.read(MAX_FILE_BYTES + 1)
