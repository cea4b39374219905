"""Decks are cut from a page's own HTML: a model answer is revealed on demand and is a speaker
note, a facilitator's note is a speaker note only, and long sections become several slides."""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

import pytest

from macros.decks import MAX_LIST_ITEMS, VENDOR, slides_from

ROOT = Path(__file__).resolve().parents[2]
PAGE = """
<h1 id="t">Title<a class="headerlink" href="#t">¶</a></h1>
<p>Intro.</p>
<h2 id="h">Hypothetical</h2>
<p>Ana pleaded guilty.</p>
<details class="question"><summary>Model answer</summary><p>The expungement does not help.</p></details>
<div class="admonition note"><p class="admonition-title">For the facilitator</p><p>Allow 20 minutes.</p></div>
<h2 id="l">A long list</h2>
<ul>{items}</ul>
""".format(items="".join(f"<li>Point {n}</li>" for n in range(MAX_LIST_ITEMS + 2)))


def test_a_page_becomes_a_title_and_slides_per_section():
    title, slides = slides_from(PAGE)
    assert title == "Title"
    assert [(s.title, s.continued) for s in slides] == [
        ("", False),
        ("Hypothetical", False),
        ("A long list", False),
        ("A long list", True),
    ]


def test_a_model_answer_is_revealed_on_demand_and_noted_for_the_speaker():
    _, slides = slides_from(PAGE)
    hypothetical = slides[1]
    assert hypothetical.answers == [("Model answer", "<p>The expungement does not help.</p>")]
    assert hypothetical.notes == ["<p>Allow 20 minutes.</p>", "<p>The expungement does not help.</p>"]
    assert all("expungement" not in block and "20 minutes" not in block for block in hypothetical.blocks)


def test_the_vendored_reveal_js_is_the_npm_package():
    package = ROOT / "node_modules" / "reveal.js"
    if not package.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("node_modules/reveal.js is missing: run `make setup`")
        pytest.skip("node_modules/reveal.js is missing: run `make setup`")
    vendored = ROOT / "overrides" / VENDOR
    pairs = [("dist/reveal.js", "reveal.js"), ("dist/reveal.css", "reveal.css"), ("dist/reset.css", "reset.css")]
    pairs += [("dist/plugin/notes.js", "plugin/notes.js"), ("LICENSE", "LICENSE")]
    assert [a for a, b in pairs if not filecmp.cmp(package / a, vendored / b, shallow=False)] == []
