"""The console's own state beside the run, in one model that the presenter window renders.

The run itself is the controller's; what the console adds is here: the
steps the trainer locked for the catch-up planner, the catch-up offer, and
the chime cue. Commands change the model only through its methods; each
change tells the listeners (the window), which render it again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from facilitator.agenda.agenda import Agenda
from facilitator.console.catchup import AcceptedPlans, CatchUpOffer, CatchUpView
from facilitator.console.chimes import Chime, ChimeCue, TurnChimeCue
from facilitator.console.run_inputs import RecordSignature
from facilitator.console.steps import RowLooks, StepLooks, StepRow, step_rows
from facilitator.engine.catchup import CatchUpPlan
from facilitator.engine.session import SessionRun, SessionSnapshot
from facilitator.room.turns import TurnRound


class StepLocks:
    """The steps whose minutes the trainer keeps out of catch-up plans, by step id."""

    def __init__(self) -> None:
        self._ids: set[str] = set()

    def __contains__(self, step_id: object) -> bool:
        return step_id in self._ids

    @property
    def ids(self) -> frozenset[str]:
        """The locked step ids."""
        return frozenset(self._ids)

    def toggle(self, step_id: str) -> bool:
        """Lock the step, or free it again; True when it is now locked."""
        if step_id in self._ids:
            self._ids.discard(step_id)
            return False
        self._ids.add(step_id)
        return True

    def keep_only(self, agenda: Agenda) -> None:
        """Forget locks on steps that ``agenda`` no longer has (a reload, another agenda)."""
        self._ids &= {step.id for step in agenda.steps}


class ConsoleModel:
    """Locked steps, the catch-up offer and the chime cue; listeners hear of every change."""

    def __init__(self) -> None:
        self.locks = StepLocks()
        self.offer = CatchUpOffer()
        self.accepted = AcceptedPlans()
        self.chimes = ChimeCue()
        self.turn_chimes = TurnChimeCue()
        self.step_looks = StepLooks()
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change the console's commands make."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    # --- following the run --------------------------------------------------

    def follow_agenda(self, agenda: Agenda) -> None:
        """A new agenda or a new version of it: locks of steps gone go, no chime from a jump."""
        self.locks.keep_only(agenda)
        self.accepted.forget()
        self.chimes.forget()
        self.turn_chimes.forget()

    def follow(
        self,
        run: SessionRun,
        now: int,
        behind: int | None = None,
        signature: tuple[RecordSignature, ...] | None = None,
    ) -> CatchUpView:
        """The catch-up offer for the run as it is at ``now`` (``behind``: its drift then,
        ``signature``: its records' :func:`records_signature`, when known)."""
        return self.offer.follow(run, now, self.locks.ids, behind, signature)

    def chime(self, snap: SessionSnapshot) -> Chime | None:
        """The chime the change to ``snap`` calls for, if any."""
        return self.chimes.follow(snap)

    def turn_chime(self, turns: TurnRound | None, now: int) -> Chime | None:
        """The chime the current step's group turns at ``now`` call for, if any."""
        return self.turn_chimes.follow(turns, now)

    def rows(
        self,
        run: SessionRun,
        snap: SessionSnapshot,
        now: int,
        wall: datetime,
        proposal: CatchUpPlan | None,
    ) -> list[StepRow]:
        """What the step list shows for each step at ``now``."""
        return step_rows(run, snap, now, wall, proposal, self.locks.ids)

    def looks(
        self,
        run: SessionRun,
        snap: SessionSnapshot,
        now: int,
        wall: datetime,
        proposal: CatchUpPlan | None,
        signature: tuple[RecordSignature, ...] | None = None,
    ) -> RowLooks:
        """How each row of the step list looks at ``now``: the same looks while nothing
        they show changed (the list then compares nothing), each made when asked for.

        ``signature``: the run's :func:`records_signature`, when known (the offer's).
        """
        return self.step_looks.looks(run, snap, now, wall, proposal, self.locks.ids, signature)

    # --- the trainer's commands -----------------------------------------------

    def toggle_lock(self, step_id: str) -> bool:
        """Lock a step's minutes for the catch-up planner, or free them; True when locked."""
        locked = self.locks.toggle(step_id)
        self._changed()
        return locked

    def ask_catchup(self, run: SessionRun, now: int) -> str | None:
        """Show the catch-up offer now, whatever the drift; or say why there is none."""
        reason = self.offer.ask(run, now, self.locks.ids)
        self._changed()
        return reason

    def dismiss_catchup(self, run: SessionRun, now: int) -> None:
        """Hide the offer until the drift grows."""
        self.offer.dismiss(run, now, self.locks.ids)
        self._changed()

    def accept_catchup(self, run: SessionRun, now: int) -> CatchUpPlan | None:
        """The plan on show, to apply; the offer closes. None when there is nothing to apply.

        The plan is remembered for :meth:`undo_catchup`. No listener is told:
        applying the plan changes the run, and the controller's change brings
        the window round.
        """
        plan = self.offer.accept(run, now, self.locks.ids)
        if plan is not None:
            self.accepted.add(plan)
        return plan

    def can_undo(self, run: SessionRun) -> bool:
        """Whether an accepted plan can be undone (a step of it has not begun yet)."""
        return self.accepted.can_undo(run)

    def undo_catchup(self, run: SessionRun, now: int) -> dict[int, int] | None:
        """The changes (step index → ns) that undo the newest accepted plan, or None.

        The offer then holds back until the drift grows: the plan was undone on purpose.
        """
        deltas = self.accepted.undo(run)
        if deltas is not None:
            # The steps to come get their minutes back: the session ends that much later.
            self.offer.hold_back(run.snapshot(now).behind + sum(deltas.values()))
        return deltas
