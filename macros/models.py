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
import re
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Literal, get_args, get_origin

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    create_model,
    field_validator,
    model_validator,
)

from . import values

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


_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>|\[[^\]]+\]\([^)]*\)")


def _plain(value: str) -> str:
    """Text is shown as text: a tag or a Markdown link would reach readers as literal characters."""
    found = _MARKUP.search(value)
    if found:
        raise ValueError(
            f"expected plain text (no HTML tags or Markdown links: put links in sources), got {found.group(0)[:40]!r}"
        )
    return value


EntityId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True), AfterValidator(_plain)]
IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date)]
# Titles reach page <title> and navigation, which the theme prints unescaped: no angle brackets.
Title = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True, pattern=TITLE_PATTERN)]

ANY_KIND = ("vehicles", "cases", "relief", "crimes", "marijuana", "glossary", "jurisdictions")  # kinds with pages


def refs(*kinds: str) -> type:
    """A list of ids pointing at entities of ``kinds``."""
    return Annotated[list[EntityId], Ref(kinds or ANY_KIND)]


def ref(*kinds: str) -> type:
    """A single optional id pointing at an entity of ``kinds``."""
    return Annotated[EntityId | None, Ref(kinds or ANY_KIND)]


class Strict(BaseModel):
    """Unknown keys are typos; wrong YAML types are errors, not silent coercions."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, use_attribute_docstrings=True)


class Source(Strict):
    """Where a statement can be checked: a title plus a link and/or an official citation."""

    title: Text
    url: Annotated[str, StringConstraints(pattern=URL_PATTERN)] | None = None
    citation: Text | None = None
    note: Text | None = None
    no_public_copy: Text | None = None
    """Why no free public copy is linked: what was searched, when neither the address nor the
    citation opens for everyone (an unpublished order seen only on a closed site)."""

    @model_validator(mode="after")
    def _needs_a_pointer(self) -> Source:
        if not (self.url or self.citation):
            raise ValueError("a source needs a url or a citation")
        return self


class Watch(Strict):
    """A statement that may change any month: what to look for, where, and when to look again."""

    what: Text
    """What could change, and what it would mean for the statement."""
    look_at: Annotated[list[Source], Field(min_length=1)]
    """Where a change would show first: a docket, a rule-making page, a court's opinions."""
    check_by: IsoDate
    """The date by which the statement should be checked again; after it the page says so."""


class Identified(Strict):
    """Anything other records can point at by id."""

    id: EntityId
    """The entity's id: lower-case words joined by hyphens, unique across all the data."""


class Entity(Identified):
    """Fields every reference kind shares: a title, a summary, sources and the review date."""

    title: Title
    """The name shown as the page title."""
    summary: Text
    """One or two sentences saying what this is and why it matters."""
    sources: Annotated[list[Source], Field(min_length=1)]
    """Where each statement can be checked: a title with a link and/or an official citation."""
    reviewed: IsoDate
    """The date the entity was last checked against its sources."""
    added: IsoDate | None = None
    """The date the entity first appeared on the site (the updates feed lists it as new)."""
    verified: bool = True
    """False when part of the entry could not be confirmed against a stored source."""
    verification_note: Text | None = Field(
        default=None, description="What could not be confirmed; required when verified is false."
    )
    watch: list[Watch] = []
    """Statements on this page that may change soon, each with where to look and a check-by date."""
    search_boost: Annotated[float, Field(gt=1, le=5)] | None = Field(
        default=None,
        description="Lifts this page above others sharing its words in search (the page an advocate means).",
    )

    @model_validator(mode="after")
    def _unverified_says_why(self) -> Entity:
        if not self.verified and not self.verification_note:
            raise ValueError("verified: false needs a verification_note saying what is unconfirmed")
        return self


# --- Relief vehicles -------------------------------------------------------------------

