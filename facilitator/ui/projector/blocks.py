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
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from facilitator.agenda.slides import Panel, Slide
from facilitator.projection.themes import Theme
from facilitator.ui.markup import insert_markdown, recolour_links, set_markdown, set_plain

# No text the room must read is smaller than 1/30 of the screen height: it
# reads from the back of a room. A slide's body text (prose made for a room)
# is at least 1/25 of it; panels (cards, figures, phases: boxes side by side)
# keep the 1/30 floor, so a slide's base size is the body's and a panel's
# text is drawn at PANEL_SCALE of it. Content that does not fit is paged.
READABLE_FRACTION = 1 / 30
SLIDE_FRACTION = 1 / 25
PANEL_SCALE = READABLE_FRACTION / SLIDE_FRACTION


@dataclass
class Block:
    """One laid-out text (or a panel's background) in its rectangle."""

    doc: QTextDocument
    rect: QRectF
    color: str
    background: str = ""
    border: str = ""


def floor_px(screen_height: float) -> int:
    """The smallest body text size of a slide: 1/25 of the screen height, rounded up."""
    return max(6, math.ceil(screen_height * SLIDE_FRACTION - 1e-9))


def readable_px(screen_height: float) -> int:
    """The smallest text the room reads anywhere: 1/30 of the screen height, rounded up."""
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
    text: str,
    px: float,
    width: float,
    *,
    bold: bool = False,
    center: bool = False,
    family: str = "",
    plain: bool = False,
) -> QTextDocument:
    """``text`` (Markdown, or plain text when ``plain``) laid out at ``px`` and ``width``."""
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
    if plain:
        set_plain(doc, text)  # a title is plain text: '*' or '<' kept literally
    else:
        set_markdown(doc, text)
        _size_headings(doc, px)
    doc.setTextWidth(max(1.0, width))
    return doc


# A heading inside a slide's text, relative to the body: under the slide's own
# title (1.4), so that it reads as a part of the slide, not a slide of its own.
HEADING_SCALE = {1: 1.3, 2: 1.2, 3: 1.1}
# Space after a paragraph (or a whole list) and before a heading, relative to
# the body: Qt's Markdown puts paragraphs right under one another.
PARAGRAPH_GAP = 0.3
HEADING_GAP = 0.5


def _size_headings(doc: QTextDocument, px: float) -> None:
    """Markdown headings at :data:`HEADING_SCALE` of the body (Qt's own are up to 2x), and
    room between paragraphs and before headings."""
    block = doc.begin()
    first = True
    while block.isValid():
        following = block.next()
        spacing = QTextBlockFormat()
        level = block.blockFormat().headingLevel()
        if level:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            sized = QTextCharFormat()
            sized.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 0)
            font = QFont(doc.defaultFont())
            font.setPixelSize(max(1, round(px * HEADING_SCALE.get(level, 1.0))))
            font.setBold(True)
            sized.setFont(
                font, QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesSpecifiedOnly
            )
            cursor.mergeCharFormat(sized)
            spacing.setTopMargin(0 if first else px * HEADING_GAP)
            spacing.setBottomMargin(px * 0.15)
        else:
            listed = block.textList()
            same_list = (
                listed is not None and following.isValid() and following.textList() == listed
            )
            spacing.setTopMargin(0)
            spacing.setBottomMargin(
                0 if same_list or not following.isValid() else px * PARAGRAPH_GAP
            )
        QTextCursor(block).mergeBlockFormat(spacing)
        first = False
        block = following


def _columns(slide: Slide) -> int:
    count = len(slide.panels)
    if slide.kind == "groups":
        # A grid the back row reads: two columns up to four groups, then three, then four.
        return min(count, 2) if count <= 4 else (3 if count <= 12 else 4)
    if slide.kind == "cards":
        return min(count, 2)
    if slide.kind == "wall":
        return min(count, 3)  # sticky notes: three in a row, each read from the back
    if slide.kind == "wall-themes":
        return min(count, 2)  # a theme's notes need the width of half the screen
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
    is_title = slide.kind in ("title", "session-title", "break")
    is_big_text = slide.kind in ("question", "prompt")
    if slide.title:
        scale = 2.0 if is_title or slide.kind in ("prompt", "turn") else 1.4
        doc = _document(
            slide.title, px * scale, width, bold=True, center=is_title or is_big_text, plain=True
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
        doc = _document(slide.subtitle, px * 0.85, width, center=is_title, plain=True)
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
    # Every link (a Markdown link or a bare URL) in the block's own colour.
    for block in blocks:
        recolour_links(block.doc, block.color)
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
    base_px: int,
    theme: Theme,
    blocks: list[Block],
) -> float:
    px = math.floor(base_px * PANEL_SCALE + 1e-9)  # at the body's floor: the 1/30 floor
    gap = px * 0.8
    pad = px * 0.6
    cell_width = (rect.width() - gap * (columns - 1)) / columns
    y = top
    for row_start in range(0, len(panels), columns):
        row = panels[row_start : row_start + columns]
        docs = []
        for panel in row:
            docs.append(_panel_document(panel, px, cell_width - 2 * pad, theme))
        row_height = max(d.size().height() for d in docs) + 2 * pad
        for column, doc in enumerate(docs):
            x = rect.left() + column * (cell_width + gap)
            cell = QRectF(x, y, cell_width, row_height)
            blocks.append(Block(_document("", px, 1), cell, theme.text, theme.panel, theme.border))
            blocks.append(Block(doc, cell.adjusted(pad, pad, -pad, -pad), theme.text))
        y += row_height + gap
    return y - gap


def _panel_document(panel: Panel, px: int, width: float, theme: Theme) -> QTextDocument:
    """A panel's text: its big value (a figure), its title, then its Markdown body."""
    doc = _document("", px, width)
    cursor = QTextCursor(doc)
    first = True

    def paragraph(text: str, char: QTextCharFormat) -> None:
        nonlocal first
        if not first:
            cursor.insertBlock(QTextBlockFormat(), char)
        first = False
        cursor.setBlockCharFormat(char)
        cursor.insertText(text, char)  # plain text: inserted, never parsed

    if panel.accent:
        accent = QTextCharFormat()
        font = QFont(doc.defaultFont())
        font.setPixelSize(max(1, round(px * 2.2)))
        font.setBold(True)
        accent.setFont(font)
        accent.setForeground(QColor(theme.accent))
        paragraph(panel.accent, accent)
    # A figure's label reads as a caption to its value; other panels have a heading.
    title = QTextCharFormat()
    title.setFont(doc.defaultFont())
    title.setFontWeight(QFont.Weight.Normal if panel.accent else QFont.Weight.Bold)
    if panel.title:  # a sticky note has no title: its text starts at the top
        paragraph(panel.title, title)
    if panel.body and first:
        insert_markdown(cursor, panel.body)
    elif panel.body:
        spaced = cursor.blockFormat()
        spaced.setBottomMargin(px * 0.35)  # the title stands a little apart from its text
        cursor.setBlockFormat(spaced)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        insert_markdown(cursor, panel.body)
    doc.setTextWidth(width)
    return doc
