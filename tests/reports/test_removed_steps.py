"""A reload that takes out a step that has run: its time stays in the run and its report."""

from __future__ import annotations

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.replay import replay
from facilitator.engine.session import RunState, SessionRun
from facilitator.reports.build import build_report
from tests.engine.factory import make_agenda
from tests.reports.helpers import T0, record

FULL = make_agenda((10, 15, 25))


def without(agenda: Agenda, step_id: str) -> Agenda:
    steps = [s for s in agenda.steps if s.id != step_id]
    session = agenda.session.model_copy(
        update={"steps": steps, "duration": sum(s.minutes for s in steps)}
    )
    return Agenda(agenda.path, session, agenda.libraries, agenda.content_hash + "-" + step_id)


def remove_current(run: SessionRun) -> None:
    """Step 1 for 10 min, step 2 for 3 min, then a reload takes step 2 out; 5 min on step 3."""
    run.next_step(T0 + 10 * M)
    run.add_time(M, T0 + 11 * M)
    run.replace_agenda(without(FULL, "step-2"), T0 + 13 * M)
    run.next_step(T0 + 18 * M)


def test_the_removed_steps_time_stays_in_the_run() -> None:
    run = SessionRun(FULL)
    run.start(T0)
    remove_current(run)
    assert run.state is RunState.FINISHED
    (gone,) = run.removed
    assert (gone.record.step_id, gone.title, gone.removed_at) == ("step-2", "Step 2", T0 + 13 * M)
    assert gone.record.actual(T0 + 18 * M) == 3 * M


def test_the_report_keeps_the_removed_step_with_its_time() -> None:
    log = record(remove_current, agenda=FULL)
    report = build_report("run", log)
    rows = {row.step_id: row for row in report.steps}
    assert [r.step_id for r in report.steps] == ["step-1", "step-3", "step-2"]
    removed = rows["step-2"]
    assert (removed.status, removed.title, removed.actual, removed.adjustments) == (
        "removed",
        "Step 2",
        3 * M,
        M,
    )
    assert report.totals.actual == 18 * M  # 10 + 3 + 5: no minute of the run is lost
    assert "step-2" not in report.completed  # not evidence for a suggestion


def test_a_step_brought_back_gets_its_time_back() -> None:
    def script(run: SessionRun) -> None:
        run.next_step(T0 + 10 * M)
        run.replace_agenda(without(FULL, "step-2"), T0 + 13 * M)
        run.replace_agenda(FULL, T0 + 14 * M)  # the trainer undid the deletion

    log = record(script, agenda=FULL)
    rebuilt = replay(FULL, log)
    assert rebuilt.run.removed == ()
    assert rebuilt.run.record(1).actual(T0 + 14 * M) == 3 * M
    report = build_report("run", log)
    assert [r.status for r in report.steps].count("removed") == 0
    assert report.steps[1].actual == 3 * M


def test_a_step_removed_before_it_ran_is_simply_gone() -> None:
    def script(run: SessionRun) -> None:
        run.replace_agenda(without(FULL, "step-3"), T0 + M)

    report = build_report("run", record(script, agenda=FULL))
    assert [r.step_id for r in report.steps] == ["step-1", "step-2"]
