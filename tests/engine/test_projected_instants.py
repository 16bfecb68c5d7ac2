"""The starts and end of one pass are those of planned_times and projected_end (pure)."""

from __future__ import annotations

from datetime import datetime

from facilitator.engine import plan
from facilitator.engine.clock import MINUTE
from facilitator.engine.session import SessionRun
from tests.engine.factory import make_agenda

WALL = datetime(2026, 5, 4, 9, 0)


def _same(run: SessionRun, now: int) -> None:
    starts, end = plan.projected_instants(run, now)
    assert [plan.wall_of(run, s, now, WALL) for s in starts] == plan.planned_times(run, now, WALL)
    assert plan.wall_of(run, end, now, WALL) == plan.projected_end(run, now, WALL)


def test_one_pass_gives_the_starts_and_the_end() -> None:
    run = SessionRun(make_agenda((10, 15, 25)), wall=lambda: WALL)
    _same(run, 0)  # before the start
    run.start(0, WALL)
    _same(run, 5 * MINUTE)
    run.next_step(12 * MINUTE)  # the first step ran over
    _same(run, 12 * MINUTE)
    run.pause(13 * MINUTE)
    _same(run, 20 * MINUTE)
    run.go_to_step(2, 21 * MINUTE)
    _same(run, 60 * MINUTE)  # in overtime
    run.finish(61 * MINUTE)
    _same(run, 70 * MINUTE)
