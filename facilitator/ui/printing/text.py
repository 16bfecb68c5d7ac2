"""Text for print, laid out by ``QTextDocument``: real, searchable text in the PDF.

:func:`text_doc` lays out Markdown or plain text at a width and a size in
points (converted with the PDF's resolution, not the screen's);
:func:`text_pieces` cuts a laid-out document into pieces of whole lines, so
that the page frame can run it on across pages without cutting a line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextLength,
    QTextOption,
    QTextTable,
)

from facilitator.ui.markup import set_markdown, set_plain
from facilitator.ui.printing.frame import Piece
from facilitator.ui.printing.writer import FONT, INK, RESOLUTION, mm

_HAIR = 0.5  # device pixels (1/600 inch)
LIST_INDENT_MM = 6.0  # a list's step in from the text
SCREEN_DPI = 96  # the resolution Qt takes indents to be in


def text_doc(
    device: QPagedPaintDevice,
    text: str,
    width: float,
    size: float,
    *,
    markdown: bool = True,
    bold: bool = False,
    italic: bool = False,
    color: str = INK,
) -> QTextDocument:
    """``text`` laid out at ``width`` device pixels in ``size`` points, for ``device``.

    ``text`` is Markdown (raw HTML shown as written), or plain text when not ``markdown``.
    """
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(FONT)
    font.setPointSizeF(size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    # Qt scales indents by the device's resolution over the screen's (96 dpi): 6 mm on paper.
    doc.setIndentWidth(mm(LIST_INDENT_MM) * SCREEN_DPI / RESOLUTION)
    if markdown:
        set_markdown(doc, text)
    else:
        set_plain(doc, text)
    style = QTextCharFormat()
    style.setForeground(QColor(color))
    if bold:
        style.setFontWeight(QFont.Weight.Bold)
    if italic:
        style.setFontItalic(True)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(style)
    _full_width_tables(doc)
    doc.setTextWidth(width)
    return doc


def _full_width_tables(doc: QTextDocument) -> None:
    """Tables as wide as the text (Markdown's are only as wide as their words need)."""
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
            frame.setFormat(table_format)


def draw_doc(painter: QPainter, doc: QTextDocument, x: float, y: float) -> None:
    """Paint a laid-out document with its top-left corner at (x, y)."""
    painter.save()
    painter.translate(x, y)
    doc.drawContents(painter)
    painter.restore()


@dataclass(frozen=True)
class _Band:
    """A horizontal band of a laid-out document that goes to a page whole: a line, a table row."""

    top: float
    bottom: float
    block: QTextBlock
    line: int  # the block's line; -1: a table row (the block is one of its cells)
    keep_with_next: bool = False  # a heading, a paragraph's first or last but one line


def _bands(doc: QTextDocument) -> list[_Band]:
    """The document's bands, top to bottom; empty blocks (which draw nothing) left out."""
    rows: dict[tuple[int, int], _Band] = {}
    bands: list[_Band] = []
    layout_of_doc = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        # In document coordinates (a table cell's own layout is placed in its
        # cell); asking also makes Qt lay a long document out that far.
        rect = layout_of_doc.blockBoundingRect(block)
        layout = block.layout()
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        if table is not None:
            # A row's cells sit side by side: the row goes to a page whole.
            key = (table.firstPosition(), table.cellAt(cursor).row())
            known = rows.get(key)
            top, bottom = rect.top(), rect.bottom()
            if known is not None:
                top, bottom = min(top, known.top), max(bottom, known.bottom)
            rows[key] = _Band(top, bottom, block, -1)
        elif block.text() or block.textList() is not None:
            count = layout.lineCount()
            heading = block.blockFormat().headingLevel() > 0
            for i in range(count):
                line = layout.lineAt(i)
                top = rect.top() + line.y()
                keep = heading or (count > 1 and i in (0, count - 2))
                bands.append(_Band(top, top + line.height(), block, i, keep))
        block = block.next()
    return sorted([*bands, *rows.values()], key=lambda band: band.top)


def _units(doc: QTextDocument) -> list[list[_Band]]:
    """The bands grouped where they overlap (nothing is drawn across two pieces)."""
    units: list[list[_Band]] = []
    bottom = float("-inf")
    for band in _bands(doc):
        if units and band.top < bottom:
            units[-1].append(band)
        else:
            units.append([band])
        bottom = max(bottom, band.bottom)
    return units


def line_tops(doc: QTextDocument) -> list[float]:
    """Where each piece of ``doc`` (a line, a table row) starts, top to bottom."""
    return [unit[0].top for unit in _units(doc)]


def text_pieces(painter: QPainter, doc: QTextDocument, x: float, gap: float = 0.0) -> list[Piece]:
    """``doc`` as one piece per line (a table row: one piece), placed at ``x``.

    ``gap`` is the room below the last line. A paragraph's first line is kept
    with the next (never alone at the foot of a page), and so is its last but
    one (never a last line alone at the top of the next); a heading too.
    """
    units = _units(doc)
    if not units:
        return [doc_piece(painter, doc, x, gap)]
    # Each piece reaches down to where the next one starts: the first from the top.
    tops = [0.0, *(unit[0].top for unit in units[1:])]
    bottoms = [*tops[1:], max(doc.size().height(), units[-1][-1].bottom)]
    width = doc.textWidth()
    pieces: list[Piece] = []
    for i, (unit, top, bottom) in enumerate(zip(units, tops, bottoms, strict=True)):

        def paint(
            y: float,
            _extra: float,
            unit: list[_Band] = unit,
            top: float = top,
            bottom: float = bottom,
        ) -> None:
            painter.save()
            painter.translate(x, y - top)
            # Wider than the text: list numbers stand left of it.
            painter.setClipRect(QRectF(-width, top, 3 * width, bottom - top))
            for band in unit:
                _draw_band(painter, doc, band, width)
            painter.restore()

        pieces.append(
            Piece(
                bottom - top,
                paint,
                gap=gap if i == len(units) - 1 else 0.0,
                keep_with_next=unit[-1].keep_with_next and i < len(units) - 1,
            )
        )
    return pieces


def _draw_band(painter: QPainter, doc: QTextDocument, band: _Band, width: float) -> None:
    """Draw only ``band`` of ``doc``: each line is in the PDF once, not again on the next page."""
    if band.line > 0:
        # Further lines of a paragraph. (Through the document's layout Qt would
        # also draw the line above the clip, whose text would then be in the
        # PDF twice, clipped out of sight.)
        layout = band.block.layout()
        layout.lineAt(band.line).draw(painter, layout.position())
        return
    # A paragraph's first line with its list number or bullet, or a table row:
    # the document's layout draws the blocks that meet the clip, kept a hair
    # inside the band so that the neighbours do not.
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, band.top + _HAIR, width, band.bottom - band.top - 2 * _HAIR)
    doc.documentLayout().draw(painter, context)


def doc_piece(
    painter: QPainter, doc: QTextDocument, x: float, gap: float = 0.0, keep_with_next: bool = False
) -> Piece:
    """``doc`` as one piece that is never cut (a heading, a caption)."""
    return Piece(
        doc.size().height(),
        lambda y, _e: draw_doc(painter, doc, x, y),
        gap=gap,
        keep_with_next=keep_with_next,
    )


def cell_lines(text: str, font: QFont, device: QPaintDevice, width: float, most: int) -> list[str]:
    """``text`` in ``font`` on ``device`` broken into lines at most ``width`` wide (between
    words where they fit), at most ``most`` of them: only a text longer than that ends
    with "…" on its last line."""
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans] or [""]
    if len(lines) <= most:
        return lines
    rest = text[spans[most - 1][0] :].strip()
    metrics = QFontMetricsF(font, device)
    return [*lines[: most - 1], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
