"""The step list draws its time, plan and actual cells by hand, with Qt's own pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.ui.presenter import step_list as step_list_module
from facilitator.ui.presenter.step_list import StepList
from facilitator.ui.presenter.step_model import (
    ACTUAL_COLUMN,
    END_COLUMN,
    PLAN_COLUMN,
    START_COLUMN,
)
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings
from tests.ui.test_step_list_words import a_session_with_changed_plans

__all__ = ["console", "console_factory", "tmp_settings"]

Delegate = step_list_module._WrapDelegate


def a_session_with_every_look(console: Console, qtbot: QtBot) -> StepList:
    """Every look a row can have: done, current (bold, its own background), proposals,
    and another row selected."""
    a_session_with_changed_plans(console, qtbot)
    window = console.window
    step_list = window.step_list
    step_list.select_row(3)  # the trainer looks ahead: the current row is not selected
    QApplication.processEvents()
    return step_list


def painted(step_list: StepList) -> QImage:
    return step_list.viewport().grab().toImage()


@pytest.mark.parametrize("narrow", [False, True], ids=["columns-fitted", "columns-too-narrow"])
def test_cells_drawn_by_hand_have_the_pixels_qt_draws(
    console: Console, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, narrow: bool
) -> None:
    step_list = a_session_with_every_look(console, qtbot)
    if narrow:  # a text wider than its cell: the style wraps it, so it draws it
        for column in (PLAN_COLUMN, ACTUAL_COLUMN):
            step_list.horizontalHeader().resizeSection(column, 24)
        QApplication.processEvents()
    by_hand: dict[tuple[int, int], bool] = {}
    paint_text = Delegate._paint_text

    def counted(
        self: step_list_module._WrapDelegate, painter: QPainter, option: object, index: QModelIndex
    ) -> bool:
        drawn = paint_text(self, painter, option, index)  # type: ignore[arg-type]
        by_hand[index.row(), index.column()] = drawn
        return drawn

    monkeypatch.setattr(Delegate, "_paint_text", counted)
    ours = painted(step_list)
    rows = step_list.row_count()
    assert len(by_hand) == 4 * rows  # start, end, plan and actual of every row
    styled = {cell for cell, drawn in by_hand.items() if not drawn}
    selected = {(3, column) for column in (START_COLUMN, END_COLUMN, PLAN_COLUMN, ACTUAL_COLUMN)}
    if narrow:  # and every plan too wide: "10 min" wraps
        assert styled >= selected | {(row, PLAN_COLUMN) for row in range(rows)}
    else:
        assert styled == selected
    monkeypatch.setattr(Delegate, "_paint_text", lambda *_args: False)
    assert ours == painted(step_list)
