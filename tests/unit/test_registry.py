"""References are checked by kind, and every reference yields a backlink on the other side."""

from __future__ import annotations

from pathlib import Path

from macros.loader import load
from macros.navigation import expand_nav
from macros.registry import relative_href

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


def test_backlinks_name_the_citing_entity_and_field():
    registry = load(VALID)
    cited_by = {(r.source, r.field) for r in registry.backlinks("padilla-v-kentucky")}
    assert cited_by == {
        ("pc-1473-7-a-1", "immigration_effect"),
        ("pc-1473-7-a-1", "key_cases"),
        ("chaidez-v-united-states", "related_cases"),
    }


def test_an_entity_with_no_citations_has_no_backlinks():
    assert load(VALID).backlinks("chaidez-v-united-states") == []


def test_locations_of_entities():
    registry = load(VALID)
    assert registry.src_uri_of("padilla-v-kentucky") == "cases/padilla-v-kentucky.md"
    assert registry.src_uri_of("vacatur") == "glossary.md#vacatur"
    assert registry.href("vacatur", "cases/padilla-v-kentucky.md") == "../glossary.html#vacatur"
    assert registry.href("padilla-v-kentucky", "index.md", markdown=True) == "cases/padilla-v-kentucky.md"


def test_relative_href_between_folders():
    assert relative_href("vehicles/index.md", "cases/x.md") == "../vehicles/index.html"
    assert relative_href("about.md", "about.md", anchor="unverified") == "about.html#unverified"


def test_navigation_sections_list_each_entity_after_the_index():
    nav = expand_nav([{"Home": "index.md"}, {"Key cases": "cases/index.md"}, {"Glossary": "glossary.md"}], load(VALID))
    assert nav == [
        {"Home": "index.md"},
        {
            "Key cases": [
                "cases/index.md",
                "cases/chaidez-v-united-states.md",
                "cases/matter-of-pickering.md",
                "cases/padilla-v-kentucky.md",
                "cases/pereida-v-wilkinson.md",
            ]
        },
        {"Glossary": "glossary.md"},
    ]
