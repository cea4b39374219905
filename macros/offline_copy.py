"""The offline copy: the built site as one zip that opens from a USB stick with no network.

The build puts it under ``downloads/`` and the pages that offer it (the homes, the handouts page)
print its size, content date and SHA-256; ``make bundle`` adds the PDF handouts to a second copy
in ``dist/``. Inside the zip the same box says that this is the offline copy, so a page never
carries the checksum of the file that contains it. Search works from file:// thanks to Material's
offline plugin and the self-hosted iframe-worker shim.
"""

from __future__ import annotations

import hashlib
import html
import posixpath
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from .editions import language_of
from .ui_text import ui_text

NAME = "post-conviction-relief"
FOLDER = "downloads"
PDF_FOLDER = "printable-handouts"  # not "handouts/": the site has its own pages there
KEEP_LUNR = {"lunr.stemmer.support.min.js", "lunr.multi.min.js", "lunr.es.min.js"}
# The part of a page that depends on the zip, between two comments the box macro writes.
MARK_START, MARK_END = "<!--pcr-offline-->", "<!--/pcr-offline-->"
_MARKED = re.compile(re.escape(MARK_START) + ".*?" + re.escape(MARK_END), re.S)

NOTE = """POST-CONVICTION RELIEF FOR IMMIGRANTS - OFFLINE EDITION
Content version {version} (the latest date on which any page was checked against its sources).

What this is
  A copy of the website on immigrant post-conviction relief: explainers, relief vehicles,
  key cases, comparison charts, a screening tool, printable handouts and the open data
  (data/ folder: JSON, CSV and a Data Package). It is legal education, not legal advice.

How to open it
  1. Unzip the whole folder (do not open files from inside the zip).
  2. Double-click index.html. It opens in the web browser; no internet is needed.
  3. Search, the charts and the screening tool all work offline. Nothing typed is sent
     anywhere or saved.
  4. En español: abra es/index.html (la página de inicio en español, con la herramienta de
     evaluación y una hoja para imprimir).

Handouts
  {handouts}

Before the workshop
  Check the content version above. Immigration law changes; download a newer copy from the
  site's home page before each workshop.
"""
HANDOUTS_PDF = "The printable-handouts/ folder has ready-to-print PDFs. Any page also prints from the browser."
HANDOUTS_PAGES = "Open Handouts in the site and use the browser's Print command: each prints cleanly."


def zip_name(version: str) -> str:
    return f"{NAME}-offline-{version}.zip"


def _wanted(relative: str) -> bool:
    """Files a reader of the copy needs: no source maps, sitemaps, unused search languages or
    the downloads themselves."""
    name = posixpath.basename(relative)
    if relative.startswith(f"{FOLDER}/") or name.endswith(".map") or name.startswith("sitemap.xml"):
        return False
    return not (relative.startswith("assets/javascripts/lunr/") and name not in KEEP_LUNR)


def make_zip(site: Path, version: str, target: Path, handouts: Iterable[Path] = ()) -> Path:
    folder = target.name.removesuffix(".zip")
    handouts = list(handouts)
    target.parent.mkdir(parents=True, exist_ok=True)
    note = NOTE.format(version=version, handouts=HANDOUTS_PDF if handouts else HANDOUTS_PAGES)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(f"{folder}/READ-ME-FIRST.txt", note)
        for path in sorted(site.rglob("*")):
            relative = path.relative_to(site).as_posix()
            if path.is_file() and _wanted(relative):
                archive.write(path, f"{folder}/{relative}")
        for path in handouts:
            archive.write(path, f"{folder}/{PDF_FOLDER}/{path.name}")
    return target


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _mark(text: str) -> str:
    return f"{MARK_START}{text}{MARK_END}"


def preview_text(language: str) -> str:
    """What the box says before a zip exists (the macro's output, and what `mkdocs serve` shows)."""
    return _mark(html.escape(ui_text(language)["offline_preview"]))


def _fill(site: Path, render, pages: Iterable[Path] | None = None) -> list[Path]:
    """Fill the box of every page that has one (of ``pages``, else of the whole site); the pages."""
    boxed = []
    for page in site.rglob("*.html") if pages is None else pages:
        text = page.read_text(encoding="utf-8")
        if MARK_START in text:
            relative = page.relative_to(site).as_posix()
            filled_in = _mark(render(relative, ui_text(language_of(relative))))
            page.write_text(_MARKED.sub(lambda _, box=filled_in: box, text), encoding="utf-8")
            boxed.append(page)
    return boxed


def _size(size: int, language: str) -> str:
    megabytes = f"{size / 1_000_000:.1f}"
    return megabytes.replace(".", ",") if language == "es" else megabytes


def say_inside(site: Path, version: str) -> list[Path]:
    """Every box says the reader holds the offline copy, as it should inside the zip; the pages."""
    return _fill(site, lambda page, words: html.escape(words["offline_inside"].format(date=version)))


def publish(site: Path, version: str) -> Path:
    """Zip the finished site into ``downloads/`` and link it, with its facts, from every box."""
    boxed = say_inside(site, version)
    target = make_zip(site, version, site / FOLDER / zip_name(version))
    digest, size = sha256(target), target.stat().st_size
    (target.parent / f"{target.name}.sha256").write_text(f"{digest}  {target.name}\n", encoding="utf-8")

    def download(page: str, words: dict[str, str]) -> str:
        href = posixpath.relpath(f"{FOLDER}/{target.name}", posixpath.dirname(page) or ".")
        facts = words["offline_facts"].format(size=_size(size, language_of(page)), date=version, sha=digest)
        link = html.escape(words["offline_download"])
        return (
            f'<a class="pcr-offline__link" href="{html.escape(href)}" download>{link}</a>'
            f' <span class="pcr-offline__facts" data-pcr-sha256="{digest}">{html.escape(facts)}</span>'
        )

    _fill(site, download, boxed)
    return target
