"""Test set-up shared by every layer: Qt runs headless, offscreen."""

from __future__ import annotations

import os

import pytest

# Must be set before any QApplication exists; pytest-qt creates it lazily.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the trainer's real settings and data out of tests.
os.environ.setdefault("FACILITATOR_TESTING", "1")


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question nobody answers would hang the run: answer No, unless a test says.

    Tests that check a question patch ``QMessageBox.question`` themselves
    (after this fixture), which takes precedence.
    """
    try:
        from PySide6.QtWidgets import QMessageBox
    except ImportError:  # pragma: no cover - the pure layer test runs without Qt
        return

    def question(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
