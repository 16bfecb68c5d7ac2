"""Session timing: clock, step timer, session run, plan and journal. Pure Python: no Qt here."""

from facilitator.engine.clock import (
    MINUTE,
    SECOND,
    Clock,
    FakeClock,
    MonotonicClock,
    ScaledClock,
    ShiftedClock,
    minutes_to_ns,
    wall_now,
)
from facilitator.engine.journal import Journal, JournalRead, read_journal
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot, StepRecord
from facilitator.engine.timer import (
    Phase,
    StepTimer,
    Thresholds,
    TimerError,
    TimerState,
    default_thresholds,
    display_seconds,
    thresholds_for,
)

__all__ = [
    "MINUTE",
    "SECOND",
    "Clock",
    "FakeClock",
    "Journal",
    "JournalRead",
    "MonotonicClock",
    "Phase",
    "RunState",
    "ScaledClock",
    "SessionRun",
    "SessionSnapshot",
    "ShiftedClock",
    "StepRecord",
    "StepTimer",
    "Thresholds",
    "TimerError",
    "TimerState",
    "default_thresholds",
    "display_seconds",
    "minutes_to_ns",
    "read_journal",
    "thresholds_for",
    "wall_now",
]
