"""A run's report, built from its journal alone (pure: no Qt, no files).

The journal is replayed into a session run (``engine.replay.replay``), so
the figures are the engine's own: a step's actual time is its timer's
running time (pauses excluded), its overtime the time past zero of its
countdown with the trainer's adjustments included.

Comparison: earlier live runs and rehearsals of the same agenda (same content
hash or same file), per step id. Dry runs never count. The suggested duration
of a step is the median of its actual times in those runs and this one (when
this one counts), rounded to whole minutes.

What is not evidence is left out, and the report says so (:class:`LeftOut`):
a run whose completed steps took less than a third of their planned time in
all (a rehearsal clicked through to see the slides), a run the trainer left
out (remembered in the runs folder: :mod:`facilitator.reports.left_out`), and
a single step's time below a third of its plan (moved past at once).
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE, minutes_to_ns
from facilitator.engine.events import Log, ResumeHow, RunMode
from facilitator.engine.records import RemovedStep
from facilitator.engine.replay import Replay, agenda_from_plan, replay
from facilitator.engine.session import RunState
from facilitator.i18n import spoken_language
from facilitator.paths import agenda_name
from facilitator.reports.room import RoomReport, room_report
from facilitator.room.words import words_for

COUNTING_MODES = (RunMode.LIVE, RunMode.REHEARSAL)
# A time is evidence of how long a step takes when it is at least this share of its plan
# (1/3): one rehearsal clicked through in a few seconds a step must not suggest "1:00".
EVIDENCE_SHARE = 3  # actual * EVIDENCE_SHARE >= planned


def far_below_plan(actual: int, planned: int) -> bool:
    """Whether ``actual`` is below a third of ``planned``: not evidence of a step's length."""
    return actual * EVIDENCE_SHARE < planned


class LeftOutReason(enum.Enum):
    """Why a run is not used in the comparison and the suggestions."""

    FAR_BELOW_PLAN = "far below plan"  # its steps took less than a third of their plan
    BY_TRAINER = "by trainer"  # the trainer left it out (Reports dialog, `facilitator runs`)


class ReportError(ValueError):
    """A journal a report cannot be built from; the message is for the trainer."""


@dataclass(frozen=True)
class StepRow:
    """One step of a run: plan, what happened, and how it compares."""

    index: int
    step_id: str
    title: str
    planned: int  # ns, as the agenda planned it
    actual: int | None  # ns of running time; None when the step never started
    status: str  # done, current, left, skipped, not reached, removed (from the agenda)
    overtime: int = 0
    adjustments: int = 0  # ns added (negative: removed) by the trainer
    restarts: int = 0
    pauses: int = 0
    paused: int = 0  # ns
    last: int | None = None  # actual time in the latest earlier comparable run
    mean: int | None = None  # mean actual time over the earlier comparable runs
    compared: int = 0  # how many earlier runs the comparison uses
    suggested: int | None = None  # a realistic duration, whole minutes, in ns
    # Times of this step (earlier runs and this one) left out as far below its plan.
    left_out: int = 0

    @property
    def difference(self) -> int | None:
        """Actual minus planned (positive: took longer than planned)."""
        return None if self.actual is None else self.actual - self.planned


@dataclass(frozen=True)
class Totals:
    """The sums over a run's steps, and the length of the session itself."""

    planned: int
    actual: int
    overtime: int
    adjustments: int
    pauses: int
    paused: int
    elapsed: int  # from the start to the end, pauses included
    suggested: int | None

    @property
    def difference(self) -> int:
        """Actual minus planned over all steps."""
        return self.actual - self.planned


@dataclass(frozen=True)
class Interruption:
    """A stretch when the app was not running (a crash), and how the run went on."""

    at: datetime | None
    downtime: int
    how: ResumeHow  # counted: the time counted as elapsed; paused: the run resumed paused


@dataclass(frozen=True)
class EarlierRun:
    """An earlier run the comparison uses."""

    run_id: str
    mode: RunMode
    started: datetime | None


