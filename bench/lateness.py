"""Lateness of each shown second against the true second boundary.

Runs the real app (``FacilitatorApp``, both windows) on the real clock. Once
both windows are up, it starts the session and, for 60 s, each time the
countdown's shown second changes, records how long after the exact boundary
the change was emitted and how long after it the projector's canvas had
painted it. The boundary of shown second ``k`` is when the step reaches
``k`` s left: ``zero_at - k s``, from the engine's recorded start instant
and plan. The
emission is timed by the first subscriber of ``changed`` (connected before
the windows), reading the clock itself rather than the snapshot's instant;
the paint by an event filter on the projector's canvas.

Goal (the projector's paint, "within one frame of its boundary"): its
distance to the boundary, early or late, at most 5 ms in the median and
16 ms at most. The app's controller wakes a little before the boundary and
shows the state at it (``controller.PAINT_LEAD_NS``), so a paint can end
before its boundary: the figures are signed (negative: early), and the goal
is on the distance. The emission is printed for information.

With ``--phones N`` the same is measured while N participants' phones are
connected and posting (``bench/phones.py``); until the app has a
participants' server it says so and measures nothing.

    python bench/lateness.py [--seconds 60] [--phones 40] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence

import goals
import phones
from harness import use_clean_env

use_clean_env()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import facilitator.ui.app as app_module  # noqa: E402
from facilitator.agenda.load import load_agenda  # noqa: E402
from facilitator.cli import AppOptions  # noqa: E402
from facilitator.engine.clock import SECOND  # noqa: E402
from facilitator.engine.session import RunState, SessionSnapshot  # noqa: E402
from facilitator.paths import default_agenda  # noqa: E402
from facilitator.ui.controller import SessionController  # noqa: E402

SECONDS = 60.0
SETTLE_MS = 2000  # after the windows are shown, before the session starts
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
        now = self.clock_now()  # the clock itself: now() may be the boundary shown ahead
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
    """Times the end of the projector canvas's first paint after each emitted second.

    The filter paints the canvas itself (``QWidget.event``) and stamps the
    instant the paint returned: the new second is then in the window's
    backing store, flushed to the screen right after.
    """

    def __init__(self, controller: SessionController) -> None:
        super().__init__()
        self._controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not pending or not isinstance(watched, QWidget):
            return False
        watched.event(event)
        now = self._controller.clock_now()
        painted.extend((now - boundary) / 1e6 for boundary in pending)
        pending.clear()
        return True  # painted already


def figures(values: list[float]) -> dict[str, float]:
    """Of ``values`` (ms after the boundary; negative: before it): the earliest, median,
    95th percentile and latest, and the median and maximum of their distance to it."""
    values = sorted(values)
    distances = sorted(abs(v) for v in values)
    return {
        "min": values[0],
        "median": statistics.median(values),
        "p95": values[max(0, round(len(values) * 0.95) - 1)],
        "max": values[-1],
        "abs_median": statistics.median(distances),
        "abs_max": distances[-1],
        "count": len(values),
    }


def measure(seconds: float, phone_count: int = 0) -> dict[str, object]:
    """Run the app, start the session once it is up, and time every second shown."""
    if phone_count:
        why = phones.unavailable()
        if why is not None:
            return {"phones": phone_count, "unavailable": why}
    app = QApplication(sys.argv[:1])
    vars(app_module)["SessionController"] = ProbedController  # what FacilitatorApp builds
    facilitator = app_module.FacilitatorApp(AppOptions(), load_agenda(default_agenda()))
    facilitator.show()
    probe = PaintProbe(facilitator.controller)
    facilitator.projector.canvas.installEventFilter(probe)
    load = phones.start_load(facilitator, phone_count, seconds) if phone_count else None
    # Start once the windows are up and settled, as a trainer would press Space.
    QTimer.singleShot(SETTLE_MS, facilitator.controller.start)
    # exit(), not quit(): quit() asks every window to close, and the projector refuses.
    QTimer.singleShot(round(seconds * 1000) + SETTLE_MS, lambda: QApplication.exit(0))
    app.exec()
    notes = load.stop() if load is not None else None
    facilitator.controller.shutdown()
    if not emitted or not painted:
        raise RuntimeError("no second was shown")
    return {
        "seconds": seconds,
        "phones": phone_count,
        "notes": notes,
        "emitted": figures(emitted),
        "paint": figures(painted),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the lateness figures of the emission and of the projector's paint."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=SECONDS, help="measured this long")
    parser.add_argument("--phones", type=int, default=0, help="participants' phones posting")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = measure(args.seconds, args.phones)
    if args.json:
        print(json.dumps(result))
        return 0
    if "unavailable" in result:
        print(f"lateness with {args.phones} phones: {result['unavailable']}")
        return 0
    for name in ("emitted", "paint"):
        f = result[name]
        assert isinstance(f, dict)
        print(
            f"{name:8}: from {f['min']:+.2f} to {f['max']:+.2f} ms, median {f['median']:+.2f}, "
            f"p95 {f['p95']:+.2f}; distance median {f['abs_median']:.2f}, "
            f"max {f['abs_max']:.2f} ms over {f['count']} seconds"
        )
    paint = result["paint"]
    assert isinstance(paint, dict)
    verdict = "OK" if goals.lateness_ok(paint) else "OVER"
    print(
        f"goal (paint): median <= {goals.LATENESS_MEDIAN_MS:.0f} ms, "
        f"max <= {goals.LATENESS_MAX_MS:.0f} ms  {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
