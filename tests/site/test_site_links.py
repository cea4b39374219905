"""Nothing on the built site leads nowhere: links, #anchors and the files pages load all exist."""

from __future__ import annotations

from pathlib import Path

from htmlcheck import broken_link, internal_links, on_site_loads


def test_every_internal_link_and_anchor_resolves(site):
    ids_cache: dict[Path, set[str]] = {}
    broken = [why for page, href in internal_links(site) if (why := broken_link(site, page, href, ids_cache))]
    assert broken == []


def test_every_script_stylesheet_and_image_a_page_loads_exists(site):
    ids_cache: dict[Path, set[str]] = {}
    missing = [why for page, src in on_site_loads(site) if (why := broken_link(site, page, src, ids_cache))]
    assert missing == []
