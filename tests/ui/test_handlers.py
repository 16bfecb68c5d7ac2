"""Every named command has a handler: none is silently disabled by a missing one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import FakeClock
from facilitator.paths import default_agenda
from facilitator.ui.actions import COMMANDS, MissingHandler, build_actions
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.presenter.window import APP_COMMANDS
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]


def test_the_app_has_a_handler_for_every_command(qtbot: QtBot, tmp_settings: Path) -> None:
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(10**12))
    presenter = app.presenter
    presenter.confirm_quit = False
    qtbot.addWidget(presenter)
    qtbot.addWidget(app.projector)
    try:
        missing = [c.name for c in COMMANDS if presenter.handlers.get(c.name) is None]
        assert missing == []
        disabled = [c.name for c in COMMANDS if not presenter.actions_by_name[c.name].isEnabled()]
        # Only what waits for a catch-up offer (or an accepted plan) is greyed out at the start.
        assert disabled == ["accept_catchup", "dismiss_catchup", "undo_catchup"]
    finally:
        presenter.close()
        app.projector.close()
        app.controller.shutdown()


def test_a_window_without_the_app_lacks_only_the_apps_own_commands(console: Console) -> None:
    handlers = console.window.handlers
    assert sorted(name for name, handler in handlers.items() if handler is None) == sorted(
        APP_COMMANDS
    )


def test_a_command_left_out_is_an_error_not_a_dead_action(qtbot: QtBot) -> None:
    parent = QObject()
    handlers = {c.name: (lambda: None) for c in COMMANDS}
    build_actions(handlers, parent)  # complete: fine
    del handlers["toggle_blank"]
    with pytest.raises(MissingHandler, match="toggle_blank"):
        build_actions(handlers, parent)
    with pytest.raises(MissingHandler, match="toggle_blankk"):
        build_actions({**handlers, "toggle_blank": None, "toggle_blankk": lambda: None}, parent)
