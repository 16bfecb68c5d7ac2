"""The trainer's remembered choices (QSettings), kept out of the way of tests.

``FACILITATOR_SETTINGS`` names an INI file to use instead of the platform's
own store; under tests (``FACILITATOR_TESTING``) the INI file lives in the
data folder (``FACILITATOR_DATA_DIR``) or a per-process temporary folder, so
a test never reads or changes the real user settings.

A settings file (an INI file: the test file, ``FACILITATOR_SETTINGS``, and the
store on Linux) is checked before Qt first reads it
(:mod:`facilitator.settings_check`): a value Qt's reader could die on sets
the file aside, and the app starts with its usual settings; the notice is
kept for the console (:func:`take_notices`). The Windows registry and the
macOS property list are Qt's own formats and are not checked.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from facilitator.engine.timer import ThresholdFractions
from facilitator.paths import APP_NAME
from facilitator.settings_check import check_settings_file

DEFAULT_WARNING = 0.20
DEFAULT_DANGER = 0.10
DEFAULT_VOLUME = 70


def settings_file() -> Path | None:
    """The INI file the settings live in, or None for the platform's own store."""
    override = os.environ.get("FACILITATOR_SETTINGS")
    if override:
        return Path(override)
    if os.environ.get("FACILITATOR_TESTING"):
        data = os.environ.get("FACILITATOR_DATA_DIR")
        folder = Path(data) if data else Path(tempfile.gettempdir()) / f"facilitator-{os.getpid()}"
        return folder / "settings.ini"
    return None


_checked: dict[str, str] = {}  # settings file -> the file to read instead ("" : itself)
_notices: list[str] = []


def _store(path: Path | None) -> QSettings:
    if path is None:
        return QSettings(APP_NAME, APP_NAME)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _ini_file(path: Path | None) -> Path | None:
    """The INI file the settings live in, or None (the registry, a property list).

    Found without a QSettings: constructing one already reads its file.
    """
    if path is not None:
        return path
    if sys.platform in ("win32", "darwin"):
        return None
    # Qt's native store on Linux and the BSDs: $XDG_CONFIG_HOME/<organisation>/<app>.conf.
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / APP_NAME / f"{APP_NAME}.conf"


def open_settings() -> QSettings:
    """A QSettings on the trainer's store (or the test file), checked before Qt reads it."""
    chosen = settings_file()
    path = _ini_file(chosen)
    if path is not None:
        key = str(path)
        if key not in _checked:
            _checked[key] = ""
            found = check_settings_file(path, datetime.now())
            if found is not None:
                _notices.append(found.notice)
                if not found.moved:
                    # It must not be read: this run remembers in a file of its own.
                    spare = Path(tempfile.mkdtemp(prefix="facilitator-settings-")) / path.name
                    _checked[key] = str(spare)
        if _checked[key]:
            return QSettings(_checked[key], QSettings.Format.IniFormat)
    return _store(chosen)


def take_notices() -> list[str]:
    """What the settings check found since the last call (the console shows it)."""
    found = list(_notices)
    _notices.clear()
    return found


def forget_checks() -> None:
    """Check the settings files again at their next opening (a test's fresh start)."""
    _checked.clear()
    _notices.clear()


class ConsoleSettings:
    """Typed access to what the presenter console remembers."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_settings()

    def _float(self, key: str, default: float) -> float:
        try:
            value = float(str(self.store.value(key, default)))
        except ValueError:
            return default
        return value if math.isfinite(value) else default  # 'nan' and 'inf' parse too

    def _bool(self, key: str, default: bool) -> bool:
        value = self.store.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

    # --- thresholds ----------------------------------------------------------

    @property
    def fractions(self) -> ThresholdFractions:
        """Default warning and danger thresholds as fractions of a step's length."""
        warning = min(0.9, max(0.0, self._float("timing/warning", DEFAULT_WARNING)))
        danger = min(warning, max(0.0, self._float("timing/danger", DEFAULT_DANGER)))
        return ThresholdFractions(warning, danger)

    @fractions.setter
    def fractions(self, value: ThresholdFractions) -> None:
        warning, danger = value  # a plain (warning, danger) pair will do too
        self.store.setValue("timing/warning", warning)
        self.store.setValue("timing/danger", danger)

    # --- sound ---------------------------------------------------------------

    @property
    def volume(self) -> int:
        """Chime volume, 0–100."""
        return int(min(100, max(0, self._float("sound/volume", DEFAULT_VOLUME))))

    @volume.setter
    def volume(self, value: int) -> None:
        self.store.setValue("sound/volume", int(value))

    @property
    def muted(self) -> bool:
        """Whether the chimes are silenced."""
        return self._bool("sound/muted", False)

    @muted.setter
    def muted(self, value: bool) -> None:
        self.store.setValue("sound/muted", bool(value))

    # --- window --------------------------------------------------------------

    def blob(self, key: str) -> QByteArray | None:
        """A saved geometry or splitter state."""
        value = self.store.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        """Remember a geometry or splitter state."""
        self.store.setValue(f"window/{key}", value)

    # --- checklist ticks -----------------------------------------------------

    def ticks(self, agenda_key: str) -> set[str]:
        """The ticked checklist items of an agenda (``checklist-id/item number``)."""
        value = self.store.value(f"ticks/{_key(agenda_key)}", [])
        if isinstance(value, str):
            value = [value] if value else []
        return {str(v) for v in value} if isinstance(value, list) else set()

    def set_ticks(self, agenda_key: str, ticks: set[str]) -> None:
        """Remember the ticked checklist items of an agenda."""
        self.store.setValue(f"ticks/{_key(agenda_key)}", sorted(ticks))

    def sync(self) -> None:
        """Write to disk now."""
        self.store.sync()


def _key(text: str) -> str:
    # QSettings treats '/' and '\\' as group separators.
    return text.replace("/", "|").replace("\\", "|")
