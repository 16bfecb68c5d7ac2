"""Hot-plug on a real X server: Xvfb with two RandR monitors made with
``xrandr --setmonitor``; the projector's monitor is removed with
``xrandr --delmonitor`` and added again while the session runs.

Needs Xvfb and xrandr (``.ci/run`` installs them); skipped cleanly without.
The X server runs with ``-noreset``: otherwise it resets, forgetting the
monitors, whenever its last client disconnects (between two xrandr calls).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

DISPLAY = ":91"
LAPTOP = "1366/361x768/203+0+0"
BEAMER = "1920/508x1080/286+1366+0"
DRIVER = Path(__file__).with_name("hotplug_driver.py")


def _xrandr(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["xrandr", *args], env=env, check=True, capture_output=True, text=True, timeout=20
    ).stdout


@pytest.fixture
def two_monitors() -> Iterator[dict[str, str]]:
    """An Xvfb display 3286x1080 split into LAPTOP (1366x768) and BEAMER (1920x1080)."""
    if shutil.which("Xvfb") is None or shutil.which("xrandr") is None:
        pytest.skip("Xvfb and xrandr are not installed")
    if Path(f"/tmp/.X{DISPLAY[1:]}-lock").exists():
        pytest.skip(f"display {DISPLAY} is in use")
    server = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "3286x1080x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "DISPLAY": DISPLAY}
    try:
        for _ in range(100):
            if subprocess.run(["xrandr", "-q"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        else:
            pytest.fail("Xvfb did not start")
        # LAPTOP takes over the screen's only output; BEAMER is a monitor of its own.
        _xrandr(env, "--setmonitor", "LAPTOP", LAPTOP, "screen")
        _xrandr(env, "--setmonitor", "BEAMER", BEAMER, "none")
        monitors = _xrandr(env, "--listmonitors")
        assert "LAPTOP" in monitors and "BEAMER" in monitors, monitors
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_projector_survives_unplug_and_returns_full_screen(
    two_monitors: dict[str, str], tmp_path: Path
) -> None:
    env = {
        **two_monitors,
        "QT_QPA_PLATFORM": "xcb",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(tmp_path),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    done = subprocess.run(
        [sys.executable, str(DRIVER), "BEAMER", BEAMER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["screens"] == ["BEAMER", "LAPTOP"]
    # Start: full screen on the beamer, the screen that is not the presenter's.
    assert result["placed"], result
    assert result["placed_geometry"] == [1366, 0, 1920, 1080]
    # Unplugged: a normal window on the laptop's screen; the session ran on untouched.
    assert result["unplugged_windowed"], result
    assert result["screens_after_unplug"] == ["LAPTOP"]
    assert result["session_kept"] and result["slide_kept"]
    # Plugged back in: full screen there again (Qt would not move it back by itself).
    assert result["replugged_fullscreen"], result
    assert result["replugged_geometry"] == [1366, 0, 1920, 1080]
    assert result["events"] == ["removed BEAMER", "added BEAMER"]
