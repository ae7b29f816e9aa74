"""The host conference ("ICML 2025"): from the configuration, the site's name and the home page's words."""

from __future__ import annotations

import re
from typing import Any

from .jekyll import JekyllPage, JekyllSite
from .report import Note
from .site_config import config_line
from .text import plain, rich_html

# The conferences that host machine learning workshops, as each writes its name.
_NAMES = (
    "ICML", "NeurIPS", "NIPS", "ICLR", "CVPR", "ICCV", "ECCV", "WACV", "BMVC", "MICCAI", "MIDL", "AAAI", "IJCAI",
    "KDD", "ACL", "EMNLP", "NAACL", "EACL", "COLING", "LREC", "COLM", "CoRL", "RSS", "ICRA", "IROS", "MLSys",
    "AISTATS", "UAI", "COLT", "ALT", "WWW", "SIGIR", "CHI", "ICASSP", "Interspeech", "ISMIR", "AAMAS", "CHIL",
    "ML4H", "L4DC", "WSDM", "CIKM", "RecSys", "ICDM", "SIGGRAPH",
    # and those of systems, databases, networks, security and interaction that host them too
    "SOSP", "OSDI", "NSDI", "EuroSys", "ASPLOS", "ISCA", "HPCA", "SIGCOMM", "SIGMOD", "VLDB", "ICDE", "MobiCom",
    "SenSys", "CCS", "UIST", "CSCW", "HRI",
)
VENUES = {v.upper(): v for v in _NAMES}
_VENUE = re.compile(rf"(?<![\w@./-])({'|'.join(VENUES)})\s*[-'’]?\s*((?:19|20)\d\d|\d\d)?(?![\w@-])",
                    re.IGNORECASE)  # fmt: skip
# Any conference's acronym and year ("ICPP 2026", "EuroSys'26"), read only where the configuration names the host
_ACRONYM = re.compile(r"(?<![\w@./-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*[-'’]?\s*((?:19|20)\d\d|\d\d)(?![\w@-])")
_ADDRESS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")
_KEYS = ("conference", "venue", "conf", "host", "hosted_at", "colocated_with", "co_located_with")  # _config.yml's
# A line of the home page that says where the workshop is held, not a speaker's bio that names a conference
_HOSTED = re.compile(r"\bworkshop\s+(?:at|@)|@|\bco-?located\b|\bconjunction\b|\bheld\b|\bpart of\b"
                     r"|\b(?:take|takes|took|taking)\s+place\b", re.IGNORECASE)  # fmt: skip
# Words telling of editions held before ("we have previously run", "past editions"), whose venues are not this one's
_PAST = re.compile(r"\b(?:previously|previous|past|earlier|prior)\b", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)|<a\b[^>]*href=[\"'](https?://[^\"']+)[\"'][^>]*>(.*?)</a>",
                   re.IGNORECASE | re.DOTALL)  # fmt: skip


def venue_in(text: str, year: int | None) -> str | None:
    """``ICML 2025`` of "A workshop at ICML'25": a conference written with a capital (not "icml" of an address),
    and its year (``year`` when it writes none, unless the text tells of past editions: "previously run ... @
    NeurIPS and ICML"); None when it names none, or another year's."""
    past = _PAST.search(plain(text))
    for found in _VENUE.finditer(_ADDRESS.sub(" ", plain(text))):
        if found.group(1).islower() or (past and not found.group(2)):
            continue
        said = found.group(2)
        at = (2000 + int(said) if len(said) == 2 else int(said)) if said else year
        if at and (year is None or at == year):
            return f"{VENUES[found.group(1).upper()]} {at}"
    return None


def says_host(text: str, year: int | None) -> bool:
    """Whether a line says where the workshop is held, a conference of this year ("The Tiny Workshop at ICML
    2025", "co-located with NeurIPS 2024"), not a bio that names one."""
    return bool(_HOSTED.search(text)) and venue_in(text, year) is not None


def _acronym_in(text: str, year: int | None) -> str | None:
    """``ICPP 2026`` of a ``conference:`` the known names miss: an acronym written with its year, this edition's
    (a building, ``venue: COEX Convention Center``, writes none)."""
    for found in _ACRONYM.finditer(_ADDRESS.sub(" ", plain(text))):
        said = found.group(2)
        if year and (2000 + int(said) if len(said) == 2 else int(said)) == year:
            return f"{found.group(1)} {year}"
    return None


def host_conference(site: JekyllSite, home: JekyllPage | None, year: int | None,
                    folder: str = "") -> tuple[dict[str, Any] | None, Note | None]:  # fmt: skip
    """The conference the workshop is held at, as the edition's ``conference``, and the line naming it a guess when
    words gave it. ``folder``: the venue the edition's folder is named for (``WACV_2024``, ``itsc2024``)."""
    if folder and year:  # the venue each edition's folder is named for, as the edition's name gives it
        return {"name": f"{VENUES.get(folder.upper(), folder.upper() if folder.islower() else folder)} {year}"}, None
    for key in _KEYS:
        value = site.config.get(key)
        if isinstance(value, str) and (name := venue_in(value, year) or _acronym_in(value, year)):
            link = _LINK.search(value)
            url = (link.group(2) or link.group(3)) if link else None
            return {"name": name, **({"url": url} if url else {})}, None
    said = [(str(site.config.get(k) or ""), config_line(site.root, k)) for k in ("title", "description", "subtitle")]
    if home:
        said += [(str(home.meta.get("subtitle") or ""), f"{home.rel}:1"), *((t, w) for w, t in home.aside)]
        said += [(line, home.where(i)) for i, line in enumerate(home.body.split("\n")) if _HOSTED.search(line)]
    for text, where in said:
        if name := venue_in(rich_html(text) if "<" in text else text, year):
            snippet = " ".join(plain(rich_html(text) if "<" in text else text).split())[:120]
            return {"name": name}, Note(where, f"the host conference, {name}, read from '{snippet}'", guess=True)
    return None, None
