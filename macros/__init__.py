"""The thin mkdocs-macros adapter: registers the page macros, which live in plain modules."""

from __future__ import annotations

from pathlib import Path


def define_env(env) -> None:
    from . import page_macros
    from .inline import UnknownReference, entity_fact, entity_link
    from .site_data import page_problems, registry_for

    project = Path(env.conf.config_file_path).parent

    def page() -> str:
        return env.page.file.src_uri

    def reported(render, *args) -> str:
        """Render, or record the mistake so the build stops once, listing every mistake."""
        try:
            return render(registry_for(project), *args)
        except UnknownReference as err:
            page_problems.append(str(err))
            return ""

    @env.macro
    def link(entity_id: str, text: str | None = None) -> str:
        """A Markdown link to an entity's page, labelled with its title unless ``text`` is given."""
        return reported(entity_link, page(), entity_id, text)

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
    def screening_tool() -> str:
        """The screening decision tree: an outline without JavaScript, a step-by-step tool with it."""
        return reported(page_macros.screening_tool, page())
