"""What the console does each second, and what it no longer does (issue 14: CPU)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from facilitator.engine.clock import MINUTE, SECOND
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


def test_the_progress_bar_follows_the_step_with_its_updates_held_only_while_set(
    console: Console,
) -> None:
    # Its repaint is left to the console's next paint (bench/cpu.py measures what
    # that saves); what a test can hold it to: the value, and updates back on.
    bar = console.window.countdown.progress
    console.controller.start()
    console.advance(2 * MINUTE + 30 * SECOND)  # step 1 plans 10 min: a quarter spent
    assert bar.value() == 250
    console.advance(MINUTE)
    assert bar.value() == 350
    assert bar.updatesEnabled()


def test_the_drift_keeps_its_style_sheet_while_its_colour_stays(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    drift = console.window.session_bar.labels["drift"]
    console.controller.start()
    console.advance(SECOND)
    styles: list[str] = []
    set_style = drift.setStyleSheet

    def counted(style: str) -> None:
        styles.append(style)
        set_style(style)

    monkeypatch.setattr(drift, "setStyleSheet", counted)
    for _ in range(5):
        console.advance(SECOND)
    assert styles == []  # the same colour: its style sheet is not set again each second
    console.advance(13 * MINUTE)  # behind plan: another colour
    assert len(styles) == 1 and "font-weight: bold" in styles[0]
    assert drift.styleSheet() == styles[0]
