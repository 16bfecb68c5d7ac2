"""The presenter window as the trainer sees it: countdown, steps, instructions, projector, keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.session import RunState
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.step_list import ACTUAL_COLUMN, STEP_COLUMN
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.qt_helpers import (
    SessionClock,
    activate,
    current_row,
    make_controller,
    quiet_presenter,
    step_row,
)

TITLE_1 = "Inleiding & ijsbreker"
ITEM_1 = "Ontwerpen van genderbewuste outreach en curricula in STEM"
QUESTION_1 = "Question: Kent u een leerplan dat gendergevoelig is? Wat vindt u daarvan?"


class Console:
    """A presenter window on a controller driven by a FakeClock."""

    def __init__(self, controller: SessionController, clock: SessionClock) -> None:
        self.controller = controller
        self.clock = clock
        self.window: PresenterWindow = quiet_presenter(controller)

    def advance(self, ns: int) -> None:
        self.clock.fake.advance(ns)
        self.controller.refresh()

    def bold_rows(self) -> list[int]:
        step_list = self.window.step_list
        return [
            row
            for row in range(step_list.row_count())
            if step_row(step_list, row).font(STEP_COLUMN).bold()
        ]


@pytest.fixture
def console(
    qtbot: QtBot, data_dir: Path, agenda_1: Agenda, session_clock: SessionClock
) -> Iterator[Console]:
    made = Console(make_controller(agenda_1, session_clock), session_clock)
    qtbot.addWidget(made.window)
    yield made
    made.controller.shutdown()


# --- the countdown ---------------------------------------------------------------


def test_the_countdown_before_the_start_and_after_61_seconds(console: Console) -> None:
    panel = console.window.countdown
    assert panel.digits.text() == "10:00"
    assert panel.position.text() == "Step 1 of 6"
    assert panel.title.text() == TITLE_1
    assert panel.status.text() == "Ready · 10 min planned · press Space to start"
    assert panel.badge.text() == "READY"
    console.controller.toggle_running()
    console.advance(61 * SECOND)
    assert panel.digits.text() == "8:59"
    assert panel.badge.text() == "ON TIME"
    assert panel.status.text() == "On time · 10 min planned"
    assert console.window.actions_by_name["toggle_running"].text() == "&Pause"
    console.controller.toggle_running()
    assert panel.badge.text() == "PAUSED"
    assert console.window.actions_by_name["toggle_running"].text() == "&Start"


def test_overtime_counts_up(console: Console) -> None:
    console.controller.toggle_running()
    console.advance(10 * MINUTE + 7 * SECOND)
    panel = console.window.countdown
    assert panel.digits.text() == "+0:07"
    assert panel.badge.text() == "OVERTIME"
    assert panel.status.text().startswith("OVER TIME")


# --- the step list ------------------------------------------------------------------


def test_the_step_list_has_six_rows_with_the_current_one_bold_and_selected(
    console: Console, agenda_1: Agenda
) -> None:
    step_list = console.window.step_list
    assert step_list.row_count() == 6
    titles = [step_row(step_list, r).text(STEP_COLUMN) for r in range(6)]
    assert titles == [f"{n}. {step.title}" for n, step in enumerate(agenda_1.steps, start=1)]
    assert console.bold_rows() == [0]
    assert current_row(step_list) == 0

    console.controller.toggle_running()
    console.advance(61 * SECOND)
    console.controller.next_step()
    assert console.bold_rows() == [1]
    assert current_row(step_list) == 1
    first, second = step_row(step_list, 0), step_row(step_list, 1)
    assert first.text(ACTUAL_COLUMN) == "1 min"  # 61 s spent on step 1
    assert first.toolTip(0) == "Done"
    assert second.text(ACTUAL_COLUMN) == ""
    assert second.toolTip(0) == "Current step"


# --- the instructions ------------------------------------------------------------------


def test_the_instructions_follow_the_step_with_their_accents(console: Console) -> None:
    text = console.window.instructions.toPlainText()
    assert "Introduceer het doel van de workshop" in text
    assert "outreachstrategieën" not in text
    console.controller.toggle_running()
    console.controller.next_step()
    text = console.window.instructions.toPlainText()
    assert "Hoe dragen outreachstrategieën bij aan genderdiversiteit in STEM?" in text
    assert "de deelname aan of inclusie in STEM hebben beïnvloed" in text
    assert "Introduceer het doel van de workshop" not in text


# --- what the projector shows ---------------------------------------------------------


def test_the_projected_item_is_named(console: Console) -> None:
    window = console.window
    assert window.projected_label.text() == f"Item 1 of 2: {ITEM_1}"
    assert window.next_item_label.text() == f"Next item (PageDown): {QUESTION_1}"
    console.controller.projector.next_item()
    assert window.projected_label.text() == f"Item 2 of 2: {QUESTION_1}"
    assert window.next_item_label.text().startswith("Last item of this step")
    console.controller.projector.toggle_blank()
    assert window.projected_label.text() == f"Black screen · Item 2 of 2: {QUESTION_1}"
    assert window.actions_by_name["toggle_blank"].isChecked()
    console.controller.projector.toggle_blank()
    console.controller.toggle_running()
    console.controller.next_step()
    assert window.projected_label.text() == "Item 1 of 2: Strategieën voor outreachprogramma's"


# --- actions, shortcuts and keys ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("next_item", [Qt.Key.Key_PageDown]),
        ("previous_item", [Qt.Key.Key_PageUp]),
        ("toggle_blank", [Qt.Key.Key_B]),
        ("toggle_running", [Qt.Key.Key_Space, Qt.Key.Key_F5]),
        ("next_step", [Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Right]),
    ],
)
def test_the_toolbar_commands_have_their_keys(
    console: Console, name: str, keys: list[Qt.Key | int]
) -> None:
    action = console.window.actions_by_name[name]
    assert action in console.window.toolbar.actions()
    assert action.isEnabled()
    shortcuts = action.shortcuts()
    for key in keys:
        assert QKeySequence(key) in shortcuts, (name, key, shortcuts)
    assert action.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut


def test_a_clicker_key_never_moves_to_another_step(console: Console) -> None:
    clicker = [QKeySequence(k) for k in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)]
    for name, action in console.window.actions_by_name.items():
        for key in clicker:
            if key in action.shortcuts():
                assert name in ("next_item", "previous_item"), name


def test_keys_drive_the_session(qtbot: QtBot, console: Console) -> None:
    window = console.window
    activate(qtbot, window)
    # A text field with the focus would take letter keys; the console must not give it one.
    assert not isinstance(QApplication.focusWidget(), QLineEdit | QTextEdit)
    QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert window.projected_label.text() == f"Item 2 of 2: {QUESTION_1}"
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert window.projected_label.text().startswith("Item 1 of 2")
    QTest.keyClick(window, Qt.Key.Key_B)
    assert console.controller.projector.blank
    QTest.keyClick(window, Qt.Key.Key_B)
    assert not console.controller.projector.blank
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert console.controller.run.state is RunState.RUNNING
    QTest.keyClick(window, Qt.Key.Key_N)
    assert window.countdown.position.text() == "Step 2 of 6"
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.countdown.position.text() == "Step 3 of 6"
    for _ in range(8):  # more PageDowns than the step has items
        QTest.keyClick(window, Qt.Key.Key_PageDown)
    assert window.countdown.position.text() == "Step 3 of 6"
    assert window.projected_label.text().startswith("Item 5 of 5")
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert console.controller.run.state is RunState.PAUSED


# --- the session line -----------------------------------------------------------------


def test_the_session_line_says_how_far_behind_plan(console: Console) -> None:
    bar = console.window.session_bar
    assert not bar.labels["drift"].isVisibleTo(console.window)  # before the start
    console.controller.toggle_running()
    assert bar.labels["drift"].text() == "on plan"
    console.advance(12 * MINUTE)  # 12 minutes on a 10-minute step
    assert bar.labels["drift"].text() == "2 min behind plan"
    assert bar.labels["elapsed"].text() == "Elapsed 12:00"
    assert bar.labels["now"].text() == "Now 09:12"
    assert bar.labels["planned"].text() == "Planned end 10:30"
    assert bar.labels["projected"].text() == "Projected end 10:32"
    assert "2 min behind plan" in console.window.session_label.text()


def test_adding_time_puts_the_session_behind_plan(console: Console) -> None:
    console.controller.toggle_running()
    console.controller.add_minute()
    assert console.window.session_bar.labels["drift"].text() == "1 min behind plan"
    console.controller.remove_minute()
    console.controller.remove_minute()
    assert console.window.session_bar.labels["drift"].text() == "1 min ahead of plan"
