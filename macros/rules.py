"""Content rules that one entity's schema cannot see: checks across fields and entities.

The loader runs them after every entity has passed its schema, and reports each problem like a
schema problem (``file:line: kind[id].field: expected ..., got ...``), all of them at once. Each rule
is a small function over the registry; ``content_problems`` runs them all.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator

from pydantic import BaseModel

from .citations import (
    case_key,
    case_years,
    is_state_reporter,
    law_citation,
    statute_normalises,
    year_fits_reporter,
)
from .free_copies import CLOSED_HOSTS, is_closed, link_of
from .models import COURTS, Source
from .problems import Problem
from .registry import Registry

CIRCUITS = frozenset(c for c in COURTS if c.endswith("-circuit"))
# Which kind of court publishes in which reporter: a citation in the wrong one is a typo.
REPORTER_COURTS = {
    "U.S.": {"us-supreme-court"},
    "S. Ct.": {"us-supreme-court"},
    "I. & N. Dec.": {"bia", "attorney-general"},
    "F.3d": CIRCUITS,
    "F.4th": CIRCUITS,
    "F.2d": CIRCUITS,
    "Cal. 5th": {"california-supreme-court"},
    "Cal. 4th": {"california-supreme-court"},
    "Cal. App. 4th": {"california-court-of-appeal"},
    "Cal. App. 5th": {"california-court-of-appeal"},
}
# A state's own or a regional reporter ("361 Md. 52", "136 A.3d 493") publishes state courts only.
STATE_COURTS = frozenset(
    {"other-state-court", "california-supreme-court", "california-court-of-appeal", "new-york-court-of-appeals"}
)
# Marks of a statute, rule or regulation that eyecite does not read (state codes cited by name).
STATUTE_MARK = re.compile(
    r"U\.S\.C\.|C\.F\.R\.|\bCode\b|\bConst\.|\bILCS\b|\bRCW\b|R\. Crim\. P\.|Crim\. Proc\.|\bINA\b|"
    r"Rules of Court|\bStats?\.|\bAB \d+|\bSB \d+|Proposition \d+"
)
MIN_REASON_WORDS = 8  # an immigration effect's reason must explain, not label
MIN_UNVERIFIED_WORDS = 10  # what is unconfirmed, and what would settle it


def content_problems(registry: Registry, today: datetime.date | None = None) -> list[Problem]:
    today = today or datetime.date.today()
    problems: list[Problem] = []
    for rule in RULES:
        problems += rule(registry, today)
    return problems


def _problem(registry: Registry, entity_id: str, loc: tuple, message: str) -> Problem:
    record = registry.record(entity_id)
    field = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in loc).lstrip(".")
    return Problem(record.file, record.line_of(loc), record.label, field, message)


# --- every entity ----------------------------------------------------------------------------


def _dated(registry: Registry) -> Iterator[tuple[str, tuple, object]]:
    """(entity id, location, record) for every entity and relief-bars cell with a review date."""
    for entity in registry.all():
        yield entity.id, (), entity
        for index, bar in enumerate(getattr(entity, "bars", [])):
            yield entity.id, ("bars", index), bar


def reviewed_dates_are_past(registry: Registry, today: datetime.date) -> list[Problem]:
    """A review date after today is a typo: every page would say it was checked in the future."""
    return [
        _problem(registry, entity_id, (*loc, "reviewed"), f"expected a date on or before {today}, got {item.reviewed}")
        for entity_id, loc, item in _dated(registry)
        if item.reviewed > today
    ]


def added_dates_precede_review(registry: Registry, today: datetime.date) -> list[Problem]:
    """An entity is added, then reviewed: the updates feed would otherwise announce a future page."""
    return [
        _problem(registry, e.id, ("added",), f"expected a date on or before reviewed ({e.reviewed}), got {e.added}")
        for e in registry.all()
        if e.added and e.added > e.reviewed
    ]


def unverified_notes_explain(registry: Registry, today: datetime.date) -> list[Problem]:
    """'Unverified' must say what is unconfirmed and what would settle it, not just 'check'."""
    return [
        _problem(
            registry,
            entity_id,
            (*loc, "verification_note"),
            f"expected at least {MIN_UNVERIFIED_WORDS} words saying what is unconfirmed and what would settle it, "
            f"got {len(item.verification_note.split())}",
        )
        for entity_id, loc, item in _dated(registry)
        if not item.verified and item.verification_note and len(item.verification_note.split()) < MIN_UNVERIFIED_WORDS
    ]


# --- relief-bars cells -----------------------------------------------------------------------


def bar_cells_once(registry: Registry, today: datetime.date) -> list[Problem]:
    """A relief form says once what each crime category does to it."""
    problems = []
    for relief in registry.of_kind("relief"):
        first: dict[str, int] = {}
        for index, bar in enumerate(relief.bars):
            if bar.crime not in first:
                first[bar.crime] = index
                continue
            line = registry.record(relief.id).line_of(("bars", first[bar.crime]))
            problems.append(
                _problem(
                    registry,
                    relief.id,
                    ("bars", index, "crime"),
                    f"expected each crime category once, got '{bar.crime}' again (first at line {line})",
                )
            )
    return problems


# --- cases -----------------------------------------------------------------------------------


def case_citations_are_real(registry: Registry, today: datetime.date) -> list[Problem]:
    """A citation eyecite reads, in a reporter of the deciding court, whose years hold the case's
    year (and its decision date), cited by no other case."""
    problems = []
    seen: dict[str, str] = {}
    for case in registry.of_kind("cases"):

        def add(field: str, message: str, case_id: str = case.id) -> None:
            problems.append(_problem(registry, case_id, (field,), message))

        key = case_key(case.citation)
        if key is None:
            add("citation", f"expected a reporter citation such as '23 I&N Dec. 621', got {case.citation!r}")
            continue
        if not year_fits_reporter(case.citation, case.year):
            add("year", f"expected a year within the publication years of {key!r}, got {case.year}")
        if case.decided and case.decided.year != case.year:
            add("decided", f"expected a date in {case.year}, got {case.decided}")
        reporter = re.sub(r"^\d+ (.*) \d+$", r"\1", key)
        courts = REPORTER_COURTS.get(reporter) or (STATE_COURTS if is_state_reporter(key) else None)
        if courts is None:
            add("citation", f"expected a reporter this site maps to a court, got {reporter!r}")
        elif case.court not in courts:
            add("court", f"expected a court that publishes in {reporter!r}, got {case.court!r}")
        if key in seen:
            add("citation", f"expected a citation no other case has, got {key!r} (also {seen[key]})")
        seen.setdefault(key, case.id)
    return problems


def case_status_follows_time(registry: Registry, today: datetime.date) -> list[Problem]:
    """Only a later decision can overrule or limit a case, and never the case itself."""
    problems = []
    for case in registry.of_kind("cases"):
        by = case.status.by
        if not by or by not in registry:
            continue  # a missing id is reported by the reference check
        if by == case.id:
            message = "expected another case, got the case itself"
        elif registry.get(by).year < case.year:
            message = f"expected a case decided in {case.year} or later, got {by} ({registry.get(by).year})"
        else:
            continue
        problems.append(_problem(registry, case.id, ("status", "by"), message))
    return problems


def watch_dates_follow_review(registry: Registry, today: datetime.date) -> list[Problem]:
    """A check-by date is a date to look again after the review, never before it."""
    return [
        _problem(
            registry, e.id, ("watch", i, "check_by"), f"expected a date after reviewed ({e.reviewed}), got {w.check_by}"
        )
        for e in registry.all()
        for i, w in enumerate(e.watch)
        if w.check_by <= e.reviewed
    ]


def postal_codes_once(registry: Registry, today: datetime.date) -> list[Problem]:
    """Each postal code is one tile on the map."""
    problems = []
    seen: dict[str, str] = {}
    for j in registry.of_kind("jurisdictions"):
        if j.postal in seen:
            message = f"expected a postal code no other jurisdiction has, got {j.postal!r} (also {seen[j.postal]})"
            problems.append(_problem(registry, j.id, ("postal",), message))
        seen.setdefault(j.postal, j.id)
    return problems


def routes_link_their_own_vehicles(registry: Registry, today: datetime.date) -> list[Problem]:
    """A jurisdiction's route links only to a vehicle filed in that jurisdiction."""
    problems = []
    for j in registry.of_kind("jurisdictions"):
        for i, route in enumerate(j.routes):
            if route.vehicle and route.vehicle in registry and registry.get(route.vehicle).jurisdiction != j.id:
                found = registry.get(route.vehicle).jurisdiction
                message = f"expected a vehicle of {j.id}, got {route.vehicle} (a vehicle of {found})"
                problems.append(_problem(registry, j.id, ("routes", i, "vehicle"), message))
    return problems


