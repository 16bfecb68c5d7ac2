"""The step list keeps its titles' words whole once the plan column shows "15 → 13 min"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import MINUTE
from facilitator.i18n import set_translator
from facilitator.ui.i18n import install_language
from facilitator.ui.presenter.step_list import (
    ACTUAL_COLUMN,
    PLAN_COLUMN,
    STEP_COLUMN,
    _wrap_option,
    plan_lines,
)
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


def a_session_with_changed_plans(console: Console, qtbot: QtBot) -> None:
    """A step done (grey), the current one shortened ("15 → 14 min", bold), and a
    catch-up plan's proposals for the steps to come ("25 → 26 min"..., blue)."""
    window = console.window
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    console.controller.start()
    console.advance(2 * MINUTE)
    console.controller.next_step()
    window.actions_by_name["remove_minute"].trigger()
    window.actions_by_name["plan_catchup"].trigger()
    QApplication.processEvents()


def test_each_line_of_a_changed_plan_is_drawn_whole(
    console: Console, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_session_with_changed_plans(console, qtbot)
    drawn: list[str] = []
    draw_text = QPainter.drawText

    def spy(painter: QPainter, *args: object) -> None:
        drawn.extend(arg for arg in args if isinstance(arg, str))
        draw_text(painter, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawText", spy)
    step_list = console.window.step_list
    step_list.grab()  # paints every row
    changed = 0
    for row in range(step_list.row_count()):
        text = step_row(step_list, row).text(PLAN_COLUMN)
        if "→" in text:
            changed += 1
            old, new = plan_lines(text).split("\n")
            assert old in drawn and new in drawn, (text, drawn)
    assert changed >= 2  # the current step's and a proposal's


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The interface in Dutch for the test (its longer column names); English afterwards."""
    saved = QLocale()
    assert install_language(qapp, "nl")
    yield
    install_language(qapp, "en")
    set_translator(None)
    QLocale.setDefault(saved)


TITLES = (
    "Inleiding & ijsbreker",
    "Presentatie: strategieën voor outreachprogramma's",
    "Groepsactiviteit: onderwijskundige documenten analyseren",
    "Delen en bespreken in groepen",
    "Activiteit in tweetallen: ontwerpen van genderbewuste leerplannen",
    "Evaluatie en conclusie",
)


def long_dutch_agenda(folder: Path, steps: int = 36) -> Agenda:
    """Session 1's titles over and over: a list that needs its scroll bar (less room)."""
    lines = ["format: 1", "title: Lange sessie", "language: nl", f"duration: {15 * steps}"]
    lines.append("steps:")
    for i in range(steps):
        lines += [f"  - id: s{i}", f'    title: "{TITLES[i % len(TITLES)]}"', "    minutes: 15"]
    path = folder / "lang.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_agenda(path)


def test_in_dutch_at_a_laptop_a_word_is_broken_only_when_it_is_wider_than_the_column(
    dutch: None, console_factory: Callable[..., Console], qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 13: 'outreachprogramma' / 's' once the plan column showed '15 → 13 min'."""
    console = console_factory(long_dutch_agenda(tmp_path))
    window = console.window
    window.resize(1366, 740)  # maximised on a 1366x768 laptop
    window.show()
    qtbot.waitExposed(window)
    controller = console.controller
    controller.start()
    console.advance(10 * MINUTE)
    controller.next_step()  # 'Presentatie: strategieën voor outreachprogramma's' is current
    window.actions_by_name["remove_minute"].trigger()
    window.actions_by_name["remove_minute"].trigger()  # its plan: "15 → 13 min"
    QApplication.processEvents()
    step_list = window.step_list
    assert step_list.verticalScrollBar().isVisible()
    assert step_row(step_list, 1).text(PLAN_COLUMN) == "15 → 13 min"
    assert "outreachprogramma's" in step_row(step_list, 1).text(STEP_COLUMN)
    assert step_list.model().headerData(ACTUAL_COLUMN, Qt.Orientation.Horizontal) == "Werkelijk"
    column = step_list.columnWidth(STEP_COLUMN) - 2 * PADDING - 4
    for row in range(step_list.row_count()):
        item = step_row(step_list, row)
        text, font = item.text(STEP_COLUMN), item.font(STEP_COLUMN)
        # Every word has the room it needs (the list asks the splitter for it) ...
        longest = max(QFontMetrics(font).horizontalAdvance(word) for word in text.split())
        assert longest <= column, (text, longest, column)
        # ... so lines break between words only.
        for start in line_starts(text, font, column)[1:]:
            assert text[start - 1] == " ", (text[:start], "|", text[start:])
    # And the row is as tall as its title drawn in that width (nothing cut off).
    title = step_row(step_list, 1)
    lines = len(line_starts(title.text(STEP_COLUMN), title.font(STEP_COLUMN), column))
    height = step_list.visualRect(step_list.model().index(1, STEP_COLUMN)).height()
    assert height >= lines * QFontMetrics(title.font(STEP_COLUMN)).height()
