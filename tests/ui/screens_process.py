"""Running a script of the app in a fresh interpreter on screens of our choosing.

The offscreen platform fixes its screens when the application starts
(``offscreen:configfile=screens.json``), so each placement scenario gets a process of its
own; the script prints its findings as JSON on its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_on_screens(
    tmp_path: Path, script: str, screens: list[dict[str, object]], *args: str
) -> dict[str, Any]:
    """Run ``python -c script args…`` with these screens and a data folder and settings file
    of its own under ``tmp_path``; the JSON object of its last line of output."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
