"""The app started with ``--participants --listen 127.0.0.1`` prints where phones join, and
a phone's request to that address is answered while the session runs."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path


def test_the_app_prints_the_join_address_it_really_listens_on(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_TESTING": "1",
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
        "FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    args = ["--participants", "--listen", "127.0.0.1", "--start", "--quit-after", "8"]
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", *args, "--recover", "never"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("join: http://127.0.0.1:"), line
        url = line.removeprefix("join: ")
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only
        with direct.open(url, timeout=10) as answer:
            page = answer.read().decode()
            assert answer.status == 200
            assert answer.headers["Cache-Control"] == "no-store"
        assert 'id="note-form"' in page
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
