"""Other editions' texts: which English texts lack a translation, and the data in that language.

A translation entity (read by ``macros.loader.load_translation``) holds an id and the translated
fields of :data:`macros.models.TRANSLATED_FIELDS`; everything else (links, outcomes, sources,
dates) stays the English entity's own, so an edition can never say something the sourced
English data does not.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import BaseModel

from .editions import LANGUAGE_NAMES
from .models import TRANSLATED_FIELDS
from .problems import Problem
from .registry import Registry

if TYPE_CHECKING:
    from .loader import Record

# Every question, outcome and deadline is shown by the screening tool, so each needs its translation.
# Glossary terms are translated where an edition's pages use them (the page macro checks that).
COMPLETE_KINDS = ("questions", "outcomes", "deadlines")


class TranslatedRegistry(Registry):
    """A registry whose translatable texts are in ``language`` where ``translated_ids`` says so."""

    def __init__(self, records: list[Record], language: str, translated_ids: frozenset[str], original: Registry):
        super().__init__(records)
        self.language = language
        self.translated_ids = translated_ids
        self.original = original  # the English texts, for the term of art beside a translation


def missing_translations(
    registry: Registry, records: list[Record], language: str, folder: str, invalid: set[str] | None = None
) -> list[Problem]:
    """One problem per untranslated English text, unknown id or translation the English lacks.

    ``invalid`` names translations that failed their schema: already reported, so not "missing".
    """
    name = LANGUAGE_NAMES.get(language, language)
    problems: list[Problem] = []
    seen = set(invalid or ())
    for record in records:
        entity_id = record.entity.id
        seen.add(entity_id)
        if entity_id not in registry or registry.kind_of(entity_id) != record.kind:
            problems.append(
                Problem(
                    record.file,
                    record.line_of(("id",)),
                    record.label,
                    "id",
                    f"expected the id of an English {record.kind} entity, got '{entity_id}'",
                )
            )
            continue
        english = registry.get(entity_id)
        problems += _field_problems(record, english, name)
    for kind in COMPLETE_KINDS:
        for english in registry.of_kind(kind):
            if english.id not in seen:
                source = registry.record(english.id)
                problems.append(
                    Problem(
                        source.file,
                        source.line_of(("title",)),
                        source.label,
                        "title",
                        f"expected a {name} translation in {folder}/{kind}.yaml, found none",
                    )
                )
    return problems


def _field_problems(record: Record, english: BaseModel, language_name: str) -> list[Problem]:
    problems = []
    for field in TRANSLATED_FIELDS[record.kind]:
        original, translation = getattr(english, field), getattr(record.entity, field)

        # A missing field has no line of its own: point at the entity's id.
        line = record.line_of((field,) if translation is not None else ("id",))

        def problem(message: str, field: str = field, line: int = line) -> None:
            problems.append(Problem(record.file, line, record.label, field, message))

        if original in (None, []):
            if translation not in (None, []):
                problem(f"expected no {field}: the English entity has none")
        elif translation in (None, []):
            problem(f"expected the {language_name} text of {_quoted(original)}, got nothing")
        elif isinstance(original, list) and len(original) != len(translation):
            problem(f"expected {len(original)} items, as in the English, got {len(translation)}")
        elif isinstance(original, list):
            for index, (item, translated_item) in enumerate(zip(original, translation, strict=True)):
                for part in _parts(translated_item):
                    english_part, translated_part = getattr(item, part), getattr(translated_item, part)
                    if (english_part is None) != (translated_part is None):
                        where = f"{field}[{index}].{part}"
                        at = record.line_of((field, index))
                        if english_part is None:
                            problem(f"expected no {part}, got a text the English lacks", where, at)
                        else:
                            words = f"the {language_name} text of {_quoted(english_part)}"
                            problem(f"expected {words}, got nothing", where, at)
    return problems


def _parts(item: object) -> tuple[str, ...]:
    return tuple(type(item).model_fields) if isinstance(item, BaseModel) else ()


def _quoted(value: object) -> str:
    text = value if isinstance(value, str) else "; ".join(str(getattr(v, "label", v)) for v in value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


def translated(registry: Registry, records: list[Record], language: str) -> TranslatedRegistry:
    """``registry`` with the translated texts of ``records`` (already checked) put in place."""
    texts = {r.entity.id: r.entity for r in records}
    out = []
    for record in registry.records:
        translation = texts.get(record.entity.id)
        if translation is not None:
            record = replace(record, entity=_apply(record.entity, translation, TRANSLATED_FIELDS[record.kind]))
        out.append(record)
    return TranslatedRegistry(out, language, frozenset(texts), registry)


def _apply(entity: BaseModel, translation: BaseModel, fields: tuple[str, ...]) -> BaseModel:
    update = {}
    for field in fields:
        value = getattr(translation, field)
        if value is None:
            continue
        original = getattr(entity, field)
        if isinstance(original, list) and original and isinstance(original[0], BaseModel):
            value = [_apply(o, t, tuple(type(t).model_fields)) for o, t in zip(original, value, strict=True)]
        update[field] = value
    return entity.model_copy(update=update)