REACHES = values.labels("reaches")
CHANGES = values.labels("change")
CUSTODY_RULES = values.labels("custody")
IMMIGRATION_EFFECTS = values.labels("effect", only=values.IMMIGRATION_EFFECTS)


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
    jurisdiction: Annotated[EntityId, Ref(("jurisdictions",))]
    """The court system where the vehicle is filed: the id of its jurisdiction page."""
    statute: Text
    """The statute or rule that creates the vehicle."""
    changes: Annotated[list[Literal[tuple(CHANGES)]], Field(min_length=1)]  # type: ignore[valid-type]
    """What the vehicle does to the conviction or sentence."""
    who_may_file: Text
    """Who may bring it, and when."""
    custody: Custody
    """Whether the person must be, or must no longer be, in custody."""
    deadline: Text
    """The time limit to file, and when it starts."""
    grounds: Annotated[list[Text], Field(min_length=1)]
    """The legal grounds the court can grant it on."""
    standard: Text
    """What must be shown, and how strongly."""
    immigration_effect: ImmigrationEffect
    """Whether immigration authorities give the result effect, and why."""
    key_cases: refs("cases") = []
    """Ids of the cases that shape the vehicle."""
    pitfalls: list[Text] = []
    """Mistakes that lose the motion or its immigration benefit."""
    tips: list[Text] = []
    """Practice suggestions."""
    related_vehicles: refs("vehicles") = []
    """Ids of vehicles to consider with this one."""
    reaches: Literal[tuple(REACHES)] | None = None  # type: ignore[valid-type]
    """pleas-only when the vehicle reaches only a conviction by plea (an advisement remedy, a plea
    withdrawal), never one after trial: the screening tool leaves it out after a trial."""
    history: list[HistoryEntry] = []
    """Dated changes in the law behind the vehicle."""


# --- Cases -----------------------------------------------------------------------------

COURTS = values.labels("court")
CASE_STATUSES = values.labels("case-status")


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
    """The official reporter citation, read by eyecite."""
    year: Annotated[int, Field(ge=1789, le=2100)]
    """The year of decision."""
    court: Literal[tuple(COURTS)]  # type: ignore[valid-type]
    """The deciding court or agency."""
    decided: IsoDate | None = None
    """The exact date of decision, when known."""
    holding: Text
    """What the case decided."""
    why_it_matters: Text
    """What the holding means for post-conviction relief."""
    topics: Annotated[list[Literal[values.keys("topic")]], Field(min_length=1)]  # type: ignore[valid-type]
    """The subjects the case is about."""
    status: CaseStatus
    """Whether the case is still good law, and what limited or overruled it."""
    related_cases: refs("cases") = []
    """Ids of cases read together with this one."""


# --- Crime categories and relief forms -------------------------------------------------

GROUND_TYPES = values.labels("ground-type")
BAR_EFFECTS = values.labels("effect", only=values.BAR_EFFECTS)  # in order of severity
RELIEF_GROUPS = values.labels("relief-group")


class Ground(Strict):
    type: Literal[tuple(GROUND_TYPES)]  # type: ignore[valid-type]
    statute: Text
    note: Text | None = None


class CrimeCategory(Entity):
    short_title: Annotated[str, StringConstraints(min_length=1, max_length=20, strip_whitespace=True)] = Field(
        description="A column heading for the relief-bars chart (20 characters at most)."
    )
    grounds: Annotated[list[Ground], Field(min_length=1)]
    """The removal grounds the category triggers, with their statutes."""
    threshold: Text | None = None
    """The sentence or other threshold that makes a conviction fall in the category."""
    exceptions: list[Text] = []
    """Convictions the category does not reach."""
    key_cases: refs("cases") = []
    """Ids of the cases that define the category."""


# --- Facts that bar rules are conditioned on --------------------------------------------
# A relief-bars cell is an ordered list of rules; each rule's ``when`` tests named facts about
# the person's record. The screening tool asks for these facts and evaluates the same rules
# (macros/bar_rules.py and bar-rules.js); the chart lets a reader enter them.

DAYS_PER_YEAR = 365  # immigration law counts a one-year sentence as 365 days (hence 364-day laws)


@dataclass(frozen=True)
class Fact:
    """A fact a rule may test: what it is, how it is measured, and a short code for chart cells."""

    label: str
    measure: Literal["days", "years", "count", "yes-no", "date", "choice", "text"]
    code: str = ""
    choices: tuple[str, ...] = ()


