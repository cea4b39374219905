"""A "law to watch" entry says plainly, on the page and in the list, when its check-by date has
passed: on the build date, and on the reader's own date for a copy read long after it was built."""

from __future__ import annotations

import datetime

import pytest
from recorder import watched_page

pytestmark = pytest.mark.browser

PAGE = "marijuana/marijuana-possession-conviction.html"
PASSED = '[data-pcr-check-by="2026-11-30"] .pcr-watch__overdue'
FAR_OFF = '[data-pcr-check-by="2099-01-01"] .pcr-watch__overdue'


@pytest.fixture
def reader(browser, http_fixture_site):
    with watched_page(browser, http_fixture_site) as page:
        yield page, http_fixture_site


def test_a_passed_check_by_date_shows_the_notice_and_a_far_one_does_not(reader):
    page, site = reader
    page.goto(site + PAGE)
    assert page.locator(PASSED).is_visible()
    assert "Check-by date passed" in page.locator(PASSED).inner_text()
    assert not page.locator(FAR_OFF).is_visible()


def test_the_notice_shows_when_the_readers_date_has_passed_the_check_by_date(reader):
    page, site = reader
    page.clock.set_fixed_time(datetime.datetime(2099, 1, 2, 12, 0))
    page.goto(site + PAGE)
    assert page.locator(FAR_OFF).is_visible()


def test_the_watch_list_runs_soonest_first_and_links_each_page(reader):
    page, site = reader
    page.goto(site + "law-to-watch.html")
    dates = page.locator("[data-pcr-check-by]").evaluate_all("items => items.map(i => i.dataset.pcrCheckBy)")
    assert dates == ["2026-11-30", "2099-01-01"]
    assert page.locator(PASSED).is_visible()
    page.locator("[data-pcr-check-by] a", has_text="Conviction for possessing marijuana").first.click()
    assert page.url.endswith(PAGE)
