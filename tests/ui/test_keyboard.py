"""The clicker's keys work after a search or a dialog, without a mouse click, and a
trainer typing a search keeps their letters (the rule: facilitator/console/keys.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.console.keys import TYPING_PAUSE
from facilitator.engine.clock import SECOND, FakeClock
from facilitator.engine.session import RunState
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.console_fixtures import Console, console, console_factory, press, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]


class Quiet:
    """The keyboard's clock, moved by hand."""

    def __init__(self) -> None:
        self.t = 10**12

    def __call__(self) -> int:
        return self.t


@pytest.fixture
def window(console: Console, qtbot: QtBot) -> Iterator[PresenterWindow]:
    shown = console.window
    shown.show()
    qtbot.waitExposed(shown)
    press(shown, "Space")  # started, and the window active
    yield shown


def type_keys(window: QWidget, text: str) -> None:
    handle = window.windowHandle()
    assert handle is not None
    for char in text:
        QTest.keyClick(handle, char)


def key(window: QWidget, code: Qt.Key) -> None:
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, code)


def blank(window: PresenterWindow) -> bool:
    return window.actions_by_name["toggle_blank"].isChecked()


def test_a_search_keeps_its_letters_and_enter_gives_the_keys_back(
    window: PresenterWindow,
) -> None:
    quiet = Quiet()
    window.keyboard.clock = quiet
    press(window, "Ctrl+F")
    search = window.reference.search
    assert QApplication.focusWidget() is search
    type_keys(window, "bt")
    quiet.t += 3 * SECOND
    type_keys(window, "n.")
    # B, T, N and "." typed into the box: no black screen, no title screen, same step.
    assert search.text() == "btn."
    assert not blank(window)
    assert not window.actions_by_name["toggle_title_screen"].isChecked()
    assert window.countdown.position.text() == "Step 1 of 6"
    key(window, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.countdown
    key(window, Qt.Key.Key_B)
    assert blank(window)
    assert search.text() == "btn."


def test_escape_while_typing_leaves_the_search_without_pausing(
    window: PresenterWindow, console: Console
) -> None:
    window.keyboard.clock = Quiet()
    press(window, "Ctrl+F")
    type_keys(window, "gender")
    key(window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.countdown
    assert console.controller.run.state is RunState.RUNNING
    key(window, Qt.Key.Key_Escape)  # now the clicker's stop button
    assert console.controller.run.state is RunState.PAUSED


def test_after_a_quiet_spell_the_clickers_b_blanks_and_the_box_lets_go(
    window: PresenterWindow,
) -> None:
    quiet = Quiet()
    window.keyboard.clock = quiet
    press(window, "Ctrl+F")
    type_keys(window, "gender")
    quiet.t += TYPING_PAUSE + SECOND
    key(window, Qt.Key.Key_B)
    assert blank(window)
    assert window.reference.search.text() == "gender"
    assert QApplication.focusWidget() is window.countdown


def test_page_keys_and_f5_never_go_to_the_search_box(
    window: PresenterWindow, console: Console
) -> None:
    window.keyboard.clock = Quiet()
    projector = console.controller.projector
    press(window, "Ctrl+F")
    type_keys(window, "ge")
    before = (console.controller.run.item_index, projector.page)
    key(window, Qt.Key.Key_PageDown)
    assert (console.controller.run.item_index, projector.page) != before
    press(window, "Ctrl+F")
    type_keys(window, "n")
    key(window, Qt.Key.Key_PageUp)
    assert (console.controller.run.item_index, projector.page) == before
    press(window, "Ctrl+F")
    key(window, Qt.Key.Key_F5)
    assert console.controller.run.state is RunState.PAUSED
    assert window.reference.search.text() == "n"


def test_the_box_given_back_by_a_dialog_is_not_typing(window: PresenterWindow) -> None:
    window.keyboard.clock = Quiet()
    press(window, "Ctrl+F")
    type_keys(window, "ge")
    # A dialog closed and Qt gave the field its focus back: the trainer is not typing.
    window.countdown.setFocus()
    window.reference.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    key(window, Qt.Key.Key_B)
    assert blank(window)
    assert window.reference.search.text() == "ge"


@pytest.mark.parametrize(
    "where", ["step_list", "instructions", "reference.tree", "reference.text", "tabs"]
)
def test_the_clickers_keys_work_wherever_the_console_has_the_focus(
    window: PresenterWindow, console: Console, where: str
) -> None:
    if where.startswith("reference"):
        window.tabs.setCurrentWidget(window.reference)
    widget: QWidget = window
    for part in where.split("."):
        widget = getattr(widget, part)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    inside = (widget, widget.focusProxy(), *widget.findChildren(QWidget))
    assert QApplication.focusWidget() in inside
    key(window, Qt.Key.Key_B)
    assert blank(window)
    key(window, Qt.Key.Key_Period)
    assert not blank(window)
    before = console.controller.run.item_index
    key(window, Qt.Key.Key_PageDown)
    assert console.controller.run.item_index == before + 1
    key(window, Qt.Key.Key_PageUp)
    assert console.controller.run.item_index == before
    key(window, Qt.Key.Key_F5)
    assert console.controller.run.state is RunState.PAUSED
    key(window, Qt.Key.Key_F5)
    assert console.controller.run.state is RunState.RUNNING
    key(window, Qt.Key.Key_Escape)
    assert console.controller.run.state is RunState.PAUSED


def test_at_start_the_console_has_the_keyboard(qtbot: QtBot, tmp_settings: Path) -> None:
    made = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(10**12))
    made.presenter.confirm_quit = False
    qtbot.addWidget(made.presenter)
    qtbot.addWidget(made.projector)
    try:
        made.show()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is made.presenter)
        for _ in range(10):
            QApplication.processEvents()
        assert QApplication.activeWindow() is made.presenter
        assert QApplication.focusWidget() is made.presenter.countdown
    finally:
        made.controller.shutdown()


def test_a_dialog_closed_with_no_window_left_active_gives_the_console_the_keys(
    window: PresenterWindow, qtbot: QtBot
) -> None:
    dialog = QDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.reject()
    # Nothing hands the keys back (as on an X server without a window manager): the
    # console takes them, so the clicker's next key runs its command without a click.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.countdown


def test_a_dialog_opening_another_keeps_the_keys_with_it(
    window: PresenterWindow, qtbot: QtBot
) -> None:
    first = QDialog(window)
    second = QDialog(window)
    second.setModal(True)
    first.show()
    qtbot.waitExposed(first)
    first.reject()
    second.show()
    try:
        qtbot.waitExposed(second)
        second.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
        for _ in range(5):
            QApplication.processEvents()
        assert QApplication.activeWindow() is second
    finally:
        second.reject()  # a modal dialog left open would block the next test's keys
