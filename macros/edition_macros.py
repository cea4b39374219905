"""Page macros for an edition in another language than the data: links back to English pages,
glossary terms with their English term of art, and the translated glossary.

Entity pages are English-only; a link to one from a translated page says so (``hreflang``,
``lang`` and a visible note), because a reader should know before following it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jinja2 import Environment
from markupsafe import Markup

from .inline import UnknownReference, check_linkable
from .pages import make_environment
from .registry import Registry, relative_href
from .translations import LANGUAGE_NAMES, TranslatedRegistry

GLOSSARY_PAGE = "glossary.md"


@cache
def _env() -> Environment:
    return make_environment()


def _one_line(html: str) -> str:
    return html.replace("\n", "")


def entity_link(registry: Registry, page: str, entity_id: str, text: str | None, note: str) -> str:
    """An HTML link from a translated page to an (English) entity page."""
    check_linkable(registry, page, entity_id)
    english = getattr(registry, "original", registry)
    label = text or english.get(entity_id).title
    template = _env().get_template("across.html").module
    return _one_line(str(template.foreign_link(registry.href(entity_id, page), label, "en", note)))


def page_link(page: str, target: str, text: str, note: str, exists: bool) -> str:
    """An HTML link from a translated page to an English hand-written page (``explainers/x.md``)."""
    if not exists:
        raise UnknownReference(f"{page}: english('{target}'): no English page docs/{target.partition('#')[0]}")
    path, _, anchor = target.partition("#")
    template = _env().get_template("across.html").module
    return _one_line(str(template.foreign_link(relative_href(path, page, anchor=anchor), text, "en", note)))


def _translated_term(registry: Registry, page: str, entity_id: str, macro: str):
    if not isinstance(registry, TranslatedRegistry):
        raise UnknownReference(f"{page}: {macro}('{entity_id}'): this page's edition has no translations")
    language = LANGUAGE_NAMES.get(registry.language, registry.language)
    if entity_id not in registry or registry.kind_of(entity_id) != "glossary":
        raise UnknownReference(f"{page}: {macro}('{entity_id}'): no glossary term has the id '{entity_id}'")
    if entity_id not in registry.translated_ids:
        raise UnknownReference(
            f"{page}: {macro}('{entity_id}'): no {language} text for this term in "
            f"data/i18n/{registry.language}/glossary.yaml"
        )
    return registry.get(entity_id), registry.original.get(entity_id)


def glossary_term(registry: Registry, page: str, edition_folder: str, entity_id: str, text: str | None) -> str:
    """A term linked to the edition's glossary, its English term of art beside it:
    ``anulación (vacatur)``."""
    term, english = _translated_term(registry, page, entity_id, "term")
    href = relative_href(edition_folder + GLOSSARY_PAGE, page, anchor=entity_id)
    template = _env().get_template("across.html").module
    label, english_label = text or _in_sentence(term.title), _in_sentence(english.title, term.title)
    return _one_line(str(template.term(href, label, english_label)))


def _in_sentence(title: str, names_from: str = "") -> str:
    """A glossary title as it reads mid-sentence: "Anulación" → "anulación". A first word that the
    other title also capitalises is a name ("Padilla advisal" / "Advertencia de Padilla") and stays."""
    first = title.split()[0]
    if first in (names_from or title).split()[1:] or first.isupper():
        return title
    return title[0].lower() + title[1:]


@dataclass(frozen=True)
class TermView:
    id: str
    title: str
    english: str
    summary: str
    english_href: str


def glossary_terms(registry: Registry, page: str, details: str) -> str:
    """Every translated glossary term, alphabetically in the edition's language."""
    if not isinstance(registry, TranslatedRegistry):
        raise UnknownReference(f"{page}: glossary_terms(): this page's edition has no translations")
    terms = []
    for entity_id in registry.translated_ids:
        if registry.kind_of(entity_id) == "glossary":
            term, english = _translated_term(registry, page, entity_id, "glossary_terms")
            terms.append(TermView(entity_id, term.title, english.title, term.summary, registry.href(entity_id, page)))
    terms.sort(key=lambda t: t.title.lower())
    return Markup(_one_line(_env().get_template("glossary_terms.html").render(terms=terms, details=details)))
