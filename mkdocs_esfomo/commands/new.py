"""``esfomo new DIR``: write a starter site and say what to do next."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from . import starter
from .common import Failure, plural


def new_command(args: argparse.Namespace) -> int:
    dest: Path = args.dir
    name = args.name or " ".join(w.capitalize() for w in re.split(r"[-_ ]+", dest.resolve().name) if w) or "Workshop"
    today = dt.date.today()
    day = args.date or starter.workshop_day(today, args.year)
    try:
        written, notes = starter.create(dest, name, args.site_url, today, day)
    except FileExistsError:
        raise Failure(f"{dest} exists and is not empty: give a new or empty folder") from None
    for note in notes:
        print(f"note: {note}")
    edition = next(p for p in written if p.parent.name == "editions")
    print(f"wrote a site for {name} into {dest} ({plural(len(written), 'file')}). Next:\n"
          f"  cd {dest} && mkdocs serve    # preview it on http://127.0.0.1:8000\n"
          f"  edit docs/_data/people.yml and docs/_data/editions/{edition.name}; `esfomo check` says what is wrong")
    return 0
