"""The vehicles say what the law says: coverage a practitioner relies on. (Rules any vehicle must
follow, such as backing, reasons and citation years, run in the loader: macros/rules.py.)"""

from __future__ import annotations

from authored import authored

from macros.citations import case_years, law_citation, year_fits_reporter

VEHICLES = {vehicle["id"]: vehicle for vehicle in authored("vehicles")}


def test_the_federal_vehicles_cite_their_statutes():
    statutes = {law_citation(v["statute"]) for v in VEHICLES.values()}
    assert "28 U.S.C. § 2255" in statutes


def test_california_and_federal_vehicles_and_four_other_states_are_covered():
    jurisdictions = {v["jurisdiction"] for v in VEHICLES.values()}
    assert {"california", "federal"} <= jurisdictions
    assert len(jurisdictions - {"california", "federal"}) >= 4


def test_a_case_year_is_read_from_the_citation_the_title_or_the_case_data():
    assert case_years("Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)") == [("23 I. & N. Dec. 621", 2003)]
    assert case_years("537 U.S. 522", "Clay v. United States, 537 U.S. 522 (2003)") == [("537 U.S. 522", 2003)]
    assert case_years("988 F.3d 1081 (9th Cir.)", known={"988 F.3d 1081": 2021}) == [("988 F.3d 1081", 2021)]
    assert case_years("People v. Vivar (2021) 11 Cal.5th 510") == [("11 Cal. 5th 510", 2021)]


def test_a_reporter_has_publication_years():
    assert year_fits_reporter("548 F.3d 1248", 2008)
    assert not year_fits_reporter("548 F.3d 1248", 1950)
    assert not year_fits_reporter("11 Cal.5th 510", 1975)


def test_the_2255_year_says_when_an_unappealed_judgment_becomes_final():
    """Clay covers appealed judgments; after a plea there is usually no appeal (audit, 2026-12)."""
    deadline = " ".join(VEHICLES["federal-2255"]["deadline"].split())
    assert "Clay v. United States" in deadline
    assert "14 days after the judgment is entered" in deadline and "4(b)(1)(A)" in deadline
    assert "Moshier v. United States, 402 F.3d 116" in deadline


def test_prado_is_cited_for_its_own_reason_a_state_policy_reclassification():
    reason = " ".join(VEHICLES["hs-11361-8-prop-64"]["immigration_effect"]["reason"].split())
    assert "policy decision to expunge, recall or reclassify" in reason
    assert "elements did not change" not in reason


def test_the_new_york_364_day_tip_warns_instead_of_inviting_reliance():
    tip = " ".join(" ".join(VEHICLES["ny-cpl-440-10"]["tips"]).split())
    assert "Do not rely on that for immigration" in tip and "Velasquez-Rios" in tip


def test_the_pardon_vehicles_cite_suh_for_the_waivers_limits():
    """A pardon waives only the listed grounds, none by implication (Matter of Suh, 23 I&N Dec. 626)."""
    for vehicle_id in ("governors-pardon", "presidential-pardon"):
        vehicle = VEHICLES[vehicle_id]
        assert "matter-of-suh" in vehicle["key_cases"]
        assert "Matter of Suh, 23 I&N Dec. 626" in " ".join(vehicle["immigration_effect"]["reason"].split())


def test_no_plea_diversion_avoids_a_conviction_and_says_why():
    """INA 101(a)(48)(A) needs a finding or admission of guilt; PC 1000 has taken no plea since 2018."""
    for vehicle_id in ("pc-1000-drug-diversion", "pc-1001-95-misdemeanor-diversion"):
        vehicle = VEHICLES[vehicle_id]
        assert vehicle["changes"] == ["avoids-conviction"]
        assert "101(a)(48)(A)" in vehicle["immigration_effect"]["reason"]
    assert any(entry["year"] == 2018 for entry in VEHICLES["pc-1000-drug-diversion"]["history"])


def test_the_racial_justice_act_route_is_a_california_vehicle_with_its_history():
    """PC 745 and 1473.7(a)(3), added by AB 2542 (Stats. 2020, ch. 317)."""
    vehicle = VEHICLES["pc-745-racial-justice-act"]
    assert vehicle["jurisdiction"] == "california"
    assert "1473.7" in vehicle["statute"] and "745" in vehicle["statute"]
    assert any("AB 2542" in entry["change"] for entry in vehicle["history"])


def test_the_federal_gaps_are_filled():
    """Plea withdrawal before sentence (Fed. R. Crim. P. 11(d)), direct appeal, audita querela, 2241."""
    assert {
        "frcrp-11-d-plea-withdrawal",
        "federal-direct-appeal",
        "federal-audita-querela",
        "federal-2241-habeas",
    } <= set(VEHICLES)
    assert "14 days" in " ".join(VEHICLES["federal-direct-appeal"]["deadline"].split())


def test_sentence_corrections_quote_1003_55_b_exactly():
    """8 C.F.R. § 1003.55(b), read in its October 2024 text, is quoted, not paraphrased."""
    words = (
        "genuine ambiguity, mistake, or typographical error on the face of the original conviction or "
        "sentencing order and that was entered to give effect to the intent of the original order"
    )
    for vehicle_id in ("motion-to-clarify-sentence", "motion-to-modify-sentence"):
        assert words in " ".join(VEHICLES[vehicle_id]["immigration_effect"]["reason"].split())


def test_california_advisement_and_duty_statutes_are_current():
    """SB 281 (Stats. 2025, ch. 666) on PC 1016.5; AB 1343 (Stats. 2015, ch. 705) added PC 1016.2 and 1016.3."""
    advisement = VEHICLES["pc-1016-5"]
    assert any("SB 281" in entry["change"] for entry in advisement["history"])
    assert "verbatim" in " ".join(advisement["history"][0]["change"].split())
    grounds = " ".join(" ".join(VEHICLES["pc-1473-7-a-1"]["grounds"]).split())
    assert "1016.3(a)" in grounds
