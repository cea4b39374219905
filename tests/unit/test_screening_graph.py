"""The screening tree is checked as a graph, and each broken rule names the node at fault."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.loader import load
from macros.problems import DataError
from macros.screening import WalkError, answers_of, remaining_questions, walk, widget_data

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


def with_tree(tmp_path: Path, questions: str | None = None, outcomes: str | None = None) -> Path:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    if questions is not None:
        (data / "questions.yaml").write_text(questions, encoding="utf-8")
    if outcomes is not None:
        (data / "outcomes.yaml").write_text(outcomes, encoding="utf-8")
    return data


def fixture(name: str) -> str:
    return (VALID / name).read_text(encoding="utf-8")


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(data)
    return str(caught.value).splitlines()


def test_two_starts_are_named(tmp_path):
    questions = fixture("questions.yaml").replace("next: r-citizen}", "next: r-summary}")
    assert problems(with_tree(tmp_path, questions)) == [
        "data/questions.yaml:1: questions[q-status]: expected exactly one start (a question no answer leads to), found: q-status, r-citizen",
        "data/questions.yaml:18: questions[r-citizen]: expected exactly one start (a question no answer leads to), found: q-status, r-citizen",
    ]


def test_a_loop_is_named_at_the_answer_that_closes_it(tmp_path):
    questions = fixture("questions.yaml").replace('{label: "Yes", next: r-summary}', '{label: "Yes", next: q-custody}')
    assert problems(with_tree(tmp_path, questions)) == [
        "data/questions.yaml:12: questions[q-custody].answers[0].next: answer leads back to 'q-custody': the tree must not loop"
    ]


def test_an_unreachable_island_is_named(tmp_path):
    island = (
        "- id: q-island-a\n  type: question\n  title: A?\n  answers:\n"
        "    - {label: x, next: q-island-b}\n    - {label: y, next: q-island-b}\n"
        "- id: q-island-b\n  type: question\n  title: B?\n  answers:\n"
        "    - {label: x, next: q-island-a}\n    - {label: y, next: r-summary}\n"
    )
    assert problems(with_tree(tmp_path, fixture("questions.yaml") + island)) == [
        "data/questions.yaml:22: questions[q-island-a]: unreachable from the start question 'q-status'",
        "data/questions.yaml:28: questions[q-island-b]: unreachable from the start question 'q-status'",
    ]


def test_an_unused_outcome_is_named(tmp_path):
    extra = "- id: o-orphan\n  title: Orphan\n  summary: Nobody lists me.\n  sources:\n    - {title: x, citation: y}\n  reviewed: 2026-11-22\n"
    assert problems(with_tree(tmp_path, outcomes=fixture("outcomes.yaml") + extra)) == [
        "data/outcomes.yaml:27: outcomes[o-orphan]: outcome is never reached: no answer or result lists it"
    ]


def test_a_missing_next_step_is_a_reference_error(tmp_path):
    questions = fixture("questions.yaml").replace("next: r-citizen}", "next: r-citizn}")
    assert problems(with_tree(tmp_path, questions)) == [
        "data/questions.yaml:7: questions[q-status].answers[1].next: expected the id of a screening question or result, "
        "but no entity has the id 'r-citizn'"
    ]


def test_a_missing_outcome_is_a_reference_error(tmp_path):
    questions = fixture("questions.yaml").replace("outcomes: [o-out-of-custody]}", "outcomes: [o-out-of-custdy]}")
    assert problems(with_tree(tmp_path, questions)) == [
        "data/questions.yaml:13: questions[q-custody].answers[1].outcomes[0]: expected the id of a screening outcome, "
        "but no entity has the id 'o-out-of-custdy'"
    ]


def test_a_result_without_outcomes_is_named(tmp_path):
    questions = fixture("questions.yaml").replace(
        "  title: Citizens are not deported\n  outcomes: [o-expert]\n", "  title: Citizens are not deported\n"
    )
    assert problems(with_tree(tmp_path, questions)) == [
        "data/questions.yaml:18: questions[r-citizen].outcomes: a result must list at least one outcome: every path ends in one"
    ]


def test_a_start_that_is_a_result_is_named(tmp_path):
    questions = "- id: r-only\n  type: result\n  title: Done\n  outcomes: [o-lpr, o-out-of-custody, o-expert]\n"
    assert problems(with_tree(tmp_path, questions)) == [
        "data/questions.yaml:1: questions[r-only].type: expected the start to be a question"
    ]


def test_a_question_needs_two_answers_and_a_result_none(tmp_path):
    questions = fixture("questions.yaml").replace('    - {label: "Yes", next: r-summary}\n', "")
    questions = questions.replace(
        "  type: result\n  title: Citizens are not deported\n",
        "  type: result\n  title: Citizens\n  answers:\n    - {label: a, next: r-summary}\n",
    )
    lines = problems(with_tree(tmp_path, questions))
    assert lines == [
        "data/questions.yaml:8: questions[q-custody]: a question needs at least two answers",
        "data/questions.yaml:17: questions[r-citizen]: a result ends the path: it has no answers and no next step",
    ]


def test_walk_collects_outcomes_in_order():
    summary = walk(load(VALID), {"q-status": "Permanent resident", "q-custody": "No"})
    assert summary.path == [("q-status", "Permanent resident"), ("q-custody", "No")]
    assert summary.result == "r-summary"
    assert summary.outcomes == ["o-lpr", "o-out-of-custody", "o-expert"]


def test_walk_rejects_an_answer_the_tree_does_not_offer():
    with pytest.raises(WalkError, match=r"q-custody: no answer 'Maybe'; expected one of: Yes; No"):
        walk(load(VALID), {"q-status": "Permanent resident", "q-custody": "Maybe"})


def test_progress_counts_the_longest_way_to_a_result():
    registry = load(VALID)
    steps = {s.id: s for s in registry.of_kind("questions")}
    assert remaining_questions(steps) == {"q-status": 2, "q-custody": 1, "r-summary": 0, "r-citizen": 0}


def test_widget_data_links_relative_to_the_page():
    data = widget_data(load(VALID), "screening.md")
    assert data["start"] == "q-status"
    assert data["outcomes"]["o-out-of-custody"]["vehicles"][0]["href"] == "vehicles/pc-1473-7-a-1.html"
    assert data["outcomes"]["o-expert"]["explainers"] == [
        {"title": "Why this is not legal advice", "href": "about.html#not-legal-advice", "lang": ""}
    ]


def test_widget_data_of_a_translated_page_marks_english_links_and_uses_translated_pages():
    data = widget_data(
        load(VALID),
        "es/screening.md",
        entity_language="en",
        explainer_target=lambda path: ("es/" + path, "es"),
    )
    vehicle = data["outcomes"]["o-out-of-custody"]["vehicles"][0]
    assert (vehicle["href"], vehicle["lang"]) == ("../vehicles/pc-1473-7-a-1.html", "en")
    assert data["outcomes"]["o-expert"]["explainers"] == [
        {"title": "Why this is not legal advice", "href": "about.html#not-legal-advice", "lang": "es"}
    ]


def test_an_answer_sets_only_facts_the_rules_know_with_values_that_fit(tmp_path):
    questions = fixture("questions.yaml").replace(
        '{label: "Yes", next: r-summary}',
        '{label: "Yes", next: r-summary, sets: {in_custdy: true, plea_or_trial: jury}}',
    )
    assert problems(with_tree(tmp_path, questions)) == [
        "data/questions.yaml:12: questions[q-custody].answers[0].sets.in_custdy: unknown field 'in_custdy' "
        "(only the fields of the schema are allowed); did you mean 'in_custody'?",
        "data/questions.yaml:12: questions[q-custody].answers[0].sets.plea_or_trial: "
        "expected one of 'plea' or 'trial', got 'jury'",
    ]


def test_a_question_can_offer_every_state_and_the_walk_keeps_the_one_named(tmp_path):
    questions = (
        fixture("questions.yaml")
        .replace(
            "    - {label: Citizen, next: r-citizen}\n",
            "    - {label: Citizen, next: r-citizen}\n"
            "- id: q-where\n  type: question\n  title: Which court?\n  answers:\n"
            "    - {label: Federal, next: q-custody, jurisdiction: federal}\n"
            "  each_jurisdiction: q-custody\n",
        )
        .replace("{label: Permanent resident, next: q-custody,", "{label: Permanent resident, next: q-where,")
    )
    registry = load(with_tree(tmp_path, questions))
    step = next(s for s in registry.of_kind("questions") if s.id == "q-where")
    assert [a.label for a in answers_of(registry, step)] == ["California", "Federal"]  # every other jurisdiction
    summary = walk(registry, {"q-status": "Permanent resident", "q-where": "California", "q-custody": "No"})
    assert summary.jurisdiction == "california"
    assert remaining_questions({s.id: s for s in registry.of_kind("questions")})["q-status"] == 3


CHECKLIST = """- id: q-custody
  type: checklist
  title: Which apply?
  answers:
    - {label: A drug offence, crimes: [controlled-substance]}
    - {label: Not sure, outcomes: [o-out-of-custody]}
  next: q-dates
