"""The catch-up offer: a band over the console proposing new minutes for the steps to come.

The arithmetic is :mod:`facilitator.engine.catchup`; this module only picks
the steps it may change (those not begun yet, after the current one), words
the proposal and decides when to offer it: when the session is at least
:data:`OFFER_MINUTES` late or early, and again only when the drift has grown
by as much since the trainer dismissed it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.engine.catchup import CatchUpPlan, StepBudget, default_minimum, propose
from facilitator.engine.clock import MINUTE, minutes_to_ns
from facilitator.engine.session import RunState, SessionRun
from facilitator.engine.timer import TimerState
from facilitator.timefmt import minutes_change, whole_minutes

OFFER_MINUTES = 2


def budgets(run: SessionRun, locked: set[str]) -> list[StepBudget]:
    """The steps the planner may change: after the current one and not begun yet."""
    found = []
    for index in range(run.index + 1, run.step_count):
        record = run.record(index)
        if record.timer.state is not TimerState.IDLE:
            continue  # already visited: what is left of it is the trainer's call
        step = run.agenda.steps[index]
        floor = default_minimum(minutes_to_ns(step.minutes), step.min_minutes)
        found.append(
            StepBudget(
                index=index,
                planned=record.timer.planned,
                minimum=min(floor, record.timer.planned),
                locked=step.id in locked,
            )
        )
    return found


def plan_for(run: SessionRun, now: int, locked: set[str]) -> CatchUpPlan:
    """The catch-up proposal for the run at ``now``."""
    return propose(budgets(run, locked), run.snapshot(now).behind)


def describe(plan: CatchUpPlan, run: SessionRun) -> str:
    """The proposal in a trainer's words."""
    minutes = whole_minutes(plan.behind)
    late = minutes > 0
    head = f"Running {abs(minutes)} min {'late' if late else 'early'}."
    if plan.empty:
        return f"{head} No step to come can change (all locked or at their minimum)."
    changes = ", ".join(
        f"“{run.agenda.steps[i].title}” {minutes_change(old, new)}"
        for i, old, new in plan.changes
    )
    verb = "Shorten" if late else "Lengthen"
    tail = ""
    if plan.shortfall:
        left = whole_minutes(abs(plan.shortfall))
        tail = f" Still {left} min {'late' if late else 'early'} after this."
    else:
        tail = " The session then ends at its planned time."
    return f"{head} {verb}: {changes}.{tail}"


class CatchUpPanel(QFrame):
    """The band with the proposal and its Accept (A) / Dismiss (D) buttons."""

    def __init__(self, accept: QAction, dismiss: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catchup-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#catchup-panel { background: #fff4d6; border: 1px solid #b36b00; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #3d2a00;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        for action in (accept, dismiss):
            # Not QToolButton.setDefaultAction: it copies the action's key to the
            # button, and a key bound twice is ambiguous and does nothing.
            button = QPushButton(action.icon(), action.text().replace("&", ""))
            button.setToolTip(action.toolTip())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            layout.addWidget(button)
            self.buttons.append(button)
        self.plan: CatchUpPlan | None = None
        self._dismissed_at: int | None = None  # drift in minutes when dismissed
        self.hide()

    def offer_due(self, run: SessionRun, plan: CatchUpPlan) -> bool:
        """Whether to offer ``plan`` unasked: running, enough drift, not just dismissed."""
        if run.state is not RunState.RUNNING or plan.empty:
            return False
        minutes = abs(round(plan.behind / MINUTE))
        if minutes < OFFER_MINUTES:
            self._dismissed_at = None
            return False
        return self._dismissed_at is None or minutes >= self._dismissed_at + OFFER_MINUTES

    def show_plan(self, plan: CatchUpPlan, run: SessionRun) -> None:
        """Show ``plan`` (or hide the band when it changes nothing and says nothing)."""
        self.plan = plan
        if plan.behind == 0:
            self.label.setText("On plan: nothing to catch up.")
        else:
            self.label.setText(describe(plan, run))
        self.show()

    def dismiss(self) -> None:
        """Hide the proposal; it comes back only when the drift grows."""
        if self.plan is not None:
            self._dismissed_at = abs(round(self.plan.behind / MINUTE))
        self.plan = None
        self.hide()

    def accepted(self) -> None:
        """The plan was taken: hide and forget any dismissal."""
        self.plan = None
        self._dismissed_at = None
        self.hide()
