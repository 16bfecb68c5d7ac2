"""The Reports dialog's chart tab: the same drawing as the PDF report's chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.reports.build import RunReport
from facilitator.ui.printing.chart import draw_chart


class ChartWidget(QWidget):
    """Shows the chart of one report, scaling to the widget's size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: RunReport | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def set_report(self, report: RunReport | None) -> None:
        """Show ``report`` (None: an empty chart)."""
        self._report = report
        self.update()

    def sizeHint(self) -> QSize:
        """Room for six steps and the legend."""
        return QSize(720, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart on a white background."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self._report is not None and self._report.steps:
            margin = 8.0
            area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
            draw_chart(painter, area, self._report, point_size=self.font().pointSizeF())
        painter.end()
