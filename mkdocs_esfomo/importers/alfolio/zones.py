"""Time zones as workshop pages write them: abbreviations, zones in words, cities, countries and regions, and
the offsets a page gives beside its times."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, available_timezones

from ... import values

_ZONE_WORDS = ("UTC", "GMT", "AOE")  # zones find_zone reads beside the abbreviations
_ZONE_TAIL = re.compile(r"\s*\(?\s*([A-Z]{2,5}(?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?)\s*\)?\s*$")


def zone_after(text: str) -> tuple[int, str] | None:
    """``2:00 PM - 2:45 PM (UTC)``, ``9:00-9:30 CEST``, ``10:00 GMT+2``: a zone written after a time, by its letters
    (with an offset from UTC or GMT): where it starts in ``text``, and the zone as written."""
    found = _ZONE_TAIL.search(text)
    if not found or not re.search(r"\d\s*(?:[ap]\.?m\.?)?$", text[: found.start()], re.IGNORECASE):
        return None
    said = found.group(1)
    letters = said.split("+")[0].split("-")[0].split("−")[0].strip()
    if said == letters and (letters in ABBREVIATIONS or letters in _ZONE_WORDS):
        return found.start(), said
    return (found.start(), said) if said != letters and letters in ("UTC", "GMT") else None


ABBREVIATIONS = {**values.ABBREVIATIONS, **values.FIXED_ZONES, **values.REGION_ZONES}
NAMED_ZONES = (  # zones written out in words, the longest first
    ("hawaii-aleutian", "Pacific/Honolulu"),
    ("hawaii", "Pacific/Honolulu"),
    ("pacific", "America/Los_Angeles"),
    ("mountain", "America/Denver"),
    ("central european", "Europe/Paris"),
    ("central", "America/Chicago"),
    ("eastern european", "Europe/Athens"),
    ("eastern", "America/New_York"),
    ("western european", "Europe/Lisbon"),
    ("british summer", "Europe/London"),
    ("gulf", "Asia/Dubai"),
    ("arabia", "Asia/Riyadh"),
    ("india", "Asia/Kolkata"),
    ("japan", "Asia/Tokyo"),
    ("korea", "Asia/Seoul"),
    ("singapore", "Asia/Singapore"),
    ("china", "Asia/Shanghai"),
    # countries of one zone that host conferences: "(based on Italy time zone)"
    ("italy", "Europe/Rome"),
    ("italian", "Europe/Rome"),
    ("france", "Europe/Paris"),
    ("germany", "Europe/Berlin"),
    ("austria", "Europe/Vienna"),
    ("switzerland", "Europe/Zurich"),
    ("netherlands", "Europe/Amsterdam"),
    ("belgium", "Europe/Brussels"),
    ("ireland", "Europe/Dublin"),
    ("uk", "Europe/London"),
    ("greece", "Europe/Athens"),
    ("israel", "Asia/Jerusalem"),
    ("hong kong", "Asia/Hong_Kong"),
    ("taiwan", "Asia/Taipei"),
    ("thailand", "Asia/Bangkok"),
    ("vietnam", "Asia/Ho_Chi_Minh"),
    ("new zealand", "Pacific/Auckland"),
)
CITY_ZONES = {  # cities that host conferences but name no IANA zone of their own
    "montreal": "America/Toronto", "montréal": "America/Toronto", "ottawa": "America/Toronto",
    "miami": "America/New_York", "boston": "America/New_York", "washington": "America/New_York",
    "philadelphia": "America/New_York", "atlanta": "America/New_York", "seattle": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles", "san diego": "America/Los_Angeles", "long beach": "America/Los_Angeles",
    "new orleans": "America/Chicago", "austin": "America/Chicago", "houston": "America/Chicago",
    "honolulu": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu", "baltimore": "America/New_York",
    "munich": "Europe/Berlin", "milan": "Europe/Rome", "barcelona": "Europe/Madrid", "florence": "Europe/Rome",
    "kyoto": "Asia/Tokyo", "abu dhabi": "Asia/Dubai", "seoul": "Asia/Seoul", "vancouver": "America/Vancouver",
    "rio de janeiro": "America/Sao_Paulo", "nashville": "America/Chicago", "minneapolis": "America/Chicago",
    "st louis": "America/Chicago", "salt lake city": "America/Denver", "pittsburgh": "America/New_York",
    "orlando": "America/New_York", "pasadena": "America/Los_Angeles", "quebec city": "America/Toronto",
    "calgary": "America/Edmonton", "punta cana": "America/Santo_Domingo", "edinburgh": "Europe/London",
    "malmö": "Europe/Stockholm", "malmo": "Europe/Stockholm",
    "glasgow": "Europe/London", "manchester": "Europe/London", "marseille": "Europe/Paris", "lyon": "Europe/Paris",
    "rotterdam": "Europe/Amsterdam", "geneva": "Europe/Zurich", "lausanne": "Europe/Zurich", "lugano": "Europe/Zurich",
    "hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin", "cologne": "Europe/Berlin", "stuttgart": "Europe/Berlin",
    "krakow": "Europe/Warsaw", "porto": "Europe/Lisbon", "seville": "Europe/Madrid", "sevilla": "Europe/Madrid",
    "bilbao": "Europe/Madrid", "turin": "Europe/Rome", "naples": "Europe/Rome", "venice": "Europe/Rome",
    "bologna": "Europe/Rome", "haifa": "Asia/Jerusalem", "doha": "Asia/Qatar", "cape town": "Africa/Johannesburg",
    "mumbai": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata", "chennai": "Asia/Kolkata", "hanoi": "Asia/Bangkok",
    "bali": "Asia/Makassar", "beijing": "Asia/Shanghai", "shenzhen": "Asia/Shanghai", "hangzhou": "Asia/Shanghai",
    "suzhou": "Asia/Shanghai", "guangzhou": "Asia/Shanghai", "chengdu": "Asia/Shanghai", "osaka": "Asia/Tokyo",
    "yokohama": "Asia/Tokyo", "nagoya": "Asia/Tokyo", "busan": "Asia/Seoul", "daejeon": "Asia/Seoul",
    "jeju": "Asia/Seoul", "incheon": "Asia/Seoul", "wellington": "Pacific/Auckland", "gold coast": "Australia/Brisbane",
    # university towns of Germany that host schools and workshops
    "tübingen": "Europe/Berlin", "tuebingen": "Europe/Berlin", "heidelberg": "Europe/Berlin",
    "freiburg": "Europe/Berlin", "darmstadt": "Europe/Berlin", "osnabrück": "Europe/Berlin",
    "göttingen": "Europe/Berlin", "karlsruhe": "Europe/Berlin", "saarbrücken": "Europe/Berlin",
    "aachen": "Europe/Berlin", "bonn": "Europe/Berlin", "dresden": "Europe/Berlin", "leipzig": "Europe/Berlin",
    "mannheim": "Europe/Berlin", "potsdam": "Europe/Berlin",
}  # fmt: skip


COUNTRY_ZONES = {  # countries of one zone (or one on the mainland) that host conferences, as a place ends: "…, Spain"
    "spain": "Europe/Madrid", "portugal": "Europe/Lisbon", "france": "Europe/Paris", "italy": "Europe/Rome",
    "germany": "Europe/Berlin", "austria": "Europe/Vienna", "switzerland": "Europe/Zurich",
    "netherlands": "Europe/Amsterdam", "the netherlands": "Europe/Amsterdam", "belgium": "Europe/Brussels",
    "ireland": "Europe/Dublin", "uk": "Europe/London", "united kingdom": "Europe/London", "greece": "Europe/Athens",
    "denmark": "Europe/Copenhagen", "sweden": "Europe/Stockholm", "norway": "Europe/Oslo", "finland": "Europe/Helsinki",
    "poland": "Europe/Warsaw", "czechia": "Europe/Prague", "hungary": "Europe/Budapest", "croatia": "Europe/Zagreb",
    "slovenia": "Europe/Ljubljana", "turkey": "Europe/Istanbul", "israel": "Asia/Jerusalem", "japan": "Asia/Tokyo",
    "korea": "Asia/Seoul", "south korea": "Asia/Seoul", "china": "Asia/Shanghai", "india": "Asia/Kolkata",
    "singapore": "Asia/Singapore", "taiwan": "Asia/Taipei", "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh",
    "uae": "Asia/Dubai", "qatar": "Asia/Qatar", "rwanda": "Africa/Kigali", "south africa": "Africa/Johannesburg",
    "new zealand": "Pacific/Auckland",
}  # fmt: skip


_EASTERN, _CENTRAL, _MOUNTAIN, _PACIFIC = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
_STATES = {  # "Amherst, MA": the zone most of each state keeps
    _EASTERN: "CT DC DE FL GA IN KY MA MD ME MI NC NH NJ NY OH PA RI SC VA VT WV",
    _CENTRAL: "AL AR IA IL KS LA MN MO MS ND NE OK SD TN TX WI",
    _MOUNTAIN: "CO ID MT NM UT WY",
    _PACIFIC: "CA NV OR WA",
    "America/Phoenix": "AZ",
    "America/Anchorage": "AK",
    "Pacific/Honolulu": "HI",
}
US_STATE_ZONES = {state: zone for zone, states in _STATES.items() for state in states.split()}
# Provinces and states written out after a town no list knows ("Huntsville, Ontario", "Ithaca, New York"): the zone
# most of each keeps, as for a country of one zone.
REGION_ZONES = {
    "ontario": "America/Toronto", "quebec": "America/Toronto", "québec": "America/Toronto",
    "british columbia": "America/Vancouver", "alberta": "America/Edmonton", "manitoba": "America/Winnipeg",
    "saskatchewan": "America/Regina", "nova scotia": "America/Halifax", "new brunswick": "America/Moncton",
    "new york": _EASTERN, "massachusetts": _EASTERN, "pennsylvania": _EASTERN, "new jersey": _EASTERN,
    "virginia": _EASTERN, "maryland": _EASTERN, "north carolina": _EASTERN, "ohio": _EASTERN,
    "michigan": _EASTERN, "connecticut": _EASTERN, "illinois": _CENTRAL, "texas": _CENTRAL, "minnesota": _CENTRAL,
    "wisconsin": _CENTRAL, "louisiana": _CENTRAL, "tennessee": _CENTRAL, "alabama": _CENTRAL, "colorado": _MOUNTAIN,
    "utah": _MOUNTAIN, "california": _PACIFIC, "washington state": _PACIFIC, "oregon": _PACIFIC,
    "arizona": "America/Phoenix",
}  # fmt: skip


class Zone(NamedTuple):
    name: str  # IANA, or UTC
    said: str  # the words it was read from
    label: str | None  # how the site names it ("PT"), for timezone_label


_REGION_WORDS = frozenset(("center", "central", "north", "south", "east", "west"))  # Australia/West, .../Center


_IANA = re.compile(r"\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_-]+"
                   r"(?:/[A-Z][A-Za-z_-]+)?")  # fmt: skip


@lru_cache(maxsize=1)
def _iana_cities() -> dict[str, str]:
    regions = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")  # not US/Pacific
    names = {n.rsplit("/", 1)[-1].replace("_", " ").lower(): n for n in available_timezones() if n.startswith(regions)}
    return {city: zone for city, zone in names.items() if city not in _REGION_WORDS}


# Cities as Chinese and Japanese pages write them, the words run together with the rest ("北京09:00", "北京时间").
CJK_CITY_ZONES = {
    "北京": "Asia/Shanghai", "上海": "Asia/Shanghai", "深圳": "Asia/Shanghai", "广州": "Asia/Shanghai",
    "杭州": "Asia/Shanghai", "苏州": "Asia/Shanghai", "南京": "Asia/Shanghai", "香港": "Asia/Hong_Kong",
    "台北": "Asia/Taipei", "东京": "Asia/Tokyo", "東京": "Asia/Tokyo", "京都": "Asia/Tokyo", "首尔": "Asia/Seoul",
    "新加坡": "Asia/Singapore", "巴黎": "Europe/Paris", "伦敦": "Europe/London", "纽约": "America/New_York",
}  # fmt: skip


# A time cell that says the row takes the whole day ("All day", "全天"): a row with no clock time.
def city_zone(text: str) -> tuple[str, str] | None:
    """The zone of a conference city named in ``text`` ("in Vancouver!", "北京"), and the city."""
    for city, zone in CJK_CITY_ZONES.items():
        if city in text:
            return zone, city
    lowered = " " + " ".join(re.findall(r"[^\W\d_]+", text.lower())) + " "
    known = {**_iana_cities(), **CITY_ZONES}
    for city in sorted(known, key=len, reverse=True):
        if len(city) > 3 and f" {city} " in lowered:
            said = re.search(r"\s+".join(map(re.escape, city.split())), text, re.IGNORECASE)
            return known[city], said.group(0) if said else city.title()
    return None


def offset_hours(zone: str, day: dt.date | None) -> set[float]:
    days = [day] if day else [dt.date(2001, 1, 15), dt.date(2001, 7, 15)]
    tz = ZoneInfo(zone) if zone != "UTC" else dt.timezone.utc
    return {
        (dt.datetime.combine(d, dt.time(12), tz).utcoffset() or dt.timedelta()).total_seconds() / 3600 for d in days
    }


# Times said to be a city's: "local times in Singapore", "all times are in Vienna".
_CITY_TIME = re.compile(r"\btimes?\b[^.\n]{0,40}?\bin\s+([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)"
                        r"|\b([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\s+local\s+times?\b")  # "Vancouver local time"


def find_zone(text: str, day: dt.date | None, city: str | tuple[str, str] | None) -> Zone | None:
    """The zone a schedule's header or a sentence names: "Time (HST)", "Pacific Time (GMT-7)", "(CET)", "UTC+2".

    A city where the workshop takes place (its name, or its zone and name when already known, as for a city known
    by its country: "Graz, Austria") refines the zone when their offsets agree (PT in Vancouver is
    America/Vancouver, CEST in Graz Europe/Vienna); "GMT" and "UTC" alone are UTC, never London's summer time.
    """
    named = _IANA.search(text)  # "13:15 CEST (Europe/Stockholm time)": the zone by its own name
    if named and named.group(0) in _iana_cities().values():
        return Zone(named.group(0), named.group(0), None)
    said, zone, label = None, None, None
    offset = re.search(r"\b(?:UTC|GMT)\s*([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?", text)
    for word in re.findall(r"\b[A-Z]{2,5}\b", text):
        if word in ABBREVIATIONS:
            said, zone, label = word, ABBREVIATIONS[word], word
            break
    lowered = text.lower()
    for words, name in NAMED_ZONES:  # "China Standard Time (CST)": the words say which CST the letters are
        if found := re.search(rf"\b{words}\b[\w\s]{{0,20}}?\btime\b|\btimes?\s*\(\s*{words}\s*\)", lowered):
            if zone is None or not offset_hours(name, day) & offset_hours(zone, day):  # the letters another zone's
                said, zone, label = ", ".join(filter(None, [text[found.start() : found.end()], label])), name, None
            break
    wanted = None
    if offset:
        sign = -1 if offset.group(1) in "-−–" else 1
        hours = sign * (int(offset.group(2)) + int(offset.group(3) or 0) / 60)
        wanted, said = {hours}, (said + ", " if said else "") + offset.group(0)
        if label in values.REGION_ZONES and zone and wanted < offset_hours(zone, None) \
                and not wanted & offset_hours(zone, day):  # fmt: skip
            wanted = offset_hours(zone, day)  # "CET, GMT+1" on a summer day: the region's clock, by its winter name
    elif zone:
        wanted = offset_hours(zone, day)
    if zone is None and wanted is None:
        local = re.search(r"\btimes?\s*\(([^()]+)\)", text, re.IGNORECASE)  # "Time (New Orleans)": its clock
        if local and (near := city_zone(local.group(1))) and len(local.group(1).split()) <= 3:
            return Zone(near[0], local.group(0), None)
        if re.search(r"\b(?:UTC|GMT)\b", text):
            return Zone("UTC", "UTC" if "UTC" in text else "GMT", "UTC")
        if (local := _CITY_TIME.search(text)) and (near := city_zone(local.group(1) or local.group(2))):
            return Zone(near[0], local.group(0), None)  # "times shown are local times in Singapore"
        return None
    assert said is not None and wanted is not None
    near = city if isinstance(city, tuple) else city_zone(city) if city else None
    if near and offset_hours(near[0], day) & wanted:
        return Zone(near[0], f"{said} in {near[1]}", label)
    if zone and wanted & offset_hours(zone, day):
        return Zone(zone, said, label)
    hours = next(iter(wanted))
    if hours == int(hours):
        return Zone(f"Etc/GMT{-int(hours):+d}" if hours else "UTC", said, label)
    return None

