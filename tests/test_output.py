"""What the real site publishes: reproducible bytes, images without EXIF, links that resolve, and gh-deploy."""

from __future__ import annotations

import io
import os
import posixpath
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import MINIMAL_CONFIG, ROOT, build_site
from PIL import Image

EPOCH = "1750000000"  # 2025-06-15
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff"}
GPS_IFD = 0x8825


def copy_real_site(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The real site built twice with the same SOURCE_DATE_EPOCH, from two checkouts in different folders."""
    sites = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        for name in ("first", "second"):
            sites.append(build_site(copy_real_site(tmp_path_factory.mktemp(name) / "checkout")))
    return sites[0], sites[1]


def files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_with_the_same_epoch_are_byte_identical(two_builds: tuple[Path, Path]) -> None:
    first, second = (files(site) for site in two_builds)
    assert sorted(first) == sorted(second)
    for must in ("index.html", "sitemap.xml", "sitemap.xml.gz", "search/search_index.json"):
        assert must in first
    assert any(name.endswith(".ics") for name in first) and any(name.endswith(".webp") for name in first)
    different = [name for name in first if first[name].read_bytes() != second[name].read_bytes()]
    assert different == []
    print(f"\nreproducible: {len(first)} files byte-identical")


def test_published_images_carry_no_exif(two_builds: tuple[Path, Path]) -> None:
    site = two_builds[0]
    # The originals do: one photo even says where it was taken.
    originals = [p for p in (ROOT / "docs/assets/img").iterdir() if p.suffix.lower() in IMAGE_SUFFIXES]
    with_gps = [p.name for p in originals if GPS_IFD in Image.open(p).getexif()]
    assert with_gps, "the real site is expected to hold a photo with GPS data"
    images = [p for p in site.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES]
    assert len([p for p in images if p.suffix == ".webp"]) >= len(originals)
    for path in images:
        with Image.open(path) as img:
            assert not img.info.get("exif"), path
            assert len(img.getexif()) == 0, path
            assert not img.info.get("xmp") and not img.info.get("XML:com.adobe.xmp"), path
    names = {p.name for p in images}
    assert not names & {p.name for p in originals}  # originals are not published
    print(f"\nno EXIF: {len(images)} published images checked")


# -- links --

LINKS = {"a": ("href",), "link": ("href",), "img": ("src", "srcset"), "script": ("src",), "source": ("src", "srcset"),
         "iframe": ("src",), "video": ("src", "poster"), "audio": ("src",)}


def internal_targets(page: BeautifulSoup) -> list[str]:
    found = []
    for tag in page.find_all(list(LINKS)):
        for attribute in LINKS[tag.name]:
            value = tag.get(attribute)
            if not value:
                continue
            urls = [part.strip().split()[0] for part in value.split(",") if part.strip()] if attribute == "srcset" \
                else [value]
            found += [url for url in urls if not urlsplit(url).scheme and not url.startswith(("#", "//"))]
    return found


def resolve(site: Path, page: str, url: str) -> Path:
    path = unquote(urlsplit(url).path)
    base = posixpath.dirname(page)
    target = posixpath.normpath(posixpath.join(base, path)) if not path.startswith("/") else path.lstrip("/")
    candidate = site / target
    if url.split("#")[0].split("?")[0].endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate


def test_every_internal_link_and_image_resolves(two_builds: tuple[Path, Path]) -> None:
    site = two_builds[0]
    pages = {p.relative_to(site).as_posix(): p for p in site.rglob("*.html")}
    checked, broken = 0, []
    for name, path in sorted(pages.items()):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        for url in internal_targets(page):
            checked += 1
            target = resolve(site, name, url)
            if not target.is_file() or site.resolve() not in target.resolve().parents:
                broken.append(f"{name}: {url}")
    assert broken == []
    assert checked > 100
    # The data's pages and pictures are among them.
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "lxml")
    assert home.select("img.esfomo-card__photo") and home.select("a.esfomo-ics")
    print(f"\nlinks: {checked} internal links in {len(pages)} pages resolve")


def test_the_link_checker_catches_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text("")
    page = BeautifulSoup('<a href="../a/">ok</a><img src="../missing.png"><img srcset="../a/index.html 1x, x.webp 2x">',
                         "lxml")
    broken = [url for url in internal_targets(page) if not resolve(tmp_path, "b/index.html", url).is_file()]
    assert broken == ["../missing.png", "x.webp"]


# -- gh-deploy to a local bare repository --

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
       "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_CONFIG_NOSYSTEM": "1"}


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


def branch(bare: Path, name: str = "gh-pages") -> str | None:
    done = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"refs/heads/{name}"], cwd=bare, env=ENV,
                          capture_output=True, text=True, timeout=60)
    return done.stdout.strip() or None


def deploy(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "mkdocs"), "gh-deploy", "--force", "--remote-name", "local"], cwd=project,
                          env=ENV, capture_output=True, text=True, timeout=180)


def misspell_the_zone(checkout: Path) -> None:
    edition = checkout / "docs/_data/editions/2025.yml"
    edition.write_text(edition.read_text(encoding="utf-8").replace("timezone: America/Vancouver",
                                                                   "timezone: America/Vancover", 1), encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """A checkout of the real site in its own git repository, its remote ``local`` a bare repository."""
    bare = tmp_path / "remote.git"
    git("init", "--bare", "--quiet", str(bare), cwd=tmp_path)
    checkout = copy_real_site(tmp_path / "checkout")
    git("init", "--quiet", cwd=checkout)
    git("add", "-A", cwd=checkout)
    git("commit", "--quiet", "-m", "site", cwd=checkout)
    git("remote", "add", "local", str(bare), cwd=checkout)
    return checkout, bare


def test_gh_deploy_pushes_the_site_and_nojekyll(project: tuple[Path, Path]) -> None:
    checkout, bare = project
    done = deploy(checkout)
    assert done.returncode == 0, done.stderr
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=bare).splitlines()
    assert {"index.html", ".nojekyll", "2024/index.html", "call/index.html"} <= set(published)
    assert not [name for name in published if name.startswith("_data/")]
    pushed = branch(bare)

    misspell_the_zone(checkout)  # invalid data: the build fails before anything is pushed
    done = deploy(checkout)
    assert done.returncode != 0
    assert "unknown time zone 'America/Vancover'" in done.stderr
    assert "Traceback" not in done.stderr
    assert branch(bare) == pushed


def test_gh_deploy_with_invalid_data_creates_no_branch(project: tuple[Path, Path]) -> None:
    checkout, bare = project
    people = checkout / "docs/_data/people.yml"
    people.write_text(people.read_text(encoding="utf-8") + "bad id:\n  name: X\n", encoding="utf-8")
    done = deploy(checkout)
    assert done.returncode != 0
    assert "'bad id' is not a valid id" in done.stderr
    assert branch(bare) is None
    assert git("for-each-ref", cwd=bare) == ""


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_esfomo_gh_deploy_publishes_the_site_either_engine_builds(project: tuple[Path, Path], engine: str) -> None:
    checkout, bare = project
    git("remote", "add", "origin", str(bare), cwd=checkout)  # where gh-deploy pushes unless mkdocs.yml says otherwise

    def esfomo_deploy() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mkdocs_esfomo", "gh-deploy", "--engine", engine, "--force"],
                              cwd=checkout, env=ENV, capture_output=True, text=True, timeout=300)

    done = esfomo_deploy()
    assert done.returncode == 0, done.stderr
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=bare).splitlines()
    assert {"index.html", ".nojekyll", "2024/index.html", "call/index.html"} <= set(published)
    assert not [name for name in published if name.startswith("_data/")]
    home = BeautifulSoup(git("show", "gh-pages:index.html", cwd=bare), "lxml")
    assert home.select(".esfomo-schedule tr.esfomo-item") and home.select(".esfomo-card")  # the page, rendered
    pushed = branch(bare)

    misspell_the_zone(checkout)  # invalid data: the build fails, nothing is pushed
    done = esfomo_deploy()
    assert done.returncode == 1
    assert "unknown time zone 'America/Vancover'" in done.stderr and "Traceback" not in done.stderr
    assert branch(bare) == pushed


def test_images_used_by_pages_lose_their_exif_too(tmp_path: Path) -> None:
    """A photo a page shows directly (not through the data) is published without its GPS data."""
    from PIL import Image

    project = tmp_path
    (project / "mkdocs.yml").write_text(MINIMAL_CONFIG)
    (project / "docs").mkdir()

    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {2: (48.0, 12.0, 0.0)}  # GPSInfo: latitude
    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(photo, "JPEG", exif=exif)
    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, "PNG", exif=exif)
    (project / "docs" / "trip.jpg").write_bytes(photo.getvalue())
    (project / "docs" / "map.png").write_bytes(png.getvalue())
    (project / "docs" / "index.md").write_text("# Trip\n\n![trip](trip.jpg)\n![map](map.png)\n")
    assert Image.open(project / "docs" / "trip.jpg").getexif()  # the source keeps its metadata
    site = build_site(project)
    for name in ("trip.jpg", "map.png"):
        with Image.open(site / name) as published:
            assert not published.getexif() and published.size in ((64, 48), (8, 8))
            published.load()  # still a valid image
    assert Image.open(project / "docs" / "trip.jpg").getexif()  # and the user's file is untouched
