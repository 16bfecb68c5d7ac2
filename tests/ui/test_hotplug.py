"""Placement on Qt's offscreen platform configured with several screens.

Each scenario runs in a fresh interpreter: the screens of the offscreen
platform are fixed when the application starts (``-platform
offscreen:configfile=screens.json``). The offscreen platform cannot unplug a
screen at run time, so hot-plug is driven here through the placement's
``screens`` source and the very handler Qt's ``screenRemoved`` /
``screenAdded`` call; ``tests/xvfb/`` unplugs a real RandR monitor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect

from tests.ui.screens_process import run_on_screens

SCREENS: dict[str, Any] = {
    "screens": [
        {"name": "LAPTOP", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBpp": 32},
        {"name": "BEAMER", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBpp": 32},
        {"name": "TV", "x": 3286, "y": 0, "width": 1280, "height": 720,
         "logicalDpi": 96, "logicalBpp": 32},
    ]
}  # fmt: skip

DRIVER = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from facilitator.ui.placement import ProjectorPlacement, REPLACE_DELAY_MS
from facilitator.ui.projector.settings import PROJECTOR_SCREEN, write_text

scenario = sys.argv[1]
app = QApplication(sys.argv[:1])
screens = {s.name(): s for s in app.screens()}
if scenario == "remembered":
    write_text(PROJECTOR_SCREEN, "TV")
present = list(app.screens())
presenter = QMainWindow()
laptop = screens["LAPTOP"]
presenter.setScreen(laptop)
presenter.setGeometry(laptop.availableGeometry().adjusted(20, 20, -20, -20))
presenter.show()
projector = QWidget()
placement = ProjectorPlacement(presenter, projector, screens=lambda: present)

def settle():
    for _ in range(5):
        app.processEvents()

def state():
    settle()
    screen = projector.screen()
    return {
        "full": projector.isFullScreen(),
        "visible": projector.isVisible(),
        "screen": screen.name() if screen else None,
        "geometry": [projector.x(), projector.y(), projector.width(), projector.height()],
        "presenter": presenter.screen().name(),
    }

def replug(names):
    present[:] = [screens[n] for n in names]
    placement._on_screens_changed(screens[names[0]])  # what screenAdded/Removed call
    import time
    time.sleep((REPLACE_DELAY_MS + 30) / 1000)
    settle()

out = {}
placement.place()
out["start"] = state()
if scenario == "hotplug":
    replug(["LAPTOP"])
    out["unplugged"] = state()
    replug(["LAPTOP", "BEAMER", "TV"])
    out["replugged"] = state()
if scenario == "move-once":
    placement.move_to_next_screen()
    out["moved"] = state()
if scenario == "move":
    placement.move_to_next_screen()
    out["moved"] = state()
    placement.move_to_next_screen()
    out["moved_again"] = state()
if scenario == "swap":
    placement.swap()
    out["swapped"] = state()
if scenario == "one-screen":
    pass
print(json.dumps(out))
"""


def _run(tmp_path: Path, scenario: str, screens: dict[str, Any] = SCREENS) -> dict[str, Any]:
    return run_on_screens(tmp_path, DRIVER, screens["screens"], scenario)


BEAMER = [1366, 0, 1920, 1080]
TV = [3286, 0, 1280, 720]


def test_full_screen_on_the_largest_screen_that_is_not_the_presenters(tmp_path: Path) -> None:
    start = _run(tmp_path, "start")["start"]
    assert start["full"] and start["visible"]
    assert start["screen"] == "BEAMER" and start["geometry"] == BEAMER
    assert start["presenter"] == "LAPTOP"


def test_the_screen_remembered_by_name_wins(tmp_path: Path) -> None:
    start = _run(tmp_path, "remembered")["start"]
    assert start["full"] and start["screen"] == "TV" and start["geometry"] == TV


def test_the_screen_chosen_is_remembered_for_next_time(tmp_path: Path) -> None:
    assert _run(tmp_path, "move-once")["moved"]["screen"] == "TV"
    assert "screen=TV" in (tmp_path / "settings.ini").read_text()
    again = _run(tmp_path, "start")["start"]  # the next run of the app
    assert again["full"] and again["screen"] == "TV"


def test_move_to_next_screen_cycles_the_screens_the_presenter_is_not_on(tmp_path: Path) -> None:
    result = _run(tmp_path, "move")
    assert result["moved"]["screen"] == "TV" and result["moved"]["geometry"] == TV
    assert result["moved"]["full"]
    assert result["moved_again"]["screen"] == "BEAMER"
    assert result["moved_again"]["geometry"] == BEAMER


def test_swap_exchanges_the_presenter_and_projector_screens(tmp_path: Path) -> None:
    swapped = _run(tmp_path, "swap")["swapped"]
    assert swapped["presenter"] == "BEAMER"
    assert swapped["full"] and swapped["screen"] == "LAPTOP"
    assert swapped["geometry"] == [0, 0, 1366, 768]


def test_one_screen_gives_a_normal_window(tmp_path: Path) -> None:
    one: dict[str, Any] = {"screens": [SCREENS["screens"][0]]}
    start = _run(tmp_path, "one-screen", one)["start"]
    assert not start["full"] and start["visible"]
    x, y, width, height = start["geometry"]
    assert QRect(0, 0, 1366, 768).contains(QRect(x, y, width, height))


def test_hotplug_unplugged_window_then_back_full_screen(tmp_path: Path) -> None:
    result = _run(tmp_path, "hotplug")
    assert result["start"]["screen"] == "BEAMER" and result["start"]["full"]
    unplugged = result["unplugged"]
    assert not unplugged["full"] and unplugged["visible"]
    x, y, width, height = unplugged["geometry"]
    assert QRect(0, 0, 1366, 768).contains(QRect(x, y, width, height))
    replugged = result["replugged"]
    assert replugged["full"] and replugged["screen"] == "BEAMER"
    assert replugged["geometry"] == BEAMER
