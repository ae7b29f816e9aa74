"""Hostile data: plain text comes out escaped everywhere, Markdown comes out sanitized, URLs are http(s) or mailto.

Data files may arrive in anyone's pull request. Each plain-text field gets
each payload (one build per payload); every Markdown field gets every
Markdown payload. The built pages are read with a real HTML parser, and the
calendars and JSON-LD with their own readers.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import icalendar
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import MINIMAL_CONFIG, build_site, write_tree
from PIL import Image

from mkdocs_esfomo.data import loader
from mkdocs_esfomo.errors import DataError

TEXT_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "</title><script>alert(1)</script><title>",
    "</textarea></style></script><svg onload=alert(1)>",
    "[x](javascript:alert(1)) *not emphasis*",
    "{{ 7*7 }} {% if true %}jinja{% endif %}",
    "<!-- esfomo/people { role: organizers } --> &lt;b&gt; &amp;",
    "Evil\nX-INJECTED:1\nBEGIN:VEVENT",
]

MARKDOWN_PAYLOADS = [
    "raw <script>alert(1)</script> html",
    "[click](javascript:alert(1))",
    '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x">',
    '[c](JaVaScRiPt:alert(1)) and <a href="jav&#x09;ascript:alert(1)">tab</a>',
    '<div onclick="alert(1)" style="position:fixed">overlay</div><style>body{display:none}</style>',
    "![pic](javascript:alert(1)) <svg onload=alert(1)><circle r=1 /></svg>",
    '<form action="https://evil.example"><input name="x" formaction="javascript:alert(1)"></form>',
    '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
    "[v](vbscript:msgbox(1)) <a href='  javascript:alert(1)'>spaced</a> <a href=\"file:///etc/passwd\">file</a>",
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    "<<script>script>alert(1)<</script>/script>",
]


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 120, 200)).save(out, "PNG")
    return out.getvalue()


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


INDEX = """\
<!-- esfomo/title -->

<!-- esfomo/banner -->

<!-- esfomo/announcements -->

<!-- esfomo/gist -->

<!-- esfomo/dates -->

<!-- esfomo/schedule -->

<!-- esfomo/people { role: speakers, layout: horizontal } -->

<!-- esfomo/people { role: organizers } -->

<!-- esfomo/people { role: panelists, layout: horizontal } -->

<!-- esfomo/topics -->

<!-- esfomo/papers -->

<!-- esfomo/sponsors -->

