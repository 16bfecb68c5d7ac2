"""Shared by the benchmarks: a clean environment, and a child that waits for both windows.

As a script it is the measured child process::

    python bench/harness.py bare                 # a bare PySide6 program, two windows
    python bench/harness.py app [ARGS ...]       # python -m facilitator ARGS
    python bench/harness.py --hold 60 app --start

Either way one QApplication event filter waits until every visible top-level
window (at least two) has received its first paint; a zero-timer posted then
runs after that paint has been flushed. At that instant the child prints
``shown <CLOCK_MONOTONIC ns>`` and removes the filter. Without ``--hold`` it
then quits with ``QApplication.exit(0)``, the same way for both programs (a
timer of the program's own, like ``--quit-after``, may fire before any paint). With
``--hold S`` it lets the program run, settles for a moment, and prints
``cpu <seconds of CPU> <seconds of wall time>`` for the next S seconds.
"""

from __future__ import annotations

import argparse
import atexit
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

SETTLE_S = 2.0  # after both windows are shown, before CPU is counted


def clean_env(folder: Path) -> dict[str, str]:
    """The environment for one child: offscreen by default, data and settings in ``folder``.

    A fresh folder per run means no crashed run to recover and no remembered
    layout, and the trainer's real settings are never read or changed. Byte
    code is cached (outside the checkout), as in any installed copy, even
    where the environment sets ``PYTHONDONTWRITEBYTECODE``.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "facilitator-pycache"))
    env["FACILITATOR_DATA_DIR"] = str(folder)
    env["FACILITATOR_SETTINGS"] = str(folder / "settings.ini")
    return env


def use_clean_env() -> None:
    """Point this process at a fresh data folder (call before importing facilitator)."""
    folder = tempfile.mkdtemp(prefix="facilitator-bench-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ.update(clean_env(Path(folder)))


def bare_windows() -> tuple[object, object]:
    """The reference: a main window and a second window, each with a label, shown."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    presenter = QMainWindow()
    presenter.setCentralWidget(QLabel("presenter"))
    presenter.show()
    projector = QLabel("projector")
    projector.show()
    return presenter, projector


def main() -> int:
    """Run the bare program or the app until both windows are shown (and held, if asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", type=float, help="then measure CPU for this many seconds")
    parser.add_argument("program", choices=("bare", "app"))
    args, app_args = parser.parse_known_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])

    def shown() -> None:
        print(f"shown {time.clock_gettime_ns(time.CLOCK_MONOTONIC)}", flush=True)
        if args.hold is None:
            QApplication.exit(0)
        else:
            QTimer.singleShot(round(SETTLE_S * 1000), measure)

    def measure() -> None:
        start = (time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF))

        def report() -> None:
            end = resource.getrusage(resource.RUSAGE_SELF)
            cpu = end.ru_utime + end.ru_stime - start[1].ru_utime - start[1].ru_stime
            print(f"cpu {cpu:.6f} {time.perf_counter() - start[0]:.6f}", flush=True)
            QApplication.exit(0)

        QTimer.singleShot(round(args.hold * 1000), report)

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
                self.painted.add(id(watched.window()))
                visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
                if len(visible) >= 2 and all(id(w) in self.painted for w in visible):
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, shown)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if args.program == "bare":
        windows = bare_windows()  # noqa: F841 (kept alive while the loop runs)
        return app.exec()
    from facilitator.cli import main as facilitator_main

    return facilitator_main(app_args)


if __name__ == "__main__":
    sys.exit(main())
