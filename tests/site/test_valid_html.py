"""Every built page is valid HTML by the Nu HTML Checker: assistive technology and browsers
should not have to guess what malformed markup meant."""

from __future__ import annotations

import json
import subprocess

from htmlcheck import html_pages

AUTOCOMPLETE_ON_CHECKBOX = "Attribute “autocomplete” is only allowed when the input type is"

# (message start, text of the offending markup), each an error we cannot fix from overrides/.
ALLOWED = [
    # Material's base.html writes its drawer and search toggles straight into <body>, outside any
    # block an override can replace. autocomplete="off" stops Firefox restoring a checked toggle on
    # Back, so the drawer or search would reopen by itself: stripping it would cost readers more.
    # Upstream keeps it on purpose: https://github.com/squidfunk/mkdocs-material/issues/1513
    (AUTOCOMPLETE_ON_CHECKBOX, 'type="checkbox" id="__drawer" autocomplete="off"'),
    (AUTOCOMPLETE_ON_CHECKBOX, 'type="checkbox" id="__search" autocomplete="off"'),
]


def test_every_page_is_valid_html(site, vnu):
    messages = check_html(vnu, site)
    used = {rule for m in messages if (rule := allowed_by(m))}
    errors = [f"{m.get('url', '')}:{m.get('lastLine', '?')}: {m['message']}" for m in messages if not allowed_by(m)]
    assert errors == []
    assert [rule for rule in ALLOWED if rule not in used] == [], "allow-listed errors that no longer occur"


def check_html(vnu: list[str], site) -> list[dict]:
    """The checker's errors for every page, from one run (the JVM starts slowly)."""
    pages = [str(page.relative_to(site)) for page in html_pages(site)]
    assert pages, "no pages built"
    command = [*vnu, "--format", "json", "--errors-only", "--skip-non-html", "--stdout", *pages]
    result = subprocess.run(
        command, cwd=site, capture_output=True, text=True, encoding="utf-8", timeout=600, check=False
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["messages"]


def allowed_by(message: dict) -> tuple[str, str] | None:
    """The allow-list entry that excuses this error, if any."""
    return next(
        (rule for rule in ALLOWED if message["message"].startswith(rule[0]) and rule[1] in message.get("extract", "")),
        None,
    )
