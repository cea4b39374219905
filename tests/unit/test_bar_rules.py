"""How a relief-bars cell is decided for the facts known about a person (macros/bar_rules.py)."""

from __future__ import annotations

from macros.bar_rules import Verdict, code_of, describe, duration, evaluate, group_of
from macros.models import Rule

# Withholding of removal x aggravated felony, as INA 241(b)(3)(B) words it.
WITHHOLDING = [
    {"when": {"aggregate_sentence_days": {"at_least": 1825}}, "effect": "bar"},
    {"when": None, "effect": "case-by-case"},
]
# TPS x a misdemeanor firearm offence (8 C.F.R. 244.4(a)): one felony or two misdemeanors.
TPS = [
    {"when": {"felonies": {"at_least": 1}}, "effect": "bar"},
    {"when": {"misdemeanors": {"at_least": 2}}, "effect": "bar"},
    {"when": None, "effect": "no-bar"},
]


def test_the_first_rule_that_holds_decides():
    assert evaluate(WITHHOLDING, {"aggregate_sentence_days": 1825}) == Verdict(("bar",), 0)
    assert evaluate(WITHHOLDING, {"aggregate_sentence_days": 1824}) == Verdict(("case-by-case",), 1)


def test_rules_with_the_same_effect_read_as_or():
    assert evaluate(TPS, {"felonies": 0, "misdemeanors": 2}).effect == "bar"
    assert evaluate(TPS, {"felonies": 1, "misdemeanors": 0}).effect == "bar"
    assert evaluate(TPS, {"felonies": 0, "misdemeanors": 1}).effect == "no-bar"


def test_an_unknown_fact_leaves_the_effects_it_could_lead_to_and_names_it():
    verdict = evaluate(WITHHOLDING, {})
    assert verdict.effect is None
    assert verdict.possible == ("bar", "case-by-case")
    assert verdict.missing == ("aggregate_sentence_days",)


def test_a_known_fact_can_settle_a_cell_despite_an_unknown_one():
    assert evaluate(TPS, {"felonies": 1}).effect == "bar"  # the first rule holds: misdemeanors do not matter
    assert evaluate(TPS, {"misdemeanors": 3}).effect == "bar"  # every path left leads to a bar
    assert evaluate(TPS, {"misdemeanors": 1}).missing == ("felonies",)


def test_every_test_in_one_condition_must_hold():
    rules = [
        {"when": {"admitted_drug_offense": True, "marijuana_30g": False}, "effect": "bar"},
        {"when": None, "effect": "waivable"},
    ]
    assert evaluate(rules, {"admitted_drug_offense": True, "marijuana_30g": False}).effect == "bar"
    assert evaluate(rules, {"admitted_drug_offense": True, "marijuana_30g": True}).effect == "waivable"
    assert evaluate(rules, {"admitted_drug_offense": False}).effect == "waivable"  # one false test is enough


def test_date_bounds_compare_iso_dates():
    rules = [
        {"when": {"conviction_date": {"on_or_after": "1990-11-29"}}, "effect": "bar"},
        {"when": None, "effect": "case-by-case"},
    ]
    assert evaluate(rules, {"conviction_date": "1990-11-29"}).effect == "bar"
    assert evaluate(rules, {"conviction_date": "1990-11-28"}).effect == "case-by-case"


def test_durations_are_read_as_the_statutes_say_them():
    rule = Rule.model_validate({"when": {"sentence_days": {"more_than": "1 year"}}, "effect": "bar"})
    assert rule.when.sentence_days.more_than == 365
    assert duration(1825) == ("5 years", "5y") and duration(180) == ("180 days", "180d")


def test_one_bar_decides_where_a_relief_form_stands():
    bar, waiver, open_ = Verdict(("bar",), 0), Verdict(("waivable",), 0), Verdict(("no-bar",), 0)
    assert group_of([open_, waiver, bar]) == "barred"
    assert group_of([open_, waiver]) == "waivable"
    assert group_of([open_, Verdict(("discretionary",), 0)]) == "open"


def test_an_undecided_or_unassessed_cell_needs_analysis_unless_a_bar_decides():
    undecided = Verdict(("bar", "no-bar"), None, ("felonies",))
    assert group_of([undecided, Verdict(("waivable",), 0)]) == "analysis"
    assert group_of([None]) == "analysis"
    assert group_of([None, Verdict(("bar",), 0)]) == "barred"


def test_conditions_read_as_words_and_as_short_codes():
    when = {"aggregate_sentence_days": {"at_least": 1825}}
    assert describe(when) == "total of the sentences imposed for all convictions is at least 5 years"
    assert code_of(when) == ("Σ≥5y", "aggregate_sentence_days")
    assert describe({"misdemeanors": {"at_least": 2}}) == "at least 2 misdemeanor convictions"
    assert (
        describe({"conviction_date": {"before": "1997-04-01"}})
        == "the conviction date (plea or verdict) is before April 1, 1997"
    )
    assert code_of({"conviction_date": {"before": "1997-04-01"}}) == ("<1997", "conviction_date")
    assert code_of({"marijuana_30g": False}) == ("¬30g", "marijuana_30g")
    assert code_of({"felonies": {"at_least": 1}, "misdemeanors": {"at_least": 2}}) == ("*", "")
