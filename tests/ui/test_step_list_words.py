"""The step list keeps its titles' words whole once the plan column shows "15 → 13 min"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.engine.clock import MINUTE
from facilitator.ui.presenter.step_list import PLAN_COLUMN, STEP_COLUMN, _wrap_option, plan_lines
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings
from tests.ui.qt_helpers import step_row

__all__ = ["console", "console_factory", "tmp_settings"]

PADDING = 4  # the delegate's


def line_starts(text: str, font: QFont, width: float) -> list[int]:
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap_option())
    layout.beginLayout()
    starts, y = [], 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def test_a_changed_plan_is_drawn_on_two_lines() -> None:
    assert plan_lines("15 → 13 min") == "15 →\n13 min"
    assert plan_lines("15 min") == "15 min"


def test_titles_break_only_between_words_with_a_catch_up_plan_shown(
    console: Console, qtbot: QtBot
) -> None:
    window = console.window
    window.resize(1366, 740)  # the console maximised on a 1366x768 laptop
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    step_list = window.step_list
    before = step_list.columnWidth(STEP_COLUMN)
    console.advance(15 * MINUTE)  # 5 minutes late: the plan shows "15 → 14 min"
    window.actions_by_name["plan_catchup"].trigger()
    QApplication.processEvents()
    # The changed plan takes no room from the titles.
    assert step_list.columnWidth(STEP_COLUMN) >= before
    plans = [step_row(step_list, i).text(PLAN_COLUMN) for i in range(6)]
    assert any("→" in plan for plan in plans), plans
    column = step_list.columnWidth(STEP_COLUMN) - 2 * PADDING - 4
    for row in range(step_list.row_count()):
        item = step_row(step_list, row)
        text, font = item.text(STEP_COLUMN), item.font(STEP_COLUMN)
        longest = max(QFontMetrics(font).horizontalAdvance(word) for word in text.split())
        assert longest <= column, (text, longest, column)
        for start in line_starts(text, font, column)[1:]:
            assert text[start - 1] == " ", (text, text[:start], "|", text[start:])


def test_each_line_of_a_changed_plan_is_drawn_whole(
    console: Console, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = console.window
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    console.advance(2 * MINUTE)
    console.controller.next_step()
    window.actions_by_name["remove_minute"].trigger()  # the current step: "15 → 14 min"
    window.actions_by_name["plan_catchup"].trigger()  # the steps to come: "25 → 26 min"...
    QApplication.processEvents()
    drawn: list[str] = []
    draw_text = QPainter.drawText

    def spy(painter: QPainter, *args: object) -> None:
        drawn.extend(arg for arg in args if isinstance(arg, str))
        draw_text(painter, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawText", spy)
    step_list = window.step_list
    step_list.grab()  # paints every row
    changed = 0
    for row in range(step_list.row_count()):
        text = step_row(step_list, row).text(PLAN_COLUMN)
        if "→" in text:
            changed += 1
            old, new = plan_lines(text).split("\n")
            assert old in drawn and new in drawn, (text, drawn)
    assert changed >= 2  # the current step's and a proposal's
