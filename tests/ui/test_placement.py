"""Where the real app puts its windows, on Qt's offscreen platform with one or two screens.

The offscreen platform reads its screens from a JSON file named in
``QT_QPA_PLATFORM=offscreen:configfile=…``, once, when the application
starts; so each case runs the app in a fresh interpreter. (PySide6 6.11's
offscreen plugin honours the file: the screens below are what Qt reports.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.ui.screens_process import run_on_screens

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
PROJECTOR = {
    "name": "projector",
    "x": 1366,
    "y": 0,
    "width": 1920,
    "height": 1080,
    "logicalDpi": 96,
}

SCRIPT = r"""
import json
from tests.ui.screens_process import run_on_screens
from PySide6.QtWidgets import QApplication

app = QApplication([])
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp

facilitator = FacilitatorApp(AppOptions(), load_agenda(default_agenda()))
facilitator.show()
for _ in range(10):
    app.processEvents()
projector, presenter = facilitator.projector, facilitator.presenter
geometry = projector.geometry()
print(json.dumps({
    "screens": [[s.name(), *s.geometry().getRect()] for s in app.screens()],
    "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
    "full_screen": projector.isFullScreen(),
    "visible": projector.isVisible(),
    "screen": projector.screen().name(),
    "presenter_screen": presenter.screen().name(),
    "presenter_visible": presenter.isVisible(),
}))
facilitator.controller.shutdown()
"""


def run_app(tmp_path: Path, screens: list[dict[str, object]]) -> dict[str, Any]:
    return run_on_screens(tmp_path, SCRIPT, screens)


def test_with_two_screens_the_projector_is_full_screen_on_the_other_one(tmp_path: Path) -> None:
    placed = run_app(tmp_path, [LAPTOP, PROJECTOR])
    # The offscreen platform really has the two screens of the file.
    assert placed["screens"] == [["laptop", 0, 0, 1366, 768], ["projector", 1366, 0, 1920, 1080]]
    assert placed["presenter_screen"] == "laptop" and placed["presenter_visible"]
    assert placed["screen"] == "projector"
    assert placed["full_screen"] and placed["visible"]
    assert placed["geometry"] == [1366, 0, 1920, 1080]


def test_with_one_screen_the_projector_is_an_ordinary_window(tmp_path: Path) -> None:
    placed = run_app(tmp_path, [LAPTOP])
    assert placed["screens"] == [["laptop", 0, 0, 1366, 768]]
    assert placed["presenter_screen"] == "laptop"
    assert placed["screen"] == "laptop"
    assert placed["visible"] and not placed["full_screen"]
    x, y, width, height = placed["geometry"]
    # 16:9, over the console's projector preview (issue 13: no longer in the bottom-right
    # corner, where it covered "Next on the projector"; see the test below), inside the screen.
    assert abs(width * 9 - height * 16) <= 32
    assert x >= 0 and x + width <= 1366 and y >= 0 and y + height <= 768
    assert x > 1366 // 2


ONE_SCREEN_SPOT = r"""
import json
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

app = QApplication([])
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp

facilitator = FacilitatorApp(AppOptions(), load_agenda(default_agenda()))
facilitator.show()
for _ in range(10):
    app.processEvents()
presenter, projector = facilitator.presenter, facilitator.projector

def on_screen(widget):
    return [*QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()).getRect()]

def parts():
    return {
        "projector": [*projector.geometry().getRect()],
        "miniature": on_screen(presenter.preview.miniature),
        "essential": [
            on_screen(w) for w in (
                presenter.preview.next_miniature, presenter.preview.next_item_label,
                presenter.preview.projected_label, presenter.countdown, presenter.tabs,
                presenter.step_list, presenter.session_bar,
            )
        ],
    }
first = parts()
presenter.splitter.setSizes([300, 500, 460])  # the trainer widens the preview column
for _ in range(10):
    app.processEvents()
followed = parts()
projector.move(projector.x() - 300, projector.y() + 200)  # the trainer moves the window
for _ in range(5):
    app.processEvents()
