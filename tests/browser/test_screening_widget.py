"""The screening tool, walked in Chromium by mouse and by keyboard, with axe at every step."""

from __future__ import annotations

import re

import pytest
from axe import violations
from playwright.sync_api import expect
from recorder import watched_page
from screener_steps import choose

pytestmark = pytest.mark.browser


@pytest.fixture
def screening(browser, http_fixture_site):
    with watched_page(browser, http_fixture_site, "screening.html") as page:
        yield page


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
    assert screening.get_by_role("heading", name="Your answers so far").is_visible()  # the facts behind it
    assert screening.locator(".pcr-screener__change").is_hidden()
    assert screening.get_by_role("heading", name="Why these came up").is_visible()  # every reason and rule prints
    assert screening.get_by_role("heading", name="Read next").is_hidden()


def test_back_start_over_and_progress(screening):
    progress = screening.locator(".pcr-screener__progress-text")
    assert progress.inner_text() == "Question 1 of about 2"
    assert screening.get_by_role("button", name="Back", exact=True).is_disabled()
    choose(screening, "Permanent resident")
    assert progress.inner_text() == "Question 2 of about 2"
    screening.get_by_role("button", name="Back", exact=True).click()
    assert heading(screening) == "What is the person's status?"  # focus follows
    assert screening.get_by_label("Permanent resident", exact=True).is_checked()
    assert screening.locator(".pcr-screener__answers").is_hidden()  # nothing answered any more
    choose(screening, "Permanent resident")
    choose(screening, "No")
    assert progress.inner_text() == "Screening complete"
    screening.locator(".pcr-screener__results").get_by_role("button", name="Start over").click()
    assert heading(screening) == "What is the person's status?"
    assert screening.locator("input[name=pcr-answer]:checked").count() == 0
    assert screening.locator(".pcr-screener__answers").is_hidden()
    assert screening.locator("[aria-live=polite]").inner_text() == "Started over. All answers cleared."


def test_the_browsers_back_button_steps_back_inside_the_tool(screening):
    address = screening.url
    choose(screening, "Permanent resident")
    choose(screening, "No")
    assert screening.locator(".pcr-screener__results").is_visible()
    screening.go_back()
    screening.wait_for_function("document.activeElement.textContent === 'Is the person still in custody?'")
    assert screening.get_by_label("No", exact=True).is_checked()  # the answer is kept, to change
    screening.go_back()
    screening.wait_for_function('document.activeElement.textContent === "What is the person\'s status?"')
    assert screening.url == address  # still this page, and no answer ever entered the address
    screening.get_by_role("button", name="Back", exact=True).wait_for()
    choose(screening, "Permanent resident")  # the page's own Back keeps history in step with it
    screening.get_by_role("button", name="Back", exact=True).click()
    assert heading(screening) == "What is the person's status?"
    choose(screening, "Citizen")
    screening.go_back()
    screening.wait_for_function('document.activeElement.textContent === "What is the person\'s status?"')
    history = screening.evaluate("[history.length, JSON.stringify(history.state)]")
    assert history[1] == '{"pcrScreening":0}'  # the history entry holds a depth, never an answer


def test_help_text_shows_only_for_questions_that_have_it(screening):
    assert screening.locator("#pcr-q-help").inner_text() == "Look at the documents."
    choose(screening, "Permanent resident")
    assert screening.locator("#pcr-q-help").is_hidden()


def test_results_give_reasons_checks_documents_and_expert_points(screening):
    choose(screening, "Permanent resident")
    choose(screening, "No")
    results = screening.locator(".pcr-screener__results")

    def section(name: str):
        return results.locator("section", has=screening.get_by_role("heading", name=name))

    vehicle = section("Post-conviction vehicles worth exploring").get_by_role("listitem")
    assert vehicle.inner_text() == "Penal Code 1473.7(a)(1) — came up because: Out of custody in California"
    checks = section("Immigration consequences to check").get_by_role("link").all_inner_texts()
    assert checks == ["Aggravated felony"]
    relief = section("Relief forms, as the relief-bars rules read these answers").get_by_role("listitem")
    assert relief.get_attribute("data-group") == "analysis"  # no crime categories asked: not known
    assert "Needs analysis — came up because: Permanent residents can be deported" in relief.inner_text()
    assert "The crime categories are not known yet" in relief.inner_text()
    gather = section("Facts and documents to gather").get_by_role("listitem").all_inner_texts()
    assert gather == ["Green card", "Proof that probation ended"]
    expert = section("What an expert must still look at").inner_text()
    assert "Whether the vacatur rests on a legal defect." in expert


