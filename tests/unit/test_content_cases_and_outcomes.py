"""Cases the data relies on are in it, and the pending-proceedings outcome warns as L-A-B-R- does
(issue 14: each assertion names its source)."""

from __future__ import annotations

from authored import authored

CASES = {case["id"]: case for case in authored("cases")}
OUTCOMES = {outcome["id"]: outcome for outcome in authored("outcomes")}


def test_the_cases_the_data_relied_on_are_entities_with_their_citations():
    expected = {
        "matter-of-suh": "23 I&N Dec. 626",
        "matter-of-dominguez-rodriguez": "26 I&N Dec. 408",
        "matter-of-cortez-canales": "25 I&N Dec. 301",
        "matter-of-pedroza": "25 I&N Dec. 312",
        "people-v-kim": "45 Cal.4th 1078",
        "people-v-villa": "45 Cal.4th 1063",
        "united-states-v-morgan": "346 U.S. 502",
        "judulang-v-holder": "565 U.S. 42",
        "brathwaite-v-garland": "3 F.4th 542",
    }
    assert {case_id: CASES[case_id]["citation"] for case_id in expected} == expected


def test_prado_is_flagged_until_the_amended_opinions_citation_is_confirmed():
    prado = CASES["prado-v-barr"]
    assert prado["citation"] == "923 F.3d 1203" and prado["verified"] is False


def test_pending_proceedings_do_not_count_on_a_continuance():
    """Matter of L-A-B-R-, 27 I&N Dec. 405 (A.G. 2018); CLINIC's summary of its examples."""
    summary = " ".join(OUTCOMES["o-proceedings-pending"]["summary"].split())
    assert "collateral attack on a criminal conviction" in summary
    assert "Do not count on a continuance" in summary
    assert "not settled here" not in summary
