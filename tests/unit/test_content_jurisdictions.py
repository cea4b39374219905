"""Every state, the District of Columbia, Puerto Rico and the federal courts have a page, once each
(issue 15), and a jurisdiction page keeps its unconfirmed points in view."""

from __future__ import annotations

from authored import authored, registry

STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
]
JURISDICTIONS = authored("jurisdictions")


def test_every_state_dc_puerto_rico_and_the_federal_courts_exist_exactly_once():
    postal = [j["postal"] for j in JURISDICTIONS]
    assert sorted(postal) == sorted([*STATES, "DC", "PR", "US"])
    levels = {j["postal"]: j["level"] for j in JURISDICTIONS}
    assert (levels["DC"], levels["PR"], levels["US"]) == ("district", "territory", "federal")
    assert {levels[s] for s in STATES} == {"state"}


def test_every_vehicle_belongs_to_a_jurisdiction_with_a_page():
    ids = {j["id"] for j in JURISDICTIONS}
    assert {v.jurisdiction for v in registry().of_kind("vehicles")} <= ids


def test_an_advisement_statute_with_a_vacatur_remedy_is_said_so():
    """Washington RCW 10.40.200, Massachusetts G.L. c. 278 § 29D, Connecticut § 54-1j, Ohio § 2943.031."""
    by_postal = {j["postal"]: j for j in JURISDICTIONS}
    for postal, citation in (("WA", "10.40.200"), ("MA", "29D"), ("CT", "54-1j"), ("OH", "2943.031")):
        advisement = by_postal[postal]["advisement"]
        assert advisement["rule_type"] == "statute"
        assert citation in advisement["citation"]
        assert advisement.get("remedy")


def test_the_advisement_statutes_that_give_a_vacatur_are_vehicles_linked_from_their_state():
    """RCW 10.40.200, G.L. c. 278 § 29D, C.G.S. § 54-1j, R.C. 2943.031, 725 ILCS 5/113-8 (issue 15)."""
    vehicles = {v.id: v for v in registry().of_kind("vehicles")}
    expected = {
        "wa-rcw-10-40-200": "washington",
        "ma-gl-278-29d": "massachusetts",
        "ct-54-1j-vacatur": "connecticut",
        "oh-rc-2943-031": "ohio",
        "il-725-ilcs-113-8-vacatur": "illinois",
    }
    assert {vehicle_id: vehicles[vehicle_id].jurisdiction for vehicle_id in expected} == expected
    linked = {route.vehicle for j in registry().of_kind("jurisdictions") for route in j.routes}
    assert set(expected) <= linked


def test_each_of_the_twenty_largest_immigrant_states_has_two_full_vehicles():
    """Full: grounds, standard, immigration effect and reason, key cases, pitfalls and tips (issue 15)."""
    states = [
        "california",
        "texas",
        "florida",
        "new-york",
        "new-jersey",
        "illinois",
        "massachusetts",
        "washington",
        "georgia",
        "virginia",
        "maryland",
        "arizona",
        "north-carolina",
        "pennsylvania",
        "colorado",
        "nevada",
        "oregon",
        "connecticut",
        "minnesota",
        "michigan",
    ]
    full: dict[str, int] = {}
    for v in registry().of_kind("vehicles"):
        if v.grounds and v.standard and v.immigration_effect.reason and v.key_cases and v.pitfalls and v.tips:
            full[v.jurisdiction] = full.get(v.jurisdiction, 0) + 1
    assert {s: full.get(s, 0) >= 2 for s in states} == dict.fromkeys(states, True)
