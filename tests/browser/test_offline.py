"""Search and the index from file:// and over HTTP without leaving the machine. (Every page from
file://: the offline copy's test in test_workshop.py; over HTTP: test_every_page.py.)"""

from __future__ import annotations

import pytest
from recorder import Recorder

pytestmark = pytest.mark.browser


def test_search_works_from_file_without_a_network(browser, site):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder().attach(page)
    page.goto((site / "index.html").as_uri())
    page.get_by_role("search").locator("input").or_(page.locator("input.md-search__input")).first.click()
    page.keyboard.type("Padilla")
    result = page.locator('.md-search-result__item a[href*="padilla-v-kentucky"]').first
    result.wait_for(timeout=20_000)
    result.click()
    page.wait_for_load_state()
    assert "padilla-v-kentucky" in page.url
    assert recorder.off_machine() == []
    context.close()


@pytest.mark.parametrize("over", ["http", "file"])
def test_the_search_index_loads_only_once_the_reader_reaches_for_search(browser, site, http_site, over):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder(allowed_origin=http_site).attach(page)
    page.goto(http_site + "vehicles/index.html" if over == "http" else (site / "vehicles/index.html").as_uri())
    page.wait_for_load_state("networkidle")
    assert not [url for url in recorder.requests if "search_index" in url]
    page.keyboard.press("/")  # Material's search key
    page.keyboard.type("Pickering")
    page.locator('.md-search-result__item a[href*="matter-of-pickering"]').first.wait_for(timeout=20_000)
    assert [url for url in recorder.requests if "search_index" in url]
    assert recorder.errors == [] and recorder.failed == []
    context.close()
