"""Every word of the old site, accounted for: on the new site once built, or named in MIGRATION.md.

The new site is built (in-process, into a temporary folder) and its visible text read; then each line of
every old page a visitor reaches (Liquid rendered, as the import read it) is looked for in it. A line whose
words are not there, and that no item of the report names already, becomes an item "not carried over" with
its ``file:line`` and its text, so nothing the old site showed is lost without a word.
"""

from __future__ import annotations

import html
import logging
import re
import tempfile
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any

from ... import paths
from .jekyll import LIQUID_COMMENT, JekyllPage, JekyllSite, blank
from .layout_chain import THEME_LAYOUTS
from .report import Note
from .site_config import config_line
from .text import open_fences_read, words, written_words

NOT_CARRIED = "not carried over"
COVERED = 0.75  # share of a line's words the new site must show for the line to count as carried over
# Words that say nothing by themselves, a column's labels, the words of a date and the parts of a day ("Morning",
# "Afternoon Session" over a program's rows: their times say it), which the new site writes its own way, and the
# honorifics and "led by" that the import takes off a name.
_STOP = frozenset(
    re.findall(
        r"\w+",
        """
    a an and are as at be by for from has have in is it its of on or our the this to we will with you your
    speaker speakers presenter presenters title content time type event session st nd rd th am pm aoe anywhere earth utc
    dr prof mr mrs ms led lead moderated chaired hosted presented
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    morning afternoon evening""",
    )
)
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_HEADER_CELL = re.compile(r"<th\b.*?</th\s*>", re.DOTALL | re.IGNORECASE)
_IAL = re.compile(r"\s*\{:.*\}\s*$")
_BREAK = re.compile(r"</?(br|p|div|li|td|th|tr|h[1-6]|dd|dt|section|header|footer|blockquote)\b[^<>]*>", re.I)
_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A link's reference definition, never shown; ``[//]: # (A note)`` is Markdown's comment written as one.
_DEFINITION = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*")


class _Text(HTMLParser):
    """The text of an HTML page, without its scripts and styles; the e-mail addresses its links write to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in ("script", "style", "noscript")
        self.out += [v for k, v in attrs if k in ("alt", "title") and v]
        self.out += [v[7:] for k, v in attrs if k == "href" and v and v.lower().startswith("mailto:")]  # an address

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in ("script", "style", "noscript") and self.hidden > 0

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.out.append(data)


def site_words(dest: Path) -> set[str] | str:
    """The words the built new site shows, and each two it shows one after the other ("jane doe"), or why it
    could not be built."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    quiet = logging.getLogger("mkdocs")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        with tempfile.TemporaryDirectory() as out:
            config = load_config(str(dest / "mkdocs.yml"), site_dir=out)
            build(config)
            found: set[str] = set()
            for page in Path(out).rglob("*.html"):
                reader = _Text()
                reader.feed(page.read_text(encoding="utf-8", errors="replace"))
                seen = words(" ".join(reader.out))
                found.update(seen)
                found.update(f"{a} {b}" for a, b in pairwise(seen))  # and each word with the next one
            return found
    except Exception as exc:  # a site that does not build is reported, never a crash of the import
        return f"{exc.__class__.__name__}: {exc}"
    finally:
        quiet.setLevel(level)


def visible(line: str) -> str:
    """A line of Markdown or HTML as the words a reader sees."""
    line = re.sub(r"<th\b.*?</th>", " ", line, flags=re.IGNORECASE)  # a column's label, not content
    line = re.sub(r"<[^>]*>?", " ", line)
    line = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", line)
    line = re.sub(r"\{:[^}]*\}", " ", line)  # kramdown's attribute lists
    line = re.sub(r"\]\([^)]*\)", "] ", line)
    line = re.sub(r"(?i)\bhttps?://\S+", " · ", line)  # an address stands between two names
    return html.unescape(line)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "6th" of "August 6th": a date's word, written its own way


def _content(text: str) -> list[str]:
    return [w for w in words(text) if w not in _STOP and not w.isdigit() and len(w) > 1 and not _ORDINAL.fullmatch(w)]


_JOINED = re.compile(r"\s*|[-']")  # what stands between two words of one name: a space, a hyphen, an apostrophe


def _names(text: str) -> list[list[str]]:
    """The runs of two or more capitalised words of a line, nothing but a space between them ("Jane Doe", "Session
    II System Dependability", "J. R. Smith"): a name or a title, whose words the new site must show side by side,
    not only somewhere on it."""
    runs: list[list[str]] = []
    run: list[str] = []
    for word, before in [*written_words(text), ("", "")]:
        named = word[:1].isupper() and word.lower() not in _STOP
        initial = len(run[-1]) == 1 if run else False
        if run and (not named or not (_JOINED.fullmatch(before) or (initial and re.fullmatch(r"\.\s*", before)))):
            runs += [run] if len(run) > 1 else []
            run = []
        run += [word.lower()] if named else []
    return runs


