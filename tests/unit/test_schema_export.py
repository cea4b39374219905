"""The JSON Schemas editors use stay in step with the pydantic models."""

from __future__ import annotations

import json

from conftest import ROOT

from macros.schema import SCHEMA_DIR, SETTINGS, editor_settings, schemas


def test_committed_schemas_match_the_models():
    for name, text in schemas().items():
        committed = (ROOT / SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert committed == text, f"{name} is stale: run 'make schema'"


def test_editor_settings_map_every_schema_onto_its_yaml():
    assert (ROOT / SETTINGS).read_text(encoding="utf-8") == editor_settings()
    mapping = json.loads(editor_settings())["yaml.schemas"]
    assert mapping["./data/schema/cases.schema.json"] == ["data/cases.yaml", "data/cases/*.yaml"]


def test_schema_rejects_unknown_keys_and_requires_sources():
    case = json.loads(schemas()["cases.schema.json"])["$defs"]["Case"]
    assert case["additionalProperties"] is False
    assert {"id", "title", "summary", "sources", "reviewed"} <= set(case["required"])
