"""Rebuilding a run from its journal's events: for crash recovery and for reports (pure).

:func:`replay` feeds the events back into a fresh
:class:`~facilitator.engine.session.SessionRun` through its public commands,
at the recorded instants, so the rebuilt run is exactly the run that was
recorded (same steps, timers, adjustments, projected item).

Replay dispatches by record class: a :class:`Handlers` table says what each
kind of event does. Events that are consequences of a command (a step's
timer starting when the session moves to it, pausing when it leaves) have no
handler: re-enacting the command re-creates them. A session pause is its own
event since format 2; for a journal of format 1 the pauses it implies are
made explicit first (:mod:`facilitator.engine.events.format_1`).

Another pure model can follow the same replay: a :class:`Follower` gives
its own handlers for the events of its area (groups, the wall), and replay
calls them in journal order beside the session's, without a change here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Session, Step
from facilitator.engine.clock import wall_now
from facilitator.engine.events import (
    CLOSING,
    AgendaReplaced,
    AppClosed,
    BlankChanged,
    Event,
    Heartbeat,
    ItemChanged,
    Log,
    Logged,
    PlanAdjusted,
    PlannedStep,
    RemainingSet,
    ResumeHow,
    RoomScreenChanged,
    RunFinished,
    RunMode,
    RunOpened,
    RunReopened,
    RunResumed,
    RunStarted,
    SessionPaused,
    SessionResumed,
    StepChanged,
    StepRestarted,
    TimeAdded,
)
from facilitator.engine.events.format_1 import with_session_pauses
from facilitator.engine.session import RunState, SessionRun
from facilitator.engine.timer import TimerError
from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked

E = TypeVar("E", bound=Event)

DOES_NOT_FIT = (
    "Line {line} of the session log: the event “{name}” does not fit the run ({error}); skipped."
)
NO_PLAN = QT_TRANSLATE_NOOP(
    "Journal", "The agenda was changed during the run, but the log lacks its plan."
)

# What a handler may raise when an event does not fit the run it is replayed on.
_MISFITS = (TimerError, IndexError, KeyError, TypeError, ValueError)


class Handlers:
    """What replaying each kind of event does: a table from record class to handler."""

    def __init__(self) -> None:
        self._table: dict[type[Event], Callable[[Logged[Any]], None]] = {}

    def on(self, kind: type[E], handler: Callable[[Logged[E]], None]) -> Handlers:
        """Call ``handler`` for every event of class ``kind``; returns the table."""
        self._table[kind] = handler
        return self

    def get(self, kind: type[Event]) -> Callable[[Logged[Any]], None] | None:
        """The handler of events of class ``kind``, if there is one."""
        return self._table.get(kind)

    def kinds(self) -> frozenset[type[Event]]:
        """Every class of event this table handles."""
        return frozenset(self._table)


class Follower(Protocol):
    """A pure model that follows a replay: the events of its area, and what each does to it."""

    def handlers(self) -> Handlers:
        """The table of the events this model follows."""
        ...


@dataclass
class Replay:
    """A run rebuilt from its journal, and what the run's events say besides."""

    run: SessionRun
    log: Log
    opened: RunOpened | None = None
    blank: bool = False
    room_screen: str = ""  # the room screen on the projector at the end ("" for none)
    last_t: int | None = None  # the latest instant in the journal
    last_event: Event | None = None  # the last event that is not a heartbeat
    # Per step: session pauses that began while it was current (start, end or None).
    pauses: list[list[tuple[int, int | None]]] = field(default_factory=list)
    # Per step: time added or removed by the trainer (restarts not included).
    adjustments: list[int] = field(default_factory=list)
    restarts: list[int] = field(default_factory=list)
    # The same figures of steps a new version of the agenda took out, by step id.
    removed: dict[str, tuple[list[tuple[int, int | None]], int, int]] = field(default_factory=dict)
    # (instant the app was last seen, downtime in ns, how the run went on)
    interruptions: list[tuple[int, int, ResumeHow]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def under_way(self) -> bool:
        """Whether the run had started and had not finished."""
        return self.run.state in (RunState.RUNNING, RunState.PAUSED)

    @property
    def crashed(self) -> bool:
        """Under way, and not closed by the trainer: the app stopped unexpectedly."""
        return self.under_way and not isinstance(self.last_event, CLOSING)

    @property
    def closed_under_way(self) -> bool:
        """The trainer quit the app in the middle of the session (it can go on next time)."""
        return self.under_way and isinstance(self.last_event, AppClosed)

    @property
    def resumable(self) -> bool:
        """Under way and not ended on purpose: crashed, or quit in the middle of the session."""
        return self.crashed or self.closed_under_way

    @property
    def mode(self) -> RunMode:
        """live, rehearsal or dry-run (live when the journal does not say)."""
        return self.opened.mode if self.opened is not None else RunMode.LIVE

    @property
    def speed(self) -> float:
        """How many times faster than real time the run's clock ran."""
        return self.opened.speed if self.opened is not None and self.opened.speed > 0 else 1.0


def plan_agenda(
    steps: Sequence[PlannedStep], *, title: str, path: str, content_hash: str
) -> Agenda | None:
    """An agenda with just the planned ``steps`` a journal recorded, or None if it has none."""
    if not steps:
        return None
    try:
        models = [Step(id=s.id, title=s.title, minutes=s.minutes) for s in steps]
        session = Session(
            format=1,
            title=title or "Session",
            duration=sum(s.minutes for s in models),
            steps=models,
        )
    except ValueError:  # pydantic's ValidationError: a plan no agenda could have
        return None
    return Agenda(path=Path(path or "agenda.yaml"), session=session, content_hash=content_hash)


def agenda_from_plan(opened: RunOpened | None) -> Agenda | None:
    """An agenda with just the planned steps recorded in a ``run_opened``, or None."""
    if opened is None:
        return None
    return plan_agenda(
        opened.steps, title=opened.title, path=opened.agenda, content_hash=opened.hash
    )


def replay(
    agenda: Agenda,
    log: Log,
    *,
    auto_advance: bool | None = None,
    wall: Callable[[], datetime] = wall_now,
    resolve: Callable[[AgendaReplaced], Agenda | None] | None = None,
    followers: Sequence[Follower] = (),
) -> Replay:
    """Rebuild the run of ``agenda`` that ``log`` recorded (without a journal attached).

    ``auto_advance`` defaults to what the run recorded. When the agenda was
    replaced during the run, ``resolve`` gives the new version for an
    ``agenda_replaced`` event (default: the plan the event records). An event
    that does not fit (a step the agenda lacks, time going backwards) is
    skipped with a warning naming its line; so is, when the journal was read,
    a line that is no event this version knows. ``followers`` are other pure
    models that follow the events of their areas.
    """
    started = log.started
    if auto_advance is None:
        auto_advance = started.auto_advance if started is not None else False
    run = SessionRun(agenda, auto_advance=auto_advance, wall=wall)
    result = Replay(
        run=run,
        log=log,
        opened=log.opened,
        pauses=[[] for _ in agenda.steps],
        adjustments=[0] * len(agenda.steps),
        restarts=[0] * len(agenda.steps),
        warnings=list(log.warnings),
    )
    tables = [_SessionReplay(result, resolve).handlers(), *(f.handlers() for f in followers)]
    entries = log.entries if log.format >= 2 else with_session_pauses(log.entries)
    for entry in entries:
        result.last_t = entry.t if result.last_t is None else max(result.last_t, entry.t)
        if not isinstance(entry.event, Heartbeat):
            result.last_event = entry.event
        for table in tables:
            handler = table.get(type(entry.event))
            if handler is None:
                continue
            try:
                handler(entry)
            except _MISFITS as error:
                result.warnings.append(
                    DOES_NOT_FIT.format(line=entry.line, name=entry.event.NAME, error=error)
                )
    return result


class _SessionReplay:
    """The session's handlers: re-enact each command on the run at its instant."""

    def __init__(
        self, result: Replay, resolve: Callable[[AgendaReplaced], Agenda | None] | None
    ) -> None:
        self._result = result
        self._resolve = resolve

    def handlers(self) -> Handlers:
        """The session's table; commands change the run, and session pauses are tracked."""
        on = self._tracked
        return (
            Handlers()
            .on(RunStarted, on(self._started))
            .on(SessionPaused, on(self._paused))
            .on(SessionResumed, on(self._resumed))
            .on(StepChanged, on(self._step_changed))
            .on(RunFinished, on(self._finished))
            .on(RunReopened, on(self._reopened))
            .on(TimeAdded, on(self._time_added))
            .on(RemainingSet, on(self._time_added))
            .on(PlanAdjusted, on(self._plan_adjusted))
            .on(StepRestarted, on(self._restarted))
            .on(ItemChanged, on(self._item_changed))
            .on(BlankChanged, self._blank_changed)
            .on(RoomScreenChanged, self._projector_screen_changed)
            .on(RunResumed, self._run_resumed)
            .on(AgendaReplaced, self._replaced)
        )

    def _tracked(self, handler: Callable[[Logged[E]], None]) -> Callable[[Logged[E]], None]:
        """``handler``, then open or close a session pause if the run's state changed."""

        def tracked(entry: Logged[E]) -> None:
            run = self._result.run
            before, index = run.state, run.index
            handler(entry)
            _track_pause(self._result, before, index, entry.t)

        return tracked

    def _started(self, entry: Logged[RunStarted]) -> None:
        self._result.run.start(entry.t, entry.wall)

    def _paused(self, entry: Logged[SessionPaused]) -> None:
        self._result.run.pause(entry.t)

    def _resumed(self, entry: Logged[SessionResumed]) -> None:
        self._result.run.resume(entry.t)

    def _step_changed(self, entry: Logged[StepChanged]) -> None:
        self._result.run.go_to_step(entry.event.to, entry.t, auto=entry.event.auto)

    def _finished(self, entry: Logged[RunFinished]) -> None:
        self._result.run.finish(entry.t, auto=entry.event.auto)

    def _reopened(self, entry: Logged[RunReopened]) -> None:
        self._result.run.previous_step(entry.t)

    def _time_added(self, entry: Logged[TimeAdded] | Logged[RemainingSet]) -> None:
        run = self._result.run
        run.add_time(entry.event.delta, entry.t)
        self._result.adjustments[run.index] += entry.event.delta

    def _plan_adjusted(self, entry: Logged[PlanAdjusted]) -> None:
        target = entry.event.index
        self._result.run.adjust_step(target, entry.event.delta, entry.t)
        self._result.adjustments[target] += entry.event.delta

    def _restarted(self, entry: Logged[StepRestarted]) -> None:
        run = self._result.run
        run.restart_step(entry.t)
        self._result.restarts[run.index] += 1

    def _item_changed(self, entry: Logged[ItemChanged]) -> None:
        run = self._result.run
        index = entry.event.index if entry.event.index is not None else run.index
        # A plan-only agenda (for reports) knows no projected items: nothing to show.
        if run.item_count and index == run.index:
            run.go_to_item(entry.event.item, entry.t)

    def _blank_changed(self, entry: Logged[BlankChanged]) -> None:
        self._result.blank = entry.event.blank

    def _projector_screen_changed(self, entry: Logged[RoomScreenChanged]) -> None:
        self._result.room_screen = entry.event.screen

    def _run_resumed(self, entry: Logged[RunResumed]) -> None:
        resumed = entry.event
        self._result.interruptions.append((resumed.crash_t, resumed.downtime, resumed.how))

    def _replaced(self, entry: Logged[AgendaReplaced]) -> None:
        """A new version of the agenda during the run: per-step figures follow the step ids."""
        result = self._result
        run = result.run
        new = self._resolve(entry.event) if self._resolve is not None else None
        if new is None:
            new = plan_agenda(
                entry.event.steps,
                title=run.agenda.title,
                path=str(run.agenda.path),
                content_hash=entry.event.hash,
            )
        if new is None:
            result.warnings.append(translate_marked("Journal", NO_PLAN))
            return
        old_ids = [record.step_id for record in run.records]
        run.replace_agenda(new, entry.t)
        by_id = dict(
            zip(
                old_ids,
                zip(result.pauses, result.adjustments, result.restarts, strict=True),
                strict=True,
            )
        )
        new_ids = {step.id for step in new.steps}
        result.removed.update((i, figures) for i, figures in by_id.items() if i not in new_ids)
        kept = [by_id.get(step.id) or result.removed.pop(step.id, ([], 0, 0)) for step in new.steps]
        result.pauses = [list(k[0]) for k in kept]
        result.adjustments = [k[1] for k in kept]
        result.restarts = [k[2] for k in kept]


def _track_pause(result: Replay, before: RunState, index: int, t: int) -> None:
    """Open or close a session pause when the run's state changed."""
    after = result.run.state
    if before is RunState.RUNNING and after is RunState.PAUSED:
        result.pauses[index].append((t, None))
    elif before is RunState.PAUSED and after is not RunState.PAUSED:
        for intervals in result.pauses:
            if intervals and intervals[-1][1] is None:
                intervals[-1] = (intervals[-1][0], t)
