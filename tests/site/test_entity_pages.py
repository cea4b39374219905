"""Every entity in data/ is published: its own page, a place in its kind's index, search and navigation,
and on that page the disclaimer, review date, sources and (when due) the Unverified badge."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from htmlcheck import broken_link, soup_of

from macros.models import Identified
from macros.registry import KINDS, Registry

PAGE_KINDS = {kind: info for kind, info in KINDS.items() if info.pages}


def at_root(registry: Registry, entity_id: str) -> str:
    """The entity's page relative to the site root, with the anchor when it shares a page."""
    return registry.href(entity_id, "index.md")


def html_of(src_uri: str) -> str:
    return src_uri.removesuffix(".md") + ".html"


def own_pages(registry: Registry) -> list[tuple[Identified, str]]:
    """Entities that have a page of their own (glossary terms share one) and where it is."""
    return [(e, at_root(registry, e.id)) for e in registry.all() if not PAGE_KINDS[registry.kind_of(e.id)].one_page]


def test_every_entity_has_its_generated_page(site, registry):
    assert registry.all(), "no entities loaded from data/"
    ids_cache: dict[Path, set[str]] = {}
    missing = [
        f"{registry.kind_of(e.id)}[{e.id}]: {why}"
        for e in registry.all()
        if (why := broken_link(site, site / "index.html", at_root(registry, e.id), ids_cache))
    ]
    assert missing == []


def test_every_kind_has_its_index_page(site):
    missing = [
        html_of(info.index_uri) for info in PAGE_KINDS.values() if not (site / html_of(info.index_uri)).is_file()
    ]
    assert missing == []


def test_each_kind_index_lists_every_entity_of_its_kind_flagging_the_unverified(site, registry):
    problems = [
        p for kind, info in PAGE_KINDS.items() if not info.one_page for p in index_problems(site, registry, kind)
    ]
    assert problems == []


def index_problems(site: Path, registry: Registry, kind: str) -> list[str]:
    """Entities missing from their kind's index, or listed with the wrong Unverified flag."""
    index = KINDS[kind].index_uri
    items = soup_of(site / html_of(index)).select("ul.pcr-index > li")
    listed = {a["href"]: item for item in items if (a := item.find("a", href=True))}
    problems = []
    for entity in registry.of_kind(kind):
        item = listed.get(registry.href(entity.id, index))
        if not item:
            problems.append(f"{kind}[{entity.id}]: not listed")
        elif bool(item.select_one(".pcr-badge--unverified")) == entity.verified:
            problems.append(f"{kind}[{entity.id}]: Unverified badge {'shown' if entity.verified else 'missing'}")
    return problems


def test_every_entity_page_shows_disclaimer_review_date_sources_and_unverified_badge(site, registry):
    problems = []
    for entity, path in own_pages(registry):
        article = soup_of(site / path).select_one("article.md-content__inner") if (site / path).is_file() else None
        found = page_problems(article, entity) if article else ["no page with an article"]
        problems += [f"{path}: {problem}" for problem in found]
    assert problems == []


def test_every_glossary_term_shows_its_review_date_sources_and_unverified_badge(site, registry):
    terms = registry.of_kind("glossary")
    assert terms, "no glossary terms loaded from data/"
    soup = soup_of(site / html_of(KINDS["glossary"].index_uri))
    problems = []
    for term in terms:
        heading = soup.find("h2", id=term.id)
        block = heading.find_next_sibling("div", class_="pcr-term") if heading else None
        found = (
            [*review_problems(block, term), *sources_problems(block.select_one("ol.pcr-sources"), term)]
            if block
            else ["no term block"]
        )
        problems += [f"glossary.html#{term.id}: {problem}" for problem in found]
    assert problems == []


def page_problems(article: Tag, entity: Identified) -> list[str]:
    """What an entity page fails to show that a reader needs to weigh it."""
    disclaimer = article.select_one("aside.pcr-disclaimer")
    problems = []
    if not disclaimer or "legal education, not legal advice" not in disclaimer.get_text().lower():
        problems.append("no 'Legal education, not legal advice' note")
    heading = article.find("h2", id="sources")
    if not heading:
        problems.append("no Sources section")
    listing = heading.find_next_sibling("ol", class_="pcr-sources") if heading else None
    return problems + review_problems(article, entity) + sources_problems(listing, entity)


def review_problems(scope: Tag, entity: Identified) -> list[str]:
    """The reviewed date must be the data's, and the Unverified badge shown exactly when unverified."""
    problems = []
    review = scope.select_one(".pcr-review")  # the entity's own: cells on the page carry their own below it
    time = review.select_one(".pcr-badge--reviewed time") if review else None
    if not time or time.get("datetime") != entity.reviewed.isoformat():
        problems.append(f"reviewed date is not {entity.reviewed.isoformat()}")
    badge = review.select_one(".pcr-badge--unverified") if review else None
    shown = bool(badge and "Unverified" in badge.get_text())
    if shown == entity.verified:
        problems.append("shows the Unverified badge although verified" if shown else "no Unverified badge")
    return problems


def sources_problems(listing: Tag | None, entity: Identified) -> list[str]:
    """One list item per source in the data: a reader can check every claim."""
    shown = len(listing.find_all("li", recursive=False)) if listing else 0
    return [] if shown == len(entity.sources) else [f"{shown} sources shown, {len(entity.sources)} in the data"]


def test_generated_pages_are_in_the_search_index(site, registry):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    missing = [at_root(registry, e.id) for e in registry.all() if at_root(registry, e.id) not in locations]
    assert missing == []


def test_every_kind_index_is_in_the_top_navigation(site):
    expected = {html_of(info.index_uri) for info in PAGE_KINDS.values()}
    assert sorted(expected - nav_links(soup_of(site / "index.html"))) == []


def test_every_generated_page_is_in_the_navigation(site, registry):
    """A page in the navigation is marked there as current; one left out of it is not."""
    pages = {path.partition("#")[0] for path in (at_root(registry, e.id) for e in registry.all())}
    missing = [page for page in sorted(pages) if not (site / page).is_file() or not in_own_nav(site / page)]
    assert missing == []


def in_own_nav(page: Path) -> bool:
    return page.name in nav_links(soup_of(page), active=True)


def nav_links(soup: BeautifulSoup, *, active: bool = False) -> set[str]:
    """Pages the primary navigation links to (only the current page's entry, with ``active``)."""
    selector = "a.md-nav__link--active" if active else "a.md-nav__link"
    return {a["href"] for a in soup.select(f"nav.md-nav--primary {selector}[href]")}
