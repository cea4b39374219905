"""The relief-bars cells say what the law says. Each test states one rule and names its source; it
evaluates the cell the site publishes (the same rules the chart and the screening tool read)."""

from __future__ import annotations

import pytest
from authored import registry

from macros.bar_rules import evaluate, rules_data


def cell(relief_id: str, crime_id: str):
    return next(b for b in registry().get(relief_id).bars if b.crime == crime_id)


def effect(relief_id: str, crime_id: str, **facts) -> str | None:
    return evaluate(rules_data(cell(relief_id, crime_id)), facts).effect


def general_effect(relief_id: str, **facts) -> set[str]:
    """What the relief's rules for any conviction do for these facts (no-bar when none holds)."""
    found = set()
    for bar in registry().get(relief_id).general_bars:
        rules = [
            {"when": bar.when.model_dump(mode="json", exclude_none=True), "effect": bar.effect},
            {"when": None, "effect": "no-bar"},
        ]
        found.add(evaluate(rules, facts).effect)
    return found


def test_sijs_has_no_serious_nonpolitical_crime_bar():
    """INA 245(h)(2)(B) leaves unwaivable only 212(a)(2)(A)-(C) and some security grounds; a serious
    nonpolitical crime is an asylum and withholding bar (Tooby, sec. 12.7(B))."""
    assert effect("sijs", "serious-nonpolitical-crime") != "bar"


def test_sijs_waives_a_single_thirty_gram_marijuana_possession():
    """INA 245(h)(2)(B); Matter of Moradel, 28 I&N Dec. 310 (BIA 2021)."""
    assert effect("sijs", "controlled-substance", marijuana_30g=True) == "waivable"
    assert effect("sijs", "controlled-substance", marijuana_30g=False) == "bar"
    assert "matter-of-moradel" in cell("sijs", "controlled-substance").cases


def test_registry_bars_admitted_drug_conduct_but_treats_an_admitted_cimt_like_a_convicted_one():
    """INA 249 excludes violators of the narcotic laws; USCIS Policy Manual vol. 7, part O, ch. 4
    allows an applicant eligible for a waiver, which the CIMT column already reflects."""
    assert effect("registry", "admitted-conduct", admitted_drug_offense=True) == "bar"
    assert effect("registry", "admitted-conduct", admitted_drug_offense=False) == effect("registry", "cimt")


@pytest.mark.parametrize(
    "crime", ["firearm-offense", "domestic-violence-and-child-abuse", "protection-order-violation", "dui"]
)
def test_one_misdemeanor_firearm_dv_protection_order_or_dui_does_not_bar_tps(crime):
    """8 C.F.R. § 244.4(a): any felony or two or more misdemeanors committed in the U.S."""
    assert effect("tps", crime, felonies=0, misdemeanors=1) == "no-bar"
    assert effect("tps", crime, felonies=0, misdemeanors=2) == "bar"
    assert effect("tps", crime, felonies=1, misdemeanors=0) == "bar"


def test_a_petty_offence_cimt_alone_does_not_bar_tps_but_any_other_cimt_does():
    """INA 244(c)(2)(A)(iii)(I) keeps 212(a)(2)(A) from the TPS waiver; INA 212(a)(2)(A)(ii)(II) is
    the petty offence exception (maximum a year or less, sentence 6 months or less)."""
    petty = {"felonies": 0, "misdemeanors": 1, "max_sentence_days": 365, "sentence_days": 30}
    assert effect("tps", "cimt", **petty) == "no-bar"
    assert effect("tps", "cimt", **{**petty, "sentence_days": 181}) == "bar"
    assert effect("tps", "cimt", **{**petty, "max_sentence_days": 730}) == "bar"


