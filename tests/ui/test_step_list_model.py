"""The step list touches only the rows that changed (behaviour, not timing: bench/ times it)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.ui.presenter.step_model import END_COLUMN, START_COLUMN
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
