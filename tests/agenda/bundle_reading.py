"""Reading the bundled agendas the plain way, for the tests of their content (Dutch and
English): ``yaml.safe_load`` and the format's models, so those tests do not depend on the
loader; and the small lookups both sets of tests make in what they read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from facilitator.agenda.model import (
    Library,
    QuestionItem,
    QuestionsItem,
    Section,
    Session,
    Step,
)

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"


def raw_yaml(path: Path) -> Any:
    """The file's YAML as plain data."""
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def norm(text: str) -> str:
    """Collapse whitespace, so line wrapping does not matter."""
    return re.sub(r"\s+", " ", text).strip()


def all_strings(value: Any) -> Iterator[str]:
    """Every string (keys and values) in a loaded YAML document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from all_strings(key)
            yield from all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)


def session_of(path: Path) -> Session:
    """The session file, validated by the format's model."""
    return Session.model_validate(raw_yaml(path))


def library_of(path: Path) -> Library:
    """The library file, validated by the format's model."""
    return Library.model_validate(raw_yaml(path))


def section_named(library: Library, section_id: str) -> Section:
    """The library's one section with this id."""
    found = [s for s in library.sections if s.id == section_id]
    assert len(found) == 1, f"expected one section {section_id!r}, found {len(found)}"
    return found[0]


def step_number(session: Session, number: int) -> Step:
    """Step ``number``, counted from 1 as the trainer does."""
    return session.steps[number - 1]


def projected_questions(step: Step) -> list[str]:
    """Every question the step projects, single ones and lists, in order."""
    questions: list[str] = []
    for item in step.project:
        if isinstance(item, QuestionItem):
            questions.append(item.question)
        elif isinstance(item, QuestionsItem):
            questions.extend(item.questions)
    return questions


def list_under(markdown: str, heading: str) -> list[str]:
    """The bullet items of the list that follows a '## heading' line, up to the next heading."""
    lines = markdown.splitlines()
    start = lines.index(f"## {heading}")
    items: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        if line.startswith("- "):
            items.append(line[2:].strip())
    return items
