"""What the console does each second, and what it no longer does (issue 14: CPU)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.console import catchup
from facilitator.engine.clock import MINUTE, SECOND
from facilitator.ui.presenter.session_bar import LATE, ON_PLAN
from facilitator.ui.projector.timer_painter import GLYPHS
from tests.ui.console_fixtures import Console, console, console_factory, tmp_settings

__all__ = ["console", "console_factory", "tmp_settings"]


class PaintCount(QObject):
    """How often a widget painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_progress_bar_follows_the_step(console: Console) -> None:
    bar = console.window.countdown.progress
    console.controller.start()
    console.advance(2 * MINUTE + 30 * SECOND)  # step 1 plans 10 min: a quarter spent
    assert bar.value() == 250
    console.advance(MINUTE)
    assert bar.value() == 350


def test_the_drift_keeps_its_palette_while_its_colour_stays(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    drift = console.window.session_bar.labels["drift"]
    console.controller.start()
    console.advance(SECOND)
    assert drift.palette().color(QPalette.ColorRole.WindowText) == QColor(ON_PLAN)
    assert drift.font().bold()
    palettes: list[QPalette] = []
    set_palette = drift.setPalette

    def counted(palette: QPalette) -> None:
        palettes.append(palette)
        set_palette(palette)

    monkeypatch.setattr(drift, "setPalette", counted)
    for _ in range(5):
        console.advance(SECOND)
    assert palettes == []  # the same colour: its palette is not set again each second
    console.advance(13 * MINUTE)  # behind plan: another colour
    assert len(palettes) == 1
    assert drift.palette().color(QPalette.ColorRole.WindowText) == QColor(LATE)


class Events(QObject):
    """The events of some types that reach any widget of a window, by type."""

    def __init__(self, widgets: list[QWidget], *types: QEvent.Type) -> None:
        super().__init__()
        self.types = types
        self.seen: list[tuple[QWidget, QEvent.Type, object]] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.types and isinstance(watched, QWidget):
            region = event.region() if isinstance(event, QPaintEvent) else None
            self.seen.append((watched, event.type(), region))
        return False

    def of(self, widget: QWidget) -> list[object]:
        return [region for w, _, region in self.seen if w is widget]


QUIET = (QEvent.Type.Paint, QEvent.Type.LayoutRequest, QEvent.Type.Resize)


def shown(console: Console, qtbot: QtBot) -> None:
    """The console on screen, running, past its first second, every paint done."""
    console.window.resize(1280, 800)
    console.window.show()
    qtbot.waitExposed(console.window)
    console.controller.start()
    console.advance(SECOND)
    # The first show's layouts and paints (the digits' size follows the panel's width),
    # on a busy machine too: until the window has been quiet for a while.
    window = console.window
    events = Events([window, *window.findChildren(QWidget)], *QUIET)
    for _ in range(40):
        events.seen.clear()
        qtbot.wait(150)
        if not events.seen:
            break
    for widget in [window, *window.findChildren(QWidget)]:
        widget.removeEventFilter(events)


def seconds(console: Console, qtbot: QtBot, count: int) -> None:
    """Let ``count`` seconds pass, each shown and painted."""
    for _ in range(count):
        console.advance(SECOND)
        qtbot.wait(5)


def test_a_second_repaints_the_large_digits_that_changed_only(
    console: Console, qtbot: QtBot
) -> None:
    shown(console, qtbot)
    digits = console.window.countdown.digits
    events = Events([digits], QEvent.Type.Paint)
    seconds(console, qtbot, 3)  # 9:58, 9:57, 9:56: the last digit changes
    regions = events.of(digits)
    assert len(regions) == 3
    for region in regions:
        assert isinstance(region, QRegion)
        box = region.boundingRect()
        assert box.width() < digits.width() / 3  # one digit's cell, not the label
        assert box.left() > digits.width() / 4  # the last digit, right of the colon
    assert digits.text() == "9:56"


def test_a_second_lays_out_nothing_while_the_texts_keep_their_widths(
    console: Console, qtbot: QtBot
) -> None:
    shown(console, qtbot)
    window = console.window
    everything = [window, *window.findChildren(QWidget)]
    events = Events(everything, QEvent.Type.LayoutRequest)
    seconds(console, qtbot, 5)
    assert events.seen == []  # the session bar, the digits: the same widths each second
    assert window.session_bar.labels["elapsed"].text() != ""


def test_the_catch_up_plan_is_proposed_again_only_when_the_drifts_minute_changes(
    console: Console, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposed: list[int] = []
    propose = catchup.propose

    def counted(steps: object, behind: int, **kwargs: int) -> object:
        proposed.append(behind)
        return propose(steps, behind, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(catchup, "propose", counted)
    console.controller.start()
    console.advance(SECOND)
    first = len(proposed)
    for _ in range(20):
        console.advance(SECOND)
    assert len(proposed) == first  # on plan all along: nothing to propose again
    console.advance(12 * MINUTE + 30 * SECOND)  # step 1 plans 10 min: 151 s late: 3 min
    late = len(proposed)
    assert late > first
    for _ in range(20):
        console.advance(SECOND)
    assert len(proposed) == late  # 171 s: the same minute of drift, the same plan
    console.advance(MINUTE)  # 231 s: 4 min
    assert len(proposed) == late + 1
    assert console.window.catchup.isVisibleTo(console.window)


def test_a_second_measures_the_large_digits_new_text_once(console: Console, qtbot: QtBot) -> None:
    shown(console, qtbot)
    digits = console.window.countdown.digits
    before = digits.measured
    seconds(console, qtbot, 5)
    # Its own width for the size and the changed cell; its prefixes and the second
    # before are remembered (it measured five texts a second, with new metrics each):
    # one text a second, and the prefix "9:5" once.
    assert digits.measured - before <= 6
    assert digits.text() == "9:54"


def test_the_large_digits_are_pictures_drawn_once(console: Console, qtbot: QtBot) -> None:
    shown(console, qtbot)
    seconds(console, qtbot, 12)  # 9:58 to 9:47: every digit once
    drawn = GLYPHS.drawn
    seconds(console, qtbot, 10)
    assert GLYPHS.drawn == drawn  # characters blitted, none drawn again
    assert console.window.countdown.digits.text() == "9:37"


def test_a_second_measures_only_the_session_bars_labels_that_changed(
    console: Console, qtbot: QtBot
) -> None:
    shown(console, qtbot)
    bar = console.window.session_bar
    labels = bar.labels
    elapsed = labels["elapsed"].text()
    held: list[int] = []
    for _ in range(5):
        console.advance(SECOND)
        held.append(bar.held)
    assert labels["elapsed"].text() != elapsed
    # The elapsed time changes each second, the time of day once a minute: one label
    # measured (or two), never all five.
    assert max(held) <= 2 and held.count(1) >= 4
    assert labels["elapsed"].size() == labels["elapsed"].sizeHint()


def test_another_font_measures_every_session_bar_label_again(
    console: Console, qtbot: QtBot
) -> None:
    shown(console, qtbot)
    bar = console.window.session_bar
    for label in bar.labels.values():
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        label.setFont(font)
    console.advance(SECOND)
    assert bar.held == len(bar.labels)
    planned = bar.labels["planned"]
    assert planned.size() == planned.sizeHint()  # not cut at its old, smaller size


def test_the_progress_bar_repaints_when_its_filling_moves_a_pixel_not_each_second(
    console: Console, qtbot: QtBot
) -> None:
    shown(console, qtbot)
    panel = console.window.countdown
    bar = panel.progress
    paints = PaintCount(bar)
    before = panel.progress_repaints
    seconds(console, qtbot, 30)
    # Step 1 plans 10 minutes: 30 s move the bar's 1000 steps by 50, its filling by
    # about a twentieth of its width in pixels; the value itself follows each second.
    moves = 50 * bar.width() / 1000
    assert panel.progress_repaints - before <= moves + 1
    assert paints.count <= moves + 2
    assert bar.value() == round(1000 * 31 / 600)
