"""Closing the projector window by accident, and Show projector bringing it back.

The window manager's close (Alt+F4, the title bar's cross) reaches the
window as a spontaneous close event: sent here to the window's QWindow,
which is how Qt delivers the window system's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import FakeClock
from facilitator.paths import default_agenda
from facilitator.ui.actions import COMMANDS_BY_NAME
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.console_fixtures import press, tmp_settings
from tests.ui.screens_process import run_on_screens
from tests.ui.test_placement import LAPTOP, PROJECTOR

__all__ = ["tmp_settings"]


def close_by_hand(window: ProjectorWindow) -> None:
    """What the window manager's close does: a spontaneous close event."""
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())
    QApplication.processEvents()


@pytest.fixture
def app(qtbot: QtBot, tmp_settings: Path) -> Iterator[FacilitatorApp]:
    made = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(10**12))
    made.presenter.confirm_quit = False
    qtbot.addWidget(made.presenter)
    qtbot.addWidget(made.projector)
    made.show()
    qtbot.waitUntil(made.projector.isVisible)
    yield made
    made.controller.shutdown()


def test_show_projector_is_a_command_with_a_key_and_a_menu_entry(app: FacilitatorApp) -> None:
    command = COMMANDS_BY_NAME["show_projector"]
    assert command.keys == ("Ctrl+Shift+P",)
    projector_menu = next(
        m for m in app.presenter.menuBar().actions() if m.text().replace("&", "") == "Projector"
    ).menu()
    assert projector_menu is not None
    assert app.presenter.actions_by_name["show_projector"] in projector_menu.actions()
    assert app.presenter.actions_by_name["show_projector"].isEnabled()


def test_closed_by_hand_the_console_says_so_and_show_projector_puts_it_back(
    app: FacilitatorApp, qtbot: QtBot
) -> None:
    preview = app.presenter.preview
    assert preview.miniature.isVisible() and not preview.closed_label.isVisible()
    close_by_hand(app.projector)
    assert not app.projector.isVisible()
    # The console no longer claims what the room does not see, and offers the way back.
    assert not preview.miniature.isVisible() and not preview.projected_label.isVisible()
    assert preview.closed_label.isVisible()
    assert "closed" in preview.closed_label.text()
    assert "the room sees nothing" in preview.closed_label.text()
    assert preview.show_button.isVisible() and preview.show_button.isEnabled()
    assert "Ctrl+Shift+P" in preview.show_button.text()
    press(app.presenter, "Ctrl+Shift+P")
    qtbot.waitUntil(app.projector.isVisible)
    assert preview.miniature.isVisible() and not preview.closed_label.isVisible()
    # The button does the same.
    close_by_hand(app.projector)
    preview.show_button.click()
    qtbot.waitUntil(app.projector.isVisible)
    assert not preview.show_button.isVisible()


def test_show_projector_leaves_the_keyboard_with_the_console(
    app: FacilitatorApp, qtbot: QtBot
) -> None:
    close_by_hand(app.projector)
    # The trainer was in the reference search, then showed the projector again.
    app.presenter.reference.search.setFocus(Qt.FocusReason.MouseFocusReason)
    assert QApplication.focusWidget() is app.presenter.reference.search
    app.presenter.actions_by_name["show_projector"].trigger()
    qtbot.waitUntil(app.projector.isVisible)
    # A clicker's next key runs its command: the countdown, which types nothing, has it.
    assert QApplication.focusWidget() is app.presenter.countdown


def test_minimised_the_console_says_the_room_sees_nothing(
    app: FacilitatorApp, qtbot: QtBot
) -> None:
    app.projector.showMinimized()
    qtbot.waitUntil(lambda: app.presenter.preview.closed_label.isVisible())
    app.presenter.actions_by_name["show_projector"].trigger()
    qtbot.waitUntil(lambda: app.projector.on_screen)
    assert not app.projector.isMinimized()
    assert app.presenter.preview.miniature.isVisible()


def test_without_a_projector_window_the_console_offers_one(
    qtbot: QtBot, tmp_settings: Path
) -> None:
    options = AppOptions(rehearsal=True, projector=False)
    made = FacilitatorApp(options, load_agenda(default_agenda()), clock=FakeClock(10**12))
    qtbot.addWidget(made.presenter)
    qtbot.addWidget(made.projector)
    try:
        made.show()
        assert not made.projector.isVisible()
        assert made.presenter.preview.closed_label.isVisible()
        made.show_projector()
        qtbot.waitUntil(made.projector.isVisible)
        assert made.presenter.preview.miniature.isVisible()
    finally:
        made.controller.shutdown()


def test_the_projector_title_names_the_app_once(app: FacilitatorApp) -> None:
    # Qt appends " — Facilitator" (run_app's display name) to any title not ending with it.
    assert app.projector.windowTitle() == "Projector — Facilitator"
    assert app.presenter.windowTitle().endswith(" — Facilitator")
    app.marks.set_active(True)
    assert app.projector.windowTitle() == "REHEARSAL – Projector — Facilitator"


TWO_SCREENS = r"""
import json
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

app = QApplication([])
app.setApplicationDisplayName("Facilitator")
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp

facilitator = FacilitatorApp(AppOptions(), load_agenda(default_agenda()))
facilitator.show()
for _ in range(10):
    app.processEvents()
projector = facilitator.projector
def where():
    g = projector.geometry()
    return [projector.isVisible(), projector.isFullScreen(), projector.screen().name(),
            [g.x(), g.y(), g.width(), g.height()]]
placed = where()
QApplication.sendEvent(projector.windowHandle(), QCloseEvent())
for _ in range(10):
    app.processEvents()
closed = where()
facilitator.presenter.actions_by_name["show_projector"].trigger()
for _ in range(10):
    app.processEvents()
print(json.dumps({"placed": placed, "closed": closed, "back": where()}))
facilitator.controller.shutdown()
"""


def test_with_two_screens_show_projector_puts_it_back_full_screen_where_it_was(
    tmp_path: Path,
) -> None:
    result = run_on_screens(tmp_path, TWO_SCREENS, [LAPTOP, PROJECTOR])
    full_screen_there = [True, True, "projector", [1366, 0, 1920, 1080]]
    assert result["placed"] == full_screen_there
    assert result["closed"][0] is False
    assert result["back"] == full_screen_there
