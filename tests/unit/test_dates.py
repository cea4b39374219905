"""The dates the screening computes (macros/dates.py): period arithmetic at month ends and leap
years, year counts, and deadlines chained, filtered by court system and stopped by later dates."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from authored import registry
from date_cases import PERIODS, YEARS

from macros.dates import add_period, compute, deadline_data, derive, years_between
from macros.loader import load
from macros.problems import DataError

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"
DAY = datetime.date.fromisoformat
TODAY = DAY("2026-12-02")


@pytest.mark.parametrize(("start", "amount", "unit", "expected"), PERIODS)
def test_a_period_ends_where_the_rule_counts_it(start, amount, unit, expected):
    assert add_period(DAY(start), amount, unit) == DAY(expected)


@pytest.mark.parametrize(("start", "end", "years"), YEARS)
def test_whole_years_count_anniversaries(start, end, years):
    assert years_between(DAY(start), DAY(end)) == years


def deadlines() -> list[dict]:
    return [deadline_data(d) for d in registry().of_kind("deadlines")]


def by_id(found) -> dict:
    return {c.id: c for c in found}


def test_a_2255_year_runs_from_the_day_an_unappealed_judgment_is_final():
    """FRAP 4(b)(1)(A): 14 days to appeal; 28 U.S.C. 2255(f)(1): a year from finality."""
    found = by_id(compute(deadlines(), {"judgment_date": "2024-02-15"}, "federal", TODAY))
    assert found["d-federal-judgment-final"].date == DAY("2024-02-29")
    assert found["d-2255-year"].date == DAY("2025-02-28")
    assert found["d-2255-year"].start_fact == "d-federal-judgment-final"
    assert found["d-2255-year"].days_from_today == (DAY("2025-02-28") - TODAY).days < 0


def test_court_specific_dates_only_for_that_court():
    """The 2255 year is federal; PC 1473.7's diligence is California's."""
    facts = {"judgment_date": "2024-02-15", "nta_date": "2024-05-01"}
    assert "d-2255-year" not in by_id(compute(deadlines(), facts, "texas", TODAY))
    assert "d-1473-7-diligence" not in by_id(compute(deadlines(), facts, "federal", TODAY))
    assert "d-1473-7-diligence" in by_id(compute(deadlines(), facts, "california", TODAY))


def test_pc_1473_7_diligence_runs_from_the_later_notice():
    """PC 1473.7(b)(2): the later of the Notice to Appear and notice of a final removal order."""
    facts = {"nta_date": "2024-05-01", "final_order_date": "2025-01-31"}
    found = by_id(compute(deadlines(), facts, "california", TODAY))["d-1473-7-diligence"]
    assert (found.date, found.start_fact) == (DAY("2025-01-31"), "final_order_date")


def test_an_offence_inside_the_seven_years_may_stop_the_clock():
    """INA 240A(d)(1): an offence committed, or a complete NTA served, before the seven years end."""
    facts = {"admission_date": "2010-01-15", "offense_date": "2016-06-01", "nta_date": "2018-03-01"}
    found = by_id(compute(deadlines(), facts, "", TODAY))["d-seven-years-residence"]
    assert (found.date, found.stopped_on, found.stopped_by) == (DAY("2017-01-15"), DAY("2016-06-01"), "offense_date")
    later = by_id(compute(deadlines(), facts | {"offense_date": "2017-01-15"}, "", TODAY))["d-seven-years-residence"]
    assert later.stopped_on is None  # committed on the day the seven years are complete: too late to stop them


def test_no_date_no_deadline():
    assert compute(deadlines(), {}, "federal", TODAY) == []


def test_derived_years_follow_from_the_dates_and_never_override_a_count_given():
    facts = {"admission_date": "2008-03-01", "offense_date": "2012-01-10"}
    derived = derive(facts, TODAY)
    assert derived["years_residence_at_offense"] == 3
    assert derived["years_since_offense"] == 14
    assert derive(facts | {"years_since_offense": 2}, TODAY)["years_since_offense"] == 2
    assert "years_residence_at_offense" not in derive(
        {"admission_date": "2013-01-01", "offense_date": "2012-01-10"}, TODAY
    )


DEADLINE = """- id: d-reopen
  title: Last day for a motion to reopen
  kind: deadline
  starts: [final_order_date]
  period: 90 days
  summary: Ninety days from the final order.
  note: Tolling may extend it.
  sources:
    - {title: INA 240(c)(7)(C)(i), citation: 8 U.S.C. § 1229a(c)(7)(C)(i)}
  reviewed: 2026-12-02
"""


def deadline_problems(tmp_path, text: str) -> list[str]:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    (data / "deadlines.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load(data)
    return str(caught.value).splitlines()


def test_a_deadline_counts_from_dates_or_from_another_deadline_not_both(tmp_path):
    text = DEADLINE.replace("  period:", "  after: d-reopen\n  period:")
    assert deadline_problems(tmp_path, text) == [
        "data/deadlines.yaml:1: deadlines[d-reopen]: a deadline counts either from date facts (starts) or from another deadline (after)"
    ]


def test_a_deadline_period_is_days_or_years(tmp_path):
    (line,) = deadline_problems(tmp_path, DEADLINE.replace("90 days", "3 months"))
    assert line.startswith("data/deadlines.yaml:5: deadlines[d-reopen].period: expected")
    assert line.endswith("got '3 months'")


def test_a_deadline_starts_from_a_date_fact(tmp_path):
    (line,) = deadline_problems(tmp_path, DEADLINE.replace("[final_order_date]", "[sentence_days]"))
    assert line.startswith("data/deadlines.yaml:4: deadlines[d-reopen].starts[0]: expected one of 'conviction_date'")
