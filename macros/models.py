"""The schemas of every entity kind: the only place where data fields are defined.

Naming convention, written once here:

* Authored YAML keys are the fields of these models, in ``snake_case``.
* Nothing computed lives on a model. Derived facts (an entity's URL, its backlinks, its
  kind) are answered by :class:`macros.registry.Registry`, whose method names are verbs
  or nouns that never collide with an authored key (``url_of``, ``backlinks``, ``kind_of``).

Cross-references are plain ids annotated with :class:`Ref`, which names the kinds a field
may point at. Ids are unique across the whole data set, so ``link("padilla-v-kentucky")``
needs no kind.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Literal, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, create_model, model_validator

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
URL_PATTERN = r"^https?://[^\s<>\"']+$"
TITLE_PATTERN = r"^[^<>\n]+$"


@dataclass(frozen=True)
class Ref:
    """Marks a field whose values are ids of entities of the given kinds."""

    kinds: tuple[str, ...]


def _iso_date(value: object) -> object:
    """Accept a quoted ISO date as well as YAML's own date; reject everything else."""
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value


EntityId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date)]
# Titles reach page <title> and navigation, which the theme prints unescaped: no angle brackets.
Title = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True, pattern=TITLE_PATTERN)]

ANY_KIND = ("vehicles", "cases", "relief", "crimes", "marijuana", "glossary")  # kinds with pages


def refs(*kinds: str) -> type:
    """A list of ids pointing at entities of ``kinds``."""
    return Annotated[list[EntityId], Ref(kinds or ANY_KIND)]


def ref(*kinds: str) -> type:
    """A single optional id pointing at an entity of ``kinds``."""
    return Annotated[EntityId | None, Ref(kinds or ANY_KIND)]


