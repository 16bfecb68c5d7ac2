"""Shared set-up of the presenter console tests: fakes for sound and sleep, a window factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import FakeClock
from facilitator.paths import default_agenda
from facilitator.ui.controller import SessionController
from facilitator.ui.inhibit import SleepGuard
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.settings import ConsoleSettings
from facilitator.ui.sound import ChimePlayer

NINE = datetime(2026, 5, 4, 9, 0)


class FakeEffect:
    """Stands in for QSoundEffect."""

    def __init__(self, _parent: object = None) -> None:
        self.source: object = None
        self.volume = 1.0
        self.muted = False
        self.plays = 0

    def setSource(self, source: object) -> None:
        self.source = source

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def setMuted(self, muted: bool) -> None:
        self.muted = muted

    def play(self) -> None:
        self.plays += 1


class FakeMultimedia:
    """Stands in for PySide6.QtMultimedia, with or without an audio device."""

    def __init__(self, devices: int = 1) -> None:
        outer = self

        class Devices:
            @staticmethod
            def audioOutputs() -> list[int]:
                return list(range(devices))

        self.QMediaDevices = Devices
        self.effects: list[FakeEffect] = []

        def effect(parent: object = None) -> FakeEffect:
            made = FakeEffect(parent)
            outer.effects.append(made)
            return made

        self.QSoundEffect = effect


class FakeInhibitor:
    """Records inhibit / release calls."""

    name = "fake"

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> bool:
        self.calls.append("inhibit")
        return self.works

    def release(self) -> None:
        self.calls.append("release")


@pytest.fixture
def tmp_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data and settings in tmp_path, never the trainer's."""
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("FACILITATOR_SETTINGS", str(path))
    return path


class Console:
    """A presenter window on a controller with a FakeClock, and its fakes."""

    def __init__(self, qtbot: QtBot, agenda: Agenda, settings_path: Path) -> None:
        self.clock = FakeClock(1_000_000_000_000)
        start = self.clock.now()

        def wall() -> datetime:
            return NINE + timedelta(microseconds=(self.clock.now() - start) // 1000)

        self.controller = SessionController(agenda, self.clock, wall=wall)
        self.multimedia = FakeMultimedia()
        self.chimes = ChimePlayer(multimedia=lambda: self.multimedia)
        self.inhibitor = FakeInhibitor()
        self.settings = ConsoleSettings()
        self.window = PresenterWindow(
            self.controller,
            settings=self.settings,
            chimes=self.chimes,
            sleep_guard=SleepGuard(self.inhibitor),
        )
        self.window.confirm_quit = False
        qtbot.addWidget(self.window)

    def advance(self, ns: int) -> None:
        """Let session time pass and let the controller see it."""
        self.clock.advance(ns)
        self.controller.refresh()


@pytest.fixture
def console_factory(qtbot: QtBot, tmp_settings: Path) -> Iterator[Callable[..., Console]]:
    made: list[Console] = []

    def make(agenda: Agenda | None = None) -> Console:
        console = Console(qtbot, agenda or load_agenda(default_agenda()), tmp_settings)
        made.append(console)
        return console

    yield make
    for console in made:
        console.controller.shutdown()


@pytest.fixture
def console(console_factory: Callable[..., Console]) -> Console:
    return console_factory()


def answer_yes(monkeypatch: pytest.MonkeyPatch, answers: list[str] | None = None) -> list[str]:
    """Make every QMessageBox.question say Yes; returns the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked = answers if answers is not None else []

    def question(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def answer_no(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every QMessageBox.question say No; returns the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def press(window: QWidget, keys: str) -> None:
    """Press ``keys`` as a person would, so that shortcuts apply (offscreen has no active window,
    so keys go to the window's handle through the shortcut map)."""
    handle = window.windowHandle()
    assert handle is not None, "show the window first"
    # Shortcuts only fire for the active window; offscreen activation is asynchronous.
    window.activateWindow()
    for _ in range(50):
        if QApplication.activeWindow() is window:
            break
        QApplication.processEvents()
        QTest.qWait(5)
    assert QApplication.activeWindow() is window
    QTest.keySequence(handle, QKeySequence(keys))
