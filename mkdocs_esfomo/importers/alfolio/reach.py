"""Which pages of a Jekyll site a visitor reaches: from the home page and the menus, along the links of each page
reached, as a browser resolves them (a permalink's folder, the site's ``baseurl``, its other addresses)."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from .jekyll import CARDS, JekyllPage, JekyllSite, url_of
from .render import read_data
from .report import Note
from .site_config import published
from .text import plain, rich_html, words


def links(page: JekyllPage) -> list[str]:
    """The addresses a page links to, Markdown or HTML, and the one it sends its visitor to at once (``<meta
    http-equiv="refresh" content="0; url=https://org.github.io/2022/">``, a home page standing for an edition's)."""
    return re.findall(r"\]\(\s*<?([^)\s>]+)", page.body) + re.findall(r"""href\s*=\s*["']\s*([^"']+)""", page.body) \
        + refresh_targets(page.body)  # fmt: skip


_REFRESH = re.compile(r"http-equiv=[\"']?refresh[\"']?[^>]*url=\{*\s*['\"]?([^'\"|}\s>]+)", re.IGNORECASE)


def refresh_targets(text: str) -> list[str]:
    """The address a ``<meta http-equiv="refresh">`` in the text sends to, if any."""
    return _REFRESH.findall(text)[:1]


def layout_links(page: JekyllPage, site: JekyllSite) -> list[str]:
    """The relative addresses the layouts around a page link to (a menu of ``href="program.html"``): a browser
    resolves them from the page's own folder, so the same menu on ``/2022/`` leads to ``/2022/program.html``."""
    found: list[str] = []
    named = [f"_layouts/{page.layout}.html"] if page.layout else []  # when the layouts were not rendered around it
    for rel in page.layouts or named:
        path = site.root / rel
        text = _SITE_ADDRESS.sub("", path.read_text(encoding="utf-8", errors="replace")) if path.is_file() else ""
        found += [h for h in re.findall(r"""href\s*=\s*["']\s*([^"'{}]+)["']""", text) if _relative(h)]
    return found


def source_link(target: str, page: JekyllPage, site: JekyllSite) -> str | None:
    """``[the program](program.md#talks)`` in a Markdown file: a link to another file of the site's source, which
    GitHub Pages (its jekyll-relative-links, on by default) writes as the address of the page that file makes, the
    file found from the linking file's folder (or the site's root, for ``/call.md``). That address (with its
    anchor), or None when the link names no such file."""
    path, _, anchor = target.strip().partition("#")
    if not page.rel.endswith((".md", ".markdown")) or not path.endswith((".md", ".markdown")) \
            or re.match(r"^[a-z][a-z0-9+.-]*:|^//", path, re.IGNORECASE):  # fmt: skip
        return None
    file = posixpath.normpath(path.lstrip("/") if path.startswith("/") else
                              posixpath.join(posixpath.dirname(page.rel), path))  # fmt: skip
    made = next((p for p in site.pages if p.rel == file), None)
    return None if made is None else made.url + (f"#{anchor}" if anchor else "")


# The Liquid that writes the site's own address before a path: its url and baseurl (``{{ site.url }}{{ site.baseurl
# }}/team``), or on GitHub Pages its repository's name.
_SITE_ADDRESS = re.compile(r"\{\{-?\s*site\.(?:url|baseurl|github\.repository_name)\s*-?\}\}")
_LIQUID_LINK = re.compile(r"""\{\{\s*["']([^"']+)["']\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.baseurl)""")


def navigation(site: JekyllSite) -> list[str]:
    """The addresses a theme links from every page: written in its layouts and includes, or listed in
    ``_config.yml`` or ``_data/`` under a key or file that names a menu (``navbar-links``, ``navigation``, ``menu``)."""
    texts = _theme_texts(site)
    found = []
    for text in texts:
        text = _SITE_ADDRESS.sub("", text)  # "/{{ site.github.repository_name }}/schedule": the site's own address
        hrefs = re.findall(r"""href\s*=\s*["']\s*([^"'{}]+)["']""", text)
        found += [re.sub(r"^//(?=[^/.]+(?:[/#?]|$))", "/", href) for href in hrefs]  # that name rendered empty
        found += _LIQUID_LINK.findall(text)

    def values(value: Any) -> list[str]:
        if isinstance(value, dict):
            return [v for item in value.values() for v in values(item)]
        if isinstance(value, list):
            return [v for item in value for v in values(item)]
        return [value] if isinstance(value, str) else []

    data = read_data(site.root / "_data")
    for key, value in [*_menu_keys(site.config), *_menu_keys(data)]:
        if re.search(r"nav|menu", str(key), re.IGNORECASE):
            found += values(value)
            for folder, entries in value.items() if isinstance(value, dict) else []:
                found += [f"/{folder}/{v}" for v in values(entries) if _relative(v)]  # {2025: [url: schedule]}
    return found + _data_loop_menu(texts, data) + _data_loop_menu(texts, site.config, _CONFIG_LOOP)


def _menu_keys(config: dict[str, Any]) -> list[tuple[str, Any]]:
    """The configuration's keys and values, and those of the settings it groups under a key of its own (the
    conference theme's ``conference: navigation: links:``), to look for a menu among."""
    found: list[tuple[str, Any]] = []
    for key, value in config.items():
        found.append((str(key), value))
        if isinstance(value, dict) and not re.search(r"nav|menu", str(key), re.IGNORECASE):
            found += _menu_keys(value)
    return found


def _relative(target: str) -> bool:
    """Whether a menu entry's address is a path below the page it is written on (``schedule``, ``cfp/``)."""
    return bool(re.fullmatch(r"[\w.-]+(?:/[\w.-]*)*/?(?:#\S*)?", target.strip())) and not target.startswith(".")


# A menu a layout or include writes as a Liquid loop over a data file (``{% for conf in site.data.confs %}`` ...
# ``href="{{ conf.url }}"``): the values its entries hold under the key each link names.
_DATA_LOOP = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+site\.data\.([\w-]+)\s*-?%\}(.*?)\{%-?\s*endfor\s*-?%\}",
                        re.DOTALL)  # fmt: skip
