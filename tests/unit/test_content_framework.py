"""The legal framework content: key cases, criminal-record bars to relief, marijuana risks.

These tests read ``data/`` directly (cases, relief, crimes, marijuana, glossary), so a problem in
another kind of data does not hide a problem here. Every checker is also run on a bad example, so a
checker that silently accepts everything is caught too.
"""

from __future__ import annotations

import datetime
import re

import pytest
from authored import authored

from macros.citations import case_key, year_fits_reporter
from macros.models import CASE_STATUSES, Case, CrimeCategory, MarijuanaRisk, ReliefForm

CASES = authored("cases")
RELIEF = authored("relief")
CRIMES = authored("crimes")
MARIJUANA = authored("marijuana")
GLOSSARY = authored("glossary")
CASES_BY_ID = {case["id"]: case for case in CASES}

SUPREME_COURT = [
    "Padilla",
    "Chaidez",
    "Lee",
    "Pereida",
    "Moncrieffe",
    "Mellouli",
    "Descamps",
    "Mathis",
    "St. Cyr",
    "Dimaya",
    "Esquivel-Quintana",
    "Nijhawan",
    "Kawashima",
    "Lopez",
    "Carachuri-Rosendo",
    "Torres",
]
AGENCY = [
    "Pickering",
    "Adamiak",
    "Thomas & Thompson",
    "Cota-Vargas",
    "Roldan",
    "Velasquez-Rios",
    "Mohamed",
    "Castillo-Perez",
    "L-A-B-R-",
]

# Later history that must not be lost: the state each case may have and the case that decided it.
KNOWN_HISTORY = {
    "matter-of-cota-vargas": ({"overruled"}, "matter-of-thomas-and-thompson"),
    "matter-of-song": ({"overruled"}, "matter-of-thomas-and-thompson"),
    "matter-of-estrada": ({"overruled"}, "matter-of-thomas-and-thompson"),
    "lujan-armendariz-v-ins": ({"overruled"}, "nunez-reyes-v-holder"),
    "matter-of-velasquez-rios": ({"good-law"}, None),
    "velasquez-rios-v-wilkinson": ({"good-law"}, None),
    "padilla-v-kentucky": ({"good-law"}, None),
    "chaidez-v-united-states": ({"good-law"}, None),
    "matter-of-thomas-and-thompson": ({"limited"}, None),
}

# Which reporter belongs to which kind of court.
REPORTER_COURTS = {
    "U.S.": {"us-supreme-court"},
    "S. Ct.": {"us-supreme-court"},
    "I. & N. Dec.": {"bia", "attorney-general"},
    "F.3d": {c for c in Case.model_fields["court"].annotation.__args__ if c.endswith("-circuit")},
    "F.4th": {c for c in Case.model_fields["court"].annotation.__args__ if c.endswith("-circuit")},
    "Cal. 5th": {"california-supreme-court"},
    "Cal. 4th": {"california-supreme-court"},
    "Cal. App. 4th": {"california-court-of-appeal"},
}

MARIJUANA_TOPICS = {
    "marijuana-federal-schedule": "federal scheduling",
    "marijuana-possession-conviction": "possession conviction and the 30-gram exception",
    "marijuana-sale-trafficking-conviction": "sale or trafficking conviction",
    "marijuana-admitted-conduct": "admissions without a conviction",
    "marijuana-reason-to-believe-trafficking": "reason to believe trafficking",
    "marijuana-cannabis-industry-work": "state-legal cannabis employment",
    "marijuana-drug-abuser-or-addict": "drug abuser or addict finding",
    "marijuana-medical-use": "state medical use",
    "marijuana-prop-64-relief": "Prop 64 relief",
    "marijuana-interview-advice": "interview preparation",
}


# --- checkers -------------------------------------------------------------------------


