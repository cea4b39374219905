"""A copy of the fixture data in which every free-text field carries what could run or render if it
were not escaped: Jinja, entities, a javascript: address, quotes. (Tags and Markdown links are
refused by the loader itself: tests/unit/test_loader_errors.py.)"""

from __future__ import annotations

from pathlib import Path

import yaml

PAYLOAD = "&lt;script&gt;alert(1)&lt;/script&gt; 1 < 2 {{ 7*7 }} {% raw %} javascript:alert(3) &amp; \" onmouseover=alert(2) '"
TITLE_PAYLOAD = "javascript:alert(4) {{ 7*7 }} \" onmouseover=alert(5) x='"
SHORT_PAYLOAD = "\"><b>{{7*7}}</b>'"  # chart headings are short by rule (20 characters)
# Fields whose values are ids, vocabularies, dates, numbers, URLs or paths: the schema guards those.
STRUCTURED = {
    "id",
    "reviewed",
    "added",
    "decided",
    "year",
    "url",
    "jurisdiction",
    "changes",
    "rule",
    "effect",
    "court",
    "state",
    "type",
    "answer",
    "crime",
    "by",
    "next",
    "page",
    "abbreviation",
    "topics",
    "verified",
    "key_cases",
    "related_vehicles",
    "related_cases",
    "related_relief",
    "authorities",
    "see_also",
    "vehicles",
    "relief",
    "crimes",
    "marijuana",
    "outcomes",
    "group",
    "cases",
    "code",
    "when",
    "level",
    "postal",
    "route",
    "vehicle",
    "rule_type",
}
# Top-level fields of one kind that the loader parses (a case's own citation is read by eyecite).
PARSED = {"cases": {"citation"}}


def poison(value, key: str = ""):
    if key in STRUCTURED:
        return value
    if isinstance(value, dict):
        poisoned = {k: poison(v, k) for k, v in value.items()}
        if "title" in value and ("url" in value or "citation" in value):
            # A poisoned citation derives no free copy: the source says so, in poisoned words too.
            poisoned["no_public_copy"] = PAYLOAD
        return poisoned
    if isinstance(value, list):
        return [poison(v, key) for v in value]
    if isinstance(value, str):
        if key == "short_title":
            return SHORT_PAYLOAD
        return TITLE_PAYLOAD if key in {"title", "label"} else PAYLOAD
    return value


def poison_entity(entity: dict, kind: str) -> dict:
    kept = PARSED.get(kind, set())
    return {k: v if k in kept else poison(v, k) for k, v in entity.items()}


def hostile_dataset(source: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for path in source.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        hostile = [poison_entity(entity, path.stem) for entity in data]
        (target / path.name).write_text(yaml.safe_dump(hostile, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
