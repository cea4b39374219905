"""A tile-grid map of the states: one equal square per state, D.C. and Puerto Rico, laid out
roughly where each sits, each tile a link to the jurisdiction's page with its value written in it.
The reader picks the chart column that shades it (radio buttons and CSS: no script needed).

No map library and no tiles from anywhere: an HTML list placed on a CSS grid. The national
chart on the same page is its table alternative.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .models import Jurisdiction
from .registry import Registry
from .views import Badge

# (row, column) of each tile, as in the common newsroom tile grids (11 columns, 8 rows).
GRID: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (0, 10),
    "WI": (1, 5), "VT": (1, 9), "NH": (1, 10),
    "WA": (2, 0), "ID": (2, 1), "MT": (2, 2), "ND": (2, 3), "MN": (2, 4), "IL": (2, 5), "MI": (2, 6),
    "NY": (2, 8), "MA": (2, 9),
    "OR": (3, 0), "NV": (3, 1), "WY": (3, 2), "SD": (3, 3), "IA": (3, 4), "IN": (3, 5), "OH": (3, 6),
    "PA": (3, 7), "NJ": (3, 8), "CT": (3, 9), "RI": (3, 10),
    "CA": (4, 0), "UT": (4, 1), "CO": (4, 2), "NE": (4, 3), "MO": (4, 4), "KY": (4, 5), "WV": (4, 6),
    "VA": (4, 7), "MD": (4, 8), "DE": (4, 9),
    "AZ": (5, 1), "NM": (5, 2), "KS": (5, 3), "AR": (5, 4), "TN": (5, 5), "NC": (5, 6), "SC": (5, 7),
    "DC": (5, 8),
    "OK": (6, 3), "LA": (6, 4), "MS": (6, 5), "AL": (6, 6), "GA": (6, 7),
    "HI": (7, 0), "TX": (7, 3), "FL": (7, 8), "PR": (7, 10),
}  # fmt: skip
ROWS = 1 + max(r for r, _ in GRID.values())
COLUMNS = 1 + max(c for _, c in GRID.values())


@dataclass(frozen=True)
class Tile:
    postal: str
    title: str
    href: str
    row: int
    column: int
    faces: list[Badge]  # the tile's value in each shade, in the order of the map's shades


@dataclass(frozen=True)
class Shade:
    """A chart column the map can be shaded by: its key, its name, the value set its badges draw
    on (by field name) and how a jurisdiction's value is found."""

    key: str
    label: str
    field: str
    value_of: Callable[[Jurisdiction], str]


@dataclass(frozen=True)
class TileMap:
    dom_id: str
    caption: str
    tiles: list[Tile]
    shades: list[Shade]
    legends: dict[str, list[Badge]]  # by shade key


def vacatur_route(jurisdiction: Jurisdiction) -> str:
    """Whether the jurisdiction's routes include vacating a plea taken without the warning."""
    listed = any(route.route == "advisement-vacatur" for route in jurisdiction.routes)
    return "listed" if listed else "none-listed"


def coverage_of(vehicle_ids: list[str]) -> str:
    return "two-or-more" if len(vehicle_ids) >= 2 else "one" if vehicle_ids else "none"


def tiles(registry: Registry, page: str, faces_of: Callable[[Jurisdiction], list[Badge]]) -> list[Tile]:
    """One tile per jurisdiction that has a place on the grid (the federal courts have none)."""
    found = []
    for j in registry.of_kind("jurisdictions"):
        if j.postal in GRID:
            row, column = GRID[j.postal]
            found.append(Tile(j.postal, j.title, registry.href(j.id, page), row, column, faces_of(j)))
    return sorted(found, key=lambda t: (t.row, t.column))
