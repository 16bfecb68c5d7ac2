"""Painting the projector's timer styles and the end-of-step flash.

Plain functions of a painter, a rectangle and what to show, so that the
canvas (``canvas.py``) only decides where and when: large digits in the
bottom band, small digits in the header's corner, or a disc like a Time
Timer beside the digits. Every style says warning, danger and overtime in
words too (:func:`alert_words`), not by colour alone.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTransform

from facilitator.engine.timer import Phase
from facilitator.projection.look import TimerStyle
from facilitator.projection.room import TurnClock
from facilitator.projection.themes import Theme
from facilitator.room.words import WORDS, Words

ENGLISH = WORDS["en"]


def alert_words(phase: Phase, words: Words = ENGLISH) -> str:
    """The phase in the room's words when it needs attention (warning, danger, overtime)."""
    # Warning, danger and overtime are also said in words, not by colour alone.
    return {
        Phase.WARNING: words.warning,
        Phase.DANGER: words.danger,
        Phase.OVERTIME: words.overtime,
    }.get(phase, "")


def disc_fraction(seconds: int | None, total_seconds: int) -> float:
    """The share of the disc still coloured: ``seconds`` remaining over the step's time."""
    if seconds is None or total_seconds <= 0:
        return 1.0 if seconds is None else 0.0
    return max(0.0, min(1.0, seconds / total_seconds))


def paint_timer(
    painter: QPainter,
    style: TimerStyle,
    rect: QRect,
    text: str,
    phase: Phase,
    theme: Theme,
    *,
    margin: float,
    fraction: float,
    words: Words = ENGLISH,
) -> None:
    """Draw ``text`` in timer style ``style`` at ``rect`` (nothing for "hidden").

    The phase words are the room's ``words`` (the session's language).
    """
    said = alert_words(phase, words)
    if style is TimerStyle.DIGITS:
        paint_digits(painter, rect, text, phase, theme, margin, said)
    elif style is TimerStyle.CORNER:
        paint_corner(painter, rect, text, phase, theme, said)
    elif style is TimerStyle.DISC:
        paint_disc(painter, rect, text, phase, theme, fraction, said)


def digits_font(band: QRect) -> QFont:
    """The font of the large digits in ``band``."""
    return digits_font_of(_digits_pixels(band))


def _digits_pixels(band: QRect) -> int:
    return max(6, round(band.height() * 0.78))


class DigitWidths:
    """The large digits' widths, each text measured once per font size.

    Measuring a text in a font of a few hundred pixels costs Qt about 15 us,
    and a new second asked for four of them (with new metrics each time):
    about 0.13 ms a second on each canvas (issue 14: CPU while counting
    down). A new second's text is measured once; its prefixes and the
    second before it are remembered. ``measured`` counts the texts measured
    (tests).
    """

    LIMIT = 64  # texts kept: a second needs its own, its prefixes and the one before

    def __init__(self) -> None:
        self._metrics: dict[int, QFontMetricsF] = {}
        self._widths: dict[tuple[int, str], float] = {}
        self._heights: dict[int, float] = {}
        self.measured = 0

    def metrics(self, pixels: int) -> QFontMetricsF:
        """The bold digits' metrics at ``pixels``."""
        found = self._metrics.get(pixels)
        if found is None:
            found = self._metrics[pixels] = QFontMetricsF(digits_font_of(pixels))
        return found

    def height(self, pixels: int) -> float:
        """The bold digits' line height at ``pixels``."""
        found = self._heights.get(pixels)
        if found is None:
            found = self._heights[pixels] = self.metrics(pixels).height()
        return found

    def width(self, pixels: int, text: str) -> float:
        """``text``'s advance in the bold digits at ``pixels``."""
        key = (pixels, text)
        found = self._widths.get(key)
        if found is None:
            if len(self._widths) >= self.LIMIT:
                self._widths.clear()
            self.measured += 1
            found = self._widths[key] = self.metrics(pixels).horizontalAdvance(text)
        return found


WIDTHS = DigitWidths()


def changed_digits_rect(band: QRect, old: str, new: str) -> QRect:
    """Where the large digits ``old`` and ``new`` (in one phase) differ in ``band``.

    Centred digits of equal width (a font's figures are) keep every character
    in its place, so only the cells of the characters that differ change,
    with a margin for a glyph's overhang: one or two digits a second, not the
    band. Texts of different widths (9:59 after 10:00) change the whole band.
    """
    if not old or len(old) != len(new):
        return band
    pixels = _digits_pixels(band)
    width = WIDTHS.width(pixels, new)
    if abs(WIDTHS.width(pixels, old) - width) > 0.01:
        return band
    differ = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    if not differ:
        return QRect()
    left = band.left() + (band.width() - width) / 2
    start = left + WIDTHS.width(pixels, new[: differ[0]])
    end = left + WIDTHS.width(pixels, new[: differ[-1] + 1])
    overhang = WIDTHS.height(pixels) * 0.1
    cells = QRectF(start - overhang, band.top(), end - start + 2 * overhang, band.height())
    return cells.toAlignedRect().intersected(band)


