"""The same site three ways: the plugin project as given, the floor (pre-rendered pages) and macros."""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from mkdocs.utils.meta import get_data

BENCH = Path(__file__).resolve().parent
DIRECTIVE = re.compile(r"<!--\s*esfomo/(\w+)\s*(\{.*?\})?\s*-->", re.DOTALL)


def _config(root: Path) -> dict:
    return yaml.safe_load((root / "mkdocs.yml").read_text(encoding="utf-8"))


def _write_config(root: Path, config: dict) -> None:
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _copy_theme_dir(plugin: Path, target: Path, config: dict) -> None:
    custom = config.get("theme", {}).get("custom_dir")
    if custom:
        shutil.copytree(plugin / custom, target / custom, dirs_exist_ok=True)


def make_floor(plugin: Path, floor: Path) -> None:
    """Build the plugin project once with a hook that writes every rendered page and file to ``floor/docs``."""
    shutil.rmtree(floor, ignore_errors=True)
    capture = plugin / "mkdocs.capture.yml"
    capture.write_text(f"INHERIT: mkdocs.yml\nhooks: [{BENCH / 'capture_hook.py'}]\n", encoding="utf-8")
    site = floor / "capture-site"
    env = {**os.environ, "BENCH_CAPTURE": str(floor / "docs")}
    subprocess.run([sys.executable, str(BENCH / "child.py"), str(capture), str(site)], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(site)
    capture.unlink()
    config = _config(plugin)
    extras = yaml.safe_load((floor / "plugin-extras.yml").read_text(encoding="utf-8"))
    search = [p for p in config.get("plugins", []) if p == "search" or (isinstance(p, dict) and "search" in p)]
    config["plugins"] = search or ["search"]
    config["extra_css"], config["extra_javascript"] = extras["extra_css"], extras["extra_javascript"]
    config["theme"] = {**config.get("theme", {}), "font": extras["font"]}
    _copy_theme_dir(plugin, floor, config)
    _write_config(floor, config)


def _editions(docs: Path) -> dict[str, dict]:
    files = sorted((docs / "_data/editions").glob("*.yml"))
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in files}


def _first_day(data: dict) -> str:
    date = data.get("date")
    return str(date[0] if isinstance(date, list) else date)


def make_macros(plugin: Path, floor: Path, macros: Path) -> None:
    """The pages rewritten as a user of mkdocs-macros-plugin would: one macro call per directive."""
    shutil.rmtree(macros, ignore_errors=True)
    src_docs = plugin / "docs"
    editions = _editions(src_docs)
    current = max(editions, key=lambda eid: (_first_day(editions[eid]), eid))
    var = {eid: "ed_" + re.sub(r"\W", "_", eid) for eid in editions}
    pages = sorted(p.relative_to(src_docs).as_posix() for p in src_docs.rglob("*.md") if "_data" not in p.parts)
    metas = {src: get_data((src_docs / src).read_text(encoding="utf-8"))[1] for src in pages}
    urls = {}
    for src, meta in metas.items():
        eid = str(meta["edition"]) if "edition" in meta else (current if src == "index.md" else None)
        if eid and eid not in urls:
            urls[eid] = src.removesuffix("index.md")
    shutil.copytree(src_docs, macros / "docs", ignore=shutil.ignore_patterns("_data", "*.md"))
    shutil.copytree(src_docs / "_data", macros / "data")
    shutil.copytree(floor / "docs/assets/esfomo", macros / "docs/assets/esfomo", ignore=shutil.ignore_patterns("img"))
    shutil.copytree(BENCH / "macros", macros / "macros")
    newest_first = sorted(editions, key=lambda eid: (_first_day(editions[eid]), eid), reverse=True)

    for src in pages:
        body, meta = get_data((src_docs / src).read_text(encoding="utf-8"))
        page_edition = str(meta["edition"]) if "edition" in meta else current

        def call(match: re.Match[str], meta: dict = meta, page_edition: str = page_edition) -> str:
            name, options = match.group(1), yaml.safe_load(match.group(2) or "{}") or {}
            eid = str(options.pop("edition", page_edition))
            if name == "title":
                meta.setdefault("title", editions[eid]["name"])
            if name == "editions":
                items = ", ".join(f'({var[e]}, "{urls.get(e, "")}")' for e in newest_first)
                return f"{{{{ w.editions([{items}]) }}}}"
            args = [var[eid], *(f'{key}="{value}"' for key, value in options.items())]
            return f"{{{{ w.{'people_' if name == 'people' else name}({', '.join(args)}) }}}}"

        body = DIRECTIVE.sub(call, body)
        front = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n\n" if meta else ""
        target = macros / "docs" / src
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f'{front}{{% import "esfomo.j2" as w with context %}}\n{body}', encoding="utf-8")

    # The papers pages the plugin generated beside the edition pages (the floor has them as files).
    from mkdocs_esfomo.render.plan import papers_src

    for src, meta in metas.items():
        eid = str(meta["edition"]) if "edition" in meta else (current if src == "index.md" else None)
        generated = papers_src(src)
        if eid and (floor / "docs" / generated).is_file() and generated not in pages:
            title = f"Accepted papers · {editions[eid]['name']}"
            back = posixpath.relpath(src, posixpath.dirname(generated))
            body = (f"# Accepted papers\n\nThe {len(editions[eid].get('papers') or [])} papers accepted at "
                    f"[{editions[eid]['name']}]({back}).\n\n{{{{ w.papers({var[eid]}) }}}}\n")
            target = macros / "docs" / generated
            target.parent.mkdir(parents=True, exist_ok=True)
            front = yaml.safe_dump({"title": title}, allow_unicode=True)
            macro = '{% import "esfomo.j2" as w with context %}'
            target.write_text(f"---\n{front}---\n\n{macro}\n{body}", encoding="utf-8")

    config = _config(floor)
    data = [{"people": "data/people.yml"}] + [{var[eid]: f"data/editions/{eid}.yml"} for eid in editions]
    config["plugins"] = [*config["plugins"], {"macros": {"include_yaml": data, "include_dir": str(macros / "macros")}}]
    _copy_theme_dir(plugin, macros, config)
    _write_config(macros, config)
