"""Pages built from hostile data run nothing: no dialog, no console error, in real Chromium."""

from __future__ import annotations

import pytest
from htmlcheck import html_pages
from recorder import Recorder

pytestmark = pytest.mark.browser


def test_nothing_executes(browser, hostile_site):
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    recorder = Recorder().attach(page)
    for path in html_pages(hostile_site):
        if path.name != "404.html":
            page.goto(path.as_uri())
            page.mouse.move(200, 300)
    context.close()
    assert dialogs == []
    assert recorder.errors == []
    assert recorder.off_machine() == []
