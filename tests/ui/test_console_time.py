"""Time control from the console: set, restart, pause, thresholds, the catch-up offer."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from facilitator.console.catchup import plan_for
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.session import RunState
from facilitator.engine.timer import Phase
from facilitator.ui.dialogs.settings_dialog import SettingsDialog as PreferencesDialog
from facilitator.ui.dialogs.time_dialogs import SetRemainingDialog
from facilitator.ui.presenter.step_list import PLAN_COLUMN
from tests.ui.console_fixtures import (
    Console,
    answer_no,
    answer_yes,
    console,
    console_factory,
    press,
    tmp_settings,
)
from tests.ui.qt_helpers import step_row

__all__ = ["console", "console_factory", "tmp_settings"]

MS = 1_000_000


def test_set_remaining_time_exactly(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    console.controller.start()
    console.advance(MINUTE)

    def accept(dialog: SetRemainingDialog) -> int:
        assert (dialog.minutes.value(), dialog.seconds.value()) == (9, 0)
        dialog.minutes.setValue(4)
        dialog.seconds.setValue(30)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SetRemainingDialog, "exec", accept)
    console.window.actions_by_name["set_remaining"].trigger()
    assert console.window.countdown.digits.text() == "4:30"
    assert console.window.session_bar.labels["projected"].text() == "Projected end 10:25"


def test_restart_asks_first_and_does_nothing_on_no(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    console.controller.start()
    console.advance(3 * MINUTE)
    asked = answer_no(monkeypatch)
    console.window.actions_by_name["restart_step"].trigger()
    assert asked and "Restart this step" in asked[0]
    assert console.window.countdown.digits.text() == "7:00"
    answer_yes(monkeypatch)
    console.window.actions_by_name["restart_step"].trigger()
    assert console.window.countdown.digits.text() == "10:00"


def test_pause_holds_the_whole_session(console: Console) -> None:
    console.controller.start()
    console.advance(MINUTE)
    console.window.actions_by_name["pause"].trigger()
    console.advance(5 * MINUTE)
    assert console.controller.run.state is RunState.PAUSED
    assert console.window.countdown.digits.text() == "9:00"
    # Paused time still moves the projected end.
    assert console.window.session_bar.labels["projected"].text() == "Projected end 10:35"


def test_trainer_default_thresholds_apply_and_are_remembered(
    console_factory: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    make = console_factory
    first = make()  # type: ignore[operator]

    def choose(dialog: PreferencesDialog) -> int:
        dialog.warning.setValue(30)
        dialog.danger.setValue(15)
        dialog.volume.setValue(40)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    first.window.actions_by_name["preferences"].trigger()
    first.controller.start()
    first.advance(7 * MINUTE + SECOND)  # 10-min step: 30 % = 3:00 left is a warning
    assert first.controller.snapshot().phase is Phase.WARNING
    assert first.multimedia.effects[0].volume == pytest.approx(0.4)
    second = make()  # type: ignore[operator]
    assert second.settings.fractions == (0.3, 0.15)
    assert second.controller.run.timer.thresholds.warning == 3 * MINUTE


def test_catch_up_is_offered_when_late_and_accepted_with_one_key(
    console: Console, qtbot: QtBot
) -> None:
    window = console.window
    controller = console.controller
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    console.advance(14 * MINUTE)  # 4 min late in step 1
    assert window.catchup.isVisible()
    assert "Running 4 min late" in window.catchup.label.text()
    row = step_row(window.step_list, 1)
    proposed = row.text(PLAN_COLUMN)
    assert "→" in proposed  # the proposal beside the original minutes
    press(window, "A")
    assert window.catchup.isHidden()
    assert controller.snapshot().behind == 0
    assert row.text(PLAN_COLUMN) == proposed  # the adjusted plan stays beside the original


def test_catch_up_dismissed_with_one_key_comes_back_only_when_drift_grows(
    console: Console, qtbot: QtBot
) -> None:
    window = console.window
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    console.advance(12 * MINUTE)
    assert window.catchup.isVisible()
    press(window, "D")
    assert window.catchup.isHidden()
    console.advance(MINUTE)
    assert window.catchup.isHidden()
    console.advance(MINUTE)  # 4 min late: 2 more than when dismissed
    assert window.catchup.isVisible()
    # The plan shown is not applied before acceptance.
    assert console.controller.run.record(1).timer.planned == 15 * MINUTE


def test_locked_steps_stay_out_of_the_plan(console: Console) -> None:
    window = console.window
    console.controller.start()
    for row in range(1, 6):
        window.step_list.select_row(row)
        if row != 3:
            window.actions_by_name["toggle_lock"].trigger()
    console.advance(14 * MINUTE)
    window.actions_by_name["plan_catchup"].trigger()
    plan = window.catchup.plan
    assert plan is not None
    assert [index for index, _, _ in plan.changes] == [3]
    assert plan.shortfall == 0  # step 4: 15 min, may lose 7 of them


def test_accepted_plan_shows_in_the_projected_end_at_once(console: Console) -> None:
    window = console.window
    console.controller.start()
    console.advance(15 * MINUTE)
    assert window.session_bar.labels["projected"].text() == "Projected end 10:35"
    window.actions_by_name["plan_catchup"].trigger()
    window.actions_by_name["accept_catchup"].trigger()
    assert window.session_bar.labels["projected"].text() == "Projected end 10:30"
    assert window.session_bar.labels["drift"].text() == "on plan"


def test_paused_the_banner_shows_what_accept_applies_as_time_passes(
    console: Console, qtbot: QtBot
) -> None:
    # Two minutes given to step 1: 2 min late. Paused a little after a whole
    # second, the drift grows with the pause, and its whole minutes turn between
    # the session clock's seconds.
    window = console.window
    controller = console.controller
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    console.advance(3 * MINUTE + 400 * MS)
    controller.add_minute()
    controller.add_minute()
    controller.pause()
    assert "15 → 14 min" in window.catchup.label.text()
    assert "25 → 24 min" in window.catchup.label.text()
    paused_at = controller.now()
    while controller.now() < paused_at + 4 * MINUTE:
        # Let the controller's timer fire as it was armed, and look half-way to the next.
        wait = controller.timer_interval_ms * MS
        console.clock.advance(wait // 2)
        live = plan_for(controller.run, controller.now(), window.console.locks.ids)
        assert window.catchup.plan == live, controller.now() - paused_at
        console.clock.advance(wait - wait // 2)
        controller.refresh()
    shown = window.catchup.label.text()
    assert "Running 6 min late" in shown
    changes = [(int(old), int(new)) for old, new in re.findall(r"(\d+) → (\d+) min", shown)]
    before = [round(r.timer.planned / MINUTE) for r in controller.run.records]
    press(window, "A")
    after = [round(r.timer.planned / MINUTE) for r in controller.run.records]
    assert changes == [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changes[:2] == [(15, 14), (25, 23)]


def test_no_offer_on_the_last_step_where_nothing_can_change(console: Console, qtbot: QtBot) -> None:
    window = console.window
    controller = console.controller
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    console.advance(15 * MINUTE)
    controller.go_to_step(5)  # the last step, 5 min late
    assert window.catchup.isHidden()
    press(window, "C")
    assert window.catchup.isHidden()  # no band with a greyed Accept
    assert "No step to come can change" in window.last_message
    assert not window.actions_by_name["accept_catchup"].isEnabled()
    assert not window.actions_by_name["dismiss_catchup"].isEnabled()
    press(window, "D")
    console.advance(5 * MINUTE)
    assert window.catchup.isHidden()  # and it does not come back


def test_offered_while_paused_when_the_break_makes_the_session_late(
    console: Console, qtbot: QtBot
) -> None:
    window = console.window
    controller = console.controller
    window.show()
    qtbot.waitExposed(window)
    controller.start()
    console.advance(11 * MINUTE)
    controller.pause()
    assert window.catchup.isHidden()  # 1 min late
    console.advance(MINUTE)
    assert window.catchup.isVisible()
    assert "Running 2 min late" in window.catchup.label.text()


def test_lengthening_offers_stay_within_half_again(console: Console, qtbot: QtBot) -> None:
    window = console.window
    controller = console.controller
    controller.start()
    controller.go_to_step(4)  # straight to step 5: the session 65 min early
    window.actions_by_name["plan_catchup"].trigger()
    text = window.catchup.label.text()
    assert "Lengthen: “Evaluatie en conclusie” 10 → 15 min." in text
    assert re.search(r"Still \d+ min early after this\.", text)


def test_an_accepted_plan_is_undone_with_one_key(console: Console, qtbot: QtBot) -> None:
    window = console.window
    controller = console.controller
    window.show()
    qtbot.waitExposed(window)
    undo = window.actions_by_name["undo_catchup"]
    assert undo in window.session_menu.actions()
    assert undo.shortcut().toString() == "U"
    assert not undo.isEnabled()
    controller.start()
    console.advance(14 * MINUTE)  # 4 min late: offered
    before = [r.timer.planned for r in controller.run.records]
    press(window, "A")
    assert [r.timer.planned for r in controller.run.records] != before
    assert undo.isEnabled()
    press(window, "U")
    assert [r.timer.planned for r in controller.run.records] == before
    assert "undone" in window.last_message
    assert not undo.isEnabled()
    assert window.catchup.isHidden()  # undone on purpose: not offered again at once
    # Journaled through the plan adjustments: each step changed, then changed back.
    adjustments = [a for r in controller.run.records for _, a in r.timer.adjustments]
    assert sorted(adjustments) == sorted([-MINUTE] * 4 + [MINUTE] * 4)
