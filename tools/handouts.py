"""``make handouts``: print the workshop handouts and the webinar decks to PDF with headless Chromium.

Each handout is a page of the built site printed with the site's own print stylesheet, and each
deck is printed in reveal.js's print mode, one page per slide, so neither can say something the
site does not.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tools.sitebuild import ROOT, build_site, content_version


@dataclass(frozen=True)
class Handout:
    slug: str
    page: str
    landscape: bool = False
    language: str = "en"


HANDOUTS = [
    Handout("post-conviction-relief-basics", "handouts/basics.html"),
    Handout("alivio-posterior-a-la-condena-lo-basico", "es/handouts/basics.html", language="es"),
    Handout("vehicles-chart", "charts/vehicles.html", landscape=True),
    Handout("relief-bars-chart", "charts/relief-bars.html", landscape=True),
    Handout("marijuana-risks", "charts/marijuana.html", landscape=True),
]
FOOTERS = {
    "en": (
        '<div style="font-size:7pt;width:100%;text-align:center;color:#333">'
        "Legal education, not legal advice · content reviewed {reviewed} · page "
        '<span class="pageNumber"></span> of <span class="totalPages"></span></div>'
    ),
    "es": (
        '<div lang="es" style="font-size:7pt;width:100%;text-align:center;color:#333">'
        "Educación legal, no asesoría legal · contenido revisado el {reviewed} · página "
        '<span class="pageNumber"></span> de <span class="totalPages"></span></div>'
    ),
}


def print_handouts(site: Path, out_dir: Path, reviewed: str, browser=None) -> list[Path]:
    """Print every handout page of ``site`` to ``out_dir``; uses ``browser`` or starts Chromium."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            try:
                return print_handouts(site, out_dir, reviewed, launched)
            finally:
                launched.close()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    page = browser.new_page()
    for handout in HANDOUTS:
        page.goto((site / handout.page).as_uri(), wait_until="load")
        page.emulate_media(media="print")
        target = out_dir / f"{handout.slug}.pdf"
        page.pdf(
            path=str(target),
            format="Letter",
            landscape=handout.landscape,
            print_background=True,
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=FOOTERS[handout.language].format(reviewed=reviewed),
            margin={"top": "12mm", "bottom": "14mm", "left": "10mm", "right": "10mm"},
        )
        written.append(target)
    page.close()
    return written + print_decks(site, out_dir, browser)


def wait_until(page, condition: str, timeout: float = 15.0) -> None:
    """Poll ``condition`` from outside the page. (Playwright's wait_for_function evaluates strings
    inside the page, which the deck's Content-Security-Policy forbids, rightly.)"""
    deadline = time.monotonic() + timeout
    ready = f"!!(window.Reveal && Reveal.isReady() && ({condition}))"
    while not page.evaluate(ready):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{page.url}: still not {condition}")
        time.sleep(0.05)


def deck_pdf_name(deck: str) -> str:
    """``training/vacaturs-slides.html`` → ``training-vacaturs-slides.pdf``."""
    return deck.removesuffix(".html").replace("/", "-") + ".pdf"


def decks_of(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*-slides.html"))


def print_decks(site: Path, out_dir: Path, browser) -> list[Path]:
    """Every deck at its own size (1280 by 720), one page per slide, fragments shown."""
    written = []
    page = browser.new_page()
    for deck in decks_of(site):
        page.goto((site / deck).as_uri() + "?print-pdf", wait_until="load")
        # reveal.js lays out the print pages after it is ready and says so with pdf-ready (deck.js).
        wait_until(page, "document.documentElement.dataset.pdfReady === 'yes'")
        target = out_dir / deck_pdf_name(deck)
        page.pdf(path=str(target), width="1280px", height="720px", print_background=True, prefer_css_page_size=True)
        written.append(target)
    page.close()
    return written


def main() -> None:
    out_dir = ROOT / "dist" / "handouts"
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(site)
        shutil.rmtree(out_dir, ignore_errors=True)
        for path in print_handouts(site, out_dir, content_version()):
            print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    sys.exit(main())
