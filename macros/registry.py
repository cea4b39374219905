"""Every validated entity by id, the references between them, and where each one lives."""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel

from .models import ANY_KIND, Identified, Ref
from .problems import Problem

if TYPE_CHECKING:
    from .loader import Record


@dataclass(frozen=True)
class KindInfo:
    folder: str
    singular: str
    plural: str
    one_page: bool = False
    pages: bool = True  # False: used by the screening tool only, never shown as pages
    group_by: str = ""  # a field naming another entity: the index and navigation group by it

    @property
    def index_uri(self) -> str:
        return f"{self.folder}.md" if self.one_page else f"{self.folder}/index.md"


KINDS: dict[str, KindInfo] = {
    "vehicles": KindInfo("vehicles", "relief vehicle", "Post-conviction relief vehicles", group_by="jurisdiction"),
    "cases": KindInfo("cases", "case", "Key cases"),
    "relief": KindInfo("relief", "relief form", "Immigration relief forms"),
    "crimes": KindInfo("crimes", "crime category", "Crime categories"),
    "marijuana": KindInfo("marijuana", "marijuana risk", "Marijuana risks"),
    "glossary": KindInfo("glossary", "glossary term", "Glossary", one_page=True),
    "jurisdictions": KindInfo("jurisdictions", "jurisdiction", "Jurisdictions"),
    "questions": KindInfo("screening", "screening question or result", "Screening steps", pages=False),
    "outcomes": KindInfo("screening", "screening outcome", "Screening outcomes", pages=False),
    "deadlines": KindInfo("screening", "screening deadline", "Screening deadlines", pages=False),
}


@dataclass(frozen=True)
class Reference:
    """One id written in one field of one entity."""

    source: str
    field: str
    loc: tuple[str | int, ...]
    target: str
    kinds: tuple[str, ...]


def iter_references(model: BaseModel, loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple, str, tuple[str, ...]]]:
    """Every (location, id, allowed kinds) held in ``model`` or the models nested in it."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        ref = next((m for m in info.metadata if isinstance(m, Ref)), None)
        if ref and isinstance(value, str):
            yield (*loc, name), value, ref.kinds
        elif ref and isinstance(value, list):
            for i, target in enumerate(value):
                yield (*loc, name, i), target, ref.kinds
        elif isinstance(value, BaseModel):
            yield from iter_references(value, (*loc, name))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from iter_references(item, (*loc, name, i))


class Registry:
    """Lookups by id and kind, backlinks, and page locations. Built once per data load."""

    def __init__(self, records: list[Record], invalid_ids: frozenset[str] = frozenset()) -> None:
        self.records = records
        self.invalid_ids = invalid_ids  # entities that failed validation: already reported, not "missing"
        self._by_id: dict[str, Record] = {}
        self._duplicates: list[tuple[Record, Record]] = []
        for record in records:
            first = self._by_id.setdefault(record.entity.id, record)
            if first is not record:
                self._duplicates.append((record, first))
        self.references = [
            Reference(r.entity.id, str(loc[0]), loc, target, kinds)
            for r in records
            if self._by_id[r.entity.id] is r
            for loc, target, kinds in iter_references(r.entity)
        ]
        self._backlinks: dict[str, list[Reference]] = defaultdict(list)
        for reference in self.references:
            if reference.source != reference.target:
                self._backlinks[reference.target].append(reference)

    # --- checks ---------------------------------------------------------------------

    def problems(self, *, check_references: bool = True) -> list[Problem]:
        """Duplicate ids and references that do not land on an entity of an allowed kind."""
        found = [
            Problem(
                dup.file,
                dup.line_of(("id",)),
                dup.label,
                "id",
                f"duplicate id; first defined at {first.file}:{first.line_of(('id',))}",
            )
            for dup, first in self._duplicates
        ]
        for reference in self.references if check_references else []:
            found += self._check(reference)
        return found

    def _check(self, reference: Reference) -> list[Problem]:
        target = self._by_id.get(reference.target)
        if (target and target.kind in reference.kinds) or reference.target in self.invalid_ids:
            return []
        wanted = (
            "an entity"
            if reference.kinds == ANY_KIND
            else "a " + " or ".join(KINDS[k].singular for k in reference.kinds)
        )
        got = (
            f"'{reference.target}' is a {KINDS[target.kind].singular}"
            if target
            else f"no entity has the id '{reference.target}'"
        )
        source = self._by_id[reference.source]
        field = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in reference.loc).lstrip(".")
        return [
            Problem(
                source.file,
                source.line_of(reference.loc),
                source.label,
                field,
                f"expected the id of {wanted}, but {got}",
            )
        ]

    # --- lookups --------------------------------------------------------------------

    def __contains__(self, entity_id: str) -> bool:
        return entity_id in self._by_id

    def record(self, entity_id: str) -> Record:
        """Where the entity was written: file, YAML node and kind."""
        return self._by_id[entity_id]

    def get(self, entity_id: str) -> Identified:
        return self._by_id[entity_id].entity

    def kind_of(self, entity_id: str) -> str:
        return self._by_id[entity_id].kind

    def of_kind(self, kind: str) -> list[Identified]:
        return [r.entity for r in self.records if r.kind == kind]

    def all(self) -> list[Identified]:
        """Every entity that has a page (screening steps and outcomes have none)."""
        return [r.entity for r in self.records if KINDS[r.kind].pages]

    def backlinks(self, entity_id: str) -> list[Reference]:
        """References from other entities to this one, in data order."""
        return list(self._backlinks.get(entity_id, []))

    # --- locations ------------------------------------------------------------------

    def src_uri_of(self, entity_id: str) -> str:
        """The Markdown source path of the page that shows the entity (with an anchor if shared)."""
        info = KINDS[self.kind_of(entity_id)]
        if not info.pages:
            raise LookupError(f"{entity_id} is a {info.singular}: it has no page")
        if info.one_page:
            return f"{info.index_uri}#{entity_id}"
        return f"{info.folder}/{entity_id}.md"

    def groups(self, kind: str) -> list[tuple[str, list[Identified]]]:
        """A kind's entities by title, under the entity each names in its ``group_by`` field (a
        reference, so the entity exists), the groups in the order of those entities' titles."""
        field = KINDS[kind].group_by
        entities = sorted(self.of_kind(kind), key=lambda e: e.title.lower())
        if not field:
            return [("", entities)]
        grouped: dict[str, list[Identified]] = {}
        for entity in entities:
            grouped.setdefault(getattr(entity, field), []).append(entity)
        return [(key, grouped[key]) for key in sorted(grouped, key=lambda k: self.get(k).title.lower())]

    def href(self, entity_id: str, from_src_uri: str, *, markdown: bool = False) -> str:
        """A relative link from the page ``from_src_uri`` to the entity's page (``.md`` or ``.html``)."""
        target, _, anchor = self.src_uri_of(entity_id).partition("#")
        return relative_href(target, from_src_uri, anchor=anchor, markdown=markdown)


def relative_href(target_src_uri: str, from_src_uri: str, *, anchor: str = "", markdown: bool = False) -> str:
    """Relative link between two source pages; ``.html`` for raw HTML, ``.md`` for Markdown."""
    if not markdown:
        target_src_uri = target_src_uri.removesuffix(".md") + ".html"
    here = posixpath.dirname(from_src_uri) or "."
    path = posixpath.relpath(target_src_uri, here)
    return f"{path}#{anchor}" if anchor else path