<!-- esfomo/editions -->
"""

FILES: dict[str, str | bytes] = {
    "mkdocs.yml": MINIMAL_CONFIG + "site_url: https://workshop.example.org/\n",
    "docs/index.md": INDEX,
    "docs/assets/ada.png": png(),
    "docs/assets/banner.png": png(),
    "docs/assets/logo.png": png(),
}


def text_site(payload: str) -> tuple[dict[str, str | bytes], dict[str, str]]:
    """A site with ``payload`` in every plain-text field; also the value of each field, by name."""
    fields: dict[str, str] = {}

    def t(name: str) -> str:
        fields[name] = f"F{len(fields):02d} {payload}"
        return fields[name]

    people = {
        "ada": {"name": t("person name"), "affiliation": t("affiliation"), "url": "https://example.org/ada",
                "photo": "assets/ada.png", "bio": "Works on *kernels*."},
        "bob": {"name": t("person name (no photo)"), "affiliation": t("affiliation (no photo)")},
    }
    edition = {
        "name": t("edition name"),
        "title": t("edition title"),
        "subtitle": "A *workshop*",
        "summary": "What it is.",
        "tagline": t("tagline"),
        "conference": {"name": t("conference name"), "url": "https://conf.example.org/"},
        "date": "2025-07-18",
        "timezone": "Europe/Vienna",
        "timezone_label": t("timezone label"),
        "location": {"city": t("city"), "venue": t("venue"), "room": t("room"), "map": "https://maps.example.org/"},
        "contact": "chairs@example.org",
        "banner": {"image": "assets/banner.png", "alt": t("banner alt")},
        "links": {t("link name"): "https://example.org/link"},
        "announcements": [{"text": "Hello"}],
        "dates": [{"name": t("date name"), "at": "2099-05-27", "was": "2099-05-20", "note": t("date note")},
                  {"name": t("deadline with time"), "at": "2099-06-01 12:00", "tz": "UTC"}],
        "topics": [{"group": t("topic group"), "items": [t("topic item")]}],
        "organizers": ["ada", "bob"],
        "speakers": [{"id": "bob", "affiliation": t("override affiliation")},
                     {"name": t("one-off name"), "affiliation": t("one-off affiliation")}],
        "panelists": ["ada"],
        "sponsors": [{"name": t("sponsor name (logo alt)"), "url": "https://sponsor.example.org/",
                      "logo": "assets/logo.png", "tier": t("sponsor tier")},
                     {"name": t("sponsor name")}],
        "schedule": [
            {"time": "9:00", "kind": "keynote", "label": t("item label"), "title": t("item title"),
             "speakers": ["ada"], "links": {t("item link name"): "https://example.org/slides"}, "emoji": t("emoji")},
            {"session": t("session name"), "emoji": t("session emoji"),
             "items": [{"time": "10:00", "kind": "oral", "paper": "p1"}]},
            {"time": "11:00", "kind": "break", "title": t("break title")},
        ],
        "papers": [{"id": "p1", "title": t("paper title"), "authors": [t("paper author"), t("paper author 2")],
                    "kind": "oral", "url": "https://example.org/p1", "award": t("award")},
                   {"title": t("poster title"), "authors": t("poster authors")}],
    }
    past = {"name": t("past edition name"), "date": "2024-07-27", "conference": {"name": t("past conference")}}
    files = {**FILES, "docs/_data/people.yml": dump(people), "docs/_data/editions/2025.yml": dump(edition),
             "docs/_data/editions/2024.yml": dump(past)}
    return files, fields


def markdown_site() -> dict[str, str | bytes]:
    """Every Markdown payload in every Markdown field."""
    joined = " ".join(MARKDOWN_PAYLOADS)
    people = {f"p{i}": {"name": f"Person {i}", "bio": payload} for i, payload in enumerate(MARKDOWN_PAYLOADS)}
    edition = {
        "name": "Markdown I",
        "subtitle": joined,
        "summary": joined,
        "date": "2025-07-18",
        "timezone": "Europe/Vienna",
        "announcements": [{"text": payload} for payload in MARKDOWN_PAYLOADS],
        "speakers": list(people),
        "panelists": list(people),
        "schedule": [{"time": f"{9 + i}:00", "title": f"Talk {i}", "abstract": payload}
                     for i, payload in enumerate(MARKDOWN_PAYLOADS)],
    }
    return {**FILES, "docs/_data/people.yml": dump(people), "docs/_data/editions/2025.yml": dump(edition)}


# -- what a page must never hold --

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "cite")
DANGEROUS_TAGS = ("iframe", "object", "embed", "frame", "frameset", "applet", "base", "form", "input", "style",
                  "math", "textarea")
SAFE_SCHEMES = {"http", "https", "mailto"}


def scheme(url: str) -> str | None:
    # Browsers drop ASCII whitespace and control characters before reading the scheme.
    cleaned = re.sub(r"[\x00-\x20]", "", url).lower()
    match = re.match(r"^([a-z][a-z0-9+.-]*):", cleaned)
    return match.group(1) if match else None


def dangers(page: BeautifulSoup, baseline: Counter[str], inline_scripts: set[str]) -> list[str]:
    """Everything on the page that data could have made unsafe."""
    found = []
    for tag in page.find_all(True):
        for name, value in tag.attrs.items():
            if name.lower().startswith("on"):
                found.append(f"<{tag.name} {name}=...>")
            values = value if isinstance(value, list) else [value]
            if name.lower() in URL_ATTRIBUTES and any(scheme(v) not in (None, *SAFE_SCHEMES) for v in values):
                found.append(f"<{tag.name} {name}={value!r}>")
            if name.lower() == "srcset" and any(scheme(part.split()[0]) for part in value.split(",") if part.strip()):
                found.append(f"<{tag.name} srcset={value!r}>")
            if name.lower() == "style" and "position" in str(value):
                found.append(f"<{tag.name} style={value!r}>")
        if tag.name == "img" and tag.get("src") == "x":
            found.append("<img src=x>")
        if tag.name == "meta" and tag.get("http-equiv"):
            found.append("<meta http-equiv>")
    for script in page.find_all("script"):
        kind, text, src = script.get("type"), script.string or "", script.get("src")
        if src is not None:
            if scheme(src) or "alert" in src:
                found.append(f"<script src={src!r}>")
        elif kind in ("application/ld+json", "application/json"):  # ours, and Material's configuration
            if "<" in text:
                found.append(f"{kind} with a raw '<'")
            json.loads(text)
        elif text not in inline_scripts:
            found.append(f"<script>{text[:60]}")
    counts = Counter(tag.name for tag in page.find_all(DANGEROUS_TAGS))
    found += [f"{n} more <{name}>" for name, n in (counts - baseline).items()]
    return found


def pages(site: Path) -> dict[str, BeautifulSoup]:
    return {p.relative_to(site).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "lxml")
            for p in sorted(site.rglob("*.html"))}


def observable(site: Path) -> str:
    """All a reader, a search engine or a calendar sees: text, attribute values, JSON-LD and .ics values."""
    seen: list[str] = []
    for page in pages(site).values():
        seen.append(page.get_text())
        seen += [v for tag in page.find_all(True) for value in tag.attrs.values()
                 for v in (value if isinstance(value, list) else [value])]
        for script in page.find_all("script", type="application/ld+json"):
            seen += json_strings(json.loads(script.string or ""))
    for ics in site.rglob("*.ics"):
        for component in icalendar.Calendar.from_ical(ics.read_bytes()).walk():
            seen += [str(value) for value in component.values()]
    return "\n\0".join(seen)


def json_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Counter[str], set[str]]:
    """The same site with harmless text: Material's own inline scripts and tags."""
    root = tmp_path_factory.mktemp("benign")
    files, _ = text_site("plain words")
    write_tree(root, files)
    site = build_site(root)
    counts: Counter[str] = Counter()
    scripts: set[str] = set()
    for page in pages(site).values():
        counts |= Counter(tag.name for tag in page.find_all(DANGEROUS_TAGS))
        scripts |= {s.string or "" for s in page.find_all("script") if not s.get("src") and not s.get("type")}
    return counts, scripts


