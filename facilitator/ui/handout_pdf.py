"""A session's hand-outs as an A4 PDF: QPdfWriter, QPainter and QTextDocument.

The pages and their order come from :func:`facilitator.handouts.handout_plan`;
this module only draws them. Markdown is laid out by ``QTextDocument`` (real,
searchable text in DejaVu Sans, which has every accent the agendas use);
frames, ruled lines and cut lines by ``QPainter``. The PDF is made in memory
and then written in one go, so that a read-only folder or a full disk is an
ordinary ``OSError`` with the system's message, and never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from facilitator.agenda.agenda import Agenda
from facilitator.handouts import (
    CARDS_PER_PAGE,
    Block,
    Card,
    Document,
    Fields,
    Heading,
    Note,
    Page,
    Phase,
    PrintPlan,
    Questions,
    Text,
    handout_plan,
)
from facilitator.reports.pdf import RESOLUTION, a4_writer, ensure_gui

FONT = "DejaVu Sans"
INK = "#212121"
GREY = "#5f6368"
RULE = "#b0b4b8"
LINE_PITCH_MM = 8.5  # room for handwriting between two ruled lines
GAP_MM = 4.5  # between blocks


@dataclass
class _Piece:
    """A block measured at the page's width: fixed height, painted at a y later."""

    height: float
    paint: Callable[[float, float], None]  # (top, extra height given to its ruled lines)
    grows: bool = False


