"""Random input: whatever the file holds, the loader raises AgendaError or loads it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.errors import AgendaError
from facilitator.agenda.load import load_agenda
from tests.fuzzing import fuzz

# Pieces of YAML and of agendas, so random text gets past the parser often.
PIECES = [
    "format: 1\n",
    "title: T\n",
    "duration: 5\n",
    "steps:\n",
    "  - id: a\n",
    "    minutes: 5\n",
    "    title: S\n",
    "    project:\n",
    "      - card: h/k\n",
    "      - titel: x\n",
    "timing:\n",
    "  warning: 9\n",
    "library: [l.yaml]\n",
    "handouts:\n",
    "kind: library\n",
    "- ",
    ": ",
    "  ",
    "\n",
    "\t",
    "&a ",
    "*a",
    "<<: ",
    "!!python/object ",
    "!x ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "'",
    '"',
    "|\n",
    ">\n",
    "#",
    "---\n",
    "...\n",
    "? ",
    "%YAML 1.1\n",
    "é",
    "\x00",
    "\ufeff",
    "\\",
    "~",
    "null",
    "yes",
    "0x1F",
    "1e999",
    ".nan",
    "-3",
    "2024-01-01",
]

SETTINGS = fuzz(200)  # FACILITATOR_FUZZ=long: many more


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def load_bytes(folder: Path, content: bytes) -> None:
    """Load ``content`` as a session file; only AgendaError may come out."""
    path = folder / "sessie.yaml"
    path.write_bytes(content)
    try:
        agenda = load_agenda(path)
    except AgendaError as exc:
        assert exc.problems
        assert all(isinstance(str(problem), str) for problem in exc.problems)
        assert str(exc)
    else:
        assert isinstance(agenda, Agenda)


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes(folder: Path, content: bytes) -> None:
    load_bytes(folder, content)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=60))
def test_random_yaml_ish_text(folder: Path, pieces: list[str]) -> None:
    load_bytes(folder, "".join(pieces).encode("utf-8", "surrogatepass"))


KEYS = st.sampled_from(
    [
        "format",
        "kind",
        "title",
        "duration",
        "steps",
        "id",
        "minutes",
        "min_minutes",
        "project",
        "timing",
        "warning",
        "danger",
        "handouts",
        "cards",
        "documents",
        "card",
        "cards",
        "section",
        "sections",
        "library",
        "questions",
        "text",
        "figures",
        "x",
    ]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-5, 2000)
    | st.floats(allow_nan=True)
    | st.sampled_from(["a", "h/k", "hand-out-1/kaart-a", "", "Kaart A", "1"])
)
DATA: st.SearchStrategy[Any] = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=30,
)


@SETTINGS
@given(st.dictionaries(KEYS, DATA, max_size=8), st.booleans())
def test_random_agenda_shaped_data(folder: Path, data: dict[str, Any], session: bool) -> None:
    if session:
        data = {"format": 1, "title": "T", "duration": 5, **data}
    load_bytes(folder, yaml.safe_dump(data, allow_unicode=True).encode("utf-8"))
