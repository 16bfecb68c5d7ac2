"""The examples in docs/agenda-format.md load, so the format's documentation stays true."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from facilitator.agenda.check import check_files
from facilitator.agenda.load import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_PROBLEMS,
    MAX_VALUES,
    load_agenda,
    load_library,
    load_yaml_file,
)
from facilitator.agenda.model import ProjectItem

DOC = Path(__file__).resolve().parents[2] / "docs" / "agenda-format.md"


def example(name: str) -> str:
    """The code block right after ``<!-- example: name -->`` in the document."""
    found = re.search(
        rf"<!-- example: {re.escape(name)} -->\n```[a-z]*\n(.*?)```", DOC.read_text("utf-8"), re.S
    )
    assert found, f"no example {name!r} in {DOC}"
    return found.group(1)


def test_the_complete_example_session_loads(tmp_path: Path) -> None:
    path = tmp_path / "sessie-1.yaml"
    path.write_text(example("session"), encoding="utf-8")
    agenda = load_agenda(path)
    assert len(agenda.steps) == 3
    assert agenda.session.duration == agenda.total_minutes
    kinds = {type(item).__name__ for step in agenda.steps for item in step.project}
    assert len(kinds) >= 6


def test_the_example_library_loads(tmp_path: Path) -> None:
    path = tmp_path / "gedeeld.yaml"
    path.write_text(example("library"), encoding="utf-8")
    library = load_library(path)
    assert library.checklists and library.sections and library.references


def test_every_projected_item_kind_has_a_valid_example(tmp_path: Path) -> None:
    path = tmp_path / "items.yaml"
    path.write_text("project:\n" + example("items"), encoding="utf-8")
    data, _ = load_yaml_file(path)
    items = TypeAdapter(list[ProjectItem]).validate_python(data["project"])
    kinds = [type(item).__name__.removesuffix("Item").lower() for item in items]
    assert kinds == [
        "title",
        "question",
        "questions",
        "document",
        "card",
        "cards",
        "handout",
        "prompt",
        "section",
        "text",
    ]


def test_the_check_output_shown_is_what_check_prints(tmp_path: Path) -> None:
    path = tmp_path / "sessie-1.yaml"
    text = example("session")
    assert text.count("    minutes: 20\n") == 1
    path.write_text(text.replace("    minutes: 20\n", "    minuten: 20\n"), encoding="utf-8")
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        assert check_files(["sessie-1.yaml"], out) == 1
    assert out.getvalue() == example("check-output")


def test_the_documented_limits_are_the_loaders() -> None:
    text = DOC.read_text("utf-8")
    assert MAX_BYTES == 1_000_000 and "larger than **1 MB**" in text
    assert f"deeper than **{MAX_DEPTH} levels**" in text
    assert f"more than **{MAX_VALUES:,} values**" in text
    assert f"the first {MAX_PROBLEMS} are shown" in text
