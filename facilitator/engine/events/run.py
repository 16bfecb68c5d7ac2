"""Events of a run as a whole: opened, started, finished, resumed after a crash, closed."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.engine.events.core import INDEX, JOURNAL_FORMAT, SPAN, Event, event, spec
from facilitator.resume_how import ResumeHow

if TYPE_CHECKING:
    from facilitator.agenda.agenda import Agenda

#: A speed a journal can record: anything else is damage (and would overflow
#: the wall-clock arithmetic of a resume).
SPEED = spec(low=1e-3, high=1e6)


class RunMode(enum.StrEnum):
    """What kind of run a journal records."""

    LIVE = "live"
    REHEARSAL = "rehearsal"
    DRY_RUN = "dry-run"  # time ran faster (``--speed``): never counts in comparisons


def run_mode(speed: float, rehearsal: bool) -> RunMode:
    """Live or rehearsal; a dry run when time runs faster (never a rehearsal)."""
    if speed != 1.0:
        return RunMode.DRY_RUN
    return RunMode.REHEARSAL if rehearsal else RunMode.LIVE


@dataclass(frozen=True)
class PlannedStep:
    """A step of the plan as a journal records it, so a report needs no agenda file."""

    id: str
    title: str
    minutes: float = field(metadata=spec(low=0, high=100_000))


def plan_of(agenda: Agenda) -> tuple[PlannedStep, ...]:
    """The plan of an agenda: id, title and minutes of every step."""
    return tuple(PlannedStep(s.id, s.title, s.minutes) for s in agenda.steps)


@event("run_opened")
@dataclass(frozen=True)
class RunOpened(Event):
    """The journal's first line: what runs, how (mode, speed) and on which boot."""

    mode: RunMode = RunMode.LIVE
    speed: float = field(default=1.0, metadata=SPEED)
    agenda: str = ""  # the agenda file's path
    hash: str = ""  # the agenda's content hash
    title: str = ""
    steps: tuple[PlannedStep, ...] = ()
    boot: str | None = None  # the boot id: the monotonic clock goes on within one boot
    rehearsal: bool = False
    format: int = field(default=JOURNAL_FORMAT, metadata=spec(low=1, absent=1))


def opening(agenda: Agenda, *, speed: float, rehearsal: bool, boot: str | None) -> RunOpened:
    """The ``run_opened`` of a run of ``agenda`` at ``speed`` (a rehearsal or not)."""
    return RunOpened(
        mode=run_mode(speed, rehearsal),
        speed=speed,
        agenda=str(agenda.path),
        hash=agenda.content_hash,
        title=agenda.title,
        steps=plan_of(agenda),
        boot=boot,
        rehearsal=rehearsal,
    )


@event("run_started")
@dataclass(frozen=True)
class RunStarted(Event):
    """The session started; names the agenda again, should the first line be lost."""

    agenda: str
    title: str
    hash: str
    step_count: int = field(metadata=spec(key="steps", low=0))
    index: int = field(metadata=INDEX)
    auto_advance: bool = False
    format: int = field(default=JOURNAL_FORMAT, metadata=spec(low=1, absent=1))


@event("run_finished")
@dataclass(frozen=True)
class RunFinished(Event):
    """The session ended (the last step's end, or the trainer finished it)."""

    elapsed: int = field(metadata=SPAN)
    auto: bool = False


@event("run_reopened")
@dataclass(frozen=True)
class RunReopened(Event):
    """A finished session reopened, paused, at its last step (a "next" once too often)."""

    index: int = field(metadata=INDEX)
    step_id: str


@event("run_resumed")
@dataclass(frozen=True)
class RunResumed(Event):
    """A run that stopped unexpectedly goes on, in a new process."""

    crash_t: int  # the last instant the journal had recorded
    downtime: int = field(metadata=SPAN)
    index: int = field(metadata=INDEX)
    step_id: str
    remaining: int
    how: ResumeHow = ResumeHow.COUNTED
    boot: str | None = None
    offset: int = 0  # this process's monotonic clock plus offset is the run's timeline


@event("run_abandoned")
@dataclass(frozen=True)
class RunAbandoned(Event):
    """The run ends here on purpose (not resumed, or another session opened)."""

    reason: str = ""


@event("app_closed")
@dataclass(frozen=True)
class AppClosed(Event):
    """The app was quit while the run was under way: closed, not crashed."""


@event("heartbeat")
@dataclass(frozen=True)
class Heartbeat(Event):
    """The app still runs: after a crash the last line tells, within seconds, when it stopped."""


#: After these, a run under way did not crash: the trainer ended it.
CLOSING = (AppClosed, RunAbandoned)
