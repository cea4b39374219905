"""The widget and the Python walker agree: every golden fact pattern, answered in Chromium on the
real site, lists the vehicles macros.screening.walk lists (and, for a state, the state's page)."""

from __future__ import annotations

import datetime

import pytest
from authored import registry
from axe import violations
from date_cases import PERIODS, YEARS
from recorder import watched_page
from screener_steps import choose
from screening_patterns import DATED_PATTERNS, PATTERNS, SHORT_PATTERNS

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
    for _, given in summary.path:
        choose(page, given)
    expected = summary.collected(registry(), "vehicles") + [summary.state_page] * bool(summary.state_page)
    assert listed(page) == expected + summary.state_vehicles


def test_the_state_question_is_a_labelled_list_usable_by_keyboard(page):
    page.get_by_role("button", name="Start over").first.click()
    choose(page, "No")  # not a citizen
    choose(page, "Lawful permanent resident (green card)")
    choose(page, {})  # no dates known
    choose(page, ["None of these, as far as is known"])
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


def shown(page, attribute: str, value: str) -> dict[str, str]:
    items = page.locator(f".pcr-screener__results [{attribute}]")
    return dict(
        items.evaluate_all(f"items => items.map(li => [li.getAttribute('{attribute}'), li.getAttribute('{value}')])")
    )


@pytest.mark.parametrize("answers", [p.values[0] for p in DATED_PATTERNS], ids=[p.id for p in DATED_PATTERNS])
def test_the_widget_assesses_relief_and_computes_dates_as_the_walker_does(page, answers):
    """bar-rules.js's assess and dates.js's compute against macros.bar_rules and macros.dates, on the
    same answers and the browser's own today."""
    summary = walk(registry(), answers, datetime.date.today())
    page.get_by_role("button", name="Start over").first.click()
    for _, given in summary.path:
        choose(page, given)
    assert shown(page, "data-relief", "data-group") == {c.id: c.group for c in summary.relief}
    assert shown(page, "data-deadline", "data-date") == {d.id: d.date.isoformat() for d in summary.deadlines}
    relief = page.locator("#pcr-r-relief").locator("..")
    assert list(shown(page, "data-relief", "data-group")) == [c.id for c in summary.relief]  # same order
    if summary.crimes is None:
        assert relief.get_by_text("The crime categories are not known yet").count() == len(summary.relief)


@pytest.mark.parametrize(("start", "amount", "unit", "expected"), PERIODS)
def test_dates_js_counts_periods_as_macros_dates_does(page, start, amount, unit, expected):
    assert page.evaluate(f"pcrDates.addPeriod('{start}', {amount}, '{unit}')") == expected


@pytest.mark.parametrize(("start", "end", "years"), YEARS)
def test_dates_js_counts_whole_years_as_macros_dates_does(page, start, end, years):
    assert page.evaluate(f"pcrDates.yearsBetween('{start}', '{end}')") == years


def test_checklists_and_dates_by_keyboard_with_axe_and_clear_errors(page):
    page.get_by_role("button", name="Start over").first.click()
    choose(page, "No")
    choose(page, "Lawful permanent resident (green card)")
    admission = page.get_by_label(
        "Date of the first lawful admission (with a visa, as a refugee, or with a green card)"
    )
    assert admission.get_attribute("type") == "date"
    assert (
        "Entry without inspection is not an admission"
        in page.locator("#" + admission.get_attribute("aria-describedby")).inner_text()
    )
    assert violations(page) == []
    choose(page, {})  # every date may be left blank
    page.get_by_role("button", name="Next").click()  # a checklist needs at least one tick
    assert page.locator("#pcr-q-error").inner_text() == "Tick at least one answer (or Not sure) to continue."
    assert page.evaluate("document.activeElement.type") == "checkbox"
    assert violations(page) == []
    page.keyboard.press("Space")  # the first box, by keyboard
    page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Where was the conviction?").is_visible()
    for given in ["A federal court", "Guilty plea", "No one said anything", "Yes", "Less than 365 days", "Firearm"]:
        choose(page, given)
    box = page.get_by_label("Firearm offence", exact=True)
    assert "firearm" in page.locator("#" + box.get_attribute("aria-describedby")).inner_text()
    choose(page, ["Firearm offence"])
    sentence = page.get_by_label("Sentence imposed, in days, counting any suspended part")
    sentence.fill("1.5")
    page.get_by_role("button", name="Next").click()
    assert page.locator("#pcr-q-error").inner_text() == "Enter a whole number, 0 or more, or leave it blank."
    assert sentence.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "pcr-field-sentence_days"
    assert violations(page) == []
    sentence.fill("120")
    page.get_by_role("button", name="Next").click()
    answers = page.locator(".pcr-screener__answers-list").inner_text()
    assert "Sentence imposed, in days, counting any suspended part: 120" in answers
    assert "Do any of these apply to the person? Afraid of being harmed" in answers
    page.get_by_role("button", name="Back", exact=True).click()  # the figures entered come back to change
    assert page.get_by_label("Sentence imposed, in days, counting any suspended part").input_value() == "120"
