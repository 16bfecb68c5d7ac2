"""What the app holds 2 s after its first paint, checked in a fresh interpreter (issue 14).

Resident memory 5 s after start is a benchmark figure (``bench/cpu.py``);
these tests name what must not be resident by then, which is what made it
large. Not timed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

APP = """
import json, linecache, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
seen = {{}}


def libraries():
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            return sorted({{line.split()[-1].rsplit("/", 1)[-1] for line in maps if "/" in line}})
    except OSError:
        return None


def later():
    presenter = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "presenter")
    seen["later"] = {{
        "modules": sorted(sys.modules),
        "libraries": libraries(),
        "source files kept": sorted(linecache.cache),
        "chimes": {{"loaded": presenter.chimes.loaded, "problem": presenter.chimes.problem}},
    }}
    QApplication.exit(0)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            seen.setdefault(id(watched.window()), watched.window())
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            if "painted" not in seen and len(shown) >= 2 and all(id(w) in seen for w in shown):
                seen["painted"] = True
                QTimer.singleShot(2000, later)
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)
from facilitator.cli import main

main({argv!r})
print(json.dumps(seen.get("later")))
"""


@pytest.fixture(scope="module")
def after(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What the app (session 1, ``--start``) holds 2 s after both windows painted."""
    folder = tmp_path_factory.mktemp("after-paint")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(folder / "data"),
        "FACILITATOR_SETTINGS": str(folder / "settings.ini"),
        # No session bus nor sound server of the machine's: a bare X server's or CI's.
        "XDG_RUNTIME_DIR": str(folder / "runtime"),
    }
    for name in ("DBUS_SESSION_BUS_ADDRESS", "PULSE_SERVER"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", APP.format(argv=["--start", "--recover", "never"])],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict), "never painted"
    assert "facilitator.ui.app" in result["modules"]
    return result


def test_no_module_s_source_lines_are_kept(after: dict[str, object]) -> None:
    # PySide's import hook read every module imported after it (about 230 files,
    # 9 MiB of lines) through linecache. Here PySide is imported first, as in the
    # benchmarks: facilitator's package replaces the hook's check as it is imported;
    # the few other files are what the script and PySide read themselves.
    kept = after["source files kept"]
    assert isinstance(kept, list)
    package = ROOT / "facilitator"
    ours = sorted(
        Path(path).relative_to(package).as_posix()
        for path in kept
        if Path(path).is_relative_to(package)
    )
    # Read while the package replaced the check (the hook reads a module as it starts).
    assert set(ours) <= {"__init__.py", "ui/__init__.py", "ui/pyside_import_hook.py"}, ours
    assert len(kept) <= 20, kept  # about 230 before


# Loaded on first use, not by 2 s after the first paint: the chimes' players and the
# libraries under them (PulseAudio's, with its codecs'; QtMultimedia with FFmpeg), the
# participants' server (Qt's network and WebSocket modules), printing and the editor;
# QtSvg and its icon plugin (the window icon is painted: ui/app_icon.py).
NOT_RESIDENT_MODULES = (
    "PySide6.QtSvg",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "PySide6.QtWebSockets",
    "PySide6.QtHttpServer",
    "PySide6.QtPrintSupport",
    "PySide6.QtPdf",
    "facilitator.ui.participants.server",
    "facilitator.ui.printing",
    "facilitator.ui.editor",
    "facilitator.reports",
)
NOT_RESIDENT_LIBRARIES = (
    "libpulse",
    "libsndfile",
    "libQt6Multimedia",
    "libavcodec",
    "libQt6Network",
    "libQt6Svg",
    "libqsvgicon",
)


def test_what_the_first_minutes_do_not_need_is_not_loaded(after: dict[str, object]) -> None:
    modules = after["modules"]
    assert isinstance(modules, list)
    assert [
        m for m in modules if any(m == p or m.startswith(p + ".") for p in NOT_RESIDENT_MODULES)
    ] == []
    libraries = after["libraries"]
    if libraries is None:
        pytest.skip("no /proc/self/maps here")
    assert isinstance(libraries, list)
    assert [lib for lib in libraries if lib.startswith(NOT_RESIDENT_LIBRARIES)] == []


def test_without_a_session_bus_qtdbus_is_not_loaded(after: dict[str, object]) -> None:
    # The run is started (--start): the screensaver would be held off through QtDBus.
    if Path(f"/run/user/{os.getuid()}/bus").exists():
        pytest.skip("this machine's session bus is found by its socket")
    modules = after["modules"]
    assert isinstance(modules, list)
    assert "PySide6.QtDBus" not in modules


def test_the_chimes_status_is_known_without_their_library(after: dict[str, object]) -> None:
    chimes = after["chimes"]
    assert isinstance(chimes, dict)
    assert chimes["loaded"] is True  # "chimes on" or "sound unavailable" is shown