@dataclass(frozen=True)
class LeftOut:
    """A run of this agenda the comparison does not use, and why."""

    run_id: str
    mode: RunMode
    started: datetime | None
    reason: LeftOutReason
    actual: int = 0  # its completed steps' time, and their plan (for FAR_BELOW_PLAN)
    planned: int = 0


@dataclass(frozen=True)
class RunReport:
    """Everything a report shows about one run; exporters only format it."""

    run_id: str
    title: str
    agenda: str
    agenda_hash: str
    mode: RunMode
    speed: float
    started: datetime | None
    ended: datetime | None
    outcome: str  # finished, closed, interrupted, not started
    steps: tuple[StepRow, ...]
    totals: Totals
    interruptions: tuple[Interruption, ...] = ()
    earlier: tuple[EarlierRun, ...] = ()
    warnings: tuple[str, ...] = ()
    room: RoomReport = field(default_factory=RoomReport)  # groups, dealt material, turns
    # Per step id, the actual ns of steps this run completed (for later comparisons).
    completed: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    # Runs of this agenda not used, this one included, and why.
    left_out: tuple[LeftOut, ...] = ()

    @property
    def counts(self) -> bool:
        """Whether this run counts in comparisons (live runs and rehearsals do)."""
        return self.mode in COUNTING_MODES

    @property
    def planned_by_step(self) -> dict[str, int]:
        """Per step id, its planned ns in this run."""
        return {row.step_id: row.planned for row in self.steps}

    def done_totals(self) -> tuple[int, int]:
        """The actual and planned ns of the steps this run completed."""
        planned = self.planned_by_step
        return (
            sum(self.completed.values()),
            sum(planned.get(step_id, 0) for step_id in self.completed),
        )

    def left_out_by(self, leave_out: Collection[str]) -> LeftOutReason | None:
        """Why this run is left out of comparisons, or None when it is evidence."""
        if self.run_id in leave_out:
            return LeftOutReason.BY_TRAINER
        actual, planned = self.done_totals()
        if self.completed and far_below_plan(actual, planned):
            return LeftOutReason.FAR_BELOW_PLAN
        return None

    def left_out_record(self, reason: LeftOutReason) -> LeftOut:
        """This run as a :class:`LeftOut` entry."""
        actual, planned = self.done_totals()
        return LeftOut(self.run_id, self.mode, self.started, reason, actual, planned)


def build_report(
    run_id: str,
    log: Log,
    *,
    agenda: Agenda | None = None,
    earlier: Sequence[RunReport] = (),
    warnings: Sequence[str] = (),
    leave_out: Collection[str] = (),
) -> RunReport:
    """The report of the run that ``log`` recorded, compared with ``earlier`` runs.

    The planned steps come from the journal's ``run_opened`` entry, else from
    ``agenda``. ``earlier`` may hold any runs: only earlier live runs and
    rehearsals of the same agenda are compared, except those far below their
    plan and the run ids in ``leave_out`` (this one may be among them).
    """
    plan = agenda_from_plan(log.opened) or agenda
    if plan is None:
        raise ReportError(
            "This session log does not say which steps were planned, and its agenda "
            "file could not be read; no report can be made from it."
        )
    rebuilt = replay(plan, log, wall=lambda: datetime.min)
    return _report(run_id, rebuilt, plan, earlier, [*warnings, *rebuilt.warnings], leave_out)


