"""Painters of the blocks laid out in a grid: key figures, groups.

A row of cells is one piece (it goes to a page whole, as high as its tallest
cell): the case study's figures three to a row, the groups two to a row,
each group framed with its title, members and what it was given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen, QTextDocument

from facilitator.printouts.blocks import Figure, Figures, GroupBox, GroupGrid
from facilitator.ui.printing.frame import Piece
from facilitator.ui.printing.text import draw_doc, text_doc
from facilitator.ui.printing.writer import GREY, INK, mm

FIGURES_PER_ROW = 3
GROUPS_PER_ROW = 2
ACCENT = "#1565c0"
CELL_GAP_MM = 5.0
PAD_MM = 3.5

T = TypeVar("T")

Cell = list[tuple[QTextDocument, float]]  # laid-out texts and the room above each


def _rows(items: Sequence[T], per_row: int) -> list[Sequence[T]]:
    return [items[i : i + per_row] for i in range(0, len(items), per_row)]


def _cell_height(cell: Cell) -> float:
    return sum(gap + doc.size().height() for doc, gap in cell)


def _row_pieces(
    painter: QPainter,
    cells_by_row: list[list[Cell]],
    left: float,
    cell_width: float,
    framed: bool,
) -> list[Piece]:
    pad = mm(PAD_MM)
    gap = mm(CELL_GAP_MM)
    pieces = []
    for cells in cells_by_row:
        height = max(_cell_height(c) for c in cells) + 2 * pad

        def paint(
            y: float, _extra: float, cells: list[Cell] = cells, height: float = height
        ) -> None:
            for column, cell in enumerate(cells):
                x = left + column * (cell_width + gap)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                if framed:
                    painter.setPen(QPen(QColor(INK), mm(0.35)))
                else:
                    painter.setPen(QPen(QColor("#c5cad0"), mm(0.3)))
                painter.drawRoundedRect(QRectF(x, y, cell_width, height), mm(2), mm(2))
                top = y + pad
                for doc, above in cell:
                    top += above
                    draw_doc(painter, doc, x + pad, top)
                    top += doc.size().height()

        pieces.append(Piece(height, paint, gap=gap))
    return pieces


def _grid(
    device: QPagedPaintDevice,
    painter: QPainter,
    items: Sequence[T],
    per_row: int,
    left: float,
    width: float,
    cell: Callable[[T, float], Cell],
    framed: bool,
) -> list[Piece]:
    gap = mm(CELL_GAP_MM)
    cell_width = (width - gap * (per_row - 1)) / per_row
    inner = cell_width - 2 * mm(PAD_MM)
    rows = [[cell(item, inner) for item in row] for row in _rows(items, per_row)]
    return _row_pieces(painter, rows, left, cell_width, framed)


def figures_pieces(
    device: QPagedPaintDevice, painter: QPainter, block: Figures, left: float, width: float
) -> list[Piece]:
    """Key figures, :data:`FIGURES_PER_ROW` to a row: the value large, what it counts under it."""

    def cell(figure: Figure, inner: float) -> Cell:
        value = text_doc(device, figure.value, inner, 22, markdown=False, bold=True, color=ACCENT)
        label = text_doc(device, figure.label, inner, 9.5, markdown=False)
        return [(value, 0.0), (label, mm(1))]

    return _grid(device, painter, block.items, FIGURES_PER_ROW, left, width, cell, framed=False)


def group_grid_pieces(
    device: QPagedPaintDevice, painter: QPainter, block: GroupGrid, left: float, width: float
) -> list[Piece]:
    """The groups, :data:`GROUPS_PER_ROW` to a row, framed: title, members, material."""

    def cell(group: GroupBox, inner: float) -> Cell:
        parts: Cell = [(text_doc(device, group.title, inner, 13, markdown=False, bold=True), 0.0)]
        if group.names:
            names = text_doc(device, "\n".join(group.names), inner, 11, markdown=False)
            parts.append((names, mm(2)))
        if group.material:
            given = text_doc(device, group.given, inner, 9.5, markdown=False, bold=True, color=GREY)
            material = "\n".join(f"• {title}" for title in group.material)
            parts.append((given, mm(2.5)))
            parts.append(
                (text_doc(device, material, inner, 9.5, markdown=False, color=GREY), mm(0.5))
            )
        return parts

    return _grid(device, painter, block.groups, GROUPS_PER_ROW, left, width, cell, framed=True)
