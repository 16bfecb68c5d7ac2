"""The projector's join screen, drawn: the QR code on the left, the address and code beside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from facilitator.agenda.slides import Slide
from facilitator.participants.join import join_words
from facilitator.participants.qr import qr_matrix
from facilitator.projection.themes import Theme
from facilitator.ui.participants.qr_view import paint_qr


def _fitted(text: str, pixels: float, width: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setPixelSize(max(6, round(pixels)))
    advance = QFontMetricsF(font).horizontalAdvance(text)
    if advance > width:
        font.setPixelSize(max(6, int(font.pixelSize() * width / advance)))
    return font


def paint_join(painter: QPainter, area: QRectF, slide: Slide, theme: Theme) -> None:
    """Draw the join screen ``slide`` (see ``participants/join``) in ``area`` (the content's,
    between the header and the timer)."""
    width, height = area.width(), area.height()
    margin = height * 0.04
    words = join_words(slide.language)
    painter.setPen(QColor(theme.text))
    title_rect = QRectF(area.left(), area.top(), width, height * 0.16)
    painter.setFont(_fitted(slide.title, height * 0.09, title_rect.width(), bold=True))
    painter.drawText(
        title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), slide.title
    )
    top = title_rect.bottom() + margin
    side = min(area.bottom() - top, width * 0.45)
    matrix = qr_matrix(slide.body) if slide.body else ()
    paint_qr(painter, QRectF(area.left(), top, side, side), matrix)
    left = area.left() + side + margin * 2
    column = area.right() - left
    rows = [
        (words.scan, height * 0.065, False, theme.muted),
        (slide.subtitle, height * 0.13, True, theme.text),
        (words.type_code, height * 0.065, False, theme.muted),
        (slide.closing, height * 0.22, True, theme.accent),
    ]
    y = top + side * 0.08
    for text, pixels, bold, colour in rows:
        font = _fitted(text, pixels, column, bold)
        if slide.closing and text == slide.closing:
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        line = QFontMetricsF(font).height()
        painter.drawText(QRectF(left, y, column, line), int(Qt.AlignmentFlag.AlignLeft), text)
        y += line * 1.25
