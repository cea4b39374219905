"""``make bench``: the site's speed as ratios against plain Material, measured side by side.

Every figure is the median of ``--runs`` runs (default 3), each project run paired with its
reference run right after it, so a busy machine slows both. Measured here, never asserted in
tests. Writes bench/results.json (each figure with the project value, the reference value and
their ratio) and rewrites the table between the bench markers in README.md. Everything is served
from 127.0.0.1; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from macros.citations import case_key
from macros.offline_copy import FOLDER
from tools.sitebuild import ROOT, build_site

LIGHTHOUSE = ROOT / "bench/node_modules/.bin/lighthouse"
PAGES = {
    "home": "index.html",
    "vehicle": "vehicles/pc-1473-7-a-1.html",
    "chart": "charts/vehicles.html",
    "screening": "screening.html",
}
README_START, README_END = "<!-- bench:start -->", "<!-- bench:end -->"
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class _Gzipping(_Quiet):
    """What a static host does: text files sent gzip-compressed (level 6)."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *_) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


@contextlib.contextmanager
def served(directory: Path, compressed: bool = False, port: int = 0) -> Iterator[str]:
    handler = functools.partial(_Gzipping if compressed else _Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def paired(runs: int, project: Callable[[], float], reference: Callable[[], float]) -> dict:
    """Median project and reference values, each project run followed by its reference run."""
    values = [(project(), reference()) for _ in range(runs)]
    return figure(statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))


def figure(mine: float, theirs: float) -> dict:
    """A figure as results.json holds it: the project value, the reference value, their ratio."""
    return {"project": round(mine, 3), "reference": round(theirs, 3), "ratio": round(mine / theirs, 2)}


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# --- the references -------------------------------------------------------------------------


def bare_material_project(where: Path) -> Path:
    """A one-page Material site with its defaults (fonts off, so it loads offline too)."""
    (where / "docs").mkdir(parents=True)
    (where / "docs/index.md").write_text("# Hello\n\nA bare Material for MkDocs page.\n", encoding="utf-8")
    (where / "mkdocs.yml").write_text("site_name: Bare\ntheme:\n  name: material\n  font: false\n", encoding="utf-8")
    return where


def plain_material_project(site: Path, where: Path) -> Path:
    """The project's own pages as plain Material builds them: each built page's article (its
    final HTML, macros and generated pages included) as a Markdown page at the same address,
    built with Material's defaults and its search plugin, nothing else."""
    docs = where / "docs"
    for page in sorted(site.rglob("*.html")):
        address = page.relative_to(site).as_posix()
        if address == "404.html" or address.endswith("-slides.html") or address.startswith("assets/"):
            continue
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        if article is None:
            continue
        target = docs / address.removesuffix(".html")
        target = target.with_name(target.name + ".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f'<div markdown="0">\n{article.decode_contents()}\n</div>\n', encoding="utf-8")
    config = {"site_name": "Plain", "use_directory_urls": False, "theme": {"name": "material", "font": False}}
    (where / "mkdocs.yml").write_text(yaml.safe_dump({**config, "plugins": ["search"]}), encoding="utf-8")
    return where


def project_copy(where: Path, data: Path | None = None) -> Path:
    """The project with its own copy of data/ and docs/ (so a bench can edit them)."""
    where.mkdir(parents=True)
    for name in ("mkdocs.yml", "overrides", "macros"):
        (where / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "docs", where / "docs")
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
            | ({"citation": _another_page(e["citation"], n)} if kind == "cases" else {})  # one case per citation
            for n in range(1, 10)
            for e in entities
        ]
        if kind == "glossary":
            copies = [{k: v for k, v in c.items() if k != "abbreviation"} for c in copies]
        path.write_text(
            yaml.dump(entities + copies, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )


def _another_page(citation: str, copy: int) -> str:
    """``23 I&N Dec. 621`` → ``23 I&N Dec. 100621`` for the first copy: the same reporter,
    volume and year (so the citation rules still hold), a page no real case has."""
    volume, page = re.fullmatch(r"(\d+) .* (\d+)", case_key(citation) or "").groups()
    cited = re.compile(rf"(\b{volume}\b.*?)\b{page}\b")
    return cited.sub(lambda m: m.group(1) + str(int(page) + copy * 100_000), citation, count=1)


# --- live reload ------------------------------------------------------------------------------


@contextlib.contextmanager
def serving(project: Path) -> Iterator[str]:
    """``mkdocs serve --strict`` on a free port, once it serves."""
    with socket.socket() as probe:  # a free port: take one, give it back
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=project, env=env, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        for line in server.stderr:
            if "Serving on" in line:
                break
        threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()  # keep the pipe drained
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=60)


