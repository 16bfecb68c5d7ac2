"""Draws a print plan (the hand-outs, and any plan of blocks) on A4.

The pages and their order come from the plan
(:func:`facilitator.printouts.handouts.handout_plan`); this module only draws
them. Each plan page starts a new sheet: a flowing page is its blocks top to
bottom (:mod:`~facilitator.ui.printing.blocks`), going on on a further sheet
when they do not fit; a card page holds :data:`CARDS_PER_PAGE` cards in equal
slots with dashed cut lines between them. Every sheet has the session's title,
the plan page's footer and the page number at its foot.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from facilitator.printouts.blocks import CARDS_PER_PAGE, Card, Page, PrintPlan
from facilitator.ui.printing.blocks import BlockPainter
from facilitator.ui.printing.frame import PageFrame, render_pdf
from facilitator.ui.printing.text import draw_doc, text_doc
from facilitator.ui.printing.writer import GREY, INK, mm

MARGINS_MM = (16.0, 14.0, 16.0, 12.0)  # left, top, right, bottom


def plan_pdf(plan: PrintPlan) -> tuple[bytes, int]:
    """The plan as PDF bytes, and how many sheets it took."""

    def draw(frame: PageFrame) -> None:
        for page in plan.pages:
            draw_page(frame, page)

    document = " – ".join(part for part in (plan.title, plan.name) if part)
    return render_pdf(document, plan.title, MARGINS_MM, draw)


def draw_page(frame: PageFrame, page: Page) -> None:
    """Draw one plan page, starting a new sheet."""
    frame.new_page(page.footer)
    if page.layout == "cards":
        _cards(frame, page)
        return
    blocks = BlockPainter(frame.writer, frame.painter, frame.content.left(), frame.content.width())
    frame.flow([piece for block in page.blocks for piece in blocks.pieces(block)], page.footer)


def _cards(frame: PageFrame, page: Page) -> None:
    """Cards in equal slots, a dashed cut line with scissors between the slots."""
    content = frame.content
    slot = content.height() / CARDS_PER_PAGE
    margin = mm(7)
    for i, card in enumerate(page.cards):
        top = content.top() + i * slot
        rect = QRectF(
            content.left(),
            top + (margin if i else 0),
            content.width(),
            slot - margin * (2 if i else 1),
        )
        _card(frame, card, rect)
    for i in range(1, CARDS_PER_PAGE):
        _cut_line(frame, content.top() + i * slot, page.cut_label)


def _cut_line(frame: PageFrame, y: float, label: str) -> None:
    """A dashed line across the sheet, scissors at its start and a hint what it is for."""
    painter, content = frame.painter, frame.content
    scissors = text_doc(frame.writer, "✂", mm(10), 14, markdown=False, color=GREY)
    hint = text_doc(frame.writer, label, content.width() / 2, 7.5, markdown=False, color=GREY)
    draw_doc(painter, scissors, content.left(), y - scissors.size().height() / 2)
    start = content.left() + scissors.idealWidth() + mm(1.5)
    pen = QPen(QColor(GREY), mm(0.35))
    pen.setDashPattern([8.0, 5.0])  # in pen widths: dashes about 3 mm long, easy to follow
    painter.setPen(pen)
    painter.drawLine(QPointF(start, y), QPointF(content.right(), y))
    draw_doc(painter, hint, content.right() - hint.idealWidth(), y + mm(0.8))


def _card(frame: PageFrame, card: Card, rect: QRectF) -> None:
    """A framed card; its text as large as fits (at most 16 pt)."""
    painter, device = frame.painter, frame.writer
    painter.setPen(QPen(QColor(INK), mm(0.4)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, mm(3), mm(3))
    pad = mm(8)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    source = text_doc(device, card.source, inner.width(), 8.5, markdown=False, color=GREY)
    room = inner.height() - source.size().height() - mm(5)
    size = 16.0
    while True:
        title = text_doc(device, card.title, inner.width(), size * 1.3, markdown=False, bold=True)
        body = text_doc(device, card.markdown, inner.width(), size)
        needed = title.size().height() + mm(5) + body.size().height()
        if needed <= room or size <= 9:
            break
        size -= 0.5
    draw_doc(painter, source, inner.left(), inner.top())
    y = inner.top() + source.size().height() + mm(5)
    draw_doc(painter, title, inner.left(), y)
    draw_doc(painter, body, inner.left(), y + title.size().height() + mm(5))
