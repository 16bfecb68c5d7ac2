"""Test set-up shared by every layer: Qt runs headless, offscreen."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator

import pytest
from hypothesis import settings

# The default suite draws the same examples on every run, so a submission is judged on
# what it changed, not on the luck of a draw; FACILITATOR_FUZZ=long (tests/fuzzing.py)
# draws new ones, many more, to look for what the fixed ones miss.
settings.register_profile("suite", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("explore" if os.environ.get("FACILITATOR_FUZZ") == "long" else "suite")

# Must be set before any QApplication exists; pytest-qt creates it lazily.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the trainer's real settings and data out of tests.
os.environ.setdefault("FACILITATOR_TESTING", "1")


@pytest.fixture(autouse=True)
def _collector_not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test process's objects are never set aside from the cycle collector: an app
    under test would freeze every earlier test's objects with its own, and their cycles
    would never be freed (tests/test_collector.py checks it in fresh interpreters)."""
    from facilitator import collector

    monkeypatch.setattr(collector, "set_start_up_aside", lambda: False)


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


@pytest.fixture(autouse=True)
def _no_timer_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer running (as napari's ``_dangling_qtimers``).

    A timer still active once the test and its fixtures are done would fire
    into the next test, or keep a closed window at work: stop it (a
    controller's ``shutdown``, a window's close) in the test or the code.
    Every ``QTimer.start`` is watched; the timers are held weakly.
    """
    try:
        import shiboken6
        from PySide6.QtCore import QTimer
    except ImportError:  # pragma: no cover - the pure layer test runs without Qt
        yield
        return
    started: list[weakref.ReferenceType[QTimer]] = []
    original = QTimer.start

    def start(self: QTimer, *args: object) -> None:
        started.append(weakref.ref(self))
        original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(QTimer, "start", start)
    yield
    running = []
    for ref in started:
        timer = ref()
        if timer is not None and shiboken6.isValid(timer) and timer.isActive():
            running.append(timer)
    for timer in running:
        timer.stop()
    if running:
        described = sorted({_describe_timer(timer) for timer in running})
        pytest.fail(f"a QTimer was left running: {', '.join(described)}")


def _describe_timer(timer: object) -> str:
    """The timer's parent chain by class and object name, to find who started it."""
    names = []
    node = timer
    while node is not None:
        name = node.objectName()  # type: ignore[attr-defined]
        names.append(f"{type(node).__name__}({name})" if name else type(node).__name__)
        node = node.parent()  # type: ignore[attr-defined]
    return " < ".join(names)
