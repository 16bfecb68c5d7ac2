"""A whole session run through the real app, its windows shown, on a FakeClock.

The trainer's keys are the app's QActions; time passes only when the test
moves the FakeClock and lets the controller look (``controller.refresh()``,
what its timer does).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.engine.journal import read_journal
from facilitator.engine.session import RunState
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.presenter.step_list import ACTUAL_COLUMN
from tests.ui.qt_helpers import START, event_names, single_journal, step_row

TIMING_EVENTS = {
    "run_opened",
    "run_started",
    "step_started",
    "step_paused",
    "step_resumed",
    "step_ended",
    "step_changed",
    "run_finished",
}


class Driver:
    """The real app on a FakeClock, driven by its actions."""

    def __init__(self, qtbot: QtBot, options: AppOptions) -> None:
        self.clock = FakeClock(START)
        self.app = FacilitatorApp(options, load_agenda(default_agenda()), clock=self.clock)
        self.controller = self.app.controller
        self.presenter = self.app.presenter
        self.projector = self.app.projector
        self.presenter.confirm_quit = False  # closing at teardown must not ask
        qtbot.addWidget(self.presenter)
        qtbot.addWidget(self.projector)
        self.app.show()
        qtbot.waitExposed(self.presenter)
        assert self.projector.isVisible()

    def press(self, name: str) -> None:
        self.presenter.actions_by_name[name].trigger()

    def advance(self, ns: int) -> None:
        self.clock.advance(ns)
        self.controller.refresh()

    def state(self) -> RunState:
        return self.controller.run.state

    @property
    def shown(self) -> tuple[str, str]:
        """The countdown on the presenter and on the projector."""
        return self.presenter.countdown.digits.text(), self.projector.canvas.timer_text


@pytest.fixture
def make_driver(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[[AppOptions], Driver]]:
    made: list[Driver] = []

    def make(options: AppOptions) -> Driver:
        driver = Driver(qtbot, options)
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.controller.shutdown()


def test_a_whole_session_with_overtime_and_a_pause(
    make_driver: Callable[[AppOptions], Driver], data_dir: Path
) -> None:
    app = make_driver(AppOptions())
    run = app.controller.run
    assert app.shown == ("10:00", "10:00")
    app.press("toggle_running")
    assert app.state() is RunState.RUNNING and run.started_at == START

    # Step 1 (10 min): exactly on time.
    app.advance(10 * MINUTE)
    assert app.shown == ("0:00", "0:00")
    app.press("next_step")
    assert app.shown == ("15:00", "15:00")
    # Step 2 (15 min): seven seconds of overtime.
    app.advance(15 * MINUTE + 7 * SECOND)
    assert app.shown == ("+0:07", "+0:07")
    app.press("next_step")
    # Step 3 (25 min): a pause of 30 s after 10 minutes.
    app.advance(10 * MINUTE)
    app.press("toggle_running")
    assert app.state() is RunState.PAUSED
    app.advance(30 * SECOND)
    assert app.shown == ("15:00", "15:00")
    assert app.presenter.countdown.badge.text() == "PAUSED"
    app.press("toggle_running")
    app.advance(15 * MINUTE)
    app.press("next_step")
    # Steps 4, 5 and 6 (15, 15 and 10 min): on time; "next" after the last finishes.
    for minutes in (15, 15, 10):
        assert app.presenter.countdown.digits.text() == f"{minutes}:00"
        app.advance(minutes * MINUTE)
        app.press("next_step")

    now = app.controller.now()
    assert app.state() is RunState.FINISHED
    assert [run.record(i).actual(now) for i in range(6)] == [
        600_000_000_000,
        907_000_000_000,
        1_500_000_000_000,
        900_000_000_000,
        900_000_000_000,
        600_000_000_000,
    ]
    total = 600 + 907 + 30 + 1500 + 900 + 900 + 600  # the pause counts for the session
    assert run.finished_at == START + total * SECOND
    assert app.presenter.countdown.status.text() == "Session finished"
    step_list = app.presenter.step_list
    rows = [step_row(step_list, r) for r in range(6)]
    actual = [row.text(ACTUAL_COLUMN) for row in rows]
    assert actual == ["10 min", "15 min", "25 min", "15 min", "15 min", "10 min"]

    events = [e for e in read_journal(single_journal(data_dir)).events]
    timing = [e for e in events if e["event"] in TIMING_EVENTS]
    leave = ["step_paused", "step_ended", "step_changed", "step_started"]
    assert event_names(timing) == [
        "run_opened",
        "run_started",
        "step_started",
        *leave,
        *leave,
        "step_paused",
        "step_resumed",
        *leave,
        *leave,
        *leave,
        "step_paused",
        "step_ended",
        "run_finished",
    ]
    ended = [e for e in timing if e["event"] == "step_ended"]
    assert [e["index"] for e in ended] == [0, 1, 2, 3, 4, 5]
    assert [e["actual"] for e in ended] == [s * SECOND for s in (600, 907, 1500, 900, 900, 600)]
    assert timing[0]["mode"] == "live"
    assert timing[-1]["elapsed"] == total * SECOND
    assert timing[-1]["t"] == START + total * SECOND


def test_auto_advance_runs_every_step_for_exactly_its_minutes(
    make_driver: Callable[[AppOptions], Driver], data_dir: Path
) -> None:
    app = make_driver(AppOptions(auto_advance=True))
    run = app.controller.run
    app.press("toggle_running")
    app.advance(90 * MINUTE + 5 * SECOND)  # one look, long after the planned end
    now = app.controller.now()
    assert app.state() is RunState.FINISHED
    planned = [10, 15, 25, 15, 15, 10]
    assert [run.record(i).actual(now) for i in range(6)] == [m * MINUTE for m in planned]
    assert run.finished_at == START + 90 * MINUTE
    assert app.presenter.countdown.status.text() == "Session finished"

    events = read_journal(single_journal(data_dir)).events
    changes = [e for e in events if e["event"] == "step_changed"]
    assert [(e["from"], e["to"], e["auto"]) for e in changes] == [
        (i, i + 1, True) for i in range(5)
    ]
    finished = [e for e in events if e["event"] == "run_finished"]
    assert len(finished) == 1 and finished[0]["auto"] is True
    assert finished[0]["t"] == START + 90 * MINUTE


# --- quitting ---------------------------------------------------------------------

QUIT_SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp

how = sys.argv[1]
options = AppOptions(quit_after=0.3) if how == "quit-after" else AppOptions()
facilitator = FacilitatorApp(options, load_agenda(default_agenda()))
facilitator.show()
if how == "quit-action":
    QTimer.singleShot(300, facilitator.presenter.actions_by_name["quit"].trigger)
QTimer.singleShot(8000, lambda: (print("still running"), app.exit(3)))
status = app.exec()
facilitator.controller.shutdown()
print("exit", status)
"""


@pytest.mark.parametrize("how", ["quit-after", "quit-action"])
def test_quitting_ends_the_app_while_the_projector_is_shown(tmp_path: Path, how: str) -> None:
    # The projector window refuses a close by hand (it only hides); that must neither
    # cancel QApplication.quit() nor keep the app running once the presenter is closed.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, how],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].strip() == "exit 0", done.stdout