COUNTS: dict[str, int] = Counter()


@pytest.mark.parametrize("payload", TEXT_PAYLOADS, ids=range(len(TEXT_PAYLOADS)))
def test_plain_text_is_escaped_everywhere(
    payload: str, tmp_path: Path, baseline: tuple[Counter[str], set[str]]
) -> None:
    files, fields = text_site(payload)
    write_tree(tmp_path, files)
    site = build_site(tmp_path)
    counts, scripts = baseline
    built = pages(site)
    assert "index.html" in built and "2024/index.html" in built
    problems = {name: dangers(page, counts, scripts) for name, page in built.items()}
    assert {name: found for name, found in problems.items() if found} == {}
    # Escaped, not dropped: every field's text is there as written, and Jinja did not run it.
    seen = " ".join(observable(site).split())
    missing = [name for name, value in fields.items() if " ".join(value.split()) not in seen]
    assert missing == []
    assert not re.search(r"F\d\d 49", seen)  # {{ 7*7 }} was not evaluated
    for ics in site.rglob("*.ics"):
        unfolded = ics.read_bytes().decode("utf-8").replace("\r\n ", "")
        assert not re.search(r"^X-INJECTED", unfolded, re.MULTILINE)
        begins = re.findall(r"^BEGIN:VEVENT\r?$", unfolded, re.MULTILINE)
        events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
        assert len(begins) == len(re.findall(r"^END:VEVENT\r?$", unfolded, re.MULTILINE)) == len(events) > 0
    COUNTS["text tried"] += len(fields)
    COUNTS["text neutralised"] += len(fields)
    COUNTS["ics files"] += len(list(site.rglob("*.ics")))
    COUNTS["json-ld"] += sum(len(p.find_all("script", type="application/ld+json")) for p in built.values())


MARKDOWN_FIELDS = ("subtitle", "summary", "announcements[].text", "bio", "abstract")


def test_markdown_is_rendered_then_sanitized(tmp_path: Path, baseline: tuple[Counter[str], set[str]]) -> None:
    write_tree(tmp_path, markdown_site())
    site = build_site(tmp_path)
    counts, scripts = baseline
    built = pages(site)
    problems = {name: dangers(page, counts, scripts) for name, page in built.items()}
    assert {name: found for name, found in problems.items() if found} == {}
    home = built["index.html"]
    # Rendered: Markdown and harmless HTML still do their job.
    assert home.select_one(".esfomo-subtitle a[href='https://ok.example']").get_text() == "ok"
    assert "overlay" in home.select_one(".esfomo-announcements").get_text()
    abstracts = home.select(".esfomo-abstract")
    assert len(abstracts) == len(MARKDOWN_PAYLOADS)
    assert abstracts[0].get_text().strip().startswith("Abstract")
    # Links that survived sanitizing carry no trust.
    for link in home.select(".esfomo-announcements a, .esfomo-abstract a, .esfomo-subtitle a"):
        assert scheme(link.get("href", "")) in SAFE_SCHEMES | {None}
        assert "nofollow" in link.get("rel", [])
    # Bios in cards are plain text.
    bios = home.select(".esfomo-card__bio")
    assert bios and all(not bio.find(True) for bio in bios)
    # The meta description (from the summary) is text, not markup.
    description = home.select_one("meta[name=description]")["content"]
    assert "<script" not in description and "onerror" not in description
    COUNTS["markdown tried"] += len(MARKDOWN_PAYLOADS) * len(MARKDOWN_FIELDS)
    COUNTS["markdown neutralised"] += len(MARKDOWN_PAYLOADS) * len(MARKDOWN_FIELDS)


