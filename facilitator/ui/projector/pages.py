"""Pagination measured with Qt: a slide cut into pages that each fit at the floor.

The rules (what a page holds, where it may break, how full it is) are pure,
in :mod:`facilitator.projection.paging`; here each candidate page is measured
with :func:`blocks.layout_at` at the floor (body text 1/25 of the screen
height). Finding each page's text size is ``layout.py``'s job.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from facilitator.agenda.slides import Slide
from facilitator.projection import paging
from facilitator.projection.themes import Theme
from facilitator.room.words import words_for
from facilitator.ui.projector.blocks import floor_px, layout_at


def paginate(slide: Slide, rect: QRectF, theme: Theme, screen_height: float) -> list[Slide]:
    """``slide`` split into pages that each fit ``rect`` at the floor (see ``paging``)."""
    floor = floor_px(screen_height)

    def height(page: Slide) -> float:
        return layout_at(page, rect, floor, theme)[1]

    words = words_for(slide.language)
    return paging.paginate(slide, height, rect.height(), continued=words.continued)
