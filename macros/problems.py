"""A data problem is one line a person can act on: file, line, entity, field, expectation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    entity: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.entity}.{self.field}" if self.field else self.entity
        return _one_line(f"{self.file}:{self.line}: {where}: {self.message}")


def _one_line(text: str) -> str:
    """Show unprintable characters as escapes, so one problem is always exactly one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


class DataError(Exception):
    """Raised once, after every problem in every data file has been collected."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
