"""A corpus of broken inputs: each fails the build with one exact ``path:line:col`` line and writes nothing.

Every case is a small change to one valid site (``BASE``): a people file, one
edition and a home page with directives. Each expected line names the line and
column of the offending value or key in the changed file, and the build's whole
report is compared, so a case also fails when other problems are reported.
"""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import MINIMAL_CONFIG, build_site, write_tree
from mkdocs.exceptions import Abort
from PIL import Image

P = "docs/_data/people.yml"
E = "docs/_data/editions/2025.yml"
I = "docs/index.md"  # noqa: E741

PEOPLE = """\
tri-dao:
  name: Tri Dao
  affiliation: Princeton
  url: https://tridao.me
  photo: assets/tri.png
albert-gu:
  name: Albert Gu
  bio: Works on *state space* models.
"""

EDITION = """\
name: Test I
subtitle: A *small* workshop
date: 2025-07-18
timezone: America/Vancouver
contact: chairs@example.org
conference: {name: ICML 2025, url: "https://icml.cc"}
location: {city: Vancouver, venue: Convention Centre, map: "https://maps.example.org/x"}
banner: {image: assets/banner.png, alt: A banner}
links:
  submission: https://openreview.net/x
announcements:
  - {text: Submit *now*, until: 2025-05-27}
dates:
  - {name: Submission deadline, at: 2025-05-27, tz: AoE}
topics:
  - {group: Systems, items: [Kernels, Compilers]}
organizers: [tri-dao]
speakers: [albert-gu]
sponsors:
  - {name: Acme, url: "https://acme.example", logo: assets/logo.png}
schedule:
  - {time: "9:00", kind: invited, title: Hello, speakers: [albert-gu]}
  - session: Orals
    items:
      - {time: "10:00", kind: oral, paper: p1}
papers:
  - {id: p1, title: A paper, authors: [A. Author]}
"""

INDEX = """\
# Home

<!-- esfomo/title -->

<!-- esfomo/people { role: organizers } -->

<!-- esfomo/schedule -->
"""


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 100, 50)).save(out, "PNG")
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG's signature and header chunk: all a build may read of a photo too large to decode."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", b"") + chunk(b"IEND", b"")


BASE: dict[str, str | bytes] = {
    "mkdocs.yml": MINIMAL_CONFIG,
    P: PEOPLE,
    E: EDITION,
    I: INDEX,
    "docs/assets/tri.png": png(),
    "docs/assets/banner.png": png(),
    "docs/assets/logo.png": png(),
}

BOMB = "name: Bomb\n" + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)

# 413 bytes that a loader allowing aliases expands to 9**8 strings, the last level under `edition:`.
FRONT_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{','.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefg", "bcdefgh", strict=True)
) + f"edition: [{','.join(['*h'] * 9)}]\n"

Edit = tuple[str, "str | bytes | None", "str | bytes"]


def sub(path: str, old: str | bytes, new: str | bytes) -> Edit:
    """Replace ``old`` (which must occur exactly once) by ``new`` in ``path``."""
    return (path, old, new)


def put(path: str, content: str | bytes) -> Edit:
    """Write ``path`` with ``content``."""
    return (path, None, content)


@dataclass(frozen=True)
class Case:
    id: str
    edits: tuple[Edit, ...]
    expected: tuple[str, ...]  # every problem line, exactly
    warning: bool = False  # a warning: only --strict fails


def case(id: str, *edits: Edit, expect: str | list[str], warning: bool = False) -> Case:
    return Case(id, edits, tuple([expect] if isinstance(expect, str) else expect), warning)


ITEM = '  - {time: "9:00", kind: invited, title: Hello, speakers: [albert-gu]}'
SESSION_ITEM = '      - {time: "10:00", kind: oral, paper: p1}'
DATE = "  - {name: Submission deadline, at: 2025-05-27, tz: AoE}"
AFTER_LUNCH = '\n      - {time: "12:00", kind: break, title: Lunch}\n      - {time: "1:00", title: After lunch}'
AFTERNOON = ('      - {time: "2:00pm", kind: oral, paper: p1}\n      - {time: "2:15am", title: Oops}\n'
             '      - {time: "3:00pm", title: Next}')
SPONSOR = '  - {name: Acme, url: "https://acme.example", logo: assets/logo.png}'
BANNER = "banner: {image: assets/banner.png, alt: A banner}"
CONFERENCE = 'conference: {name: ICML 2025, url: "https://icml.cc"}'
LOCATION = 'location: {city: Vancouver, venue: Convention Centre, map: "https://maps.example.org/x"}'
KINDS = "remarks, invited, keynote, talk, oral, spotlight, poster, panel, break, awards, social"
NOT_URL = "is not a web address: it must start with http:// or https:// (or mailto:)"
LEAVES = "leaves the docs folder: give a path relative to it, like assets/img/photo.jpg"
DIRECTIVES = "title, hero, banner, announcements, gist, people, schedule, dates, topics, papers, sponsors, editions"
ALT = "alt is required with image: describe the banner for people who cannot see it"

