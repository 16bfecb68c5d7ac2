"""Restarting after a crash with the agenda missing or broken: never given up unasked.

A USB stick not yet mounted, a file saved mid-edit: the run used to be noted
as abandoned at once, though the journal holds the whole plan. Now the
trainer may go on from the journal's plan (the projected items come back
with the file), wait for the file and try again, or start afresh.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import MonotonicClock, wall_now
from facilitator.engine.events import ResumeHow, RunOpened, opening
from facilitator.engine.journal import Journal, read_journal, read_log
from facilitator.engine.resume_point import boot_id
from facilitator.engine.session import SessionRun
from facilitator.paths import runs_dir
from facilitator.recovery import Unresumable, find_recovery, from_plan_words
from facilitator.ui.app import FacilitatorApp, offer_recovery
from facilitator.ui.dialogs import recovery_dialog
from facilitator.ui.dialogs.recovery_dialog import RecoveryDialog, WaitDialog
from tests.ui.test_console_files import copy_bundle


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Path:
    """Journals and settings in tmp_path; a QApplication for the dialogs."""
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FACILITATOR_SETTINGS", str(tmp_path / "settings.ini"))
    return tmp_path / "data"


def crashed_run(agenda_path: Path, *, first_line: bool = True, reload: bool = False) -> Path:
    """The journal of a run that stopped 3 minutes into step 2 (the app crashed).

    With ``reload``, the file was saved with a step a minute longer during step 2.
    """
    agenda = load_agenda(agenda_path)
    path = runs_dir() / "20260504-090000-sessie.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal(path)
    t0 = MonotonicClock().now() - 13 * M
    if first_line:
        journal.write(opening(agenda, speed=1.0, rehearsal=False, boot=boot_id()), t0, wall_now())
    run = SessionRun(agenda, journal=journal)
    run.start(t0, wall_now())
    run.next_step(t0 + 10 * M)
    run.next_item(t0 + 11 * M)
    if reload:
        text = agenda_path.read_text(encoding="utf-8")
        longer = text.replace("minutes: 25\n", "minutes: 26\n", 1)
        agenda_path.write_text(longer.replace("duration: 90", "duration: 91"), encoding="utf-8")
        run.replace_agenda(load_agenda(agenda_path), t0 + 12 * M)
    journal.close()
    return path


def events(path: Path) -> list[str]:
    return [str(e["event"]) for e in read_journal(path).events]


def answer(monkeypatch: pytest.MonkeyPatch, dialog: type, script: list[object]) -> list[str]:
    """Make ``dialog.exec`` answer from ``script`` (a choice, "retry" or a callable first)."""
    asked: list[str] = []

    def exec_(self: RecoveryDialog | WaitDialog) -> int:
        asked.append(type(self).__name__)
        step = script.pop(0)
        if callable(step):
            step = step()
        if step == "retry":
            self.retry = True
        elif isinstance(self, RecoveryDialog):
            self.choice = ResumeHow(step) if step != "fresh" else None
        return 1

    monkeypatch.setattr(dialog, "exec", exec_)
    return asked


def test_a_missing_agenda_goes_on_from_the_journals_plan(tmp_path: Path, data: Path) -> None:
    agenda_path = copy_bundle(tmp_path)
    journal = crashed_run(agenda_path)
    agenda_path.unlink()
    found = find_recovery(runs_dir(), wall_now(), load_agenda)
    assert not isinstance(found, Unresumable) and found is not None
    assert found.from_plan
    planned = load_log_plan(journal)
    assert [(s.id, s.minutes) for s in found.agenda.steps] == planned
    assert all(not step.project for step in found.agenda.steps)  # nothing projected
    assert found.rebuilt.run.index == 1
    words = from_plan_words(found)
    assert words.startswith(f"The agenda file {agenda_path} cannot be opened now")
    assert "what the steps show on the projector (questions, hand-outs, cards) is missing" in words
    assert "run_abandoned" not in events(journal)  # never given up unasked


def load_log_plan(journal: Path) -> list[tuple[str, float]]:
    opened = read_log(journal).first(RunOpened)
    assert opened is not None
    return [(s.id, s.minutes) for s in opened.event.steps]


def test_a_broken_agenda_goes_on_from_the_plan_too(tmp_path: Path, data: Path) -> None:
    agenda_path = copy_bundle(tmp_path)
    crashed_run(agenda_path)
    text = agenda_path.read_text(encoding="utf-8")
    agenda_path.write_text(text[: len(text) // 3] + "\n  - id: [\n", encoding="utf-8")
    found = find_recovery(runs_dir(), wall_now(), load_agenda)
    assert found is not None and not isinstance(found, Unresumable)
    assert found.from_plan


def test_waiting_for_the_file_then_resuming_on_it(
    tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agenda_path = copy_bundle(tmp_path)
    crashed_run(agenda_path)
    kept = tmp_path / "stick"
    shutil.move(str(agenda_path.parent), kept)  # the USB stick is not mounted yet

    def plug_in() -> str:
        shutil.move(str(kept), agenda_path.parent)
        return "retry"

    asked = answer(monkeypatch, RecoveryDialog, [plug_in, "paused"])
    recovery = offer_recovery(AppOptions(recover="ask"))
    assert asked == ["RecoveryDialog", "RecoveryDialog"]
    assert recovery is not None
    assert not recovery.resumable.from_plan  # the file itself, projected items and all
    assert recovery.resumable.agenda.steps[1].project


@pytest.mark.parametrize("reload", [False, True], ids=["as-opened", "reloaded-during-the-run"])
def test_the_app_runs_from_the_plan_and_takes_the_file_when_it_is_back(
    reload: bool, tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Back unchanged, the file is taken too: the plan claims no file's content."""
    agenda_path = copy_bundle(tmp_path)
    crashed_run(agenda_path, reload=reload)
    text = agenda_path.read_text(encoding="utf-8")
    agenda_path.unlink()
    answer(monkeypatch, RecoveryDialog, ["counted"])
    recovery = offer_recovery(AppOptions(recover="ask"))
    assert recovery is not None and recovery.resumable.from_plan
    app = FacilitatorApp(recovery.options, recovery.resumable.agenda, recovery.clock)
    qtbot.addWidget(app.presenter, before_close_func=lambda _w: app.controller.shutdown())
    qtbot.addWidget(app.projector)
    app.presenter.confirm_quit = False
    app.resume(recovery)
    notice = app.presenter.notice
    assert notice.kind == "warning"
    assert "The session goes on from the plan in its log" in notice.label.text()
    assert app.controller.run.index == 1
    with qtbot.waitSignal(app.presenter.watcher.reloaded, timeout=5000):
        agenda_path.write_text(text, encoding="utf-8")  # the file is back
    assert app.controller.run.step.project  # what the step projects, back
    assert app.controller.run.index == 1
    app.presenter.close()


