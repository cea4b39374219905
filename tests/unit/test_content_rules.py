"""Content rules across fields and entities run in the loader (macros/rules.py), so `make
check-data`, the build and the tests reject the same data, one line per problem."""

from __future__ import annotations

import datetime

from test_loader_errors import dataset, fixture_text, problems

from macros.loader import load
from macros.rules import content_problems


def broken(tmp_path, stem: str, old: str, new: str) -> list[str]:
    text = fixture_text(stem)
    assert old in text, old
    return problems(dataset(tmp_path, **{stem: text.replace(old, new, 1)}))


def test_a_review_date_in_the_future_is_a_typo(tmp_path):
    registry = load(dataset(tmp_path))
    lines = [str(p) for p in content_problems(registry, today=datetime.date(2026, 11, 21))]
    assert (
        "data/cases.yaml:16: cases[padilla-v-kentucky].reviewed: expected a date on or before 2026-11-21, got 2026-11-22"
        in lines
    )
    assert (
        "data/relief.yaml:13: relief[lpr-cancellation].bars[0].reviewed: expected a date on or before 2026-11-21, got 2026-11-22"
        in lines
    )


def test_a_review_date_after_today_stops_the_load(tmp_path):
    assert broken(
        tmp_path, "cases", "  reviewed: 2026-11-22\n- id: chaidez", "  reviewed: 2099-01-01\n- id: chaidez"
    ) == [
        f"data/cases.yaml:16: cases[padilla-v-kentucky].reviewed: expected a date on or before {datetime.date.today()}, got 2099-01-01"
    ]


def test_an_entity_is_added_before_it_is_reviewed(tmp_path):
    assert broken(
        tmp_path,
        "cases",
        "  reviewed: 2026-11-22\n- id: chaidez",
        "  reviewed: 2026-11-22\n  added: 2026-11-25\n- id: chaidez",
    ) == [
        "data/cases.yaml:17: cases[padilla-v-kentucky].added: expected a date on or before reviewed (2026-11-22), got 2026-11-25"
    ]


def test_an_unverified_note_says_what_would_settle_it(tmp_path):
    note = "Fixture entity, whose note says what is unconfirmed and what would settle it."
    assert broken(tmp_path, "glossary", note, "Check this.") == [
        "data/glossary.yaml:17: glossary[cimt].verification_note: "
        "expected at least 10 words saying what is unconfirmed and what would settle it, got 2"
    ]


def test_a_case_citation_must_be_a_reporter_citation(tmp_path):
    assert broken(tmp_path, "cases", "citation: 568 U.S. 342", "citation: No. 11-820") == [
        "data/cases.yaml:20: cases[chaidez-v-united-states].citation: expected a reporter citation such as '23 I&N Dec. 621', got 'No. 11-820'"
    ]


def test_a_case_year_must_fit_its_reporter(tmp_path):
    assert broken(tmp_path, "cases", "  year: 2013\n", "  year: 1800\n") == [
        "data/cases.yaml:21: cases[chaidez-v-united-states].year: expected a year within the publication years of '568 U.S. 342', got 1800"
    ]


def test_a_decision_date_must_fall_in_the_case_year(tmp_path):
    assert broken(tmp_path, "cases", "decided: 2021-03-04", "decided: 2020-03-04") == [
        "data/cases.yaml:51: cases[pereida-v-wilkinson].decided: expected a date in 2021, got 2020-03-04"
    ]


def test_a_reporter_belongs_to_its_court(tmp_path):
    assert broken(
        tmp_path, "cases", "  court: us-supreme-court\n  holding: Padilla does", "  court: bia\n  holding: Padilla does"
    ) == [
        "data/cases.yaml:22: cases[chaidez-v-united-states].court: expected a court that publishes in 'U.S.', got 'bia'"
    ]


def test_two_cases_cannot_share_a_citation(tmp_path):
    assert broken(tmp_path, "cases", "citation: 568 U.S. 342", "citation: 559 U.S. 356") == [
        "data/cases.yaml:20: cases[chaidez-v-united-states].citation: expected a citation no other case has, got '559 U.S. 356' (also padilla-v-kentucky)"
    ]


