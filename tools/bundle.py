"""``make bundle``: the offline site as one zip that opens from a USB stick with no network.

The zip holds the built site (search works from file:// thanks to the offline plugin and the
self-hosted iframe-worker shim), the PDF handouts, and a short note for the facilitator.
Source maps and search-language files the site does not use are left out to keep it small.
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from tools.handouts import print_handouts
from tools.sitebuild import ROOT, build_site, content_version

NAME = "post-conviction-relief"
PDF_FOLDER = "printable-handouts"  # not "handouts/": the site has its own pages there
KEEP_LUNR = {"lunr.stemmer.support.min.js", "lunr.multi.min.js", "lunr.es.min.js"}

NOTE = """POST-CONVICTION RELIEF FOR IMMIGRANTS - OFFLINE EDITION
Content version {version} (the latest date on which any page was checked against its sources).

What this is
  A copy of the website on immigrant post-conviction relief: explainers, relief vehicles,
  key cases, comparison charts, a screening tool and printable handouts. It is legal
  education, not legal advice.

How to open it
  1. Unzip the whole folder (do not open files from inside the zip).
  2. Double-click index.html. It opens in the web browser; no internet is needed.
  3. Search, the charts and the screening tool all work offline. Nothing typed is sent
     anywhere or saved.
  4. En español: abra es/index.html (la página de inicio en español, con la herramienta de
     evaluación y una hoja para imprimir).

Handouts
  The printable-handouts/ folder has ready-to-print PDFs. Any page also prints cleanly from the
  browser's Print command.

Before the workshop
  Check the content version above. Immigration law changes; for a newer copy, build the
  bundle again from the project (make bundle).
"""


def prune(site: Path) -> None:
    """Drop files a reader never needs: source maps, sitemaps and unused search languages."""
    for path in [*site.rglob("*.map"), *site.glob("sitemap.xml*")]:
        path.unlink()
    for path in (site / "assets/javascripts/lunr").rglob("*.js"):
        if path.name not in KEEP_LUNR:
            path.unlink()


def make_zip(site: Path, handouts: list[Path], version: str, dist: Path) -> Path:
    folder = f"{NAME}-offline-{version}"
    target = dist / f"{folder}.zip"
    dist.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(f"{folder}/READ-ME-FIRST.txt", NOTE.format(version=version))
        for path in sorted(site.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder}/{path.relative_to(site).as_posix()}")
        for path in handouts:
            archive.write(path, f"{folder}/{PDF_FOLDER}/{path.name}")
    return target


def main() -> None:
    version = content_version()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(site)
        handouts = print_handouts(site, Path(tmp) / "handouts", version)
        prune(site)
        target = make_zip(site, handouts, version, ROOT / "dist")
    files = len(zipfile.ZipFile(target).namelist())
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1024 / 1024:.2f} MiB, {files} files")


if __name__ == "__main__":
    sys.exit(main())
