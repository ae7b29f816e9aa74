"""The ``esfomo`` command line: its parser, and each command handed to the module that carries it out."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..paths import Escape
from ..userfiles import Refused
from .common import Failure


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    streams = sys.stdout, sys.stderr
    # What the commands print quotes files anyone may write (an al-folio site, a CSV): the terminal
    # is shown their escape sequences, never given them to act on. The engines' commands print their
    # engine's coloured log, and the data's problems, which are printable already (errors.Problem).
    if args.command not in ("build", "serve", "gh-deploy"):
        sys.stdout, sys.stderr = _Printable(sys.stdout), _Printable(sys.stderr)
    try:
        return _run(run, args)
    finally:
        sys.stdout, sys.stderr = streams


class _Printable:
    """A text stream that writes :func:`errors.printable` text."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        from ..errors import printable

        return int(self.stream.write(printable(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _run(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return run(args)
    except (Failure, Escape, Refused) as exc:  # Escape: a path any command would write outside its folder
        print(f"esfomo {args.command}: {exc}", file=sys.stderr)
    except Exception as exc:
        from mkdocs.exceptions import MkDocsException

        if not isinstance(exc, MkDocsException):
            raise
        print(f"esfomo {args.command}: {exc.format_message()}", file=sys.stderr)  # mkdocs.yml missing or invalid
    return 1


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """The command ``name`` of ``module`` (of this package), imported when it runs: each command imports only
    what it uses, so that `esfomo build` of an unchanged site needs little."""

    def run(args: argparse.Namespace) -> int:
        command: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(f".{module}", __package__), name)
        return command(args)

    return run


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="esfomo", description="Tools for a workshop site built with mkdocs-esfomo.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _site_commands(commands)
    _data_commands(commands)
    _import_commands(commands)
    return parser


def _config_file(command: argparse.ArgumentParser) -> None:
    command.add_argument("-f", "--config-file", metavar="FILE", help="the site's mkdocs.yml (default: ./mkdocs.yml)")


def _engine_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--engine", choices=("mkdocs", "zensical"), default="mkdocs",
                         help="what builds the site (default: mkdocs, in this process)")
    _config_file(command)


def _building(command: argparse.ArgumentParser) -> None:
    _engine_options(command)
    command.add_argument("-d", "--site-dir", metavar="DIR", help="where to build the site (default: site_dir)")
    command.add_argument("-s", "--strict", action="store_true", help="fail on warnings too")


def _site_commands(commands: Any) -> None:
    """new, build, serve, gh-deploy: a whole site."""
    new_site = commands.add_parser("new", help="start a workshop site in DIR that builds right away")
    new_site.add_argument("dir", metavar="DIR", type=Path, help="a new or empty folder")
    new_site.add_argument("--name", help="the workshop's short name (default: from DIR)")
    new_site.add_argument("--site-url", default="http://127.0.0.1:8000/",
                          help="where the site will be published (the GitHub workflow sets it for GitHub Pages)")
    when = new_site.add_mutually_exclusive_group()
    when.add_argument("--year", type=int, help="the year of the workshop (default: about six months from today)")
    when.add_argument("--date", type=_day, help="the day of the workshop, YYYY-MM-DD; its deadlines are set before it")
    new_site.set_defaults(run=_lazy("new", "new_command"))

    built = commands.add_parser("build", help="check, then build the site (with MkDocs or Zensical)")
    _building(built)
    built.set_defaults(run=_lazy("engine", "build_command"))

    served = commands.add_parser("serve", help="build the site, serve it and rebuild it on every change")
    _engine_options(served)
    served.add_argument("-a", "--dev-addr", metavar="IP:PORT", help="where to serve (default: dev_addr)")
    served.set_defaults(run=_lazy("engine", "serve_command"))

    deploy = commands.add_parser("gh-deploy", help="build the site and publish it to the gh-pages branch")
    _building(deploy)
    deploy.add_argument("-m", "--message", help="the commit message")
    deploy.add_argument("--force", action="store_true", help="force the push to the repository")
    deploy.set_defaults(run=_lazy("engine", "gh_deploy_command"))


def _data_commands(commands: Any) -> None:
    """check, reference, schema, new-edition, freeze: the data files."""
    check = commands.add_parser("check", help="validate the data and the pages' directives as the build does")
    _config_file(check)
    check.add_argument("-s", "--strict", action="store_true", help="fail on warnings too (as mkdocs build --strict)")
    check.set_defaults(run=_lazy("check", "check_command"))

    reference = commands.add_parser("reference", help="print the field-by-field reference of the data files")
    reference.set_defaults(run=_lazy("check", "reference_command"))

    schema = commands.add_parser("schema", help="write people.schema.json and edition.schema.json into DIR")
    schema.add_argument("dir", metavar="DIR", type=Path)
    schema.set_defaults(run=_lazy("check", "schema_command"))

    new = commands.add_parser("new-edition", help="start _data/editions/ID.yml from a previous edition")
    new.add_argument("id", metavar="ID", help="the new edition's id, e.g. 2026")
    new.add_argument("--from", dest="prev", metavar="PREV", required=True, help="the edition to start from")
    new.add_argument("--force", action="store_true", help="replace ID.yml if it exists")
    _config_file(new)
    new.set_defaults(run=_lazy("editions", "new_edition_command"))

    frozen = commands.add_parser(
        "freeze", help="copy what people.yml says of an edition's people into its file, so its page stays as it is"
    )
    frozen.add_argument("id", metavar="ID", help="the edition, e.g. 2025")
    _config_file(frozen)
    frozen.set_defaults(run=_lazy("editions", "freeze_command"))


def _import_commands(commands: Any) -> None:
    """import-alfolio, import-papers: what another site or a venue holds."""
    alfolio = commands.add_parser("import-alfolio", help="turn an al-folio (Jekyll) workshop site into a new site")
    alfolio.add_argument("src", metavar="SRC", type=Path, help="the al-folio site's folder")
    alfolio.add_argument("dest", metavar="DEST", type=Path, help="a new or empty folder for the site")
    alfolio.set_defaults(run=_lazy("alfolio", "import_alfolio_command"))

    papers = commands.add_parser("import-papers",
                                 help="fill an edition's papers from OpenReview, a notes file or a CSV")
    papers.add_argument("source", metavar="SOURCE", help="an OpenReview venue id (ICML.cc/2025/Workshop/ES-FoMo-III), "
                        "a saved notes .json, or a .csv")
    papers.add_argument("--edition", required=True, metavar="ID", help="the edition whose papers to fill, e.g. 2025")
    papers.add_argument("--kind-map", metavar="WORD=KIND,...",
                        help="the venue's own words for oral, spotlight, poster (or skip), e.g. lightning=spotlight")
    papers.add_argument("--prune", action="store_true", help="remove papers the source no longer has")
    papers.add_argument("--sessions", metavar="CSV", help="where papers are presented: a CSV with a paper id column "
                        "and a session (a poster session's schedule item id) and/or board column")
    papers.add_argument("--api", default=None, metavar="URL",
                        help="the OpenReview API (default: https://api2.openreview.net)")
    _config_file(papers)
    papers.set_defaults(run=_lazy("editions", "import_papers_command"))


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write YYYY-MM-DD") from None


if __name__ == "__main__":
    sys.exit(main())
