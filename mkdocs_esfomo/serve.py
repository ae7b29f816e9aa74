"""``mkdocs serve`` while the last build failed: every page answers at once with the problems.

MkDocs itself holds page requests until a build succeeds, so a tab shows nothing (or the old
page) while the data is broken. Here the server's builder is wrapped: a failed build is kept with
what it reported, open tabs reload onto an error page listing it, and that page reloads into the
site once a build succeeds again.

Only the build's own problems count: the dev server logs each request it cannot answer
(`"GET /x" code 404`) as a warning, and an error page it could not read (the build was replacing
it) as an error, from its request threads, also while a rebuild runs, where MkDocs' strict mode
would count them and abort the build. Lines logged while answering a request are shown as
information; the build's own thread is left as it is.
"""

from __future__ import annotations

import html
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger("mkdocs.plugins.esfomo")
SERVER_LOG = "mkdocs.livereload"  # MkDocs' dev server
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }}
h1 {{ font-size: 1.4rem; color: #b3261e; }}
ol {{ padding-left: 1.4rem; }} li {{ margin: 0.4rem 0; }}
code {{ font: 0.9rem/1.4 ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }}
@media (prefers-color-scheme: dark) {{ body {{ background: #1e1e1e; color: #ddd; }} h1 {{ color: #ff8a80; }} }}
</style></head>
<body><main>
<h1>The site could not be built</h1>
<p>{count} to fix. This page turns into the site as soon as a build succeeds.</p>
<ol class="esfomo-problems">
{items}
</ol>
</main></body></html>
"""


class BuildWatch(logging.Handler):
    """What the last build reported, and whether it failed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []  # warnings and errors of the build under way
        self.failure: list[str] | None = None  # what the last build reported, if it failed

    def emit(self, record: logging.LogRecord) -> None:
        if record.name != SERVER_LOG:  # the server's own lines are not the build's
            self.messages.append(record.getMessage())

    def install(self, server: Any) -> Any:
        """Wrap ``server`` (MkDocs' LiveReloadServer); without the parts relied on, leave it as it is."""
        if not all(hasattr(server, name) for name in ("builder", "_serve_request", "_inject_js_into_html")):
            return server
        logging.getLogger("mkdocs").addHandler(self)
        logging.getLogger(SERVER_LOG).addFilter(_requests_as_information(threading.get_ident()))
        builder: Callable[..., None] = server.builder
        serve_request: Callable[..., Iterable[bytes] | None] = server._serve_request

        def build(*args: Any, **kwargs: Any) -> None:
            self.messages = []
            try:
                builder(*args, **kwargs)
            except Exception as exc:  # kept, shown, and the browsers told to reload onto it
                if not self.messages:  # not logged by MkDocs (it logs build errors itself): say what it was
                    traceback.print_exc(file=sys.stderr)
                    self.messages.append(f"{type(exc).__name__}: {exc}")
                self.failure = [m for m in self.messages if not m.startswith("Aborted with")] or self.messages
                log.error("The site was not built; pages show what to fix until a build succeeds.")
                return
            self.failure = None

        def answer(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes] | None:
            path = environ.get("PATH_INFO", "")
            if self.failure is None or path.startswith("/livereload/") or not _is_page(path):
                return serve_request(environ, start_response)
            content = server._inject_js_into_html(error_page(self.failure).encode(), server._visible_epoch)
            start_response("500 Internal Server Error", [("Content-Type", "text/html; charset=utf-8"),
                                                        ("Content-Length", str(len(content)))])
            return [content]

        server.builder, server._serve_request = build, answer
        return server


def _requests_as_information(build_thread: int) -> Callable[[logging.LogRecord], bool]:
    """A request the dev server could not answer is the visitor's problem, not the build's: what it
    logs from a thread other than the builds' own is shown as information, so that strict mode,
    counting warnings and errors while a rebuild runs, leaves it out (a traceback stays with it)."""

    def demote(record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING and record.thread != build_thread:
            record.levelno, record.levelname = logging.INFO, logging.getLevelName(logging.INFO)
        return True

    return demote


def _is_page(path: str) -> bool:
    last = path.rsplit("/", 1)[-1]
    return path.endswith("/") or last.endswith(".html") or "." not in last


def error_page(messages: list[str]) -> str:
    """The problems, one per item; a report's "N problems in the workshop data:" head is left out."""
    lines = [line for message in messages for line in message.splitlines() if line.strip()]
    problems = [line for line in lines if not (line.endswith(":") and ": " not in line)]
    items = "\n".join(f"<li><code>{html.escape(line)}</code></li>" for line in problems)
    return _PAGE.format(count=f"{len(problems)} problem{'s' if len(problems) != 1 else ''}", items=items)
