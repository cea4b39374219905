"""Golden fact patterns walked through the real screening tree: answers in, vehicles and flags out.

Each row is a realistic client. ``vehicles`` is the exact set the summary must list, so a vehicle
that is legally closed on that path (PC 1473.7 while on probation, 2255 after custody ends) fails
the test. ``flags`` are outcomes, crimes, relief or marijuana risks that must come up; ``absent``
must not. The walk is macros.screening.walk, which the browser script mirrors.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from macros.loader import load
from macros.models import Step
from macros.registry import Registry
from macros.screening import Summary, start_of, walk

DATA = Path(__file__).resolve().parents[2] / "data"

# Answer labels, as the tree asks them.
LPR, VISA, UNDOC = (
    "Lawful permanent resident (green card)",
    "Visa holder or other temporary status",
    "Undocumented (no current status)",
)
REFUGEE, DACA_TPS, CITIZEN = "Refugee or asylee", "DACA or TPS", "Naturalised U.S. citizen"
CA, FED, OTHER = "A California state court", "A federal court", "A court in another state"
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
PRE_PADILLA, POST_PADILLA = "Before March 31, 2010", "On or after March 31, 2010, more than a year ago"
RECENT = "Within the last year"
JUST_NOW, LAST_YEAR, LONG_AGO = "Only now", "Within the last year", "More than a year ago"

OUT_CA = {"pc-1473-7-a-1", "pc-1473-7-a-2", "ca-coram-nobis"}  # open once California custody ends
IN_CA = {"ca-habeas-pc-1473"}  # open while California custody (probation, parole) continues
CA_SENTENCE = {"motion-to-modify-sentence", "motion-to-clarify-sentence", "pc-18-5"}
OTHER_STATE = {"ny-cpl-440-10", "fl-rule-3-850", "tx-ccp-11-072", "wa-rcw-10-40-200"}


COURTS = {"ca": CA, "federal": FED, "other": OTHER}


def facts(court, how, advised, custody, sentence, offence, proceedings, date, learned, status=LPR) -> dict[str, str]:
    """One client's answers by question id; ``advised`` is None after a trial, where it is not asked."""
    answers = {"q-status": status, "q-where": COURTS[court], f"q-how-{court}": how}
    if advised:
        answers[f"q-advised-{court}"] = advised
    answers |= {f"q-custody-{court}": custody, f"q-sentence-{court}": sentence, "q-offence": offence}
    return answers | {"q-proceedings": proceedings, "q-conviction-date": date, "q-learned": learned}


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
    pytest.param(  # another state, on probation for DV, in proceedings: state vehicles incl. Illinois
        facts("other", PLEA, NO_ONE, IN, UNDER_YEAR, DV, PENDING, POST_PADILLA, LAST_YEAR, status=UNDOC),
        OTHER_STATE | {"il-post-conviction-hearing-act"},
        {"o-padilla-claim-other", "domestic-violence-and-child-abuse", "vawa-self-petition", "u-visa", "o-proceedings-pending"},
        {"pc-1473-7-a-1", "federal-2255"},
        id="undocumented-other-state-dv-plea-on-probation",
    ),
    pytest.param(  # another state, sentence over: Illinois (custody only) drops out; DUI bars DACA
        facts("other", PLEA, JUDGE_ONLY, OUT, UNDER_YEAR, DUI, NO_CASE, POST_PADILLA, JUST_NOW, status=DACA_TPS),
        OTHER_STATE,
        {"o-daca-tps", "dui", "daca", "tps", "o-out-of-custody-other"},
        {"il-post-conviction-hearing-act"},
        id="daca-other-state-dui-plea-out-of-custody",
    ),
    pytest.param(  # trial in another state, out of custody: no plea-advisement statute (RCW 10.40.200)
        facts("other", TRIAL, None, OUT, YEAR, VIOLENCE, FINAL_ORDER, POST_PADILLA, LONG_AGO),
        {"ny-cpl-440-10", "fl-rule-3-850"},
        {"o-trial-other", "o-sentence-year", "aggravated-felony", "o-final-order"},
        {"o-padilla-claim-other", "il-post-conviction-hearing-act", "wa-rcw-10-40-200"},
        id="lpr-other-state-violence-trial-final-order",
    ),
]
# fmt: on

SHORT_PATTERNS = [
    pytest.param(
        {"q-status": CITIZEN}, "r-citizen", {"o-citizen", "o-expert-review", "naturalization"}, id="naturalised-citizen"
    ),
    pytest.param(
        {"q-status": LPR, "q-where": CA, "q-how-ca": JUVENILE},
        "r-juvenile",
        {"o-juvenile", "admitted-conduct", "o-expert-review"},
        id="lpr-ca-juvenile-adjudication",
    ),
    pytest.param(
        {"q-status": UNDOC, "q-where": FED, "q-how-federal": "Juvenile delinquency adjudication"},
        "r-juvenile",
        {"o-juvenile", "o-expert-review"},
        id="undocumented-federal-juvenile",
    ),
]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load(DATA)