class Strict(BaseModel):
    """Unknown keys are typos; wrong YAML types are errors, not silent coercions."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Source(Strict):
    """Where a statement can be checked: a title plus a link and/or an official citation."""

    title: Text
    url: Annotated[str, StringConstraints(pattern=URL_PATTERN)] | None = None
    citation: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _needs_a_pointer(self) -> Source:
        if not (self.url or self.citation):
            raise ValueError("a source needs a url or a citation")
        return self


class Identified(Strict):
    """Anything other records can point at by id."""

    id: EntityId


class Entity(Identified):
    """Fields every reference kind shares: a title, a summary, sources and the review date."""

    title: Title
    summary: Text
    sources: Annotated[list[Source], Field(min_length=1)]
    reviewed: IsoDate
    verified: bool = True
    verification_note: Text | None = Field(
        default=None, description="What could not be confirmed; required when verified is false."
    )

    @model_validator(mode="after")
    def _unverified_says_why(self) -> Entity:
        if not self.verified and not self.verification_note:
            raise ValueError("verified: false needs a verification_note saying what is unconfirmed")
        return self


# --- Relief vehicles -------------------------------------------------------------------

JURISDICTIONS = {
    "california": "California",
    "federal": "Federal",
    "new-york": "New York",
    "texas": "Texas",
    "florida": "Florida",
    "illinois": "Illinois",
    "washington": "Washington",
    "oregon": "Oregon",
    "massachusetts": "Massachusetts",
    "new-jersey": "New Jersey",
}
CHANGES = {
    "vacates": "Vacates",
    "reduces": "Reduces the offence",
    "modifies-sentence": "Modifies the sentence",
    "clears-record": "Clears the record",
    "pardons": "Pardons",
}
CUSTODY_RULES = {
    "must-be-in-custody": "Must be in custody",
    "must-be-out-of-custody": "Must be out of custody",
    "either": "In or out of custody",
}
IMMIGRATION_EFFECTS = {
    "effective": "Effective",
    "not-effective": "Not effective",
    "depends": "Depends",
}


class Custody(Strict):
    rule: Literal[tuple(CUSTODY_RULES)]  # type: ignore[valid-type]
    note: Text | None = None


class ImmigrationEffect(Strict):
    effect: Literal[tuple(IMMIGRATION_EFFECTS)]  # type: ignore[valid-type]
    reason: Text
    authorities: refs("cases", "glossary") = []


class HistoryEntry(Strict):
    """A dated change in the law, so readers know which version applies."""

    year: Annotated[int, Field(ge=1789, le=2100)]
    change: Text


class Vehicle(Entity):
    jurisdiction: Literal[tuple(JURISDICTIONS)]  # type: ignore[valid-type]
    statute: Text
    changes: Annotated[list[Literal[tuple(CHANGES)]], Field(min_length=1)]  # type: ignore[valid-type]
    who_may_file: Text
    custody: Custody
    deadline: Text
    grounds: Annotated[list[Text], Field(min_length=1)]
    standard: Text
    immigration_effect: ImmigrationEffect
    key_cases: refs("cases") = []
    pitfalls: list[Text] = []
    tips: list[Text] = []
    related_vehicles: refs("vehicles") = []
    history: list[HistoryEntry] = []


# --- Cases -----------------------------------------------------------------------------

COURTS = {
    "us-supreme-court": "U.S. Supreme Court",
    "attorney-general": "Attorney General",
    "bia": "Board of Immigration Appeals",
    "first-circuit": "1st Cir.",
    "second-circuit": "2d Cir.",
    "third-circuit": "3d Cir.",
    "fourth-circuit": "4th Cir.",
    "fifth-circuit": "5th Cir.",
    "sixth-circuit": "6th Cir.",
    "seventh-circuit": "7th Cir.",
    "eighth-circuit": "8th Cir.",
    "ninth-circuit": "9th Cir.",
    "tenth-circuit": "10th Cir.",
    "eleventh-circuit": "11th Cir.",
    "california-supreme-court": "California Supreme Court",
    "california-court-of-appeal": "California Court of Appeal",
    "new-york-court-of-appeals": "New York Court of Appeals",
    "other-state-court": "Other state court",
}
CASE_STATUSES = {
    "good-law": "Good law",
    "limited": "Limited",
    "overruled": "Overruled",
    "abrogated": "Abrogated",
    "superseded": "Superseded",
}


class CaseStatus(Strict):
    state: Literal[tuple(CASE_STATUSES)]  # type: ignore[valid-type]
    by: ref("cases") = None
    by_text: Text | None = Field(default=None, description="The statute, rule or case not in the data.")
    note: Text | None = None

    @model_validator(mode="after")
    def _says_by_what(self) -> CaseStatus:
        if self.state != "good-law" and not (self.by or self.by_text):
            raise ValueError(f"status {self.state!r} needs 'by' (a case id) or 'by_text'")
        return self


class Case(Entity):
    citation: Text
    year: Annotated[int, Field(ge=1789, le=2100)]
    court: Literal[tuple(COURTS)]  # type: ignore[valid-type]
    decided: IsoDate | None = None
    holding: Text
    why_it_matters: Text
    topics: Annotated[list[EntityId], Field(min_length=1)]
    status: CaseStatus
    related_cases: refs("cases") = []


# --- Crime categories and relief forms -------------------------------------------------

GROUND_TYPES = {
    "inadmissibility": "Inadmissibility",
    "deportability": "Deportability",
    "definition": "Definition",
    "relief-bar": "Bar to relief",
}
BAR_EFFECTS = {
    "bar": "Bar",
    "waivable": "Waivable",
    "discretionary": "Discretionary factor",
    "no-bar": "No bar",
}


class Ground(Strict):
    type: Literal[tuple(GROUND_TYPES)]  # type: ignore[valid-type]
    statute: Text
    note: Text | None = None


class CrimeCategory(Entity):
    short_title: Text = Field(description="A column heading for the relief-bars chart.")
    grounds: Annotated[list[Ground], Field(min_length=1)]
    threshold: Text | None = None
    exceptions: list[Text] = []
    key_cases: refs("cases") = []


class Bar(Strict):
    """One cell of the relief-bars chart: what a crime category does to this relief."""

    crime: ref("crimes")
    effect: Literal[tuple(BAR_EFFECTS)]  # type: ignore[valid-type]
    statute: Text
    threshold: Text | None = None
    note: Text


class ReliefForm(Entity):
    statute: Text
    who_qualifies: Text
    bars: list[Bar] = []
    key_cases: refs("cases") = []
    related_relief: refs("relief") = []


# --- Marijuana risks -------------------------------------------------------------------

ANSWERS = {"yes": "Yes", "no": "No", "depends": "Depends"}
CONSEQUENCES = {
    "inadmissibility": "Inadmissibility",
    "deportability": "Deportability",
    "good_moral_character": "Good moral character bar",
    "waiver": "Waiver available",
}


class Consequence(Strict):
    answer: Literal[tuple(ANSWERS)]  # type: ignore[valid-type]
    basis: Text


class Consequences(Strict):
    inadmissibility: Consequence
    deportability: Consequence
    good_moral_character: Consequence
    waiver: Consequence


class MarijuanaRisk(Entity):
    conduct: Text
    consequences: Consequences
    advice: list[Text] = []
    crimes: refs("crimes") = []
    key_cases: refs("cases") = []
    vehicles: refs("vehicles") = []


# --- Glossary --------------------------------------------------------------------------


class GlossaryTerm(Entity):
    abbreviation: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9&.\-]{2,12}$")] | None = None
    see_also: refs() = []


# --- Screening tree --------------------------------------------------------------------
# Questions and results are the nodes of a graph (validated in macros/screening.py); answers
# lead to the next node and collect outcomes; a result ends a path and adds its own outcomes.

EXPLAINER_PATTERN = r"^[a-z0-9][a-z0-9/_-]*\.md(#[a-z0-9-]+)?$"


class Answer(Strict):
    label: Text
    next: ref("questions")
    outcomes: refs("outcomes") = []


class Step(Identified):
    type: Literal["question", "result"]
    title: Text = Field(description="The question as asked, or the heading of a result.")
    help: Text | None = None
    answers: list[Answer] = []
    outcomes: refs("outcomes") = []

    @model_validator(mode="after")
    def _shape(self) -> Step:
        if self.type == "question" and len(self.answers) < 2:
            raise ValueError("a question needs at least two answers")
        if self.type == "result" and self.answers:
            raise ValueError("a result ends the path: it has no answers")
        return self


class ExplainerLink(Strict):
    page: Annotated[str, StringConstraints(pattern=EXPLAINER_PATTERN)]
    label: Text


class Outcome(Entity):
    """What an answer or a result adds to the screening summary, with why it came up."""

    vehicles: refs("vehicles") = []
    relief: refs("relief") = []
    crimes: refs("crimes") = []
    marijuana: refs("marijuana") = []
    explainers: list[ExplainerLink] = []
    gather: list[Text] = []
    expert_check: Text | None = Field(default=None, description="What an expert must still look at.")


MODELS: dict[str, type[Identified]] = {
    "vehicles": Vehicle,
    "cases": Case,
    "relief": ReliefForm,
    "crimes": CrimeCategory,
    "marijuana": MarijuanaRisk,
    "glossary": GlossaryTerm,
    "questions": Step,
    "outcomes": Outcome,
}


# --- Translations ----------------------------------------------------------------------
# A translation file, data/i18n/<language>/<kind>.yaml, repeats each entity's id and only the
# fields below, in that language. Each field keeps the English field's own type and
# constraints: the translation models are derived here, never written out a second time.

TRANSLATED_FIELDS: dict[str, tuple[str, ...]] = {
    "questions": ("title", "help", "answers"),
    "outcomes": ("title", "summary", "gather", "expert_check", "explainers"),
    "glossary": ("title", "summary"),
}
_TRANSLATED_PARTS: dict[type[BaseModel], tuple[str, ...]] = {Answer: ("label",), ExplainerLink: ("label",)}


def _field_type(model: type[BaseModel], name: str) -> object:
    """A field's annotation with its constraints (pydantic keeps them apart, in ``metadata``)."""
    info = model.model_fields[name]
    return Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation


def _translated_annotation(annotation: object) -> object:
    """``list[Answer]`` becomes ``list[AnswerTranslation]``; plain text keeps its own type."""
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        if item in _TRANSLATED_PARTS:
            return list[_part_translation(item)]
    return annotation


@cache
def _part_translation(model: type[BaseModel]) -> type[Strict]:
    fields = {name: (_field_type(model, name), ...) for name in _TRANSLATED_PARTS[model]}
    return create_model(f"{model.__name__}Translation", __base__=Strict, **fields)


@cache
def translation_model(kind: str) -> type[Identified]:
    """The schema of one entity in a translation file of ``kind``: its id and translated fields.

    Every field is optional here; whether a text the English has is missing is checked against
    the English entity (macros/translations.py), which knows what there is to translate.
    """
    model = MODELS[kind]
    fields = {
        name: (_translated_annotation(_field_type(model, name)) | None, None)
        for name in TRANSLATED_FIELDS[kind]
    }
    return create_model(f"{model.__name__}Translation", __base__=Identified, **fields)
