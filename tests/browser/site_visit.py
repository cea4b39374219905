"""One visit of every built page over HTTP, in two shares (hand-written pages, generated pages)
that the two test workers run side by side, shared by the every-page tests.

Each page is loaded once with the request recorder attached; on each the visit notes its
``lang`` and runs the structural checks that need no stylesheet knowledge (title, lang, unique
ids, names of links and buttons, image alternatives, one main landmark). axe-core runs on every
page when ``PCR_EVERY_PAGE=1`` (as ``.ci/run`` sets it), and otherwise on every hand-written
page plus the fewest generated pages that together show every markup shape (element, classes,
the classes its stylesheets style, role and ARIA attributes, parent, language) the site has: a
second instance of a shape already checked can only differ from it by its words.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from axe import violations
from htmlcheck import html_pages
from recorder import Recorder

EVERY_PAGE = os.environ.get("PCR_EVERY_PAGE") == "1"

STRUCTURE = """() => {
  const problems = [];
  if (!document.documentElement.lang) problems.push("the html element has no lang");
  if (!document.title.trim()) problems.push("the page has no title");
  const seen = new Map();
  for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) || 0) + 1);
  for (const [id, count] of seen) if (count > 1) problems.push(`id '${id}' is used ${count} times`);
  for (const img of document.querySelectorAll("img:not([alt])")) problems.push(`img without alt: ${img.src}`);
  for (const el of document.querySelectorAll("a[href], button")) {
    if (el.closest("[aria-hidden=true]")) continue;
    const named = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.title ||
      el.textContent.trim() || [...el.querySelectorAll("img[alt], svg title")].some((i) => (i.alt || i.textContent).trim());
    if (!named) problems.push(`${el.tagName.toLowerCase()} without a name: ${el.outerHTML.slice(0, 120)}`);
  }
  const mains = document.querySelectorAll("main, [role=main]").length;
  const expected = document.querySelector(".md-container") ? 1 : mains;  /* decks are one application */
  if (mains !== expected || mains > 1) problems.push(`${mains} main landmarks`);
  return problems;
}"""

SHAPES = """() => {
  /* Only classes some stylesheet names can change how an element looks; the rest (a badge's
     value, say) only tell pages apart. */
  const styled = new Set();
  const walk = (rules) => {
    for (const rule of rules) {
      if (rule.selectorText) for (const m of rule.selectorText.matchAll(/\\.([\\w-]+)/g)) styled.add(m[1]);
      if (rule.cssRules) walk(rule.cssRules);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  const lang = document.documentElement.lang;
  const shapes = new Set();
  for (const el of document.body.querySelectorAll("*")) {
    const aria = el.getAttributeNames().filter((n) => n === "role" || n.startsWith("aria-")).sort();
    const parent = el.parentElement ? el.parentElement.tagName : "";
    const classes = [...el.classList].filter((c) => styled.has(c)).sort().join(".");
    shapes.add(`${lang} ${parent}>${el.tagName}.${classes}[${aria}]`);
  }
  return [...shapes];
}"""


@dataclass
class Visit:
    """What one visit of every page found."""

    recorder: Recorder
    lang: dict[str, str] = field(default_factory=dict)
    structure: dict[str, list[str]] = field(default_factory=dict)  # page -> problems, pages with any
    axe: dict[str, list[str]] = field(default_factory=dict)  # page -> violations, pages with any
    axe_ran_on: list[str] = field(default_factory=list)


def hand_written_pages(docs: Path) -> list[str]:
    """The built address of every Markdown page under ``docs`` (``x.es.md`` is ``es/x.html``)."""
    pages = []
    for source in sorted(docs.rglob("*.md")):
        relative = source.relative_to(docs).as_posix().removesuffix(".md")
        if relative.endswith(".es"):
            relative = "es/" + relative.removesuffix(".es")
        pages.append(relative + ".html")
    return pages


def one_page_per_folder(site: Path, hand_written: list[str]) -> list[str]:
    """Every hand-written page and the first page of each folder (each template at each depth of
    each edition): the pages from file:// when not every page is visited."""
    chosen, folders = [], set()
    for path in html_pages(site):
        address = path.relative_to(site).as_posix()
        folder = address.rpartition("/")[0]
        if address in hand_written or folder not in folders:
            chosen.append(address)
            folders.add(folder)
    return chosen


def fewest_pages_showing_every_shape(shapes: dict[str, set[str]]) -> list[str]:
    """Greedy set cover: repeatedly the page showing most of the shapes not yet covered."""
    left = set().union(*shapes.values())
    chosen = []
    while left:
        best = max(sorted(shapes), key=lambda page: len(shapes[page] & left))
        chosen.append(best)
        left -= shapes[best]
    return chosen


def visit_pages(browser, site: Path, base: str, pages: list[str], hand_written: list[str]) -> Visit:
    """Load each of ``pages`` once; axe on those that are hand-written (on all with
    ``PCR_EVERY_PAGE=1``), then on the fewest others showing every shape that no hand-written
    page shows (axe checks every hand-written page, in this share or the other)."""
    missing = [p for p in hand_written if not (site / p).is_file()]
    assert not missing, f"hand-written pages not built where expected: {missing}"
    context = browser.new_context()
    page = context.new_page()
    visit = Visit(Recorder(allowed_origin=base).attach(page))
    shapes: dict[str, set[str]] = {}

    def check_with_axe(address: str) -> None:
        visit.axe_ran_on.append(address)
        found = violations(page)
        if found:
            visit.axe[address] = found

    for address in pages:
        page.goto(base + address, wait_until="load")
        visit.lang[address] = page.evaluate("document.documentElement.lang")
        problems = page.evaluate(STRUCTURE)
        if problems:
            visit.structure[address] = problems
        if not EVERY_PAGE:
            shapes[address] = set(page.evaluate(SHAPES))
        if EVERY_PAGE or address in hand_written:
            check_with_axe(address)
    if not EVERY_PAGE:
        checked = set()
        for address in hand_written:
            if address not in shapes:  # the other share's: only its shapes are wanted here
                page.goto(base + address, wait_until="load")
                shapes[address] = set(page.evaluate(SHAPES))
            checked |= shapes[address]
        shapes = {p: s for p, s in shapes.items() if p in pages}
        uncovered = {p: s - checked for p, s in shapes.items() if s - checked}
        for address in fewest_pages_showing_every_shape(uncovered):
            page.goto(base + address, wait_until="load")
            check_with_axe(address)
    context.close()
    return visit
