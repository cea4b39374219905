"""The relief-bars grid: every relief form and category once, each cell a symbol, a code and its rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros import page_macros
from macros.bar_rules import rules_data
from macros.loader import load
from macros.pages import PageRenderer

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"
PAGE = "charts/x.md"


@pytest.fixture(scope="module")
def registry():
    return load(VALID)


@pytest.fixture(scope="module")
def grid(registry):
    return BeautifulSoup(page_macros.bars_chart(registry, PAGE), "html.parser")


def cell(grid, relief: str, crime: str):
    return grid.select_one(f'tr[data-relief="{relief}"] td[data-crime="{crime}"]')


def test_every_relief_form_is_one_row_under_its_group(grid):
    groups = [tbody.select_one("th[scope=colgroup]").get_text() for tbody in grid.select("tbody")]
    assert groups == ["Defences in removal proceedings", "Permanent residence and citizenship"]
    assert [tr["data-relief"] for tr in grid.select("tr[data-relief]")] == ["lpr-cancellation", "naturalization"]
    headers = [th["data-crime"] for th in grid.select("thead th[data-crime]")]
    assert headers == ["aggravated-felony", "controlled-substance"]
    assert grid.select_one('thead th[data-crime="aggravated-felony"] a')["href"] == "../crimes/aggravated-felony.html"


def test_a_flat_cell_shows_its_symbol_and_says_its_effect(grid):
    flat = cell(grid, "lpr-cancellation", "aggravated-felony")
    assert "pcr-grid__cell--bar" in flat["class"]
    assert flat.select_one("[aria-hidden]").get_text() == "✘"
    assert flat.select_one(".pcr-sr").get_text() == "Bar"


def test_a_conditional_cell_shows_what_usually_holds_and_its_exception(grid):
    conditional = cell(grid, "lpr-cancellation", "controlled-substance")
    assert "pcr-grid__cell--discretionary" in conditional["class"]
    assert conditional.select_one("[aria-hidden] > span").get_text() == "◐"
    assert conditional.select_one(".pcr-grid__code").get_text() == "✘res<7y"
    assert conditional.select_one(".pcr-sr").get_text() == (
        "When years of continuous residence after admission when the offence was committed is less than 7 years: Bar; "
        "Otherwise: Discretionary factor"
    )
    assert "res" in grid.select_one(".pcr-grid__codes").get_text()


def test_every_cell_links_to_its_details_with_rules_statute_authority_and_date(grid):
    for link in grid.select(".pcr-grid__link"):
        assert grid.find(id=link["href"][1:]) is not None
    details = grid.find(id=cell(grid, "lpr-cancellation", "controlled-substance").a["href"][1:])
    text = details.get_text(" ", strip=True)
    assert "Otherwise : ◐ Discretionary factor" in text.replace(":", " :")
    assert "INA 240A(d)(1), 8 U.S.C. § 1229b(d)(1)" in text
    assert details.select_one("a[href='../cases/pereida-v-wilkinson.html']")
    assert details.select_one("time")["datetime"] == "2026-11-22"
    assert details.select_one(".pcr-cell__more a")["href"] == "../relief/lpr-cancellation.html#bar-controlled-substance"


def test_a_pair_the_data_does_not_cover_says_not_assessed(grid):
    missing = cell(grid, "naturalization", "controlled-substance")
    assert "pcr-grid__cell--not-assessed" in missing["class"]
    assert missing.select_one(".pcr-sr").get_text() == "Not assessed"
    assert "Not assessed" in grid.find(id=missing.a["href"][1:]).get_text()


def test_an_unverified_cell_is_marked_in_the_grid_and_its_details(grid):
    unverified = cell(grid, "naturalization", "aggravated-felony")
    assert unverified.select_one(".pcr-grid__unverified").get_text() == "⚠"
    assert unverified.select_one(".pcr-sr").get_text().endswith("(unverified)")
    details = grid.find(id=unverified.a["href"][1:])
    assert "Not yet confirmed: The fixture's own test" in details.get_text()


def test_rules_for_any_conviction_are_flagged_on_the_row_and_written_out(grid):
    row = grid.select_one('tr[data-relief="naturalization"] th')
    assert row.select_one(".pcr-grid__general")["href"] == "#chart-bars-naturalization"
    general = grid.find(id="chart-bars-naturalization").select_one(".pcr-cell--general").get_text(" ", strip=True)
    assert "Whatever the crime category, when probation, parole or a suspended sentence is still running" in general


def test_the_page_carries_the_rules_the_script_evaluates(registry, grid):
    data = json.loads(grid.select_one("script.pcr-grid__data").string)
    relief = registry.get("lpr-cancellation")
    assert data["cells"]["lpr-cancellation"]["controlled-substance"] == rules_data(relief.bars[1])
    assert data["general"]["naturalization"][0][0] == {"when": {"on_probation": True}, "effect": "bar"}
    assert data["facts"]["sentence_days"]["measure"] == "days"


def test_a_slice_keeps_its_rows_and_columns_and_nests_its_details(registry):
    html = page_macros.bars_chart(registry, PAGE, relief=["naturalization"], crimes=["aggravated-felony"])
    soup = BeautifulSoup(html, "html.parser")
    assert [tr["data-relief"] for tr in soup.select("tr[data-relief]")] == ["naturalization"]
    assert [th["data-crime"] for th in soup.select("thead th[data-crime]")] == ["aggravated-felony"]
    assert soup.select_one(".pcr-grid-details__title").name == "h3"
    assert soup.select_one("figure")["id"] != "chart-bars"


def test_relief_and_crime_pages_show_the_same_cells_at_their_own_anchors(registry):
    pages = PageRenderer(registry).render_all()
    relief = BeautifulSoup(pages["relief/lpr-cancellation.md"], "html.parser")
    assert (
        relief.find(id="bar-controlled-substance").select_one("h3 a")["href"] == "../crimes/controlled-substance.html"
    )
    crime = BeautifulSoup(pages["crimes/aggravated-felony.md"], "html.parser")
    assert [a["id"] for a in crime.select("article.pcr-cell")] == ["relief-lpr-cancellation", "relief-naturalization"]
    assert "## Effect on each relief form" in pages["crimes/aggravated-felony.md"]
