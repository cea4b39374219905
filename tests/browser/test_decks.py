"""A trainer opens a module's deck, presents it with notes on a second screen, reveals the answers
when ready, and prints the deck, online or from a USB stick, in English or Spanish."""

from __future__ import annotations

import pytest
from axe import violations
from playwright.sync_api import expect
from pypdf import PdfReader
from recorder import Recorder

from tools.handouts import decks_of, print_decks, wait_until

pytestmark = pytest.mark.browser

MODULE_DECK = "training/vacaturs-slides.html"
SPANISH_DECK = "es/handouts/basics-slides.html"
FACILITATOR_NOTE = "Ask the group what the court order should say"  # docs/training/vacaturs.md
MODEL_ANSWER = "The expungement does not erase the conviction"


def open_deck(browser, url: str, size=(1280, 720), origin: str = ""):
    """The deck at ``url``, ready; requests to ``origin`` (the test server) count as local."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    recorder = Recorder(allowed_origin=origin).attach(page)
    page.goto(url)
    wait_until(page, "true")
    return context, page, recorder


def test_every_page_with_slides_has_its_deck(site):
    assert decks_of(site) == [
        "es/handouts/basics-slides.html",
        "handouts/basics-slides.html",
        "training/marijuana-slides.html",
        "training/pc-1473-7-slides.html",
        "training/relief-bars-slides.html",
        "training/vacaturs-slides.html",
    ]


def test_the_audience_never_sees_notes_and_sees_an_answer_only_when_the_presenter_moves_on(browser, site):
    for deck in decks_of(site):
        context, page, _ = open_deck(browser, (site / deck).as_uri())
        for index in range(page.evaluate("Reveal.getTotalSlides()")):
            page.evaluate(f"Reveal.slide({index}, 0, -1)")
            slide = page.locator(".reveal .slides > section.present")
            assert not slide.locator("aside.notes").is_visible(), (deck, index)
            answers = slide.locator(".pcr-deck-answer")
            for n in range(answers.count()):
                assert not answers.nth(n).is_visible(), (deck, index)
                page.evaluate("Reveal.next()")
                expect(answers.nth(n), f"{deck}, slide {index}").to_be_visible()  # after reveal's fade-in
        assert FACILITATOR_NOTE not in page.locator("body").inner_text()
        context.close()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_slide_fits_the_screen(browser, site, size):
    overflowing = []
    for deck in decks_of(site):
        context, page, _ = open_deck(browser, (site / deck).as_uri(), size)
        for index in range(page.evaluate("Reveal.getTotalSlides()")):
            page.evaluate(f"Reveal.slide({index}, 0, 99)")
            beyond = page.evaluate(
                """([w, h]) => Array.from(Reveal.getCurrentSlide().querySelectorAll('.pcr-deck-body *'))
                   .filter(el => { const r = el.getBoundingClientRect();
                                   return r.width && (r.bottom > h + 1 || r.right > w + 1 || r.top < -1 || r.left < -1); })
                   .map(el => el.tagName + ': ' + el.textContent.slice(0, 40))""",
                list(size),
            )
            if beyond:
                overflowing.append((deck, index, beyond[:2]))
        context.close()
    assert overflowing == []


@pytest.mark.parametrize("served", ["file", "http"])
def test_the_speaker_view_holds_the_notes_the_answers_and_a_timer(browser, site, http_site, served):
    url = (site / MODULE_DECK).as_uri() if served == "file" else f"{http_site}{MODULE_DECK}"
    context, page, recorder = open_deck(browser, url, origin=http_site)
    with context.expect_page() as opened:
        page.keyboard.press("s")
    speaker = opened.value  # it inherits the deck's policy: no string evaluation, so locators only
    notes = speaker.locator(".speaker-controls-notes")
    page.evaluate(f"Reveal.slide({page.evaluate('Reveal.getTotalSlides()') - 1})")  # the facilitator's slide
    expect(notes).to_contain_text(FACILITATOR_NOTE)
    page.evaluate("Reveal.slide(5)")  # Hypothetical 1
    expect(notes).to_contain_text(MODEL_ANSWER)
    expect(speaker.locator(".speaker-controls-time")).to_be_visible()
    assert recorder.off_machine() == [] and recorder.errors == []
    context.close()


def test_keyboard_moves_through_the_deck(browser, site):
    context, page, _ = open_deck(browser, (site / MODULE_DECK).as_uri())
    page.keyboard.press("ArrowRight")
    assert page.evaluate("Reveal.getIndices().h") == 1
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("Reveal.getIndices().h") == 0
    context.close()


def test_a_spanish_deck_speaks_spanish_and_carries_the_disclaimer(browser, site):
    context, page, _ = open_deck(browser, (site / SPANISH_DECK).as_uri())
    assert page.locator("html").get_attribute("lang") == "es"
    title = page.locator("section.pcr-deck-title")
    assert "Educación legal, no asesoría legal." in title.inner_text()
    assert title.get_by_role("link", name="Volver a la página").is_visible()
    assert "Educación legal, no asesoría legal." in page.locator(".pcr-deck-footer").inner_text()
    context.close()


def test_a_deck_passes_axe_and_makes_no_request_off_the_machine(browser, http_site):
    context, page, recorder = open_deck(browser, f"{http_site}{MODULE_DECK}", origin=http_site)
    assert violations(page) == []
    page.evaluate("Reveal.slide(5)")
    assert violations(page) == []
    assert recorder.off_machine() == [] and recorder.failed == [] and recorder.errors == []
    context.close()


def test_a_printed_deck_has_one_page_per_slide(browser, site, tmp_path):
    context, page, _ = open_deck(browser, (site / MODULE_DECK).as_uri())
    slides = page.evaluate("Reveal.getTotalSlides()")
    context.close()
    printed = {path.name: path for path in print_decks(site, tmp_path, browser)}
    assert len(PdfReader(printed["training-vacaturs-slides.pdf"]).pages) == slides


def test_a_module_page_links_its_deck_and_shows_its_actions_only_with_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "training/vacaturs.html").as_uri())
    assert page.get_by_role("link", name="Slides").is_hidden()
    assert page.get_by_role("button", name="Print").is_hidden()
    context.close()
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / "training/vacaturs.html").as_uri())
    page.get_by_role("link", name="Slides").click()
    wait_until(page, "true")
    assert page.url.endswith(MODULE_DECK)
    context.close()
