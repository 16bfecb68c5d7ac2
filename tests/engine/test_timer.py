"""StepTimer with literal instants: every command, exact remaining times, phases, errors."""

from __future__ import annotations

import pytest

from facilitator.agenda.model import Timing
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.timer import (
    Phase,
    StepTimer,
    Thresholds,
    TimerError,
    TimerState,
    default_thresholds,
    display_seconds,
    phase_of,
    thresholds_for,
)
from tests.engine.factory import make_agenda

T0 = 1_000 * S  # an arbitrary monotonic origin; nothing may assume it is 0


def test_idle_timer() -> None:
    timer = StepTimer(10 * M)
    assert timer.state is TimerState.IDLE
    assert timer.started_at is None
    assert timer.segments == []
    assert timer.remaining(T0) == 10 * M
    assert timer.elapsed(T0) == 0
    assert timer.overtime(T0) == 0
    assert timer.phase(T0) is Phase.IDLE
    assert timer.next_change(T0) is None
    assert timer.zero_at() is None


def test_start_and_run() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    assert timer.state is TimerState.RUNNING
    assert timer.started_at == T0
    assert timer.segments == [(T0, None)]
    assert timer.remaining(T0) == 10 * M
    assert timer.remaining(T0 + 1) == 10 * M - 1
    assert timer.remaining(T0 + 3 * M) == 7 * M
    assert timer.elapsed(T0 + 3 * M) == 3 * M
    assert timer.zero_at() == T0 + 10 * M


def test_pause_and_resume() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.pause(T0 + 2 * M)
    assert timer.state is TimerState.PAUSED
    # Paused: time stands still however long the pause.
    assert timer.remaining(T0 + 2 * M) == 8 * M
    assert timer.remaining(T0 + 60 * M) == 8 * M
    assert timer.pauses == [(T0 + 2 * M, None)]
    timer.resume(T0 + 5 * M)
    assert timer.remaining(T0 + 5 * M) == 8 * M
    assert timer.remaining(T0 + 6 * M + 500) == 7 * M - 500
    timer.pause(T0 + 7 * M)
    timer.resume(T0 + 7 * M + 1)
    assert timer.segments == [(T0, T0 + 2 * M), (T0 + 5 * M, T0 + 7 * M), (T0 + 7 * M + 1, None)]
    assert timer.pauses == [(T0 + 2 * M, T0 + 5 * M), (T0 + 7 * M, T0 + 7 * M + 1)]
    assert timer.elapsed(T0 + 8 * M) == 2 * M + 2 * M + (M - 1)
    assert timer.remaining(T0 + 8 * M) == 5 * M + 1
    # Running 5 min + 1 ns more from T0 + 8 min reaches zero.
    assert timer.zero_at() == T0 + 13 * M + 1


def test_adjust_in_every_state() -> None:
    timer = StepTimer(10 * M)
    timer.adjust(2 * M, T0)  # before the start: a longer step
    assert timer.remaining(T0) == 12 * M
    timer.start(T0 + S)
    timer.adjust(-5 * M, T0 + M)
    assert timer.remaining(T0 + M) == 12 * M - 5 * M - (M - S)
    timer.pause(T0 + 2 * M)
    timer.adjust(M, T0 + 3 * M)
    assert timer.remaining(T0 + 3 * M) == 12 * M - 5 * M + M - (2 * M - S)
    assert timer.adjustments == [(T0, 2 * M), (T0 + M, -5 * M), (T0 + 3 * M, M)]
    assert timer.adjusted == -2 * M
    assert timer.planned == 8 * M


def test_set_remaining_is_an_adjustment() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.set_remaining(5 * M, T0 + 3 * M)  # 7 min were left
    assert timer.remaining(T0 + 3 * M) == 5 * M
    assert timer.adjustments == [(T0 + 3 * M, -2 * M)]
    assert timer.remaining(T0 + 8 * M) == 0
    timer.set_remaining(-30 * S, T0 + 8 * M)
    assert timer.remaining(T0 + 8 * M) == -30 * S
    assert timer.overtime(T0 + 9 * M) == 90 * S


