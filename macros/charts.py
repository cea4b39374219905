"""Comparison charts as small table objects, built from the registry and rendered by a template.

A chart is rows of cells; each cell holds a view node (text, badge, links), the link to the
entity section it summarises, and the values the browser script sorts and filters on. Every
chart is a view of the same validated records, so it cannot disagree with the entity pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from . import models, values
from .bar_rules import form_rules
from .bar_views import CellView, CellViews, GeneralBarView, relief_in_order
from .inline import UnknownReference
from .pages import CONVENTIONS_PAGE
from .registry import Registry, relative_href
from .screening import vehicles_of
from .tile_map import Shade, TileMap, coverage_of, tiles, vacatur_route
from .views import Badge, Badges, Items, Link, Text, ViewBuilder, inline_json


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    filterable: bool = False
    essential: bool = False
    title: str = ""  # full name shown as a tooltip when the label is short
    href: str = ""


@dataclass(frozen=True)
class Cell:
    node: object
    href: str = ""
    sort: str = ""
    filter: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    entity_id: str
    header: Cell
    cells: dict[str, Cell]


@dataclass(frozen=True)
class Chart:
    key: str
    caption: str
    row_label: str
    columns: list[Column]
    rows: list[Row]
    legend: list[tuple[Badge, str]] = field(default_factory=list)
    selection: bool = False  # a slice of the full chart (fewer rows or columns)

    @property
    def dom_id(self) -> str:
        """Unique per slice, so a page may hold the full chart and several slices of it."""
        if not self.selection:
            return f"chart-{self.key}"
        shape = ",".join([r.entity_id for r in self.rows] + ["|"] + [c.key for c in self.columns])
        return f"chart-{self.key}-{hashlib.sha1(shape.encode()).hexdigest()[:6]}"

    def only_columns(self, keys: list[str] | None, page: str) -> Chart:
        if keys is None:
            return self
        known = {c.key for c in self.columns}
        unknown = [k for k in keys if k not in known]
        if unknown:
            expected = ", ".join(sorted(known))
            wrong = ", ".join(unknown)
            raise UnknownReference(f"{page}: {self.key} chart: unknown column(s) {wrong}; expected some of {expected}")
        return replace(self, columns=[c for c in self.columns if c.key in keys], selection=True)

    def only_rows(self, keep: Callable[[str], bool]) -> Chart:
        rows = [r for r in self.rows if keep(r.entity_id)]
        return self if len(rows) == len(self.rows) else replace(self, rows=rows, selection=True)


class ChartBuilder:
    """Builds the four charts for one page, so every link is relative to that page."""

    def __init__(self, registry: Registry, page: str) -> None:
        self.registry = registry
        self.page = page
        self.views = ViewBuilder(registry, page)

    def section(self, entity_id: str, anchor: str) -> str:
        return f"{self.registry.href(entity_id, self.page)}#{anchor}"

    def row_header(self, entity_id: str, sort: str = "") -> Cell:
        entity = self.registry.get(entity_id)
        return Cell(Text(entity.title), self.registry.href(entity_id, self.page), sort or entity.title.lower())

    def legend(self, field: str, keys: list[str] | None = None) -> list[tuple[Badge, str]]:
        """Each value's badge and meaning, from its value set (macros/values.py)."""
        declared = values.VALUE_SETS[values.FIELD_SETS[field]]
        return [(self.views.badge(field, key), declared[key].meaning["en"]) for key in keys or declared]

    def links(self, ids: list[str]) -> Items:
        return Items([self.views.link(i) for i in ids])

    # --- 1. vehicles ------------------------------------------------------------------

    def vehicles(self) -> Chart:
        columns = [
            Column("jurisdiction", "Jurisdiction", filterable=True, essential=True),
            Column("changes", "What it changes", filterable=True),
            Column("who_may_file", "Who may file"),
            Column("custody", "Custody", filterable=True),
            Column("deadline", "Deadline or diligence rule"),
            Column("grounds", "Grounds"),
            Column("standard", "Burden and standard"),
            Column("immigration_effect", "Immigration effect", filterable=True, essential=True),
            Column("key_cases", "Key cases"),
        ]
        rows = [self._vehicle_row(v) for v in self.registry.of_kind("vehicles")]
        rows.sort(key=lambda r: (r.cells["jurisdiction"].sort, r.header.sort))
        return Chart(
            "vehicles",
            "Post-conviction relief vehicles compared",
            "Vehicle",
            columns,
            rows,
            self.legend("effect", list(models.IMMIGRATION_EFFECTS)),
        )

    def _vehicle_row(self, v: models.Vehicle) -> Row:
        badge = self.views.badge
        facts = self.section(v.id, "key-facts")
        effect = v.immigration_effect
        jurisdiction = self.registry.get(v.jurisdiction).title
        cells = {
            "jurisdiction": Cell(Text(jurisdiction), facts, jurisdiction.lower(), (jurisdiction,)),
            "changes": Cell(
                Badges([badge("changes", c) for c in v.changes]),
                facts,
                v.changes[0],
                tuple(models.CHANGES[c] for c in v.changes),
            ),
            "who_may_file": Cell(Text(v.who_may_file), facts),
            "custody": Cell(
                badge("rule", v.custody.rule), facts, v.custody.rule, (models.CUSTODY_RULES[v.custody.rule],)
            ),
            "deadline": Cell(Text(v.deadline), facts),
            "grounds": Cell(Items([Text(g) for g in v.grounds]), self.section(v.id, "grounds")),
            "standard": Cell(Text(v.standard), facts),
            "immigration_effect": Cell(
                Items([badge("effect", effect.effect), Text(effect.reason)]),
                facts,
                effect.effect,
                (models.IMMIGRATION_EFFECTS[effect.effect],),
            ),
            "key_cases": Cell(self.links(v.key_cases) if v.key_cases else Text("—")),
        }
        return Row(v.id, self.row_header(v.id), cells)

    # --- 2. criminal bars to relief: see BarsGrid below ------------------------------

    # --- 3. marijuana -----------------------------------------------------------------

    def marijuana(self) -> Chart:
        columns = [
            Column(key, label, filterable=True, essential=key != "waiver") for key, label in models.CONSEQUENCES.items()
        ]
        rows = []
        for risk in self.registry.of_kind("marijuana"):
            facts = self.section(risk.id, "key-facts")
            cells = {}
            for key in models.CONSEQUENCES:
                consequence = getattr(risk.consequences, key)
                cells[key] = Cell(
                    Items([self.views.badge("answer", consequence.answer), Text(consequence.basis)]),
                    facts,
                    consequence.answer,
                    (models.ANSWERS[consequence.answer],),
                )
            rows.append(Row(risk.id, self.row_header(risk.id), cells))
        return Chart(
            "marijuana",
            "Marijuana: conduct and its immigration consequences",
            "Conduct",
            columns,
            rows,
            self.legend("answer"),
        )

    # --- 4. key cases -----------------------------------------------------------------

    def cases(self) -> Chart:
        columns = [
            Column("year", "Year", essential=True),
            Column("court", "Court", filterable=True, essential=True),
            Column("citation", "Citation"),
            Column("topics", "Topics", filterable=True),
            Column("holding", "Holding in a line"),
            Column("status", "Status", filterable=True, essential=True),
        ]
        rows = [self._case_row(c) for c in self.registry.of_kind("cases")]
        rows.sort(key=lambda r: (r.cells["year"].sort, r.header.sort))
        return Chart("cases", "Key cases", "Case", columns, rows, self.legend("state"))

    def _case_row(self, case: models.Case) -> Row:
        court = models.COURTS[case.court]
        status_parts: list[object] = [self.views.badge("state", case.status.state)]
        if case.status.by:
            status_parts.append(self.views.link(case.status.by))
        if case.status.by_text:
            status_parts.append(Text(case.status.by_text))
        facts = self.section(case.id, "key-facts")
        topic_labels = values.labels("topic")
        topics = tuple(topic_labels[t] for t in case.topics)
        cells = {
            "year": Cell(Text(str(case.year)), facts, str(case.year)),
            "court": Cell(Text(court), facts, str(list(models.COURTS).index(case.court)).zfill(2), (court,)),
            "citation": Cell(Text(case.citation), facts, case.citation),
            "topics": Cell(Text(", ".join(topics)), facts, topics[0], topics),
            "holding": Cell(Text(case.summary), facts),
            # A cell that holds its own links is not wrapped in another one.
            "status": Cell(
                Items(status_parts),
                "" if case.status.by else facts,
                case.status.state,
                (models.CASE_STATUSES[case.status.state],),
            ),
        }
        return Row(case.id, self.row_header(case.id), cells)

    # --- 5. jurisdictions ----------------------------------------------------------------

    def jurisdictions(self) -> Chart:
        columns = [
            Column("level", "Kind", filterable=True),
            Column("advisement", "Advisement rule", filterable=True, essential=True),
            Column("remedy", "Its remedy and time limit", filterable=True),
            Column("route", "Main route and deadline", essential=True),
            Column("vehicles", "Vehicles on this site", filterable=True),
            Column("padilla", "Padilla and older pleas"),
            Column("law_364", "364-day law"),
        ]
        rows = [self._jurisdiction_row(j) for j in self.registry.of_kind("jurisdictions")]
        rows.sort(key=lambda r: r.header.sort)
        return Chart(
            "jurisdictions",
            "States, D.C., Puerto Rico and the federal courts compared",
            "Jurisdiction",
            columns,
            rows,
            self.legend("rule_type"),
        )

    def _jurisdiction_row(self, j: models.Jurisdiction) -> Row:
        facts = self.section(j.id, "key-facts")
        advisement = j.advisement
        rule = models.ADVISEMENT_RULES[advisement.rule_type]
        said = [self.views.badge("rule_type", advisement.rule_type)]
        if advisement.citation:
            said.append(Text(advisement.citation))
        remedy = " ".join(t for t in (advisement.remedy, advisement.time_limit) if t) or "—"
        own = self.vehicles_of(j.id)
        vacatur = self.views.badge("vacatur_route", vacatur_route(j))
        coverage = self.views.badge("coverage", coverage_of(own))
        first = j.routes[0]
        cells = {
            "level": Cell(Text(models.LEVELS[j.level]), facts, j.level, (models.LEVELS[j.level],)),
            "advisement": Cell(Items(said), facts, advisement.rule_type, (rule,)),
            "remedy": Cell(Items([vacatur, Text(remedy)]), facts, vacatur.value, (vacatur.label,)),
            "route": Cell(Items([Text(f"{first.name} ({first.citation})"), Text(first.deadline)]), facts),
            "vehicles": Cell(
                Items([coverage, *(self.views.link(v) for v in own)]),
                "",  # its own links: no whole-cell link around them
                coverage.value,
                (coverage.label,),
            ),
            "padilla": Cell(Text(j.padilla), facts),
            "law_364": Cell(Text(j.law_364), facts),
        }
        return Row(j.id, self.row_header(j.id), cells)

    def vehicles_of(self, jurisdiction: str) -> list[str]:
        return [v.id for v in vehicles_of(self.registry, jurisdiction)]

    def jurisdiction_map(self) -> TileMap:
        """The states as tiles, shaded and labelled by the chart column the reader picks."""
        shades = [
            Shade("advisement", "Advisement rule", "rule_type", lambda j: j.advisement.rule_type),
            Shade("remedy", "Vacatur for a missing warning", "vacatur_route", vacatur_route),
            Shade("vehicles", "Vehicles on this site", "coverage", lambda j: coverage_of(self.vehicles_of(j.id))),
        ]
        faces = lambda j: [self.views.badge(s.field, s.value_of(j)) for s in shades]  # noqa: E731
        legends = {
            s.key: [self.views.badge(s.field, k) for k in values.VALUE_SETS[values.FIELD_SETS[s.field]]] for s in shades
        }
        return TileMap(
            "map-jurisdictions", "States, D.C. and Puerto Rico", tiles(self.registry, self.page, faces), shades, legends
        )

    def timeline(self) -> list[tuple[int, list[tuple[Link, Badge, Badge]]]]:
        """Cases by year, oldest first: the chronological view."""
        years: dict[int, list] = {}
        for case in sorted(
            self.registry.of_kind("cases"), key=lambda c: (c.year, c.decided or date(c.year, 1, 1), c.title)
        ):
            years.setdefault(case.year, []).append(
                (
                    self.views.link(case.id),
                    self.views.badge("court", case.court),
                    self.views.badge("state", case.status.state),
                )
            )
        return sorted(years.items())