@pytest.mark.parametrize("crime", ["cimt", "multiple-cimts", "controlled-substance", "prostitution"])
def test_one_ordinary_misdemeanor_does_not_bar_daca_but_a_significant_or_third_one_does(crime):
    """DACA (8 C.F.R. § 236.22(b)(6); USCIS guidelines): a felony, a significant misdemeanor (more
    than 90 days in custody, suspended time not counted) or three or more other misdemeanors."""
    ordinary = {"felonies": 0, "misdemeanors": 1, "unsuspended_sentence_days": 90}
    assert effect("daca", crime, **ordinary) == "discretionary"
    assert effect("daca", crime, **{**ordinary, "unsuspended_sentence_days": 91}) == "bar"
    assert effect("daca", crime, **{**ordinary, "misdemeanors": 3}) == "bar"


@pytest.mark.parametrize("relief", ["withholding-of-removal", "cat-withholding"])
def test_withholding_bars_an_aggravated_felony_per_se_only_at_five_years_aggregate(relief):
    """INA 241(b)(3)(B) (flush language); 8 C.F.R. § 1208.16(d)(2) for CAT withholding; Matter of
    Y-L-, A-G- & R-S-R-, 23 I&N Dec. 270 (A.G. 2002) for the drug-trafficking presumption."""
    assert effect(relief, "aggravated-felony", aggregate_sentence_days=1825) == "bar"
    assert effect(relief, "aggravated-felony", aggregate_sentence_days=1824) == "case-by-case"
    assert "matter-of-y-l" in cell(relief, "aggravated-felony").cases
    assert "1208.16(d)(2)" in cell("cat-withholding", "aggravated-felony").statute


@pytest.mark.parametrize("relief", ["adjustment-of-status", "waiver-212h", "vawa-self-petition"])
def test_admitted_drug_conduct_is_not_waivable_beyond_thirty_grams(relief):
    """INA 212(h) waives 212(a)(2)(A)(i)(II) only for a single offense of simple possession of 30
    grams or less of marijuana; Matter of Martinez Espinoza, 25 I&N Dec. 118 (BIA 2009)."""
    assert effect(relief, "admitted-conduct", admitted_drug_offense=True, marijuana_30g=False) == "bar"
    assert effect(relief, "admitted-conduct", admitted_drug_offense=True, marijuana_30g=True) == "waivable"
    assert effect(relief, "admitted-conduct", admitted_drug_offense=False) == "waivable"


@pytest.mark.parametrize("crime", ["controlled-substance", "admitted-conduct"])
def test_212h_marijuana_cells_cite_martinez_espinoza(crime):
    """Matter of Martinez Espinoza, 25 I&N Dec. 118 (BIA 2009): what 'relates to' a single 30-gram
    possession is decided on the facts."""
    assert "matter-of-martinez-espinoza" in cell("waiver-212h", crime).cases
    assert effect("waiver-212h", "controlled-substance", marijuana_30g=True) == "waivable"


def test_former_212c_is_open_to_pleas_and_trial_convictions_before_april_1997():
    """Matter of Abdelghany, 26 I&N Dec. 254 (BIA 2014): pleas and trial convictions before Apr. 1,
    1997; AEDPA § 440(d) for Apr. 24, 1996 to Apr. 1, 1997 with proceedings begun after Apr. 24, 1996;
    5 years served for aggravated felonies convicted Nov. 29, 1990 to Apr. 24, 1996."""
    assert effect("former-212c", "cimt", conviction_date="1995-06-01", plea_or_trial="trial") == "waivable"
    assert effect("former-212c", "cimt", conviction_date="1997-05-01") == "bar"
    assert effect("former-212c", "cimt", conviction_date="1996-06-01", proceedings_date="1996-08-01") == "bar"
    assert effect("former-212c", "cimt", conviction_date="1996-06-01", proceedings_date="1996-03-01") == "waivable"
    served = {"time_served_days": 1825, "proceedings_date": "2010-01-01"}
    assert effect("former-212c", "aggravated-felony", conviction_date="1992-01-01", **served) == "bar"
    assert effect("former-212c", "aggravated-felony", conviction_date="1989-01-01", **served) == "waivable"


