"""The editions one repository holds: the edition each page is named for (``/WACV_2024/``, ``cfp23.md``), the pages
of each, its home page, and which edition is current."""

from __future__ import annotations

import re
from pathlib import Path

from .jekyll import JekyllPage
from .report import Note
from .text import has_word, plain, rich, rich_html

# One edition of a repository: its key (year, folder name), its pages, and its home page.
EditionPages = tuple[tuple[int, str] | None, list[JekyllPage], JekyllPage | None]


EDITION_NAME = re.compile(r"(?:^|[/_-])([a-z]*)[_-]?((?:19|20)?\d\d)$", re.IGNORECASE)


def edition_key(page: JekyllPage) -> tuple[int, str] | None:
    """The edition a page is named for (``/WACV_2024/``, ``/23/program/``, ``about_iclr24.md``, or its title: "AVI
    2024 - 1st Edition" at /first-edition): its year and venue.

    A page that overwrites others at their address is the page their menu entry shows: its address names it."""
    for text in [*page.url.strip("/").split("/"), *([] if page.overwrites else [Path(page.rel).stem])]:
        if found := EDITION_NAME.search(text):
            digits = found.group(2)
            return (int(digits) if len(digits) == 4 else 2000 + int(digits)), found.group(1)
    title = plain(rich_html(str(page.meta.get("title") or "")))  # "AVI 2024 - 1st Edition" at /first-edition
    if has_word(title, "edition") and len(years := re.findall(r"\b((?:19|20)\d\d)\b", title)) == 1:
        return int(years[0]), ""
    return None


def editions_of(shown: list[JekyllPage], home: JekyllPage | None) -> list[EditionPages]:
    """The editions the pages hold, oldest first, each with its pages and its home page; the last is current.

    Pages named for an edition (``WACV_2024.md``, ``/2023/``, ``_pages/archive/about_23.md``) form one edition per
    name; a venue's letters count when written in capitals or shared by two pages (``cfp23`` is the 2023 edition).
    The current edition is the newest one that the home page or the navigation reaches; it holds every page named
    for no edition. A site whose pages name fewer than two editions is one edition.
    """
    keys = {p.rel: k for p in shown if (k := edition_key(p))}
    past = _menu_past(shown, keys, home) | _titled_past(shown, keys, home)
    keys |= past
    letters = [k[1].lower() for k in keys.values()]
    headed = _home_venue(home) if home and home.rel not in keys else None
    if home and headed and any(v and v.lower() != headed[1] for _, v in keys.values()):  # "CVPR 2025" at /, iccv25.md
        keys[home.rel] = headed
        letters = [v.lower() for _, v in keys.values()] * 2  # the venues told apart: their letters count
    venue = {rel: (y, v if v and (v.isupper() or letters.count(v.lower()) > 1) else "") for rel, (y, v) in keys.items()}
    named = sorted(set(venue.values()), key=lambda k: (k[0], k[1] == "", k[1]))
    target = _redirect(home, shown) if home else None
    newer = home_year(home) if home and not target and home.rel not in venue else None
    if past and not newer and home and home.rel not in venue:  # a menu of past workshops: the home page's year
        newer = _newest_year(home)
    if not newer and home and not target and home.rel not in venue and _kept_whole(shown, keys, home):
        newer = _newest_year(home)  # 2021/index.md, 2021/1-program.md beside index.md "March 7, 2022"
    told = _year_told(home) if home and not target and home.rel not in venue and len(named) > 1 else None
    if not newer and told and told == max(year for year, _ in named) + 1:  # "In 2026, it will take place in ..."
        newer = told  # beside /2019/ ... /2025/: the home page is the edition of the year after them
    if newer and named and all(newer > year for year, _ in named):  # index.md "@ CVPR 2025" beside cvpr2024.md
        named.append((newer, ""))
    if len(named) < 2:
        return [(None, shown, home)]
    entry = [p for p in shown if p.rel in venue and (p is target or p.meta.get("nav") not in (None, False))]
    current = max((venue[p.rel] for p in entry), default=named[-1], key=lambda k: (k[0], k[1] == ""))
    current = named[-1] if newer and named[-1] == (newer, "") else current
    groups: list[tuple[tuple[int, str] | None, list[JekyllPage], JekyllPage | None]] = []
    for key in [k for k in named if k != current] + [current]:
        pages = [p for p in shown if venue.get(p.rel, current) == key]
        own = next((p for p in pages if p is target or EDITION_NAME.fullmatch(p.url.strip("/"))), None)
        own = home if key == current and home and home is not target and not own else own
        groups.append((key, pages, own or pages[0]))
    return groups


