"""Reading built HTML: pages, their links and anything that would load from off-site."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

LOADING_ATTRIBUTES = {
    "script": "src",
    "link": "href",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
    "object": "data",
    "track": "src",
}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")
OFF_SITE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def soup_of(path: Path) -> BeautifulSoup:
    """The parsed page, parsed once per session while the file is unchanged (tests only read it)."""
    stat = path.stat()
    return _parsed(path, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _parsed(path: Path, mtime_ns: int, size: int) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def off_site_loads(site: Path) -> Iterator[str]:
    """Every reference that would make a browser fetch from another host."""
    for page in html_pages(site):
        soup = soup_of(page)
        for tag, attribute in LOADING_ATTRIBUTES.items():
            for element in soup.find_all(tag):
                value = element.get(attribute) or ""
                if OFF_SITE.match(value) or value.startswith(("http:", "https:")):
                    yield f"{page.relative_to(site)}: <{tag} {attribute}={value}>"
        for element in soup.find_all(style=True):
            yield from (
                f"{page.relative_to(site)}: style url({u})"
                for u in CSS_URL.findall(element["style"])
                if OFF_SITE.match(u)
            )
        for style in soup.find_all("style"):
            yield from (
                f"{page.relative_to(site)}: <style> url({u})"
                for u in CSS_URL.findall(style.get_text())
                if OFF_SITE.match(u)
            )
    for sheet in site.rglob("*.css"):
        text = sheet.read_text(encoding="utf-8")
        yield from (f"{sheet.relative_to(site)}: url({u})" for u in CSS_URL.findall(text) if OFF_SITE.match(u))
        yield from (
            f"{sheet.relative_to(site)}: @import {m}" for m in re.findall(r"@import\s+['\"]?(//|https?:)[^;]*", text)
        )


def internal_links(site: Path) -> Iterator[tuple[Path, str]]:
    for page in html_pages(site):
        for anchor in soup_of(page).find_all("a", href=True):
            href = anchor["href"]
            if not urlsplit(href).scheme and not href.startswith("//"):
                yield page, href


def broken_link(site: Path, page: Path, href: str, ids_cache: dict[Path, set[str]]) -> str | None:
    """Why ``href`` on ``page`` does not resolve, or None when it lands on an existing element."""
    parts = urlsplit(href)
    base = site if parts.path.startswith("/") else page.parent  # 404.html links from the site root
    target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
    if target.is_dir():
        target = target / "index.html"
    if not target.exists():
        return f"{page.relative_to(site)}: {href}: no such file"
    if parts.fragment and target.suffix == ".html":
        if target not in ids_cache:
            ids_cache[target] = {el["id"] for el in soup_of(target).find_all(id=True)}
        if unquote(parts.fragment) not in ids_cache[target]:
            return f"{page.relative_to(site)}: {href}: no element with id '{parts.fragment}'"
    return None


def on_site_loads(site: Path) -> Iterator[tuple[Path, str]]:
    """Every (page, reference) that makes a browser fetch a file of this site."""
    for page in html_pages(site):
        soup = soup_of(page)
        for tag, attribute in LOADING_ATTRIBUTES.items():
            for element in soup.find_all(tag, attrs={attribute: True}):
                value = element[attribute]
                if not urlsplit(value).scheme and not OFF_SITE.match(value):
                    yield page, value
