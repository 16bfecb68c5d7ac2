"""The list of steps: start and end times, plan (and adjusted plan), actual minutes.

A ``QTableView`` on :class:`~facilitator.ui.presenter.step_model.StepListModel`:
it renders the rows the console model computes
(:mod:`facilitator.console.steps`: times, "15 → 13 min", actual minutes, the
marks of done, current, next and locked steps), and only the rows whose look
changed are repainted.

The view measures nothing on a change of schedule: the narrow columns have
widths worked out from the font (the widest time, the widest plan of the
agenda's minutes), and each row's height is set by the list itself, from the
title wrapped to the title column's width (remembered per title until that
width changes), the plan's lines and the row's weight. A minute added to a
500-step agenda so repaints the visible rows whose times moved and measures
no row at all (Qt's own tree measured every cell of every row it was told
about, and the contents-sized columns every row again: seconds).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QStaticText,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from facilitator.agenda.agenda import Agenda
from facilitator.console.steps import RowLook, StepRow, row_looks
from facilitator.engine.session import SessionSnapshot
from facilitator.ui.presenter.step_model import (
    ACTUAL_COLUMN,
    COLUMNS,
    END_COLUMN,
    MARK_COLUMN,
    PLAN_COLUMN,
    START_COLUMN,
    STEP_COLUMN,
    StepListModel,
)

__all__ = ["ACTUAL_COLUMN", "COLUMNS", "PLAN_COLUMN", "STEP_COLUMN", "StepList", "wrapped_height"]

PADDING = 4  # around a cell's text, inside its row
TITLE_SLACK = 4  # titles are wrapped a little narrower than their cell: never clipped
TITLE_MIN_CHARS = 20  # the title column at least this many average characters wide


def _wrap_option() -> QTextOption:
    # Break at word boundaries, and inside a word only when it alone is wider
    # than the column (a title with no spaces): never clipped.
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


_HAND_DRAWN = frozenset((START_COLUMN, END_COLUMN, PLAN_COLUMN, ACTUAL_COLUMN))
# The cell's state as a number: Qt's flags are Python enums here, and each operation
# on one costs microseconds, in a paint that is to take a few tens of them.
_State = QStyle.StateFlag
# A selected or focused cell is drawn by the style (its highlight, its focus frame).
_STYLED = _State.State_Selected.value | _State.State_HasFocus.value
_ENABLED, _ACTIVE = _State.State_Enabled.value, _State.State_Active.value
_GROUP_STATES = _ENABLED | _ACTIVE
# The palette's group a cell is drawn in, as Qt's item views choose it.
_GROUPS = {
    _ENABLED | _ACTIVE: QPalette.ColorGroup.Normal,
    _ENABLED: QPalette.ColorGroup.Inactive,
    _ACTIVE: QPalette.ColorGroup.Disabled,
    0: QPalette.ColorGroup.Disabled,
}
_TEXT = QPalette.ColorRole.Text
TEXTS_KEPT = 2048  # texts laid out for drawing, kept per weight (times of a day, plans)


class DrawnText(NamedTuple):
    """A cell's one line laid out once for drawing, and its width."""

    text: QStaticText
    advance: float


def _rounded_height(metrics: QFontMetricsF) -> int:
    """A line's height as Qt's item text lays it out: ascent and descent, rounded."""
    return round(metrics.ascent() + metrics.descent())


def _text_margin(widget: QWidget) -> int:
    """The room Qt's item views leave on each side of a cell's text."""
    return widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1