def test_non_lpr_cancellation_cimt_follows_cortez_as_the_ninth_circuit_now_does():
    """Ortega-Lopez v. Barr, 978 F.3d 680 (9th Cir. 2020) deferred to Matter of Cortez; Matter of
    Pedroza, 25 I&N Dec. 312 (BIA 2010) for the petty offence with a maximum under a year."""
    bar = cell("non-lpr-cancellation", "cimt")
    assert "ortega-lopez-v-barr" in bar.cases
    assert "despite contrary" not in bar.note
    assert effect("non-lpr-cancellation", "cimt", max_sentence_days=365, sentence_days=30) == "bar"
    assert effect("non-lpr-cancellation", "cimt", max_sentence_days=180, sentence_days=30) == "discretionary"


def test_212h_aggravated_felony_bar_reaches_only_those_admitted_as_permanent_residents():
    """INA 212(h), last sentence; Matter of J-H-J-, 26 I&N Dec. 563 (BIA 2015)."""
    assert effect("waiver-212h", "aggravated-felony", admitted_as_lpr=True) == "bar"
    assert effect("waiver-212h", "aggravated-felony", admitted_as_lpr=False) != "bar"


def test_212h_needs_seven_years_lawful_residence_for_those_admitted_as_permanent_residents():
    """INA 212(h), last sentence: no waiver for a person admitted as an LPR who has not lawfully
    resided continuously for 7 years before proceedings began; Matter of J-H-J-."""
    assert general_effect("waiver-212h", admitted_as_lpr=True, years_lawful_residence=6) == {"bar"}
    assert general_effect("waiver-212h", admitted_as_lpr=True, years_lawful_residence=7) == {"no-bar"}
    assert general_effect("waiver-212h", admitted_as_lpr=False, years_lawful_residence=2) == {"no-bar"}


def test_naturalization_is_not_approved_while_probation_or_proceedings_are_pending():
    """8 C.F.R. § 316.10(c)(1) (probation, parole or suspended sentence completed); INA 318,
    8 U.S.C. § 1429 (no naturalization while removal proceedings are pending)."""
    assert "bar" in general_effect("naturalization", on_probation=True, in_removal_proceedings=False)
    assert "bar" in general_effect("naturalization", on_probation=False, in_removal_proceedings=True)
    assert general_effect("naturalization", on_probation=False, in_removal_proceedings=False) == {"no-bar"}


def test_lpr_cancellation_stop_time_follows_barton_and_the_petty_offence_rule():
    """Barton v. Barr, 590 U.S. 222 (2020); Matter of Garcia, 25 I&N Dec. 332 (BIA 2010)."""
    early = {"years_residence_at_offense": 5}
    assert effect("lpr-cancellation", "cimt", **early, max_sentence_days=730, sentence_days=30) == "bar"
    assert effect("lpr-cancellation", "cimt", **early, max_sentence_days=365, sentence_days=30) == "discretionary"
    assert effect("lpr-cancellation", "cimt", years_residence_at_offense=8, max_sentence_days=730) == "discretionary"


@pytest.mark.parametrize(
    ("relief_id", "crime_id", "facts", "expected"),
    [
        ("lpr-cancellation", "aggravated-felony", {}, "bar"),  # INA 240A(a)(3)
        ("non-lpr-cancellation", "controlled-substance", {}, "bar"),  # INA 240A(b)(1)(C)
        ("asylum", "aggravated-felony", {}, "bar"),  # INA 208(b)(2)(B)(i)
        ("withholding-of-removal", "particularly-serious-crime", {}, "bar"),  # INA 241(b)(3)(B)(ii)
        ("waiver-212h", "drug-trafficking-reason-to-believe", {}, "bar"),  # outside 212(h)
        ("naturalization", "aggravated-felony", {"conviction_date": "1991-01-01"}, "bar"),  # INA 101(f)(8)
        ("voluntary-departure", "aggravated-felony", {}, "bar"),  # INA 240B(a)(1), (b)(1)(C)
    ],
)
def test_settled_bars_are_right(relief_id, crime_id, facts, expected):
    assert effect(relief_id, crime_id, **facts) == expected


def test_cat_deferral_has_no_criminal_bar():
    """8 C.F.R. § 1208.17: deferral of removal is open whatever the record."""
    assert {effect("cat-deferral", b.crime) for b in registry().get("cat-deferral").bars} == {"no-bar"}
