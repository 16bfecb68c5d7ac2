"""The writer gives back what it read: every bundled file, comments, headings of entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.agenda.yaml_source import parse_file
from facilitator.editing.document import Document, open_document
from facilitator.editing.rt_yaml import Indent, dump_tree, load_tree
from facilitator.editing.writer import write_document
from facilitator.paths import agendas_dir, default_agenda

BUNDLED = sorted(agendas_dir().rglob("*.yaml"))
SESSION_2 = agendas_dir() / "steam-coach" / "sessie-2-diversiteit-op-de-werkplek.yaml"


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_bundled_file_saved_unchanged_is_the_same_text(path: Path, tmp_path: Path) -> None:
    document = open_document(path)
    assert document.text() == path.read_text(encoding="utf-8")
    saved = write_document(document, tmp_path / path.name)
    assert saved.read_bytes() == path.read_bytes()
    assert not document.modified


@pytest.mark.parametrize(
    ("text", "indent"),
    [
        ("a: 1\nlist:\n- one\n- two\nmap:\n  b: 2\n", Indent(2, 2, 0)),
        ("a: 1\nlist:\n    - one\n    - two\nmap:\n    b: 2\n", Indent(4, 6, 4)),
        ("# head\n\na: 1  # inline\nlist:\n  - x: 1\n\n  # second\n  - x: 2\n# end\n", Indent()),
    ],
)
def test_other_styles_of_writing_come_back_as_written(text: str, indent: Indent) -> None:
    tree = load_tree(text)
    assert dump_tree(tree) == text
    assert tree.indent.offset == indent.offset


def _comment_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


def test_an_edit_of_one_card_keeps_every_comment_of_the_file() -> None:
    original = SESSION_2.read_text(encoding="utf-8")
    document = open_document(SESSION_2)
    loc = ("handouts", 0, "cards", 2, "text")
    document.set(loc, "Een nieuwe tekst voor deze kaart,\nover twee regels.\n")
    text = document.text()
    assert _comment_lines(text) == _comment_lines(original)
    assert len(_comment_lines(original)) > 20
    # Only the card's text changed: the lines before and after it are the same.
    before, after = original.splitlines(), text.splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    assert changed and all(after[i].startswith("          ") for i in changed[:2])
    assert parse_file(SESSION_2, text.encode()).data == document.data
    assert document.get(loc) == "Een nieuwe tekst voor deze kaart,\nover twee regels.\n"


def _entry_starts(path: Path, loc: tuple[str | int, ...], count: int) -> list[int]:
    """The first line (0-based) of each entry's block: its heading comments and blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    parsed = parse_file(path)
    starts = []
    for index in range(count):
        first = parsed.lines[(*loc, index)] - 1
        while first > 0 and (
            not lines[first - 1].strip() or lines[first - 1].lstrip().startswith("#")
        ):
            first -= 1
        starts.append(first)
    return starts


@pytest.mark.parametrize(
    ("path", "loc"),
    [
        (default_agenda(), ("steps",)),
        (SESSION_2, ("handouts", 0, "cards")),
        (SESSION_2, ("steps", 3, "project")),
    ],
)
def test_removing_an_entry_takes_its_lines_and_its_heading_and_nothing_else(
    path: Path, loc: tuple[str | int, ...]
) -> None:
    document = open_document(path)
    original = document.text()
    count = len(document.get(loc))
    starts = _entry_starts(path, loc, count)
    lines = original.splitlines(keepends=True)
    for index in range(count - 1):  # the last one's end is the next field's business
        _, undo = document.take(loc, index)
        expected = "".join(lines[: starts[index]] + lines[starts[index + 1] :])
        assert document.text() == expected, f"entry {index}"
        undo()
        assert document.text() == original


def test_moving_a_step_moves_its_heading_and_moving_back_restores_the_file() -> None:
    document = open_document(default_agenda())
    original = document.text()
    undo = document.move(("steps",), 0, 2)
    text = document.text()
    assert text.index("# Stap 2") < text.index("# Stap 3") < text.index("# Stap 1")
    assert text.index("# Stap 1") < text.index("id: inleiding-ijsbreker") < text.index("# Stap 4")
    assert parse_file(default_agenda(), text.encode()).data == document.data
    undo()
    assert document.text() == original


def test_a_field_added_at_the_end_of_a_step_stays_inside_the_step() -> None:
    document = open_document(default_agenda())
    document.set(("steps", 0, "turns"), {"minutes": 2})
    text = document.text()
    # Above the next step's heading, not below it.
    assert text.index("turns:") < text.index("# Stap 2")
    assert parse_file(default_agenda(), text.encode()).data == document.data


def _small(tmp_path: Path) -> Document:
    path = tmp_path / "small.yaml"
    path.write_text(
        "# a comment\nformat: 1\ntitle: Klein  # inline\nduration: 10\nsteps:\n"
        "  - id: een\n    title: Een\n    minutes: 10\n    instructions: |\n      Tekst.\n",
        encoding="utf-8",
    )
    return open_document(path)


TEXTS = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=TEXTS, instructions=TEXTS)
def test_any_text_the_editor_writes_reads_back_as_that_text(
    tmp_path: Path, title: str, instructions: str
) -> None:
    document = _small(tmp_path)
    document.set(("title",), title)
    document.set(("steps", 0, "instructions"), instructions)
    document.set(("steps", 0, "materials"), [title, instructions])
    parsed = parse_file(document.path, document.text().encode("utf-8"))
    assert parsed.data == document.data
    assert "# a comment" in document.text()


@pytest.mark.parametrize(
    "text",
    ["yes", "No", "on", "off", "12:30", "0777", "1e3", "~", "null", "True", "2024-01-01", "0x1F"],
)
def test_words_yaml_1_1_reads_otherwise_are_written_as_text(tmp_path: Path, text: str) -> None:
    document = _small(tmp_path)
    document.set(("title",), text)
    document.set(("steps", 0, "materials"), [text])
    parsed = parse_file(document.path, document.text().encode("utf-8"))
    assert parsed.data["title"] == text and parsed.data["steps"][0]["materials"] == [text]
