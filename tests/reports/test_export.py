"""Each export format written to a file and read back (the PDF with pypdf)."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.session import SessionRun
from facilitator.paths import default_agenda
from facilitator.reports.build import RunReport, build_report
from facilitator.reports.export import write_report
from facilitator.timefmt import duration, signed
from tests.reports.helpers import T0, record, steps_taking


def pdf_text(raw: str) -> str:
    """Text as a reader sees it: ligatures (ﬁ) undone, tabs and line ends as spaces."""
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def session_1_report() -> RunReport:
    agenda = load_agenda(default_agenda())

    def script(run: SessionRun) -> None:
        run.add_time(2 * M, T0 + 5 * M)
        run.pause(T0 + 6 * M)
        run.resume(T0 + 9 * M)
        steps_taking([12.5, 15, 24, 16, 15, 10])(run)

    earlier = build_report(
        "earlier", record(steps_taking([11, 15, 27, 15, 15, 9]), agenda=agenda, mode="rehearsal")
    )
    return build_report("now", record(script, agenda=agenda, mode="live", day=1), earlier=[earlier])


@pytest.fixture(scope="module")
def report() -> RunReport:
    return session_1_report()


def test_markdown(report: RunReport, tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    write_report(report, "md", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Ontwerpen van genderbewuste outreach en curricula in STEM\n")
    assert "| 2 | Presentatie: strategieën voor outreachprogramma's | 15:00 | 15:00 |" in text
    # Step 1: 12:30 of running time (the pause does not count), 2 minutes added.
    assert "| 1 | Inleiding & ijsbreker | 10:00 | 9:30 | −0:30 | – | +2:00 | 1 (3:00) | done |" in (
        text
    )
    assert "Earlier live runs and rehearsals of this agenda: rehearsal" in text
    assert not list(tmp_path.glob("*.part"))


def test_csv(report: RunReport, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    write_report(report, "csv", path)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == 7
    assert rows[1]["title"] == "Presentatie: strategieën voor outreachprogramma's"
    assert [r["actual_min"] for r in rows[:6]] == [
        "9.50",
        "15.00",
        "24.00",
        "16.00",
        "15.00",
        "10.00",
    ]
    assert rows[0]["adjusted_min"] == "2.00" and rows[0]["pauses"] == "1"
    assert rows[0]["last_min"] == "11.00" and rows[0]["suggested_min"] == "10.00"
    assert rows[6]["step"] == "total" and rows[6]["planned_min"] == "90.00"


def test_json(report: RunReport, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    write_report(report, "json", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["mode"] == "live" and data["outcome"] == "finished"
    assert data["steps"][0]["actual_s"] == 570.0
    assert data["steps"][0]["paused_s"] == 180.0
    assert data["totals"]["planned_s"] == 5400.0
    assert data["earlier"][0]["run"] == "earlier"
    assert "strategieën" in path.read_text(encoding="utf-8")  # not escaped


def test_pdf_has_one_page_with_the_report_and_the_chart(report: RunReport, tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    write_report(report, "pdf", path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = pdf_text(reader.pages[0].extract_text())
    for expected in (
        "Ontwerpen van genderbewuste outreach",
        "Live session",
        "Inleiding & ijsbreker",
        "strategieën",
        "Planned against actual",
        "beyond the plan",  # the chart's legend
        "Compared with earlier runs",
        "Suggested",
        "1:30:00",
    ):
        assert expected in text, expected


def test_a_long_report_breaks_onto_more_pages(tmp_path: Path) -> None:
    from tests.engine.factory import make_agenda

    agenda = make_agenda(tuple([5.0] * 40))
    long = build_report("long", record(steps_taking([5.5] * 40), agenda=agenda))
    path = tmp_path / "long.pdf"
    write_report(long, "pdf", path)
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    text = pdf_text(" ".join(page.extract_text() for page in reader.pages))
    assert "Step 40" in text


def test_a_folder_that_does_not_exist_fails_cleanly(report: RunReport, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_report(report, "md", tmp_path / "missing" / "r.md")
    with pytest.raises(ValueError, match="unknown report format"):
        write_report(report, "docx", tmp_path / "r.docx")


def test_duration_texts() -> None:
    assert duration(None) == "–"
    assert duration(90 * M + 5 * 10**9) == "1:30:05"
    assert duration(-30 * 10**9) == "−0:30"
    assert signed(30 * 10**9) == "+0:30"
    assert signed(0) == "0:00"
    assert signed(-M) == "−1:00"
