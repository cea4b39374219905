"""Content rules that one entity's schema cannot see: checks across fields and entities.

The loader runs them after every entity has passed its schema, and reports each problem like a
schema problem (``file:line: kind[id].field: expected ..., got ...``).
"""

from __future__ import annotations

from .problems import Problem
from .registry import Registry


def content_problems(registry: Registry) -> list[Problem]:
    return _bar_cells_once(registry)


def _bar_cells_once(registry: Registry) -> list[Problem]:
    """A relief form says once what each crime category does to it."""
    problems = []
    for relief in registry.of_kind("relief"):
        record = registry.record(relief.id)
        first: dict[str, int] = {}
        for index, bar in enumerate(relief.bars):
            if bar.crime not in first:
                first[bar.crime] = index
                continue
            line = record.line_of(("bars", first[bar.crime]))
            problems.append(
                Problem(
                    record.file,
                    record.line_of(("bars", index, "crime")),
                    record.label,
                    f"bars[{index}].crime",
                    f"expected each crime category once, got '{bar.crime}' again (first at line {line})",
                )
            )
    return problems