def _apart(text: str, shown: set[str], said: set[str]) -> bool:
    """Whether a name or title of ``text`` has two words that neither the new site shows side by side nor the
    report says."""
    if any(w in text.lower() for w in _THEME_WORDS):
        return False  # the theme's credit, which the new site's theme writes its own way
    return any(f"{a} {b}" not in shown and not {a, b} <= said for run in _names(text) for a, b in pairwise(run))


def seen_lines(page: JekyllPage) -> list[tuple[str, str]]:
    """The body's lines a reader sees: (``file:line``, text), without scripts, styles and code fences."""
    body = _HIDDEN.sub(lambda m: "\n" * m.group(0).count("\n"), open_fences_read(page.body))
    body = _HEADER_CELL.sub(lambda m: " " + "\n" * m.group(0).count("\n"), body)  # a column's label, not content
    body = _BREAK.sub(lambda m: " · " + "\n" * m.group(0).count("\n"), body)  # a line break, a paragraph, a cell
    body = re.sub(r"<[^<>]*>", lambda m: " " + "\n" * m.group(0).count("\n"), body)  # tags, over lines too
    out, fenced = [], False
    rows = body.split("\n")
    for index, line in enumerate(rows):
        if re.match(r"\s*(```|~~~)", line):
            fenced = not fenced
            continue
        if _IAL.match(line) or (index + 1 < len(rows) and _RULE.match(rows[index + 1])) or _DEFINITION.fullmatch(line):
            continue  # kramdown's attribute lists, a table's header row: labels, not content; links' definitions
        if not fenced and line.strip():
            out.append((page.where(index), visible(line).strip(" ·")))
    out += [(where, visible(line)) for where, line in page.aside]
    return out


def unaccounted(site: JekyllSite, pages: list[JekyllPage], shown: set[str], named: list[Note]) -> list[Note]:
    """An item for each run of lines of ``pages`` whose words the new site (its words: ``shown``) does not show."""
    known: dict[str, set[str]] = {}  # the words the report already says about each file:line
    for note in named:
        path, _, line = note.where.rpartition(":")
        for number in range(int(line), max(note.last, int(line)) + 1) if line.isdigit() else [line]:
            known.setdefault(f"{path}:{number}", set()).update(words(note.what))  # each line a note names
    notes: list[Note] = []
    sources = list(pages)
    rendered = {layout for p in pages for layout in p.layouts}  # their lines are in the pages they are rendered in
    layouts = {p.layout for p in pages} - THEME_LAYOUTS
    sources += [site.layouts[name] for name in sorted(layouts) if name in site.layouts
                and site.layouts[name].rel not in rendered]  # fmt: skip
    sources += theme_includes(site, pages) + layout_footers(site, pages, rendered)
    for where, text, by in [*config_shown(site, pages), *front_matter_shown(site, pages)]:
        content = _content(text)
        if content and sum(w in shown or w in known.get(where, set()) for w in content) < COVERED * len(content):
            notes.append(Note(where, f'{NOT_CARRIED} (its words are not on the new site): "{" ".join(text.split())}",'
                              f" which {by} shows"))  # fmt: skip
    for page in sources:
        run: list[tuple[str, str]] = []
        for where, text in [*(seen_lines(page) if body_shown(site, page) else []), ("", "")]:
            content = _content(text)
            said = known.get(where, set())
            lost = bool(content) and (sum(w in shown or w in said for w in content) < COVERED * len(content)
                                      or _apart(text, shown, said))
            if run and lost and where.rsplit(":", 1)[0] != run[0][0].rsplit(":", 1)[0]:  # a layout's line, a page's
                notes += _notes(run)
                run = []
            if lost:
                run.append((where, " ".join(text.split())))
                continue
            if run and (not content or not lost):
                notes += _notes(run)
                run = []
    return notes


def _notes(run: list[tuple[str, str]], most: int = 400) -> list[Note]:
    """The items naming a run of lines the new site does not show, each quoting its lines whole and ``most``
    characters or so: a long run is several items, so that no word of it goes unquoted."""
    out: list[Note] = []
    chunk: list[tuple[str, str]] = []
    for where, text in [*run, ("", "")]:
        if chunk and (not where or len(" / ".join(t for _, t in chunk)) + len(text) > most):
            last = max(int(w.rsplit(":", 1)[1]) for w, _ in chunk)
            quoted = " / ".join(t for _, t in chunk)
            out.append(Note(chunk[0][0], f'{NOT_CARRIED} (its words are not on the new site): "{quoted}"', last=last))
            chunk = []
        chunk.append((where, text))
    return out


