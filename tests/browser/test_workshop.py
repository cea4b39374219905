"""Workshop use: the offline zip works from file:// with no network, handouts print, trainer mode."""

from __future__ import annotations

import zipfile

import pytest
from htmlcheck import html_pages
from projects import ROOT
from pypdf import PdfReader
from recorder import Recorder
from site_visit import EVERY_PAGE, hand_written_pages, one_page_per_folder

from macros.offline_copy import PDF_FOLDER, make_zip, say_inside
from tools.handouts import HANDOUTS, deck_pdf_name, decks_of, print_handouts

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def handout_pdfs(site, tmp_path_factory, browser):
    return print_handouts(site, tmp_path_factory.mktemp("handouts"), "2026-11-22", browser)


@pytest.fixture(scope="module")
def unzipped_bundle(site, tmp_path_factory, handout_pdfs):
    tmp = tmp_path_factory.mktemp("bundle")
    copy = tmp / "site"
    import shutil

    shutil.copytree(site, copy)
    say_inside(copy, "2026-11-22")
    archive = make_zip(copy, "2026-11-22", tmp / "dist" / "copy.zip", handout_pdfs)
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(tmp / "usb-stick")
    (folder,) = (tmp / "usb-stick").iterdir()
    return folder


def test_bundle_has_the_note_handouts_and_no_source_maps(unzipped_bundle):
    note = (unzipped_bundle / "READ-ME-FIRST.txt").read_text(encoding="utf-8")
    assert "Double-click index.html" in note and "2026-11-22" in note
    printed = sorted(p.name for p in (unzipped_bundle / PDF_FOLDER).iterdir())
    assert printed == sorted(
        [f"{h.slug}.pdf" for h in HANDOUTS] + [deck_pdf_name(d) for d in decks_of(unzipped_bundle)]
    )
    assert not list(unzipped_bundle.rglob("*.map"))


def test_the_pages_of_the_bundle_from_file_make_no_request_and_no_error(browser, unzipped_bundle, site):
    """The offline copy holds every page of the site, so this is also the site from file://: every
    page with PCR_EVERY_PAGE=1 (CI), else each hand-written page and one page of each folder."""
    assert [p.relative_to(unzipped_bundle) for p in html_pages(unzipped_bundle)] == [
        p.relative_to(site) for p in html_pages(site)
    ]
    every = [p.relative_to(unzipped_bundle).as_posix() for p in html_pages(unzipped_bundle)]
    visited = every if EVERY_PAGE else one_page_per_folder(unzipped_bundle, hand_written_pages(ROOT / "docs"))
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder().attach(page)
    for address in visited:
        if address != "404.html":
            page.goto((unzipped_bundle / address).as_uri(), wait_until="load")
    context.close()
    assert recorder.off_machine() == []
    assert recorder.failed == []
    assert recorder.errors == []


def test_bundle_search_and_screening_work_offline(browser, unzipped_bundle):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder().attach(page)
    page.goto((unzipped_bundle / "index.html").as_uri())
    page.locator("input.md-search__input").click()
    page.keyboard.type("coram nobis")
    result = page.locator(".md-search-result__item a").first
    result.wait_for(timeout=20_000)
    result.click()
    page.wait_for_load_state()
    assert "coram" in page.url
    page.goto((unzipped_bundle / "screening.html").as_uri())
    for label in ["Yes, naturalised (took the oath of citizenship)"]:
        page.get_by_label(label, exact=True).check()
        page.get_by_role("button", name="Next").click()
    assert page.get_by_role("heading", name="Citizens are not deported").is_visible()
    context.close()
    assert recorder.off_machine() == []
    assert recorder.errors == []


EXPECTED_TITLES = {
    "post-conviction-relief-basics": "Post-conviction relief: the basics",
    "vehicles-chart": "Post-conviction relief vehicles compared",
    "relief-bars-chart": "Criminal record bars to relief",
    "marijuana-risks": "Marijuana: conduct and its immigration consequences",
    "alivio-posterior-a-la-condena-lo-basico": "Alivio posterior a la condena: lo básico",
}
FOOTER_WORDS = {
    "en": ("Legal education, not legal advice", "content reviewed 2026-11-22"),
    "es": ("Educación legal, no asesoría legal", "contenido revisado el 2026-11-22"),
}


def test_handout_pdfs_have_their_titles_disclaimer_and_review_date(handout_pdfs):
    pages = [p for p in handout_pdfs if not p.stem.endswith("-slides")]
    assert {p.stem for p in pages} == set(EXPECTED_TITLES)
    languages = {h.slug: h.language for h in HANDOUTS}
    for pdf in pages:
        reader = PdfReader(pdf)
        first_page = reader.pages[0].extract_text()
        assert EXPECTED_TITLES[pdf.stem] in first_page, pdf.name
        for words in FOOTER_WORDS[languages[pdf.stem]]:
            assert words in first_page, pdf.name


def test_deck_pdfs_open_with_the_disclaimer_in_their_language(handout_pdfs, site):
    decks = {p.stem: p for p in handout_pdfs if p.stem.endswith("-slides")}
    assert sorted(decks) == sorted(deck_pdf_name(d).removesuffix(".pdf") for d in decks_of(site))
    for stem, pdf in decks.items():
        words = FOOTER_WORDS["es" if stem.startswith("es-") else "en"][0]
        assert words in PdfReader(pdf).pages[0].extract_text(), stem


def test_printing_hides_navigation_and_keeps_disclaimer_and_review_date(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / "vehicles/pc-1473-7-a-1.html").as_uri())
    page.emulate_media(media="print")
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.locator(".md-header").is_hidden()
    assert page.locator(".pcr-disclaimer").is_visible()
    assert page.locator(".pcr-page-meta").is_visible()
    assert "Reviewed" in page.locator(".pcr-review").inner_text()
    context.close()