PLEA_ROUTES = {"plea-withdrawal", "advisement-vacatur"}


def plea_routes_reach_only_pleas(registry: Registry, today: datetime.date) -> list[Problem]:
    """A vehicle a jurisdiction lists as a plea withdrawal or advisement remedy says it reaches only
    pleas, so the screening tool never offers it after a trial."""
    problems = []
    for j in registry.of_kind("jurisdictions"):
        for route in j.routes:
            vehicle = registry.get(route.vehicle) if route.vehicle in registry else None
            if route.route in PLEA_ROUTES and vehicle and vehicle.reaches != "pleas-only":
                found = vehicle.reaches or "nothing"
                message = f"expected pleas-only ({j.id} lists it as a {route.route} route), got {found}"
                problems.append(_problem(registry, vehicle.id, ("reaches",), message))
    return problems


def _sources(value: object, loc: tuple = ()) -> Iterator[tuple[tuple, Source]]:
    """(location, source) of every source anywhere in a record: its own, its cells', its watch entries'."""
    if isinstance(value, Source):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _sources(getattr(value, name), (*loc, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _sources(item, (*loc, index))


def sources_open(registry: Registry, today: datetime.date) -> list[Problem]:
    """Every source is one click away: its own address, or a free copy its citation derives."""
    problems = []
    for entity in registry.all():
        for loc, source in _sources(entity):
            if link_of(source.url, source.citation) or source.no_public_copy:
                continue
            shut = source.url and is_closed(source.url)
            closed = f" ({', '.join(CLOSED_HOSTS)} is closed to the public)" if shut else ""
            message = (
                "expected a url the public can open, or a citation to derive a free copy from (a reported case, "
                f"U.S.C., C.F.R., Fed. Reg., a California code) or a no_public_copy note{closed}, "
                f"got {source.citation or source.url!r}"
            )
            problems.append(_problem(registry, entity.id, loc, message))
    return problems


# --- vehicles --------------------------------------------------------------------------------


def _is_statute_source(source: Source) -> bool:
    return any(text and (law_citation(text) or STATUTE_MARK.search(text)) for text in (source.citation, source.title))


def vehicles_are_backed(registry: Registry, today: datetime.date) -> list[Problem]:
    """A vehicle rests on a key case in the data or on a statute, rule or regulation in its sources."""
    message = "expected a key case or a statute, rule or regulation among the sources, got neither"
    return [
        _problem(registry, v.id, ("sources",), message)
        for v in registry.of_kind("vehicles")
        if not v.key_cases and not any(_is_statute_source(s) for s in v.sources)
    ]


def effects_explain(registry: Registry, today: datetime.date) -> list[Problem]:
    problems = []
    for v in registry.of_kind("vehicles"):
        words = len(v.immigration_effect.reason.split())
        if words < MIN_REASON_WORDS:
            message = f"expected at least {MIN_REASON_WORDS} words explaining the effect, got {words}"
            problems.append(_problem(registry, v.id, ("immigration_effect", "reason"), message))
    return problems


def _vehicle_texts(vehicle) -> Iterator[tuple[tuple, str]]:
    """(location, text) of every field of a vehicle where a citation may appear."""
    for name in ("summary", "who_may_file", "deadline", "standard", "statute"):
        yield (name,), getattr(vehicle, name)
    for name in ("grounds", "pitfalls", "tips"):
        for i, text in enumerate(getattr(vehicle, name)):
            yield (name, i), text
    if vehicle.custody.note:
        yield ("custody", "note"), vehicle.custody.note
    yield ("immigration_effect", "reason"), vehicle.immigration_effect.reason
    for i, entry in enumerate(vehicle.history):
        yield ("history", i, "change"), entry.change


def vehicle_citations_are_real(registry: Registry, today: datetime.date) -> list[Problem]:
    """Case citations in a vehicle carry a year their reporter was published in (source
    citations must carry one), and statute citations normalise."""
    years = {key: case.year for case in registry.of_kind("cases") if (key := case_key(case.citation))}
    problems = []
    for vehicle in registry.of_kind("vehicles"):
        checks: list[tuple[tuple, str, str, bool]] = [(loc, text, "", False) for loc, text in _vehicle_texts(vehicle)]
        checks += [
            (("sources", i, "citation"), s.citation, s.title, True) for i, s in enumerate(vehicle.sources) if s.citation
        ]
        for loc, text, context, need_year in checks:
            messages = [
                f"expected a year for the case citation {key!r}, got none"
                if year is None
                else f"expected a year within the publication years of {key!r}, got {year}"
                for key, year in case_years(text, context, years)
                if (year is None and need_year) or (year is not None and not year_fits_reporter(key, year))
            ]
            messages += [f"expected a statute citation that reads, got {m!r}" for m in statute_normalises(text)]
            problems += [_problem(registry, vehicle.id, loc, message) for message in messages]
    return problems


RULES: list[Callable[[Registry, datetime.date], list[Problem]]] = [
    reviewed_dates_are_past,
    added_dates_precede_review,
    unverified_notes_explain,
    bar_cells_once,
    case_citations_are_real,
    case_status_follows_time,
    vehicles_are_backed,
    effects_explain,
    vehicle_citations_are_real,
    sources_open,
    watch_dates_follow_review,
    postal_codes_once,
    routes_link_their_own_vehicles,
    plea_routes_reach_only_pleas,
]
