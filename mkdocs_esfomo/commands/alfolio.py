"""``esfomo import-alfolio SRC DEST``: an al-folio (Jekyll) workshop site turned into a new site."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import Failure, plural


def import_alfolio_command(args: argparse.Namespace) -> int:
    from ..importers.alfolio.pipeline import import_site  # only this command needs the al-folio reader
    from ..importers.alfolio.report import REPORT

    src: Path = args.src
    dest: Path = args.dest
    if not src.is_dir():
        raise Failure(f"{src} is not a folder")
    try:
        notes = import_site(src, dest)
    except FileExistsError:
        raise Failure(f"{dest} exists and is not empty: give a new or empty folder") from None
    except OSError as error:  # the folder beside it cannot be written, the disk is full: nothing was written
        raise Failure(f"cannot write {dest} ({error.strerror or error}): nothing was written") from None
    lost = [n for n in notes if not n.guess]
    for note in notes:
        print(f"{'guess: ' if note.guess else ''}{note}")
    print(f"wrote a site into {dest}", end="")
    if not notes:
        print("; nothing was left out or guessed")
        return 0
    print(f"; {plural(len(lost), 'thing')} not imported and {plural(len(notes) - len(lost), 'guess', 'guesses')}"
          f" to confirm, listed in {dest / REPORT}: `esfomo check --strict` fails until they are checked off")
    return 1
