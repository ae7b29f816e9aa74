"""``esfomo build``, ``serve`` and ``gh-deploy``: the site built by MkDocs or by Zensical."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from .common import Failure


def _engine(run: Callable[[], Any]) -> Any:
    from ..engines import Failed

    try:
        return run()
    except Failed as exc:
        raise Failure(str(exc)) from None


def build_command(args: argparse.Namespace) -> int:
    from ..engines import fresh

    options = {"site_dir": args.site_dir, "strict": args.strict}
    if args.engine == "zensical" and _engine(lambda: fresh.build(args.config_file, **options)):
        return 0  # nothing changed: Zensical built the site again as it was
    from ..engines import run

    _engine(lambda: run.build(args.config_file, engine=args.engine, **options))
    return 0


def serve_command(args: argparse.Namespace) -> int:
    from ..engines import run

    _engine(lambda: run.serve(args.config_file, engine=args.engine, dev_addr=args.dev_addr))
    return 0


def gh_deploy_command(args: argparse.Namespace) -> int:
    from ..engines import run

    _engine(lambda: run.gh_deploy(args.config_file, engine=args.engine, site_dir=args.site_dir,
                                  strict=args.strict, message=args.message, force=args.force))
    return 0
