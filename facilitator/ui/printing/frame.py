"""The sheets of one PDF: a footer on every page, and pieces flowed onto them.

Every page carries the document's title and its number out of the total
("2 / 5") in a footer band. The total is known only at the end, and a PDF
page cannot be drawn again once the next one is started; so
:func:`render_pdf` draws the whole document twice, the first time only to
count its pages (the footer band has a fixed height, so the layout is the
same both times).

Content is a sequence of :class:`Piece` s of fixed height (a line of text, a
table row, a framed document) placed one under the other. A piece that does
not fit on what is left of the page starts the next one, so nothing is cut at
a page end; text is cut into pieces of whole lines (``text.text_pieces``), so
long text runs on across pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter

from facilitator.ui.printing.writer import FONT, GREY, a4_writer, ensure_gui, mm

FOOTER_MM = 8.0  # the band at the foot of every page: title and page number
FOOTER_PT = 8.0
_EPSILON = 0.5  # device pixels: rounding never pushes a piece that fits onto the next page


@dataclass(frozen=True)
class Piece:
    """Something of a fixed height to place on a page: a line of text, a table row, a frame."""

    height: float
    paint: Callable[[float, float], None]  # (top, extra height given to it)
    gap: float = 0.0  # room below it, before the next piece
    grows: bool = False  # shares the room its page has left (ruled lines to write on)
    keep_with_next: bool = False  # never the last on a page: a heading, a paragraph's first line


class PageFrame:
    """The pages of one PDF being drawn, with a cursor down the current page."""

    def __init__(
        self, writer: QPdfWriter, painter: QPainter, title: str, total: int | None
    ) -> None:
        self.writer = writer
        self.painter = painter
        self.title = title
        self.total = total  # None while the pages are being counted
        self.area = QRectF(painter.viewport())
        self.content = QRectF(
            self.area.left(),
            self.area.top(),
            self.area.width(),
            self.area.height() - mm(FOOTER_MM),
        )
        self.pages = 0
        self.y = self.content.top()

    def new_page(self, note: str = "") -> None:
        """Start a page (the writer's first exists already), its footer naming ``note`` too."""
        if self.pages:
            self.writer.newPage()
        self.pages += 1
        self.y = self.content.top()
        self._footer(note)

    def _footer(self, note: str) -> None:
        painter = self.painter
        painter.save()
        font = QFont(FONT)
        font.setPointSizeF(FOOTER_PT)
        painter.setFont(font)
        painter.setPen(QColor(GREY))
        metrics = painter.fontMetrics()
        number = f"{self.pages} / {self.total}" if self.total else str(self.pages)
        band = QRectF(
            self.area.left(),
            self.area.bottom() - metrics.height(),
            self.area.width(),
            metrics.height(),
        )
        # The document's title on the left, whole when it can be; the page's
        # own note (a hand-out's title) before the number, shortened to fit.
        gap = mm(4)
        width = band.width()
        left = metrics.elidedText(
            self.title,
            Qt.TextElideMode.ElideRight,
            round(width - metrics.horizontalAdvance(number) - gap),
        )
        right = number
        room = width - metrics.horizontalAdvance(f"{left} · {number}") - 2 * gap
        if note and room > mm(20):
            shown = metrics.elidedText(note, Qt.TextElideMode.ElideRight, round(room))
            right = f"{shown} · {number}"
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        painter.restore()

    def flow(self, pieces: Sequence[Piece], note: str = "") -> None:
        """Place ``pieces`` from the cursor down, going on on new pages (footer ``note``).

        Pieces that grow share what the current page has left below them all
        (nothing when they overflow it). A piece marked ``keep_with_next``
        moves to the next page together with the piece that follows it.
        """
        if not self.pages:
            self.new_page(note)
        used = sum(p.height for p in pieces) + sum(p.gap for p in pieces[:-1])
        growing = sum(1 for p in pieces if p.grows)
        spare = max(0.0, self.content.bottom() - self.y - used)
        extra = spare / growing if growing else 0.0
        for i, piece in enumerate(pieces):
            if self.y > self.content.top() and self.y + _kept(pieces, i) > (
                self.content.bottom() + _EPSILON
            ):
                self.new_page(note)
            grow = extra if piece.grows else 0.0
            piece.paint(self.y, grow)
            self.y += piece.height + grow + piece.gap


def _kept(pieces: Sequence[Piece], start: int) -> float:
    """The height of ``pieces[start]`` and of those kept with it on one page."""
    height = pieces[start].height
    i = start
    while pieces[i].keep_with_next and i + 1 < len(pieces):
        height += pieces[i].gap + pieces[i + 1].height
        i += 1
    return height


def render_pdf(
    document: str,
    title: str,
    margins_mm: tuple[float, float, float, float],
    draw: Callable[[PageFrame], None],
) -> tuple[bytes, int]:
    """A PDF made in memory by ``draw``, and its number of pages.

    ``document`` is the PDF's own title (its metadata), ``title`` the one in
    every footer. ``draw`` runs until the page count is stable (twice).
    """
    ensure_gui()
    total: int | None = None
    for _ in range(3):
        data, pages = _render_once(document, title, margins_mm, draw, total)
        if pages == total:
            break
        total = pages
    return data, pages


def _render_once(
    document: str,
    title: str,
    margins_mm: tuple[float, float, float, float],
    draw: Callable[[PageFrame], None],
    total: int | None,
) -> tuple[bytes, int]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, document, margins_mm)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Qt could not start a PDF")
    try:
        frame = PageFrame(writer, painter, title, total)
        draw(frame)
        if not frame.pages:
            frame.new_page()
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()), frame.pages
