"""Planned and projected offsets and wall times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.engine import plan
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.session import SessionRun
from tests.engine.factory import make_agenda

T0 = 7_777 * S
WALL = datetime(2025, 3, 1, 13, 30, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return WALL + timedelta(minutes=minutes)


def new_run() -> SessionRun:
    return SessionRun(make_agenda(), wall=lambda: WALL)


def test_planned_offsets() -> None:
    offsets = plan.planned_offsets(make_agenda())
    assert offsets == [m * M for m in (0, 10, 25, 50, 65, 80, 90)]


def test_planned_offsets_of_fractional_minutes() -> None:
    assert plan.planned_offsets(make_agenda((2.5, 0.1, 1 / 3))) == [0, 150 * S, 156 * S, 176 * S]


def test_projected_remaining() -> None:
    run = new_run()
    assert plan.projected_remaining(run, T0) == 90 * M
    run.add_time(5 * M, T0)
    assert plan.projected_remaining(run, T0) == 95 * M
    run.start(T0, WALL)
    assert plan.projected_remaining(run, T0 + 3 * M) == 92 * M
    run.next_step(T0 + 16 * M)  # one minute over (the step had 15)
    assert plan.projected_remaining(run, T0 + 16 * M) == 80 * M
    run.next_step(T0 + 46 * M)  # 15 minutes over: the current step counts 0 while over
    assert plan.projected_remaining(run, T0 + 46 * M) == 65 * M
    assert plan.projected_remaining(run, T0 + 80 * M) == 40 * M
    run.go_to_step(5, T0 + 80 * M)
    run.finish(T0 + 85 * M)
    assert plan.projected_remaining(run, T0 + 100 * M) == 0


def test_projected_remaining_counts_a_step_left_half_done() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.next_step(T0 + 10 * M)
    run.next_step(T0 + 20 * M)  # step 2 left with 5 of its 15 minutes
    run.go_to_step(0, T0 + 20 * M)
    run.set_remaining(0, T0 + 20 * M)
    assert plan.projected_remaining(run, T0 + 20 * M) == 5 * M + 25 * M + 15 * M + 15 * M + 10 * M


def test_times_before_the_start() -> None:
    run = new_run()
    assert plan.planned_times(run, T0, WALL) == [at(m) for m in (0, 10, 25, 50, 65, 80)]
    assert plan.planned_end(run, WALL) == at(90)
    assert plan.projected_end(run, T0, WALL) == at(90)
    later = WALL + timedelta(hours=1)
    assert plan.planned_end(run, later) == later + timedelta(minutes=90)


def test_times_during_the_session() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.next_step(T0 + 12 * M)  # two minutes over
    run.pause(T0 + 20 * M)
    now = T0 + 23 * M  # paused for three minutes, 7 minutes of step 2 left
    # The wall clock passed in is ignored after the start: times come from the monotonic clock.
    other_wall = WALL + timedelta(hours=5)
    assert plan.planned_times(run, now, other_wall) == [
        at(0),
        at(12),
        at(30),  # now (23) + 7 left
        at(55),
        at(70),
        at(85),
    ]
    assert plan.projected_end(run, now, other_wall) == at(95)
    assert plan.planned_end(run, other_wall) == at(90)
    assert plan.behind(run, now) == 5 * M
    assert plan.projected_end_offset(run, now) == 95 * M
    assert plan.elapsed_session(run, now) == 23 * M


def test_a_skipped_step_gets_the_start_of_the_next() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.go_to_step(2, T0 + 10 * M)
    times = plan.planned_times(run, T0 + 11 * M, WALL)
    assert times[:4] == [at(0), at(10), at(10), at(35)]


def test_a_step_not_begun_in_a_paused_session_starts_now() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.pause(T0 + 5 * M)
    run.next_step(T0 + 6 * M)
    times = plan.planned_times(run, T0 + 8 * M, WALL)
    assert times[:3] == [at(0), at(8), at(23)]


def test_times_after_the_end() -> None:
    run = new_run()
    run.start(T0, WALL)
    for minute in (10, 25, 50, 65, 80):
        run.next_step(T0 + minute * M)
    run.next_step(T0 + 88 * M)
    assert plan.projected_end(run, T0 + 200 * M, WALL) == at(88)
    assert plan.planned_times(run, T0 + 200 * M, WALL) == [at(m) for m in (0, 10, 25, 50, 65, 80)]
    assert plan.behind(run, T0 + 200 * M) == -2 * M


def test_wall_at_needs_a_start() -> None:
    run = new_run()
    with pytest.raises(ValueError):
        plan.wall_at(run, T0)
    run.start(T0, WALL)
    assert plan.wall_at(run, T0 + 90 * S + 1500) == WALL + timedelta(seconds=90, microseconds=1)


def test_the_planned_total_follows_a_new_version_of_the_agenda() -> None:
    """Summed once per set of steps (every snapshot asks it), so summed again when a
    reload changes the steps: a step lengthened, a step taken out."""
    run = SessionRun(make_agenda())
    assert plan.planned_total(run) == 90 * M
    run.start(0)
    run.add_time(2 * M, S)  # an adjustment is not part of the plan
    assert plan.planned_total(run) == 90 * M
    run.replace_agenda(make_agenda((10, 20, 25, 15, 15, 10)), 2 * S)
    assert plan.planned_total(run) == 95 * M
    assert run.snapshot(2 * S).behind == plan.behind(run, 2 * S)
    run.replace_agenda(make_agenda((10, 20, 25, 15, 15)), 3 * S)
    assert plan.planned_total(run) == 85 * M
