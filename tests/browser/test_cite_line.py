"""'Cite this page' gives the address a reader can cite: the page's own web address when served,
its path in the site when opened from a folder (a local file path would mean nothing to others)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
PAGE = "vehicles/pc-1473-7-a-1.html"


def test_over_http_the_citation_names_the_page_address(browser, http_site):
    page = browser.new_page()
    page.goto(f"{http_site}{PAGE}#grounds")
    line = page.locator("p.pcr-citeline")
    assert line.locator("[data-pcr-address]").inner_text() == f"{http_site}{PAGE}"
    assert "last reviewed" in line.inner_text()
    page.goto(f"{http_site}data/index.html")  # the Data page's example cites the page it names
    assert not page.locator("p.pcr-citeline [data-pcr-address]").inner_text().startswith("http")
    page.close()


def test_from_a_folder_the_citation_keeps_the_page_path(browser, site):
    page = browser.new_page()
    page.goto((site / PAGE).as_uri())
    assert page.locator("p.pcr-citeline [data-pcr-address]").inner_text() == PAGE
    page.close()
