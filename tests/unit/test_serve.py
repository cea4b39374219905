"""`mkdocs serve` on broken data: the served site lists the problems instead of going stale, and
the next save with good data brings the site back."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from projects import FIXTURES, make_project


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as err:  # a page that is gone: the 404 page
        return err.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    page = ""
    while time.monotonic() < deadline:
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.5)
    raise AssertionError(f"{url} never showed {text!r}; last page began {page[:200]!r}")


def test_serve_shows_data_problems_in_the_browser_and_recovers(tmp_path):
    project = make_project(tmp_path / "project", FIXTURES / "valid", FIXTURES / "docs")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/"
    glossary = project / "data" / "glossary.yaml"
    good = glossary.read_text(encoding="utf-8")
    try:
        wait_for(base + "vehicles/pc-1473-7-a-1.html", "Penal Code 1473.7(a)(1)")
        glossary.write_text(good.replace("summary: A court order", "summary: A <b>court</b> order"), encoding="utf-8")
        problem = "data/glossary.yaml:3: glossary[vacatur].summary: expected plain text"
        wait_for(base + "index.html", problem)
        wait_for(base + "vehicles/pc-1473-7-a-1.html", problem)  # an entity page is gone: its address lists them too
        glossary.write_text(good, encoding="utf-8")
        page = wait_for(base + "vehicles/pc-1473-7-a-1.html", "Penal Code 1473.7(a)(1)")
        assert "Data problems" not in page
    finally:
        server.terminate()
        server.wait(timeout=20)
