"""Resized photos on a cold build: every core used, each photo decoded once, the same bytes however they are made."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import CONTENT, MINIMAL_CONFIG, write_tree
from mkdocs.commands.build import build
from mkdocs.config import load_config
from PIL import Image, ImageFile

from mkdocs_esfomo.outputs import images

# The real ES-FoMo photos of at least 320 px: each makes four copies here (96, 192, 160 and 320 px).
PHOTOS = [p for p in sorted((CONTENT / "assets/img").glob("*.jp*g")) if min(Image.open(p).size) >= 320]
PAGE = """\
# Home

<!-- esfomo/people { role: organizers, layout: horizontal } -->

<!-- esfomo/people { role: speakers, layout: grid } -->
"""


def photo_site(root: Path, count: int) -> Path:
    """A site whose ``count`` people are organizers (horizontal cards) and speakers (grid cards)."""
    people = "".join(f"p{i}:\n  name: Person {i}\n  photo: assets/{photo.name}\n"
                     for i, photo in enumerate(PHOTOS[:count]))
    ids = ", ".join(f"p{i}" for i in range(count))
    write_tree(root, {
        "mkdocs.yml": MINIMAL_CONFIG,
        "docs/index.md": PAGE,
        "docs/_data/people.yml": people,
        "docs/_data/editions/2030.yml": f"name: Photos 2030\ndate: 2030-05-04\norganizers: [{ids}]\nspeakers: [{ids}]\n",
    })
    (root / "docs/assets").mkdir()
    for photo in PHOTOS[:count]:
        shutil.copy(photo, root / "docs/assets" / photo.name)
    return root


def build_cold(root: Path) -> images.Images:
    """Build with no cache folder, as a fresh clone does; return what resized the photos."""
    shutil.rmtree(root / ".cache", ignore_errors=True)
    config = load_config(str(root / "mkdocs.yml"))
    build(config)
    made = config.plugins["esfomo"].site.images
    assert made is not None
    return made


def published(root: Path) -> dict[str, bytes]:
    folder = root / "site/assets/esfomo/img"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(file name, thread name) of every image decoded, as Pillow loads its pixels."""
    seen: list[tuple[str, str]] = []
    real = ImageFile.ImageFile.load

    def counting(self: ImageFile.ImageFile) -> object:
        if self.tile:  # what is left to decode: empty once loaded
            seen.append((Path(getattr(self, "filename", "")).name, threading.current_thread().name))
        return real(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting)
    return seen


def test_a_cold_build_decodes_each_photo_once_on_every_core(
    tmp_path: Path, decodes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "_cores", lambda: 2)  # as on a machine with two cores, whatever this one has
    root = photo_site(tmp_path, 8)
    made = build_cold(root)
    assert made.processed == 8 * 4 == len(published(root))
    assert sorted(name for name, _ in decodes) == sorted(p.name for p in PHOTOS[:8])  # once each, for all 4 copies
    threads = {thread for _, thread in decodes}
    assert len(threads) == 2 and all(t.startswith("esfomo-images") for t in threads), threads


def test_a_warm_build_resizes_nothing(tmp_path: Path, decodes: list[tuple[str, str]]) -> None:
    root = photo_site(tmp_path, 6)
    assert build_cold(root).processed == 24
    decodes.clear()
    config = load_config(str(root / "mkdocs.yml"))
    build(config)
    assert config.plugins["esfomo"].site.images.processed == 0
    assert decodes == []


def test_threads_make_the_same_bytes_as_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = photo_site(tmp_path, 8)
    monkeypatch.setattr(images, "_cores", lambda: 1)
    build_cold(root)
    alone = published(root)
    monkeypatch.setattr(images, "_cores", lambda: 4)
    build_cold(root)
    assert len(alone) == 32 and published(root) == alone


def test_a_few_photos_are_resized_in_the_build_thread(
    tmp_path: Path, decodes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "_cores", lambda: 8)
    root = photo_site(tmp_path, images.FEW)
    assert build_cold(root).processed == images.FEW * 4
    assert {thread for _, thread in decodes} == {threading.main_thread().name}


def test_photos_are_made_when_no_thread_can_start(
    tmp_path: Path, decodes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = photo_site(tmp_path, 8)
    monkeypatch.setattr(images, "_cores", lambda: 2)
    build_cold(root)
    expected = published(root)

    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")  # as under a limit on threads

    monkeypatch.setattr(threading.Thread, "start", refuse)
    decodes.clear()
    assert build_cold(root).processed == 32
    assert published(root) == expected
    assert {thread for _, thread in decodes} == {threading.main_thread().name}


def test_a_photo_that_cannot_be_decoded_fails_the_build_naming_it(tmp_path: Path) -> None:
    root = photo_site(tmp_path, 8)
    broken = root / "docs/assets" / PHOTOS[3].name
    broken.write_bytes(broken.read_bytes()[: broken.stat().st_size * 3 // 4])  # its header still reads
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert f"docs/assets/{PHOTOS[3].name}: the image cannot be read to resize it: image file is truncated" in done.stderr
    assert "Traceback" not in done.stderr


def test_ctrl_c_stops_the_resizing_without_making_the_rest(tmp_path: Path) -> None:
    jobs = [(photo, [images.Rendition(tmp_path / f"{n}-{photo.stem}-{size}.webp", size, size, True) for size in (320, 160)])
            for n in range(10) for photo in PHOTOS]
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))  # as Ctrl+C does, once threads run
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        images.render_all(jobs)
    timer.join()
    left = [t.name for t in threading.enumerate() if t.name.startswith("esfomo-images")]
    made, copies = len(list(tmp_path.glob("*.webp"))), 2 * len(jobs)
    assert left == [] and made < copies / 2, (left, made, copies)  # the threads stopped; the queue was dropped


def test_a_photo_a_page_names_itself_is_published_as_it_is_too(tmp_path: Path) -> None:
    """People's photos are published resized, not as they are; one that a page also names itself (an ``<img>`` in
    HTML the page keeps, which MkDocs leaves as written) is published as it is too, so that page shows it."""
    root = photo_site(tmp_path, 2)
    shown, unnamed = PHOTOS[0].name, PHOTOS[1].name
    write_tree(root, {"docs/team.md": f'# Team\n\n<div class="card"><img src="../assets/{shown}" alt="P0"></div>\n'})
    build_cold(root)
    assert (root / "site/assets" / shown).is_file()
    assert not (root / "site/assets" / unnamed).exists()
