"""A slide as text blocks at one base size, and the readable floor.

Each part of a slide (title, subtitle, body, a grid of panels, a closing
text) becomes a :class:`Block`: a ``QTextDocument`` in its rectangle.
:func:`layout_at` stacks them from the top at a given base pixel size and
says how tall they are; fitting (``layout.py``) and pagination
(``pages.py``) both measure with it. :func:`floor_px` is the smallest base
size either may use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from facilitator.agenda.slides import Panel, Slide
from facilitator.projection.themes import Theme

# Body text no smaller than 1/30 of the screen height reads from the back of
# a room. Content that does not fit at that size is split into pages.
READABLE_FRACTION = 1 / 30


@dataclass
class Block:
    """One laid-out text (or a panel's background) in its rectangle."""

    doc: QTextDocument
    rect: QRectF
    color: str
    background: str = ""
    border: str = ""


def floor_px(screen_height: float) -> int:
    """The smallest body text size allowed: 1/30 of the screen height, rounded up."""
    return max(6, math.ceil(screen_height * READABLE_FRACTION - 1e-9))


def draw_doc(painter: QPainter, doc: QTextDocument, rect: QRectF, color: str) -> None:
    """Draw ``doc`` at ``rect``'s top left in ``color``, clipped to ``rect``."""
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


def layout_at(slide: Slide, rect: QRectF, px: int, theme: Theme) -> tuple[list[Block], float]:
    """Blocks of the slide at base size ``px``, stacked from the top; returns their height."""
    blocks: list[Block] = []
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
            Block(
                doc,
                QRectF(rect.left(), y, width, doc.size().height()),
                theme.accent if not is_title else theme.text,
            )
        )
        y += doc.size().height() + gap
    if slide.subtitle:
        doc = _document(_plain(slide.subtitle), px * 0.85, width, center=is_title)
        blocks.append(Block(doc, QRectF(rect.left(), y, width, doc.size().height()), theme.muted))
        y += doc.size().height() + gap
    if slide.body:
        scale = 1.35 if slide.kind == "question" else 1.0
        center = slide.kind in ("question", "session-title")
        doc = _document(slide.body, px * scale, width, center=center)
        blocks.append(Block(doc, QRectF(rect.left(), y, width, doc.size().height()), theme.text))
        y += doc.size().height() + gap
    if slide.panels:
        y = _layout_panels(slide.panels, _columns(slide), rect, y, px, theme, blocks)
        y += gap
    if slide.closing:
        doc = _document(slide.closing, px, width)
        blocks.append(Block(doc, QRectF(rect.left(), y, width, doc.size().height()), theme.text))
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
    blocks: list[Block],
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
            blocks.append(Block(_document("", px, 1), cell, theme.text, theme.panel, theme.border))
            blocks.append(Block(doc, cell.adjusted(pad, pad, -pad, -pad), theme.text))
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
