"""Canary for the PySide6 6.12.0 / Python 3.11 refcount bug (see the pin in pyproject.toml).

That release drops a reference to ``None`` (or ``True``) on almost every Qt
call; after ~5,000 calls the interpreter aborts with "none_dealloc". If this
test fails, the PySide6 in use has the bug: keep the pin ``<6.12``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 20_000


def test_qt_calls_do_not_leak_references_to_none_or_true(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    owner = QObject()
    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for i in range(CALLS // 4):
        label.setText("x" if i % 2 else "y")  # returns None
        label.isVisible()  # returns a bool
        owner.setObjectName("n")
        owner.signalsBlocked()
    # Other code may add references meanwhile; the bug only ever takes them away.
    assert sys.getrefcount(None) >= none_before - 100
    assert sys.getrefcount(True) >= true_before - 100


def test_the_pin_holds() -> None:
    import PySide6

    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), "PySide6 6.12 crashes on Python 3.11: see pyproject.toml"