# The same loop over a list of ``_config.yml`` (``sidebar: [{name: Program, link: program}]`` and an include's
# ``{% for platform in site.sidebar %}`` ... ``href="{{ platform.link }}"``), whatever the key is called.
_CONFIG_LOOP = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+site\.(?!data\.)([\w-]+)\s*-?%\}(.*?)\{%-?\s*endfor\s*-?%\}",
                          re.DOTALL)  # fmt: skip


def _data_loop_menu(texts: list[str], data: dict[str, Any], loop: re.Pattern[str] = _DATA_LOOP) -> list[str]:
    """The addresses the loops over ``site.data`` files (or, with ``_CONFIG_LOOP``, over the configuration's lists)
    in the layouts and includes link, each its own whole ``href`` (after the site's address): ``href="{{ conf.url
    }}"`` over ``- name: CV4DC 2024, url: .../2024/``."""
    found: list[str] = []
    for text in texts:
        text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)  # a menu commented out shows no link
        for var, name, body in loop.findall(text):
            entries = data.get(name)
            if not isinstance(entries, list):
                continue
            link = (rf"""href\s*=\s*["']\s*(?:\{{{{-?\s*site\.url\s*-?\}}}})?"""
                    rf"""\{{{{-?\s*{var}\.([\w-]+)\s*-?\}}}}\s*["']""")
            for key in re.findall(link, _SITE_ADDRESS.sub("", body)):
                found += [str(e[key]) for e in entries if isinstance(e, dict) and isinstance(e.get(key), str)]
    return found