def save_to_served(url: str, edit: Callable[[str], None], timeout: float = 300) -> float:
    """Seconds from saving an edit that adds a unique marker to the page at ``url`` showing it."""
    marker = f"benchmark{time.monotonic_ns()}"
    start = time.perf_counter()
    edit(marker)
    while time.perf_counter() - start < timeout:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=10) as response:
            if marker in response.read().decode("utf-8", "replace"):
                return time.perf_counter() - start
        time.sleep(0.05)
    raise RuntimeError(f"{url} never showed the edit")


def yaml_edit(project: Path) -> Callable[[str], None]:
    """The summary of PC 1473.7(a)(1) gets the marker."""
    path = next(p for p in sorted((project / "data").rglob("*.yaml")) if "id: pc-1473-7-a-1" in p.read_text("utf-8"))

    def edit(marker: str) -> None:
        text = path.read_text(encoding="utf-8")
        summary = re.compile(r"(id: pc-1473-7-a-1\n(?:.*\n)*?\s+summary: >?-?\s*)")
        path.write_text(summary.sub(rf"\1{marker} ", text, count=1), encoding="utf-8")

    return edit


def markdown_edit(path: Path) -> Callable[[str], None]:
    def edit(marker: str) -> None:
        path.write_text(path.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")

    return edit


# --- pages in the browser -----------------------------------------------------------------------


def lighthouse(url: str) -> dict[str, float]:
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report.name}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                "--only-categories=performance,accessibility,best-practices,seo",
            ],
            env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
            check=True,
            capture_output=True,
        )
        categories = json.loads(Path(report.name).read_text(encoding="utf-8"))["categories"]
    return {name: categories[name]["score"] for name in categories}


def first_view_bytes(browser, url: str) -> int:
    """Bytes of everything the first view loads, text files gzip-compressed as a host sends them."""
    page = browser.new_page()
    bodies: list[tuple[str, bytes]] = []
    page.on("response", lambda response: bodies.append((response.url, response.body())) if response.ok else None)
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(1000)  # late requests (the search worker) land too
    page.close()

    def text(address: str) -> bool:
        return Path(address.split("?")[0]).suffix in COMPRESSED or address.endswith("/")

    return sum(len(gzip.compress(body, 6)) if text(loaded) else len(body) for loaded, body in bodies)


# --- the run ----------------------------------------------------------------------------------


