"""Fixtures of the end-to-end tests: data and settings in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Journals (FACILITATOR_DATA_DIR) and settings go to tmp_path, never the trainer's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
    monkeypatch.setenv("FACILITATOR_SETTINGS", str(tmp_path / "settings.ini"))
    return folder