_SHOWS = re.compile(r"\{\{-?\s*site\.([\w.]+)")
_INCLUDES = re.compile(r"\{%-?\s*include\s+([\w./-]+)")
_UNSEEN = re.compile(r"<(head|script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
# The theme's credit ("Powered by Jekyll & Minimal Mistakes"), and the sample note al-folio's configuration ships
# beside the contact links
_THEME_WORDS = ("powered by", "jekyll", "al-folio", "github pages", "whitespace theme",
                "you can even add a little note", "minimal mistakes")
_NO_TEXT = re.compile(r"\s*(blank|[\d.]+\s*(px|em|rem|%)?|\S+\.[a-z]{2,4})?\s*", re.IGNORECASE)  # a size, a file


def config_shown(site: JekyllSite, pages: list[JekyllPage]) -> list[tuple[str, str, str]]:
    """The values of ``_config.yml`` the layouts of ``pages`` show on them through their includes (a banner's
    ``{{ site.conference }}``): (``_config.yml:N``, the value as a reader sees it, the file that shows it). The
    layouts' own text is accounted with the pages; what the configuration gives the theme's chrome is not."""
    files = [f"_layouts/{p.layout}{ext}" for p in pages for ext in (".html", ".liquid")]
    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []
    while files:
        rel = files.pop(0)
        path = site.root / rel
        if rel in seen or not path.is_file() or paths.outside(path, site.root):
            continue
        seen.add(rel)
        text = _UNSEEN.sub(" ", path.read_text(encoding="utf-8-sig", errors="replace"))  # not what <head> includes
        files += [f"_includes/{name}" for name in _INCLUDES.findall(text)]
        text = re.sub(r"<[^<>]*>", " ", text)  # nor what an attribute holds: a link's address, an image's
        files += [f"_layouts/{name}{ext}" for name in re.findall(r"^layout:\s*(\S+)", text[:500], re.MULTILINE)
                  for ext in (".html", ".liquid")]  # fmt: skip
        for key in dict.fromkeys(_SHOWS.findall(text)):
            value: Any = site.config
            for part in key.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            said = value if isinstance(value, str) and not _NO_TEXT.fullmatch(value) else ""
            if said and not any(w in said.lower() for w in _THEME_WORDS):
                out.append((config_line(site.root, key), visible(said), rel))
    return list({where: (where, text, by) for where, text, by in out}.values())


# Includes a theme puts in <head> or runs as scripts (``head/custom.html``, ``analytics.html``): no words shown.
_UNSHOWN_INCLUDE = re.compile(r"(?:^|/)(?:head|analytics|scripts?|seo|comments|disqus|mathjax|favicons?|metadata"
                              r"|google|browser-upgrade|pagination)[\w-]*(?:/|\.)", re.IGNORECASE)  # fmt: skip
_SOURCES = (".html", ".md", ".markdown", ".liquid", ".htm")
_LIQUID = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.DOTALL)
_PARAMETER = re.compile(r"\binclude\.\w")  # an include's own parameter (``{{ include.content }}``)


def theme_includes(site: JekyllSite, pages: list[JekyllPage]) -> list[JekyllPage]:
    """The site's includes that none of its own files includes, when pages sit in a layout the repository does not
    hold: a theme's (minima's ``footer.html``, minimal-mistakes' ``footer/custom.html``), which the site overrides
    to show its words on every page. Each as a page of its own lines, its Liquid left out; none when every page's
    layout is the site's own, whose includes the import renders (or none: ``layout: null``, a redirect's)."""
    if all(p.layout in site.layouts or _no_layout(p) for p in pages if p.collection is None):
        return []
    folder = site.root / "_includes"
    files = sorted(p for p in folder.rglob("*") if p.suffix in _SOURCES and p.is_file()) if folder.is_dir() else []
    named: set[str] = set()
    for path in [*files, *_own_files(site.root)]:
        named.update(_INCLUDES.findall(path.read_text(encoding="utf-8-sig", errors="replace")))
    out = []
    for path in files:
        inside = path.relative_to(folder).as_posix()
        if inside in named or _UNSHOWN_INCLUDE.search(inside) or paths.outside(path, site.root):
            continue
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        if _PARAMETER.search(text):  # shown only where a file includes it with its parameters, and none does
            continue
        text = LIQUID_COMMENT.sub(blank, text)
        text = _LIQUID.sub(blank, text)
        text = "\n".join("" if _credit(line) else line for line in text.split("\n"))
        out.append(JekyllPage(path.relative_to(site.root).as_posix(), {}, text, 1, ""))
    return out


def _no_layout(page: JekyllPage) -> bool:
    """``layout: null`` (or ``none`` when the site has no layout of that name): Jekyll puts the page in no layout."""
    return "layout" in page.meta and str(page.meta["layout"] or "none").lower() in ("none", "null")


