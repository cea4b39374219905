"""Every built page over HTTP, from one visit of each share of the pages (site_visit.py): axe-core
finds no WCAG A/AA violation, the structure is sound, nothing leaves the machine, the Spanish pages
say so. Each share is a class, so the two test workers visit the shares side by side."""

from __future__ import annotations

import pytest
from htmlcheck import html_pages
from projects import ROOT
from site_visit import EVERY_PAGE, Visit, hand_written_pages, visit_pages

pytestmark = pytest.mark.browser


@pytest.fixture(scope="class")
def visit(request, browser, site, http_site) -> Visit:
    """One visit of the pages of the requesting class's share."""
    written = hand_written_pages(ROOT / "docs")
    every = [p.relative_to(site).as_posix() for p in html_pages(site)]
    share = [p for p in every if (p in written) == request.cls.hand_written]
    return visit_pages(browser, site, http_site, share, written)


class _EveryPageOfOneShare:
    hand_written: bool  # the share: the hand-written pages, or the generated ones

    def test_the_pages_axe_checks_pass_it(self, visit):
        assert visit.axe == {}
        if EVERY_PAGE or self.hand_written:
            assert sorted(visit.axe_ran_on) == sorted(visit.lang)
        else:  # every entity kind
            for family in ["vehicles/", "cases/", "relief/", "crimes/", "marijuana/"]:
                assert any(p.startswith(family) for p in visit.axe_ran_on), family

    def test_every_page_has_a_title_lang_unique_ids_names_and_one_main(self, visit):
        assert visit.structure == {}

    def test_every_page_over_http_makes_no_outside_request(self, visit):
        assert visit.recorder.off_machine() == []
        assert visit.recorder.failed == []
        assert visit.recorder.errors == []

    def test_every_spanish_page_says_it_is_spanish_and_axe_checks_them(self, visit):
        spanish = [p for p in visit.lang if p.startswith("es/")]
        assert spanish or not self.hand_written, "the Spanish edition's pages are hand-written"
        assert {visit.lang[p] for p in spanish} <= {"es"}
        assert {p for p in visit.axe_ran_on if p.startswith("es/")} >= {
            p for p in spanish if not p.endswith("-slides.html")
        }


class TestHandWrittenPages(_EveryPageOfOneShare):
    hand_written = True


class TestGeneratedPages(_EveryPageOfOneShare):
    hand_written = False
