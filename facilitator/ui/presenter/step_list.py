"""The list of steps: start and end times, plan (and adjusted plan), actual minutes.

It renders the rows the console model computes
(:mod:`facilitator.console.steps`: times, "15 → 13 min", actual minutes)
and marks done, current, next and locked steps.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
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
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from facilitator.agenda.agenda import Agenda
from facilitator.console.steps import StepRow, plan_text
from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.timefmt import clock_time, minutes_text
from facilitator.ui.icons import icon
from facilitator.ui.markup import autotext

COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("Console", "Start"),
    QT_TRANSLATE_NOOP("Console", "End"),
    QT_TRANSLATE_NOOP("Console", "Step"),
    QT_TRANSLATE_NOOP("Console", "Plan"),
    QT_TRANSLATE_NOOP("Console", "Actual"),
)
STEP_COLUMN = 3
PLAN_COLUMN = 4
ACTUAL_COLUMN = 5


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


def wrapped_height(text: str, font: QFont, width: float) -> int:
    """The height ``text`` needs in ``font`` wrapped to ``width`` pixels."""
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

    def __init__(self, view: QTreeWidget) -> None:
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


class StepList(QTreeWidget):
    """One row per step; double-click or Enter asks to jump to it."""

    stepActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels(
            [translate_marked("Console", name) if name else "" for name in COLUMNS]
        )
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.itemDoubleClicked.connect(
            lambda item, _col: self.stepActivated.emit(self.indexOfTopLevelItem(item))
        )
        self._current = 0
        self._shown: dict[int, tuple[str, bool, bool, bool, tuple[str, ...]]] = {}
        self._icon_cache: dict[str, QIcon] = {}

    def _icons(self) -> dict[str, QIcon]:
        """The row-state icons, made once."""
        if not self._icon_cache:
            self._icon_cache = {
                "done": icon("fa5s.check", color="#1b7f3b"),
                "current": icon("fa5s.play", color="#1565c0"),
                "next": icon("fa5s.angle-right", color="#5a6270"),
                "locked": icon("fa5s.lock", color="#5a6270"),
                "": QIcon(),
            }
        return self._icon_cache

    def set_agenda(self, agenda: Agenda) -> None:
        """One row per step of ``agenda``."""
        self.clear()
        self._shown.clear()
        for number, step in enumerate(agenda.steps, start=1):
            item = QTreeWidgetItem(["", "", "", f"{number}. {step.title}", "", ""])
            item.setToolTip(STEP_COLUMN, autotext(step.title))
            for column in (PLAN_COLUMN, ACTUAL_COLUMN):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.addTopLevelItem(item)

    def selected_row(self) -> int:
        """The selected step (the current one if nothing else is selected)."""
        item = self.currentItem()
        return self.indexOfTopLevelItem(item) if item is not None else self._current

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter / Return on a row asks to jump to it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.stepActivated.emit(self.selected_row())
            return
        super().keyPressEvent(event)

    def show_state(self, snap: SessionSnapshot, rows: list[StepRow]) -> None:
        """Mark done, current and next steps; show times, plans and actual minutes."""
        icons = self._icons()
        finished = snap.state is RunState.FINISHED
        for index, row in enumerate(rows):
            item = self.topLevelItem(index)
            if item is None:
                continue
            is_current = index == snap.index and not finished
            is_done = index < snap.index or finished
            is_next = index == snap.index + 1 and not finished
            kind = (
                "current"
                if is_current
                else "done"
                if is_done
                else "locked"
                if row.locked
                else "next"
                if is_next
                else ""
            )
            proposed = row.proposed is not None and row.proposed != row.adjusted
            texts = (
                clock_time(row.start) if row.start else "",
                clock_time(row.end) if row.end else "",
                plan_text(row),
                minutes_text(row.actual) if row.actual is not None else "",
            )
            shown = (kind, is_next, row.locked, proposed, texts)
            # The view is refreshed every second; re-setting unchanged items
            # would re-lay out and repaint the whole list each time.
            if self._shown.get(index) == shown:
                continue
            self._shown[index] = shown
            item.setIcon(0, icons[kind])
            item.setToolTip(0, _row_tip(is_current, is_done, is_next, row.locked))
            item.setText(1, texts[0])
            item.setText(2, texts[1])
            item.setText(PLAN_COLUMN, texts[2])
            item.setText(ACTUAL_COLUMN, texts[3])
            font = QFont(item.font(STEP_COLUMN))
            font.setBold(is_current)
            for column in range(len(COLUMNS)):
                item.setFont(column, font)
                grey = QBrush(QColor("#707070")) if is_done else QBrush()
                item.setForeground(column, grey)
                item.setBackground(column, QBrush(QColor("#dbeafe")) if is_current else QBrush())
            if proposed:
                item.setForeground(PLAN_COLUMN, QBrush(QColor("#1565c0")))
        self._current = snap.index
        current = self.topLevelItem(min(snap.index, self.topLevelItemCount() - 1))
        if current is not None and not self.hasFocus():
            self.setCurrentItem(current)
            self.scrollToItem(current)


def _row_tip(current: bool, done: bool, following: bool, locked: bool) -> str:
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
