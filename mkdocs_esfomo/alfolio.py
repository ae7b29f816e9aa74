"""Turn an al-folio (Jekyll) workshop site into a new mkdocs-esfomo site.

al-folio workshop sites keep their people as "project" cards
(``_projects/*.md``) and everything else as kramdown pages full of Liquid:
the about page holds the banner, the gist and a Markdown schedule table, the
call page the important dates and topics. This module reads those
conventions, writes the data files and pages with directives, keeps the
prose that has no directive, and returns one human-readable line for each
thing it could not map, so that nothing is dropped without a word.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import yaml
from pydantic_core import PydanticCustomError

from . import model, values

ROLE_OF_CATEGORY = {"organizer": "organizers", "speaker": "speakers", "panelist": "panelists"}
TALK_KINDS = ("invited", "keynote", "talk", "oral", "spotlight")

# Talk labels as schedules write them; other labels are matched by keyword, or kept as a `label`.
LABEL_KINDS = {
    "talk": "invited", "invited talk": "invited", "invited": "invited", "keynote": "keynote",
    "keynote talk": "keynote", "oral": "oral", "contributed talk": "oral", "spotlight": "spotlight",
    "spotlights": "spotlight", "spotlight talks": "spotlight",
}  # fmt: skip
KEYWORD_KINDS = (  # in this order: "Best Poster Awards" are awards
    (r"\bawards?\b", "awards"),
    (r"\bposters?\b", "poster"),
    (r"\bpanel", "panel"),
    (r"happy hour|\bsocial\b|\breception\b|\bdinner\b", "social"),
    (r"\bremarks\b|\bwelcome\b", "remarks"),
    (r"\bbreak\b|\blunch\b|\bcoffee\b", "break"),
    (r"\bkeynote\b", "keynote"),
)

# Zone abbreviations as workshop pages write them; a city named on the page refines them.
ABBREVIATIONS = {
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "HST": "Pacific/Honolulu", "GMT": "Europe/London", "BST": "Europe/London", "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon", "CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Athens",
    "EEST": "Europe/Athens", "MSK": "Europe/Moscow", "IST": "Asia/Kolkata", "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "UTC": "UTC",
}  # fmt: skip
MONTHS = dict(
    zip(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), range(1, 13), strict=True)
)
DATE_PATTERNS = (  # 2025-05-19, May 19(th)(, 2025), 19(th) May(, 2025)
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})",
    r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?",
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]{3,9})\.?(?:,?\s+(?P<year>\d{4}))?",
)
ALL_TIMES = re.compile(r"all times(?: are)?(?: in)?\s+(.+?)(?:\.(?:\s+|$)|$)", re.IGNORECASE)  # group 1: the zone
ITEM = re.compile(r"^(\s*)(?:[*+-]|\d+[.)])\s+(.*)$")  # a Markdown list item: its indent and its text
LINK = r"\[([^\]]+)\]\((https?://[^)\s]+)\)"  # a Markdown link to the web: its text and its address


def import_site(src: Path, dest: Path) -> list[str]:
    """Write a new site for the al-folio site in ``src`` into ``dest``; return what could not be mapped.

    Raises FileExistsError, before writing anything, when ``dest`` exists and is not an empty folder.
    """
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(f"{dest} exists and is not empty")
    importer = _Importer(Path(src))
    files, assets = importer.run()
    for rel, text in files.items():
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        (dest / rel).write_text(text, encoding="utf-8")
    for rel, source in assets.items():
        (dest / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest / "docs" / rel)
    return importer.unmapped


# -- reading al-folio files --


@dataclass
class Page:
    """An al-folio page: front matter, and its body with comments and Liquid blanked out line for line."""

    rel: str
    meta: dict[str, Any]
    body: str
    first_line: int  # the file's line number of the body's first line
    out: str  # where the page goes, relative to docs/


@dataclass
class Card:
    """One ``_projects/*.md`` card."""

    rel: str
    name: str
    category: str
    order: float
    fields: dict[str, str]  # affiliation, url, photo, bio
    category_line: int


@dataclass
class PersonDraft:
    id: str
    entry: dict[str, str]
    cards: list[Card] = field(default_factory=list)


def _markdown_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


def _blank(match: re.Match[str]) -> str:
    """What replaces a removed span: as many newlines, so later line numbers still match the file."""
    return "\n" * match.group(0).count("\n")


def _html_inline(text: str) -> str:
    """Inline HTML as inline Markdown: <b>/<strong> bold, <i>/<em> italics, <br> a space, other tags dropped."""
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"</?(?:b|strong)\b[^>]*>", "**", text, flags=re.IGNORECASE)
    text = re.sub(r"</?(?:i|em)\b[^>]*>", "*", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", "", text)
    return " ".join(html.unescape(text).split())


def plain(text: str) -> str:
    """Inline Markdown (and HTML) as plain text."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>|\{:[^}]*\}|~~|\*+|`|(?<!\w)_+|_+(?!\w)", "", text)
    return " ".join(html.unescape(text).split())


def _text(value: Any) -> str:
    """A front matter or _config.yml value, which may hold HTML ("<b>Mira</b> <br> Okafor"), as plain text."""
    return plain(_html_inline(str(value or "")))


def _emoji_prefix(text: str) -> tuple[str | None, str]:
    """``"🧑‍🎓 **Poster Session**"`` -> ``("🧑‍🎓", "**Poster Session**")``."""
    end = 0
    for i, char in enumerate(text):
        if unicodedata.category(char) in ("So", "Sk", "Mn", "Me", "Cf") or (char.isspace() and end):
            end = i + 1
        elif not char.isspace():
            break
    return (text[:end].strip() or None), text[end:].strip()


def _slug(name: str) -> str:
    """A person's id; also what matches one name written in different ways ("Tomás  Herrera", "tomas herrera")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "person"


def _permalink(path: str) -> str:
    """``/call``, ``/call/`` and ``call`` are one page; ``/`` is the home page."""
    inner = path.strip().strip("/")
    return f"/{inner}/" if inner else "/"


def _is_url(value: str) -> bool:
    return bool(re.match(r"^https?://\S+$", value))


# -- dates, times and zones as pages write them --


def _clock(text: str) -> values.ClockTime | None:
    """A clock time as written (``9:00am``, ``noon``), if the data format understands it."""
    try:
        return model.parse_time(text)
    except PydanticCustomError:
        return None


def find_date(text: str, year: int | None) -> tuple[dt.date, tuple[int, int]] | None:
    """The first date written in ``text`` (``May 19, 2025``, ``19 May``, ``2025-05-19``), and where it stands."""
    found: list[tuple[tuple[int, int], dt.date]] = []
    for pattern in DATE_PATTERNS:
        for match in re.finditer(pattern, text):
            month = match.group("month")
            try:  # no year, or no such month ("Foo 12") or day: year or month 0, refused like February 30
                day = dt.date(
                    int(match.group("year") or year or 0),
                    int(month) if month.isdigit() else MONTHS.get(month[:3].lower(), 0),
                    int(match.group("day")),
                )
            except ValueError:
                continue
            found.append((match.span(), day))
    if not found:
        return None
    span, day = min(found, key=lambda f: f[0][0])
    return day, span


def _abbreviation(text: str) -> str | None:
    """The first zone abbreviation written in ``text`` ("CET" in "CET, UTC+2")."""
    return next((w for w in re.findall(r"\b[A-Z]{2,5}\b", text) if w in ABBREVIATIONS), None)


def _offset_hours(zone_name: str, on: list[dt.date]) -> set[float]:
    """The zone's offsets from UTC, in hours, at noon of the given days."""
    noons = (dt.datetime.combine(day, dt.time(12), ZoneInfo(zone_name)) for day in on)
    return {(noon.utcoffset() or dt.timedelta()).total_seconds() / 3600 for noon in noons}


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    return {name.rsplit("/", 1)[-1].replace("_", " ").lower(): name for name in available_timezones() if "/" in name}


def _city_zone(city: str) -> str | None:
    """The zone named after the city ("Vienna, Austria" -> Europe/Vienna), if there is one."""
    return _zones_by_city().get(city.split(",")[0].strip().lower())


def guess_timezone(line: str, city: str | None, day: dt.date | None) -> tuple[str | None, str | None]:
    """The IANA zone and the label of an "All times CET, UTC+2."-like line.

    The city the workshop takes place in wins when its zone agrees with what the line says;
    else the abbreviation's usual zone, else a fixed offset.
    """
    found = ALL_TIMES.search(plain(line))
    label = found.group(1).strip(" .*_") if found else None
    text = label or ""
    days = [day] if day else [dt.date(2001, 1, 15), dt.date(2001, 7, 15)]  # winter and summer time
    offset_match = re.search(r"(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?", text)
    offset = None
    if offset_match:
        sign = -1 if offset_match.group(1) in "-−" else 1
        offset = sign * (int(offset_match.group(2)) + int(offset_match.group(3) or 0) / 60)
    word = _abbreviation(text)
    abbreviation = ABBREVIATIONS[word] if word else None
    if abbreviation == "UTC" and offset:
        abbreviation = None  # "UTC+2" names an offset, not UTC itself
    wanted = {offset} if offset is not None else (_offset_hours(abbreviation, days) if abbreviation else None)
    city_zone = _city_zone(city) if city else None
    if city_zone and (wanted is None or _offset_hours(city_zone, days) & wanted):
        return city_zone, label
    if abbreviation and (offset is None or offset in _offset_hours(abbreviation, days)):
        return abbreviation, label
    if offset is not None and offset == int(offset):
        return (f"Etc/GMT{-int(offset):+d}" if offset else "UTC"), label
    return None, label


# -- Markdown structure --


@dataclass
class Section:
    heading: str | None  # the heading line, None for what comes before the first one
    line: int  # the file's line number of lines[0]
    lines: list[str]


@dataclass
class ListItem:
    line: int
    text: str
    children: list[str]  # the nested items' text, markers removed


def _sections(page: Page) -> list[Section]:
    sections = [Section(None, page.first_line, [])]
    fenced = False
    for i, line in enumerate(page.body.split("\n")):
        fenced ^= line.lstrip().startswith(("```", "~~~"))
        if not fenced and re.match(r"#{1,6}\s", line):
            sections.append(Section(line.strip(), page.first_line + i + 1, []))
        else:
            sections[-1].lines.append(line)
    return sections


def _list_items(lines: list[str], first_line: int) -> tuple[list[str], list[ListItem], list[str]]:
    """The first list in ``lines``: the lines before it, its top-level items, the lines after it."""
    start = next((i for i, line in enumerate(lines) if ITEM.match(line)), None)
    if start is None:
        return lines, [], []
    indent = len(lines[start]) - len(lines[start].lstrip())
    items: list[ListItem] = []
    end = start
    for i in range(start, len(lines)):
        line = lines[i]
        match = ITEM.match(line)
        if match and len(match.group(1)) <= indent:
            items.append(ListItem(first_line + i, match.group(2).strip(), []))
        elif match:
            items[-1].children.append(match.group(2).strip())
        elif line.strip() and line.startswith(" " * (indent + 1)):  # a wrapped line
            if items[-1].children:
                items[-1].children[-1] += " " + line.strip()
            else:
                items[-1].text += " " + line.strip()
        elif line.strip():
            break
        end = i + 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[:start], items, lines[end:]


def _table(lines: list[str]) -> tuple[int, int] | None:
    """Where the first Markdown table in ``lines`` starts and ends."""
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("|")), None)
    if start is None:
        return None
    return start, next((i for i in range(start, len(lines)) if not lines[i].lstrip().startswith("|")), len(lines))


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line)]


def _kind_of(text: str) -> str | None:
    lowered = text.lower()
    return next((kind for pattern, kind in KEYWORD_KINDS if re.search(pattern, lowered)), None)


def _label_kind(label: str) -> str | None:
    return LABEL_KINDS.get(label.lower()) or _kind_of(label)


def _label(body: str) -> tuple[str | None, str]:
    """``"Talk: **Title**"`` -> ``("Talk", "**Title**")``, ``"Keynote"`` -> ``("Keynote", "")``; else no label."""
    if found := re.match(r"([A-Za-z][\w' -]{0,30}?):\s+(.+)$", body):
        head, tail = found.group(1).strip(), found.group(2)
        # "Talk: **Title**", "Panel: Title"; not a colon inside a title ("xLSTM: Extended ...")
        if _label_kind(head) or tail[:1] in "*[":
            return head, tail
    if LABEL_KINDS.get(plain(body).lower()):
        return plain(body), ""  # a label alone; the title may be in the speaker cell
    return None, body


def _people_in(text: str) -> list[tuple[str, str | None, str | None]]:
    """``"[Ann Lee](url) (MIT), Bo Wu"`` -> ``[("Ann Lee", "MIT", url), ("Bo Wu", None, None)]``."""
    pieces, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
        if char in ",;&" and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += char
    pieces.append(current)
    people = []
    for piece in (p for part in pieces for p in re.split(r"\s+and\s+", part)):
        link = re.search(LINK, piece)
        affiliation = re.search(r"\(([^()]*)\)\s*[*_]*\s*$", re.sub(r"\[[^\]]*\]\([^)]*\)", "", piece))
        name = plain(link.group(1) if link else re.sub(r"\([^()]*\)\s*[*_]*\s*$", "", piece))
        if name:
            people.append((name, plain(affiliation.group(1)) if affiliation else None, link.group(2) if link else None))
    return people


def _link(text: str) -> str | None:
    """The address of the one web link in ``text``; none if there are several."""
    found = re.findall(r"\[[^\]]*\]\((https?://[^)\s]+)\)", text)
    return found[0] if len(found) == 1 else None


# -- writing --


class _Quoted(str):
    """A string always written in double quotes (times, date-times)."""


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no type hints
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the loader refuses anchors and aliases

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # lists indented under their key, as in the documented data files


_Dumper.add_representer(_Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def _yaml(data: Any, header: str = "") -> str:
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    return header + str(text)


def _page_text(meta: dict[str, Any], lines: list[str]) -> str:
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip("\n"))
    return f"---\n{_yaml(meta)}---\n\n{body}\n"


# -- the import --


class _Importer:
    def __init__(self, src: Path) -> None:
        self.src = src
        self.unmapped: list[str] = []
        self.assets: dict[str, Path] = {}  # path in docs/ -> source file
        self.people: dict[str, PersonDraft] = {}  # by id
        self.roles: dict[str, list[str]] = {r: [] for r in values.ROLES}  # person ids, in the cards' order
        self.sponsors: list[dict[str, str]] = []
        self.edition: dict[str, Any] = {}
        self.placed: set[str] = set()  # directives the pages already show
        self.year: int | None = None
        self.timezone_line: str | None = None
        self.timezone_where = "_pages/about.md"  # where the line is, or would be
        self.permalinks: dict[str, str] = {}  # al-folio permalink -> page in docs/
        self.sources: dict[str, str] = {}  # page in docs/ -> the al-folio page it comes from
        self.referenced: set[str] = set()  # person ids the schedule uses
        self.submission: str | None = None  # an OpenReview group named on the pages

    def report(self, where: str, message: str) -> None:
        self.unmapped.append(f"{where}: {message}")

    def run(self) -> tuple[dict[str, str], dict[str, Path]]:
        config = self._config()
        self._cards()
        about, call = self._pages()
        self.year = self._year(config, [about, call])
        self.edition = {"name": self._name(config)}
        if description := _text(config.get("description")):
            self.edition["title"] = description
        if about and about.meta.get("subtitle"):
            subtitle = _html_inline(str(about.meta["subtitle"]))
            self.edition["subtitle"] = re.sub(r"^\*([^*].*[^*])\*$", r"\1", subtitle)  # a wholly <i> subtitle
        title_only = {"title": self.edition["name"]}
        home = self._page(about, title_only) if about else _page_text(title_only, ["<!-- esfomo/title -->"])
        files = {"docs/index.md": self._add_missing_people(home)}
        if call:
            files["docs/call/index.md"] = self._page(call, {"title": "Call for papers", "edition": str(self.year)})
        self._report_unshown_people()
        people = {p.id: p.entry for p in self.people.values()}
        files["docs/_data/people.yml"] = _yaml(
            people, "# Every person of the workshop, defined once; editions refer to them by id.\n"
        )
        files[f"docs/_data/editions/{self.year}.yml"] = self._edition_yaml(str(self.year))
        files["mkdocs.yml"] = self._mkdocs_yml(config)
        return files, self.assets

    # -- site-wide --

    def _config(self) -> dict[str, Any]:
        path = self.src / "_config.yml"
        if not path.is_file():
            self.report("_config.yml", "not found: the site name comes from the pages")
            return {}
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            self.report("_config.yml", f"not valid YAML, left out ({exc.__class__.__name__})")
            return {}
        return data if isinstance(data, dict) else {}

    def _front_matter(self, rel: str, text: str) -> tuple[dict[str, Any], str, int]:
        """The front matter of a file, its body, and the file's line number of the body's first line."""
        match = re.match(r"---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|$)", text, re.DOTALL)
        if not match:
            return {}, text, 1
        try:
            meta = yaml.safe_load(match.group(1) or "") or {}
        except yaml.YAMLError:
            self.report(rel, "front matter is not valid YAML: read as text")
            return {}, text, 1
        return (meta if isinstance(meta, dict) else {}), text[match.end() :], match.group(0).count("\n") + 1

    def _name(self, config: dict[str, Any]) -> str:
        title = plain(str(config.get("title") or ""))
        if not title or title == "blank":
            parts = (config.get(k) for k in ("first_name", "middle_name", "last_name"))
            title = " ".join(plain(str(p)) for p in parts if p) or "Workshop"
        return title if str(self.year) in title else f"{title} {self.year}"

    def _year(self, config: dict[str, Any], pages: list[Page | None]) -> int:
        texts = [str(p.meta.get(k) or "") for p in pages if p for k in ("subtitle", "title")]
        texts += [str(config.get("title") or ""), str(config.get("description") or "")]
        texts += [p.body for p in pages if p]
        for text in texts:
            found = re.search(r"(?<!\d)(20\d{2})(?!\d)", text)
            if found:
                return int(found.group(1))
        year = dt.date.today().year
        self.report("_pages/about.md", f"no year found in the pages: the edition is called {year}")
        return year

    def _mkdocs_yml(self, config: dict[str, Any]) -> str:
        site: dict[str, Any] = {"site_name": plain(str(config.get("title") or "")) or self.edition["name"]}
        url = str(config.get("url") or "").rstrip("/") + "/" + str(config.get("baseurl") or "").strip("/")
        if _is_url(url.rstrip("/")):
            site["site_url"] = url.rstrip("/") + "/"
        return _yaml(site | {"theme": "material", "plugins": ["search", "esfomo"]})

    def _pages(self) -> tuple[Page | None, Page | None]:
        """The about page and the call page; other pages and news are reported, not imported."""
        found: dict[str, Page] = {}
        for path in _markdown_files(self.src / "_pages"):
            rel = path.relative_to(self.src).as_posix()
            meta, body, first = self._front_matter(rel, path.read_text(encoding="utf-8-sig"))
            permalink = _permalink(str(meta.get("permalink") or f"/{path.stem}/"))
            if path.stem == "about" or permalink == "/":
                kind, out = "about", "index.md"
            elif path.stem in ("call", "cfp") or "call" in permalink:
                kind, out = "call", "call/index.md"
            else:
                self.report(rel, "page not imported: copy what it says into a page of docs/ by hand")
                continue
            if kind in found:
                self.report(rel, f"a second {kind} page: not imported")
                continue
            self.permalinks[permalink] = out
            self.sources[out] = rel
            page = found[kind] = Page(rel, meta, "", first, out)
            page.body = self._clean(page, body)
            openreview = re.search(r"https://openreview\.net/group\?id=[^)\s\]\"'>]+", page.body)
            self.submission = self.submission or (openreview.group(0) if openreview else None)
        for folder_name in ("_news", "_posts", "_bibliography"):
            if (self.src / folder_name).is_dir() and any((self.src / folder_name).iterdir()):
                self.report(folder_name, "not imported: news and posts have no equivalent (announcements may)")
        if "about" not in found:
            self.report("_pages/about.md", "not found: the home page shows the edition's title only")
        return found.get("about"), found.get("call")

    # -- people cards --

    def _cards(self) -> None:
        cards = [card for path in _markdown_files(self.src / "_projects") if (card := self._card(path))]
        rank = [*ROLE_OF_CATEGORY, "none"]  # people.yml lists organizers first, like al-folio sites do
        for card in sorted(cards, key=lambda c: (rank.index(c.category) if c.category in rank else 9, c.order, c.rel)):
            if card.category == "sponsor":
                sponsor = {"name": card.name, "url": card.fields.get("url"), "logo": card.fields.get("photo")}
                self.sponsors.append({k: v for k, v in sponsor.items() if v})
                continue
            person = self._person(card)
            if card.category in ROLE_OF_CATEGORY:
                self.roles[ROLE_OF_CATEGORY[card.category]].append(person.id)

    def _card(self, path: Path) -> Card | None:
        rel = path.relative_to(self.src).as_posix()
        text = path.read_text(encoding="utf-8-sig")
        meta, body, first_line = self._front_matter(rel, text)
        name = _text(meta.get("title"))
        if not name:
            self.report(rel, "card without a title: skipped")
            return None
        fields: dict[str, str] = {}
        if meta.get("description"):
            fields["affiliation"] = _text(meta["description"])
        link = str(meta.get("redirect") or "").strip()
        if _is_url(link):
            fields["url"] = link
        elif link:
            self.report(rel, f"redirect '{link}' is not a web address: left out")
        if meta.get("img") and (photo := self._asset(str(meta["img"]), rel)):
            fields["photo"] = photo
        bio = self._prose(self._strip_liquid(rel, body, first_line).split("\n"), "index.md", where=rel)
        if any(line.strip() for line in bio):
            fields["bio"] = "\n".join(bio).strip()
        order = meta.get("importance")
        number = float(order) if isinstance(order, (int, float)) and not isinstance(order, bool) else float("inf")
        category = str(meta.get("category") or "none").strip().lower()
        line = next((i + 1 for i, t in enumerate(text.split("\n")) if t.startswith("category:")), 1)
        return Card(rel, name, category, number, fields, line)

    def _person(self, card: Card) -> PersonDraft:
        """The person of the card; cards of one name are one person, with the first card's fields."""
        pid = _slug(card.name)
        person = self.people.setdefault(pid, PersonDraft(pid, {"name": card.name}))
        for name, value in card.fields.items():
            kept = person.entry.setdefault(name, value)
            if kept != value and name != "photo":
                self.report(card.rel, f"{name} '{value}' differs from {person.cards[0].rel}: kept '{kept}'")
        person.cards.append(card)
        return person

    # -- assets and prose --

    def _asset(self, reference: str, where: str) -> str | None:
        """Copy a referenced file into the new site; its path there, relative to docs/."""
        rel = reference.strip().split("?")[0].lstrip("/")
        if re.match(r"^[a-z][a-z0-9+.-]*:", rel, re.IGNORECASE):
            return None
        source = (self.src / rel).resolve()
        if not source.is_relative_to(self.src.resolve()) or not source.is_file():
            self.report(where, f"file '{reference}' not found: left out")
            return None
        target = rel if rel.startswith("assets/") else f"assets/img/{source.name}"
        self.assets[target] = source
        return target

    def _clean(self, page: Page, body: str) -> str:
        """Drop comments and Liquid; cards lists become people directives. Line numbers are kept."""
        body = re.sub(r"<!--.*?-->", _blank, body, flags=re.DOTALL)
        body = re.sub(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", _blank, body, flags=re.DOTALL)
        body = self._card_lists(page, body)
        return self._strip_liquid(page.rel, body, page.first_line)

    def _strip_liquid(self, rel: str, body: str, first_line: int) -> str:
        def output(match: re.Match[str]) -> str:
            inner = match.group(1).strip()
            path = re.fullmatch(r"['\"]([^'\"]*)['\"]\s*\|\s*(?:relative_url|absolute_url)", inner)
            if path:
                return path.group(1)
            line = first_line + body.count("\n", 0, match.start())
            self.report(f"{rel}:{line}", f"Liquid output '{{{{ {inner} }}}}' dropped")
            return _blank(match)

        body = re.sub(r"\{%.*?%\}", _blank, body, flags=re.DOTALL)
        return re.sub(r"\{\{-?(.*?)-?\}\}", output, body, flags=re.DOTALL)

    def _card_lists(self, page: Page, body: str) -> str:
        """``<div class="projects">`` blocks (al-folio's card grids) as people or sponsors directives."""
        out, last = [], 0
        for opening in re.finditer(r"<div\s+class=[\"']projects[\"']\s*>", body):
            if opening.start() < last:
                continue
            depth, end = 1, len(body)
            for tag in re.finditer(r"<(/?)div\b[^>]*>", body[opening.end() :]):
                depth += -1 if tag.group(1) else 1
                if depth == 0:
                    end = opening.end() + tag.end()
                    break
            block = body[opening.start() : end]
            found = re.search(r"where:\s*[\"']category[\"']\s*,\s*[\"']([^\"']+)[\"']", block)
            category = found.group(1).strip().lower() if found else None
            role = ROLE_OF_CATEGORY.get(category or "")
            layout = ", layout: horizontal" if page.meta.get("horizontal") is True else ""
            if role:
                directive = f"<!-- esfomo/people {{ role: {role}{layout} }} -->"
                self.placed.add(role)
            elif category == "sponsor":
                directive = "<!-- esfomo/sponsors -->"
                self.placed.add("sponsors")
            else:
                line = page.first_line + body.count("\n", 0, opening.start())
                self.report(f"{page.rel}:{line}", f"cards of category '{category or 'any'}': no directive shows them")
                directive = ""
            out += [body[last : opening.start()], directive, "\n" * block.count("\n")]
            last = end
        return "".join(out) + body[last:]

    def _prose(self, lines: list[str], out: str, where: str | None = None) -> list[str]:
        """Markdown kept as it was, minus kramdown attribute lists; images copied, site links made relative.

        ``out`` is the page the text goes to; ``where`` the file it came from, for the report."""
        up, where = "../" * out.count("/"), where or self.sources.get(out, out)

        def image(match: re.Match[str]) -> str:
            target = self._asset(match.group(2), where)
            return f"![{match.group(1)}]({up}{target})" if target else ""

        def link(match: re.Match[str]) -> str:
            page = self.permalinks.get(_permalink(match.group(1)))
            if not page:
                self.report(where, f"link '{match.group(1)}' points to a page that was not imported: left as is")
            return f"]({up}{page})" if page else match.group(0)

        result: list[str] = []
        for line in lines:
            previous = result[-1] if result else ""
            if ITEM.match(line) and previous.strip() and not ITEM.match(previous) and not previous[:1].isspace():
                result.append("")  # kramdown starts a list right after a paragraph; Python-Markdown needs a blank line
            if re.fullmatch(r"\s*(\{:[^}]*\}\s*)+|\s*<br\s*/?>\s*", line):
                continue
            line = re.sub(r"\{:[^}]*\}", "", line)
            line = re.sub(r"!\[([^\]]*)\]\(((?!https?:)[^)\s]+)\)", image, line)
            line = re.sub(r"\]\((/[^)\s#]*)\)", link, line)
            result.append(line.rstrip())
        return result

    def _around(self, page: Page, directive: str | None, before: list[str], after: list[str]) -> list[str]:
        """Prose, the directive that now shows what the Markdown in between said, prose."""
        middle = []
        if directive:
            self.placed.add(directive)
            middle = [f"<!-- esfomo/{directive} -->", ""]
        return [*self._prose(before, page.out), *middle, *self._prose(after, page.out)]

    # -- pages, section by section --

    def _page(self, page: Page, defaults: dict[str, str]) -> str:
        """The page with directives for what its sections hold; the home page's intro gets the edition's title."""
        lines: list[str] = []
        for section in _sections(page):
            if section.heading is not None:
                lines += ["", section.heading, "", *self._section(page, section)]
            elif page.out == "index.md":
                lines += self._intro(page, section)
            else:
                lines += self._section(page, section)
        return _page_text(defaults | {"title": plain(str(page.meta.get("title") or defaults["title"]))}, lines)

    def _intro(self, page: Page, section: Section) -> list[str]:
        """Banner, tagline and announcements: what an al-folio about page has before its first heading."""
        out, rest = ["<!-- esfomo/title -->"], section.lines
        text = [(i, line.strip()) for i, line in enumerate(rest) if line.strip()]
        used: set[int] = set()
        banner = re.fullmatch(r"!\[([^\]]*)\]\(([^)\s]+)\)\s*(\{:[^}]*\})?", text[0][1]) if text else None
        if banner:
            used.add(text[0][0])
            image = self._asset(banner.group(2), page.rel)
            width = re.search(r"width=[\"']?(\d+)", banner.group(3) or "")
            if image:
                size = {"width": int(width.group(1))} if width else {}
                self.edition["banner"] = {"image": image, **size, "alt": plain(banner.group(1)) or "Banner"}
            tagline = re.fullmatch(r"\*([^*].*?)\*|_([^_].*?)_", text[1][1]) if len(text) > 1 else None
            if tagline:
                used.add(text[1][0])
                self.edition["tagline"] = plain(tagline.group(1) or tagline.group(2))
            out += ["", "<!-- esfomo/banner -->"]
        announcements: list[str] = []  # a line that starts with an emoji, and the list items after it
        kept: list[str] = []
        in_announcement = False
        for i, line in enumerate(rest):
            stripped = line.strip()
            if i in used or re.fullmatch(r"(\{:[^}]*\}\s*)+", stripped):
                continue
            emoji, after = _emoji_prefix(stripped)
            item = ITEM.match(line)
            if stripped and emoji and not item:
                in_announcement = True
                announcements.append(after)
            elif in_announcement and item:
                announcements.append(item.group(2).strip())
            elif in_announcement and stripped:
                announcements[-1] += " " + stripped
            else:
                in_announcement = False
                kept.append(line)
        if announcements:
            texts = [" ".join(self._prose([a], page.out)).strip() for a in announcements]
            self.edition["announcements"] = [{"text": t} for t in texts if t]
            out += ["", "<!-- esfomo/announcements -->"]
        return [*out, "", *self._prose(kept, page.out)]

    def _section(self, page: Page, section: Section) -> list[str]:
        heading = plain(section.heading or "").lower()
        before, items, after = _list_items(section.lines, section.line)
        if items and ("gist" in heading or any(re.match(r"\*\*[^*]+\?\*\*", i.text) for i in items)):
            return self._gist(page, before, items, after)
        if items and ("date" in heading or "deadline" in heading):
            return self._dates(page, before, items, after)
        if items and "topic" in heading:
            return self._topics(page, section.heading, before, items, after)
        table = _table(section.lines)
        if table and "schedule" not in self.edition:
            start, end = table
            schedule = self._schedule(page, section.lines[start:end], section.line + start)
            if schedule:
                self.edition["schedule"] = schedule
                head = self._timezone_line(section.lines[:start], page.rel, section.line)
                return self._around(page, "schedule", head, section.lines[end:])
        return self._prose(section.lines, page.out)

    def _timezone_line(self, lines: list[str], rel: str, first_line: int) -> list[str]:
        """Take the "All times CET, UTC+2. ..." line; keep what else it says as prose."""
        for i, line in enumerate(lines):
            if re.search(r"\ball times\b", line, re.IGNORECASE):
                self.timezone_line = line
                self.timezone_where = f"{rel}:{first_line + i}"
                rest = ALL_TIMES.sub("", plain(line)).strip()
                return [*lines[:i], *([f"*{rest}*"] if rest else []), *lines[i + 1 :]]
        return lines

    def _gist(self, page: Page, before: list[str], items: list[ListItem], after: list[str]) -> list[str]:
        kept: list[str] = []
        for item in items:
            found = re.match(r"\*\*([^*]+?)\*\*\s*(.*)$", item.text)
            key, rest = (found.group(1).lower(), found.group(2)) if found else ("", item.text)
            whole = " ".join([rest, *item.children])
            if "what" in key and rest:
                self.edition["summary"] = " ".join(self._prose([rest], page.out)).strip()
            elif ("when" in key or "where" in key) and self._when_where(whole):
                pass
            elif ("question" in key or "contact" in key) and (email := re.search(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", whole)):
                self.edition["contact"] = email.group(0)
            else:
                kept += [f"* {item.text}", *(f"  * {child}" for child in item.children)]
        return self._around(page, "gist", before, kept + after)

    def _when_where(self, text: str) -> bool:
        """The conference, city and day of a gist's "when & where?" item; False if none is found."""
        link = re.search(LINK, text)
        if link:
            self.edition["conference"] = {"name": plain(link.group(1)), "url": link.group(2)}
        city = re.search(r"\bin\s+([A-Z][^!.()*\[\]]*?)\s*[!.]?\s*$", plain(text))
        if city:
            self.edition["location"] = {"city": city.group(1).strip()}
        day = find_date(plain(text), self.year)
        if day:
            self.edition["date"] = day[0]
        return bool(link or city or day)

    def _dates(self, page: Page, before: list[str], items: list[ListItem], after: list[str]) -> list[str]:
        dates, kept = [], []
        for item in items:
            found = re.match(r"(.+?):\s+(.+)$", item.text.replace("**", ""))  # "**Name**: date" or "**Name:** date"
            date = self._important_date(plain(found.group(1)), found.group(2)) if found else None
            if date:
                dates.append(date)
            else:
                kept.append(f"- {item.text}")
                self.report(f"{page.rel}:{item.line}", f"date not understood, kept as text: {plain(item.text)}")
            if date and "workshop" in date["name"].lower() and isinstance(date["at"], dt.date):
                self.edition["date"] = date["at"]
        if dates:
            self.edition["dates"] = dates
        return self._around(page, "dates" if dates else None, before, [*kept, "", *after])

    def _important_date(self, name: str, value: str) -> dict[str, Any] | None:
        """``"~~May 19~~ May 26 (extended)"``: a date that was moved, with a note."""
        struck = re.findall(r"~~(.+?)~~", value)
        at = self._moment(plain(re.sub(r"~~.+?~~", "", value)))
        if at is None:
            return None
        date: dict[str, Any] = {"name": name, "at": at[0]}
        if at[1] != "AoE":
            date["tz"] = at[1]
        was = self._moment(plain(struck[-1])) if struck else None
        if was:
            date["was"] = was[0]
        if at[2]:
            date["note"] = at[2]
        return date

    def _moment(self, text: str) -> tuple[Any, str, str | None] | None:
        """``"June 30, 2026, 11:59PM UTC"`` -> ``("2026-06-30 23:59", "UTC", None)``."""
        found = find_date(text, self.year)
        if found is None:
            return None
        day, (start, end) = found
        rest = text[:start] + " " + text[end:]
        at: Any = day
        clock = re.search(r"\b(\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})(?!\w)", rest, re.IGNORECASE)
        parsed = _clock(clock.group(1)) if clock else None
        if clock and parsed:
            at = _Quoted(f"{day.isoformat()} {parsed.hour:02d}:{parsed.minute:02d}")
            rest = rest.replace(clock.group(0), " ", 1)
        tz, aoe = "AoE", r"\bAoE\b|anywhere on earth"
        zone = _abbreviation(rest)
        if zone and not re.search(aoe, rest, re.IGNORECASE):
            tz = ABBREVIATIONS[zone]
            rest = re.sub(rf"\b{zone}\b", " ", rest, count=1)
        rest = re.sub(aoe, " ", rest, flags=re.IGNORECASE)
        filler = r"\b(?:time|at|by|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
        rest = re.sub(filler, " ", rest, flags=re.IGNORECASE)
        rest = " ".join(rest.split()).strip(" ,;()-–—")
        note = rest if re.search(r"[A-Za-z]{2}", rest) else None
        return at, tz, note

    def _topics(
        self, page: Page, heading: str | None, before: list[str], items: list[ListItem], after: list[str]
    ) -> list[str]:
        """Items with sub-items are groups; the other items form one group named after the heading."""
        topics = [{"group": plain(i.text), "items": [plain(c) for c in i.children]} for i in items if i.children]
        loose = [plain(i.text) for i in items if not i.children]
        if loose:
            topics.append({"group": plain(_emoji_prefix(heading or "Topics")[1].lstrip("# ")), "items": loose})
        self.edition["topics"] = topics
        return self._around(page, "topics", before, after)

    # -- the schedule table --

    def _schedule(self, page: Page, table: list[str], first_line: int) -> list[dict[str, Any]]:
        rows = [(_cells(line), first_line + i) for i, line in enumerate(table)]
        if len(rows) > 1 and all(re.fullmatch(r":?-+:?", c) or not c for c in rows[1][0]):
            rows = rows[2:]  # the header and its separator
        entries: list[dict[str, Any]] = []
        session: dict[str, Any] | None = None
        last: dict[str, Any] | None = None
        for cells, line in rows:
            where = f"{page.rel}:{line}"
            time_cell, topic, speaker = [*cells, "", "", ""][:3]
            if len(cells) > 3 and any(cells[3:]):
                self.report(where, "schedule row: columns after the third left out")
            times = self._times(time_cell, where)
            if not topic and not speaker:
                continue
            emoji, body = _emoji_prefix(topic)
            bold = re.fullmatch(r"\*\*(.+)\*\*", body)
            if bold:
                inner_emoji, body = _emoji_prefix(bold.group(1))
                emoji = emoji or inner_emoji
            label, rest = _label(body)
            if last and last["kind"] == "panel" and not (times or speaker or bold or re.fullmatch(r"[*_].*[*_]", body)):
                last["speakers"] = self._refs(_people_in(topic), where, last.get("speakers", []))  # the panelists
                continue
            if bold and not speaker and not label and (plain(body).lower().startswith("session") or not _kind_of(body)):
                session = {"session": plain(body), "emoji": emoji, "time": _Quoted(times[0]) if times else None}
                session = {k: v for k, v in session.items() if v} | {"items": []}
                entries.append(session)
                continue
            item = self._item(label, rest, emoji, speaker, where)
            item = dict(zip(("time", "end"), map(_Quoted, times), strict=False)) | item  # written first
            if item["kind"] in TALK_KINDS and session is not None:
                session["items"].append(item)
            else:
                session = None
                entries.append(item)
            last = item
        for entry in list(entries):
            if "session" in entry and not entry["items"]:
                self.report(page.rel, f"session '{entry['session']}' has no talks: left out")
                entries.remove(entry)
        return entries

    def _times(self, cell: str, where: str) -> list[str]:
        """``"9:00 - 9:30"`` -> ``["9:00", "9:30"]``; nothing, said so, when a time is not understood."""
        text = plain(cell)
        if not text:
            return []
        parts = [p.strip() for p in re.split(r"\s*[-–—]\s*|\s+to\s+", text) if p.strip()][:2]
        if not all(_clock(p) for p in parts):
            self.report(where, f"time '{text}' not understood: the row is kept without it")
            return []
        return parts

    def _item(self, label: str | None, rest: str, emoji: str | None, speaker: str, where: str) -> dict[str, Any]:
        kind = _label_kind(label) if label else _kind_of(rest)
        item: dict[str, Any] = {"kind": kind or "talk"}
        if label and not kind:
            item["label"] = label  # "Off-the-record: ...": a talk under its own label
        title, link = plain(rest), _link(rest)
        people: list[tuple[str, str | None, str | None]] = []
        for part in re.split(r"<br\s*/?>", speaker, flags=re.IGNORECASE):
            bare = re.fullmatch(r"\s*[*_]*\s*\(([^()]*)\)\s*[*_]*\s*", part)
            if bare and people:  # "Ann Lee <br> *(MIT)*"
                people = [(n, a or plain(bare.group(1)), u) for n, a, u in people]
                continue
            said = re.match(r"\s*([^:\[\]]+?|\[[^\]]+\]\([^)]+\))\s*:\s+(.+)$", part)
            if said and not title:  # "Ann Lee: Title"
                title, link = plain(said.group(2)), link or _link(said.group(2))
                part = said.group(1)
            people += _people_in(part)
        item["title"] = title or label or values.KIND_LABEL[item["kind"]]
        if people:
            item["speakers"] = self._refs(people, where, [])
        if link:
            item["link"] = link
        if emoji and emoji != values.KIND_EMOJI.get(item["kind"]):
            item["emoji"] = emoji
        return item

    def _refs(self, people: list[tuple[str, str | None, str | None]], where: str, refs: list[Any]) -> list[Any]:
        """Speakers as refs: an id when a card names them (with this row's affiliation if it differs)."""
        refs = list(refs)
        for name, affiliation, url in people:
            person = self.people.get(_slug(name))
            if person:
                self.referenced.add(person.id)
                ref: Any = person.id
                if affiliation and _slug(affiliation) != _slug(person.entry.get("affiliation", "")):
                    ref = {"id": person.id, "affiliation": affiliation}
                if person.id not in [r if isinstance(r, str) else r.get("id") for r in refs]:
                    refs.append(ref)
            else:
                refs.append({k: v for k, v in {"name": name, "affiliation": affiliation, "url": url}.items() if v})
        return refs

    # -- output --

    def _add_missing_people(self, text: str) -> str:
        """People the cards name but the home page does not show get a section of their own."""
        extra = []
        for role in values.ROLES:
            if self.roles[role] and role not in self.placed:
                extra += [f"## {role.capitalize()}", "", f"<!-- esfomo/people {{ role: {role} }} -->", ""]
        if self.sponsors and "sponsors" not in self.placed:
            extra += ["## Sponsors", "", "<!-- esfomo/sponsors -->", ""]
        return text + ("\n" + "\n".join(extra) if extra else "")

    def _report_unshown_people(self) -> None:
        """Cards of other categories than the roles are kept in people.yml; say so when nothing shows them."""
        for person in self.people.values():
            hidden = [c for c in person.cards if c.category not in ROLE_OF_CATEGORY]
            if len(hidden) == len(person.cards) and person.id not in self.referenced:
                card, name = hidden[0], person.entry["name"]
                message = f"category '{card.category}' is not a role and the schedule does not name {name}"
                self.report(f"{card.rel}:{card.category_line}", f"{message}: in people.yml only")

    def _timezone(self, eid: str) -> tuple[str | None, str | None]:
        """The zone and its label: from the "All times ..." line, else the city's; UTC for a schedule, said so."""
        city = self.edition.get("location", {}).get("city")
        line, where, fix = self.timezone_line, self.timezone_where, f"correct it in docs/_data/editions/{eid}.yml"
        zone, label = guess_timezone(line, city, self.edition.get("date")) if line else (None, None)
        if zone or not self.edition.get("schedule"):
            return zone, label
        if line is None and city and (zone := _city_zone(city)):
            self.report(where, f"no 'All times ...' line: wrote timezone: {zone}, the city's; {fix} if need be")
            return zone, label
        said = f"'{plain(line)}'" if line else "no 'All times ...' line"
        self.report(where, f"time zone not found ({said}): wrote timezone: UTC, {fix}")
        return "UTC", label

    def _edition_yaml(self, eid: str) -> str:
        edition = self.edition
        if "date" not in edition:
            self.report("_pages", "the workshop's day was not found: set date in the edition file")
        zone, label = self._timezone(eid)
        if zone:
            edition["timezone"] = zone
        if label:
            edition["timezone_label"] = label
        if self.submission:
            edition["links"] = {"submission": self.submission}
        for role, ids in self.roles.items():
            if ids:
                edition[role] = list(dict.fromkeys(ids))
        if self.sponsors:
            edition["sponsors"] = self.sponsors
        data = {f: edition[f] for f in model.EditionFile.model_fields if f in edition}  # in the documented order
        return _yaml(data, f"# The {eid} edition, imported from an al-folio site.\n")
