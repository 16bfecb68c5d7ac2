"""What the step list shows for each step: start and end, plan, proposal, actual minutes.

Start and end count from the session's actual start: steps done show when
they really ran, the current and later ones when they are now expected to
run. The plan shows the agenda's minutes, and beside them the adjusted or
proposed minutes ("15 → 13 min") when a catch-up plan changes them.
:func:`row_looks` says how each row looks (mark, texts, weight, colours):
the step list repaints a row only when its look changed. :class:`StepLooks`
works them out again only when something they show may have changed (every
second the list is asked, at 500 steps the rows cost some milliseconds).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from facilitator.console.run_inputs import records_signature
from facilitator.engine import plan
from facilitator.engine.catchup import CatchUpPlan
from facilitator.engine.session import RunState, SessionRun, SessionSnapshot
from facilitator.i18n import generation, translate
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
    instants, last = plan.projected_instants(run, now)
    starts = [plan.wall_of(run, instant, now, wall) for instant in instants]
    end = plan.wall_of(run, last, now, wall)
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
    key = (current, done, following, locked, generation())
    tip = _TIPS.get(key)
    if tip is None:
        tip = _TIPS[key] = _tip_words(current, done, following, locked)
    return tip


# The few tips there are, per language (translating one costs more than a row's texts).
_TIPS: dict[tuple[bool, bool, bool, bool, int], str] = {}


def _tip_words(current: bool, done: bool, following: bool, locked: bool) -> str:
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


def row_looks(
    snap: SessionSnapshot,
    rows: Sequence[StepRow],
    before: tuple[Sequence[StepRow], Sequence[RowLook]] | None = None,
) -> list[RowLook]:
    """How every row looks at ``snap``: its mark, texts, weight and colours.

    ``before``: the rows and looks of an earlier call with the same current
    step and state; a row that has not changed keeps its look (the very
    object, which the step list then need not compare).
    """
    finished = snap.state is RunState.FINISHED
    looks: list[RowLook] = []
    old_rows, old_looks = before if before is not None else ((), ())
    reusable = min(len(old_rows), len(old_looks))
    for index, row in enumerate(rows):
        if index < reusable and old_rows[index] == row:
            looks.append(old_looks[index])
            continue
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


class StepLooks:
    """The looks of every row, worked out again only when their inputs changed.

    What the rows show depends on the run's records (lengths, starts, ends,
    timer states), the current step and the run's state, the locks, the
    proposal on show, the language, and the instant the current step is
    expected to end (the later steps follow it). While the current step
    counts down that instant holds still, so a second that passes costs a
    comparison of those inputs, not 500 rows. Paused, in overtime or before
    the start the times move with the clock: the looks are worked out again.
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._looks: list[RowLook] = []
        self._rows: list[StepRow] = []
        self.computed = 0  # how many times the rows were worked out (tests count work)
        self.made = 0  # how many rows' looks were made anew, not kept (tests count work)

    def looks(
        self,
        run: SessionRun,
        snap: SessionSnapshot,
        now: int,
        wall: datetime,
        proposal: CatchUpPlan | None,
        locked: Collection[str],
    ) -> list[RowLook]:
        """:func:`row_looks` of :func:`step_rows`; the same list while nothing shown changed."""
        key = _inputs(run, snap, now, wall, proposal, locked)
        if key != self._key:
            rows = step_rows(run, snap, now, wall, proposal, locked)
            # The same steps, current step and state: a row that did not change keeps its look.
            same = self._key is not None and _same_rows(self._key, key)
            before = (self._rows, self._looks) if same else None
            looks = row_looks(snap, rows, before)
            self.made += sum(
                1 for i, look in enumerate(looks) if not same or look is not self._looks[i]
            )
            self._rows, self._looks, self._key = rows, looks, key
            self.computed += 1
        return self._looks


def _same_rows(before: tuple[object, ...], now: tuple[object, ...]) -> bool:
    """Whether two :func:`_inputs` have the same steps, current step, state and language:
    then a row whose :class:`StepRow` did not change looks the same."""
    return before[:4] == now[:4] and before[9] == now[9]


def _inputs(
    run: SessionRun,
    snap: SessionSnapshot,
    now: int,
    wall: datetime,
    proposal: CatchUpPlan | None,
    locked: Collection[str],
) -> tuple[object, ...]:
    """Everything :func:`step_rows` and :func:`row_looks` read of the moment, compared cheaply."""
    if run.started_at is None:
        moment: tuple[object, ...] = (now, wall)  # times count from the wall clock's now
    else:
        anchor = run.finished_at if run.finished_at is not None else now
        current = run.record(run.index)
        # The current step's start (now, while it has not begun) and its expected end.
        begun = current.started_at if current.started_at is not None else anchor
        moment = (begun, anchor + max(0, current.timer.remaining(anchor)))
    return (
        run,
        run.records,
        snap.index,
        snap.state,
        run.started_at,
        run.started_wall,
        run.finished_at,
        frozenset(locked),
        proposal,
        generation(),
        moment,
        records_signature(run),
    )
