"""The console's wall panel: notes typed and pasted in a step, themes made by drag and drop,
edited, hidden, removed, and the notes from phones waiting for release."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.console.keys import TYPING_PAUSE
from facilitator.engine.clock import SECOND
from facilitator.room.wall import Source
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.wall_commands import NEITHER, ONE, SEVERAL, Asker
from facilitator.ui.presenter.wall_panel import WallPanel
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

STEP_4 = 3


class Answers(Asker):
    """The trainer's answers, given in advance; the questions asked are kept."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.texts: list[str | None] = []
        self.yes = True
        self.several = SEVERAL

    def text(self, title: str, label: str, text: str) -> str | None:
        self.asked.append(title)
        return self.texts.pop(0)

    def name(self, title: str, label: str, text: str) -> str | None:
        self.asked.append(title)
        return self.texts.pop(0)

    def confirm(self, title: str, question: str) -> bool:
        self.asked.append(question)
        return self.yes

    def how_many(self, count: int) -> str:
        self.asked.append(f"{count} lines")
        return self.several


@pytest.fixture
def controller(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock
) -> Iterator[SessionController]:
    made = make_controller(agenda_2, session_clock)
    made.refresh()
    yield made
    made.shutdown()


@pytest.fixture
def presenter(qtbot: QtBot, controller: SessionController, data_dir: object) -> PresenterWindow:
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def answers(presenter: PresenterWindow) -> Answers:
    given = Answers()
    presenter.wall_commands.asker = given
    return given


def panel_of(presenter: PresenterWindow) -> WallPanel:
    return presenter.wall_panel


def rows(panel: WallPanel) -> list[tuple[str, list[str]]]:
    """The tree as text: each top row with its children's first column."""
    tree = panel.tree
    found = []
    for top in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(top)
        assert item is not None
        children = [item.child(i).text(0) for i in range(item.childCount())]  # type: ignore[union-attr]
        found.append((item.text(0), children))
    return found


def write(presenter: PresenterWindow, text: str) -> None:
    """Type ``text`` into the note field (as pasted) and press Enter there."""
    panel = panel_of(presenter)
    presenter.actions_by_name["write_note"].trigger()
    panel.input.setPlainText(text)
    QTest.keyClick(panel.input, Qt.Key.Key_Return)


