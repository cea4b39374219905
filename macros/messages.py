"""Turn pydantic's validation errors into 'expected ..., got ...' sentences for data editors."""

from __future__ import annotations

import difflib
import re
from typing import Any

from . import models

PATTERN_NAMES = {
    models.ID_PATTERN: "a kebab-case id (lowercase letters and digits joined by single hyphens)",
    models.URL_PATTERN: "an http:// or https:// address",
    models.TITLE_PATTERN: "a one-line title without < or >",
    models.CELL_CODE: "a code of 1 to 6 characters, without spaces or markup",
    models.EXPLAINER_PATTERN: "the path of a page under docs/, such as 'explainers/vacatur.md'",
}


def _all_field_names() -> list[str]:
    names: set[str] = set()
    pending = [models.Strict]
    while pending:
        cls = pending.pop()
        names.update(cls.model_fields)
        pending.extend(cls.__subclasses__())
    return sorted(names)


def _got(value: Any) -> str:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{shown} ({type(value).__name__})" if not isinstance(value, str) else shown


def _unknown_field(error: dict) -> str:
    name = str(error["loc"][-1])
    # A name that exists elsewhere (``next`` in a translation) is no typo: suggest nothing then.
    match = [m for m in difflib.get_close_matches(name, _all_field_names(), n=2, cutoff=0.7) if m != name][:1]
    hint = f"; did you mean '{match[0]}'?" if match else ""
    return f"unknown field '{name}' (only the fields of the schema are allowed){hint}"


def _pattern(error: dict) -> str:
    wanted = PATTERN_NAMES.get(error.get("ctx", {}).get("pattern"), "text of the right form")
    return f"expected {wanted}, got {_got(error['input'])}"


def _literal(error: dict) -> str:
    return f"expected one of {error['ctx']['expected']}, got {_got(error['input'])}"


def _too_short(error: dict) -> str:
    if error["loc"] and error["loc"][-1] == "sources":
        return "expected at least one source (a title plus a url or citation), got none"
    return f"expected at least {error['ctx'].get('min_length', 1)} item(s), got none"


SIMPLE = {
    "missing": "required field is missing",
    "date_type": "expected a date YYYY-MM-DD",
    "date_parsing": "expected a date YYYY-MM-DD",
    "date_from_datetime_inexact": "expected a date YYYY-MM-DD without a time",
    "string_type": "expected text",
    "string_too_short": "expected non-empty text",
    "list_type": "expected a list",
    "int_type": "expected a whole number",
    "bool_type": "expected true or false",
    "model_type": "expected a mapping of fields",
    "dict_type": "expected a mapping of fields",
    "model_attributes_type": "expected a mapping of fields",
}
SPECIAL = {
    "extra_forbidden": _unknown_field,
    "string_pattern_mismatch": _pattern,
    "literal_error": _literal,
    "too_short": _too_short,
}


_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def describe_error(error: dict) -> str:
    """One readable sentence for one pydantic error."""
    kind = error["type"]
    if kind in {"date_type", "date_parsing"} and _DATE_SHAPE.match(str(error.get("input", ""))):
        return f"expected a date that exists on the calendar, got {_got(error['input'])}"
    if kind in SPECIAL:
        return SPECIAL[kind](error)
    if kind == "missing":
        return SIMPLE[kind]
    if kind in SIMPLE:
        return f"{SIMPLE[kind]}, got {_got(error['input'])}"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    return f"{error['msg'][0].lower()}{error['msg'][1:]}, got {_got(error['input'])}"
