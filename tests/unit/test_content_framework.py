"""The legal framework says what the law says: the key decisions are present, their later history is
recorded, and the marijuana risks cover each topic. (Rules any data must follow, such as citation
forms and status order, run in the loader: macros/rules.py and tests/unit/test_content_rules.py.)
"""

from __future__ import annotations

import re

import pytest
from authored import authored

CASES = authored("cases")
MARIJUANA = authored("marijuana")
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