class _WrapDelegate(QStyledItemDelegate):
    """The title drawn wrapped (inside a long word only when it alone is too wide);
    the plan a line at a time."""

    def __init__(self, view: StepList) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The cell's size as the list lays it out (its column's width, its row's height)."""
        return QSize(self._view.columnWidth(index.column()), self._view.row_height(index.row()))

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
        painter.save()
        painter.setPen(item.palette.color(role))
        self._draw_plan(painter, item.rect, item.font, item.displayAlignment, lines)
        painter.restore()

    def _draw_plan(
        self,
        painter: QPainter,
        cell: QRect,
        font: QFont,
        alignment: Qt.AlignmentFlag,
        lines: Sequence[str],
    ) -> None:
        """The plan's lines, one under the other, in the painter's pen."""
        margin = self._view.text_margin()
        rect = QRectF(cell).adjusted(margin, PADDING, -margin, -PADDING)
        height = QFontMetrics(font).height()
        horizontal = alignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        painter.setFont(font)
        for n, line in enumerate(lines):
            line_rect = QRectF(rect.x(), rect.y() + n * height, rect.width(), height)
            painter.drawText(line_rect, horizontal | Qt.AlignmentFlag.AlignVCenter, line)

    def _paint_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A time, plan or actual cell drawn by hand: its background and its text, the
        pixels Qt's own drawing makes (False: left to the style, which draws it).

        A minute added repaints two time cells in each row in sight; the style's full
        item (panel, text layout, focus frame) cost some 0.1 ms a cell on an X server.
        Selected or focused cells keep the style's highlight and frame, and so does a
        text wider than its cell (the style wraps it).
        """
        state = option.state.value
        if state & _STYLED:
            return False
        view = self._view
        column = index.column()
        text, bold, foreground, background, right = view.steps.cell(index.row(), column)
        rect = option.rect
        margin = view.text_margin()
        width = rect.width() - 2 * margin
        if column == PLAN_COLUMN:
            lines = plan_lines(text or "").split("\n")
            metrics = view.metrics(bold)
            if any(metrics.horizontalAdvance(line) > width for line in lines):
                return False
            drawn = None
        else:
            drawn = view.drawn_text(text or "", bold)
            if drawn.advance > width:
                return False
        if background is not None:
            painter.fillRect(rect, background)
        if not text:
            return True
        # No save and restore of the painter: each cell's drawing sets the pen and font
        # it draws with (the style's own saves and restores its state).
        colour = (
            foreground.color()
            if foreground is not None
            else option.palette.color(_GROUPS[state & _GROUP_STATES], _TEXT)
        )
        painter.setPen(colour)
        font = view.cell_font(bold)
        if drawn is None:
            side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            self._draw_plan(painter, rect, font, side, lines)
            return True
        # Where Qt's item text puts it: its line's height rounded, centred in whole
        # pixels; on the right, the text's own width from the cell's text edge.
        painter.setFont(font)
        left = rect.x() + margin + (width - drawn.advance if right else 0.0)
        top = rect.top() + (rect.height() - view.line_height(bold)) // 2
        painter.drawStaticText(QPointF(left, top), drawn.text)
        return True

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The background and focus as usual; the title drawn with our own wrapping."""
        column = index.column()
        if column in _HAND_DRAWN and self._paint_text(painter, option, index):
            return
        if column == PLAN_COLUMN:
            self._paint_plan(painter, option, index)
            return
        if column != STEP_COLUMN:
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
        # The width the row's height was measured at (see StepList.title_width).
        rect = QRectF(item.rect).adjusted(PADDING, PADDING, -PADDING - TITLE_SLACK, -PADDING)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(palette.color(role))
        painter.drawText(rect, text, _wrap_option())
        painter.restore()


