"""What of a run the console's views of the steps depend on, in a form compared cheaply.

The step list and the catch-up planner are asked again every second, but
what they show changes only when a command changes the run (a step left,
time added, a pause) or the current step's expected end moves. A run's
timers are changed in place, so :func:`records_signature` sums each step
up in a few numbers: equal signatures, the same records as far as those
views can tell (the one timer that runs is the current step's, whose time
the views read through the instants they are given).
"""

from __future__ import annotations

from facilitator.engine.session import SessionRun
from facilitator.engine.timer import TimerState

RecordSignature = tuple[int, int, int | None, int | None, TimerState, int]


def records_signature(run: SessionRun, first: int = 0) -> tuple[RecordSignature, ...]:
    """Each step's record from ``first`` on: planned and adjusted length, first start,
    end, timer state and how many times it ran."""
    records = run.records
    # The state itself, not its value: an enum's value is a descriptor call (500 steps,
    # twice per change).
    return tuple(
        (
            record.planned,
            (timer := record.timer).planned,
            timer.started_at,
            record.ended_at,
            timer.state,
            len(timer.segments),
        )
        for record in records[first:]
    )
