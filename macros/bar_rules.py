"""Decide what a crime category does to a relief form, for the facts known about a person.

A relief-bars cell is an ordered list of rules (:class:`macros.models.Bar`). This module works on
the cell's plain JSON form (:func:`rules_data`), which is also what the pages carry, so the
browser's copy of the algorithm (``overrides/assets/javascripts/bar-rules.js``) reads the same
input; parity tests feed both the same cells and facts.

Facts may be unknown. A rule whose condition cannot be decided may or may not apply, so the
cell's outcome is then the set of effects still possible, and the facts that would settle it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .models import BAR_EFFECTS, DAYS_PER_YEAR, FACTS, Bar, GeneralBar, ReliefForm
from .values import keys

# Where a relief form stands for one record, in the order a practitioner reads them.
GROUPS = keys("verdict")
_GROUP_OF_EFFECT = {
    "bar": "barred",
    "waivable": "waivable",
    "case-by-case": "analysis",
    "discretionary": "open",
    "no-bar": "open",
}
_BOUNDS = {
    "at_least": (">=", "≥", "at least"),
    "more_than": (">", ">", "more than"),
    "at_most": ("<=", "≤", "at most"),
    "less_than": ("<", "<", "less than"),
    "before": ("<", "<", "before"),
    "on_or_after": (">=", "≥", "on or after"),
}


@dataclass(frozen=True)
class Verdict:
    """The effect of one cell, or the effects still possible and the facts that would decide."""

    possible: tuple[str, ...]
    rule: int | None = None  # index of the deciding rule, when one decides
    missing: tuple[str, ...] = ()

    @property
    def effect(self) -> str | None:
        return self.possible[0] if len(self.possible) == 1 else None


# --- the plain form the pages carry ----------------------------------------------------


def rules_data(bar: Bar) -> list[dict]:
    """``[{"when": {fact: test}, "effect": ...}, ...]`` with dates as ISO text."""
    return [
        {"when": rule.when.model_dump(mode="json", exclude_none=True) if rule.when else None, "effect": rule.effect}
        for rule in bar.rules
    ]


def general_rules_data(bar: GeneralBar) -> list[dict]:
    """A rule for any conviction as a cell: its effect when it holds, no bar otherwise."""
    return [
        {"when": bar.when.model_dump(mode="json", exclude_none=True), "effect": bar.effect},
        {"when": None, "effect": "no-bar"},
    ]


def form_rules(relief: ReliefForm) -> tuple[dict[str, list[dict]], list[list[dict]]]:
    """A relief form's cells by crime category, and its rules for any conviction, as JSON rules."""
    return {b.crime: rules_data(b) for b in relief.bars}, [general_rules_data(b) for b in relief.general_bars]


# --- deciding --------------------------------------------------------------------------


def _compare(value: object, bound: str, threshold: object) -> bool:
    op = _BOUNDS[bound][0]
    if op == ">=":
        return value >= threshold
    if op == ">":
        return value > threshold
    if op == "<=":
        return value <= threshold
    return value < threshold


def holds(when: Mapping[str, object], facts: Mapping[str, object]) -> bool | None:
    """True, False, or None when an unknown fact leaves it open (every test must hold)."""
    result: bool | None = True
    for name, test in when.items():
        value = facts.get(name)
        if value is None:
            result = None
            continue
        if isinstance(test, Mapping):
            passed = all(_compare(value, bound, threshold) for bound, threshold in test.items())
        else:
            passed = value == test
        if not passed:
            return False
    return result


def evaluate(rules: list[dict], facts: Mapping[str, object]) -> Verdict:
    """The first rule whose condition holds decides; undecidable rules keep their effect possible."""
    possible: list[str] = []
    missing: list[str] = []
    for index, rule in enumerate(rules):
        when = rule["when"]
        state = True if when is None else holds(when, facts)
        if state is False:
            continue
        if rule["effect"] not in possible:
            possible.append(rule["effect"])
        if state is True:
            if len(possible) == 1:
                return Verdict((rule["effect"],), index)
            break
        missing += [name for name in when if facts.get(name) is None and name not in missing]
    return Verdict(tuple(sorted(possible, key=list(BAR_EFFECTS).index)), None, tuple(missing))


