"""The console's Groups & turns and Wall tabs are made when first shown (issue 14), and
show the room as it is then, in the event that chose them (never an empty tab)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.groupsize import GroupSize
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.room_panel import RoomPanel
from facilitator.ui.presenter.wall_panel import WallPanel
from facilitator.ui.presenter.window import PresenterWindow
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter

NAMES = "\n".join(["Anna", "Bram", "Cor", "Dirk", "Eva", "Fleur", "Gijs", "Hanna"])


@pytest.fixture
def controller(
    qtbot: QtBot, agenda_2: Agenda, session_clock: SessionClock
) -> Iterator[SessionController]:
    made = make_controller(agenda_2, session_clock)
    made.refresh()
    yield made
    made.shutdown()


@pytest.fixture
def presenter(qtbot: QtBot, controller: SessionController, data_dir: object) -> PresenterWindow:
    window = quiet_presenter(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def made(window: PresenterWindow, name: str) -> QWidget | None:
    return window.findChild(QWidget, name)


def titles(window: PresenterWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_hidden_tabs_are_not_made_at_start(presenter: PresenterWindow) -> None:
    assert made(presenter, "room-panel") is None and made(presenter, "wall-panel") is None
    assert titles(presenter)[2:4] == ["Groups && turns", "Wall"]


def test_a_tab_chosen_shows_the_room_as_it_is_in_that_same_event(
    presenter: PresenterWindow, controller: SessionController, qtbot: QtBot
) -> None:
    before = titles(presenter)
    controller.toggle_running()
    controller.room.make_groups(people=NAMES, size=GroupSize(3, 5), seed=1)  # not made yet
    chosen: list[int] = []
    presenter.tabs.currentChanged.connect(chosen.append)
    presenter.tabs.setCurrentIndex(2)
    # No event was processed in between: nothing was painted before the panel was there.
    page = presenter.tabs.currentWidget()
    assert isinstance(page, RoomPanel) and page is presenter.room_panel
    assert page.findChild(QWidget, "room-group-1") is not None  # the groups made before
    assert "8" in page.summary.text()
    assert chosen == [2] and titles(presenter) == before
    qtbot.waitUntil(page.summary.isVisible)
    controller.room.make_groups(people=NAMES, size=GroupSize(2, 2), seed=1)
    controller.refresh()
    assert page.findChild(QWidget, "room-group-4") is not None  # and it follows the room


def test_writing_a_note_makes_the_wall_tab_and_goes_there(
    presenter: PresenterWindow, controller: SessionController
) -> None:
    presenter.wall_commands.write_note()
    page = presenter.tabs.currentWidget()
    assert isinstance(page, WallPanel) and page is presenter.wall_panel
    assert page.input.hasFocus() or page.input.isVisible()
    assert page.summary.text().startswith("No notes yet")
