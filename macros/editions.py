"""The site's editions: where each language's pages live and which page answers to which.

Hand-written pages follow mkdocs-static-i18n's suffix layout (``docs/about.md`` in English,
``docs/about.es.md`` in Spanish, built to ``es/about.html``). Pages are named here by their
*location*: the path of their Markdown as if it sat where the HTML is built (``es/about.md``),
so relative links computed from a location are right in the built site.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_LANGUAGE = "en"
# The editions, declared once: language code → (folder of its pages in the built site, its name).
EDITIONS = {"en": ("", "English"), "es": ("es/", "Spanish")}
LANGUAGES = tuple(EDITIONS)
FOLDERS = {language: folder for language, (folder, _) in EDITIONS.items()}
LANGUAGE_NAMES = {language: name for language, (_, name) in EDITIONS.items()}
HOME = "index.md"


def problems(configured: list[str]) -> list[str]:
    """The languages mkdocs.yml builds (plugins.i18n.languages) must be editions declared here,
    the default among them (a project may build fewer, as the test fixtures do)."""
    unknown = [language for language in configured if language not in EDITIONS]
    if not unknown and DEFAULT_LANGUAGE in configured:
        return []
    editions = ", ".join(LANGUAGES)
    return [
        f"mkdocs.yml: plugins.i18n.languages: expected some of the editions {editions}, got {', '.join(configured)}"
    ]


def location(dest_uri: str) -> str:
    """The location of a built page, from its output path (``es/about.html`` → ``es/about.md``)."""
    return dest_uri.removesuffix(".html") + ".md"


def language_of(page: str) -> str:
    first = page.partition("/")[0] + "/"
    return next((lang for lang, folder in FOLDERS.items() if folder and folder == first), DEFAULT_LANGUAGE)


def unprefixed(page: str) -> str:
    """The page's path inside its edition (``es/about.md`` → ``about.md``)."""
    return page.removeprefix(FOLDERS[language_of(page)])


def source_of(path: str, language: str) -> str:
    """The hand-written source of ``path`` (an unprefixed ``.md`` path) in ``language``."""
    return path if language == DEFAULT_LANGUAGE else path.removesuffix(".md") + f".{language}.md"


def exists_in(path: str, language: str, docs_dir: Path, generated: frozenset[str] = frozenset()) -> bool:
    """Whether ``path`` has a page in ``language``: hand-written, or generated (English only)."""
    if language == DEFAULT_LANGUAGE and path in generated:
        return True
    return (docs_dir / source_of(path, language)).is_file()


def counterpart(page: str, language: str, docs_dir: Path, generated: frozenset[str] = frozenset()) -> str:
    """The location of ``page`` in ``language``, or that edition's home page if it has none there."""
    path = unprefixed(page).partition("#")[0]
    found = path if exists_in(path, language, docs_dir, generated) else HOME
    return FOLDERS[language] + found


def target_for(path: str, language: str, docs_dir: Path) -> tuple[str, str]:
    """Where a link to the English page ``path`` should go from ``language``'s edition, and its
    language: the translated page when there is one, else the English page."""
    page = path.partition("#")[0]
    if language != DEFAULT_LANGUAGE and exists_in(page, language, docs_dir):
        return FOLDERS[language] + path, language
    return path, DEFAULT_LANGUAGE
