"""Golden screening fact patterns, written from the law: the Python walker
(tests/unit/test_screening_golden.py) and the widget in Chromium
(tests/browser/test_screening_parity.py) must give each the same result."""

from __future__ import annotations

import pytest

# Answer labels, as the tree asks them.
LPR, VISA, UNDOC = (
    "Lawful permanent resident (green card)",
    "Visa holder or other temporary status",
    "Undocumented (no current status)",
)
REFUGEE, DACA_TPS = "Refugee or asylee", "DACA or TPS"
BORN_HERE, CITIZEN = "Yes, born in the United States", "Yes, naturalised (took the oath of citizenship)"
MAYBE_CITIZEN = (
    "Possibly: born abroad to a U.S. citizen parent, or a parent became a citizen before the person turned 18"
)
NOT_CITIZEN = "No"
STATE_COURT, FED = "A state court (any state, the District of Columbia or Puerto Rico)", "A federal court"
PLEA, TRIAL, JUVENILE = "Guilty or no-contest plea", "Conviction after trial", "Juvenile court adjudication"
FED_PLEA, FED_DIVERSION, DEJ = "Guilty plea", "Pretrial diversion", "Deferred entry of judgment or diversion"
EXPLAINED, MISADVISED = (
    "The defence lawyer explained the specific consequence",
    "The defence lawyer gave wrong or vague advice",
)
JUDGE_ONLY, NO_ONE, UNSURE = "Only the judge's general warning", "No one said anything", "Not sure"
IN, OUT = "Yes, including probation or parole", "No, the sentence and supervision are over"
FED_IN, FED_OUT = "Yes", "No, the sentence is over"
YEAR, UNDER_YEAR = "365 days or more (served or suspended)", "Less than 365 days"
DRUGS, MARIJUANA, THEFT = "Controlled substance (not marijuana)", "Marijuana", "Theft or fraud"
VIOLENCE, DV, FIREARM = "Violence", "Domestic violence or a protection order", "Firearm"
DUI, SEX = "Driving under the influence", "Sex offence"
NO_CASE, PENDING, FINAL_ORDER = "No", "Yes, a case is pending", "Yes, and there is a final removal order"
DETAINED = "Yes, a case is pending and the person is in immigration detention"
PRE_PADILLA, POST_PADILLA = "Before March 31, 2010", "On or after March 31, 2010, more than a year ago"
RECENT = "Within the last year"
JUST_NOW, LAST_YEAR, LONG_AGO = "Only now", "Within the last year", "More than a year ago"
NONE_KNOWN, NOT_SURE = "None of these, as far as is known", "Not sure"
FEAR = "Afraid of being harmed if returned to their country"
CRIME_VICTIM = "A victim of a crime in the U.S. who helped, or could help, the police or prosecutors"
RELATIVE = "Has a U.S. citizen or permanent resident spouse, parent, son or daughter"
AGG_FELONY, ONE_CIMT, CONTROLLED = (
    "Aggravated felony",
    "One crime involving moral turpitude",
    "Controlled substance offence",
)
NO_CATEGORY = "None of these, after an expert's review"

ARRIVED_YOUNG = "Came to the U.S. before turning 16"
PROP_64 = "Reduced, dismissed or sealed under Proposition 64 (a California marijuana conviction)"
TRAVEL, NATURALISE = "Travel outside the United States", "Apply to naturalise"
PRIOR_ORDER = "Removed or deported before, or left the U.S. under a removal order"
PRIOR_RELIEF = "Granted cancellation of removal, suspension of deportation or 212(c) relief before"
PARENT_NATURALISED = "A parent became a U.S. citizen by naturalisation before the person turned 18"
LIVED_WITH_PARENT = "Before turning 18, the person was a permanent resident living in the U.S. with that parent"

OUT_CA = {"pc-1473-7-a-1", "pc-1473-7-a-2", "ca-coram-nobis"}  # open once California custody ends
IN_CA = {"ca-habeas-pc-1473"}  # open while California custody (probation, parole) continues
CA_SENTENCE = {"motion-to-modify-sentence", "motion-to-clarify-sentence", "pc-18-5"}


