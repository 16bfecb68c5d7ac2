"""Work that waits until the windows are on screen: once each shown window has painted.

What the first paint does not need (the chimes, the library's validation,
the dialogs) is loaded afterwards (issue 14). :func:`after_first_paint`
watches paint events only until every given window that is shown has had
one, then removes itself and runs the work from the event loop, after the
paint has been flushed. A window that never paints (minimised, hidden) does
not hold the work back for more than :data:`AT_THE_LATEST_MS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

AT_THE_LATEST_MS = 2000

_waiting: set[FirstPaint] = set()  # alive until their work has run


class FirstPaint(QObject):
    """Runs some work once, after every shown window of a set has painted once."""

    def __init__(self, windows: Sequence[QWidget], work: Callable[[], None]) -> None:
        super().__init__()
        self._windows = {id(w) for w in windows if w.isVisible()}
        self._work: Callable[[], None] | None = work
        self._app = QApplication.instance()
        _waiting.add(self)
        if self._windows and self._app is not None:
            self._app.installEventFilter(self)
            QTimer.singleShot(AT_THE_LATEST_MS, self.run)
        else:
            QTimer.singleShot(0, self.run)

    @property
    def done(self) -> bool:
        """Whether the work has run."""
        return self._work is None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the windows that painted; once all have, run the work next."""
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._windows.discard(id(watched.window()))
            if not self._windows:
                if self._app is not None:
                    self._app.removeEventFilter(self)
                QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        """Run the work now, unless it has run already."""
        if self._app is not None:
            self._app.removeEventFilter(self)
        work, self._work = self._work, None
        _waiting.discard(self)
        if work is not None:
            work()


def after_first_paint(windows: Sequence[QWidget], work: Callable[[], None]) -> FirstPaint:
    """Run ``work`` once every window in ``windows`` that is shown has painted once."""
    return FirstPaint(windows, work)
