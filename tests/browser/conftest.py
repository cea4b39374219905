"""The one shared visit of every page over HTTP (see site_visit.py)."""

from __future__ import annotations

import pytest
from projects import ROOT
from site_visit import Visit, hand_written_pages, visit_every_page


@pytest.fixture(scope="session")
def site_visit(browser, site, http_site) -> Visit:
    return visit_every_page(browser, site, http_site, hand_written_pages(ROOT / "docs"))
