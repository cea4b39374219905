"""Every source is one click away: a citation alone derives a link to a free public copy, and an
address closed to the public gives way to it (macros/free_copies.py; the rule runs in the loader)."""

from __future__ import annotations

import pytest
from test_content_rules import broken
from test_loader_errors import dataset, fixture_text

from macros.free_copies import free_copy, link_of
from macros.loader import load

CASETEXT = "https://casetext.com/case/padilla-v-kentucky"


@pytest.mark.parametrize(
    ("citation", "address"),
    [
        ("559 U.S. 356 (2010)", "https://www.courtlistener.com/c/U.S./559/356/"),
        ("402 F.3d 116 (2d Cir. 2005)", "https://www.courtlistener.com/c/F.3d/402/116/"),
        ("People v. Kim (2009) 45 Cal.4th 1078", "https://www.courtlistener.com/c/Cal.%204th/45/1078/"),
        ("501 F. Supp. 3d 792", "https://www.courtlistener.com/c/F.%20Supp.%203d/501/792/"),
        ("23 I&N Dec. 621 (BIA 2003)", "https://www.justice.gov/eoir/precedent-decisions-volume-23"),
        ("27 I&N Dec. 674 (A.G. 2019)", "https://www.justice.gov/eoir/volume-27"),
        ("28 U.S.C. § 2255(f)", "https://www.law.cornell.edu/uscode/text/28/2255"),
        ("8 U.S.C. § 1229a(c)(7)", "https://www.law.cornell.edu/uscode/text/8/1229a"),
        ("8 C.F.R. § 1003.55(b)", "https://www.ecfr.gov/current/title-8/section-1003.55"),
        ("8 C.F.R. § 1208.16-1208.17", "https://www.ecfr.gov/current/title-8/section-1208.16"),
        ("8 C.F.R. part 1003", "https://www.ecfr.gov/current/title-8/part-1003"),
        ("89 Fed. Reg. 34864", "https://www.federalregister.gov/citation/89-FR-34864"),
        (
            "Cal. Penal Code § 1473.7(a)(1)",
            "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=PEN&sectionNum=1473.7.",
        ),
        (
            "Cal. Health & Safety Code 11361.8",
            "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=HSC&sectionNum=11361.8.",
        ),
    ],
)
def test_a_citation_derives_the_address_of_its_free_copy(citation, address):
    assert free_copy(citation).url == address


def test_what_has_no_free_copy_derives_none():
    assert free_copy("6 I&N Dec. 242 (BIA 1954)") is None  # EOIR has no page for volumes 1 to 9
    assert free_copy("9 FAM 302.4-2(A)") is None


def test_an_open_address_is_kept_and_a_closed_one_gives_way_to_the_free_copy():
    assert link_of("https://law.justia.com/x", "559 U.S. 356").href == "https://law.justia.com/x"
    derived = link_of("https://print.casetext.com/case/padilla", "559 U.S. 356")
    assert (derived.href, derived.derived_from) == ("https://www.courtlistener.com/c/U.S./559/356/", "CourtListener")
    assert link_of(CASETEXT, None) is None


def test_a_source_nobody_can_open_stops_the_load(tmp_path):
    assert broken(
        tmp_path,
        "cases",
        "    - title: Chaidez v. United States\n      citation: 568 U.S. 342",
        f"    - title: Chaidez v. United States\n      url: {CASETEXT}",
    ) == [
        "data/cases.yaml:29: cases[chaidez-v-united-states].sources[0]: expected a url the public can open, or a "
        "citation to derive a free copy from (a reported case, U.S.C., C.F.R., Fed. Reg., a California code) or a "
        f"no_public_copy note (casetext.com is closed to the public), got '{CASETEXT}'"
    ]


def test_a_source_with_no_copy_anywhere_may_say_what_was_searched(tmp_path):
    text = fixture_text("cases").replace(
        "    - title: Chaidez v. United States\n      citation: 568 U.S. 342",
        f"    - title: Chaidez v. United States\n      url: {CASETEXT}\n"
        "      no_public_copy: Searched the court's site, CourtListener and Justia; found only on casetext.",
    )
    assert "no_public_copy" in text
    assert load(dataset(tmp_path, cases=text)).get("chaidez-v-united-states").sources[0].no_public_copy


def test_a_check_by_date_comes_after_the_review(tmp_path):
    assert broken(tmp_path, "marijuana", "check_by: 2026-11-30", "check_by: 2026-11-01") == [
        "data/marijuana.yaml:21: marijuana[marijuana-possession-conviction].watch[1].check_by: "
        "expected a date after reviewed (2026-11-22), got 2026-11-01"
    ]
