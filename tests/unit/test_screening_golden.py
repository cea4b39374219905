"""Golden fact patterns walked through the real screening tree: answers in, vehicles and flags out.

Each row is a realistic client. ``vehicles`` is the exact set the summary must list, so a vehicle
that is legally closed on that path (PC 1473.7 while on probation, 2255 after custody ends) fails
the test. ``flags`` are outcomes, crimes, relief or marijuana risks that must come up; ``absent``
must not. The walk is macros.screening.walk, which the browser script mirrors.
"""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path

import pytest
from screening_patterns import (
    CITIZEN,
    DATED_PATTERNS,
    IN,
    JUST_NOW,
    NO_CASE,
    NO_ONE,
    OUT,
    PATTERNS,
    PLEA,
    POST_PADILLA,
    SHORT_PATTERNS,
    THEFT,
    TRIAL,
    UNDER_YEAR,
    facts,
)

from macros.loader import load
from macros.models import Step
from macros.registry import Registry
from macros.screening import Summary, answers_of, fits, start_of, successors, walk

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = datetime.date(2026, 12, 2)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load(DATA)


def flags(registry: Registry, summary: Summary) -> set[str]:
    """Every outcome and every crime, relief and marijuana id the summary shows."""
    names = ("crimes", "relief", "marijuana")
    return set(summary.outcomes).union(*(summary.collected(registry, name) for name in names))


@pytest.mark.parametrize(("answers", "vehicles", "present", "absent"), PATTERNS)
def test_fact_pattern(registry, answers, vehicles, present, absent):
    summary = walk(registry, answers)
    assert dict(summary.path) == answers  # every answer in the row was asked: no stray facts
    assert summary.result == "r-summary"
    assert set(summary.vehicles(registry)) == vehicles
    shown = flags(registry, summary) | set(summary.vehicles(registry))
    assert present - shown == set()
    assert absent & shown == set()
    assert "o-expert-review" in summary.outcomes  # the talk-to-an-expert note ends every full walk


@pytest.mark.parametrize(("answers", "result", "present"), SHORT_PATTERNS)
def test_short_path(registry, answers, result, present):
    summary = walk(registry, answers)
    assert summary.result == result
    assert summary.vehicles(registry) == []  # nothing to vacate: no removal, or no conviction
    assert present - flags(registry, summary) == set()


def test_citizen_result_warns_about_denaturalisation(registry):
    summary = walk(registry, {"q-citizenship": CITIZEN})
    assert "denaturalisation" in registry.get("o-citizen").summary
    assert [q for q, _ in summary.path] == ["q-citizenship"]  # no conviction questions: removal is not the risk


# --- invariants over every path --------------------------------------------------------


def answers_through(registry: Registry):
    """Every (question, answer) in the tree, with the vehicles some full walk through it lists.

    The tree has no loops, so each answer that can lead to the question, and each answer after it,
    lies on some walk from the start through it: the union below is exact, not an estimate.
    Vehicles here are the outcomes' own lists; a jurisdiction's vehicles are chosen by ``fits``.
    """
    steps: dict[str, Step] = {s.id: s for s in registry.of_kind("questions")}
    offered = {i: answers_of(registry, s) for i, s in steps.items()}

    @cache
    def reach(step_id: str) -> frozenset[str]:
        return frozenset({step_id}).union(*(reach(t) for t in successors(steps[step_id])))

    def leads(step_id: str, answer) -> str:
        return answer.next or steps[step_id].next  # a checklist's answers all lead to its next

    def vehicles(outcome_ids) -> set[str]:
        return {v for o in outcome_ids for v in registry.get(o).vehicles}

    def outcomes_within(ids) -> set[str]:
        return {o for i in ids for o in [*steps[i].outcomes, *(x for a in offered[i] for x in a.outcomes)]}

    reachable = reach(start_of(registry))
    for step in steps.values():
        before = {o for s in reachable for a in offered[s] if step.id in reach(leads(s, a)) for o in a.outcomes}
        for answer in offered[step.id]:
            after = outcomes_within(reach(leads(step.id, answer)))
            yield step, answer, vehicles(before | set(answer.outcomes) | after)


def test_no_walk_lists_a_vehicle_its_answers_close(registry):
    """PC 1473.7 needs custody to have ended, 2255 and habeas need it to continue, and an
    advisement remedy or plea withdrawal needs a plea (each vehicle's custody and reaches)."""
    wrong = [
        (step.id, answer.label, v)
        for step, answer, vehicles in answers_through(registry)
        if answer.sets
        for v in sorted(vehicles)
        if not fits(registry.get(v), answer.sets.model_dump(exclude_none=True))
    ]
    assert wrong == []


def test_every_jurisdiction_is_offered_and_lists_only_its_own_vehicles(registry):
    """Issue 15: the tool asks which state and offers that state's vehicles (or federal ones) only."""
    named = {}
    for _, answer, vehicles in answers_through(registry):
        if answer.jurisdiction:
            named[answer.jurisdiction] = answer.label
            foreign = {v for v in vehicles if registry.get(v).jurisdiction != answer.jurisdiction}
            assert foreign == set(), (answer.label, foreign)
    assert set(named) == {j.id for j in registry.of_kind("jurisdictions")}


@pytest.mark.parametrize("how", [PLEA, TRIAL])
@pytest.mark.parametrize("custody", [IN, OUT])
def test_each_state_lists_its_vehicles_that_fit_and_no_others(registry, how, custody):
    for j in registry.of_kind("jurisdictions"):
        if j.level == "federal" or j.id == "california":
            continue  # the federal and California branches ask their own questions
        summary = walk(
            registry,
            facts(
                j.title,
                how,
                NO_ONE if how == PLEA else None,
                custody,
                UNDER_YEAR,
                THEFT,
                NO_CASE,
                POST_PADILLA,
                JUST_NOW,
            ),
        )
        own = [v for v in registry.of_kind("vehicles") if v.jurisdiction == j.id]
        expected = {v.id for v in own if fits(v, summary.facts)}
        assert set(summary.vehicles(registry)) == expected, j.id


def test_invariants_see_the_custody_and_trial_answers(registry):
    """Guards the tests above against passing vacuously after a rename."""
    sets = [a.sets for _, a, _ in answers_through(registry) if a.sets]
    assert sum(s.in_custody is not None for s in sets) == 6
    assert sum(s.plea_or_trial == "trial" for s in sets) == 3
    plea_only = {v.id for v in registry.of_kind("vehicles") if v.reaches == "pleas-only"}
    assert {"pc-1016-5", "pc-1018", "wa-rcw-10-40-200", "ma-gl-278-29d"} <= plea_only


@pytest.mark.parametrize(("answers", "groups", "deadlines"), DATED_PATTERNS)
def test_relief_and_dates_computed_from_the_answers(registry, answers, groups, deadlines):
    summary = walk(registry, answers, TODAY)
    assert dict(summary.path) == answers
    found = {check.id: check.group for check in summary.relief}
    assert {relief: found.get(relief) for relief in groups} == groups
    assert {
        d.id: (d.date.isoformat(), d.stopped_on and d.stopped_on.isoformat()) for d in summary.deadlines
    } == deadlines


def test_every_relief_form_an_outcome_names_is_assessed(registry):
    summary = walk(registry, DATED_PATTERNS[0].values[0], TODAY)
    assert [c.id for c in summary.relief] == summary.collected(registry, "relief")
