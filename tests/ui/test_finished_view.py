"""After the last step: the console says FINISHED and the room sees no step clock."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE
from facilitator.engine.session import RunState
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter


def test_finishing_the_session_says_so_and_hides_the_projector_clock(
    qtbot: QtBot, data_dir: Path, agenda_1: Agenda, session_clock: SessionClock
) -> None:
    controller = make_controller(agenda_1, session_clock)
    projector = ProjectorWindow(controller)
    presenter = quiet_presenter(controller)
    for window in (projector, presenter):
        qtbot.addWidget(window)
    controller.toggle_running()
    for step in agenda_1.steps:
        session_clock.fake.advance(round(step.minutes * MINUTE))
        controller.next_step()
    assert controller.run.state is RunState.FINISHED
    assert presenter.countdown.badge.text() == "FINISHED"
    assert projector.canvas.timer_text == ""
    controller.shutdown()
