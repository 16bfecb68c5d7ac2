"""The catch-up offer: which steps may change, when to offer, and what the trainer said.

The arithmetic is :mod:`facilitator.engine.catchup`. This model picks the
steps it may change (after the current one and not begun yet, not locked),
decides when to offer unasked (under way, running or paused, the session at
least :data:`OFFER_MINUTES` late or early, and after a dismissal only once
the drift has grown by as much again), words the proposal, and remembers
the plans accepted so that they can be undone.

An offer is only ever shown when it would change something: on the last
step, with every step to come locked or at its minimum, or on plan, asking
for one says why in words and shows no band.

The offer is recomputed from the live run whenever it is read, so what the
band shows is what Accept applies: the controller looks again whenever the
drift's whole minutes turn (:func:`facilitator.engine.plan.next_drift_change`),
and Accept takes the plan of that same instant.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from facilitator.agenda.agenda import Agenda
from facilitator.console.run_inputs import RecordSignature, records_signature
from facilitator.engine.catchup import CatchUpPlan, StepBudget, default_minimum, propose
from facilitator.engine.clock import MINUTE, minutes_to_ns, whole_minutes, whole_units
from facilitator.engine.plan import behind
from facilitator.engine.session import RunState, SessionRun
from facilitator.engine.timer import TimerState
from facilitator.i18n import QT_TRANSLATE_NOOP, generation, translate_marked
from facilitator.timefmt import minutes_change

OFFER_MINUTES = 2
UNDER_WAY = (RunState.RUNNING, RunState.PAUSED)

# Whole sentences with named placeholders, marked for translation (the console's words).
LATE = QT_TRANSLATE_NOOP("Console", "Running {minutes} min late.")
EARLY = QT_TRANSLATE_NOOP("Console", "Running {minutes} min early.")
ON_PLAN = QT_TRANSLATE_NOOP("Console", "On plan: nothing to catch up.")
NOTHING_CAN_CHANGE = QT_TRANSLATE_NOOP(
    "Console", "No step to come can change (all locked or at their minimum)."
)
NOT_UNDER_WAY = QT_TRANSLATE_NOOP("Console", "The session is not under way: nothing to catch up.")
SHORTEN = QT_TRANSLATE_NOOP("Console", "Shorten: {changes}.")
LENGTHEN = QT_TRANSLATE_NOOP("Console", "Lengthen: {changes}.")
CHANGE = QT_TRANSLATE_NOOP("Console", "“{title}” {change}")
ENDS_ON_TIME = QT_TRANSLATE_NOOP("Console", "The session then ends at its planned time.")
STILL_LATE = QT_TRANSLATE_NOOP("Console", "Still {minutes} min late after this.")
STILL_EARLY = QT_TRANSLATE_NOOP("Console", "Still {minutes} min early after this.")


def _said(sentence: str) -> str:
    """One of the sentences above, in the interface's language."""
    return translate_marked("Console", sentence)


def floors(agenda: Agenda) -> list[int]:
    """Each step's floor in ns (its ``min_minutes``, else half its minutes)."""
    return [default_minimum(minutes_to_ns(step.minutes), step.min_minutes) for step in agenda.steps]


def budgets(
    run: SessionRun,
    locked: Collection[str],
    floor_of: Sequence[int] | None = None,
    kept: Sequence[StepBudget] = (),
) -> list[StepBudget]:
    """The steps the planner may change: after the current one and not begun yet.

    ``floor_of``: :func:`floors` of the run's agenda, when known; ``kept``: budgets
    worked out before, each used again where it is the same (a lock toggled at 500
    steps changes one).
    """
    if floor_of is None:
        floor_of = floors(run.agenda)
    steps = run.agenda.steps
    before = {budget.index: budget for budget in kept}
    found = []
    records = run.records
    for index in range(run.index + 1, run.step_count):
        timer = records[index].timer
        if timer.state is not TimerState.IDLE:
            continue  # already visited: what is left of it is the trainer's call
        planned = timer.planned
        minimum = min(floor_of[index], planned)
        is_locked = steps[index].id in locked
        old = before.get(index)
        if (
            old is not None
            and old.planned == planned
            and old.minimum == minimum
            and old.locked == is_locked
        ):
            found.append(old)
            continue
        found.append(StepBudget(index=index, planned=planned, minimum=minimum, locked=is_locked))
    return found


def plan_for(run: SessionRun, now: int, locked: Collection[str]) -> CatchUpPlan:
    """The catch-up proposal for the run at ``now``."""
    return propose(budgets(run, locked), behind(run, now))


