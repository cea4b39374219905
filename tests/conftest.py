"""Shared fixtures: temporary projects, one strict build of the real site, and the browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hostile import hostile_dataset

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")


def make_project(where: Path, data: Path | dict[str, str] | None = None, docs: Path | None = None) -> Path:
    """A copy of the project with other data and, optionally, other hand-written pages.

    With ``docs``, the pages come from that folder (plus the real about page, which the theme
    links to) and the navigation is left to MkDocs, so a small dataset needs no real content;
    only the English edition is built, since such a dataset has no translations.
    """
    where.mkdir(parents=True, exist_ok=True)
    for name in ("overrides", "macros"):
        (where / name).symlink_to(ROOT / name)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    if docs:
        shutil.copytree(docs, where / "docs")
        shutil.copy(ROOT / "docs" / "about.md", where / "docs" / "about.md")
        del config["nav"]
        for plugin in config["plugins"]:
            if isinstance(plugin, dict) and "i18n" in plugin:
                plugin["i18n"]["languages"] = [lang for lang in plugin["i18n"]["languages"] if lang.get("default")]
    else:
        shutil.copytree(ROOT / "docs", where / "docs")
    (where / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
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


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test session with --strict."""
    site_dir = tmp_path_factory.mktemp("built") / "site"
    result = build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from the small, stable fixture dataset."""
    tmp = tmp_path_factory.mktemp("fixture-site")
    result = build(make_project(tmp / "project", FIXTURES / "valid", FIXTURES / "docs"), tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site"


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    """A site built from data whose every free-text field carries markup, script and Jinja."""
    data = hostile_dataset(FIXTURES / "valid", tmp / "data")
    result = build(make_project(tmp / "project", data, FIXTURES / "docs"), tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site"


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright. Missing browser: a skip locally, a failure in CI."""
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}; install Debian's 'chromium' package"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        )
        yield launched
        launched.close()


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """``directory`` served on 127.0.0.1 by the standard library, for as long as the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def http_site(site: Path) -> Iterator[str]:
    """The real site over HTTP."""
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def http_fixture_site(fixture_site: Path) -> Iterator[str]:
    """The fixture site over HTTP (axe reads stylesheets, which file:// forbids)."""
    with serve(fixture_site) as url:
        yield url


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass
