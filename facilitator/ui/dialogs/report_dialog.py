"""The Reports dialog: pick a recorded run, see where the time went, export it.

It only shows and writes what ``reports.build`` built from the journal: the
steps table with the totals, the planned-against-actual chart (the same
drawing as in the PDF), the room (groups, turns, feedback, the wall; shown
when the run had any) and the comparison with earlier runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.reports.build import ReportError, RunReport
from facilitator.reports.columns import comparison_table, headers, steps_table
from facilitator.reports.export import write_report
from facilitator.reports.left_out import left_out_runs, set_left_out
from facilitator.reports.runs import RunInfo, RunNotFound, list_runs, report_for
from facilitator.reports.texts import (
    comparison_note,
    comparison_notes,
    headline,
    mode_name,
    outcome_name,
)
from facilitator.timefmt import duration, moment, signed
from facilitator.ui.dialogs.report_chart import ChartWidget
from facilitator.ui.dialogs.report_room import RoomReportPage, fill_table
from facilitator.ui.markup import autotext, plain_label
from facilitator.ui.text_label import TextLabel

EXPORTS = (
    ("md", "&Markdown…", QT_TRANSLATE_NOOP("Reports", "Markdown (*.md)")),
    ("csv", "&CSV…", QT_TRANSLATE_NOOP("Reports", "CSV (*.csv)")),
    ("json", "&JSON…", QT_TRANSLATE_NOOP("Reports", "JSON (*.json)")),
    ("pdf", "&PDF…", QT_TRANSLATE_NOOP("Reports", "PDF (*.pdf)")),
)
# The step number goes before the title ("2. Title") in the first column, the
# one that stretches (see _table), rather than in a "#" column of its own.
NUMBER_COLUMN = False


def run_label(run: RunInfo) -> str:
    """A run in the chooser: when, what kind, how it ended, which session."""
    return (
        f"{moment(run.started)} · {mode_name(run.mode)} · {outcome_name(run.outcome)} · {run.title}"
    )


class ReportDialog(QDialog):
    """Reports of the runs recorded in a folder (not modal: the session goes on)."""

    def __init__(
        self, folder: Path, selected: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Reports", "Reports — Facilitator"))
        self.folder = folder
        self.report: RunReport | None = None
        self.runs = list(reversed(list_runs(folder)))  # newest first
        self.chooser = QComboBox()
        for run in self.runs:
            self.chooser.addItem(run_label(run), str(run.path))
        self.headline = TextLabel(lines=2)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.headline.setFont(font)
        self.details = TextLabel(lines=8)
        # Remembered in the runs folder, as `facilitator runs --leave-out` does.
        self.leave_out = QCheckBox(
            translate("Reports", "Leave this run out of comparisons and suggested durations")
        )
        self.leave_out.setObjectName("leave-out")
        self.leave_out.setToolTip(
            translate(
                "Reports",
                "For a run that was no real rehearsal (stopped early, clicked through, "
                "another group): its times are no longer used to suggest durations",
            )
        )
        self.leave_out.toggled.connect(self._on_leave_out)
        self.steps = _table(headers("steps", NUMBER_COLUMN))
        self.chart = ChartWidget()
        self.compare = _table(headers("compare", NUMBER_COLUMN))
        self.compare_note = TextLabel(lines=8)  # the runs left out are named too
        compare_page = QWidget()
        compare_layout = QVBoxLayout(compare_page)
        compare_layout.addWidget(self.compare_note)
        compare_layout.addWidget(self.compare, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.steps, translate("Reports", "Steps"))
        self.tabs.addTab(self.chart, translate("Reports", "Chart"))
        self.tabs.addTab(compare_page, translate("Reports", "Compared with earlier runs"))
        self.room = RoomReportPage()
        self.tabs.addTab(self.room, translate("Reports", "The room"))
        buttons = QHBoxLayout()
        buttons.addWidget(plain_label(translate("Reports", "Export:")))
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label, _filter in EXPORTS:
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, f=fmt: self.ask_export(f))
            buttons.addWidget(button)
            self.export_buttons[fmt] = button
        buttons.addStretch(1)
        close = QPushButton(translate("Reports", "Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        top = QHBoxLayout()
        top.addWidget(plain_label(translate("Reports", "Run:")))
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.leave_out)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(1000, 560)
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        if selected is not None:
            index = self.chooser.findData(str(selected))
            if index >= 0:
                self.chooser.setCurrentIndex(index)
        self._on_chosen(self.chooser.currentIndex())

    def _on_chosen(self, index: int) -> None:
        path = self.chooser.itemData(index) if index >= 0 else None
        self.report = None
        if path is None:
            self.headline.setText(translate("Reports", "No runs are recorded yet"))
            self.details.setText(
                translate("Reports", "Runs are kept in {folder}.").format(folder=self.folder)
            )
        else:
            try:
                self.report = report_for(Path(path), self.folder)
            except (RunNotFound, ReportError) as error:
                self.headline.setText(translate("Reports", "This run has no report"))
                self.details.setText(str(error))
        for button in self.export_buttons.values():
            button.setEnabled(self.report is not None)
        counts = self.report is not None and self.report.counts
        self.leave_out.blockSignals(True)
        self.leave_out.setChecked(
            self.report is not None and self.report.run_id in left_out_runs(self.folder)
        )
        self.leave_out.blockSignals(False)
        self.leave_out.setEnabled(counts)
        self.chart.set_report(self.report)
        self.room.set_report(self.report)
        has_room = self.report is not None and not self.report.room.empty
        self.tabs.setTabVisible(self.tabs.indexOf(self.room), has_room)
        if self.report is not None:
            self._show(self.report)
        else:
            self.steps.setRowCount(0)
            self.compare.setRowCount(0)

    def _show(self, report: RunReport) -> None:
        t = report.totals
        self.headline.setText(f"{report.title} — {headline(report)}")
        lines = [
            translate(
                "Reports",
                "Planned {planned}, actual {actual} ({difference}); session time {elapsed} "
                "with pauses, from {started} to {ended}.",
            ).format(
                planned=duration(t.planned),
                actual=duration(t.actual),
                difference=signed(t.difference),
                elapsed=duration(t.elapsed),
                started=moment(report.started),
                ended=moment(report.ended),
            )
        ]
        lines += [
            translate("Reports", "Note: {warning}").format(warning=w) for w in report.warnings
        ]
        self.details.setText("\n".join(lines))
        fill_table(self.steps, steps_table(report, NUMBER_COLUMN))
        fill_table(self.compare, comparison_table(report, NUMBER_COLUMN))
        self.compare_note.setText(" ".join([*comparison_notes(report), comparison_note()]))

    def _on_leave_out(self, checked: bool) -> None:
        """Leave the shown run out of comparisons (or use it again), remembered; show anew."""
        if self.report is None:
            return
        try:
            set_left_out(self.folder, self.report.run_id, checked)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("Reports", "The choice was not saved"),
                translate("Reports", "Could not write in {folder}: {reason}.").format(
                    folder=self.folder, reason=error.strerror or error
                ),
            )
        self._on_chosen(self.chooser.currentIndex())

    def export(self, fmt: str, path: Path) -> None:
        """Write the shown report to ``path`` as md, csv, json or pdf."""
        if self.report is None:
            raise ValueError("no report is shown")
        write_report(self.report, fmt, path)

    def ask_export(self, fmt: str) -> None:
        """Ask where to save the report, then write it; a failure is explained, not raised."""
        if self.report is None:
            return
        name_filter = translate_marked("Reports", next(f for key, _l, f in EXPORTS if key == fmt))
        suggested = str(Path.home() / f"{self.report.run_id}.{fmt}")
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Reports", "Export the report"), suggested, name_filter
        )
        if not name:
            return
        try:
            self.export(fmt, Path(name))
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("Reports", "The report was not saved"),
                autotext(
                    translate(
                        "Reports", "Could not write {file}: {reason}. Choose another folder."
                    ).format(file=name, reason=error.strerror or error)
                ),
            )


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table
