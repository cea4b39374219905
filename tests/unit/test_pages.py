"""Generated pages escape data text: nothing in YAML is ever read as HTML, Markdown or Jinja."""

from __future__ import annotations

from pathlib import Path

from macros.loader import load
from macros.pages import PageRenderer, front_matter, md_heading

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid"


def test_heading_text_is_escaped_for_html_and_markdown():
    assert md_heading("A <b>*bold*</b> [link](x) {#id}") == r"A &lt;b&gt;\*bold\*&lt;/b&gt; \[link\](x) \{\#id\}"


def test_front_matter_switches_macros_off_and_escapes_the_title():
    assert front_matter("Thomas & Thompson") == 'title: "Thomas &amp; Thompson"\nrender_macros: false'


def test_every_entity_and_kind_index_gets_a_page_and_the_site_its_data_updates_and_watch_pages():
    registry = load(VALID)
    pages = PageRenderer(registry).render_all()
    expected = {registry.src_uri_of(e.id) for e in registry.all() if registry.kind_of(e.id) != "glossary"}
    expected |= (
        {f"{kind}/index.md" for kind in ("vehicles", "cases", "relief", "crimes", "marijuana", "jurisdictions")}
        | {"glossary.md"}
        | {"data/index.md", "whats-new.md", "law-to-watch.md"}
    )
    assert set(pages) == expected
    assert "cases/padilla-v-kentucky.md" in pages


def test_data_text_with_brackets_entities_and_jinja_comes_out_literally(tmp_path):
    """(Tags themselves are refused by the loader; what remains must still be escaped.)"""
    data = tmp_path / "data"
    data.mkdir()
    for path in VALID.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.stem == "cases":
            text = text.replace(
                "summary: Defence counsel must",
                'summary: "1 < 2 > 0 {{ 7 * 7 }} &lt;script&gt; Defence counsel must',
            ).replace("plea.\n  citation: 559", 'plea."\n  citation: 559')
        (data / path.name).write_text(text, encoding="utf-8")
    page = PageRenderer(load(data)).render_all()["cases/padilla-v-kentucky.md"]
    assert "1 &lt; 2 &gt; 0 {{ 7 * 7 }} &amp;lt;script&amp;gt;" in page
    assert "<script>" not in page
