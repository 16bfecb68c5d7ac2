"""One painter per kind of block of a print plan: each measures its block as pieces.

A block becomes one or more :class:`~facilitator.ui.printing.frame.Piece` s
at the page's width: running text and question lists as pieces of whole lines
(they run on across pages), framed blocks (a note, a document with ruled
lines, a phase with its box) as one piece each. Blocks with ruled lines grow
into the room their page has left. A framed block taller than a whole page
is laid out unframed instead, line by line, so that it runs on too: nothing
is ever cut at a page end. Lists (checklists, the room's notes) are drawn by
``lists``, grids (key figures, groups) by ``grid``, a session plan's steps by
``plan_entry``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from facilitator.markup import literal
from facilitator.printouts.blocks import (
    Block,
    Document,
    Fields,
    Figures,
    GroupGrid,
    Heading,
    Note,
    NoteList,
    Phase,
    Plain,
    Questions,
    Text,
    Ticks,
)
from facilitator.ui.printing.frame import Piece
from facilitator.ui.printing.grid import figures_pieces, group_grid_pieces
from facilitator.ui.printing.lists import note_list_pieces, ticks_pieces
from facilitator.ui.printing.plan_entry import plan_entry_pieces
from facilitator.ui.printing.text import doc_piece, draw_doc, text_doc, text_pieces
from facilitator.ui.printing.writer import GREY, INK, mm

RULE = "#b0b4b8"
LINE_PITCH_MM = 8.5  # room for handwriting between two ruled lines
GAP_MM = 4.5  # between blocks


class BlockPainter:
    """Measures blocks at one width and left edge, for one PDF."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        painter: QPainter,
        left: float,
        width: float,
        room: float = float("inf"),
    ) -> None:
        self.device = device
        self.painter = painter
        self.left = left
        self.width = width
        self.room = room  # a page's content height: a framed block taller than it runs on
        self.gap = mm(GAP_MM)
        # Text laid out for this PDF: text_doc with the device given.
        self.doc = partial(text_doc, device)

    def pieces(self, block: Block) -> list[Piece]:
        """``block`` measured at this painter's width, with the gap that follows it."""
        pieces = self._measure(block)
        return [*pieces[:-1], replace(pieces[-1], gap=self.gap)]

    def _measure(self, block: Block) -> list[Piece]:
        device, painter, left, width = self.device, self.painter, self.left, self.width
        if isinstance(block, Heading):
            return [self.heading(block)]
        if isinstance(block, Text):
            return text_pieces(painter, self.doc(block.markdown, width, 11), left)
        if isinstance(block, Plain):
            return text_pieces(painter, self.doc(block.text, width, 11, markdown=False), left)
        if isinstance(block, Note):
            return self._fitting(self.note(block), lambda: self.note_lines(block))
        if isinstance(block, Questions):
            return self.questions(block)
        if isinstance(block, Document):
            return self._fitting(self.document(block), lambda: self.document_lines(block))
        if isinstance(block, Fields):
            return [self.fields(block)]
        if isinstance(block, Phase):
            return self._fitting(self.phase(block), lambda: self.phase_lines(block))
        if isinstance(block, Ticks):
            return ticks_pieces(device, painter, block, left, width)
        if isinstance(block, NoteList):
            return note_list_pieces(device, painter, block, left, width)
        if isinstance(block, Figures):
            return figures_pieces(device, painter, block, left, width)
        if isinstance(block, GroupGrid):
            return group_grid_pieces(device, painter, block, left, width)
        return plan_entry_pieces(device, painter, block, left, width)

    def _fitting(self, framed: Piece, lines: Callable[[], list[Piece]]) -> list[Piece]:
        """The framed piece, or, when it is taller than a page, the block line by line."""
        return [framed] if framed.height <= self.room else lines()

    def note_lines(self, block: Note) -> list[Piece]:
        """A note too long for one page: its lines, the bar drawn beside each."""
        doc = self.doc(block.markdown, self.width - mm(5), 10.5, italic=True)
        pieces = text_pieces(self.painter, doc, self.left + mm(5))
        bar = QColor(GREY)

        def barred(piece: Piece) -> Piece:
            def paint(y: float, extra: float) -> None:
                self.painter.fillRect(QRectF(self.left, y, mm(1.2), piece.height), bar)
                piece.paint(y, extra)

            return replace(piece, paint=paint)

        return [barred(p) for p in pieces]

    def document_lines(self, block: Document) -> list[Piece]:
        """A document too long for one page: its title, its text line by line, then lines
        for notes."""
        title = self.doc(block.title, self.width, 12.5, markdown=False, bold=True)
        body = text_pieces(self.painter, self.doc(block.markdown, self.width, 11), self.left)
        return [
            doc_piece(self.painter, title, self.left, mm(2.5), keep_with_next=True),
            *body,
            self.writing_space(block.notes_label, block.min_lines),
        ]

    def phase_lines(self, block: Phase) -> list[Piece]:
        """A phase too long for one page: title, text and example line by line, then its box."""
        title = self.doc(
            f"{block.number}. {block.title}", self.width, 13, markdown=False, bold=True
        )
        pieces = [doc_piece(self.painter, title, self.left, mm(1.5), keep_with_next=True)]
        pieces += text_pieces(self.painter, self.doc(block.markdown, self.width, 11), self.left)
        if block.example:
            example = self.doc(block.example, self.width, 9.5, italic=True, color=GREY)
            pieces += text_pieces(self.painter, example, self.left)
        return [*pieces, self.writing_space("", block.min_lines)]

    def writing_space(self, label: str, min_lines: int) -> Piece:
        """A label (when given) and ruled lines to write on, growing into the page's room."""
        left, width = self.left, self.width
        doc = self.doc(label, width, 8.5, markdown=False, color=GREY)
        above = doc.size().height() if label else 0.0
        lines = mm(LINE_PITCH_MM) * min_lines

        def paint(y: float, extra: float) -> None:
            if label:
                draw_doc(self.painter, doc, left, y)
            self.ruled_lines(left, y + above, width, lines + extra)

        return Piece(above + lines, paint, grows=True)

    def ruled_lines(self, left: float, top: float, width: float, height: float) -> None:
        """Lines to write on, one pitch apart, filling ``height``."""
        pitch = mm(LINE_PITCH_MM)
        self.painter.setPen(QPen(QColor(RULE), mm(0.25)))
        y = top + pitch
        while y <= top + height + 0.5:
            self.painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            y += pitch

    def heading(self, block: Heading) -> Piece:
        """The page's title, a subtitle under it, a rule across."""
        left, width = self.left, self.width
        title = self.doc(block.title, width, 17, markdown=False, bold=True)
        subtitle = self.doc(block.subtitle, width, 11, markdown=False, color=GREY)
        under = subtitle.size().height() + mm(1) if block.subtitle else 0.0
        height = title.size().height() + under + mm(2.5)

        def paint(y: float, _extra: float) -> None:
            draw_doc(self.painter, title, left, y)
            if block.subtitle:
                draw_doc(self.painter, subtitle, left, y + title.size().height() + mm(1))
            self.painter.setPen(QPen(QColor(INK), mm(0.5)))
            self.painter.drawLine(QPointF(left, y + height), QPointF(left + width, y + height))

        return Piece(height, paint, keep_with_next=True)

    def note(self, block: Note) -> Piece:
        """A remark in a shaded box with a bar on its left."""
        left, width = self.left, self.width
        pad = mm(3.5)
        doc = self.doc(block.markdown, width - 2 * pad - mm(1.2), 10.5, italic=True)
        height = doc.size().height() + 2 * pad

        def paint(y: float, _extra: float) -> None:
            self.painter.fillRect(QRectF(left, y, width, height), QColor("#eef1f4"))
            self.painter.fillRect(QRectF(left, y, mm(1.2), height), QColor(GREY))
            draw_doc(self.painter, doc, left + mm(1.2) + pad, y + pad)

        return Piece(height, paint)

    def questions(self, block: Questions) -> list[Piece]:
        """A heading (when given) and the numbered questions, line by line."""
        # Numbered in Markdown; each question is plain text, shown as written.
        listing = "\n".join(f"{n}. {literal(q)}" for n, q in enumerate(block.items, start=1))
        items = text_pieces(self.painter, self.doc(listing, self.width, 11), self.left)
        if not block.heading:
            return items
        heading = self.doc(block.heading, self.width, 12, markdown=False, bold=True)
        return [doc_piece(self.painter, heading, self.left, mm(2), keep_with_next=True), *items]

    def document(self, block: Document) -> Piece:
        """A framed document: its title and text, then ruled lines for notes."""
        left, width = self.left, self.width
        pad = mm(4)
        inner = width - 2 * pad
        title = self.doc(block.title, inner, 12.5, markdown=False, bold=True)
        body = self.doc(block.markdown, inner, 11)
        label = self.doc(block.notes_label, inner, 8.5, markdown=False, color=GREY)
        text_height = title.size().height() + mm(2.5) + body.size().height() + mm(4)
        lines = mm(LINE_PITCH_MM) * block.min_lines
        height = 2 * pad + text_height + label.size().height() + lines

        def paint(y: float, extra: float) -> None:
            self.painter.setPen(QPen(QColor(INK), mm(0.35)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRoundedRect(QRectF(left, y, width, height + extra), mm(2), mm(2))
            x, top = left + pad, y + pad
            draw_doc(self.painter, title, x, top)
            draw_doc(self.painter, body, x, top + title.size().height() + mm(2.5))
            draw_doc(self.painter, label, x, top + text_height)
            self.ruled_lines(x, top + text_height + label.size().height(), inner, lines + extra)

        return Piece(height, paint, grows=True)

    def fields(self, block: Fields) -> Piece:
        """Labels with a line to write on after each; the first (a name) the widest."""
        left, width = self.left, self.width
        docs = [
            self.doc(f"{label}:", width, 11, markdown=False, bold=True) for label in block.labels
        ]
        height = max(d.size().height() for d in docs) + mm(3)
        shares = [2.0] + [1.0] * (len(docs) - 1)
        gap = mm(8)
        room = width - gap * (len(docs) - 1)

        def paint(y: float, _extra: float) -> None:
            x = left
            self.painter.setPen(QPen(QColor(INK), mm(0.3)))
            for doc, share in zip(docs, shares, strict=True):
                span = room * share / sum(shares)
                draw_doc(self.painter, doc, x, y)
                start = x + doc.idealWidth() + mm(2)
                base = y + doc.size().height()
                self.painter.drawLine(QPointF(start, base), QPointF(x + span, base))
                x += span + gap

        return Piece(height, paint)

    def phase(self, block: Phase) -> Piece:
        """A template's phase: number and title, what to do, an example, a box to write in."""
        left, width = self.left, self.width
        title = self.doc(f"{block.number}. {block.title}", width, 13, markdown=False, bold=True)
        text = self.doc(block.markdown, width, 11)
        example = self.doc(block.example, width, 9.5, italic=True, color=GREY)
        after_text = title.size().height() + mm(1.5) + text.size().height()
        ex_height = example.size().height() + mm(1.5) if block.example else 0.0
        top_box = after_text + mm(1.5) + ex_height + mm(1.5)
        lines = mm(LINE_PITCH_MM) * block.min_lines
        height = top_box + lines + mm(2)

        def paint(y: float, extra: float) -> None:
            draw_doc(self.painter, title, left, y)
            draw_doc(self.painter, text, left, y + title.size().height() + mm(1.5))
            if block.example:
                draw_doc(self.painter, example, left, y + after_text + mm(1.5))
            box = QRectF(left, y + top_box, width, lines + mm(2) + extra)
            self.painter.setPen(QPen(QColor(RULE), mm(0.35)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRoundedRect(box, mm(2), mm(2))
            self.ruled_lines(
                box.left() + mm(3), box.top(), box.width() - mm(6), box.height() - mm(3)
            )

        return Piece(height, paint, grows=True)