FACTS: dict[str, Fact] = {
    "sentence_days": Fact("sentence imposed for the conviction, counting suspended time", "days", "S"),
    "unsuspended_sentence_days": Fact("custody ordered for the conviction, not counting suspended time", "days", "J"),
    "aggregate_sentence_days": Fact("total of the sentences imposed for all convictions", "days", "Σ"),
    "confinement_days": Fact(
        "days confined as a result of convictions during the good-moral-character period", "days", "C"
    ),
    "time_served_days": Fact("time actually served in custody for the convictions", "days", "srv"),
    "max_sentence_days": Fact("maximum sentence the offence of conviction allows", "days", "max"),
    "felonies": Fact("felony convictions", "count", "F"),
    "misdemeanors": Fact("misdemeanor convictions", "count", "M"),
    "dui_convictions": Fact("convictions for driving under the influence", "count", "DUI"),
    "conviction_date": Fact("the conviction date (plea or verdict)", "date"),
    "proceedings_date": Fact("the date removal or deportation proceedings began", "date"),
    "offense_date": Fact("the date the offence was committed", "date"),
    "judgment_date": Fact("the date the criminal judgment (the sentence) was entered", "date"),
    "admission_date": Fact("the date of the first lawful admission to the U.S., in any status", "date"),
    "lpr_date": Fact("the date the person became a lawful permanent resident", "date"),
    "nta_date": Fact("the date the Notice to Appear was served", "date"),
    "final_order_date": Fact("the date the removal order became final", "date"),
    "plea_or_trial": Fact("how the conviction came about", "choice", "", ("plea", "trial")),
    "shown_by": Fact("what shows the conduct", "choice", "", ("conviction", "admission", "other-evidence")),
    "admitted_drug_offense": Fact("the admitted conduct is a controlled-substance offence", "yes-no", "drug"),
    "marijuana_30g": Fact(
        "the only drug offence is one simple possession of 30 grams or less of marijuana", "yes-no", "30g"
    ),
    "years_residence_at_offense": Fact(
        "years of continuous residence after admission when the offence was committed", "years", "res"
    ),
    "years_since_offense": Fact("years since the offence or conduct", "years", "ago"),
    "age_at_offense": Fact("age when the offence was committed", "years", "age"),
    "admitted_as_lpr": Fact(
        "admitted to the U.S. as a permanent resident at a port of entry (not adjusted inside the U.S.)",
        "yes-no",
        "LPR",
    ),
    "years_lawful_residence": Fact(
        "years of continuous lawful residence after admission as a permanent resident when proceedings began",
        "years",
        "LR",
    ),
    "statute": Fact("the statute of conviction, as the record gives it", "text"),
    "court_case": Fact("the court and case number", "text"),
    "hearing_date": Fact("the date of the next immigration court hearing", "date"),
    "in_custody": Fact(
        "still serving the criminal sentence: prison, jail, probation, parole or supervised release", "yes-no"
    ),
    "on_probation": Fact("probation, parole or a suspended sentence is still running", "yes-no", "prob"),
    "in_removal_proceedings": Fact("removal proceedings are pending", "yes-no", "proc"),
    "prior_cancellation": Fact(
        "granted cancellation of removal, suspension of deportation or 212(c) relief before", "yes-no", "prior"
    ),
    "incident_to_victimization": Fact(
        "the offence was caused by, or connected to, the abuse, trafficking or victimization", "yes-no", "link"
    ),
    "battered_not_primary_perpetrator": Fact(
        "the person was battered or subjected to extreme cruelty and was not the primary perpetrator of violence",
        "yes-no",
        "DV",
    ),
}
_DURATION = re.compile(r"^\s*(\d+)\s*(day|days|year|years)\s*$")


def _days(value: object) -> object:
    """``5 years`` is 1825 days and ``180 days`` is 180: thresholds read as the statutes say them."""
    if isinstance(value, str):
        match = _DURATION.match(value)
        if not match:
            raise ValueError(f"expected a number of days or a duration such as '180 days' or '5 years', got {value!r}")
        number, unit = int(match[1]), match[2]
        return number * DAYS_PER_YEAR if unit.startswith("year") else number
    return value


Days = Annotated[int, BeforeValidator(_days), Field(ge=0)]
Whole = Annotated[int, Field(ge=0)]


