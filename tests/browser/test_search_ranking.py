"""Search lands on the page an advocate means: the real search (Material's lunr worker) over the
built site, in Chromium, for a list of queries in both editions."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# (edition folder, query, the title the first result must have)
QUERIES = [
    ("", "motion to reopen", "Immigration court after a vacatur"),
    ("", "1473.7", "Penal Code 1473.7(a)(1) (failure to understand immigration consequences)"),
    ("", "withholding", "Withholding of removal"),
    ("", "212(h)", "Waiver of criminal inadmissibility under INA 212(h)"),
    ("", "aggravated felony", "Aggravated felony"),
    ("", "citizen", "Could the person already be a U.S. citizen?"),
    ("es/", "crimen", "Glosario"),
]


@pytest.fixture(scope="module")
def search_page(browser, http_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page(), http_site
    context.close()


def first_results(page, base: str, folder: str, query: str, expected: str) -> list[str]:
    """The result titles once the search has answered the whole query (it answers as one types)."""
    page.goto(base + folder + "index.html")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    titles = page.locator(".md-search-result__item > .md-search-result__link h1")
    results: list[str] = []
    for _ in range(80):  # up to 20 s: the index loads and is indexed once search is first used
        results = titles.all_inner_texts()
        if results[:1] == [expected]:
            break
        page.wait_for_timeout(250)
    return results


@pytest.mark.parametrize(("folder", "query", "expected"), QUERIES, ids=[q for _, q, _ in QUERIES])
def test_the_page_meant_comes_first(search_page, folder, query, expected):
    page, base = search_page
    results = first_results(page, base, folder, query, expected)
    assert results[:1] == [expected], f"{query!r} gave {results[:4]}"