- id: q-dates
  type: details
  title: Dates
  fields:
    - {fact: conviction_date, label: Conviction date}
  next: r-summary
"""


def with_checklist(tmp_path: Path, old: str = "", new: str = "") -> Path:
    questions = fixture("questions.yaml")
    start, end = questions.index("- id: q-custody"), questions.index("- id: r-summary")
    return with_tree(tmp_path, questions[:start] + CHECKLIST.replace(old, new) + questions[end:])


def test_a_checklist_and_a_details_step_walk_to_their_next_step(tmp_path):
    registry = load(with_checklist(tmp_path))
    given = {
        "q-status": "Permanent resident",
        "q-custody": ["A drug offence"],
        "q-dates": {"conviction_date": "2019-02-28"},
    }
    summary = walk(registry, given)
    assert summary.result == "r-summary"
    assert summary.crimes == ["controlled-substance"] and summary.facts == {"conviction_date": "2019-02-28"}
    assert walk(registry, given | {"q-custody": ["Not sure"]}).crimes is None  # unknown, not "none apply"
    with pytest.raises(WalkError, match="q-dates: conviction_date: expected"):
        walk(registry, given | {"q-dates": {"conviction_date": "2019-02-30"}})


def test_a_checklist_answer_does_not_say_where_it_leads(tmp_path):
    data = with_checklist(tmp_path, "{label: Not sure,", "{label: Not sure, next: r-summary,")
    assert problems(data) == [
        "data/questions.yaml:8: questions[q-custody]: a checklist leads to one next step, given on the step, not on its answers"
    ]


def test_a_details_step_asks_only_for_dates_and_numbers(tmp_path):
    data = with_checklist(tmp_path, "fact: conviction_date", "fact: in_custody")
    (line,) = problems(data)
    assert line.startswith("data/questions.yaml:19: questions[q-dates].fields[0].fact: expected one of 'sentence_days'")
    assert line.endswith("got 'in_custody'")


def test_a_details_step_needs_its_fields(tmp_path):
    data = with_checklist(tmp_path, "  fields:\n    - {fact: conviction_date, label: Conviction date}\n", "")
    assert problems(data) == [
        "data/questions.yaml:15: questions[q-dates]: a details step asks for fields (at least one), not answers"
    ]
