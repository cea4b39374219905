"""The data as files a clinic can reuse: per kind a JSON file with its JSON Schema and a CSV file,
and a Frictionless Data Package describing them.

Plain Python with no MkDocs import: the hook writes what :func:`files` returns into the build's
``data/`` folder, and the Data page prints :func:`field_dictionary` from the same models.

CSV flattening, documented on the Data page: one row per entity; text, numbers, dates and yes/no
values as they are; every list and nested object as one cell of compact JSON (Table Schema's
``array`` and ``object`` types), so nothing is lost and any JSON parser reads it back.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from .models import MODELS, Identified, Ref
from .registry import KINDS, Registry

FOLDER = "data"
PACKAGE = "datapackage.json"
LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
EXTRA_FIELDS = {
    "page": "The entity's page, relative to the site's root (empty for screening steps, which have none).",
    "links": "Every id the entity refers to, with that entity's page relative to the site's root.",
}


@dataclass(frozen=True)
class FieldEntry:
    """One column of a kind: what the Data page prints and the Table Schema declares."""

    name: str
    table_type: str  # a Table Schema type
    kind_of_value: str  # the same, said for a reader
    meaning: str
    required: bool
    allowed: tuple[str, ...] = ()


def page_of(registry: Registry, entity_id: str) -> str:
    """The entity's page relative to the site's root, or "" for kinds without pages."""
    if entity_id not in registry or not KINDS[registry.kind_of(entity_id)].pages:
        return ""
    target, _, anchor = registry.src_uri_of(entity_id).partition("#")
    page = target.removesuffix(".md") + ".html"
    return f"{page}#{anchor}" if anchor else page


def _non_null(prop: dict) -> dict:
    options = [p for p in prop.get("anyOf", [prop]) if p.get("type") != "null"]
    return {**prop, **options[0]} if len(options) == 1 else prop


def _describe(prop: dict, refs: tuple[str, ...] | None, defs: dict, many: bool = False) -> tuple[str, str, tuple]:
    """(Table Schema type, a reader's word for it, allowed values) of one JSON Schema property."""
    prop = _non_null(prop)
    if prop.get("type") == "array":
        _, inner, allowed = _describe(prop.get("items", {}), refs, defs, many=True)
        return "array", f"list of {inner}", allowed
    if refs:
        targets = " or ".join(KINDS[k].singular for k in refs)
        return "string", f"ids, each of a {targets}" if many else f"the id of a {targets}", ()
    if "$ref" in prop:
        keys = ", ".join(defs.get(prop["$ref"].rsplit("/", 1)[-1], {}).get("properties", {}))
        return "object", f"objects with {keys}" if many else f"an object with {keys}", ()
    if prop.get("type") == "object":
        return "object", "objects" if many else "an object", ()
    if "enum" in prop or "const" in prop:
        return "string", "allowed values" if many else "an allowed value", tuple(prop.get("enum", [prop.get("const")]))
    if prop.get("format") == "date":
        return "date", "date (YYYY-MM-DD)", ()
    word = {"integer": "whole number", "number": "number", "boolean": "true or false"}.get(prop.get("type"), "text")
    return {"integer": "integer", "number": "number", "boolean": "boolean"}.get(prop.get("type"), "string"), word, ()


def field_dictionary(kind: str) -> list[FieldEntry]:
    """Every top-level field of ``kind``, then the two columns the published files add."""
    model = MODELS[kind]
    schema = TypeAdapter(model).json_schema()
    entries = []
    for name, info in model.model_fields.items():
        ref = next((m for m in info.metadata if isinstance(m, Ref)), None)
        prop, defs = schema["properties"][name], schema.get("$defs", {})
        table_type, word, allowed = _describe(prop, ref.kinds if ref else None, defs)
        entries.append(FieldEntry(name, table_type, word, info.description or "", info.is_required(), allowed))
    entries.append(FieldEntry("page", "string", "address", EXTRA_FIELDS["page"], False))
    entries.append(FieldEntry("links", "object", "object of id: address", EXTRA_FIELDS["links"], False))
    return entries


def entity_record(registry: Registry, entity: Identified) -> dict[str, Any]:
    """The validated entity as JSON values, with its page and the page of every id it names."""
    record = entity.model_dump(mode="json", exclude_none=True)
    targets = dict.fromkeys(r.target for r in registry.references if r.source == entity.id)
    record["page"] = page_of(registry, entity.id)
    record["links"] = {target: page_of(registry, target) for target in targets}
    return record


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of ``<kind>.json``: the authoring schema plus the two added fields."""
    model = MODELS[kind]
    schema = TypeAdapter(list[model]).json_schema()
    entity = schema.get("$defs", {}).get(model.__name__, schema["items"])
    entity["properties"]["page"] = {"type": "string", "description": EXTRA_FIELDS["page"]}
    entity["properties"]["links"] = {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "description": EXTRA_FIELDS["links"],
    }
    schema["title"] = f"{KINDS[kind].plural}: the published {kind}.json"
    return schema


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def csv_text(kind: str, records: list[dict[str, Any]]) -> str:
    names = [entry.name for entry in field_dictionary(kind)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    writer.writerows([_cell(record.get(name)) for name in names] for record in records)
    return out.getvalue()


def table_schema(kind: str) -> dict[str, Any]:
    fields = []
    for entry in field_dictionary(kind):
        field: dict[str, Any] = {"name": entry.name, "type": entry.table_type}
        if entry.meaning:
            field["description"] = entry.meaning
        constraints: dict[str, Any] = {}
        if entry.required:
            constraints["required"] = True
        if entry.name == "id":
            constraints["unique"] = True
        if entry.allowed and entry.table_type == "string":
            constraints["enum"] = list(entry.allowed)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "primaryKey": ["id"]}


def package(kinds: list[str], title: str, version: str) -> dict[str, Any]:
    """The Data Package descriptor: one CSV and one JSON resource per kind."""
    resources = []
    for kind in kinds:
        description = f"{KINDS[kind].plural}, one row per entity."
        resources.append(
            {
                "name": kind,
                "path": f"{kind}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": description + " Lists and nested values are compact JSON in their cell.",
                "schema": table_schema(kind),
            }
        )
        resources.append(
            {
                "name": f"{kind}-json",
                "type": "json",
                "path": f"{kind}.json",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
                "description": f"{KINDS[kind].plural} as validated, nested values kept ({kind}.schema.json).",
            }
        )
    return {
        "name": "post-conviction-relief-for-immigrants",
        "title": title,
        "version": version,
        "licenses": [LICENSE],
        "sources": [
            {
                "title": "Opinions, statutes, regulations and agency guidance named in each entity's sources",
            }
        ],
        "resources": resources,
    }


def files(registry: Registry, title: str, version: str) -> dict[str, str]:
    """Path under the site's ``data/`` folder -> file text, for every kind and the package."""
    out: dict[str, str] = {}
    kinds = [kind for kind in MODELS if registry.of_kind(kind)]
    for kind in kinds:
        records = [entity_record(registry, e) for e in registry.of_kind(kind)]
        out[f"{kind}.json"] = _json(records)
        out[f"{kind}.schema.json"] = _json(json_schema(kind))
        out[f"{kind}.csv"] = csv_text(kind, records)
    out[PACKAGE] = _json(package(kinds, title, version))
    return out


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"
