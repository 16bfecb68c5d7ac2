"""A report as PDF, drawn with Qt's QPdfWriter and QPainter (no other dependency).

Page one: the run, the per-step table and the totals, then the chart (the
same drawing as the report dialog's). Then the comparison with earlier runs,
interruptions and warnings. Text is real text in the PDF (searchable, and
readable back by tests).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication

from facilitator.reports.build import RunReport
from facilitator.reports.export import (
    TEXT_COLUMNS,
    Table,
    comparison_notes,
    comparison_table,
    duration,
    headline,
    moment,
    steps_table,
)
from facilitator.ui.chart import draw_chart

RESOLUTION = 300  # dots per inch: text and chart lines stay sharp when printed


def ensure_gui() -> None:
    """Fonts need an application object; on the command line, one without windows.

    A QApplication rather than a QGuiApplication, so that widgets can still be
    made later in the same process (one cannot replace the other).
    """
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])


def a4_writer(
    target: str | QIODevice, title: str, margins_mm: tuple[float, float, float, float]
) -> QPdfWriter:
    """A PDF writer for A4 portrait at :data:`RESOLUTION`, margins (left, top, right, bottom)."""
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Facilitator")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


class _Page:
    """A cursor down the pages of a PDF: text lines and tables that break to a new page."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.area = QRectF(painter.viewport())
        self.y = self.area.top()

    def font(self, size: float, bold: bool = False) -> float:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        return float(self.painter.fontMetrics().height())

    def room(self, height: float) -> None:
        if self.y + height > self.area.bottom():
            self.writer.newPage()
            self.y = self.area.top()

    def text(self, text: str, size: float = 10, bold: bool = False, gap: float = 0.3) -> None:
        line = self.font(size, bold)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        box = self.painter.boundingRect(
            QRectF(self.area.left(), 0, self.area.width(), 1e6), flags, text
        )
        self.room(box.height())
        self.painter.setPen(QColor("#212121"))
        self.painter.drawText(
            QRectF(self.area.left(), self.y, self.area.width(), box.height()), flags, text
        )
        self.y += box.height() + line * gap

    def table(self, table: Table, widths: list[float]) -> None:
        """The table's header, its rows and its total row in bold."""
        line = self.font(8.5)
        height = line * 1.35
        total = sum(widths)
        xs = [self.area.left()]
        for w in widths:
            xs.append(xs[-1] + self.area.width() * w / total)

        def draw(cells: list[str], bold: bool, shade: bool) -> None:
            self.room(height)
            self.font(8.5, bold)
            if shade:
                self.painter.fillRect(
                    QRectF(self.area.left(), self.y, self.area.width(), height), QColor("#eceff1")
                )
            metrics = self.painter.fontMetrics()
            for i, cell in enumerate(cells):
                pad = line * 0.25
                cell_rect = QRectF(xs[i] + pad, self.y, xs[i + 1] - xs[i] - 2 * pad, height)
                align = (
                    Qt.AlignmentFlag.AlignLeft
                    if table.headers[i] in TEXT_COLUMNS
                    else Qt.AlignmentFlag.AlignRight
                )
                shown = metrics.elidedText(
                    cell, Qt.TextElideMode.ElideRight, round(cell_rect.width())
                )
                self.painter.setPen(QColor("#212121"))
                self.painter.drawText(cell_rect, align | Qt.AlignmentFlag.AlignVCenter, shown)
            self.y += height

        draw(list(table.headers), True, True)
        for row in table.rows:
            draw(row, False, False)
        draw(table.total, True, False)
        self.y += line * 0.6


def write_pdf(report: RunReport, path: Path) -> None:
    """Write ``report`` as an A4 PDF to ``path``."""
    ensure_gui()
    writer = a4_writer(str(path), f"{report.title} – report", (15, 15, 15, 15))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write a PDF to {path}")
    try:
        _draw(report, _Page(writer, painter))
    finally:
        painter.end()


def _draw(report: RunReport, page: _Page) -> None:
    t = report.totals
    page.text(report.title, 16, bold=True)
    page.text(headline(report), 11, bold=True)
    page.text(
        f"Run {report.run_id} · agenda {report.agenda}\n"
        f"Started {moment(report.started)}, ended {moment(report.ended)} "
        f"(session time {duration(t.elapsed)}, pauses included)",
        9,
        gap=0.8,
    )
    page.text("Steps", 12, bold=True)
    page.table(
        steps_table(report),
        [0.4, 4.6, 1.6, 1.6, 1.9, 1.8, 1.8, 1.6, 2.4],
    )
    line = page.font(9)
    height = min(page.area.height() * 0.45, line * (3.2 + 2.4 * len(report.steps)))
    page.room(height + line * 2)
    page.text("Planned against actual", 12, bold=True)
    draw_chart(page.painter, QRectF(page.area.left(), page.y, page.area.width(), height), report)
    page.y += height + line

    page.room(line * 8)  # a heading is not left alone at the foot of a page
    page.text("Compared with earlier runs", 12, bold=True)
    for note in comparison_notes(report):
        page.text(note, 9)
    page.table(
        comparison_table(report),
        [0.4, 5.6, 1.6, 1.6, 1.4, 1.4, 1.0, 2.0],
    )
    page.text(
        "Actual: the step's running time, pauses excluded. Suggested: the median of the actual "
        "times of this agenda's live runs and rehearsals, in whole minutes.",
        8.5,
        gap=0.8,
    )
    if report.interruptions:
        page.text("Interruptions", 12, bold=True)
        for stop in report.interruptions:
            how = "counted as elapsed" if stop.how == "counted" else "resumed paused"
            page.text(
                f"The app stopped around {moment(stop.at)}; down {duration(stop.downtime)}, {how}.",
                9,
            )
    if report.warnings:
        page.text("Warnings", 12, bold=True)
        for warning in report.warnings:
            page.text(warning, 9)