def facts(
    court,
    how,
    advised,
    custody,
    sentence,
    offence,
    proceedings,
    date,
    learned,
    status=LPR,
    citizen=NOT_CITIZEN,
    done="Nothing yet",
    triggers=(NONE_KNOWN,),
    categories=(NOT_SURE,),
    entry=None,
    conviction=None,
    case=None,
    parent=(NOT_SURE,),
    history=(NONE_KNOWN,),
    plans=("None of these",),
) -> dict[str, object]:
    """One client's answers by question id; ``advised`` is None after a trial, where it is not asked.

    ``court`` is "ca", "federal" or the name of another state, D.C. or a territory. ``triggers`` and
    ``categories`` are the checklists' ticked labels; ``entry``, ``conviction`` and ``case`` the
    dates and numbers entered ({fact: value}), blank unless given; ``parent`` is asked of a possible
    citizen, ``history`` and ``plans`` of everyone."""
    start = {"q-citizenship": citizen} | ({"q-parent": list(parent)} if citizen == MAYBE_CITIZEN else {})
    start |= {"q-status": status, "q-entry": entry or {}, "q-triggers": list(triggers)}
    if court == "federal":
        answers = start | {"q-where": FED}
    else:
        answers = start | {"q-where": STATE_COURT}
        answers["q-state"] = "California" if court == "ca" else court
        court = "ca" if court == "ca" else "other"
    answers[f"q-how-{court}"] = how
    if advised:
        answers[f"q-advised-{court}"] = advised
    answers |= {f"q-custody-{court}": custody, f"q-sentence-{court}": sentence, "q-offence": offence}
    answers |= {
        "q-categories": list(categories),
        "q-conviction-details": conviction or {},
        "q-proceedings": proceedings,
    }
    if proceedings in (PENDING, DETAINED, FINAL_ORDER):
        answers["q-case-dates"] = case or {}
    answers["q-history"] = list(history)
    return answers | {"q-conviction-date": date, "q-learned": learned, "q-done": done, "q-plans": list(plans)}


