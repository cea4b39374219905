"""``python -m macros.check [data_dir]``: validate the data without building the site."""

from __future__ import annotations

import sys
from pathlib import Path

from .loader import TRANSLATIONS_DIR, load, load_translation
from .problems import DataError
from .ui_text import ui_problems
from .values import problems as value_problems


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0] if argv else "data")
    declared = ui_problems() + value_problems()
    for problem in declared:
        print(problem, file=sys.stderr)
    try:
        registry = load(data_dir)
        languages = sorted(p.name for p in (data_dir / TRANSLATIONS_DIR).glob("*") if p.is_dir())
        for language in languages:
            load_translation(data_dir, language, registry)
    except DataError as err:
        print(err, file=sys.stderr)
        print(f"{len(err.problems)} problem(s) in {data_dir}/", file=sys.stderr)
        return 1
    if declared:
        print(f"{len(declared)} problem(s) in the site's declarations", file=sys.stderr)
        return 1
    translations = f"; translations: {', '.join(languages)}" if languages else ""
    print(f"{len(registry.all())} entities, {len(registry.references)} references{translations}: all valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
