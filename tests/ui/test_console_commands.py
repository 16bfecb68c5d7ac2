"""Commands and keys of the console: menus, tooltips, the cheat sheet, confirmations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from facilitator.engine.clock import MINUTE
from facilitator.engine.session import RunState
from facilitator.ui.actions import COMMANDS
from facilitator.ui.dialogs.keys_dialog import key_rows
from tests.ui.console_fixtures import (
    Console,
    answer_no,
    answer_yes,
    console,
    console_factory,
    press,
    tmp_settings,
)

__all__ = ["console", "console_factory", "tmp_settings"]

CONSOLE_COMMANDS = (
    "toggle_running",
    "pause",
    "next_step",
    "previous_step",
    "next_item",
    "previous_item",
    "toggle_blank",
    "add_minute",
    "remove_minute",
    "restart_step",
    "set_remaining",
    "jump_to_selected",
    "toggle_lock",
    "plan_catchup",
    "accept_catchup",
    "dismiss_catchup",
    "find_reference",
    "toggle_mute",
    "preferences",
    "show_keys",
    "open_agenda",
    "quit",
)


def menu_actions(console: Console) -> set[str]:
    found: set[str] = set()

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif action.objectName():
                found.add(action.objectName())

    for top in console.window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())  # type: ignore[arg-type]
    return found


def test_every_console_command_has_a_menu_entry_tooltip_and_keys(console: Console) -> None:
    in_menus = menu_actions(console)
    actions = console.window.actions_by_name
    for name in CONSOLE_COMMANDS:
        action: QAction = actions[name]
        assert name in in_menus, name
        assert action.shortcuts(), name
        assert action.toolTip() and "(" in action.toolTip(), name
    assert {c.name for c in COMMANDS} >= set(CONSOLE_COMMANDS)


def test_cheat_sheet_lists_every_key_and_opens_with_f1_and_question_mark(
    console: Console, qtbot: QtBot
) -> None:
    window = console.window
    rows = key_rows(window.actions_by_name)
    keys = " ".join(keys for keys, _, _ in rows)
    for key in ("PgDown", "PgUp", "F5", "Esc", "B", "F1", "?"):
        assert key in keys
    window.show()
    qtbot.waitExposed(window)
    press(window, "F1")
    dialog = window.commands.keys_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == len(rows)
    dialog.close()
    press(window, "?")
    assert dialog.isVisible()


def test_clicker_keys_do_what_a_presenter_expects(console: Console, qtbot: QtBot) -> None:
    window = console.window
    controller = console.controller
    window.show()
    qtbot.waitExposed(window)
    press(window, "F5")
    assert controller.run.state is RunState.RUNNING
    press(window, "PgDown")
    assert controller.run.item_index == 1
    press(window, "PgDown")  # last item: stays, never the next step
    assert (controller.run.index, controller.run.item_index) == (0, 1)
    press(window, "PgUp")
    assert controller.run.item_index == 0
    press(window, "B")
    assert controller.projector.blank
    press(window, ".")
    assert not controller.projector.blank
    press(window, "Esc")
    assert controller.run.state is RunState.PAUSED
    press(window, "F5")
    assert controller.run.state is RunState.RUNNING


def test_jump_by_double_click_or_enter_asks_first(
    console: Console, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console.window
    controller = console.controller
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    asked = answer_no(monkeypatch)
    steps = window.step_list
    where = steps.visualRect(steps.model().index(3, 3)).center()
    # A double-click as a mouse sends it: a press and release, then the double-click.
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert asked and "Jump to step 4" in asked[0]
    assert controller.run.index == 0
    answer_yes(monkeypatch)
    window.step_list.setFocus()
    window.step_list.select_row(3)
    qtbot.keyClick(window.step_list, Qt.Key.Key_Return)
    assert controller.run.index == 3


def test_next_step_tells_how_to_go_back_and_p_undoes_it(console: Console) -> None:
    window = console.window
    controller = console.controller
    controller.start()
    console.advance(4 * MINUTE)
    window.actions_by_name["next_step"].trigger()
    assert "P goes back" in window.last_message
    window.actions_by_name["previous_step"].trigger()
    assert controller.run.index == 0
    assert window.countdown.digits.text() == "6:00"


def test_leaving_a_running_session_asks_first(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console.window
    window.confirm_quit = True
    console.controller.start()
    asked = answer_no(monkeypatch)
    window.show()
    assert not window.close()
    assert asked and "Quit" in asked[0]
    answer_yes(monkeypatch)
    assert window.close()
