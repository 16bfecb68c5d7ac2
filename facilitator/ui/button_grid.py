"""A grid of buttons that takes as many columns as its width holds.

The console's panels show their commands as rows of buttons. A fixed number of
columns made a tab as wide as its widest row: on a 1280-pixel laptop in Dutch
the room tab's labels ran off its right edge. This grid keeps the buttons in
columns of one width (they stay aligned, unlike a flow of ragged rows) and
chooses how many columns fit, down to one, so the tab can be as narrow as its
widest single button.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

__all__ = ["ButtonGrid", "columns_for", "command_buttons"]


def columns_for(width: int, cell: int, spacing: int, most: int, count: int) -> int:
    """How many columns of ``cell`` pixels (``spacing`` between them) fit in ``width``:
    at least one, at most ``most`` and never more than there are buttons."""
    if cell <= 0:
        return max(1, min(most, count))
    fit = (width + spacing) // (cell + spacing)
    return max(1, min(most, count, fit))


class ButtonGrid(QWidget):
    """Buttons in equal columns, as many as the width holds (at most ``most``).

    The buttons are placed by hand, not by a QGridLayout: a widget with a layout has its
    height for a width asked of the layout, which knows nothing of columns that change."""

    SPACING = 2

    def __init__(
        self, buttons: Sequence[QWidget], most: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self.most = max(1, most)
        for button in self.buttons:
            button.setParent(self)
        self.columns = self._fitting(self.sizeHint().width())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _cell(self) -> int:
        return max((b.sizeHint().width() for b in self.buttons), default=0)

    def _row(self) -> int:
        return max((b.sizeHint().height() for b in self.buttons), default=0)

    def _fitting(self, width: int) -> int:
        return columns_for(width, self._cell(), self.SPACING, self.most, len(self.buttons))

    def _height(self, columns: int) -> int:
        rows = -(-len(self.buttons) // columns) if self.buttons else 0
        return rows * self._row() + max(0, rows - 1) * self.SPACING

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Take the columns this width holds and place the buttons in them."""
        width = event.size().width()
        columns = self._fitting(width)
        if columns != self.columns:
            self.columns = columns
            self.updateGeometry()  # another number of rows: another height
        cell = (width - (columns - 1) * self.SPACING) / columns
        row = self._row()
        for index, button in enumerate(self.buttons):
            column, line = index % columns, index // columns
            left = round(column * (cell + self.SPACING))
            right = round(column * (cell + self.SPACING) + cell)
            button.setGeometry(left, line * (row + self.SPACING), right - left, row)
        super().resizeEvent(event)

    def hasHeightForWidth(self) -> bool:
        """The height depends on how many rows the width leaves."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of the rows that ``width`` makes."""
        return self._height(self._fitting(width))

    def sizeHint(self) -> QSize:
        """All columns side by side, when there is room for them."""
        columns = min(self.most, max(1, len(self.buttons)))
        width = columns * self._cell() + (columns - 1) * self.SPACING
        return QSize(width, self._height(columns))

    def minimumSizeHint(self) -> QSize:
        """One column: as narrow as the widest button."""
        return QSize(self._cell(), self._height(1))


def command_buttons(
    actions: Mapping[str, QAction], names: Sequence[str], most: int, object_prefix: str = ""
) -> ButtonGrid:
    """The named commands as flat buttons (icon and text) in a :class:`ButtonGrid` of at
    most ``most`` columns; each button named ``object_prefix + name`` when a prefix is given."""
    buttons = []
    for name in names:
        button = QToolButton()
        if object_prefix:
            button.setObjectName(object_prefix + name)
        button.setDefaultAction(actions[name])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        buttons.append(button)
    return ButtonGrid(buttons, most)
