"""The end of a session: a closing screen for the room, and the report offered in the console."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.slides import Slide
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, FakeClock
from facilitator.engine.session import RunState
from facilitator.projection.closing import closing_slide, thanks_for
from facilitator.ui.app import FacilitatorApp
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.countdown import FINISHED_NEXT
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter


def test_the_thanks_are_in_the_sessions_language(agenda_1: Agenda) -> None:
    assert thanks_for("nl") == "Bedankt!"
    assert thanks_for("en") == "Thank you!" and thanks_for("en-GB") == "Thank you!"
    assert thanks_for("de") == "Vielen Dank!"
    assert thanks_for("sv") == "Thank you!"  # a language not known here
    slide = closing_slide(agenda_1, " Anna de Vries ")
    assert (slide.kind, slide.title, slide.subtitle) == (
        "session-title",
        "Bedankt!",
        agenda_1.session.title,
    )
    assert "Anna de Vries" in slide.body
    english = replace(agenda_1, session=agenda_1.session.model_copy(update={"language": "en"}))
    assert closing_slide(english).title == "Thank you!"


def finish(controller: SessionController, clock: SessionClock, agenda: Agenda) -> None:
    controller.toggle_running()
    for step in agenda.steps:
        clock.fake.advance(round(step.minutes * MINUTE))
        controller.next_step()
    assert controller.run.state is RunState.FINISHED


def test_the_room_sees_the_closing_screen_and_the_console_no_next_step(
    qtbot: QtBot, data_dir: Path, agenda_1: Agenda, session_clock: SessionClock
) -> None:
    controller = make_controller(agenda_1, session_clock)
    projector = ProjectorWindow(controller)
    presenter = quiet_presenter(controller)
    for window in (projector, presenter):
        qtbot.addWidget(window)
    controller.projector.set_trainer_name("Anna")
    finish(controller, session_clock, agenda_1)
    shown = controller.projector.projected()
    assert shown.closing and not shown.show_timer and shown.header == ""
    assert projector.canvas.slide == closing_slide(agenda_1, "Anna")
    assert presenter.miniature.slide == projector.canvas.slide
    # The console: finished, no "N starts the next step", the report one click away.
    assert presenter.countdown.badge.text() == "FINISHED"
    assert presenter.countdown.next.text() == FINISHED_NEXT
    texts = " ".join(
        label.text() for label in (presenter.projected_label, presenter.next_item_label)
    )
    assert "N starts the next step" not in texts
    assert "Closing screen" in presenter.projected_label.text()
    assert presenter.countdown.report_button.isVisibleTo(presenter)
    # PageDown on the closing screen writes nothing and changes nothing.
    item = controller.run.item_index
    controller.projector.next_item()
    assert controller.run.item_index == item and controller.projector.projected().closing
    # P reopens the last step: its slide is back, and the closing screen goes.
    controller.previous_step()
    assert not controller.projector.projected().closing
    assert projector.canvas.slide == controller.projector.current_slide()
    assert not presenter.countdown.report_button.isVisibleTo(presenter)
    controller.shutdown()


def test_another_closing_picture_can_take_its_place(
    qtbot: QtBot, data_dir: Path, agenda_1: Agenda, session_clock: SessionClock
) -> None:
    controller = make_controller(agenda_1, session_clock)
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    wall = Slide("text", title="Wall", body="Note one\n\nNote two", label="The wall")
    controller.projector.set_closing_screen(lambda: wall)
    finish(controller, session_clock, agenda_1)
    assert projector.canvas.slide == wall
    controller.projector.set_closing_screen(None)
    assert projector.canvas.slide == closing_slide(agenda_1)
    controller.shutdown()


def test_the_report_button_opens_the_report_of_this_run(
    qtbot: QtBot, data_dir: Path, agenda_1: Agenda
) -> None:
    clock = FakeClock(10**12)
    app = FacilitatorApp(AppOptions(), agenda_1, clock=clock)
    app.presenter.confirm_quit = False
    qtbot.addWidget(app.presenter)
    qtbot.addWidget(app.projector)
    try:
        app.controller.toggle_running()
        for step in agenda_1.steps:
            clock.advance(round(step.minutes * MINUTE))
            app.controller.next_step()
        button = app.presenter.countdown.report_button
        assert button.isEnabled()
        button.click()
        assert app.reports is not None and app.reports.report is not None
        journal = app.controller.journal
        assert journal is not None and app.reports.report.run_id == journal.path.stem
        app.reports.close()
    finally:
        app.controller.shutdown()
