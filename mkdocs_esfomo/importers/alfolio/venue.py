"""Where the workshop is: the city a home page's words name ("in Vancouver", "Vienna, Austria", a banner's "Singapore
· September 28"), not where its people work, and the zone of the venue a line beside the schedule names."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import available_timezones

from .blocks import parse
from .jekyll import JekyllPage, JekyllSite
from .report import Note
from .site_config import config_line
from .text import plain
from .zones import CITY_ZONES, COUNTRY_ZONES, REGION_ZONES, US_STATE_ZONES, Zone, city_zone, offset_hours

LOCATION = re.compile(r"\b(?:location|venue|place|where)\s*:\s*([^\n]+)", re.IGNORECASE)


# A day as a page writes it before the city (``on May 11, Vienna``, ``on April 27th 2025, Singapore``).
DAY_WRITTEN = (r"(?:(?:19|20)\d\d|\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                r"(?:st|nd|rd|th)?)")


# An institution's name, in the languages workshop sites write them in, that a city ends ("Technische Universität
# Berlin", "Institut Polytechnique de Paris"): where an organizer works, not where the workshop is.
_INSTITUTION = re.compile(r"\b(?:Universit|Universidad|Institut|Polytechn|Hochschule|College|School|Academy)\w*")
# Cities after a city, the last after "or": "Atlanta, Sydney, or Paris".
_OR_CITY = re.compile(r"(?:,\s*[A-Z][^\W\d_]+)*,?\s+or\s+([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)")


# The place named after a city: another city, when the city is one of a list ("Beijing, Perth, Singapore").
_NEXT_PLACE = re.compile(r",\s+([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)")
# A banner's "City · Day" ("Singapore · September 28, 2026"), a dot or a spaced dash between them.
_DOT = r"(?:\s*[·•]\s*|\s+[–—-]\s+)"


# An academic degree, which a bio lists as a city is written before its state ("received her PhD, MS, and BA").
_DEGREE = re.compile(r"(?:Ph|Sc|Ed|Eng)D|DPhil|M(?:Sc|Eng|Phil|BA|A|S)|B(?:Sc|Eng|A|S)")


# The US states' codes that are countries' codes too (Israel, Germany, India...): "(Technion, IL)" may be either.
_COUNTRY_TOO = frozenset(re.findall(r"\w+", "AL AR AS CA CO DE GA GU ID IL IN KY LA MA MD ME MN MO MP MS MT NC NE "
                                               "PA PR SC SD TN VA VI"))  # fmt: skip


def _bracketed_code(text: str, found: re.Match[str]) -> bool:
    """"Ann Lee (Technion, IL)", "(GESIS, DE)": where someone works and its country's code, in brackets opened on
    the line before the place and closed right after the code; no US state's city. A code no country has ("(Dallas,
    TX)", a past edition's place) is the state's."""
    line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
    return found.group(2) in _COUNTRY_TOO and text[found.end(2) : found.end(2) + 1] == ")" \
        and line.rfind("(") > line.rfind(")")  # fmt: skip


# A table's label cell before the city, their words run together: "Location | Pittsburgh, PA".
_LABEL_WORD = re.compile(r"^(?:Location|Venue|Place|Where|City|Address)\s+(?=\S)")


# A sentence saying where the workshop is ("will take place in Gothenburg", "is held at ICML in Vienna"), which
# names its city before any other line of the page ("see FOSD 2017 in Darmstadt").
_HELD = re.compile(r"\b(?:takes?\s+place|will\s+take\s+place|took\s+place|(?:will\s+be|is|are|was)\s+held"
                   r"|(?:will\s+be|is)\s+(?:hosted|co-?located))\b[^.\n]{0,120}", re.IGNORECASE)


def city_in(text: str) -> tuple[str, str] | None:
    """The conference city, first in a sentence saying where the workshop takes place, else anywhere: "in
    Vancouver", "at ICML in Hawaii", "Vancouver, Canada", "Vancouver, BC, Canada", "Toronto, ON M5V 2W6", a banner's
    "Singapore · September 28"; not "University of Washington", nor one of the cities a zone is labelled with
    ("(GMT +8:00) Beijing, Perth, Singapore")."""
    for said in _HELD.finditer(text):
        if found := _city_in(said.group(0)):
            return found
    return _city_in(text)


