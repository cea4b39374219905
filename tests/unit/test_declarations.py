"""Editions, interface words and value sets are declared once, and each declaration is complete:
every edition has every word and every label (a missing one is a build error, not empty text)."""

from __future__ import annotations

from macros import editions, page_scripts, ui_text, values


def test_every_edition_has_every_interface_word(monkeypatch):
    spanish = {k: v for k, v in ui_text.UI["es"].items() if k != "client_clear"}
    monkeypatch.setitem(ui_text.UI, "es", {**spanish, "typo_key": "x"})
    assert ui_text.ui_problems() == [
        "macros/ui_text.py: UI['es']: expected every interface word, missing client_clear",
        "macros/ui_text.py: UI['es']: expected only the English keys, got typo_key",
    ]


def test_every_value_has_a_label_in_every_edition_and_a_known_tone(monkeypatch):
    monkeypatch.setitem(values.VALUE_SETS["effect"], "bar", values.Value({"en": "Bar"}, "✘", "red"))
    assert values.problems() == [
        "macros/values.py: effect[bar].label: expected a label in es",
        "macros/values.py: effect[bar].tone: expected one of good, bad, mixed, analysis, quiet, neutral, got 'red'",
    ]


def test_mkdocs_builds_only_declared_editions():
    assert editions.problems(["en", "es"]) == []
    assert editions.problems(["en"]) == []
    assert editions.problems(["en", "fr"]) == [
        "mkdocs.yml: plugins.i18n.languages: expected some of the editions en, es, got en, fr"
    ]


def test_the_page_configuration_carries_the_words_and_value_sets_of_its_edition():
    import json

    config = json.loads(ui_text.page_config("es"))
    assert config["lang"] == "es"
    assert config["ui"]["client_clear"] == "Borrar"
    assert config["values"]["effect"]["bar"] == {"label": "Impedimento", "icon": "✘", "tone": "bad"}
    assert set(config["values"]) == set(ui_text.SCRIPT_VALUE_SETS)  # the build renders the others


def test_a_page_without_a_script_that_reads_it_drops_the_configuration():
    config = f'  <script type="application/json" id="pcr-config">{ui_text.page_config("en")}</script>\n'
    assert page_scripts.without_unused_scripts(f"<head>\n{config}</head><p>Text</p>") == "<head>\n</head><p>Text</p>"
    kept = page_scripts.without_unused_scripts(f"<head>\n{config}</head><div data-pcr-screening></div>")
    assert 'id="pcr-config"' in kept


def test_every_page_specific_script_is_one_mkdocs_yml_lists():
    listed = list(page_scripts.WORKS_ON)
    assert page_scripts.problems([*listed, "assets/javascripts/dom.js"]) == []
    assert page_scripts.problems(listed[1:]) == [
        f"mkdocs.yml: extra_javascript: expected {listed[0]}, got no such entry"
    ]


def test_a_page_keeps_only_the_scripts_for_what_it_holds():
    tags = "".join(f'<script src="../{s}" defer></script>\n' for s in page_scripts.WORKS_ON)
    chart_page = f"<div data-pcr-chart></div>{tags}"
    kept = page_scripts.without_unused_scripts(chart_page)
    assert "charts.js" in kept and "screening.js" not in kept and "bars.js" not in kept
