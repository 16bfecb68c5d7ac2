"""What start-up loads, checked in a fresh interpreter (issue 14): nothing it does not need.

Not timed: each test names the modules a path must leave alone, which is what
made it slow (``bench/`` measures the time).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

HEAVY_FOR_THE_COMMAND_LINE = ("pydantic", "yaml", "PySide6", "facilitator.engine.events")

CLI = """
import contextlib, io, json, sys
from facilitator.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main({argv!r})
print(json.dumps({{"status": status, "out": out.getvalue(), "modules": sorted(sys.modules)}}))
"""


def run_fresh(script: str) -> dict[str, object]:
    """Run ``script`` in a new interpreter; it prints one JSON line last."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def loaded(modules: object, prefixes: tuple[str, ...]) -> list[str]:
    """The modules named (or inside a package named) in ``prefixes``."""
    assert isinstance(modules, list)
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["rehearse", "--help"]])
def test_help_and_version_load_no_pydantic_yaml_qt_or_events(argv: list[str]) -> None:
    result = run_fresh(CLI.format(argv=argv))
    assert result["status"] == 0
    assert "facilitator" in str(result["out"])
    assert loaded(result["modules"], HEAVY_FOR_THE_COMMAND_LINE) == []


APP = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
seen = {{}}


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            seen.setdefault(id(watched.window()), watched.window())
            shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            if "modules" not in seen and len(shown) >= 2 and all(id(w) in seen for w in shown):
                seen["modules"] = sorted(sys.modules)
                model = sys.modules.get("facilitator.agenda.model")
                seen["built"] = bool(model and model.Session.__pydantic_complete__)
                QTimer.singleShot(1500, later)
        return False


def later():
    presenter = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "presenter")
    seen["later"] = {{"chimes loaded": presenter.chimes.loaded, "modules": sorted(sys.modules)}}
    QApplication.exit(0)


watcher = FirstPaint()
app.installEventFilter(watcher)
from facilitator.cli import main

main({argv!r})
print(json.dumps({{k: seen.get(k) for k in ("modules", "later", "built")}}))
"""

# What the first paint of both windows does not need (issue 14): qtawesome and the
# Qt modules qtpy loads for it; the chimes' players; the room's dialogs (groups, deal,
# turns), opened by a command.
NOT_BEFORE_THE_FIRST_PAINT = (
    "qtawesome",
    "qtpy",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDataVisualization",
    "PySide6.QtMultimedia",
    "ctypes",
    "facilitator.ui.dialogs.room_dialogs",
)


def launch(folder: Path, *, start: bool = True) -> dict[str, object]:
    """The modules loaded when both windows of the app have painted for the first time,
    and what had loaded 1.5 s later; data, settings and caches in ``folder``; the run
    started at once (``--start``) unless ``start`` is False."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(folder / "data"),
        "FACILITATOR_SETTINGS": str(folder / "settings.ini"),
    }
    env.pop("FACILITATOR_CACHE_DIR", None)
    # The first launch quits with its run under way, which the next launch would offer
    # to resume (a dialog waiting for an answer): these launches start afresh.
    argv = ["--start", "--recover", "never"] if start else ["--recover", "never"]
    done = subprocess.run(
        [sys.executable, "-c", APP.format(argv=argv)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict) and isinstance(result["modules"], list), "never painted"
    assert "facilitator.ui.app" in result["modules"]
    return result


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One trainer's data, settings and caches for the launches of this module."""
    return tmp_path_factory.mktemp("first-paint")


@pytest.fixture(scope="module")
def started(folder: Path) -> dict[str, object]:
    """The first launch ever: nothing in the cache."""
    return launch(folder)


@pytest.fixture(scope="module")
def again(folder: Path, started: dict[str, object]) -> dict[str, object]:
    """A second launch on the same session: its checked agenda is in the cache."""
    return launch(folder)


@pytest.fixture(scope="module")
def first_paint(started: dict[str, object]) -> list[str]:
    """The modules loaded at the first paint of both windows."""
    modules = started["modules"]
    assert isinstance(modules, list)
    return modules


def test_the_first_paint_loads_no_qtawesome_nor_what_qtpy_brings(first_paint: list[str]) -> None:
    assert loaded(first_paint, NOT_BEFORE_THE_FIRST_PAINT) == []


def test_the_chimes_load_after_the_first_paint(started: dict[str, object]) -> None:
    later = started["later"]
    assert isinstance(later, dict)
    assert later["chimes loaded"] is True


# Reading and checking an agenda: YAML, the loader, the rules and pydantic's validators.
LOADING = (
    "yaml",
    "facilitator.agenda.load",
    "facilitator.agenda.yaml_source",
    "facilitator.agenda.rules",
    "facilitator.agenda.messages",
)


def test_the_first_launch_loads_and_checks_the_agenda(started: dict[str, object]) -> None:
    assert loaded(started["modules"], LOADING) != []
    assert started["built"] is True  # pydantic built the session's validator to check it


def test_the_next_launch_takes_the_checked_agenda_from_the_cache(
    again: dict[str, object],
) -> None:
    assert loaded(again["modules"], LOADING) == []
    assert loaded(again["modules"], NOT_BEFORE_THE_FIRST_PAINT) == []
    assert again["built"] is False  # no validator built at all (defer_build)


# What an agenda from the cache needs no more: the models and pydantic (its plain form).
CHECKING = ("pydantic", "pydantic_core", "facilitator.agenda.model")


def test_an_agenda_from_the_cache_paints_without_pydantic(again: dict[str, object]) -> None:
    assert loaded(again["modules"], CHECKING) == []


def test_an_agenda_from_the_cache_is_digested_without_openssl(again: dict[str, object]) -> None:
    # hashlib maps OpenSSL's libcrypto (some 3.4 MiB resident) for a few files' digests.
    assert loaded(again["modules"], ("hashlib", "_hashlib", "ssl", "secrets")) == []


# The journal's records (about 180 dataclasses): written once a run starts, read by
# recovery and the reports; the first paint of a session not yet started needs none.
RECORDS = tuple(
    f"facilitator.engine.events.{area}" for area in ("run", "session", "projector", "room", "log")
)


@pytest.fixture(scope="module")
def not_started(folder: Path, again: dict[str, object]) -> dict[str, object]:
    """A launch that waits for the trainer to start (as the benchmark's does)."""
    return launch(folder, start=False)


def test_the_first_paint_makes_none_of_the_journals_records(
    not_started: dict[str, object],
) -> None:
    assert loaded(not_started["modules"], RECORDS) == []
    assert loaded(not_started["modules"], CHECKING) == []


def test_a_started_run_makes_every_areas_records_soon_after(again: dict[str, object]) -> None:
    # Not by the first PageDown or group made: that would cost the switch a frame.
    later = again["later"]
    assert isinstance(later, dict)
    areas = tuple(f"facilitator.engine.events.{area}" for area in ("projector", "room"))
    assert loaded(later["modules"], areas) == list(areas)


# The console's tabs not seen at start: made (and their modules loaded) when first shown.
HIDDEN_TABS = ("facilitator.ui.presenter.room_panel", "facilitator.ui.presenter.wall_panel")


def test_the_hidden_tabs_load_when_first_shown(not_started: dict[str, object]) -> None:
    assert loaded(not_started["modules"], HIDDEN_TABS) == []
