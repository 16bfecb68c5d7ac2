"""The JSON Schema: generated from the models, committed as is, and true to real files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from facilitator.agenda import schema
from facilitator.agenda.schema import SCHEMA_PATH, agenda_schema, schema_text

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")

BUNDLED = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"

SESSION: dict[str, Any] = {
    "format": 1,
    "title": "Kort",
    "duration": 15,
    "timing": {"warning": 2},
    "handouts": [
        {"id": "hand-out-1", "title": "H", "cards": [{"id": "kaart-a", "title": "A", "text": ""}]}
    ],
    "steps": [
        {"id": "welkom", "title": "Welkom", "minutes": 5, "project": [{"title": "Hallo"}]},
        {
            "id": "werk",
            "title": "Werk",
            "minutes": 10,
            "min_minutes": 7.5,
            "project": [
                {"cards": ["hand-out-1/kaart-a"]},
                {"prompt": "Ik zal ...", "examples": ["iets"]},
            ],
        },
    ],
}
LIBRARY: dict[str, Any] = {
    "format": 1,
    "kind": "library",
    "title": "Gedeeld",
    "checklists": [{"id": "voor", "title": "Voor", "items": ["Zaal"]}],
    "sections": [{"id": "casus", "title": "Casus", "figures": [{"value": "3", "label": "x"}]}],
    "references": [{"text": "Bron", "url": "https://example.org"}],
}


@pytest.fixture(scope="module")
def validator() -> Any:
    return jsonschema.Draft202012Validator(agenda_schema())


def test_committed_schema_is_the_generated_one() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "schema.json is stale: run `python -m facilitator.agenda.schema`"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(agenda_schema())


def test_schema_names_itself_and_accepts_both_kinds_of_file() -> None:
    generated = agenda_schema()
    assert generated["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert generated["$id"] and generated["title"] and generated["description"]
    assert generated["oneOf"] == [{"$ref": "#/$defs/Session"}, {"$ref": "#/$defs/Library"}]


def test_main_writes_the_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "schema.json"
    monkeypatch.setattr(schema, "SCHEMA_PATH", target)
    assert schema.main() == 0
    assert json.loads(target.read_text(encoding="utf-8")) == agenda_schema()


@pytest.mark.parametrize("document", [SESSION, LIBRARY], ids=["session", "library"])
def test_valid_examples_pass(validator: Any, document: dict[str, Any]) -> None:
    errors = [e.message for e in validator.iter_errors(document)]
    assert errors == []


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d.update(minuten=5),
        lambda d: d["steps"][0].update(minutes=0),
        lambda d: d["steps"][0].update(id="Welkom Allemaal"),
        lambda d: d["steps"][0]["project"].append({"titel": "x"}),
        lambda d: d["steps"][0]["project"].append({"title": "x", "text": "y"}),
        lambda d: d.update(format=2),
        lambda d: d.update(kind="bibliotheek"),
        lambda d: d.pop("steps"),
        lambda d: d["steps"][1]["project"][0].update(cards=["a/b"] * 5),
    ],
    ids=[
        "unknown-key",
        "minutes-0",
        "bad-id",
        "unknown-item",
        "two-kinds",
        "format-2",
        "bad-kind",
        "no-steps",
        "five-cards",
    ],
)
def test_invalid_documents_fail(validator: Any, spoil: Any) -> None:
    document = json.loads(json.dumps(SESSION))
    spoil(document)
    assert list(validator.iter_errors(document))


def bundled_files() -> list[Path]:
    return sorted(BUNDLED.glob("*.yaml"))


@pytest.mark.skipif(not bundled_files(), reason=f"no bundled agendas in {BUNDLED} yet")
@pytest.mark.parametrize("path", bundled_files(), ids=lambda p: p.name)
def test_bundled_agendas_match_the_schema(validator: Any, path: Path) -> None:
    # Plain safe_load: this checks the files' shape against the schema, whatever the
    # loader's stricter rules (tested in test_check.py) say.
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []
