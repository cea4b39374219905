"""Shared fixtures: temporary projects, one strict build of the real site, and the browser."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile import hostile_dataset
from projects import CHROMIUM, FIXTURES, ROOT, build, make_project


def _built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build_into) -> Path:
    """``build_into(folder)`` once per test session. Under pytest-xdist the workers share one
    build: the first to arrive builds, under a lock, and the others wait for it."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return build_into(tmp_path_factory.mktemp(name))
    shared = tmp_path_factory.getbasetemp().parent
    with open(shared / f"{name}.lock", "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        folder, done = shared / name, shared / f"{name}.built"
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            done.write_text(build_into(folder).relative_to(folder).as_posix(), encoding="utf-8")
        return folder / done.read_text(encoding="utf-8")


def _site_of(project: Path, site_dir: Path) -> Path:
    result = build(project, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test session with --strict."""
    return _built_once(tmp_path_factory, "built", lambda tmp: _site_of(ROOT, tmp / "site"))


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from the small, stable fixture dataset."""

    def built(tmp: Path) -> Path:
        return _site_of(make_project(tmp / "project", FIXTURES / "valid", FIXTURES / "docs"), tmp / "site")

    return _built_once(tmp_path_factory, "fixture-site", built)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory):
    """A site built from data whose every free-text field carries markup, script and Jinja."""

    def built(tmp: Path) -> Path:
        data = hostile_dataset(FIXTURES / "valid", tmp / "data")
        return _site_of(make_project(tmp / "project", data, FIXTURES / "docs"), tmp / "site")

    return _built_once(tmp_path_factory, "hostile", built)


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
