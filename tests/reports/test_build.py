"""Building a report from a journal: per-step figures, totals, comparison, suggestion."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.events import RunOpened
from facilitator.engine.session import SessionRun
from facilitator.paths import default_agenda
from facilitator.reports.build import ReportError, build_report, suggest
from facilitator.reports.export import to_markdown
from facilitator.reports.runs import find_run, list_runs, new_run_path, report_for
from tests.engine.factory import make_agenda
from tests.reports.helpers import T0, WALL, record, steps_taking, write_jsonl


def busy_run(run: SessionRun) -> None:
    """Step 1: 12 min with a 2-min pause; step 2: +1 min, 17 min; step 3 restarted; stop."""
    run.pause(T0 + 5 * M)
    run.resume(T0 + 7 * M)
    run.next_step(T0 + 14 * M)  # step 1 ran 12 min
    run.add_time(M, T0 + 20 * M)
    run.next_step(T0 + 31 * M)  # step 2 ran 17 min, 16 planned with the minute
    run.restart_step(T0 + 33 * M)
    run.next_step(T0 + 60 * M)  # step 3 ran 29 min (2 before the restart)
    run.go_to_step(5, T0 + 70 * M)  # steps 5 and 6: step 5 skipped


def test_per_step_figures_and_totals() -> None:
    report = build_report("run-1", record(busy_run))
    assert report.title == "Test session" and report.mode == "live"
    assert report.outcome == "interrupted"  # no end, not closed: the app stopped
    assert report.started == WALL
    rows = report.steps
    assert [r.status for r in rows] == ["done", "done", "done", "done", "skipped", "current"]
    assert [r.planned for r in rows] == [m * M for m in (10, 15, 25, 15, 15, 10)]
    assert [r.actual for r in rows] == [12 * M, 17 * M, 29 * M, 10 * M, None, 0]
    assert [r.difference for r in rows] == [2 * M, 2 * M, 4 * M, -5 * M, None, -10 * M]
    assert [r.overtime for r in rows] == [2 * M, M, 2 * M, 0, 0, 0]
    assert [r.adjustments for r in rows] == [0, M, 0, 0, 0, 0]
    assert [r.restarts for r in rows] == [0, 0, 1, 0, 0, 0]
    assert [(r.pauses, r.paused) for r in rows] == [(1, 2 * M)] + [(0, 0)] * 5
    t = report.totals
    assert (t.planned, t.actual, t.difference) == (90 * M, 68 * M, -22 * M)
    assert (t.overtime, t.adjustments, t.pauses, t.paused) == (5 * M, M, 1, 2 * M)
    assert t.elapsed == 70 * M  # pauses included


def test_a_finished_run_ends_at_its_finish() -> None:
    report = build_report("r", record(steps_taking([10, 15, 25, 15, 15, 11])))
    assert report.outcome == "finished"
    assert report.totals.elapsed == 91 * M
    assert report.ended == WALL + timedelta(minutes=91)
    assert report.steps[-1].overtime == M


def test_comparison_uses_earlier_rehearsals_and_live_runs_of_the_same_agenda() -> None:
    first = build_report(
        "a", record(steps_taking([12, 14, 28, 15, 17, 9]), mode="rehearsal", day=0)
    )
    dry = build_report("b", record(steps_taking([1, 1, 1, 1, 1, 1]), mode="dry-run", day=1))
    second = build_report(
        "c", record(steps_taking([11, 16, 27.5, 14, 16, 10]), mode="rehearsal", day=2)
    )
    later = build_report("z", record(steps_taking([30] * 6), mode="live", day=9))
    this = build_report(
        "d",
        record(steps_taking([10.5, 15, 30, 16, 14, 11]), mode="live", day=3),
        earlier=[later, second, dry, first],
    )
    assert [r.run_id for r in this.earlier] == ["a", "c"]  # no dry run, nothing later
    step_1 = this.steps[0]
    assert (step_1.last, step_1.mean, step_1.compared) == (11 * M, round(11.5 * M), 2)
    # The median of 12, 11 and 10.5 minutes (this run counts: it is live).
    assert step_1.suggested == 11 * M
    assert this.steps[2].suggested == 28 * M  # median of 28, 27.5, 30
    assert this.totals.suggested == sum(r.suggested or 0 for r in this.steps)


def test_a_dry_run_is_compared_but_never_counts_itself() -> None:
    rehearsal = build_report("a", record(steps_taking([12] * 6), mode="rehearsal"))
    dry = build_report(
        "b", record(steps_taking([1] * 6), mode="dry-run", day=1), earlier=[rehearsal]
    )
    assert not dry.counts
    assert dry.steps[0].suggested == 12 * M  # from the rehearsal alone
    alone = build_report("c", record(steps_taking([1] * 6), mode="dry-run"))
    assert alone.steps[0].suggested is None and alone.totals.suggested is None


def test_another_agenda_is_not_compared() -> None:
    other = replace(make_agenda((45, 45)), path=Path("/agendas/other.yaml"), content_hash="x")
    other_report = build_report("x", record(steps_taking([40, 40]), agenda=other, mode="live"))
    this = build_report("y", record(steps_taking([10] * 6), day=1), earlier=[other_report])
    assert this.earlier == ()


def test_suggest_rounds_the_median_to_whole_minutes() -> None:
    assert suggest([]) is None
    assert suggest([10 * M + 29 * S]) == 10 * M
    assert suggest([10 * M, 11 * M, 30 * M]) == 11 * M
    assert suggest([10 * S]) == M  # never less than a minute


def test_a_journal_without_a_plan_and_no_agenda_says_so() -> None:
    events = record(steps_taking([10])).without(RunOpened)
    with pytest.raises(ReportError, match="which steps were planned"):
        build_report("r", events)


def test_runs_folder_lists_finds_and_reports(tmp_path: Path) -> None:
    folder = tmp_path / "runs"
    first = new_run_path(folder, "test", WALL)
    second = new_run_path(folder, "test", WALL)  # the same second: another name
    assert first != second and first.exists() and second.exists()
    write_jsonl(first, record(steps_taking([12] * 6), mode="rehearsal"))
    write_jsonl(second, record(busy_run, day=1))
    with (folder / "broken.jsonl").open("w") as file:
        file.write('{"t": 1, "event": "run_ope')  # a run cut off at its first line
    runs = list_runs(folder)
    assert [(r.run_id, r.mode, r.outcome) for r in runs[:2]] == [
        (first.stem, "rehearsal", "finished"),
        (second.stem, "live", "interrupted"),
    ]
    assert runs[2].outcome == "unreadable"
    assert find_run(folder, "latest") == second
    assert find_run(folder, second.stem) == second
    assert find_run(folder, str(first)) == first
    report = report_for(second)
    assert [r.run_id for r in report.earlier] == [first.stem]
    assert report.steps[0].last == 12 * M


def test_a_damaged_journal_still_gives_its_report_with_warnings(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "run.jsonl", record(steps_taking([12, 15])))
    lines = path.read_bytes().split(b"\n")
    lines.insert(3, b'{"t": 12, "event": \xff garbage')  # a damaged line in the middle
    path.write_bytes(b"\n".join(lines) + b'{"t": 99, "event": "step_pa')  # cut off
    report = report_for(path)
    assert report.warnings == (
        "Line 4 of the session log is damaged and was skipped.",
        f"The last line ({len(lines)}) of the session log was cut off (probably by a crash) "
        "and was skipped.",
    )
    assert [r.actual for r in report.steps[:3]] == [12 * M, 15 * M, 0]
    assert report.outcome == "interrupted"


def test_a_bundled_agenda_is_named_by_its_place_in_the_bundle() -> None:
    bundled = load_agenda(default_agenda())
    report = build_report("r", record(lambda run: None, agenda=bundled))
    # Not the path of this machine: the same name in a checkout and in an installation.
    assert report.agenda == "agendas/steam-coach/sessie-1-outreach-en-curricula.yaml"
    assert to_markdown(report).count("- Agenda: `agendas/steam-coach/sessie-1-") == 1
    elsewhere = build_report("r", record(lambda run: None))
    assert elsewhere.agenda == "/agendas/test.yaml"  # not bundled: as the journal says
