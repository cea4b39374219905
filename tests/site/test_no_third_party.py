"""Readers' visits stay private: no page loads, or is allowed to load, anything from another origin."""

from __future__ import annotations

from htmlcheck import html_pages, off_site_loads, soup_of

# Source expressions that name no origin but this site's own (or inline content of the page itself).
OWN_SOURCES = {"'self'", "'none'", "'unsafe-inline'", "data:", "blob:"}
THIRD_PARTY_HOSTS = ("unpkg.com", "fonts.googleapis")


def test_no_page_loads_anything_from_off_site(site):
    assert list(off_site_loads(site)) == []


def test_no_page_names_a_cdn_or_font_service(site):
    named = [
        f"{page.relative_to(site)}: {host}"
        for page in html_pages(site)
        for host in THIRD_PARTY_HOSTS
        if host in page.read_text(encoding="utf-8")
    ]
    assert named == []


def test_every_page_has_a_content_security_policy_allowing_no_third_party(site):
    problems = [f"{page.relative_to(site)}: {why}" for page in html_pages(site) if (why := policy_problem(page))]
    assert problems == []


def policy_problem(page) -> str | None:
    """Why the page's Content-Security-Policy meta would let another origin in, or None."""
    head = soup_of(page).head
    metas = head.find_all("meta", attrs={"http-equiv": lambda v: v and v.lower() == "content-security-policy"})
    if len(metas) != 1:
        return f"{len(metas)} Content-Security-Policy metas in <head>"
    loads_before = metas[0].find_all_previous(["script", "link", "style"])
    if any(el.name != "link" or "stylesheet" in el.get("rel", []) for el in loads_before):
        return "a script or stylesheet comes before the policy, which only governs what follows it"
    directives = dict(parse_policy(metas[0].get("content", "")))
    if "default-src" not in directives:
        return "no default-src: unlisted kinds of request may go anywhere"
    foreign = sorted({s for sources in directives.values() for s in sources if s.lower() not in OWN_SOURCES})
    return f"allows {', '.join(foreign)}" if foreign else None


def parse_policy(policy: str) -> list[tuple[str, list[str]]]:
    """(directive, sources) pairs of a policy string."""
    parts = (directive.split() for directive in policy.split(";"))
    return [(words[0].lower(), words[1:]) for words in parts if words]


def test_a_page_downloads_only_the_scripts_for_what_it_holds(site):
    def scripts(page: str) -> set[str]:
        return {s["src"].rpartition("/")[2] for s in soup_of(site / page).find_all("script", src=True)}

    assert not scripts("index.html") & {"charts.js", "bars.js", "bar-rules.js", "screening.js"}
    assert "charts.js" in scripts("charts/vehicles.html") and "screening.js" not in scripts("charts/vehicles.html")
    assert {"bars.js", "bar-rules.js"} <= scripts("charts/relief-bars.html")
    assert "screening.js" in scripts("es/screening.html")
