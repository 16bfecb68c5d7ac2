"""The start window, new sessions, and the memory of the last session."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.editing.catalogue import own_entries, recent_runs
from facilitator.editing.create import blank_session_text, new_session_file
from facilitator.engine.clock import MINUTE, FakeClock, wall_now
from facilitator.engine.resume import Resumable
from facilitator.paths import default_agenda, runs_dir
from facilitator.recovery import describe, find_recovery
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.start.entries import DETAIL_ROLE
from facilitator.ui.start.memory import last_session, remember_session
from facilitator.ui.start.new_session import NewSessionDialog
from facilitator.ui.start.window import StartWindow
from tests.ui.qt_helpers import START


def _texts(listed: object) -> list[str]:
    return [listed.item(i).text().split("\n")[0] for i in range(listed.count())]  # type: ignore[attr-defined]


def test_the_start_window_lists_sessions_by_short_name(qtbot: QtBot, data_dir: Path) -> None:
    mine = new_session_file(data_dir / "sessions", "Mijn sessie", blank_session_text("Mijn sessie"))
    window = StartWindow()
    qtbot.addWidget(window)
    window.show()
    assert _texts(window.bundled) == [
        "Sessie 1 · Genderbewuste outreach en curricula",
        "Sessie 2 · Diversiteit en gelijkheid op de werkplek",
        "Session 1 · Gender-aware outreach and curricula",
        "Session 2 · Diversity and equality in the workplace",
    ]
    assert window.bundled.item(0).data(DETAIL_ROLE) == "Nederlands · comes with the app"
    assert _texts(window.own) == ["Mijn sessie"]
    assert window.runs_empty.isVisible() and not window.runs.isVisible()
    opened: list[Path] = []
    edited: list[Path] = []
    window.openRequested.connect(opened.append)
    window.editRequested.connect(edited.append)
    window.own.setCurrentRow(0)
    window.own.item(0).setSelected(True)
    window.edit_button.click()
    assert edited == [mine]
    window.bundled.itemClicked.emit(window.bundled.item(2))
    window.bundled.setCurrentRow(2)
    window.open_button.click()
    assert opened[-1].name == "session-1-outreach-and-curricula.yaml"


def test_recent_runs_are_listed_latest_first_with_their_session(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = FakeClock(START)
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=clock)
    app.presenter.confirm_quit = False
    qtbot.addWidget(app.presenter)
    qtbot.addWidget(app.projector)
    app.controller.start()
    clock.advance(3 * MINUTE)
    app.controller.next_step()
    app.controller.shutdown()
    (run,) = recent_runs(data_dir / "runs")
    assert run.agenda == default_agenda()
    assert run.title == "Ontwerpen van genderbewuste outreach en curricula in STEM"
    assert run.line.endswith("· Live session · closed, 1 of 6 steps")
    window = StartWindow()
    qtbot.addWidget(window)
    assert _texts(window.runs) == [run.title]
    opened: list[Path] = []
    reports: list[Path] = []
    window.openRequested.connect(opened.append)
    window.reportRequested.connect(reports.append)
    window.runs.setCurrentRow(0)
    window.run_open_button.click()
    window.report_button.click()
    assert opened == [default_agenda()] and reports == [run.journal]


def test_a_new_blank_session_and_one_from_a_table(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    dialog = NewSessionDialog(folder=data_dir / "sessions")
    qtbot.addWidget(dialog)
    dialog.make()
    assert dialog.made is None and dialog.message.text() == "Give the session a title first."
    dialog.title.setText("Workshop teamwerk")
    dialog.make()
    assert dialog.made is not None and load_agenda(dialog.made).title == "Workshop teamwerk"
    table = tmp_path / "plan.csv"
    table.write_text("title,minutes\nStart,10\nPauze,tien\n", encoding="utf-8")
    dialog = NewSessionDialog(folder=data_dir / "sessions")
    qtbot.addWidget(dialog)
    dialog.set_table(table)
    assert dialog.title.text() == "Plan"
    dialog.make()
    assert dialog.made is None
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "Row 3 (“Pauze”): the minutes “tien” are not a number; write a number such as 10."
    ]
    table.write_text("title,minutes\nStart,10\nPauze,15\n", encoding="utf-8")
    dialog.make()
    assert dialog.made is not None and load_agenda(dialog.made).total_minutes == 25
    dialog = NewSessionDialog(folder=data_dir / "sessions")
    qtbot.addWidget(dialog)
    dialog.copy.setChecked(True)
    dialog.bundled.setCurrentIndex(1)
    dialog.make()
    assert (
        dialog.made is not None and dialog.made.name == "sessie-2-diversiteit-op-de-werkplek.yaml"
    )
    assert [e.name for e in own_entries(data_dir / "sessions")][:1] != []


def test_the_last_session_used_opens_next_time(qtbot: QtBot, data_dir: Path) -> None:
    assert last_session() is None  # the first time: the bundled session 1
    mine = new_session_file(data_dir / "sessions", "Mijn sessie", blank_session_text("Mijn sessie"))
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(START))
    app.presenter.confirm_quit = False
    qtbot.addWidget(app.presenter)
    qtbot.addWidget(app.projector)
    assert last_session() == default_agenda()
    app.open_agenda(mine)
    assert last_session() == mine
    app.open_agenda(default_agenda())  # the presenter no longer watches the file
    app.controller.shutdown()
    remember_session(mine)
    mine.unlink()
    assert last_session() is None  # gone: the app falls back to the bundled session
    remember_session(default_agenda())
    assert last_session() == default_agenda()


def test_the_presenter_has_the_start_window_new_session_and_editor(
    qtbot: QtBot, data_dir: Path
) -> None:
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=FakeClock(START))
    app.presenter.confirm_quit = False
    qtbot.addWidget(app.presenter)
    qtbot.addWidget(app.projector)
    actions = app.presenter.actions_by_name
    assert actions["show_start"].shortcut().toString() == "Ctrl+Shift+O"
    file_menu = app.presenter.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert names[:3] == ["show_start", "new_session", "open_agenda"]
    assert "edit_session" in names
    actions["show_start"].trigger()
    start = app.launcher.start_window
    assert start is not None and start.isVisible()
    qtbot.addWidget(start)
    start.openRequested.emit(default_agenda().parent / "sessie-2-diversiteit-op-de-werkplek.yaml")
    assert app.controller.agenda.path.name == "sessie-2-diversiteit-op-de-werkplek.yaml"
    assert not start.isVisible()
    actions["edit_session"].trigger()
    (editor,) = app.launcher.editors
    qtbot.addWidget(editor)
    assert editor.workspace.path == app.controller.agenda.path
    actions["edit_session"].trigger()  # the same session: the same editor
    assert len(app.launcher.editors) == 1
    app.controller.shutdown()


@pytest.mark.parametrize("quit_mid_session", [True, False])
def test_after_a_normal_quit_mid_session_the_next_start_offers_to_resume(
    qtbot: QtBot, data_dir: Path, quit_mid_session: bool
) -> None:

    clock = FakeClock(START)
    app = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=clock)
    app.presenter.confirm_quit = False
    qtbot.addWidget(app.presenter)
    qtbot.addWidget(app.projector)
    app.controller.start()
    clock.advance(2 * MINUTE)
    if not quit_mid_session:
        app.controller.load_agenda(app.controller.agenda)  # another session opened: ended
    app.controller.shutdown()  # the app quits (app_closed while under way)
    found = find_recovery(runs_dir(), wall_now(), load_agenda)
    if not quit_mid_session:
        assert found is None
        return
    assert isinstance(found, Resumable)
    text = describe(found, wall_now())
    assert "was closed" in text and "in the middle of the session" in text
    assert "step 1 of 6" in text
