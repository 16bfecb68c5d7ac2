"""The trainer's rules for phones in the app: posting per step and names, from the Phones
tab and the named commands, kept in the run's journal and back after a crash."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import SECOND
from facilitator.engine.events import ResumeHow
from facilitator.engine.journal import Journal, read_log
from facilitator.engine.resume import prepare_resume, resume_run
from facilitator.engine.resume_point import ResumePoint
from facilitator.participants.network import Listen
from facilitator.participants.views import live_view
from facilitator.paths import runs_dir
from facilitator.room.wall import Status
from facilitator.ui.controller import SessionController
from facilitator.ui.participants.in_app import PhonesInApp
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.qt_helpers import NINE, SessionClock, make_controller, quiet_presenter

STEP_4 = 3


@pytest.fixture
def journal_path(data_dir: Path) -> Path:
    return runs_dir() / "run.jsonl"


def _journal(path: Path):  # type: ignore[no-untyped-def]
    def journal_factory(agenda: Agenda) -> Journal:
        return Journal(path)

    return journal_factory


@pytest.fixture
def app(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock, journal_path: Path
) -> Iterator[tuple[SessionController, PresenterWindow, PhonesInApp]]:
    controller = make_controller(agenda_2, session_clock, journal_factory=_journal(journal_path))
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    phones = PhonesInApp(controller, window, Listen("127.0.0.1", 0), out=io.StringIO())
    yield controller, window, phones
    phones.stop()
    controller.shutdown()


def test_posting_is_closed_per_step_from_the_tab_or_the_command(
    app: tuple[SessionController, PresenterWindow, PhonesInApp],
) -> None:
    controller, window, phones = app
    panel = phones.panel
    action = window.actions_by_name["toggle_phone_posting"]
    controller.toggle_running()
    first = controller.run.step.id
    assert panel.posting.isChecked() and action.isChecked()  # open unless the trainer closes it
    panel.posting.click()  # the Phones tab's switch
    assert not controller.room.state.wall.posting_open(first)
    assert not action.isChecked() and not panel.posting.isChecked()
    assert live_view(phones.service.port.scene()).posting is False
    controller.go_to_step(STEP_4)  # another step is still open; the console shows it
    assert panel.posting.isChecked()
    window.refresh_view()
    assert action.isChecked()
    action.trigger()  # the named command closes this one too
    assert controller.room.state.wall.closed_steps == {first, controller.run.step.id}
    assert not panel.posting.isChecked()
    action.trigger()
    assert controller.room.state.wall.closed_steps == {first}


def test_names_are_asked_for_from_the_tab_or_the_command(
    app: tuple[SessionController, PresenterWindow, PhonesInApp],
) -> None:
    controller, window, phones = app
    panel = phones.panel
    action = window.actions_by_name["toggle_phone_names"]
    assert not panel.names.isChecked() and not action.isChecked()  # anonymous by default
    assert live_view(phones.service.port.scene()).names is False
    panel.names.click()
    assert controller.room.state.wall.ask_names and action.isChecked()
    assert live_view(phones.service.port.scene()).names is True
    controller.room.post_note("Ik zal luisteren", client_id="n1", name="Anna")
    controller.room.show_phones()
    assert panel.pending.item(0).text() == "Ik zal luisteren\n— Anna"
    action.trigger()
    assert not controller.room.state.wall.ask_names and not panel.names.isChecked()
    controller.room.post_note("Ik zal vragen", client_id="n2", name="Bo")
    assert [n.name for n in controller.room.state.wall.notes] == ["Anna", ""]


def test_after_a_crash_posting_names_and_moderation_are_as_they_were(
    qtbot: QtBot,
    agenda_2: Agenda,
    session_clock: SessionClock,
    journal_path: Path,
    app: tuple[SessionController, PresenterWindow, PhonesInApp],
) -> None:
    controller, window, _ = app
    controller.toggle_running()
    closed = controller.run.step.id
    window.actions_by_name["toggle_phone_posting"].trigger()
    window.actions_by_name["toggle_phone_names"].trigger()
    controller.go_to_step(STEP_4)
    assert controller.room.post_note("Van een telefoon", client_id="p1", name="Eva")
    live = controller.room.state.wall
    assert live.notes[0].status is Status.PENDING  # moderated: the default
    crash = controller.now()
    # The app dies here; the next start rebuilds the room from the journal alone.
    resumable = prepare_resume(journal_path, read_log(journal_path), load_agenda)
    assert resumable.room is not None and resumable.room.wall == live
    point = ResumePoint(now=crash + SECOND, offset=0, downtime=SECOND)
    run = resume_run(
        resumable, Journal(journal_path), point, ResumeHow.PAUSED, wall=NINE, boot=None
    )
    again = make_controller(agenda_2, session_clock)
    again.restore(run, Journal(journal_path), room=resumable.room, paused_at=resumable.last_t)
    window2 = quiet_presenter(again)
    qtbot.addWidget(window2)
    phones2 = PhonesInApp(again, window2, Listen("127.0.0.1", 0), out=io.StringIO())
    try:
        wall = again.room.state.wall
        assert wall.closed_steps == {closed} and wall.ask_names and not wall.auto_release
        assert phones2.panel.names.isChecked() and not phones2.panel.auto_release.isChecked()
        assert phones2.panel.posting.isChecked()  # step 4 was open
        again.go_to_step(0)
        assert not phones2.panel.posting.isChecked()  # the first step is still closed
        assert wall.notes[0].name == "Eva" and phones2.panel.pending.count() == 1
    finally:
        phones2.stop()
        again.shutdown()
