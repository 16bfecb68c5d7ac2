"""The report's column table is the one definition every format and the dialog use."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from facilitator.reports import columns
from facilitator.reports.build import RunReport, build_report
from facilitator.reports.columns import Column, Shown, comparison_table, headers, steps_table
from facilitator.reports.export import csv_names, to_csv, to_data, to_markdown, write_report
from facilitator.ui.dialogs.report_dialog import ReportDialog
from tests.reports.helpers import record, steps_taking, write_jsonl


@pytest.fixture
def report() -> RunReport:
    return build_report("r", record(steps_taking([9, 15, 30, 15, 15, 12])))


def test_the_tables_and_the_data_come_from_the_same_columns(report: RunReport) -> None:
    names = [c.name for c in columns.COLUMNS if c.name]
    assert [n.removesuffix("_min") for n in csv_names()] == names
    assert [k.removesuffix("_s") for k in to_data(report)["steps"][0]] == names
    shown = steps_table(report)
    assert (
        shown.headers
        == headers("steps")
        == (
            "#",
            "Step",
            "Planned",
            "Actual",
            "Difference",
            "Overtime",
            "Adjusted",
            "Pauses",
            "Status",
        )
    )
    assert headers("compare") == comparison_table(report).headers
    assert headers("steps", number_column=False) == shown.headers[1:]
    assert len(shown.widths) == len(shown.left) == len(shown.bold) == len(shown.headers)


def test_a_column_added_once_reaches_every_format_and_the_dialog(
    report: RunReport, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    added = Column(
        "restarted_twice",
        "number",
        lambda r: r.restarts * 2,
        steps=Shown("Twice", 1.0),
        compare=Shown("Twice", 1.0),
    )
    monkeypatch.setattr(columns, "COLUMNS", (*columns.COLUMNS, added))
    assert "| Twice |" in to_markdown(report)
    assert "restarted_twice" in to_csv(report).splitlines()[0]
    assert to_data(report)["steps"][0]["restarted_twice"] == 0
    write_report(report, "pdf", tmp_path / "r.pdf")
    assert "Twice" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text().split()
    runs = tmp_path / "runs"
    runs.mkdir()
    write_jsonl(runs / "r.jsonl", record(steps_taking([9, 15, 30, 15, 15, 12])))
    dialog = ReportDialog(runs)
    qtbot.addWidget(dialog)
    shown = [dialog.steps.horizontalHeaderItem(c).text() for c in range(dialog.steps.columnCount())]
    assert shown[-1] == "Twice"
    cell = dialog.steps.item(0, len(shown) - 1)
    assert cell is not None and cell.text() == "0"


def test_numbers_are_right_aligned_words_left(report: RunReport) -> None:
    table = steps_table(report, number_column=False)
    aligned = dict(zip(table.headers, table.left, strict=True))
    assert aligned["Step"] and aligned["Status"]
    assert not any(aligned[h] for h in ("Planned", "Actual", "Difference", "Pauses"))
    assert table.rows[0][0].startswith("1. ")
    total = dict(zip(table.headers, table.total, strict=True))
    assert total["Step"] == "Total" and total["Status"] == ""
    assert to_data(report)["totals"]["earlier_runs"] == 0
