"""Lay out a slide in a rectangle at the largest text size that fits.

A slide is made of blocks (title, subtitle, body, a grid of panels), each a
``QTextDocument``. :func:`fit_slide` searches the largest base pixel size at
which every block fits the rectangle; the projector and the presenter's
miniature draw the same layout at their own sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)

from facilitator.agenda.slides import Panel, Slide
from facilitator.ui.theme import Theme

# Body text no smaller than 1/30 of the screen height reads from the back of
# a room; below that we only go as far as this absolute minimum, never clip.
READABLE_FRACTION = 1 / 30
HARD_MIN_FRACTION = 1 / 60


@dataclass
class _Block:
    doc: QTextDocument
    rect: QRectF
    color: str
    background: str = ""


@dataclass
class SlideLayout:
    """The fitted blocks of one slide, ready to paint."""

    base_px: int
    blocks: list[_Block]
    fits: bool  # False when even the hard minimum did not fit (some text may be cut)
    readable: bool  # True when body text is at least the readable floor
    content_height: float

    def paint(self, painter: QPainter) -> None:
        """Draw every block."""
        for block in self.blocks:
            if block.background:
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


def _plain(text: str) -> str:
    # A title is plain text: keep characters such as '*' or '#' literally.
    return "".join("\\" + c if c in "\\`*_{}[]<>()#+-.!|" else c for c in text)


def _columns(slide: Slide) -> int:
    count = len(slide.panels)
    if slide.kind == "cards":
        return min(count, 2)
    if count in (4,):
        return 2
    return min(count, 3)


def _layout_at(slide: Slide, rect: QRectF, px: int, theme: Theme) -> tuple[list[_Block], float]:
    """Blocks of the slide at base size ``px``, stacked from the top; returns their height."""
    blocks: list[_Block] = []
    gap = px * 0.6
    y = rect.top()
    width = rect.width()
    is_title = slide.kind == "title"
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
        doc = _document(slide.body, px * scale, width, center=slide.kind == "question")
        blocks.append(_Block(doc, QRectF(rect.left(), y, width, doc.size().height()), theme.text))
        y += doc.size().height() + gap
    if slide.panels:
        y = _layout_panels(slide.panels, _columns(slide), rect, y, px, theme, blocks)
    height = y - rect.top() - (gap if blocks and not slide.panels else 0)
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
            blocks.append(_Block(_document("", px, 1), cell, theme.text, theme.panel))
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


def fit_slide(slide: Slide, rect: QRectF, theme: Theme, screen_height: float) -> SlideLayout:
    """The layout of ``slide`` in ``rect`` at the largest base size that fits.

    ``screen_height`` sets the readable floor (body text at least 1/30 of it).
    The search is a bisection on whole pixels: text height grows with size.
    """
    floor = max(6, round(screen_height * READABLE_FRACTION))
    hard_min = max(5, round(screen_height * HARD_MIN_FRACTION))
    high = max(floor, round(screen_height / 9))
    low = hard_min
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
        blocks, height = _layout_at(slide, rect, hard_min, theme)
        return SlideLayout(hard_min, blocks, False, False, height)
    px, blocks, height = best
    # Centre short content vertically: a single question should sit mid-screen.
    offset = (rect.height() - height) / 2 if slide.kind in ("title", "question", "prompt") else 0
    if offset > 0:
        for block in blocks:
            block.rect.translate(QPointF(0, offset))
    return SlideLayout(px, blocks, True, px >= floor, height)
