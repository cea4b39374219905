"""What the page macros return: a Markdown link to an entity, or one of its facts as text."""

from __future__ import annotations

from pydantic import BaseModel

from .pages import md_heading
from .registry import KINDS, Registry
from .views import ENUM_LABELS


class UnknownReference(LookupError):
    """A hand-written page names an id or a field that the data does not have."""


def check_linkable(registry: Registry, page: str, entity_id: str) -> None:
    """A link needs an entity that has a page (screening steps and outcomes have none)."""
    if entity_id not in registry:
        raise UnknownReference(f"{page}: link('{entity_id}'): no entity has the id '{entity_id}'")
    info = KINDS[registry.kind_of(entity_id)]
    if not info.pages:
        raise UnknownReference(
            f"{page}: link('{entity_id}'): '{entity_id}' is a {info.singular}, which has no page to link to"
        )


def entity_link(registry: Registry, page: str, entity_id: str, text: str | None = None) -> str:
    check_linkable(registry, page, entity_id)
    label = md_heading(text or registry.get(entity_id).title)
    return f"[{label}]({registry.href(entity_id, page, markdown=True)})"


def entity_fact(registry: Registry, page: str, entity_id: str, path: str) -> str:
    """The value at ``path`` (dotted, e.g. ``immigration_effect.effect``) as escaped plain text."""
    if entity_id not in registry:
        raise UnknownReference(f"{page}: fact('{entity_id}', '{path}'): no entity has the id '{entity_id}'")
    value: object = registry.get(entity_id)
    for name in path.split("."):
        if not isinstance(value, BaseModel) or name not in type(value).model_fields:
            raise UnknownReference(f"{page}: fact('{entity_id}', '{path}'): '{entity_id}' has no field '{path}'")
        value = getattr(value, name)
        field = name
    values = value if isinstance(value, list) else [value]
    labels = ENUM_LABELS.get(field, {})
    return md_heading("; ".join(labels.get(str(v), str(v)) for v in values if v is not None))
