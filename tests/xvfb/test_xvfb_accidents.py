"""Accidents in the room on a real X server: the keyboard and the closed projector window.

The app runs as a trainer starts it, on Xvfb with a laptop and a projector
monitor and no window manager, driven from outside with xdotool. What the
keys did is read back from the run's journal (a black screen, the title
screen and a pause are journal events), the windows from X itself.

Needs Xvfb, xrandr and xdotool (``.ci/run`` installs them); skipped cleanly without.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bench.xserver import missing_tools, two_monitors

pytestmark = pytest.mark.xvfb

WM_CLOSE = Path(__file__).with_name("wm_close.py")
PROJECTOR_TITLE = "Projector — Facilitator"
# The bundled session 1 (the app opens it without an agenda named): the console's title.
CONSOLE_TITLE = "Ontwerpen van genderbewuste outreach en curricula in STEM — Facilitator"


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


class Desktop:
    """The X display the app runs on, and xdotool."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def run(self, *args: str) -> str:
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=20)
        return done.stdout.strip()

    def focused(self) -> str:
        return self.run("xdotool", "getwindowfocus", "getwindowname")

    def window(self, title: str) -> str:
        found = self.run("xdotool", "search", "--name", f"^{title}$").split()
        return found[0] if found else ""

    def geometry(self, window: str) -> tuple[str, list[int]]:
        info = self.run("xwininfo", "-id", window)
        fields = dict(
            line.strip().split(":", 1) for line in info.splitlines() if ":" in line.strip()
        )
        numbers = [
            int(fields[name].strip())
            for name in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
        ]
        return fields["Map State"].strip(), numbers

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("xdotool", "key", key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "60", text)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[tuple[Desktop, Path]]:
    missing = [*missing_tools(), *[t for t in ("xdotool", "xwininfo") if not shutil.which(t)]]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")
    script = Path(sys.executable).parent / "facilitator"
    if not script.is_file():
        pytest.skip("no facilitator script beside this Python (not an installed environment)")
    with two_monitors() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "FACILITATOR_TESTING": "1",
            "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
            "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
        }
        app = subprocess.Popen(
            [str(script)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            yield Desktop(env), tmp_path / "data"
        finally:
            app.terminate()
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def journal_events(data: Path) -> list[str]:
    journals = sorted((data / "runs").glob("*.jsonl"))
    if not journals:
        return []
    lines = journals[-1].read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["event"] for line in lines if line.strip()]


def test_the_keyboard_and_show_projector_on_a_real_x_server(
    desktop: tuple[Desktop, Path],
) -> None:
    x, data = desktop
    assert wait_for(lambda: bool(x.window(PROJECTOR_TITLE))), "no projector window"
    projector = x.window(PROJECTOR_TITLE)
    assert wait_for(lambda: x.geometry(projector)[0] == "IsViewable")
    time.sleep(1.0)
    # The console has the keyboard at start, not the projector shown after it.
    assert x.focused() == CONSOLE_TITLE
    x.keys("space")
    assert wait_for(lambda: "run_started" in journal_events(data))
    # A search keeps its letters: no black screen (B), no title screen (T).
    x.keys("ctrl+f")
    x.type("bordt")
    x.keys("Return", "b")
    assert wait_for(lambda: "blank_changed" in journal_events(data))
    events = journal_events(data)
    assert events.count("blank_changed") == 1, events
    assert "title_screen_changed" not in events
    x.keys("b")
    # A dialog closed with Escape (no window manager hands the keys back): PageDown works.
    x.keys("ctrl+t")
    assert wait_for(lambda: x.focused().startswith("Set the remaining time"))
    x.keys("Escape")
    assert wait_for(lambda: x.focused() == CONSOLE_TITLE)
    x.keys("Next")
    assert wait_for(lambda: "item_changed" in journal_events(data))
    # Closed as a window manager closes it: hidden, and the console keeps the keys.
    subprocess.run([sys.executable, str(WM_CLOSE), projector], env=x.env, check=True)
    assert wait_for(lambda: x.geometry(projector)[0] == "IsUnMapped")
    x.keys("ctrl+shift+p")
    assert wait_for(lambda: x.geometry(projector)[0] == "IsViewable")
    time.sleep(0.5)
    _state, where = x.geometry(projector)
    assert where == [1280, 0, 1920, 1080]  # full screen on the projector again
    assert x.focused() != PROJECTOR_TITLE
    x.keys("Escape")
    assert wait_for(lambda: "session_paused" in journal_events(data))
