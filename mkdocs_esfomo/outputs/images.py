"""Photos and banners resized at build time: WebP at 1x and 2x, EXIF (and GPS) stripped.

Results are cached by content hash in a folder outside the site, so an
unchanged photo is processed once, across builds and ``mkdocs serve``
rebuilds alike. What the cache lacks is made after the pages are rendered,
on every core.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import warnings
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from PIL import Image

VERSION = "2"  # bump when the processing changes, so old cache entries are not reused
QUALITY = 82
# WebP effort (0-6), measured on the ES-FoMo photos and the benchmark's (bench/README.md, "Photos"):
# 5 encodes the real photos in half the time of 6 for files 2 % larger; 4 saves little more time
# for files 5 % larger, and below 4 files grow fast. Visitors download the bytes; a build pays the
# seconds once, as only a new photo is encoded.
METHOD = 5
FEW = 4  # sources; this few are resized in the build's own thread, with no others to start
# The most pixels a photo, banner or logo may have: it is decoded whole to be resized (a PNG of
# 13,000 x 13,000 pixels is 490 KB on disk and 2 GB decoded), one per core. 50 megapixels is more
# than phones save and as much as most cameras (45-50 MP); decoded, it takes 150 MB (200 MB with
# transparency) and about twice that while resized. Its header tells the size without decoding.
MAX_PIXELS = 50_000_000
Facts = tuple[str, tuple[int, int]] | None  # content digest and upright size; None: not an image


def facts(path: Path, known: dict[tuple[str, int, int], Facts]) -> Facts:
    """What the build needs to know of an image file, read once per version of the file.

    ``known``: what was found before, by (path, mtime_ns, size); kept with the cached workshop, so
    a build of unchanged photos neither reads them nor imports Pillow."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in known:
        from PIL import Image

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # over MAX_PIXELS: said by line
                with Image.open(path) as img:  # reads the header only
                    width, height = img.size
                    # A PNG's EXIF may follow its pixels, then decoded: not those of a photo refused for its size.
                    rotated = width * height <= MAX_PIXELS and _rotated(img)
                    size = (height, width) if rotated else (width, height)
            known[key] = (hashlib.sha256(path.read_bytes()).hexdigest()[:20], size)
        except Exception:  # not an image, or one Pillow refuses (a decompression bomb)
            known[key] = None
    return known[key]


class Picture(NamedTuple):
    """What an ``<img>`` needs: the 1x file, the srcset, and the box size."""

    src: str
    srcset: tuple[tuple[str, str], ...]
    width: int
    height: int


class Rendition(NamedTuple):
    """One resized copy to make."""

    target: Path  # the file in the cache folder
    width: int
    height: int
    crop: bool  # a centered square; else the whole image


class Images:
    """Names the resized copies pages ask for; :meth:`publish` makes the missing ones and copies them into the site.

    Pages only need a copy's name and size, which the source's digest and size decide, so
    rendering never waits for Pillow: what the cache lacks is made at the end, all at once,
    on every core (:func:`render_all`).
    """

    def __init__(
        self, docs_dir: Path, cache_dir: Path, known: dict[tuple[str, int, int], Facts],
        prefix: str = "assets/esfomo/img",
    ) -> None:
        self.docs_dir, self.cache_dir, self.prefix, self.known = docs_dir, cache_dir, prefix, known
        self.used: dict[str, Path] = {}  # site path -> cached file (made by :meth:`make`)
        # Content digest -> a file with that content and the copies of it still to make.
        self.wanted: dict[str, tuple[Path, dict[Path, Rendition]]] = {}
        self.processed = 0  # images actually resized in this build (0 when all came from the cache)
        self.asked: list[list[Any]] | None = None  # when set, every copy pages ask for: [path, size, fit width]

    def _source(self, rel: str) -> tuple[Path, str, tuple[int, int]]:
        path = self.docs_dir / rel
        found = facts(path, self.known)
        if found is None:
            raise ValueError(f"{rel} is not an image")  # the loader has left it out already
        digest, size = found
        return path, digest, size

    def square(self, rel: str, size: int) -> Picture:
        """A centered square crop, ``size`` CSS px wide (for person cards)."""
        return self._picture(rel, size, None)

    def fit(self, rel: str, width: int) -> Picture:
        """The whole image at ``width`` CSS px (never wider than the original)."""
        return self._picture(rel, width, width)

    def _picture(self, rel: str, size: int, fit_width: int | None) -> Picture:
        if self.asked is not None:
            self.asked.append([rel, size, fit_width])
        path, digest, (w0, h0) = self._source(rel)
        if fit_width is not None:
            width = min(fit_width, w0)
            height = round(h0 * width / w0)
        else:
            width = height = size
        files = []
        for scale in (1, 2):
            if scale == 2 and min(w0, h0 if fit_width is None else w0) < width * 2:
                break  # the original is too small for a sharper copy
            shape = "fit" if fit_width else "sq"
            name = f"{digest}-{shape}{width * scale}.webp"
            cached = self.cache_dir / f"v{VERSION}" / name
            if not cached.is_file():
                renditions = self.wanted.setdefault(digest, (path, {}))[1]
                renditions[cached] = Rendition(cached, width * scale, height * scale, fit_width is None)
            site_path = f"{self.prefix}/{name}"
            self.used[site_path] = cached
            files.append((site_path, f"{scale}x"))
        return Picture(files[0][0], tuple(files), width, height)

    def make(self) -> int:
        """Make the copies pages asked for that the cache lacks; return how many."""
        jobs = [(source, tuple(renditions.values())) for source, renditions in self.wanted.values()]
        self.wanted = {}
        render_all(jobs)
        made = sum(len(renditions) for _, renditions in jobs)
        self.processed += made
        return made

    def publish(self, site_dir: Path) -> None:
        self.make()
        for site_path, cached in self.used.items():
            target = site_dir / site_path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)