def test_restart_keeps_the_record() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.adjust(M, T0 + M)
    timer.restart(T0 + 4 * M)
    assert timer.state is TimerState.RUNNING
    assert timer.remaining(T0 + 4 * M) == 10 * M
    assert timer.remaining(T0 + 5 * M) == 9 * M
    # The four minutes already spent are still spent.
    assert timer.elapsed(T0 + 5 * M) == 5 * M
    assert timer.restarts == [T0 + 4 * M]
    assert timer.adjustments == [(T0 + M, M), (T0 + 4 * M, 3 * M)]
    assert timer.segments == [(T0, None)]


def test_restart_while_paused_stays_paused() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.pause(T0 + 12 * M)  # 2 min overtime
    timer.restart(T0 + 13 * M)
    assert timer.state is TimerState.PAUSED
    assert timer.remaining(T0 + 20 * M) == 10 * M


def test_overtime_is_negative_remaining() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    assert timer.remaining(T0 + 10 * M) == 0
    assert timer.overtime(T0 + 10 * M) == 0
    assert timer.remaining(T0 + 10 * M + 1) == -1
    assert timer.remaining(T0 + 13 * M + 30 * S) == -(3 * M + 30 * S)
    assert timer.overtime(T0 + 13 * M + 30 * S) == 3 * M + 30 * S


def test_default_thresholds() -> None:
    assert default_thresholds(10 * M) == Thresholds(warning=2 * M, danger=M)
    assert default_thresholds(25 * M) == Thresholds(warning=5 * M, danger=2 * M + 30 * S)
    assert default_thresholds(7) == Thresholds(warning=1, danger=0)  # rounded down


@pytest.mark.parametrize(
    ("minutes", "warning_at", "danger_at"),
    [(10, 8 * M, 9 * M), (25, 20 * M, 22 * M + 30 * S)],
)
def test_phase_transitions_at_exact_instants(minutes: int, warning_at: int, danger_at: int) -> None:
    timer = StepTimer(minutes * M)
    assert timer.phase(T0) is Phase.IDLE
    timer.start(T0)
    end = T0 + minutes * M
    assert timer.phase(T0) is Phase.NORMAL
    assert timer.phase(T0 + warning_at - 1) is Phase.NORMAL
    assert timer.phase(T0 + warning_at) is Phase.WARNING
    assert timer.phase(T0 + danger_at - 1) is Phase.WARNING
    assert timer.phase(T0 + danger_at) is Phase.DANGER
    assert timer.phase(end - 1) is Phase.DANGER
    # Time is up the instant the countdown shows 0:00.
    assert timer.phase(end) is Phase.OVERTIME
    assert timer.phase(end + 60 * M) is Phase.OVERTIME


def test_phase_while_paused_and_with_explicit_thresholds() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.pause(T0 + 9 * M)
    assert timer.phase(T0 + 30 * M) is Phase.DANGER
    custom = Thresholds(warning=5 * M, danger=30 * S)
    assert timer.phase(T0 + 30 * M, custom) is Phase.WARNING


def test_phase_of_misordered_thresholds_prefers_danger() -> None:
    inverted = Thresholds(warning=M, danger=2 * M)
    assert phase_of(90 * S, inverted) is Phase.DANGER
    assert phase_of(3 * M, inverted) is Phase.NORMAL


def test_thresholds_for_fall_back_field_by_field() -> None:
    agenda = make_agenda(
        (10, 20, 30),
        timing=Timing(warning=4),
        step_timing={1: Timing(danger=0.5), 2: Timing(warning=6, danger=3)},
    )
    first, second, third = agenda.steps
    assert thresholds_for(first, None) == Thresholds(warning=2 * M, danger=M)
    assert thresholds_for(first, agenda.session.timing) == Thresholds(warning=4 * M, danger=M)
    assert thresholds_for(second, agenda.session.timing) == Thresholds(4 * M, 30 * S)
    assert thresholds_for(third, agenda.session.timing) == Thresholds(6 * M, 3 * M)


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [
        (10 * M, 600),
        (10 * M - 1, 600),
        (599 * S + 1, 600),
        (599 * S, 599),
        (S + 1, 2),
        (S, 1),
        (1, 1),
        (0, 0),
        (-1, 0),
        (-S + 1, 0),
        (-S, -1),
        (-S - 1, -1),
        (-2 * S + 1, -1),
        (-2 * S, -2),
        (-(3 * M + 30 * S), -210),
    ],
)
def test_display_seconds_boundaries(remaining: int, shown: int) -> None:
    assert display_seconds(remaining) == shown


