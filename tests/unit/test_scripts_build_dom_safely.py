"""The site's own scripts never parse strings as HTML: data reaches the page as text only."""

from __future__ import annotations

import re

from conftest import ROOT

SCRIPTS = sorted((ROOT / "overrides/assets/javascripts").glob("*.js"))
HTML_SINKS = re.compile(r"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(")
STORAGE = re.compile(r"localStorage|sessionStorage|document\.cookie|indexedDB|\bfetch\(|XMLHttpRequest|sendBeacon")


def test_there_are_scripts_to_check():
    assert {p.name for p in SCRIPTS} >= {"charts.js", "screening.js"}


def test_no_script_parses_strings_as_html():
    assert {p.name: HTML_SINKS.findall(p.read_text(encoding="utf-8")) for p in SCRIPTS} == {p.name: [] for p in SCRIPTS}


def test_no_script_stores_or_sends_anything():
    assert {p.name: STORAGE.findall(p.read_text(encoding="utf-8")) for p in SCRIPTS} == {p.name: [] for p in SCRIPTS}
