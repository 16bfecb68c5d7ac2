"""The countdown's flat progress bar shows the share of the step spent."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from facilitator.ui.presenter.progress_line import ProgressLine


def filled_columns(image: QImage, colour: QColor) -> int:
    """How many columns of the bar's middle row are in the filling's colour."""
    row = image.height() // 2
    return sum(1 for x in range(image.width()) if image.pixelColor(x, row) == colour)


@pytest.mark.parametrize(("value", "share"), [(0, 0.0), (250, 0.25), (600, 0.6), (1000, 1.0)])
def test_the_bar_fills_its_share_from_the_left(qtbot: QtBot, value: int, share: float) -> None:
    bar = ProgressLine()
    qtbot.addWidget(bar)
    bar.setRange(0, 1000)
    bar.resize(401, 8)
    bar.set_value(value)
    image = bar.grab().toImage()
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    filled = filled_columns(image, highlight)
    assert abs(filled - share * 400) <= 3, (filled, share)
    if 0 < share < 1:  # from the left: the filling's colour left of its edge, not right
        edge = round(share * 400)
        row = image.height() // 2
        assert image.pixelColor(edge // 2, row) == highlight
        assert image.pixelColor(edge + (400 - edge) // 2, row) != highlight


def test_a_bar_without_a_range_shows_no_filling(qtbot: QtBot) -> None:
    bar = ProgressLine()
    qtbot.addWidget(bar)
    bar.setRange(0, 0)  # an empty range: no share to show
    bar.resize(200, 8)
    assert bar.filled_width() == 0.0
    highlight = bar.palette().color(QPalette.ColorRole.Highlight)
    assert filled_columns(bar.grab().toImage(), highlight) == 0


def test_a_repaint_is_asked_when_the_filling_moves_a_pixel(qtbot: QtBot) -> None:
    bar = ProgressLine()
    qtbot.addWidget(bar)
    bar.setRange(0, 1000)
    bar.resize(101, 8)  # 100 pixels of filling: one per 10 steps
    bar.set_value(100)
    assert not bar.set_value(105)  # half a pixel: nothing to repaint
    assert bar.value() == 105  # the value follows all the same
    assert bar.set_value(110)
    assert bar.set_value(50)  # back: a minute added to the step
