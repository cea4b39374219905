"""The macros that put generated HTML into hand-written pages: charts and the screening tool."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from jinja2 import Environment
from markupsafe import Markup

from . import screening
from .charts import Chart, ChartBuilder, bars_grid
from .inline import UnknownReference
from .offline_copy import preview_text
from .pages import make_environment
from .registry import KINDS, Registry, relative_href
from .ui_text import ui_text
from .views import Link, ViewBuilder


@cache
def _env() -> Environment:
    return make_environment()


def _html(chart: Chart) -> str:
    # One line: a Markdown raw-HTML block must not contain blank lines.
    return _env().get_template("chart.html").render(chart=chart).replace("\n", "")


def _ids(registry: Registry, ids: list[str] | None, kind: str, page: str, chart: str) -> set[str] | None:
    if ids is None:
        return None
    wrong = [i for i in ids if i not in registry or registry.kind_of(i) != kind]
    if wrong:
        raise UnknownReference(f"{page}: {chart} chart: {', '.join(wrong)} is not the id of a {kind} entity")
    return set(ids)


def vehicles_chart(
    registry: Registry, page: str, jurisdiction: str | None = None, columns: list[str] | None = None
) -> str:
    chart = ChartBuilder(registry, page).vehicles().only_columns(columns, page)
    if jurisdiction:
        chart = chart.only_rows(lambda i: registry.get(i).jurisdiction == jurisdiction)
        if not chart.rows:
            raise UnknownReference(f"{page}: vehicles chart: no vehicle has the jurisdiction '{jurisdiction}'")
    return _html(chart)


def bars_chart(
    registry: Registry,
    page: str,
    relief: list[str] | None = None,
    crimes: list[str] | None = None,
) -> str:
    """The relief-bars grid and every cell's details; a slice puts its details a heading level lower."""
    keep = _ids(registry, relief, "relief", page, "bars")
    grid = bars_grid(registry, page, keep, _ids(registry, crimes, "crimes", page, "bars"))
    level = 3 if grid.selection else 2
    return _env().get_template("bars_grid.html").render(grid=grid, level=level).replace("\n", "")


def marijuana_chart(
    registry: Registry, page: str, ids: list[str] | None = None, columns: list[str] | None = None
) -> str:
    keep = _ids(registry, ids, "marijuana", page, "marijuana")
    chart = ChartBuilder(registry, page).marijuana().only_columns(columns, page)
    return _html(chart.only_rows(lambda i: keep is None or i in keep))


def cases_chart(registry: Registry, page: str, topic: str | None = None, columns: list[str] | None = None) -> str:
    chart = ChartBuilder(registry, page).cases().only_columns(columns, page)
    if topic:
        chart = chart.only_rows(lambda i: topic in registry.get(i).topics)
        if not chart.rows:
            raise UnknownReference(f"{page}: cases chart: no case has the topic '{topic}'")
    return _html(chart)


def jurisdictions_chart(registry: Registry, page: str, columns: list[str] | None = None) -> str:
    if not registry.of_kind("jurisdictions"):
        raise UnknownReference(f"{page}: jurisdictions_chart(): data/ has no jurisdictions")
    return _html(ChartBuilder(registry, page).jurisdictions().only_columns(columns, page))


def jurisdictions_map(registry: Registry, page: str) -> str:
    tile_map = ChartBuilder(registry, page).jurisdiction_map()
    if not tile_map.tiles:
        raise UnknownReference(f"{page}: jurisdictions_map(): data/ has no state, D.C. or Puerto Rico")
    return _env().get_template("tile_map.html").render(map=tile_map).replace("\n", "")


def cases_timeline(registry: Registry, page: str) -> str:
    years = ChartBuilder(registry, page).timeline()
    return _env().get_template("timeline.html").render(years=years).replace("\n", "")


def screening_tool(
    registry: Registry,
    page: str,
    ui: dict[str, str] | None = None,
    entity_language: str = "",
    explainer_target=None,
) -> str:
    """The whole tree as a readable outline (the no-JS and print view) plus the widget's data.

    In an edition whose entity pages are in another language, ``entity_language`` marks the links
    to them (``lang``/``hreflang``) and ``explainer_target`` finds the translated explainer pages.
    """
    ui = ui or ui_text("en")
    target = explainer_target or (lambda path: (path, ""))
    steps = registry.of_kind("questions")
    if not steps:
        raise UnknownReference(f"{page}: screening_tool(): data/ has no screening questions")
    builder = ViewBuilder(registry, page)

    def entity_link(entity_id: str) -> Link:
        return replace(builder.link(entity_id), lang=entity_language)

    def explainer_link(e) -> Link:
        path, language = target(e.page)
        return Link(screening.doc_href(path, page), e.label, lang=language if entity_language else "")

    outcomes = registry.of_kind("outcomes")
    outcome_links = {
        o.id: [
            (ui[label_key], [entity_link(i) for i in getattr(o, name)])
            for name, label_key in OUTCOME_LINK_LABELS.items()
            if getattr(o, name)
        ]
        + ([(ui["read"], [explainer_link(e) for e in o.explainers])] if o.explainers else [])
        for o in outcomes
    }
    localization = {"entity_language": entity_language, "explainer_target": explainer_target}
    html = (
        _env()
        .get_template("screening.html")
        .render(
            ui=ui,
            steps=[s for s in steps if s.type != "result"] + [s for s in steps if s.type == "result"],
            titles={s.id: s.title for s in steps},
            outcomes={o.id: o for o in outcomes},
            outcome_list=outcomes,
            outcome_links=outcome_links,
            data_json=Markup(screening.widget_json(registry, page, **localization)),
            vehicles_index=relative_href(KINDS["vehicles"].index_uri, page),
            entity_language=entity_language,
        )
    )
    return html.replace("\n", "")


OUTCOME_LINK_LABELS = {
    "vehicles": "vehicles_to_explore",
    "relief": "relief_to_check",
    "crimes": "crimes_to_check",
    "marijuana": "marijuana_risks",
}


def offline_box(language: str) -> str:
    """The box that offers the offline zip; the build fills in the link and its facts."""
    box = _env().get_template("offline_box.html").render(words=ui_text(language), state=Markup(preview_text(language)))
    return box.replace("\n", "")
