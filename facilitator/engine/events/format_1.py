"""Journals of format 1: their session pauses, made explicit as format 2 writes them.

Format 1 had no event for a session pause: a ``step_paused`` that is not
part of a move (the next event at the same instant is not ``step_ended``,
``step_changed`` or ``run_finished``) was the trainer pausing, and the first
``step_resumed`` or ``step_started`` after it (or after ``run_reopened``,
which leaves the run paused) was the trainer resuming. Only here is that
guessed; replay reads what this gives like a journal of format 2.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.engine.events.core import Event, Logged
from facilitator.engine.events.run import RunFinished, RunReopened
from facilitator.engine.events.session import (
    SessionPaused,
    SessionResumed,
    StepChanged,
    StepEnded,
    StepPaused,
    StepResumed,
    StepStarted,
)

_MOVES = (StepEnded, StepChanged, RunFinished)


def with_session_pauses(entries: Sequence[Logged[Event]]) -> list[Logged[Event]]:
    """``entries`` with a session pause and resume event where format 1 implied one."""
    found: list[Logged[Event]] = []
    paused = False  # whether the run stands paused at this point
    for position, entry in enumerate(entries):
        record = entry.event
        if isinstance(record, SessionPaused | RunReopened):
            paused = True
        elif isinstance(record, SessionResumed | RunFinished):
            paused = False
        elif isinstance(record, StepPaused) and not paused:
            following = entries[position + 1] if position + 1 < len(entries) else None
            part_of_move = (
                following is not None
                and following.t == entry.t
                and isinstance(following.event, _MOVES)
            )
            if not part_of_move:
                pause = SessionPaused(record.index, record.step_id, record.remaining)
                found.append(Logged(entry.line, entry.t, entry.wall, pause))
                paused = True
        elif isinstance(record, StepResumed | StepStarted) and paused:
            resume = SessionResumed(record.index, record.step_id, record.remaining)
            found.append(Logged(entry.line, entry.t, entry.wall, resume))
            paused = False
        found.append(entry)
    return found
