"""A live run of a session: which step is current, its timer, and every command.

Only the current step's timer ever runs, and only while the run is RUNNING.
Leaving a step pauses its timer, so going back to it continues where it
stopped. Commands return True when they changed something and False for a
harmless no-op (pausing what is paused); instants going backwards raise
:class:`~facilitator.engine.timer.TimerError`.

Step records and their thresholds are built in :mod:`facilitator.engine.records`;
the snapshot a view sees is derived in :mod:`facilitator.engine.snapshot`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.plain import Step
from facilitator.engine import events, plan
from facilitator.engine.clock import SECOND, wall_now
from facilitator.engine.journal import Journal
from facilitator.engine.records import (
    RemovedStep,
    StepRecord,
    apply_fractions,
    carried_records,
    new_records,
    set_aside,
)
from facilitator.engine.snapshot import RunState, SessionSnapshot, take_snapshot
from facilitator.engine.timer import StepTimer, ThresholdFractions, TimerError, TimerState

# The record, snapshot and threshold names live in their own modules; they are
# re-exported here because views, reports and tests import them from this one.
__all__ = [
    "RunState",
    "SessionRun",
    "SessionSnapshot",
    "StepRecord",
]


class SessionRun:
    """The run of one agenda: the current step, the timers, the commands and the journal."""

    def __init__(
        self,
        agenda: Agenda,
        *,
        auto_advance: bool = False,
        journal: Journal | None = None,
        wall: Callable[[], datetime] = wall_now,
        default_fractions: ThresholdFractions | None = None,
    ) -> None:
        self.agenda = agenda
        self.auto_advance = auto_advance
        self.journal = journal
        self._wall = wall
        self._fractions = default_fractions
        self._records = new_records(agenda, default_fractions)
        self._planned_total = _planned_total(self._records)
        self._removed: tuple[RemovedStep, ...] = ()
        self._offsets = plan.planned_offsets(agenda)
        self._index = 0
        self._item_index = 0
        self._state = RunState.NOT_STARTED
        self.started_at: int | None = None
        self.started_wall: datetime | None = None
        self.finished_at: int | None = None
        self._last: int | None = None

    # --- state -----------------------------------------------------------

    @property
    def state(self) -> RunState:
        """Not started, running, paused or finished."""
        return self._state

    @property
    def index(self) -> int:
        """The current step, 0-based."""
        return self._index

    @property
    def step(self) -> Step:
        """The current step of the agenda."""
        return self.agenda.steps[self._index]

    @property
    def step_count(self) -> int:
        """How many steps the session has."""
        return len(self._records)

    @property
    def records(self) -> tuple[StepRecord, ...]:
        """The record of every step, in order."""
        return self._records

    def record(self, index: int) -> StepRecord:
        """The record of step ``index``."""
        return self._records[index]

    @property
    def held(self) -> bool:
        """Whether the current step stands paused without having started.

        N (or a jump) while the session is paused keeps it paused: the step
        left ends with its running time as its actual, and the step arrived at
        is current and paused at its full time (not READY: the session is not
        waiting for a start, Space resumes it). Its timer starts when the
        session resumes, so its start and actual count from then.
        """
        return self._state is RunState.PAUSED and self.timer.state is TimerState.IDLE

    @property
    def removed(self) -> tuple[RemovedStep, ...]:
        """Steps a new version of the agenda took out after they had run (their time stays)."""
        return self._removed

    @property
    def timer(self) -> StepTimer:
        """The current step's timer."""
        return self._records[self._index].timer

    @property
    def planned_total(self) -> int:
        """The planned length of the session in ns: its steps' durations, without
        adjustments (summed when the steps are set: every change's snapshot asks it)."""
        return self._planned_total

    @property
    def planned_offsets(self) -> list[int]:
        """The planned start of each step from the session's start, then the planned end."""
        return self._offsets

    @property
    def item_index(self) -> int:
        """The current projected item of the current step, 0-based (0 when it has none)."""
        return self._item_index

    @property
    def item_count(self) -> int:
        """How many projected items the current step has."""
        return len(self.step.project)

    # --- session commands ------------------------------------------------

    def start(self, now: int, wall: datetime | None = None) -> bool:
        """Start the session and its current step; ``wall`` defaults to the wall clock."""
        if self._state is not RunState.NOT_STARTED:
            return False
        self._instant(now)
        self.started_at = now
        self.started_wall = wall if wall is not None else self._wall()
        self._state = RunState.RUNNING
        self._log(
            events.RunStarted(
                agenda=str(self.agenda.path),
                title=self.agenda.title,
                hash=self.agenda.content_hash,
                step_count=self.step_count,
                index=self._index,
                auto_advance=self.auto_advance,
            ),
            now,
        )
        self._arrive(now)
        return True

    def pause(self, now: int) -> bool:
        """Pause the session and the current step."""
        if self._state is not RunState.RUNNING:
            return False
        self._instant(now)
        self._state = RunState.PAUSED
        self._log(events.SessionPaused(*self._timer_data(now)), now)
        self._stop_timer(now)
        return True

    def resume(self, now: int) -> bool:
        """Resume a paused session; the current step's timer runs again."""
        if self._state is not RunState.PAUSED:
            return False
        self._instant(now)
        self._state = RunState.RUNNING
        self._log(events.SessionResumed(*self._timer_data(now)), now)
        self._run_timer(now)
        return True

    def toggle(self, now: int, wall: datetime | None = None) -> bool:
        """Start, pause or resume, whichever fits (the space bar)."""
        if self._state is RunState.NOT_STARTED:
            return self.start(now, wall)
        if self._state is RunState.RUNNING:
            return self.pause(now)
        return self.resume(now)

    def finish(self, now: int, *, auto: bool = False) -> bool:
        """End the session at ``now``: the current step ends and every timer is stopped."""
        if self._state in (RunState.NOT_STARTED, RunState.FINISHED):
            return False
        self._instant(now)
        self._leave(now, forward=True)
        self._state = RunState.FINISHED
        self.finished_at = now
        assert self.started_at is not None
        self._log(events.RunFinished(elapsed=now - self.started_at, auto=auto), now)
        return True

    # --- moving between steps --------------------------------------------

    def next_step(self, now: int) -> bool:
        """End the current step at ``now`` and make the next current; the last one finishes."""
        if self._state is RunState.FINISHED:
            return False
        if self._index == self.step_count - 1:
            return self.finish(now)
        return self.go_to_step(self._index + 1, now)

    def previous_step(self, now: int) -> bool:
        """Go back to the previous step, which continues with the time it had left.

        After the session finished this reopens it, paused, at the last step
        (undoing a "next" pressed once too often).
        """
        if self._state is RunState.FINISHED:
            self._instant(now)
            self._state = RunState.PAUSED
            self.finished_at = None
            self._log(events.RunReopened(self._index, self.step.id), now)
            self._arrive(now)
            return True
        if self._index == 0:
            return False
        return self.go_to_step(self._index - 1, now)

    def go_to_step(self, index: int, now: int, *, auto: bool = False) -> bool:
        """Make step ``index`` current; it runs if the session runs, else it is :attr:`held`.

        Moving forward ends the step left; moving back only pauses it.
        """
        if not 0 <= index < self.step_count:
            raise IndexError(f"there is no step {index} (the session has {self.step_count})")
        if self._state is RunState.FINISHED or index == self._index:
            return False
        self._instant(now)
        self._leave(now, forward=index > self._index)
        self._log(events.StepChanged(from_=self._index, to=index, auto=auto), now)
        self._index = index
        self._item_index = 0
        self._arrive(now)
        return True

    def advance_due(self, now: int) -> bool:
        """With auto-advance: move past every step whose time ran out by ``now``.

        Each step is left at the instant its time reached zero, not at
        ``now``, so a late UI tick does not shift the timing.
        """
        self._check(now)
        changed = False
        while self.auto_advance and self._state is RunState.RUNNING:
            due = self.timer.zero_at()
            if due is None or due > now:
                break
            if self._last is not None:
                due = max(due, self._last)  # a later command already happened
            if self._index == self.step_count - 1:
                self.finish(due, auto=True)
            else:
                self.go_to_step(self._index + 1, due, auto=True)
            changed = True
        return changed

    # --- the current step's time -----------------------------------------

    def add_time(self, delta: int, now: int) -> bool:
        """Give the current step ``delta`` ns more (less if negative)."""
        if self._state is RunState.FINISHED or delta == 0:
            return False
        self._instant(now)
        self.timer.adjust(delta, now)
        self._log(events.TimeAdded(delta, *self._timer_data(now)), now)
        return True

    def set_remaining(self, remaining: int, now: int) -> bool:
        """Make ``remaining`` ns be left of the current step."""
        if self._state is RunState.FINISHED:
            return False
        self._instant(now)
        delta = remaining - self.timer.remaining(now)
        if delta == 0:
            return False
        self.timer.set_remaining(remaining, now)
        self._log(events.RemainingSet(delta, *self._timer_data(now)), now)
        return True

    def restart_step(self, now: int) -> bool:
        """Give the current step its full duration again; the time spent stays recorded."""
        if self._state is RunState.FINISHED:
            return False
        self._instant(now)
        if self.timer.remaining(now) == self.timer.duration:
            return False
        self.timer.restart(now)
        self._log(events.StepRestarted(*self._timer_data(now)), now)
        return True

    # --- the plan and the agenda (added for the presenter console) --------

    def adjust_step(self, index: int, delta: int, now: int) -> bool:
        """Give step ``index`` (usually one still to come) ``delta`` ns more; the catch-up plan."""
        if self._state is RunState.FINISHED or delta == 0:
            return False
        self._instant(now)
        self._records[index].timer.adjust(delta, now)
        self._log(events.PlanAdjusted(index, self._records[index].step_id, delta), now)
        return True

    def set_default_fractions(self, fractions: ThresholdFractions | None) -> None:
        """Change the default warning/danger fractions of steps whose agenda sets none."""
        self._fractions = fractions
        apply_fractions(self._records, self.agenda, fractions)

    def replace_agenda(self, agenda: Agenda, now: int) -> bool:
        """Take a new version of the agenda, keeping each step's record by its id.

        A step whose minutes changed keeps its time spent and adjustments with
        its new length. If the current step is gone, the step now at its place
        becomes current (the gone one ends at ``now``). A step taken out after it
        had run keeps its record in :attr:`removed`; brought back, it gets it back.
        """
        self._instant(now)
        old_id = self.step.id
        new_ids = [step.id for step in agenda.steps]
        current_gone = old_id not in new_ids
        if current_gone and self._state is not RunState.FINISHED:
            self._leave(now, forward=True)
        carried, self._removed = set_aside(self._records, self._removed, self.agenda, agenda, now)
        records = carried_records(carried, agenda, self._fractions)
        self.agenda = agenda
        self._records = records
        self._planned_total = _planned_total(records)
        self._offsets = plan.planned_offsets(agenda)
        self._index = (
            new_ids.index(old_id) if not current_gone else min(self._index, len(records) - 1)
        )
        self._item_index = min(self._item_index, max(0, self.item_count - 1))
        # The new plan, so that reports and crash recovery can replay the change.
        self._log(
            events.AgendaReplaced(
                agenda.content_hash, events.plan_of(agenda), self._index, self.step.id
            ),
            now,
        )
        if current_gone and self._state is not RunState.FINISHED:
            self._arrive(now)
        return True

    # --- projected items -------------------------------------------------

    def next_item(self, now: int | None = None) -> bool:
        """Show the next projected item; stays at the last one (never changes step)."""
        return self._set_item(self._item_index + 1, now)

    def previous_item(self, now: int | None = None) -> bool:
        """Show the previous projected item; stays at the first one."""
        return self._set_item(self._item_index - 1, now)

    def go_to_item(self, index: int, now: int | None = None) -> bool:
        """Show projected item ``index`` of the current step."""
        if not 0 <= index < self.item_count:
            raise IndexError(f"step {self.step.id!r} has no projected item {index}")
        return self._set_item(index, now)

    def _set_item(self, index: int, now: int | None) -> bool:
        index = max(0, min(index, self.item_count - 1))
        if index == self._item_index:
            return False
        if now is not None:
            self._instant(now)
        self._item_index = index
        # Items do not touch timing; without an instant, the latest one known is close enough.
        at = now if now is not None else self._last
        if at is not None:
            self._log(events.ItemChanged(index, self._index, self.step.id), at)
        return True

    # --- derived ---------------------------------------------------------

    def next_change(self, now: int) -> int | None:
        """The next instant a view must refresh: the step's shown second or phase, or
        the session clock's second; None when nothing moves (not started, finished)."""
        self._check(now)
        if self._state not in (RunState.RUNNING, RunState.PAUSED):
            return None
        assert self.started_at is not None
        clock_tick = now + SECOND - (now - self.started_at) % SECOND
        step_change = self.timer.next_change(now)
        return clock_tick if step_change is None else min(clock_tick, step_change)

    def snapshot(self, now: int) -> SessionSnapshot:
        """Everything a view shows at ``now``."""
        self._check(now)
        return take_snapshot(self, now)

    # --- helpers ---------------------------------------------------------

    def _check(self, now: int) -> None:
        if self._last is not None and now < self._last:
            raise TimerError(f"time went backwards: {now} is before {self._last}")

    def _instant(self, now: int) -> None:
        """Check that a command's instant does not go back, and remember it."""
        self._check(now)
        self._last = now

    def _arrive(self, now: int) -> None:
        """The current step becomes current in a started session at ``now``."""
        record = self._records[self._index]
        if self._state is RunState.NOT_STARTED:
            return
        record.entered_at.append(now)
        record.ended_at = None
        if self._state is RunState.RUNNING:
            self._run_timer(now)

    def _leave(self, now: int, *, forward: bool) -> None:
        """The current step stops being current at ``now``."""
        if self._state is RunState.NOT_STARTED:
            return
        record = self._records[self._index]
        self._stop_timer(now)
        record.left_at.append(now)
        if forward:
            record.ended_at = now
            self._log(events.StepEnded(*self._timer_data(now), actual=record.actual(now)), now)

    def _run_timer(self, now: int) -> None:
        timer = self.timer
        if timer.state is TimerState.IDLE:
            timer.start(now)
            self._log(events.StepStarted(*self._timer_data(now), planned=timer.planned), now)
        elif timer.state is TimerState.PAUSED:
            timer.resume(now)
            self._log(events.StepResumed(*self._timer_data(now)), now)

    def _stop_timer(self, now: int) -> None:
        if self.timer.state is TimerState.RUNNING:
            self.timer.pause(now)
            self._log(events.StepPaused(*self._timer_data(now)), now)

    def _timer_data(self, now: int) -> tuple[int, str, int]:
        """The current step's index, id and time left: the fields most step events share."""
        return self._index, self.step.id, self.timer.remaining(now)

    def _log(self, event: events.Event, now: int) -> None:
        if self.journal is not None:
            self.journal.write(event, now, self._wall_at(now))

    def _wall_at(self, instant: int) -> datetime:
        """The wall time of ``instant``: after the start, measured from the wall start."""
        if self.started_at is None or self.started_wall is None:
            return self._wall()
        return plan.wall_at(self, instant)


def _planned_total(records: tuple[StepRecord, ...]) -> int:
    """The steps' planned durations, summed."""
    total = 0
    for record in records:
        total += record.planned
    return total
