"""Temporary copies of the project, built as a person would build them (shared by the tests)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")


class _EnvTag(str):
    """mkdocs.yml's ``!ENV NAME``, kept as written when a test copies the configuration."""


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


_ConfigLoader.add_constructor("!ENV", lambda loader, node: _EnvTag(loader.construct_scalar(node)))
_ConfigDumper.add_representer(_EnvTag, lambda dumper, value: dumper.represent_scalar("!ENV", str(value)))


def make_project(where: Path, data: Path | dict[str, str] | None = None, docs: Path | None = None) -> Path:
    """A copy of the project with other data and, optionally, other hand-written pages.

    With ``docs``, the pages come from that folder (plus the real about page, which the theme
    links to) and the navigation is left to MkDocs, so a small dataset needs no real content;
    only the English edition is built, since such a dataset has no translations.
    """
    where.mkdir(parents=True, exist_ok=True)
    for name in ("overrides", "macros"):
        (where / name).symlink_to(ROOT / name)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    if docs:
        shutil.copytree(docs, where / "docs")
        shutil.copy(ROOT / "docs" / "about.md", where / "docs" / "about.md")
        del config["nav"]
        for plugin in config["plugins"]:
            if isinstance(plugin, dict) and "i18n" in plugin:
                plugin["i18n"]["languages"] = [lang for lang in plugin["i18n"]["languages"] if lang.get("default")]
    else:
        shutil.copytree(ROOT / "docs", where / "docs")
    (where / "mkdocs.yml").write_text(yaml.dump(config, Dumper=_ConfigDumper, sort_keys=False), encoding="utf-8")
    if isinstance(data, dict):
        (where / "data").mkdir()
        for name, text in data.items():
            (where / "data" / name).parent.mkdir(parents=True, exist_ok=True)
            (where / "data" / name).write_text(text, encoding="utf-8")
    else:
        shutil.copytree(data or ROOT / "data", where / "data", ignore=shutil.ignore_patterns("schema"))
    return where


def build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` as a person would run it, output captured."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=600,
        check=False,
    )