def measure(runs: int) -> dict:
    from playwright.sync_api import sync_playwright

    figures: dict[str, dict] = {}
    extra: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        site, bare = tmp / "site", bare_material_project(tmp / "bare")
        build_site(site)
        build_site(bare / "site", bare)
        plain = plain_material_project(site, tmp / "plain")
        print("builds …", file=sys.stderr)
        figures["Full build, s (reference: plain Material, same pages)"] = paired(
            runs, lambda: seconds(lambda: build_site(site)), lambda: seconds(lambda: build_site(plain / "site", plain))
        )
        # Ten times the data, built once (minutes): beside it, plain Material building the pages
        # that makes, against plain Material building today's pages. What grows faster than the
        # data in Material itself (every page's navigation lists its section's pages) shows there.
        large = project_copy(tmp / "large")
        ten_times_larger(large / "data")
        large_build = seconds(lambda: build_site(tmp / "large-site", large))
        full = figures["Full build, s (reference: plain Material, same pages)"]
        figures["Build with ten times the data, s (reference: the full build)"] = figure(large_build, full["project"])
        large_plain = plain_material_project(tmp / "large-site", tmp / "large-plain")
        large_plain_build = seconds(lambda: build_site(large_plain / "site", large_plain))
        figures["Plain Material, the ten-times pages, s (reference: plain Material, today's pages)"] = figure(
            large_plain_build, full["reference"]
        )
        print("live reload …", file=sys.stderr)
        copy = project_copy(tmp / "serve")
        with serving(copy) as mine, serving(plain) as theirs:
            reference_page = plain / "docs/explainers/burden-of-proof.md"
            figures["Serve: save a YAML file → page shows it, s (reference: plain Material, a Markdown file)"] = paired(
                runs,
                lambda: save_to_served(mine + PAGES["vehicle"], yaml_edit(copy)),
                lambda: save_to_served(theirs + "explainers/burden-of-proof.html", markdown_edit(reference_page)),
            )
            figures["Serve: save a Markdown file → page shows it, s (reference: plain Material, same file)"] = paired(
                runs,
                lambda: save_to_served(
                    mine + "explainers/burden-of-proof.html", markdown_edit(copy / "docs/explainers/burden-of-proof.md")
                ),
                lambda: save_to_served(theirs + "explainers/burden-of-proof.html", markdown_edit(reference_page)),
            )
        print("pages …", file=sys.stderr)
        with (
            served(site, compressed=True) as gz,
            served(bare / "site", compressed=True) as bare_gz,
            served(site) as raw,
            served(bare / "site") as bare_raw,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
            for name, path in PAGES.items():
                figures[f"First view of the {name} page, KB gzip (reference: a bare Material page)"] = paired(
                    runs,
                    lambda path=path: first_view_bytes(browser, gz + path) / 1000,
                    lambda: first_view_bytes(browser, bare_gz + "index.html") / 1000,
                )
            browser.close()
            hosts = {"gzip host": (gz, bare_gz), "uncompressed": (raw, bare_raw)}
            for name, path in PAGES.items():
                for server, (mine_url, bare_url) in hosts.items():
                    scores = [(lighthouse(mine_url + path), lighthouse(bare_url + "index.html")) for _ in range(runs)]
                    figures[f"Lighthouse performance, {name} page, {server} (reference: bare Material)"] = figure(
                        statistics.median(s[0]["performance"] for s in scores),
                        statistics.median(s[1]["performance"] for s in scores),
                    )
                    extra[f"lighthouse {name} {server}"] = scores[-1][0]
        extra["search index, bytes"] = (site / "search/search_index.json").stat().st_size
        (bundle,) = (site / FOLDER).glob("*.zip")  # every build makes the offline copy
        extra["offline zip, bytes (without the PDF handouts)"] = bundle.stat().st_size
        extra["offline zip, files"] = len(zipfile.ZipFile(bundle).namelist())
    return {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "runs": runs,
        "figures": [{"figure": name, **values} for name, values in figures.items()],
        "other": extra,
    }


def table(results: dict) -> str:
    rows = ["| Figure | Project | Reference | Ratio |", "| --- | ---: | ---: | ---: |"]
    rows += [f"| {f['figure']} | {f['project']:g} | {f['reference']:g} | {f['ratio']:g} |" for f in results["figures"]]
    return "\n".join(rows)


def into_readme(results: dict) -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    body = (
        f"Last run {results['date']} ({results['machine']}), medians of {results['runs']} runs, each project run "
        "paired with its reference run right after it:\n\n" + table(results)
    )
    start, end = text.index(README_START) + len(README_START), text.index(README_END)
    readme.write_text(text[:start] + "\n" + body + "\n" + text[end:], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    results = measure(parser.parse_args().runs)
    print(table(results))
    (ROOT / "bench/results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    into_readme(results)
    print("\nwritten to bench/results.json and README.md")


if __name__ == "__main__":
    sys.exit(main())
