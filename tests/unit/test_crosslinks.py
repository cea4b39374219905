"""Case citations in any page's prose link to the case, and abbreviations carry their meaning."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros.citations import case_citations, case_key, law_citation, year_fits_reporter
from macros.crosslinks import CrossLinker
from macros.loader import load

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


@pytest.fixture(scope="module")
def linker():
    return CrossLinker(load(VALID))


def test_a_citation_in_prose_links_to_the_case_with_its_name(linker):
    html = "<p>See Matter of Pickering, 23 I&amp;N Dec. 621 (BIA 2003), on vacaturs.</p>"
    assert linker.enrich(html, "about.md") == (
        '<p>See <a class="pcr-cite" href="cases/matter-of-pickering.html">Matter of Pickering, 23 I&amp;N Dec. 621 (BIA 2003)</a>'
        ", on vacaturs.</p>"
    )


def test_links_are_relative_to_the_page(linker):
    html = linker.enrich("<p>Padilla v. Kentucky, 559 U.S. 356 (2010)</p>", "vehicles/pc-1473-7-a-1.md")
    assert 'href="../cases/padilla-v-kentucky.html"' in html


def test_a_case_page_does_not_link_to_itself(linker):
    html = "<p>Padilla v. Kentucky, 559 U.S. 356 (2010)</p>"
    assert linker.enrich(html, "cases/padilla-v-kentucky.md") == html


def test_unknown_cases_links_and_code_are_left_alone(linker):
    html = '<p>Strickland v. Washington, 466 U.S. 668 (1984)</p><p><a href="x.html">559 U.S. 356</a></p><code>559 U.S. 356</code>'
    assert linker.enrich(html, "about.md") == html


def test_abbreviations_get_their_meaning(linker):
    html = linker.enrich("<p>A CIMT conviction, not CIMTs or XCIMT.</p>", "about.md")
    assert html == '<p>A <abbr title="Crime involving moral turpitude">CIMT</abbr> conviction, not CIMTs or XCIMT.</p>'


def test_abbreviations_in_headings_are_left_alone(linker):
    html = "<h2>CIMT</h2>"
    assert linker.enrich(html, "about.md") == html


def test_citation_helpers():
    assert case_key("Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)") == "23 I. & N. Dec. 621"
    assert case_key("no citation here") is None
    assert year_fits_reporter("988 F.3d 1081", 2021)
    assert not year_fits_reporter("988 F.3d 1081", 1980)  # F.3d began in 1993
    assert law_citation("Cal. Penal Code § 1473.7") == "Cal. Code § 1473.7"


def test_a_california_citation_does_not_swallow_the_next_sentence():
    text = (
        "(People v. Superior Court (Zamudio) (2000) 23 Cal.4th 183). The person must show diligence "
        "and explain any delay (People v. Totari (2003) 111 Cal.App.4th 1202)."
    )
    linked = [text[start:end] for _, start, end in case_citations(text)]
    assert linked == ["(Zamudio) (2000) 23 Cal.4th 183", "People v. Totari (2003) 111 Cal.App.4th 1202"]


def test_only_the_enriched_text_changes_every_other_byte_stays(linker):
    kept = (
        '<div data-x="a > b" title=\'CIMT\'><!-- CIMT --><script>var s = "CIMT";</script>'
        "<textarea>CIMT</textarea><pre><code>CIMT</code></pre><h3>CIMT <em>x</em></h3>"
    )
    html = linker.enrich(kept + "<p>A &quot;CIMT&quot;.</p></div>", "about.md")
    assert html == kept + '<p>A "<abbr title="Crime involving moral turpitude">CIMT</abbr>".</p></div>'
