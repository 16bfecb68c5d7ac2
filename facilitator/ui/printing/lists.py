"""Painters of the blocks that are lists: a checklist with tick boxes, the room's notes.

Each item is laid out on its own, indented, and cut into pieces of whole lines
(``text.text_pieces``), so a long item runs on to the next page line by line;
its first piece also draws the item's mark (a box to tick, a bullet). The
heading stays with the first item.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen, QTextDocument

from facilitator.printouts.blocks import NoteList, Ticks
from facilitator.ui.printing.frame import Piece
from facilitator.ui.printing.text import doc_piece, draw_doc, text_doc, text_pieces
from facilitator.ui.printing.writer import GREY, INK, mm

BOX_MM = 4.2  # a box a pen can tick
INDENT_MM = 8.0
ITEM_GAP_MM = 2.0


def with_mark(piece: Piece, mark: Callable[[float], None]) -> Piece:
    """``piece``, drawing ``mark`` at its top as well."""

    def paint(y: float, extra: float) -> None:
        mark(y)
        piece.paint(y, extra)

    return replace(piece, paint=paint)


def heading_piece(
    device: QPagedPaintDevice, painter: QPainter, text: str, left: float, width: float
) -> Piece:
    """A list's heading in bold, kept with what follows; plain text."""
    doc = text_doc(device, text, width, 12.5, markdown=False, bold=True)
    return doc_piece(painter, doc, left, mm(2), keep_with_next=True)


def ticks_pieces(
    device: QPagedPaintDevice, painter: QPainter, block: Ticks, left: float, width: float
) -> list[Piece]:
    """A checklist: its title, then each item after an empty box; all of it plain text."""
    pieces = [heading_piece(device, painter, block.title, left, width)] if block.title else []
    indent = mm(INDENT_MM)
    for item in block.items:
        doc = text_doc(device, item, width - indent, 11, markdown=False)
        lines = text_pieces(painter, doc, left + indent, mm(ITEM_GAP_MM))
        # The box sits on the first line, as high as its capitals.
        first_line = lines[0].height

        def box(y: float, first_line: float = first_line) -> None:
            side = mm(BOX_MM)
            painter.setPen(QPen(QColor(INK), mm(0.3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, y + (first_line - side) / 2, side, side))

        pieces += [with_mark(lines[0], box), *lines[1:]]
    return pieces


def note_list_pieces(
    device: QPagedPaintDevice, painter: QPainter, block: NoteList, left: float, width: float
) -> list[Piece]:
    """The room's notes under a heading, each after a bullet; all of it plain text."""
    pieces = [heading_piece(device, painter, block.heading, left, width)] if block.heading else []
    indent = mm(6)
    for note in block.notes:
        doc = text_doc(device, note, width - indent, 11, markdown=False)
        lines = text_pieces(painter, doc, left + indent, mm(ITEM_GAP_MM))
        bullet = text_doc(device, "•", indent, 11, markdown=False, color=GREY)

        def mark(y: float, bullet: QTextDocument = bullet) -> None:
            draw_doc(painter, bullet, left, y)

        pieces += [with_mark(lines[0], mark), *lines[1:]]
    return pieces