def _report(
    run_id: str,
    rebuilt: Replay,
    plan: Agenda,
    earlier: Sequence[RunReport],
    warnings: list[str],
    leave_out: Collection[str],
) -> RunReport:
    run = rebuilt.run
    opened = rebuilt.opened
    end = run.finished_at if run.finished_at is not None else rebuilt.last_t
    # The report is in the console's language, its group names too.
    titles = {step.id: step.title for step in plan.steps}
    room, room_warnings = room_report(rebuilt.log, titles, words_for(spoken_language()), end)
    rows = [_row(rebuilt, i, end) for i in range(run.step_count)]
    # Steps a reload took out after they had run: their time is still the run's.
    rows += [_removed_row(rebuilt, gone, end) for gone in run.removed]
    completed = {r.step_id: r.actual for r in rows if r.status == "done" and r.actual is not None}
    mode = rebuilt.mode
    this = RunReport(
        run_id=run_id,
        title=(opened.title if opened is not None else "") or plan.title,
        # A bundled agenda by its name in the bundle: no path of one machine in a report.
        agenda=agenda_name((opened.agenda if opened is not None else "") or str(plan.path)),
        agenda_hash=(opened.hash if opened is not None else "") or plan.content_hash,
        mode=mode,
        speed=rebuilt.speed,
        started=run.started_wall,
        ended=None,
        outcome=outcome_of(rebuilt),
        steps=(),
        totals=_totals(rows, 0, None),
        completed=completed,
    )
    this = RunReport(**{**this.__dict__, "steps": tuple(rows)})
    comparable, left_out = _comparable(this, earlier, leave_out)
    reason = this.left_out_by(leave_out) if this.counts else None
    if reason is not None:
        left_out.append(this.left_out_record(reason))
    rows = [_compare(row, comparable, this, reason is None) for row in rows]
    suggested = [r.suggested for r in rows if r.status != "removed"]  # for the plan as it is
    elapsed = 0 if run.started_at is None or end is None else end - run.started_at
    ended = None if run.started_wall is None or end is None else run.started_wall + _delta(elapsed)
    return RunReport(
        run_id=run_id,
        title=this.title,
        agenda=this.agenda,
        agenda_hash=this.agenda_hash,
        mode=mode,
        speed=this.speed,
        started=run.started_wall,
        ended=ended,
        outcome=this.outcome,
        steps=tuple(rows),
        totals=_totals(
            rows, elapsed, None if None in suggested else sum(s or 0 for s in suggested)
        ),
        interruptions=tuple(
            Interruption(_wall_at(rebuilt, at), down, how)
            for at, down, how in rebuilt.interruptions
        ),
        earlier=tuple(EarlierRun(r.run_id, r.mode, r.started) for r in comparable),
        warnings=tuple([*warnings, *room_warnings]),
        room=room,
        completed=completed,
        left_out=tuple(left_out),
    )


