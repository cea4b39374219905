"""The Spanish edition in Chromium: the screening tool from file:// and HTTP, search, axe, lang."""

from __future__ import annotations

import pytest
from axe import violations
from playwright.sync_api import expect
from recorder import Recorder
from screener_steps import choose as choose_answer

pytestmark = pytest.mark.browser

# Permanent resident, California, plea, only the judge's warning, out of custody, short sentence,
# marijuana, no immigration case, after Padilla, learned recently.
LONG_PATH = [
    "No",
    "Residente permanente legal (green card)",
    {},
    ["Ninguna de estas, hasta donde se sabe"],
    "Un tribunal estatal (de cualquier estado, del Distrito de Columbia o de Puerto Rico)",
    "California",
    "Se declaró culpable o no se opuso (guilty o no contest plea)",
    "Solo la advertencia general del juez",
    "No, la sentencia y la supervisión ya terminaron",
    "Menos de 365 días",
    "Marihuana",
    ["No está seguro"],
    {},
    "No",
    ["Ninguna de estas, hasta donde se sabe"],
    "El 31 de marzo de 2010 o después, hace más de un año",
    "En el último año",
    "Nada todavía",
    ["Ninguna de estas"],
]


def choose(page, given) -> None:
    choose_answer(page, given, "Siguiente")


def walk_long_path(page) -> None:
    assert page.locator(".pcr-screener__progress-text").inner_text().startswith("Pregunta 1 de unas")
    for label in LONG_PATH:
        choose(page, label)
    assert page.evaluate("document.activeElement.textContent") == "Su resumen de la evaluación"
    results = page.locator(".pcr-screener__results")
    vehicles = results.locator("section", has=page.get_by_role("heading", name="Herramientas posteriores a la condena"))
    link = vehicles.get_by_role("link", name="Penal Code 1473.7(a)(1)")
    assert link.get_attribute("hreflang") == "en" and link.get_attribute("lang") == "en"
    text = results.inner_text()
    assert "Hable con un experto en derecho penal e inmigración" in text
    assert "La marihuana sigue siendo una sustancia controlada federal" in text
    assert page.locator("[aria-live=polite]").inner_text().startswith("Evaluación terminada")


def test_spanish_screening_completes_a_path_from_file(browser, site):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder().attach(page)
    page.goto((site / "es/screening.html").as_uri())
    walk_long_path(page)
    page.get_by_role("link", name="Penal Code 1473.7(a)(1)").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/vehicles/pc-1473-7-a-1.html")
    assert recorder.off_machine() == [] and recorder.errors == [] and recorder.failed == []
    context.close()


def test_spanish_screening_over_http_with_axe_at_each_step(browser, http_site):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder(allowed_origin=http_site).attach(page)
    page.goto(http_site + "es/screening.html")
    assert violations(page) == []
    page.get_by_role("button", name="Siguiente").click()
    expect(page.get_by_text("Elija una respuesta para seguir.")).to_be_visible()
    for label in ["Sí, se naturalizó (hizo el juramento de ciudadanía)"]:
        choose(page, label)
    expect(page.get_by_role("heading", name="A los ciudadanos no los deportan")).to_be_visible()
    assert violations(page) == []
    page.get_by_role(
        "button", name="Cambiar su respuesta a: ¿Es posible que la persona ya sea ciudadana de los Estados Unidos?"
    ).click()
    expect(page.locator(":focus")).to_have_text("¿Es posible que la persona ya sea ciudadana de los Estados Unidos?")
    assert violations(page) == []
    assert recorder.off_machine() == [] and recorder.errors == []
    context.close()


def test_spanish_search_finds_spanish_words_from_file(browser, site):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder().attach(page)
    page.goto((site / "es/index.html").as_uri())
    page.locator("input.md-search__input").click()
    page.keyboard.type("anulación")
    result = page.locator('.md-search-result__item a[href*="es/"]').first
    result.wait_for(timeout=20_000)
    result.click()
    page.wait_for_load_state()
    assert "/es/" in page.url
    assert recorder.off_machine() == []
    context.close()


def test_switcher_leads_to_the_same_page_in_the_other_language(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / "handouts/basics.html").as_uri())
    page.locator(".md-header .md-select").hover()
    page.get_by_role("link", name="Español").click()
    page.wait_for_load_state()
    assert page.url.endswith("/es/handouts/basics.html")
    page.locator(".md-header .md-select").hover()
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert page.url.endswith("/handouts/basics.html") and "/es/" not in page.url
    context.close()
