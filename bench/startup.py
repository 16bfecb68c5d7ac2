"""Start-up time: Facilitator against a bare PySide6 program that opens two windows.

Both run as fresh processes that quit as soon as their two windows have been
shown and painted once; we time spawn-to-exit, the best of N runs each, in
the same run of this script so that both see the same machine state.
Target: Facilitator at most 1.5 times the bare program.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

RUNS = 7

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
presenter = QMainWindow(); presenter.setCentralWidget(QLabel("presenter")); presenter.show()
projector = QLabel("projector"); projector.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str]) -> float:
    """Seconds from spawn to exit of ``command``."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("FACILITATOR_DATA_DIR", "/tmp/facilitator-bench")
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    """Print best and median start-up times of both programs and their ratio."""
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "facilitator", "--quit-after", "0.001"]
    timed(bare_cmd)  # warm the file cache for both
    timed(app_cmd)
    bare = [timed(bare_cmd) for _ in range(RUNS)]
    app = [timed(app_cmd) for _ in range(RUNS)]
    ratio = min(app) / min(bare)
    print(
        f"bare PySide6, two windows: best {min(bare) * 1000:.0f} ms, "
        f"median {statistics.median(bare) * 1000:.0f} ms"
    )
    print(
        f"facilitator (session 1):   best {min(app) * 1000:.0f} ms, "
        f"median {statistics.median(app) * 1000:.0f} ms"
    )
    print(f"ratio (best/best): {ratio:.2f}  (target <= 1.5)  {'OK' if ratio <= 1.5 else 'OVER'}")


if __name__ == "__main__":
    main()
