"""Legal citations, read with eyecite (Free Law Project): parse, normalise and check them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

import eyecite.helpers
from eyecite import get_citations as _eyecite_citations
from eyecite.models import FullCaseCitation, FullLawCitation

# eyecite maps a court parenthetical ("9th Cir.") to a court by normalising all 2,800 court
# names with a regex on every call: a third of the build. The answer depends on the string only.
eyecite.helpers.get_court_by_paren = lru_cache(maxsize=1024)(eyecite.helpers.get_court_by_paren)


@lru_cache(maxsize=8192)
def get_citations(text: str) -> tuple:
    """eyecite's citations in ``text``, parsed once per distinct text (eyecite is slow)."""
    return tuple(_eyecite_citations(text))


@lru_cache(maxsize=4096)
def case_key(citation: str) -> str | None:
    """The normalised "volume reporter page" of the first case citation in ``citation``."""
    for found in get_citations(citation):
        if isinstance(found, FullCaseCitation):
            return found.corrected_citation()
    return None


def law_citation(citation: str) -> str | None:
    """The normalised statute or regulation citation eyecite reads in ``citation``, if any."""
    for found in get_citations(citation):
        if isinstance(found, FullLawCitation):
            return found.corrected_citation()
    return None


def _edition(citation: str):
    """The reporter edition eyecite takes the first case citation in ``citation`` to be, if any."""
    for found in get_citations(citation):
        if isinstance(found, FullCaseCitation):
            return found.edition_guess or (found.all_editions[0] if found.all_editions else None)
    return None


def year_fits_reporter(citation: str, year: int) -> bool:
    """True when ``year`` lies within the publication years of the citation's reporter edition."""
    edition = _edition(citation)
    if edition is None:
        return False
    starts = edition.start.year if edition.start else 0
    ends = edition.end.year if edition.end else 9999
    return starts <= year <= ends


def is_state_reporter(citation: str) -> bool:
    """True when the citation's reporter publishes state courts: a state's own or a regional one."""
    edition = _edition(citation)
    return edition is not None and edition.reporter.cite_type in {"state", "state_regional"}


MAX_TRAILING_PARENTHETICAL = 60


def case_citations(text: str) -> list[tuple[str, int, int]]:
    """(normalised citation, start, end) of every full case citation in ``text``; the span
    includes the case name and year parenthetical when eyecite finds them.

    After a California-style citation ("(2000) 23 Cal.4th 183") eyecite may stretch the span over
    the following sentences to the next parenthetical; such a tail is cut off at the citation.
    """
    spans = []
    for found in get_citations(text):
        if isinstance(found, FullCaseCitation):
            start, end = found.full_span()
            own_end = found.span()[1]
            tail = text[own_end:end]
            if len(tail) > MAX_TRAILING_PARENTHETICAL or ". " in tail:
                end = own_end
            if text.startswith("(", start) and text.count("(", start, end) > text.count(")", start, end):
                start += 1  # the opening bracket of a citation set in brackets stays outside the link
            spans.append((found.corrected_citation(), start, end))
    return spans


YEAR_IN_PARENS = re.compile(r"\((?:[^()]*?\s)?((?:17|18|19|20)\d\d)\)")


def _year_near(text: str, position: int, window: int = 80) -> int | None:
    """The parenthesised year closest to ``position`` in ``text`` (California puts it first)."""
    best: tuple[int, int] | None = None
    for match in YEAR_IN_PARENS.finditer(text):
        distance = min(abs(match.start() - position), abs(match.end() - position))
        if distance <= window and (best is None or distance < best[0]):
            best = (distance, int(match.group(1)))
    return best[1] if best else None


def case_years(text: str, context: str = "", known: Mapping[str, int] | None = None) -> list[tuple[str, int | None]]:
    """(normalised citation, year) for each full case citation in ``text``. The year comes from the
    citation itself, then from a year in parentheses next to it in ``text`` or in ``context`` (a
    source's title), then from ``known`` (the years of the cases in the data)."""
    found: list[tuple[str, int | None]] = []
    for citation in get_citations(text):
        if not isinstance(citation, FullCaseCitation):
            continue
        key = citation.corrected_citation()
        year = int(citation.metadata.year) if citation.metadata.year else None
        if year is None:
            year = _year_near(text, citation.span()[0])
        if year is None and context:
            volume_page = f"{citation.groups.get('volume', '')} "
            at = context.find(volume_page) if volume_page.strip() else -1
            year = _year_near(context, at) if at >= 0 else None
            if year is None:
                years = {int(y) for y in YEAR_IN_PARENS.findall(context)}
                year = years.pop() if len(years) == 1 else None
        if year is None and known:
            year = known.get(key)
        found.append((key, year))
    return found


def statute_normalises(text: str) -> list[str]:
    """The statute citations in ``text`` that eyecite reads but cannot normalise."""
    return [
        c.matched_text()
        for c in get_citations(text)
        if isinstance(c, FullLawCitation) and not c.corrected_citation().strip()
    ]
