"""Every class of data mistake stops the load with one precise line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.loader import load
from macros.problems import DataError

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


def dataset(tmp_path: Path, **changes: str) -> Path:
    """The valid fixture dataset with some files replaced (keys are file stems)."""
    data = tmp_path / "data"
    data.mkdir()
    for path in VALID.glob("*.yaml"):
        (data / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for stem, text in changes.items():
        (data / f"{stem}.yaml").write_text(text, encoding="utf-8")
    return data


def fixture_text(stem: str) -> str:
    return (VALID / f"{stem}.yaml").read_text(encoding="utf-8")


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(data)
    return str(caught.value).splitlines()


def test_the_valid_fixture_loads(tmp_path):
    registry = load(dataset(tmp_path))
    assert "padilla-v-kentucky" in registry


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    """An unreadable file is one problem; references into it are not reported as missing."""
    broken = fixture_text("cases").replace("topics: [retroactivity]", "topics: [retroactivity")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:26: cases: YAML syntax error: expected ',' or ']', but got ':'"
    ]


def test_missing_required_field(tmp_path):
    broken = fixture_text("cases").replace("  year: 2013\n", "")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:17: cases[chaidez-v-united-states].year: required field is missing"
    ]


def test_wrong_type(tmp_path):
    broken = fixture_text("cases").replace("year: 2013", "year: twenty-thirteen")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:21: cases[chaidez-v-united-states].year: expected a whole number, got 'twenty-thirteen'"
    ]


def test_unknown_key_suggests_the_right_one(tmp_path):
    broken = fixture_text("cases").replace("  holding: Padilla does", "  holdng: Padilla does")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:17: cases[chaidez-v-united-states].holding: required field is missing",
        "data/cases.yaml:23: cases[chaidez-v-united-states].holdng: unknown field 'holdng' "
        "(only the fields of the schema are allowed); did you mean 'holding'?",
    ]


def test_duplicate_id_points_at_the_first(tmp_path):
    broken = fixture_text("cases").replace("id: chaidez-v-united-states", "id: padilla-v-kentucky")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:17: cases[padilla-v-kentucky].id: duplicate id; first defined at data/cases.yaml:1"
    ]


def test_duplicate_id_across_kinds(tmp_path):
    broken = fixture_text("glossary").replace("id: cimt", "id: padilla-v-kentucky")
    assert problems(dataset(tmp_path, glossary=broken)) == [
        "data/glossary.yaml:9: glossary[padilla-v-kentucky].id: duplicate id; first defined at data/cases.yaml:1"
    ]


def test_id_must_be_kebab_case(tmp_path):
    broken = fixture_text("glossary").replace("id: cimt", "id: CIMT_term")
    assert problems(dataset(tmp_path, glossary=broken)) == [
        "data/glossary.yaml:9: glossary[CIMT_term].id: expected a kebab-case id "
        "(lowercase letters and digits joined by single hyphens), got 'CIMT_term'"
    ]


def test_reference_to_a_missing_id(tmp_path):
    broken = fixture_text("vehicles").replace("key_cases: [padilla-v-kentucky]", "key_cases: [padila-v-kentucky]")
    assert problems(dataset(tmp_path, vehicles=broken)) == [
        "data/vehicles.yaml:16: vehicles[pc-1473-7-a-1].key_cases[0]: expected the id of a case, "
        "but no entity has the id 'padila-v-kentucky'"
    ]


def test_reference_to_the_wrong_kind(tmp_path):
    broken = fixture_text("vehicles").replace("key_cases: [padilla-v-kentucky]", "key_cases: [vacatur]")
    assert problems(dataset(tmp_path, vehicles=broken)) == [
        "data/vehicles.yaml:16: vehicles[pc-1473-7-a-1].key_cases[0]: expected the id of a case, "
        "but 'vacatur' is a glossary term"
    ]


def test_malformed_date(tmp_path):
    broken = fixture_text("cases").replace("reviewed: 2026-11-22\n- id: chaidez", "reviewed: soon\n- id: chaidez")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:16: cases[padilla-v-kentucky].reviewed: expected a date YYYY-MM-DD, got 'soon'"
    ]


def test_impossible_date(tmp_path):
    broken = fixture_text("cases").replace(
        "reviewed: 2026-11-22\n- id: chaidez", "reviewed: '2026-02-30'\n- id: chaidez"
    )
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:16: cases[padilla-v-kentucky].reviewed: expected a date that exists on the calendar, got '2026-02-30'"
    ]


def test_impossible_unquoted_date(tmp_path):
    broken = fixture_text("cases").replace("reviewed: 2026-11-22\n- id: chaidez", "reviewed: 2026-02-30\n- id: chaidez")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:16: cases[padilla-v-kentucky].reviewed: expected a date that exists on the calendar, got '2026-02-30'"
    ]


def test_markup_in_a_text_field_is_refused(tmp_path):
    """Text is escaped on the page: a tag or a Markdown link would reach readers as literal characters."""
    tag = fixture_text("cases").replace(
        "topics: [retroactivity]", "topics: [retroactivity]\n  why_it_matters: See <script>x</script>.", 1
    )
    tag = tag.replace(
        "  why_it_matters: Federal Padilla claims for pre-2010 pleas fail; state vehicles may still help.\n", ""
    )
    link = fixture_text("glossary").replace("summary: ", "summary: See [the rule](https://example.org). ", 1)
    assert problems(dataset(tmp_path, cases=tag, glossary=link)) == [
        "data/cases.yaml:25: cases[chaidez-v-united-states].why_it_matters: expected plain text "
        "(no HTML tags or Markdown links: put links in sources), got '<script>'",
        "data/glossary.yaml:3: glossary[vacatur].summary: expected plain text "
        "(no HTML tags or Markdown links: put links in sources), got '[the rule](https://example.org)'",
    ]


def test_entity_without_sources(tmp_path):
    broken = fixture_text("glossary").replace(
        "  sources:\n    - {title: INA 212(a)(2)(A)(i)(I), citation: 8 U.S.C. 1182(a)(2)(A)(i)(I)}\n", "  sources: []\n"
    )
    assert problems(dataset(tmp_path, glossary=broken)) == [
        "data/glossary.yaml:13: glossary[cimt].sources: expected at least one source (a title plus a url or citation), got none"
    ]


def test_source_needs_a_url_or_citation(tmp_path):
    broken = fixture_text("glossary").replace(", citation: 8 U.S.C. 1182(a)(2)(A)(i)(I)}", "}")
    assert problems(dataset(tmp_path, glossary=broken)) == [
        "data/glossary.yaml:14: glossary[cimt].sources[0]: a source needs a url or a citation"
    ]


def test_unverified_entity_must_say_what_is_unconfirmed(tmp_path):
    broken = fixture_text("glossary").replace(
        "  verification_note: Fixture entity, whose note says what is unconfirmed and what would settle it.\n", ""
    )
    assert problems(dataset(tmp_path, glossary=broken)) == [
        "data/glossary.yaml:9: glossary[cimt]: verified: false needs a verification_note saying what is unconfirmed"
    ]


def test_problems_from_every_file_are_reported_together(tmp_path):
    data = dataset(
        tmp_path,
        cases=fixture_text("cases").replace("year: 2013", "year: soon"),
        glossary=fixture_text("glossary").replace("id: cimt", "id: Cimt"),
    )
    lines = problems(data)
    assert [line.split(":")[0] for line in lines] == ["data/cases.yaml", "data/glossary.yaml"]


def test_aliases_are_rejected(tmp_path):
    text = "- &one\n  id: a\n- *one\n"
    assert problems(dataset(tmp_path, marijuana=text)) == [
        "data/marijuana.yaml:3: marijuana: YAML syntax error: anchors and aliases (*name) are not allowed in data files"
    ]


def test_non_utf8_bytes(tmp_path):
    data = dataset(tmp_path)
    (data / "marijuana.yaml").write_bytes(b"- id: caf\xe9\n")
    assert problems(data) == ["data/marijuana.yaml:1: marijuana: expected UTF-8 text, got the byte 0xe9"]


def test_empty_file(tmp_path):
    assert problems(dataset(tmp_path, marijuana="")) == [
        "data/marijuana.yaml:1: marijuana: expected a list of entities (lines starting '- id: ...'), got an empty file"
    ]


def test_unknown_data_file(tmp_path):
    assert problems(dataset(tmp_path, casse="[]\n")) == [
        "data/casse.yaml:1: casse: unknown kind of data file; expected one of: cases, crimes, deadlines, glossary, jurisdictions, marijuana, outcomes, questions, relief, vehicles"
    ]


def test_duplicate_key_in_one_entity(tmp_path):
    broken = fixture_text("cases").replace("  year: 2013\n", "  year: 2013\n  year: 2014\n")
    assert problems(dataset(tmp_path, cases=broken)) == [
        "data/cases.yaml:22: cases[chaidez-v-united-states].year: duplicate key in the same entity"
    ]


def test_a_folder_per_kind_is_read_like_a_file(tmp_path):
    data = dataset(tmp_path)
    (data / "cases").mkdir()
    (data / "cases.yaml").rename(data / "cases" / "scotus.yaml")
    assert "chaidez-v-united-states" in load(data)


def test_a_c1_control_character_yaml_refuses_is_named_not_raised(tmp_path):
    data = dataset(tmp_path, marijuana="\u0080" + fixture_text("marijuana"))
    assert problems(data) == [
        "data/marijuana.yaml:1: marijuana: expected printable text, got the control character U+0080"
    ]
