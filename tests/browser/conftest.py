"""The real site, built once, served on 127.0.0.1 and opened in Debian's Chromium.

Nothing may come from the internet: every request to another host is
blocked and recorded, so a test can assert there were none.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import CHROMIUM_ARGS, ROOT, STARTED, started_site

__all__ = ["CHROMIUM_ARGS"]  # the Chromium and browser fixtures are tests/conftest.py's: one Playwright per session
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".ics"}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
REPORT: list[str] = []  # figures worth reading after the run, printed in the summary

# Scrolls to the end step by step so lazy images start loading, then waits for every image.
SCROLL_TO_END = """async () => {
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise(done => setTimeout(done, 30));
  }
  scrollTo(0, document.documentElement.scrollHeight);
  await Promise.all([...document.images].map(img => img.decode().catch(() => null)));
}"""


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if REPORT:
        terminalreporter.section("what a visitor gets")
        for line in REPORT:
            terminalreporter.write_line(line)


class _StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves files as the usual static hosts do: text gzipped when the browser accepts it."""

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.endswith("/"):
            path = path / "index.html"
        if path.suffix not in COMPRESSED or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().do_GET()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    # socketserver's default backlog of 5 drops a browser's burst of connections on a first
    # visit; the dropped ones retry after a second, a stall no real host has.
    request_queue_size = 128


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """A built site over HTTP on 127.0.0.1, from a thread, as static hosts serve it."""
    handler = functools.partial(_StaticHost, directory=str(site))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def base_url(esfomo_site: Path) -> Iterator[str]:
    """The site MkDocs built, served."""
    with serving(esfomo_site) as url:
        yield url


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same repository built by Zensical (`esfomo build --engine zensical --strict`)."""
    pytest.importorskip("zensical")
    root = tmp_path_factory.mktemp("esfomo-zensical")
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    done = subprocess.run([sys.executable, "-m", "mkdocs_esfomo", "build", "--engine", "zensical", "--strict"],
                          cwd=root, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    return root / "site"


@pytest.fixture(scope="session")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    """The site Zensical built, served."""
    with serving(zensical_site) as url:
        yield url


@pytest.fixture(scope="session")
def starter_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A site from `esfomo new` (its call open, its papers on a page of their own), built by MkDocs and by
    Zensical with the package's defaults and no overrides, each served: engine -> base URL."""
    mkdocs = started_site(tmp_path_factory.mktemp("starter-mkdocs") / "site-src", STARTED, papers_page=True)
    sites = {"mkdocs": mkdocs}
    try:
        import zensical  # noqa: F401
    except ImportError:
        pass
    else:
        root = started_site(tmp_path_factory.mktemp("starter-zensical") / "site-src", STARTED, papers_page=True,
                            build=False)
        done = subprocess.run([sys.executable, "-m", "mkdocs_esfomo", "build", "--engine", "zensical", "--strict"],
                              cwd=root, capture_output=True, text=True, timeout=300,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        assert done.returncode == 0, done.stderr
        sites["zensical"] = root / "site"
    with contextlib.ExitStack() as stack:
        yield {engine: stack.enter_context(serving(site)) for engine, site in sites.items()}


def first_visit(browser: Any, url: str) -> dict[str, int]:
    """Bytes received per URL (as sent: gzipped) on a first visit to ``url``, scrolled to its end,
    by a phone with a sharp screen (it picks the 2x photos, the heaviest case)."""
    context = browser.new_context(viewport={"width": 375, "height": 800}, device_scale_factor=3)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    received: dict[str, int] = {}
    urls: dict[str, str] = {}
    cdp.on("Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))
    cdp.on("Network.loadingFinished", lambda e: received.__setitem__(e["requestId"], e["encodedDataLength"]))
    page.goto(url)
    page.evaluate(SCROLL_TO_END)
    page.wait_for_load_state("networkidle")
    context.close()
    return {urls.get(rid, rid): size for rid, size in received.items()}


@dataclass
class Visit:
    """One page opened in a fresh browser context, with what went wrong while loading it."""

    page: Any
    path: str
    width: int
    scheme: str
    engine: str = "mkdocs"  # which built the page
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    outside: list[str] = field(default_factory=list)  # blocked requests to other hosts


@pytest.fixture(scope="session")
def open_page(browser: Any, base_url: str) -> Iterator[Any]:
    """``open_page(path, base=url, **context_options)``: load ``path`` (of the MkDocs-built site, or of the
    site at ``base``) in a new context, scroll to its end."""
    contexts = []

    def open_(path: str, *, scroll: bool = True, base: str | None = None, **options: Any) -> Visit:
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        visit = Visit(page, path, page.viewport_size["width"], options.get("color_scheme", "light"))

        def route(route: Any) -> None:
            if urlsplit(route.request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                visit.outside.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        page.on("console", lambda msg: msg.type == "error" and visit.errors.append(msg.text))
        page.on("pageerror", lambda exc: visit.errors.append(str(exc)))
        page.goto((base or base_url) + path)
        if scroll:
            page.evaluate(SCROLL_TO_END)
            page.wait_for_load_state("networkidle")
        return visit

    yield open_
    for context in contexts:
        context.close()
