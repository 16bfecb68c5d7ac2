"""Preferences (Ctrl+,): one dialog, stored in QSettings, applied at once; broken values reset
with a notice; and no command key runs behind a dialog (the keys sheet closes with Escape)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import SECOND, FakeClock
from facilitator.engine.session import RunState
from facilitator.paths import default_agenda
from facilitator.preferences import KEYS, Preferences
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.dialogs.settings_dialog import SettingsDialog
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]


def test_the_dialog_shows_the_preferences_and_gives_them_back(qtbot: QtBot) -> None:
    prefs = Preferences(
        language="nl",
        trainer_name="An Peeters",
        projector_screen="HDMI-1",
        theme="high-contrast",
        timer_style="corner",
        text_size=20,
        warning=0.3,
        danger=0.15,
        volume=35,
        muted=True,
    )
    dialog = SettingsDialog(prefs, screens=["eDP-1", "HDMI-1"])
    qtbot.addWidget(dialog)
    assert dialog.preferences() == prefs
    assert dialog.tabs.count() == 3
    # A screen remembered but not connected now is still offered, and said to be away.
    away = SettingsDialog(prefs, screens=["eDP-1"])
    qtbot.addWidget(away)
    assert "not connected" in away.projector_screen.currentText()
    assert away.preferences().projector_screen == "HDMI-1"


def choose(monkeypatch: pytest.MonkeyPatch, **widgets: object) -> None:
    """Make the Preferences dialog accept with these choices."""

    def run(dialog: SettingsDialog) -> int:
        for name, value in widgets.items():
            box = getattr(dialog, name)
            if hasattr(box, "findData"):
                box.setCurrentIndex(box.findData(value))
            elif hasattr(box, "setChecked"):
                box.setChecked(bool(value))
            elif hasattr(box, "setText"):
                box.setText(str(value))
            else:
                box.setValue(value)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", run)


def test_preferences_are_stored_and_applied_at_once(
    console_factory: object, monkeypatch: pytest.MonkeyPatch, tmp_settings: Path
) -> None:
    first: Console = console_factory()  # type: ignore[operator]
    projector = first.controller.projector
    choose(
        monkeypatch,
        theme="light",
        timer_style="disc",
        text_size=25,
        trainer_name="  An   Peeters ",
        warning=30,
        danger=15,
        volume=40,
        language="nl",
    )
    first.window.actions_by_name["preferences"].trigger()
    assert (projector.theme_name, projector.timer_style) == ("light", "disc")
    assert projector.text_size == 25
    assert projector.trainer_name == "An Peeters"
    assert first.multimedia.effects[0].volume == pytest.approx(0.4)
    assert "next start" in first.window.last_message
    stored = QSettings(str(tmp_settings), QSettings.Format.IniFormat)
    assert stored.value(KEYS["theme"]) == "light"
    assert stored.value(KEYS["language"]) == "nl"
    second: Console = console_factory()  # type: ignore[operator]
    prefs = second.settings.current
    assert (prefs.text_size, prefs.trainer_name, prefs.warning) == (25, "An Peeters", 0.3)


def test_the_trainers_look_is_the_default_for_an_agenda_that_chooses_none(
    qtbot: QtBot, tmp_settings: Path
) -> None:
    store = QSettings(str(tmp_settings), QSettings.Format.IniFormat)
    store.setValue(KEYS["theme"], "high-contrast")
    store.setValue(KEYS["timer_style"], "corner")
    store.setValue(KEYS["text_size"], 20)
    store.sync()
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(SECOND))
    qtbot.addWidget(app.presenter, before_close_func=lambda _w: app.controller.shutdown())
    qtbot.addWidget(app.projector)
    projector = app.controller.projector
    assert (projector.theme_name, projector.timer_style) == ("high-contrast", "corner")
    assert app.projector.canvas._text_scale == pytest.approx(1.5)


def test_a_larger_text_size_needs_at_least_as_many_pages(console: Console) -> None:
    from facilitator.agenda.slides import step_slides
    from facilitator.ui.projector.canvas import SlideCanvas

    agenda = console.controller.agenda
    slides = [slide for step in agenda.steps for slide in step_slides(agenda, step)]
    longest = max(slides, key=lambda s: len(s.body) + sum(len(p.body) for p in s.panels))
    canvas = SlideCanvas()
    canvas.resize(1280, 720)
    normal = canvas.page_count(longest)
    canvas.set_text_scale(30 / 20)  # text size 1/20 of the height instead of 1/30
    larger = canvas.page_count(longest)
    assert larger > normal >= 1
    assert min(layout.base_px for layout in canvas.pages_of(longest)) >= 720 / 20


def test_broken_settings_are_reset_with_a_notice_and_the_app_starts(
    qtbot: QtBot, tmp_settings: Path
) -> None:
    store = QSettings(str(tmp_settings), QSettings.Format.IniFormat)
    store.setValue(KEYS["volume"], "very loud")
    store.setValue(KEYS["theme"], "neon")
    store.setValue(KEYS["text_size"], 12)
    store.setValue(KEYS["warning"], 0.2)
    store.sync()
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(SECOND))
    qtbot.addWidget(app.presenter, before_close_func=lambda _w: app.controller.shutdown())
    qtbot.addWidget(app.projector)
    app.show()
    notice = app.presenter.notice
    assert notice.isVisible()
    for name in ("chime volume", "theme", "text size"):
        assert name in notice.label.text()
    assert "warning threshold" not in notice.label.text()
    assert app.controller.projector.theme_name == "dark"
    reread = QSettings(str(tmp_settings), QSettings.Format.IniFormat)
    assert not reread.contains(KEYS["volume"]) and reread.value(KEYS["warning"]) is not None


# --- keys behind a dialog -----------------------------------------------------


def test_the_keys_sheet_closes_with_escape_and_no_letter_runs_behind_it(
    console: Console, qtbot: QtBot
) -> None:
    window = console.window
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    window.actions_by_name["show_keys"].trigger()
    sheet = window.commands.keys_dialog
    assert sheet is not None
    sheet.activateWindow()
    qtbot.waitUntil(lambda: sheet.isActiveWindow())
    handle = sheet.windowHandle()
    assert handle is not None
    for key in ("N", "B", "P", "T", "+", "Space"):
        QTest.keyClick(handle, key if len(key) == 1 else Qt.Key.Key_Space)
    assert console.controller.run.index == 0
    assert not console.controller.projector.blank
    assert console.controller.run.state is RunState.RUNNING
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    assert console.controller.run.state is RunState.RUNNING  # Escape closed it; no pause
    assert window.dialog_keys.held  # the keys were kept for the sheet


def test_no_letter_runs_behind_a_message_box(console: Console, qtbot: QtBot) -> None:
    window = console.window
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    box = QMessageBox(QMessageBox.Icon.Information, "Facilitator", "…", parent=window)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: box.isActiveWindow())
    handle = box.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, "n")
    QTest.keyClick(handle, "b")
    assert console.controller.run.index == 0 and not console.controller.projector.blank
    box.close()
    # Back in the console, the same keys are commands again.
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(window.windowHandle(), "b")
    assert console.controller.projector.blank
