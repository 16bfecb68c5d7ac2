"""The step list compares its rows only when their looks were worked out again (work counted)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.agenda.load import load_agenda
from facilitator.console.steps import RowKind, RowLook
from facilitator.engine.clock import SECOND
from facilitator.ui.presenter.step_model import StepListModel
from tests.ui.console_fixtures import Console, console_factory, tmp_settings
from tests.ui.test_step_list_model import STEPS, write_agenda

__all__ = ["console_factory", "tmp_settings"]


@pytest.fixture
def long_console(tmp_path: Path, console_factory: Callable[..., Console]) -> Console:
    path = tmp_path / "long.yaml"
    write_agenda(path, STEPS)
    return console_factory(load_agenda(path))


def test_a_second_passing_compares_no_row(long_console: Console) -> None:
    long_console.controller.start()
    model = long_console.window.step_list.steps
    looks = long_console.window.console.step_looks
    compared, computed = model.compared, looks.computed
    for _ in range(5):
        long_console.advance(SECOND)
    assert (model.compared, looks.computed) == (compared, computed)


def test_a_minute_added_compares_the_rows_once(long_console: Console) -> None:
    long_console.controller.start()
    model = long_console.window.step_list.steps
    compared = model.compared
    long_console.window.actions_by_name["add_minute"].trigger()
    assert model.compared == compared + 1


def test_the_same_looks_again_are_not_compared(qtbot: QtBot) -> None:
    model = StepListModel()
    model.set_titles(["One", "Two"])
    look = RowLook(RowKind.NONE, "09:00", "09:10", "10 min", "", False, False, False, "")
    looks = [look, look]
    assert model.show(looks) == [0, 1]
    assert model.show(looks) == [] and model.compared == 1
    model.set_titles(["One", "Two"])  # another agenda: shown again
    assert model.show(looks) == [0, 1]