class _Planner:
    """:func:`plan_for`, proposed again only when the steps' budgets or the drift's whole
    minute changed: following the run, the offer is asked for every second (issue 14)."""

    def __init__(self) -> None:
        self._last: tuple[tuple[tuple[StepBudget, ...], int], CatchUpPlan] | None = None
        # The budgets and what they were worked out from: the steps after the current
        # one (their records as far as budgets can tell), the agenda, the locks.
        self._budgets: tuple[tuple[object, ...], tuple[StepBudget, ...]] | None = None
        self.budgeted = 0  # how many times the budgets were worked out (tests count work)
        self._floors: tuple[Agenda, list[int]] | None = None  # each step's, per agenda

    def _steps(
        self,
        run: SessionRun,
        locked: Collection[str],
        signature: tuple[RecordSignature, ...] | None = None,
    ) -> tuple[StepBudget, ...]:
        later = (
            records_signature(run, run.index + 1)
            if signature is None
            else signature[run.index + 1 :]
        )
        inputs = (run, run.records, run.agenda, run.index, frozenset(locked), later)
        if self._budgets is None or self._budgets[0] != inputs:
            if self._floors is None or self._floors[0] is not run.agenda:
                self._floors = (run.agenda, floors(run.agenda))
            kept = self._budgets[1] if self._budgets is not None else ()
            self._budgets = (inputs, tuple(budgets(run, locked, self._floors[1], kept)))
            self.budgeted += 1
        return self._budgets[1]

    def plan(
        self,
        run: SessionRun,
        now: int,
        locked: Collection[str],
        drift: int | None = None,
        signature: tuple[RecordSignature, ...] | None = None,
    ) -> CatchUpPlan:
        """The plan for the run at ``now``; ``drift`` and ``signature`` (every step's
        :func:`records_signature`), when the caller has them, are not worked out again."""
        steps = self._steps(run, locked, signature)
        if drift is None:
            drift = behind(run, now)  # the drift alone: a whole snapshot would sum it twice
        key = (steps, whole_units(drift, MINUTE))  # what propose rounds the drift to
        if self._last is None or self._last[0] != key:
            self._last = (key, propose(steps, drift))
        return self._last[1]


def describe(plan: CatchUpPlan, titles: Callable[[int], str]) -> str:
    """The proposal in a trainer's words; ``titles`` gives a step's title by index."""
    minutes = whole_minutes(plan.behind)
    if minutes == 0:
        return _said(ON_PLAN)
    late = minutes > 0
    sentences = [_said(LATE if late else EARLY).format(minutes=abs(minutes))]
    if plan.empty:
        sentences.append(_said(NOTHING_CAN_CHANGE))
        return " ".join(sentences)
    changes = ", ".join(
        _said(CHANGE).format(title=titles(i), change=minutes_change(old, new))
        for i, old, new in plan.changes
    )
    sentences.append(_said(SHORTEN if late else LENGTHEN).format(changes=changes))
    if plan.shortfall:
        left = abs(whole_minutes(plan.shortfall))
        sentences.append(_said(STILL_LATE if late else STILL_EARLY).format(minutes=left))
    else:
        sentences.append(_said(ENDS_ON_TIME))
    return " ".join(sentences)


@dataclass(frozen=True)
class CatchUpView:
    """What the catch-up band shows now, and what its buttons may do."""

    shown: bool
    text: str = ""
    plan: CatchUpPlan | None = None  # the plan on show: exactly what Accept applies

    @property
    def can_accept(self) -> bool:
        """Whether Accept would change anything."""
        return self.shown and self.plan is not None and not self.plan.empty

    @property
    def can_dismiss(self) -> bool:
        """Whether there is an offer to dismiss."""
        return self.shown


HIDDEN = CatchUpView(shown=False)


