"""The keyboard reaches every control and shows where it is. (axe on the pages: test_every_page.py.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


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