def reachable(site: JekyllSite) -> tuple[list[JekyllPage], list[JekyllPage]]:
    """The pages a visitor reaches (the home page, the navigation, and what they link to) and the hidden rest.

    A page with ``redirect_to`` stands for its target; al-folio shows a page in its navigation bar
    when its front matter's ``nav`` is true as Liquid reads it (anything but ``false`` and nothing),
    just-the-docs when it has a ``nav_order`` (and no ``nav``).
    """
    _own_address_redirects(site)
    by_url = {p.url: p for p in site.pages}
    documents = {d.url: d for name, docs in site.collections.items() for d in docs
                 if name not in CARDS | {"news", "posts", "books"} and published(site.config, name)}  # fmt: skip
    start = [by_url[p.url] for p in site.pages + site.shadowed  # an overwritten page's menu entry shows the other
             if p.url == "/" or p.meta.get("nav") not in (None, False)  # Liquid: 0, 1 are true
             or ("nav" not in p.meta and p.meta.get("nav_order") is not None and not p.meta.get("nav_exclude"))]
    for target in navigation(site):  # a menu the theme writes on every page
        url = local(target, "/", site.config, site.hosts)
        if url and url in by_url:
            start.append(by_url[url])
    start += _minima_menu(site) + _page_loop_menu(site)
    if all(p.url == "/" for p in start) and not navigation(site):
        start += _outside_menu(site)
    seen: dict[str, JekyllPage] = {}
    queue = list(start)
    while queue:
        page = queue.pop(0)
        if page.url in seen:
            continue
        seen[page.url] = page
        targets = [str(page.meta["redirect_to"])] if page.meta.get("redirect_to") else links(page)
        targets += [] if page.url == "/" else layout_links(page, site)  # its menu, from its own folder
        children = page.meta.get("children") if page.meta.get("dropdown") else None  # al-folio's menus
        targets += [str(c["permalink"]) for c in children or [] if isinstance(c, dict) and c.get("permalink")]
        for target in targets:
            url = (source_link(target, page, site) or "").split("#")[0] or local(target, link_base(page), site.config,
                                                                                 site.hosts)  # fmt: skip
            if url is None and (url := moved(target, {**documents, **by_url}, site.config)):
                at = page.where(page.body[: page.body.find(target)].count("\n"))
                note = Note(at, f"the link to {target} read as a link to this site's page {url}: the address it "
                            "has on another GitHub Pages host", guess=True)  # fmt: skip
                site.notes += [] if note in site.notes else [note]
            if url and url not in seen and (url in by_url or url in documents):
                queue.append(by_url.get(url) or documents[url])  # a page, or a document its collection publishes
    site.linked_only = set(seen) - {p.url for p in start}
    shown = [p for p in site.pages if p.url in seen and not p.meta.get("redirect_to")]
    site.notes += [said for p in site.pages if p.url in seen and (said := _redirect_text(site, p)) is not None]
    shown += [d for d in documents.values() if d.url in seen and d.url not in by_url and not d.meta.get("redirect")]
    hidden = [p for p in site.pages if p.url not in seen]
    return shown, hidden


def _own_address_redirects(site: JekyllSite) -> None:
    """A ``redirect_to`` whose target is the page's own published address (the site's ``url``/``baseurl``, its
    CNAME domain, or a ``*.github.io/<folder>/`` address whose folder is the ``baseurl`` or the folder the site's own
    root-relative links begin with) sends no visitor anywhere: the page is read as written, which MIGRATION.md says."""
    for page in site.pages:
        target = str(page.meta.get("redirect_to") or "")
        if target and _own_address(site, target, link_base(page)) == page.url:
            del page.meta["redirect_to"]
            site.notes.append(Note(f"{page.rel}:1", f"`redirect_to: {target}` names this page's own address: read "
                                   "as no redirect, the page imported as written", guess=True))  # fmt: skip


def _own_address(site: JekyllSite, target: str, base: str) -> str | None:
    """The page of this site an address names when it is the site's own published address, else None."""
    if (url := local(target, base, site.config, site.hosts)) is not None:
        return url
    found = re.match(r"https?://[^/\s]+\.github\.io/([^/?#\s]+)(/[^?#\s]*)?$", target.strip(), re.IGNORECASE)
    if not found:
        return None
    folders = {str(site.config.get("baseurl") or "").strip("/")} | _link_folders(site)
    return url_of(found.group(2) or "/") if found.group(1) in folders else None


def _link_folders(site: JekyllSite) -> set[str]:
    """The first folders of the site's own root-relative links (``/workshop/call``) under which no page of the site
    lives: the repository's folder GitHub Pages serves the site in, written into its links."""
    firsts = {m.group(1) for p in site.pages for link in links(p) if (m := re.match(r"/([\w.-]+)/\S", link))}
    return {f for f in firsts if not any(p.url.startswith(f"/{f}/") for p in site.pages)}