class StepList(QTableView):
    """One row per step; double-click or Enter asks to jump to it.

    It renders :class:`StepListModel`, which tells the view about the changed
    cells only; the view repaints just those, and sets the heights of the rows
    whose height can have changed (a new agenda, a new width of the titles, a
    row turned bold or its plan on two lines).
    """

    stepActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = StepListModel(self)
        self.setModel(self.steps)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Click focus only: keys stay with the session commands until the
        # trainer clicks the list; then Up/Down select and Enter jumps.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(1)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._on_section_resized)
        self.setItemDelegate(_WrapDelegate(self))
        self.doubleClicked.connect(lambda index: self.stepActivated.emit(index.row()))
        self._current = 0
        self._largest_minutes = 0.0
        self._fonts = (QFont(), QFont())  # regular, bold (the current step)
        self._line = (0, 0)  # one line's height in each
        self._metrics = (QFontMetricsF(self._fonts[0]), QFontMetricsF(self._fonts[1]))
        self._line_heights = (0, 0)
        self._drawn: tuple[dict[str, DrawnText], dict[str, DrawnText]] = ({}, {})
        self._margin = 0  # the room left on each side of a cell's text
        self._heights: dict[tuple[str, bool], int] = {}  # titles measured at _measured_at
        self._measured_at = -1
        self._title_column = -1  # the title column's width, as last resized
        self._rows_due = False  # every row's height is to be set once the list is shown
        self._widths: dict[str, int] = {}  # plan and actual lines measured, in bold
        self._fit_columns()

    # --- filling ---------------------------------------------------------------

    def set_agenda(self, agenda: Agenda) -> None:
        """One row per step of ``agenda``."""
        self.steps.set_titles([step.title for step in agenda.steps])
        self._current = -1  # the current step is selected at the next refresh
        largest = max((step.minutes for step in agenda.steps), default=0.0)
        if largest != self._largest_minutes:
            self._largest_minutes = largest
            self._fit_columns()
        self._fit_rows(range(self.row_count()))

    def row_count(self) -> int:
        """How many steps the list shows."""
        return self.steps.rowCount()

    def selected_row(self) -> int:
        """The selected step (the current one if nothing else is selected)."""
        index = self.currentIndex()
        return index.row() if index.isValid() else max(0, self._current)

    def select_row(self, row: int) -> None:
        """Select step ``row`` (as a click would)."""
        self.setCurrentIndex(self.steps.index(row, MARK_COLUMN))

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
        return self.show_looks(snap, row_looks(snap, rows))

    def show_looks(self, snap: SessionSnapshot, looks: Sequence[RowLook]) -> list[int]:
        """:meth:`show_state` with the rows' looks worked out already (one per row).

        Only the rows in view are compared (and their looks made): the others take
        theirs when they are painted."""
        changed = self.steps.show(looks, self.rows_in_view())
        # Times that moved change no size: only a new weight, plan lines or minutes do.
        if self.steps.renumbered:
            self._widen_for(self.steps.renumbered)
        if self.steps.reshaped:
            self._fit_rows(self.steps.reshaped)
        current = min(snap.index, self.row_count() - 1)
        if current >= 0 and current != self._current:
            self._current = current
            if not self.hasFocus():
                # The row's first cell: a list too narrow for its columns stays
                # scrolled to its times rather than jump sideways to the title.
                index = self.steps.index(current, MARK_COLUMN)
                self.setCurrentIndex(index)
                self.scrollTo(index)
        return changed

    def rows_in_view(self) -> range | None:
        """The rows the viewport shows now (None: all of them, for assistive technology,
        which is told of every change)."""
        if QAccessible.isActive():
            return None
        if not self.isVisible():
            return range(0)  # nothing painted yet: each row's look is made when it is
        count = self.row_count()
        top = self.rowAt(0)
        if top < 0:
            return range(0)
        bottom = self.rowAt(self.viewport().height() - 1)
        return range(top, (bottom if bottom >= 0 else count - 1) + 1)

    def dataChanged(
        self,
        topLeft: QModelIndex | QPersistentModelIndex,
        bottomRight: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """Repaint exactly the changed cells that are in sight.

        Qt's own update of a range of cells reaches one pixel into the row below
        (its rectangle's end counted twice), so that row was painted again too.
        With assistive technology on, Qt's own handling runs (it tells them).
        """
        if QAccessible.isActive():
            super().dataChanged(topLeft, bottomRight, list(roles))
            return
        top = self.rowViewportPosition(topLeft.row())
        bottom = self.rowViewportPosition(bottomRight.row()) + self.rowHeight(bottomRight.row())
        left = self.columnViewportPosition(topLeft.column())
        right = self.columnViewportPosition(bottomRight.column()) + self.columnWidth(
            bottomRight.column()
        )
        area = QRect(left, top, right - left, bottom - top).intersected(self.viewport().rect())
        if not area.isEmpty():
            self.viewport().update(area)

    # --- sizes -----------------------------------------------------------------

    def cell_font(self, bold: bool) -> QFont:
        """The cells' font: bold for the current step's row."""
        return self._fonts[bold]

    def metrics(self, bold: bool) -> QFontMetricsF:
        """The measures of :meth:`cell_font`."""
        return self._metrics[bold]

    def line_height(self, bold: bool) -> int:
        """A line's height as Qt's item text rounds it (its ascent and descent)."""
        return self._line_heights[bold]

    def drawn_text(self, text: str, bold: bool) -> DrawnText:
        """``text`` in :meth:`cell_font`, laid out once (a time shown again and again:
        the rows below a minute added take the times of the rows above them)."""
        kept = self._drawn[bold]
        drawn = kept.get(text)
        if drawn is None:
            if len(kept) >= TEXTS_KEPT:
                kept.clear()
            laid_out = QStaticText(text)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
            laid_out.prepare(QTransform(), self._fonts[bold])
            drawn = kept[text] = DrawnText(laid_out, self._metrics[bold].horizontalAdvance(text))
        return drawn

    def text_margin(self) -> int:
        """The room on each side of a cell's text, as Qt's item views leave it."""
        return self._margin

    def title_width(self) -> int:
        """The width the titles are wrapped to: their column's, less the cell's padding."""
        column = self._title_column if self._title_column >= 0 else self.columnWidth(STEP_COLUMN)
        return max(40, column - 2 * PADDING - TITLE_SLACK)

    def row_height(self, row: int) -> int:
        """The height row ``row`` needs: its title wrapped, its plan's lines, one line at least."""
        bold, plan, _ = self.steps.shape(row)
        width = self.title_width()
        if width != self._measured_at:
            self._heights.clear()  # a new width: every title measured again, once
            self._measured_at = width
        title = self.steps.title(row)
        key = (title, bold)
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = wrapped_height(title, self._fonts[bold], width)
        lines = 2 if " → " in plan else 1
        return max(height, lines * self._line[bold]) + 2 * PADDING

    def _fit_rows(self, rows: Iterable[int]) -> None:
        """Set the heights of ``rows`` (of every row, once shown, while the list is hidden:
        its width is not known before)."""
        if not self.isVisible():
            self._rows_due = True
            return
        header = self.verticalHeader()
        for row in rows:
            height = self.row_height(row)
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    def _fit_columns(self) -> None:
        """The narrow columns' widths, from the font: the widest time, plan and actual
        minutes this agenda can show (in bold, as the current step's), or the header."""
        regular = QFont(self.font())
        bold = QFont(regular)
        bold.setBold(True)
        self._fonts = (regular, bold)
        self._line = (QFontMetrics(regular).height(), QFontMetrics(bold).height())
        self._metrics = (QFontMetricsF(regular), QFontMetricsF(bold))
        self._line_heights = (_rounded_height(self._metrics[0]), _rounded_height(self._metrics[1]))
        self._drawn = ({}, {})
        self._margin = _text_margin(self)
        self._heights.clear()
        self._widths.clear()
        # Whole pixels rounded up: a time's text never wider than its cell (its
        # cells are drawn by hand only when it fits, as the style would wrap it).
        metrics = self._metrics[True]
        margin = 2 * self._margin
        digits = "0123456789"
        # As many digits as the agenda's longest step has (an actual time longer than
        # that widens its column when shown: _widen_for).
        places = max(2, len(str(math.ceil(self._largest_minutes))))

        def widest(*templates: str) -> int:
            return max(
                math.ceil(metrics.horizontalAdvance(template.replace("#", digit)))
                for template in templates
                for digit in digits
            )

        header = self.horizontalHeader()
        icon = self.iconSize()
        side = (
            icon.width()
            if icon.isValid()
            else self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        )
        number = "#" * places
        widths = {
            MARK_COLUMN: side + margin,
            START_COLUMN: widest("##:##") + margin,
            END_COLUMN: widest("##:##") + margin,
            PLAN_COLUMN: widest(f"{number} min", f"{number} →") + margin,
            ACTUAL_COLUMN: widest(f"{number} min") + margin,
        }
        for column, width in widths.items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self._fit_title_column()

    def _widen_for(self, rows: Iterable[int]) -> None:
        """A plan or actual time wider than its column (a step run for days) widens it."""
        margin = 2 * _text_margin(self)
        header = self.horizontalHeader()
        shapes = [self.steps.shape(row) for row in rows]
        for column, texts in (
            (PLAN_COLUMN, [plan for _, plan, _ in shapes]),
            (ACTUAL_COLUMN, [actual for _, _, actual in shapes]),
        ):
            needed = max(
                (self._text_width(line) for text in texts for line in plan_lines(text).split("\n")),
                default=0,
            )
            if needed + margin > header.sectionSize(column):
                header.resizeSection(column, needed + margin)
                self._fit_title_column()

    def _text_width(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = math.ceil(self._metrics[True].horizontalAdvance(text))
        return width

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == STEP_COLUMN:
            # The new width as the header says it: inside a window's resize the
            # view may still answer the old one (and no title was measured again).
            self._title_column = new
            self._fit_rows(range(self.row_count()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The title column takes the width the narrow columns leave (a viewport's resize,
        a scroll bar shown or hidden, comes here too)."""
        super().resizeEvent(event)
        self._fit_title_column()

    def _fit_title_column(self) -> None:
        """The title column: what the narrow columns leave of the viewport, but never
        narrower than TITLE_MIN_CHARS (a narrow window scrolls sideways instead)."""
        fixed = sum(self.columnWidth(c) for c in range(len(COLUMNS)) if c != STEP_COLUMN)
        least = TITLE_MIN_CHARS * QFontMetrics(self._fonts[False]).averageCharWidth()
        width = max(least, self.viewport().width() - fixed)
        if width != self.columnWidth(STEP_COLUMN):
            self.horizontalHeader().resizeSection(STEP_COLUMN, width)

    def showEvent(self, event: QShowEvent) -> None:
        """Once shown (its width known), every row gets its height."""
        super().showEvent(event)
        if self._rows_due:
            self._rows_due = False
            self._fit_rows(range(self.row_count()))

    def changeEvent(self, event: QEvent) -> None:
        """Another font: the columns and rows measured again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()
            self._fit_rows(range(self.row_count()))