def _bounds(number: type) -> type[Strict]:
    """A comparison with a threshold: at least one bound, compared with the fact's value."""

    class Bounds(Strict):
        at_least: number | None = None  # type: ignore[valid-type]
        more_than: number | None = None  # type: ignore[valid-type]
        at_most: number | None = None  # type: ignore[valid-type]
        less_than: number | None = None  # type: ignore[valid-type]

        @model_validator(mode="after")
        def _has_a_bound(self):
            if all(v is None for v in self.model_dump().values()):
                raise ValueError("expected a threshold: at_least, more_than, at_most or less_than")
            return self

    return Bounds


class DateBounds(Strict):
    before: IsoDate | None = None
    on_or_after: IsoDate | None = None

    @model_validator(mode="after")
    def _has_a_bound(self) -> DateBounds:
        if self.before is None and self.on_or_after is None:
            raise ValueError("expected a date bound: before or on_or_after")
        return self


DaysBounds = create_model("DaysBounds", __base__=_bounds(Days))
NumberBounds = create_model("NumberBounds", __base__=_bounds(Whole))


def _test_type(fact: Fact) -> object:
    if fact.measure == "days":
        return DaysBounds
    if fact.measure in {"years", "count"}:
        return NumberBounds
    if fact.measure == "date":
        return DateBounds
    if fact.measure == "choice":
        return Literal[fact.choices]
    return bool


class _ConditionBase(Strict):
    @model_validator(mode="after")
    def _tests_something(self):
        if not self.model_dump(exclude_none=True):
            raise ValueError("expected at least one fact to test, such as sentence_days or felonies")
        return self


Condition = create_model(
    "Condition",
    __base__=_ConditionBase,
    __doc__="Facts that must all hold for a rule to apply (keys are fact names; see FACTS).",
    **{name: (_test_type(fact) | None, None) for name, fact in FACTS.items() if fact.measure != "text"},
)


class Rule(Strict):
    """One branch of a cell: the effect when the condition holds (no condition: otherwise)."""

    when: Condition | None = None  # type: ignore[valid-type]
    effect: Literal[tuple(BAR_EFFECTS)]  # type: ignore[valid-type]
    note: Text | None = None


CELL_CODE = r"^(?:[^\s<]|<[^A-Za-z/!\s]){1,6}$"  # "<" only before a digit or sign: never markup


class Bar(Strict):
    """One cell of the relief-bars chart: what a crime category does to this relief, as rules.

    Rules are tried in order; the first whose condition holds decides. The last rule has no
    condition: it says what holds otherwise.
    """

    crime: Annotated[EntityId, Ref(("crimes",))]
    rules: Annotated[list[Rule], Field(min_length=1)]
    statute: Text = Field(description="The INA section and its 8 U.S.C. section.")
    note: Text
    cases: refs("cases") = Field(default=[], description="Decisions behind a rule the statute does not spell out.")
    sources: list[Source] = Field(default=[], description="Regulations, policy manual chapters and other authority.")
    code: Annotated[str, StringConstraints(pattern=CELL_CODE)] | None = Field(
        default=None, description="A chart code of up to 6 characters, when the derived one does not read well."
    )
    reviewed: IsoDate
    verified: bool = True
    verification_note: Text | None = None

    @field_validator("rules")
    @classmethod
    def _otherwise_comes_last(cls, rules: list[Rule]) -> list[Rule]:
        *conditional, last = rules
        if last.when is not None:
            raise ValueError("expected the last rule to have no 'when': it says what holds otherwise")
        if any(rule.when is None for rule in conditional):
            raise ValueError("only the last rule may go without 'when': the rules after it could never apply")
        return rules

    @model_validator(mode="after")
    def _unverified_says_why(self) -> Bar:
        if not self.verified and not self.verification_note:
            raise ValueError("verified: false needs a verification_note saying what is unconfirmed")
        return self


class GeneralBar(Strict):
    """A rule of a relief form that holds whatever the crime category, such as naturalization's
    probation rule: when its condition holds, it has its effect on every conviction."""

    when: Condition  # type: ignore[valid-type]
    effect: Literal[tuple(BAR_EFFECTS)]  # type: ignore[valid-type]
    statute: Text
    note: Text
    cases: refs("cases") = []
    sources: list[Source] = []