class CatchUpOffer:
    """Whether the offer is on show and the drift it was last dismissed at."""

    def __init__(self) -> None:
        self._on_show = False
        self._dismissed_at: int | None = None  # whole minutes of drift when dismissed
        self._planner = _Planner()
        self._view: tuple[CatchUpPlan, Agenda, int, CatchUpView] | None = None

    def follow(
        self,
        run: SessionRun,
        now: int,
        locked: Collection[str],
        behind: int | None = None,
        signature: tuple[RecordSignature, ...] | None = None,
    ) -> CatchUpView:
        """The offer for the run as it is at ``now``: offered when due, kept up to date.

        ``behind``: the drift at ``now``, when the caller has it (a snapshot's): at 500
        steps adding up what is left of every step again costs a pass over them.
        ``signature``: every step's :func:`records_signature`, when the caller has it
        (the step list needs it too).
        """
        if run.state not in UNDER_WAY:
            # Nothing to catch up before the start or after the end.
            self._on_show = False
            self._dismissed_at = None
        plan = self._planner.plan(run, now, locked, behind, signature)
        if plan.empty:
            self._on_show = False  # nothing it could change: no band, no greyed Accept
        elif not self._on_show and self._due(run, plan):
            self._on_show = True
        if not self._on_show:
            return HIDDEN
        # The same plan in the same words: the same view, which the band need not show again.
        kept = self._view
        language = generation()
        if kept is None or kept[0] != plan or kept[1] is not run.agenda or kept[2] != language:
            view = CatchUpView(shown=True, text=describe(plan, _titles(run)), plan=plan)
            kept = self._view = (plan, run.agenda, language, view)
        return kept[3]

    def ask(self, run: SessionRun, now: int, locked: Collection[str]) -> str | None:
        """Show the offer now, whatever the drift (the trainer asked: C).

        When it would change nothing, nothing is shown: the answer is why, in words.
        """
        plan = plan_for(run, now, locked)
        if run.state not in UNDER_WAY:
            return _said(NOT_UNDER_WAY)
        if plan.empty:
            return describe(plan, _titles(run))
        self._on_show = True
        return None

    def hold_back(self, behind: int) -> None:
        """Offer nothing unasked until the drift grows past ``behind`` ns (a plan was
        just undone on purpose: that is the drift it leaves)."""
        self._on_show = False
        self._dismissed_at = abs(whole_minutes(behind))

    def dismiss(self, run: SessionRun, now: int, locked: Collection[str]) -> None:
        """Hide the offer; it comes back unasked only when the drift has grown."""
        if self._on_show:
            self._dismissed_at = abs(whole_minutes(plan_for(run, now, locked).behind))
        self._on_show = False

    def accept(self, run: SessionRun, now: int, locked: Collection[str]) -> CatchUpPlan | None:
        """The plan to apply (the one on show at ``now``), or None when there is none."""
        if not self._on_show:
            return None
        plan = plan_for(run, now, locked)
        if plan.empty:
            return None
        self._on_show = False
        self._dismissed_at = None
        return plan

    def _due(self, run: SessionRun, plan: CatchUpPlan) -> bool:
        """Offer unasked: under way (a break makes a session late too), enough drift,
        and not just dismissed."""
        if run.state not in UNDER_WAY or plan.empty:
            return False
        minutes = abs(whole_minutes(plan.behind))
        if minutes < OFFER_MINUTES:
            self._dismissed_at = None
            return False
        return self._dismissed_at is None or minutes >= self._dismissed_at + OFFER_MINUTES


def _titles(run: SessionRun) -> Callable[[int], str]:
    steps = run.agenda.steps
    return lambda index: steps[index].title


class AcceptedPlans:
    """The catch-up plans accepted, newest last, so that they can be undone."""

    def __init__(self) -> None:
        self._plans: list[CatchUpPlan] = []

    def add(self, plan: CatchUpPlan) -> None:
        """Remember ``plan``, just applied."""
        self._plans.append(plan)

    def forget(self) -> None:
        """Another agenda or a new version of it: its step indices may mean other steps."""
        self._plans.clear()

    def can_undo(self, run: SessionRun) -> bool:
        """Whether undoing would give a step to come its minutes back."""
        return run.state in UNDER_WAY and any(_undoable(plan, run) for plan in self._plans)

    def undo(self, run: SessionRun) -> dict[int, int] | None:
        """The changes (step index → ns) that undo the newest plan with something left to undo.

        Steps of the plan that have begun since keep their minutes: what is left of
        a step under way is the trainer's call. None when there is nothing to undo.
        """
        if run.state not in UNDER_WAY:
            return None
        while self._plans:
            deltas = _undoable(self._plans.pop(), run)
            if deltas:
                return deltas
        return None


def _undoable(plan: CatchUpPlan, run: SessionRun) -> dict[int, int]:
    """The reverse of ``plan`` for its steps not begun yet."""
    return {
        index: old - new
        for index, old, new in plan.changes
        if index < run.step_count and run.record(index).timer.state is TimerState.IDLE
    }
