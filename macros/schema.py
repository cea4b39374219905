"""Export JSON Schemas of the data files so editors flag mistakes while a person types.

``python -m macros.schema`` writes ``data/schema/<kind>.schema.json`` and maps each one onto
its YAML files in ``.vscode/settings.json`` (the YAML language server reads ``yaml.schemas``).
A test keeps the committed files equal to what the models produce.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import TypeAdapter

from .models import MODELS

SCHEMA_DIR = Path("data/schema")
SETTINGS = Path(".vscode/settings.json")


def schemas() -> dict[str, str]:
    """File name -> JSON text, for every kind of data file."""
    out = {}
    for kind, model in MODELS.items():
        schema = TypeAdapter(list[model]).json_schema()
        schema["title"] = f"data/{kind} — a list of {model.__name__} entities"
        out[f"{kind}.schema.json"] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return out


def editor_settings() -> str:
    mapping = {
        f"./{SCHEMA_DIR.as_posix()}/{kind}.schema.json": [f"data/{kind}.yaml", f"data/{kind}/*.yaml"] for kind in MODELS
    }
    return json.dumps({"yaml.schemas": mapping}, indent=2) + "\n"


def write(root: Path) -> None:
    (root / SCHEMA_DIR).mkdir(parents=True, exist_ok=True)
    for name, text in schemas().items():
        (root / SCHEMA_DIR / name).write_text(text, encoding="utf-8")
    (root / SETTINGS).parent.mkdir(exist_ok=True)
    (root / SETTINGS).write_text(editor_settings(), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
