"""The wall on the projector: notes the back row reads, paged, newest first or by theme;
put on and taken off like the other room screens; the console's miniature the same."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.projection.screens import RoomScreen
from facilitator.room.wall import Source
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.canvas import SlideCanvas
from facilitator.ui.projector.layout import floor_px
from facilitator.ui.projector.window import ProjectorWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter
from tests.ui.wall_sample import WALL, fill_wall

STEP_4, STEP_5, STEP_6 = 3, 4, 5


@pytest.fixture
def controller(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock
) -> Iterator[SessionController]:
    made = make_controller(agenda_2, session_clock)
    made.refresh()
    yield made
    made.shutdown()


@pytest.fixture
def projector(qtbot: QtBot, controller: SessionController) -> ProjectorWindow:
    window = ProjectorWindow(controller)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def presenter(qtbot: QtBot, controller: SessionController, data_dir: object) -> PresenterWindow:
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    window.show()
    return window


def texts(canvas: SlideCanvas) -> list[str]:
    assert canvas.slide is not None
    return [
        block.doc.toPlainText()
        for layout in canvas.pages_of(canvas.slide)
        for block in layout.blocks
        if not block.doc.isEmpty()
    ]


def readable(canvas: SlideCanvas) -> int:
    """How many pages the canvas shows its slide on; each fits, at the floor or more."""
    assert canvas.slide is not None
    pages = canvas.pages_of(canvas.slide)
    for page in pages:
        assert page.fits and page.base_px >= floor_px(1080)
        assert not page.clipped(canvas.content_rect_for(canvas.slide))
    return len(pages)


def test_a_wall_of_25_notes_in_4_themes_reads_from_the_back(
    controller: SessionController, projector: ProjectorWindow, presenter: PresenterWindow
) -> None:
    controller.toggle_running()
    controller.go_to_step(STEP_4)
    fill_wall(controller.room)
    presenter.actions_by_name["show_wall_themes"].trigger()
    assert controller.projector.room_screen is RoomScreen.WALL_THEMES
    assert presenter.actions_by_name["show_wall_themes"].isChecked()
    canvas = projector.canvas
    assert canvas.slide is not None and canvas.slide.kind == "wall-themes"
    assert (canvas.slide.title, canvas.slide.subtitle) == ("Het bord", "25 notities")
    assert [p.title for p in canvas.slide.panels] == [name for name, _ in WALL]
    pages = readable(canvas)
    shown = "\n".join(texts(canvas))
    for _name, notes in WALL:
        for note in notes:
            assert note in shown  # every note, accents and quotes as typed
    assert pages <= 3
    mini = presenter.miniature
    assert mini.slide == canvas.slide
    # W: newest first, as sticky notes; the newest leads the first page.
    presenter.actions_by_name["show_wall"].trigger()
    assert controller.projector.room_screen is RoomScreen.WALL
    assert canvas.slide.kind == "wall"
    assert canvas.slide.panels[0].body.startswith("Ik zal de meisjes")
    readable(canvas)
    presenter.actions_by_name["show_wall"].trigger()  # W again: the step's item is back
    assert controller.projector.room_screen is None


def test_hidden_and_waiting_notes_stay_off_and_a_step_shows_its_own_notes(
    controller: SessionController, projector: ProjectorWindow, presenter: PresenterWindow
) -> None:
    room = controller.room
    controller.toggle_running()
    presenter.actions_by_name["show_wall"].trigger()  # nothing yet: the trainer is told why
    assert controller.projector.room_screen is None
    assert "no notes" in presenter.last_message
    controller.go_to_step(STEP_4)
    room.add_note("Rolmodellen")
    room.add_note("Geheim")
    room.hide_note(room.state.wall.notes[-1].id)
    room.set_auto_release(False)
    room.add_note("<b>Van een telefoon</b>", Source.PARTICIPANT)
    presenter.actions_by_name["show_wall"].trigger()
    canvas = projector.canvas
    assert canvas.slide is not None
    assert [t for t in texts(canvas)] == ["Het bord", "1 notitie", "Rolmodellen"]
    room.release_all()  # released: on the wall at once, shown as written
    assert "<b>Van een telefoon</b>" in texts(canvas)
    controller.go_to_step(STEP_6)  # a new step takes the screen off
    assert controller.projector.room_screen is None
    room.add_note("Ik zal luisteren")
    presenter.actions_by_name["show_wall"].trigger()
    assert texts(canvas)[2:] == ["Ik zal luisteren"]  # this step's notes only
    controller.go_to_step(STEP_5)
    presenter.actions_by_name["show_wall_themes"].trigger()  # a step without notes: them all
    assert canvas.slide.subtitle == "3 notities"


def test_a_long_wall_is_paged_and_pagedown_goes_through_it(
    controller: SessionController, projector: ProjectorWindow, presenter: PresenterWindow
) -> None:
    controller.toggle_running()
    controller.go_to_step(STEP_4)
    long_note = "Een langere gedachte die over twee of drie regels loopt, zoals op een flip-over"
    controller.room.add_notes([f"{n}. {long_note}" for n in range(1, 41)])
    presenter.actions_by_name["show_wall"].trigger()
    canvas = projector.canvas
    pages = readable(canvas)
    assert pages > 1
    bodies = [t for t in texts(canvas) if long_note in t]
    assert len(bodies) == 40  # every note once, over the pages
    for _ in range(pages - 1):
        controller.projector.next_item()
    assert controller.projector.room_screen is RoomScreen.WALL
    controller.projector.next_item()  # past its last page: back to the item
    assert controller.projector.room_screen is None


def test_the_whole_wall_can_be_the_closing_screen(
    controller: SessionController, projector: ProjectorWindow, presenter: PresenterWindow
) -> None:
    controller.toggle_running()
    controller.go_to_step(STEP_4)
    fill_wall(controller.room)
    controller.go_to_step(STEP_6)
    controller.room.add_note("Ik zal luisteren")
    presenter.actions_by_name["toggle_wall_closing"].trigger()
    assert presenter.actions_by_name["toggle_wall_closing"].isChecked()
    controller.next_step()  # the last step ends: the session has finished
    assert controller.projector.finished
    canvas = projector.canvas
    assert canvas.slide is not None and canvas.slide.kind == "wall-themes"
    assert canvas.slide.subtitle == "26 notities"  # the whole wall, every step's notes
    readable(canvas)
    assert presenter.miniature.slide == canvas.slide
    presenter.actions_by_name["toggle_wall_closing"].trigger()  # the thanks again
    assert canvas.slide.title == "Bedankt!"