def _delta(ns: int) -> timedelta:
    return timedelta(microseconds=ns // 1000)


def _wall_at(rebuilt: Replay, instant: int) -> datetime | None:
    """The session's wall time of ``instant`` (its start plus the time since)."""
    run = rebuilt.run
    if run.started_wall is None or run.started_at is None:
        return None
    return run.started_wall + _delta(instant - run.started_at)


def outcome_of(rebuilt: Replay) -> str:
    """finished, not started, interrupted (the app stopped unexpectedly) or closed."""
    state = rebuilt.run.state
    if state is RunState.FINISHED:
        return "finished"
    if state is RunState.NOT_STARTED:
        return "not started"
    return "interrupted" if rebuilt.crashed else "closed"


def _row(rebuilt: Replay, index: int, end: int | None) -> StepRow:
    run = rebuilt.run
    record = run.record(index)
    step = run.agenda.steps[index]
    planned = minutes_to_ns(step.minutes)
    pauses = rebuilt.pauses[index]
    started = record.started_at is not None and end is not None
    if not started:
        later = any(run.record(j).started_at is not None for j in range(index + 1, run.step_count))
        return StepRow(
            index, step.id, step.title, planned, None, "skipped" if later else "not reached"
        )
    assert end is not None
    if record.ended_at is not None:
        status = "done"
    elif index == run.index:
        status = "current"
    else:
        status = "left"
    return StepRow(
        index=index,
        step_id=step.id,
        title=step.title,
        planned=planned,
        actual=record.actual(end),
        status=status,
        overtime=max(0, -record.timer.remaining(end)),
        adjustments=rebuilt.adjustments[index],
        restarts=rebuilt.restarts[index],
        pauses=len(pauses),
        paused=_paused_while_current(rebuilt, index, end),
    )


def _paused_while_current(rebuilt: Replay, index: int, end: int) -> int:
    """The session pauses' time while step ``index`` was current.

    A pause counts for the steps it covered: moving on while paused (N, a
    jump) ends the step left's share, and the step arrived at stands paused
    from then until the session resumes.
    """
    pauses = [
        (start, stop if stop is not None else end)
        for intervals in rebuilt.pauses
        for start, stop in intervals
    ]
    return sum(
        max(0, min(stop, left) - max(start, entered))
        for start, stop in pauses
        for entered, left in rebuilt.run.record(index).visits(end)
    )


def _removed_row(rebuilt: Replay, gone: RemovedStep, end: int | None) -> StepRow:
    """A step taken out of the agenda during the run, with the time it had."""
    record = gone.record
    pauses, adjustments, restarts = rebuilt.removed.get(record.step_id, ([], 0, 0))
    until = record.ended_at if record.ended_at is not None else (end or gone.removed_at)
    paused = sum(((stop if stop is not None else until) - start) for start, stop in pauses)
    return StepRow(
        index=record.index,
        step_id=record.step_id,
        title=gone.title,
        planned=record.planned,
        actual=record.actual(until),
        status="removed",
        overtime=max(0, -record.timer.remaining(until)),
        adjustments=adjustments,
        restarts=restarts,
        pauses=len(pauses),
        paused=paused,
    )


def _totals(rows: Sequence[StepRow], elapsed: int, suggested: int | None) -> Totals:
    return Totals(
        planned=sum(r.planned for r in rows),
        actual=sum(r.actual or 0 for r in rows),
        overtime=sum(r.overtime for r in rows),
        adjustments=sum(r.adjustments for r in rows),
        pauses=sum(r.pauses for r in rows),
        paused=sum(r.paused for r in rows),
        elapsed=elapsed,
        suggested=suggested,
    )


def same_agenda(a: RunReport, b: RunReport) -> bool:
    """Whether two runs are of the same agenda: same content, or the same file."""
    return bool(a.agenda_hash and a.agenda_hash == b.agenda_hash) or a.agenda == b.agenda


def _comparable(
    this: RunReport, earlier: Sequence[RunReport], leave_out: Collection[str]
) -> tuple[list[RunReport], list[LeftOut]]:
    """Earlier live runs and rehearsals of the same agenda, oldest first; and those left out."""
    found = sorted(
        (
            r
            for r in earlier
            if r.run_id != this.run_id
            and r.counts
            and same_agenda(r, this)
            and r.completed
            and (this.started is None or r.started is None or r.started < this.started)
        ),
        key=lambda r: (r.started is None, r.started or datetime.min, r.run_id),
    )
    used: list[RunReport] = []
    left_out: list[LeftOut] = []
    for r in found:
        reason = r.left_out_by(leave_out)
        if reason is None:
            used.append(r)
        else:
            left_out.append(r.left_out_record(reason))
    return used, left_out


def _compare(
    row: StepRow, comparable: Sequence[RunReport], this: RunReport, this_counts: bool
) -> StepRow:
    times = [
        (r.completed[row.step_id], r.planned_by_step.get(row.step_id, row.planned))
        for r in comparable
        if row.step_id in r.completed
    ]
    if this_counts and this.counts and row.status == "done" and row.actual:
        own: list[tuple[int, int]] = [(row.actual, row.planned)]
    else:
        own = []
    # A step moved past at once (below a third of its plan) says nothing of its length.
    values = [actual for actual, planned in times if not far_below_plan(actual, planned)]
    pool = [*values, *(actual for actual, planned in own if not far_below_plan(actual, planned))]
    short = sum(far_below_plan(actual, planned) for actual, planned in [*times, *own])
    return StepRow(
        **{
            **row.__dict__,
            "last": values[-1] if values else None,
            "mean": round(statistics.fmean(values)) if values else None,
            "compared": len(values),
            "suggested": suggest(pool),
            "left_out": short,
        }
    )


def suggest(actuals: Sequence[int]) -> int | None:
    """A realistic duration from actual times: their median, in whole minutes (at least 1)."""
    if not actuals:
        return None
    return max(1, round(statistics.median(actuals) / MINUTE)) * MINUTE
