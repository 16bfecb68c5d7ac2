"""Helpers shared by the Qt-layer tests (tests/ui) and the end-to-end tests (tests/e2e).

Session time is a :class:`FakeClock`; the wall clock the controller reads is
tied to it (09:00 plus the fake time elapsed), so that nothing a test checks
depends on the real time of day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import SECOND, FakeClock
from facilitator.paths import bundled_agendas, default_agenda
from facilitator.ui.controller import SessionController
from facilitator.ui.inhibit import NoInhibitor, SleepGuard
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.settings import ConsoleSettings
from facilitator.ui.sound import ChimePlayer

# The fake clock starts far from 0, so that no code can get away with
# mistaking an instant for a duration.
START = 1_000 * SECOND
NINE = datetime(2026, 11, 28, 9, 0)


def session_1() -> Agenda:
    """The bundled STEAM Coach session 1 (the default agenda)."""
    return load_agenda(default_agenda())


def session_2() -> Agenda:
    """The bundled STEAM Coach session 2."""
    paths = [p for p in bundled_agendas() if p.name.startswith("sessie-2")]
    assert len(paths) == 1, bundled_agendas()
    return load_agenda(paths[0])


class SessionClock:
    """A FakeClock and a wall clock that moves with it."""

    def __init__(self, start: int = START) -> None:
        self.fake = FakeClock(start)
        self.start = start

    def wall(self) -> datetime:
        """09:00 plus the fake time elapsed since the clock was made."""
        return NINE + timedelta(microseconds=(self.fake.now() - self.start) // 1000)

    def now(self) -> int:
        return self.fake.now()

    @property
    def factor(self) -> float:
        return 1.0

    def to_real(self, ns_delta: int) -> int:
        return ns_delta


def make_controller(agenda: Agenda, clock: SessionClock, **kwargs: Any) -> SessionController:
    """A controller on ``agenda`` driven by ``clock`` (session time and wall time)."""
    return SessionController(agenda, clock.fake, wall=clock.wall, **kwargs)


class _NoAudio:
    """Stands in for PySide6.QtMultimedia on a machine without sound."""

    class QMediaDevices:
        @staticmethod
        def audioOutputs() -> list[object]:
            return []


def quiet_presenter(controller: SessionController) -> PresenterWindow:
    """A presenter window that plays no sound and leaves the screensaver alone."""
    window = PresenterWindow(
        controller,
        settings=ConsoleSettings(),
        chimes=ChimePlayer(files={}, multimedia=_NoAudio),
        sleep_guard=SleepGuard(NoInhibitor()),
    )
    window.confirm_quit = False  # closing at teardown must not ask
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and make it the active window, so application shortcuts reach it."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def rgb32(image: QImage) -> tuple[bytes, int]:
    """The pixels of ``image`` as 0xAARRGGBB words (bytes, little-endian) and their count."""
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = converted.width(), converted.height()
    data = bytes(converted.constBits())[: converted.sizeInBytes()]
    # Drop any padding at the end of each line.
    line = converted.bytesPerLine()
    rows = (data[y * line : y * line + width * 4] for y in range(height))
    return b"".join(rows), width * height


def is_uniform(image: QImage, argb: int) -> bool:
    """Whether every pixel of ``image`` is the colour ``argb`` (0xFFRRGGBB)."""
    data, count = rgb32(image)
    return data == argb.to_bytes(4, "little") * count


def colours_in(image: QImage, rect: QRect | None = None, step: int = 2) -> set[str]:
    """The colours (``#rrggbb``) of ``image`` inside ``rect``, one pixel in ``step`` each way."""
    area = (rect or image.rect()).intersected(image.rect())
    return {
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.right() + 1, step)
        for y in range(area.top(), area.bottom() + 1, step)
    }


def distinct_colours(image: QImage, limit: int = 64) -> int:
    """How many different colours ``image`` has (counting stops at ``limit``)."""
    data, count = rgb32(image)
    seen: set[bytes] = set()
    for i in range(0, count * 4, 4):
        seen.add(data[i : i + 4])
        if len(seen) >= limit:
            break
    return len(seen)


def event_names(events: Iterable[dict[str, Any]]) -> list[str]:
    """The ``event`` field of each journal entry, in order."""
    return [str(e["event"]) for e in events]


def single_journal(data_dir: Path) -> Path:
    """The one run journal written under ``data_dir``."""
    found = sorted((data_dir / "runs").glob("*.jsonl"))
    assert len(found) == 1, found
    return found[0]


class StepRowView:
    """A row of the step list as a test reads it (what the view shows, through its model)."""

    def __init__(self, step_list: Any, row: int) -> None:
        self._list = step_list
        self.row = row

    def _data(self, column: int, role: Any) -> Any:
        model = self._list.model()
        return model.data(model.index(self.row, column), role)

    def text(self, column: int) -> str:
        """The cell's text."""
        return str(self._data(column, Qt.ItemDataRole.DisplayRole) or "")

    def font(self, column: int) -> Any:
        """The cell's font (the list's own when the model sets none)."""
        found = self._data(column, Qt.ItemDataRole.FontRole)
        return found if found is not None else self._list.font()

    def toolTip(self, column: int) -> str:
        """The cell's tooltip."""
        return str(self._data(column, Qt.ItemDataRole.ToolTipRole) or "")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StepRowView) and other.row == self.row

    def __hash__(self) -> int:
        return self.row


def step_row(step_list: Any, row: int) -> StepRowView:
    """Row ``row`` of a step list."""
    assert 0 <= row < step_list.row_count()
    return StepRowView(step_list, row)


def current_row(step_list: Any) -> int:
    """The row the step list has selected (-1: none)."""
    index = step_list.currentIndex()
    return index.row() if index.isValid() else -1
