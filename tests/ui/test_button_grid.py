"""The console's rows of command buttons take as many columns as the tab's width holds.

With three fixed columns the Groups & turns tab was as wide as its widest row: on a
1280-pixel laptop in Dutch its notices and buttons ran off the tab's right edge, cut
short with no way to scroll to them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QScrollArea, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from facilitator.i18n import set_translator
from facilitator.ui.button_grid import ButtonGrid, columns_for, command_buttons
from facilitator.ui.i18n import install_language
from tests.ui.qt_helpers import SessionClock, make_controller, quiet_presenter, session_2


def test_columns_for_fits_what_the_width_holds() -> None:
    assert columns_for(500, 150, 2, most=3, count=8) == 3
    assert columns_for(454, 150, 2, most=3, count=8) == 3  # 3 x 150 + 2 x 2 exactly
    assert columns_for(453, 150, 2, most=3, count=8) == 2
    assert columns_for(301, 150, 2, most=3, count=8) == 1
    assert columns_for(100, 150, 2, most=3, count=8) == 1  # never none
    assert columns_for(2000, 150, 2, most=3, count=2) == 2  # never more than the buttons


def _grid(qtbot: QtBot, texts: list[str]) -> tuple[QWidget, ButtonGrid]:
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = {text: QAction(text, holder) for text in texts}
    grid = command_buttons(actions, texts, 3, "b-")
    grid.setParent(holder)
    holder.resize(1000, 300)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, grid


def test_a_narrower_grid_takes_fewer_columns_and_more_rows(qtbot: QtBot) -> None:
    _holder, grid = _grid(qtbot, [f"Command number {n}" for n in range(1, 6)])
    cell = max(b.sizeHint().width() for b in grid.buttons)
    heights = []
    for columns in (3, 2, 1):
        width = columns * cell + (columns - 1) * ButtonGrid.SPACING
        grid.resize(width, grid.heightForWidth(width))
        assert grid.columns == columns
        heights.append(grid.height())
        for button in grid.buttons:  # each label whole, inside the grid
            assert button.width() >= button.sizeHint().width() - 1
            assert button.geometry().right() < grid.width()
    assert heights[0] < heights[1] < heights[2]
    assert grid.minimumSizeHint().width() == cell  # it can shrink to one column
    assert grid.buttons[0].objectName() == "b-Command number 1"


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    saved = QLocale()
    assert install_language(qapp, "nl")
    yield
    install_language(qapp, "en")
    set_translator(None)
    QLocale.setDefault(saved)


def _fits(area: QScrollArea) -> int:
    """Every button of the scroll area shows its whole label inside the visible width."""
    body = area.widget()
    width = area.viewport().width()
    assert body.minimumSizeHint().width() <= width
    buttons = [b for b in body.findChildren(QToolButton) if b.isVisible()]
    for button in buttons:
        right = button.mapTo(body, button.rect().topRight()).x()
        assert right < width, button.text()
        assert button.width() >= button.sizeHint().width() - 1, button.text()
    return len(buttons)


def test_on_a_1280_pixel_laptop_in_dutch_the_room_and_wall_tabs_fit(
    qtbot: QtBot, dutch: None, data_dir: object
) -> None:
    controller = make_controller(session_2(), SessionClock())
    controller.refresh()
    window = quiet_presenter(controller)
    qtbot.addWidget(window, before_close_func=lambda _w: controller.shutdown())
    window.resize(1280, 1000)
    window.show()
    qtbot.waitExposed(window)
    controller.toggle_running()
    controller.go_to_step(2)  # group work: the room's commands all apply
    for panel in (window.room_panel, window.wall_panel):
        window.tabs.setCurrentWidget(panel)
        qtbot.wait(20)
        assert _fits(panel) >= 4


def test_on_a_1280_pixel_laptop_in_dutch_the_toolbar_shows_every_command(
    qtbot: QtBot, dutch: None, data_dir: object
) -> None:
    """No command hides behind the toolbar's » (Keys was the one cut off), and the short
    labels leave the full sentence in the tooltip."""
    controller = make_controller(session_2(), SessionClock())
    window = quiet_presenter(controller)
    qtbot.addWidget(window, before_close_func=lambda _w: controller.shutdown())
    window.resize(1280, 1000)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    shown = [window.toolbar.widgetForAction(action) for action in window.toolbar.actions()]
    assert all(button is not None and button.isVisible() for button in shown)
    next_item = window.actions_by_name["next_item"]
    assert next_item.iconText() == "Volgend onderdeel"
    assert (
        next_item.toolTip().startswith("Het volgende onderdeel") or "beamer" in next_item.toolTip()
    )
