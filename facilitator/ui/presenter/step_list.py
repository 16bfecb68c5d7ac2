"""The list of steps with planned times, showing which are done, current and next."""

from __future__ import annotations

from datetime import datetime

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from facilitator.agenda.agenda import Agenda
from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.ui.timefmt import clock_time, minutes_text

COLUMNS = ("", "Start", "Step", "Plan", "Actual")


class StepList(QTreeWidget):
    """One row per step: state icon, planned start, title, planned and actual minutes."""

    stepActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels(list(COLUMNS))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the session commands
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemDoubleClicked.connect(
            lambda item, _col: self.stepActivated.emit(self.indexOfTopLevelItem(item))
        )

    def set_agenda(self, agenda: Agenda) -> None:
        """One row per step of ``agenda``."""
        self.clear()
        for number, step in enumerate(agenda.steps, start=1):
            item = QTreeWidgetItem(["", "", f"{number}. {step.title}", f"{step.minutes:g} min", ""])
            item.setToolTip(2, step.title)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight)
            self.addTopLevelItem(item)

    def show_state(
        self, snap: SessionSnapshot, starts: list[datetime], actual: list[int | None]
    ) -> None:
        """Mark done, current and next steps; show planned starts and actual minutes."""
        done_icon = qta.icon("fa5s.check", color="#1b7f3b")
        current_icon = qta.icon("fa5s.play", color="#1565c0")
        finished = snap.state is RunState.FINISHED
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is None:
                continue
            is_current = row == snap.index and not finished
            is_done = row < snap.index or finished
            item.setIcon(0, done_icon if is_done else current_icon if is_current else qta.icon())
            item.setText(1, clock_time(starts[row]) if row < len(starts) else "")
            spent = actual[row] if row < len(actual) else None
            item.setText(4, minutes_text(spent) if spent is not None else "")
            font = QFont(item.font(2))
            font.setBold(is_current)
            for column in range(len(COLUMNS)):
                item.setFont(column, font)
                item.setForeground(column, QBrush(QColor("#808080")) if is_done else QBrush())
            if row == snap.index + 1 and not finished:
                item.setText(0, "")
                item.setToolTip(0, "Next step")
                item.setIcon(0, qta.icon("fa5s.angle-right", color="#5a6270"))
        current = self.topLevelItem(min(snap.index, self.topLevelItemCount() - 1))
        if current is not None:
            self.setCurrentItem(current)
            self.scrollToItem(current)
