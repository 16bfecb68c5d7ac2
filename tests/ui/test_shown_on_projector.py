"""Anything on the projector at once, through the console: a reference text or checklist
from the Reference tab, a question typed live, the break screen, the wall clock; what the
room sees is what the miniature shows, B/F/T and PageUp/PageDown keep their meaning, the
journal keeps it and a crash puts it back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.engine.journal import Journal, read_log
from facilitator.paths import runs_dir
from facilitator.projection.replay import shown_in
from facilitator.projection.screens import RoomScreen
from facilitator.projection.shown import ShownKind
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.window import ProjectorWindow, projection_summary
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

Rig = tuple[SessionController, PresenterWindow, ProjectorWindow, SessionClock]


@pytest.fixture
def rig(
    qtbot: QtBot, data_dir: Path, agenda_1: Agenda, session_clock: SessionClock
) -> Iterator[Rig]:
    path = runs_dir() / "run.jsonl"
    controller = make_controller(
        agenda_1, session_clock, journal_factory=lambda _agenda: Journal(path)
    )
    presenter = quiet_presenter(controller)
    qtbot.addWidget(presenter)
    projector = ProjectorWindow(controller)
    qtbot.addWidget(projector)
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitExposed(projector)
    presenter.preview.set_reference_size(projector.size())
    controller.toggle_running()  # the journal opens with the session
    yield controller, presenter, projector, session_clock
    controller.shutdown()


def _trigger(presenter: PresenterWindow, name: str) -> None:
    presenter.actions_by_name[name].trigger()


def _same_picture(presenter: PresenterWindow, projector: ProjectorWindow) -> bool:
    room, mini = projector.canvas, presenter.miniature
    return (room.slide, room.page, room.live_text) == (mini.slide, mini.page, mini.live_text)


def test_session_1_puts_the_call_to_action_on_from_the_reference_without_trainer_parts(
    rig: Rig,
) -> None:
    controller, presenter, projector, _clock = rig
    reference = presenter.reference
    assert reference.select_source("section", "oproep-tot-actie")
    assert reference.trainer_parts.isVisibleTo(reference)  # it has parts for the trainer
    _trigger(presenter, "project_reference")
    slide = projector.canvas.slide
    assert slide is not None and slide.title == "Oproep tot actie"
    assert "Gebruiksaanwijzing" not in slide.body + slide.closing
    assert projector.canvas.page_count() > 1
    assert _same_picture(presenter, projector)
    assert "On the projector at once: Oproep tot actie, page 1 of" in projection_summary(controller)
    # Asked for, the trainer's own parts are on it too.
    reference.trainer_parts.setChecked(True)
    _trigger(presenter, "project_reference")
    slide = projector.canvas.slide
    assert slide is not None and "Gebruiksaanwijzing" in slide.body


def test_pages_of_a_section_then_back_to_the_item_with_the_keys_of_a_clicker(rig: Rig) -> None:
    controller, presenter, projector, _clock = rig
    item = projector.canvas.slide
    presenter.reference.select_source("section", "casestudy-komm-mach-mint")
    _trigger(presenter, "project_reference")
    count = controller.projector.page_count()
    assert count > 2
    for page in range(1, count):
        _trigger(presenter, "next_item")
        assert projector.canvas.page == page and _same_picture(presenter, projector)
    _trigger(presenter, "previous_item")
    assert projector.canvas.page == count - 2
    _trigger(presenter, "end_shown")  # Home
    assert controller.projector.shown is None and projector.canvas.slide == item
    # PageUp on the first page takes it off too, as for a room screen; so does PageDown
    # on its last page: the item behind it shows again, where it was.
    _trigger(presenter, "project_reference")
    _trigger(presenter, "previous_item")
    assert controller.projector.shown is None and projector.canvas.slide == item
    _trigger(presenter, "project_reference")
    for _page in range(count):
        _trigger(presenter, "next_item")
    assert controller.projector.shown is None and projector.canvas.slide == item
    assert controller.run.item_index == 0


def test_a_checklist_and_a_question_typed_live_as_plain_text(rig: Rig) -> None:
    controller, presenter, projector, _clock = rig
    checklist = controller.agenda.checklists[1]
    presenter.reference.select_source("checklist", checklist.id)
    assert not presenter.reference.trainer_parts.isVisibleTo(presenter.reference)
    _trigger(presenter, "project_reference")
    assert projector.canvas.slide is not None
    assert projector.canvas.slide.title == checklist.title
    presenter.shown_commands.ask_question = lambda: ("Wat is *jouw* <rol>?", True)
    _trigger(presenter, "project_question")
    layout = projector.canvas.fitted_layout()
    assert layout is not None
    shown = " ".join(b.doc.toPlainText() for b in layout.blocks)
    assert "Wat is *jouw* <rol>?" in shown  # as typed: no emphasis, no tag
    presenter.shown_commands.ask_question = lambda: ("   ", True)
    _trigger(presenter, "project_question")
    assert "Type the question" in presenter.last_message
    assert controller.projector.shown is not None  # the question before stays


def test_nothing_chosen_in_the_reference_is_said_and_nothing_changes(rig: Rig) -> None:
    controller, presenter, _projector, _clock = rig
    presenter.reference.tree.setCurrentItem(None)
    _trigger(presenter, "project_reference")
    assert controller.projector.shown is None
    assert "Choose a text or checklist in the Reference tab first" in presenter.last_message
    assert presenter.tabs.currentWidget() is presenter.reference


def test_the_break_screen_counts_down_to_its_time_on_the_single_timer(
    rig: Rig, qtbot: QtBot
) -> None:
    controller, presenter, projector, clock = rig
    presenter.shown_commands.ask_break_end = lambda suggested: (suggested, True)
    _trigger(presenter, "show_break")  # offered: a quarter of an hour on, 09:15
    canvas = projector.canvas
    assert canvas.slide is not None and canvas.slide.title == "Pauze tot 09:15"
    assert canvas.live_text == "15:00"
    assert not canvas.timer_text or canvas.slide.kind == "break"
    assert "until 09:15" in presenter.last_message
    controller.pause()  # a paused session: no second of the step changes, the break goes on
    clock.fake.advance(SECOND)
    controller.refresh()
    assert canvas.live_text == "14:59" and _same_picture(presenter, projector)
    assert controller.timer_interval_ms <= 1001  # armed for the break's next second
    clock.fake.advance(15 * MINUTE)
    controller.refresh()
    assert canvas.live_text == "De pauze is voorbij"
    presenter.shown_commands.ask_break_end = lambda _suggested: ("09:00", True)
    _trigger(presenter, "show_break")
    assert "09:00 has passed" in presenter.last_message


def test_black_freeze_and_the_title_screen_keep_their_meaning(rig: Rig) -> None:
    controller, presenter, projector, clock = rig
    canvas = projector.canvas
    _trigger(presenter, "toggle_clock")
    assert presenter.actions_by_name["toggle_clock"].isChecked()
    assert canvas.slide is not None and canvas.slide.kind == "clock"
    assert canvas.live_text == "09:00"
    _trigger(presenter, "toggle_blank")
    assert canvas.blank and presenter.miniature.blank
    _trigger(presenter, "toggle_blank")
    _trigger(presenter, "toggle_freeze")  # frozen on the clock, which keeps time
    presenter.reference.select_source("section", "didactisch-advies")
    _trigger(presenter, "project_reference")
    assert canvas.slide.kind == "clock"  # the room still sees the frozen picture
    clock.fake.advance(MINUTE)
    controller.refresh()
    assert canvas.live_text == "09:01"
    _trigger(presenter, "toggle_freeze")
    assert canvas.slide is not None and canvas.slide.kind == "section"
    _trigger(presenter, "toggle_title_screen")
    assert canvas.slide.kind == "session-title"
    _trigger(presenter, "toggle_title_screen")  # T again: back to what was put on
    assert canvas.slide.kind == "section"
    # Put on at once, a text takes the title screen and any room screen off.
    _trigger(presenter, "toggle_title_screen")
    _trigger(presenter, "toggle_clock")
    assert canvas.slide.kind == "clock" and not controller.projector.title_screen


def test_a_new_step_takes_a_text_off_but_the_break_stays(rig: Rig) -> None:
    controller, presenter, _projector, _clock = rig
    presenter.reference.select_source("section", "hoe-te-begeleiden")
    _trigger(presenter, "project_reference")
    controller.next_step()
    assert controller.projector.shown is None
    presenter.shown_commands.ask_break_end = lambda _suggested: ("10:30", True)
    _trigger(presenter, "show_break")
    controller.next_step()
    shown = controller.projector.shown
    assert shown is not None and shown.kind is ShownKind.BREAK


def test_a_room_screen_and_what_is_put_on_take_each_other_off(rig: Rig) -> None:
    controller, presenter, _projector, _clock = rig
    controller.room.make_groups(people=12, count=3, seed=1)
    assert controller.projector.show_room_screen(RoomScreen.GROUPS)
    _trigger(presenter, "toggle_clock")
    assert controller.projector.room_screen is None
    assert controller.projector.show_room_screen(RoomScreen.GROUPS)
    assert controller.projector.shown is None


def test_the_journal_keeps_it_and_a_crash_puts_it_back(
    rig: Rig, qtbot: QtBot, tmp_path: Path
) -> None:
    controller, presenter, projector, _clock = rig
    presenter.reference.select_source("section", "casestudy-komm-mach-mint")
    _trigger(presenter, "project_reference")
    _trigger(presenter, "next_item")
    _trigger(presenter, "next_item")
    journal = controller.journal
    assert journal is not None
    log = read_log(journal.path)
    names = [entry.event.NAME for entry in log.entries]
    assert "projector_section_shown" in names and names.count("projector_shown_page") == 2
    rebuilt = shown_in(log)
    assert rebuilt.shown == controller.projector.shown and rebuilt.page == 2
    # A new controller on the same run (as after a crash) shows the same page again.
    picture = (projector.canvas.slide, projector.canvas.page)
    again = make_controller(controller.agenda, SessionClock())
    room = ProjectorWindow(again)  # the app's windows are there before it resumes
    qtbot.addWidget(room)
    room.resize(1920, 1080)
    room.show()
    qtbot.waitExposed(room)
    again.restore(
        controller.run,
        Journal(tmp_path / "again.jsonl"),
        shown=rebuilt.shown,
        shown_page=rebuilt.page,
    )
    assert (room.canvas.slide, room.canvas.page) == picture
    again.shutdown()


def test_before_the_start_the_break_counts_down_too(
    qtbot: QtBot, agenda_1: Agenda, session_clock: SessionClock
) -> None:
    controller = make_controller(agenda_1, session_clock)
    try:
        projector = ProjectorWindow(controller)
        qtbot.addWidget(projector)
        controller.refresh()
        controller.projector.show_break("9:10")
        assert projector.canvas.live_text == "10:00"
        assert controller.timer_interval_ms <= 1001  # nothing else moves: the break arms it
        session_clock.fake.advance(SECOND)
        controller.refresh()
        assert projector.canvas.live_text == "9:59"
    finally:
        controller.shutdown()
