"""Run inside a real X server (Xvfb with two RandR monitors): place the projector,
unplug its monitor with ``xrandr --delmonitor``, plug it back with
``xrandr --setmonitor``, and print what happened as JSON.

Started by ``tests/xvfb/test_xvfb_hotplug.py`` with ``QT_QPA_PLATFORM=xcb``.
Arguments: the projector monitor's name and its ``xrandr --setmonitor``
geometry.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow

from facilitator.agenda.load import load_agenda
from facilitator.engine.clock import FakeClock
from facilitator.paths import default_agenda
from facilitator.ui.controller import SessionController
from facilitator.ui.placement import ProjectorPlacement
from facilitator.ui.projector.window import ProjectorWindow


def wait_for(app: QApplication, condition: Callable[[], bool], timeout: float = 8.0) -> bool:
    """Process events until ``condition`` holds (True) or ``timeout`` seconds pass (False)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            # Let the window system settle, then check again.
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)
            if condition():
                return True
        time.sleep(0.02)
    return False


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main() -> int:
    name, geometry = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    events: list[str] = []
    app.screenAdded.connect(lambda s: events.append(f"added {s.name()}"))
    app.screenRemoved.connect(lambda s: events.append(f"removed {s.name()}"))
    screens = {s.name(): s for s in app.screens()}
    laptop = next(s for n, s in screens.items() if n != name)
    clock = FakeClock()
    controller = SessionController(load_agenda(default_agenda()), clock)
    presenter = QMainWindow()  # stands in for the presenter window: only its screen matters
    presenter.setWindowTitle("presenter")
    presenter.setScreen(laptop)
    presenter.setGeometry(laptop.availableGeometry().adjusted(40, 40, -40, -40))
    presenter.show()
    projector = ProjectorWindow(controller)
    placement = ProjectorPlacement(presenter, projector, remember=False)
    placement.place()
    controller.start()
    clock.advance(65 * 1_000_000_000)
    controller.projector.next_item()
    before = (controller.run.index, controller.run.item_index, controller.snapshot().remaining)

    def on(screen_name: str) -> Callable[[], bool]:
        def check() -> bool:
            screen = next((s for s in app.screens() if s.name() == screen_name), None)
            return (
                screen is not None
                and projector.isFullScreen()
                and projector.geometry() == screen.geometry()
                and projector.isVisible()
            )

        return check

    def windowed() -> bool:
        area = laptop.geometry()
        return (
            not projector.isFullScreen()
            and projector.isVisible()
            and area.contains(projector.geometry())
            and len(app.screens()) == 1
        )

    result: dict[str, object] = {"screens": sorted(screens)}
    result["placed"] = wait_for(app, on(name))
    result["placed_geometry"] = rect(projector.geometry())
    subprocess.run(["xrandr", "--delmonitor", name], check=True)
    result["unplugged_windowed"] = wait_for(app, windowed)
    result["unplugged_geometry"] = rect(projector.geometry())
    result["screens_after_unplug"] = [s.name() for s in app.screens()]
    after = (controller.run.index, controller.run.item_index, controller.snapshot().remaining)
    result["session_kept"] = before == after and controller.run.state.value == "running"
    subprocess.run(["xrandr", "--setmonitor", name, geometry, "none"], check=True)
    result["replugged_fullscreen"] = wait_for(app, on(name))
    result["replugged_geometry"] = rect(projector.geometry())
    result["events"] = events
    result["slide_kept"] = projector.canvas.slide == controller.projector.current_slide()
    print(json.dumps(result))
    controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
