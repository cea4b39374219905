"""The thin MkDocs adapter: stop on bad data, add generated pages and their navigation.

Everything it calls is plain Python (``macros.loader``, ``macros.pages``); a move to another
generator replaces only this file and ``macros/__init__.py``.

mkdocs-static-i18n builds the site once per language, setting ``theme.language`` each time;
the events below that depend on the language run after that plugin's own (lower priority).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from macros import decks, editions, offline_copy, open_data, page_scripts, site_data, updates
from macros.navigation import expand_nav, latest_review
from macros.pages import PageRenderer, Site, generated_uris, problems_page
from macros.problems import DataError
from macros.site_data import crosslinker_for, page_problems, registry_for
from macros.ui_text import page_config, ui_problems, ui_text
from macros.values import problems as value_problems

# `mkdocs serve` keeps serving while the data is broken: every page then lists the problems, and
# the next save rebuilds the site. `mkdocs build` stops instead, writing nothing.
log = logging.getLogger("mkdocs.plugins.pcr")
_serving = False
_data_problems: list[str] = []


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def _language(config) -> str:
    return config.theme.get("language") or editions.DEFAULT_LANGUAGE


def _registry(config, language: str = editions.DEFAULT_LANGUAGE):
    try:
        return registry_for(Path(config.config_file_path).parent, language)
    except DataError as err:
        count = len(err.problems)
        edition = "" if language == editions.DEFAULT_LANGUAGE else f" (the '{language}' edition)"
        raise PluginError(f"{count} problem(s) in data/{edition}; nothing was built:\n{err}") from None


def _broken(config) -> list[str]:
    """The data's problems in this build's language (English first), or none."""
    for language in dict.fromkeys([editions.DEFAULT_LANGUAGE, _language(config)]):
        try:
            registry_for(Path(config.config_file_path).parent, language)
        except DataError as err:
            return [str(p) for p in err.problems]
    return []


def _declarations(config) -> None:
    """The editions, interface words and value sets declared in code agree with mkdocs.yml and
    with each other; a mistake stops the build with one line each."""
    i18n = config.plugins.get("i18n")
    configured = [lang.locale for lang in i18n.config.languages] if i18n else [editions.DEFAULT_LANGUAGE]
    scripts = [str(getattr(script, "path", script)) for script in config.extra_javascript]
    problems = editions.problems(configured) + ui_problems() + value_problems() + page_scripts.problems(scripts)
    if problems:
        raise PluginError(f"{len(problems)} problem(s) in the site's declarations:\n" + "\n".join(problems))


@event_priority(-150)  # after mkdocs-static-i18n has set this build's language and navigation
def on_config(config):
    site_data.begin_build()
    _declarations(config)
    page_problems.clear()
    _data_problems[:] = _broken(config) if _serving else []
    if _data_problems:
        # INFO, not a warning: under --strict a warning would stop the build that shows them.
        log.info(
            "%d problem(s) in data/; every page lists them until they are fixed:\n%s",
            len(_data_problems),
            "\n".join(_data_problems),
        )
        config.nav = [{"Data problems": "index.md"}]
        return config
    registry = _registry(config)
    _registry(config, _language(config))  # a missing translation stops its edition's build here
    if config.nav:
        config.nav = expand_nav(config.nav, registry)
    return config


@event_priority(-200)  # after other plugins have settled the file list (mkdocs-static-i18n needs this)
def on_files(files, config):
    """Generated pages are English: they are added to the English build only. With broken data
    (only while serving) the one page is the list of problems, at the site's home."""
    if _data_problems:
        for page in [f for f in files if f.is_documentation_page()]:
            files.remove(page)
        files.append(File.generated(config, "index.md", content=problems_page(_data_problems)))
        return files
    if _language(config) != editions.DEFAULT_LANGUAGE:
        return files
    registry = _registry(config)
    site = _site(config)
    for src_uri, markdown in PageRenderer(registry, site=site).render_all().items():
        files.append(File.generated(config, src_uri, content=markdown))
    for name, text in open_data.files(registry, site.name, site.version).items():
        files.append(File.generated(config, f"{open_data.FOLDER}/{name}", content=text))
    feed = updates.atom(registry, site.name, "Changes in the law and in the site, newest first.", site.url)
    files.append(File.generated(config, updates.FEED, content=feed))
    return files


def _site(config) -> Site:
    return Site(config.site_name, config.site_url or "", latest_review(_registry(config)))


def on_page_content(html, page, config, files):
    """Link case citations and explain abbreviations in every page's rendered HTML; write the
    deck of a page whose front matter asks for slides."""
    if _data_problems:
        return html
    project = Path(config.config_file_path).parent
    html = crosslinker_for(project, _language(config)).enrich(html, editions.location(page.file.dest_uri))
    if page.meta.get("slides"):  # a webinar deck beside the page, cut from the same HTML
        deck = decks.deck_of(html, page.file.dest_uri, _language(config))
        decks.write(Path(config.site_dir), deck, latest_review(_registry(config)))
    return html


@event_priority(-100)  # after mkdocs-static-i18n has set the switcher for hand-written pages
def on_page_context(context, page, config, nav):
    """The language switcher of every page, generated ones included: the same page in the other
    language where it exists, else that edition's home page."""
    # Read and set as an attribute, as mkdocs-static-i18n and the theme do (not as an item).
    alternates = getattr(config.extra, "alternate", None)
    if alternates and not _data_problems:
        here = editions.location(page.file.dest_uri)
        generated = frozenset(generated_uris(_registry(config)))
        docs_dir = Path(config.docs_dir)
        config.extra.alternate = [
            {**alt, "link": _html(editions.counterpart(here, alt["lang"], docs_dir, generated))} for alt in alternates
        ]
    return context


def _html(location: str) -> str:
    return location.removesuffix(".md") + ".html"


def on_env(env, config, files):
    """Every page's Markdown has been rendered by now and nothing is written yet."""
    env.globals["pcr_reviewed"] = "" if _data_problems else latest_review(_registry(config))
    env.globals["pcr_ui"] = ui_text(_language(config))
    env.globals["pcr_data_problems"] = list(_data_problems)
    env.globals["pcr_config"] = page_config(_language(config))
    if page_problems:
        lines = "\n".join(sorted(set(page_problems)))
        raise PluginError(f"{len(page_problems)} unknown reference(s) in docs/; nothing was built:\n{lines}")
    return env


def on_post_template(output_content, template_name, config):
    """The 404 page too loads only the scripts it needs (none of the page-specific ones)."""
    return page_scripts.without_unused_scripts(output_content)


@event_priority(-300)  # after mkdocs-static-i18n has built the other editions into the same folder
def on_post_build(config):
    """The offline copy: a zip of the finished site (both editions), linked from the pages that
    offer it with its size and SHA-256. Not while serving: a live preview needs no zip."""
    i18n = config.plugins.get("i18n")
    if _serving or _data_problems or (i18n and i18n.building):
        return
    offline_copy.publish(Path(config.site_dir), latest_review(_registry(config)))


def on_post_page(output, page, config):
    """A page loads the scripts for what it holds, no others. Then the switcher is left on the
    edition homes: the 404 page, rendered after the pages, uses it."""
    alternates = getattr(config.extra, "alternate", None)
    if alternates:
        homes = {lang: _html(folder + editions.HOME) for lang, folder in editions.FOLDERS.items()}
        config.extra.alternate = [{**alt, "link": homes[alt["lang"]]} for alt in alternates]
    return page_scripts.without_unused_scripts(output)