Job = tuple[Path, Sequence[Rendition]]  # one source and the copies to make of it


def render_all(jobs: Sequence[Job]) -> None:
    """Make every job's copies, the sources side by side in threads (one per core).

    Threads suffice: Pillow lets go of the GIL while it decodes, resizes and encodes, so
    they keep every core busy (bench/README.md compares them with processes), start in
    microseconds, and work wherever the build runs (``mkdocs serve`` builds in a thread).
    """
    # The largest first, so that no thread is left with a big one at the end while the others wait.
    jobs = sorted(jobs, key=lambda job: job[0].stat().st_size, reverse=True)
    workers = min(len(jobs), _cores()) if len(jobs) > FEW else 1
    started: list[Future[None]] = []
    if workers > 1:
        pool = ThreadPoolExecutor(workers, thread_name_prefix="esfomo-images")
        try:
            for source, renditions in jobs:
                started.append(pool.submit(_render, source, renditions))
        except RuntimeError:  # no thread could start (a limit on threads, the interpreter exiting)
            pass  # what was not handed over is made below
        try:
            wait(started)
        finally:  # on Ctrl+C, the copies not begun are dropped: the process need not make them to exit
            pool.shutdown(cancel_futures=True)
    for future in started:
        future.result()  # a job's error, raised here
    for source, renditions in jobs[len(started) :]:
        _render(source, renditions)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (containers, taskset)
    except AttributeError:  # macOS and Windows do not have it
        return os.cpu_count() or 1


class ImageError(ValueError):
    """A source Pillow read the header of (the loader checks that much) but cannot decode."""


def _render(source: Path, renditions: Sequence[Rendition]) -> None:
    try:
        made = resized(source, renditions)
    except Exception as exc:  # truncated or corrupt after a valid header
        raise ImageError(f"{source}: the image cannot be read to resize it: {exc}") from exc
    for rendition, img in zip(renditions, made, strict=True):
        rendition.target.parent.mkdir(parents=True, exist_ok=True)
        partial = rendition.target.with_name(f"{rendition.target.name}.{os.getpid()}.tmp")
        img.save(partial, "WEBP", quality=QUALITY, method=METHOD)  # no exif= argument: metadata is dropped
        partial.replace(rendition.target)


def resized(source: Path, renditions: Sequence[Rendition]) -> list[Image.Image]:
    """Every rendition of one source, from one decoding of it."""
    from PIL import Image, ImageOps

    width, height = max(r.width for r in renditions), max(r.height for r in renditions)
    with Image.open(source) as original:
        # JPEG: decoded at the smallest fraction (1/2 to 1/8) that still covers the largest copy, much faster.
        original.draft("RGB", (height, width) if _rotated(original) else (width, height))
        upright = ImageOps.exif_transpose(original)
    img = upright.convert("RGBA" if upright.mode in ("RGBA", "LA", "P") else "RGB")
    return [
        ImageOps.fit(img, (r.width, r.height), Image.Resampling.LANCZOS, centering=(0.5, 0.4))
        if r.crop else img.resize((r.width, r.height), Image.Resampling.LANCZOS)
        for r in renditions
    ]


def strip_metadata(path: Path) -> bool:
    """Drop EXIF/XMP (camera, GPS) from a published JPEG or PNG without re-encoding it.

    For images a page uses directly, which MkDocs copies as they are. Returns
    whether the file changed. A JPEG that relied on its EXIF orientation shows
    unrotated afterwards: privacy comes first.
    """
    data = path.read_bytes()
    if data[:2] == b"\xff\xd8":
        out, i = bytearray(data[:2]), 2
        while i + 4 <= len(data) and data[i] == 0xFF and data[i + 1] != 0xDA:  # until the image data
            end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
            if data[i + 1] not in (0xE1, 0xED):  # APP1 (EXIF, XMP), APP13 (IPTC)
                out += data[i:end]
            i = end
        out += data[i:]
    elif data[:8] == b"\x89PNG\r\n\x1a\n":
        out, i = bytearray(data[:8]), 8
        while i + 8 <= len(data):
            end = i + 12 + int.from_bytes(data[i : i + 4], "big")
            if data[i + 4 : i + 8] not in (b"eXIf", b"iTXt", b"tEXt", b"zTXt"):
                out += data[i:end]
            i = end
    else:
        return False
    if bytes(out) == data:
        return False
    path.write_bytes(bytes(out))
    return True


def _rotated(img: Image.Image) -> bool:
    return img.getexif().get(0x0112, 1) in (5, 6, 7, 8)  # EXIF orientations that swap width and height
