"""The widget and the Python walker agree: every golden fact pattern, answered in Chromium on the
real site, lists the vehicles macros.screening.walk lists (and, for a state, the state's page)."""

from __future__ import annotations

import pytest
from authored import registry
from axe import violations
from recorder import watched_page
from screener_steps import choose
from screening_patterns import PATTERNS, SHORT_PATTERNS

from macros.screening import walk

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page(browser, http_site):
    with watched_page(browser, http_site, "screening.html") as page:
        yield page


def listed(page) -> list[str]:
    """The last part of each link in the vehicles section: a vehicle's or jurisdiction's id."""
    section = page.locator(".pcr-screener__results section", has=page.locator("#pcr-r-vehicles"))
    hrefs = section.get_by_role("link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return [href.rsplit("/", 1)[-1].removesuffix(".html") for href in hrefs]


@pytest.mark.parametrize(
    "answers", [p.values[0] for p in PATTERNS + SHORT_PATTERNS], ids=[p.id for p in PATTERNS + SHORT_PATTERNS]
)
def test_the_widget_lists_what_the_walker_lists(page, answers):
    summary = walk(registry(), answers)
    page.get_by_role("button", name="Start over").first.click()
    for _, label in summary.path:
        choose(page, label)
    expected = summary.collected(registry(), "vehicles") + [summary.state_page] * bool(summary.state_page)
    assert listed(page) == expected + summary.state_vehicles


def test_the_state_question_is_a_labelled_list_usable_by_keyboard(page):
    page.get_by_role("button", name="Start over").first.click()
    choose(page, "No")  # not a citizen
    choose(page, "Lawful permanent resident (green card)")
    choose(page, "A state court (any state, the District of Columbia or Puerto Rico)")
    states = page.get_by_label("State, district or territory")
    assert states.locator("option").count() == 1 + 52  # a blank first, then 50 states, D.C. and Puerto Rico
    assert violations(page) == []
    page.get_by_role("button", name="Next").click()  # nothing chosen yet: the tool says so
    assert page.locator("#pcr-q-error").is_visible()
    assert page.evaluate("document.activeElement.id") == "pcr-answer-list"
    page.keyboard.type("Texas")  # type-ahead picks the state
    assert states.evaluate("select => select.selectedOptions[0].textContent") == "Texas"
    for _ in range(3):  # Back comes before Next
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Next":
            break
    page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="How did the case end?").is_visible()
