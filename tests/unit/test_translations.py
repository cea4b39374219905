"""Translations are validated like the data: a missing text stops the edition, one line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from macros.loader import load, load_translation
from macros.models import translation_model
from macros.problems import DataError
from macros.screening import walk

ROOT = Path(__file__).resolve().parents[2]
VALID = ROOT / "tests" / "fixtures" / "valid"

QUESTIONS = """\
- id: q-status
  title: ¿Qué estatus tiene la persona?
  help: Mire los documentos.
  answers:
    - label: Residente permanente
    - label: Ciudadano
- id: q-custody
  title: ¿Sigue la persona bajo custodia (custody)?
  answers:
    - label: Sí
    - label: "No"
- id: r-summary
  title: Su resumen
- id: r-citizen
  title: A los ciudadanos no los deportan
"""
OUTCOMES = """\
- id: o-lpr
  title: A un residente permanente lo pueden deportar
  summary: Revise las causales de deportación y los alivios.
  gather: [Tarjeta verde]
- id: o-out-of-custody
  title: Fuera de custodia en California
  summary: El PC 1473.7 se puede usar cuando termina la custodia.
  gather: [Prueba de que terminó la libertad condicional]
- id: o-expert
  title: Hable con un experto
  summary: Un experto tiene que leer los papeles.
  explainers:
    - {label: Por qué esto no es asesoría legal}
  expert_check: Si la anulación (vacatur) se basa en un defecto legal.
"""


def dataset(tmp_path: Path, questions: str = QUESTIONS, outcomes: str = OUTCOMES, **extra: str) -> Path:
    """The valid fixture dataset plus a Spanish translation (files under data/i18n/es/)."""
    data = tmp_path / "data"
    (data / "i18n" / "es").mkdir(parents=True)
    for path in VALID.glob("*.yaml"):
        (data / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    files = {"questions": questions, "outcomes": outcomes, **extra}
    for stem, text in files.items():
        (data / "i18n" / "es" / f"{stem}.yaml").write_text(text, encoding="utf-8")
    return data


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_translation(data, "es", load(data))
    return str(caught.value).splitlines()


def test_a_complete_translation_replaces_the_texts_and_keeps_the_tree(tmp_path):
    data = dataset(tmp_path)
    spanish = load_translation(data, "es", load(data))
    status = spanish.get("q-status")
    assert status.title == "¿Qué estatus tiene la persona?"
    assert [a.label for a in status.answers] == ["Residente permanente", "Ciudadano"]
    assert [a.next for a in status.answers] == ["q-custody", "r-citizen"]  # the English tree
    assert spanish.get("o-expert").explainers[0].page == "about.md#not-legal-advice"
    assert spanish.get("o-lpr").sources == load(data).get("o-lpr").sources  # sources stay English
    assert walk(spanish, {"q-status": "Residente permanente", "q-custody": "No"}).result == "r-summary"


def test_the_english_entity_files_ignore_the_translation_folder(tmp_path):
    assert "q-status" in load(dataset(tmp_path))


def test_a_question_without_its_spanish_help_fails_with_one_line(tmp_path):
    questions = QUESTIONS.replace("  help: Mire los documentos.\n", "")
    assert problems(dataset(tmp_path, questions=questions)) == [
        "data/i18n/es/questions.yaml:1: questions[q-status].help: expected the Spanish text of 'Look at the documents.', got nothing"
    ]


def test_an_answer_help_the_english_lacks_is_refused_with_its_place(tmp_path):
    """An answer's help (a checklist's plain explanation) is translated exactly where the English has one."""
    questions = QUESTIONS.replace("    - label: Ciudadano\n", "    - {label: Ciudadano, help: Nació aquí.}\n")
    assert problems(dataset(tmp_path, questions=questions)) == [
        "data/i18n/es/questions.yaml:6: questions[q-status].answers[1].help: expected no help, got a text the English lacks"
    ]


def test_an_untranslated_question_names_the_english_entity(tmp_path):
    questions = QUESTIONS.replace("- id: r-summary\n  title: Su resumen\n", "")
    assert problems(dataset(tmp_path, questions=questions)) == [
        "data/questions.yaml:16: questions[r-summary].title: expected a Spanish translation in data/i18n/es/questions.yaml, found none"
    ]


def test_answers_must_match_the_english_one_for_one(tmp_path):
    questions = QUESTIONS.replace("    - label: Ciudadano\n", "")
    assert problems(dataset(tmp_path, questions=questions)) == [
        "data/i18n/es/questions.yaml:5: questions[q-status].answers: expected 2 items, as in the English, got 1"
    ]


def test_a_translation_may_not_change_where_an_answer_leads(tmp_path):
    questions = QUESTIONS.replace("    - label: Ciudadano\n", "    - {label: Ciudadano, next: r-summary}\n")
    assert problems(dataset(tmp_path, questions=questions)) == [
        "data/i18n/es/questions.yaml:6: questions[q-status].answers[1].next: unknown field 'next' (only the fields of the schema are allowed)"
    ]


def test_empty_text_and_unknown_ids_are_reported_together(tmp_path):
    outcomes = OUTCOMES.replace("title: Hable con un experto", "title: ''") + "- id: o-nowhere\n  title: Nada\n"
    assert problems(dataset(tmp_path, outcomes=outcomes)) == [
        "data/i18n/es/outcomes.yaml:10: outcomes[o-expert].title: expected non-empty text, got ''",
        "data/i18n/es/outcomes.yaml:15: outcomes[o-nowhere].id: expected the id of an English outcomes entity, got 'o-nowhere'",
    ]


def test_glossary_terms_are_translated_only_where_needed(tmp_path):
    glossary = "- id: vacatur\n  title: Anulación\n  summary: Una orden que deja sin efecto una condena.\n"
    data = dataset(tmp_path, glossary=glossary)
    spanish = load_translation(data, "es", load(data))
    assert spanish.get("vacatur").title == "Anulación"
    assert spanish.translated_ids >= {"vacatur"}
    assert spanish.original.get("vacatur").title == "Vacatur"


def test_translation_schemas_keep_the_english_constraints():
    with pytest.raises(ValidationError):
        translation_model("glossary").model_validate({"id": "vacatur", "title": "a <b>"})  # titles: no markup
    assert set(translation_model("questions").model_fields) == {"id", "title", "help", "answers", "fields"}


def test_the_real_spanish_translation_is_complete():
    data = ROOT / "data"
    spanish = load_translation(data, "es", load(data))
    assert spanish.get("r-citizen").title == "A los ciudadanos no los deportan"