class ReliefForm(Entity):
    short_title: Annotated[str, StringConstraints(min_length=1, max_length=24, strip_whitespace=True)] = Field(
        description="A row heading for the relief-bars chart (24 characters at most)."
    )
    group: Literal[tuple(RELIEF_GROUPS)]  # type: ignore[valid-type]
    """The kind of relief, for grouping in the chart."""
    statute: Text
    """The statute that creates the relief form."""
    who_qualifies: Text
    """Who may apply."""
    bars: list[Bar] = []
    """One rule cell per crime category: the ordered rules deciding whether the category bars this relief."""
    general_bars: list[GeneralBar] = Field(default=[], description="Rules that hold whatever the crime category.")
    key_cases: refs("cases") = []
    """Ids of the cases that shape eligibility."""
    related_relief: refs("relief") = []
    """Ids of relief forms to consider with this one."""


# --- Marijuana risks -------------------------------------------------------------------

ANSWERS = values.labels("answer")
CONSEQUENCES = values.labels("consequence")


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
    """The marijuana conduct at issue."""
    consequences: Consequences
    """Its effect on inadmissibility, deportability, good moral character and the waiver."""
    advice: list[Text] = []
    """What to do about it."""
    crimes: refs("crimes") = []
    """Ids of the crime categories the conduct falls in."""
    key_cases: refs("cases") = []
    """Ids of the cases on the conduct."""
    vehicles: refs("vehicles") = []
    """Ids of the vehicles that may help."""


# --- Glossary --------------------------------------------------------------------------


class GlossaryTerm(Entity):
    abbreviation: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9&.\-]{2,12}$")] | None = None
    """The abbreviation explained wherever it appears on the site."""
    see_also: refs() = []
    """Ids of related entries."""


# --- Screening tree --------------------------------------------------------------------
# Questions and results are the nodes of a graph (validated in macros/screening.py); answers
# lead to the next node and collect outcomes; a result ends a path and adds its own outcomes.

EXPLAINER_PATTERN = r"^[a-z0-9][a-z0-9/_-]*\.md(#[a-z0-9-]+)?$"


def _value_type(fact: Fact) -> object:
    if fact.measure in {"days", "years", "count"}:
        return Whole
    if fact.measure == "date":
        return IsoDate
    if fact.measure == "choice":
        return Literal[fact.choices]
    return bool


Known = create_model(
    "Known",
    __base__=Strict,
    __doc__="Facts an answer establishes (keys are fact names; see FACTS).",
    **{name: (_value_type(fact) | None, None) for name, fact in FACTS.items() if fact.measure != "text"},
)


class Answer(Strict):
    label: Text
    help: Text | None = None
    """A plain explanation shown under a checklist answer."""
    next: ref("questions") = None
    """Where a question's answer leads (a checklist's answers all lead to the checklist's next)."""
    outcomes: refs("outcomes") = []
    jurisdiction: ref("jurisdictions") = None
    """The court system the answer names: the screening offers only its vehicles."""
    sets: Known | None = None  # type: ignore[valid-type]
    """Facts the answer establishes, which decide the vehicles that fit (custody, plea or trial)."""
    crimes: Annotated[list[EntityId] | None, Ref(("crimes",))] = None
    """Crime categories the answer places the conviction in, for the relief-bars rules. An empty
    list says none apply; an answer without the key (such as "Not sure") leaves them unknown."""


class Entry(Strict):
    """A fact a details step asks for; every entry may be left blank."""

    fact: Literal[tuple(n for n, f in FACTS.items() if f.measure in ("date", "days", "years", "count", "text"))]  # type: ignore[valid-type]
    """A date, a number or a short text (kept in the page only): yes-or-no and choice facts are
    asked as questions."""
    label: Text
    help: Text | None = None


