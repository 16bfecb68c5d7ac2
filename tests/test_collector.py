"""Start-up's objects set aside from the cycle collector, once (in a fresh interpreter:
freezing the test process itself would keep its later garbage)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FRESH = """
import gc
from facilitator import collector
assert not collector.start_up_set_aside()
assert gc.get_freeze_count() == 0
kept = [object() for _ in range(10)]
assert collector.set_start_up_aside()
assert collector.start_up_set_aside()
frozen = gc.get_freeze_count()
assert frozen > 1000, frozen
more = [[] for _ in range(10)]
assert not collector.set_start_up_aside()  # once only: what came later stays collectable
assert gc.get_freeze_count() == frozen
print("ok")
"""

APP = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from facilitator import collector
from facilitator.agenda.load import load_agenda
from facilitator.cli import AppOptions
from facilitator.paths import default_agenda
from facilitator.ui.app import START_UP_SETTLED_MS, FacilitatorApp
path = default_agenda()
facilitator = FacilitatorApp(AppOptions(agenda=path), load_agenda(path))
facilitator.show()
shown = time.monotonic()
while not facilitator.first_paint.done and time.monotonic() - shown < 10:
    app.processEvents()
painted = time.monotonic()
assert not collector.start_up_set_aside()  # not before the first paint's second is over
while not collector.start_up_set_aside() and time.monotonic() - painted < 10:
    app.processEvents()
    time.sleep(0.01)
waited = (time.monotonic() - painted) * 1000
assert collector.start_up_set_aside()
assert waited >= START_UP_SETTLED_MS * 0.9, waited
facilitator.presenter.confirm_quit = False
facilitator.presenter.close()
facilitator.projector.close()
facilitator.controller.shutdown()
print("ok")
"""


def _run(script: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_start_up_is_set_aside_once() -> None:
    assert _run(FRESH) == "ok"


def test_the_app_sets_start_up_aside_a_second_after_its_first_paint(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["FACILITATOR_DATA_DIR"] = str(tmp_path / "data")
    env["FACILITATOR_SETTINGS"] = str(tmp_path / "settings.ini")
    assert _run(APP, env) == "ok"