def test_only_a_later_case_can_change_a_case(tmp_path):
    in_order = fixture_text("cases").replace(
        "  status: {state: good-law}\n  sources:\n    - title: Padilla",
        "  status: {state: limited, by: chaidez-v-united-states}\n  sources:\n    - title: Padilla",
    )
    assert "padilla-v-kentucky" in load(dataset(tmp_path, cases=in_order))  # 2013 limits 2010
    (tmp_path / "again").mkdir()
    lines = broken(
        tmp_path / "again",
        "cases",
        "  status: {state: good-law}\n  related_cases",
        "  status: {state: overruled, by: padilla-v-kentucky}\n  related_cases",
    )
    assert lines == [
        "data/cases.yaml:26: cases[chaidez-v-united-states].status.by: expected a case decided in 2013 or later, got padilla-v-kentucky (2010)"
    ]


def test_a_vehicle_rests_on_a_key_case_or_a_statute(tmp_path):
    text = (
        fixture_text("vehicles")
        .replace("  key_cases: [padilla-v-kentucky]\n", "")
        .replace("California Penal Code section 1473.7", "A blog post")
    )
    assert problems(dataset(tmp_path, vehicles=text)) == [
        "data/vehicles.yaml:19: vehicles[pc-1473-7-a-1].sources: expected a key case or a statute, rule or regulation among the sources, got neither"
    ]


def test_an_immigration_effect_explains_itself(tmp_path):
    reason = "The vacatur rests on a legal defect, so it meets Matter of Pickering."
    assert broken(tmp_path, "vehicles", reason, "It works.") == [
        "data/vehicles.yaml:14: vehicles[pc-1473-7-a-1].immigration_effect.reason: expected at least 8 words explaining the effect, got 2"
    ]


def test_a_case_citation_in_a_vehicle_has_a_year_its_reporter_was_published_in(tmp_path):
    reason = "The vacatur rests on a legal defect, so it meets Matter of Pickering."
    assert broken(
        tmp_path, "vehicles", reason, reason + " See Aguilera-Montero v. Mukasey, 548 F.3d 1248 (9th Cir. 1950)."
    ) == [
        "data/vehicles.yaml:14: vehicles[pc-1473-7-a-1].immigration_effect.reason: expected a year within the publication years of '548 F.3d 1248', got 1950"
    ]


def test_a_case_cited_as_a_vehicle_source_carries_its_year(tmp_path):
    old = "    - title: California Penal Code section 1473.7\n"
    new = "    - title: People v. Vivar\n      citation: 11 Cal.5th 510\n" + old
    assert broken(tmp_path, "vehicles", old, new) == [
        "data/vehicles.yaml:21: vehicles[pc-1473-7-a-1].sources[0].citation: expected a year for the case citation '11 Cal. 5th 510', got none"
    ]


def test_a_vehicle_names_a_jurisdiction_that_has_its_page(tmp_path):
    assert broken(tmp_path, "vehicles", "jurisdiction: california", "jurisdiction: texas") == [
        "data/vehicles.yaml:4: vehicles[pc-1473-7-a-1].jurisdiction: "
        "expected the id of a jurisdiction, but no entity has the id 'texas'"
    ]


def test_a_postal_code_is_one_tile_on_the_map(tmp_path):
    assert broken(tmp_path, "jurisdictions", "postal: US", "postal: CA") == [
        "data/jurisdictions.yaml:30: jurisdictions[federal].postal: "
        "expected a postal code no other jurisdiction has, got 'CA' (also california)"
    ]


def test_a_route_links_a_vehicle_of_its_own_jurisdiction(tmp_path):
    assert broken(
        tmp_path,
        "jurisdictions",
        "route: post-conviction\n      deadline: One year",
        "route: post-conviction\n      vehicle: pc-1473-7-a-1\n      deadline: One year",
    ) == [
        "data/jurisdictions.yaml:35: jurisdictions[federal].routes[0].vehicle: "
        "expected a vehicle of federal, got pc-1473-7-a-1 (a vehicle of california)"
    ]


def test_a_plea_withdrawal_route_links_only_a_vehicle_that_reaches_only_pleas(tmp_path):
    old = "route: post-conviction\n      deadline: Timely"
    assert broken(tmp_path, "jurisdictions", old, "route: plea-withdrawal\n      deadline: Timely") == [
        "data/vehicles.yaml:1: vehicles[pc-1473-7-a-1].reaches: "
        "expected pleas-only (california lists it as a plea-withdrawal route), got nothing"
    ]
