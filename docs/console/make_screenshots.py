"""Make the presenter console screenshots in docs/console (three states, two sizes).

Run from the repository root: ``python docs/console/make_screenshots.py``.
Time is a FakeClock, so the states are exact: before the start; step 3
(25 min) in its warning phase with the session 4 min late and the catch-up
offer showing; step 4 in overtime.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

# A full-HD laptop screen, so that the console can take either size (a window is kept
# within its screen) and a projector beside it.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile="
    + str(Path(__file__).resolve().parents[1] / "screens" / "full-hd-laptop.json"),
)
os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-shots-"))
os.environ.setdefault(
    "FACILITATOR_SETTINGS", os.path.join(os.environ["FACILITATOR_DATA_DIR"], "s.ini")
)

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.engine.clock import MINUTE, SECOND, FakeClock
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp

OUT = Path(__file__).resolve().parent
SIZES = ((1366, 768), (1920, 1080))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, width: int, height: int) -> None:
    clock = FakeClock(1_000 * SECOND)
    facilitator = FacilitatorApp(AppOptions(), load_agenda(default_agenda()), clock=clock)
    controller = facilitator.controller
    # A fixed time of day that moves with the FakeClock: the session starts at 9:00.
    nine = datetime(2026, 5, 4, 9, 0)
    controller._wall = lambda: nine + timedelta(microseconds=(clock.now() - 1_000 * SECOND) // 1000)
    presenter = facilitator.presenter
    presenter.confirm_quit = False
    facilitator.show()
    presenter.showNormal()  # the console opens maximised on its screen: this size instead
    presenter.resize(width, height)
    facilitator.projector.resize(1280, 720)
    settle(app)

    def save(name: str) -> None:
        controller.refresh()
        settle(app)
        presenter.grab().save(str(OUT / f"{name}-{width}x{height}.png"))

    save("before-start")
    controller.start()
    clock.advance(12 * MINUTE)  # step 1: 10 min planned
    controller.next_step()
    clock.advance(17 * MINUTE)  # step 2: 15 min planned -> 4 min late
    controller.next_step()
    controller.projector.next_item()
    clock.advance(21 * MINUTE + 20 * SECOND)  # step 3: 25 min, 3:40 left: warning
    save("warning")
    # The reference tab, searched, with two checklist items ticked.
    presenter.commands.find_reference()
    presenter.reference.search.setText("before training")
    for item in presenter.reference._entries():
        if str(item.data(0, 257) or "").endswith(("/1", "/2")) and "voor" in str(item.data(0, 257)):
            item.setCheckState(0, Qt.CheckState.Checked)
    presenter.reference.search.setText("komm mint")
    save("reference")
    presenter.reference.search.setText("")
    presenter.tabs.setCurrentIndex(0)
    presenter.commands.dismiss_catchup()
    controller.next_step()
    clock.advance(17 * MINUTE + 10 * SECOND)  # step 4: 15 min -> 2:10 over
    save("overtime")
    presenter.close()
    facilitator.projector.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    for width, height in SIZES:
        shoot(app, width, height)
    print("\n".join(sorted(str(p) for p in OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
