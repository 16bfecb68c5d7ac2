"""Lateness of each shown second against the true second boundary.

Runs the real app (``FacilitatorApp``, both windows) on the real clock. Once
both windows are up, it starts the session and, for 60 s, each time the
countdown's shown second changes, records how long after the exact boundary
the change was emitted and how long after it the projector began to paint
it. The boundary of shown second ``k`` is when the step reaches ``k`` s left:
``zero_at - k s``, from the engine's recorded start instant and plan. The
emission is timed by the first subscriber of ``changed`` (connected before
the windows), reading the clock itself rather than the snapshot's instant.
Target (emission): median under 5 ms, maximum under 20 ms.
"""

from __future__ import annotations

import os
import statistics
import sys

from harness import use_clean_env

use_clean_env()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import facilitator.ui.app as app_module  # noqa: E402
from facilitator.agenda.load import load_agenda  # noqa: E402
from facilitator.cli import AppOptions  # noqa: E402
from facilitator.engine.clock import SECOND  # noqa: E402
from facilitator.engine.session import RunState, SessionSnapshot  # noqa: E402
from facilitator.paths import default_agenda  # noqa: E402
from facilitator.ui.controller import SessionController  # noqa: E402

SECONDS = float(os.environ.get("BENCH_SECONDS", "60"))
emitted: list[float] = []  # ms after the boundary
painted: list[float] = []
pending: list[int] = []  # boundary instants of seconds emitted, not yet painted


class ProbedController(SessionController):
    """The app's controller, with the benchmark as the first subscriber of ``changed``."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._shown: tuple[int, int] | None = None
        self.changed.connect(self._probe)

    def _probe(self, snap: SessionSnapshot) -> None:
        now = self.now()
        shown = (snap.index, snap.display_seconds)
        previous, self._shown = self._shown, shown
        zero_at = self.run.timer.zero_at()
        if snap.state is not RunState.RUNNING or zero_at is None:
            return
        if previous is not None and previous[0] == snap.index and previous != shown:
            boundary = zero_at - snap.display_seconds * SECOND
            emitted.append((now - boundary) / 1e6)
            pending.append(boundary)


class PaintProbe(QObject):
    """Times the projector canvas's first paint after each emitted second."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self._controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and pending:
            now = self._controller.now()
            painted.extend((now - boundary) / 1e6 for boundary in pending)
            pending.clear()
        return False


def figures(name: str, values: list[float]) -> bool:
    """Print median, 95th percentile and maximum; True when within the target."""
    values = sorted(values)
    median = statistics.median(values)
    p95 = values[max(0, round(len(values) * 0.95) - 1)]
    ok = median < 5 and values[-1] < 20
    print(
        f"{name}: median {median:.2f} ms, p95 {p95:.2f} ms, max {values[-1]:.2f} ms  "
        f"{'OK' if ok else 'OVER'}"
    )
    return ok


def main() -> None:
    """Run the app, start the session once it is up, and print the lateness figures."""
    app = QApplication(sys.argv[:1])
    vars(app_module)["SessionController"] = ProbedController  # what FacilitatorApp builds
    facilitator = app_module.FacilitatorApp(AppOptions(), load_agenda(default_agenda()))
    facilitator.show()
    probe = PaintProbe(facilitator.controller)
    facilitator.projector.canvas.installEventFilter(probe)
    # Start once the windows are up and settled, as a trainer would press Space.
    QTimer.singleShot(2000, facilitator.controller.start)
    # exit(), not quit(): quit() asks every window to close, and the projector refuses.
    QTimer.singleShot(round((SECONDS + 2) * 1000), lambda: QApplication.exit(0))
    app.exec()
    facilitator.controller.shutdown()
    print(f"{len(emitted)} second changes over {SECONDS:.0f} s")
    figures("emitted (target)", emitted)
    figures("projector paint ", painted)
    print("target: median < 5 ms, max < 20 ms (emission)")


if __name__ == "__main__":
    main()
