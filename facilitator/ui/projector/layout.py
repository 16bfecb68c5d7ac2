"""Lay out a slide in a rectangle at the largest text size that fits, in pages.

A slide is made of blocks (title, subtitle, body, a grid of panels, a
closing text), each a ``QTextDocument``. :func:`fit_pages` first splits a
slide into pages: as much as fits at the readable floor (body text at least
1/30 of the screen height) goes on a page, the rest on the next ones; then
:func:`fit_slide` searches each page's largest base pixel size that fits.
Text is never made smaller than the floor and never cut off: what does not
fit is paged. The projector and the presenter's miniature draw the same
layouts at their own sizes.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from facilitator.agenda.slides import Panel, Slide
from facilitator.ui.theme import Theme

# Body text no smaller than 1/30 of the screen height reads from the back of
# a room. Content that does not fit at that size is split into pages.
READABLE_FRACTION = 1 / 30


@dataclass
class _Block:
    doc: QTextDocument
    rect: QRectF
    color: str
    background: str = ""
    border: str = ""


@dataclass
class SlideLayout:
    """The fitted blocks of one slide, ready to paint."""

    base_px: int
    blocks: list[_Block]
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
                _draw_doc(painter, block.doc, block.rect, block.color)


def _draw_doc(painter: QPainter, doc: QTextDocument, rect: QRectF, color: str) -> None:
    painter.save()
    painter.translate(rect.topLeft())
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(color))
    context.palette = palette
    context.clip = QRectF(0, 0, rect.width(), rect.height())
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _document(
    markdown: str,
    px: float,
    width: float,
    *,
    bold: bool = False,
    center: bool = False,
    family: str = "",
) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    if center:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    doc.setDefaultTextOption(option)
    doc.setMarkdown(markdown)
    doc.setTextWidth(max(1.0, width))
    return doc


def _recolour_links(doc: QTextDocument, colour: str) -> None:
    """Links in the block's text colour (Qt's default blue fails 7:1 on black).

    Underlined, so a link is still told apart, and not by colour.
    """
    recolour = QTextCharFormat()
    recolour.setForeground(QColor(colour))
    recolour.setFontUnderline(True)
    block = doc.begin()
    while block.isValid():
        piece = block.begin()
        while not piece.atEnd():
            fragment = piece.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(recolour)
            piece += 1
        block = block.next()


def _has_links(slide: Slide) -> bool:
    texts = [slide.body, slide.closing, *(panel.body for panel in slide.panels)]
    return any("](" in text or "<http" in text or "<a " in text for text in texts)


def _plain(text: str) -> str:
    # A title is plain text: keep characters such as '*' or '#' literally.
    return "".join("\\" + c if c in "\\`*_{}[]<>()#+-.!|" else c for c in text)


def _columns(slide: Slide) -> int:
    count = len(slide.panels)
    if slide.kind == "cards":
        return min(count, 2)
    if count in (4,):
        return 2
    if all(panel.accent for panel in slide.panels):
        return min(count, 3)  # figures: an infographic of two rows of three
    return min(count, 2)


def _layout_at(slide: Slide, rect: QRectF, px: int, theme: Theme) -> tuple[list[_Block], float]:
    """Blocks of the slide at base size ``px``, stacked from the top; returns their height."""
    blocks: list[_Block] = []
    gap = px * 0.6
    y = rect.top()
    width = rect.width()
    is_title = slide.kind in ("title", "session-title")
    is_big_text = slide.kind in ("question", "prompt")
    if slide.title:
        scale = 2.0 if is_title or slide.kind == "prompt" else 1.4
        doc = _document(
            _plain(slide.title), px * scale, width, bold=True, center=is_title or is_big_text
        )
        blocks.append(
            _Block(
                doc,
                QRectF(rect.left(), y, width, doc.size().height()),
                theme.accent if not is_title else theme.text,
            )
        )
        y += doc.size().height() + gap
    if slide.subtitle:
        doc = _document(_plain(slide.subtitle), px * 0.85, width, center=is_title)
        blocks.append(_Block(doc, QRectF(rect.left(), y, width, doc.size().height()), theme.muted))
        y += doc.size().height() + gap
    if slide.body:
        scale = 1.35 if slide.kind == "question" else 1.0
        center = slide.kind in ("question", "session-title")
        doc = _document(slide.body, px * scale, width, center=center)
        blocks.append(_Block(doc, QRectF(rect.left(), y, width, doc.size().height()), theme.text))
        y += doc.size().height() + gap
    if slide.panels:
        y = _layout_panels(slide.panels, _columns(slide), rect, y, px, theme, blocks)
        y += gap
    if slide.closing:
        doc = _document(slide.closing, px, width)
        blocks.append(_Block(doc, QRectF(rect.left(), y, width, doc.size().height()), theme.text))
        y += doc.size().height() + gap
    height = y - rect.top() - (gap if blocks else 0)
    if _has_links(slide):
        for block in blocks:
            _recolour_links(block.doc, block.color)
    # A word longer than the line overflows sideways: that does not fit either.
    widest = max(
        (b.doc.idealWidth() - b.rect.width() for b in blocks if not b.background), default=0.0
    )
    return blocks, height if widest <= 0.5 else float("inf")


def _layout_panels(
    panels: tuple[Panel, ...],
    columns: int,
    rect: QRectF,
    top: float,
    px: int,
    theme: Theme,
    blocks: list[_Block],
) -> float:
    gap = px * 0.8
    pad = px * 0.6
    cell_width = (rect.width() - gap * (columns - 1)) / columns
    y = top
    for row_start in range(0, len(panels), columns):
        row = panels[row_start : row_start + columns]
        docs = []
        for panel in row:
            parts = []
            if panel.accent:
                parts.append(
                    f"<div style='font-size:{round(px * 2.2)}px; font-weight:bold; "
                    f"color:{theme.accent}'>{_escape(panel.accent)}</div>"
                )
            # A figure's label reads as a caption to its value; other panels have a heading.
            weight = "normal" if panel.accent else "bold"
            parts.append(f"<div style='font-weight:{weight}'>{_escape(panel.title)}</div>")
            if panel.body:
                parts.append(_markdown_html(panel.body))
            doc = _document("", px, cell_width - 2 * pad)
            doc.setHtml("".join(parts))
            doc.setTextWidth(cell_width - 2 * pad)
            docs.append(doc)
        row_height = max(d.size().height() for d in docs) + 2 * pad
        for column, doc in enumerate(docs):
            x = rect.left() + column * (cell_width + gap)
            cell = QRectF(x, y, cell_width, row_height)
            blocks.append(_Block(_document("", px, 1), cell, theme.text, theme.panel, theme.border))
            blocks.append(_Block(doc, cell.adjusted(pad, pad, -pad, -pad), theme.text))
        y += row_height + gap
    return y - gap


def _markdown_html(markdown: str) -> str:
    """The HTML of a Markdown text's body, to embed in a larger HTML document."""
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    html = doc.toHtml()
    start = html.find(">", html.find("<body")) + 1
    end = html.rfind("</body>")
    return html[start:end]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def floor_px(screen_height: float) -> int:
    """The smallest body text size allowed: 1/30 of the screen height, rounded up."""
    return max(6, math.ceil(screen_height * READABLE_FRACTION - 1e-9))