def _kept_whole(shown: list[JekyllPage], keys: dict[str, tuple[int, str]], home: JekyllPage) -> bool:
    """Whether an earlier edition is kept whole in a folder named for its year (``2021/index.md``,
    ``2021/1-program.md``, ...) beside the home page and other pages named for no edition: a home page of its own
    and at least one more page in that folder."""
    by_folder: dict[str, list[JekyllPage]] = {}
    for page in shown:
        folder = page.url.strip("/").split("/")[0] if "/" in page.url.strip("/") or page.url.endswith("/") else ""
        if page.rel in keys and re.fullmatch(r"(?:19|20)\d\d", folder):
            by_folder.setdefault(folder, []).append(page)
    unnamed = [p for p in shown if p.rel not in keys and p is not home]
    return bool(unnamed) and any(len(pages) > 1 and any(p.url.strip("/") == folder for p in pages)
                                 for folder, pages in by_folder.items())


_PAST = ("prior", "previous", "past", "earlier", "archive", "archives")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _menu_past(shown: list[JekyllPage], keys: dict[str, tuple[int, str]], home: JekyllPage | None
               ) -> dict[str, tuple[int, str]]:  # fmt: skip
    """The pages a menu of past workshops lists (al-folio's dropdown "Prior workshops": ``/autocfd1/``, ...), named
    for no edition, each the edition of the year its text names most; none unless the home page names a later
    year than all of them."""
    listed = menu_listed(shown)
    out: dict[str, tuple[int, str]] = {}
    for page in shown:
        years = _YEAR.findall(page.body)
        if page.url.strip("/") in listed and page.rel not in keys and page is not home and years:
            out[page.rel] = (int(max(years, key=lambda y: (years.count(y), y))), "")
    return out if all(year < _newest_year(home) for year, _ in out.values()) else {}


