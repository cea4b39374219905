"""``python -m macros.check [data_dir]``: validate the data without building the site."""

from __future__ import annotations

import sys
from pathlib import Path

from .loader import load
from .problems import DataError


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0] if argv else "data")
    try:
        registry = load(data_dir)
    except DataError as err:
        print(err, file=sys.stderr)
        print(f"{len(err.problems)} problem(s) in {data_dir}/", file=sys.stderr)
        return 1
    print(f"{len(registry.all())} entities, {len(registry.references)} references: all valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
