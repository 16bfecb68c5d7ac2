"""Every window the app maps carries our icon and names our desktop entry (a real X server).

Under Xvfb the app is started as the menu entry starts it (the environment's
``facilitator`` script); each visible top-level window must have an icon
(``_NET_WM_ICON``, which Qt fills from the application's window icon), the
desktop file name ``facilitator`` (``_KDE_NET_WM_DESKTOP_FILE``, as Wayland's
app id) and the WM_CLASS that the entry's ``StartupWMClass`` names.

Needs Xvfb, xdotool and xprop (``.ci/run`` installs them); skipped cleanly without.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.desktop_entry import APP_ID

pytestmark = pytest.mark.xvfb

DISPLAY = ":92"


def _visible_windows(env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )
    return done.stdout.split()


def _property(env: dict[str, str], window: str, name: str, *format_: str) -> str:
    done = subprocess.run(
        ["xprop", "-id", window, "-notype", *format_, name],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )
    return done.stdout.strip()


def test_every_window_has_the_icon_and_the_desktop_entrys_name(tmp_path: Path) -> None:
    for tool in ("Xvfb", "xdotool", "xprop"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    if Path(f"/tmp/.X{DISPLAY[1:]}-lock").exists():
        pytest.skip(f"display {DISPLAY} is in use")
    script = Path(sys.executable).parent / "facilitator"
    if not script.is_file():
        pytest.skip("no facilitator script beside this Python (not an installed environment)")
    server = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1600x900x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        **os.environ,
        "DISPLAY": DISPLAY,
        "QT_QPA_PLATFORM": "xcb",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(tmp_path),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    app = None
    try:
        app = subprocess.Popen(
            [str(script), "--quit-after", "30"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        windows: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(windows) < 2:
            time.sleep(0.2)
            windows = _visible_windows(env)
        assert len(windows) >= 2, "the presenter and the projector window were not both mapped"
        for window in windows:
            title = _property(env, window, "WM_NAME")
            # The icon's first image, by its size (the pixels follow).
            icon = _property(env, window, "_NET_WM_ICON", "-f", "_NET_WM_ICON", "32c", " = $0x$1")
            assert icon == "_NET_WM_ICON = 16x16", title
            desktop = _property(env, window, "_KDE_NET_WM_DESKTOP_FILE")
            assert desktop == f'_KDE_NET_WM_DESKTOP_FILE = "{APP_ID}"', title
            wm_class = _property(env, window, "WM_CLASS")
            assert wm_class == f'WM_CLASS = "{APP_ID}", "Facilitator"', title
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=20)
        server.terminate()
        server.wait(timeout=10)
