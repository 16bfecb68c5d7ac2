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
from PySide6.QtGui import QColor, QPen, QTextDocument

from facilitator.printouts.blocks import CARDS_PER_PAGE, Card, Heading, Page, PrintPlan, Text
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
    frame.flow(
        [piece for block in page.blocks for piece in _painter(frame).pieces(block)], page.footer
    )


def _painter(frame: PageFrame) -> BlockPainter:
    content = frame.content
    return BlockPainter(
        frame.writer, frame.painter, content.left(), content.width(), content.height()
    )


def _cards(frame: PageFrame, page: Page) -> None:
    """Cards in equal slots, a dashed cut line with scissors between the slots.

    A card whose text does not fit its slot even at the smallest size gets a
    sheet of its own, and one too long for a whole sheet runs on over more
    sheets, unframed: a card's text is never cut.
    """
    content = frame.content
    slot = content.height() / CARDS_PER_PAGE
    margin = mm(7)
    rects = []
    for i in range(len(page.cards)):
        top = content.top() + i * slot
        rects.append(
            QRectF(
                content.left(),
                top + (margin if i else 0),
                content.width(),
                slot - margin * (2 if i else 1),
            )
        )
    if not all(_card_layout(frame, c, r) for c, r in zip(page.cards, rects, strict=True)):
        _cards_alone(frame, page)
        return
    for card, rect in zip(page.cards, rects, strict=True):
        _card(frame, card, rect)
    for i in range(1, CARDS_PER_PAGE):
        _cut_line(frame, content.top() + i * slot, page.cut_label)


def _cards_alone(frame: PageFrame, page: Page) -> None:
    """Each card of ``page`` on a sheet of its own (the first on the sheet begun)."""
    for i, card in enumerate(page.cards):
        if i:
            frame.new_page(page.footer)
        rect = QRectF(frame.content)
        if _card_layout(frame, card, rect):
            _card(frame, card, rect)
            continue
        painter = _painter(frame)
        blocks = (Heading(card.title, card.source), Text(card.markdown))
        frame.flow([piece for block in blocks for piece in painter.pieces(block)], page.footer)


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


SMALLEST_PT = 9.0  # a card's text is never smaller
LARGEST_PT = 16.0  # nor larger: large enough to read across a table


def _card_layout(
    frame: PageFrame, card: Card, rect: QRectF
) -> tuple[QTextDocument, QTextDocument, QTextDocument] | None:
    """The card's source, title and text at the largest size that fits ``rect`` (at most
    :data:`LARGEST_PT`, in half points); None when even :data:`SMALLEST_PT` does not."""
    device = frame.writer
    pad = mm(8)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    source = text_doc(device, card.source, inner.width(), 8.5, markdown=False, color=GREY)
    room = inner.height() - source.size().height() - mm(5)

    def at(size: float) -> tuple[QTextDocument, QTextDocument] | None:
        title = text_doc(device, card.title, inner.width(), size * 1.3, markdown=False, bold=True)
        body = text_doc(device, card.markdown, inner.width(), size)
        needed = title.size().height() + mm(5) + body.size().height()
        return (title, body) if needed <= room else None

    # Bisection over half points: a long card is laid out a few times, not fifteen.
    low, high = round(SMALLEST_PT * 2), round(LARGEST_PT * 2)
    best = at(low / 2)
    if best is None:
        return None
    while low < high:
        middle = (low + high + 1) // 2
        found = at(middle / 2)
        if found is None:
            high = middle - 1
        else:
            low, best = middle, found
    return source, *best


def _card(frame: PageFrame, card: Card, rect: QRectF) -> None:
    """A framed card; its text as large as fits (at most 16 pt)."""
    painter = frame.painter
    laid_out = _card_layout(frame, card, rect)
    assert laid_out is not None  # _cards gives a card that does not fit a sheet of its own
    source, title, body = laid_out
    painter.setPen(QPen(QColor(INK), mm(0.4)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, mm(3), mm(3))
    pad = mm(8)
    inner = rect.adjusted(pad, pad, -pad, -pad)
    draw_doc(painter, source, inner.left(), inner.top())
    y = inner.top() + source.size().height() + mm(5)
    draw_doc(painter, title, inner.left(), y)
    draw_doc(painter, body, inner.left(), y + title.size().height() + mm(5))
