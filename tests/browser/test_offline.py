"""Every page works in real Chromium from file:// and over HTTP, without leaving the machine."""

from __future__ import annotations

import pytest
from htmlcheck import html_pages
from recorder import Recorder

pytestmark = pytest.mark.browser


def visit_all(browser, site, base: str, allowed_origin: str = "") -> Recorder:
    recorder = Recorder(allowed_origin)
    context = browser.new_context()
    page = context.new_page()
    recorder.attach(page)
    # 404.html is only ever served by a web server for a missing URL, so it uses root paths.
    pages = [p for p in html_pages(site) if allowed_origin or p.name != "404.html"]
    for path in pages:
        page.goto(base + path.relative_to(site).as_posix(), wait_until="load")
    context.close()
    return recorder


def test_every_page_from_file_makes_no_outside_request(browser, site):
    recorder = visit_all(browser, site, site.as_uri() + "/")
    assert recorder.off_machine() == []
    assert recorder.failed == []
    assert recorder.errors == []


def test_every_page_over_http_makes_no_outside_request(browser, site, http_site):
    recorder = visit_all(browser, site, http_site, allowed_origin=http_site)
    assert recorder.off_machine() == []
    assert recorder.failed == []
    assert recorder.errors == []


def test_search_works_from_file_without_a_network(browser, site):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder().attach(page)
    page.goto((site / "index.html").as_uri())
    page.get_by_role("search").locator("input").or_(page.locator("input.md-search__input")).first.click()
    page.keyboard.type("Padilla")
    result = page.locator('.md-search-result__item a[href*="padilla-v-kentucky"]').first
    result.wait_for(timeout=10_000)
    result.click()
    page.wait_for_load_state()
    assert "padilla-v-kentucky" in page.url
    assert recorder.off_machine() == []
    context.close()
