"""The participants' picture: a slide page, a header line and the timer.

The same widget fills the projector window and, small, the presenter's
"on the projector now" miniature, so that the trainer sees exactly what the
room sees. Slide pages are fitted only when the slide, the size, the theme
or the timer style changes (and cached); a new second repaints only the
timer's rectangle.

:class:`SlideCanvas` holds what is shown, the cached picture of each page
(header, page, page number) and the order of painting; where things go is
``geometry.py``, the timer styles and the flash are ``timer_painter.py``.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.agenda.slides import Slide
from facilitator.engine.timer import Phase
from facilitator.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.participants.join import JOIN_KIND
from facilitator.projection.look import TimerStyle
from facilitator.projection.room import TURN_KIND, TurnClock
from facilitator.projection.themes import DARK, Theme
from facilitator.room.words import Words, words_for
from facilitator.timefmt import countdown
from facilitator.ui.participants.join_painter import paint_join
from facilitator.ui.projector.geometry import (
    HEADER_SHARE,
    MARGIN_SHARE,
    TIMER_SHARE,
    CanvasGeometry,
)
from facilitator.ui.projector.layout import SlideLayout, fit_pages
from facilitator.ui.projector.timer_painter import (
    changed_digits_rect,
    disc_fraction,
    paint_flash,
    paint_live_text,
    paint_timer,
    paint_turn_clock,
)

# The shares of the height live in geometry.py now; still importable from here.
__all__ = [
    "FLASH_MS",
    "HEADER_SHARE",
    "LAYER_CACHE_SIZE",
    "MARGIN_SHARE",
    "TIMER_SHARE",
    "TIMER_STYLE_LABELS",
    "SlideCanvas",
]

TIMER_STYLE_LABELS = {
    TimerStyle.DIGITS: QT_TRANSLATE_NOOP("Projector", "Large digits"),
    TimerStyle.CORNER: QT_TRANSLATE_NOOP("Projector", "Small, in a corner"),
    TimerStyle.HIDDEN: QT_TRANSLATE_NOOP("Projector", "Hidden"),
    TimerStyle.DISC: QT_TRANSLATE_NOOP("Projector", "Disc (Time Timer)"),
}
FLASH_MS = 1200
# Slides drawn with a big live text under their words: the break screen, the clock.
LIVE_SLIDE_KINDS = ("break", "clock")
# Pictures of pages kept: the one shown and the one PageDown shows next (8 MiB each at
# 1920x1080; six of them were most of the app's growth on a full-screen projector).
# PageUp draws its page again from the fitted layout (bench/projector_switch.py).
LAYER_CACHE_SIZE = 2


class SlideCanvas(QWidget):
    """Paints one page of a slide with its timer, at any size."""

    def __init__(
        self, parent: QWidget | None = None, *, theme: Theme = DARK, miniature: bool = False
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._miniature = miniature
        self._slide: Slide | None = None
        self._text_scale = 1.0
        self._header = ""
        self._page = 0
        self._blank = False
        self._timer_text = ""
        self._timer_seconds: int | None = None
        self._total_seconds = 0
        self._phase = Phase.IDLE
        self._timer_style = TimerStyle.DIGITS
        self._show_timer = True
        self._turn_clock: TurnClock | None = None
        self._live_text = ""  # a break screen's countdown, the clock's time
        self._flash_text = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        # A miniature lays out at the projector's size and paints scaled down,
        # so its line breaks and pages are exactly the room's.
        self._reference = QSizeF(1920, 1080)
        self._layers: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._mini_layer: tuple[tuple[object, ...], QPixmap] | None = None
        self.layer_hits = 0  # pictures of pages blitted from the cache, and drawn anew
        self.layer_misses = 0
        self._timer_dirty: QRect | None = None  # the timer's region to repaint, if any
        self._pending = QRegion()  # what was asked to be repainted since the last paint
        self._pending_all = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(miniature)
        self.setSizePolicy(policy)

    # --- what to show ---------------------------------------------------------

    def set_slide(self, slide: Slide | None, header: str = "", page: int = 0) -> None:
        """Show page ``page`` of ``slide`` under a header line (e.g. the step's title)."""
        if slide != self._slide or header != self._header or page != self._page:
            region = self._changed_by(slide, header)
            self._slide = slide
            self._header = header
            self._page = page
            self._ask(region)

    def _changed_by(self, slide: Slide | None, header: str) -> QRect | None:
        """What showing ``slide`` under ``header`` changes on screen, if less than all of it.

        Another page or item of the same step (PageDown) changes its content and
        page number, not the header above it nor the timer band under the page
        number: only that part is painted and sent to the screen (issue 14: on
        an X server the switch's time is mostly the copy of its pixels). None:
        everything changes (another header, black, a flash, a miniature, a
        turn or live screen, text that may run past its place).
        """
        old = self._slide
        if (
            self._miniature
            or self._blank
            or self._flash_text
            or old is None
            or slide is None
            or header != self._header
            or any(self._is_turn(s) or self._is_live(s) for s in (old, slide))
        ):
            return None
        geometry = self._picture_geometry()
        if any(not layout.fits for layout in self._layouts_of(old, slide)):
            return None
        changed = geometry.content_rect().united(geometry.page_number_rect())
        return changed.toAlignedRect().adjusted(-2, -2, 2, 2).intersected(self.rect())

    def _layouts_of(self, *slides: Slide) -> list[SlideLayout]:
        """The fitted pages of ``slides`` (looked up in the layout cache)."""
        return [layout for slide in slides for layout in self.pages_of(slide)]

    def set_blank(self, blank: bool) -> None:
        """Show black (True) or the content (False)."""
        if blank != self._blank:
            self._blank = blank
            self._ask()

    def set_show_timer(self, show: bool) -> None:
        """Whether the timer is drawn at all (the title screen has none)."""
        if show != self._show_timer:
            self._show_timer = show
            self._ask()

    def set_timer(self, display_seconds: int | None, phase: Phase, total_seconds: int = 0) -> None:
        """Show the countdown (None hides it); ``total_seconds`` sizes the disc's sector."""
        text = "" if display_seconds is None else countdown(display_seconds)
        shown = (self._timer_text, self._phase, self._total_seconds)
        if (text, phase, total_seconds) == shown:
            return
        old, old_phase = self._timer_text, self._phase
        self._timer_text = text
        self._timer_seconds = display_seconds
        self._total_seconds = total_seconds
        self._phase = phase
        self._timer_dirty = None
        if self._blank or not self._show_timer or not old or not text:
            self._ask()  # the picture itself changes (a header beside a corner timer)
            return
        if self._timer_style is TimerStyle.HIDDEN:
            return
        # Only what changed: the digits that differ, else the timer's rectangle.
        rect = self.timer_rect()
        if self._timer_style is TimerStyle.DIGITS and phase == old_phase:
            rect = changed_digits_rect(rect, old, text)
        if rect.isEmpty():
            return
        self._timer_dirty = self._on_widget(rect) if self._miniature else rect
        self._ask(self._timer_dirty)

    def repaint_timer(self) -> None:
        """Paint the timer's changed digits now, not when the event loop comes round.

        The projector's binding calls it on the second's boundary: the room's
        second is due now, before the console's slots run (a miniature waits).
        """
        rect, self._timer_dirty = self._timer_dirty, None
        if rect is not None and not self._miniature:
            self.repaint(rect)

    def _ask(self, rect: QRect | None = None) -> None:
        """Schedule the repaint of ``rect`` (None: all of it), and note it for
        :meth:`repaint_changed`."""
        if rect is None:
            self._pending_all = True
            self.update()
        else:
            self._pending = self._pending.united(rect)
            self.update(rect)

    def repaint_changed(self) -> None:
        """Paint now what the changes since the last paint asked for (a benchmark's
        switch: what the event loop would paint, without the rest of its work)."""
        if self._pending_all:
            self.repaint()
        elif not self._pending.isEmpty():
            self.repaint(self._pending)

    def _on_widget(self, rect: QRect) -> QRect:
        """A rectangle of the (logical) picture where it is on this widget (a miniature's)."""
        scale = self._scale()
        picture = self.picture_rect()
        mapped = QRectF(
            picture.left() + rect.left() * scale,
            picture.top() + rect.top() * scale,
            rect.width() * scale,
            rect.height() * scale,
        )
        return mapped.toAlignedRect().adjusted(-1, -1, 1, 1)

    def set_turn_clock(self, clock: TurnClock | None) -> None:
        """A group turn's own countdown, drawn beside a turn screen's text (None: none)."""
        if clock == self._turn_clock:
            return
        self._turn_clock = clock
        if self._miniature or self._blank or not self._is_turn():
            self._ask()
        else:
            self._ask(self.turn_clock_rect().toAlignedRect())

    @property
    def turn_clock(self) -> TurnClock | None:
        """The turn's countdown as shown (on a turn screen)."""
        return self._turn_clock

    def set_live_text(self, text: str) -> None:
        """The big live text of a break screen (its countdown) or of the clock (the time)."""
        if text == self._live_text:
            return
        self._live_text = text
        if self._miniature or self._blank or not self._is_live():
            self._ask()
        else:
            self._ask(self.live_text_rect().toAlignedRect())

    @property
    def live_text(self) -> str:
        """The break's countdown or the clock's time as shown ("" when neither is shown)."""
        return self._live_text if self._is_live() else ""

    def _is_live(self, slide: Slide | None = None) -> bool:
        slide = slide if slide is not None else self._slide
        return slide is not None and slide.kind in LIVE_SLIDE_KINDS

    def live_text_rect(self) -> QRectF:
        """Where the break's countdown or the clock's time is drawn (logical pixels)."""
        slide = self._slide
        return self._picture_geometry().live_rects(bool(slide and slide.title))[1]

    def _is_turn(self, slide: Slide | None = None) -> bool:
        slide = slide if slide is not None else self._slide
        return slide is not None and slide.kind == TURN_KIND

    def set_theme(self, theme: Theme) -> None:
        """Draw in ``theme``'s colours."""
        if theme is not self._theme:
            self._theme = theme
            self._ask()

    def set_text_scale(self, scale: float) -> None:
        """Text at least ``scale`` times the 1/30 floor (the trainer's text size, >= 1)."""
        scale = max(1.0, scale)
        if scale != self._text_scale:
            self._text_scale = scale
            self._ask()

    def set_timer_style(self, style: TimerStyle | str) -> None:
        """Large digits, small in a corner, hidden, or a disc."""
        try:
            chosen = TimerStyle(style)
        except ValueError:
            raise ValueError(f"unknown timer style {style!r}") from None
        if chosen is not self._timer_style:
            self._timer_style = chosen
            self._ask()

    def set_reference_size(self, size: QSize) -> None:
        """The projector's size, which a miniature copies at a smaller scale."""
        if size.width() > 0 and size.height() > 0 and QSizeF(size) != self._reference:
            self._reference = QSizeF(size)
            self.updateGeometry()
            self._ask()

    def flash(self, text: str, duration_ms: int = FLASH_MS) -> None:
        """Fill the screen with ``text`` for a moment (the end of a step)."""
        self._flash_text = text
        self._flash_timer.start(duration_ms)
        self._ask()

    def _end_flash(self) -> None:
        self._flash_text = ""
        self._ask()

    @property
    def flashing(self) -> bool:
        """Whether a flash is showing."""
        return bool(self._flash_text)

    @property
    def flash_timer(self) -> QTimer:
        """The single-shot timer that ends the flash (tests fire it without waiting)."""
        return self._flash_timer

    @property
    def blank(self) -> bool:
        """Whether the canvas shows black."""
        return self._blank

    @property
    def timer_text(self) -> str:
        """The countdown as shown."""
        return self._timer_text

    @property
    def timer_style(self) -> TimerStyle:
        """The timer style drawn."""
        return self._timer_style

    def disc_fraction(self) -> float:
        """The share of the disc still coloured: remaining over the step's time."""
        return disc_fraction(self._timer_seconds, self._total_seconds)

    @property
    def theme(self) -> Theme:
        """The colours drawn in."""
        return self._theme

    @property
    def words(self) -> Words:
        """The room's words for what is shown: the language of the slide's session."""
        return words_for(self._slide.language if self._slide is not None else "")

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
        rect = self.content_rect_for(slide)
        # The floor is 1/30 of the height; a larger text size fits as if the screen were taller.
        height = self.logical_size().height() * self._text_scale
        return fit_pages(slide, rect, self._theme, height)

    def content_rect_for(self, slide: Slide) -> QRectF:
        """Where ``slide``'s text goes: the content, or its left part on a turn screen."""
        if self._is_turn(slide):
            return self._picture_geometry().turn_rects()[0]
        if self._is_live(slide):
            return self._picture_geometry().live_rects(bool(slide.title))[0]
        return self.content_rect()

    def turn_clock_rect(self) -> QRectF:
        """Where a turn screen draws the group's own countdown (logical pixels)."""
        return self._picture_geometry().turn_rects()[1]

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

    def _picture_geometry(self) -> CanvasGeometry:
        """Where the header, content and timer go at this size and timer style."""
        return CanvasGeometry(self.logical_size(), self._timer_style)

    def timer_rect(self) -> QRect:
        """Where the timer is drawn (logical pixels; the corner box or the bottom band)."""
        return self._picture_geometry().timer_rect()

    def content_rect(self) -> QRectF:
        """Where the slide's content goes: between the header and the timer band."""
        return self._picture_geometry().content_rect()

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
        self._ask()

    # --- painting -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw black, or the header, slide page and timer."""
        self._pending = self._pending.subtracted(event.region())
        if event.rect().contains(self.rect()):
            self._pending_all = False
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        picture = self.picture_rect()
        show_timer = self._show_timer and bool(self._timer_text)
        if self._miniature and not self._blank and not self._flash_text:
            # The miniature blits its picture of the page too: a new second repaints
            # only the timer, not the slide's text at a small scale.
            painter.drawPixmap(0, 0, self._miniature_layer(show_timer))
            self._paint_live(painter, show_timer)
            return
        if self._miniature:
            painter.fillRect(self.rect(), self.palette().window())
        if self._blank:
            painter.fillRect(picture, QColor("#000000"))
            if self._miniature:
                self._paint_blank_label(painter, picture)
            return
        if self._flash_text or self._slide is None:
            painter.fillRect(picture, QColor(self._theme.background))
        if self._flash_text:
            self._to_picture(painter)
            paint_flash(painter, self.logical_size(), self._flash_text, self._theme)
            return
        self._to_picture(painter)
        if self._slide is None:
            self._paint_content(painter, self._slide, self._page, self._header, show_timer)
        else:
            # The projector blits its cached picture of the page (opaque, the whole widget:
            # no background fill under it); only the timer is drawn live.
            layer = self.content_layer(self._slide, self._page, self._header)
            painter.drawPixmap(0, 0, layer)
        self._paint_live(painter, show_timer, translated=True)

    def _to_picture(self, painter: QPainter) -> None:
        """Paint in the picture's logical pixels from here on (a miniature's are scaled)."""
        painter.translate(self.picture_rect().topLeft())
        scale = self._scale()
        painter.scale(scale, scale)

    def _miniature_layer(self, show_timer: bool) -> QPixmap:
        """The miniature's whole picture but the live parts (timer, turn clock), cached."""
        size = self.size()
        ratio = self.devicePixelRatioF()
        key = (
            self._slide, self._page, self._header, size.width(), size.height(), ratio,
            self._reference.width(), self._reference.height(), self._theme.name,
            self._timer_style, show_timer, self.palette().window().color().rgba(),
        )  # fmt: skip
        if self._mini_layer is not None and self._mini_layer[0] == key:
            return self._mini_layer[1]
        layer = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        layer.setDevicePixelRatio(ratio)
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        painter.fillRect(self.picture_rect(), QColor(self._theme.background))
        self._to_picture(painter)
        self._paint_content(painter, self._slide, self._page, self._header, show_timer)
        painter.end()
        self._mini_layer = (key, layer)
        return layer

    def _paint_live(self, painter: QPainter, show_timer: bool, *, translated: bool = False) -> None:
        """The parts drawn at every paint, over the cached picture: a break's countdown or
        the clock's time, the turn clock and the timer."""
        if not translated:
            self._to_picture(painter)
        if self._live_text and self._is_live():
            paint_live_text(painter, self.live_text_rect(), self._live_text, self._theme)
        if self._turn_clock is not None and self._is_turn():
            geometry = self._picture_geometry()
            paint_turn_clock(
                painter, self.turn_clock_rect(), self._turn_clock, self._theme, geometry.margin()
            )
        if show_timer:
            geometry = self._picture_geometry()
            paint_timer(
                painter,
                self._timer_style,
                geometry.timer_rect(),
                self._timer_text,
                self._phase,
                self._theme,
                margin=geometry.margin(),
                fraction=self.disc_fraction(),
                words=self.words,
            )

    def _paint_content(
        self, painter: QPainter, slide: Slide | None, page: int, header: str, show_timer: bool
    ) -> None:
        if header:
            corner = show_timer and self._timer_style is TimerStyle.CORNER
            self._paint_header(painter, header, corner)
        if slide is None:
            return
        if slide.kind == JOIN_KIND:  # its own picture: a QR code beside the address
            paint_join(painter, self._picture_geometry().content_rect(), slide, self._theme)
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
            self._theme.name, self._timer_style, show_timer, self._text_scale,
        )  # fmt: skip
        found = self._layers.get(key)
        if found is not None:
            self._layers.move_to_end(key)
            self.layer_hits += 1
            return found
        self.layer_misses += 1
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
        """Draw these (slide, page, header) pictures ahead, so that showing them only blits.

        The first is the picture shown; only as many as the cache keeps are drawn.
        """
        if self._miniature or self.width() < 2 or self.height() < 2:
            return
        for slide, page, header in pictures[:LAYER_CACHE_SIZE]:
            self.content_layer(slide, page, header)

    def _paint_header(self, painter: QPainter, header: str, corner_timer: bool) -> None:
        rect = self._picture_geometry().header_text_rect(corner_timer)
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
        font = QFont()
        font.setPixelSize(max(6, round(self.logical_size().height() / 40)))
        painter.setFont(font)
        painter.setPen(QColor(self._theme.muted))
        painter.drawText(
            self._picture_geometry().page_number_rect(),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.words.page.format(page=layout.page_index + 1, count=layout.page_count),
        )

    def _paint_blank_label(self, painter: QPainter, picture: QRectF) -> None:
        font = QFont()
        font.setPixelSize(max(8, round(picture.height() / 8)))
        painter.setFont(font)
        painter.setPen(QColor("#b0b0b0"))
        # Only on the console's miniature: the trainer's words.
        label = translate("Projector", "Black screen")
        painter.drawText(picture, int(Qt.AlignmentFlag.AlignCenter), label)
