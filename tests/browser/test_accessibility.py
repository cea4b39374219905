"""axe-core finds no WCAG A/AA violations on any built page; the keyboard reaches every control."""

from __future__ import annotations

import pytest
from axe import violations
from htmlcheck import html_pages

pytestmark = pytest.mark.browser


def test_every_page_of_the_site_passes_axe(browser, site, http_site):
    context = browser.new_context()
    page = context.new_page()
    found = {}
    for path in html_pages(site):
        page.goto(http_site + path.relative_to(site).as_posix())
        problems = violations(page)
        if problems:
            found[path.relative_to(site).as_posix()] = problems
    context.close()
    assert found == {}


def test_skip_link_and_visible_focus(browser, http_site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(http_site + "index.html")
    page.keyboard.press("Tab")
    skip = page.evaluate("[document.activeElement.textContent.trim(), document.activeElement.getAttribute('href')]")
    assert skip[0] == "Skip to content"
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).boxShadow"
    )
    assert outline.split()[0] != "none" or "rgb" in outline
    context.close()
