"""N (or a jump) while the session is paused: literal times, and the report built from it."""

from __future__ import annotations

from facilitator.engine.clock import MINUTE as M
from facilitator.engine.session import RunState, SessionRun
from facilitator.engine.timer import Phase, TimerState
from facilitator.reports.build import build_report
from tests.engine.factory import make_agenda
from tests.engine.test_session import T0, WALL
from tests.reports.helpers import record


def test_next_while_paused_keeps_the_session_paused_and_the_next_step_paused_not_ready() -> None:
    run = SessionRun(make_agenda(), wall=lambda: WALL)
    run.start(T0, WALL)
    run.pause(T0 + 5 * M)
    assert run.next_step(T0 + 8 * M) is True
    snap = run.snapshot(T0 + 8 * M)
    assert (snap.state, snap.index) == (RunState.PAUSED, 1)
    # Paused at its full time, in its phase: not READY ("not started") as before a session.
    assert snap.timer_state is TimerState.PAUSED
    assert snap.phase is Phase.NORMAL
    assert snap.remaining == 15 * M and snap.display_seconds == 15 * 60
    assert run.held
    # Nothing runs while paused: a minute later, still 15:00, and the step left kept its time.
    assert run.snapshot(T0 + 9 * M).remaining == 15 * M
    assert run.record(0).actual(T0 + 9 * M) == 5 * M
    assert run.record(0).ended_at == T0 + 8 * M
    assert run.record(1).started_at is None
    # Space: the step starts now.
    assert run.resume(T0 + 9 * M) is True
    assert not run.held
    assert run.record(1).started_at == T0 + 9 * M
    assert run.snapshot(T0 + 10 * M).remaining == 14 * M
    run.next_step(T0 + 20 * M)
    assert [r.actual(T0 + 20 * M) for r in run.records[:2]] == [5 * M, 11 * M]


def test_a_step_passed_while_paused_is_skipped_with_no_actual_time() -> None:
    run = SessionRun(make_agenda(), wall=lambda: WALL)
    run.start(T0, WALL)
    run.pause(T0 + 5 * M)
    run.next_step(T0 + 6 * M)
    run.next_step(T0 + 7 * M)  # past step 2 without starting it
    assert run.index == 2 and run.held
    assert run.record(1).started_at is None and run.record(1).actual(T0 + 7 * M) == 0
    run.previous_step(T0 + 8 * M)  # back to step 2: still paused, still not started
    assert run.index == 1 and run.held
    assert run.snapshot(T0 + 8 * M).timer_state is TimerState.PAUSED


def test_the_report_splits_a_pause_the_trainer_moved_on_in() -> None:
    def script(run: SessionRun) -> None:
        run.pause(T0 + 5 * M)
        run.next_step(T0 + 8 * M)
        run.resume(T0 + 9 * M)
        run.next_step(T0 + 20 * M)

    report = build_report("paused-move", record(script))
    first, second = report.steps[:2]
    assert (first.actual, first.paused, first.status) == (5 * M, 3 * M, "done")
    # The minute step 2 stood paused before it ran is its own.
    assert (second.actual, second.paused) == (11 * M, 1 * M)
    assert report.totals.paused == 4 * M
