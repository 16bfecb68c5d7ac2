"""Session timing: clock, step timer, session run, plan and journal. Pure Python: no Qt here.

The names below are loaded on first use (PEP 562), so that importing one
light module of the package (``engine.events`` for the room, ``engine.clock``)
does not load the session and, through the agenda, pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    **dict.fromkeys(
        ("MINUTE", "SECOND", "Clock", "FakeClock", "MonotonicClock", "ScaledClock",
         "ShiftedClock", "minutes_to_ns", "wall_now"),
        "clock",
    ),
    **dict.fromkeys(("Journal", "JournalRead", "read_journal"), "journal"),
    **dict.fromkeys(("RunState", "SessionRun", "SessionSnapshot", "StepRecord"), "session"),
    **dict.fromkeys(
        ("Phase", "StepTimer", "Thresholds", "TimerError", "TimerState", "default_thresholds",
         "display_seconds", "thresholds_for"),
        "timer",
    ),
}  # fmt: skip

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


def __getattr__(name: str) -> Any:
    """A re-exported name, imported from its module the first time it is asked for."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
