"""The thin mkdocs-macros adapter: registers the page macros, which live in plain modules."""

from __future__ import annotations

from pathlib import Path


def define_env(env) -> None:
    from . import edition_macros, editions, page_macros
    from .inline import UnknownReference, entity_fact, entity_link
    from .pages import generated_uris
    from .site_data import page_problems, registry_for
    from .ui_text import ui_text

    project = Path(env.conf.config_file_path).parent
    docs_dir = Path(env.conf.docs_dir)

    def language() -> str:
        """The language being built. mkdocs-static-i18n builds each in turn and sets the theme's
        language after this module is loaded, so it is read when a page is rendered."""
        return env.conf.theme.get("language") or editions.DEFAULT_LANGUAGE

    def translated() -> bool:
        return language() != editions.DEFAULT_LANGUAGE

    def page() -> str:
        """Where the page is built (``es/index.md`` for ``index.es.md``): links are relative to it."""
        return editions.location(env.page.file.dest_uri)

    def reported(render, *args) -> str:
        """Render, or record the mistake so the build stops once, listing every mistake. A mistake
        names the page as its author knows it: its source file under docs/."""
        try:
            return render(registry_for(project, language()), *args)
        except UnknownReference as err:
            message = str(err).removeprefix(f"{page()}: ")
            page_problems.append(f"{Path(env.conf.docs_dir).name}/{env.page.file.src_uri}: {message}")
            return ""

    @env.macro
    def link(entity_id: str, text: str | None = None) -> str:
        """A link to an entity's page, labelled with its title unless ``text`` is given.

        Entity pages are English: from a translated page the link is marked "(in English)".
        """
        if translated():
            return reported(edition_macros.entity_link, page(), entity_id, text, ui_text(language())["in_english"])
        return reported(entity_link, page(), entity_id, text)

    @env.macro
    def english(target: str, text: str) -> str:
        """From a translated page, a link to an English page (``explainers/marijuana.md``), marked so."""

        def render(registry, *args) -> str:
            generated = frozenset(generated_uris(registry))
            exists = editions.exists_in(target.partition("#")[0], editions.DEFAULT_LANGUAGE, docs_dir, generated)
            return edition_macros.page_link(*args, exists)

        return reported(render, page(), target, text, ui_text(language())["in_english"])

    @env.macro
    def term(entity_id: str, text: str | None = None) -> str:
        """A glossary term in the page's language with its English term of art: "anulación (vacatur)"."""
        return reported(edition_macros.glossary_term, page(), editions.FOLDERS[language()], entity_id, text)

    @env.macro
    def glossary_terms() -> str:
        """Every glossary term translated into the page's language."""
        return reported(edition_macros.glossary_terms, page(), ui_text(language())["glossary_details"])

    @env.macro
    def fact(entity_id: str, path: str) -> str:
        """One fact of an entity, e.g. ``fact('pc-1473-7-a-1', 'deadline')``."""
        return reported(entity_fact, page(), entity_id, path)

    @env.macro
    def vehicles_chart(jurisdiction: str | None = None, columns: list[str] | None = None) -> str:
        """Vehicles compared; optionally one jurisdiction and some columns."""
        return reported(page_macros.vehicles_chart, page(), jurisdiction, columns)

    @env.macro
    def bars_chart(relief: list[str] | None = None, crimes: list[str] | None = None) -> str:
        """Criminal record bars to relief; optionally some relief forms and crime categories."""
        return reported(page_macros.bars_chart, page(), relief, crimes)

    @env.macro
    def marijuana_chart(ids: list[str] | None = None, columns: list[str] | None = None) -> str:
        """Marijuana conduct by consequence."""
        return reported(page_macros.marijuana_chart, page(), ids, columns)

    @env.macro
    def cases_chart(topic: str | None = None, columns: list[str] | None = None) -> str:
        """Key cases with status; optionally one topic."""
        return reported(page_macros.cases_chart, page(), topic, columns)

    @env.macro
    def cases_timeline() -> str:
        """Key cases by year."""
        return reported(page_macros.cases_timeline, page())

    @env.macro
    def jurisdictions_chart(columns: list[str] | None = None) -> str:
        """Every jurisdiction compared: advisement rule, remedy, main route, Padilla, 364-day law."""
        return reported(page_macros.jurisdictions_chart, page(), columns)

    @env.macro
    def jurisdictions_map() -> str:
        """The states as equal tiles, each labelled and shaded by its advisement rule."""
        return reported(page_macros.jurisdictions_map, page())

    @env.macro
    def offline_copy() -> str:
        """The offline zip to download, with its size, content date and SHA-256."""
        return page_macros.offline_box(language())

    @env.macro
    def screening_tool() -> str:
        """The screening decision tree: an outline without JavaScript, a step-by-step tool with it."""
        if not translated():
            return reported(page_macros.screening_tool, page(), ui_text(language()))
        return reported(
            page_macros.screening_tool,
            page(),
            ui_text(language()),
            editions.DEFAULT_LANGUAGE,
            lambda path: editions.target_for(path, language(), docs_dir),
        )