def group_of(verdicts: Iterable[Verdict | None]) -> str:
    """Where a relief form stands for a person with several categories (None: not assessed).

    One definite bar decides; anything undecided or not assessed needs analysis; then a waiver.
    """
    groups = set()
    for verdict in verdicts:
        if verdict is None or verdict.effect is None:
            groups.add("analysis")
        else:
            groups.add(_GROUP_OF_EFFECT[verdict.effect])
    return next((g for g in GROUPS if g in groups), "open")


@dataclass(frozen=True)
class Finding:
    """What one crime category (or a rule for any conviction) does to a relief form."""

    source: str  # "crime", "general" (whatever the category) or "unknown" (categories not known)
    crime: str  # the crime category's id, for a "crime" finding
    verdict: Verdict | None  # None: the relief form has no cell for it, or the categories are unknown
    index: int = 0  # for a "general" finding, which of the form's rules for any conviction


def assess(
    cells: Mapping[str, list[dict]], general: list[list[dict]], crimes: list[str] | None, facts: Mapping[str, object]
) -> tuple[str, list[Finding]]:
    """Where a relief form stands for a person: its group (:data:`GROUPS`) and each finding.

    ``crimes`` None means the categories are not known, so the form needs analysis; rules for any
    conviction count unless they say there is no bar. bar-rules.js's ``assess`` is the same."""
    findings = [Finding("unknown", "", None)] if crimes is None else []
    for crime in crimes or ():
        findings.append(Finding("crime", crime, evaluate(cells[crime], facts) if crime in cells else None))
    for index, rules in enumerate(general):
        verdict = evaluate(rules, facts)
        if verdict.effect != "no-bar":
            findings.append(Finding("general", "", verdict, index))
    return group_of(f.verdict for f in findings), findings


# --- words and codes -------------------------------------------------------------------


def duration(days: int) -> tuple[str, str]:
    """(``5 years``, ``5y``) or (``180 days``, ``180d``)."""
    if days and days % DAYS_PER_YEAR == 0:
        years = days // DAYS_PER_YEAR
        return f"{years} year{'s' * (years != 1)}", f"{years}y"
    return f"{days} day{'s' * (days != 1)}", f"{days}d"


def _value_words(name: str, value: object) -> tuple[str, str]:
    measure = FACTS[name].measure
    if measure == "days":
        return duration(int(value))
    if measure == "date":
        day = datetime.date.fromisoformat(str(value))
        return f"{day:%B} {day.day}, {day.year}", str(value)
    if measure == "years":
        return f"{value} year{'s' * (value != 1)}", f"{value}y"
    return str(value), str(value)


def describe(when: Mapping[str, object]) -> str:
    """A condition in words: 'total of the sentences ... is at least 5 years, and ...'."""
    parts = []
    for name, test in when.items():
        fact = FACTS[name]
        if isinstance(test, Mapping):
            bounds = " and ".join(f"{_BOUNDS[b][2]} {_value_words(name, v)[0]}" for b, v in test.items())
            parts.append(f"{fact.label} is {bounds}" if fact.measure != "count" else f"{bounds} {fact.label}")
        elif fact.measure == "yes-no":
            parts.append(fact.label if test else f"not: {fact.label}")
        else:
            parts.append(f"{fact.label}: {str(test).replace('-', ' ')}")
    return "; and ".join(parts)


def code_of(when: Mapping[str, object]) -> tuple[str, str]:
    """(code, fact) for a chart cell: ('Σ≥5y', 'aggregate_sentence_days'), or ('*', '') when a
    condition has no short form (several facts, or a fact without a code)."""
    if len(when) != 1:
        return "*", ""
    ((name, test),) = when.items()
    fact = FACTS[name]
    if isinstance(test, Mapping) and len(test) == 1:
        ((bound, value),) = test.items()
        shown = str(value)[:4] if fact.measure == "date" else _value_words(name, value)[1]
        code = f"{fact.code}{_BOUNDS[bound][1]}{shown}"
    elif fact.measure == "yes-no":
        code = fact.code if test else f"¬{fact.code}"
    else:
        return "*", ""
    return (code, name) if (fact.code or fact.measure == "date") and len(code) <= 6 else ("*", "")


def cell_code(bar: Bar) -> tuple[str, str]:
    """The code a chart cell shows beside its symbol (none for a rule without conditions), and the
    fact it abbreviates."""
    if bar.code:
        return bar.code, ""
    first = bar.rules[0]
    return code_of(first.when.model_dump(mode="json", exclude_none=True)) if first.when else ("", "")
