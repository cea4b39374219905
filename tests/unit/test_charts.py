"""Charts show each entity once, each cell as its data says, and follow the data when it changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from macros import page_macros
from macros.inline import UnknownReference
from macros.loader import load

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"
PAGE = "charts/x.md"


@pytest.fixture(scope="module")
def registry():
    return load(VALID)


def table(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser").find("table")


def row_ids(html: str) -> list[str]:
    return [tr["data-id"] for tr in table(html).select("tbody tr")]


def cell(html: str, entity_id: str, key: str):
    return table(html).select_one(f'tbody tr[data-id="{entity_id}"] td[data-key="{key}"]')


@pytest.mark.parametrize(
    ("render", "kind"),
    [
        (page_macros.vehicles_chart, "vehicles"),
        (page_macros.marijuana_chart, "marijuana"),
        (page_macros.cases_chart, "cases"),
    ],
)
def test_every_entity_appears_exactly_once(registry, render, kind):
    ids = row_ids(render(registry, PAGE))
    assert sorted(ids) == sorted(e.id for e in registry.of_kind(kind))


def test_vehicle_cells_equal_the_data(registry):
    html = page_macros.vehicles_chart(registry, PAGE)
    vehicle = registry.get("pc-1473-7-a-1")
    assert cell(html, vehicle.id, "deadline").get_text(strip=True) == vehicle.deadline
    assert cell(html, vehicle.id, "custody")["data-filter"] == "Must be out of custody"
    effect = cell(html, vehicle.id, "immigration_effect")
    assert effect["data-filter"] == "Effective"
    assert vehicle.immigration_effect.reason in effect.get_text()
    assert effect.find("a")["href"] == "../vehicles/pc-1473-7-a-1.html#key-facts"


def test_cases_chart_shows_status_and_what_limited_it(registry):
    html = page_macros.cases_chart(registry, PAGE)
    status = cell(html, "matter-of-pickering", "status")
    assert status["data-filter"] == "Limited"
    assert "Pinho v. Gonzales" in status.get_text()
    assert cell(html, "pereida-v-wilkinson", "year").get_text(strip=True) == "2021"


def test_tables_are_accessible_without_javascript(registry):
    soup = table(page_macros.vehicles_chart(registry, PAGE))
    assert soup.find("caption").get_text(strip=True).startswith("Post-conviction relief vehicles compared")
    assert all(th["scope"] == "col" for th in soup.select("thead th"))
    assert all(th["scope"] == "row" for th in soup.select("tbody th"))
    assert soup.select_one("tfoot").get_text().startswith("Legend:")


def test_subsets_by_rows_and_columns(registry):
    columns = page_macros.vehicles_chart(registry, PAGE, jurisdiction="california", columns=["deadline"])
    assert [th["data-key"] for th in table(columns).select("thead th")] == ["row", "deadline"]


def test_bad_subset_arguments_name_the_page(registry):
    with pytest.raises(UnknownReference, match=r"charts/x.md: vehicles chart: unknown column\(s\) deadlines"):
        page_macros.vehicles_chart(registry, PAGE, columns=["deadlines"])
    with pytest.raises(UnknownReference, match=r"no vehicle has the jurisdiction 'texas'"):
        page_macros.vehicles_chart(registry, PAGE, jurisdiction="texas")
    with pytest.raises(UnknownReference, match=r"padilla-v-kentucky is not the id of a relief entity"):
        page_macros.bars_chart(registry, PAGE, relief=["padilla-v-kentucky"])


def test_a_changed_yaml_value_changes_the_chart(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    vehicles = data / "vehicles.yaml"
    vehicles.write_text(
        vehicles.read_text(encoding="utf-8").replace("effect: effective", "effect: depends"), encoding="utf-8"
    )
    html = page_macros.vehicles_chart(load(data), PAGE)
    assert cell(html, "pc-1473-7-a-1", "immigration_effect")["data-filter"] == "Depends"


def test_timeline_lists_cases_oldest_first(registry):
    soup = BeautifulSoup(page_macros.cases_timeline(registry, PAGE), "html.parser")
    years = [span.get_text() for span in soup.select(".pcr-timeline__year")]
    assert years == sorted(years)
    assert "Matter of Pickering" in soup.select_one("li").get_text()


def test_the_national_chart_has_one_row_per_jurisdiction_and_says_each_advisement_rule(registry):
    html = page_macros.jurisdictions_chart(registry, PAGE)
    assert sorted(row_ids(html)) == sorted(j.id for j in registry.of_kind("jurisdictions"))
    assert cell(html, "california", "advisement")["data-filter"] == "Statute"
    assert "Cal. Penal Code § 1016.5" in cell(html, "california", "advisement").get_text()
    assert cell(html, "federal", "advisement")["data-filter"] == "None found"
    assert cell(html, "california", "remedy")["data-filter"] == "None listed"
    assert cell(html, "california", "vehicles")["data-filter"] == "1"
    assert "Penal Code 1473.7(a)(1)" in cell(html, "california", "vehicles").get_text()


def test_the_map_has_one_tile_per_state_linking_to_its_page_and_naming_its_value(registry):
    page = BeautifulSoup(page_macros.jurisdictions_map(registry, PAGE), "html.parser")
    tiles = page.select(".pcr-tilemap__tile a")
    assert [a["href"] for a in tiles] == ["../jurisdictions/california.html"]  # the federal courts have no tile
    assert "pcr-tilemap__tile--r4" in tiles[0].parent["class"] and "pcr-tilemap__tile--c0" in tiles[0].parent["class"]
    faces = {face["data-shade"]: " ".join(face.get_text(" ").split()) for face in tiles[0].select(".pcr-tilemap__face")}
    assert faces == {  # one face per column the reader can shade by, each naming its value in words
        "advisement": "CA § California: Statute",
        "remedy": "CA – California: None listed",  # the fixture lists no advisement-vacatur route
        "vehicles": "CA ◐ California: 1",  # the fixture has one California vehicle
    }
    shades = [radio["value"] for radio in page.select(".pcr-tilemap__shades input[type=radio]")]
    assert shades == list(faces) and page.select_one("input[checked]")["value"] == "advisement"
    assert [p["data-shade"] for p in page.select(".pcr-tilemap__legend")] == shades
