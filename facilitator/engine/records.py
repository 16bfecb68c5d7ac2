"""Step records and how they are built from an agenda.

A :class:`StepRecord` is what happened to one step (its timer and visits).
The functions here build a run's records for an agenda, carry them over to a
new version of the agenda by step id (a step taken out that had run is kept
as a :class:`RemovedStep`, its time still the run's), and give each step its thresholds
(:func:`~facilitator.engine.timer.thresholds_for`, with the trainer's
default fractions where the agenda sets none).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import minutes_to_ns
from facilitator.engine.timer import StepTimer, ThresholdFractions, thresholds_for


@dataclass(eq=False)
class StepRecord:
    """What happened to one step: its timer and its visits."""

    index: int
    step_id: str
    planned: int
    timer: StepTimer
    entered_at: list[int] = field(default_factory=list)
    left_at: list[int] = field(default_factory=list)
    ended_at: int | None = None  # when the session last moved past it; None while current

    @property
    def started_at(self) -> int | None:
        """When the step's timer first started."""
        return self.timer.started_at

    def actual(self, now: int) -> int:
        """Running time spent on the step up to ``now``, pauses excluded."""
        return self.timer.elapsed(now)

    def visits(self, now: int) -> list[tuple[int, int]]:
        """The stretches the step was the current one, up to ``now`` (the last may be open)."""
        return [
            (entered, min(self.left_at[visit] if visit < len(self.left_at) else now, now))
            for visit, entered in enumerate(self.entered_at)
            if entered <= now
        ]


@dataclass(frozen=True)
class RemovedStep:
    """A step taken out of the agenda during the run after it had run: its time stays."""

    record: StepRecord
    title: str
    removed_at: int


def set_aside(
    records: tuple[StepRecord, ...],
    removed: tuple[RemovedStep, ...],
    old: Agenda,
    new: Agenda,
    now: int,
) -> tuple[tuple[StepRecord, ...], tuple[RemovedStep, ...]]:
    """The records to carry over to ``new``, and the steps removed so far.

    A step that ``new`` leaves out is kept aside when it had run (its timer
    started); one ``new`` brings back gets its record (and its time) back.
    """
    ids = {step.id for step in new.steps}
    back = tuple(gone.record for gone in removed if gone.record.step_id in ids)
    still = tuple(gone for gone in removed if gone.record.step_id not in ids)
    newly = tuple(
        RemovedStep(record, old.steps[record.index].title, now)
        for record in records
        if record.step_id not in ids and record.started_at is not None
    )
    return (*records, *back), (*still, *newly)


def new_records(agenda: Agenda, fractions: ThresholdFractions | None) -> tuple[StepRecord, ...]:
    """A fresh record, with an idle timer, for every step of ``agenda``."""
    timing = agenda.session.timing
    return tuple(
        StepRecord(
            index=i,
            step_id=step.id,
            planned=minutes_to_ns(step.minutes),
            timer=StepTimer(minutes_to_ns(step.minutes), thresholds_for(step, timing, fractions)),
        )
        for i, step in enumerate(agenda.steps)
    )


def carried_records(
    records: tuple[StepRecord, ...], agenda: Agenda, fractions: ThresholdFractions | None
) -> tuple[StepRecord, ...]:
    """The records for a new version of the agenda, each old one kept by its step id.

    A kept step's timer takes the new length and thresholds but keeps its time
    spent and adjustments; a new step gets a fresh record.
    """
    by_id = {record.step_id: record for record in records}
    timing = agenda.session.timing
    carried = []
    for i, step in enumerate(agenda.steps):
        length = minutes_to_ns(step.minutes)
        limits = thresholds_for(step, timing, fractions)
        kept = by_id.get(step.id)
        if kept is None:
            carried.append(StepRecord(i, step.id, length, StepTimer(length, limits)))
            continue
        kept.timer.duration = length
        kept.timer.thresholds = limits
        carried.append(
            StepRecord(i, step.id, length, kept.timer, kept.entered_at, kept.left_at, kept.ended_at)
        )
    return tuple(carried)


def apply_fractions(
    records: tuple[StepRecord, ...], agenda: Agenda, fractions: ThresholdFractions | None
) -> None:
    """Re-derive every step's thresholds with ``fractions`` as the defaults."""
    timing = agenda.session.timing
    for step, record in zip(agenda.steps, records, strict=True):
        record.timer.thresholds = thresholds_for(step, timing, fractions)
