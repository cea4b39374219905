"""Relief-bars cells as view nodes: the same cell on the relief page, the crime page and the chart.

A cell's rules read as sentences ("When ... : Bar. Otherwise: Needs analysis."), with its statute,
authority, note and review date; the chart adds a symbol and a short code for the grid.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from . import models
from .bar_rules import cell_code, describe
from .models import RELIEF_GROUPS, Bar, GeneralBar, ReliefForm, Source
from .registry import Registry
from .views import Badge, Link, ViewBuilder


def relief_in_order(registry: Registry) -> list[ReliefForm]:
    """Relief forms by group (the order of RELIEF_GROUPS), then as written."""
    groups = list(RELIEF_GROUPS)
    return sorted(registry.of_kind("relief"), key=lambda r: groups.index(r.group))


def relief_anchor(relief_id: str) -> str:
    return f"relief-{relief_id}"


def crime_anchor(crime_id: str) -> str:
    return f"bar-{crime_id}"


@dataclass(frozen=True)
class RuleLine:
    badge: Badge
    condition: str  # "When ..." / "Otherwise" / "" for a cell with a single rule
    note: str = ""


@dataclass(frozen=True)
class CellView:
    relief: Link
    crime: Link
    relief_id: str
    crime_id: str
    section_href: str  # the cell on its relief page
    rules: list[RuleLine]
    statute: str
    note: str
    cases: list[Link]
    sources: list[Source]
    reviewed: datetime.date
    verified: bool
    verification_note: str
    code: str
    code_fact: str  # the fact the code abbreviates ("" for none or a hand-written code)
    summary: str  # the rules in one line, for a grid cell's accessible name
    kind: str = "cell"

    @property
    def effect(self) -> str:
        """What holds otherwise (the last rule): the grid's symbol and colour."""
        return self.rules[-1].badge.value

    @property
    def icon(self) -> str:
        return self.rules[-1].badge.icon

    @property
    def tone(self) -> str:
        return self.rules[-1].badge.tone

    @property
    def exception(self) -> Badge | None:
        """The first rule's effect, shown with the code of its condition, when the cell has conditions."""
        return self.rules[0].badge if len(self.rules) > 1 else None


@dataclass(frozen=True)
class CellList:
    """Cells shown one after another, each headed by its crime category or its relief form."""

    cells: list[CellView]
    heading: str  # "crime" or "relief"
    conventions_href: str
    kind: str = "cells"


@dataclass(frozen=True)
class GeneralBarView:
    rule: RuleLine
    statute: str
    note: str
    cases: list[Link]
    sources: list[Source]
    kind: str = "general-bar"


def rule_lines(rules: list[models.Rule], views: ViewBuilder) -> list[RuleLine]:
    if len(rules) == 1:
        return [RuleLine(views.badge("effect", rules[0].effect), "", rules[0].note or "")]
    lines = []
    for index, rule in enumerate(rules):
        if rule.when is None:
            condition = "Otherwise"
        else:
            words = describe(rule.when.model_dump(mode="json", exclude_none=True))
            condition = f"{'When' if index == 0 else 'Otherwise, when'} {words}"
        lines.append(RuleLine(views.badge("effect", rule.effect), condition, rule.note or ""))
    return lines


def _summary(lines: list[RuleLine]) -> str:
    return "; ".join(f"{line.condition}: {line.badge.label}" if line.condition else line.badge.label for line in lines)


class CellViews:
    """Cell views for one page, so every link is relative to it."""

    def __init__(self, registry: Registry, page: str) -> None:
        self.registry = registry
        self.page = page
        self.views = ViewBuilder(registry, page)

    def cell(self, relief: ReliefForm, bar: Bar) -> CellView:
        lines = rule_lines(bar.rules, self.views)
        return CellView(
            relief=self.views.link(relief.id),
            crime=self.views.link(bar.crime),
            relief_id=relief.id,
            crime_id=bar.crime,
            section_href=f"{self.registry.href(relief.id, self.page)}#{crime_anchor(bar.crime)}",
            rules=lines,
            statute=bar.statute,
            note=bar.note,
            cases=[self.views.link(c) for c in bar.cases],
            sources=bar.sources,
            reviewed=bar.reviewed,
            verified=bar.verified,
            verification_note=bar.verification_note or "",
            code=cell_code(bar)[0],
            code_fact=cell_code(bar)[1],
            summary=_summary(lines),
        )

    def general(self, bar: GeneralBar) -> GeneralBarView:
        words = describe(bar.when.model_dump(mode="json", exclude_none=True))
        line = RuleLine(self.views.badge("effect", bar.effect), f"Whatever the crime category, when {words}")
        return GeneralBarView(line, bar.statute, bar.note, [self.views.link(c) for c in bar.cases], bar.sources)

    def of_relief(self, relief: ReliefForm) -> list[CellView]:
        """The relief form's cells in the column order of the crime categories."""
        order = [c.id for c in self.registry.of_kind("crimes")]
        return [self.cell(relief, b) for b in sorted(relief.bars, key=lambda b: order.index(b.crime))]

    def of_crime(self, crime_id: str) -> list[CellView]:
        """What the crime category does to each relief form, in the chart's row order."""
        return [
            self.cell(relief, bar)
            for relief in relief_in_order(self.registry)
            for bar in relief.bars
            if bar.crime == crime_id
        ]
