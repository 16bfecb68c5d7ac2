"""Engine commands the presenter console needs: reload, plan changes, threshold defaults."""

from __future__ import annotations

from datetime import datetime

from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.session import RunState, SessionRun
from facilitator.engine.timer import Phase, TimerState
from tests.engine.factory import make_agenda

WALL = datetime(2026, 5, 4, 9, 0)


def started(minutes: tuple[float, ...] = (10, 15, 25)) -> SessionRun:
    run = SessionRun(make_agenda(minutes), wall=lambda: WALL)
    run.start(0, WALL)
    return run


def test_replace_agenda_keeps_current_step_and_its_timer() -> None:
    run = started()
    run.go_to_step(1, 10 * MINUTE)
    # The trainer makes step 2 longer and step 3 shorter in the editor.
    run.replace_agenda(make_agenda((10, 20, 20)), 13 * MINUTE)
    assert run.index == 1
    assert run.state is RunState.RUNNING
    assert run.timer.state is TimerState.RUNNING
    # 3 minutes spent of a step that now has 20.
    assert run.timer.remaining(13 * MINUTE) == 17 * MINUTE
    assert run.record(0).actual(13 * MINUTE) == 10 * MINUTE
    assert run.record(2).timer.duration == 20 * MINUTE
    assert run.snapshot(13 * MINUTE).planned_end_offset == 50 * MINUTE


def test_replace_agenda_with_the_current_step_gone_moves_to_the_one_in_its_place() -> None:
    run = started((10, 15, 25))
    agenda = make_agenda((10, 15, 25))
    steps = [agenda.steps[0], agenda.steps[2]]
    session = agenda.session.model_copy(update={"steps": steps, "duration": 35})
    run.go_to_step(1, 10 * MINUTE)
    run.replace_agenda(type(agenda)(agenda.path, session), 12 * MINUTE)
    assert run.index == 1
    assert run.step.id == "step-3"
    assert run.timer.state is TimerState.RUNNING
    assert run.timer.remaining(12 * MINUTE) == 25 * MINUTE


def test_adjust_step_changes_a_later_step_and_the_projected_end() -> None:
    run = started()
    before = run.snapshot(MINUTE).projected_end_offset
    run.adjust_step(2, -3 * MINUTE, MINUTE)
    assert run.record(2).timer.planned == 22 * MINUTE
    assert run.snapshot(MINUTE).projected_end_offset == before - 3 * MINUTE
    assert not run.adjust_step(2, 0, MINUTE)


def test_default_fractions_apply_where_the_agenda_sets_no_thresholds() -> None:
    run = started((10,))
    run.set_default_fractions((0.5, 0.25))
    assert run.timer.thresholds.warning == 5 * MINUTE
    assert run.timer.thresholds.danger == 150 * SECOND
    assert run.snapshot(5 * MINUTE + SECOND).phase is Phase.WARNING
    run.set_default_fractions(None)
    assert run.timer.thresholds.warning == 2 * MINUTE


def test_agenda_thresholds_win_over_the_trainers_defaults() -> None:
    from facilitator.agenda.model import Timing

    agenda = make_agenda((10, 25), step_timing={0: Timing(warning=3)})
    run = SessionRun(agenda, wall=lambda: WALL, default_fractions=(0.5, 0.25))
    assert run.record(0).timer.thresholds.warning == 3 * MINUTE  # the step's own field
    assert run.record(0).timer.thresholds.danger == 150 * SECOND  # default: 25 % of 10 min
    assert run.record(1).timer.thresholds.warning == 750 * SECOND  # 50 % of 25 min
