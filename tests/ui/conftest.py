"""Fixtures of the Qt-layer tests: data and settings in tmp_path, the bundled agendas."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.agenda.agenda import Agenda
from tests.ui.qt_helpers import SessionClock, session_1, session_2


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Journals (FACILITATOR_DATA_DIR) and settings go to tmp_path, never the trainer's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
    monkeypatch.setenv("FACILITATOR_SETTINGS", str(tmp_path / "settings.ini"))
    return folder


@pytest.fixture(scope="session")
def agenda_1() -> Agenda:
    """STEAM Coach session 1: six steps of 10/15/25/15/15/10 minutes."""
    return session_1()


@pytest.fixture(scope="session")
def agenda_2() -> Agenda:
    """STEAM Coach session 2."""
    return session_2()


@pytest.fixture
def session_clock() -> SessionClock:
    """A FakeClock at START with a wall clock at 09:00 that moves with it."""
    return SessionClock()
