"""Events of the session run: steps, their timers, the trainer's changes, projected items.

:class:`~facilitator.engine.session.SessionRun` writes these. Replay re-enacts
the trainer's commands (moves, pauses, time added, items) and recognises the
rest as their consequences (a step's timer starting, pausing, ending).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.engine.events.core import INDEX, SPAN, Event, event, spec
from facilitator.engine.events.run import PlannedStep


@event("step_started")
@dataclass(frozen=True)
class StepStarted(Event):
    """A step's timer started for the first time (a consequence of arriving at it)."""

    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int
    planned: int  # its length with the adjustments so far (may be negative)


@event("step_paused")
@dataclass(frozen=True)
class StepPaused(Event):
    """A step's timer stopped: the session paused, or left the step."""

    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int


@event("step_resumed")
@dataclass(frozen=True)
class StepResumed(Event):
    """A step's timer runs again: the session resumed, or came back to the step."""

    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int


@event("step_ended")
@dataclass(frozen=True)
class StepEnded(Event):
    """The session moved past a step: its actual time is final."""

    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int
    actual: int = field(metadata=SPAN)


@event("step_changed")
@dataclass(frozen=True)
class StepChanged(Event):
    """The current step changed (forward, back, a jump; ``auto`` when its time ran out)."""

    from_: int = field(metadata=spec(key="from", low=0))
    to: int = field(metadata=INDEX)
    auto: bool = False


@event("session_paused")
@dataclass(frozen=True)
class SessionPaused(Event):
    """The trainer paused the session (format 2; format 1 only wrote ``step_paused``)."""

    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int


@event("session_resumed")
@dataclass(frozen=True)
class SessionResumed(Event):
    """The trainer resumed the paused session (format 2)."""

    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int


@event("time_added")
@dataclass(frozen=True)
class TimeAdded(Event):
    """Time given to (negative: taken from) the current step."""

    delta: int
    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int


@event("remaining_set")
@dataclass(frozen=True)
class RemainingSet(Event):
    """The current step's time left set outright; ``delta`` is the change."""

    delta: int
    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int


@event("step_restarted")
@dataclass(frozen=True)
class StepRestarted(Event):
    """The current step got its full time again (the time spent stays recorded)."""

    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int


@event("plan_adjusted")
@dataclass(frozen=True)
class PlanAdjusted(Event):
    """A step (usually one to come) lengthened or shortened: a catch-up plan."""

    index: int = field(metadata=INDEX)
    step_id: str
    delta: int


@event("item_changed")
@dataclass(frozen=True)
class ItemChanged(Event):
    """The projected item of the current step changed."""

    item: int = field(metadata=INDEX)
    index: int | None = field(default=None, metadata=INDEX)  # None: the current step
    step_id: str = ""


@event("agenda_replaced")
@dataclass(frozen=True)
class AgendaReplaced(Event):
    """A new version of the agenda was taken during the run; its plan is recorded."""

    hash: str = ""
    steps: tuple[PlannedStep, ...] = ()
    index: int = field(default=0, metadata=INDEX)  # the current step afterwards
    step_id: str = ""
