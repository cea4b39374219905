"""The built Spanish edition: every Spanish page, its links, its language and its switcher."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from htmlcheck import soup_of

ROOT = Path(__file__).resolve().parents[2]
SPANISH_SOURCES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.es.md"))


def built(source: str) -> str:
    """``community/index.es.md`` → ``es/community/index.html``."""
    return "es/" + source.removesuffix(".es.md") + ".html"


def switcher(site: Path, page: str) -> dict[str, str]:
    """The language switcher's targets, as paths from the site root."""
    links = soup_of(site / page).select("a.md-select__link")
    return {a["hreflang"]: posixpath.normpath(posixpath.join(posixpath.dirname(page), a["href"])) for a in links}


def test_there_are_spanish_pages():
    assert {"index.es.md", "screening.es.md", "glossary.es.md", "about.es.md", "handouts/basics.es.md"} <= set(
        SPANISH_SOURCES
    )
    assert len([s for s in SPANISH_SOURCES if s.startswith("community/")]) >= 5


@pytest.mark.parametrize("source", SPANISH_SOURCES)
def test_every_spanish_page_is_built_in_spanish(site, source):
    soup = soup_of(site / built(source))
    assert soup.html["lang"] == "es"
    assert soup.select_one(".pcr-disclaimer strong").get_text() == "Educación legal, no asesoría legal."
    assert soup.select_one(".md-skip").get_text(strip=True) == "Saltar a contenido"  # Material's own Spanish


@pytest.mark.parametrize("source", SPANISH_SOURCES)
def test_every_link_of_a_spanish_page_resolves(site, source):
    page = built(source)
    missing = []
    for a in soup_of(site / page).select("a[href]"):
        parts = urlsplit(a["href"])
        if parts.scheme or parts.netloc or not parts.path:
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
        if not (site / target).is_file() or (parts.fragment and not soup_of(site / target).find(id=parts.fragment)):
            missing.append(a["href"])
    assert missing == []


@pytest.mark.parametrize("source", SPANISH_SOURCES)
def test_links_from_spanish_pages_into_english_pages_say_so(site, source):
    page = built(source)
    for a in soup_of(site / page).select("article a[href]:not([download])"):  # a download is no page
        parts = urlsplit(a["href"])
        if parts.scheme or not parts.path:
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), parts.path))
        if not target.startswith("es/"):
            assert a.get("hreflang") == "en", (page, a["href"])


def test_switcher_pairs_each_spanish_page_with_its_english_page(site):
    for source in SPANISH_SOURCES:
        english = source.removesuffix(".es.md") + ".html"
        has_english = (ROOT / "docs" / source.replace(".es.md", ".md")).is_file() or english == "glossary.html"
        expected_english = english if has_english else "index.html"
        assert switcher(site, built(source)) == {"en": expected_english, "es": built(source)}, source
        if has_english:
            assert switcher(site, english)["es"] == built(source)


def test_switcher_on_english_only_pages_leads_to_the_spanish_home(site):
    for page in ["vehicles/federal-2255.html", "explainers/marijuana.html", "charts/vehicles.html"]:
        assert switcher(site, page) == {"en": page, "es": "es/index.html"}


def test_generated_pages_stay_english(site):
    assert soup_of(site / "vehicles/federal-2255.html").html["lang"] == "en"
    assert not (site / "es/vehicles").exists()


def test_spanish_glossary_puts_the_english_term_beside_the_spanish(site):
    soup = soup_of(site / "es/glossary.html")
    term = soup.find("dt", id="vacatur")
    assert term.get_text(" ", strip=True) == "Anulación ( Vacatur )"
    assert term.find("span", lang="en").get_text() == "Vacatur"


def test_first_use_of_a_legal_term_keeps_the_english(site):
    text = soup_of(site / "es/community/post-conviction-relief.html").select_one("article").get_text(" ", strip=True)
    assert "anulación ( vacatur )" in text


def test_the_search_index_holds_spanish_pages_in_spanish(site):
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert set(index["config"]["lang"]) == {"en", "es"}
    spanish = [d for d in index["docs"] if d["location"].startswith("es/")]
    assert any("anulación" in d["text"] for d in spanish)
    assert (site / "search/search_index.js").read_text(encoding="utf-8").count("es/glossary.html") >= 1
