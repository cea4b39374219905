"""The thin MkDocs adapter: stop on bad data, add generated pages and their navigation.

Everything it calls is plain Python (``macros.loader``, ``macros.pages``); a move to another
generator replaces only this file and ``macros/__init__.py``.

mkdocs-static-i18n builds the site once per language, setting ``theme.language`` each time;
the events below that depend on the language run after that plugin's own (lower priority).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from macros import editions
from macros.navigation import expand_nav, latest_review
from macros.pages import PageRenderer, generated_uris
from macros.problems import DataError
from macros.site_data import crosslinker_for, page_problems, registry_for
from macros.ui_text import ui_text


def _language(config) -> str:
    return config.theme.get("language") or editions.DEFAULT_LANGUAGE


def _registry(config, language: str = editions.DEFAULT_LANGUAGE):
    try:
        return registry_for(Path(config.config_file_path).parent, language)
    except DataError as err:
        count = len(err.problems)
        edition = "" if language == editions.DEFAULT_LANGUAGE else f" (the '{language}' edition)"
        raise PluginError(f"{count} problem(s) in data/{edition}; nothing was built:\n{err}") from None


@event_priority(-150)  # after mkdocs-static-i18n has set this build's language and navigation
def on_config(config):
    page_problems.clear()
    registry = _registry(config)
    _registry(config, _language(config))  # a missing translation stops its edition's build here
    if config.nav:
        config.nav = expand_nav(config.nav, registry)
    return config


@event_priority(-200)  # after other plugins have settled the file list (mkdocs-static-i18n needs this)
def on_files(files, config):
    """Generated pages are English: they are added to the English build only."""
    if _language(config) != editions.DEFAULT_LANGUAGE:
        return files
    for src_uri, markdown in PageRenderer(_registry(config)).render_all().items():
        files.append(File.generated(config, src_uri, content=markdown))
    return files


def on_page_content(html, page, config, files):
    """Link case citations and explain abbreviations in every page's rendered HTML."""
    project = Path(config.config_file_path).parent
    return crosslinker_for(project, _language(config)).enrich(html, editions.location(page.file.dest_uri))


@event_priority(-100)  # after mkdocs-static-i18n has set the switcher for hand-written pages
def on_page_context(context, page, config, nav):
    """The language switcher of every page, generated ones included: the same page in the other
    language where it exists, else that edition's home page."""
    # Read and set as an attribute, as mkdocs-static-i18n and the theme do (not as an item).
    alternates = getattr(config.extra, "alternate", None)
    if alternates:
        here = editions.location(page.file.dest_uri)
        generated = frozenset(generated_uris(_registry(config)))
        docs_dir = Path(config.docs_dir)
        config.extra.alternate = [
            {**alt, "link": _html(editions.counterpart(here, alt["lang"], docs_dir, generated))}
            for alt in alternates
        ]
    return context


def _html(location: str) -> str:
    return location.removesuffix(".md") + ".html"


def on_env(env, config, files):
    """Every page's Markdown has been rendered by now and nothing is written yet."""
    env.globals["pcr_reviewed"] = latest_review(_registry(config))
    env.globals["pcr_ui"] = ui_text(_language(config))
    if page_problems:
        lines = "\n".join(sorted(set(page_problems)))
        raise PluginError(f"{len(page_problems)} unknown reference(s) in docs/; nothing was built:\n{lines}")
    return env


def on_post_page(output, page, config):
    """Leave the switcher on the edition homes: the 404 page, rendered after the pages, uses it."""
    alternates = getattr(config.extra, "alternate", None)
    if alternates:
        homes = {lang: _html(folder + editions.HOME) for lang, folder in editions.FOLDERS.items()}
        config.extra.alternate = [{**alt, "link": homes[alt["lang"]]} for alt in alternates]
    return output
