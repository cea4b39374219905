"""The relief-vehicle content: coverage, completeness, sourcing and well-formed citations.

These tests read the vehicles and cases as authored, through the loader. Each checker is also
run on a bad example, so a checker that silently accepts everything is caught too.
"""

from __future__ import annotations

import re

import pytest
from authored import authored
from eyecite import get_citations
from eyecite.models import FullCaseCitation, FullLawCitation

from macros.citations import case_key, law_citation, year_fits_reporter
from macros.models import JURISDICTIONS, Vehicle

# Marks of a statute, rule or regulation that eyecite does not read (state codes cited by name).
STATUTE_MARK = re.compile(
    r"U\.S\.C\.|C\.F\.R\.|\bCode\b|\bConst\.|\bILCS\b|\bRCW\b|R\. Crim\. P\.|Crim\. Proc\.|\bINA\b|"
    r"Rules of Court|\bStats?\.|\bAB \d+|\bSB \d+|Proposition \d+"
)
YEAR_IN_PARENS = re.compile(r"\((?:[^()]*?\s)?((?:17|18|19|20)\d\d)\)")
PROSE_FIELDS = ("summary", "who_may_file", "deadline", "standard", "statute")




VEHICLES = authored("vehicles")
CASES = authored("cases")
CASE_IDS = {case["id"] for case in CASES}
CASE_YEARS = {case_key(case["citation"]): case["year"] for case in CASES if case_key(case["citation"])}
IDS = [vehicle["id"] for vehicle in VEHICLES]
REQUIRED = [name for name, field in Vehicle.model_fields.items() if field.is_required()]


# --- checkers -------------------------------------------------------------------------


def empty_required_fields(vehicle: dict) -> list[str]:
    """Required fields that are missing or blank (a blank string, an empty list or mapping)."""

    def blank(value: object) -> bool:
        if value is None:
            return True
        if isinstance(value, str):
            return not value.strip()
        if isinstance(value, dict):  # optional lists inside (authorities) may be empty
            return not value or any(blank(item) for item in value.values() if not isinstance(item, list))
        if isinstance(value, list):
            return not value or any(blank(item) for item in value)
        return False

    return [name for name in REQUIRED if blank(vehicle.get(name))]


def is_statute_source(source: dict) -> bool:
    """A source that points at a statute, rule or regulation, by its citation or title."""
    for text in (source.get("citation"), source.get("title")):
        if text and (law_citation(text) or STATUTE_MARK.search(text)):
            return True
    return False


def is_backed(vehicle: dict) -> bool:
    """At least one key case that exists in the data, or a statute among the sources."""
    known_cases = [case for case in vehicle.get("key_cases", []) if case in CASE_IDS]
    return bool(known_cases) or any(is_statute_source(source) for source in vehicle.get("sources", []))


def _year_near(text: str, position: int, window: int = 80) -> int | None:
    """The parenthesised year closest to ``position`` in ``text`` (California puts it first)."""
    best: tuple[int, int] | None = None
    for match in YEAR_IN_PARENS.finditer(text):
        distance = min(abs(match.start() - position), abs(match.end() - position))
        if distance <= window and (best is None or distance < best[0]):
            best = (distance, int(match.group(1)))
    return best[1] if best else None


def case_years(text: str, context: str = "") -> list[tuple[str, int | None]]:
    """(normalised citation, year) for each full case citation in ``text``; the year comes from
    the citation itself, then from a year in parentheses next to it in ``text`` or ``context``
    (a source's title), then from the case data."""
    found: list[tuple[str, int | None]] = []
    for citation in get_citations(text):
        if not isinstance(citation, FullCaseCitation):
            continue
        key = citation.corrected_citation()
        year = int(citation.metadata.year) if citation.metadata.year else None
        if year is None:
            year = _year_near(text, citation.span()[0])
        if year is None and context:
            volume_page = f"{citation.groups.get('volume', '')} "
            at = context.find(volume_page) if volume_page.strip() else -1
            year = _year_near(context, at) if at >= 0 else None
            if year is None:
                years = {int(y) for y in YEAR_IN_PARENS.findall(context)}
                year = years.pop() if len(years) == 1 else None
        if year is None:
            year = CASE_YEARS.get(key)
        found.append((key, year))
    return found


def citation_problems(text: str, context: str = "", need_year: bool = False) -> list[str]:
    """Why the case and statute citations in ``text`` are not well formed; empty when they are."""
    problems = []
    for key, year in case_years(text, context):
        if year is None:
            if need_year:
                problems.append(f"{key}: no year found for the case citation")
        elif not year_fits_reporter(key, year):
            problems.append(f"{key}: year {year} is outside the reporter's publication years")
    for citation in get_citations(text):
        if isinstance(citation, FullLawCitation) and not citation.corrected_citation().strip():
            problems.append(f"{citation.matched_text()}: statute citation did not normalise")
    return problems


def prose(vehicle: dict) -> list[str]:
    """Every piece of free text in a vehicle where a citation may appear."""
    texts = [vehicle.get(name) or "" for name in PROSE_FIELDS]
    texts += vehicle.get("grounds", []) + vehicle.get("pitfalls", []) + vehicle.get("tips", [])
    texts.append((vehicle.get("custody") or {}).get("note") or "")
    texts.append((vehicle.get("immigration_effect") or {}).get("reason") or "")
    texts += [entry.get("change", "") for entry in vehicle.get("history", [])]
    return [text for text in texts if text]


# --- coverage -------------------------------------------------------------------------


def test_there_are_enough_vehicles_and_ids_are_unique():
    assert len(VEHICLES) >= 28
    assert len(set(IDS)) == len(IDS)


