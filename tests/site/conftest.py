"""Fixtures for tests over the real built site: its data, and the Nu HTML Checker."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from macros.loader import load
from macros.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="session")
def registry(site: Path) -> Registry:
    """The data the site was built from, read right after the build so both see the same files."""
    return load(ROOT / "data")


@pytest.fixture(scope="session")
def vnu() -> list[str]:
    """The command that runs the Nu HTML Checker. Missing: a skip locally, a failure in CI."""
    java = shutil.which("java")
    if not java or not VNU_JAR.is_file():
        message = f"The HTML checker needs java and {VNU_JAR.relative_to(ROOT)}; run `make setup browser`"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return [java, "-jar", str(VNU_JAR)]
