"""The countdown's progress bar, drawn flat: a groove and the share of the step spent.

Fusion's progress bar drew its groove and chunk with gradients and
highlights, about 0.7 ms a paint on an X server, and the bar repaints
whenever a minute is added or removed (its share jumps) and every few
seconds as the step runs. At the console's 8 pixels high those details do
not show: this bar draws two rounded rectangles in the palette's colours
(the base under a mid-grey outline, the highlight for the share spent),
and asks for a repaint only when its filling moves by a pixel. (A
``QProgressBar`` painted by hand would repaint at every value: Qt's test of
a moved chunk compares with the value its own paint last drew.)
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

RADIUS = 2.0  # px: the groove's and the filling's rounded ends
HEIGHT = 8  # px: the bar's height under the digits


class ProgressLine(QWidget):
    """A value in a range, shown as the share of a groove filled from the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._minimum = 0
        self._maximum = 100
        self._value = 0
        self._drawn = -1  # the filling's width in whole pixels at the last repaint asked

    def sizeHint(self) -> QSize:
        """As wide as its layout gives it, a thin line high."""
        return QSize(100, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        """Narrow, and a thin line high."""
        return QSize(10, HEIGHT)

    def value(self) -> int:
        """The value shown."""
        return self._value

    def minimum(self) -> int:
        """The range's start (nothing filled)."""
        return self._minimum

    def maximum(self) -> int:
        """The range's end (all filled)."""
        return self._maximum

    def setRange(self, minimum: int, maximum: int) -> None:
        """The values from nothing filled to all of it."""
        self._minimum, self._maximum = minimum, max(minimum, maximum)
        self._follow()

    def set_value(self, value: int) -> bool:
        """Show ``value``; True when its filling moved by a pixel (a repaint is asked)."""
        self._value = value
        return self._follow()

    def filled_width(self) -> float:
        """How many pixels of the groove the value fills."""
        span = self._maximum - self._minimum
        if span <= 0:
            return 0.0
        share = min(1.0, max(0.0, (self._value - self._minimum) / span))
        return (self.width() - 1) * share

    def _follow(self) -> bool:
        """Ask for a repaint when the filling's whole pixels changed."""
        drawn = int(self.filled_width())
        if drawn == self._drawn:
            return False
        self._drawn = drawn
        self.update()
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Another width: the filling is measured again (Qt repaints the bar)."""
        super().resizeEvent(event)
        self._drawn = int(self.filled_width())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The groove, then the filling over it."""
        palette = self.palette()
        group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        groove = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(palette.color(group, QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(group, QPalette.ColorRole.Base))
        painter.drawRoundedRect(groove, RADIUS, RADIUS)
        filled = self.filled_width()
        if filled >= 1.0:
            highlight = palette.color(group, QPalette.ColorRole.Highlight)
            painter.setPen(highlight.darker(150))
            painter.setBrush(highlight)
            painter.drawRoundedRect(
                QRectF(groove.left(), groove.top(), filled, groove.height()), RADIUS, RADIUS
            )
        painter.end()
