"""The step list's Qt model: one row per step, and only what changed is said to have changed.

It holds the titles and each row's :class:`~facilitator.console.steps.RowLook`
(pure). :meth:`StepListModel.show` compares the new looks with the ones
shown and emits ``dataChanged`` for the changed cells of the changed rows
only: a second that passes touches nothing, a minute added touches the
times of the steps from the current one on. (The list was rebuilt item by
item before: about 0.9 s per refresh at 100 steps.)

Given :class:`~facilitator.console.steps.RowLooks` and the rows in view, it
compares only the rows whose inputs changed, and of those only the ones in
view; a changed row out of view forgets its look and takes the new one when
it is painted (scrolled into view), so what is shown is never stale. What a
row's height and the narrow columns depend on (its shape) is kept for every
row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from facilitator.console.steps import RowKind, RowLook, RowLooks, RowShape, look_shape
from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked
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
MARK_COLUMN = 0
START_COLUMN = 1
END_COLUMN = 2
STEP_COLUMN = 3
PLAN_COLUMN = 4
ACTUAL_COLUMN = 5
_TEXT_COLUMNS = (START_COLUMN, END_COLUMN, PLAN_COLUMN, ACTUAL_COLUMN)

GREY = QColor("#707070")  # a step done
PROPOSED = QColor("#1565c0")  # a catch-up proposal's minutes
CURRENT = QColor("#dbeafe")  # the current step's row
_ICONS = {
    RowKind.DONE: ("fa5s.check", "#1b7f3b"),
    RowKind.CURRENT: ("fa5s.play", "#1565c0"),
    RowKind.NEXT: ("fa5s.angle-right", "#5a6270"),
    RowKind.LOCKED: ("fa5s.lock", "#5a6270"),
}
_BLANK = RowLook(RowKind.NONE, "", "", "", "", False, False, False, "")
Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CellLook(NamedTuple):
    """A cell as the delegate draws it: its text, weight, colours and side."""

    text: str | None
    bold: bool
    foreground: QBrush | None  # None: the palette's text colour
    background: QBrush | None  # None: the view's own
    right: bool  # right-aligned (plan and actual minutes), else left


def changed_columns(old: RowLook, new: RowLook) -> tuple[int, int] | None:
    """The first and last column a row's new look changes, or None when it looks the same."""
    # Field by field (at 500 rows a minute added compares them all: no tuples built).
    if old is new:
        return None
    if (
        old.kind != new.kind
        or old.current != new.current
        or old.done != new.done
        or old.tip != new.tip
    ):
        return (MARK_COLUMN, len(COLUMNS) - 1)  # the mark, the weight, the colours
    columns = []
    if old.start != new.start:
        columns.append(START_COLUMN)
    if old.end != new.end:
        columns.append(END_COLUMN)
    if old.plan != new.plan or old.proposed != new.proposed:
        columns.append(PLAN_COLUMN)
    if old.actual != new.actual:
        columns.append(ACTUAL_COLUMN)
    return (columns[0], columns[-1]) if columns else None


def _cells_of(start: bool, end: bool, other: bool) -> tuple[int, int]:
    """The columns a row's start, end or other inputs having changed may change."""
    if other or not (start or end):
        return (MARK_COLUMN, len(COLUMNS) - 1)
    return (START_COLUMN if start else END_COLUMN, END_COLUMN if end else START_COLUMN)


# _cells_of for each of the parts a row may have changed (a look-up per row, not a call).
_CELLS = {
    (start, end, other): _cells_of(start, end, other)
    for start in (False, True)
    for end in (False, True)
    for other in (False, True)
}


def _lines(plan: str) -> int:
    """How many lines a plan is drawn on (see RowLook.plan_lines)."""
    return 2 if " → " in plan else 1


