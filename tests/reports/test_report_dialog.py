"""The Reports dialog and the chart: what they show, and the four exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.reports.runs import report_for
from facilitator.ui.dialogs.report_chart import ChartWidget
from facilitator.ui.dialogs.report_dialog import ReportDialog
from facilitator.ui.printing.chart import ACTUAL, OVER, PLANNED
from tests.reports.helpers import record, steps_taking, write_jsonl
from tests.ui.qt_helpers import colours_in, distinct_colours


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    runs = tmp_path / "runs"
    runs.mkdir()
    write_jsonl(runs / "a-rehearsal.jsonl", record(steps_taking([12] * 6), mode="rehearsal"))
    write_jsonl(runs / "b-live.jsonl", record(steps_taking([9, 15, 30, 15, 15, 12]), day=1))
    return runs


def test_shows_the_chosen_run_with_its_comparison(qtbot: QtBot, folder: Path) -> None:
    dialog = ReportDialog(folder, folder / "a-rehearsal.jsonl")
    qtbot.addWidget(dialog)
    assert dialog.chooser.count() == 2
    assert dialog.chooser.itemText(0).endswith("Live session · finished · Test session")
    assert dialog.report is not None and dialog.report.run_id == "a-rehearsal"
    dialog.chooser.setCurrentIndex(0)  # newest first: the live run
    assert dialog.report is not None and dialog.report.run_id == "b-live"
    assert dialog.steps.rowCount() == 7
    item = dialog.steps.item(2, 3)
    assert item is not None and item.text() == "+5:00"
    total = dialog.steps.item(6, 2)
    assert total is not None and total.text() == "1:36:00"
    last = dialog.compare.item(0, 3)
    assert last is not None and last.text() == "12:00"
    assert "rehearsal" in dialog.compare_note.text()
    dialog.resize(1000, 560)
    dialog.show()
    # What each tab shows on screen (not only what its widgets hold).
    pictures = []
    for index in range(3):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        tab = dialog.tabs.currentWidget()
        picture = tab.grab().toImage()
        assert picture.size() == tab.size() * tab.devicePixelRatio()
        assert distinct_colours(picture) > 8, index  # drawn, not an empty page
        pictures.append(picture)
    steps, chart, compare = pictures
    # The steps table's bold total row is painted (step 6 is the last row).
    total_row = dialog.steps.visualItemRect(dialog.steps.item(6, 0))
    total_row.translate(dialog.steps.viewport().pos())
    assert len(colours_in(steps, total_row)) > 2
    # The chart tab shows the planned, actual and beyond-the-plan bars (step 3 ran over).
    for colour in (PLANNED, ACTUAL, OVER):
        assert QColor(colour).name() in colours_in(chart)
    assert QColor(ACTUAL).name() not in colours_in(steps) | colours_in(compare)


def test_exports_the_four_formats(qtbot: QtBot, folder: Path, tmp_path: Path) -> None:
    dialog = ReportDialog(folder, folder / "b-live.jsonl")
    qtbot.addWidget(dialog)
    for fmt in ("md", "csv", "json", "pdf"):
        dialog.export(fmt, tmp_path / f"out.{fmt}")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["run"] == "b-live"
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert "Test session" in (tmp_path / "out.md").read_text(encoding="utf-8")


def test_export_asks_where_and_explains_a_failure(
    qtbot: QtBot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ReportDialog(folder)
    qtbot.addWidget(dialog)
    target = tmp_path / "chosen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_buttons["csv"].click()
    assert target.read_text(encoding="utf-8").startswith("step,id,title")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, _t: warned.append(title))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no" / "x.md"), "")
    )
    dialog.export_buttons["md"].click()
    assert warned == ["The report was not saved"]


def test_an_empty_folder_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ReportDialog(tmp_path / "nothing")
    qtbot.addWidget(dialog)
    assert dialog.report is None
    assert dialog.headline.text() == "No runs are recorded yet"
    assert not dialog.export_buttons["pdf"].isEnabled()


def test_the_chart_draws_planned_actual_and_overrun(qtbot: QtBot, folder: Path) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(720, 300)
    blank = chart.grab().toImage()
    chart.set_report(report_for(folder / "b-live.jsonl"))
    image = chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    for colour in (PLANNED, ACTUAL, OVER):
        assert QColor(colour).name() in colours
    assert QColor(OVER).name() not in {
        blank.pixelColor(x, y).name()
        for x in range(0, blank.width(), 5)
        for y in range(0, blank.height(), 5)
    }
