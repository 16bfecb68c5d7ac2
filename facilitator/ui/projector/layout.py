"""Lay out a slide in a rectangle at the largest text size that fits, in pages.

A slide is made of blocks (title, subtitle, body, a grid of panels, a
closing text), each a ``QTextDocument`` (built in ``blocks.py``).
:func:`fit_pages` first splits a slide into pages (``pages.py``): as much as
fits at the readable floor (body text at least 1/30 of the screen height)
goes on a page, the rest on the next ones; then :func:`fit_slide` searches
each page's largest base pixel size that fits. Text is never made smaller
than the floor and never cut off: what does not fit is paged. The projector
and the presenter's miniature draw the same layouts at their own sizes.

This module holds the fitted result (:class:`SlideLayout`), the size search
and the cache of fitted pages; the names of ``blocks`` and ``pages`` that
were defined here before stay importable from here.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from facilitator.agenda.slides import Slide
from facilitator.markup import literal
from facilitator.projection.themes import Theme
from facilitator.ui.projector.blocks import (
    READABLE_FRACTION,
    Block,
    draw_doc,
    floor_px,
    layout_at,
)
from facilitator.ui.projector.pages import paginate

__all__ = [
    "READABLE_FRACTION",
    "SlideLayout",
    "fit_pages",
    "fit_slide",
    "floor_px",
    "paginate",
]

# The name it had when it lived here: tests measure with it.
_layout_at = layout_at


@dataclass
class SlideLayout:
    """The fitted blocks of one slide, ready to paint."""

    base_px: int
    blocks: list[Block]
    fits: bool  # False only for a single unsplittable piece too big at the floor
    readable: bool  # True when body text is at least the readable floor
    content_height: float
    page: Slide | None = None  # the part of the slide on this page
    page_index: int = 0
    page_count: int = 1

    def bounds(self) -> QRectF:
        """The rectangle every block of the layout lies in."""
        result = QRectF()
        for block in self.blocks:
            result = result.united(block.rect)
        return result

    def overflow(self) -> float:
        """How far, in pixels, any text runs past its block (0 when nothing is clipped)."""
        worst = 0.0
        for block in self.blocks:
            if block.doc.isEmpty():
                continue
            size = block.doc.size()
            worst = max(
                worst,
                block.doc.idealWidth() - block.rect.width(),
                size.height() - block.rect.height(),
            )
        return worst

    def clipped(self, rect: QRectF, tolerance: float = 0.5) -> bool:
        """Whether any text would be cut: outside ``rect`` or past its block."""
        if not self.blocks:
            return False
        grown = rect.adjusted(-tolerance, -tolerance, tolerance, tolerance)
        return not grown.contains(self.bounds()) or self.overflow() > tolerance

    def paint(self, painter: QPainter) -> None:
        """Draw every block."""
        for block in self.blocks:
            if block.background:
                if block.border:
                    pen = QPen(QColor(block.border))
                    pen.setWidthF(max(1.0, self.base_px * 0.08))
                    painter.setPen(pen)
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(block.background))
                radius = self.base_px * 0.4
                painter.drawRoundedRect(block.rect, radius, radius)
        for block in self.blocks:
            if not block.doc.isEmpty():
                draw_doc(painter, block.doc, block.rect, block.color)


def fit_slide(
    slide: Slide, rect: QRectF, theme: Theme, screen_height: float, ceiling: int | None = None
) -> SlideLayout:
    """The layout of ``slide`` (one page) in ``rect`` at the largest base size that fits.

    ``screen_height`` sets the readable floor (body text at least 1/30 of it),
    below which the search never goes: a slide too long for one screen is
    split by :func:`fit_pages` first. The search is a bisection on whole
    pixels: text height grows with size. ``ceiling``, when given, is the
    largest size searched (the pages of one item share the smallest).
    """
    floor = floor_px(screen_height)
    high = max(floor, round(screen_height / 9))
    if ceiling is not None:
        high = max(floor, min(high, ceiling))
    low = floor
    best: tuple[int, list[Block], float] | None = None
    while low <= high:
        middle = (low + high) // 2
        blocks, height = layout_at(slide, rect, middle, theme)
        if height <= rect.height():
            best = (middle, blocks, height)
            low = middle + 1
        else:
            high = middle - 1
    if best is None:
        # A single word or table too big at the floor: shown at the floor, flagged.
        blocks, height = layout_at(slide, rect, floor, theme)
        return SlideLayout(floor, blocks, False, True, height, slide)
    px, blocks, height = best
    # Centre short content vertically: a single question should sit mid-screen.
    centred = ("title", "session-title", "question", "prompt", "break")
    offset = (rect.height() - height) / 2 if slide.kind in centred else 0
    if offset > 0:
        for block in blocks:
            block.rect.translate(QPointF(0, offset))
    return SlideLayout(px, blocks, True, px >= floor, height, slide)


def _at_size(slide: Slide, rect: QRectF, px: int, theme: Theme) -> SlideLayout:
    """The layout of one page at base size ``px`` (known to fit)."""
    blocks, height = layout_at(slide, rect, px, theme)
    return SlideLayout(px, blocks, height <= rect.height(), True, height, slide)


def _fit_together(
    pages: list[Slide], rect: QRectF, theme: Theme, screen_height: float
) -> list[SlideLayout]:
    """Each page fitted as :func:`fit_slide` does, searching no higher than is of use.

    The pages of an item are shown at the smallest of their sizes, so a
    page's size above the smallest found so far matters only as "larger":
    the search of each page after the first stops one pixel above it (a page
    that fits there is shown at that smallest size anyway, laid out again at
    it). The seven pages of the longest bundled item took 49 layouts to fit
    one by one, about 20 this way; the result is the same.
    """
    layouts: list[SlideLayout] = []
    smallest: int | None = None
    for page in pages:
        ceiling = None if smallest is None else smallest + 1
        layout = fit_slide(page, rect, theme, screen_height, ceiling)
        layouts.append(layout)
        smallest = layout.base_px if smallest is None else min(smallest, layout.base_px)
    return layouts


# Fitting a long item costs tens of milliseconds; switching back and forth
# between items must not pay it again (bench/projector_switch.py clears it).
_CACHE: OrderedDict[tuple[object, ...], list[SlideLayout]] = OrderedDict()
_CACHE_SIZE = 48


def fit_pages(slide: Slide, rect: QRectF, theme: Theme, screen_height: float) -> list[SlideLayout]:
    """The fitted layout of every page of ``slide`` (cached: a repeat costs nothing)."""
    key = (slide, rect.x(), rect.y(), rect.width(), rect.height(), theme.name, screen_height)
    found = _CACHE.get(key)
    if found is not None:
        _CACHE.move_to_end(key)
        return found
    pages = paginate(slide, rect, theme, screen_height)
    layouts = _fit_together(pages, rect, theme, screen_height)
    if len(layouts) > 1:
        # One size for all pages of an item: text does not jump between pages.
        px = min(layout.base_px for layout in layouts)
        layouts = [
            layout if layout.base_px == px else _at_size(layout.page or slide, rect, px, theme)
            for layout in layouts
        ]
    # After the whole list, each question once more on its own, as large as it fits:
    # the trainer can show all of a step's questions or one at a time.
    layouts += [
        fit_slide(
            Slide(
                "question",
                subtitle=slide.title,
                body=literal(question),
                label=question,
                language=slide.language,
            ),
            rect,
            theme,
            screen_height,
        )
        for question in slide.singles
    ]
    for index, layout in enumerate(layouts):
        layout.page_index = index
        layout.page_count = len(layouts)
    _CACHE[key] = layouts
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return layouts
