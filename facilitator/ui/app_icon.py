"""The application's icon drawn with QPainter: the shapes of ``assets/facilitator.svg``.

The SVG is the icon's source for the desktop (the Linux menu entry, the
Windows .ico and macOS .icns that ``packaging/build.py`` renders). As the
window icon it would load QtSvg and Qt's SVG icon plugin into every start,
some 1.3 MiB resident (issue 14), for seven plain shapes: here they are
painted at each size the window system asks for. ``tests/ui/test_app_icon.py``
holds this drawing against Qt's rendering of the SVG.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

# The sizes window systems and task bars ask for; Qt scales between them.
SIZES = (16, 24, 32, 48, 64, 128, 256)

BEZEL = QColor("#8a93a3")
SCREEN = QColor("#1c1f26")
DISC = QColor("#f5f5f5")
SECTOR = QColor("#e53935")


def paint_icon(painter: QPainter, side: int) -> None:
    """Draw the icon into the square ``side`` x ``side`` at the painter's origin."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.scale(side / 64, side / 64)  # the SVG's 64-unit view box
    painter.setBrush(BEZEL)
    painter.drawRoundedRect(QRectF(0, 4, 64, 44), 6, 6)
    painter.drawRect(QRectF(28, 48, 8, 6))
    painter.drawRoundedRect(QRectF(16, 54, 32, 6), 3, 3)
    painter.setBrush(SCREEN)
    painter.drawRoundedRect(QRectF(4, 8, 56, 36), 2, 2)
    disc = QRectF(32 - 14, 26 - 14, 28, 28)
    painter.setBrush(DISC)
    painter.drawEllipse(disc)
    # From 12 o'clock clockwise to the SVG's (44.12, 33): 30 degrees below 3 o'clock.
    painter.setBrush(SECTOR)
    painter.drawPie(disc, 90 * 16, -120 * 16)
    painter.setBrush(SCREEN)
    painter.drawEllipse(QRectF(32 - 2.5, 26 - 2.5, 5, 5))
    painter.restore()


def icon_pixmap(side: int) -> QPixmap:
    """The icon at ``side`` pixels, on a transparent ground."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_icon(painter, side)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """The window icon of every window of the app, at each of :data:`SIZES`."""
    icon = QIcon()
    for side in SIZES:
        icon.addPixmap(icon_pixmap(side))
    return icon
