"""Fixtures of the editing model's tests: bundled sessions copied where they may be saved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from facilitator.paths import agendas_dir


@pytest.fixture
def own_copy(tmp_path: Path) -> Path:
    """The Dutch STEAM Coach folder copied into tmp_path (a trainer's own files)."""
    folder = tmp_path / "mine"
    shutil.copytree(agendas_dir() / "steam-coach", folder)
    return folder


@pytest.fixture
def sessions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The trainer's sessions folder, in tmp_path (FACILITATOR_DATA_DIR)."""
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "sessions"
