"""Edits through the editor's fields: each shown at once, undone and redone, checked."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from facilitator.editing.edits import Target
from facilitator.editing.workspace import SESSION
from facilitator.ui.editor.fields import (
    ChoiceField,
    Field,
    LineField,
    LinesField,
    MarkdownField,
    MinutesField,
)
from facilitator.ui.editor.window import EditorWindow

LIBRARY = "steam-coach-materiaal.yaml"


def field_at(window: EditorWindow, loc: tuple[str | int, ...], doc: str = SESSION) -> Field:
    assert window.page is not None
    (found,) = [f for f in window.page.fields if f.loc == loc and f.doc == doc]
    return found


def undo(window: EditorWindow) -> None:
    window.undo_action.trigger()


def redo(window: EditorWindow) -> None:
    window.redo_action.trigger()


def test_typing_a_step_title_is_one_undo_step_and_shows_in_the_outline(
    editor: EditorWindow, qtbot: QtBot
) -> None:
    editor.show_target(Target(SESSION, ("steps", 0)))
    title = field_at(editor, ("steps", 0, "title"))
    assert isinstance(title, LineField)
    title.line.selectAll()
    qtbot.keyClicks(title.line, "Welkom")
    ws = editor.workspace
    assert ws.session.get(("steps", 0, "title")) == "Welkom"
    row = editor.outline.item_for(Target(SESSION, ("steps", 0)))
    assert row is not None and row.text(0) == "09:00  Welkom · 10 min"
    assert editor.isWindowModified()
    undo(editor)  # the whole word at once
    assert ws.session.get(("steps", 0, "title")) == "Introductie & ijsbreker"
    assert title.line.text() == "Introductie & ijsbreker"
    assert row.text(0).startswith("09:00  Introductie & ijsbreker")
    redo(editor)
    assert title.line.text() == "Welkom"


def test_minutes_move_the_clock_times_and_the_fix_sets_the_duration(editor: EditorWindow) -> None:
    editor.show_target(Target(SESSION, ("steps", 0)))
    minutes = field_at(editor, ("steps", 0, "minutes"))
    assert isinstance(minutes, MinutesField)
    minutes.spin.setValue(15)
    assert (
        editor.plan_bar.summary.text() == "6 steps, 95 min: 09:00–10:35. The session says 90 min."
    )
    second = editor.outline.item_for(Target(SESSION, ("steps", 1)))
    assert second is not None and second.text(0).startswith("09:15")
    assert editor.plan_bar.fix_button.isVisible()
    assert editor.plan_bar.fix_button.text() == "Set the duration to 95 min (the steps' total)"
    editor.bridge.check_now()
    assert (
        "duration is 90 minutes but the steps add up to 95"
        in editor.problems.heading.text()
        + "".join(
            editor.problems.listed.item(i).text() for i in range(editor.problems.listed.count())
        )
    )
    editor.plan_bar.fix_button.click()
    assert editor.workspace.session.get(("duration",)) == 95
    assert not editor.plan_bar.fix_button.isVisible()
    assert editor.bridge.check_now().ok
    undo(editor)
    assert editor.workspace.session.get(("duration",)) == 90
    undo(editor)
    assert editor.workspace.session.get(("steps", 0, "minutes")) == 10
    assert editor.plan_bar.summary.text() == "6 steps, 90 min: 09:00–10:30"
    editor.plan_bar.start_edit.setTime(editor.plan_bar.start_edit.time().addSecs(3600))
    assert second.text(0).startswith("10:10")


def test_instructions_in_markdown_with_a_preview(editor: EditorWindow, qtbot: QtBot) -> None:
    editor.show_target(Target(SESSION, ("steps", 1)))
    box = field_at(editor, ("steps", 1, "instructions"))
    assert isinstance(box, MarkdownField)
    box.box.setPlainText("- **Eerst** dit\n- dan dat")
    assert (
        editor.workspace.session.get(("steps", 1, "instructions")) == "- **Eerst** dit\n- dan dat\n"
    )
    box.tabs.setCurrentIndex(1)
    assert "Eerst" in box.rendered.toPlainText() and "**" not in box.rendered.toPlainText()
    undo(editor)
    assert box.box.toPlainText().startswith("- Geef de deelnemers een korte presentatie")


def test_lists_choices_and_a_group_of_fields(editor: EditorWindow) -> None:
    ws = editor.workspace
    editor.show_target(Target(SESSION, ()))
    objectives = field_at(editor, ("objectives",))
    assert isinstance(objectives, LinesField)
    objectives.box.setPlainText("Eén doel\n\nNog een doel")
    assert ws.session.get(("objectives",)) == ["Eén doel", "Nog een doel"]
    undo(editor)
    assert len(ws.session.get(("objectives",))) == 4
    editor.show_target(Target(SESSION, ("steps", 4)))
    groups = field_at(editor, ("steps", 4, "groups"))
    assert isinstance(groups, ChoiceField)
    groups.combo.setCurrentIndex(3)
    groups.combo.activated.emit(3)
    assert ws.session.get(("steps", 4, "groups")) == "3-5"
    # Setting a field of a group that is missing (the step's timing) makes the group.
    warning = field_at(editor, ("steps", 4, "timing", "warning"))
    assert isinstance(warning, MinutesField)
    warning.spin.setValue(3)
    assert ws.session.get(("steps", 4, "timing")) == {"warning": 3}
    warning.spin.setValue(0)  # "default": the group goes again
    assert ws.session.get(("steps", 4, "timing")) is None
    undo(editor)
    undo(editor)
    undo(editor)
    assert ws.session.get(("steps", 4, "groups")) == "pairs"
    redo(editor)
    assert ws.session.get(("steps", 4, "groups")) == "3-5"


def test_a_problem_is_shown_at_its_field_with_the_checks_words(editor: EditorWindow) -> None:
    editor.show_target(Target(SESSION, ("steps", 2)))
    title = field_at(editor, ("steps", 2, "title"))
    assert isinstance(title, LineField)
    title.line.clear()
    title.line.textEdited.emit("")
    validation = editor.bridge.check_now()
    assert [p.message for p in validation.problems] == ["must not be empty"]
    assert title.message.isVisible() and title.message.text() == "must not be empty"
    assert "1 problem" in editor.problems.heading.text()
    assert (
        editor.problems.listed.item(0).text()
        == "step 3 (id 'groepsactiviteit-scenarios') → title: must not be empty"
    )
    row = editor.outline.item_for(Target(SESSION, ("steps", 2)))
    assert row is not None and not row.icon(0).isNull()
    # Choosing the problem shows its field, from anywhere.
    editor.show_target(Target(SESSION, ()))
    editor.problems.listed.itemClicked.emit(editor.problems.listed.item(0))
    assert editor.page is not None and editor.page.loc == ("steps", 2)
    undo(editor)
    editor.bridge.check_now()
    assert not field_at(editor, ("steps", 2, "title")).message.isVisible()


def test_a_library_section_edited_with_its_trainer_only_parts(editor: EditorWindow) -> None:
    ws = editor.workspace
    sections = ws.document(LIBRARY).data["sections"]
    index = next(i for i, s in enumerate(sections) if s.get("trainer_only"))
    editor.show_target(Target(LIBRARY, ("sections", index)))
    page = editor.page
    assert page is not None
    checks = {c.text(): c for c in page.checks}  # type: ignore[attr-defined]
    marked = [name for name, check in checks.items() if check.isChecked()]
    assert marked == sections[index]["trainer_only"]
    shown_before = editor.preview.slide
    checks[marked[0]].setChecked(False)  # the part goes to the room too
    assert ws.document(LIBRARY).get(("sections", index, "trainer_only")) == marked[1:]
    editor.update_preview()
    assert editor.preview.slide != shown_before
    assert marked[0] in (editor.preview.slide.body + editor.preview.slide.closing)  # type: ignore[union-attr]
    undo(editor)
    assert ws.document(LIBRARY).get(("sections", index, "trainer_only")) == marked
    assert checks[marked[0]].isChecked()
