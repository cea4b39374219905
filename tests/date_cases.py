"""Date arithmetic cases, shared by the Python tests (tests/unit/test_dates.py) and the browser's
copy (tests/browser/test_screening_dates.py): month ends and leap years, where counting goes wrong."""

from __future__ import annotations

# (start, amount, unit, expected): days count one by one; years end on the anniversary, and a year
# from February 29 ends on February 28 (the earlier reading).
PERIODS = [
    ("2025-12-01", 90, "days", "2026-03-01"),  # a 90-day reopening window over a 28-day February
    ("2023-12-01", 90, "days", "2024-02-29"),  # ... and over a leap February
    ("2024-02-15", 14, "days", "2024-02-29"),  # 14 days to appeal (FRAP 4(b)(1)(A)) ending on a leap day
    ("2025-01-31", 30, "days", "2025-03-02"),  # from a month's last day
    ("2024-12-31", 1, "days", "2025-01-01"),  # across a year end
    ("2025-03-14", 1, "years", "2026-03-14"),  # the 2255 year, anniversary method (United States v. Hurst)
    ("2024-02-29", 1, "years", "2025-02-28"),  # a leap day's anniversary in a common year
    ("2024-02-29", 4, "years", "2028-02-29"),  # ... and in the next leap year
    ("2020-02-29", 5, "years", "2025-02-28"),  # the five-year good-moral-character period (INA 316(a))
    ("2019-08-31", 5, "years", "2024-08-31"),  # five years as a resident (INA 240A(a)(1)) from a month end
    ("2010-01-15", 7, "years", "2017-01-15"),  # seven years of residence (INA 240A(a)(2))
    ("2026-06-30", 0, "days", "2026-06-30"),  # a trigger: the date itself
]

# (start, end, whole years): a year is complete on the anniversary, not the day before.
YEARS = [
    ("2010-01-15", "2017-01-14", 6),
    ("2010-01-15", "2017-01-15", 7),
    ("2024-02-29", "2025-02-28", 0),
    ("2024-02-29", "2025-03-01", 1),
    ("2020-06-01", "2019-06-01", -1),
]
