"""Dates the screening computes from the dates a reader enters: deadlines, and facts in years.

Works on the deadlines' plain JSON form (:func:`deadline_data`), which is what the screening page
carries, so the browser's copy (``overrides/assets/javascripts/dates.js``) reads the same input;
parity tests feed both the same dates. ``today`` is always passed in: the browser uses the
reader's own calendar day.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from .models import Deadline


def add_period(day: datetime.date, amount: int, unit: str) -> datetime.date:
    """Days one by one; years to the same day of the month (the anniversary method), a year
    from February 29 ending on February 28, the earlier reading."""
    if unit.startswith("day"):
        return day + datetime.timedelta(days=amount)
    year = day.year + amount
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return datetime.date(year, 2, 28)
    return day.replace(year=year)


def years_between(start: datetime.date, end: datetime.date) -> int:
    """Whole years from ``start`` to ``end`` (negative when ``end`` is earlier): birthdays counted."""
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


# Facts in years that follow from two dates: (fact, from, to); "today" is the screening day.
DERIVED = (
    ("years_since_offense", "offense_date", "today"),
    ("years_residence_at_offense", "admission_date", "offense_date"),
)


def derive(facts: Mapping[str, object], today: datetime.date) -> dict[str, object]:
    """``facts`` with the year counts its dates give (a count the reader gave is kept)."""
    dated = {**{k: v for k, v in facts.items() if k.endswith("_date")}, "today": today.isoformat()}
    out = dict(facts)
    for name, start, end in DERIVED:
        if name not in out and dated.get(start) and dated.get(end):
            years = years_between(_day(dated[start]), _day(dated[end]))
            if years >= 0:
                out[name] = years
    return out


def _day(value: object) -> datetime.date:
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


# --- deadlines -------------------------------------------------------------------------


def deadline_data(deadline: Deadline) -> dict:
    amount, unit = deadline.period.split(" ")
    return {
        "id": deadline.id,
        "kind": deadline.kind,
        "starts": list(deadline.starts),
        "after": deadline.after,
        "amount": int(amount),
        "unit": "years" if unit.startswith("year") else "days",
        "stopped_by": list(deadline.stopped_by),
        "jurisdiction": deadline.jurisdiction,
    }


@dataclass(frozen=True)
class Computed:
    """One computed date: when it falls, what it counts from, and what may have stopped it."""

    id: str
    date: datetime.date
    start: datetime.date
    start_fact: str  # the fact (or deadline id) it counts from
    days_from_today: int  # negative once it has passed
    stopped_on: datetime.date | None = None
    stopped_by: str = ""  # the fact whose date may have stopped it


def compute(
    deadlines: list[dict], facts: Mapping[str, object], jurisdiction: str, today: datetime.date
) -> list[Computed]:
    """The deadlines the dates given allow, in the order written (an ``after`` names an earlier one)."""
    done: dict[str, Computed] = {}
    for deadline in deadlines:
        if deadline["jurisdiction"] and deadline["jurisdiction"] != jurisdiction:
            continue
        if deadline["after"]:
            earlier = done.get(deadline["after"])
            if earlier is None:
                continue
            start, start_fact = earlier.date, deadline["after"]
        else:
            known = [(_day(facts[f]), f) for f in deadline["starts"] if facts.get(f)]
            if not known:
                continue
            start, start_fact = max(known, key=lambda pair: pair[0])  # the first given, on a tie
        date = add_period(start, deadline["amount"], deadline["unit"])
        stops = sorted(((_day(facts[f]), f) for f in deadline["stopped_by"] if facts.get(f)), key=lambda p: p[0])
        stop = next(((day, f) for day, f in stops if start <= day < date), None)
        done[deadline["id"]] = Computed(
            deadline["id"],
            date,
            start,
            start_fact,
            (date - today).days,
            stop[0] if stop else None,
            stop[1] if stop else "",
        )
    return list(done.values())
