"""The screening tool, walked in Chromium by mouse and by keyboard, with axe at every step."""

from __future__ import annotations

import pytest
from axe import violations
from recorder import Recorder

pytestmark = pytest.mark.browser


@pytest.fixture
def screening(browser, http_fixture_site):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder(allowed_origin=http_fixture_site).attach(page)
    page.goto(http_fixture_site + "screening.html")
    yield page
    assert recorder.errors == []
    assert recorder.off_machine() == []
    context.close()


def choose(page, label: str) -> None:
    page.get_by_label(label, exact=True).check()
    page.get_by_role("button", name="Next").click()


def heading(page) -> str:
    return page.evaluate("document.activeElement.textContent")


@pytest.mark.parametrize(
    ("answers", "result", "vehicles"),
    [
        (["Permanent resident", "No"], "Your screening summary", ["Penal Code 1473.7(a)(1)"]),
        (["Permanent resident", "Yes"], "Your screening summary", []),
        (["Citizen"], "Citizens are not deported", []),
    ],
)
def test_walk_a_path_by_mouse_with_axe_at_each_step(screening, answers, result, vehicles):
    assert violations(screening) == []
    for label in answers:
        choose(screening, label)
        assert violations(screening) == []
    assert heading(screening) == result  # focus moved to the results heading
    results = screening.locator(".pcr-screener__results")
    section = results.locator(
        "section", has=screening.get_by_role("heading", name="Post-conviction vehicles worth exploring")
    )
    assert section.get_by_role("link").all_inner_texts() == vehicles
    assert "Talk to a criminal-immigration expert" in results.inner_text()
    assert screening.locator("[aria-live=polite]").inner_text().startswith("Screening complete")


def test_keyboard_only_walk_and_change_an_answer(screening):
    screening.keyboard.press("Tab")  # skip link and header come first; find the first radio by tabbing
    for _ in range(40):
        if screening.evaluate("document.activeElement.name") == "pcr-answer":
            break
        screening.keyboard.press("Tab")
    screening.keyboard.press("Space")  # select "Permanent resident"
    screening.keyboard.press("Enter")  # submit
    assert heading(screening) == "Is the person still in custody?"
    screening.keyboard.press("Tab")
    screening.keyboard.press("ArrowDown")  # radios move with arrows: from Yes to No
    screening.keyboard.press("Enter")
    assert heading(screening) == "Your screening summary"
    assert "Penal Code 1473.7(a)(1)" in screening.locator(".pcr-screener__results").inner_text()
    change = screening.get_by_role("button", name="Change your answer to: Is the person still in custody?")
    change.focus()
    screening.keyboard.press("Enter")
    assert heading(screening) == "Is the person still in custody?"
    assert screening.get_by_label("No", exact=True).is_checked()  # the earlier answer is kept


def test_next_without_an_answer_explains_what_is_missing(screening):
    screening.get_by_role("button", name="Next").click()
    assert screening.get_by_text("Choose an answer to continue.").is_visible()
    assert violations(screening) == []


def test_result_links_lead_to_the_entity_pages(screening):
    choose(screening, "Permanent resident")
    choose(screening, "No")
    screening.get_by_role("link", name="Penal Code 1473.7(a)(1)").click()
    assert screening.url.endswith("/vehicles/pc-1473-7-a-1.html")


def test_nothing_is_stored(screening):
    choose(screening, "Permanent resident")
    stored = screening.evaluate("[document.cookie, localStorage.length, sessionStorage.length]")
    assert stored == ["", 0, 0]


def test_printed_summary_has_no_site_chrome(screening):
    choose(screening, "Citizen")
    screening.emulate_media(media="print")
    assert screening.locator(".md-header").is_hidden()
    assert screening.locator(".md-sidebar--primary").is_hidden()
    assert screening.locator(".pcr-screener__buttons").first.is_hidden()
    assert screening.get_by_text("Screening date:").is_visible()


def test_without_javascript_the_whole_tree_is_an_outline(browser, http_fixture_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(http_fixture_site + "screening.html")
    outline = page.locator(".pcr-screening__outline")
    assert outline.is_visible()
    assert outline.locator("#step-q-custody").get_by_text("Is the person still in custody?").is_visible()
    assert outline.get_by_role("link", name="Talk to an expert").count() >= 1
    context.close()