def _redirect_text(site: JekyllSite, page: JekyllPage) -> Note | None:
    """A page a visitor reaches that sends them on (``redirect_to``) and has words of its own: read as the redirect
    jekyll-redirect-from makes of it, its words not imported, which MIGRATION.md says (with a word when the site does
    not list that plugin, so that Jekyll may have shown the page as written)."""
    said = words(plain(rich_html(page.body)))
    if not page.meta.get("redirect_to") or len(said) < 3:
        return None
    plugins = [site.config.get(key) for key in ("plugins", "gems")]
    listed = " ".join(str(p) for found in plugins for p in (found if isinstance(found, list) else [found]))
    unlisted = "" if "jekyll-redirect-from" in listed else (
        "; the site's _config.yml lists no jekyll-redirect-from among its plugins: if the old site showed this page "
        "as written, carry its text by hand")  # fmt: skip
    return Note(f"{page.rel}:1", f"`redirect_to: {page.meta['redirect_to']}`: read as a redirect, its own text of "
                f"{len(said)} words ('{' '.join(said[:12])} ...') not imported{unlisted}")  # fmt: skip


# minima's header loop, in whatever layout or include of the site's it was copied to: the paths of
# ``site.header_pages`` (or, by ``| default:``, of every page), each looked up as a page and linked.
_HEADER_PAGES = re.compile(r"\{%-?\s*(?:assign\s+\w+\s*=|for\s+\w+\s+in)\s*site\.header_pages\b")


def _theme_texts(site: JekyllSite) -> list[str]:
    """The text of the site's layouts and HTML includes (each under 1 MB, no symlink)."""
    texts = [layout.body for layout in site.layouts.values()]
    includes = site.root / "_includes"
    if includes.is_dir() and not includes.is_symlink():
        texts += [path.read_text(encoding="utf-8", errors="replace") for path in sorted(includes.rglob("*.html"))
                  if path.is_file() and not path.is_symlink() and path.stat().st_size < 1_000_000]
    return texts


def _minima_menu(site: JekyllSite) -> list[JekyllPage]:
    """The pages the minima theme's own header links (when the site writes no header of its own, or writes one
    that loops over ``site.header_pages`` as minima's does): those ``header_pages`` lists, or else every page with a
    title."""
    theme = f"{site.config.get('theme') or ''} {site.config.get('remote_theme') or ''}"
    header = site.root / "_includes/header.html"
    own = header.is_file() and not header.is_symlink() and header.stat().st_size < 1_000_000
    if any(_HEADER_PAGES.search(re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)) for text in _theme_texts(site)):
        own = False  # minima's header loop copied into a layout or include of the site's: its menu is header_pages
    elif not re.search(r"\bminima\b", theme):
        return []
    if own:
        return []
    listed = site.config.get("header_pages")
    if isinstance(listed, list):
        return [p for p in site.pages if p.rel in {str(path) for path in listed} and p.meta.get("title")]
    return [p for p in site.pages if p.meta.get("title")]


def _outside_menu(site: JekyllSite) -> list[JekyllPage]:
    """The pages a theme kept outside the repository lists in its menu, when nothing in the repository names one:
    the site takes its layouts from a ``theme`` or ``remote_theme`` (no ``_layouts/`` of its own), and no menu file,
    key, flag or link of the site's lists a page, so that the menu is the theme's own and cannot be read here. Every
    page with a title is then read as listed (as minima lists them), which MIGRATION.md says, rather than every page
    but the home page being read as one no visitor reaches."""
    theme = str(site.config.get("remote_theme") or site.config.get("theme") or "").strip()
    if not theme or site.layouts or re.search(r"\bminima\b", theme):
        return []
    listed = [p for p in site.pages if p.url != "/" and p.meta.get("title") and not p.meta.get("redirect_to")]
    if listed:
        site.notes.append(Note("_config.yml:1", f"the theme {theme} writes the menu from outside the repository and "
                               "the site names no page in it: every page with a title is read as one of its menu ("
                               f"{', '.join(p.url for p in listed)})", guess=True))  # fmt: skip
    return listed