def _city_in(text: str) -> tuple[str, str] | None:
    """``city_in`` of one text, the first city it names."""
    # "Rio de Janeiro", on one line: "Ann Lee, ETH Zurich<br>Bo Wu, Technical University" names no city "Zurich Bo Wu"
    name = r"([A-Z][^\W\d_]+(?:[^\S\n]+(?:(?:de|da|do|del|di|la|le)[^\S\n]+)?[A-Z][^\W\d_]+){0,2})"
    # "Amherst, MA"; not "MS.c", nor "Assistant Professor, UT Austin", where the letters begin a name
    for found in re.finditer(rf"{name},\s+([A-Z]{{2}})\b(?!\.?\w)(?!\s+[A-Z][a-z])", text):
        if found.group(2) in US_STATE_ZONES and not city_zone(found.group(1)) and not _INSTITUTION.search(found[1]) \
                and not _DEGREE.fullmatch(found.group(1)) and not _bracketed_code(text, found):  # fmt: skip
            # "her PhD, MS, and BA degrees": no city; "Ann Lee (Technion, IL)": where she works, and its country
            return US_STATE_ZONES[found.group(2)], _LABEL_WORD.sub("", found.group(1))  # "Location Pittsburgh, PA"
    # the country is looked ahead for, not taken: "Event Center, Rio de Janeiro, Brazil" tries the city after the hall;
    # a city written after a day ("on May 11, Vienna") counts where it comes, like one after "in"
    # "Vancouver, Canada", "Vancouver, BC, Canada", "Toronto, ON M5V 2W6" (a province, then its postcode)
    country = r"(?=(?:[A-Z][a-z]+|USA|US|UK|UAE)\b|[A-Z]{2},|[A-Z]{2}\s+[A-Z]\d[A-Z]\b)"
    for found in re.finditer(rf"\b(?:in|at)\s+(?:the\s+)?{name}|{name},\s+{country}|{DAY_WRITTEN},\s+{name}"
                             rf"|{name}{_DOT}{DAY_WRITTEN}", text):  # fmt: skip
        group = next(i for i in (1, 2, 3, 4) if found.group(i))
        words = _LABEL_WORD.sub("", found.group(group))  # "Location Pittsburgh"
        if group == 4:  # "... and Deployment Singapore · September 28": the banner's line before runs into the city
            tails = [" ".join(words.split()[i:]) for i in range(len(words.split()))]
            words = next((t for t in tails if (known := city_zone(t)) and t.startswith(known[1])), words)
        before = text[max(0, found.start() - 14) : found.start()]
        end = found.end(group)
        if (other := _OR_CITY.match(text, end)) and city_zone(other.group(1)):
            continue  # "Atlanta, Sydney, or Paris": one of several, not yet the city
        if group in (1, 2) and not city_zone(words) and not _INSTITUTION.search(f"{before} {words}") \
                and not re.search(r"[-\w]$", text[: found.start(group)]) \
                and (nation := _NATION.match(text, end)) and (one := _one_zone(nation.group(1))):
            return one, words  # "Malmö, Sweden", "Huntsville, Ontario": a city not known, in a country of one zone
        if not _INSTITUTION.search(f"{before} {words}") and (zone := city_zone(words)):
            if not words.lower().startswith(zone[1].lower()):
                continue  # "UT Austin", "UC Davis": a university's short name
            then = _NEXT_PLACE.match(text, end)
            if _island_begins_a_name(zone, words):  # "at Palau Robert, Barcelona": a hall's name, then the city
                if then and (after := city_zone(then.group(1))) and not _island_begins_a_name(after, then.group(1)):
                    return after
                continue
            if then and (other_city := city_zone(then.group(1))) and other_city[0] != zone[0]:  # not "Honolulu, Hawaii"
                continue  # "(GMT +8:00) Beijing, Perth, Singapore, Hong Kong": a zone's cities, no venue
            if not _PARTICLE_ON.match(words[len(zone[1]) :]):
                return zone
            # "Santiago de Compostela, Spain": a longer place than the city known by its first word, in its country
            nation = re.match(r",\s+([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)", text[end:])
            if nation and (one := COUNTRY_ZONES.get(nation.group(1).lower())):
                return one, words
    return None


