"""Small broken projects built end to end, as a person would run `make build`: the build stops
with exit code 1, prints one line per mistake and writes no site (no traceback, no half-built site)."""

from __future__ import annotations

import shutil

import pytest
from projects import FIXTURES, build, make_project


def broken_project(tmp_path, *, data: dict[str, tuple[str, str]] | None = None, page: str = ""):
    """The fixture project with text replaced in data files ({stem: (old, new)}) and lines added to
    the fixture home page."""
    data_dir = tmp_path / "data"
    shutil.copytree(FIXTURES / "valid", data_dir)
    for stem, (old, new) in (data or {}).items():
        path = data_dir / f"{stem}.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    docs = tmp_path / "docs"
    shutil.copytree(FIXTURES / "docs", docs)
    if page:
        home = docs / "index.md"
        home.write_text(home.read_text(encoding="utf-8") + "\n" + page + "\n", encoding="utf-8")
    return make_project(tmp_path / "project", data_dir, docs)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line and not line.startswith("Aborted")]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"cases": ("reviewed: 2026-11-22\n- id: chaidez", "reviewed: 2026-02-30\n- id: chaidez")},
            [
                "data/cases.yaml:16: cases[padilla-v-kentucky].reviewed: expected a date that exists on the calendar, got '2026-02-30'"
            ],
        ),
        (
            {
                "relief": ("years_residence_at_offense:", "years_residence_at_offence:"),
                "glossary": ("summary: A court order", "summary: A <b>court</b> order"),
            },
            [
                "data/glossary.yaml:3: glossary[vacatur].summary: expected plain text (no HTML tags or Markdown links: "
                "put links in sources), got '<b>'",
                "data/relief.yaml:16: relief[lpr-cancellation].bars[1].rules[0].when.years_residence_at_offence: "
                "unknown field 'years_residence_at_offence' (only the fields of the schema are allowed); "
                "did you mean 'years_residence_at_offense'?",
            ],
        ),
    ],
    ids=["impossible-date", "markup-and-unknown-fact"],
)
def test_broken_data_stops_the_build_with_one_line_per_problem(tmp_path, data, expected):
    result = build(broken_project(tmp_path, data=data), tmp_path / "site")
    assert result.returncode == 1
    assert error_lines(result) == [f"ERROR   -  {len(expected)} problem(s) in data/; nothing was built:", *expected]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_mistaken_macro_call_in_a_page_names_the_page_and_the_call(tmp_path):
    page = "{{ link('q-status') }} {{ link('no-such-id') }} {{ fact('padilla-v-kentucky', 'holdng') }}"
    result = build(broken_project(tmp_path, page=page), tmp_path / "site")
    assert result.returncode == 1
    assert error_lines(result) == [
        "ERROR   -  3 unknown reference(s) in docs/; nothing was built:",
        "docs/index.md: fact('padilla-v-kentucky', 'holdng'): 'padilla-v-kentucky' has no field 'holdng'",
        "docs/index.md: link('no-such-id'): no entity has the id 'no-such-id'",
        "docs/index.md: link('q-status'): 'q-status' is a screening question or result, which has no page to link to",
    ]
    assert not (tmp_path / "site").exists()