# A theme's menu written as a Liquid loop over the site's pages, straight or through an ``assign`` that sorts them
# (``{% assign sorted = site.pages | sort: "order" %}{% for p in sorted %}``), linking each to its ``url``.
_ASSIGN = re.compile(r"\{%-?\s*assign\s+(\w+)\s*=\s*site\.(?:html_)?pages\b[^%]*%\}")
_ANY_ASSIGN = re.compile(r"\{%-?\s*assign\b[^%]*%\}")
_FOR = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+([\w.]+)[^%]*%\}")
_FOR_TAGS = re.compile(r"\{%-?\s*(for|endfor)\b[^%]*%\}")


def _page_loop_menu(site: JekyllSite) -> list[JekyllPage]:
    """The pages a layout or include links by looping over ``site.pages`` (``href="{{ p.url }}"``): the loop, after
    the ``assign`` tags written before it, run by the Liquid engine as Jekyll runs it on the home page, with every
    page's front matter and address in ``site.pages`` (so al-folio's ``{% if p.nav and p.autogen == nil %}``, an
    ``{% if entry.order == 0 %}{% continue %}{% endif %}``, a ``sort`` or a ``where`` choose as they do there; a list
    the tags before the loop build from the site's pages, ``push`` by ``push``, is built by them); each page a link
    it writes reaches. A loop the engine cannot run is read as linking every page, which MIGRATION.md
    says."""
    by_url = {p.url: p for p in site.pages}
    home = by_url.get("/")
    on = {**(home.meta if home else {}), "url": "/"}
    found: list[JekyllPage] = []
    for rel, written_text in _written_theme_texts(site):
        text = re.sub(r"<!--.*?-->", " ", written_text, flags=re.DOTALL)  # a menu commented out shows no link
        lists = {"site.pages", "site.html_pages", *_ASSIGN.findall(text)}
        for loop in _FOR.finditer(text):
            var, over = loop.groups()
            whole = text[loop.start() : _loop_end(text, loop.end())]
            if not re.search(rf"href\s*=\s*[\"']?[^\"'>]*\{{{{-?\s*{var}\.url\b", whole):
                continue
            before = text[: loop.start()]
            built = "".join(_ANY_ASSIGN.findall(before)) if over in lists else _built_from_pages(before, over)
            if built is None:
                continue
            written = site.liquid.run(built + whole + _closers(built), on) if site.liquid else None
            if written is None:
                line = written_text[: written_text.find(whole[:40])].count("\n") + 1
                site.notes.append(Note(f"{rel}:{line}", "a menu's loop over the site's pages could not be run as "
                                       "Liquid: every page is read as one of its links", guess=True))  # fmt: skip
                found += [p for p in site.pages if p not in found]
                continue
            for target in re.findall(r"""href\s*=\s*["']?([^"'>\s]+)""", written):
                url = local(target, "/", site.config, site.hosts)
                if url in by_url and by_url[url] not in found:
                    found.append(by_url[url])
    return found


# The Liquid tags that open and close a block, and those that write nothing but may not run outside a page
_BLOCK = re.compile(r"\{%-?\s*(if|unless|for|case|capture|end\w+)\b[^%]*%\}")
_NO_OUTPUT = re.compile(r"\{%-?\s*(?:include|include_relative|comment|endcomment|raw|endraw|cycle|tablerow|"
                        r"endtablerow|seo|feed_meta|bibliography)\b[^%]*%\}")  # fmt: skip


def _built_from_pages(before: str, name: str) -> str | None:
    """A list a menu loops over that the tags before the loop build from the site's pages, a page at a time
    (``{% assign nav = '' | split: ',' %}{% for path in paths %}{% assign p = site.pages | where: "path", path |
    first %}{% if p.nav_text %}{% assign nav = nav | push: p %}...``): those tags alone (their HTML left out, as
    it writes no link), to run before the loop; None when no tag before the loop assigns ``name`` or none reads the
    site's pages."""
    tags = "".join(m.group(0) for m in re.finditer(r"\{%.*?%\}", before, re.DOTALL) if not _NO_OUTPUT.match(m.group(0)))
    if not re.search(rf"\{{%-?\s*assign\s+{re.escape(name)}\s*=", tags) or \
            not re.search(r"site\.(?:html_)?pages\b", tags):  # fmt: skip
        return None
    return tags