_HEADING = re.compile(r"^#{1,6}[ \t]+(.+)$|^([^\n#<>|].*)\n(?:=+|-+)[ \t]*$|<h[1-6]\b[^>]*>(.*?)</h[1-6]>",
                      re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _titled_past(shown: list[JekyllPage], keys: dict[str, tuple[int, str]], home: JekyllPage | None
                 ) -> dict[str, tuple[int, str]]:  # fmt: skip
    """The pages titled for past workshops ("Previous Editions", "Past workshops") that hold one earlier edition
    whole: named for no edition, their headings naming one year ("Third Edition, June 3, 2024"), older than every
    year the home page names. A page of links to past sites has no such heading; one holding several editions
    names several years and stays with the current edition."""
    out: dict[str, tuple[int, str]] = {}
    newest = _newest_year(home)
    for page in shown:
        if page is home or page.rel in keys or page.meta.get("dropdown"):
            continue
        if not has_word(plain(str(page.meta.get("title") or "")), *_PAST):
            continue
        headings = " ".join(next(g for g in found.groups() if g) for found in _HEADING.finditer(page.body))
        years = set(_YEAR.findall(plain(rich_html(headings))))
        if len(years) == 1 and (year := int(years.pop())) < newest:
            out[page.rel] = (year, "")
    return out


def menu_listed(shown: list[JekyllPage]) -> dict[str, JekyllPage]:
    """The addresses a menu of past workshops lists (``/autocfd1/``), each with the menu's page."""
    menus = [p for p in shown if p.meta.get("dropdown") and has_word(plain(str(p.meta.get("title") or "")), *_PAST)]
    return {str(c["permalink"]).strip("/"): m for m in reversed(menus) for c in m.meta.get("children") or []
            if isinstance(c, dict) and c.get("permalink")}  # fmt: skip


def past_kept_current(shown: list[JekyllPage], home: JekyllPage | None, current: list[JekyllPage]) -> list[Note]:
    """The pages a menu of past workshops lists that are read with the current edition, each named: they name no
    year, or the home page names none later than theirs (the current site is not renamed on a guess)."""
    listed = menu_listed(shown)
    out = []
    for page in current:
        menu = listed.get(page.url.strip("/"))
        if menu and page is not home and not edition_key(page):
            why = ("it names no year" if not _YEAR.search(page.body) else
                   "the home page names no year later than the one it names")  # fmt: skip
            out.append(Note(f"{page.rel}:1", f"listed as a past workshop by the menu \"{plain(menu.title)}\" "
                            f"({menu.rel}:1), but read with the current edition: {why}", guess=True))  # fmt: skip
    return out


def _newest_year(home: JekyllPage | None) -> int:
    """The newest year a home page names, in its text or its front matter (0 if none)."""
    return max((int(y) for y in _YEAR.findall(f"{home.body} {home.meta}")), default=0) if home else 0


def _first_heading(page: JekyllPage) -> str:
    """The text of a page's first top heading (``<h1>CVPR 2025 Workshop on ...</h1>``, ``# SciNLP 2021: ...``)."""
    heading = re.search(r"<h1\b[^>]*>(.*?)</h1>|^#\s+(.+)$", page.body, re.IGNORECASE | re.DOTALL | re.MULTILINE)
    return plain(rich_html(heading.group(1) or heading.group(2) or "")) if heading else ""  # "<h1></h1>": empty


def _home_venue(home: JekyllPage) -> tuple[int, str] | None:
    """The venue and year a home page's first heading names (``<h1>CVPR 2025 Workshop on ...</h1>``), if it does."""
    said = _first_heading(home)
    found = re.match(r"\s*(?:the\s+)?([A-Z]{3,8})\s*[’']?((?:19|20)\d\d)\b", said)
    return (int(found.group(2)), found.group(1).lower()) if found else None


def home_year(home: JekyllPage) -> int | None:
    """The year a home page's title, description, subtitle, first heading or opening quote naming the workshop names
    (``MDEC @ CVPR 2025``, ``# SciNLP 2021: 2nd Workshop on ...``, ``> UbiComp 2026 Workshop - October 11-12,
    2026``), the newest if several."""
    banner = " ".join(line for line, _ in opening_quote(home) if has_word(line, "workshop"))
    said = " ".join(str(home.meta.get(key) or "") for key in ("title", "description", "subtitle"))
    said += f" {_first_heading(home)}"
    years = re.findall(r"\b(20\d\d)\b", f"{said} {banner}")
    return max(int(y) for y in years) if years else None


_WILL_TAKE_PLACE = re.compile(r"\b(?:will\s+(?:take\s+place|be\s+held|be\s+hosted)|takes\s+place|is\s+held)\b",
                              re.IGNORECASE)  # fmt: skip


def _year_told(home: JekyllPage) -> int | None:
    """The year of the first line of a home page saying when the event will take place ("In 2026, IICCSSS will take
    place in Tübingen, from 17th to 21st of August 2026"), if one does."""
    for line in home.body.split("\n"):
        if _WILL_TAKE_PLACE.search(line) and (years := re.findall(r"\b(20\d\d)\b", plain(rich(line)))):
            return max(int(y) for y in years)
    return None


def opening_quote(page: JekyllPage) -> list[tuple[str, str]]:
    """The lines of the quote a page opens with (``> UbiComp 2026 Workshop - October 11-12, 2026 - Shanghai``), its
    banner: each as read, with where it is written."""
    body = page.body.split("\n")
    first = next((n for n, line in enumerate(body) if line.strip()), len(body))
    out = []
    for number in range(first, len(body)):
        if not body[number].lstrip().startswith(">"):
            break
        text = body[number].lstrip()[1:]
        out.append((plain(rich_html(text)) if "<" in text else plain(rich(text)), page.where(number)))
    return [(text, where) for text, where in out if text]


def _redirect(page: JekyllPage, shown: list[JekyllPage]) -> JekyllPage | None:
    """The page an HTML page sends its visitor to at once (``<meta http-equiv="refresh" content="0; url=...">``)."""
    found = re.search(r"http-equiv=[\"']?refresh[\"']?[^>]*url=\{*\s*['\"]?([^'\"|}\s>]+)", page.body, re.IGNORECASE)
    url = found.group(1) if found else None
    own = re.match(r"https?://[^/\s]+\.github\.io(/[^?#\s]*)?$", url or "", re.IGNORECASE)
    url = (own.group(1) or "/") if own else url  # https://org.github.io/2022/: its own host's page /2022/
    return next((p for p in shown if url and p.url.strip("/") == url.strip("/")), None)