def fit_slide(slide: Slide, rect: QRectF, theme: Theme, screen_height: float) -> SlideLayout:
    """The layout of ``slide`` (one page) in ``rect`` at the largest base size that fits.

    ``screen_height`` sets the readable floor (body text at least 1/30 of it),
    below which the search never goes: a slide too long for one screen is
    split by :func:`fit_pages` first. The search is a bisection on whole
    pixels: text height grows with size.
    """
    floor = floor_px(screen_height)
    high = max(floor, round(screen_height / 9))
    low = floor
    best: tuple[int, list[_Block], float] | None = None
    while low <= high:
        middle = (low + high) // 2
        blocks, height = _layout_at(slide, rect, middle, theme)
        if height <= rect.height():
            best = (middle, blocks, height)
            low = middle + 1
        else:
            high = middle - 1
    if best is None:
        # A single word or table too big at the floor: shown at the floor, flagged.
        blocks, height = _layout_at(slide, rect, floor, theme)
        return SlideLayout(floor, blocks, False, True, height, slide)
    px, blocks, height = best
    # Centre short content vertically: a single question should sit mid-screen.
    centred = ("title", "session-title", "question", "prompt")
    offset = (rect.height() - height) / 2 if slide.kind in centred else 0
    if offset > 0:
        for block in blocks:
            block.rect.translate(QPointF(0, offset))
    return SlideLayout(px, blocks, True, px >= floor, height, slide)


def _at_size(slide: Slide, rect: QRectF, px: int, theme: Theme) -> SlideLayout:
    """The layout of one page at base size ``px`` (known to fit)."""
    blocks, height = _layout_at(slide, rect, px, theme)
    return SlideLayout(px, blocks, height <= rect.height(), True, height, slide)


# --- pages -------------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    """The smallest piece a page break may fall between."""

    where: str  # body, panel or closing
    text: str = ""
    list_item: bool = False
    heading: bool = False
    panel: Panel | None = None


_LIST_ITEM = re.compile(r"^\s{0,3}([-*+]|\d+[.)])\s")