def layout_footers(site: JekyllSite, pages: list[JekyllPage], rendered: set[str]) -> list[JekyllPage]:
    """The footers the repository's layouts of a theme's name (``default``) include, when the import does not
    render those layouts (they write no words of their own): a site writes its own sentences there ("Follow CVPR
    2026 policies and code of conduct."). Each footer as a page of its lines that say three words or more, its
    Liquid and the theme's credit left out, so that a sentence no page of the new site shows is named."""
    folder = site.root / "_includes"
    out, seen = [], set()
    for name in sorted({p.layout for p in pages} & THEME_LAYOUTS):
        layout = site.layouts.get(name)
        if layout is None or layout.rel in rendered:
            continue
        source = (site.root / layout.rel).read_text(encoding="utf-8-sig", errors="replace")
        for include in _INCLUDES.findall(source):
            path = folder / include
            if "footer" not in include.lower() or include in seen or not path.is_file() \
                    or paths.outside(path, site.root):  # fmt: skip
                continue
            seen.add(include)
            text = _LIQUID.sub(blank, LIQUID_COMMENT.sub(blank, path.read_text(encoding="utf-8-sig", errors="replace")))
            text = "\n".join(line if len(_PROSE.findall(visible(line))) >= 3 and not _credit(line) else ""
                             for line in _UNSEEN.sub(blank, text).split("\n"))  # fmt: skip
            out.append(JekyllPage(path.relative_to(site.root).as_posix(), {}, text, 1, ""))
    return out


def _credit(line: str) -> bool:
    """A short line naming the theme or its engine (``© 2024. Powered by Jekyll & Minimal Mistakes.``)."""
    said = visible(line)
    return len(said.split()) <= 12 and any(w in said.lower() for w in _THEME_WORDS)


def _own_files(root: Path) -> list[Path]:
    """The site's pages, layouts and documents: the files whose Liquid includes the includes."""
    out = []
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if path.suffix in _SOURCES and parts[0] not in ("_site", "_includes", "node_modules", "vendor", ".git"):
            out.append(path)
    return [p for p in out if p.is_file() and not paths.outside(p, root)]


# Front-matter keys that say how a page is built, never words a visitor reads
_BUILD_KEYS = frozenset({"layout", "permalink", "redirect_from", "redirect_to", "nav", "nav_order", "dropdown",
                         "children", "classes", "collection", "category", "categories", "tags", "lang",
                         "date"})  # fmt: skip
_HEAD_KEY = re.compile(r"(?:og|twitter|seo|meta)_|keywords$", re.IGNORECASE)  # what <head> says to machines


def body_shown(site: JekyllSite, page: JekyllPage) -> bool:
    """Whether the old site shows ``page``'s body: al-folio's own ``profiles`` layout (one the repository does not
    override) shows a page's body only in a profile that names no ``content:`` file, so a page whose every profile
    names one shows its profiles and not its body."""
    profiles = page.meta.get("profiles")
    if page.layout != "profiles" or page.layout in site.layouts or not isinstance(profiles, list) or not profiles:
        return True
    return not all(isinstance(p, dict) and p.get("content") for p in profiles)


def front_matter_shown(site: JekyllSite, pages: list[JekyllPage]) -> list[tuple[str, str, str]]:
    """The prose in the front matter of pages whose layout the repository does not hold, a theme's own (the
    ``excerpt``, ``header: caption`` or ``feature_row`` minimal-mistakes shows): (``file:line`` of its key, the
    text as a reader sees it, the layout that shows it). The import reads a page's body; a layout it has renders
    what it shows into the page, one it does not have cannot."""
    out: list[tuple[str, str, str]] = []
    for page in pages:
        if page.collection is not None or page.layout in site.layouts:
            continue
        path = site.root / page.rel
        rows = path.read_text(encoding="utf-8-sig", errors="replace").splitlines() if path.is_file() else []
        for key, value in page.meta.items():
            if key in _BUILD_KEYS or _HEAD_KEY.match(str(key)):
                continue
            line = next((n for n, row in enumerate(rows[: page.first_line], 1) if row.startswith(f"{key}:")), 1)
            for text in _strings(value):
                said = visible(text)
                if len(_PROSE.findall(said)) >= 3:  # words, not an address, a file or a style's classes
                    out.append((f"{page.rel}:{line}", said, f"the theme's layout '{page.layout or 'default'}'"))
    return out


_PROSE = re.compile(r"(?:^|(?<=\s))[^\W\d_]{2,}[,.;:!?)]?(?=\s|$)")  # a word of letters alone, as prose has


def _strings(value: Any) -> list[str]:
    """Every string a front-matter value holds, in lists and mappings too."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
