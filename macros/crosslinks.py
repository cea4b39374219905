"""Enrich rendered HTML: case citations link to their case pages, abbreviations get their meaning.

Runs on every page's HTML (generated, hand-written and chart HTML alike), so the site
cross-links itself without anyone typing a link. Text inside links, code, headings, scripts and
form controls is left alone.

The HTML comes from Python-Markdown and the site's own templates, so it is well formed: the
page is read as a sequence of tags and text with one regular expression (a full parse of every
page took a third of the build), and every byte outside an enriched text stays as it was.
"""

from __future__ import annotations

import html as html_text
import re

from .citations import case_citations, case_key
from .registry import Registry

SKIP_PARENTS = ("a", "abbr", "button", "code", "h[1-6]", "label", "pre", "script", "style", "textarea", "title")
_ATTRIBUTES = r"""[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*"""
# What is copied as it is: a comment, an element whose text is left alone (none of them nests in
# itself, so its first closing tag ends it), or any other tag. Text lies between these.
_LEFT_AS_IS = re.compile(
    rf"<!--.*?-->|<({'|'.join(SKIP_PARENTS)})\b{_ATTRIBUTES}>.*?</\1\s*>|</?[A-Za-z]{_ATTRIBUTES}>|<!{_ATTRIBUTES}>",
    re.S | re.I,
)
REPORTER_MAX = 40  # characters between a volume and its page: "I&amp;N Dec.", "Cal.App.4th"
_ENRICHED: dict[tuple, str] = {}  # (what links depend on, page HTML, page) -> enriched HTML


class CrossLinker:
    """Built once per data load; ``enrich`` is called once per page."""

    def __init__(self, registry: Registry, case_pages_language: str = "") -> None:
        """``case_pages_language``: set when case pages are in another language than the pages
        enriched (the Spanish edition links to English case pages), so the links say so."""
        self.registry = registry
        self.link_attributes = ' class="pcr-cite"'
        if case_pages_language:
            self.link_attributes += f' hreflang="{html_text.escape(case_pages_language)}"'
        self.cases = {key: case.id for case in registry.of_kind("cases") if (key := case_key(case.citation))}
        self.abbreviations = {
            term.abbreviation: term.title
            for term in registry.of_kind("glossary")
            if getattr(term, "abbreviation", None)
        }
        # A text can cite a case of the data only if it holds that case's volume and, a reporter's
        # name later, its first page: eyecite (slow) reads only such texts.
        pages_of: dict[str, set[str]] = {}
        for key in self.cases:
            pages_of.setdefault(key.partition(" ")[0], set()).add(key.rpartition(" ")[2])
        self._volume = re.compile(rf"(?<!\d)({_one_of(pages_of)})(?!\d)") if pages_of else None
        self._page_of = {v: re.compile(rf"(?<!\d)(?:{_one_of(pages)})(?!\d)") for v, pages in pages_of.items()}
        names = sorted(self.abbreviations, key=len, reverse=True)
        self._abbr = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
        # What a page's links depend on. Across `mkdocs serve` rebuilds, a page whose HTML did
        # not change is not read again while these stay the same (a saved page is the miss).
        self._depends_on = (
            tuple(sorted(self.cases.items())),
            tuple(sorted(self.abbreviations.items())),
            self.link_attributes,
        )

    def enrich(self, html: str, page: str) -> str:
        key = (self._depends_on, html, page)
        if key not in _ENRICHED:
            _ENRICHED[key] = self._enrich(html, page)
        return _ENRICHED[key]

    def _enrich(self, html: str, page: str) -> str:
        if not (self._may_cite(html) or (self._abbr and self._abbr.search(html))):
            return html
        own = page.removesuffix(".md").rpartition("/")[2] if page.startswith("cases/") else None
        out: list[str] = []
        cursor = 0
        for kept in _LEFT_AS_IS.finditer(html):
            out.append(self._text(html[cursor : kept.start()], page, own))
            out.append(kept.group())
            cursor = kept.end()
        out.append(self._text(html[cursor:], page, own))
        return "".join(out)

    def _text(self, raw: str, page: str, own: str | None) -> str:
        """``raw`` (escaped HTML text) with its citations and abbreviations marked up."""
        if not raw.strip():
            return raw
        value = html_text.unescape(raw)
        marks = self._citation_marks(value, page, own) + self._abbr_marks(value)
        if not marks:
            return raw
        marks.sort()
        pieces: list[str] = []
        cursor = 0
        for start, end, make in marks:
            if start < cursor:
                continue  # an abbreviation inside a citation: the citation wins
            pieces.append(_escaped(value[cursor:start]))
            pieces.append(make(value[start:end]))
            cursor = end
        pieces.append(_escaped(value[cursor:]))
        return "".join(pieces)

    def _may_cite(self, text: str) -> bool:
        if self._volume:
            for volume in self._volume.finditer(text):
                if self._page_of[volume.group(1)].search(text, volume.end(), volume.end() + REPORTER_MAX + 10):
                    return True
        return False

    def _citation_marks(self, value: str, page: str, own: str | None) -> list:
        if not self._may_cite(value):
            return []
        marks = []
        for key, start, end in case_citations(value):
            case_id = self.cases.get(key)
            if case_id and case_id != own:
                opening = f'<a{self.link_attributes} href="{html_text.escape(self.registry.href(case_id, page))}">'
                marks.append((start, end, lambda text, opening=opening: f"{opening}{_escaped(text)}</a>"))
        return marks

    def _abbr_marks(self, value: str) -> list:
        if not self._abbr:
            return []
        return [(m.start(), m.end(), self._abbr_tag) for m in self._abbr.finditer(value)]

    def _abbr_tag(self, text: str) -> str:
        return f'<abbr title="{html_text.escape(self.abbreviations[text])}">{_escaped(text)}</abbr>'


def _escaped(text: str) -> str:
    return html_text.escape(text, quote=False)


def _one_of(words) -> str:
    return "|".join(map(re.escape, sorted(words)))