def _one_zone(place: str) -> str | None:
    """The zone of a country of one zone ("Sweden"), or the one most of a province or state keeps ("Ontario")."""
    return COUNTRY_ZONES.get(place.lower()) or REGION_ZONES.get(place.lower())


# The zones of islands and small territories, whose names (``Palau``, ``Jersey``, ``Christmas``) begin the names of
# halls, people and other cities ("Palau Robert", "Jersey City"), which no workshop's city is.
_ISLANDS = re.compile(r"(?:Pacific|Atlantic|Indian)/|Europe/(?:Jersey|Guernsey|Isle_of_Man)$")


def _island_begins_a_name(zone: tuple[str, str], words: str) -> bool:
    """Whether ``words`` go on past the name of an island the table of conference cities does not hold, as a
    longer name does ("Palau Robert")."""
    rest = words[len(zone[1]) :].split()
    return bool(rest and rest[0][:1].isupper() and _ISLANDS.match(zone[0]) and zone[1].lower() not in CITY_ZONES)


# The country after a city, the place's last words: "Malmö, Sweden", "Malmö, Sweden." (not "Lund, Sweden and ..."),
# or the words before the days it is held ("took place in Bielefeld, Germany from September 3-5", "..., Germany on
# Monday, 3 May"; not "Germany from 2015 to 2018", the years of a career).
_MONTH_AHEAD = (r"(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")  # a day then its month
_NATION = re.compile(rf",\s+([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)(?=\s*(?:[.,;)<|]|$)|\s+(?:from|on|between)\s+"
                     rf"{_MONTH_AHEAD})", re.MULTILINE)


_PARTICLE_ON = re.compile(r"\s+(?:de|da|do|del|di|la|le)\s")  # "Santiago| de Compostela": the name goes on


def where_said(page: JekyllPage, said: str) -> str:
    """The file:line of the first line of ``page`` (its layouts' header and footer first) that says ``said``."""
    for where, text in page.aside:
        if said in text:
            return where
    index = next((i for i, line in enumerate(page.body.splitlines()) if said in line), 0)
    return page.where(index)


def venue_zone(texts: list[tuple[str, str]], zone: Zone, day: dt.date | None, notes: list[Note]) -> Zone:
    """A zone read from an offset alone (``Time (GMT+2)``: Etc/GMT-2) is the zone of the place a line by the
    schedule says the workshop is at (``Location: Magazzini del Cotone, Genoa, Italy``: a city known, or a country of
    one zone the place ends with) when its clock has that offset on the day; else the zone as read."""
    if not zone.name.startswith("Etc/"):
        return zone
    for text, where in texts:
        if not (place := LOCATION.search(text)):
            continue
        country = re.search(r",\s*([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\s*[.)]?\s*$", place.group(1))
        near = city_zone(place.group(1))
        if country and not near and (one := COUNTRY_ZONES.get(country.group(1).lower())):
            near = (one, country.group(1))
        if near and offset_hours(near[0], day) == offset_hours(zone.name, day):
            notes.append(Note(where, f"time zone {near[0]} read from '{zone.said}' and the venue's place, {near[1]}, "
                              "named beside the schedule", guess=True))  # fmt: skip
            return Zone(near[0], f"{zone.said} in {near[1]}", zone.label)
    return zone


# The keys a site's configuration gives its clock's zone under: Jekyll's own `timezone: Europe/Vienna`, and a
# conference theme's `conference: tz: "+02:00"` (jekyll-theme-conference), an IANA name or an offset from UTC.
# The event's zone a theme's settings give; not Jekyll's own `timezone:`, the zone its build stamps posts in (often a
# template's America/New_York), which says nothing of where the workshop is.
_ZONE_KEYS = ("conference.tz", "conference.timezone", "event.timezone", "event.tz")
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?([0-5]\d))?$", re.IGNORECASE)
# A venue page: its title, or the layout that shows a place (jekyll-theme-conference's `layout: location`).
_VENUE_TITLES = re.compile(r"^\s*(?:the\s+)?(?:venue|location|place|getting\s+there)s?\b", re.IGNORECASE)


