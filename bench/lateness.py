"""Lateness of each shown second against the true second boundary.

Runs the real controller with both windows on the real clock for 60 s and,
each time the countdown's shown second changes, records how long after the
exact boundary (computed from the engine's recorded instants) the change was
emitted. Target: median under 5 ms, maximum under 20 ms.
"""

from __future__ import annotations

import os
import statistics
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import SECOND, MonotonicClock
from facilitator.engine.session import SessionSnapshot
from facilitator.paths import default_agenda
from facilitator.ui.controller import SessionController
from facilitator.ui.presenter.window import PresenterWindow
from facilitator.ui.projector.window import ProjectorWindow

SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))


def main() -> None:
    """Print median, 95th percentile and maximum lateness in milliseconds."""
    app = QApplication(sys.argv[:1])
    clock = MonotonicClock()
    controller = SessionController(load_agenda(default_agenda()), clock)
    presenter = PresenterWindow(controller)
    projector = ProjectorWindow(controller)
    presenter.show()
    projector.show()
    late: list[float] = []
    last = [None]

    def on_changed(snap: SessionSnapshot) -> None:
        remaining = snap.remaining  # taken at the instant the change was emitted
        if last[0] is not None and snap.display_seconds != last[0]:
            # The shown second changed when remaining crossed a whole second.
            late.append(((-remaining) % SECOND) / 1e6)
        last[0] = snap.display_seconds

    controller.changed.connect(on_changed)
    controller.start()
    QTimer.singleShot(round(SECONDS * 1000), app.quit)
    app.exec()
    controller.shutdown()
    late.sort()
    print(f"{len(late)} second changes over {SECONDS:.0f} s")
    print(
        f"lateness: median {statistics.median(late):.2f} ms, "
        f"p95 {late[int(len(late) * 0.95) - 1]:.2f} ms, max {late[-1]:.2f} ms"
    )
    ok = statistics.median(late) < 5 and late[-1] < 20
    print(f"target: median < 5 ms, max < 20 ms  {'OK' if ok else 'OVER'}")


if __name__ == "__main__":
    main()
