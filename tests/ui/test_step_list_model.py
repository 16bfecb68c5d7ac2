"""The step list touches only the rows that changed (behaviour, not timing: bench/ times it)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect
from PySide6.QtGui import QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import facilitator.ui.presenter.step_list as step_list_module
from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.ui.presenter.step_list import StepList
from facilitator.ui.presenter.step_model import END_COLUMN, PLAN_COLUMN, START_COLUMN, STEP_COLUMN
from tests.ui.console_fixtures import Console, console_factory, tmp_settings

__all__ = ["console_factory", "tmp_settings"]

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from agenda_file import write_agenda

STEPS = 60


@pytest.fixture
def long_console(tmp_path: Path, console_factory: Callable[..., Console]) -> Console:
    folder = tmp_path / "agenda"
    folder.mkdir()
    path = folder / "lang.yaml"
    write_agenda(path, STEPS)
    return console_factory(load_agenda(path))


class Touched:
    """The cells the model says changed: (row, first column, last column)."""

    def __init__(self, console: Console) -> None:
        self.cells: list[tuple[int, int, int]] = []
        console.window.step_list.model().dataChanged.connect(self._note)

    def _note(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.cells.append((row, top_left.column(), bottom_right.column()))

    def rows(self) -> list[int]:
        found = sorted({row for row, _, _ in self.cells})
        self.cells.clear()
        return found


def test_a_second_passing_touches_no_row(long_console: Console) -> None:
    long_console.controller.start()
    touched = Touched(long_console)
    for _ in range(5):
        long_console.advance(SECOND)
    assert touched.rows() == []


def test_locking_a_step_touches_that_row_only(long_console: Console) -> None:
    long_console.controller.start()
    touched = Touched(long_console)
    window = long_console.window
    window.step_list.select_row(7)
    window.actions_by_name["toggle_lock"].trigger()
    assert touched.rows() == [7]


def test_a_minute_added_touches_the_current_step_and_the_later_times_only(
    long_console: Console,
) -> None:
    controller = long_console.controller
    controller.start()
    for minutes in (1, 2, 3):  # the first three steps as planned: no catch-up offer
        long_console.advance(minutes * MINUTE)
        controller.next_step()
    touched = Touched(long_console)
    controller.add_minute()
    cells = list(touched.cells)
    assert touched.rows() == list(range(3, STEPS))  # never the steps done
    later = [cell for cell in cells if cell[0] > 3]
    odd = [cell for cell in later if cell[1:] != (START_COLUMN, END_COLUMN)]
    assert later and odd == []


def test_moving_on_touches_the_rows_whose_mark_changes(long_console: Console) -> None:
    controller = long_console.controller
    controller.start()
    long_console.advance(MINUTE)  # step 1 as planned: no time moves
    touched = Touched(long_console)
    controller.next_step()
    assert touched.rows()[:3] == [0, 1, 2]  # done, current, next (and the times that moved)


def test_the_view_shows_what_the_model_says(long_console: Console) -> None:
    controller = long_console.controller
    controller.start()
    long_console.advance(MINUTE)
    controller.next_step()
    step_list = long_console.window.step_list
    model = step_list.model()
    assert model.rowCount() == STEPS
    assert model.index(0, 5).data() == "1 min"
    assert step_list.currentIndex().row() == 1
    assert model.index(1, 0).data(3) == "Current step"  # the mark's tooltip


def test_neighbouring_rows_changed_alike_are_told_at_once(
    long_console: Console, qtbot: QtBot
) -> None:
    """A minute added: the current step's end and its plan (not the title between them),
    then one signal for the times after it (a signal per row made the list lay out again
    per row: minutes at 500 steps)."""
    window = long_console.window
    window.show()
    qtbot.waitExposed(window)
    controller = long_console.controller
    controller.start()
    QApplication.processEvents()
    signals: list[tuple[int, int, int, int]] = []
    model = long_console.window.step_list.model()
    model.dataChanged.connect(
        lambda top, bottom, *_: signals.append(
            (top.row(), bottom.row(), top.column(), bottom.column())
        )
    )
    controller.add_minute()
    assert signals == [
        (0, 0, END_COLUMN, END_COLUMN),
        (0, 0, PLAN_COLUMN, PLAN_COLUMN),
        (1, STEPS - 1, START_COLUMN, END_COLUMN),
    ]


class Paints(QObject):
    """The rows of a step list its viewport painted (behaviour: which rows, not how fast)."""

    def __init__(self, step_list: StepList) -> None:
        super().__init__()
        self._list = step_list
        self.region = QRegion()
        step_list.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.region = self.region.united(event.region())
        return False

    def rows(self) -> list[int]:
        QApplication.processEvents()
        step_list, region = self._list, self.region
        self.region = QRegion()
        width = step_list.viewport().width()
        return [
            row
            for row in range(step_list.row_count())
            if region.intersects(
                QRect(0, step_list.rowViewportPosition(row), width, step_list.rowHeight(row))
            )
        ]


@pytest.fixture
def shown_list(long_console: Console, qtbot: QtBot) -> StepList:
    window = long_console.window
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    long_console.controller.start()
    QApplication.processEvents()
    return window.step_list


def test_only_the_rows_that_changed_are_painted_again(
    long_console: Console, shown_list: StepList
) -> None:
    paints = Paints(shown_list)
    paints.rows()
    long_console.advance(SECOND)
    assert paints.rows() == []  # a second: nothing in the list changes
    shown_list.select_row(5)
    paints.rows()
    long_console.window.actions_by_name["toggle_lock"].trigger()
    assert paints.rows() == [5]  # not the row below it as well


def test_a_change_of_schedule_measures_no_row(
    long_console: Console, shown_list: StepList, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The titles' heights are remembered for their width; times do not change heights."""
    measured: list[str] = []
    measure = step_list_module.wrapped_height

    def counted(text: str, *args: object) -> int:
        measured.append(text)
        return measure(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(step_list_module, "wrapped_height", counted)
    resized: list[int] = []
    shown_list.verticalHeader().sectionResized.connect(lambda row, *_: resized.append(row))
    long_console.controller.add_minute()
    QApplication.processEvents()
    assert measured == [] and resized == []
    before = shown_list.columnWidth(STEP_COLUMN)
    long_console.window.resize(1000, 740)  # a new width: each title measured once, again
    QApplication.processEvents()
    assert shown_list.columnWidth(STEP_COLUMN) != before
    assert 0 < len(measured) <= STEPS + 1  # (the current step's also in bold)
