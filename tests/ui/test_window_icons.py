"""The app's own icon (assets/facilitator.svg, painted by ui/app_icon.py) on every window
(issue 12): the app sets it once for all windows at start, and no window shows another."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.paths import bundled_sessions, default_agenda
from facilitator.preferences import Preferences
from facilitator.ui import app as app_module
from facilitator.ui import app_icon as painted
from facilitator.ui.dialogs.help_dialog import about, getting_started, user_guide
from facilitator.ui.dialogs.keys_dialog import KeysDialog
from facilitator.ui.dialogs.report_dialog import ReportDialog
from facilitator.ui.dialogs.settings_dialog import SettingsDialog
from facilitator.ui.editor.window import open_editor
from facilitator.ui.start.window import StartWindow
from tests.ui.qt_helpers import session_1
from tests.ui.test_languages import make_app


@pytest.fixture
def app_icon(qapp: QApplication) -> Iterator[QIcon]:
    """The icon run_app gives the application, for this test."""
    earlier = qapp.windowIcon()
    icon = painted.app_icon()
    qapp.setWindowIcon(icon)
    yield icon
    qapp.setWindowIcon(earlier)


def test_run_app_gives_every_window_the_apps_own_icon() -> None:
    source = inspect.getsource(app_module.run_app)
    assert "app.setWindowIcon(app_icon())" in source
    assert not painted.app_icon().isNull()


def test_every_window_shows_the_apps_icon(qtbot: QtBot, app_icon: QIcon, data_dir: Path) -> None:
    facilitator = make_app(qtbot, session_1())
    presenter = facilitator.presenter
    windows: list[QWidget] = [
        presenter,
        facilitator.projector,
        open_editor(default_agenda()),
        StartWindow(),
        SettingsDialog(Preferences(), screens=["eDP-1"], sessions=bundled_sessions()),
        KeysDialog(presenter.actions_by_name),
        getting_started("en"),
        user_guide("en"),
        about([]),
        ReportDialog(data_dir / "runs"),
    ]
    expected = app_icon.pixmap(32).toImage()
    for window in windows:
        if window is not presenter and window is not facilitator.projector:
            qtbot.addWidget(window)
        assert window.windowIcon().pixmap(32).toImage() == expected, type(window).__name__