def test_without_a_plan_the_trainer_waits_or_starts_afresh(
    tmp_path: Path, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    agenda_path = copy_bundle(tmp_path)
    journal = crashed_run(agenda_path, first_line=False)  # the plan was in the lost line
    agenda_path.unlink()
    found = find_recovery(runs_dir(), wall_now(), load_agenda)
    assert isinstance(found, Unresumable) and found.wait
    assert "run_abandoned" not in events(journal)
    # --recover counted cannot ask: the run waits for the next start.
    assert offer_recovery(AppOptions(recover="counted")) is None
    assert "run_abandoned" not in events(journal)
    asked = answer(monkeypatch, WaitDialog, ["retry", "fresh"])
    assert offer_recovery(AppOptions(recover="ask")) is None
    assert asked == ["WaitDialog", "WaitDialog"]
    assert events(journal)[-1] == "run_abandoned"  # the trainer's choice, and only then


def test_the_offer_shows_the_plan_note_and_the_try_again_button(
    tmp_path: Path, data: Path, qtbot: QtBot
) -> None:
    agenda_path = copy_bundle(tmp_path)
    crashed_run(agenda_path)
    agenda_path.unlink()
    found = find_recovery(runs_dir(), wall_now(), load_agenda)
    assert found is not None and not isinstance(found, Unresumable)
    dialog = RecoveryDialog(found)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan_note.isVisible() and dialog.retry_button.isVisible()
    dialog.retry_button.click()
    assert dialog.retry and recovery_dialog.RETRY == "retry"