# --- the relief-bars grid ------------------------------------------------------------------


@dataclass(frozen=True)
class GridColumn:
    crime_id: str
    label: str
    title: str
    href: str


@dataclass(frozen=True)
class GridRow:
    relief_id: str
    label: str
    title: str
    href: str
    cells: list[tuple[GridColumn, CellView | None]]
    general: list[GeneralBarView]


@dataclass(frozen=True)
class BarsGrid:
    """Relief forms (rows, in groups) by crime categories (columns); each cell a sourced rule list."""

    dom_id: str
    columns: list[GridColumn]
    groups: list[tuple[str, list[GridRow]]]
    legend: list[tuple[Badge, str]]
    codes: list[tuple[str, str]]  # (code, what it stands for), for the codes the grid shows
    conventions_href: str
    data_json: str
    selection: bool

    @property
    def rows(self) -> list[GridRow]:
        return [row for _, rows in self.groups for row in rows]

    def detail_id(self, relief_id: str, crime_id: str) -> str:
        return f"{self.dom_id}-{relief_id}--{crime_id}"


def bars_grid(
    registry: Registry,
    page: str,
    relief: set[str] | None = None,
    crimes: set[str] | None = None,
) -> BarsGrid:
    """The grid for ``page``; ``relief`` and ``crimes`` keep a slice of it."""
    cells = CellViews(registry, page)
    views = cells.views
    columns = [
        GridColumn(c.id, c.short_title, c.title, registry.href(c.id, page))
        for c in registry.of_kind("crimes")
        if crimes is None or c.id in crimes
    ]
    groups: dict[str, list[GridRow]] = {}
    payload: dict[str, dict] = {"cells": {}, "general": {}}
    shown = {c.crime_id for c in columns}
    for form in relief_in_order(registry):
        if relief is not None and form.id not in relief:
            continue
        by_crime = {bar.crime: bar for bar in form.bars}
        row_cells = [
            (col, cells.cell(form, by_crime[col.crime_id]) if col.crime_id in by_crime else None) for col in columns
        ]
        row = GridRow(
            form.id,
            form.short_title,
            form.title,
            registry.href(form.id, page),
            row_cells,
            [cells.general(b) for b in form.general_bars],
        )
        groups.setdefault(models.RELIEF_GROUPS[form.group], []).append(row)
        rules_by_crime, payload["general"][form.id] = form_rules(form)
        payload["cells"][form.id] = {crime: rules for crime, rules in rules_by_crime.items() if crime in shown}
    used = {cell.code_fact for rows in groups.values() for row in rows for _, cell in row.cells if cell}
    codes = [(fact.code or "a year", fact.label) for name, fact in models.FACTS.items() if name in used]
    key = ",".join(sorted(relief or [])) + "|" + ",".join(sorted(crimes or []))
    dom_id = (
        "chart-bars"
        if relief is None and crimes is None
        else f"chart-bars-{hashlib.sha1(key.encode()).hexdigest()[:6]}"
    )
    payload["facts"] = {
        name: {"label": f.label, "measure": f.measure, "choices": list(f.choices)} for name, f in models.FACTS.items()
    }
    payload["crimes"] = {c.crime_id: c.title for c in columns}
    return BarsGrid(
        dom_id,
        columns,
        list(groups.items()),
        [(views.badge("effect", e), values.value("effect", e).meaning["en"]) for e in values.BAR_EFFECTS],
        codes,
        relative_href(CONVENTIONS_PAGE, page),
        inline_json(payload),
        relief is not None or crimes is not None,
    )
