"""``make bench``: Lighthouse scores, page weight, build times, bundle and search-index size.

Measured here, never asserted in tests. Prints one table and writes bench/results.json.
Everything is served from 127.0.0.1; nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import date
from pathlib import Path

import yaml

from macros.offline_copy import FOLDER
from tools.sitebuild import ROOT, build_site

LIGHTHOUSE = ROOT / "bench/node_modules/.bin/lighthouse"
PAGES = {
    "home": "index.html",
    "vehicle": "vehicles/pc-1473-7-a-1.html",
    "chart": "charts/vehicles.html",
    "screening": "screening.html",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def served(directory: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def timed_build(project: Path, site: Path) -> float:
    start = time.perf_counter()
    build_site(site, project)
    return time.perf_counter() - start


def project_copy(where: Path, data: Path | None = None) -> Path:
    where.mkdir(parents=True)
    for name in ("mkdocs.yml", "docs", "overrides", "macros"):
        (where / name).symlink_to(ROOT / name)
    shutil.copytree(data or ROOT / "data", where / "data", ignore=shutil.ignore_patterns("schema"))
    return where


class _PlainDumper(yaml.SafeDumper):
    """Writes shared values out in full: the loader refuses anchors and aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def ten_times_larger(data: Path) -> None:
    """Each reference entity nine more times under new ids (same schemas, same references)."""
    for path in sorted(data.rglob("*.yaml")):
        kind = path.relative_to(data).parts[0].removesuffix(".yaml")
        if kind in {"questions", "outcomes", "i18n"}:  # the tree and its translations stay as they are
            continue
        entities = yaml.safe_load(path.read_text(encoding="utf-8"))
        copies = [
            {**e, "id": f"{e['id']}-copy-{n}", "title": f"{e['title']} (copy {n})"}
            for n in range(1, 10)
            for e in entities
        ]
        if kind == "glossary":
            copies = [{k: v for k, v in c.items() if k != "abbreviation"} for c in copies]
        path.write_text(
            yaml.dump(entities + copies, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )


def serve_rebuild_seconds(project: Path) -> float:
    """Time from saving one YAML file to `mkdocs serve` reloading the browsers."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", "127.0.0.1:0"]
    server = subprocess.Popen(command, cwd=project, env=env, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        _wait_for(server, "Serving on")
        target = next((project / "data").rglob("vehicles*.yaml"), None) or next((project / "data").rglob("*.yaml"))
        text = target.read_text(encoding="utf-8")
        start = time.perf_counter()
        target.write_text(text + "\n", encoding="utf-8")
        _wait_for(server, "Reloading browsers")
        return time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(process: subprocess.Popen, marker: str, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    for line in process.stderr:
        if marker in line:
            return
        if time.monotonic() > deadline:
            break
    raise RuntimeError(f"mkdocs serve never printed {marker!r}")


def bare_material_site(where: Path) -> Path:
    """A one-page Material site with its defaults (fonts off, so it loads offline too)."""
    (where / "docs").mkdir(parents=True)
    (where / "docs/index.md").write_text("# Hello\n\nA bare Material for MkDocs page.\n", encoding="utf-8")
    (where / "mkdocs.yml").write_text("site_name: Bare\ntheme:\n  name: material\n  font: false\n", encoding="utf-8")
    build_site(where / "site", where)
    return where / "site"


def lighthouse(url: str) -> dict[str, float]:
    if not LIGHTHOUSE.exists():
        subprocess.run(
            ["npm", "ci", "--prefix", str(ROOT / "bench"), "--no-audit", "--no-fund", "--silent"], check=True
        )
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report.name}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                f"--only-categories={','.join(CATEGORIES)}",
            ],
            env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
            check=True,
            capture_output=True,
        )
        categories = json.loads(Path(report.name).read_text(encoding="utf-8"))["categories"]
    return {name: categories[name]["score"] for name in CATEGORIES}


def first_view_gzip_bytes(browser, url: str) -> int:
    """Bytes of everything the first view loads, each body gzip-compressed as a server would."""
    page = browser.new_page()
    bodies: list[bytes] = []
    page.on("response", lambda response: bodies.append(response.body()) if response.ok else None)
    page.goto(url, wait_until="networkidle")
    page.close()
    return sum(len(gzip.compress(body, 6)) for body in bodies)


def measure() -> dict:
    from playwright.sync_api import sync_playwright

    results: dict = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        site = tmp / "site"
        results["build_seconds"] = round(timed_build(ROOT, site), 2)
        large = project_copy(tmp / "large")
        ten_times_larger(large / "data")
        results["build_10x_seconds"] = round(timed_build(large, tmp / "large-site"), 2)
        results["build_10x_ratio"] = round(results["build_10x_seconds"] / results["build_seconds"], 2)
        results["serve_rebuild_seconds"] = round(serve_rebuild_seconds(project_copy(tmp / "serve")), 2)
        results["search_index_bytes"] = (site / "search/search_index.json").stat().st_size
        bare = bare_material_site(tmp / "bare")
        with served(site) as url, served(bare) as bare_url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            results["lighthouse"] = {name: lighthouse(url + path) for name, path in PAGES.items()}
            results["lighthouse"]["bare-material"] = lighthouse(bare_url + "index.html")
            weights = {name: first_view_gzip_bytes(browser, url + path) for name, path in PAGES.items()}
            weights["bare-material"] = first_view_gzip_bytes(browser, bare_url + "index.html")
            browser.close()
        results["first_view_gzip_bytes"] = weights
        results["weight_ratio_to_bare"] = {
            n: round(w / weights["bare-material"], 2) for n, w in weights.items() if n != "bare-material"
        }
        (bundle,) = (site / FOLDER).glob("*.zip")  # every build makes the offline copy
        results["offline_zip_bytes_without_handouts"] = bundle.stat().st_size
        results["offline_zip_files"] = len(zipfile.ZipFile(bundle).namelist())
    return results


def table(results: dict) -> str:
    rows = [("measure", "value")]
    for key, value in results.items():
        if isinstance(value, dict):
            for name, inner in value.items():
                rows.append((f"{key}.{name}", json.dumps(inner) if isinstance(inner, dict) else str(inner)))
        else:
            rows.append((key, str(value)))
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{a.ljust(width)}  {b}" for a, b in rows)


def main() -> None:
    results = measure()
    print(table(results))
    (ROOT / "bench/results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\nwritten to bench/results.json")


if __name__ == "__main__":
    sys.exit(main())
