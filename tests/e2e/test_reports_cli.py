"""`facilitator runs` and `facilitator report` on runs recorded by the real app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.cli import main
from tests.reports.helpers import record, steps_taking, write_jsonl

AGENDA = """\
format: 1
title: Korte sessie – één oefening
duration: 3
steps:
  - id: welkom
    title: Welkom
    minutes: 1
  - id: oefening
    title: Oefening “Ik zal…”
    minutes: 2
"""


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
    return folder


def app(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_dry_run_of_the_real_app_is_listed_and_reported(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agenda = tmp_path / "kort.yaml"
    agenda.write_text(AGENDA, encoding="utf-8")
    # 3 minutes at 120x: 1.5 s; the app quits after 4 s, the run finished.
    done = app(data, "rehearse", str(agenda), "--start", "--speed", "120", "--auto-advance",
               "--quit-after", "4")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert main(["runs"]) == 0
    listing = capsys.readouterr().out
    assert "dry run" in listing and "finished" in listing and "2/2" in listing
    assert "Korte sessie – één oefening" in listing
    assert "rehearsal" not in listing  # a rehearsal at --speed is a dry run

    for fmt in ("md", "csv", "json", "pdf"):
        out = tmp_path / f"report.{fmt}"
        assert main(["report", "latest", "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert "| 2 | Oefening “Ik zal…” | 2:00 | 2:00 | 0:00 |" in (tmp_path / "report.md").read_text(
        encoding="utf-8"
    )
    data_json = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data_json["mode"] == "dry-run" and data_json["speed"] == 120.0
    assert [s["actual_s"] for s in data_json["steps"]] == [60.0, 120.0]
    assert "oefening" in (tmp_path / "report.csv").read_text(encoding="utf-8")
    pdf = PdfReader(tmp_path / "report.pdf")
    assert len(pdf.pages) == 1
    assert "Dry run at 120× speed" in " ".join(pdf.pages[0].extract_text().split())


def test_report_prints_text_formats(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_jsonl(_new(data, "a"), record(steps_taking([11, 15, 25, 15, 15, 10])))
    assert main(["report", "latest", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("step,id,title,planned_min")
    assert main(["report", "a", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["run"] == "a"


def test_problems_are_explained_without_a_traceback(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["runs"]) == 0
    assert "No runs are recorded yet" in capsys.readouterr().out
    assert main(["report", "latest"]) == 1
    assert "No runs are recorded yet" in capsys.readouterr().err
    write_jsonl(_new(data, "one"), record(steps_taking([10] * 6)))
    assert main(["report", "nonexistent"]) == 1
    err = capsys.readouterr().err
    assert "There is no run “nonexistent”" in err and "Traceback" not in err
    assert main(["report", "one", "-o", str(tmp_path / "missing" / "r.md")]) == 1
    assert "Could not write the report" in capsys.readouterr().err
    assert main(["report", "one", "--format", "pdf"]) == 2  # a PDF needs -o
    assert main(["report", "one", "--format", "docx"]) == 2
    assert main(["report"]) == 2
    assert main(["runs", "--bogus"]) == 2


def test_runs_and_text_reports_need_no_qt(data: Path) -> None:
    write_jsonl(_new(data, "one"), record(steps_taking([10] * 6)))
    script = (
        "import sys\n"
        "for name in ('PySide6', 'shiboken6', 'qtawesome'): sys.modules[name] = None\n"
        "from facilitator.cli import main\n"
        "assert main(['runs']) == 0\n"
        "assert main(['report', 'latest', '-f', 'md']) == 0\n"
    )
    env = {**os.environ, "FACILITATOR_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "# Test session" in done.stdout


def _new(data: Path, name: str) -> Path:
    folder = data / "runs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{name}.jsonl"
