"""When the console chimes, from consecutive snapshots of a run (literal times)."""

from __future__ import annotations

from datetime import datetime

from facilitator.console.chimes import Chime, ChimeCue, chime_for
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.session import SessionRun
from facilitator.engine.timer import Phase
from tests.engine.factory import make_agenda

WALL = datetime(2026, 5, 4, 9, 0)


def test_a_steps_own_countdown_chimes_at_the_warning_and_at_zero() -> None:
    run = SessionRun(make_agenda((10, 15)), wall=lambda: WALL)
    run.start(0, WALL)
    cue = ChimeCue()
    heard = [cue.follow(run.snapshot(t * SECOND)) for t in (0, 470, 481, 541, 600, 601)]
    assert heard == [None, None, Chime.WARNING, None, Chime.END, None]


def test_going_back_to_a_step_in_overtime_does_not_chime_the_end() -> None:
    run = SessionRun(make_agenda((10, 15)), wall=lambda: WALL)
    run.start(0, WALL)
    in_overtime = run.snapshot(11 * MINUTE)
    run.next_step(11 * MINUTE)
    next_step = run.snapshot(11 * MINUTE)
    assert next_step.phase is Phase.NORMAL
    run.previous_step(12 * MINUTE)
    back = run.snapshot(12 * MINUTE)
    assert back.index == 0 and back.phase is Phase.OVERTIME
    assert chime_for(in_overtime, next_step) is None
    # From the next step's normal countdown back into one already past zero: no "end".
    assert chime_for(next_step, back) is None


def test_a_new_agenda_is_a_first_look() -> None:
    run = SessionRun(make_agenda((10,)), wall=lambda: WALL)
    run.start(0, WALL)
    cue = ChimeCue()
    cue.follow(run.snapshot(7 * MINUTE))
    cue.forget()
    assert cue.follow(run.snapshot(9 * MINUTE)) is None