def _configured(site: JekyllSite) -> tuple[str, str] | None:
    """The zone the site's configuration names, as written, and its key."""
    for key in _ZONE_KEYS:
        value: object = site.config
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip():
            return value.strip(), key
    return None


def _venue_place(pages: list[JekyllPage]) -> tuple[tuple[str, str], str] | None:
    """The zone and city of the place a venue page gives (``postal_address: locality: Malmö`` in its front matter,
    or a city its words name), and where."""
    for page in pages:
        address = page.meta.get("postal_address")
        said = " ".join(str(v) for v in address.values() if v) if isinstance(address, dict) else ""
        if not said and (_VENUE_TITLES.match(plain(str(page.meta.get("title") or ""))) or
                         page.meta.get("layout") == "location"):
            said = plain(page.body)
        if said and (near := city_zone(said)):
            return near, f"{page.rel}:1"
    return None


def configured_zone(site: JekyllSite, pages: list[JekyllPage], day: dt.date | None, notes: list[Note]) -> Zone | None:
    """A schedule that names no zone, on a site whose home page names no city: the zone of the place a venue page
    gives, when the zone the site's configuration names (``conference: tz: "+02:00"``) has its offset on the day (the
    day unknown: at some time of the year), or when it names none; else the configured zone itself, an offset alone
    a fixed one (Etc/GMT-2)."""
    place = _venue_place(pages)
    configured = _configured(site)
    zone: Zone | None = None
    if configured and configured[0] in available_timezones():
        zone = Zone(configured[0], configured[0], None)
    elif configured and (offset := _OFFSET.match(configured[0].replace(" ", ""))):
        hours = int(offset.group(2)) * (-1 if offset.group(1) == "-" else 1)
        if not offset.group(3) or offset.group(3) == "00":  # Etc/ names whole hours only: "+05:30" is none of them
            zone = Zone(f"Etc/GMT{-hours:+d}" if hours else "UTC", configured[0], None)
    if place and (zone is None or offset_hours(zone.name, day) <= offset_hours(place[0][0], day)):  # the day's, or one
        (name, city), where = place
        told = f" and the site's configuration ({configured[1]}: {configured[0]})" if zone and configured else ""
        notes.append(Note(where, f"the schedule names no time zone: wrote {name}, the zone of {city}, named on the "
                          f"venue's page{told}", guess=True))  # fmt: skip
        return Zone(name, f"{configured[0]} in {city}" if zone and configured else city, None)
    if zone is not None and configured:
        notes.append(Note(config_line(site.root, configured[1]), f"the schedule names no time zone: wrote {zone.name}, "
                          f"from the site's configuration ({configured[1]}: {configured[0]})", guess=True))  # fmt: skip
    return zone


# "Previous Workshops", "Past editions", "Former events": a heading over the list of the editions held before.
_PAST_EDITIONS = re.compile(r"\b(?:previous|past|former|earlier)\s+(?:\w+\s+)?(?:workshops?|editions?|events?|"
                            r"iterations?|meetings?|years?|conferences?|symposi(?:a|ums?))\b", re.IGNORECASE)


def without_past_editions(body: str) -> str:
    """A page's body without the sections under a heading over the editions held before ("Previous Workshops"
    over "PMBS22 ... (Dallas, TX)"), up to the next heading of its level or higher: the places they name were
    those editions', not this one's."""
    blocks = parse(body)
    said = body.split("\n")
    for number, block in enumerate(blocks):
        if block.kind != "heading" or block.in_html or not _PAST_EDITIONS.search(plain(block.text)):
            continue
        end = next((b.start for b in blocks[number + 1 :] if b.kind == "heading" and not b.in_html
                    and b.level <= block.level), len(said))  # fmt: skip
        said[block.start : end] = [""] * (end - block.start)
    return "\n".join(said)
