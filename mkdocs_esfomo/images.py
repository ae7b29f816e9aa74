"""Photos and banners resized at build time: WebP at 1x and 2x, EXIF (and GPS) stripped.

Results are cached by content hash in a folder outside the site, so an
unchanged photo is processed once, across builds and ``mkdocs serve``
rebuilds alike.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PIL import Image

VERSION = "1"  # bump when the processing changes, so old cache entries are not reused
Facts = tuple[str, tuple[int, int]] | None  # content digest and upright size; None: not an image


def facts(path: Path, known: dict[tuple[str, int, int], Facts]) -> Facts:
    """What the build needs to know of an image file, read once per version of the file.

    ``known``: what was found before, by (path, mtime_ns, size); kept with the cached workshop, so
    a build of unchanged photos neither reads them nor imports Pillow."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in known:
        from PIL import Image, ImageOps

        try:
            with Image.open(path) as img:  # reads the header only
                size = ImageOps.exif_transpose(img).size if _rotated(img) else img.size
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


class Images:
    """Resizes on demand into ``cache_dir``; :meth:`publish` copies what pages used into the site."""

    def __init__(
        self, docs_dir: Path, cache_dir: Path, known: dict[tuple[str, int, int], Facts],
        prefix: str = "assets/esfomo/img",
    ) -> None:
        self.docs_dir, self.cache_dir, self.prefix, self.known = docs_dir, cache_dir, prefix, known
        self.used: dict[str, Path] = {}  # site path -> cached file
        self.processed = 0  # images actually resized in this build (0 when all came from the cache)

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
                self._render(path, cached, width * scale, height * scale, fit_width is None)
            site_path = f"{self.prefix}/{name}"
            self.used[site_path] = cached
            files.append((site_path, f"{scale}x"))
        return Picture(files[0][0], tuple(files), width, height)

    def _render(self, source: Path, target: Path, width: int, height: int, crop: bool) -> None:
        from PIL import Image, ImageOps

        with Image.open(source) as original:
            original.draft("RGB", (width, height))  # JPEG: decode at a fraction of the size, much faster
            upright = ImageOps.exif_transpose(original)
            img = upright.convert("RGBA" if upright.mode in ("RGBA", "LA", "P") else "RGB")
            if crop:
                img = ImageOps.fit(img, (width, height), Image.Resampling.LANCZOS, centering=(0.5, 0.4))
            else:
                img = img.resize((width, height), Image.Resampling.LANCZOS)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".tmp")
            img.save(partial, "WEBP", quality=82, method=6)  # no exif= argument: metadata is dropped
            partial.replace(target)
        self.processed += 1

    def publish(self, site_dir: Path) -> None:
        for site_path, cached in self.used.items():
            target = site_dir / site_path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)


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
