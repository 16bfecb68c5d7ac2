"""The benchmark harness on a real X server: it sees both windows mapped and painted.

``bench/run.py`` relies on ``xserver.two_monitors`` (its own Xvfb on a free
display) and ``xserver.MapWatcher`` (libX11 through ctypes) for the start-up
figure on X. One launch of the bare reference program checks both; skipped
cleanly without Xvfb and xrandr.
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_bare_program_is_seen_mapped_then_painted_on_two_monitors() -> None:
    if shutil.which("Xvfb") is None or shutil.which("xrandr") is None:
        pytest.skip("Xvfb and xrandr are not installed")
    sys.path.insert(0, str(BENCH))
    try:
        import harness
        import xserver

        with xserver.two_monitors() as display:
            program = dataclasses.replace(
                harness.bare_program(), env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
            )
            with harness.Launch(program, timeout=60) as launch:
                started = launch.wait_up()
                windows = launch.watcher.windows()
                launch.finish()
    finally:
        sys.path.remove(str(BENCH))
    assert started.mapped is not None and started.painted is not None
    assert started.spawn < started.mapped <= started.painted
    # The projector window went full screen on the second monitor.
    assert (1280, 0, 1920, 1080) in windows, windows
