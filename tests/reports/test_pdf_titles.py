"""The report PDF shows step titles whole where the page has room: wrapped, not cut with "…"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from facilitator.reports.export import write_report
from tests.reports.test_export import pdf_text, session_1_report


def test_every_step_title_is_whole_in_the_tables_and_the_chart(tmp_path: Path) -> None:
    report = session_1_report()
    path = tmp_path / "r.pdf"
    write_report(report, "pdf", path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1  # wrapping the titles still fits the page
    text = pdf_text(reader.pages[0].extract_text())
    assert "..." not in text  # an ellipsis, as NFKC writes it
    for row in report.steps:
        # Numbered in the chart and the comparison table, after the number in the steps table.
        assert text.count(row.title) >= 3, (row.title, text)


def test_only_a_title_too_long_for_three_lines_is_cut(tmp_path: Path) -> None:
    report = session_1_report()
    endless = " ".join(["outreachprogramma's"] * 40)
    steps = (replace(report.steps[0], title=endless), *report.steps[1:])
    path = tmp_path / "r.pdf"
    write_report(replace(report, steps=steps), "pdf", path)
    text = pdf_text(PdfReader(path).pages[0].extract_text())
    assert "..." in text
    assert report.steps[1].title in text
