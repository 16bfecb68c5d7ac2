"""Planned and projected times of a session, derived from the agenda and the run.

Offsets are ns from the session's start. Wall times of instants after the
start are the session's wall start plus the monotonic time since the start,
so a change of the system clock does not move them (and a ``--speed`` dry
run shows its own accelerated times). Before the start, ``wall_now`` stands
for ``now``.

"What is still needed" counts, for the current step and every later one,
its remaining time (never below 0): for a step not yet begun that is its
planned duration with any time added or removed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE, minutes_to_ns, whole_minutes
from facilitator.engine.timer import TimerState

if TYPE_CHECKING:
    from facilitator.engine.session import SessionRun
    from facilitator.engine.snapshot import SessionSnapshot


def planned_offsets(agenda: Agenda) -> list[int]:
    """The planned start of each step as ns from the session's start, then the planned end."""
    offsets = [0]
    for step in agenda.steps:
        offsets.append(offsets[-1] + minutes_to_ns(step.minutes))
    return offsets


def planned_total(run: SessionRun) -> int:
    """The planned length of the session in ns (the steps' durations, without adjustments)."""
    return run.planned_total


def _anchor(run: SessionRun, now: int) -> int:
    """The instant that counts as "now": the end of the session once it has finished."""
    return run.finished_at if run.finished_at is not None else now


def projected_remaining(run: SessionRun, now: int) -> int:
    """The time still needed from ``now``: what is left of the current and later steps."""
    if run.finished_at is not None:
        return 0
    # A plain loop: the snapshot of every change adds this up over all steps to come
    # (500 of them, each a generator step and two calls more, took a millisecond).
    total = 0
    for record in run.records[run.index :]:
        left = record.timer.remaining(now)
        if left > 0:
            total += left
    return total


def elapsed_session(run: SessionRun, now: int) -> int:
    """Time since the session started, pauses included (0 before, frozen once finished)."""
    if run.started_at is None:
        return 0
    return _anchor(run, now) - run.started_at


def projected_end_offset(run: SessionRun, now: int) -> int:
    """When the session is expected to end, as ns from its (actual or coming) start."""
    return elapsed_session(run, now) + projected_remaining(run, now)


def behind(run: SessionRun, now: int) -> int:
    """How late the session runs: projected end minus planned end (negative when early)."""
    return projected_end_offset(run, now) - planned_total(run)


def next_drift_change(run: SessionRun, now: int) -> int | None:
    """The next instant the drift's whole minutes change, or None while they hold still.

    While the current step counts down, the session clock and the countdown
    move together and the drift holds. Paused, in overtime or between steps,
    the projected end moves on with the clock: the drift grows by one
    nanosecond per nanosecond, and its shown minutes turn half a minute past
    each whole one.
    """
    if run.started_at is None or run.finished_at is not None:
        return None
    timer = run.timer
    if timer.state is TimerState.RUNNING and timer.remaining(now) > 0:
        return None
    late = behind(run, now)
    # The first drift that rounds to one minute more (whole_minutes: halves away from 0).
    following = whole_minutes(late) + 1
    turns_at = following * MINUTE - MINUTE // 2 + (1 if following <= 0 else 0)
    return now + turns_at - late


def wall_at(run: SessionRun, instant: int) -> datetime:
    """The wall time of a monotonic ``instant`` of a started session."""
    if run.started_at is None or run.started_wall is None:
        raise ValueError("the session has not started: its instants have no wall time yet")
    return run.started_wall + _delta(instant - run.started_at)


def wall_of(run: SessionRun, instant: int, now: int, wall_now: datetime) -> datetime:
    """The wall time of ``instant``; before the start, ``wall_now`` stands for ``now``."""
    if run.started_at is None:
        return wall_now + _delta(instant - now)
    return wall_at(run, instant)


def _delta(ns: int) -> timedelta:
    return timedelta(microseconds=ns // 1000)


def planned_times(run: SessionRun, now: int, wall_now: datetime) -> list[datetime]:
    """The wall time at which each step started or is expected to start.

    Steps already begun: their first start. The current step, if not begun
    yet: ``now``. Later steps: one after the other from the current step's
    expected end (``now`` plus what is left of it). A step skipped without
    being begun gets the start of the step after it.
    """
    starts, _ = projected_instants(run, now)
    return [wall_of(run, instant, now, wall_now) for instant in starts]


def projected_instants(run: SessionRun, now: int) -> tuple[list[int], int]:
    """The instants of :func:`planned_times` and of :func:`projected_end`, in one pass.

    The end is the last step's expected start plus what is left of it, which
    is the anchor plus :func:`projected_remaining` (the step list, at 500
    steps, need not add up what is left twice).
    """
    anchor = _anchor(run, now)
    records = run.records
    current = records[run.index]
    starts: list[int] = [0] * run.step_count
    starts[run.index] = current.started_at if current.started_at is not None else anchor
    at = anchor + max(0, current.timer.remaining(anchor))
    for i in range(run.index + 1, run.step_count):
        starts[i] = at
        left = records[i].timer.remaining(anchor)
        if left > 0:
            at += left
    following = starts[run.index]
    for i in range(run.index - 1, -1, -1):
        started = records[i].started_at
        following = started if started is not None else following
        starts[i] = following
    return starts, (anchor if run.finished_at is not None else at)


def projected_end(run: SessionRun, now: int, wall_now: datetime) -> datetime:
    """The wall time the session is expected to end (its actual end once finished)."""
    anchor = _anchor(run, now)
    return wall_of(run, anchor + projected_remaining(run, anchor), now, wall_now)


def ends_of(
    run: SessionRun, snap: SessionSnapshot, wall_now: datetime
) -> tuple[datetime, datetime]:
    """:func:`planned_end` and :func:`projected_end` from the sums a snapshot of ``run``
    holds (its projected end and drift), without adding up the steps again.

    The projected end means something once the session has started; before, it is
    the planned end's counterpart from ``wall_now``.
    """
    start = run.started_wall if run.started_wall is not None else wall_now
    planned_total_ns = snap.projected_end_offset - snap.behind
    return start + _delta(planned_total_ns), start + _delta(snap.projected_end_offset)


def planned_end(run: SessionRun, wall_now: datetime) -> datetime:
    """The session's wall start (or ``wall_now`` before it) plus its planned length."""
    start = run.started_wall if run.started_wall is not None else wall_now
    return start + _delta(planned_total(run))
