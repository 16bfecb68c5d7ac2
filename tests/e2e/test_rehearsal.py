"""Rehearsal mode, heartbeats and the recovery offer, driven in the real app in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.clock import FakeClock, wall_now
from facilitator.engine.journal import read_journal, read_log
from facilitator.engine.resume import prepare_resume
from facilitator.engine.session import RunState
from facilitator.paths import default_agenda
from facilitator.recovery import describe
from facilitator.ui.app import FacilitatorApp, offer_recovery
from facilitator.ui.dialogs.recovery_dialog import RecoveryDialog
from tests.ui.qt_helpers import colours_in, distinct_colours

# The REHEARSAL mark's orange (ui/rehearsal.py).
MARK = "#ef6c00"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def make_app(qtbot: QtBot, clock: FakeClock, **options: object) -> FacilitatorApp:
    app = FacilitatorApp(AppOptions(**options), load_agenda(default_agenda()), clock=clock)  # type: ignore[arg-type]
    # Stopped when the test is over (its timer would run on), however the test ends.
    qtbot.addWidget(app.presenter, before_close_func=lambda _w: app.controller.shutdown())
    qtbot.addWidget(app.projector)
    app.presenter.confirm_quit = False
    return app


def journal_events(data: Path) -> list[dict[str, object]]:
    (path,) = (data / "runs").glob("*.jsonl")
    return read_journal(path).events


def test_a_rehearsal_is_marked_and_recorded_as_such(qtbot: QtBot, data: Path) -> None:
    clock = FakeClock(1_000 * S)
    app = make_app(qtbot, clock, rehearsal=True)
    app.show()
    assert app.mode == "rehearsal"
    assert app.marks.badge.isVisible() and app.marks.overlay.isVisible()
    assert app.presenter.windowTitle().startswith("REHEARSAL – ")
    assert app.projector.windowTitle().startswith("REHEARSAL – ")
    app.controller.start()
    clock.advance(12 * M)
    app.controller.next_step()
    events = journal_events(data)
    assert events[0]["event"] == "run_opened" and events[0]["mode"] == "rehearsal"
    ended = [e for e in events if e["event"] == "step_ended"]
    assert ended[0]["actual"] == 12 * M
    # Both windows show the orange REHEARSAL mark where it is placed.
    presenter = app.presenter.grab().toImage()
    badge = QRect(app.marks.badge.mapTo(app.presenter, QPoint(0, 0)), app.marks.badge.size())
    assert MARK in colours_in(presenter, badge)
    app.projector.resize(960, 540)
    qtbot.wait(20)
    overlay = app.marks.overlay.geometry()
    assert app.projector.rect().contains(overlay)
    projector = app.projector.grab().toImage()
    assert MARK in colours_in(projector, overlay)
    outside = QRect(0, overlay.bottom() + 1, projector.width(), projector.height())
    assert MARK not in colours_in(projector, outside)
    app.controller.shutdown()


def test_the_menu_turns_a_live_session_into_a_rehearsal(qtbot: QtBot, data: Path) -> None:
    app = make_app(qtbot, FakeClock(1_000 * S))
    app.show()
    assert app.mode == "live" and not app.marks.badge.isVisible()
    assert "rehearse" in [
        a.objectName() for a in app.presenter.menuBar().actions()[0].menu().actions()
    ]
    app.presenter.actions_by_name["rehearse"].trigger()
    assert app.mode == "rehearsal" and app.marks.badge.isVisible()
    assert app.presenter.windowTitle().startswith("REHEARSAL – ")


def test_a_dry_run_is_never_a_rehearsal(qtbot: QtBot, data: Path) -> None:
    app = make_app(qtbot, FakeClock(1_000 * S), rehearsal=True, speed=60.0)
    assert app.mode == "dry-run"
    assert not app.marks.active


def test_the_rehearsal_projector_is_optional(qtbot: QtBot, data: Path) -> None:
    app = make_app(qtbot, FakeClock(1_000 * S), rehearsal=True, projector=False)
    app.show()
    assert app.presenter.isVisible() and not app.projector.isVisible()


def test_heartbeats_and_the_recovery_offer(
    qtbot: QtBot, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(1_000 * S)
    app = make_app(qtbot, clock)
    app.controller.start()
    clock.advance(3 * M)
    app.controller.next_step()
    for _ in range(3):
        clock.advance(6 * S)
        app.controller.add_minute()  # any refresh may write the heartbeat
    events = journal_events(data)
    # One at the step change (3 minutes since the start), then one per 6 s.
    assert [e["event"] for e in events].count("heartbeat") == 4
    # No shutdown: the app "crashed". The offer describes the run in a trainer's words.
    path = next((data / "runs").glob("*.jsonl"))
    resumable = prepare_resume(path, read_log(path), load_agenda)
    text = describe(resumable, wall_now())
    assert "during step 2 of 6, “Presentatie: strategieën voor outreachprogramma's”" in text
    assert "with 17:42 left (running)" in text  # 15 min, 3 added, 18 s spent
    dialog = RecoveryDialog(resumable)
    qtbot.addWidget(dialog)
    dialog.show()
    # The dialog as shown: drawn, its three buttons one under the other.
    picture = dialog.grab().toImage()
    assert picture.size() == dialog.size() * dialog.devicePixelRatio()
    assert distinct_colours(picture) > 8
    buttons = (dialog.resume_button, dialog.paused_button, dialog.fresh_button)
    assert all(button.isVisible() and button.width() > 100 for button in buttons)
    tops = [button.geometry().top() for button in buttons]
    assert tops == sorted(tops)
    dialog.paused_button.click()
    assert dialog.choice == "paused"

    chosen: list[str] = []

    def exec_(self: RecoveryDialog) -> int:
        chosen.append("asked")
        self.choice = "never"
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    assert offer_recovery(AppOptions(recover="ask")) is None
    assert chosen == ["asked"]
    # Declined: noted in the journal, and not offered again.
    assert journal_events(data)[-1]["event"] == "run_abandoned"
    assert offer_recovery(AppOptions(recover="counted")) is None
    assert chosen == ["asked"]


def test_resume_in_process_goes_on_at_the_same_step(qtbot: QtBot, data: Path) -> None:
    clock = FakeClock(1_000 * S)
    app = make_app(qtbot, clock)
    app.controller.start()
    clock.advance(11 * M)
    app.controller.next_step()
    clock.advance(4 * M)
    app.controller.projector.toggle_blank()
    recovery = offer_recovery(AppOptions(recover="paused"))
    assert recovery is not None and recovery.how == "paused"
    # The real clock, shifted onto the journal's timeline.
    resumed = FacilitatorApp(recovery.options, recovery.resumable.agenda, recovery.clock)
    qtbot.addWidget(resumed.presenter)
    qtbot.addWidget(resumed.projector)
    resumed.presenter.confirm_quit = False
    resumed.resume(recovery)
    run = resumed.controller.run
    assert run.state is RunState.PAUSED and run.index == 1
    assert resumed.controller.projector.blank
    assert run.timer.remaining(resumed.controller.now()) == 11 * M
    resumed.controller.shutdown()


def test_resume_in_process_puts_back_what_was_on_the_projector_at_once(
    qtbot: QtBot, data: Path
) -> None:
    clock = FakeClock(1_000 * S)
    app = make_app(qtbot, clock)
    app.controller.start()
    clock.advance(3 * M)
    app.controller.projector.show_section("oproep-tot-actie")
    shown = app.controller.projector.shown
    recovery = offer_recovery(AppOptions(recover="counted"))
    assert recovery is not None
    resumed = FacilitatorApp(recovery.options, recovery.resumable.agenda, recovery.clock)
    qtbot.addWidget(resumed.presenter)
    qtbot.addWidget(resumed.projector)
    resumed.presenter.confirm_quit = False
    resumed.resume(recovery)
    assert resumed.controller.projector.shown == shown
    slide = resumed.projector.canvas.slide
    assert slide is not None and slide.title == "Oproep tot actie"
    resumed.controller.shutdown()


def test_after_a_run_the_report_is_one_click_away(qtbot: QtBot, data: Path) -> None:
    clock = FakeClock(1_000 * S)
    app = make_app(qtbot, clock)
    app.controller.start()
    for minutes in (10, 16, 25, 14, 15, 10):
        clock.advance(minutes * M)
        app.controller.next_step()
    assert app.controller.run.state is RunState.FINISHED
    assert "Reports" in app.presenter.last_message
    app.presenter.actions_by_name["show_reports"].trigger()
    assert app.reports is not None
    qtbot.addWidget(app.reports)
    report = app.reports.report
    assert report is not None and report.outcome == "finished"
    assert app.controller.journal is not None
    assert report.run_id == app.controller.journal.path.stem
    assert [r.actual for r in report.steps] == [m * M for m in (10, 16, 25, 14, 15, 10)]
    app.reports.close()
