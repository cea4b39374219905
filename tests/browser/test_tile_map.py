"""The states map, shaded by the column the reader picks: by keyboard, with axe, and without script."""

from __future__ import annotations

import pytest
from axe import violations
from recorder import watched_page

pytestmark = pytest.mark.browser


@pytest.fixture
def map_page(browser, http_site):
    with watched_page(browser, http_site, "charts/jurisdictions.html") as page:
        yield page


def shown(page, postal: str) -> str:
    """The text of the face a state's tile shows (its hidden name included, as a screen reader reads it)."""
    tile = page.locator(".pcr-tilemap__tile a", has=page.locator(f"abbr:text-is('{postal}')").first).first
    return " ".join(tile.locator(".pcr-tilemap__face:visible").inner_text().split())


def test_arrow_keys_change_the_column_that_shades_every_tile(map_page):
    assert shown(map_page, "WA") == "WA § Washington: Statute"
    assert map_page.locator(".pcr-tilemap__face:visible").count() == 52  # one face per tile: 50 states, D.C., P.R.
    map_page.get_by_role("radio", name="Advisement rule").focus()
    map_page.keyboard.press("ArrowRight")
    assert map_page.get_by_role("radio", name="Vacatur for a missing warning").is_checked()
    assert shown(map_page, "WA") == "WA ✔ Washington: Vacatur motion"  # RCW 10.40.200
    map_page.keyboard.press("ArrowRight")
    assert shown(map_page, "WA") == "WA ● Washington: 2 or more"
    assert shown(map_page, "WY") == "WY ○ Wyoming: None yet"
    assert map_page.locator(".pcr-tilemap__legend:visible").inner_text().startswith("Vehicles on this site:")
    assert map_page.locator(".pcr-tilemap__face:visible").count() == 52
    assert violations(map_page) == []


def test_the_map_switches_without_script(browser, http_site):
    """Radio buttons and CSS do the switching, so a page with scripts off still works."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(http_site + "charts/jurisdictions.html")
    face = page.locator(".pcr-tilemap__tile a[href$='washington.html'] .pcr-tilemap__face")
    assert [face.nth(i).is_visible() for i in range(3)] == [True, False, False]
    page.get_by_text("Vehicles on this site", exact=True).first.click()
    assert [face.nth(i).is_visible() for i in range(3)] == [False, False, True]
    context.close()
