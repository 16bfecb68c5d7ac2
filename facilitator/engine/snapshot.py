"""What a view sees of a run: its state and the snapshot derived at one instant.

:class:`SessionSnapshot` is never stored: :func:`take_snapshot` derives it
from the run's recorded instants whenever a view asks.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.engine import plan
from facilitator.engine.timer import Phase, Thresholds, TimerState, display_seconds, phase_of

if TYPE_CHECKING:
    from facilitator.engine.session import SessionRun


class RunState(enum.Enum):
    """Where the session as a whole stands."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything a view shows at one instant, derived from the run's state."""

    state: RunState
    index: int
    step_count: int
    step_id: str
    step_title: str
    remaining: int
    display_seconds: int
    overtime: int
    phase: Phase
    timer_state: TimerState
    thresholds: Thresholds
    planned: int  # the current step's duration plus adjustments
    step_elapsed: int  # running time of the current step
    elapsed_session: int  # since the session start, pauses included
    item_index: int
    item_count: int
    next_step_title: str | None
    planned_start_offset: int  # the current step's planned start, from the session start
    planned_end_offset: int  # the planned length of the session
    projected_end_offset: int
    behind: int  # projected minus planned end; positive means running late
    next_change: int | None


def take_snapshot(run: SessionRun, now: int) -> SessionSnapshot:
    """Everything a view shows of ``run`` at ``now`` (a finished run stays at its end)."""
    at = run.finished_at if run.finished_at is not None else now
    timer = run.timer
    remaining = timer.remaining(at)
    # A step made current while the session is paused stands paused at its time left.
    held = run.held
    following = run.index + 1
    offsets = run.planned_offsets
    # Once: it sums what is left of every step to come (plan.behind would sum it again).
    projected = plan.projected_end_offset(run, now)
    return SessionSnapshot(
        state=run.state,
        index=run.index,
        step_count=run.step_count,
        step_id=run.step.id,
        step_title=run.step.title,
        remaining=remaining,
        display_seconds=display_seconds(remaining),
        overtime=max(0, -remaining),
        phase=phase_of(remaining, timer.thresholds) if held else timer.phase(at),
        timer_state=TimerState.PAUSED if held else timer.state,
        thresholds=timer.thresholds,
        planned=timer.planned,
        step_elapsed=timer.elapsed(at),
        elapsed_session=plan.elapsed_session(run, now),
        item_index=run.item_index,
        item_count=run.item_count,
        next_step_title=(run.agenda.steps[following].title if following < run.step_count else None),
        planned_start_offset=offsets[run.index],
        planned_end_offset=offsets[-1],
        projected_end_offset=projected,
        behind=projected - plan.planned_total(run),
        next_change=run.next_change(now),
    )
