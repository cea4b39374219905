"""Site-wide facts for the theme: the navigation of generated pages, the latest review date."""

from __future__ import annotations

from .registry import KINDS, Registry


def expand_nav(nav: list, registry: Registry) -> list:
    """Replace each ``Title: <kind>/index.md`` entry by a section: the index, then every entity page."""
    indexes = {info.index_uri: kind for kind, info in KINDS.items() if info.pages and not info.one_page}
    expanded = []
    for item in nav:
        if isinstance(item, dict):
            ((title, target),) = item.items()
            if isinstance(target, list):
                item = {title: expand_nav(target, registry)}
            elif target in indexes:
                item = {title: [target, *_entries(registry, indexes[target])]}
        expanded.append(item)
    return expanded


def _entries(registry: Registry, kind: str) -> list:
    """Every entity page of a kind; under one heading per group when the kind is grouped."""
    groups = registry.groups(kind)
    if len(groups) == 1 and not groups[0][0]:
        return [registry.src_uri_of(e.id) for e in groups[0][1]]
    return [{registry.get(key).title: [registry.src_uri_of(e.id) for e in entities]} for key, entities in groups]


def latest_review(registry: Registry) -> str:
    """The most recent ``reviewed`` date in the data (ISO), shown at the foot of every page."""
    dates = [e.reviewed for e in (r.entity for r in registry.records) if hasattr(e, "reviewed")]
    return max(dates).isoformat() if dates else ""
