"""The planned-against-actual chart of a run, drawn with QPainter.

One drawing function serves the Reports dialog
(:class:`~facilitator.ui.dialogs.report_chart.ChartWidget`) and the PDF
report, so both show the same chart. Steps are rows (long Dutch
titles fit better beside a bar than under it): a grey bar for the planned
minutes, a blue bar for the actual minutes with the part beyond the plan in
red, and a green tick at the suggested duration when there is one.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from facilitator.engine.clock import MINUTE
from facilitator.i18n import translate
from facilitator.reports.build import RunReport
from facilitator.timefmt import duration, minutes_text
from facilitator.ui.printing.text import cell_lines

PLANNED = QColor("#b0bec5")
ACTUAL = QColor("#1e88e5")
OVER = QColor("#e53935")
SUGGESTED = QColor("#2e7d32")
GRID = QColor("#e0e0e0")
TEXT = QColor("#212121")


def _tick_step(top_minutes: float) -> int:
    """Minutes between grid lines: about five to ten lines across."""
    for step in (1, 2, 5, 10, 15, 30, 60):
        if top_minutes / step <= 10:
            return step
    return 120


def draw_chart(painter: QPainter, rect: QRectF, report: RunReport, point_size: float = 9) -> None:
    """Draw the chart of ``report`` into ``rect`` (any paint device: widget, PDF)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPointSizeF(point_size)
    font.setBold(False)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    line = metrics.height()
    rows = report.steps
    top_ns = max(
        [MINUTE]
        + [r.planned for r in rows]
        + [r.actual or 0 for r in rows]
        + [r.suggested or 0 for r in rows]
    )
    step = _tick_step(top_ns / MINUTE)
    top_minutes = step * math.ceil(top_ns / MINUTE / step)

    legend_h = line * 1.6
    axis_h = line * 1.5
    label_w = min(
        rect.width() * 0.38,
        max(metrics.horizontalAdvance(f"{r.index + 1}. {r.title}") for r in rows) + line,
    )
    value_w = metrics.horizontalAdvance(" 1:00:00")
    bars = QRectF(
        rect.left() + label_w,
        rect.top() + legend_h,
        max(1.0, rect.width() - label_w - value_w),
        max(1.0, rect.height() - legend_h - axis_h),
    )
    row_h = bars.height() / max(1, len(rows))

    def x_of(ns: int) -> float:
        return bars.left() + bars.width() * ns / (top_minutes * MINUTE)

    _legend(painter, QRectF(rect.left(), rect.top(), rect.width(), legend_h), line)
    # Grid and axis labels.
    painter.setPen(QPen(GRID, max(1.0, line / 16)))
    for minute in range(0, top_minutes + 1, step):
        x = x_of(minute * MINUTE)
        painter.drawLine(QPointF(x, bars.top()), QPointF(x, bars.bottom()))
    painter.setPen(TEXT)
    for minute in range(0, top_minutes + 1, step):
        x = x_of(minute * MINUTE)
        label = minutes_text(minute * MINUTE) if minute == top_minutes else str(minute)
        width = metrics.horizontalAdvance(label)
        painter.drawText(
            QRectF(x - width, bars.bottom() + line * 0.2, width * 2, line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            label,
        )
    for i, row in enumerate(rows):
        y = bars.top() + i * row_h
        # The title on as many lines as its row holds (two, usually), "…" only beyond.
        labels = cell_lines(
            f"{row.index + 1}. {row.title}",
            font,
            painter.device(),
            label_w - line * 0.5,
            max(1, int(row_h // line)),
        )
        painter.setPen(TEXT)
        top = y + (row_h - line * len(labels)) / 2
        for n, label in enumerate(labels):
            painter.drawText(
                QRectF(rect.left(), top + n * line, label_w - line * 0.5, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
        bar_h = min(row_h * 0.34, line * 1.1)
        middle = y + row_h / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PLANNED)
        painter.drawRect(
            QRectF(bars.left(), middle - bar_h - 1, x_of(row.planned) - bars.left(), bar_h)
        )
        if row.actual is not None:
            within = min(row.actual, row.planned)
            painter.setBrush(ACTUAL)
            painter.drawRect(QRectF(bars.left(), middle + 1, x_of(within) - bars.left(), bar_h))
            if row.actual > row.planned:
                painter.setBrush(OVER)
                painter.drawRect(
                    QRectF(
                        x_of(row.planned), middle + 1, x_of(row.actual) - x_of(row.planned), bar_h
                    )
                )
            painter.setPen(TEXT)
            # Right of the bar, and of the suggested tick when that is further right.
            after = max(row.actual, row.suggested or 0)
            painter.drawText(
                QRectF(x_of(after) + line * 0.3, middle, value_w * 2, bar_h + 2),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                duration(row.actual),
            )
        if row.suggested is not None:
            painter.setPen(QPen(SUGGESTED, max(1.5, line / 7)))
            x = x_of(row.suggested)
            painter.drawLine(QPointF(x, middle - bar_h - 3), QPointF(x, middle + bar_h + 3))
    painter.restore()


def _legend(painter: QPainter, rect: QRectF, line: float) -> None:
    metrics = painter.fontMetrics()
    x = rect.left()
    y = rect.top() + (rect.height() - line) / 2
    for colour, label, tick in (
        (PLANNED, translate("Reports", "planned"), False),
        (ACTUAL, translate("Reports", "actual"), False),
        (OVER, translate("Reports", "beyond the plan"), False),
        (SUGGESTED, translate("Reports", "suggested"), True),
    ):
        box = QRectF(x, y + line * 0.2, line * 1.2, line * 0.6)
        if tick:
            painter.setPen(QPen(colour, max(1.5, line / 7)))
            painter.drawLine(QPointF(box.center().x(), y), QPointF(box.center().x(), y + line))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(box)
        painter.setPen(TEXT)
        x = box.right() + line * 0.3
        painter.drawText(QPointF(x, y + metrics.ascent()), label)
        x += metrics.horizontalAdvance(label) + line * 1.2