# fmt: off
# Columns: facts(court, how it ended, advised by, in custody, sentence, offence, immigration case,
# conviction final, consequence learned[, status]) | exact vehicles | must show | must not show
PATTERNS = [
    pytest.param(  # the classic 1473.7 client: 2012 drug plea, never advised, probation long over
        facts("ca", PLEA, NO_ONE, OUT, UNDER_YEAR, DRUGS, NO_CASE, POST_PADILLA, JUST_NOW),
        OUT_CA | {"pc-1016-5"},
        {"o-no-advisement-ca", "controlled-substance", "lpr-cancellation", "waiver-212h"},
        {"ca-habeas-pc-1473", "o-diligence"},
        id="lpr-ca-2012-drug-plea-unadvised-out-of-custody",
    ),
    pytest.param(  # INA 320: a parent naturalised while this LPR was a child; citizenship first, vehicles still listed
        facts("Texas", PLEA, NO_ONE, OUT, UNDER_YEAR, DRUGS, NO_CASE, POST_PADILLA, JUST_NOW, citizen=MAYBE_CITIZEN),
        {"tx-ccp-11-072", "tx-ccp-11-07"},
        {"o-possible-citizen", "o-lpr", "controlled-substance"},
        {"o-citizen", "r-citizen"},
        id="lpr-texas-drug-plea-parent-naturalised-before-18",
    ),
    pytest.param(  # Pickering: a vacatur already granted goes to the immigration judge next, flagged with its ground
        facts("ca", PLEA, NO_ONE, OUT, UNDER_YEAR, THEFT, PENDING, POST_PADILLA, LAST_YEAR, done="A court vacated it"),
        OUT_CA | {"pc-1016-5"},
        {"o-already-vacated", "o-proceedings-pending"},
        {"o-expunged"},
        id="lpr-ca-theft-already-vacated-in-proceedings",
    ),
    pytest.param(  # Roldan, Nunez-Reyes: a PC 1203.4 dismissal leaves the conviction; a vacatur is still open
        facts("ca", PLEA, MISADVISED, OUT, UNDER_YEAR, DRUGS, NO_CASE, POST_PADILLA, JUST_NOW, done="Expunged, dismissed after probation, or sealed"),
        OUT_CA,
        {"o-expunged", "o-padilla-claim-ca", "controlled-substance"},
        {"o-already-vacated"},
        id="lpr-ca-drug-plea-expunged",
    ),
    pytest.param(  # Thomas & Thompson, Velasquez-Rios: a sentence change must fix a defect; 18.5 is not retroactive
        facts("ca", PLEA, EXPLAINED, OUT, YEAR, THEFT, NO_CASE, PRE_PADILLA, JUST_NOW, done="The sentence was changed"),
        OUT_CA | CA_SENTENCE,
        {"o-sentence-changed", "o-sentence-year-ca", "o-pre-padilla"},
        {"o-padilla-claim-ca"},
        id="lpr-ca-theft-2008-sentence-already-reduced",
    ),
    pytest.param(  # Suh: a governor's pardon does not waive the domestic violence ground
        facts("Georgia", PLEA, EXPLAINED, OUT, UNDER_YEAR, DV, NO_CASE, POST_PADILLA, JUST_NOW, done="Pardoned"),
        {"ga-habeas-9-14-42", "ga-plea-withdrawal"},
        {"o-pardoned", "domestic-violence-and-child-abuse"},
        {"o-padilla-claim-other"},
        id="lpr-georgia-dv-plea-pardoned",
    ),
    pytest.param(  # still on probation: habeas, and no 1473.7 until probation ends; judge warned, so no 1016.5
        facts("ca", PLEA, JUDGE_ONLY, IN, UNDER_YEAR, THEFT, NO_CASE, POST_PADILLA, LAST_YEAR),
        IN_CA,
        {"o-in-custody-ca", "o-padilla-claim-ca", "cimt", "multiple-cimts"},
        {"pc-1016-5"},
        id="lpr-ca-theft-plea-on-probation-judge-warning-only",
    ),
    pytest.param(  # a year suspended on a violent trial conviction: aggravated felony risk, sentence tools
        facts("ca", TRIAL, None, OUT, YEAR, VIOLENCE, PENDING, POST_PADILLA, LAST_YEAR),
        OUT_CA | CA_SENTENCE | {"pc-1181-new-trial", "ca-direct-appeal"},
        {"o-trial-ca", "o-sentence-year-ca", "aggravated-felony", "o-proceedings-pending"},
        {"pc-1016-5", "o-plea"},
        id="lpr-ca-violence-trial-365-suspended-in-proceedings",
    ),
    pytest.param(  # completed deferred entry of judgment: PC 1203.43, and the plea still counts federally
        facts("ca", DEJ, NO_ONE, OUT, UNDER_YEAR, DRUGS, NO_CASE, PRE_PADILLA, JUST_NOW, status=UNDOC),
        OUT_CA | {"pc-1203-43", "pc-1016-5"},
        {"o-dej-ca", "o-diversion", "admitted-conduct", "non-lpr-cancellation", "o-pre-padilla"},
        set(),
        id="undocumented-ca-dej-drugs-pre-padilla",
    ),
    pytest.param(  # marijuana with a final order: Prop 64 relief does not fix immigration; reopen fast
        facts("ca", PLEA, MISADVISED, OUT, UNDER_YEAR, MARIJUANA, FINAL_ORDER, POST_PADILLA, LONG_AGO),
        OUT_CA,
        {"o-padilla-claim-ca", "marijuana-possession-conviction", "marijuana-prop-64-relief", "o-final-order", "o-diligence"},
        {"pc-1016-5"},
        id="lpr-ca-marijuana-misadvised-final-order-late",
    ),
    pytest.param(  # on parole after a sex-offence plea, record unclear: get the transcript and sentence
        facts("ca", PLEA, UNSURE, IN, "Not sure", SEX, "Not sure", POST_PADILLA, JUST_NOW, status=VISA),
        IN_CA,
        {"o-get-transcript", "o-get-sentence-record", "o-check-proceedings", "aggravated-felony", "adjustment-of-status"},
        {"pc-1473-7-a-1"},
        id="visa-ca-sex-offence-on-parole-record-unclear",
    ),
    pytest.param(  # federal prisoner: 2255 (one-year clock), not coram nobis
        facts("federal", FED_PLEA, NO_ONE, FED_IN, YEAR, DRUGS, PENDING, RECENT, LAST_YEAR, status=VISA),
        {"federal-2255", "compassionate-release"},
        {"o-padilla-claim-federal", "o-in-custody-federal", "o-recent-conviction", "aggravated-felony"},
        {"federal-coram-nobis"},
        id="visa-federal-drug-plea-in-prison-recent",
    ),
    pytest.param(  # sentence served: coram nobis; Padilla itself does not reach a pre-2010 conviction
        facts("federal", TRIAL, None, FED_OUT, YEAR, THEFT, NO_CASE, PRE_PADILLA, LONG_AGO),
        {"federal-coram-nobis", "presidential-pardon"},
        {"o-trial-federal", "o-pre-padilla", "o-sentence-year-federal", "aggravated-felony", "o-diligence"},
        {"federal-2255", "compassionate-release"},
        id="lpr-federal-fraud-trial-pre-padilla-sentence-served",
    ),
    pytest.param(  # federal pretrial diversion on a gun charge: may still be a conviction
        facts("federal", FED_DIVERSION, EXPLAINED, FED_OUT, UNDER_YEAR, FIREARM, NO_CASE, POST_PADILLA, JUST_NOW, status=REFUGEE),
        {"federal-coram-nobis", "presidential-pardon"},
        {"o-diversion", "admitted-conduct", "firearm-offense", "o-refugee-asylee", "particularly-serious-crime"},
        {"o-padilla-claim-federal", "federal-2255"},
        id="refugee-federal-firearm-diversion-advised",
    ),
    pytest.param(  # Illinois, on probation for DV: the 113-8 advisement motion and the Act (725 ILCS 5/122-1 needs custody)
        facts("Illinois", PLEA, NO_ONE, IN, UNDER_YEAR, DV, PENDING, POST_PADILLA, LAST_YEAR, status=UNDOC),
        {"il-725-ilcs-113-8-vacatur", "il-post-conviction-hearing-act"},
        {"o-padilla-claim-other", "domestic-violence-and-child-abuse", "vawa-self-petition", "u-visa", "o-proceedings-pending"},
        {"pc-1473-7-a-1", "federal-2255", "ny-cpl-440-10"},
        id="undocumented-illinois-dv-plea-on-probation",
    ),
    pytest.param(  # Illinois after a trial, sentence over: the Act needs custody, 113-8 needs a plea, so nothing
        facts("Illinois", TRIAL, None, OUT, UNDER_YEAR, THEFT, NO_CASE, POST_PADILLA, JUST_NOW),
        set(),
        {"o-trial-other", "o-out-of-custody-other"},
        {"il-725-ilcs-113-8-vacatur", "il-post-conviction-hearing-act"},
        id="lpr-illinois-theft-trial-out-of-custody",
    ),
    pytest.param(  # Texas, sentence over: art. 11.072 (community supervision) and 11.07 (felonies); DUI bars DACA
        facts("Texas", PLEA, JUDGE_ONLY, OUT, UNDER_YEAR, DUI, NO_CASE, POST_PADILLA, JUST_NOW, status=DACA_TPS),
        {"tx-ccp-11-072", "tx-ccp-11-07"},
        {"o-daca-tps", "dui", "daca", "tps", "o-out-of-custody-other"},
        {"ny-cpl-440-10", "fl-rule-3-850"},
        id="daca-texas-dui-plea-out-of-custody",
    ),
    pytest.param(  # Washington trial: CrR 7.8, not the RCW 10.40.200 advisement motion (it reaches only pleas)
        facts("Washington", TRIAL, None, OUT, YEAR, VIOLENCE, FINAL_ORDER, POST_PADILLA, LONG_AGO),
        {"wa-crr-7-8"},
        {"o-trial-other", "o-sentence-year", "aggravated-felony", "o-final-order"},
        {"o-padilla-claim-other", "wa-rcw-10-40-200"},
        id="lpr-washington-violence-trial-final-order",
    ),
    pytest.param(  # Maryland, sentence over: coram nobis (8-401), not the Act (it needs confinement or parole)
        facts("Maryland", PLEA, MISADVISED, OUT, UNDER_YEAR, DRUGS, NO_CASE, POST_PADILLA, JUST_NOW),
        {"md-coram-nobis-8-401"},
        {"o-padilla-claim-other", "controlled-substance"},
        {"md-post-conviction-7-102"},
        id="lpr-maryland-drug-plea-misadvised-out-of-custody",
    ),
    pytest.param(  # Maryland, still on parole: the Uniform Postconviction Procedure Act, not coram nobis
        facts("Maryland", PLEA, MISADVISED, IN, UNDER_YEAR, DRUGS, NO_CASE, POST_PADILLA, JUST_NOW),
        {"md-post-conviction-7-102"},
        {"o-in-custody-other"},
        {"md-coram-nobis-8-401"},
        id="lpr-maryland-drug-plea-misadvised-on-parole",
    ),
    pytest.param(  # Puerto Rico (a territory) and Wyoming: no vehicle written up yet, so none listed
        facts("Puerto Rico", PLEA, NO_ONE, OUT, UNDER_YEAR, THEFT, NO_CASE, POST_PADILLA, JUST_NOW),
        set(),
        {"o-padilla-claim-other", "o-out-of-custody-other"},
        {"ny-cpl-440-10", "pc-1016-5"},
        id="lpr-puerto-rico-theft-plea",
    ),
    pytest.param(  # D.C. (a district): the 16-713 advisement motion after a plea
        facts("District of Columbia", PLEA, NO_ONE, OUT, UNDER_YEAR, THEFT, NO_CASE, POST_PADILLA, JUST_NOW),
        {"dc-code-16-713"},
        {"o-padilla-claim-other"},
        {"federal-2255", "pc-1016-5"},
        id="lpr-dc-theft-plea-unadvised",
    ),
    pytest.param(  # Prado v. Barr: a Prop 64 reduction leaves the conviction; a trip abroad puts it before CBP (INA 101(a)(13)(C)(v))
        facts("ca", PLEA, NO_ONE, OUT, UNDER_YEAR, MARIJUANA, NO_CASE, POST_PADILLA, JUST_NOW, done=PROP_64, plans=[TRAVEL]),
        OUT_CA | {"pc-1016-5"},
        {"o-prop-64-done", "marijuana-prop-64-relief", "o-travel-plan"},
        {"o-already-vacated", "o-naturalise-plan"},
        id="lpr-ca-marijuana-prop-64-already-granted-plans-travel",
    ),
    pytest.param(  # INA 320: a child resident living with a parent who naturalised before 18 may already be a citizen
        facts("Texas", PLEA, EXPLAINED, OUT, UNDER_YEAR, THEFT, NO_CASE, POST_PADILLA, JUST_NOW, citizen=MAYBE_CITIZEN,
              parent=[PARENT_NATURALISED, LIVED_WITH_PARENT], plans=[NATURALISE]),
        {"tx-ccp-11-072", "tx-ccp-11-07"},
        {"o-possible-citizen", "o-derived-as-child", "o-naturalise-plan", "naturalization"},
        {"o-acquired-at-birth", "o-citizen"},
        id="lpr-texas-theft-parent-naturalised-before-18",
    ),
    pytest.param(  # INA 241(a)(5): an earlier order can be reinstated; detention (INA 236(c)) makes time short
        facts("ca", PLEA, NO_ONE, OUT, UNDER_YEAR, DRUGS, DETAINED, POST_PADILLA, JUST_NOW, status=UNDOC, history=[PRIOR_ORDER]),
        OUT_CA | {"pc-1016-5"},
        {"o-prior-order", "o-detained", "o-proceedings-pending"},
        {"o-prior-relief"},
        id="undocumented-ca-drug-plea-detained-earlier-removal-order",
    ),
]
# fmt: on

