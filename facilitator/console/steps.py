"""What the step list shows for each step: start and end, plan, proposal, actual minutes.

Start and end count from the session's actual start: steps done show when
they really ran, the current and later ones when they are now expected to
run. The plan shows the agenda's minutes, and beside them the adjusted or
proposed minutes ("15 → 13 min") when a catch-up plan changes them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from facilitator.engine import plan
from facilitator.engine.catchup import CatchUpPlan
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot
from facilitator.timefmt import minutes_change


@dataclass(frozen=True)
class StepRow:
    """What one row shows besides the title (times as wall clock, lengths in ns)."""

    start: datetime | None
    end: datetime | None
    original: int  # the agenda's length
    adjusted: int  # the length now planned (time added or removed, catch-up accepted)
    proposed: int | None  # a catch-up proposal not yet accepted
    actual: int | None  # time spent, for steps done
    locked: bool


def plan_text(row: StepRow) -> str:
    """'15 min', or '15 → 13 min' when adjusted or proposed."""
    target = row.proposed if row.proposed is not None else row.adjusted
    return minutes_change(row.original, target)


def step_rows(
    run: SessionRun,
    snap: SessionSnapshot,
    now: int,
    wall: datetime,
    proposal: CatchUpPlan | None,
    locked: Collection[str],
) -> list[StepRow]:
    """The row of every step at ``now`` (``wall`` its time of day), with ``proposal`` on show."""
    starts = plan.planned_times(run, now, wall)
    end = plan.projected_end(run, now, wall)
    rows = []
    for i, record in enumerate(run.records):
        done = i < snap.index or snap.state is RunState.FINISHED
        if done and record.ended_at is not None and run.started_at is not None:
            step_end = plan.wall_at(run, record.ended_at)
        else:
            step_end = starts[i + 1] if i + 1 < len(starts) else end
        rows.append(
            StepRow(
                start=starts[i],
                end=step_end,
                original=record.planned,
                adjusted=record.timer.planned,
                proposed=proposal.new_length(i) if proposal is not None else None,
                # A step left before its timer ever ran has no actual time, not "0 min".
                actual=record.actual(now) if done and record.started_at is not None else None,
                locked=record.step_id in locked,
            )
        )
    return rows
