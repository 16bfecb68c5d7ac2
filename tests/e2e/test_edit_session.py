"""A trainer adapts session 1 in the app and runs it: copy, edit, save, reload, run.

Session 1 copied as the trainer's own, a question and a hand-out document
rewritten, a document added and projected, saved; the presenter goes on with the
copy and the session runs with the changes. Saved again while it runs, the
session reloads and its timer goes on; what has run cannot be changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.editing.edits import Target
from facilitator.editing.workspace import SESSION
from facilitator.engine.clock import MINUTE
from facilitator.paths import default_agenda
from facilitator.ui.editor.fields import ChoiceField, Field, LineField, MarkdownField, TextField
from facilitator.ui.editor.window import EditorWindow
from tests.e2e.test_run_session import Driver


@pytest.fixture
def driver(qtbot: QtBot, data_dir: Path) -> Iterator[Driver]:
    made = Driver(qtbot, AppOptions())
    yield made
    for editor in made.app.launcher.editors:
        editor.confirm_close = False
        editor.close()
    made.controller.shutdown()


def _field(editor: EditorWindow, loc: tuple[str | int, ...]) -> Field:
    assert editor.page is not None
    (found,) = [f for f in editor.page.fields if f.loc == loc]
    return found


def _type(field: Field, text: str) -> None:
    if isinstance(field, LineField):
        field.line.setText(text)
        field.line.textEdited.emit(text)
    elif isinstance(field, TextField | MarkdownField):
        field.box.setPlainText(text)
    else:  # pragma: no cover - the test uses the kinds above
        raise TypeError(field)


def _comments(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.lstrip().startswith("#")]


def test_copy_session_1_change_it_save_reload_and_run_it(
    driver: Driver, qtbot: QtBot, data_dir: Path
) -> None:
    driver.press("edit_session")
    (editor,) = driver.app.launcher.editors
    assert editor.workspace.bundled and editor.isVisible()

    # A question, rewritten.
    editor.show_target(Target(SESSION, ("steps", 0, "project", 1)))
    _type(
        _field(editor, ("steps", 0, "project", 1, "question")),
        "Welk leerplan in uw school is gendergevoelig?",
    )
    # Document A of hand-out 1, rewritten for the local context.
    editor.show_target(Target(SESSION, ("handouts", 0, "documents", 0, "text")))
    _type(
        _field(editor, ("handouts", 0, "documents", 0, "text")),
        "Ons eigen leerplan techniek, 2025.",
    )
    # A document added, and projected in step 3 after the others.
    editor.show_target(Target(SESSION, ("handouts", 0)))
    editor.add_document_action.trigger()
    assert editor.page is not None and editor.page.loc == ("handouts", 0, "documents", 3)
    _type(
        _field(editor, ("handouts", 0, "documents", 3, "title")), "Document D – Het regionale plan"
    )
    _type(
        _field(editor, ("handouts", 0, "documents", 3, "text")), "Wat de regio van scholen vraagt."
    )
    editor.show_target(Target(SESSION, ("steps", 2)))
    editor.add_item("document")
    count = len(editor.workspace.session.get(("steps", 2, "project")))
    chooser = _field(editor, ("steps", 2, "project", count - 1, "document"))
    assert isinstance(chooser, ChoiceField)
    index = chooser.combo.findData("hand-out-1/document-d")
    chooser.combo.setCurrentIndex(index)
    chooser.combo.activated.emit(index)
    assert editor.bridge.check_now().ok

    # Saved: a bundled session becomes the trainer's copy, which the presenter opens.
    bundled = default_agenda().read_bytes()
    editor.save_action.trigger()
    copy = (
        data_dir
        / "sessions"
        / "sessie-1-outreach-en-curricula"
        / "sessie-1-outreach-en-curricula.yaml"
    )
    assert copy.is_file() and default_agenda().read_bytes() == bundled
    assert _comments(copy) == _comments(default_agenda())
    assert driver.controller.agenda.path == copy
    assert "Your copy is open in the presenter" in driver.presenter.last_message
    agenda = load_agenda(copy)
    assert agenda.fragment("hand-out-1/document-d") is not None

    # Run it: the room sees the new question, and the new document in step 3.
    driver.press("toggle_running")
    driver.press("next_item")
    slide = driver.projector.canvas.slide
    assert slide is not None and slide.body == "Welk leerplan in uw school is gendergevoelig?"
    driver.advance(10 * MINUTE)
    driver.press("next_step")
    driver.advance(15 * MINUTE)
    driver.press("next_step")
    titles = []
    for _ in range(count + 10):
        slide = driver.projector.canvas.slide
        titles.append(slide.title if slide is not None else "")
        driver.press("next_item")
    assert "Document D – Het regionale plan" in titles
    assert "Document A" in " ".join(titles)

    # Saved while the session runs: reloaded in the presenter, the timer goes on.
    driver.advance(5 * MINUTE)
    remaining = driver.controller.snapshot().remaining
    editor.show_target(Target(SESSION, ("steps", 3)))
    _type(_field(editor, ("steps", 3, "title")), "Delen in groepen")
    editor.save_action.trigger()
    driver.presenter.watcher.check_now()  # what the file watcher does a moment later
    assert driver.controller.agenda.steps[3].title == "Delen in groepen"
    assert driver.controller.run.index == 2
    assert driver.controller.snapshot().remaining == remaining

    # What has run stays as it ran.
    editor.show_target(Target(SESSION, ("steps", 0)))
    editor.remove_action.trigger()
    assert "has already begun in the session under way" in editor.last_message
    assert len(editor.workspace.session.data["steps"]) == 6
