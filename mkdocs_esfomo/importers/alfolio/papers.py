"""The papers a page lists with jekyll-scholar's ``{% bibliography %}`` (al-folio's publications list, which
workshop sites use for their accepted papers), read from the site's BibTeX file as the data format's papers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bibtexparser
from bibtexparser.bibdatabase import BibDatabase
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode

from ... import paths
from .jekyll import JekyllPage, JekyllSite
from .report import Note
from .text import plain

_TAG = re.compile(r"\{%-?\s*bibliography\b(.*?)-?%\}")
# The fields al-folio adds to its entries to draw them (badges, buttons, previews): no part of a citation.
_DISPLAY_FIELDS = frozenset((
    "abbr", "bibtex_show", "preview", "selected", "html", "pdf", "code", "video", "poster", "slides", "website", "supp",
    "blog", "award", "award_name", "altmetric", "dimensions", "google_scholar_id", "inspirehep_id", "additional_info",
    "annotation", "arxiv",
))  # fmt: skip


@dataclass
class FoundPapers:
    papers: list[dict[str, Any]] = field(default_factory=list)
    shown: list[tuple[JekyllPage, int, str]] = field(default_factory=list)  # page, body line, the directive there
    notes: list[Note] = field(default_factory=list)

    @property
    def said(self) -> set[str]:
        """The lines whose tags are named here (and need no other word)."""
        return {note.where for note in self.notes}


def find_papers(site: JekyllSite, pages: list[JekyllPage]) -> FoundPapers:
    """Each ``{% bibliography %}`` of ``pages`` (``--file accepted`` or the configuration's file): its entries as
    papers, named in the report with their file; a file the site lacks, or al-folio's sample (Einstein's papers),
    named and not imported."""
    out = FoundPapers()
    said = site.config.get("scholar")
    scholar: dict[str, Any] = said if isinstance(said, dict) else {}
    for page in pages:
        source = site.root / page.rel
        lines = source.read_text(encoding="utf-8-sig", errors="replace").splitlines() if source.is_file() else []
        for number, line in enumerate(lines, 1):
            if tag := _TAG.search(line):
                _read_list(site, scholar, tag, (page, number, lines[: number - 1]), out)
    return out


def _read_list(site: JekyllSite, scholar: dict[str, Any], tag: re.Match[str],
               at: tuple[JekyllPage, int, list[str]], out: FoundPapers) -> None:  # fmt: skip
    """The papers of one tag (on the line ``at`` of its page, under the lines above it) added to ``out``."""
    page, number, above = at
    folder = str(scholar.get("source") or "_bibliography").strip("/") or "."
    name = _file_named(tag.group(1), scholar)
    rel = f"{folder}/{name if name.endswith('.bib') else name + '.bib'}"
    where, said = f"{page.rel}:{number}", f"'{tag.group(0)}'"
    entries = None if paths.outside(site.root / rel, site.root) else _entries(site.root / rel)
    if entries is None:
        out.notes.append(Note(where, f"{said}: {rel} is not in the site (or not BibTeX), so the papers it lists are "
                              "not imported"))  # fmt: skip
        return
    if any("einstein" in str(e.get("author", "")).lower() for e, _ in entries):
        out.notes.append(Note(where, f"{said}: {rel} is the theme's sample (Einstein's papers): not imported"))
        return
    kind, told = _kind(name, above)
    papers = [{**p, "kind": kind} if kind != "poster" else p for p in (_paper(*e) for e in entries) if p]
    known = {p["title"] for p in out.papers}
    out.papers += [p for p in papers if p["title"] not in known]
    directive = f"<!-- esfomo/papers {{ kind: {kind} }} -->" if told else "<!-- esfomo/papers -->"
    out.shown.append((page, page.index(number), directive))  # one kind of several under its heading
    told = told or "the file does not say which are talks"
    out.notes.append(Note(where, f"{said}: the {len(papers)} papers of {rel} imported as papers, each "
                          f"{'an' if kind == 'oral' else 'a'} {kind} ({told}): check their kind", guess=True))


def _file_named(options: str, scholar: dict[str, Any]) -> str:
    """The file a tag's ``--file NAME`` (or ``-f NAME``) names, else the configuration's; a name written as
    ``{{ site.scholar.bibliography }}`` is the configuration's too."""
    named = re.search(r"(?:--file|-f)\s+['\"]?(\{\{[^}]*\}\}|[^\s'\"%]+)", options)
    if named and not named.group(1).startswith("{{"):
        return named.group(1)
    return str(scholar.get("bibliography") or "references.bib")