class Step(Identified):
    type: Literal["question", "checklist", "details", "result"]
    """A question (pick one answer), a checklist (tick any that apply), details (dates and numbers,
    each may be left blank) or a result (which ends the path)."""
    title: Text = Field(description="The question as asked, or the heading of a result.")
    help: Text | None = None
    """Help shown under the question."""
    answers: list[Answer] = []
    """The answers, each with the next step (for a question) and the outcomes it adds."""
    fields: list[Entry] = []
    """What a details step asks for."""
    next: ref("questions") = None
    """Where a checklist or details step leads."""
    outcomes: refs("outcomes") = []
    """Ids of the outcomes a result adds to the summary."""
    each_jurisdiction: ref("questions") = None
    """The next step for every state, D.C. and territory the answers do not name: the question
    then offers one answer per jurisdiction."""

    @model_validator(mode="after")
    def _shape(self) -> Step:
        kind = self.type
        if kind in ("question", "checklist") and len(self.answers) < 2 and not self.each_jurisdiction:
            raise ValueError(f"a {kind} needs at least two answers")
        if self.each_jurisdiction and kind != "question":
            raise ValueError("only a question can offer each_jurisdiction")
        if kind == "question" and (self.next or any(a.next is None for a in self.answers)):
            raise ValueError("a question's answers each say where they lead (next); the question itself does not")
        if kind in ("checklist", "details") and (not self.next or any(a.next for a in self.answers)):
            raise ValueError(f"a {kind} leads to one next step, given on the step, not on its answers")
        if kind == "details" and (not self.fields or self.answers):
            raise ValueError("a details step asks for fields (at least one), not answers")
        if kind != "details" and self.fields:
            raise ValueError("only a details step asks for fields")
        if kind == "result" and (self.answers or self.next):
            raise ValueError("a result ends the path: it has no answers and no next step")
        return self


class ExplainerLink(Strict):
    page: Annotated[str, StringConstraints(pattern=EXPLAINER_PATTERN)]
    label: Text


class Outcome(Entity):
    """What an answer or a result adds to the screening summary, with why it came up."""

    vehicles: refs("vehicles") = []
    """Ids of the vehicles to explore."""
    relief: refs("relief") = []
    """Ids of the relief forms to explore."""
    crimes: refs("crimes") = []
    """Ids of the crime categories to check."""
    marijuana: refs("marijuana") = []
    """Ids of the marijuana risks to check."""
    explainers: list[ExplainerLink] = []
    """Explainer pages to read."""
    gather: list[Text] = []
    """Documents to gather."""
    expert_check: Text | None = Field(default=None, description="What an expert must still look at.")
    state_vehicles: bool = False
    """Adds the chosen jurisdiction's page and those of its vehicles that fit the answers."""


# --- Deadlines the screening computes ----------------------------------------------------
# Each is a period counted from a date the reader enters (or from an earlier deadline), computed
# by macros/dates.py and its browser copy (dates.js) on the same JSON form.

DATE_FACTS = tuple(name for name, fact in FACTS.items() if fact.measure == "date")
PERIOD_PATTERN = r"^(0|[1-9][0-9]*) (day|days|year|years)$"


class Deadline(Entity):
    """A date the screening computes: a last day to act, a requirement met, or a date diligence
    runs from. A computed date is a guide to check, never a calculation to rely on."""

    kind: Literal["deadline", "milestone", "trigger"]
    """A last day to file (deadline), a date a requirement is met (milestone), or the date from
    which a duty of diligence runs (trigger)."""
    starts: list[Literal[DATE_FACTS]] = []  # type: ignore[valid-type]
    """The date facts it counts from: the latest of those the reader gave."""
    after: ref("deadlines") = None
    """Or an earlier deadline it counts from (a 2255 year runs from the day the judgment is final)."""
    period: Annotated[str, StringConstraints(pattern=PERIOD_PATTERN)]
    """How long: days are counted one by one; years end on the same day of the month (anniversary)."""
    stopped_by: list[Literal[DATE_FACTS]] = []  # type: ignore[valid-type]
    """Dates that may end the period before it is complete (the stop-time rule)."""
    jurisdiction: ref("jurisdictions") = None
    """Computed only when the conviction is in this court system."""
    note: Text
    """The catch a reader must check: tolling, weekends and holidays, exceptions."""

    @model_validator(mode="after")
    def _one_start(self) -> Deadline:
        if bool(self.starts) == bool(self.after):
            raise ValueError("a deadline counts either from date facts (starts) or from another deadline (after)")
        return self


# --- Jurisdictions ----------------------------------------------------------------------

LEVELS = values.labels("jurisdiction-level")
ROUTES = values.labels("route")
ADVISEMENT_RULES = values.labels("advisement-rule")
POSTAL_PATTERN = r"^[A-Z]{2}$"


