"""What the step list shows for each step: start and end, plan, proposal, actual minutes.

Start and end count from the session's actual start: steps done show when
they really ran, the current and later ones when they are now expected to
run. The plan shows the agenda's minutes, and beside them the adjusted or
proposed minutes ("15 → 13 min") when a catch-up plan changes them.
:func:`row_looks` says how each row looks (mark, texts, weight, colours):
the step list repaints a row only when its look changed. :class:`StepLooks`
works them out again only when something they show may have changed (every
second the list is asked, at 500 steps the rows cost some milliseconds), and
then as :class:`RowLooks`: each row's look made when first asked for (the
step list asks for the rows in view), the others' kept while their inputs
are the same.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from facilitator.console.run_inputs import RecordSignature, records_signature
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
    return _plan_words(row.original, target)


# The plan's words by (agenda's length, length planned): an agenda has few lengths,
# and at 500 steps every change worked out the same words again for each row.
_PLANS: dict[tuple[int, int], str] = {}


def _plan_words(original: int, target: int) -> str:
    key = (original, target)
    words = _PLANS.get(key)
    if words is None:
        if len(_PLANS) > 4096:
            _PLANS.clear()  # lengths of many agendas and proposals: start afresh
        words = _PLANS[key] = minutes_change(original, target)
    return words


def _proposed_lengths(proposal: CatchUpPlan | None) -> dict[int, int]:
    """A proposal's new lengths by step index (its own look-up scans its changes)."""
    return {} if proposal is None else {index: new for index, _, new in proposal.changes}


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
    proposed = _proposed_lengths(proposal)
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
                proposed=proposed.get(i),
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
        looks.append(_look(index, row, snap.index, finished))
    return looks


