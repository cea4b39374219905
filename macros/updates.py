"""What changed, and when: the entries of the What's new page and of the Atom feed.

Every entry is dated by the data itself, never by the build: a vehicle's history entry by the
year of the change in the law (the first of January of that year, shown as the year), a new
entity by its ``added`` date, a review by its ``reviewed`` date. Plain Python; the hook writes
the feed and the page renderer prints the same entries.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from .open_data import page_of
from .registry import KINDS, Registry

FEED = "feed.xml"
PAGE = "whats-new.md"
_NAMESPACE = uuid.UUID("0b5f0d7e-4a39-4c4e-9d0e-6f3c0e7a1c21")  # fixed: entry ids never change


@dataclass(frozen=True)
class Update:
    date: datetime.date
    event: str  # "law", "added" or "reviewed"
    entity_id: str
    kind: str
    entity_title: str
    text: str
    page: str  # relative to the site's root
    year_only: bool = False

    @property
    def title(self) -> str:
        return HEADLINES[self.event].format(title=self.entity_title)

    @property
    def uid(self) -> str:
        return uuid.uuid5(_NAMESPACE, f"{self.entity_id}/{self.event}/{self.date.isoformat()}").urn

    @property
    def shown_date(self) -> str:
        return str(self.date.year) if self.year_only else self.date.isoformat()


EVENTS = {"law": "Law changed", "added": "New", "reviewed": "Reviewed"}
HEADLINES = {event: f"{label}: {{title}}" for event, label in EVENTS.items()}


def _events(entity) -> Iterator[tuple[datetime.date, str, str, bool]]:
    """(date, event, text, dated by year only) of each change the entity records."""
    for entry in getattr(entity, "history", []):
        yield datetime.date(entry.year, 1, 1), "law", entry.change, True
    if entity.added:
        yield entity.added, "added", entity.summary, False
    if entity.reviewed != entity.added:
        yield entity.reviewed, "reviewed", f"Checked again against its sources. {entity.summary}", False


def updates(registry: Registry) -> list[Update]:
    """Every dated change, newest first (ties in a stable order: event, then title)."""
    found = [
        Update(date, event, e.id, registry.kind_of(e.id), e.title, text, page_of(registry, e.id), year_only)
        for e in registry.all()
        for date, event, text, year_only in _events(e)
    ]
    order = {event: i for i, event in enumerate(EVENTS)}
    return sorted(found, key=lambda u: (-u.date.toordinal(), order[u.event], u.entity_title.lower()))


def by_period(entries: list[Update]) -> list[tuple[str, list[Update]]]:
    """Entries grouped under "December 2026" headings, or the year for changes dated by year."""
    groups: dict[str, list[Update]] = {}
    for update in entries:
        period = update.shown_date if update.year_only else update.date.strftime("%B %Y")
        groups.setdefault(period, []).append(update)
    return list(groups.items())


def _stamp(date: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(date, datetime.time(), tzinfo=datetime.UTC)


def atom(registry: Registry, title: str, subtitle: str, site_url: str = "") -> str:
    """The Atom feed. Links are relative to the feed (it sits at the site's root) unless the
    site's address is known."""
    entries = updates(registry)
    base = site_url.rstrip("/") + "/" if site_url else ""
    feed = FeedGenerator()
    feed.id(uuid.uuid5(_NAMESPACE, "feed").urn)
    feed.title(title)
    feed.subtitle(subtitle)
    feed.link(href=f"{base}{FEED}", rel="self")
    feed.link(href=f"{base}{PAGE.removesuffix('.md')}.html", rel="alternate")
    feed.language("en")
    feed.rights("CC BY 4.0")
    if entries:
        feed.updated(_stamp(entries[0].date))
    for update in reversed(entries):  # feedgen puts the last one added first
        entry = feed.add_entry()
        entry.id(update.uid)
        entry.title(update.title)
        entry.updated(_stamp(update.date))
        entry.link(href=f"{base}{update.page}", rel="alternate")
        entry.summary(update.text)
        entry.category(term=update.kind, label=KINDS[update.kind].singular)
    return feed.atom_str(pretty=True).decode("utf-8")
