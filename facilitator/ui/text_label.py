"""A label for trainer text: plain, wrapped anywhere, at most a few lines, never too wide.

A ``QLabel`` with word wrap cannot break a word: a title with no spaces makes
it (and the whole console) as wide as the word, and 20,000 characters make it
as tall as they are. :class:`TextLabel` shows its text as written (never
taken for HTML), breaks lines at word boundaries or, for a word too long for
the line, anywhere; after ``lines`` lines it ends with "…", and the whole
text is its tooltip. Its minimum width is small, so it never sets the
window's width.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from facilitator.ui.markup import autotext

MIN_WIDTH = 40  # px: the least a label asks for, whatever its text
_PREFERRED_WIDTH = 480  # px: the widest a label asks for on its own
_WIDTHS_KEPT = 4  # widths whose lines a label keeps laid out (for its current text)


def _wrap_option() -> QTextOption:
    option = QTextOption()
    # Words stay whole where they fit; a word wider than the line is broken.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


class _Lines:
    """``text`` laid out at a width: its lines (at most ``limit``), height and elision."""

    def __init__(self, text: str, font: QFont, width: float, limit: int) -> None:
        # QTextLayout breaks lines only where it is told: a line separator.
        self.layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", "\u2028"), font)
        self.layout.setTextOption(_wrap_option())
        self.layout.beginLayout()
        self.elided = ""
        height = 0.0
        count = 0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            count += 1
            if limit and count == limit:
                rest = text[line.textStart() :].replace("\n", " ")
                line.setNumColumns(len(rest))  # the rest of the text on this one line
                shortened = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
                if shortened != rest:
                    self.elided = shortened
            height += line.height()
            if limit and count == limit:
                break
        self.layout.endLayout()
        self.count = count
        self.height = math.ceil(height)


class TextLabel(QLabel):
    """Plain trainer text, wrapped anywhere, at most ``lines`` lines (0: all of it).

    When the text is cut short its tooltip shows all of it, unless ``tip`` is
    false (the owner sets a tooltip of its own).
    """

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, lines: int = 3, tip: bool = True
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The text is kept here, not in QLabel: QLabel.setText asks the window to lay
        # out again whatever the text, and a console whose countdown status changed
        # ("10 min planned" to "11") took a millisecond to lay out its panels again
        # for the same sizes (issue 13). The label measures and paints it itself.
        self._text = ""
        self._limit = lines
        self._tip = tip
        # The text laid out at the last few widths asked for: a layout asks its height at
        # the width of its size hint and at the width it gives, each time it lays out
        # again, and one kept layout made a QTextLayout per question (issue 13).
        self._cache: dict[tuple[str, str, int], _Lines] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def text(self) -> str:
        """The text shown, as written."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text`` as written; when it does not fit, the tooltip shows all of it.

        The window lays out again only when the label's size changes with it."""
        if text == self._text:
            return
        before = self._sizes()
        self._text = text
        self.setAccessibleName(text)  # what QLabel's text told assistive technology
        self._update_tip()
        if self._sizes() != before:
            self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """No text."""
        self.setText("")

    def _sizes(self) -> tuple[QSize, QSize, int]:
        """What the window's layout asks of the label: its size hints and its height
        at its width."""
        return (self.sizeHint(), self.minimumSizeHint(), self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may cut the text short, or show all of it."""
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        if self._tip:
            self.setToolTip(autotext(self.text()) if self.is_elided() else "")

    def _lines(self, width: int) -> _Lines:
        text = self._text
        key = (text, self.font().key(), width)
        lines = self._cache.get(key)
        if lines is None:
            if len(self._cache) >= _WIDTHS_KEPT:
                del self._cache[next(iter(self._cache))]  # the oldest
            lines = self._cache[key] = _Lines(text, self.font(), max(1, width), self._limit)
        return lines

    def _inner_width(self, width: int) -> int:
        margins = self.contentsMargins()
        return max(1, width - margins.left() - margins.right())

    def hasHeightForWidth(self) -> bool:
        """Its height follows its width (the text wraps)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height its lines need at ``width``."""
        margins = self.contentsMargins()
        lines = self._lines(self._inner_width(width))
        return lines.height + margins.top() + margins.bottom() if self.text() else 0

    def sizeHint(self) -> QSize:
        """As wide as its text (up to a bound), as tall as its lines at that width."""
        metrics = QFontMetricsF(self.font())
        first = self.text().split("\n", 1)[0][:200]
        width = min(_PREFERRED_WIDTH, math.ceil(metrics.horizontalAdvance(first)) + 2)
        margins = self.contentsMargins()
        width = max(MIN_WIDTH, width + margins.left() + margins.right())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow and one line high whatever the text: a long word wraps instead of
        widening the window, and the layout gives the lines their height for its width."""
        if not self.text():
            return QSize(MIN_WIDTH, 0)
        margins = self.contentsMargins()
        line = math.ceil(QFontMetricsF(self.font()).lineSpacing())
        return QSize(MIN_WIDTH, line + margins.top() + margins.bottom())

    def is_elided(self) -> bool:
        """Whether the text is cut short at the current width."""
        return bool(self._lines(self._inner_width(self.width())).elided)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The lines, the last one ending in "…" when the text goes on."""
        rect = self.contentsRect()
        lines = self._lines(rect.width())
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        origin = QPointF(rect.topLeft())
        last = lines.count - 1
        for i in range(lines.count):
            line = lines.layout.lineAt(i)
            if i == last and lines.elided:
                top = origin.y() + line.y()
                box = QRectF(origin.x(), top, rect.width(), line.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft, lines.elided)
            else:
                line.draw(painter, origin)
        painter.end()
