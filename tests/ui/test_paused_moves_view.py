"""What the console shows after N while paused: the next step PAUSED, the step left's Actual."""

from __future__ import annotations

from facilitator.engine.clock import MINUTE
from facilitator.ui.presenter.step_list import ACTUAL_COLUMN
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings
from tests.ui.qt_helpers import step_row

__all__ = ["console", "console_factory", "tmp_settings"]


def actual(console: Console, row: int) -> str:
    return step_row(console.window.step_list, row).text(ACTUAL_COLUMN)


def test_next_while_paused_shows_the_next_step_paused_at_its_full_time(console: Console) -> None:
    console.controller.start()
    console.advance(5 * MINUTE)
    console.controller.pause()
    console.advance(3 * MINUTE)
    console.window.actions_by_name["next_step"].trigger()
    console.advance(MINUTE)
    countdown = console.window.countdown
    assert countdown.position.text() == "Step 2 of 6"
    assert countdown.badge.text() == "PAUSED"
    assert countdown.digits.text() == "15:00"
    assert countdown.status.text().startswith("PAUSED")
    assert "Space resumes" in countdown.status.text()
    assert actual(console, 0) == "5 min"
    console.window.actions_by_name["toggle_running"].trigger()
    console.advance(2 * MINUTE)
    assert countdown.badge.text() == "ON TIME"
    assert countdown.digits.text() == "13:00"
    assert actual(console, 0) == "5 min"


def test_a_step_passed_while_paused_shows_no_actual_time(console: Console) -> None:
    console.controller.start()
    console.advance(2 * MINUTE)
    console.controller.pause()
    for _ in range(2):
        console.window.actions_by_name["next_step"].trigger()
        console.advance(MINUTE)
    assert actual(console, 0) == "2 min"
    assert actual(console, 1) == ""  # never started: nothing, not "0 min"
    assert console.window.countdown.badge.text() == "PAUSED"