def _closers(logic: str) -> str:
    """The end tags of the blocks ``logic`` opens and leaves open (a menu's loop written inside an ``{% if %}``)."""
    opened: list[str] = []
    for tag in _BLOCK.finditer(logic):
        word = tag.group(1)
        if not word.startswith("end"):
            opened.append(word)
        elif opened and opened[-1] == word[3:]:
            opened.pop()
    return "".join(f"{{% end{word} %}}" for word in reversed(opened))


def _loop_end(text: str, at: int) -> int:
    """Where the ``for`` loop whose opening tag ends at ``at`` ends (after its own ``endfor``, past nested loops)."""
    depth = 1
    for tag in _FOR_TAGS.finditer(text, at):
        depth += 1 if tag.group(1) == "for" else -1
        if depth == 0:
            return tag.end()
    return len(text)


def _written_theme_texts(site: JekyllSite) -> list[tuple[str, str]]:
    """The site's layouts as their files write them (their Liquid not yet run, which a loop over the site's pages
    needs), then its HTML includes: each file's path and text."""
    paths = [site.root / layout.rel for layout in site.layouts.values()]
    includes = site.root / "_includes"
    if includes.is_dir() and not includes.is_symlink():
        paths += sorted(includes.rglob("*.html"))
    paths = [path for path in paths if path.is_file() and not path.is_symlink() and path.stat().st_size < 1_000_000]
    return [(path.relative_to(site.root).as_posix(), path.read_text(encoding="utf-8", errors="replace"))
            for path in paths]  # fmt: skip


def moved(target: str, by_url: dict[str, JekyllPage], config: dict[str, Any]) -> str | None:
    """The page of this site an absolute link names at another GitHub Pages address (the project's
    ``owner.github.io/repo/...`` before the site moved, or the organization's ``org.github.io/...``), or None."""
    found = re.match(r"https?://([^/\s]+)(/[^?#\s]*)?", target.strip())
    own = re.match(r"https?://([^/\s]+)", str(config.get("url") or ""))
    if not found or not (found.group(1).lower().endswith(".github.io") or (own and own.group(1) == found.group(1))):
        return None
    parts = (found.group(2) or "").strip("/").split("/")
    for path in ["/".join(parts), "/".join(parts[1:])]:  # the path, or the path in a project's folder
        if path and url_of(path) != "/" and url_of(path) in by_url:
            return url_of(path)
    return None


def link_base(page: JekyllPage) -> str:
    """The folder a relative link on the page starts from, as a browser resolves it: the page's address when its
    permalink ends with a slash (or it has none), else the folder that address is in (on ``/Participate``,
    ``./Schedule`` is ``/Schedule``)."""
    written = str(page.meta.get("permalink") or "").split("#")[0].split("?")[0].strip()
    if not written or written.endswith("/"):
        return page.url
    folder = posixpath.dirname("/" + written.strip("/"))
    return folder.rstrip("/") + "/"


def local(target: str, base: str, config: dict[str, Any], hosts: tuple[str, ...] = ()) -> str | None:
    """The site URL a link points to, or None for another site, a file or an anchor (a link to the domain of
    ``hosts``, where the site's CNAME serves it, is to its own page)."""
    target = target.strip()
    own = str(config.get("url") or "").rstrip("/")
    if own and target.startswith(own):
        target = target[len(own) :] or "/"
    at = re.match(r"https?://(?:www\.)?([^/?#\s]+)", target, re.IGNORECASE)
    if at and at.group(1).lower() in hosts:
        target = target[at.end() :] or "/"
    baseurl = str(config.get("baseurl") or "").rstrip("/")
    if baseurl and target.startswith(baseurl + "/"):
        target = target[len(baseurl) :]
    if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^//", target, re.IGNORECASE) or not target or "@" in target:
        return None
    if re.search(r"\.(pdf|png|jpe?g|gif|zip|svg|webp|bib|txt)$", target.split("#")[0], re.IGNORECASE):
        return None
    if not target.startswith("/"):
        target = base + target
    path = target.split("#")[0].split("?")[0]
    if re.search(r"(?:^|/)\.\.?(?:/|$)", path):  # "../robontics2025/" on /previous/ is /robontics2025/
        target = posixpath.normpath(path)
    return url_of(target)
