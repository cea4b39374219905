"""Load the data once per change: the hook and the macros share one registry per build."""

from __future__ import annotations

from pathlib import Path

from .crosslinks import CrossLinker
from .loader import load, load_translation, yaml_files
from .registry import Registry

DEFAULT_LANGUAGE = "en"  # the language the data is written in

_cache: dict[tuple[Path, str], tuple[tuple, Registry, CrossLinker]] = {}

# Mistakes in hand-written pages (a mistyped id in a macro), gathered during one build so the
# build can stop once, before writing, with one line per mistake.
page_problems: list[str] = []


# During a build the data does not change: its fingerprint is taken once per build (begin_build, at
# each build's start, serve's rebuilds included), not on each of the hundreds of look-ups the pages
# make. Before any build (plain Python use) every look-up checks the files.
_build_fingerprints: dict[Path, tuple] | None = None


def begin_build() -> None:
    global _build_fingerprints
    _build_fingerprints = {}


def _fingerprint(data_dir: Path) -> tuple:
    if _build_fingerprints is not None and data_dir in _build_fingerprints:
        return _build_fingerprints[data_dir]
    found = tuple((str(p), s.st_mtime_ns, s.st_size) for p in yaml_files(data_dir) for s in [p.stat()])
    if _build_fingerprints is not None:
        _build_fingerprints[data_dir] = found
    return found


def _loaded(project_dir: Path, language: str) -> tuple[tuple, Registry, CrossLinker]:
    data_dir = (project_dir / "data").resolve()
    key = _fingerprint(data_dir)
    cached = _cache.get((data_dir, language))
    if not cached or cached[0] != key:
        if language == DEFAULT_LANGUAGE:
            registry = load(data_dir)
        else:
            registry = load_translation(data_dir, language, _loaded(project_dir, DEFAULT_LANGUAGE)[1])
        case_pages_language = "" if language == DEFAULT_LANGUAGE else DEFAULT_LANGUAGE  # entity pages are English
        cached = _cache[(data_dir, language)] = (key, registry, CrossLinker(registry, case_pages_language))
    return cached


def registry_for(project_dir: Path, language: str = DEFAULT_LANGUAGE) -> Registry:
    """The registry of ``<project_dir>/data`` in ``language``, reloaded only when a data file changed."""
    return _loaded(project_dir, language)[1]


def crosslinker_for(project_dir: Path, language: str = DEFAULT_LANGUAGE) -> CrossLinker:
    """The cross-linker built from the same load as :func:`registry_for`."""
    return _loaded(project_dir, language)[2]
