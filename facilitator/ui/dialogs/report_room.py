"""The Reports dialog's room page: the groups made, the group turns, the feedback and the
wall, as the exports have them.

It shows the tables and sentences ``reports`` builds (``groups_table``,
``turns_table``, ``wall_table``, ``grouping_notes``, ``feedback_line``); a part the
run did not have is left out, and the dialog hides the page when the room is empty.
Everything a participant wrote is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.reports.build import RunReport
from facilitator.reports.columns import Table, groups_table, turns_table, wall_table
from facilitator.reports.texts import (
    feedback_heading,
    feedback_line,
    grouping_notes,
    groups_heading,
    turns_heading,
    turns_note,
    wall_heading,
    wall_note,
)
from facilitator.ui.text_label import TextLabel

__all__ = ["RoomReportPage", "fill_table", "room_table"]


def fill_table(widget: QTableWidget, table: Table, total: bool = True) -> None:
    """Put ``table``'s rows into ``widget``, numbers right-aligned, and its totals row in
    bold when ``total``."""
    rows = [*table.rows, table.total] if total else list(table.rows)
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        bold = total and r == len(rows) - 1
        for c, text in enumerate(row):
            item = QTableWidgetItem(str(text))
            if not table.left[c]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            widget.setItem(r, c, item)


def room_table(table: Table) -> QTableWidget:
    """A read-only table of ``table``'s rows, its totals row (in bold) only where a column
    has a total; as tall as its rows, so the page scrolls rather than each table."""
    has_total = any(table.bold)
    rows = [*table.rows, table.total] if has_total else list(table.rows)
    widget = QTableWidget(len(rows), len(table.headers))
    widget.setHorizontalHeaderLabels(list(table.headers))
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setWordWrap(True)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = widget.horizontalHeader()
    widest = max(range(len(table.widths)), key=lambda c: table.widths[c], default=0)
    for column in range(len(table.headers)):
        mode = QHeaderView.ResizeMode.Stretch if column == widest else None
        header.setSectionResizeMode(column, mode or QHeaderView.ResizeMode.ResizeToContents)
    fill_table(widget, table, total=has_total)
    widget.resizeRowsToContents()
    height = header.height() + sum(widget.rowHeight(r) for r in range(len(rows)))
    widget.setFixedHeight(height + 2 * widget.frameWidth())
    return widget


def _heading(text: str) -> QLabel:
    label = TextLabel(lines=2)
    label.setText(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _lines(lines: list[str]) -> TextLabel:
    label = TextLabel(lines=0)
    label.setText("\n".join(lines))
    return label


class RoomReportPage(QScrollArea):
    """The run's room, part by part: groups, turns, feedback, the wall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report-room")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts: list[str] = []  # the headings shown, in order (for the tests)
        self.set_report(None)

    def set_report(self, report: RunReport | None) -> None:
        """Show the room of ``report`` (nothing for None or an empty room)."""
        body = QWidget()
        layout = QVBoxLayout(body)
        self.parts = []
        room = report.room if report is not None else None
        if report is not None and room is not None:
            if room.groupings:
                self._part(layout, groups_heading(), grouping_notes(report))
                layout.addWidget(room_table(groups_table(report)))
            if room.turns:
                self._part(layout, turns_heading(), [])
                layout.addWidget(room_table(turns_table(report)))
                layout.addWidget(_lines([turns_note()]))
            if room.feedback:
                given = [f"– {f.text}" for f in room.feedback if f.text]
                self._part(layout, feedback_heading(), [feedback_line(room.feedback), *given])
            if room.notes:
                self._part(layout, wall_heading(), [])
                layout.addWidget(room_table(wall_table(report)))
                layout.addWidget(_lines([wall_note()]))
        layout.addStretch(1)
        self.setWidget(body)

    def _part(self, layout: QVBoxLayout, heading: str, lines: list[str]) -> None:
        self.parts.append(heading)
        layout.addWidget(_heading(heading))
        if lines:
            layout.addWidget(_lines(lines))
