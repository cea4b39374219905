"""Scripts a page loads only when it holds what they work on: a page without a chart does not
download the chart script. mkdocs.yml lists every script once (extra_javascript); this drops the
tags a finished page has no use for."""

from __future__ import annotations

import re

# Script (as listed in mkdocs.yml) -> the attributes or classes in a page's HTML it works on.
WORKS_ON = {
    "assets/javascripts/charts.js": ("data-pcr-chart",),
    "assets/javascripts/bar-rules.js": ("pcr-grid__data", "data-pcr-screening"),
    "assets/javascripts/bars.js": ("pcr-grid__data",),
    "assets/javascripts/dates.js": ("data-pcr-screening",),
    "assets/javascripts/screening.js": ("data-pcr-screening",),
}
_TAGS = {script: re.compile(rf'<script [^>]*src="[^"]*{re.escape(script)}"[^>]*></script>\n?') for script in WORKS_ON}
# The configuration these scripts read (overrides/main.html): no use on a page without them.
_CONFIG = re.compile(r'[ \t]*<script type="application/json" id="pcr-config">.*?</script>\n?', re.S)


def without_unused_scripts(html: str) -> str:
    used = False
    for script, markers in WORKS_ON.items():
        if any(marker in html for marker in markers):
            used = True
        else:
            html = _TAGS[script].sub("", html)
    return html if used else _CONFIG.sub("", html, count=1)


def problems(listed: list[str]) -> list[str]:
    """Every script named here is one mkdocs.yml lists (a renamed script would load everywhere)."""
    return [f"mkdocs.yml: extra_javascript: expected {s}, got no such entry" for s in WORKS_ON if s not in listed]