class Route(Strict):
    """One of a jurisdiction's main ways back into a closed criminal case."""

    name: Text
    citation: Text
    """The statute or court rule that creates it."""
    route: Literal[tuple(ROUTES)]  # type: ignore[valid-type]
    deadline: Text
    """The time limit and when it starts."""
    custody: Text
    """Whether the person must be, or need not be, in custody."""
    vehicle: ref("vehicles") = None
    """The site's own page for this vehicle, when there is one."""


class Advisement(Strict):
    """What a court must tell a noncitizen before a plea, and what follows if it did not."""

    rule_type: Literal[tuple(ADVISEMENT_RULES)]  # type: ignore[valid-type]
    citation: Text | None = None
    year: Annotated[int, Field(ge=1789, le=2100)] | None = None
    """The year the rule was enacted or last amended, when a source gives it."""
    court_must_say: Text | None = None
    remedy: Text | None = None
    time_limit: Text | None = None
    searched: Text | None = None
    """What was searched, when no rule was found."""

    @model_validator(mode="after")
    def _says_enough(self) -> Advisement:
        if self.rule_type == "none-found" and not self.searched:
            raise ValueError("rule_type none-found needs 'searched': what was looked for, and where")
        if self.rule_type != "none-found" and not (self.citation and self.court_must_say):
            raise ValueError(f"rule_type {self.rule_type!r} needs its 'citation' and what the court must say")
        return self


class Jurisdiction(Entity):
    level: Literal[tuple(LEVELS)]  # type: ignore[valid-type]
    """A state, the District of Columbia, a territory, or the federal courts."""
    postal: Annotated[str, StringConstraints(pattern=POSTAL_PATTERN)]
    """The two-letter postal code (US for the federal courts): the tile on the map."""
    routes: Annotated[list[Route], Field(min_length=1)]
    """The main post-conviction routes, most used first."""
    advisement: Advisement
    """The immigration advisement rule, or what was searched when none was found."""
    padilla: Text
    """Whether Padilla v. Kentucky reaches pleas final before March 31, 2010, and any state-law route."""
    misdemeanor_max: Text
    """The longest jail term for a misdemeanor, with its citation."""
    law_364: Text
    """Any law capping misdemeanors at 364 days, and what immigration law makes of a retroactive one."""
    expungement: Text
    """Expungement, set-aside or sealing, and why it generally does not help for immigration."""
    diversion: Text
    """Diversion without a guilty plea, as against deferred adjudication after one."""


MODELS: dict[str, type[Identified]] = {
    "vehicles": Vehicle,
    "cases": Case,
    "relief": ReliefForm,
    "crimes": CrimeCategory,
    "marijuana": MarijuanaRisk,
    "glossary": GlossaryTerm,
    "questions": Step,
    "outcomes": Outcome,
    "deadlines": Deadline,
    "jurisdictions": Jurisdiction,
}


# --- Translations ----------------------------------------------------------------------
# A translation file, data/i18n/<language>/<kind>.yaml, repeats each entity's id and only the
# fields below, in that language. Each field keeps the English field's own type and
# constraints: the translation models are derived here, never written out a second time.

TRANSLATED_FIELDS: dict[str, tuple[str, ...]] = {
    "questions": ("title", "help", "answers", "fields"),
    "outcomes": ("title", "summary", "gather", "expert_check", "explainers"),
    "glossary": ("title", "summary"),
    "deadlines": ("title", "summary", "note"),
}
_TRANSLATED_PARTS: dict[type[BaseModel], tuple[str, ...]] = {
    Answer: ("label", "help"),
    Entry: ("label", "help"),
    ExplainerLink: ("label",),
}


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
    fields = {
        name: (_field_type(model, name), None if model.model_fields[name].default is None else ...)
        for name in _TRANSLATED_PARTS[model]
    }
    return create_model(f"{model.__name__}Translation", __base__=Strict, **fields)


@cache
def translation_model(kind: str) -> type[Identified]:
    """The schema of one entity in a translation file of ``kind``: its id and translated fields.

    Every field is optional here; whether a text the English has is missing is checked against
    the English entity (macros/translations.py), which knows what there is to translate.
    """
    model = MODELS[kind]
    fields = {name: (_translated_annotation(_field_type(model, name)) | None, None) for name in TRANSLATED_FIELDS[kind]}
    return create_model(f"{model.__name__}Translation", __base__=Identified, **fields)
