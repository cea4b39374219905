"""The thin MkDocs adapter: stop on bad data, add generated pages and their navigation.

Everything it calls is plain Python (``macros.loader``, ``macros.pages``); a move to another
generator replaces only this file and ``macros/__init__.py``.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from macros.navigation import expand_nav, latest_review
from macros.pages import PageRenderer
from macros.problems import DataError
from macros.site_data import crosslinker_for, page_problems, registry_for


def _registry(config):
    try:
        return registry_for(Path(config.config_file_path).parent)
    except DataError as err:
        count = len(err.problems)
        raise PluginError(f"{count} problem(s) in data/; nothing was built:\n{err}") from None


def on_config(config):
    page_problems.clear()
    registry = _registry(config)
    if config.nav:
        config.nav = expand_nav(config.nav, registry)
    return config


@event_priority(-200)  # after other plugins have settled the file list (mkdocs-static-i18n needs this)
def on_files(files, config):
    for src_uri, markdown in PageRenderer(_registry(config)).render_all().items():
        files.append(File.generated(config, src_uri, content=markdown))
    return files


def on_page_content(html, page, config, files):
    """Link case citations and explain abbreviations in every page's rendered HTML."""
    return crosslinker_for(Path(config.config_file_path).parent).enrich(html, page.file.src_uri)


def on_env(env, config, files):
    """Every page's Markdown has been rendered by now and nothing is written yet."""
    env.globals["pcr_reviewed"] = latest_review(_registry(config))
    if page_problems:
        lines = "\n".join(sorted(set(page_problems)))
        raise PluginError(f"{len(page_problems)} unknown reference(s) in docs/; nothing was built:\n{lines}")
    return env
