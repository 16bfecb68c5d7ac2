"""A damaged settings file never keeps the app from starting: it is set aside, with a notice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.ui.settings import ConsoleSettings, open_settings, take_notices
from tests.test_settings_check import FATAL
from tests.ui.console_fixtures import Console, console_factory, tmp_settings

__all__ = ["console_factory", "tmp_settings"]

READ_EVERY_KEY = """\
import sys
from PySide6.QtCore import QCoreApplication, QSettings
app = QCoreApplication(sys.argv[:1])
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
print(len(settings.allKeys()))
"""


def damaged(path: Path, value: str = FATAL[0]) -> str:
    text = f"[sound]\nvolume=40\n\n[window]\nstate={value}\n"
    path.write_text(text, encoding="utf-8")
    return text


def test_qt_itself_dies_reading_such_a_file(tmp_path: Path) -> None:
    """The hazard: Qt's INI reader ends the process (std::bad_alloc), no exception to catch."""
    path = tmp_path / "settings.ini"
    for value in FATAL:
        damaged(path, value)
        done = subprocess.run(
            [sys.executable, "-c", READ_EVERY_KEY, str(path)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            timeout=60,
        )
        assert done.returncode != 0, done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundled session's fonts")
def test_the_app_starts_and_sets_the_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    text = damaged(path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_SETTINGS": str(path),
        "FACILITATOR_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "--quit-after", "1", "--recover", "never"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    kept = list(tmp_path.glob("settings-damaged-*.ini"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == text  # nothing of it lost
    assert path.exists()  # a fresh one: the layout saved on the way out
    assert "@Variant" not in path.read_text(encoding="utf-8")


def test_the_console_says_what_happened(
    tmp_settings: Path, console_factory: Callable[..., Console]
) -> None:
    damaged(tmp_settings)
    console = console_factory()
    notice = console.window.notice
    assert notice.isVisibleTo(console.window) and notice.kind == "error"
    text = notice.label.text()
    assert text.startswith("Facilitator's settings file could not be used (line 5 holds")
    assert "The old file is kept beside it as settings-damaged-" in text
    assert console.settings.volume == 70  # the usual settings, not the damaged file's 40


def test_a_file_that_cannot_be_moved_is_not_read(
    tmp_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged(tmp_settings)

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    store = open_settings()
    assert Path(store.fileName()) != tmp_settings
    assert ConsoleSettings(store).volume == 70
    notices = take_notices()
    assert len(notices) == 1
    assert "could not be moved aside" in notices[0]
    assert tmp_settings.exists()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the registry, a property list")
def test_the_native_store_is_the_file_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from facilitator.paths import APP_NAME
    from facilitator.ui.settings import _ini_file

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert _ini_file(None) == Path(QSettings(APP_NAME, APP_NAME).fileName())