moved = [*projector.geometry().getRect()]
presenter.splitter.setSizes([380, 540, 340])
for _ in range(10):
    app.processEvents()
print(json.dumps({"first": first, "followed": followed, "moved": moved,
                  "after": [*projector.geometry().getRect()]}))
facilitator.controller.shutdown()
"""


def _run(tmp_path: Path, script: str, screens: list[dict[str, object]]) -> dict[str, Any]:
    return run_on_screens(tmp_path, script, screens)


def _overlap(a: list[int], b: list[int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def test_with_one_screen_the_projector_covers_only_the_consoles_copy_of_it(
    tmp_path: Path,
) -> None:
    result = _run(tmp_path, ONE_SCREEN_SPOT, [LAPTOP])
    first = result["first"]
    # Exactly over "On the projector now", which shows the same picture...
    assert first["projector"] == first["miniature"]
    # ... and clear of everything else a trainer reads: next item, countdown, steps, reference.
    assert not any(_overlap(first["projector"], part) for part in first["essential"])
    # It follows the miniature while the trainer leaves it where it was put.
    followed = result["followed"]
    assert followed["projector"] == followed["miniature"] != first["miniature"]
    assert not any(_overlap(followed["projector"], part) for part in followed["essential"])
    # Moved by the trainer, it stays where they put it.
    assert result["after"] == result["moved"]


ONE_SCREEN_BANNER = (
    ONE_SCREEN_SPOT.split("first = parts()")[0]
    + r"""
first = parts()
facilitator.controller.start()
for name in ("remove_minute", "remove_minute", "plan_catchup"):
    presenter.actions_by_name[name].trigger()  # the catch-up banner above the panes
for _ in range(10):
    app.processEvents()
banner = presenter.catchup
print(json.dumps({"first": first, "banner": parts(), "shown": banner.isVisible(),
                  "buttons": [on_screen(b) for b in banner.buttons]}))
facilitator.controller.shutdown()
"""
)


def test_with_one_screen_the_projector_moves_down_with_the_miniature_under_a_banner(
    tmp_path: Path,
) -> None:
    result = _run(tmp_path, ONE_SCREEN_BANNER, [LAPTOP])
    assert result["shown"]
    shown = result["banner"]
    assert shown["miniature"] != result["first"]["miniature"]  # the banner moved it down
    assert shown["projector"] == shown["miniature"]
    # The banner's Accept and Dismiss stay in view, not under the projector window.
    for part in (*shown["essential"], *result["buttons"]):
        assert not _overlap(shown["projector"], part), (shown["projector"], part)


LAUNCH = r"""
import json, sys
from PySide6.QtWidgets import QApplication

app = QApplication([])
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.paths import default_agenda
from facilitator.ui.app import FacilitatorApp

facilitator = FacilitatorApp(AppOptions(), load_agenda(default_agenda()))
facilitator.show()
for _ in range(10):
    app.processEvents()
presenter = facilitator.presenter
seen = {"maximized": presenter.isMaximized(), "geometry": [*presenter.geometry().getRect()]}
if sys.argv[1] == "unmaximise":
    presenter.showNormal()
    presenter.setGeometry(100, 80, 1000, 640)
    for _ in range(10):
        app.processEvents()
presenter.confirm_quit = False
presenter.close()
facilitator.controller.shutdown()
print(json.dumps(seen))
"""


def test_the_console_opens_maximised_then_exactly_where_it_was_left(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [LAPTOP]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }

    def launch(then: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-c", LAUNCH, then],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert done.returncode == 0, done.stderr
        seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return seen

    first = launch("unmaximise")
    # A first start: the laptop's whole screen.
    x, y, width, height = first["geometry"]
    assert first["maximized"]
    assert x >= 0 and y >= 0 and x + width <= 1366 and y + height <= 768
    assert width >= 1366 - 8 and height >= 768 - 8  # all of it but the window's frame
    # Then where the trainer left it, launch after launch: no wandering.
    for _ in range(3):
        assert launch("keep") == {"maximized": False, "geometry": [100, 80, 1000, 640]}
