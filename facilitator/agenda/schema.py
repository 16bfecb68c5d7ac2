"""The JSON Schema of the agenda format, generated from the models.

Editors use it for completion and checking while a trainer types (e.g. VS
Code's YAML extension). ``python -m facilitator.agenda.schema`` writes it to
``schema.json`` beside this module, which ships with the package; a test
keeps that file equal to what this module generates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic.json_schema import models_json_schema

from facilitator.agenda.model import Library, Session

#: Where the generated schema is kept, as package data.
SCHEMA_PATH = Path(__file__).with_name("schema.json")
#: The schema's identifier; no address serves it, the file travels with the app.
SCHEMA_ID = "urn:facilitator:agenda-format:1"


def agenda_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a session file or a library file."""
    refs, schema = models_json_schema(
        [(Session, "validation"), (Library, "validation")],
        ref_template="#/$defs/{model}",
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Facilitator agenda, format 1",
        "description": (
            "A workshop session (its steps, hand-outs and what to project) or a library "
            "of texts shared by sessions (kind: library). See docs/agenda-format.md."
        ),
        "oneOf": [refs[(model, "validation")] for model in (Session, Library)],
        "$defs": schema["$defs"],
    }


def schema_text() -> str:
    """The schema as it is written to ``schema.json``."""
    return json.dumps(agenda_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Write ``schema.json``; the exit status for ``python -m``."""
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
