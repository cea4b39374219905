"""The relief-bars grid in Chromium: one screen wide, keyboard details, My client, print, and the
browser's rule evaluator agreeing with the Python one on every cell."""

from __future__ import annotations

import itertools
import json

import pytest
from authored import registry as authored_registry
from axe import violations
from pypdf import PdfReader
from recorder import watched_page

from macros.bar_rules import Verdict, evaluate, group_of, rules_data
from macros.models import FACTS

pytestmark = pytest.mark.browser
CHART = "charts/relief-bars.html"


@pytest.fixture
def grid_page(browser, http_site):
    with watched_page(browser, http_site, CHART, viewport={"width": 1280, "height": 900}) as page:
        page.wait_for_selector(".pcr-grid--enhanced")
        yield page


def test_the_whole_grid_fits_a_laptop_screen_wide_and_two_screens_high(grid_page):
    size = grid_page.evaluate(
        """() => { const s = document.querySelector('#chart-bars .pcr-grid__scroll');
                   const t = s.querySelector('table').getBoundingClientRect();
                   return {scroll: s.scrollWidth, box: s.clientWidth, page: document.documentElement.scrollWidth,
                           bottom: t.bottom + window.scrollY}; }"""
    )
    assert size["scroll"] <= size["box"], "the grid scrolls sideways"
    assert size["page"] <= 1280
    assert size["bottom"] <= 2 * 900, "the grid needs more than two screens"


def test_the_keyboard_moves_between_cells_and_opens_and_closes_details(grid_page):
    first = grid_page.locator("#chart-bars .pcr-grid__link").first
    first.focus()
    grid_page.keyboard.press("ArrowRight")
    assert grid_page.evaluate("document.activeElement.dataset.cell") == "lpr-cancellation murder"
    grid_page.keyboard.press("ArrowRight")
    focused = grid_page.evaluate("document.activeElement.dataset.cell")
    assert focused == "lpr-cancellation cimt"
    grid_page.keyboard.press("ArrowDown")
    assert grid_page.evaluate("document.activeElement.dataset.cell") == "non-lpr-cancellation cimt"
    grid_page.keyboard.press("Enter")
    panel = grid_page.locator("#chart-bars .pcr-grid__panel")
    assert panel.is_visible()
    assert grid_page.evaluate("document.activeElement.classList.contains('pcr-grid__panel')")
    text = panel.inner_text()
    assert "Cancellation of removal for non-permanent residents × Crime involving moral turpitude" in text
    assert "8 U.S.C. § 1229b(b)(1)(C)" in text and "Reviewed" in text
    grid_page.keyboard.press("Escape")
    assert panel.is_hidden()
    assert grid_page.evaluate("document.activeElement.dataset.cell") == "non-lpr-cancellation cimt"


def test_my_client_regroups_the_rows_and_a_fact_settles_a_threshold(grid_page):
    grid = grid_page.locator("#chart-bars")
    grid.locator("summary", has_text="My client").click()
    grid.get_by_label("Aggravated felony", exact=True).check()
    verdict = grid.locator('tr[data-relief="withholding-of-removal"] .pcr-grid__verdict')
    assert verdict.locator("strong").inner_text() == "Needs analysis"
    assert "depends on total of the sentences imposed for all convictions" in verdict.inner_text()
    assert grid.locator('thead th[data-crime="cimt"]').is_hidden()
    grid.get_by_label("Total of the sentences imposed for all convictions (days; 1 year = 365)").fill("1825")
    assert verdict.locator("strong").inner_text() == "Barred"
    groups = grid.locator("tbody th[scope=colgroup]").all_inner_texts()
    assert groups[0].startswith("Barred (")
    assert "barred" in grid.locator(".pcr-grid__status").inner_text()
    grid.get_by_role("button", name="Clear").click()
    assert grid.locator('thead th[data-crime="cimt"]').is_visible()
    assert grid.locator(".pcr-grid__verdict").count() == 0
    assert grid.locator("tbody th[scope=colgroup]").first.inner_text() == "Defences in removal proceedings"


