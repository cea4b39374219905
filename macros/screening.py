"""The screening tree as a graph: validation, a reference walker, and the widget's data.

Questions lead by their answers to other questions or to results; answers and results
collect outcomes. The browser script (overrides/assets/javascripts/screening.js) walks the
same data the same way as :func:`walk`, which the golden tests use.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from . import dates
from .bar_rules import Finding, assess, form_rules
from .models import FACTS, Answer, Outcome, ReliefForm, Step, Vehicle
from .problems import Problem
from .registry import Registry, relative_href
from .views import inline_json


def _steps(registry: Registry) -> dict[str, Step]:
    return {s.id: s for s in registry.of_kind("questions")}


def answers_of(registry: Registry, step: Step) -> list[Answer]:
    """The step's answers; when it offers ``each_jurisdiction``, with one more per state, D.C. and
    territory it does not name (labelled with the jurisdiction's title), all in alphabetical order."""
    if not step.each_jurisdiction:
        return step.answers
    named = {a.jurisdiction for a in step.answers}
    generated = [
        Answer(label=j.title, next=step.each_jurisdiction, jurisdiction=j.id)
        for j in registry.of_kind("jurisdictions")
        if j.level != "federal" and j.id not in named
    ]
    return sorted(step.answers + generated, key=lambda a: a.label.casefold())


def _edges(step: Step) -> list[tuple[str, str]]:
    if step.next:
        return [("next", step.next)]
    edges = [(f"answers[{i}].next", a.next) for i, a in enumerate(step.answers)]
    return edges + ([("each_jurisdiction", step.each_jurisdiction)] if step.each_jurisdiction else [])


def successors(step: Step) -> list[str]:
    """The steps a step's answers (or the step itself) lead to."""
    return [target for _, target in _edges(step)]


def fits(vehicle: Vehicle, facts: dict[str, object]) -> bool:
    """Whether the answers leave a vehicle open: custody (PC 1473.7 needs it over, habeas needs it
    running) and plea or trial (an advisement remedy reaches only a plea). Unknown facts leave it open.
    screening.js's ``fits`` is the same test."""
    in_custody = facts.get("in_custody")
    if in_custody is True and vehicle.custody.rule == "must-be-out-of-custody":
        return False
    if in_custody is False and vehicle.custody.rule == "must-be-in-custody":
        return False
    return not (vehicle.reaches == "pleas-only" and facts.get("plea_or_trial") == "trial")


def vehicles_of(registry: Registry, jurisdiction: str) -> list[Vehicle]:
    return [v for v in registry.of_kind("vehicles") if v.jurisdiction == jurisdiction]


def start_of(registry: Registry) -> str | None:
    """The one question that no answer leads to (None if there is no single such question)."""
    steps = _steps(registry)
    targets = {target for s in steps.values() for _, target in _edges(s)}
    starts = [i for i in steps if i not in targets]
    return starts[0] if len(starts) == 1 else None


def tree_problems(registry: Registry) -> list[Problem]:
    """One start; all reachable; no cycles; results add outcomes; all outcomes used. Each names its node."""
    steps = _steps(registry)
    if not steps:
        return []
    problems: list[Problem] = []

    def problem(step_id: str, field_: str, message: str, loc: tuple = ()) -> None:
        record = registry.record(step_id)
        problems.append(Problem(record.file, record.line_of(loc or ("id",)), record.label, field_, message))

    targets = {t for s in steps.values() for _, t in _edges(s)}
    starts = [i for i in steps if i not in targets]
    if len(starts) != 1:
        names = ", ".join(starts) or "none"
        for step_id in starts or [next(iter(steps))]:
            problem(step_id, "", f"expected exactly one start (a question no answer leads to), found: {names}")
        return problems
    start = starts[0]
    if steps[start].type != "question":
        problem(start, "type", "expected the start to be a question")
    _check_cycles_and_reach(steps, start, problem)
    for step in steps.values():
        if step.type == "result" and not step.outcomes:
            problem(step.id, "outcomes", "a result must list at least one outcome: every path ends in one")
    used = {o for s in steps.values() for o in [*s.outcomes, *(x for a in s.answers for x in a.outcomes)]}
    for outcome in registry.of_kind("outcomes"):
        if outcome.id not in used:
            problem(outcome.id, "", "outcome is never reached: no answer or result lists it")
    return problems


def _check_cycles_and_reach(steps: dict[str, Step], start: str, problem) -> None:
    state: dict[str, str] = {}  # "open" while on the current path, "done" after

    def visit(step_id: str) -> None:
        state[step_id] = "open"
        for i, (where, target) in enumerate(_edges(steps[step_id])):
            if target not in steps:
                continue  # a dangling id is reported by the reference check
            if state.get(target) == "open":
                loc = (where,) if where in ("next", "each_jurisdiction") else ("answers", i, "next")
                problem(step_id, where, f"answer leads back to '{target}': the tree must not loop", loc)
            elif target not in state:
                visit(target)
        state[step_id] = "done"

    visit(start)
    for step_id in steps:
        if step_id not in state:
            problem(step_id, "", f"unreachable from the start question '{start}'")


# --- walking -------------------------------------------------------------------------


Given = str | list[str] | dict[str, object]  # a question's label, a checklist's labels, a details step's facts


@dataclass(frozen=True)
class ReliefCheck:
    """A relief form the outcomes named, as its bars rules read for the answers given."""

    id: str
    group: str  # a "verdict" value: barred, analysis, waivable or open
    findings: list[Finding]


@dataclass
class Summary:
    """What a completed screening shows: the path taken and what it collected."""

    path: list[tuple[str, Given]] = field(default_factory=list)  # (step id, the answer given, as walk takes it)
    result: str = ""
    outcomes: list[str] = field(default_factory=list)
    jurisdiction: str = ""  # the court system an answer named
    facts: dict[str, object] = field(default_factory=dict)  # what the answers established (dates as ISO text)
    crimes: list[str] | None = None  # crime categories the answers named; None: not known
    state_page: str = ""  # the jurisdiction whose page and vehicles an outcome asked for
    state_vehicles: list[str] = field(default_factory=list)  # its vehicles that fit the answers
    relief: list[ReliefCheck] = field(default_factory=list)
    deadlines: list[dates.Computed] = field(default_factory=list)

    def collected(self, registry: Registry, name: str) -> list[str]:
        """Ids (or texts) of ``name`` gathered from every outcome, first mention first."""
        seen: list[str] = []
        for outcome_id in self.outcomes:
            for value in getattr(registry.get(outcome_id), name):
                if value not in seen:
                    seen.append(value)
        return seen

    def vehicles(self, registry: Registry) -> list[str]:
        """Every vehicle the summary lists: the outcomes' own, then the jurisdiction's that fit."""
        listed = self.collected(registry, "vehicles")
        return listed + [v for v in self.state_vehicles if v not in listed]


class WalkError(ValueError):
    """A golden test's answers do not fit the tree."""


def walk(registry: Registry, answers: dict[str, Given], today: datetime.date | None = None) -> Summary:
    """Follow ``answers`` from the start to a result: {question id: answer label}, {checklist id:
    [labels]} and {details id: {fact: value}} (a details step left out is left blank)."""
    steps = _steps(registry)
    summary = Summary()
    step = steps[start_of(registry) or ""]
    while step.type != "result":
        given = answers.get(step.id, {} if step.type == "details" else None)
        if step.type == "details":
            summary.facts |= _entered(step, given)
            summary.path.append((step.id, given))
            step = steps[step.next]
            continue
        offered = answers_of(registry, step)
        labels = given if step.type == "checklist" and isinstance(given, list) else [given]
        chosen = [next((a for a in offered if a.label == label), None) for label in labels]
        if not labels or None in chosen:
            options = "; ".join(a.label for a in offered)
            raise WalkError(f"{step.id}: no answer {given!r}; expected one of: {options}")
        summary.path.append((step.id, given))
        for answer in sorted(chosen, key=offered.index):  # ticked answers count in the order the step lists them
            _add(summary.outcomes, answer.outcomes)
            summary.jurisdiction = answer.jurisdiction or summary.jurisdiction
            summary.facts |= answer.sets.model_dump(mode="json", exclude_none=True) if answer.sets else {}
            if answer.crimes is not None:
                summary.crimes = summary.crimes or []
                _add(summary.crimes, answer.crimes)
        step = steps[step.next or chosen[0].next]
    _add(summary.outcomes, step.outcomes)
    summary.result = step.id
    if summary.jurisdiction and any(registry.get(o).state_vehicles for o in summary.outcomes):
        summary.state_page = summary.jurisdiction
        summary.state_vehicles = [v.id for v in vehicles_of(registry, summary.jurisdiction) if fits(v, summary.facts)]
    today = today or datetime.date.today()
    facts = dates.derive(summary.facts, today)
    for relief_id in summary.collected(registry, "relief"):
        cells, general = form_rules(registry.get(relief_id))
        group, findings = assess(cells, general, summary.crimes, facts)
        summary.relief.append(ReliefCheck(relief_id, group, findings))
    every = [dates.deadline_data(d) for d in registry.of_kind("deadlines")]
    summary.deadlines = dates.compute(every, facts, summary.jurisdiction, today)
    return summary


def _entered(step: Step, given: object) -> dict[str, object]:
    """The facts a details step was given, checked against what it asks (dates as ISO text)."""
    if not isinstance(given, dict):
        raise WalkError(f"{step.id}: expected the facts entered, as a mapping, got {given!r}")
    asked = {entry.fact for entry in step.fields}
    for name, value in given.items():
        measure = FACTS[name].measure if name in asked else None
        valid = (
            (measure == "date" and isinstance(value, str) and _iso(value))
            or (measure in {"days", "years", "count"} and isinstance(value, int) and value >= 0)
            or (measure == "text" and isinstance(value, str) and 0 < len(value.strip()) <= TEXT_LIMIT)
        )
        if not valid:
            raise WalkError(f"{step.id}: {name}: expected one of {sorted(asked)} with a valid value, got {value!r}")
    return dict(given)


TEXT_LIMIT = 200  # a statute or a case number, not a narrative (the widget's box has the same limit)


def _iso(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _add(target: list[str], values: list[str]) -> None:
    target.extend(v for v in values if v not in target)


# --- the widget's data ---------------------------------------------------------------


def remaining_questions(steps: dict[str, Step]) -> dict[str, int]:
    """For each node, the most questions still to answer before a result (for the progress bar)."""

    @cache
    def longest(step_id: str) -> int:
        step = steps[step_id]
        return 0 if step.type == "result" else 1 + max(longest(target) for _, target in _edges(step))

    return {step_id: longest(step_id) for step_id in steps}


def widget_data(
    registry: Registry,
    page: str,
    entity_language: str = "",
    explainer_target: Callable[[str], tuple[str, str]] | None = None,
) -> dict:
    """Everything the browser needs, with links made relative to the screening page (its words
    come with the page's configuration object: macros/ui_text.py).

    ``entity_language`` marks links to entity pages written in
    another language than the page; ``explainer_target`` maps an explainer page to the page to
    link and its language (the translated page where there is one).
    """
    steps = _steps(registry)
    remaining = remaining_questions(steps)
    target = explainer_target or (lambda path: (path, ""))

    def entity(entity_id: str) -> dict:
        item = registry.get(entity_id)
        return {
            "id": entity_id,
            "title": item.title,
            "href": registry.href(entity_id, page),
            "lang": entity_language,
        }

    def explainer(link) -> dict:
        path, language = target(link.page)
        return {"title": link.label, "href": doc_href(path, page), "lang": language if entity_language else ""}

    def outcome(o: Outcome) -> dict:
        return {
            "title": o.title,
            "summary": o.summary,
            "vehicles": [entity(i) for i in o.vehicles],
            "relief": [entity(i) for i in o.relief],
            "crimes": [entity(i) for i in o.crimes],
            "marijuana": [entity(i) for i in o.marijuana],
            "explainers": [explainer(e) for e in o.explainers],
            "gather": o.gather,
            "expert_check": o.expert_check or "",
            "state_vehicles": o.state_vehicles,
        }

    def answer(a: Answer) -> dict:
        facts = a.sets.model_dump(mode="json", exclude_none=True) if a.sets else {}
        return {
            "label": a.label,
            "help": a.help or "",
            "next": a.next,
            "outcomes": a.outcomes,
            "jurisdiction": a.jurisdiction,
            "sets": facts,
            "crimes": a.crimes,
        }

    def relief(r: ReliefForm) -> dict:
        """Only the cells of crime categories an answer can name: no other cell is ever read."""
        cells, general = form_rules(r)
        bars = [b for b in r.bars if b.crime in nameable]
        return {
            "page": entity(r.id),
            "cells": {b.crime: cells[b.crime] for b in bars},
            "general": general,
            "statutes": {b.crime: b.statute for b in bars},
            "general_statutes": [b.statute for b in r.general_bars],
            "unverified": {b.crime: b.verification_note or "" for b in bars if not b.verified},
        }

    def deadline(d) -> dict:
        return dates.deadline_data(d) | {
            "title": d.title,
            "summary": d.summary,
            "note": d.note,
            "verified": d.verified,
            "verification_note": d.verification_note or "",
        }

    def vehicle(v: Vehicle) -> dict:
        return entity(v.id) | {"custody": v.custody.rule, "pleas_only": v.reaches == "pleas-only"}

    answers = {s.id: answers_of(registry, s) for s in steps.values()}
    listed_relief = {r for o in registry.of_kind("outcomes") for r in o.relief}
    nameable = {c for offered in answers.values() for a in offered for c in a.crimes or ()}
    named = {a.jurisdiction for offered in answers.values() for a in offered if a.jurisdiction}
    return {
        "start": start_of(registry),
        "steps": {
            s.id: {
                "type": s.type,
                "title": s.title,
                "help": s.help or "",
                "answers": [answer(a) for a in answers[s.id]],
                "fields": [
                    {"fact": e.fact, "label": e.label, "help": e.help or "", "measure": FACTS[e.fact].measure}
                    for e in s.fields
                ],
                "next": s.next,
                "outcomes": s.outcomes,
                "remaining": remaining[s.id],
            }
            for s in steps.values()
        },
        "outcomes": {o.id: outcome(o) for o in registry.of_kind("outcomes")},
        "relief": {r: relief(registry.get(r)) for r in sorted(listed_relief)},
        "crimes": {c.id: entity(c.id) for c in registry.of_kind("crimes") if c.id in nameable},
        "facts": {name: fact.label for name, fact in FACTS.items()},
        "deadlines": [deadline(d) for d in registry.of_kind("deadlines")],
        "derived": [list(rule) for rule in dates.DERIVED],
        "text_limit": TEXT_LIMIT,
        "date_labels": {e.fact: e.label for s in steps.values() for e in s.fields},
        "jurisdictions": {
            j: {"page": entity(j), "vehicles": [vehicle(v) for v in vehicles_of(registry, j)]} for j in sorted(named)
        },
    }


def doc_href(target: str, page: str) -> str:
    path, _, anchor = target.partition("#")
    return relative_href(path, page, anchor=anchor)


def widget_json(registry: Registry, page: str, **localization) -> str:
    """JSON safe to inline in a <script> element: '</' and '<!--' cannot end or confuse it."""
    return inline_json(widget_data(registry, page, **localization))
