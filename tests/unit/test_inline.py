"""The page macros: a link by id, and one fact by id and field, or a precise complaint."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.inline import UnknownReference, entity_fact, entity_link
from macros.loader import load

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


@pytest.fixture(scope="module")
def registry():
    return load(VALID)


def test_link_is_relative_markdown_with_the_title(registry):
    assert (
        entity_link(registry, "vehicles/x.md", "padilla-v-kentucky")
        == "[Padilla v. Kentucky](../cases/padilla-v-kentucky.md)"
    )


def test_link_text_can_be_given(registry):
    assert entity_link(registry, "index.md", "vacatur", "vacated") == "[vacated](glossary.md#vacatur)"


def test_fact_reads_nested_fields_and_enum_labels(registry):
    assert entity_fact(registry, "index.md", "pc-1473-7-a-1", "immigration_effect.effect") == "Effective"
    assert entity_fact(registry, "index.md", "pc-1473-7-a-1", "custody.rule") == "Must be out of custody"
    assert entity_fact(registry, "index.md", "padilla-v-kentucky", "year") == "2010"


def test_unknown_id_and_field_name_the_page(registry):
    with pytest.raises(UnknownReference, match=r"^about.md: link\('nope'\): no entity has the id 'nope'$"):
        entity_link(registry, "about.md", "nope")
    with pytest.raises(UnknownReference, match=r"'padilla-v-kentucky' has no field 'yeer'$"):
        entity_fact(registry, "about.md", "padilla-v-kentucky", "yeer")
