"""A QR code drawn from its module matrix (segno's, through ``participants.qr``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.participants.qr import QUIET, Matrix, qr_matrix


def paint_qr(painter: QPainter, rect: QRectF, matrix: Matrix) -> None:
    """Draw ``matrix`` as dark modules on white, square, centred in ``rect``, with its quiet
    zone (a phone's camera needs the white margin)."""
    if not matrix:
        return
    count = len(matrix) + 2 * QUIET
    side = min(rect.width(), rect.height())
    module = side / count
    left = rect.left() + (rect.width() - side) / 2
    top = rect.top() + (rect.height() - side) / 2
    painter.save()
    # Modules edge to edge: antialiased, their shared edges would show as thin lines.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, side, side), QColor("#ffffff"))
    dark = QColor("#000000")
    for y, row in enumerate(matrix):
        for x, on in enumerate(row):
            if on:
                painter.fillRect(
                    QRectF(left + (x + QUIET) * module, top + (y + QUIET) * module, module, module),
                    dark,
                )
    painter.restore()


class QrView(QWidget):
    """The join address as a QR code; empty (nothing drawn) without an address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants-qr")
        self._text = ""
        self._matrix: Matrix = ()
        self.setMinimumSize(120, 120)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        """The address the code holds ('' for none)."""
        if text != self._text:
            self._text = text
            self._matrix = qr_matrix(text) if text else ()
            self.update()

    @property
    def text(self) -> str:
        """The address the code holds."""
        return self._text

    @property
    def matrix(self) -> Matrix:
        """The code's modules (dark: True)."""
        return self._matrix

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_qr(painter, QRectF(self.rect()), self._matrix)
        painter.end()
        del event
