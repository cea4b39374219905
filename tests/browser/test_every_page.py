"""Every built page over HTTP, from one shared visit (site_visit.py): axe-core finds no WCAG A/AA
violation, the structure is sound, nothing leaves the machine, the Spanish pages say so."""

from __future__ import annotations

import pytest
from htmlcheck import html_pages
from site_visit import EVERY_PAGE

pytestmark = pytest.mark.browser


def test_the_pages_axe_checks_pass_it(site_visit, site):
    assert site_visit.axe == {}
    if EVERY_PAGE:
        assert len(site_visit.axe_ran_on) == len(site_visit.lang)
    else:  # every hand-written page, every entity kind, every chart, both editions
        ran = set(site_visit.axe_ran_on)
        for family in ["vehicles/", "cases/", "relief/", "crimes/", "marijuana/", "charts/", "es/", "training/"]:
            assert any(p.startswith(family) for p in ran), family


def test_every_page_has_a_title_lang_unique_ids_names_and_one_main(site_visit):
    assert site_visit.structure == {}


def test_every_page_over_http_makes_no_outside_request(site_visit):
    assert site_visit.recorder.off_machine() == []
    assert site_visit.recorder.failed == []
    assert site_visit.recorder.errors == []


def test_every_spanish_page_says_it_is_spanish_and_axe_checks_them(site_visit, site):
    spanish = [p.relative_to(site).as_posix() for p in html_pages(site / "es")]
    assert spanish and {site_visit.lang[p] for p in spanish} == {"es"}
    assert {p for p in site_visit.axe_ran_on if p.startswith("es/")} >= {p for p in spanish if not p.endswith("-slides.html")}
    assert site_visit.axe == {}
