"""Charts sort and filter by mouse and keyboard, pass axe, and print whole."""

from __future__ import annotations

import pytest
from axe import violations
from recorder import watched_page

pytestmark = pytest.mark.browser


@pytest.fixture
def chart_page(browser, http_fixture_site):
    with watched_page(browser, http_fixture_site, "index.html") as page:
        yield page


def case_order(page) -> list[str]:
    return page.locator("#chart-cases tbody tr").evaluate_all("rows => rows.map(r => r.dataset.id)")


def test_sort_by_year_with_the_mouse(chart_page):
    header = chart_page.locator('#chart-cases thead th[data-key="year"]')
    header.get_by_role("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    assert case_order(chart_page)[0] == "matter-of-pickering"
    header.get_by_role("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert case_order(chart_page)[0] == "pereida-v-wilkinson"


def test_sort_with_the_keyboard(chart_page):
    button = chart_page.locator('#chart-cases thead th[data-key="court"]').get_by_role("button")
    button.focus()
    chart_page.keyboard.press("Enter")
    assert chart_page.locator('#chart-cases thead th[data-key="court"]').get_attribute("aria-sort") == "ascending"
    assert case_order(chart_page)[-1] == "matter-of-pickering"  # the BIA sorts after the Supreme Court


def test_filter_by_status_with_the_keyboard(chart_page):
    select = chart_page.locator("#chart-cases").get_by_role("combobox", name="Status")
    select.focus()
    select.select_option("Limited")
    visible = chart_page.locator("#chart-cases tbody tr:not([hidden])")
    assert visible.evaluate_all("rows => rows.map(r => r.dataset.id)") == ["matter-of-pickering"]
    assert chart_page.locator("#chart-cases [role=status]").inner_text() == "Showing 1 of 4 rows."


def test_find_in_table(chart_page):
    chart_page.locator("#chart-cases").get_by_label("Find in table").fill("retroactivity")
    assert chart_page.locator("#chart-cases tbody tr:not([hidden])").count() == 1


def test_chart_page_has_no_axe_violations(chart_page):
    assert violations(chart_page) == []


def test_printed_chart_shows_the_whole_table_and_its_legend(chart_page):
    chart_page.locator("#chart-cases").get_by_role("combobox", name="Status").select_option("Limited")
    chart_page.emulate_media(media="print")
    assert chart_page.locator("#chart-cases tbody tr").evaluate_all(
        "rows => rows.every(r => getComputedStyle(r).display !== 'none')"
    )
    assert chart_page.locator("#chart-cases tfoot").is_visible()
    assert chart_page.locator("#chart-cases .pcr-chart__controls").is_hidden()
    assert chart_page.locator(".md-sidebar--primary").is_hidden()