SHORT_PATTERNS = [
    pytest.param(
        {"q-citizenship": CITIZEN},
        "r-citizen",
        {"o-citizen", "o-expert-review", "naturalization"},
        id="naturalised-citizen",
    ),
    pytest.param(  # INA 301(a): born here, a citizen from birth; no conviction question is asked
        {"q-citizenship": BORN_HERE}, "r-citizen-born", {"o-citizen-by-birth", "o-expert-review"}, id="born-in-the-us"
    ),
    pytest.param(
        {
            "q-citizenship": NOT_CITIZEN,
            "q-status": LPR,
            "q-triggers": [NONE_KNOWN],
            "q-where": STATE_COURT,
            "q-state": "California",
            "q-how-ca": JUVENILE,
        },
        "r-juvenile",
        {"o-juvenile", "admitted-conduct", "o-expert-review"},
        id="lpr-ca-juvenile-adjudication",
    ),
    pytest.param(
        {
            "q-citizenship": NOT_CITIZEN,
            "q-status": UNDOC,
            "q-triggers": [NONE_KNOWN],
            "q-where": FED,
            "q-how-federal": "Juvenile delinquency adjudication",
        },
        "r-juvenile",
        {"o-juvenile", "o-expert-review"},
        id="undocumented-federal-juvenile",
    ),
]


