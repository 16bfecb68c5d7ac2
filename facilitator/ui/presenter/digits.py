"""The console's large countdown digits: a new second repaints the digits that changed.

A ``QLabel`` repaints all of itself for a new text and asks its window to lay
out again (``updateGeometry``), which every second made the console measure
all its wrapped labels anew (issue 14: CPU while counting down). These digits
are painted by the widget itself: a text of the same width repaints only the
cells of the characters that changed (one digit, mostly), as the projector's
timer does; a text of another width ("10:00" to "9:59") repaints it all and
asks for a new layout only if its size hint changed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.ui.projector.timer_painter import GLYPHS

#: Pixels added on each side of a changed cell: antialiased edges reach past the advance.
BLEED = 3


class CountdownDigits(QLabel):
    """The countdown, left-aligned and centred vertically, in the label's font and colour.

    Its text is its own (``text()``, ``setText``); the label underneath stays
    empty, so that Qt neither lays it out nor repaints it as a whole each second.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._text = text
        self._hint: QSize | None = None
        # The font's metrics and the texts' widths, kept until the font changes: a
        # new second measures its own text once (issue 14: CPU while counting down).
        self._metrics: QFontMetricsF | None = None
        self._widths: dict[str, float] = {}
        self.measured = 0  # texts measured (tests)
        self.repaints_asked: list[QRect] = []  # what each new text asked to repaint (tests)
        self.setAccessibleName(text)

    def text(self) -> str:
        """The digits shown."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text``: repaint what changed; lay out again only for another size."""
        old = self._text
        if text == old:
            return
        self._text = text
        self.setAccessibleName(text)
        hint = self._measure()
        if hint != self._hint:
            self._hint = hint
            self.updateGeometry()
            self._ask(self.rect())
            return
        self._ask(self.changed_rect(old, text))

    def _ask(self, rect: QRect) -> None:
        self.repaints_asked.append(rect)
        del self.repaints_asked[:-8]
        self.update(rect)

    def changed_rect(self, old: str, new: str) -> QRect:
        """The part of the widget the change from ``old`` to ``new`` repaints."""
        if len(old) != len(new):
            return self.rect()
        differ = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if not differ:
            return QRect()
        first, last = differ[0], differ[-1] + 1
        width = self._width
        left = self._origin_x() + min(width(old[:first]), width(new[:first]))
        right = self._origin_x() + max(width(old[:last]), width(new[:last]))
        x = math.floor(left) - BLEED
        return QRect(x, 0, math.ceil(right) + BLEED - x, self.height())

    def _origin_x(self) -> int:
        return self.contentsRect().left()

    def _font_metrics(self) -> QFontMetricsF:
        if self._metrics is None:
            self._metrics = QFontMetricsF(self.font())
        return self._metrics

    def _width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) > 512:  # a step's countdown shows a few hundred texts
                self._widths.clear()
            self.measured += 1
            found = self._widths[text] = self._font_metrics().horizontalAdvance(text)
        return found

    def _measure(self) -> QSize:
        metrics = self._font_metrics()
        margins = self.contentsMargins()
        width = math.ceil(self._width(self._text)) + margins.left() + margins.right()
        height = math.ceil(metrics.height()) + margins.top() + margins.bottom()
        return QSize(width, height)

    def sizeHint(self) -> QSize:
        """As wide as the digits, as tall as the font."""
        return self._measure()

    def minimumSizeHint(self) -> QSize:
        """The same: the digits are never cut."""
        return self._measure()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the panel's width sets it), style or colour: measure, paint again."""
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
        ):
            self._hint = None
            self._metrics = None
            self._widths.clear()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The digits in the label's font and colour (its style sheet's)."""
        painter = QPainter(self)
        font = self.font()
        colour = self.palette().color(self.foregroundRole())
        rect = self.contentsRect()
        metrics = self._font_metrics()
        # Where drawText puts it: left, centred vertically; each character a picture
        # drawn once (glyphs this large Qt draws as paths at every paint).
        baseline = round(rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent())
        if GLYPHS.paint_at(painter, rect.left(), baseline, self._text, font, colour, self._width):
            return
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self._text
        )
