"""The list of steps: start and end times, plan (and adjusted plan), actual minutes.

A ``QTreeView`` on :class:`~facilitator.ui.presenter.step_model.StepListModel`:
it renders the rows the console model computes
(:mod:`facilitator.console.steps`: times, "15 → 13 min", actual minutes, the
marks of done, current, next and locked steps), and only the rows whose look
changed are laid out and repainted again.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from facilitator.agenda.agenda import Agenda
from facilitator.console.steps import StepRow, row_looks
from facilitator.engine.session import SessionSnapshot
from facilitator.ui.presenter.step_model import (
    ACTUAL_COLUMN,
    COLUMNS,
    PLAN_COLUMN,
    STEP_COLUMN,
    StepListModel,
)

__all__ = ["ACTUAL_COLUMN", "COLUMNS", "PLAN_COLUMN", "STEP_COLUMN", "StepList", "wrapped_height"]
_HEIGHTS_KEPT = 4096  # wrapped title heights remembered (a resize asks for every row's)


def _wrap_option() -> QTextOption:
    # Break at word boundaries, and inside a word only when it alone is too wide
    # ("outreachprogramma's" in a narrow column): never clipped.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def plan_lines(text: str) -> str:
    """'15 → 13 min' as drawn: on two lines, so that a changed plan keeps the column as
    narrow as '15 min' and the titles keep the room for their longest words."""
    return text.replace(" → ", " →\n")


_heights: dict[tuple[str, str, float], int] = {}


def wrapped_height(text: str, font: QFont, width: float) -> int:
    """The height ``text`` needs in ``font`` wrapped to ``width`` pixels (remembered)."""
    key = (text, font.key(), width)
    known = _heights.get(key)
    if known is None:
        if len(_heights) >= _HEIGHTS_KEPT:
            _heights.clear()
        known = _heights[key] = _measure(text, font, width)
    return known


def _measure(text: str, font: QFont, width: float) -> int:
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap_option())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return math.ceil(height)


class _WrapDelegate(QStyledItemDelegate):
    """The title column wraps (inside long words too); rows grow to fit it."""

    PADDING = 4

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() == PLAN_COLUMN:
            return self._plan_hint(option, index)
        hint = super().sizeHint(option, index)
        if index.column() != STEP_COLUMN:
            return hint
        font = index.data(Qt.ItemDataRole.FontRole)
        width = max(40, self._view.columnWidth(STEP_COLUMN) - 2 * self.PADDING - 4)
        text = str(index.data() or "")
        height = wrapped_height(text, font if isinstance(font, QFont) else self._view.font(), width)
        return QSize(hint.width(), max(hint.height(), height + 2 * self.PADDING))

    def _plan_hint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As wide as the plan's widest line: a change ("15 →" over "13 min") on two."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        lines = plan_lines(item.text).split("\n")
        metrics = QFontMetrics(item.font)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, widget) + 1
        width = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        height = metrics.height() * len(lines) + 2 * self.PADDING
        return QSize(width, height)

    def _paint_plan(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The plan a line at a time ("25 →" over "29 min"): Qt's own item text, given
        the two lines, drew "25 →29" over "min" in the rows of the usual font."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        lines = plan_lines(item.text).split("\n")
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, widget) + 1
        rect = QRectF(item.rect).adjusted(margin, self.PADDING, -margin, -self.PADDING)
        height = QFontMetrics(item.font).height()
        horizontal = item.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(role))
        for n, line in enumerate(lines):
            line_rect = QRectF(rect.x(), rect.y() + n * height, rect.width(), height)
            painter.drawText(line_rect, horizontal | Qt.AlignmentFlag.AlignVCenter, line)
        painter.restore()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The background and focus as usual; the title drawn with our own wrapping."""
        if index.column() == PLAN_COLUMN:
            self._paint_plan(painter, option, index)
            return
        if index.column() != STEP_COLUMN:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        palette = item.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = QRectF(item.rect).adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(palette.color(role))
        painter.drawText(rect, text, _wrap_option())
        painter.restore()


class StepList(QTreeView):
    """One row per step; double-click or Enter asks to jump to it.

    It renders :class:`StepListModel`, which tells the view about the changed
    cells only; the view lays out and repaints just those rows.
    """

    stepActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = StepListModel(self)
        self.setModel(self.steps)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Click focus only: keys stay with the session commands until the
        # trainer clicks the list; then Up/Down select and Enter jumps.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(STEP_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 2, PLAN_COLUMN, ACTUAL_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegate(_WrapDelegate(self))
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self.doubleClicked.connect(lambda index: self.stepActivated.emit(index.row()))
        self._current = 0

    def set_agenda(self, agenda: Agenda) -> None:
        """One row per step of ``agenda``."""
        self.steps.set_titles([step.title for step in agenda.steps])
        self._current = -1  # the current step is selected at the next refresh

    def row_count(self) -> int:
        """How many steps the list shows."""
        return self.steps.rowCount()

    def selected_row(self) -> int:
        """The selected step (the current one if nothing else is selected)."""
        index = self.currentIndex()
        return index.row() if index.isValid() else max(0, self._current)

    def select_row(self, row: int) -> None:
        """Select step ``row`` (as a click would)."""
        self.setCurrentIndex(self.steps.index(row, STEP_COLUMN))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter / Return on a row asks to jump to it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.stepActivated.emit(self.selected_row())
            return
        super().keyPressEvent(event)

    def show_state(self, snap: SessionSnapshot, rows: list[StepRow]) -> list[int]:
        """Mark done, current and next steps; show times, plans and actual minutes.

        Only the rows whose look changed are touched (returned, for tests); the
        current step is selected and scrolled to when it changes, so the trainer
        may scroll ahead between changes of step.
        """
        changed = self.steps.show(row_looks(snap, rows))
        current = min(snap.index, self.row_count() - 1)
        if current >= 0 and current != self._current:
            self._current = current
            if not self.hasFocus():
                index = self.steps.index(current, STEP_COLUMN)
                self.setCurrentIndex(index)
                self.scrollTo(index)
        return changed