class DigitGlyphs:
    """Pictures of large digits' characters, each drawn once per font and colour.

    Qt caches the pictures of glyphs up to 64 pixels only and draws larger
    ones as paths, at every paint: the projector's digits (some 140 pixels
    at 1080 lines) cost about 0.3 ms a second to draw, one character's cell
    repainted or not, and the console's large digits about half that. Each
    character is drawn here once, at a whole pixel, and a second blits the
    characters (issue 14: CPU while counting down). Each stands at the whole
    pixel nearest to where ``drawText`` puts it. ``drawn`` counts the
    pictures drawn (tests).
    """

    LIMIT = 64  # pictures kept: a dozen characters in a few colours and sizes

    def __init__(self) -> None:
        self._pictures: dict[tuple[str, int, str], tuple[QImage, int, int]] = {}
        self.drawn = 0

    def paint(self, painter: QPainter, band: QRect, text: str, colour: QColor) -> bool:
        """The projector's digits: ``text`` centred in ``band`` (see :meth:`paint_at`)."""
        pixels = _digits_pixels(band)
        height = WIDTHS.height(pixels)
        ascent = WIDTHS.metrics(pixels).ascent()
        left = band.left() + (band.width() - WIDTHS.width(pixels, text)) / 2
        baseline = round(band.top() + (band.height() - height) / 2 + ascent)
        return self.paint_at(
            painter, left, baseline, text, digits_font_of(pixels), colour,
            lambda part: WIDTHS.width(pixels, part),
        )  # fmt: skip

    def paint_at(
        self,
        painter: QPainter,
        left: float,
        baseline: int,
        text: str,
        font: QFont,
        colour: QColor,
        width: Callable[[str], float],
    ) -> bool:
        """Blit ``text`` from ``left`` on ``baseline``, each character at ``left`` plus the
        ``width`` of the text before it; False when the painter is scaled or not at whole
        pixels (a miniature, a high-density screen): then the caller draws the text."""
        transform = painter.worldTransform()
        if (
            transform.type().value > QTransform.TransformationType.TxTranslate.value
            or transform.dx() != int(transform.dx())
            or transform.dy() != int(transform.dy())
            or painter.device().devicePixelRatioF() != 1.0
        ):
            return False
        face = font.key()
        for index, character in enumerate(text):
            picture, x, y = self._picture(font, face, colour, character)
            at = round(left + width(text[:index]))
            painter.drawImage(QPoint(at - x, baseline - y), picture)
        return True

    def _picture(
        self, font: QFont, face: str, colour: QColor, character: str
    ) -> tuple[QImage, int, int]:
        """The character's picture and where its origin (baseline, left) is in it."""
        key = (face, colour.rgba(), character)
        found = self._pictures.get(key)
        if found is not None:
            return found
        if len(self._pictures) >= self.LIMIT:
            self._pictures.clear()
        self.drawn += 1
        ink = QFontMetricsF(font).boundingRect(character)
        x, y = math.ceil(-ink.left()) + 2, math.ceil(-ink.top()) + 2
        width = max(1, math.ceil(ink.right()) + x + 2)
        height = max(1, math.ceil(ink.bottom()) + y + 2)
        picture = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        picture.fill(0)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(x, y), character)
        painter.end()
        found = self._pictures[key] = (picture, x, y)
        return found


GLYPHS = DigitGlyphs()


def digits_font_of(pixels: int) -> QFont:
    """The large digits' font at ``pixels``."""
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(True)
    return font


def paint_digits(
    painter: QPainter,
    band: QRect,
    text: str,
    phase: Phase,
    theme: Theme,
    margin: float,
    words: str = "",
) -> None:
    """Large digits centred in the bottom ``band``, the alert words at its right.

    On the projector (drawn unscaled, at whole pixels) each character is a
    picture of it drawn once (:class:`DigitGlyphs`); a miniature, scaled
    down, draws the text.
    """
    colour = QColor(theme.phases[phase])
    if not GLYPHS.paint(painter, band, text, colour):
        painter.setFont(digits_font(band))
        painter.setPen(colour)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), text)
    if words:
        small = QFont()
        small.setPixelSize(max(6, round(band.height() * 0.22)))
        painter.setFont(small)
        text_rect = QRectF(band).adjusted(margin, 0, -margin, 0)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), words
        )