def test_a_phone_gets_the_details_relief_by_relief_without_sideways_scroll(browser, http_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(http_site + CHART)
    assert page.locator("#chart-bars .pcr-grid__scroll").is_hidden()
    assert page.locator("#chart-bars-details section[data-relief]").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator("#chart-bars summary", has_text="My client").click()
    page.locator("#chart-bars").get_by_label("Controlled substance offence", exact=True).check()
    assert page.locator("#chart-bars .pcr-grid__scroll").is_visible()
    scroll = page.evaluate(
        "(() => { const s = document.querySelector('#chart-bars .pcr-grid__scroll'); return [s.scrollWidth, s.clientWidth]; })()"
    )
    assert scroll[0] <= scroll[1], "one category plus the verdict fits a phone"
    context.close()


@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_the_grid_prints_on_one_landscape_page_then_the_details(browser, http_site, tmp_path, paper):
    page = browser.new_page()
    page.goto(http_site + CHART)
    pdf = tmp_path / "bars.pdf"
    page.pdf(path=str(pdf), format=paper, prefer_css_page_size=False, landscape=True)
    page.close()
    reader = PdfReader(pdf)
    first, second = reader.pages[0], reader.pages[1]
    assert first.mediabox.width > first.mediabox.height
    text = first.extract_text()
    for relief in authored_registry().of_kind("relief"):
        assert relief.short_title in text, f"{relief.short_title} is not on the first page"
    assert "Needs analysis" in text and "several facts decide" in text, "the legend and the codes print with the grid"
    assert second.extract_text().lstrip().startswith("Every cell in detail")


def test_the_grid_has_no_axe_violations_with_a_cell_open_and_my_client_in_use(grid_page):
    # The page as loaded goes through axe in the every-page visit (test_every_page.py); what the
    # reader changes here (the open cell's panel, My client, the regrouped rows) is all in the grid.
    grid_page.locator("#chart-bars .pcr-grid__link").nth(3).click()
    grid_page.locator("#chart-bars summary", has_text="My client").click()
    grid_page.locator("#chart-bars").get_by_label("Crime involving moral turpitude", exact=True).check()
    assert grid_page.locator("#chart-bars .pcr-grid__panel:not(.pcr-grid__panel--closed)").count() == 1
    assert violations(grid_page, within="#chart-bars") == []


def fact_profiles() -> list[dict]:
    """No facts; each fact alone at, below and above every threshold the data uses; pairs of them."""
    values: dict[str, set] = {}
    for relief in authored_registry().of_kind("relief"):
        for rules in [rules_data(b) for b in relief.bars]:
            for rule in rules:
                for name, test in (rule["when"] or {}).items():
                    found = values.setdefault(name, set())
                    if isinstance(test, dict):
                        for threshold in test.values():
                            if isinstance(threshold, int):
                                found |= {threshold - 1, threshold, threshold + 1}
                            else:
                                found |= {"1900-01-01", threshold, "2100-01-01"}
                    elif FACTS[name].measure == "yes-no":
                        found |= {True, False}
                    else:
                        found |= set(FACTS[name].choices)
    singles = [{name: value} for name, found in values.items() for value in sorted(found, key=str)]
    pairs = [{**a, **b} for a, b in itertools.combinations(singles, 2) if a.keys() != b.keys()][::7]
    return [{}, *singles, *pairs]


def test_the_browser_decides_every_cell_as_python_does(grid_page):
    # Cells with the same rule list are one case for both evaluators (most are one unconditional
    # rule): each distinct list is decided once per profile, under the first cell that has it.
    cells: dict[str, list] = {}
    for relief in authored_registry().of_kind("relief"):
        for bar in relief.bars:
            rules = rules_data(bar)
            if rules not in cells.values():
                cells[f"{relief.id} {bar.crime}"] = rules
    profiles = fact_profiles()
    expected = {
        key: [[list(v.possible), v.rule, list(v.missing)] for v in (evaluate(rules, f) for f in profiles)]
        for key, rules in cells.items()
    }
    got = grid_page.evaluate(
        """([cells, profiles]) => Object.fromEntries(Object.entries(cells).map(([key, rules]) =>
             [key, profiles.map(f => { const v = window.pcrBarRules.evaluate(rules, f); return [v.possible, v.rule, v.missing]; })]))""",
        [cells, profiles],
    )
    assert got == json.loads(json.dumps(expected))
    verdict_sets = [
        [None],
        [{"possible": ["bar"], "effect": "bar"}, None],
        [{"possible": ["waivable"], "effect": "waivable"}],
    ]
    js_groups = grid_page.evaluate("sets => sets.map(s => window.pcrBarRules.groupOf(s))", verdict_sets)
    py_groups = [group_of([None if v is None else Verdict(tuple(v["possible"]), 0) for v in s]) for s in verdict_sets]
    assert js_groups == py_groups