_KINDS = (("spotlight", re.compile(r"\bspotlights?\b", re.I)),
          ("oral", re.compile(r"\b(?:orals?|contributed talks?|talks?)\b", re.I)),
          ("poster", re.compile(r"\bposters?\b", re.I)))  # fmt: skip
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(.+)|<h[1-6][^>]*>(.+?)</h[1-6]>)", re.I)


def _kind(name: str, above: list[str]) -> tuple[str, str]:
    """The kind of a list's papers read from its file's name (``orals.bib``) or else the nearest heading above the
    tag (``## Spotlight papers``), with what said it; a poster, with nothing said, when neither names one."""
    stem = re.sub(r"\.bib$", "", name.rsplit("/", 1)[-1]).replace("_", " ").replace("-", " ")
    heading = next((h.group(1) or h.group(2) for line in reversed(above) if (h := _HEADING.match(line))), "")
    for said, words in ((f"the file's name '{name}'", stem), (f"the heading '{plain(heading).strip()}'", heading)):
        kinds = [kind for kind, pattern in _KINDS if pattern.search(words)]
        if len(kinds) == 1:  # "Posters and talks" says no one kind
            return kinds[0], f"read from {said}"
    return "poster", ""


def _entries(path: Path) -> list[tuple[dict[str, Any], dict[str, Any]]] | None:
    """Each entry of the file twice: its values as text (LaTeX's accents and escapes as Unicode, which
    bibtexparser converts) and as written (for its BibTeX)."""
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    try:
        shown, written = (bibtexparser.loads(text, parser=BibTexParser(
            common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True, customization=convert)
        ).entries for convert in (convert_to_unicode, None))  # fmt: skip
    except Exception:  # the parser raises what its grammar library raises
        return None
    return list(zip(shown, written, strict=True)) or None


def _paper(entry: dict[str, Any], written: dict[str, Any]) -> dict[str, Any] | None:
    title = _plain_tex(entry.get("title", ""))
    if not title:
        return None
    paper: dict[str, Any] = {"title": title}
    authors = [_person(a) for a in re.split(r"\s+and\s+", entry.get("author", "")) if a.strip() not in ("", "others")]
    if authors:
        paper["authors"] = authors
    for key, names in (("url", ("url", "html", "website")), ("pdf", ("pdf",)), ("code", ("code",)),
                       ("video", ("video",))):  # fmt: skip
        link = next((entry[n] for n in names if str(entry.get(n, "")).startswith(("http://", "https://"))), None)
        if link:
            paper[key] = link
    if abstract := _plain_tex(entry.get("abstract", "")):
        paper["abstract"] = abstract
    if award := _plain_tex(entry.get("award_name", "") or ""):
        paper["award"] = award
    cited = BibDatabase()
    cited.entries = [{k: v for k, v in written.items() if k not in _DISPLAY_FIELDS}]
    paper["bibtex"] = bibtexparser.dumps(cited).strip()
    return paper


def _person(author: str) -> str:
    """``Lee, Ann`` as ``Ann Lee``; ``Ann Lee`` as it is."""
    last, _, first = _plain_tex(author).partition(",")
    return f"{first.strip()} {last.strip()}".strip() if first else last.strip()


def _plain_tex(text: str) -> str:
    """A BibTeX value as text: its braces, a command's name (``\\textbf``) and escapes (``\\&``) off."""
    text = re.sub(r"\\[a-zA-Z]+\s*(?=\{)", "", str(text))
    text = re.sub(r"\\([&%$#_{}])", r"\1", text)
    return " ".join(plain(text.replace("{", "").replace("}", "")).split())
