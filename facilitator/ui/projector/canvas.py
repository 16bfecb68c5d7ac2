"""The participants' picture: a slide, a header line and the countdown band.

The same widget fills the projector window and, small, the presenter's
"on the projector now" miniature, so that the trainer sees exactly what the
room sees. The slide layout is fitted only when the slide or the size
changes; a new second repaints only the countdown band.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.agenda.slides import Slide
from facilitator.engine.timer import Phase
from facilitator.ui.projector.layout import SlideLayout, fit_slide
from facilitator.ui.theme import DARK, PHASE_WORDS, Theme
from facilitator.ui.timefmt import countdown

# Shares of the height: a slim header and a countdown band big enough to
# read across a room, leaving most of the screen to the content.
HEADER_SHARE = 0.07
TIMER_SHARE = 0.17
MARGIN_SHARE = 0.05


class SlideCanvas(QWidget):
    """Paints one slide with its countdown, at any size."""

    def __init__(
        self, parent: QWidget | None = None, *, theme: Theme = DARK, miniature: bool = False
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._miniature = miniature
        self._slide: Slide | None = None
        self._header = ""
        self._blank = False
        self._timer_text = ""
        self._phase = Phase.IDLE
        self._show_timer = True
        self._layout: SlideLayout | None = None
        # A miniature lays out at the projector's size and paints scaled down,
        # so its line breaks are exactly the room's.
        self._reference = QSizeF(1920, 1080)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(miniature)
        self.setSizePolicy(policy)

    # --- what to show ---------------------------------------------------------

    def set_slide(self, slide: Slide | None, header: str = "") -> None:
        """Show ``slide`` under a header line (e.g. the step's title)."""
        if slide != self._slide or header != self._header:
            self._slide = slide
            self._header = header
            self._layout = None
            self.update()

    def set_blank(self, blank: bool) -> None:
        """Show black (True) or the content (False)."""
        if blank != self._blank:
            self._blank = blank
            self.update()

    def set_timer(self, display_seconds: int | None, phase: Phase) -> None:
        """Show the countdown (None hides it)."""
        text = "" if display_seconds is None else countdown(display_seconds)
        if text != self._timer_text or phase != self._phase:
            self._timer_text = text
            self._phase = phase
            if self._miniature:
                self.update()
            else:
                self.update(self._timer_rect())

    def set_reference_size(self, size: QSize) -> None:
        """The projector's size, which a miniature copies at a smaller scale."""
        if size.width() > 0 and size.height() > 0 and QSizeF(size) != self._reference:
            self._reference = QSizeF(size)
            self._layout = None
            self.updateGeometry()
            self.update()

    @property
    def blank(self) -> bool:
        """Whether the canvas shows black."""
        return self._blank

    @property
    def timer_text(self) -> str:
        """The countdown as shown."""
        return self._timer_text

    @property
    def slide(self) -> Slide | None:
        """The slide shown (even while blank)."""
        return self._slide

    def fitted_layout(self) -> SlideLayout | None:
        """The slide's fitted layout at the current size (computed on demand)."""
        if self._layout is None and self._slide is not None:
            self._layout = fit_slide(
                self._slide, self.content_rect(), self._theme, self.logical_size().height()
            )
        return self._layout

    # --- geometry (in logical pixels: the projector's own for a miniature) -----

    def logical_size(self) -> QSizeF:
        """The size the slide is laid out at."""
        return self._reference if self._miniature else QSizeF(self.size())

    def _scale(self) -> float:
        if not self._miniature:
            return 1.0
        return min(self.width() / self._reference.width(), self.height() / self._reference.height())

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: all of the widget, or a letterboxed miniature."""
        scale = self._scale()
        width = self._reference.width() * scale if self._miniature else self.width()
        height = self._reference.height() * scale if self._miniature else self.height()
        return QRectF((self.width() - width) / 2, 0, width, height)

    def _margin(self) -> float:
        return max(4.0, self.logical_size().height() * MARGIN_SHARE)

    def _header_rect(self) -> QRectF:
        m = self._margin()
        size = self.logical_size()
        return QRectF(m, m * 0.6, size.width() - 2 * m, size.height() * HEADER_SHARE)

    def _timer_rect(self) -> QRect:
        size = self.logical_size()
        height = round(size.height() * TIMER_SHARE)
        return QRect(0, round(size.height()) - height, round(size.width()), height)

    def content_rect(self) -> QRectF:
        """Where the slide's content goes: between the header and the countdown band."""
        m = self._margin()
        size = self.logical_size()
        top = self._header_rect().bottom() + m * 0.5
        bottom = size.height() - size.height() * TIMER_SHARE - m * 0.3
        return QRectF(m, top, size.width() - 2 * m, max(1.0, bottom - top))

    def hasHeightForWidth(self) -> bool:
        """A miniature keeps the projector's proportions."""
        return self._miniature

    def heightForWidth(self, width: int) -> int:
        """The height that keeps the projector's proportions at ``width``."""
        return round(width * self._reference.height() / self._reference.width())

    def sizeHint(self) -> QSize:
        """A 16:9 default."""
        return QSize(320, self.heightForWidth(320)) if self._miniature else QSize(960, 540)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new size needs a new fit (a miniature only scales)."""
        if not self._miniature:
            self._layout = None
        super().resizeEvent(event)

    # --- painting -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw black, or the header, slide and countdown."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        picture = self.picture_rect()
        if self._miniature:
            painter.fillRect(self.rect(), self.palette().window())
        painter.fillRect(picture, QColor(self._theme.background))
        if self._blank:
            if self._miniature:
                self._paint_blank_label(painter, picture)
            return
        painter.translate(picture.topLeft())
        scale = self._scale()
        painter.scale(scale, scale)
        if self._header:
            self._paint_header(painter)
        layout = self.fitted_layout()
        if layout is not None:
            layout.paint(painter)
        if self._timer_text:
            self._paint_timer(painter)

    def _paint_header(self, painter: QPainter) -> None:
        rect = self._header_rect()
        font = QFont()
        font.setPixelSize(max(6, round(rect.height() * 0.55)))
        painter.setFont(font)
        painter.setPen(QColor(self._theme.muted))
        text = QFontMetricsF(font).elidedText(
            self._header, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )

    def _paint_timer(self, painter: QPainter) -> None:
        band = self._timer_rect()
        color = QColor(self._theme.phases[self._phase])
        font = QFont()
        font.setPixelSize(max(6, round(band.height() * 0.78)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), self._timer_text)
        # Warning, danger and overtime are also said in words, not by colour alone.
        if self._phase in (Phase.WARNING, Phase.DANGER, Phase.OVERTIME):
            small = QFont()
            small.setPixelSize(max(6, round(band.height() * 0.22)))
            painter.setFont(small)
            words = PHASE_WORDS[self._phase]
            m = self._margin()
            text_rect = QRectF(band).adjusted(m, 0, -m, 0)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), words
            )

    def _paint_blank_label(self, painter: QPainter, picture: QRectF) -> None:
        font = QFont()
        font.setPixelSize(max(8, round(picture.height() / 8)))
        painter.setFont(font)
        painter.setPen(QColor(self._theme.muted))
        painter.drawText(picture, int(Qt.AlignmentFlag.AlignCenter), "Black screen")