def drop(panel: WallPanel, note: QTreeWidgetItem, target: QTreeWidgetItem | None) -> None:
    """Drop ``note``'s row onto ``target`` (None: the empty space under the rows), given to
    the tree's viewport handler as Qt gives it at the end of a drag (a drag's own event loop
    cannot run offscreen, and Qt delivers a sent drop only to the drag's current target)."""
    tree = panel.tree
    tree.setCurrentItem(note)
    if target is not None:
        at = tree.visualItemRect(target).center()
    else:
        at = QPoint(10, tree.viewport().height() - 3)
    mime = tree.mimeData([note]) or QMimeData()
    event = QDropEvent(
        QPointF(at),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    tree.viewportEvent(event)


def test_a_typed_note_belongs_to_its_step_and_the_field_empties(
    controller: SessionController, presenter: PresenterWindow, answers: Answers
) -> None:
    panel = panel_of(presenter)
    assert panel.summary.text().startswith("No notes yet")
    controller.toggle_running()
    controller.go_to_step(STEP_4)
    write(presenter, "Iedereen mag meepraten")
    assert presenter.tabs.currentWidget() is panel
    (note,) = controller.room.state.wall.notes
    assert (note.text, note.step) == ("Iedereen mag meepraten", controller.run.step.id)
    assert panel.input.toPlainText() == ""
    assert rows(panel) == [("Iedereen mag meepraten", [])]
    item = panel.tree.topLevelItem(0)
    assert item is not None and item.text(1) == "4"  # the step's number; its title on hover
    assert item.toolTip(1) == controller.run.step.title
    assert panel.summary.text() == "1 note on the wall, 0 themes; 1 the room sees."
    assert answers.asked == []  # one line: no question


def test_a_pasted_list_is_offered_as_several_notes(
    controller: SessionController, presenter: PresenterWindow, answers: Answers
) -> None:
    panel = panel_of(presenter)
    write(presenter, "- Rolmodellen\n- Taal in vacatures\n\n- Ouders betrekken")
    assert answers.asked == ["3 lines"]
    texts = [n.text for n in controller.room.state.wall.notes]
    assert texts == ["Rolmodellen", "Taal in vacatures", "Ouders betrekken"]
    answers.several = ONE
    write(presenter, "Eerste regel\ntweede regel")
    assert controller.room.state.wall.notes[-1].text == "Eerste regel\ntweede regel"
    answers.several = NEITHER
    write(presenter, "a\nb")
    assert len(controller.room.state.wall.notes) == 4
    assert panel.input.toPlainText() == "a\nb"  # cancelled: nothing lost


def test_a_note_too_long_stays_in_the_field_and_the_trainer_is_told(
    controller: SessionController, presenter: PresenterWindow, answers: Answers
) -> None:
    panel = panel_of(presenter)
    write(presenter, "x" * 501)
    assert controller.room.state.wall.notes == ()
    assert panel.input.toPlainText() == "x" * 501
    assert "at most 500 characters" in presenter.last_message
    write(presenter, "kort\n" + "y" * 600)
    assert controller.room.state.wall.notes == ()
    assert "Note 2 of the list" in presenter.last_message


def test_drag_and_drop_makes_a_theme_joins_it_and_leaves_it(
    controller: SessionController, presenter: PresenterWindow, answers: Answers
) -> None:
    panel = panel_of(presenter)
    write(presenter, "Rolmodellen\nTaal in vacatures\nOuders betrekken\nMentoren")
    wall = controller.room.state.wall
    one, two, three, four = (n.id for n in wall.notes)
    item = panel.note_item
    drop(panel, item(four), item(three))  # a note onto a note: a theme of the two
    (theme,) = controller.room.state.wall.themes
    assert theme.name == "Thema 1"
    assert rows(panel)[0] == ("Thema 1", ["Ouders betrekken", "Mentoren"])
    drop(panel, item(two), panel.theme_item(theme.id))  # onto the theme itself: it joins
    assert rows(panel)[0] == ("Thema 1", ["Taal in vacatures", "Ouders betrekken", "Mentoren"])
    drop(panel, item(one), item(four))  # onto a note in a theme: it joins that theme
    assert len(controller.room.state.wall.themes) == 1
    assert rows(panel) == [
        ("Thema 1", ["Rolmodellen", "Taal in vacatures", "Ouders betrekken", "Mentoren"])
    ]
    drop(panel, item(three), None)  # onto the empty space: out of the theme
    assert rows(panel)[-1] == ("Ouders betrekken", [])
    assert controller.room.state.wall.note(three).theme is None  # type: ignore[union-attr]
    # Double-click the theme to name it; the name is shown, the notes are where they were.
    answers.texts = ["Zichtbaarheid"]
    panel._on_double_click(panel.theme_item(theme.id), 0)  # type: ignore[arg-type]
    assert rows(panel)[0][0] == "Zichtbaarheid"
    panel.select_note(one)
    presenter.actions_by_name["dissolve_theme"].trigger()
    assert controller.room.state.wall.themes == ()
    assert len(rows(panel)) == 4  # every note kept, in no theme


def test_edit_hide_and_remove_the_chosen_note(
    controller: SessionController, presenter: PresenterWindow, answers: Answers
) -> None:
    panel = panel_of(presenter)
    actions = presenter.actions_by_name
    write(presenter, "Rolmodelen")
    (note,) = controller.room.state.wall.notes
    actions["edit_note"].trigger()  # nothing chosen yet: the trainer is told what to do
    assert presenter.last_message == "Choose a note on the wall first."
    panel.select_note(note.id)
    answers.texts = ["Rolmodellen"]
    actions["edit_note"].trigger()
    assert rows(panel) == [("Rolmodellen", [])]
    actions["hide_note"].trigger()
    assert controller.room.state.wall.note(note.id).hidden  # type: ignore[union-attr]
    assert actions["hide_note"].isChecked()
    assert panel.note_item(note.id).text(2) == "hidden"  # type: ignore[union-attr]
    assert panel.summary.text() == "1 note on the wall, 0 themes; 0 the room sees."
    actions["hide_note"].trigger()
    assert not controller.room.state.wall.note(note.id).hidden  # type: ignore[union-attr]
    answers.yes = False
    QTest.keyClick(panel.tree, Qt.Key.Key_Delete)  # asks first: no
    assert len(controller.room.state.wall.notes) == 1
    assert "Rolmodellen" in answers.asked[-1]
    answers.yes = True
    actions["remove_note"].trigger()
    assert controller.room.state.wall.notes == ()
    assert rows(panel) == []


def test_notes_from_phones_wait_for_release_when_moderated(
    controller: SessionController, presenter: PresenterWindow, answers: Answers
) -> None:
    panel = panel_of(presenter)
    actions = presenter.actions_by_name
    # Moderated by default (issue 10): the switch is off until the trainer turns it on.
    assert not actions["toggle_auto_release"].isChecked()
    actions["toggle_auto_release"].trigger()
    assert controller.room.state.wall.auto_release
    actions["toggle_auto_release"].trigger()
    assert not controller.room.state.wall.auto_release
    assert panel.auto_line.text().startswith("Notes from phones wait here")
    controller.room.add_note("<b>Ik zal</b> luisteren", Source.PARTICIPANT)
    controller.room.add_note("=1+1", Source.PARTICIPANT)
    assert panel.pending.count() == 2 and not panel.pending.isHidden()
    assert panel.pending.item(0).text() == "<b>Ik zal</b> luisteren"  # as written
    assert panel.pending_line.text() == "2 notes wait for you to release them."
    assert rows(panel) == []  # not on the wall yet
    actions["release_note"].trigger()
    assert presenter.last_message == "Choose a waiting note first."
    panel.pending.setCurrentRow(1)
    actions["release_note"].trigger()
    assert rows(panel) == [("=1+1", [])]
    assert panel.note_item(3 - 1).text(2) == "from a phone"  # type: ignore[union-attr]
    actions["release_all_notes"].trigger()
    assert panel.pending.count() == 0 and panel.pending.isHidden()
    assert panel.pending_line.text() == "No notes wait for you."
    assert len(rows(panel)) == 2


def test_the_panel_is_drawn_again_only_when_the_wall_changes(
    controller: SessionController,
    presenter: PresenterWindow,
    answers: Answers,
    session_clock: SessionClock,
) -> None:
    panel = panel_of(presenter)
    write(presenter, "Rolmodellen")
    first = panel.tree.topLevelItem(0)
    controller.toggle_running()
    for _ in range(3):  # seconds pass: the same rows, the choice kept
        session_clock.fake.advance(SECOND)
        controller.refresh()
    assert panel.tree.topLevelItem(0) is first


def test_the_note_field_keeps_its_letters_after_a_long_pause(
    controller: SessionController, presenter: PresenterWindow, answers: Answers
) -> None:
    panel = panel_of(presenter)
    clock = [10**12]
    presenter.keyboard.clock = lambda: clock[0]
    controller.toggle_running()
    presenter.activateWindow()
    presenter.actions_by_name["write_note"].trigger()
    handle = presenter.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, "I")
    clock[0] += TYPING_PAUSE + 5 * SECOND  # listening to the room for a while
    for char in "k zal Nooit Blijven":
        QTest.keyClick(handle, char)
    assert panel.input.toPlainText() == "Ik zal Nooit Blijven"
    assert controller.run.index == 0  # "N" typed, not the next step
    assert not presenter.actions_by_name["toggle_blank"].isChecked()  # nor B the black screen
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert [n.text for n in controller.room.state.wall.notes] == ["Ik zal Nooit Blijven"]
    assert QApplication.focusWidget() is panel.input  # ready for the next note