CASES = [
    # -- YAML syntax --
    case("unclosed-brace", sub(E, "authors: [A. Author]}", "authors: [A. Author]"),
         expect=f"{E}:28:1: the '{{' at line 27, column 5 is not closed: add '}}' (or a ',' between its items)"),
    case("unclosed-bracket", sub(P, "tri-dao:\n", "tri-dao: [\n"),
         expect=f"{P}:3:14: the '[' at line 1, column 10 is not closed: add ']' (or a ',' between its items)"),
    case("unclosed-quote", sub(P, "name: Albert Gu", 'name: "Albert Gu'),
         expect=f'{P}:9:1: the quote (") at line 7, column 9 is never closed: add the closing "'),
    case("tab-indent", sub(P, "  affiliation: Princeton", "\taffiliation: Princeton"),
         expect=f"{P}:3:1: a tab here: YAML is indented with spaces only"),
    case("tab-before-key", sub(E, "organizers: [tri-dao]", "\torganizers: [tri-dao]"),
         expect=f"{E}:17:1: a tab here: YAML is indented with spaces only"),
    case("deeper-indent", sub(P, "  affiliation: Princeton", "    affiliation: Princeton"),
         expect=f"{P}:3:16: ': ' here cannot start a key: the line is inside a value, or indented more than the keys"
                " around it. Put a value that contains ': ' in quotes, or line the key up with the ones above"),
    case("shallower-indent", sub(P, "  affiliation: Princeton", " affiliation: Princeton"),
         expect=f"{P}:3:2: this line is not lined up with the keys of the mapping that starts at line 1, column 1:"
                " indent it as they are"),
    case("list-item-in-mapping", sub(E, "organizers: [tri-dao]", "- organizers: [tri-dao]"),
         expect=f"{E}:17:1: a list item ('- ') among the keys of the mapping that starts at line 1, column 1:"
                " indent it under a key"),
    case("duplicate-key", sub(E, "speakers: [albert-gu]\n", "speakers: [albert-gu]\nname: Test II\n"),
         expect=f"{E}:19:1: duplicate key 'name' (first given on line 1)"),
    case("duplicate-person-id", put(P, PEOPLE + "tri-dao:\n  name: Tri Dao again\n"),
         expect=f"{P}:9:1: duplicate key 'tri-dao' (first given on line 1)"),
    case("duplicate-key-in-flow", sub(E, "{id: p1, title: A paper,", "{id: p1, title: A paper, title: B,"),
         expect=f"{E}:27:30: duplicate key 'title' (first given on line 27)"),
    case("anchor", sub(E, "organizers: [tri-dao]\nspeakers: [albert-gu]", "organizers: &o [tri-dao]\nspeakers: *o"),
         expect=f"{E}:17:13: YAML anchors (&name) are not allowed; write the value out"),
    case("alias", sub(E, "speakers: [albert-gu]\n", "speakers: *organizers\n"),
         expect=f"{E}:18:11: YAML aliases (*name) are not allowed; write the value out"),
    case("billion-laughs", put(E, BOMB),
         expect=f"{E}:2:4: YAML anchors (&name) are not allowed; write the value out"),
    case("two-documents", put(E, EDITION + "---\nname: Test II\n"),
         expect=f"{E}:28:1: only one YAML document is allowed per file (found '---')"),
    case("python-tag", sub(E, "name: Test I", "name: !!python/object/apply:os.system [ls]"),
         expect=f"{E}:1:7: YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"),
    case("custom-tag", sub(P, "name: Albert Gu", "name: !secret Albert Gu"),
         expect=f"{P}:7:9: YAML tag !secret is not allowed"),
    case("control-character", sub(E, "name: Test I", "name: Test\x07I"),
         expect=f"{E}:1:11: the file contains character U+0007, which YAML does not allow: remove it"),
    case("control-character-escaped", sub(P, "name: Tri Dao", 'name: "Tri\\aDao"'),
         expect=f"{P}:2:9: tri-dao.name: contains control character U+0007: remove it"),
    case("not-utf8", put(P, PEOPLE.replace("Tri Dao", "Tri Da\xf6").encode("latin-1")),
         expect=f"{P}:2:15: the file is not UTF-8 (byte 0xf6); save it as UTF-8"),
    case("utf16", put(E, EDITION.encode("utf-16")),
         expect=f"{E}:1:1: the file is not UTF-8 (byte 0xff); save it as UTF-8"),
    # -- empty files, a list where a mapping belongs --
    case("empty-edition", put(E, ""), expect=f"{E}:1:1: the file is empty"),
    case("comments-only-edition", put(E, "# to do\n"), expect=f"{E}:1:1: the file is empty"),
    case("empty-people", put(P, "\n"), expect=f"{P}:1:1: the file is empty"),
    case("people-as-list", put(P, "- tri-dao\n- albert-gu\n"),
         expect=f"{P}:1:1: expected a mapping of person ids to people, got a list"),
    case("edition-as-list", put(E, "- name: Test I\n"),
         expect=f"{E}:1:1: expected a mapping (key: value), got a list"),
    case("edition-as-text", put(E, "Test I\n"), expect=f"{E}:1:1: expected a mapping (key: value), got str 'Test I'"),
    case("conference-as-list", sub(E, CONFERENCE, 'conference: [ICML 2025, "https://icml.cc"]'),
         expect=f"{E}:6:13: conference: expected a mapping (key: value), got a list"),
    case("person-as-text", sub(P, "albert-gu:\n  name: Albert Gu\n  bio: Works on *state space* models.\n",
                               "albert-gu: Albert Gu\n"),
         expect=f"{P}:6:12: albert-gu: expected a mapping (key: value), got str 'Albert Gu'"),
    case("links-as-list", sub(E, "  submission: https://openreview.net/x", "  - https://openreview.net/x"),
         expect=f"{E}:10:3: links: expected a mapping (key: value), got a list"),
    case("schedule-item-as-text", sub(E, ITEM, "  - Hello world"),
         expect=f"{E}:22:5: schedule[0]: expected a mapping (key: value), got str 'Hello world'"),
    case("sponsor-as-text", sub(E, SPONSOR, "  - Acme"),
         expect=f"{E}:20:5: sponsors[0]: expected a mapping (key: value), got str 'Acme'"),
    case("schedule-entry-as-number", sub(E, ITEM, "  - 5"),
         expect=f"{E}:22:5: schedule[0]: expected a mapping (key: value), got int 5"),
    # -- wrong types --
    case("name-as-list", sub(E, "name: Test I", "name: [Test, I]"), expect=f"{E}:1:7: name: expected text, got a list"),
    case("name-empty", sub(P, "name: Albert Gu", "name:"), expect=f"{P}:7:8: albert-gu.name: expected text, got nothing"),
    case("organizers-as-text", sub(E, "organizers: [tri-dao]", "organizers: tri-dao"),
         expect=f"{E}:17:13: organizers: expected a list, got str 'tri-dao': write it in brackets, [tri-dao]"
                " (or one '- ' line per item)"),
    case("width-as-word", sub(E, BANNER, "banner: {image: assets/banner.png, width: wide, alt: A banner}"),
         expect=f"{E}:8:43: banner.width: expected a whole number, got str 'wide'"),
    case("date-as-number", sub(E, "date: 2025-07-18", "date: 20250718"),
         expect=f"{E}:3:7: date: expected a date like 2025-07-18, got int 20250718"),
    case("speaker-as-boolean", sub(E, "speakers: [albert-gu]\n", "speakers: [yes]\n"),
         expect=f"{E}:18:12: speakers[0]: expected a mapping (key: value), got true/false"),
    case("topic-items-as-text", sub(E, "items: [Kernels, Compilers]", "items: Kernels"),
         expect=f"{E}:16:29: topics[0].items: expected a list, got str 'Kernels': write it in brackets, [Kernels]"
                " (or one '- ' line per item)"),
    # -- unknown keys, with a suggestion where one is close --
    case("unknown-person-key", sub(P, "  photo: assets/tri.png", "  photos: assets/tri.png"),
         expect=f"{P}:5:3: tri-dao.photos: unknown key 'photos' (did you mean 'photo'?)"),
    case("unknown-top-level-key", sub(E, "organizers: [tri-dao]", "organisers: [tri-dao]"),
         expect=f"{E}:17:1: organisers: unknown key 'organisers' (did you mean 'organizers'?)"),
    case("unknown-key-in-session-item", sub(E, "kind: oral, paper: p1}", "kind: oral, papr: p1}"),
         expect=f"{E}:25:37: schedule[1].items[0].papr: unknown key 'papr' (did you mean 'paper'?)"),
    case("unknown-banner-key", sub(E, BANNER, "banner: {image: assets/banner.png, alt: A banner, widht: 300}"),
         expect=f"{E}:8:51: banner.widht: unknown key 'widht' (did you mean 'width'?)"),
    case("unknown-date-key", sub(E, "tz: AoE}", "tz: AoE, wass: 2025-05-20}"),
         expect=f"{E}:14:58: dates[0].wass: unknown key 'wass' (did you mean 'was'?)"),
    case("unknown-ref-key", sub(E, "organizers: [tri-dao]", "organizers: [{id: tri-dao, afiliation: MIT}]"),
         expect=f"{E}:17:28: organizers[0].afiliation: unknown key 'afiliation' (did you mean 'affiliation'?)"),
    case("unknown-session-key", sub(E, "  - session: Orals\n", "  - session: Orals\n    emoij: x\n"),
         expect=f"{E}:24:5: schedule[1].emoij: unknown key 'emoij' (did you mean 'emoji'?)"),
    case("unknown-key-no-suggestion", sub(E, CONFERENCE, 'conference: {name: ICML 2025, website: "https://icml.cc"}'),
         expect=f"{E}:6:31: conference.website: unknown key 'website'"),
    case("unknown-key-like-a-tag", sub(E, "speakers: [albert-gu]\n", "speakers: [albert-gu]\n<item>: 1\n"),
         expect=f"{E}:19:1: <item>: unknown key '<item>'"),
    # -- missing required fields --
    case("edition-without-name", sub(E, "name: Test I\n", ""), expect=f"{E}:1:1: name: required field is missing"),
    case("person-without-name", sub(P, "  name: Albert Gu\n", ""),
         expect=f"{P}:7:3: albert-gu.name: required field is missing"),
    case("sponsor-without-name", sub(E, "{name: Acme, url:", "{url:"),
         expect=f"{E}:20:5: sponsors[0].name: required field is missing"),
    case("paper-without-title", sub(E, "{id: p1, title: A paper, ", "{id: p1, "),
         expect=f"{E}:27:5: papers[0].title: required field is missing"),
    case("date-without-at", sub(E, " at: 2025-05-27,", ""), expect=f"{E}:14:5: dates[0].at: required field is missing"),
    case("banner-without-alt", sub(E, BANNER, "banner: {image: assets/banner.png}"), expect=f"{E}:8:9: banner: {ALT}"),
    case("session-without-items", sub(E, "    items:\n" + SESSION_ITEM + "\n", "    items: []\n"),
         expect=f"{E}:24:12: schedule[1].items: must not be empty"),
    case("schedule-without-timezone", sub(E, "timezone: America/Vancouver", "timezone_label: PT"),
         expect=f"{E}:21:1: timezone: required when there is a schedule (e.g. timezone: Europe/Vienna)"),
    case("ref-without-id-or-name", sub(E, "speakers: [albert-gu]\n", "speakers: [{affiliation: MIT}]\n"),
         expect=f"{E}:18:12: speakers[0]: give an id from people.yml or a name"),
    # -- people and papers that do not exist, or twice --
    case("unknown-person", sub(E, "organizers: [tri-dao]", "organizers: [tri-da]"),
         expect=f"{E}:17:14: organizers[0]: unknown person 'tri-da' (did you mean 'tri-dao'?); add 'tri-da' to _data/people.yml"),
    case("unknown-speaker", sub(E, "speakers: [albert-gu]}", "speakers: [albert-g]}"),
         expect=f"{E}:22:60: schedule[0].speakers[0]: unknown person 'albert-g' (did you mean 'albert-gu'?);"
                " add 'albert-g' to _data/people.yml"),
    case("unknown-id-in-mapping", sub(E, "organizers: [tri-dao]", "organizers: [{id: trid-ao, affiliation: MIT}]"),
         expect=f"{E}:17:19: organizers[0].id: unknown person 'trid-ao' (did you mean 'tri-dao'?); add 'trid-ao' to _data/people.yml"),
    case("unknown-person-beside-another-error",
         sub(E, "organizers: [tri-dao]", "organizers: [tri-da]"), sub(E, "name: Test I", "name: [Test]"),
         expect=[f"{E}:1:7: name: expected text, got a list",
                 f"{E}:17:14: organizers[0]: unknown person 'tri-da' (did you mean 'tri-dao'?); add 'tri-da' to _data/people.yml"]),
    case("person-listed-twice", sub(E, "organizers: [tri-dao]", "organizers: [tri-dao, tri-dao]"),
         expect=f"{E}:17:23: organizers[1]: 'tri-dao' is listed twice"),
    case("bad-person-id", put(P, PEOPLE + "Ada Lovelace:\n  name: Ada Lovelace\n"),
         expect=f"{P}:9:1: Ada Lovelace: 'Ada Lovelace' is not a valid id: use lowercase letters, digits and '-'"),
    case("paper-id-twice", put(E, EDITION + "  - {id: p1, title: Another}\n"),
         expect=f"{E}:28:10: papers[1].id: paper id 'p1' is used twice"),
    case("unknown-paper", sub(E, "paper: p1}", "paper: p2}"),
         expect=f"{E}:25:44: schedule[1].items[0].paper: unknown paper 'p2'"),
    case("unknown-paper-close", sub(E, "paper: p1}", "paper: P1}"),
         expect=f"{E}:25:44: schedule[1].items[0].paper: unknown paper 'P1' (did you mean 'p1'?)"),
    # -- times --
    case("hour-25", sub(E, 'time: "9:00"', 'time: "25:00"'),
         expect=f"{E}:22:12: schedule[0].time: '25:00' is not a time: hours go from 0 to 23"),
    case("hour-25-unquoted", sub(E, 'time: "9:00"', "time: 25:00"),
         expect=f"{E}:22:12: schedule[0].time: '25:00' is not a time: hours go from 0 to 23"),
    case("minute-70-pm", sub(E, 'time: "9:00"', 'time: "8:70pm"'),
         expect=f"{E}:22:12: schedule[0].time: '8:70pm' is not a time: minutes go from 00 to 59"),
    case("time-as-prose", sub(E, 'time: "9:00"', "time: after lunch"),
         expect=f"{E}:22:12: schedule[0].time: 'after lunch' is not a time: write it like \"08:30\", \"8:30am\" or \"noon\""),
    case("hour-13-pm", sub(E, 'time: "10:00"', 'time: "13:00pm"'),
         expect=f"{E}:25:16: schedule[1].items[0].time: '13:00pm' is not a time: with am/pm, hours go from 1 to 12"),
    case("time-as-list", sub(E, 'time: "9:00"', "time: [9, 0]"),
         expect=f"{E}:22:12: schedule[0].time: expected a time like \"08:30\" or \"8:30am\", got a list"),
    case("deadline-hour-25", sub(E, "at: 2025-05-27,", "at: 2025-05-27 25:00,"),
         expect=f"{E}:14:37: dates[0].at: '25:00' is not a time: hours go from 0 to 23"),
    # -- dates --
    case("february-30", sub(E, "date: 2025-07-18", "date: 2023-02-30"),
         expect=f"{E}:3:7: date: '2023-02-30' is not a real date (day is out of range for month)"),
    case("month-13", sub(E, "until: 2025-05-27", "until: 2025-13-01"),
         expect=f"{E}:12:33: announcements[0].until: '2025-13-01' is not a real date (month must be in 1..12)"),
    case("date-as-prose", sub(E, "date: 2025-07-18", "date: next July"),
         expect=f"{E}:3:7: date: expected a date like 2025-07-18, got 'next July'"),
    case("date-range-backwards", sub(E, "date: 2025-07-18", "date: [2025-07-19, 2025-07-18]"),
         expect=f"{E}:3:7: date: the end (2025-07-18) comes before the start (2025-07-19)"),
    case("date-list-of-three", sub(E, "date: 2025-07-18", "date: [2025-07-18, 2025-07-19, 2025-07-20]"),
         expect=f"{E}:3:7: date: give one date, or [start, end]: got a list of 3"),
    # -- time zones --
    case("zone-typo", sub(E, "America/Vancouver", "America/Vancover"),
         expect=f"{E}:4:11: timezone: unknown time zone 'America/Vancover' (did you mean 'America/Vancouver'?)"),
    case("zone-is-a-region", sub(E, "America/Vancouver", "America"),
         expect=f"{E}:4:11: timezone: unknown time zone 'America' (a region: name a zone in it, like America/Adak)"),
    case("zone-too-long", sub(E, "America/Vancouver", "America/" + "x" * 300),
         expect=f"{E}:4:11: timezone: unknown time zone 'America/{'x' * 52}…' (308 characters) (use an IANA name "
                "like Europe/Vienna)"),  # a quoted value is shortened
    case("zone-as-path", sub(E, "America/Vancouver", "../../../etc/passwd"),
         expect=f"{E}:4:11: timezone: unknown time zone '../../../etc/passwd' (use an IANA name like Europe/Vienna)"),
    case("deadline-zone", sub(E, "tz: AoE}", "tz: Mars/Olympus}"),
         expect=f"{E}:14:53: dates[0].tz: unknown time zone 'Mars/Olympus' (use an IANA name like Europe/Vienna)"),
    case("deadline-zone-aoe-in-capitals", sub(E, "tz: AoE}", "tz: AOE}"),
         expect=f"{E}:14:53: dates[0].tz: unknown time zone 'AOE' (did you mean 'AoE'? Anywhere on Earth is written 'AoE')"),
    # -- kinds --
    case("kind-capitalised", sub(E, "kind: invited", "kind: Keynote"),
         expect=f"{E}:22:26: schedule[0].kind: 'Keynote' is not one of: {KINDS} (did you mean 'keynote'?)"),
    case("kind-unknown", sub(E, "kind: invited", "kind: lunch"),
         expect=f"{E}:22:26: schedule[0].kind: 'lunch' is not one of: {KINDS}"),
    case("paper-kind", sub(E, "authors: [A. Author]}", "authors: [A. Author], kind: talk}"),
         expect=f"{E}:27:58: papers[0].kind: 'talk' is not one of: oral, spotlight, poster"),
    # -- addresses --
    case("javascript-url", sub(P, "url: https://tridao.me", "url: javascript:alert(1)"),
         expect=f"{P}:4:8: tri-dao.url: 'javascript:alert(1)' {NOT_URL}"),
    case("ftp-url", sub(E, "submission: https://openreview.net/x", "submission: ftp://files.example.org/cfp"),
         expect=f"{E}:10:15: links.submission: 'ftp://files.example.org/cfp' {NOT_URL}"),
    case("url-without-scheme", sub(E, 'url: "https://icml.cc"', 'url: "icml.cc"'),
         expect=f"{E}:6:36: conference.url: 'icml.cc' {NOT_URL} (did you mean 'https://icml.cc'?)"),
    case("data-url", sub(E, 'url: "https://acme.example"', 'url: "data:text/html,<script>alert(1)</script>"'),
         expect=f"{E}:20:23: sponsors[0].url: 'data:text/html,<script>alert(1)</script>' {NOT_URL}"),
    case("javascript-map", sub(E, 'map: "https://maps.example.org/x"', 'map: "JavaScript:alert(1)"'),
         expect=f"{E}:7:60: location.map: 'JavaScript:alert(1)' {NOT_URL}"),
    case("url-breaking-out", sub(P, "url: https://tridao.me", "url: 'https://x.org/\" onmouseover=\"alert(1)'"),
         expect=f"{P}:4:8: tri-dao.url: 'https://x.org/\" onmouseover=\"alert(1)' {NOT_URL}"),
    case("bad-email", sub(E, "contact: chairs@example.org", "contact: chairs(at)example.org"),
         expect=f"{E}:5:10: contact: 'chairs(at)example.org' is not an e-mail address"),
    case("email-without-domain", sub(E, "contact: chairs@example.org", "contact: chairs@localhost"),
         expect=f"{E}:5:10: contact: 'chairs@localhost' is not an e-mail address"),
    # -- files: missing (a warning), outside the docs folder (an error) --
    case("missing-photo", sub(P, "photo: assets/tri.png", "photo: assets/nope.png"), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file 'assets/nope.png' not found in the docs folder"),
    case("missing-banner", sub(E, "image: assets/banner.png", "image: assets/missing.png"), warning=True,
         expect=f"{E}:8:17: banner.image: banner image file 'assets/missing.png' not found in the docs folder"),
    case("missing-logo", sub(E, "logo: assets/logo.png", "logo: assets/acme.png"), warning=True,
         expect=f"{E}:20:53: sponsors[0].logo: logo file 'assets/acme.png' not found in the docs folder"),
    case("missing-svg-logo", sub(E, "logo: assets/logo.png", "logo: assets/acme.svg"), warning=True,
         expect=f"{E}:20:53: sponsors[0].logo: logo file 'assets/acme.svg' not found in the docs folder"),
    case("data-file-over-10-mb", put(E, EDITION + "# " + "x" * 12_000_000 + "\n"),
         expect=f"{E}:1:1: the file is 12.0 MB, over the 10 MB a data file may have: is it the file you meant?"),
    case("photo-over-50-megapixels", put("docs/assets/tri.png", png_header(13_000, 13_000)), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file 'assets/tri.png' is 13,000 x 13,000 pixels, over the 50"
                " megapixels a build resizes: save it smaller (2,000 pixels across is plenty for a web page)"),
    case("logo-not-an-image", sub(E, "logo: assets/logo.png", "logo: index.md"), warning=True,
         expect=f"{E}:20:53: sponsors[0].logo: logo file 'index.md' is not an image (use JPEG, PNG, WebP or GIF)"),
    case("photo-in-other-capitals", sub(P, "photo: assets/tri.png", "photo: assets/Tri.PNG"), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file 'assets/Tri.PNG' not found in the docs folder"
                " (did you mean 'assets/tri.png'?)"),
    case("photo-from-the-project-folder", sub(P, "photo: assets/tri.png", "photo: docs/assets/tri.png"), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file 'docs/assets/tri.png' not found in the docs folder"
                " (did you mean 'assets/tri.png'?)"),
    case("photo-is-a-folder", sub(P, "photo: assets/tri.png", "photo: assets"), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file 'assets' not found in the docs folder"),
    case("photo-not-an-image", sub(P, "photo: assets/tri.png", "photo: _data/people.yml"), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file '_data/people.yml' is not an image (use JPEG, PNG, WebP or GIF)"),
    case("banner-not-an-image", sub(E, "image: assets/banner.png", "image: _data/editions/2025.yml"), warning=True,
         expect=f"{E}:8:17: banner.image: banner image file '_data/editions/2025.yml' is not an image"
                " (use JPEG, PNG, WebP or GIF)"),
    case("photo-parent-folder", sub(P, "photo: assets/tri.png", "photo: ../x.jpg"),
         expect=f"{P}:5:10: tri-dao.photo: '../x.jpg' {LEAVES}"),
    case("photo-absolute", sub(P, "photo: assets/tri.png", "photo: /etc/passwd"),
         expect=f"{P}:5:10: tri-dao.photo: '/etc/passwd' {LEAVES}"),
    case("banner-climbs-out", sub(E, "image: assets/banner.png", "image: assets/../../secret.png"),
         expect=f"{E}:8:17: banner.image: 'assets/../../secret.png' {LEAVES}"),
    case("logo-as-address", sub(E, "logo: assets/logo.png", 'logo: "https://acme.example/logo.png"'),
         expect=f"{E}:20:53: sponsors[0].logo: 'https://acme.example/logo.png' must be a file in the docs folder,"
                " not an address"),
    # -- directives --
    case("unknown-directive", sub(I, "<!-- esfomo/schedule -->", "<!-- esfomo/shedule -->"),
         expect=f"{I}:7:1: esfomo/shedule: unknown directive (did you mean 'schedule'?); known: {DIRECTIVES}"),
    case("directive-lookalike", sub(I, "<!-- esfomo/schedule -->", "<!-- esfomo:schedule -->"),
         expect=f"{I}:7:1: esfomo: not a directive: write it <!-- esfomo/schedule -->"),
    case("directive-not-closed", sub(I, "<!-- esfomo/schedule -->", "<!-- esfomo/schedule"),
         expect=f"{I}:7:1: esfomo/schedule: this comment is not closed: end it with -->"),
    case("unknown-option", sub(I, "{ role: organizers }", "{ role: organizers, size: big }"),
         expect=f"{I}:5:1: esfomo/people: unknown option 'size'"),
    case("option-typo", sub(I, "{ role: organizers }", "{ role: organizers, layuot: horizontal }"),
         expect=f"{I}:5:1: esfomo/people: unknown option 'layuot' (did you mean 'layout'?)"),
    case("options-not-yaml", sub(I, "{ role: organizers }", "{ role: [organizers }"),
         expect=f"{I}:5:1: esfomo/people: options are not valid YAML (expected ',' or ']', but got '}}'):"
                " write them like { role: organizers }"),
    case("options-not-a-mapping", sub(I, "{ role: organizers }", "organizers"),
         expect=f"{I}:5:1: esfomo/people: options must be a mapping in braces, like {{ role: organizers }}"),
    case("option-twice", sub(I, "{ role: organizers }", "{ role: organizers, role: speakers }"),
         expect=f"{I}:5:1: esfomo/people: option 'role' is given twice"),
    case("option-as-list", sub(I, "<!-- esfomo/schedule -->", "<!-- esfomo/schedule { edition: [2025] } -->"),
         expect=f"{I}:7:1: esfomo/schedule: option 'edition' must be a single value"),
    case("unknown-edition", sub(I, "<!-- esfomo/schedule -->", "<!-- esfomo/schedule { edition: 2023 } -->"),
         expect=f"{I}:7:1: esfomo/schedule: edition: unknown edition '2023' (did you mean '2025'?) (known: 2025)"),
    case("unknown-role", sub(I, "{ role: organizers }", "{ role: speaker }"),
         expect=f"{I}:5:1: esfomo/people: role: 'speaker' is not one of: organizers, speakers, panelists"
                " (did you mean 'speakers'?)"),
    case("missing-role", sub(I, "<!-- esfomo/people { role: organizers } -->", "<!-- esfomo/people -->"),
         expect=f"{I}:5:1: esfomo/people: option 'role' is required"),
    case("unknown-layout", sub(I, "{ role: organizers }", "{ role: organizers, layout: list }"),
         expect=f"{I}:5:1: esfomo/people: layout: 'list' is not one of: grid, horizontal"),
    case("directive-on-another-page", put("docs/about.md", "# About\n\nDates:\n<!-- esfomo/dates { edition: 2024 } -->\n"),
         expect="docs/about.md:4:1: esfomo/dates: edition: unknown edition '2024' (did you mean '2025'?) (known: 2025)"),
    case("page-not-utf8", put(I, INDEX.replace("# Home", "# Caf\xe9").encode("cp1252")),
         expect=f"{I}:1:6: the file is not UTF-8 (byte 0xe9); save it as UTF-8"),
    case("front-matter-edition", put(I, "---\nedition: 2023\n---\n" + INDEX),
         expect=f"{I}:2:1: edition: front matter names unknown edition '2023' (did you mean '2025'?) (known: 2025)"),
    # -- valid data, most likely wrong: warnings (checks.py), and the mistakes that are errors --
    case("time-with-a-dot", sub(E, 'time: "9:00"', 'time: "9.35"'),
         expect=f'{E}:22:12: schedule[0].time: \'9.35\' is not a time: write hours and minutes with a colon ("9:35")'),
    case("time-as-an-hour", sub(E, 'time: "9:00"', "time: 9"),
         expect=f'{E}:22:12: schedule[0].time: 9 is a number, not a time: write it in quotes with its minutes, like "9:00"'),
    case("time-as-a-number", sub(E, 'time: "9:00"', "time: 9.35"),
         expect=f'{E}:22:12: schedule[0].time: 9.35 is a number, not a time: write it with a colon, in quotes ("9:35")'),
    case("afternoon-without-pm", sub(E, SESSION_ITEM, SESSION_ITEM + AFTER_LUNCH), warning=True,
         expect=f"{E}:27:16: schedule[1].items[2].time: '1:00' comes after '12:00', so it reads as 1:00 in the"
                ' morning; if you mean the afternoon, write "13:00" or "1:00pm"'),
    case("out-of-order", sub(E, SESSION_ITEM, AFTERNOON), warning=True,
         expect=f"{E}:26:16: schedule[1].items[1].time: '2:15am' is earlier than '2:00pm' before it: schedule items"
                " go in time order (for another day, give the item a `day`)"),
    case("end-before-start", sub(E, '{time: "9:00", kind: invited', '{time: "9:00", end: "8:30", kind: invited'),
         warning=True, expect=f"{E}:22:25: schedule[0].end: '8:30' is not after the item's start '9:00'"),
    case("day-outside-the-workshop", sub(E, SESSION_ITEM, '      - {day: 2025-07-19, time: "10:00", kind: oral, paper: p1}'),
         warning=True, expect=f"{E}:25:15: schedule[1].items[0].day: 2025-07-19 is not a day of the workshop (2025-07-18)"),
    case("schedule-without-date", sub(E, "date: 2025-07-18\n", ""), warning=True,
         expect=f"{E}:20:1: date: the schedule has times but the edition has no date: give `date:` so times can be"
                " placed (visitors' own times, the calendar)"),
    case("extension-before-the-deadline", sub(E, DATE, "  - {name: Submission deadline, at: 2025-05-20, was: 2025-05-27}"),
         warning=True, expect=f"{E}:14:37: dates[0].at: the extended deadline (2025-05-20) is not after the one it"
                              " extends (was: 2025-05-27): swap `at` and `was`?"),
    case("deadline-after-the-workshop", sub(E, DATE, "  - {name: Submission deadline, at: 2026-05-27, tz: AoE}"),
         warning=True, expect=f"{E}:14:37: dates[0].at: 'Submission deadline' (2026-05-27) is after the workshop"
                              " (2025-07-18): check the year"),
    case("zone-abbreviation", sub(E, "timezone: America/Vancouver", "timezone: PST"),
         expect=f"{E}:4:11: timezone: unknown time zone 'PST' (did you mean 'America/Los_Angeles'? Write the IANA name"
                " of the place, which follows daylight saving time)"),
    case("zone-abbreviation-pt", sub(E, DATE, "  - {name: Submission deadline, at: 2025-05-27, tz: PT}"),
         expect=f"{E}:14:53: dates[0].tz: unknown time zone 'PT' (did you mean 'America/Los_Angeles'? Write the IANA"
                " name of the place, which follows daylight saving time)"),
    case("zone-offset", sub(E, "timezone: America/Vancouver", "timezone: UTC-7"),
         expect=f"{E}:4:11: timezone: unknown time zone 'UTC-7' (did you mean 'Etc/GMT+7'? Better: the IANA name of"
                " the place, like Europe/Vienna)"),
    case("zone-fixed-all-year", sub(E, "timezone: America/Vancouver", "timezone: EST"), warning=True,
         expect=f"{E}:4:11: timezone: 'EST' is UTC-5 all year, also when daylight saving time applies there: write"
                " the place's IANA name, such as 'America/New_York'"),
    case("yml-and-yaml", put("docs/_data/editions/2025.yaml", "name: Test I again\n"),
         expect="docs/_data/editions/2025.yml:1:1: edition '2025' is also defined by docs/_data/editions/2025.yaml:"
                " keep one of the two files"),
    case("edition-file-name", put("docs/_data/editions/2025 copy.yml", "name: Copy\n"),
         expect="docs/_data/editions/2025 copy.yml:1:1: '2025 copy' is not a usable edition id (it is the file name"
                " and the page's address): use letters, digits, '-', '_' or '.'"),
    case("two-editions-one-name", put("docs/_data/editions/2024.yml", "name: Test I\ndate: 2024-07-18\n"),
         warning=True, expect=f"{E}:1:7: name: 'Test I' is also the name of edition 2024"
                              " (docs/_data/editions/2024.yml:1): give each its own"),
    case("newer-edition-dated-earlier", put("docs/_data/editions/2026.yml", "name: Test II\ndate: 2024-07-18\n"),
         warning=True, expect="docs/_data/editions/2026.yml:2:7: date: 2024-07-18 is earlier than 2025's date"
                              " (2025-07-18), so 2025 is the current edition, shown on the home page, not 2026: fix"
                              " the date, or set `current` in the esfomo plugin options"),
    case("emoji-only-title", sub(E, "title: Hello", 'title: "🎉"'), warning=True,
         expect=f"{E}:22:42: schedule[0].title: '🎉' has no letters or digits: add words (the emoji may stay)"),
    case("emoji-only-name", sub(P, "name: Albert Gu", 'name: "✨"'), warning=True,
         expect=f"{P}:7:9: albert-gu.name: '✨' has no letters: write the person's name"),
    case("announcement-that-never-shows", sub(E, "{text: Submit *now*, until: 2025-05-27}",
                                               "{text: Submit *now*, from: 2025-06-01, until: 2025-05-27}"),
         warning=True, expect=f"{E}:12:51: announcements[0].until: 2025-05-27 is before `from` (2025-06-01): the"
                              " announcement would never show"),
    case("link-name-typo", sub(E, "submission: https://openreview.net/x", "submision: https://openreview.net/x"),
         warning=True, expect=f"{E}:10:3: links.submision: 'submision' is shown as written (did you mean 'submission'?)"),
    case("front-matter-not-yaml", put(I, "---\ntitle: [Home\n---\n" + INDEX),
         expect=f"{I}:3:1: front matter: the '[' at line 1, column 8 is not closed: add ']' (or a ',' between its items)"),
    case("front-matter-alias-bomb", put(I, f"---\n{FRONT_BOMB}---\n" + INDEX),
         expect=f"{I}:2:4: front matter: YAML anchors (&name) are not allowed; write the value out"),
    case("nested-999-deep", sub(E, "subtitle: A *small* workshop", "tagline: " + "[" * 999 + "x" + "]" * 999),
         expect=f"{E}:2:73: lists and mappings nested more than 64 deep: write it flatter"),
    case("front-matter-key-typo", put(I, "---\nediton: 2025\n---\n" + INDEX), warning=True,
         expect=f"{I}:2:1: editon: unknown front-matter key (did you mean 'edition'?)"),
    case("admonition-without-its-extension", put(I, INDEX + "\n!!! note\n    Read this.\n"), warning=True,
         expect=f"{I}:9:1: an admonition needs the `admonition` Markdown extension, which mkdocs.yml does not enable:"
                " add it under markdown_extensions, or it is shown as written"),
    case("directive-as-code", put(I, INDEX + "\n    <!-- esfomo/dates -->\n"), warning=True,
         expect=f"{I}:9:5: esfomo/dates: indented by 4 spaces outside a list or admonition, this directive would"
                " render as a code block: remove the indentation"),
    # -- everything at once: an error leaves out only the part it is in; the rest is checked all the same --
    case("checks-beside-a-field-error", sub(E, "kind: invited", "kind: invted"),
         sub(E, "organizers: [tri-dao]", "organizers: [tri-dao, tri-dao]"),
         sub(E, DATE, "  - {name: Submission deadline, at: 2025-05-20, was: 2025-05-27}"),
         sub(E, "paper: p1}", "paper: p2}"),
         expect=[f"{E}:14:37: warning: dates[0].at: the extended deadline (2025-05-20) is not after the one it"
                 " extends (was: 2025-05-27): swap `at` and `was`?",
                 f"{E}:17:23: organizers[1]: 'tri-dao' is listed twice",
                 f"{E}:22:26: schedule[0].kind: 'invted' is not one of: {KINDS} (did you mean 'invited'?)",
                 f"{E}:25:44: schedule[1].items[0].paper: unknown paper 'p2'"]),
    case("time-order-beside-a-type-error", sub(E, 'time: "9:00"', "time: [9, 0]"), sub(E, SESSION_ITEM, AFTERNOON),
         expect=[f"{E}:22:12: schedule[0].time: expected a time like \"08:30\" or \"8:30am\", got a list",
                 f"{E}:26:16: warning: schedule[1].items[1].time: '2:15am' is earlier than '2:00pm' before it:"
                 " schedule items go in time order (for another day, give the item a `day`)"]),
    case("checks-beside-a-broken-paper", sub(E, "{id: p1, title: A paper, ", "{id: p1, "),
         sub(E, "speakers: [albert-gu]\n", "speakers: [albert-gu, albert-gu]\n"),
         expect=[f"{E}:18:23: speakers[1]: 'albert-gu' is listed twice",
                 f"{E}:27:5: papers[0].title: required field is missing"]),
    # -- messages that say how to write it --
    case("time-as-a-range", sub(E, 'time: "9:00"', 'time: "2pm-3pm"'),
         expect=f"{E}:22:12: schedule[0].time: '2pm-3pm' is a start and an end: give the start in `time` and the end"
                ' in `end`, like time: "2pm", end: "3pm"'),
    case("speakers-without-brackets", sub(E, "speakers: [albert-gu]\n", "speakers: albert-gu, tri-dao\n"),
         expect=f"{E}:18:11: speakers: expected a list, got str 'albert-gu, tri-dao': write it in brackets,"
                " [albert-gu, tri-dao] (or one '- ' line per item)"),
    case("speakers-without-brackets-in-braces", sub(E, "speakers: [albert-gu]}", "speakers: albert-gu, tri-dao}"),
         expect=[f"{E}:22:59: schedule[0].speakers: expected a list, got str 'albert-gu': write it in brackets,"
                 " [albert-gu, tri-dao] (or one '- ' line per item)",
                 f"{E}:22:70: schedule[0].tri-dao: unknown key 'tri-dao': in {{ }} a comma ends a value, so"
                 " 'tri-dao' reads as a key; write the list in brackets, speakers: [albert-gu, tri-dao]"]),
    case("deadline-as-month-and-day", sub(E, "at: 2025-05-27,", "at: Sep 29,"),
         expect=f'{E}:14:37: dates[0].at: expected a date like 2025-07-18 or a date and time like "2025-07-18 23:59",'
                " got 'Sep 29' (write it year-month-day, with the year: YYYY-09-29)"),
    case("date-as-day-month-year", sub(E, "date: 2025-07-18", "date: 18 July 2025"),
         expect=f"{E}:3:7: date: expected a date like 2025-07-18, got '18 July 2025' (write it year-month-day:"
                " 2025-07-18)"),
    case("date-with-slashes", sub(E, "date: 2025-07-18", "date: 07/08/2025"),
         expect=f"{E}:3:7: date: expected a date like 2025-07-18, got '07/08/2025' (write it year-month-day:"
                " 2025-07-08 or 2025-08-07, whichever you mean)"),
    case("date-range-as-text", sub(E, "date: 2025-07-18", "date: 2025-07-18 to 2025-07-19"),
         expect=f"{E}:3:7: date: '2025-07-18 to 2025-07-19': write several days as [start, end], like"
                " [2025-07-18, 2025-07-19]"),
    case("deadline-zone-in-the-time", sub(E, "at: 2025-05-27, tz: AoE}", 'at: "2025-05-27 23:59 AoE"}'),
         expect=f"{E}:14:37: dates[0].at: '2025-05-27 23:59 AoE': give the time zone in `tz`, like"
                ' at: "2025-05-27 23:59", tz: AoE'),
    case("paper-without-papers", sub(E, "paper: p1}", 'paper: "42"}'),
         sub(E, "papers:\n  - {id: p1, title: A paper, authors: [A. Author]}\n", ""),
         expect=f"{E}:25:44: schedule[1].items[0].paper: unknown paper '42': this edition has no papers; list them"
                " under `papers:`, each with its `id` (esfomo import-papers adds them from OpenReview or a CSV file)"),
    case("photo-spelt-differently", put("docs/assets/mei-lin.png", png()),
         sub(P, "photo: assets/tri.png", "photo: assets/meilin.png"), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file 'assets/meilin.png' not found in the docs folder"
                " (did you mean 'assets/mei-lin.png'?)"),
    case("photo-in-another-folder", sub(P, "photo: assets/tri.png", "photo: img/tri.png"), warning=True,
         expect=f"{P}:5:10: tri-dao.photo: photo file 'img/tri.png' not found in the docs folder"
                " (did you mean 'assets/tri.png'?)"),
    case("name-for-an-id", sub(E, "organizers: [tri-dao]", "organizers: [Tri Dao]"),
         expect=f"{E}:17:14: organizers[0]: 'Tri Dao' is the name of 'tri-dao' in _data/people.yml: list people"
                " by their id"),
    case("id-with-a-capital", sub(E, "organizers: [tri-dao]", "organizers: [Tri-dao]"),
         expect=f"{E}:17:14: organizers[0]: unknown person 'Tri-dao' (did you mean 'tri-dao'?): ids in"
                " _data/people.yml are lowercase letters, digits and '-' (a person not in it is written"
                " {name: Tri-dao})"),
    case("duration-for-end", sub(E, 'time: "9:00", kind: invited', 'time: "9:00", duration: 45, kind: invited'),
         expect=f'{E}:22:20: schedule[0].duration: unknown key \'duration\' (give the end time in `end`, like'
                ' end: "10:30")'),
    case("zone-label-of-another-zone", sub(E, "timezone: America/Vancouver", "timezone: Europe/Paris\ntimezone_label: PT"),
         warning=True, expect=f"{E}:5:17: timezone_label: 'PT' is the time of America/Los_Angeles, not of Europe/Paris,"
                              " where the schedule's times are: remove timezone_label (the site then says CEST) or"
                              " correct it"),
    case("person-as-id-and-value", sub(E, "organizers: [tri-dao]", "organizers:\n  - tri-dao: Princeton"),
         expect=f"{E}:18:5: organizers[0].tri-dao: unknown key 'tri-dao' (a person with a field of this edition's own"
                " is written {id: tri-dao, affiliation: Princeton})"),
    case("data-and-page-at-once", sub(E, 'time: "9:00"', 'time: "25:00"'),
         sub(I, "<!-- esfomo/schedule -->", "<!-- esfomo/shedule -->"),
         expect=[f"{E}:22:12: schedule[0].time: '25:00' is not a time: hours go from 0 to 23",
                 f"{I}:7:1: esfomo/shedule: unknown directive (did you mean 'schedule'?); known: {DIRECTIVES}"]),
]


# -- building a case --


def write_case(root: Path, c: Case) -> Path:
    write_tree(root, BASE)
    for path, old, new in c.edits:
        target = root / path
        if old is None:
            target.write_bytes(new if isinstance(new, bytes) else new.encode("utf-8"))
            continue
        text = target.read_bytes().decode("utf-8")
        assert isinstance(old, str) and isinstance(new, str)
        assert text.count(old) == 1, f"{c.id}: {old!r} is not in {path} exactly once"
        target.write_text(text.replace(old, new), encoding="utf-8")
    site = root / "site"
    site.mkdir()
    (site / "marker.txt").write_text("the previous build")
    return root


def site_unchanged(root: Path) -> bool:
    site = root / "site"
    return [p.name for p in site.iterdir()] == ["marker.txt"] and (site / "marker.txt").read_text() == "the previous build"


def report(c: Case) -> list[str]:
    """What the build logs as errors."""
    if c.warning:
        count = len(c.expected)
        return [f"{count} warning{'s' if count != 1 else ''} in the workshop data in strict mode"]
    count = len(c.expected)
    return [f"{count} problem{'s' if count != 1 else ''} in the workshop data:\n" + "\n".join(c.expected)]


LOCATED = re.compile(r"^docs/[\w ./-]+:\d+:\d+: \S")


def test_the_corpus_is_large_and_every_line_is_located() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    lines = [line for c in CASES for line in c.expected]
    assert all(LOCATED.match(line) and "\n" not in line for line in lines), [x for x in lines if not LOCATED.match(x)]
    assert len(CASES) >= 60
    print(f"\nerror corpus: {len(CASES)} broken inputs, {len(lines)} expected located lines")


def test_the_unbroken_site_builds_strict(tmp_path: Path) -> None:
    write_tree(tmp_path, BASE)
    site = build_site(tmp_path)
    assert (site / "index.html").is_file()


@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_build_fails_with_the_exact_located_line_and_writes_nothing(
    c: Case, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = write_case(tmp_path, c)
    with pytest.raises(Abort):
        build_site(root)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == report(c)
    if c.warning:
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert warnings == list(c.expected)
    assert site_unchanged(root)
    if c.warning:  # without --strict the build goes on, leaving the element out
        caplog.clear()
        build_site(root, strict=False)
        assert (root / "site/index.html").is_file()


# -- the real command line: no traceback, a non-zero exit --

BIN = Path(sys.executable).parent
SUBPROCESS_CASES = ["checks-beside-a-field-error", "tab-indent", "billion-laughs", "not-utf8", "zone-is-a-region", "control-character",
                    "unknown-person", "missing-photo", "options-not-yaml", "page-not-utf8", "afternoon-without-pm",
                    "yml-and-yaml", "front-matter-not-yaml", "data-and-page-at-once",
                    "front-matter-alias-bomb", "nested-999-deep"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("id", SUBPROCESS_CASES)
def test_mkdocs_build_command_fails_cleanly(id: str, tmp_path: Path) -> None:
    c = next(c for c in CASES if c.id == id)
    root = write_case(tmp_path, c)
    done = run(str(BIN / "mkdocs"), "build", "--strict", cwd=root)
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Traceback" not in output
    lines = [re.sub(r"^(WARNING|ERROR) +-  ", "", line) for line in output.splitlines()]
    for line in c.expected:
        assert line in lines
    assert site_unchanged(root)


# -- esfomo check reports the same lines --

@pytest.mark.parametrize("c", CASES, ids=[c.id for c in CASES])
def test_esfomo_check_reports_the_same_line(c: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from mkdocs_esfomo.commands import cli

    root = write_case(tmp_path, c)
    status = cli.main(["check", "--strict", "--config-file", str(root / "mkdocs.yml")])
    err = capsys.readouterr().err
    assert status == 1
    if c.warning:
        assert [line.replace(": warning: ", ": ", 1) for line in err.splitlines() if ": warning: " in line] == list(
            c.expected
        )
    else:
        assert [line for line in err.splitlines() if LOCATED.match(line)] == list(c.expected)
    assert site_unchanged(root)


@pytest.mark.parametrize("id", SUBPROCESS_CASES)
def test_esfomo_check_command_fails_cleanly(id: str, tmp_path: Path) -> None:
    c = next(c for c in CASES if c.id == id)
    root = write_case(tmp_path, c)
    done = run(str(BIN / "esfomo"), "check", "--strict", "--config-file", str(root / "mkdocs.yml"), cwd=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    for line in c.expected:
        assert line.replace(": warning: ", ": ", 1) in done.stderr.replace(": warning: ", ": ").splitlines()
