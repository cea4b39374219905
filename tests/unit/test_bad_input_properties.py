"""Whatever a person types into a data file, loading ends in a clean build or a clear error."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.loader import load
from macros.problems import DataError

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"
FILES = sorted(p.name for p in VALID.glob("*.yaml"))
LINE = __import__("re").compile(r"^data/[\w/.-]+\.yaml:\d+: \S.*: .+$")

yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30) | st.dates(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


def load_outcome(files: dict[str, bytes]) -> None:
    """Load the fixture with some files replaced; only a clean load or a DataError may happen."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(VALID, data)
        for name, content in files.items():
            (data / name).write_bytes(content)
        try:
            load(data)
        except DataError as err:
            assert err.problems
            for line in str(err).splitlines():
                assert LINE.match(line), line


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(FILES),
    index=st.integers(0, 5),
    key=st.text(max_size=12)
    | st.sampled_from(
        [
            "id",
            "title",
            "summary",
            "sources",
            "reviewed",
            "citation",
            "year",
            "court",
            "status",
            "answers",
            "next",
            "bars",
        ]
    ),
    value=yaml_values,
)
def test_any_field_set_to_any_value(name, index, key, value):
    entities = yaml.safe_load((VALID / name).read_text(encoding="utf-8"))
    entities[index % len(entities)][key] = value
    load_outcome({name: yaml.safe_dump(entities, allow_unicode=True).encode()})


@settings(max_examples=60, deadline=2000)
@given(
    name=st.sampled_from(FILES),
    index=st.integers(0, 5),
    key=st.sampled_from(
        ["id", "title", "summary", "sources", "reviewed", "citation", "year", "status", "type", "answers"]
    ),
)
def test_any_field_removed(name, index, key):
    entities = yaml.safe_load((VALID / name).read_text(encoding="utf-8"))
    entities[index % len(entities)].pop(key, None)
    load_outcome({name: yaml.safe_dump(entities, allow_unicode=True).encode()})


@settings(max_examples=80, deadline=2000)
@given(name=st.sampled_from(FILES), position=st.integers(0, 4000), junk=st.binary(min_size=1, max_size=12))
def test_any_bytes_spliced_into_a_file(name, position, junk):
    original = (VALID / name).read_bytes()
    position %= len(original)
    load_outcome({name: original[:position] + junk + original[position:]})


def test_edges_empty_huge_nested_and_alias_bombs():
    bomb = b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b]\n"
    cases = {
        "empty": b"",
        "only a comment": b"# nothing\n",
        "huge string": b"- id: x\n  title: " + b"a" * 1_000_000 + b"\n",
        "deep nesting": b"- " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "alias bomb": bomb,
        "not a list": b"id: x\n",
        "tabs": b"-\tid: x\n",
    }
    for content in cases.values():
        load_outcome({"glossary.yaml": content})