class StepListModel(QAbstractTableModel):
    """The steps as rows: mark, start, end, title, plan, actual minutes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles: list[str] = []  # as shown: "3. Title"
        self._plain: list[str] = []  # as written
        # The looks shown; None: a row out of view whose look changed, taken from
        # _source when it is painted.
        self._looks: list[RowLook | None] = []
        self._shapes: list[RowShape] = []
        # The looks last shown, as given: the same list again is not compared row by row.
        self._source: Sequence[RowLook] | None = None
        self.compared = 0  # how many times looks were compared row by row (tests count work)
        self.looked = 0  # how many rows' looks were compared (tests count work)
        # Of the rows the last show changed: those whose height may have changed (the
        # weight, the plan's lines), and those whose plan or actual minutes changed.
        self.reshaped: list[int] = []
        self.renumbered: list[int] = []
        self._icons: dict[RowKind, QIcon] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._grey = QBrush(GREY)
        self._proposed = QBrush(PROPOSED)
        self._current_brush = QBrush(CURRENT)
        roles = Qt.ItemDataRole
        self._roles: dict[int, Callable[[int, int], Any]] = {
            role.value: answer
            for role, answer in (
                (roles.DisplayRole, self._display),
                (roles.DecorationRole, self._decoration),
                (roles.FontRole, self._font),
                (roles.ForegroundRole, self._foreground),
                (roles.BackgroundRole, self._background),
                (roles.ToolTipRole, self._tooltip),
                (roles.TextAlignmentRole, self._alignment),
            )
        }

    # --- filling ---------------------------------------------------------------

    def set_titles(self, titles: Sequence[str]) -> None:
        """One row per step: the list of another agenda (or a new version of it)."""
        self.beginResetModel()
        self._plain = list(titles)
        self._titles = [f"{number}. {title}" for number, title in enumerate(titles, start=1)]
        self._looks = [_BLANK] * len(titles)
        self._shapes = [look_shape(_BLANK)] * len(titles)
        self._source = None
        self.endResetModel()

    def show(self, looks: Sequence[RowLook], in_view: range | None = None) -> list[int]:
        """Show ``looks`` (one per row); returns the rows that changed (and were told so).

        Neighbouring rows whose same columns changed are told in one
        ``dataChanged`` (a minute added: the current step's end, its plan, then
        the times of all the steps after it), so a view hears of a change once;
        a row's title is not said to change with the cells on either side of it.
        ``in_view``: the rows the view shows (None: all); given
        :class:`RowLooks`, a row out of view is not compared, its look is
        taken when it is painted.
        """
        changed: list[int] = []
        spans: list[list[int]] = []  # [first row, last row, first column, last column]
        self.reshaped = []
        self.renumbered = []
        if looks is self._source:
            return changed  # the very looks shown last (nothing they depend on changed)
        earlier, self._source = self._source, looks
        self.compared += 1
        shown = self._looks
        count = min(len(shown), len(looks))
        lazy = looks if isinstance(looks, RowLooks) else None
        rows: Sequence[int] = range(count)
        if lazy is not None and earlier is not None and lazy.earlier is earlier:
            # Only the rows whose inputs changed (none: another moment, the same times).
            rows = [row for row in lazy.candidates or () if row < count]
        view = range(count) if in_view is None or lazy is None else in_view
        every = (True, True, True)
        changes = lazy.changed_parts_of(rows) if lazy is not None else [every] * len(rows)
        span: list[int] | None = None  # the last of ``spans``, grown in place
        hidden_too = lazy is None  # without RowLooks, every row is compared
        for row, parts in zip(rows, changes, strict=True):
            if hidden_too or parts[2] or row in view:
                cells = self._show_row(row, parts, looks, lazy, view)
                if cells is None:
                    continue
                first, last = cells
                if first < STEP_COLUMN < last and first != MARK_COLUMN:
                    # Its times and its minutes, not the title between them (a minute
                    # added, the current step: its title's repaint cost as much as the
                    # row's other cells).
                    changed.append(row)
                    spans.append([row, row, first, END_COLUMN])
                    span = [row, row, PLAN_COLUMN, last]
                    spans.append(span)
                    continue
            else:
                # A minute added, for every later row out of sight: only its times moved,
                # so its shape holds; its look is taken when painted (500 steps: most rows).
                shown[row] = None
                first, last = _CELLS[parts]
            changed.append(row)
            if span is not None and span[1] == row - 1 and span[2] == first and span[3] == last:
                span[1] = row
            else:
                span = [row, row, first, last]
                spans.append(span)
        for top, bottom, left, right in spans:
            self.dataChanged.emit(self.index(top, left), self.index(bottom, right))
        return changed

    def _show_row(
        self,
        row: int,
        parts: tuple[bool, bool, bool],
        looks: Sequence[RowLook],
        lazy: RowLooks | None,
        view: range,
    ) -> tuple[int, int] | None:
        """Row ``row``'s new shape and look, taken in; the columns to tell the views of
        (None: it looks the same)."""
        shapes, shown = self._shapes, self._looks
        # A row whose start or end alone moved keeps its shape (a minute added: every
        # later row); only the others' shapes are worked out.
        shape = old_shape = shapes[row]
        if parts[2]:
            shape = lazy.shape(row) if lazy is not None else look_shape(looks[row])
        if shape != old_shape:
            shapes[row] = shape
            if shape[0] != old_shape[0] or _lines(shape[1]) != _lines(old_shape[1]):
                self.reshaped.append(row)
            if shape[1:] != old_shape[1:]:
                self.renumbered.append(row)
        if lazy is not None and row not in view:
            # Out of sight: its look is taken when painted; the views are told of the
            # cells its inputs may change (the view repaints none: none is in sight).
            shown[row] = None
            return _cells_of(*parts)
        self.looked += 1
        old, new = shown[row], looks[row]
        cells = (MARK_COLUMN, len(COLUMNS) - 1) if old is None else changed_columns(old, new)
        if cells is not None:
            shown[row] = new
        return cells

    def title(self, row: int) -> str:
        """Row ``row``'s title as shown ("3. Title")."""
        return self._titles[row]

    def look(self, row: int) -> RowLook:
        """How row ``row`` looks now (made now, if it changed while out of view)."""
        look = self._looks[row]
        if look is None:
            assert self._source is not None  # a row forgets its look only for a source
            look = self._looks[row] = self._source[row]
        return look

    def shape(self, row: int) -> RowShape:
        """Row ``row``'s weight, plan and actual minutes (its look need not be made)."""
        return self._shapes[row]

    def made(self) -> int:
        """How many rows' looks the model holds made (tests count work)."""
        return sum(1 for look in self._looks if look is not None)

    # --- what Qt asks ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per step (a table: no children)."""
        return 0 if parent.isValid() else len(self._titles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Mark, start, end, title, plan, actual."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column names."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            name = COLUMNS[section] if 0 <= section < len(COLUMNS) else None
            return translate_marked("Console", name) if name else name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, mark, weight, colours, alignment or tooltip."""
        row = index.row()
        if not 0 <= row < len(self._titles) or not index.isValid():
            return None
        # A painted cell is asked some eight roles: one look-up each, no chain of ifs.
        answer = self._roles.get(role)
        return None if answer is None else answer(row, index.column())

    def cell(self, row: int, column: int) -> CellLook:
        """Cell (``row``, ``column``) as one answer: what ``data`` says of it role by role
        (the list's delegate draws the text cells from this, asking once, not seven times)."""
        return CellLook(
            self._display(row, column),
            self.look(row).current,
            self._foreground(row, column),
            self._background(row, column),
            self._alignment(row, column) == _RIGHT,
        )

    def _display(self, row: int, column: int) -> Any:
        if column == STEP_COLUMN:
            return self._titles[row]
        if column in _TEXT_COLUMNS:
            return self.look(row).texts[_TEXT_COLUMNS.index(column)]
        return None

    def _decoration(self, row: int, column: int) -> Any:
        return self._icon(self.look(row).kind) if column == MARK_COLUMN else None

    def _font(self, row: int, _column: int) -> Any:
        return self._bold if self.look(row).current else None

    def _foreground(self, row: int, column: int) -> Any:
        look = self.look(row)
        if column == PLAN_COLUMN and look.proposed:
            return self._proposed
        return self._grey if look.done else None

    def _background(self, row: int, _column: int) -> Any:
        return self._current_brush if self.look(row).current else None

    def _tooltip(self, row: int, column: int) -> Any:
        if column == MARK_COLUMN:
            return self.look(row).tip
        if column == STEP_COLUMN:
            return autotext(self._plain[row])
        return None

    def _alignment(self, _row: int, column: int) -> Any:
        return _RIGHT if column in (PLAN_COLUMN, ACTUAL_COLUMN) else None

    def _icon(self, kind: RowKind) -> QIcon:
        """The mark's icon, made once (each is a font glyph drawn)."""
        if kind not in self._icons:
            name_colour = _ICONS.get(kind)
            self._icons[kind] = (
                icon(name_colour[0], color=name_colour[1]) if name_colour else QIcon()
            )
        return self._icons[kind]
