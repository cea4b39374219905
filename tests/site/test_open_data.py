"""A clinic can download the data and its schema, a reader can subscribe to changes, and an
organiser can download the offline copy from the home page."""

from __future__ import annotations

import csv
import datetime
import hashlib
import json
import zipfile
from pathlib import Path

import feedparser
import jsonschema
import pytest
from frictionless import validate
from htmlcheck import soup_of

from macros.open_data import FOLDER, PACKAGE
from macros.registry import Registry

BOXES = ["index.html", "es/index.html", "handouts/index.html"]


def package(site: Path) -> dict:
    return json.loads((site / FOLDER / PACKAGE).read_text(encoding="utf-8"))


def test_the_data_package_validates(site, registry: Registry):
    report = validate(str(site / FOLDER / PACKAGE))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    descriptor = package(site)
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    reviewed = [r.entity.reviewed for r in registry.records if hasattr(r.entity, "reviewed")]
    assert descriptor["version"] == max(reviewed).isoformat()  # outcomes count too: they are in the package


def kinds(site: Path) -> list[str]:
    return [r["name"] for r in package(site)["resources"] if r["format"] == "csv"]


def test_every_kind_is_published_as_json_and_csv_with_the_same_entities(site, registry: Registry):
    assert set(kinds(site)) == {
        "vehicles",
        "cases",
        "relief",
        "crimes",
        "marijuana",
        "glossary",
        "questions",
        "outcomes",
        "deadlines",
        "jurisdictions",
    }
    for kind in kinds(site):
        ids = [e.id for e in registry.of_kind(kind)]
        records = json.loads((site / FOLDER / f"{kind}.json").read_text(encoding="utf-8"))
        with (site / FOLDER / f"{kind}.csv").open(encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert [r["id"] for r in records] == ids
        assert [r["id"] for r in rows] == ids


def test_csv_cells_read_back_to_the_json_values(site):
    for kind in kinds(site):
        records = json.loads((site / FOLDER / f"{kind}.json").read_text(encoding="utf-8"))
        with (site / FOLDER / f"{kind}.csv").open(encoding="utf-8", newline="") as stream:
            rows = list(csv.DictReader(stream))
        for record, row in zip(records, rows, strict=True):
            for name, value in record.items():
                assert read_back(row[name], value) == value, f"{kind}[{record['id']}].{name}"


def read_back(cell: str, like: object) -> object:
    """A CSV cell as the Data page says to read it: JSON for lists and nested values."""
    if isinstance(like, list | dict):
        return json.loads(cell)
    if isinstance(like, bool):
        return {"true": True, "false": False}[cell]
    return type(like)(cell)


def test_json_files_match_their_published_schemas_and_link_to_real_pages(site):
    for kind in kinds(site):
        records = json.loads((site / FOLDER / f"{kind}.json").read_text(encoding="utf-8"))
        schema = json.loads((site / FOLDER / f"{kind}.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(records, schema)
        for record in records:
            for page in [record["page"], *record["links"].values()]:
                if page:
                    assert (site / page.partition("#")[0]).is_file(), f"{kind}[{record['id']}]: {page}"


def test_a_json_file_that_breaks_its_schema_is_caught(site):
    records = json.loads((site / FOLDER / "cases.json").read_text(encoding="utf-8"))
    schema = json.loads((site / FOLDER / "cases.schema.json").read_text(encoding="utf-8"))
    records[0]["court"] = "a court no one has heard of"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(records, schema)


def test_the_data_page_explains_every_field_of_every_kind(site, registry: Registry):
    soup = soup_of(site / FOLDER / "index.html")
    for kind in kinds(site):
        table = soup.find(id=f"fields-{kind}").find_next("table")
        named = [row.th.get_text() for row in table.tbody.find_all("tr")]
        model_fields = list(type(registry.of_kind(kind)[0]).model_fields)
        assert named == [*model_fields, "page", "links"]
        assert all(row.find_all("td")[-1].get_text(strip=True) for row in table.tbody.find_all("tr")), kind


def test_the_feed_lists_dated_changes_that_link_to_their_pages(site, registry: Registry):
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert len(feed.entries) >= 20
    dates = [datetime.date(*entry.updated_parsed[:3]) for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    for entry in feed.entries:
        assert (site / entry.link.partition("#")[0]).is_file(), entry.link
    added = {e.title: e.added for e in registry.all() if e.added}
    new = [
        (entry.title.removeprefix("New: "), d)
        for entry, d in zip(feed.entries, dates, strict=True)
        if entry.title.startswith("New: ")
    ]
    assert new and all(added[title] == date for title, date in new)
    history = {(v.title, h.year) for v in registry.of_kind("vehicles") for h in v.history}
    law = [
        (e.title.removeprefix("Law changed: "), d)
        for e, d in zip(feed.entries, dates, strict=True)
        if e.title.startswith("Law")
    ]
    assert law and all((title, date.year) in history and (date.month, date.day) == (1, 1) for title, date in law)


def test_the_fixture_feed_is_dated_by_its_data_not_by_the_build(fixture_site):
    feed = feedparser.parse((fixture_site / "feed.xml").read_bytes())
    assert feed.feed.updated.startswith("2026-11-22")  # the fixture's latest review, not today


@pytest.mark.parametrize("page", BOXES)
def test_the_offline_copy_is_offered_with_the_checksum_of_the_zip_it_links(site, page):
    box = soup_of(site / page).select_one(".pcr-offline")
    link = box.select_one("a.pcr-offline__link")
    archive = (site / page).parent / link["href"]
    assert archive.is_file()
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    facts = box.select_one(".pcr-offline__facts").get_text()
    assert (
        digest in facts
        and f"{archive.stat().st_size / 1_000_000:.1f}".replace(".", "," if page.startswith("es/") else ".") in facts
    )
    assert box.select_one(".pcr-offline__howto").get_text(strip=True)


def test_the_zip_holds_the_site_and_its_data_and_says_it_is_the_offline_copy(site):
    (archive,) = (site / "downloads").glob("*.zip")
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        (folder,) = {name.split("/")[0] for name in names}
        home = opened.read(f"{folder}/index.html").decode("utf-8")
    assert f"{folder}/{FOLDER}/{PACKAGE}" in names and f"{folder}/feed.xml" in names
    assert f"{folder}/es/index.html" in names and f"{folder}/READ-ME-FIRST.txt" in names
    assert not [n for n in names if n.endswith(".map") or "/downloads/" in n]
    assert "You are reading the offline copy" in home and "data-pcr-sha256" not in home