LONGEST_REAL_PATH = [  # the real tree's path with the most to print: DEJ, marijuana, a year, proceedings
    "No",
    "Undocumented (no current status)",
    {"admission_date": "2009-07-01"},
    [
        "Afraid of being harmed if returned to their country",
        "Has a U.S. citizen or permanent resident spouse, parent, son or daughter",
    ],
    "A state court (any state, the District of Columbia or Puerto Rico)",
    "California",
    "Deferred entry of judgment or diversion",
    "No one said anything",
    "No, the sentence and supervision are over",
    "365 days or more (served or suspended)",
    "Marijuana",
    ["Controlled substance offence", "One or more misdemeanors"],
    {
        "statute": "Health and Safety Code 11359",
        "offense_date": "2014-05-02",
        "conviction_date": "2014-09-15",
        "sentence_days": 365,
        "misdemeanors": 2,
    },
    "Yes, a case is pending and the person is in immigration detention",
    {"nta_date": "2025-04-10", "hearing_date": "2027-01-15"},
    ["None of these, as far as is known"],
    "Within the last year",
    "More than a year ago",
    "The sentence was changed",
    ["Travel outside the United States"],
]


def test_the_longest_real_path_by_keyboard_passes_axe_at_every_step(browser, http_site):
    """Issue 13: every kind of step (radios, the state list, checklists, dates, numbers, text) and
    the result pass axe on the real tree, and the statute typed in stays in the page's answers."""
    with watched_page(browser, http_site, "screening.html") as page:
        for given in LONGEST_REAL_PATH:
            assert violations(page) == []
            choose(page, given)
        assert violations(page) == []
        assert (
            "Statute of conviction, as the record gives it (for example, Health and Safety Code 11351): Health and Safety Code 11359"
            in page.locator(".pcr-screener__answers-list").inner_text()
        )
        hearing = page.locator('[data-deadline="d-next-hearing"]')
        assert hearing.get_attribute("data-date") == "2027-01-15"


@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_the_fullest_real_summary_prints_on_two_pages_at_most(browser, http_site, paper):
    """Issue 13: a one- or two-page case summary that keeps every reason and rule."""
    page = browser.new_page()
    page.goto(http_site + "screening.html")
    for label in LONGEST_REAL_PATH:
        choose(page, label)
    assert page.locator(".pcr-screener__results").is_visible()
    page.emulate_media(media="print")
    assert "Matter of Thomas & Thompson" in page.locator("#pcr-r-why").locator("..").inner_text()
    assert page.locator("#pcr-r-checks").locator("..").locator(".pcr-screener__reason").first.is_visible()
    pages = re.findall(rb"/Type\s*/Page[^s]", page.pdf(format=paper))
    page.close()
    assert len(pages) <= 2


def test_without_javascript_the_whole_tree_is_an_outline(browser, http_fixture_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(http_fixture_site + "screening.html")
    outline = page.locator(".pcr-screening__outline")
    assert outline.is_visible()
    assert outline.locator("#step-q-custody").get_by_text("Is the person still in custody?").is_visible()
    assert outline.get_by_role("link", name="Talk to an expert").count() >= 1
    context.close()


def test_copy_as_text_gives_the_summary_with_its_reasons_and_answers(browser, http_fixture_site):
    with watched_page(
        browser, http_fixture_site, "screening.html", permissions=["clipboard-read", "clipboard-write"]
    ) as page:
        choose(page, "Permanent resident")
        choose(page, "No")
        page.get_by_role("button", name="Copy as text").click()
        expect(page.locator("[aria-live=polite]")).to_have_text(re.compile("^Summary copied as text"))
        text = page.evaluate("navigator.clipboard.readText()")
    assert text.startswith("Your screening summary\nScreening date: ")
    assert (
        "\nPost-conviction vehicles worth exploring\n- Penal Code 1473.7(a)(1) — came up because: Out of custody in California\n"
        in text
    )
    assert text.endswith(
        "\nYour answers so far\n1. What is the person's status? Permanent resident\n2. Is the person still in custody? No\n"
    )
    assert "Print or save as PDF" not in text  # the buttons are not part of the summary


def test_where_the_clipboard_is_refused_the_text_is_selected_to_copy_by_hand(screening):
    choose(screening, "Permanent resident")
    choose(screening, "No")
    screening.evaluate("() => { navigator.clipboard.writeText = () => Promise.reject(new Error('denied')); }")
    screening.get_by_role("button", name="Copy as text").click()
    box = screening.get_by_role("textbox", name="Copy as text")
    expect(box).to_be_focused()
    assert box.input_value().startswith("Your screening summary\n")
    selected = "(box => box.selectionStart === 0 && box.selectionEnd === box.value.length)(document.activeElement)"
    assert screening.evaluate(selected)
    assert screening.locator("[aria-live=polite]").inner_text().startswith("The browser did not allow copying")
