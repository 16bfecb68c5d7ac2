"""Adding, duplicating, removing and ordering parts in the editor, with undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.editing.changes import item_kinds
from facilitator.editing.edits import Target
from facilitator.editing.run_guard import RunGuard
from facilitator.editing.workspace import SESSION
from facilitator.paths import default_agenda
from facilitator.ui.editor import window as editor_window
from facilitator.ui.editor.fields import LineField, MarkdownField
from facilitator.ui.editor.window import EditorWindow
from tests.ui.editor.test_editor_fields import field_at, redo, undo


def step_ids(window: EditorWindow) -> list[str]:
    return [s["id"] for s in window.workspace.session.data["steps"]]


def test_add_duplicate_remove_and_move_steps(editor: EditorWindow) -> None:
    original = step_ids(editor)
    editor.show_target(Target(SESSION, ("steps", 1)))
    editor.add_step_action.trigger()
    assert step_ids(editor)[2] == "nieuwe-stap"
    assert editor.page is not None and editor.page.loc == ("steps", 2)  # shown at once
    assert isinstance(QApplication.focusWidget(), QLineEdit)  # its title, ready to type
    editor.duplicate_action.trigger()
    assert step_ids(editor)[3] == "nieuwe-stap-2"
    assert editor.workspace.session.get(("steps", 3, "title")) == "Nieuwe stap (kopie)"
    editor.show_target(Target(SESSION, ("steps", 0)))
    editor.down_action.trigger()
    assert step_ids(editor)[:2] == [original[1], original[0]]
    assert editor.outline.current_target() == Target(SESSION, ("steps", 1))
    editor.remove_action.trigger()
    assert original[0] not in step_ids(editor)
    assert editor.outline.topLevelItem(0).child(0).childCount() == 7  # type: ignore[union-attr]
    for _ in range(4):
        undo(editor)
    assert step_ids(editor) == original
    assert editor.bridge.stack.isClean()
    for _ in range(4):
        redo(editor)
    assert len(step_ids(editor)) == 7 and original[0] not in step_ids(editor)


@pytest.mark.parametrize("kind", item_kinds())
def test_every_kind_of_projected_item_is_added_shown_and_undone(
    editor: EditorWindow, kind: str
) -> None:
    editor.show_target(Target(SESSION, ("steps", 2)))
    before = len(editor.workspace.session.get(("steps", 2, "project")))
    editor.add_item(kind)
    items = editor.workspace.session.get(("steps", 2, "project"))
    assert len(items) == before + 1 and kind in items[-1]
    assert editor.page is not None and editor.page.loc == ("steps", 2, "project", before)
    if kind == "document":
        # Session 2's hand-out has cards only: the item names nothing yet, and says so.
        assert editor.preview.slide is None
        assert "not complete" in editor.preview.note.text()
    else:
        # The projector's own drawing of it, under the step's header.
        assert editor.preview.slide is not None, editor.preview.note.text()
        assert editor.preview.canvas.isVisible()
        assert editor.preview._header.startswith("Stap 3 van 6")
    undo(editor)
    assert len(editor.workspace.session.get(("steps", 2, "project"))) == before
    redo(editor)
    assert len(editor.workspace.session.get(("steps", 2, "project"))) == before + 1


def test_a_new_card_in_a_minute_with_its_preview(editor: EditorWindow, qtbot: QtBot) -> None:
    editor.show_target(Target(SESSION, ("handouts", 0)))
    editor.page.add_fragment("cards")  # type: ignore[union-attr]
    assert editor.page is not None and editor.page.loc == ("handouts", 0, "cards", 4)
    title = field_at(editor, ("handouts", 0, "cards", 4, "title"))
    assert isinstance(title, LineField) and QApplication.focusWidget() is title.line
    qtbot.keyClicks(title.line, "Kaart E - Thuiswerken")  # typed over the selected title
    text = field_at(editor, ("handouts", 0, "cards", 4, "text"))
    assert isinstance(text, MarkdownField)
    text.box.setPlainText("Een collega werkt vaker thuis dan de anderen.")
    editor.update_preview()
    slide = editor.preview.slide
    assert slide is not None and slide.kind == "card"
    assert (slide.title, slide.body) == (
        "Kaart E - Thuiswerken",
        "Een collega werkt vaker thuis dan de anderen.\n",
    )
    assert editor.bridge.check_now().ok
    row = editor.outline.item_for(Target(SESSION, ("handouts", 0, "cards", 4)))
    assert row is not None and row.text(0) == "Kaart E - Thuiswerken"
    undo(editor)
    undo(editor)
    undo(editor)
    assert len(editor.workspace.session.get(("handouts", 0, "cards"))) == 4


def test_a_new_id_renames_what_projects_it(editor: EditorWindow) -> None:
    editor.show_target(Target(SESSION, ("handouts", 0, "cards", 0)))
    id_field = field_at(editor, ("handouts", 0, "cards", 0, "id"))
    assert isinstance(id_field, LineField)
    id_field.line.setText("kaart-promotie")
    id_field.line.editingFinished.emit()
    assert editor.bridge.check_now().ok
    projected = str(editor.workspace.session.data["steps"])
    assert "hand-out-2/kaart-promotie" in projected and "hand-out-2/kaart-a'" not in projected
    undo(editor)  # one step for the id and every reference
    assert "hand-out-2/kaart-a'" in str(editor.workspace.session.data["steps"])


def test_drag_and_drop_orders_steps_and_items_among_their_siblings(editor: EditorWindow) -> None:
    original = step_ids(editor)
    outline = editor.outline
    first = outline.item_for(Target(SESSION, ("steps", 0)))
    third = outline.item_for(Target(SESSION, ("steps", 2)))
    assert first is not None and third is not None
    below = QAbstractItemView.DropIndicatorPosition.BelowItem
    assert outline.drop(first, third, below)
    assert step_ids(editor) == [original[1], original[2], original[0], *original[3:]]
    # A card dropped among the steps is no move: each part stays in its own list.
    card = outline.item_for(Target(SESSION, ("handouts", 0, "cards", 0)))
    step = outline.item_for(Target(SESSION, ("steps", 4)))
    assert card is not None and step is not None
    assert not outline.drop(card, step, below)
    item = outline.item_for(Target(SESSION, ("steps", 3, "project", 2)))
    top = outline.item_for(Target(SESSION, ("steps", 3, "project", 0)))
    assert item is not None and top is not None
    before = [str(i) for i in editor.workspace.session.get(("steps", 3, "project"))]
    assert outline.drop(item, top, QAbstractItemView.DropIndicatorPosition.AboveItem)
    after = [str(i) for i in editor.workspace.session.get(("steps", 3, "project"))]
    assert after == [before[2], before[0], before[1]]
    undo(editor)
    undo(editor)
    assert step_ids(editor) == original


def test_keys_typed_in_the_editor_never_reach_the_session(
    editor: EditorWindow, qtbot: QtBot
) -> None:
    # A presenter command with an application-wide key, as the console has.
    fired: list[str] = []
    next_step = QAction("Next step")
    next_step.setShortcuts([QKeySequence("N"), QKeySequence("Ctrl+Right")])
    next_step.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    next_step.triggered.connect(lambda: fired.append("next"))
    editor.addAction(next_step)  # any window would do; here it must still not fire
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_N)
    qtbot.keyClick(editor.outline, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    # The editor's own keys still work.
    editor.show_target(Target(SESSION, ("steps", 0)))
    editor.outline.setFocus()
    qtbot.keyClick(editor.outline, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(step_ids(editor)) == 7
    editor.removeAction(next_step)


def test_save_writes_in_place_keeping_comments(editor: EditorWindow, own_folder: Path) -> None:
    path = own_folder / "sessie-2-diversiteit-op-de-werkplek.yaml"
    comments = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith("#")
    ]
    saved: list[Path] = []
    editor.saved.connect(saved.append)
    editor.show_target(Target(SESSION, ("steps", 0)))
    title = field_at(editor, ("steps", 0, "title"))
    assert isinstance(title, LineField)
    title.line.setText("Kennismaking")
    title.line.textEdited.emit("Kennismaking")
    assert editor.isWindowModified()
    editor.save_action.trigger()
    assert saved == [path] and not editor.isWindowModified()
    text = path.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == comments
    assert load_agenda(path).steps[0].title == "Kennismaking"
    assert editor.last_message == "Saved: sessie-2-diversiteit-op-de-werkplek.yaml."


def test_a_bundled_session_is_saved_as_my_copy(
    bundled_editor: EditorWindow, data_dir: Path
) -> None:
    editor = bundled_editor
    assert editor.banner.isVisible() and editor.save_action.text() == "&Save as my copy"
    copies: list[Path] = []
    editor.copied.connect(copies.append)
    original = default_agenda().read_bytes()
    editor.show_target(Target(SESSION, ("steps", 0)))
    editor.duplicate_action.trigger()
    editor.plan_bar.fix_button.click()
    editor.copy_action.trigger()
    (copy,) = copies
    assert copy == data_dir / "sessions" / "sessie-1-outreach-en-curricula" / copy.name
    assert default_agenda().read_bytes() == original
    assert not editor.banner.isVisible() and editor.save_action.text() == "&Save"
    assert len(load_agenda(copy).steps) == 7
    assert "sessions" in editor.windowTitle() or str(copy.parent) in editor.windowTitle()


def test_what_has_run_cannot_be_changed_and_the_editor_says_why(editor: EditorWindow) -> None:
    steps = editor.workspace.session.data["steps"]
    guard = RunGuard(
        begun=(steps[0]["id"], steps[1]["id"]), titles={s["id"]: s["title"] for s in steps}
    )
    editor.workspace.run_guard = lambda: guard
    editor.show_target(Target(SESSION, ("steps", 0)))
    editor.remove_action.trigger()
    assert len(step_ids(editor)) == 6
    assert "has already begun in the session under way" in editor.last_message


def test_closing_with_unsaved_changes_asks(
    editor: EditorWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        editor_window, "ask_unsaved", lambda _w, name: asked.append(name) or "cancel"
    )
    editor.confirm_close = True
    editor.add_step_action.trigger()
    assert not editor.close() and asked == ["sessie-2-diversiteit-op-de-werkplek.yaml"]
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda _w, _n: "discard")
    assert editor.close()


def test_no_key_of_the_editor_is_also_a_presenter_command(editor: EditorWindow) -> None:
    from facilitator.ui.actions import COMMANDS

    presenter = {QKeySequence(key).toString() for c in COMMANDS for key in c.keys}
    mine = {k.toString() for a in editor.own_actions() for k in a.shortcuts()}
    assert mine and not mine & presenter
    assert "Ctrl+Shift+Z" in {k.toString() for k in editor.redo_action.shortcuts()}
