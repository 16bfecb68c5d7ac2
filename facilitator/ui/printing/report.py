"""A run's report as an A4 PDF.

The run, the per-step table and the totals, then the chart (the same drawing
as the Reports dialog's), the comparison with earlier runs, interruptions and
warnings: the texts and tables of ``facilitator.reports``, only laid out here.
Text is real text in the PDF (searchable, and readable back by tests); every
page has the session's title and its number in the footer.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from facilitator.i18n import translate
from facilitator.reports.build import RunReport
from facilitator.reports.columns import Table, comparison_table, steps_table, turns_table
from facilitator.reports.texts import (
    comparison_note,
    comparison_notes,
    group_line,
    grouping_notes,
    groups_heading,
    headline,
    interruption_text,
    session_span,
    turns_heading,
    turns_note,
    wall_groups,
    wall_heading,
    wall_note,
)
from facilitator.ui.printing.chart import draw_chart
from facilitator.ui.printing.frame import PageFrame, Piece, render_pdf
from facilitator.ui.printing.text import cell_lines, text_doc, text_pieces
from facilitator.ui.printing.writer import FONT, INK

MARGINS_MM = (15.0, 15.0, 15.0, 15.0)  # left, top, right, bottom
TABLE_PT = 8.5
TITLE_LINES = 3  # a step title in a table wraps onto at most this many lines


def report_pdf(report: RunReport) -> bytes:
    """``report`` as the bytes of an A4 PDF."""

    def draw(frame: PageFrame) -> None:
        frame.flow(_Layout(frame).pieces(report))

    title = translate("Reports", "{title} – report").format(title=report.title)
    data, _pages = render_pdf(title, report.title, MARGINS_MM, draw)
    return data


class _Layout:
    """Makes the pieces of a report at the width of one PDF's pages."""

    def __init__(self, frame: PageFrame) -> None:
        self.frame = frame
        self.painter = frame.painter
        self.left = frame.content.left()
        self.width = frame.content.width()

    def line(self, size: float, bold: bool = False) -> float:
        """The height of a line of text at ``size`` points."""
        return QFontMetricsF(_font(size, bold), self.frame.writer).height()

    def text(
        self, text: str, size: float = 10, bold: bool = False, gap: float = 0.3
    ) -> list[Piece]:
        """Plain text, line by line, and ``gap`` lines of room below it."""
        doc = text_doc(self.frame.writer, text, self.width, size, markdown=False, bold=bold)
        return text_pieces(self.painter, doc, self.left, self.line(size, bold) * gap)

    def heading(self, text: str, size: float = 12) -> list[Piece]:
        """A bold line that stays with what follows it."""
        *lines, last = self.text(text, size, bold=True)
        return [*lines, Piece(last.height, last.paint, last.gap, keep_with_next=True)]

    def table(self, table: Table) -> list[Piece]:
        """The table's header (kept with its first row), its rows and its total row in bold."""
        line = self.line(TABLE_PT)
        pad = line * 0.25
        xs = [self.left]
        for w in table.widths:
            xs.append(xs[-1] + self.width * w / sum(table.widths))

        def row(cells: list[str], bold: bool, shade: bool, gap: float = 0.0) -> Piece:
            font = _font(TABLE_PT, bold)
            # A title wraps onto the lines it needs (three at most) rather than being cut
            # short with "…" while the page has room below it; figures stay on one line.
            shown = [
                cell_lines(
                    cell,
                    font,
                    self.frame.writer,
                    xs[i + 1] - xs[i] - 2 * pad,
                    TITLE_LINES if table.left[i] else 1,
                )
                for i, cell in enumerate(cells)
            ]
            lines = max(len(cell) for cell in shown)
            height = line * (lines + 0.35)

            def paint(y: float, _extra: float) -> None:
                painter = self.painter
                painter.setFont(font)
                if shade:
                    painter.fillRect(QRectF(self.left, y, self.width, height), QColor("#eceff1"))
                painter.setPen(QColor(INK))
                for i, cell in enumerate(shown):
                    align = (
                        Qt.AlignmentFlag.AlignLeft if table.left[i] else Qt.AlignmentFlag.AlignRight
                    )
                    top = y + (height - line * len(cell)) / 2
                    for n, text in enumerate(cell):
                        cell_rect = QRectF(
                            xs[i] + pad, top + n * line, xs[i + 1] - xs[i] - 2 * pad, line
                        )
                        painter.drawText(cell_rect, align | Qt.AlignmentFlag.AlignVCenter, text)

            return Piece(height, paint, gap=gap, keep_with_next=shade)

        return [
            row(list(table.headers), True, True),
            *(row(cells, False, False) for cells in table.rows),
            row(table.total, True, False, gap=line * 0.6),
        ]

    def chart(self, report: RunReport) -> Piece:
        """The planned-against-actual chart: a row per step, at most 45 % of a page."""
        line = self.line(9)
        area = self.frame.content
        height = min(area.height() * 0.45, line * (3.2 + 2.4 * len(report.steps)))

        def paint(y: float, _extra: float) -> None:
            draw_chart(self.painter, QRectF(self.left, y, self.width, height), report)

        return Piece(height, paint, gap=line)

    def pieces(self, report: RunReport) -> list[Piece]:
        """Everything the report shows, in order."""
        pieces = [
            *self.text(report.title, 16, bold=True),
            *self.text(headline(report), 11, bold=True),
            *self.text(
                translate("Reports", "Run {run} · agenda {agenda}").format(
                    run=report.run_id, agenda=report.agenda
                )
                + f"\n{session_span(report)}",
                9,
                gap=0.8,
            ),
            *self.heading(translate("Reports", "Steps")),
            *self.table(steps_table(report)),
            *self.heading(translate("Reports", "Planned against actual")),
            self.chart(report),
            *self.heading(translate("Reports", "Compared with earlier runs")),
        ]
        for note in comparison_notes(report):
            pieces += self.text(note, 9)
        pieces += self.table(comparison_table(report))
        pieces += self.text(comparison_note(), 8.5, gap=0.8)
        pieces += self.room(report)
        if report.interruptions:
            pieces += self.heading(translate("Reports", "Interruptions"))
            for stop in report.interruptions:
                pieces += self.text(interruption_text(stop), 9)
        if report.warnings:
            pieces += self.heading(translate("Reports", "Warnings"))
            for warning in report.warnings:
                pieces += self.text(warning, 9)
        return pieces

    def room(self, report: RunReport) -> list[Piece]:
        """The groups (a line per group: its people wrap, never cut) and the turns table."""
        room = report.room
        pieces: list[Piece] = []
        if room.groupings:
            pieces += self.heading(groups_heading())
            for note, grouping in zip(grouping_notes(report), room.groupings, strict=True):
                pieces += self.text(note, 9.5, bold=True, gap=0.2)
                for group in grouping.groups:
                    pieces += self.text(group_line(group), 9, gap=0.1)
                pieces += self.text("", 4)
        if room.turns:
            pieces += self.heading(turns_heading())
            pieces += self.table(turns_table(report))
            pieces += self.text(turns_note(), 8.5, gap=0.8)
        if room.notes:
            # A line per note, wrapped, never cut (a table cell would cut a long note short).
            pieces += self.heading(wall_heading())
            for heading, notes in wall_groups(report):
                pieces += self.text(heading, 9.5, bold=True, gap=0.2)
                for note in notes:
                    pieces += self.text(f"– {note}", 9, gap=0.1)
                pieces += self.text("", 4)
            pieces += self.text(wall_note(), 8.5, gap=0.8)
        return pieces


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font