def find_case(name: str, courts: set[str], cases: list[dict]) -> dict | None:
    """The case whose title names ``name`` (as a whole word) and was decided by one of ``courts``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w])")
    for case in cases:
        if case["court"] in courts and pattern.search(case["title"]):
            return case
    return None


def status_problems(case: dict, cases_by_id: dict[str, dict]) -> list[str]:
    """What is wrong with a case's status: unknown state, a missing or unknown deciding case, or a
    deciding case older than the case it is said to have changed."""
    status = case.get("status") or {}
    state = status.get("state")
    if state not in CASE_STATUSES:
        return [f"unknown status {state!r}"]
    problems = []
    by, by_text = status.get("by"), (status.get("by_text") or "").strip()
    if state != "good-law" and not (by or by_text):
        problems.append(f"status {state!r} names no deciding case, statute or rule")
    if by:
        if by not in cases_by_id:
            problems.append(f"deciding case {by!r} is not in the data")
        elif cases_by_id[by]["year"] < case["year"]:
            problems.append(f"deciding case {by!r} predates the case")
        elif by == case["id"]:
            problems.append("a case cannot change its own status")
    return problems


def history_problems(case_id: str, cases_by_id: dict[str, dict]) -> list[str]:
    """A case whose known later history is missing or wrong."""
    states, by = KNOWN_HISTORY[case_id]
    case = cases_by_id.get(case_id)
    if case is None:
        return [f"{case_id} is missing"]
    status = case["status"]
    problems = []
    if status["state"] not in states:
        problems.append(f"{case_id} is {status['state']!r}, expected one of {sorted(states)}")
    if by and status.get("by") != by:
        problems.append(f"{case_id} should name {by} as the deciding case, not {status.get('by')!r}")
    return problems


def citation_problems(case: dict) -> list[str]:
    """A citation eyecite cannot read, a year outside its reporter's years, a decision date in
    another year, or a reporter that does not belong to the deciding court."""
    key = case_key(case["citation"])
    if key is None:
        return [f"eyecite cannot read {case['citation']!r}"]
    problems = []
    if not year_fits_reporter(case["citation"], case["year"]):
        problems.append(f"year {case['year']} is outside the years of the reporter in {key!r}")
    decided = case.get("decided")
    if decided is not None and getattr(decided, "year", None) != case["year"]:
        problems.append(f"decided {decided} is not in {case['year']}")
    reporter = re.sub(r"^\d+ (.*) \d+$", r"\1", key)
    courts = REPORTER_COURTS.get(reporter)
    if courts is None:
        problems.append(f"reporter {reporter!r} is not mapped to a court")
    elif case["court"] not in courts:
        problems.append(f"reporter {reporter!r} does not belong to court {case['court']!r}")
    return problems


# --- coverage -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entities", "minimum"),
    [(CASES, 32), (RELIEF, 18), (CRIMES, 12), (MARIJUANA, 10), (GLOSSARY, 60)],
    ids=["cases", "relief", "crimes", "marijuana", "glossary"],
)
def test_there_is_enough_content(entities, minimum):
    assert len(entities) >= minimum


@pytest.mark.parametrize(
    ("entities", "model"),
    [(CASES, Case), (RELIEF, ReliefForm), (CRIMES, CrimeCategory), (MARIJUANA, MarijuanaRisk)],
    ids=["cases", "relief", "crimes", "marijuana"],
)
def test_every_entity_fits_its_schema(entities, model):
    for entity in entities:
        model.model_validate(entity, strict=False)


@pytest.mark.parametrize("name", SUPREME_COURT)
def test_supreme_court_case_exists(name):
    assert find_case(name, {"us-supreme-court"}, CASES), name


@pytest.mark.parametrize("name", AGENCY)
def test_bia_or_attorney_general_decision_exists(name):
    assert find_case(name, {"bia", "attorney-general"}, CASES), name


def test_find_case_needs_the_right_court_and_a_whole_name():
    assert find_case("Padilla", {"bia"}, CASES) is None
    assert find_case("Lee", {"us-supreme-court"}, [{"title": "Leeds v. Ohio", "court": "us-supreme-court"}]) is None
    assert find_case("Padilla", {"us-supreme-court"}, []) is None


# --- case status and citations --------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_case_status_names_what_changed_it(case):
    assert status_problems(case, CASES_BY_ID) == []


@pytest.mark.parametrize("case_id", sorted(KNOWN_HISTORY))
def test_known_later_history_is_recorded(case_id):
    assert history_problems(case_id, CASES_BY_ID) == []


def test_thomas_and_thompson_is_limited_by_the_regulation():
    status = CASES_BY_ID["matter-of-thomas-and-thompson"]["status"]
    assert "1003.55" in (status.get("by_text") or "")


def test_padilla_records_that_it_is_not_retroactive():
    padilla = CASES_BY_ID["padilla-v-kentucky"]
    assert "chaidez-v-united-states" in padilla["related_cases"]
    assert "Chaidez" in (padilla["status"].get("note") or "")


def test_status_checker_catches_bad_statuses():
    cases = {
        "old": {"id": "old", "year": 2010, "status": {"state": "good-law"}},
        "new": {"id": "new", "year": 2020, "status": {"state": "good-law"}},
    }
    assert status_problems({"id": "x", "year": 2000, "status": {"state": "overruled"}}, cases)
    assert status_problems({"id": "x", "year": 2000, "status": {"state": "vacated"}}, cases)
    assert status_problems({"id": "x", "year": 2000, "status": {"state": "limited", "by": "gone"}}, cases)
    assert status_problems({"id": "x", "year": 2015, "status": {"state": "overruled", "by": "old"}}, cases)
    assert status_problems({"id": "x", "year": 2015, "status": {"state": "overruled", "by": "new"}}, cases) == []


def test_history_checker_catches_lost_history():
    bad = {
        **CASES_BY_ID,
        "matter-of-cota-vargas": {**CASES_BY_ID["matter-of-cota-vargas"], "status": {"state": "good-law"}},
    }
    assert history_problems("matter-of-cota-vargas", bad)
    wrong_by = {
        **CASES_BY_ID,
        "lujan-armendariz-v-ins": {
            **CASES_BY_ID["lujan-armendariz-v-ins"],
            "status": {"state": "overruled", "by": "matter-of-roldan"},
        },
    }
    assert history_problems("lujan-armendariz-v-ins", wrong_by)
    assert history_problems("matter-of-song", {}) == ["matter-of-song is missing"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_case_citation_parses_and_fits_its_year_and_court(case):
    assert citation_problems(case) == []


def test_case_citations_are_unique():
    keys = [case_key(case["citation"]) for case in CASES]
    assert len(keys) == len(set(keys))


def test_citation_checker_catches_bad_citations():
    good = {"citation": "988 F.3d 1081", "year": 2021, "court": "ninth-circuit"}
    assert citation_problems(good) == []
    assert citation_problems({**good, "citation": "988 Fed. Thirdd 1081"})
    assert citation_problems({**good, "year": 1980})
    assert citation_problems({**good, "court": "bia"})
    assert citation_problems({**good, "decided": datetime.date(2020, 10, 28)})


# --- marijuana ------------------------------------------------------------------------


@pytest.mark.parametrize("risk_id", sorted(MARIJUANA_TOPICS))
def test_marijuana_topic_is_covered(risk_id):
    risk = next((r for r in MARIJUANA if r["id"] == risk_id), None)
    assert risk is not None, MARIJUANA_TOPICS[risk_id]
    assert set(risk["consequences"]) == {"inadmissibility", "deportability", "good_moral_character", "waiver"}
    assert all(str(c["basis"]).strip() for c in risk["consequences"].values())


def test_federal_schedule_states_both_schedules_and_is_dated():
    risk = next(r for r in MARIJUANA if r["id"] == "marijuana-federal-schedule")
    text = " ".join([risk["summary"], risk.get("verification_note") or ""])
    assert "Schedule I" in text and "Schedule III" in text
    assert re.search(r"\b20\d\d\b", text), "the scheduling status must carry dates"


def test_thirty_gram_exception_is_only_in_deportability():
    risk = next(r for r in MARIJUANA if r["id"] == "marijuana-possession-conviction")
    assert risk["consequences"]["deportability"]["answer"] == "depends"
    assert risk["consequences"]["inadmissibility"]["answer"] == "yes"
