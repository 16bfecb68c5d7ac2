"""Where each part of the projected picture goes, from its size and timer style.

Pure arithmetic in logical pixels (the projector's own, also for the
presenter's miniature, which lays out at the projector's size): a slim
header at the top, the countdown band at the bottom for the large digits
and the disc, the corner box in the header for small digits, and the slide's
content in between.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSizeF

from facilitator.projection.look import TimerStyle

# Shares of the height: a slim header and a countdown band big enough to
# read across a room, leaving most of the screen to the content.
HEADER_SHARE = 0.07
TIMER_SHARE = 0.17
MARGIN_SHARE = 0.05
# A turn screen gives the group's own countdown this share of the content's width.
TURN_CLOCK_SHARE = 0.4
# A break screen's words ("Pauze tot 10:45") take this share of the height, its
# countdown the rest.
LIVE_TITLE_SHARE = 0.3


@dataclass(frozen=True, eq=False)
class CanvasGeometry:
    """The rectangles of a picture of ``size`` with the timer in ``timer_style``."""

    size: QSizeF
    timer_style: TimerStyle

    def margin(self) -> float:
        """The space around the header and the content."""
        return max(4.0, self.size.height() * MARGIN_SHARE)

    def header_rect(self) -> QRectF:
        """The header line at the top."""
        m = self.margin()
        return QRectF(m, m * 0.6, self.size.width() - 2 * m, self.size.height() * HEADER_SHARE)

    def header_text_rect(self, corner_timer: bool) -> QRectF:
        """Where the header's text goes: short of the corner timer when it is shown."""
        rect = self.header_rect()
        if corner_timer:
            rect.setRight(self.timer_rect().left() - self.margin() * 0.5)
        return rect

    def band_height(self) -> float:
        """The height of the bottom timer band (0 when the style has none)."""
        if self.timer_style in (TimerStyle.DIGITS, TimerStyle.DISC):
            return self.size.height() * TIMER_SHARE
        return 0.0

    def timer_rect(self) -> QRect:
        """Where the timer is drawn: the corner box or the bottom band."""
        size = self.size
        if self.timer_style is TimerStyle.CORNER:
            header = self.header_rect()
            width = header.height() * 4.2
            return QRect(
                round(size.width() - self.margin() - width),
                round(header.top()),
                round(width),
                round(header.height()),
            ).adjusted(-2, -2, 2, 2)
        height = round(self.band_height())
        return QRect(0, round(size.height()) - height, round(size.width()), height)

    def content_rect(self) -> QRectF:
        """Where the slide's content goes: between the header and the timer band."""
        m = self.margin()
        size = self.size
        top = self.header_rect().bottom() + m * 0.5
        band = self.band_height()
        bottom = size.height() - band - (m * 0.3 if band else m)
        return QRectF(m, top, size.width() - 2 * m, max(1.0, bottom - top))

    def turn_rects(self) -> tuple[QRectF, QRectF]:
        """A turn screen's content: the text on the left, the turn's own countdown on the
        right (a box the width of its digits at their size)."""
        content = self.content_rect()
        gap = self.margin()
        clock_width = content.width() * TURN_CLOCK_SHARE
        width = content.width() - clock_width - gap
        text = QRectF(content.left(), content.top(), width, content.height())
        clock = QRectF(content.right() - clock_width, content.top(), clock_width, content.height())
        return text, clock

    def live_rects(self, titled: bool) -> tuple[QRectF, QRectF]:
        """A break screen's or the clock's: the words at the top ("Pauze tot 10:45"), and
        under them the big live text (the countdown, the time); no header, no timer."""
        m = self.margin()
        width, height = self.size.width(), self.size.height()
        if not titled:
            return QRectF(m, m, width - 2 * m, 0.0), QRectF(
                m, height * 0.12, width - 2 * m, height * 0.76
            )
        title = QRectF(m, m, width - 2 * m, height * LIVE_TITLE_SHARE)
        live_top = m + height * LIVE_TITLE_SHARE + m * 0.5
        return title, QRectF(m, live_top, width - 2 * m, height - m - live_top)

    def page_number_rect(self) -> QRectF:
        """Bottom right of the content: in the margin, or the top of the timer band."""
        size = self.size
        m = self.margin()
        band = self.band_height()
        if band:
            return QRectF(m, size.height() - band, size.width() - 2 * m, band * 0.3)
        return QRectF(m, size.height() - m * 0.95, size.width() - 2 * m, m * 0.9)
