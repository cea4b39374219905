"""A free public copy of the law a citation names, derived from the citation by code.

A source that gives only an official citation ("559 U.S. 356", "8 C.F.R. § 1003.55") still
gets a link a reader can open without a subscription: reported cases at CourtListener, the
U.S. Code at Cornell's Legal Information Institute, the C.F.R. at eCFR, the Federal Register at
federalregister.gov, California codes at the Legislature's site (in its own form, the section
number ending in a period) and I&N decisions at the Justice Department's page for their volume.
Addresses that no longer open to the public (casetext.com, shut down in 2025) give way to the
derived copy. Each address form was checked against pages and code of those sites and their
users (see the closing note of issue 14); the EOIR volume forms only against other people's code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urlsplit

from eyecite.models import FullCaseCitation, FullLawCitation

from .citations import get_citations

# Hosts whose pages are no longer open to the public: a link there is replaced by a free copy.
CLOSED_HOSTS = ("casetext.com",)

IN_DECISIONS = "I&N Dec."
FIRST_EOIR_VOLUME = 10  # the Justice Department's site has no page for volumes 1 to 9
CALIFORNIA_CODES = {  # the Legislature's code abbreviations (leginfo's lawCode parameter)
    "penal": "PEN",
    "health & safety": "HSC",
    "health and safety": "HSC",
    "vehicle": "VEH",
    "evidence": "EVID",
    "welfare & institutions": "WIC",
    "welfare and institutions": "WIC",
    "government": "GOV",
    "family": "FAM",
    "business & professions": "BPC",
    "business and professions": "BPC",
    "civil procedure": "CCP",
}
_CALIFORNIA = re.compile(
    r"\b(?:Cal(?:ifornia|\.)?\s+)?(" + "|".join(re.escape(name) for name in CALIFORNIA_CODES) + r")\s+Code"
    r"(?:\s*(?:§§?|sections?|secs?\.))?\s*(\d+(?:\.\d+)*)",
    re.IGNORECASE,
)


_FIRST_OF_RANGE = re.compile(r"-(?=\d+\.)")  # "208.16-208.17": a range of sections opens at its first


@dataclass(frozen=True)
class FreeCopy:
    url: str
    site: str


def _in_decisions_copy(volume: int) -> FreeCopy | None:
    """EOIR publishes a page per volume listing its decisions (a decision's own PDF address is not
    in its citation): volumes 10 to 26 under one address form, 27 onwards under another, and
    volumes 1 to 9 not at all."""
    if volume < FIRST_EOIR_VOLUME:
        return None
    path = f"volume-{volume}" if volume >= 27 else f"precedent-decisions-volume-{volume}"
    return FreeCopy(f"https://www.justice.gov/eoir/{path}", f"EOIR's list of volume {volume}")


def _case_copy(citation: FullCaseCitation) -> FreeCopy | None:
    groups = citation.groups
    if groups["reporter"] == IN_DECISIONS:
        return _in_decisions_copy(int(groups["volume"]))
    reporter = citation.corrected_reporter()
    return FreeCopy(
        f"https://www.courtlistener.com/c/{quote(reporter)}/{groups['volume']}/{groups['page']}/", "CourtListener"
    )


def _law_copy(citation: FullLawCitation) -> FreeCopy | None:
    groups = citation.groups
    reporter, section = groups.get("reporter"), groups.get("section")
    if reporter == "U.S.C." and section:
        return FreeCopy(f"https://www.law.cornell.edu/uscode/text/{groups['title']}/{section}", "Cornell LII")
    if reporter == "C.F.R." and section:
        section = _FIRST_OF_RANGE.split(section)[0]
        return FreeCopy(f"https://www.ecfr.gov/current/title-{groups['chapter']}/section-{section}", "eCFR")
    if reporter == "Fed. Reg." and groups.get("page"):
        return FreeCopy(
            f"https://www.federalregister.gov/citation/{groups['volume']}-FR-{groups['page']}", "Federal Register"
        )
    return None


# eyecite reads "8 U.S.C. § 1229" but not "§ 1229a", nor a C.F.R. part: read those here.
_USC = re.compile(r"\b(\d+)\s+U\.S\.C\.\s*(?:§§?\s*)?(\d+[a-z]*)")
_CFR_PART = re.compile(r"\b(\d+)\s+C\.F\.R\.\s+(?:part|pt\.)\s+(\d+)", re.IGNORECASE)


def _pattern_copy(text: str) -> FreeCopy | None:
    if found := _CALIFORNIA.search(text):
        code = CALIFORNIA_CODES[found[1].lower()]
        return FreeCopy(
            f"https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode={code}&sectionNum={found[2]}.",
            "California Legislature",
        )
    if found := _USC.search(text):
        return FreeCopy(f"https://www.law.cornell.edu/uscode/text/{found[1]}/{found[2]}", "Cornell LII")
    if found := _CFR_PART.search(text):
        return FreeCopy(f"https://www.ecfr.gov/current/title-{found[1]}/part-{found[2]}", "eCFR")
    return None


@lru_cache(maxsize=4096)
def free_copy(citation: str) -> FreeCopy | None:
    """The free public copy of the first case, statute or regulation ``citation`` names."""
    for found in get_citations(citation):
        if isinstance(found, FullCaseCitation):
            return _case_copy(found)  # a case with no public copy is not retried as a statute
        if isinstance(found, FullLawCitation) and (copy := _law_copy(found)):
            return copy
    return _pattern_copy(citation)


def is_closed(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return any(host == closed or host.endswith("." + closed) for closed in CLOSED_HOSTS)


@dataclass(frozen=True)
class SourceLink:
    href: str
    derived_from: str = ""  # the site of the free copy, when the link was derived from the citation


def link_of(url: str | None, citation: str | None) -> SourceLink | None:
    """Where a source's title links: its own address if the public can open it, else the free
    copy its citation derives, else nowhere."""
    if url and not is_closed(url):
        return SourceLink(url)
    copy = free_copy(citation) if citation else None
    return SourceLink(copy.url, copy.site) if copy else None
