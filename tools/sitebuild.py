"""One strict build of the site into a folder, as `make build` does, for the tools to package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_site(site_dir: Path, project: Path = ROOT) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-q", "-d", str(site_dir)]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, encoding="utf-8", check=False)
    if result.returncode != 0:
        sys.exit(f"The site did not build:\n{result.stderr}")


def content_version(project: Path = ROOT) -> str:
    """The content's version: the latest review date in data/, so a bundle names what it holds."""
    from macros.navigation import latest_review
    from macros.site_data import registry_for

    return latest_review(registry_for(project))
