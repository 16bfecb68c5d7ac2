"""The editor's side panels: the plan with its clock times, and the list of problems."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda.errors import format_number
from facilitator.editing.edits import Target
from facilitator.editing.plan import Plan
from facilitator.editing.validation import Validation
from facilitator.editing.workspace import SESSION
from facilitator.i18n import translate
from facilitator.ui.editor.fields import PROBLEM_STYLE
from facilitator.ui.markup import autotext, plain_label

OK_STYLE = "color: #1b6e2d;"


class PlanBar(QWidget):
    """'Start at 09:00' · '6 steps, 90 min: 09:00–10:30', and the one-click fix."""

    startChanged = Signal()
    fixRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan-bar")
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setToolTip(
            translate("Editor", "The clock time the session starts: the steps' times follow")
        )
        self.start_edit.timeChanged.connect(lambda _t: self.startChanged.emit())
        self.summary = plain_label()
        self.summary.setObjectName("plan-summary")
        self.summary.setWordWrap(True)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("fix-duration")
        self.fix_button.clicked.connect(self.fixRequested.emit)
        self.fix_button.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(plain_label(translate("Editor", "Start at")))
        row.addWidget(self.start_edit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.fix_button)

    def start(self, day: datetime) -> datetime:
        """The chosen start on ``day``."""
        time = self.start_edit.time()
        return day.replace(hour=time.hour(), minute=time.minute(), second=0, microsecond=0)

    def show_plan(self, plan: Plan) -> None:
        """Show the total against the declared duration; offer the fix when they differ."""
        self.summary.setText(plan.summary())
        self.summary.setStyleSheet(OK_STYLE if plan.matches else PROBLEM_STYLE)
        differs = not plan.matches and plan.total > 0
        self.fix_button.setVisible(differs)
        if differs:
            self.fix_button.setText(
                translate("Editor", "Set the duration to {minutes} min (the steps' total)").format(
                    minutes=format_number(plan.fixed_duration)
                )
            )


class ProblemsPanel(QWidget):
    """Every problem the check finds, in its words; choosing one shows its field."""

    chosen = Signal(object)  # the Target of the problem's field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.heading = plain_label()
        self.heading.setWordWrap(True)
        self.listed = QListWidget()
        self.listed.setObjectName("problem-list")
        self.listed.setWordWrap(True)
        self.listed.itemActivated.connect(self._chosen)
        self.listed.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.listed)

    def show_validation(self, validation: Validation) -> None:
        """List the problems (or say that the session checks out)."""
        self.listed.clear()
        count = len(validation.problems)
        if not count:
            self.heading.setText(
                translate("Editor", "No problems: the session can be run as it is.")
            )
            self.heading.setStyleSheet(OK_STYLE)
            self.listed.hide()
            return
        self.heading.setText(
            translate("Editor", "1 problem: the session cannot be run until it is fixed.")
            if count == 1
            else translate(
                "Editor", "{count} problems: the session cannot be run until they are fixed."
            ).format(count=count)
        )
        self.heading.setStyleSheet(PROBLEM_STYLE)
        for problem in validation.problems:
            where = "" if problem.doc == SESSION else f"{problem.doc}: "
            item = QListWidgetItem(where + problem.sentence)
            item.setData(256, Target(problem.doc, problem.loc))
            item.setToolTip(autotext(str(problem)))
            self.listed.addItem(item)
        self.listed.show()

    def _chosen(self, item: QListWidgetItem) -> None:
        target = item.data(256)
        if isinstance(target, Target):
            self.chosen.emit(target)