class _Sheets:
    """Draws plan pages on a QPdfWriter, one plan page per sheet unless it overflows."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        area = QRectF(painter.viewport())
        self.footer_height = self.mm(8)
        self.area = QRectF(area.left(), area.top(), area.width(), area.height())
        self.content = QRectF(
            area.left(), area.top(), area.width(), area.height() - self.footer_height
        )
        self.sheets = 0

    # --- units and text ------------------------------------------------------

    def mm(self, value: float) -> float:
        """Millimetres in device pixels."""
        return value * RESOLUTION / 25.4

    def doc(
        self,
        text: str,
        width: float,
        size: float,
        *,
        markdown: bool = True,
        bold: bool = False,
        italic: bool = False,
        color: str = INK,
    ) -> QTextDocument:
        """``text`` laid out at ``width`` pixels in ``size`` points."""
        doc = QTextDocument()
        # Points are converted with the PDF's resolution, not the screen's.
        doc.documentLayout().setPaintDevice(self.writer)
        font = QFont(FONT)
        font.setPointSizeF(size)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setIndentWidth(self.mm(6))
        if markdown:
            doc.setMarkdown(text)
        else:
            doc.setPlainText(text)
        style = QTextCharFormat()
        style.setForeground(QColor(color))
        if bold:
            style.setFontWeight(QFont.Weight.Bold)
        if italic:
            style.setFontItalic(True)
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeCharFormat(style)
        doc.setTextWidth(width)
        return doc

    def draw_doc(self, doc: QTextDocument, x: float, y: float) -> None:
        """Paint a laid-out document with its top-left corner at (x, y)."""
        self.painter.save()
        self.painter.translate(x, y)
        doc.drawContents(self.painter)
        self.painter.restore()

    def ruled_lines(self, left: float, top: float, width: float, height: float) -> None:
        """Lines to write on, one pitch apart, filling ``height``."""
        pitch = self.mm(LINE_PITCH_MM)
        self.painter.setPen(QPen(QColor(RULE), self.mm(0.25)))
        y = top + pitch
        while y <= top + height + 0.5:
            self.painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            y += pitch

    # --- pages ---------------------------------------------------------------

    def new_sheet(self, footer: str) -> None:
        """Start a sheet (the first one exists already) and put the footer on it."""
        if self.sheets:
            self.writer.newPage()
        self.sheets += 1
        doc = self.doc(footer, self.area.width(), 8, markdown=False, color=GREY)
        self.draw_doc(doc, self.area.left(), self.area.bottom() - doc.size().height())

    def page(self, page: Page) -> None:
        """Draw one plan page."""
        if page.layout == "cards":
            self.cards(page)
        else:
            self.flow(page)

    def flow(self, page: Page) -> None:
        """Blocks top to bottom; ruled lines share the room left over."""
        self.new_sheet(page.footer)
        width = self.content.width()
        pieces = [self.piece(block, width) for block in page.blocks]
        gap = self.mm(GAP_MM)
        used = sum(p.height for p in pieces) + gap * max(0, len(pieces) - 1)
        growing = [p for p in pieces if p.grows]
        spare = max(0.0, self.content.height() - used)
        extra = spare / len(growing) if growing else 0.0
        y = self.content.top()
        for piece in pieces:
            if y + piece.height > self.content.bottom() and y > self.content.top():
                # Too much for one sheet: go on on the next rather than draw off the paper.
                self.new_sheet(page.footer)
                y = self.content.top()
            grow = extra if piece.grows else 0.0
            piece.paint(y, grow)
            y += piece.height + grow + gap

    def cards(self, page: Page) -> None:
        """Cards in equal slots, a dashed cut line with scissors between the slots."""
        self.new_sheet(page.footer)
        slot = self.content.height() / CARDS_PER_PAGE
        margin = self.mm(7)
        for i, card in enumerate(page.cards):
            top = self.content.top() + i * slot
            rect = QRectF(
                self.content.left(),
                top + (margin if i else 0),
                self.content.width(),
                slot - margin * (2 if i else 1),
            )
            self.card(card, rect)
        for i in range(1, CARDS_PER_PAGE):
            self.cut_line(self.content.top() + i * slot, page.cut_label)

    def cut_line(self, y: float, label: str) -> None:
        """A dashed line across the sheet, scissors at its start and a hint what it is for."""
        painter = self.painter
        scissors = self.doc("✂", self.mm(10), 14, markdown=False, color=GREY)
        hint = self.doc(label, self.content.width() / 2, 7.5, markdown=False, color=GREY)
        s_height = scissors.size().height()
        self.draw_doc(scissors, self.content.left(), y - s_height / 2)
        start = self.content.left() + scissors.idealWidth() + self.mm(1.5)
        pen = QPen(QColor(GREY), self.mm(0.35))
        pen.setDashPattern([8.0, 5.0])  # in pen widths: dashes about 3 mm long, easy to follow
        painter.setPen(pen)
        painter.drawLine(QPointF(start, y), QPointF(self.content.right(), y))
        self.draw_doc(hint, self.content.right() - hint.idealWidth(), y + self.mm(0.8))

    def card(self, card: Card, rect: QRectF) -> None:
        """A framed card; its text as large as fits (at most 16 pt)."""
        painter = self.painter
        painter.setPen(QPen(QColor(INK), self.mm(0.4)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, self.mm(3), self.mm(3))
        pad = self.mm(8)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        source = self.doc(card.source, inner.width(), 8.5, markdown=False, color=GREY)
        room = inner.height() - source.size().height() - self.mm(5)
        size = 16.0
        while True:
            title = self.doc(card.title, inner.width(), size * 1.3, markdown=False, bold=True)
            body = self.doc(card.markdown, inner.width(), size)
            needed = title.size().height() + self.mm(5) + body.size().height()
            if needed <= room or size <= 9:
                break
            size -= 0.5
        self.draw_doc(source, inner.left(), inner.top())
        y = inner.top() + source.size().height() + self.mm(5)
        self.draw_doc(title, inner.left(), y)
        self.draw_doc(body, inner.left(), y + title.size().height() + self.mm(5))

    # --- blocks --------------------------------------------------------------

    def piece(self, block: Block, width: float) -> _Piece:
        """Measure a block at ``width`` and say how to paint it."""
        left = self.content.left()
        if isinstance(block, Heading):
            return self.heading(block, left, width)
        if isinstance(block, Text):
            doc = self.doc(block.markdown, width, 11)
            return _Piece(doc.size().height(), lambda y, _e: self.draw_doc(doc, left, y))
        if isinstance(block, Note):
            return self.note(block, left, width)
        if isinstance(block, Questions):
            return self.questions(block, left, width)
        if isinstance(block, Document):
            return self.document(block, left, width)
        if isinstance(block, Fields):
            return self.fields(block, left, width)
        return self.phase(block, left, width)

    def heading(self, block: Heading, left: float, width: float) -> _Piece:
        title = self.doc(block.title, width, 17, markdown=False, bold=True)
        subtitle = self.doc(block.subtitle, width, 11, markdown=False, color=GREY)
        under = subtitle.size().height() + self.mm(1) if block.subtitle else 0.0
        height = title.size().height() + under + self.mm(2.5)

        def paint(y: float, _extra: float) -> None:
            self.draw_doc(title, left, y)
            if block.subtitle:
                self.draw_doc(subtitle, left, y + title.size().height() + self.mm(1))
            self.painter.setPen(QPen(QColor(INK), self.mm(0.5)))
            self.painter.drawLine(QPointF(left, y + height), QPointF(left + width, y + height))

        return _Piece(height, paint)

    def note(self, block: Note, left: float, width: float) -> _Piece:
        pad = self.mm(3.5)
        doc = self.doc(block.markdown, width - 2 * pad - self.mm(1.2), 10.5, italic=True)
        height = doc.size().height() + 2 * pad

        def paint(y: float, _extra: float) -> None:
            self.painter.fillRect(QRectF(left, y, width, height), QColor("#eef1f4"))
            self.painter.fillRect(QRectF(left, y, self.mm(1.2), height), QColor(GREY))
            self.draw_doc(doc, left + self.mm(1.2) + pad, y + pad)

        return _Piece(height, paint)

    def questions(self, block: Questions, left: float, width: float) -> _Piece:
        heading = self.doc(block.heading, width, 12, markdown=False, bold=True)
        listing = "\n".join(f"{n}. {q}" for n, q in enumerate(block.items, start=1))
        items = self.doc(listing, width, 11)
        top = heading.size().height() + self.mm(2) if block.heading else 0.0

        def paint(y: float, _extra: float) -> None:
            if block.heading:
                self.draw_doc(heading, left, y)
            self.draw_doc(items, left, y + top)

        return _Piece(top + items.size().height(), paint)

    def document(self, block: Document, left: float, width: float) -> _Piece:
        pad = self.mm(4)
        inner = width - 2 * pad
        title = self.doc(block.title, inner, 12.5, markdown=False, bold=True)
        body = self.doc(block.markdown, inner, 11)
        label = self.doc(block.notes_label, inner, 8.5, markdown=False, color=GREY)
        text_height = title.size().height() + self.mm(2.5) + body.size().height() + self.mm(4)
        lines = self.mm(LINE_PITCH_MM) * block.min_lines
        height = 2 * pad + text_height + label.size().height() + lines

        def paint(y: float, extra: float) -> None:
            self.painter.setPen(QPen(QColor(INK), self.mm(0.35)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRoundedRect(
                QRectF(left, y, width, height + extra), self.mm(2), self.mm(2)
            )
            x, top = left + pad, y + pad
            self.draw_doc(title, x, top)
            self.draw_doc(body, x, top + title.size().height() + self.mm(2.5))
            self.draw_doc(label, x, top + text_height)
            self.ruled_lines(x, top + text_height + label.size().height(), inner, lines + extra)

        return _Piece(height, paint, grows=True)

    def fields(self, block: Fields, left: float, width: float) -> _Piece:
        docs = [
            self.doc(f"{label}:", width, 11, markdown=False, bold=True) for label in block.labels
        ]
        height = max(d.size().height() for d in docs) + self.mm(3)
        # The first blank (the name) is wider than the others (a date).
        shares = [2.0] + [1.0] * (len(docs) - 1)
        gap = self.mm(8)
        room = width - gap * (len(docs) - 1)

        def paint(y: float, _extra: float) -> None:
            x = left
            self.painter.setPen(QPen(QColor(INK), self.mm(0.3)))
            for doc, share in zip(docs, shares, strict=True):
                span = room * share / sum(shares)
                self.draw_doc(doc, x, y)
                start = x + doc.idealWidth() + self.mm(2)
                base = y + doc.size().height()
                self.painter.drawLine(QPointF(start, base), QPointF(x + span, base))
                x += span + gap

        return _Piece(height, paint)

    def phase(self, block: Phase, left: float, width: float) -> _Piece:
        title = self.doc(f"{block.number}. {block.title}", width, 13, markdown=False, bold=True)
        text = self.doc(block.markdown, width, 11)
        example = self.doc(block.example, width, 9.5, italic=True, color=GREY)
        after_text = title.size().height() + self.mm(1.5) + text.size().height()
        ex_height = example.size().height() + self.mm(1.5) if block.example else 0.0
        top_box = after_text + self.mm(1.5) + ex_height + self.mm(1.5)
        lines = self.mm(LINE_PITCH_MM) * block.min_lines
        height = top_box + lines + self.mm(2)

        def paint(y: float, extra: float) -> None:
            self.draw_doc(title, left, y)
            self.draw_doc(text, left, y + title.size().height() + self.mm(1.5))
            if block.example:
                self.draw_doc(example, left, y + after_text + self.mm(1.5))
            box = QRectF(left, y + top_box, width, lines + self.mm(2) + extra)
            self.painter.setPen(QPen(QColor(RULE), self.mm(0.35)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRoundedRect(box, self.mm(2), self.mm(2))
            self.ruled_lines(
                box.left() + self.mm(3),
                box.top(),
                box.width() - self.mm(6),
                box.height() - self.mm(3),
            )

        return _Piece(height, paint, grows=True)


def render_handouts(plan: PrintPlan) -> tuple[bytes, int]:
    """The plan as PDF bytes, and how many sheets it took."""
    ensure_gui()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, f"{plan.title} – hand-outs", (16, 14, 16, 12))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start a PDF")
    try:
        sheets = _Sheets(writer, painter)
        for page in plan.pages:
            sheets.page(page)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), sheets.sheets


def write_handouts(agenda: Agenda, path: Path) -> int:
    """Write the hand-outs of ``agenda`` to ``path`` as a PDF; return the number of pages.

    Raises ``ValueError`` when the session hands out nothing, and ``OSError``
    when the file cannot be written (an existing file is then left as it was).
    """
    plan = handout_plan(agenda)
    if plan.empty:
        raise ValueError(f"{agenda.title} has no hand-outs or templates to print")
    data, sheets = render_handouts(plan)
    # Write beside the target and rename: a full disk never leaves half a PDF.
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return sheets