def flags(registry: Registry, summary: Summary) -> set[str]:
    """Every outcome and every crime, relief and marijuana id the summary shows."""
    names = ("crimes", "relief", "marijuana")
    return set(summary.outcomes).union(*(summary.collected(registry, name) for name in names))


@pytest.mark.parametrize(("answers", "vehicles", "present", "absent"), PATTERNS)
def test_fact_pattern(registry, answers, vehicles, present, absent):
    summary = walk(registry, answers)
    assert dict(summary.path) == answers  # every answer in the row was asked: no stray facts
    assert summary.result == "r-summary"
    assert set(summary.collected(registry, "vehicles")) == vehicles
    shown = flags(registry, summary) | set(summary.collected(registry, "vehicles"))
    assert present - shown == set()
    assert absent & shown == set()
    assert "o-expert-review" in summary.outcomes  # the talk-to-an-expert note ends every full walk


@pytest.mark.parametrize(("answers", "result", "present"), SHORT_PATTERNS)
def test_short_path(registry, answers, result, present):
    summary = walk(registry, answers)
    assert summary.result == result
    assert summary.collected(registry, "vehicles") == []  # nothing to vacate: no removal, or no conviction
    assert present - flags(registry, summary) == set()


def test_citizen_result_warns_about_denaturalisation(registry):
    summary = walk(registry, {"q-status": CITIZEN})
    assert "denaturalisation" in registry.get("o-citizen").summary
    assert [q for q, _ in summary.path] == ["q-status"]  # no conviction questions: removal is not the risk


# --- invariants over every path --------------------------------------------------------

PLEA_ONLY = {"pc-1016-5", "pc-1018", "pc-1203-43", "wa-rcw-10-40-200"}  # each needs a plea (see its page)
CLOSED_BY_CUSTODY = {"o-in-custody": "must-be-out-of-custody", "o-out-of-custody": "must-be-in-custody"}


def answers_through(registry: Registry):
    """Every (question, answer) in the tree, with the vehicles some full walk through it lists.

    The tree has no loops, so each answer that can lead to the question, and each answer after it,
    lies on some walk from the start through it: the union below is exact, not an estimate.
    """
    steps: dict[str, Step] = {s.id: s for s in registry.of_kind("questions")}

    @cache
    def reach(step_id: str) -> frozenset[str]:
        return frozenset({step_id}).union(*(reach(a.next) for a in steps[step_id].answers))

    def vehicles(outcome_ids) -> set[str]:
        return {v for o in outcome_ids for v in registry.get(o).vehicles}

    def outcomes_within(ids) -> set[str]:
        return {o for i in ids for o in [*steps[i].outcomes, *(x for a in steps[i].answers for x in a.outcomes)]}

    reachable = reach(start_of(registry))
    for step in steps.values():
        before = {o for s in reachable for a in steps[s].answers if step.id in reach(a.next) for o in a.outcomes}
        for answer in step.answers:
            after = outcomes_within(reach(answer.next))
            yield step, answer, vehicles(before | set(answer.outcomes) | after)


def test_no_walk_lists_a_vehicle_that_custody_closes(registry):
    """PC 1473.7 needs custody to have ended, 2255 and habeas need it to continue."""
    wrong = []
    for step, answer, vehicles in answers_through(registry):
        for prefix, rule in CLOSED_BY_CUSTODY.items():
            if any(o.startswith(prefix) for o in answer.outcomes):
                wrong += [(step.id, answer.label, v) for v in vehicles if registry.get(v).custody.rule == rule]
    assert wrong == []


def test_no_walk_after_a_trial_lists_a_plea_only_vehicle(registry):
    wrong = [
        (step.id, answer.label, sorted(vehicles & PLEA_ONLY))
        for step, answer, vehicles in answers_through(registry)
        if any(o.startswith("o-trial") for o in answer.outcomes) and vehicles & PLEA_ONLY
    ]
    assert wrong == []


def test_invariants_see_the_custody_and_trial_answers(registry):
    """Guards the two tests above against passing vacuously after a rename."""
    outcomes = [o for _, answer, _ in answers_through(registry) for o in answer.outcomes]
    assert sum(o.startswith("o-in-custody") for o in outcomes) == 3
    assert sum(o.startswith("o-out-of-custody") for o in outcomes) == 3
    assert sum(o.startswith("o-trial") for o in outcomes) == 3
