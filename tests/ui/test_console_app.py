"""The console inside the real app: no audio device, no session bus, and still a session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, FakeClock
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp
from tests.ui.console_fixtures import tmp_settings

__all__ = ["tmp_settings"]


def test_app_runs_a_session_without_sound_or_dbus(qtbot: QtBot, tmp_settings: Path) -> None:
    clock = FakeClock(10**12)
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=clock)
    presenter = app.presenter
    presenter.confirm_quit = False
    qtbot.addWidget(presenter)
    qtbot.addWidget(app.projector)
    try:
        # This machine has neither an audio device nor a session bus: both degrade.
        if not presenter.chimes.available:
            assert presenter.sound_label.text() == "sound unavailable"
        app.controller.start()
        clock.advance(9 * MINUTE)
        app.controller.refresh()
        assert presenter.countdown.badge.text() == "DANGER"
        # The next-item preview copies the projector's proportions.
        app.projector.resize(QSize(800, 600))
        app.projector.resized.emit(QSize(800, 600))
        canvas = presenter.preview.next_miniature
        assert canvas.heightForWidth(400) == 300
        assert presenter.miniature.heightForWidth(400) == 300
    finally:
        presenter.close()
        app.projector.close()
        app.controller.shutdown()
    assert not presenter.sleep_guard.held
