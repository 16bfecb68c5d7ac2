"""Suggested durations learn only from real runs: a run clicked through, a step moved past at
once, and a run the trainer left out are not evidence, and the report says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.cli import main
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.reports.build import LeftOutReason, build_report, far_below_plan
from facilitator.reports.export import to_markdown
from facilitator.reports.left_out import FILE_NAME, left_out_runs, set_left_out
from facilitator.reports.runs import report_for
from facilitator.reports.texts import comparison_notes
from facilitator.ui.dialogs.report_dialog import ReportDialog
from tests.reports.helpers import record, steps_taking, write_jsonl

CLICKED = [5 / 60] * 6  # every step clicked through in 5 seconds
REAL = [12, 14, 28, 15, 17, 9]


def test_the_share_of_the_plan_that_is_evidence() -> None:
    assert far_below_plan(3 * M - 1, 9 * M)
    assert not far_below_plan(3 * M, 9 * M)  # exactly a third counts
    assert not far_below_plan(12 * M, 10 * M)


def test_one_rehearsal_clicked_through_suggests_nothing_not_one_minute() -> None:
    report = build_report("clicked", record(steps_taking(CLICKED), mode="rehearsal"))
    assert [row.suggested for row in report.steps] == [None] * 6
    assert report.totals.suggested is None
    (left,) = report.left_out
    assert (left.run_id, left.reason) == ("clicked", LeftOutReason.FAR_BELOW_PLAN)
    assert (left.actual, left.planned) == (30 * S, 90 * M)
    notes = " ".join(comparison_notes(report))
    assert "This run is not used for the suggestions" in notes
    assert "0:30 of the 1:30:00 planned" in notes


def test_a_clicked_through_rehearsal_is_not_compared_with() -> None:
    clicked = build_report("a", record(steps_taking(CLICKED), mode="rehearsal", day=0))
    real = build_report("b", record(steps_taking(REAL), mode="rehearsal", day=1))
    this = build_report(
        "c", record(steps_taking([10, 15, 25, 15, 15, 10]), day=2), earlier=[clicked, real]
    )
    assert [r.run_id for r in this.earlier] == ["b"]
    step_1 = this.steps[0]
    assert (step_1.last, step_1.mean, step_1.compared) == (12 * M, 12 * M, 1)
    assert step_1.suggested == 11 * M  # the median of 12 and 10, not pulled down to 1:00
    assert [(r.run_id, r.reason) for r in this.left_out] == [("a", LeftOutReason.FAR_BELOW_PLAN)]
    assert "Not used: the rehearsal of" in to_markdown(this)


def test_a_single_step_moved_past_at_once_is_left_out_of_its_suggestion() -> None:
    # Step 3 (25 min) skipped after 2 minutes; the others ran.
    report = build_report("r", record(steps_taking([10, 15, 2, 15, 15, 10]), mode="rehearsal"))
    assert report.left_out == ()
    assert report.steps[2].suggested is None and report.steps[2].left_out == 1
    assert report.steps[1].suggested == 15 * M and report.steps[1].left_out == 0
    assert "Step times below a third of their plan are not used: 1 here." in comparison_notes(
        report
    )


def test_a_run_the_trainer_left_out() -> None:
    odd = build_report("odd", record(steps_taking([30] * 6), mode="live", day=0))
    this = build_report(
        "this", record(steps_taking([10] * 6), day=1), earlier=[odd], leave_out={"odd"}
    )
    assert this.earlier == () and this.steps[0].compared == 0
    assert this.steps[0].suggested == 10 * M
    assert [(r.run_id, r.reason) for r in this.left_out] == [("odd", LeftOutReason.BY_TRAINER)]
    assert any("which you left out" in note for note in comparison_notes(this))
    mine = build_report("this", record(steps_taking([10] * 6)), leave_out={"this"})
    assert mine.steps[0].suggested is None
    assert any("you left it out" in note for note in comparison_notes(mine))


def test_the_choice_is_remembered_in_the_runs_folder(tmp_path: Path) -> None:
    assert left_out_runs(tmp_path) == frozenset()
    assert set_left_out(tmp_path, "b", True) == {"b"}
    assert set_left_out(tmp_path, "a", True) == {"a", "b"}
    assert set_left_out(tmp_path, "b", False) == {"a"}
    assert left_out_runs(tmp_path) == {"a"}
    for broken in ("{", "[1, 2]", '{"left_out": "a"}', '{"left_out": [1, "a"]}'):
        (tmp_path / FILE_NAME).write_text(broken, encoding="utf-8")
        assert left_out_runs(tmp_path) <= {"a"}  # never an error


@pytest.fixture
def runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "data" / "runs"
    folder.mkdir(parents=True)
    write_jsonl(folder / "a-odd.jsonl", record(steps_taking([30] * 6), mode="rehearsal"))
    write_jsonl(folder / "b-live.jsonl", record(steps_taking([10] * 6), day=1))
    return folder


def test_on_the_command_line(runs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["runs", "--leave-out", "odd"]) == 0
    assert "a-odd is left out" in capsys.readouterr().out
    assert left_out_runs(runs) == {"a-odd"}
    assert main(["runs"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert next(line for line in listing if line.startswith("a-odd")).endswith(
        "(left out of comparisons)"
    )
    assert not next(line for line in listing if line.startswith("b-live")).endswith(")")
    assert main(["report", "b-live"]) == 0
    assert "which you left out" in capsys.readouterr().out
    assert report_for(runs / "b-live.jsonl").steps[0].suggested == 10 * M
    assert main(["runs", "--put-back", "a-odd"]) == 0
    assert left_out_runs(runs) == frozenset()
    assert report_for(runs / "b-live.jsonl").steps[0].suggested == 20 * M  # median of 30, 10
    assert main(["runs", "--leave-out", "nonexistent"]) == 1
    assert "There is no run" in capsys.readouterr().err
    assert main(["runs", "--leave-out", "a", "--put-back", "b"]) == 2


def test_in_the_reports_dialog(qtbot: QtBot, runs: Path) -> None:
    dialog = ReportDialog(runs, runs / "a-odd.jsonl")
    qtbot.addWidget(dialog)
    assert not dialog.leave_out.isChecked() and dialog.leave_out.isEnabled()
    dialog.leave_out.setChecked(True)
    assert left_out_runs(runs) == {"a-odd"}
    assert "you left it out" in dialog.compare_note.text()
    dialog.chooser.setCurrentIndex(dialog.chooser.findData(str(runs / "b-live.jsonl")))
    assert not dialog.leave_out.isChecked()
    assert "which you left out" in dialog.compare_note.text()
    again = ReportDialog(runs, runs / "a-odd.jsonl")  # remembered
    qtbot.addWidget(again)
    assert again.leave_out.isChecked()
    again.leave_out.setChecked(False)
    assert left_out_runs(runs) == frozenset()
