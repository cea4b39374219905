"""Enrich rendered HTML: case citations link to their case pages, abbreviations get their meaning.

Runs on every page's HTML (generated, hand-written and chart HTML alike), so the site
cross-links itself without anyone typing a link. Text inside links, code, headings, scripts and
form controls is left alone.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

from .citations import case_citations, case_key
from .registry import Registry

SKIP_PARENTS = {
    "a",
    "abbr",
    "button",
    "code",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "label",
    "pre",
    "script",
    "style",
    "title",
}
_CITATION_HINT = re.compile(r"\d+\s+[A-Z]")
_ENRICHED: dict[tuple, str] = {}  # (what links depend on, page HTML, page) -> enriched HTML


class CrossLinker:
    """Built once per data load; ``enrich`` is called once per page."""

    def __init__(self, registry: Registry, case_pages_language: str = "") -> None:
        """``case_pages_language``: set when case pages are in another language than the pages
        enriched (the Spanish edition links to English case pages), so the links say so."""
        self.registry = registry
        self.link_attributes = {"class": "pcr-cite"}
        if case_pages_language:
            self.link_attributes["hreflang"] = case_pages_language
        self.cases = {key: case.id for case in registry.of_kind("cases") if (key := case_key(case.citation))}
        self.abbreviations = {
            term.abbreviation: term.title
            for term in registry.of_kind("glossary")
            if getattr(term, "abbreviation", None)
        }
        names = sorted(self.abbreviations, key=len, reverse=True)
        self._abbr = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
        # What a page's links depend on. Across `mkdocs serve` rebuilds, a page whose HTML did
        # not change is not parsed again while these stay the same (a saved page is the miss).
        self._depends_on = (
            tuple(sorted(self.cases.items())),
            tuple(sorted(self.abbreviations.items())),
            tuple(sorted(self.link_attributes.items())),
        )

    def enrich(self, html: str, page: str) -> str:
        key = (self._depends_on, html, page)
        if key not in _ENRICHED:
            _ENRICHED[key] = self._enrich(html, page)
        return _ENRICHED[key]

    def _enrich(self, html: str, page: str) -> str:
        if not (_CITATION_HINT.search(html) or (self._abbr and self._abbr.search(html))):
            return html
        soup = BeautifulSoup(html, "html.parser")
        own = page.removesuffix(".md").rpartition("/")[2] if page.startswith("cases/") else None
        changed = False
        for text in list(soup.find_all(string=True)):
            if type(text) is NavigableString and not any(p.name in SKIP_PARENTS for p in text.parents):
                pieces = self._pieces(soup, str(text), page, own)
                if pieces:
                    for piece in pieces:
                        text.insert_before(piece)
                    text.extract()
                    changed = True
        return str(soup) if changed else html

    def _pieces(self, soup: BeautifulSoup, value: str, page: str, own: str | None) -> list | None:
        marks = self._citation_marks(value, own) + self._abbr_marks(value)
        if not marks:
            return None
        marks.sort()
        pieces: list = []
        cursor = 0
        for start, end, make in marks:
            if start < cursor:
                continue  # an abbreviation inside a citation: the citation wins
            pieces.append(NavigableString(value[cursor:start]))
            pieces.append(make(soup, value[start:end], page))
            cursor = end
        pieces.append(NavigableString(value[cursor:]))
        return pieces

    def _citation_marks(self, value: str, own: str | None) -> list:
        if not _CITATION_HINT.search(value):
            return []
        marks = []
        for key, start, end in case_citations(value):
            case_id = self.cases.get(key)
            if case_id and case_id != own:
                marks.append((start, end, self._case_link(case_id)))
        return marks

    def _case_link(self, case_id: str):
        def make(soup: BeautifulSoup, text: str, page: str):
            link = soup.new_tag("a", href=self.registry.href(case_id, page), attrs=dict(self.link_attributes))
            link.string = text
            return link

        return make

    def _abbr_marks(self, value: str) -> list:
        if not self._abbr:
            return []
        return [(m.start(), m.end(), self._abbr_tag) for m in self._abbr.finditer(value)]

    def _abbr_tag(self, soup: BeautifulSoup, text: str, page: str):
        tag = soup.new_tag("abbr", title=self.abbreviations[text])
        tag.string = text
        return tag