def _text_units(markdown: str, where: str) -> list[_Unit]:
    units: list[_Unit] = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        if not block.strip():
            continue
        lines = block.split("\n")
        if _LIST_ITEM.match(lines[0]):
            item: list[str] = []
            for line in lines:
                if _LIST_ITEM.match(line) and item:
                    units.append(_Unit(where, "\n".join(item), list_item=True))
                    item = []
                item.append(line)
            units.append(_Unit(where, "\n".join(item), list_item=True))
        else:
            units.append(_Unit(where, block, heading=block.lstrip().startswith("#")))
    return units


def _units(slide: Slide) -> list[_Unit]:
    units = _text_units(slide.body, "body") if slide.body else []
    units += [_Unit("panel", panel=panel) for panel in slide.panels]
    if slide.closing:
        units += _text_units(slide.closing, "closing")
    return units


def _join(units: list[_Unit]) -> str:
    text = ""
    for index, unit in enumerate(units):
        if index:
            tight = unit.list_item and units[index - 1].list_item
            text += "\n" if tight else "\n\n"
        text += unit.text
    return text


def _page(slide: Slide, units: list[_Unit], first: bool) -> Slide:
    return replace(
        slide,
        subtitle=slide.subtitle if first else "",
        body=_join([u for u in units if u.where == "body"]),
        panels=tuple(u.panel for u in units if u.panel is not None),
        closing=_join([u for u in units if u.where == "closing"]),
    )


def _split(unit: _Unit) -> list[_Unit]:
    """Smaller pieces of a unit too big for a page on its own; [] when it cannot split."""
    if unit.panel is not None:
        panel = unit.panel
        pieces = [u.text for u in _text_units(panel.body, "body")] if panel.body else []
        if len(pieces) < 2:
            pieces = _sentences(panel.body)
        if len(pieces) < 2:
            return []
        return [
            _Unit("panel", panel=Panel(panel.title + (" (vervolg)" if i else ""), piece))
            for i, piece in enumerate(pieces)
        ]
    if unit.text.lstrip().startswith("|"):
        return []  # a table stays whole
    marker = ""
    text = unit.text
    if unit.list_item:
        found = _LIST_ITEM.match(text)
        assert found is not None
        marker, text = text[: found.end()], text[found.end() :]
    pieces = _sentences(text)
    if len(pieces) < 2:
        words = text.split()
        if len(words) < 2:
            return []
        half = len(words) // 2
        pieces = [" ".join(words[:half]), " ".join(words[half:])]
    first = _Unit(unit.where, marker + pieces[0], unit.list_item)
    rest = [_Unit(unit.where, piece) for piece in pieces[1:]]
    return [first, *rest]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s]


def paginate(slide: Slide, rect: QRectF, theme: Theme, screen_height: float) -> list[Slide]:
    """``slide`` split into pages that each fit ``rect`` at the readable floor.

    Pieces (paragraphs, list items, panels, closing paragraphs) are kept in
    order and packed greedily; a piece too big for a page of its own is split
    into sentences (a panel into its paragraphs). A heading is never left
    alone at the bottom of a page. The title stays on every page, the
    subtitle only on the first.
    """
    floor = floor_px(screen_height)

    def fits(page: Slide) -> bool:
        return _layout_at(page, rect, floor, theme)[1] <= rect.height()

    if fits(slide):
        return [slide]
    queue = _units(slide)
    if not queue:
        return [slide]
    pages: list[list[_Unit]] = []
    current: list[_Unit] = []
    while queue:
        unit = queue.pop(0)
        if fits(_page(slide, [*current, unit], not pages)):
            current.append(unit)
            continue
        if current:
            carried: list[_Unit] = []
            while current and current[-1].heading:
                carried.insert(0, current.pop())
            if current:
                pages.append(current)
            current = carried
            queue.insert(0, unit)
            if carried and not fits(_page(slide, [*carried, unit], not pages)):
                pages.append(carried)  # a heading with too big a piece: keep the order
                current = []
            continue
        pieces = _split(unit)
        if pieces:
            queue[:0] = pieces
        else:
            pages.append([unit])  # unsplittable: alone on its page, shown at the floor
    if current:
        pages.append(current)
    return [_page(slide, units, index == 0) for index, units in enumerate(pages)]


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
    layouts = [fit_slide(page, rect, theme, screen_height) for page in pages]
    if len(layouts) > 1:
        # One size for all pages of an item: text does not jump between pages.
        px = min(layout.base_px for layout in layouts)
        layouts = [
            layout if layout.base_px == px else _at_size(layout.page or slide, rect, px, theme)
            for layout in layouts
        ]
    for index, layout in enumerate(layouts):
        layout.page_index = index
        layout.page_count = len(layouts)
    _CACHE[key] = layouts
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return layouts