def test_california_federal_and_at_least_four_other_states_are_covered():
    jurisdictions = {vehicle["jurisdiction"] for vehicle in VEHICLES}
    assert jurisdictions <= set(JURISDICTIONS)
    assert {"california", "federal"} <= jurisdictions
    assert len(jurisdictions - {"california", "federal"}) >= 4


def test_every_vehicle_is_a_valid_vehicle():
    for vehicle in VEHICLES:
        Vehicle.model_validate(vehicle)


# --- completeness and sourcing ----------------------------------------------------------


@pytest.mark.parametrize("vehicle", VEHICLES, ids=IDS)
def test_every_required_field_is_filled_in(vehicle):
    assert empty_required_fields(vehicle) == []


@pytest.mark.parametrize("vehicle", VEHICLES, ids=IDS)
def test_every_vehicle_has_a_source_and_a_key_case_or_statute(vehicle):
    assert vehicle["sources"], "no sources"
    assert all(source.get("url") or source.get("citation") for source in vehicle["sources"])
    assert is_backed(vehicle), "needs a key case in data/cases or a statute among its sources"


@pytest.mark.parametrize("vehicle", VEHICLES, ids=IDS)
def test_every_immigration_effect_has_a_reason(vehicle):
    effect = vehicle["immigration_effect"]
    assert effect["effect"] in {"effective", "not-effective", "depends"}
    assert len(effect.get("reason", "").split()) >= 8, "the reason must explain the effect"


@pytest.mark.parametrize("vehicle", VEHICLES, ids=IDS)
def test_key_cases_and_authorities_exist(vehicle):
    missing = [case for case in vehicle.get("key_cases", []) if case not in CASE_IDS]
    assert missing == []


@pytest.mark.parametrize("vehicle", VEHICLES, ids=IDS)
def test_unverified_vehicles_say_what_is_unconfirmed(vehicle):
    if vehicle.get("verified", True) is False:
        assert len((vehicle.get("verification_note") or "").split()) >= 10


# --- citations -------------------------------------------------------------------------


@pytest.mark.parametrize("vehicle", VEHICLES, ids=IDS)
def test_source_citations_parse_and_case_years_fit_the_reporter(vehicle):
    problems = []
    for source in vehicle["sources"]:
        if source.get("citation"):
            problems += citation_problems(source["citation"], source.get("title", ""), need_year=True)
    problems += citation_problems(vehicle["statute"])
    assert problems == []


@pytest.mark.parametrize("vehicle", VEHICLES, ids=IDS)
def test_case_citations_in_the_text_have_years_that_fit_the_reporter(vehicle):
    problems = [problem for text in prose(vehicle) for problem in citation_problems(text)]
    assert problems == []


def test_the_citation_checks_are_not_vacuous():
    cases = [pair for vehicle in VEHICLES for text in prose(vehicle) for pair in case_years(text)]
    dated = [pair for pair in cases if pair[1] is not None]
    statutes = [
        law_citation(text)
        for vehicle in VEHICLES
        for text in [vehicle["statute"], *(s["citation"] for s in vehicle["sources"] if s.get("citation"))]
        if law_citation(text)
    ]
    assert len(dated) >= 30
    assert len(statutes) >= 25
    assert "28 U.S.C. § 2255" in statutes


# --- the checkers catch bad examples ------------------------------------------------------


def _bad_vehicle(**changes: object) -> dict:
    good = next(vehicle for vehicle in VEHICLES if vehicle["id"] == "federal-2255")
    return {**good, **changes}


def test_the_field_checker_catches_blank_fields():
    assert empty_required_fields(_bad_vehicle()) == []
    assert empty_required_fields(_bad_vehicle(deadline="  ", grounds=[])) == ["deadline", "grounds"]
    assert "custody" in empty_required_fields(_bad_vehicle(custody={"rule": ""}))


def test_the_backing_checker_catches_a_vehicle_with_only_a_blog():
    blog_only = _bad_vehicle(key_cases=[], sources=[{"title": "A blog post", "url": "https://example.org/x"}])
    assert not is_backed(blog_only)
    assert not is_backed(_bad_vehicle(key_cases=["no-such-case"], sources=blog_only["sources"]))
    assert is_backed(_bad_vehicle(key_cases=[], sources=[{"title": "Statute", "citation": "28 U.S.C. § 2255"}]))
    assert is_backed(_bad_vehicle(key_cases=[], sources=[{"title": "RCW 10.40.200 text", "url": "https://x.org"}]))


def test_the_citation_checker_catches_a_year_outside_the_reporter():
    assert citation_problems("Aguilera-Montero v. Mukasey, 548 F.3d 1248 (9th Cir. 2008)") == []
    assert citation_problems("Aguilera-Montero v. Mukasey, 548 F.3d 1248 (9th Cir. 1950)") != []
    assert citation_problems("People v. Vivar (2021) 11 Cal.5th 510") == []
    assert citation_problems("People v. Vivar (1975) 11 Cal.5th 510") != []
    assert citation_problems("23 Cal.4th 183", "Zamudio (2000) 23 Cal.4th 183", need_year=True) == []
    assert citation_problems("999 F.4th 1", "a title with no year", need_year=True) != []


def test_the_year_is_read_from_the_citation_the_title_or_the_case_data():
    assert case_years("Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)") == [("23 I. & N. Dec. 621", 2003)]
    assert case_years("537 U.S. 522", "Clay v. United States, 537 U.S. 522 (2003)") == [("537 U.S. 522", 2003)]
    assert case_years("988 F.3d 1081 (9th Cir.)") == [("988 F.3d 1081", CASE_YEARS.get("988 F.3d 1081"))]