def _look(index: int, row: StepRow, current_index: int, finished: bool) -> RowLook:
    """Row ``index``'s look, the current step being ``current_index``."""
    current = index == current_index and not finished
    done = index < current_index or finished
    following = index == current_index + 1 and not finished
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
    return RowLook(
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


#: What a row's height and its narrow columns' widths depend on: bold (the current
#: step), the plan's words, the actual minutes.
RowShape = tuple[bool, str, str]

# One row's inputs: its start and end (instants), its record's signature, the length a
# proposal gives it, locked. Equal inputs, the same look (the run's state alike).
_RowInputs = tuple[int, int, RecordSignature, int | None, bool]


class RowLooks(Sequence[RowLook]):
    """Every row's look at one moment, each made when it is first asked for.

    At 500 steps making every row's look on every change of schedule was most
    of a minute added; the step list asks for the rows in view, and for the
    others only when they are scrolled into view. ``candidates`` are the rows
    whose inputs differ from ``earlier``'s (the looks this one follows; None:
    every row may differ); the other rows keep ``earlier``'s looks, made or
    not. :meth:`shape` answers what a row's height and columns need without
    making its look. Equal to any sequence of equal looks.
    """

    def __init__(
        self,
        run: SessionRun,
        snap: SessionSnapshot,
        now: int,
        wall: datetime,
        inputs: list[_RowInputs],
        earlier: RowLooks | None,
        counter: StepLooks | None = None,
    ) -> None:
        self._run = run
        self._records = run.records
        self._now = now
        self._wall = wall
        self._index = snap.index
        self._finished = snap.state is RunState.FINISHED
        self._inputs = inputs
        self._counter = counter
        self.earlier = earlier
        if earlier is None:
            self._looks: list[RowLook | None] = [None] * len(inputs)
            self.candidates: list[int] | None = None
            self._before: list[_RowInputs] = []
        else:
            old = self._before = earlier._inputs
            self.candidates = [i for i, row in enumerate(inputs) if row != old[i]]
            self._looks = list(earlier._looks)
            for i in self.candidates:
                self._looks[i] = None
            earlier.earlier = None  # a chain of two at most: the older ones can go

    def __len__(self) -> int:
        return len(self._inputs)

    def __iter__(self) -> Iterator[RowLook]:
        return (self[i] for i in range(len(self._inputs)))

    def __getitem__(self, index: int) -> RowLook:  # type: ignore[override]
        look = self._looks[index]
        if look is None:
            look = self._looks[index] = _look(index, self.row(index), self._index, self._finished)
            if self._counter is not None:
                self._counter.made += 1
        return look

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def changed_parts(self, index: int) -> tuple[bool, bool, bool]:
        """Whether row ``index``'s start, its end, or anything else may show otherwise than
        in ``earlier`` (all three when there was none to compare with)."""
        if index >= len(self._before):
            return (True, True, True)
        new, old = self._inputs[index], self._before[index]
        return (new[0] != old[0], new[1] != old[1], new[2:] != old[2:])

    def changed_parts_of(self, rows: Sequence[int]) -> list[tuple[bool, bool, bool]]:
        """:meth:`changed_parts` of each of ``rows``, in one pass (a minute added at 500
        steps asks it of every later row)."""
        new, old = self._inputs, self._before
        known = len(old)
        every = (True, True, True)
        return [
            (
                (n := new[i])[0] != (o := old[i])[0],
                n[1] != o[1],
                n[2:] != o[2:],
            )
            if i < known
            else every
            for i in rows
        ]

    def made(self, index: int) -> bool:
        """Whether row ``index``'s look has been made (tests count work)."""
        return self._looks[index] is not None

    def row(self, index: int) -> StepRow:
        """Row ``index`` as :func:`step_rows` gives it."""
        start, end, signature, proposed, locked = self._inputs[index]
        done = index < self._index or self._finished
        record = self._records[index]
        run, now, wall = self._run, self._now, self._wall
        return StepRow(
            start=plan.wall_of(run, start, now, wall),
            end=plan.wall_of(run, end, now, wall),
            original=signature[0],
            adjusted=signature[1],
            proposed=proposed,
            actual=record.actual(now) if done and record.started_at is not None else None,
            locked=locked,
        )

    def shape(self, index: int) -> RowShape:
        """Row ``index``'s weight, plan and actual minutes, without making its look."""
        look = self._looks[index]
        if look is not None:
            return (look.current, look.plan, look.actual)
        _, _, signature, proposed, _ = self._inputs[index]
        done = index < self._index or self._finished
        record = self._records[index]
        actual = (
            minutes_text(record.actual(self._now)) if done and record.started_at is not None else ""
        )
        return (
            index == self._index and not self._finished,
            _plan_words(signature[0], proposed if proposed is not None else signature[1]),
            actual,
        )


def look_shape(look: RowLook) -> RowShape:
    """:meth:`RowLooks.shape` of a look made already."""
    return (look.current, look.plan, look.actual)


class StepLooks:
    """The looks of every row, worked out again only when their inputs changed.

    What the rows show depends on the run's records (lengths, starts, ends,
    timer states), the current step and the run's state, the locks, the
    proposal on show, the language, and the instant the current step is
    expected to end (the later steps follow it). While the current step
    counts down that instant holds still, so a second that passes costs a
    comparison of those inputs, not 500 rows. Paused, in overtime or before
    the start the times move with the clock: the rows' inputs are worked out
    again, and only the rows whose inputs changed get a new look, when asked
    for (:class:`RowLooks`).
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._looks: RowLooks | None = None
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
        signature: tuple[RecordSignature, ...] | None = None,
    ) -> RowLooks:
        """:func:`row_looks` of :func:`step_rows`; the same object while nothing shown changed.

        ``signature``: :func:`records_signature` of the run, when the caller has it.
        """
        if signature is None:
            signature = records_signature(run)
        key = _inputs(run, snap, now, wall, proposal, locked, signature)
        if key != self._key or self._looks is None:
            inputs = _row_inputs(run, snap, now, proposal, locked, signature)
            # The same steps, current step, state and language: a row whose inputs did
            # not change keeps its look.
            same = self._key is not None and self._key[:_SAME] == key[:_SAME]
            earlier = self._looks if same else None
            self._looks = RowLooks(run, snap, now, wall, inputs, earlier, self)
            self._key = key
            self.computed += 1
        return self._looks


def _row_inputs(
    run: SessionRun,
    snap: SessionSnapshot,
    now: int,
    proposal: CatchUpPlan | None,
    locked: Collection[str],
    signature: tuple[RecordSignature, ...],
) -> list[_RowInputs]:
    """Each row's inputs (see ``_RowInputs``), in one pass over the steps."""
    instants, last = plan.projected_instants(run, now)
    proposed = _proposed_lengths(proposal)
    locks = frozenset(locked)
    records = run.records
    count = len(records)
    started = run.started_at is not None
    finished = snap.state is RunState.FINISHED
    inputs: list[_RowInputs] = []
    for i, record in enumerate(records):
        ended = record.ended_at
        if ended is not None and started and (i < snap.index or finished):
            end = ended  # a step done ended when it did
        else:
            end = instants[i + 1] if i + 1 < count else last
        inputs.append((instants[i], end, signature[i], proposed.get(i), record.step_id in locks))
    return inputs


# _inputs()[:_SAME]: what every row's look depends on alike (the run, its steps, the
# current step and state, the clock's anchors, the language).
_SAME = 8


def _inputs(
    run: SessionRun,
    snap: SessionSnapshot,
    now: int,
    wall: datetime,
    proposal: CatchUpPlan | None,
    locked: Collection[str],
    signature: tuple[RecordSignature, ...],
) -> tuple[object, ...]:
    """Everything :func:`step_rows` and :func:`row_looks` read of the moment, compared cheaply."""
    if run.started_at is None:
        moment: tuple[object, ...] = (now, wall)  # times count from the wall clock's now
        anchors: tuple[object, ...] = (now, wall)
    else:
        anchor = run.finished_at if run.finished_at is not None else now
        current = run.record(run.index)
        # The current step's start (now, while it has not begun) and its expected end.
        begun = current.started_at if current.started_at is not None else anchor
        moment = (begun, anchor + max(0, current.timer.remaining(anchor)))
        anchors = ()
    return (
        run,
        run.records,
        snap.index,
        snap.state,
        run.started_at,
        run.started_wall,
        generation(),
        anchors,  # before the start every time counts from now
        run.finished_at,
        frozenset(locked),
        proposal,
        moment,
        signature,
    )
