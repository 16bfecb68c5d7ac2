"""What the step list shows for each step: start and end, plan, proposal, actual minutes.

Start and end count from the session's actual start: steps done show when
they really ran, the current and later ones when they are now expected to
run. The plan shows the agenda's minutes, and beside them the adjusted or
proposed minutes ("15 → 13 min") when a catch-up plan changes them.
:func:`row_looks` says how each row looks (mark, texts, weight, colours):
the step list repaints a row only when its look changed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from facilitator.engine import plan
from facilitator.engine.catchup import CatchUpPlan
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot
from facilitator.i18n import translate
from facilitator.timefmt import clock_time, minutes_change, minutes_text


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


class RowKind(StrEnum):
    """What a row's mark says: the step done, current, next, or its minutes locked."""

    CURRENT = "current"
    DONE = "done"
    LOCKED = "locked"
    NEXT = "next"
    NONE = ""


@dataclass(frozen=True)
class RowLook:
    """Everything one row of the step list shows besides its title; equal looks, no repaint."""

    kind: RowKind
    start: str
    end: str
    plan: str
    actual: str
    current: bool  # bold and highlighted
    done: bool  # greyed
    proposed: bool  # a catch-up proposal not yet accepted: the plan in the accent colour
    tip: str  # what the mark means, in words

    @property
    def plan_lines(self) -> int:
        """How many lines the plan is drawn on: two for a change ("15 →" over "13 min")."""
        return 2 if " → " in self.plan else 1

    @property
    def texts(self) -> tuple[str, str, str, str]:
        """Start, end, plan and actual, as the columns show them."""
        return (self.start, self.end, self.plan, self.actual)


def row_tip(current: bool, done: bool, following: bool, locked: bool) -> str:
    """The mark's meaning in words: 'Current step', 'Done · Minutes locked (L)' ..."""
    if current:
        words = translate("Console", "Current step")
    elif done:
        words = translate("Console", "Done")
    elif following:
        words = translate("Console", "Next step")
    else:
        words = ""
    if locked:
        locked_words = translate("Console", "Minutes locked (L)")
        return f"{words} · {locked_words}" if words else locked_words
    return words


def row_looks(snap: SessionSnapshot, rows: Sequence[StepRow]) -> list[RowLook]:
    """How every row looks at ``snap``: its mark, texts, weight and colours."""
    finished = snap.state is RunState.FINISHED
    looks = []
    for index, row in enumerate(rows):
        current = index == snap.index and not finished
        done = index < snap.index or finished
        following = index == snap.index + 1 and not finished
        kind = (
            RowKind.CURRENT
            if current
            else RowKind.DONE
            if done
            else RowKind.LOCKED
            if row.locked
            else RowKind.NEXT
            if following
            else RowKind.NONE
        )
        looks.append(
            RowLook(
                kind=kind,
                start=clock_time(row.start) if row.start else "",
                end=clock_time(row.end) if row.end else "",
                plan=plan_text(row),
                actual=minutes_text(row.actual) if row.actual is not None else "",
                current=current,
                done=done,
                proposed=row.proposed is not None and row.proposed != row.adjusted,
                tip=row_tip(current, done, following, row.locked),
            )
        )
    return looks
