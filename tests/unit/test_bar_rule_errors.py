"""A relief-bars cell is validated like every other field: each mistake is one line with file and line."""

from __future__ import annotations

import pytest
from test_loader_errors import dataset, fixture_text, problems

CONDITION = "{when: {years_residence_at_offense: {less_than: 7}}, effect: bar, note: The offence stops the clock.}"


def broken_relief(tmp_path, old: str, new: str) -> list[str]:
    text = fixture_text("relief")
    assert old in text
    return problems(dataset(tmp_path, relief=text.replace(old, new)))


def test_an_unknown_fact_name_suggests_the_right_one(tmp_path):
    assert broken_relief(tmp_path, "years_residence_at_offense:", "years_residence_at_offence:") == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules[0].when.years_residence_at_offence: "
        "unknown field 'years_residence_at_offence' (only the fields of the schema are allowed); "
        "did you mean 'years_residence_at_offense'?"
    ]


def test_a_malformed_duration_is_named(tmp_path):
    assert broken_relief(
        tmp_path, "{less_than: 7}}, effect: bar", "{less_than: 7}, sentence_days: {at_least: 5 yeers}}, effect: bar"
    ) == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules[0].when.sentence_days.at_least: "
        "expected a number of days or a duration such as '180 days' or '5 years', got '5 yeers'"
    ]


def test_a_threshold_needs_a_bound(tmp_path):
    assert broken_relief(tmp_path, "{less_than: 7}", "{}") == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules[0].when.years_residence_at_offense: "
        "expected a threshold: at_least, more_than, at_most or less_than"
    ]


def test_a_wrong_kind_of_test_is_named(tmp_path):
    assert broken_relief(tmp_path, "{less_than: 7}", "seven") == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules[0].when.years_residence_at_offense: "
        "expected a mapping of fields, got 'seven'"
    ]


def test_a_choice_fact_takes_only_its_choices(tmp_path):
    assert broken_relief(tmp_path, "years_residence_at_offense: {less_than: 7}", "plea_or_trial: verdict") == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules[0].when.plea_or_trial: "
        "expected one of 'plea' or 'trial', got 'verdict'"
    ]


def test_a_condition_tests_something(tmp_path):
    assert broken_relief(tmp_path, "{years_residence_at_offense: {less_than: 7}}", "{}") == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules[0].when: "
        "expected at least one fact to test, such as sentence_days or felonies"
    ]


def test_the_last_rule_says_what_holds_otherwise(tmp_path):
    assert broken_relief(tmp_path, "        - {effect: discretionary}\n", "") == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules: "
        "expected the last rule to have no 'when': it says what holds otherwise"
    ]


def test_a_rule_without_condition_must_be_last(tmp_path):
    assert broken_relief(
        tmp_path,
        f"        - {CONDITION}\n        - {{effect: discretionary}}\n",
        f"        - {{effect: discretionary}}\n        - {CONDITION}\n        - {{effect: bar}}\n",
    ) == [
        "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules: "
        "only the last rule may go without 'when': the rules after it could never apply"
    ]


def test_an_unknown_effect_lists_the_effects(tmp_path):
    assert broken_relief(tmp_path, "effect: discretionary}", "effect: maybe}") == [
        "data/relief.yaml:17: relief[lpr-cancellation].bars[1].rules[1].effect: "
        "expected one of 'bar', 'waivable', 'case-by-case', 'discretionary' or 'no-bar', got 'maybe'"
    ]


def test_a_cell_has_its_own_review_date(tmp_path):
    lines = broken_relief(
        tmp_path,
        "      cases: [pereida-v-wilkinson]\n      reviewed: 2026-11-22\n",
        "      cases: [pereida-v-wilkinson]\n",
    )
    assert lines == ["data/relief.yaml:14: relief[lpr-cancellation].bars[1].reviewed: required field is missing"]


def test_an_unverified_cell_says_what_is_unconfirmed(tmp_path):
    assert broken_relief(
        tmp_path,
        "      verification_note: The fixture's own test of an unverified cell, which a source would settle.\n",
        "",
    ) == [
        "data/relief.yaml:34: relief[naturalization].bars[0]: "
        "verified: false needs a verification_note saying what is unconfirmed"
    ]


def test_a_cell_names_a_crime_category(tmp_path):
    assert broken_relief(tmp_path, "    - crime: controlled-substance\n", "    - crime: pereida-v-wilkinson\n") == [
        "data/relief.yaml:14: relief[lpr-cancellation].bars[1].crime: "
        "expected the id of a crime category, but 'pereida-v-wilkinson' is a case"
    ]


def test_each_crime_category_once_per_relief_form(tmp_path):
    assert broken_relief(tmp_path, "    - crime: controlled-substance\n", "    - crime: aggravated-felony\n") == [
        "data/relief.yaml:14: relief[lpr-cancellation].bars[1].crime: "
        "expected each crime category once, got 'aggravated-felony' again (first at line 9)"
    ]


@pytest.mark.parametrize("code", ["toolong7", "a b", "<b>"])
def test_a_hand_written_code_is_short_plain_text(tmp_path, code):
    lines = broken_relief(
        tmp_path,
        "      note: Any aggravated felony conviction.\n",
        f"      note: Any aggravated felony conviction.\n      code: '{code}'\n",
    )
    assert lines == [
        f"data/relief.yaml:13: relief[lpr-cancellation].bars[0].code: "
        f"expected a code of 1 to 6 characters, without spaces or markup, got '{code}'"
    ]
