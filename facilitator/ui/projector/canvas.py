"""The participants' picture: a slide page, a header line and the timer.

The same widget fills the projector window and, small, the presenter's
"on the projector now" miniature, so that the trainer sees exactly what the
room sees. Slide pages are fitted only when the slide, the size, the theme
or the timer style changes (and cached); a new second repaints only the
timer's rectangle.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.agenda.slides import Slide
from facilitator.engine.timer import Phase
from facilitator.ui.projector.layout import SlideLayout, fit_pages
from facilitator.ui.projector.projection import TIMER_STYLES
from facilitator.ui.theme import DARK, PHASE_WORDS, Theme
from facilitator.ui.timefmt import countdown

# Shares of the height: a slim header and a countdown band big enough to
# read across a room, leaving most of the screen to the content.
HEADER_SHARE = 0.07
TIMER_SHARE = 0.17
MARGIN_SHARE = 0.05

TIMER_STYLE_LABELS = {
    "digits": "Large digits",
    "corner": "Small, in a corner",
    "hidden": "Hidden",
    "disc": "Disc (Time Timer)",
}
FLASH_MS = 1200
LAYER_CACHE_SIZE = 6  # pictures of pages kept: the one shown and its neighbours


class SlideCanvas(QWidget):
    """Paints one page of a slide with its timer, at any size."""

    def __init__(
        self, parent: QWidget | None = None, *, theme: Theme = DARK, miniature: bool = False
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._miniature = miniature
        self._slide: Slide | None = None
        self._header = ""
        self._page = 0
        self._blank = False
        self._timer_text = ""
        self._timer_seconds: int | None = None
        self._total_seconds = 0
        self._phase = Phase.IDLE
        self._timer_style = "digits"
        self._show_timer = True
        self._flash_text = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        # A miniature lays out at the projector's size and paints scaled down,
        # so its line breaks and pages are exactly the room's.
        self._reference = QSizeF(1920, 1080)
        self._layers: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(miniature)
        self.setSizePolicy(policy)

    # --- what to show ---------------------------------------------------------

    def set_slide(self, slide: Slide | None, header: str = "", page: int = 0) -> None:
        """Show page ``page`` of ``slide`` under a header line (e.g. the step's title)."""
        if slide != self._slide or header != self._header or page != self._page:
            self._slide = slide
            self._header = header
            self._page = page
            self.update()

    def set_blank(self, blank: bool) -> None:
        """Show black (True) or the content (False)."""
        if blank != self._blank:
            self._blank = blank
            self.update()

    def set_show_timer(self, show: bool) -> None:
        """Whether the timer is drawn at all (the title screen has none)."""
        if show != self._show_timer:
            self._show_timer = show
            self.update()

    def set_timer(self, display_seconds: int | None, phase: Phase, total_seconds: int = 0) -> None:
        """Show the countdown (None hides it); ``total_seconds`` sizes the disc's sector."""
        text = "" if display_seconds is None else countdown(display_seconds)
        if text != self._timer_text or phase != self._phase or total_seconds != self._total_seconds:
            self._timer_text = text
            self._timer_seconds = display_seconds
            self._total_seconds = total_seconds
            self._phase = phase
            if self._miniature or self._blank or not self._show_timer:
                self.update()
            elif self._timer_style != "hidden":
                self.update(self.timer_rect())

    def set_theme(self, theme: Theme) -> None:
        """Draw in ``theme``'s colours."""
        if theme is not self._theme:
            self._theme = theme
            self.update()

    def set_timer_style(self, style: str) -> None:
        """Large digits, small in a corner, hidden, or a disc."""
        if style not in TIMER_STYLES:
            raise ValueError(f"unknown timer style {style!r}")
        if style != self._timer_style:
            self._timer_style = style
            self.update()

    def set_reference_size(self, size: QSize) -> None:
        """The projector's size, which a miniature copies at a smaller scale."""
        if size.width() > 0 and size.height() > 0 and QSizeF(size) != self._reference:
            self._reference = QSizeF(size)
            self.updateGeometry()
            self.update()

    def flash(self, text: str, duration_ms: int = FLASH_MS) -> None:
        """Fill the screen with ``text`` for a moment (the end of a step)."""
        self._flash_text = text
        self._flash_timer.start(duration_ms)
        self.update()

    def _end_flash(self) -> None:
        self._flash_text = ""
        self.update()

    @property
    def flashing(self) -> bool:
        """Whether a flash is showing."""
        return bool(self._flash_text)

    @property
    def blank(self) -> bool:
        """Whether the canvas shows black."""
        return self._blank

    @property
    def timer_text(self) -> str:
        """The countdown as shown."""
        return self._timer_text

    @property
    def timer_style(self) -> str:
        """The timer style drawn."""
        return self._timer_style

    @property
    def theme(self) -> Theme:
        """The colours drawn in."""
        return self._theme

    @property
    def slide(self) -> Slide | None:
        """The slide shown (even while blank)."""
        return self._slide

    @property
    def page(self) -> int:
        """The page of the slide shown, 0-based (clamped to the pages there are)."""
        return min(self._page, self.page_count() - 1)

    def pages_of(self, slide: Slide) -> list[SlideLayout]:
        """The fitted pages of ``slide`` at this canvas's (reference) size and style."""
        return fit_pages(slide, self.content_rect(), self._theme, self.logical_size().height())

    def page_count(self, slide: Slide | None = None) -> int:
        """How many pages ``slide`` (default: the one shown) needs here."""
        slide = slide if slide is not None else self._slide
        return 1 if slide is None else len(self.pages_of(slide))

    def fitted_layout(self) -> SlideLayout | None:
        """The fitted layout of the page shown at the current size (computed on demand)."""
        if self._slide is None:
            return None
        pages = self.pages_of(self._slide)
        return pages[min(self._page, len(pages) - 1)]

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

    def _band_height(self) -> float:
        if self._timer_style in ("digits", "disc"):
            return self.logical_size().height() * TIMER_SHARE
        return 0.0

    def timer_rect(self) -> QRect:
        """Where the timer is drawn (logical pixels; the corner box or the bottom band)."""
        size = self.logical_size()
        if self._timer_style == "corner":
            header = self._header_rect()
            width = header.height() * 4.2
            return QRect(
                round(size.width() - self._margin() - width),
                round(header.top()),
                round(width),
                round(header.height()),
            ).adjusted(-2, -2, 2, 2)
        height = round(self._band_height())
        return QRect(0, round(size.height()) - height, round(size.width()), height)

    def content_rect(self) -> QRectF:
        """Where the slide's content goes: between the header and the timer band."""
        m = self._margin()
        size = self.logical_size()
        top = self._header_rect().bottom() + m * 0.5
        band = self._band_height()
        bottom = size.height() - band - (m * 0.3 if band else m)
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
        """A new size means new pages (looked up in the layout cache)."""
        super().resizeEvent(event)
        self.update()

    # --- painting -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw black, or the header, slide page and timer."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        picture = self.picture_rect()
        if self._miniature:
            painter.fillRect(self.rect(), self.palette().window())
        if self._blank:
            painter.fillRect(picture, QColor("#000000"))
            if self._miniature:
                self._paint_blank_label(painter, picture)
            return
        painter.fillRect(picture, QColor(self._theme.background))
        painter.translate(picture.topLeft())
        scale = self._scale()
        painter.scale(scale, scale)
        if self._flash_text:
            self._paint_flash(painter)
            return
        show_timer = self._show_timer and bool(self._timer_text)
        if self._miniature or self._slide is None:
            self._paint_content(painter, self._slide, self._page, self._header, show_timer)
        else:
            # The projector blits its cached picture of the page; only the timer is drawn live.
            layer = self.content_layer(self._slide, self._page, self._header)
            painter.drawPixmap(0, 0, layer)
        if show_timer:
            if self._timer_style == "digits":
                self._paint_digits(painter)
            elif self._timer_style == "corner":
                self._paint_corner(painter)
            elif self._timer_style == "disc":
                self._paint_disc(painter)

    def _paint_content(
        self, painter: QPainter, slide: Slide | None, page: int, header: str, show_timer: bool
    ) -> None:
        if header:
            self._paint_header(painter, header, show_timer and self._timer_style == "corner")
        if slide is None:
            return
        pages = self.pages_of(slide)
        layout = pages[min(page, len(pages) - 1)]
        layout.paint(painter)
        if layout.page_count > 1:
            self._paint_page_number(painter, layout)

    def content_layer(self, slide: Slide, page: int, header: str) -> QPixmap:
        """The page, its header and page number (not the timer) as a picture, cached.

        Large text is slow to rasterise (Qt draws glyphs above its cache size
        as paths); with the picture cached and the neighbours prepared ahead
        (:meth:`prepare`), switching items is a single blit.
        """
        show_timer = self._show_timer and bool(self._timer_text)
        size = self.size()
        ratio = self.devicePixelRatioF()
        key = (
            slide, page, header, size.width(), size.height(), ratio,
            self._theme.name, self._timer_style, show_timer,
        )  # fmt: skip
        found = self._layers.get(key)
        if found is not None:
            self._layers.move_to_end(key)
            return found
        layer = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        layer.setDevicePixelRatio(ratio)
        layer.fill(QColor(self._theme.background))
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_content(painter, slide, page, header, show_timer)
        painter.end()
        self._layers[key] = layer
        while len(self._layers) > LAYER_CACHE_SIZE:
            self._layers.popitem(last=False)
        return layer

    def prepare(self, pictures: list[tuple[Slide, int, str]]) -> None:
        """Draw these (slide, page, header) pictures ahead, so that showing them only blits."""
        if self._miniature or self.width() < 2 or self.height() < 2:
            return
        for slide, page, header in pictures[: LAYER_CACHE_SIZE - 1]:
            self.content_layer(slide, page, header)

    def _paint_header(self, painter: QPainter, header: str, corner_timer: bool) -> None:
        rect = self._header_rect()
        if corner_timer:
            rect.setRight(self.timer_rect().left() - self._margin() * 0.5)
        font = QFont()
        font.setPixelSize(max(6, round(rect.height() * 0.55)))
        painter.setFont(font)
        painter.setPen(QColor(self._theme.muted))
        text = QFontMetricsF(font).elidedText(header, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )

    def _paint_page_number(self, painter: QPainter, layout: SlideLayout) -> None:
        # Bottom right of the content, in the margin: "2/3" tells the room more follows.
        size = self.logical_size()
        m = self._margin()
        band = self._band_height()
        font = QFont()
        font.setPixelSize(max(6, round(size.height() / 40)))
        painter.setFont(font)
        painter.setPen(QColor(self._theme.muted))
        rect = QRectF(m, size.height() - band - m * 0.95, size.width() - 2 * m, m * 0.9)
        if band:
            rect = QRectF(m, size.height() - band, size.width() - 2 * m, band * 0.3)
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{layout.page_index + 1}/{layout.page_count}",
        )

    def _phase_colour(self) -> QColor:
        return QColor(self._theme.phases[self._phase])

    def _alert_words(self) -> str:
        # Warning, danger and overtime are also said in words, not by colour alone.
        if self._phase in (Phase.WARNING, Phase.DANGER, Phase.OVERTIME):
            return PHASE_WORDS[self._phase]
        return ""

    def _paint_digits(self, painter: QPainter) -> None:
        band = self.timer_rect()
        font = QFont()
        font.setPixelSize(max(6, round(band.height() * 0.78)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._phase_colour())
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), self._timer_text)
        words = self._alert_words()
        if words:
            small = QFont()
            small.setPixelSize(max(6, round(band.height() * 0.22)))
            painter.setFont(small)
            m = self._margin()
            text_rect = QRectF(band).adjusted(m, 0, -m, 0)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), words
            )

    def _paint_corner(self, painter: QPainter) -> None:
        box = QRectF(self.timer_rect()).adjusted(2, 2, -2, -2)
        words = self._alert_words()
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, round(box.height() * (0.62 if words else 0.85))))
        painter.setFont(font)
        painter.setPen(self._phase_colour())
        if words:
            top = QRectF(box.left(), box.top(), box.width(), box.height() * 0.68)
            painter.drawText(
                top,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._timer_text,
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
                box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._timer_text,
            )

    def disc_fraction(self) -> float:
        """The share of the disc still coloured: remaining over the step's time."""
        if self._timer_seconds is None or self._total_seconds <= 0:
            return 1.0 if self._timer_seconds is None else 0.0
        return max(0.0, min(1.0, self._timer_seconds / self._total_seconds))

    def _paint_disc(self, painter: QPainter) -> None:
        band = QRectF(self.timer_rect())
        size = band.height() * 0.8
        centre_x = band.center().x() - size * 0.7
        disc = QRectF(centre_x - size / 2, band.center().y() - size / 2, size, size)
        painter.save()
        painter.setPen(QPen(QColor(self._theme.muted), max(1.0, size * 0.02)))
        painter.setBrush(QColor(self._theme.panel))
        painter.drawEllipse(disc)
        fraction = self.disc_fraction()
        if fraction > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self._theme.disc))
            # From twelve o'clock clockwise, like the red disc of a Time Timer.
            painter.drawPie(disc, 90 * 16, -round(fraction * 360 * 16))
            if self._phase in (Phase.DANGER, Phase.OVERTIME):
                # Not by colour alone: the last minutes are also hatched.
                painter.setBrush(QBrush(QColor(self._theme.background), Qt.BrushStyle.BDiagPattern))
                painter.drawPie(disc, 90 * 16, -round(fraction * 360 * 16))
        painter.restore()
        font = QFont()
        font.setBold(True)
        words = self._alert_words()
        font.setPixelSize(max(6, round(band.height() * (0.34 if words else 0.5))))
        painter.setFont(font)
        painter.setPen(self._phase_colour())
        text_rect = QRectF(disc.right() + size * 0.25, band.top(), band.width() / 2, band.height())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._timer_text + (f"\n{words}" if words else ""),
        )

    def _paint_flash(self, painter: QPainter) -> None:
        size = self.logical_size()
        rect = QRectF(0, 0, size.width(), size.height())
        painter.fillRect(rect, QColor(self._theme.text))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, round(size.height() / 5)))
        painter.setFont(font)
        painter.setPen(QColor(self._theme.background))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._flash_text)

    def _paint_blank_label(self, painter: QPainter, picture: QRectF) -> None:
        font = QFont()
        font.setPixelSize(max(8, round(picture.height() / 8)))
        painter.setFont(font)
        painter.setPen(QColor("#b0b0b0"))
        painter.drawText(picture, int(Qt.AlignmentFlag.AlignCenter), "Black screen")
