"""Painter of a session plan's step: clock times on the left, what happens on the right.

The right column (title, instructions, materials and the other details, the
trainer-only parts on a grey ground) is cut into pieces of whole lines, so a
long step runs on across pages; the left column (``09:00–09:10``, ``10 min``)
is drawn with the step's first piece, and the pieces it stands beside are
kept together, so it is never cut either. A rule above each step.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from facilitator.printouts.blocks import PlanEntry
from facilitator.ui.printing.frame import Piece
from facilitator.ui.printing.lists import with_mark
from facilitator.ui.printing.text import doc_piece, draw_doc, text_doc, text_pieces
from facilitator.ui.printing.writer import GREY, mm

TIME_COLUMN_MM = 30.0
SHADE = "#eef1f4"


def plan_entry_pieces(
    device: QPagedPaintDevice, painter: QPainter, block: PlanEntry, left: float, width: float
) -> list[Piece]:
    """``block`` as pieces: a rule, the title with the times beside it, then the rest."""
    column = mm(TIME_COLUMN_MM)
    x = left + column
    inner = width - column
    times = text_doc(
        device, f"{block.start}–{block.end}", column - mm(2), 10.5, markdown=False, bold=True
    )
    minutes = text_doc(device, block.minutes, column - mm(2), 9.5, markdown=False, color=GREY)
    side = times.size().height() + mm(0.8) + minutes.size().height()

    def rule(y: float, _extra: float) -> None:
        painter.setPen(QPen(QColor("#9aa0a6"), mm(0.3)))
        painter.drawLine(QPointF(left, y + mm(1)), QPointF(left + width, y + mm(1)))

    title = text_doc(device, block.title, inner, 12.5, markdown=False, bold=True)
    right: list[Piece] = [doc_piece(painter, title, x, mm(1.5))]
    if block.markdown:
        right += text_pieces(painter, text_doc(device, block.markdown, inner, 10.5), x, mm(1.5))
    for line in block.details:
        doc = text_doc(device, line, inner, 9.5, markdown=False, color=GREY)
        right += text_pieces(painter, doc, x, mm(0.8))
    for part in block.trainer:
        right += _shaded(
            painter,
            [
                *_kept(
                    text_pieces(
                        painter,
                        text_doc(device, part.label, inner - mm(6), 9.5, markdown=False, bold=True),
                        x + mm(3),
                        mm(1),
                    )
                ),
                *text_pieces(
                    painter, text_doc(device, part.markdown, inner - mm(6), 9.5), x + mm(3)
                ),
            ],
            x,
            inner,
        )
        right[-1] = replace(right[-1], gap=mm(2))

    def beside(y: float) -> None:
        draw_doc(painter, times, left, y)
        draw_doc(painter, minutes, left, y + times.size().height() + mm(0.8))

    right[0] = with_mark(right[0], beside)
    # Keep the pieces the time column stands beside on one page with it.
    covered = 0.0
    for i, piece in enumerate(right[:-1]):
        if covered >= side:
            break
        right[i] = replace(piece, keep_with_next=True)
        covered += piece.height + piece.gap
    pieces = [Piece(mm(3), rule, keep_with_next=True), *right]
    pieces[-1] = replace(pieces[-1], gap=mm(3))
    return pieces


def _shaded(painter: QPainter, pieces: list[Piece], left: float, width: float) -> list[Piece]:
    """``pieces`` on a grey ground: each piece shades its own band, so the ground runs on
    across a page break with the text."""

    def spacer(y: float, _extra: float) -> None:
        painter.fillRect(QRectF(left, y, width, mm(1.5)), QColor(SHADE))

    shaded = [Piece(mm(1.5), spacer, keep_with_next=True)]
    for piece in pieces:

        def paint(y: float, extra: float, piece: Piece = piece) -> None:
            painter.fillRect(QRectF(left, y, width, piece.height + piece.gap), QColor(SHADE))
            piece.paint(y, extra)

        shaded.append(replace(piece, paint=paint))
    return [*shaded, Piece(mm(1.5), spacer)]


def _kept(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` kept with what follows them (a label never alone at the foot of a page)."""
    return [replace(piece, keep_with_next=True) for piece in pieces]