# fmt: off
# Relief forms as their bars rules read the answers, and the dates computed from the dates entered.
# Columns: answers | {relief form: verdict group} (those named must match) | {deadline: (date, stopped on)}
# (every deadline computed must be listed). Walked with today = 2026-12-02 in Python; the browser uses its own
# today, so the parity test compares the widget with a walk on the day it runs.
DATED_PATTERNS = [
    pytest.param(  # AF: asylum (INA 208(b)(2)(B)(i)) and, at 5 years, withholding (241(b)(3)(B)) are barred; CAT deferral has no bar
        facts("federal", FED_PLEA, NO_ONE, FED_IN, YEAR, DRUGS, FINAL_ORDER, RECENT, LAST_YEAR, triggers=[FEAR],
              categories=[AGG_FELONY], conviction={"judgment_date": "2024-02-15", "aggregate_sentence_days": 2190},
              case={"final_order_date": "2023-12-01"}),
        {"asylum": "barred", "withholding-of-removal": "barred", "cat-deferral": "open", "lpr-cancellation": "barred"},
        {"d-federal-judgment-final": ("2024-02-29", None), "d-2255-year": ("2025-02-28", None),
         "d-reopen-90-days": ("2024-02-29", None)},
        id="lpr-federal-aggravated-felony-fear-leap-year-2255-and-reopening",
    ),
    pytest.param(  # a drug offence 4 years after admission stops the 7 years (240A(d)(1), Barton); 1473.7 runs from the later notice
        facts("ca", PLEA, NO_ONE, OUT, UNDER_YEAR, DRUGS, FINAL_ORDER, POST_PADILLA, LAST_YEAR, categories=[CONTROLLED],
              entry={"admission_date": "2008-03-01", "lpr_date": "2008-03-01"},
              conviction={"offense_date": "2012-01-10", "conviction_date": "2012-04-02", "sentence_days": 90},
              case={"nta_date": "2024-05-01", "final_order_date": "2025-01-31"}),
        {"lpr-cancellation": "barred", "waiver-212h": "analysis"},
        {"d-reopen-90-days": ("2025-05-01", None), "d-1473-7-diligence": ("2025-01-31", None),
         "d-gmc-five-years": ("2017-01-10", None), "d-seven-years-residence": ("2015-03-01", "2012-01-10"),
         "d-five-years-lpr": ("2013-03-01", None)},
        id="lpr-ca-drug-plea-clock-stopped-final-order",
    ),
    pytest.param(  # a DUI is a significant misdemeanor for DACA (8 C.F.R. 236.22(b)(6)); TPS turns on the felony count
        facts("Texas", PLEA, JUDGE_ONLY, OUT, UNDER_YEAR, DUI, NO_CASE, POST_PADILLA, JUST_NOW, status=DACA_TPS,
              triggers=[ARRIVED_YOUNG], categories=["Driving under the influence", "One or more misdemeanors"],
              conviction={"misdemeanors": 1}),
        {"daca": "barred", "tps": "analysis"},
        {},
        id="daca-texas-dui-one-misdemeanor",
    ),
    pytest.param(  # categories not known: every form needs analysis, none is called open or barred
        facts("federal", FED_DIVERSION, EXPLAINED, FED_OUT, UNDER_YEAR, FIREARM, NO_CASE, POST_PADILLA, JUST_NOW, status=REFUGEE),
        {"refugee-asylee-adjustment": "analysis", "asylum": "analysis", "withholding-of-removal": "analysis",
         "cat-deferral": "analysis"},
        {},
        id="refugee-federal-categories-not-known",
    ),
    pytest.param(  # none of the categories after review; off probation (8 C.F.R. 316.10(c)(1)), no case (INA 318)
        facts("Illinois", TRIAL, None, OUT, UNDER_YEAR, THEFT, NO_CASE, POST_PADILLA, JUST_NOW, categories=[NO_CATEGORY]),
        {"lpr-cancellation": "open", "naturalization": "open", "waiver-212h": "analysis"},
        {},
        id="lpr-illinois-no-category-after-review",
    ),
    pytest.param(  # one CIMT: inadmissible, waivable under 212(h) and 212(d)(14); a leap-day offence leaves the GMC period on Feb 28
        facts("ca", PLEA, MISADVISED, OUT, UNDER_YEAR, THEFT, NO_CASE, POST_PADILLA, JUST_NOW, status=VISA,
              triggers=[RELATIVE, CRIME_VICTIM], categories=[ONE_CIMT],
              conviction={"offense_date": "2020-02-29", "conviction_date": "2020-06-01", "sentence_days": 30}),
        {"adjustment-of-status": "waivable", "u-visa": "waivable", "non-lpr-cancellation": "analysis"},
        {"d-gmc-five-years": ("2025-02-28", None)},
        id="visa-ca-cimt-relative-and-crime-victim-leap-day-offence",
    ),
    pytest.param(  # INA 240A(c)(6): cancellation once granted cannot be granted again, whatever the conviction
        facts("Florida", PLEA, NO_ONE, OUT, UNDER_YEAR, THEFT, DETAINED, POST_PADILLA, JUST_NOW,
              categories=[NO_CATEGORY], history=[PRIOR_RELIEF], case={"hearing_date": "2027-01-15"}),
        {"lpr-cancellation": "barred", "naturalization": "barred"},
        {"d-next-hearing": ("2027-01-15", None)},
        id="lpr-florida-detained-cancellation-granted-before",
    ),
    pytest.param(  # the 7 years reached before the offence: no stop (240A(d)(1)); five years as a resident reached
        facts("ca", PLEA, NO_ONE, OUT, UNDER_YEAR, THEFT, PENDING, POST_PADILLA, LAST_YEAR, categories=[ONE_CIMT],
              entry={"admission_date": "2005-01-31", "lpr_date": "2010-01-31"},
              conviction={"offense_date": "2013-02-01", "sentence_days": 365}, case={"nta_date": "2024-02-29"}),
        {"lpr-cancellation": "open"},  # a CIMT committed after the 7 years weighs only in discretion
        {"d-gmc-five-years": ("2018-02-01", None), "d-seven-years-residence": ("2012-01-31", None),
         "d-five-years-lpr": ("2015-01-31", None), "d-1473-7-diligence": ("2024-02-29", None)},
        id="lpr-ca-cimt-after-seven-years-in-proceedings",
    ),
]
# fmt: on