# -- URLs: http(s) or mailto, else a located error --

BAD_URLS = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://files.example.org/x",
    "file:///etc/passwd",
    "//evil.example/x",
    "example.org",
    "https://",
    'https://x.org/" onmouseover="alert(1)',
    "https://x.org/<script>",
    "mailto:",
]

# (file, YAML path to the URL, how to put a URL there)
URL_FIELDS = {
    "people url": ("people", "ada.url"),
    "ref url": ("edition", "speakers[0].url"),
    "conference url": ("edition", "conference.url"),
    "location map": ("edition", "location.map"),
    "links": ("edition", "links.submission"),
    "sponsor url": ("edition", "sponsors[0].url"),
    "item link": ("edition", "schedule[0].link"),
    "item links": ("edition", "schedule[0].links.slides"),
    "paper url": ("edition", "papers[0].url"),
    "paper pdf": ("edition", "papers[0].pdf"),
    "paper openreview": ("edition", "papers[0].openreview"),
}


def url_data(field: str, url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    people: dict[str, Any] = {"ada": {"name": "Ada", "url": "https://example.org/ada"}}
    edition: dict[str, Any] = {
        "name": "Links I", "date": "2025-07-18", "timezone": "UTC",
        "conference": {"name": "Conf", "url": "https://conf.example.org"},
        "location": {"city": "Vienna", "map": "https://maps.example.org"},
        "links": {"submission": "https://example.org/submit"},
        "speakers": [{"id": "ada", "url": "https://example.org/a"}],
        "sponsors": [{"name": "Acme", "url": "https://acme.example.org"}],
        "schedule": [{"time": "9:00", "title": "Talk", "link": "https://example.org/t",
                      "links": {"slides": "https://example.org/s"}}],
        "papers": [{"id": "p1", "title": "P", "url": "https://example.org/p", "pdf": "https://example.org/p.pdf",
                    "openreview": "https://openreview.net/forum?id=x"}],
    }
    which, path = URL_FIELDS[field]
    target: Any = people if which == "people" else edition
    parts = [int(p) if p.isdigit() else p for p in re.split(r"[.\[\]]+", path) if p]
    for part in parts[:-1]:
        target = target[part]
    target[parts[-1]] = url
    return people, edition


def test_every_url_field_accepts_web_and_mail_addresses(tmp_path: Path) -> None:
    for field in URL_FIELDS:
        for url in ("https://example.org/a?b=c#d", "http://example.org", "mailto:chairs@example.org"):
            people, edition = url_data(field, url)
            write_tree(tmp_path, {"docs/_data/people.yml": dump(people), "docs/_data/editions/2025.yml": dump(edition)})
            loader.load(tmp_path / "docs")


@pytest.mark.parametrize("field", URL_FIELDS)
def test_every_url_field_refuses_other_schemes_with_a_located_error(field: str, tmp_path: Path) -> None:
    which, path = URL_FIELDS[field]
    shown = "docs/_data/people.yml" if which == "people" else "docs/_data/editions/2025.yml"
    for url in BAD_URLS:
        people, edition = url_data(field, url)
        write_tree(tmp_path, {"docs/_data/people.yml": dump(people), "docs/_data/editions/2025.yml": dump(edition)})
        with pytest.raises(DataError) as caught:
            loader.load(tmp_path / "docs", shown_root=tmp_path)
        [problem] = caught.value.problems
        assert (problem.path, problem.field) == (shown, path)
        assert re.match(rf"^{re.escape(shown)}:\d+:\d+: {re.escape(path)}: '.*' is not a web address", str(problem))
        COUNTS["urls tried"] += 1
        COUNTS["urls refused"] += 1


def test_report_counts() -> None:
    """Runs last in this module: what was tried, and what was neutralised."""
    print(f"\nhostile: {dict(COUNTS)}")
    assert COUNTS["text neutralised"] == COUNTS["text tried"]
    assert COUNTS["markdown neutralised"] == COUNTS["markdown tried"]
    assert COUNTS["urls refused"] == COUNTS["urls tried"]
