"""Generate the Markdown of every data-driven page: one per entity, one index per kind.

Plain Python with no MkDocs import, so the same pages can be written to disk for another
generator. Generated pages switch macros off (``render_macros: false``): data text must
never be read as Jinja.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import free_copies, open_data, updates
from .bar_views import CellList, CellViews
from .models import MODELS, Entity, Watch
from .registry import KINDS, Registry, relative_href
from .views import Badge, EntityView, Items, Link, ViewBuilder

TEMPLATES = Path(__file__).parent / "templates"
CONVENTIONS_PAGE = "about.md"
DATA_PAGE = f"{open_data.FOLDER}/index.md"
WATCH_PAGE = "law-to-watch.md"
INDEX_SEARCH_BOOST = 0.5  # a list of titles and summaries: search should land on the page itself

INTROS = {
    "vehicles": (
        "Ways to vacate, reduce or change a conviction or sentence, "
        "and whether immigration authorities give the result effect."
    ),
    "cases": "Court and agency decisions that shape post-conviction relief for immigrants, with their current status.",
    "relief": "Forms of immigration relief and the criminal-record bars that can block them.",
    "crimes": "The kinds of conviction (and conduct) that trigger removal grounds or bar relief.",
    "marijuana": (
        "Why marijuana conduct that is legal under state law can still carry federal immigration consequences."
    ),
    "glossary": "Terms of art used on this site, with their sources.",
    "jurisdictions": (
        "Every state, the District of Columbia, Puerto Rico and the federal courts: the main ways back into a "
        "closed criminal case, the immigration advisement rule, and the sentence and record laws that matter."
    ),
}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#!|])")


def md_heading(value: str) -> Markup:
    """Text that is safe as a Markdown heading: HTML-escaped and Markdown-escaped."""
    return Markup(_MD_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=False)))


def front_matter(title: str, search_boost: float | None = None, *, searchable: bool = True) -> Markup:
    """YAML front matter; the title is HTML-escaped because the theme prints it unescaped."""
    search = "\nsearch:\n  exclude: true" if not searchable else ""
    search = search or (f"\nsearch:\n  boost: {search_boost}" if search_boost else "")
    return Markup(f"title: {json.dumps(html.escape(title))}\nrender_macros: false{search}")


def make_environment(prose=html.escape) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_heading"] = md_heading
    env.filters["prose"] = lambda text: Markup(prose(str(text)))
    env.filters["source_link"] = lambda source: free_copies.link_of(source.url, source.citation)
    return env


@dataclass
class IndexEntry:
    entity: Entity
    href: str
    badges: list[Badge] = field(default_factory=list)


INDEX_BADGES = {
    "vehicles": lambda b, e: [b.badge("effect", e.immigration_effect.effect)],  # grouped by jurisdiction
    "cases": lambda b, e: [b.badge("court", e.court), b.badge("state", e.status.state)],
}


@dataclass(frozen=True)
class WatchEntry:
    item: Watch
    link: Link


@dataclass(frozen=True)
class Site:
    """What pages say about the site itself: its name, its address if known, its content date."""

    name: str = "Post-conviction relief for immigrants"
    url: str = ""
    version: str = ""

    def address(self, page: str) -> str:
        """A page's address for a citation: absolute when the site's address is configured."""
        return f"{self.url.rstrip('/')}/{page}" if self.url else page


class PageRenderer:
    """Renders all generated pages for one registry."""

    def __init__(
        self,
        registry: Registry,
        env: Environment | None = None,
        site: Site | None = None,
        today: datetime.date | None = None,
    ) -> None:
        self.registry = registry
        self.env = env or make_environment()
        self.site = site or Site()
        self.today = today or datetime.date.today()  # a watch entry past its check-by date says so

    def render_all(self) -> dict[str, str]:
        pages: dict[str, str] = {}
        for kind, info in KINDS.items():
            if not info.pages:
                continue
            entities = self.registry.of_kind(kind)
            if info.one_page:
                pages[info.index_uri] = self.one_page(kind, entities)
                continue
            pages[info.index_uri] = self.index(kind)
            for entity in entities:
                pages[self.registry.src_uri_of(entity.id)] = self.entity(entity)
        pages[DATA_PAGE] = self.open_data()
        pages[updates.PAGE] = self.whats_new()
        pages[WATCH_PAGE] = self.law_to_watch()
        return pages

    def cite(self, entity: Entity) -> dict[str, str]:
        """What "Cite this page" says: title, site, review date, address."""
        page = open_data.page_of(self.registry, entity.id)
        return {
            "title": entity.title,
            "site": self.site.name,
            "reviewed": entity.reviewed.isoformat(),
            "address": self.site.address(page),
        }

    def open_data(self) -> str:
        kinds = [
            {
                "name": kind,
                "title": KINDS[kind].plural,
                "count": len(self.registry.of_kind(kind)),
                "fields": open_data.field_dictionary(kind),
            }
            for kind in MODELS
            if self.registry.of_kind(kind)
        ]
        example = next(iter(self.registry.all()), None)
        return self.env.get_template("open_data.md").render(
            front_matter=front_matter("Open data", INDEX_SEARCH_BOOST),
            kinds=kinds,
            version=self.site.version,
            site_name=self.site.name,
            license=open_data.LICENSE,
            example=self.cite(example) if example else None,
            feed_href=relative_href(updates.FEED, DATA_PAGE, markdown=True),
            whats_new_href=relative_href(updates.PAGE, DATA_PAGE, markdown=True),
        )

    def whats_new(self) -> str:
        # The page sits at the site's root, where each update's page address starts.
        return self.env.get_template("whats_new.md").render(
            # Excluded from search: it repeats every page's title, and would crowd each result list.
            front_matter=front_matter("What's new", searchable=False),
            months=updates.by_period(updates.updates(self.registry)),
            events=updates.EVENTS,
            kinds={kind: info.singular for kind, info in KINDS.items()},
            feed_href=updates.FEED,
            data_href=relative_href(DATA_PAGE, updates.PAGE, markdown=True),
        )

    def law_to_watch(self) -> str:
        builder = ViewBuilder(self.registry, WATCH_PAGE)
        entries = sorted(
            (WatchEntry(item, builder.link(entity.id)) for entity in self.registry.all() for item in entity.watch),
            key=lambda e: (e.item.check_by, e.link.label.lower()),
        )
        return self.env.get_template("law_to_watch.md").render(
            front_matter=front_matter("Law to watch", INDEX_SEARCH_BOOST), entries=entries, today=self.today
        )

    def _conventions(self, page: str) -> str:
        return relative_href(CONVENTIONS_PAGE, page)

    def entity(self, entity: Entity) -> str:
        page = self.registry.src_uri_of(entity.id)
        view = ViewBuilder(self.registry, page).entity(entity)
        view.sections += self._cell_sections(entity, page)
        return self.env.get_template("entity.md").render(
            view=view,
            front_matter=front_matter(entity.title, entity.search_boost),
            conventions_href=self._conventions(page),
            cite=self.cite(entity),
            today=self.today,
        )

    def _cell_sections(self, entity: Entity, page: str) -> list[tuple[str, object]]:
        """The relief-bars cells: by crime category on a relief page, by relief form on a crime page."""
        cells = CellViews(self.registry, page)
        kind = self.registry.kind_of(entity.id)
        if kind == "crimes":
            return [
                ("Effect on each relief form", CellList(cells.of_crime(entity.id), "relief", self._conventions(page)))
            ]
        if kind != "relief":
            return []
        sections: list[tuple[str, object]] = []
        if entity.general_bars:
            sections.append(("Rules for any conviction", Items([cells.general(b) for b in entity.general_bars])))
        sections.append(("Criminal bars", CellList(cells.of_relief(entity), "crime", self._conventions(page))))
        return sections

    def index(self, kind: str) -> str:
        info = KINDS[kind]
        builder = ViewBuilder(self.registry, info.index_uri)
        badges = INDEX_BADGES.get(kind, lambda b, e: [])
        groups = [
            (
                key,
                builder.link(key) if key else None,
                [IndexEntry(e, self.registry.href(e.id, info.index_uri), badges(builder, e)) for e in members],
            )
            for key, members in self.registry.groups(kind)
        ]
        return self.env.get_template("kind_index.md").render(
            info=info,
            intro=INTROS[kind],
            groups=groups,
            front_matter=front_matter(info.plural, INDEX_SEARCH_BOOST),
        )

    def one_page(self, kind: str, entities: list[Entity]) -> str:
        info = KINDS[kind]
        builder = ViewBuilder(self.registry, info.index_uri)
        views: list[EntityView] = sorted((builder.entity(e) for e in entities), key=lambda v: v.entity.title.lower())
        return self.env.get_template("glossary.md").render(
            info=info,
            intro=INTROS[kind],
            views=views,
            front_matter=front_matter(info.plural),
            conventions_href=self._conventions(info.index_uri),
        )


def generated_uris(registry: Registry) -> list[str]:
    """The source paths of every generated page, without rendering them."""
    uris = []
    for kind, info in KINDS.items():
        if info.pages:
            uris.append(info.index_uri)
            if not info.one_page:
                uris += [registry.src_uri_of(e.id) for e in registry.of_kind(kind)]
    return [*uris, DATA_PAGE, updates.PAGE, WATCH_PAGE]


def problems_page(problems: list[str]) -> str:
    """The page `mkdocs serve` shows while the data is broken: every problem, one line each."""
    return (
        make_environment()
        .get_template("problems.md")
        .render(problems=problems, front_matter=front_matter("Data problems"))
    )
