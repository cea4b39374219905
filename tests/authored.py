"""The real ``data/`` as authored, read through the loader (the only module that reads YAML)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from macros.loader import load
from macros.registry import Registry

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def registry() -> Registry:
    return load(DATA)


def authored(kind: str) -> list[dict]:
    """Every entity of ``kind`` as the plain mapping its author wrote (defaults left out)."""
    return [entity.model_dump(exclude_unset=True) for entity in registry().of_kind(kind)]
