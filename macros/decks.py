"""Slide decks for webinars, cut from a page's own rendered HTML (no text is written twice).

A page whose front matter says ``slides: true`` gets a reveal.js deck beside it
(``training/pc-1473-7.md`` → ``training/pc-1473-7-slides.html``): a title slide with the
disclaimer, then one slide per ``##`` section, split where a section would not fit the screen.
A model answer (a ``details`` block) becomes a fragment the presenter reveals when ready, and
also a speaker note; a note "For the facilitator" becomes a speaker note only. Plain Python:
the hook hands each page's HTML in and writes the deck out.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bs4 import BeautifulSoup, Tag
from jinja2 import Environment
from markupsafe import Markup

from .pages import make_environment
from .ui_text import ui_text

VENDOR = "assets/vendor/reveal"
# A slide holds about this much: 1280 by 720 at the deck's type size (checked in the browser tests).
MAX_CHARACTERS = 420
MAX_BLOCKS = 4
MAX_LIST_ITEMS = 4
MAX_CHART_ROWS = 3


@dataclass
class Slide:
    title: str
    blocks: list[str] = field(default_factory=list)
    answers: list[tuple[str, str]] = field(default_factory=list)  # (label, HTML), revealed on demand
    notes: list[str] = field(default_factory=list)
    continued: bool = False


@dataclass(frozen=True)
class Deck:
    title: str
    language: str
    page: str  # the module page the deck is cut from (its built location, e.g. training/x.html)
    slides: tuple[Slide, ...]

    @property
    def location(self) -> str:
        return deck_location(self.page)


def deck_location(page: str) -> str:
    """``training/pc-1473-7.html`` → ``training/pc-1473-7-slides.html``."""
    return page.removesuffix(".html") + "-slides.html"


def _text_length(html: str) -> int:
    return len(BeautifulSoup(html, "html.parser").get_text(" ", strip=True))


@dataclass(frozen=True)
class Block:
    html: str
    starts_slide: bool = False  # the rest of a long list, a chart's rows
    ends_slide: bool = False  # a chart's rows: nothing else beside them


def _groups(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _chart_chunks(figure: Tag) -> list[Block]:
    """A chart's table, a few rows per slide with its header repeated. Its legend and its long
    cell-by-cell details stay on the page (every badge names its value in words)."""
    table = figure.find("table")
    if not table or not table.tbody:
        return []
    # On a shared screen a cell says its rule in words: its links (to details the deck does not
    # carry) and its short codes give way to the text that screen readers get on the page.
    for link in table.select("td a"):
        link.unwrap()
    for link in table.select("a.pcr-grid__general"):
        link.decompose()  # "rules for any conviction apply": they are in the details the deck leaves out
    for code in table.select("td [aria-hidden=true]"):
        code.decompose()
    for words in table.select("td .pcr-sr"):
        words["class"] = [c for c in words["class"] if c != "pcr-sr"]
    if table.caption:
        del table.caption["id"]  # repeated on every slide of the chart; nothing in a deck points at it
    head = str(table.thead) if table.thead else ""
    caption = str(table.caption) if table.caption else ""
    classes = " ".join(table.get("class", []))
    rows = table.tbody.find_all("tr", recursive=False)
    return [
        Block(
            f'<table class="{classes}">{caption}{head}<tbody>{"".join(map(str, group))}</tbody></table>',
            starts_slide=True,
            ends_slide=True,
        )
        for group in _groups(rows, MAX_CHART_ROWS)
    ]


def _chunks(block: Tag) -> list[Block]:
    """A long list becomes several lists of a few items, a chart a few rows per slide; any other
    block stays whole."""
    classes = block.get("class", [])
    if block.name == "figure" and ({"pcr-chart", "pcr-grid"} & set(classes)):
        return _chart_chunks(block)
    if "pcr-grid-details" in classes:
        return []
    if block.name in {"ul", "ol"}:
        items = block.find_all("li", recursive=False)
        if len(items) > MAX_LIST_ITEMS:
            return [
                Block(f"<{block.name}>{''.join(str(li) for li in group)}</{block.name}>", starts_slide=n > 0)
                for n, group in enumerate(_groups(items, MAX_LIST_ITEMS))
            ]
    return [Block(str(block))]


def _is_facilitator_note(block: Tag) -> bool:
    return block.name == "div" and "admonition" in block.get("class", []) and "note" in block.get("class", [])


def _body_of(block: Tag) -> str:
    """The content of a details or admonition block, without its title."""
    for title in block.find_all(["summary"], recursive=False) + block.select(":scope > .admonition-title"):
        title.extract()
    return block.decode_contents().strip()


def _label_of(block: Tag) -> str:
    summary = block.find("summary", recursive=False)
    return summary.get_text(" ", strip=True) if summary else ""


def _pack(title: str, blocks: list[Block]) -> list[Slide]:
    """Blocks in order, as many slides as it takes to stay within one screen each."""
    slides = [Slide(title)]
    closed, size = False, 0  # size: characters on the current slide
    for block in blocks:
        length = _text_length(block.html)
        full = size + length > MAX_CHARACTERS or len(slides[-1].blocks) >= MAX_BLOCKS
        if slides[-1].blocks and (full or block.starts_slide or closed):
            slides.append(Slide(title, continued=True))
            size = 0
        slides[-1].blocks.append(block.html)
        size += length
        closed = block.ends_slide
    return slides


def slides_from(content: str) -> tuple[str, list[Slide]]:
    """The page title and its slides, from the page's rendered content HTML."""
    soup = BeautifulSoup(content, "html.parser")
    for anchor in soup.select("a.headerlink"):
        anchor.decompose()
    heading = soup.find("h1")
    title = heading.get_text(" ", strip=True) if heading else ""
    if heading:
        heading.decompose()
    sections: list[tuple[str, list[Tag]]] = [("", [])]
    for node in soup.children:
        if not isinstance(node, Tag):
            continue
        if node.name == "h2":
            sections.append((node.get_text(" ", strip=True), []))
        else:
            sections[-1][1].append(node)
    slides: list[Slide] = []
    for section_title, nodes in sections:
        blocks, answers, notes = [], [], []
        for node in nodes:
            if node.name == "details":
                answers.append((_label_of(node), _body_of(node)))
            elif _is_facilitator_note(node):
                notes.append(_body_of(node))
            else:
                blocks += _chunks(node)
        if not (blocks or answers or notes):
            continue
        packed = _pack(section_title, blocks)
        packed[-1].answers, packed[-1].notes = answers, notes + [body for _, body in answers]
        slides += packed
    return title, slides


def deck_of(content: str, page: str, language: str) -> Deck:
    title, slides = slides_from(content)
    return Deck(title, language, page, tuple(slides))


def write(site_dir: Path, deck: Deck, reviewed: str) -> Path:
    target = site_dir / deck.location
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(deck, reviewed), encoding="utf-8")
    return target


@cache
def _env() -> Environment:
    return make_environment()


def render(deck: Deck, reviewed: str) -> str:
    """The deck's HTML page: reveal.js and its notes plugin, self-hosted, and the site's words."""
    here = posixpath.dirname(deck.location)
    words = ui_text(deck.language)
    return (
        _env()
        .get_template("deck.html")
        .render(
            deck=deck,
            words=words,
            reviewed=reviewed,
            vendor=posixpath.relpath(VENDOR, here or "."),
            assets=posixpath.relpath("assets", here or "."),
            module_href=posixpath.basename(deck.page),
            html=Markup,
        )
    )
