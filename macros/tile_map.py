"""A tile-grid map of the states: one equal square per state, D.C. and Puerto Rico, laid out
roughly where each sits, each tile a link to the jurisdiction's page with its value written in it.

No map library and no tiles from anywhere: an HTML list placed on a CSS grid. The national
chart on the same page is its table alternative.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    badge: Badge


@dataclass(frozen=True)
class TileMap:
    dom_id: str
    caption: str
    tiles: list[Tile]
    legend: list[Badge]


def tiles(registry: Registry, page: str, badge_of) -> list[Tile]:
    """One tile per jurisdiction that has a place on the grid (the federal courts have none)."""
    found = []
    for jurisdiction in registry.of_kind("jurisdictions"):
        if jurisdiction.postal in GRID:
            row, column = GRID[jurisdiction.postal]
            href = registry.href(jurisdiction.id, page)
            found.append(Tile(jurisdiction.postal, jurisdiction.title, href, row, column, badge_of(jurisdiction)))
    return sorted(found, key=lambda t: (t.row, t.column))
