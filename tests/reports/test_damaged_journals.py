"""Journals damaged or tampered with: a warning naming the line, never an exception.

The journals here are literal lines (what a file on disk holds), so they do
not depend on how the app writes events today.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from facilitator.agenda.load import load_agenda
from facilitator.cli import main
from facilitator.reports.runs import find_crashed, list_runs, report_for

S = 1_000_000_000
M = 60 * S
T0 = 5_000 * S
WALL = datetime.fromisoformat("2025-03-01T09:00:00+01:00")

AGENDA = """\
format: 1
title: Korte sessie – één oefening
duration: 25
steps:
  - id: welkom
    title: Welkom
    minutes: 10
  - id: oefening
    title: Oefening “Ik zal…”
    minutes: 15
"""


def wall(t: int) -> str:
    return (WALL + timedelta(microseconds=(t - T0) // 1000)).isoformat()


def crashed_run(agenda: Path) -> list[dict[str, Any]]:
    """A format-1 journal of a run that crashed 12 minutes in, during step 2."""
    plan = [
        {"id": "welkom", "title": "Welkom", "minutes": 10},
        {"id": "oefening", "title": "Oefening “Ik zal…”", "minutes": 15},
    ]
    first = {"index": 0, "step_id": "welkom"}
    second = {"index": 1, "step_id": "oefening"}
    lines: list[dict[str, Any]] = [
        {"t": T0, "event": "run_opened", "mode": "live", "speed": 1.0, "agenda": str(agenda),
         "hash": "", "title": "Korte sessie – één oefening", "steps": plan, "boot": "b"},
        {"t": T0, "event": "run_started", "agenda": str(agenda),
         "title": "Korte sessie – één oefening", "hash": "", "steps": 2, "index": 0,
         "auto_advance": False},
        {"t": T0, "event": "step_started", "planned": 10 * M, "remaining": 10 * M, **first},
        {"t": T0 + 5 * S, "event": "heartbeat"},
        {"t": T0 + 10 * M, "event": "step_paused", "remaining": 0, **first},
        {"t": T0 + 10 * M, "event": "step_ended", "actual": 10 * M, "remaining": 0, **first},
        {"t": T0 + 10 * M, "event": "step_changed", "from": 0, "to": 1, "auto": False},
        {"t": T0 + 10 * M, "event": "step_started", "planned": 15 * M, "remaining": 15 * M,
         **second},
        {"t": T0 + 11 * M, "event": "time_added", "delta": M, "remaining": 15 * M, **second},
        {"t": T0 + 12 * M, "event": "heartbeat"},
    ]  # fmt: skip
    return [{**line, "wall": wall(line["t"])} for line in lines]


def write(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def agenda(tmp_path: Path) -> Path:
    path = tmp_path / "kort.yaml"
    path.write_text(AGENDA, encoding="utf-8")
    load_agenda(path)  # a valid agenda
    return path


LAST_WALL = WALL + timedelta(minutes=12, seconds=30)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        (4, "t", 10**30),  # an instant no clock reaches
        (1, "speed", 1e-300),  # a speed that makes every downtime infinite
        (9, "delta", 10**40),
        (7, "to", 10**40),
    ],
)
def test_a_number_out_of_range_is_a_warning_naming_its_line(
    tmp_path: Path, agenda: Path, line: int, field: str, value: object
) -> None:
    lines = crashed_run(agenda)
    lines[line - 1][field] = value
    path = write(tmp_path / "runs" / "run.jsonl", lines)
    # What every start offering recovery does, and what `facilitator report` does.
    assert find_crashed(tmp_path / "runs", LAST_WALL) == path
    report = report_for(path)
    assert any(f"Line {line}" in warning for warning in report.warnings), report.warnings
    assert [r.run_id for r in list_runs(tmp_path / "runs")] == ["run"]


def test_a_resume_with_a_crash_instant_out_of_range_still_reports(
    tmp_path: Path, agenda: Path
) -> None:
    lines = crashed_run(agenda)
    t = T0 + 14 * M
    lines.append(
        {"t": t, "wall": wall(t), "event": "run_resumed", "crash_t": 10**40, "downtime": 2 * M,
         "how": "counted", "boot": "b", "offset": 0, "index": 1, "step_id": "oefening",
         "remaining": 13 * M}
    )  # fmt: skip
    path = write(tmp_path / "runs" / "run.jsonl", lines)
    report = report_for(path)
    assert any("Line 11" in warning for warning in report.warnings), report.warnings
    assert report.steps[0].actual == 10 * M


def test_report_prints_a_note_not_a_traceback(
    tmp_path: Path,
    agenda: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    lines = crashed_run(agenda)
    t = T0 + 14 * M
    lines.append(
        {"t": t, "wall": wall(t), "event": "run_resumed", "crash_t": 10**40, "downtime": 2 * M,
         "how": "counted", "index": 1, "step_id": "oefening", "remaining": 13 * M}
    )  # fmt: skip
    write(tmp_path / "data" / "runs" / "run.jsonl", lines)
    assert main(["report", "latest", "--format", "md"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "Note: Line 11" in captured.err
    assert "Welkom" in captured.out


def test_a_journal_whose_first_line_is_gone_is_found_from_the_next_lines(
    tmp_path: Path, agenda: Path
) -> None:
    path = write(tmp_path / "runs" / "run.jsonl", crashed_run(agenda)[1:])
    (info,) = list_runs(tmp_path / "runs")
    assert (info.title, info.outcome, info.steps_done, info.step_count) == (
        "Korte sessie – één oefening",
        "interrupted",
        1,
        2,
    )
    assert find_crashed(tmp_path / "runs", LAST_WALL) == path
    report = report_for(path)
    assert [r.actual for r in report.steps] == [10 * M, 2 * M]