def paint_corner(
    painter: QPainter, rect: QRect, text: str, phase: Phase, theme: Theme, words: str = ""
) -> None:
    """Small digits right-aligned in the corner box ``rect``, the alert ``words`` below them."""
    box = QRectF(rect).adjusted(2, 2, -2, -2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(box.height() * (0.62 if words else 0.85))))
    painter.setFont(font)
    painter.setPen(QColor(theme.phases[phase]))
    if words:
        top = QRectF(box.left(), box.top(), box.width(), box.height() * 0.68)
        painter.drawText(
            top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )
        small = QFont()
        small.setPixelSize(max(5, round(box.height() * 0.28)))
        painter.setFont(small)
        bottom = QRectF(box.left(), top.bottom(), box.width(), box.height() * 0.32)
        painter.drawText(
            bottom, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), words
        )
    else:
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
        )


def paint_disc(
    painter: QPainter,
    rect: QRect,
    text: str,
    phase: Phase,
    theme: Theme,
    fraction: float,
    words: str = "",
) -> None:
    """A disc with ``fraction`` of it coloured, and the digits beside it, in the band ``rect``."""
    band = QRectF(rect)
    size = band.height() * 0.8
    centre_x = band.center().x() - size * 0.7
    disc = QRectF(centre_x - size / 2, band.center().y() - size / 2, size, size)
    painter.save()
    painter.setPen(QPen(QColor(theme.muted), max(1.0, size * 0.02)))
    painter.setBrush(QColor(theme.panel))
    painter.drawEllipse(disc)
    if fraction > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.disc))
        # From twelve o'clock clockwise, like the red disc of a Time Timer.
        painter.drawPie(disc, 90 * 16, -round(fraction * 360 * 16))
        if phase in (Phase.DANGER, Phase.OVERTIME):
            # Not by colour alone: the last minutes are also hatched.
            painter.setBrush(QBrush(QColor(theme.background), Qt.BrushStyle.BDiagPattern))
            painter.drawPie(disc, 90 * 16, -round(fraction * 360 * 16))
    painter.restore()
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(band.height() * (0.34 if words else 0.5))))
    painter.setFont(font)
    painter.setPen(QColor(theme.phases[phase]))
    text_rect = QRectF(disc.right() + size * 0.25, band.top(), band.width() / 2, band.height())
    painter.drawText(
        text_rect,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text + (f"\n{words}" if words else ""),
    )


def paint_flash(painter: QPainter, size: QSizeF, text: str, theme: Theme) -> None:
    """Fill ``size`` with the text colour and ``text`` large on it (the end of a step)."""
    rect = QRectF(0, 0, size.width(), size.height())
    painter.fillRect(rect, QColor(theme.text))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, round(size.height() / 5)))
    painter.setFont(font)
    painter.setPen(QColor(theme.background))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)


def paint_turn_clock(
    painter: QPainter, rect: QRectF, clock: TurnClock, theme: Theme, margin: float
) -> None:
    """A group turn's own countdown in a panel at ``rect``: big digits, a word under them.

    Over time, the digits count up with a ``+`` in the overtime colour and the word
    says so ("uitloop"): never colour alone.
    """
    painter.save()
    pen = QPen(QColor(theme.border or theme.muted))
    pen.setWidthF(max(1.0, rect.height() * 0.006))
    painter.setPen(pen)
    painter.setBrush(QColor(theme.panel))
    radius = rect.height() * 0.04
    box = rect.adjusted(0, rect.height() * 0.08, 0, -rect.height() * 0.08)
    painter.drawRoundedRect(box, radius, radius)
    if clock.over:
        colour = theme.phases[Phase.OVERTIME]
    elif clock.running:
        colour = theme.text
    else:
        colour = theme.muted
    digits = QFont()
    # As large as fits: the digits' height, and "+12:34" across the box.
    digits.setPixelSize(max(6, round(min(box.height() * 0.42, box.width() * 0.25))))
    digits.setBold(True)
    painter.setFont(digits)
    painter.setPen(QColor(colour))
    upper = QRectF(box.left(), box.top(), box.width(), box.height() * 0.68)
    painter.drawText(
        upper, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), clock.text
    )
    words = QFont()
    words.setPixelSize(max(6, round(box.height() * 0.11)))
    words.setBold(clock.over)
    painter.setFont(words)
    if not clock.over:
        painter.setPen(QColor(theme.muted))
    lower = QRectF(
        box.left() + margin * 0.3,
        upper.bottom(),
        box.width() - margin * 0.6,
        box.bottom() - upper.bottom(),
    )
    painter.drawText(
        lower, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), clock.caption
    )
    painter.restore()


def paint_live_text(painter: QPainter, rect: QRectF, text: str, theme: Theme) -> None:
    """A break screen's countdown or the clock's time: as large as ``rect`` holds, centred."""
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(rect.height() * 0.8)))
    width = QFontMetricsF(font).horizontalAdvance(text)
    if width > rect.width() * 0.95:  # a long text (the words when a break is over) fits across
        font.setPixelSize(max(6, int(font.pixelSize() * rect.width() * 0.95 / width)))
    painter.setFont(font)
    painter.setPen(QColor(theme.text))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