def test_next_change_on_whole_seconds() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    assert timer.next_change(T0) == T0 + S
    assert timer.next_change(T0 + 1) == T0 + S
    assert timer.next_change(T0 + S - 1) == T0 + S
    assert timer.next_change(T0 + S) == T0 + 2 * S
    # At 0:01 left the next change is 0:00, which is also the overtime phase.
    assert timer.next_change(T0 + 10 * M - S) == T0 + 10 * M
    assert timer.next_change(T0 + 10 * M) == T0 + 10 * M + S
    assert timer.next_change(T0 + 10 * M + S + 7) == T0 + 10 * M + 2 * S


def test_next_change_after_a_pause_mid_second() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.pause(T0 + 400_000_000)  # 9:59.6 left, showing 10:00
    assert timer.next_change(T0 + 5 * S) is None
    timer.resume(T0 + 5 * S)
    assert timer.next_change(T0 + 5 * S) == T0 + 5 * S + 600_000_000


def test_next_change_includes_off_second_phase_boundaries() -> None:
    timer = StepTimer(10 * M, Thresholds(warning=2 * M + 500_000_000, danger=M))
    timer.start(T0)
    # Shown 2:01 until 2:00 left, but warning begins at 2:00.5 left.
    before = T0 + 7 * M + 59 * S
    assert timer.next_change(before) == T0 + 7 * M + 59 * S + 500_000_000
    assert timer.next_change(before, Thresholds(warning=0, danger=0)) == before + S


def test_next_change_marks_a_visible_change() -> None:
    timer = StepTimer(25 * M)
    timer.start(T0)
    now = T0
    while now < T0 + 27 * M:
        change = timer.next_change(now)
        assert change is not None and change > now
        shown = (display_seconds(timer.remaining(change - 1)), timer.phase(change - 1))
        assert shown == (display_seconds(timer.remaining(now)), timer.phase(now))
        assert (display_seconds(timer.remaining(change)), timer.phase(change)) != shown
        now = change


def test_zero_at_is_not_before_the_command_that_crossed_zero() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.adjust(-20 * M, T0 + M)
    assert timer.zero_at() == T0 + M


@pytest.mark.parametrize(
    ("setup", "command"),
    [
        ("", "pause"),
        ("", "resume"),
        ("start", "start"),
        ("start", "resume"),
        ("start pause", "pause"),
        ("start pause", "start"),
    ],
)
def test_invalid_commands_raise(setup: str, command: str) -> None:
    timer = StepTimer(10 * M)
    for i, name in enumerate(setup.split()):
        getattr(timer, name)(T0 + i)
    with pytest.raises(TimerError):
        getattr(timer, command)(T0 + 100)


def test_time_going_backwards_raises() -> None:
    timer = StepTimer(10 * M)
    timer.start(T0)
    timer.adjust(M, T0 + 5 * S)
    for call in (
        lambda: timer.pause(T0 + S),
        lambda: timer.adjust(M, T0 + S),
        lambda: timer.set_remaining(M, T0 + S),
        lambda: timer.restart(T0 + S),
        lambda: timer.remaining(T0 + S),
        lambda: timer.phase(T0 + S),
        lambda: timer.next_change(T0 + S),
    ):
        with pytest.raises(TimerError):
            call()
    assert timer.adjustments == [(T0 + 5 * S, M)]
    assert timer.remaining(T0 + 5 * S) == 10 * M + M - 5 * S


def test_a_timer_not_begun_leaves_its_planned_time_and_refuses_time_going_back() -> None:
    timer = StepTimer(10 * M)
    assert timer.remaining(T0) == 10 * M
    timer.adjust(2 * M, T0 + 5 * S)  # a step to come, lengthened by a catch-up plan
    timer.adjust(-M, T0 + 6 * S)
    assert timer.planned == 11 * M and timer.adjusted == M
    assert timer.remaining(T0 + 6 * S) == 11 * M
    with pytest.raises(TimerError):
        timer.remaining(T0 + S)


def test_negative_duration_is_refused() -> None:
    with pytest.raises(TimerError):
        StepTimer(-1)
    assert issubclass(TimerError, ValueError)
