"""``mkdocs serve`` stays up when the data goes bad, shows the located error, and recovers once it is fixed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import MINIMAL_CONFIG, build_site, write_tree

from mkdocs_esfomo.data import loader

MKDOCS = Path(sys.executable).parent / "mkdocs"
EDITION = """\
name: Served I
date: 2025-07-18
timezone: Europe/Vienna
schedule:
  - {time: "9:00", kind: keynote, title: Opening keynote}
"""
INDEX = "# Home\n\n<!-- esfomo/title -->\n\n<!-- esfomo/schedule -->\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(what: str, check: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def get(url: str, timeout: float = 5) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


class Server:
    def __init__(self, root: Path) -> None:
        self.root, self.port = root, free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = root / "serve.log"
        self.log = self.log_path.open("wb")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        self.process = subprocess.Popen(
            [str(MKDOCS), "serve", "-a", f"127.0.0.1:{self.port}"], cwd=root, env=env,
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
            # Ctrl+C works even when these tests run in the background, where SIGINT is ignored
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def page(self) -> str:
        return get(self.url) or ""

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            os.killpg(self.process.pid, signal.SIGINT)  # as Ctrl+C does
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    write_tree(tmp_path, {
        "mkdocs.yml": MINIMAL_CONFIG,
        "docs/_data/people.yml": "ada:\n  name: Ada Lovelace\n",
        "docs/_data/editions/2025.yml": EDITION,
        "docs/index.md": INDEX,
    })
    running = Server(tmp_path)
    try:
        wait_for("the first build to be served", lambda: "Served I" in running.page())
        yield running
    finally:
        running.stop()


def fetch(url: str, timeout: float = 5) -> tuple[int, str]:
    """The status and body of ``url``, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def accepts_connections(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_serve_survives_bad_data_and_recovers(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    edition = server.root / "docs/_data/editions/2025.yml"
    page = server.root / "docs/index.md"

    # Bad data: the rebuild fails with the located line, the server stays up and keeps the last good site.
    edition.write_text(EDITION.replace('"9:00"', '"25:00"'), encoding="utf-8")
    error = "docs/_data/editions/2025.yml:5:12: schedule[0].time: '25:00' is not a time: hours go from 0 to 23"
    wait_for("the data error", lambda: error in server.output())
    assert server.alive()
    assert accepts_connections(server.port)
    # While the last build failed, a page answers at once with the problems (not the old page, no wait).
    started = time.monotonic()
    status, body = fetch(server.url)
    assert time.monotonic() - started < 1
    problems = [li.get_text() for li in BeautifulSoup(body, "lxml").select("ol.esfomo-problems li")]
    assert status == 500 and problems == [error]
    assert "livereload(" in body  # the page reloads into the site when a build succeeds
    assert "Served I" not in body
    assert fetch(server.url + "assets/esfomo/esfomo.css")[0] == 200  # files other than pages are served
    assert server.alive()
    assert "Traceback" not in server.output()

    # Fixed: the next rebuild shows the new data.
    edition.write_text(EDITION.replace("Served I", "Served Again").replace('"9:00"', '"9:30"'), encoding="utf-8")
    wait_for("the fixed page", lambda: "Served Again" in server.page())
    assert "9:30" in server.page()

    # A bad directive on a page: same story.
    page.write_text(INDEX.replace("esfomo/schedule", "esfomo/shedule"), encoding="utf-8")
    wait_for("the directive error", lambda: "docs/index.md:5:1: esfomo/shedule: unknown directive" in server.output())
    page_error = BeautifulSoup(fetch(server.url + "no/such/page/")[1], "lxml").select_one("ol.esfomo-problems li")
    assert page_error is not None and "docs/index.md:5:1: esfomo/shedule: unknown directive" in page_error.get_text()
    assert server.alive()
    assert accepts_connections(server.port)
    page.write_text(INDEX + "\nThe end.\n", encoding="utf-8")
    wait_for("the fixed page", lambda: "The end." in server.page())
    assert "Served Again" in server.page()
    assert server.alive()
    assert "Traceback" not in server.output()

    # Stopped with Ctrl+C, it keeps the data it checked last: the next build need not read it.
    assert not (server.root / ".cache/esfomo/workshop.pickle").exists()  # not on every rebuild
    server.stop()
    assert "Shutting down" in server.output() and (server.root / ".cache/esfomo/workshop.pickle").is_file()
    monkeypatch.setattr(loader, "load_data", lambda *args, **kwargs: pytest.fail("read the data again"))
    assert "Served Again" in (build_site(server.root) / "index.html").read_text(encoding="utf-8")


def test_requests_for_missing_files_are_not_build_problems(tmp_path: Path) -> None:
    """The dev server's own `"GET /x" code 404` lines, logged while a strict rebuild runs, do not fail it.

    With a site_url under a folder (as a project's GitHub Pages site has), a request outside it is
    answered 404 at once, also while a rebuild runs; inside it, the request waits for the rebuild."""
    import threading

    write_tree(tmp_path, {
        "mkdocs.yml": MINIMAL_CONFIG + "strict: true\nsite_url: https://example.org/workshop/\n",
        "docs/_data/people.yml": "ada:\n  name: Ada Lovelace\n",
        "docs/_data/editions/2025.yml": EDITION,
        "docs/index.md": INDEX,
    })
    server = Server(tmp_path)
    stop = threading.Event()
    answered: list[int] = []

    def ask_for_missing() -> None:
        while not stop.is_set():
            answered.append(fetch(server.url + "missing.png")[0])

    try:
        home = server.url + "workshop/"
        wait_for("the first build to be served", lambda: "Served I" in (get(home) or ""))
        askers = [threading.Thread(target=ask_for_missing) for _ in range(8)]
        for thread in askers:
            thread.start()

        def rebuilds() -> int:
            return server.output().count("Reloading browsers") + server.output().count("The site was not built")

        for n in range(2):  # two edits, each rebuilt while the missing file is asked for
            (tmp_path / "docs/index.md").write_text(INDEX + f"\nEdit {n}.\n", encoding="utf-8")
            wait_for(f"edit {n} rebuilt", lambda n=n: rebuilds() > n)
        stop.set()
        for thread in askers:
            thread.join()
        assert answered.count(404) > 20 and set(answered) == {404}
        status, body = fetch(home)
        assert status == 200, body
        assert "Edit 1." in body
        assert "The site was not built" not in server.output()
        assert server.alive()
    finally:
        stop.set()
        server.stop()


def test_what_the_server_logs_while_answering_a_request_is_not_the_builds() -> None:
    """The dev server logs an error page it could not read (a rebuild was replacing it) as an error,
    from the request's thread: strict mode, counting while the rebuild runs, leaves it out. What the
    build's own thread logs keeps its level."""
    import logging
    import threading
    from types import SimpleNamespace

    from mkdocs.utils import CountHandler

    from mkdocs_esfomo import serve

    server_log, mkdocs_log = logging.getLogger(serve.SERVER_LOG), logging.getLogger("mkdocs")
    filters, handlers = list(server_log.filters), list(mkdocs_log.handlers)
    counter = CountHandler()
    counter.setLevel(logging.WARNING)
    try:
        serve.BuildWatch().install(SimpleNamespace(builder=None, _serve_request=None, _inject_js_into_html=None))
        mkdocs_log.addHandler(counter)
        for line in ("Failed to render an error message!", '"GET /workshop/missing.png HTTP/1.1" code 404'):
            request = threading.Thread(target=lambda line=line: server_log.error(line))
            request.start()
            request.join()
        assert counter.get_counts() == []
        server_log.error("An error happened during the rebuild.")
        assert counter.get_counts() == [("ERROR", 1)]
    finally:
        server_log.filters[:] = filters
        mkdocs_log.handlers[:] = handlers
