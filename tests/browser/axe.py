"""axe-core (shipped inside axe-playwright-python) run on a live page: WCAG 2.x A and AA rules."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

_AXE = Axe()
WCAG = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
    "resultTypes": ["violations"],  # passing nodes are not collected: half the time of a run
}


def violations(page, within: str | None = None) -> list[str]:
    """One line per violated rule: its id, impact and the first elements it names. ``within``: a
    selector, to check only the part of the page an interaction changed."""
    result = _AXE.run(page, context=within, options=WCAG)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]
    ]
