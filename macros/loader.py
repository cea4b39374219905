"""Read ``data/`` into validated entities, collecting every problem before giving up.

This is the only module that reads YAML. Each file holds a list of entities of one kind;
the kind is the file's stem (``data/cases.yaml``) or its folder (``data/cases/scotus.yaml``).
YAML is composed into nodes first, so every problem can name the line it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from .messages import describe_error
from .models import MODELS, TRANSLATED_FIELDS, Identified, translation_model
from .problems import DataError, Problem
from .registry import Registry
from .rules import content_problems
from .screening import tree_problems
from .translations import missing_translations, translated

MAX_FILE_BYTES = 2_000_000
# Characters YAML refuses outright (its reader would stop before any line could be named).
_FORBIDDEN_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")  # YAML 1.1 refuses them


MAX_DEPTH = 64  # data is a few levels deep; deeper nesting is a mistake or an attack


def _refuse_aliases_and_depth(text: str) -> None:
    """Anchors and aliases make billion-laughs bombs possible and hide where a value was
    written, and the data has no need of them; nesting beyond MAX_DEPTH is not data. Checked on
    libyaml's flat event stream, before anything is composed (its composer recurses in C)."""
    depth = 0
    for event in yaml.parse(text, Loader=_FAST_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (*name) are not allowed in data files", event.start_mark
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise RecursionError
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the same nodes, ten times faster


class _Constructor(yaml.SafeLoader):
    """Safe YAML values, except that a date that cannot exist (2026-02-30) stays text, so the
    schema names it with its line instead of YAML stopping with a traceback."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


@dataclass(frozen=True)
class Record:
    """One validated entity and the YAML node it came from."""

    kind: str
    entity: Identified
    file: str
    node: yaml.MappingNode

    @property
    def label(self) -> str:
        return f"{self.kind}[{self.entity.id}]"

    def line_of(self, loc: tuple[str | int, ...]) -> int:
        return line_of(self.node, loc)


def line_of(node: yaml.Node, loc: tuple[str | int, ...]) -> int:
    """The 1-based line of the deepest node along ``loc`` that exists in the YAML."""
    for step in loc:
        child = _child(node, step)
        if child is None:
            break
        node = child
    return node.start_mark.line + 1


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == step:
                return value if isinstance(step, str) else key
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return node.value[step]
    return None


TRANSLATIONS_DIR = "i18n"  # data/i18n/<language>/<kind>.yaml: translations, not entities of their own


def yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())


def data_files(data_dir: Path) -> list[Path]:
    """The entity files: every YAML file under ``data_dir`` except the translations."""
    return [p for p in yaml_files(data_dir) if p.relative_to(data_dir).parts[0] != TRANSLATIONS_DIR]


def translation_files(data_dir: Path, language: str) -> list[Path]:
    return yaml_files(data_dir / TRANSLATIONS_DIR / language)


def kind_of_file(data_dir: Path, path: Path) -> str:
    parts = path.relative_to(data_dir).parts
    return parts[0] if len(parts) > 1 else path.stem


def load(data_dir: Path, models: dict[str, type[Identified]] = MODELS) -> Registry:
    """Every entity under ``data_dir``, cross-checked; or a :class:`DataError` listing all problems."""
    records: list[Record] = []
    problems: list[Problem] = []
    for path in data_files(data_dir):
        found, wrong = _load_file(data_dir, path, models)
        records += found
        problems += wrong
    invalid_ids = frozenset(p.entity.partition("[")[2].rstrip("]") for p in problems)
    registry = Registry(records, invalid_ids)
    unreadable = any("[" not in p.entity for p in problems)
    # A file that could not be read hides its ids: checking references now would only add noise.
    problems += registry.problems(check_references=not unreadable)
    if not problems:
        problems += content_problems(registry) + tree_problems(registry)
    if problems:
        raise DataError(problems)
    return registry


def load_translation(data_dir: Path, language: str, registry: Registry) -> Registry:
    """``registry`` with its texts in ``language``, from ``data/i18n/<language>/``.

    Raises :class:`DataError` listing every problem: a file or entity that does not fit the
    translation schema (:func:`macros.models.translation_model`), or an English text with no
    translation.
    """
    folder = data_dir / TRANSLATIONS_DIR / language
    models = {kind: translation_model(kind) for kind in TRANSLATED_FIELDS}
    records: list[Record] = []
    problems: list[Problem] = []
    for path in translation_files(data_dir, language):
        shown = f"{data_dir.name}/{path.relative_to(data_dir).as_posix()}"
        found, wrong = _load_file(folder, path, models, shown)
        records += found
        problems += wrong
    invalid = {p.entity.partition("[")[2].rstrip("]") for p in problems}  # reported already: not "missing"
    folder_shown = f"{data_dir.name}/{TRANSLATIONS_DIR}/{language}"
    problems += missing_translations(registry, records, language, folder_shown, invalid)
    if problems:
        raise DataError(problems)
    return translated(registry, records, language)


def _load_file(
    data_dir: Path, path: Path, models: dict[str, type[Identified]], shown: str | None = None
) -> tuple[list[Record], list[Problem]]:
    shown = shown or f"{data_dir.name}/{path.relative_to(data_dir).as_posix()}"
    kind = kind_of_file(data_dir, path)
    if kind not in models:
        expected = ", ".join(sorted(models))
        return [], [Problem(shown, 1, kind, "", f"unknown kind of data file; expected one of: {expected}")]
    root, problem = _compose(path, shown, kind)
    if problem:
        return [], [problem]
    if not isinstance(root, yaml.SequenceNode):
        got = "an empty file" if root is None else f"a {_node_name(root)}"
        line = 1 if root is None else root.start_mark.line + 1
        return [], [
            Problem(shown, line, kind, "", f"expected a list of entities (lines starting '- id: ...'), got {got}")
        ]
    records, problems = [], []
    for index, node in enumerate(root.value):
        record, wrong = _validate(node, index, kind, models[kind], shown)
        problems += wrong
        if record:
            records.append(record)
    return records, problems


def _compose(path: Path, shown: str, kind: str) -> tuple[yaml.Node | None, Problem | None]:
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        return None, Problem(
            shown, 1, kind, "", f"expected a data file under {MAX_FILE_BYTES:,} bytes, got {len(raw):,}"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, Problem(shown, line, kind, "", f"expected UTF-8 text, got the byte 0x{raw[err.start]:02x}")
    bad = _FORBIDDEN_CHARACTER.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        return None, Problem(
            shown, line, kind, "", f"expected printable text, got the control character U+{ord(bad.group()):04X}"
        )
    try:
        return _composed(text), None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        return None, Problem(shown, line, kind, "", f"YAML syntax error: {err.problem or err.context}")
    except RecursionError:
        return None, Problem(shown, 1, kind, "", "YAML nested too deeply to be data")


def _composed(text: str) -> yaml.Node | None:
    """The node tree, composed by libyaml. Its syntax messages are terse ("did not find expected
    ','"), so a file it refuses is parsed again by PyYAML's own parser, whose message says what
    it expected and what it got."""
    loader = _FAST_LOADER(text)
    try:
        _refuse_aliases_and_depth(text)
        return loader.get_single_node()
    except (yaml.scanner.ScannerError, yaml.parser.ParserError):
        for _ in yaml.parse(text, Loader=yaml.SafeLoader):
            pass
        raise
    finally:
        loader.dispose()


def _node_name(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return f"single value {node.value!r}"[:80]


def _validate(
    node: yaml.Node, index: int, kind: str, model: type[Identified], shown: str
) -> tuple[Record | None, list[Problem]]:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        return None, [
            Problem(
                shown,
                line,
                f"{kind}[#{index + 1}]",
                "",
                f"expected an entity (a mapping of fields), got a {_node_name(node)}",
            )
        ]
    label = f"{kind}[{_id_in(node) or f'#{index + 1}'}]"
    problems = [
        Problem(shown, key.start_mark.line + 1, label, field, "duplicate key in the same entity")
        for key, field in _duplicate_keys(node)
    ]
    try:
        value = _Constructor("").construct_document(node)
        entity = model.model_validate(value)
    except ValidationError as err:
        for error in err.errors():
            loc = error["loc"]
            problems.append(Problem(shown, line_of(node, loc), label, _dotted(loc), describe_error(error)))
        return None, problems
    except (yaml.YAMLError, RecursionError) as err:
        return None, [*problems, Problem(shown, line, label, "", f"cannot read this entity: {err}")]
    return Record(kind, entity, shown, node), problems


def _id_in(node: yaml.MappingNode) -> str | None:
    for key, value in node.value:
        if key.value == "id" and isinstance(value, yaml.ScalarNode) and value.value:
            return value.value
    return None


def _duplicate_keys(node: yaml.Node, prefix: str = "") -> Iterator[tuple[yaml.Node, str]]:
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key, value in node.value:
            path = f"{prefix}.{key.value}" if prefix else str(key.value)
            if not isinstance(key, yaml.ScalarNode):  # a list or mapping as a key: the schema names it
                continue
            if key.value in seen:
                yield key, path
            seen.add(key.value)
            yield from _duplicate_keys(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _duplicate_keys(item, f"{prefix}[{i}]")


def _dotted(loc: tuple[str | int, ...]) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out
