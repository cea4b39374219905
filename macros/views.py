"""Shape validated entities into small view nodes that the page templates render.

Python decides *what* to show (labels, badges, links, tables); the Jinja templates decide
the markup, with autoescaping on, so no data string is ever trusted as HTML.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pydantic import BaseModel

from . import values
from .editions import DEFAULT_LANGUAGE
from .models import Entity, Ref
from .registry import KINDS, Registry

BASE_FIELDS = set(Entity.model_fields)
HIDDEN_FIELDS = {"abbreviation", "short_title", "postal"}  # shown in headings, chart columns and map tiles instead
CELL_FIELDS = {"bars", "general_bars"}  # relief-bars cells have views of their own (macros/bar_views.py)

# A field's values and their labels come from its value set (macros/values.py).
ENUM_LABELS: dict[str, dict[str, str]] = {field: values.labels(name) for field, name in values.FIELD_SETS.items()}
LABELS = {
    "standard": "Burden and standard",
    "reaches": "Convictions it reaches",
    "who_may_file": "Who may file",
    "who_qualifies": "Who qualifies",
    "immigration_effect": "Immigration effect",
    "key_cases": "Key cases",
    "tips": "Practice tips",
    "pitfalls": "Common pitfalls",
    "related_vehicles": "Related vehicles",
    "related_cases": "Related cases",
    "related_relief": "Related relief",
    "why_it_matters": "Why it matters",
    "by_text": "By",
    "see_also": "See also",
    "bars": "Criminal bars",
    "group": "Kind of relief",
    "good_moral_character": "Good moral character bar",
    "waiver": "Waiver available",
    "vehicles": "Vehicles that may help",
    "crimes": "Crime categories",
    "level": "Kind of jurisdiction",
    "routes": "Main post-conviction routes",
    "route": "Kind of route",
    "vehicle": "On this site",
    "advisement": "Immigration advisement",
    "rule_type": "Rule",
    "court_must_say": "What the court must say",
    "padilla": "Padilla and older pleas",
    "misdemeanor_max": "Longest misdemeanor sentence",
    "law_364": "364-day law",
    "expungement": "Expungement and sealing",
    "diversion": "Diversion",
}


def label_of(name: str) -> str:
    return LABELS.get(name, name.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Text:
    value: str
    kind: str = "text"


@dataclass(frozen=True)
class Badge:
    family: str
    value: str
    label: str
    icon: str = ""
    tone: str = "neutral"
    kind: str = "badge"


@dataclass(frozen=True)
class Badges:
    badges: list[Badge]
    kind: str = "badges"


@dataclass(frozen=True)
class Link:
    href: str
    label: str
    kind: str = "link"
    lang: str = ""  # set when the linked page is in another language than the page linking to it


@dataclass(frozen=True)
class Group:
    """Parts shown together; each part may carry a small label."""

    parts: list[tuple[str, object]]
    kind: str = "group"


@dataclass(frozen=True)
class Items:
    items: list[object]
    kind: str = "items"


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[object]]
    kind: str = "table"


@dataclass
class EntityView:
    """Everything an entity page shows, in display order."""

    entity: Entity
    kind: str
    facts: list[tuple[str, object]] = field(default_factory=list)
    sections: list[tuple[str, object]] = field(default_factory=list)
    backlinks: list[tuple[str, list[Link]]] = field(default_factory=list)


class ViewBuilder:
    """Builds views for pages at a given location, so every link is relative to that page."""

    def __init__(self, registry: Registry, page_src_uri: str, language: str = DEFAULT_LANGUAGE) -> None:
        self.registry = registry
        self.page = page_src_uri
        self.language = language

    def link(self, entity_id: str) -> Link:
        return Link(self.registry.href(entity_id, self.page), self.registry.get(entity_id).title)

    def badge(self, name: str, value: str) -> Badge:
        """The badge of an authored field's value (``name`` is the field)."""
        declared = values.value(values.FIELD_SETS[name], value)
        return Badge(name, value, declared.label[self.language], declared.icon, declared.tone)

    def entity(self, entity: Entity) -> EntityView:
        view = EntityView(entity, self.registry.kind_of(entity.id))
        for name, info in type(entity).model_fields.items():
            value = getattr(entity, name)
            if name in BASE_FIELDS | HIDDEN_FIELDS | CELL_FIELDS or value in (None, [], ""):
                continue
            node = self.value(name, value, info.metadata)
            is_section = (
                isinstance(value, list) and not _is_ref(info.metadata) and name not in ENUM_LABELS and name != "topics"
            )
            (view.sections if is_section else view.facts).append((label_of(name), node))
        view.backlinks = self.backlinks(entity.id)
        return view

    def value(self, name: str, value: object, metadata: list | tuple = ()) -> object:
        if _is_ref(metadata):
            ids = value if isinstance(value, list) else [value]
            links = [self.link(i) for i in ids if i]
            return links[0] if len(links) == 1 and not isinstance(value, list) else Items(links)
        if name in ENUM_LABELS:
            values = value if isinstance(value, list) else [value]
            return Badges([self.badge(name, v) for v in values])
        if isinstance(value, BaseModel):
            return self.model(value, name)
        if isinstance(value, list) and value and isinstance(value[0], BaseModel):
            return self.table(value)
        if isinstance(value, list):
            return Items([Text(str(v)) for v in value])
        return Text(str(value))

    def model(self, model: BaseModel, name: str = "") -> object:
        """A nested record: a table when it is made of records (rows headed by ``name``), else a group."""
        fields = type(model).model_fields
        if all(isinstance(getattr(model, n), BaseModel) for n in fields):
            sub = type(getattr(model, next(iter(fields))))
            return Table(
                [label_of(name) if name else "Item", *map(label_of, sub.model_fields)],
                [[Text(label_of(n)), *self.row(getattr(model, n))] for n in fields],
            )
        parts = [
            (
                "" if n in ENUM_LABELS or n in {"reason", "note", "change"} else label_of(n),
                self.value(n, getattr(model, n), info.metadata),
            )
            for n, info in fields.items()
            if getattr(model, n) not in (None, [], "")
        ]
        return Group(parts)

    def row(self, model: BaseModel) -> list[object]:
        fields = type(model).model_fields
        return [
            self.value(n, getattr(model, n), info.metadata) if getattr(model, n) not in (None, [], "") else Text("—")
            for n, info in fields.items()
        ]

    def table(self, models_: list[BaseModel]) -> Table:
        columns = [label_of(n) for n in type(models_[0]).model_fields]
        return Table(columns, [self.row(m) for m in models_])

    def backlinks(self, entity_id: str) -> list[tuple[str, list[Link]]]:
        """Entities that refer to this one, grouped by kind in the site's kind order."""
        grouped: dict[str, list[Link]] = {kind: [] for kind in KINDS}
        for reference in self.registry.backlinks(entity_id):
            kind = self.registry.kind_of(reference.source)
            if not KINDS[kind].pages or reference.field == "bars":  # a crime page shows its cells instead
                continue
            links = grouped[kind]
            link = self.link(reference.source)
            if link not in links:
                links.append(link)
        return [(KINDS[kind].plural, links) for kind, links in grouped.items() if links]


def inline_json(value: object) -> str:
    """JSON safe inside a <script> element: '</' and '<!--' cannot end or confuse it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _is_ref(metadata: list | tuple) -> bool:
    return any(isinstance(m, Ref) for m in metadata)
