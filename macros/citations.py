"""Legal citations, read with eyecite (Free Law Project): parse, normalise and check them."""

from __future__ import annotations

from functools import lru_cache

from eyecite import get_citations
from eyecite.models import FullCaseCitation, FullLawCitation


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


def year_fits_reporter(citation: str, year: int) -> bool:
    """True when ``year`` lies within the publication years of the citation's reporter edition."""
    for found in get_citations(citation):
        if isinstance(found, FullCaseCitation):
            edition = found.edition_guess or (found.all_editions[0] if found.all_editions else None)
            if edition is None:
                return False
            starts = edition.start.year if edition.start else 0
            ends = edition.end.year if edition.end else 9999
            return starts <= year <= ends
    return False


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
