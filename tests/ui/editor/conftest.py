"""Fixtures of the editor's widget tests: an editor on a trainer's own copy of a session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.editing.workspace import open_workspace
from facilitator.paths import agendas_dir, default_agenda
from facilitator.ui.editor.window import EditorWindow

SESSION_2 = "sessie-2-diversiteit-op-de-werkplek.yaml"


@pytest.fixture
def own_folder(tmp_path: Path) -> Path:
    """The Dutch STEAM Coach files, copied: the trainer's own, saved in place."""
    folder = tmp_path / "mine"
    shutil.copytree(agendas_dir() / "steam-coach", folder)
    return folder


def _editor(qtbot: QtBot, path: Path) -> EditorWindow:
    window = EditorWindow(open_workspace(path))
    window.confirm_close = False
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def editor(qtbot: QtBot, own_folder: Path, data_dir: Path) -> EditorWindow:
    """An editor on the trainer's own copy of session 2."""
    return _editor(qtbot, own_folder / SESSION_2)


@pytest.fixture
def bundled_editor(qtbot: QtBot, data_dir: Path) -> EditorWindow:
    """An editor on the bundled session 1 (never overwritten)."""
    return _editor(qtbot, default_agenda())
