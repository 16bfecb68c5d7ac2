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

import os
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from facilitator.engine.timer import ThresholdFractions
from facilitator.paths import APP_NAME
from facilitator.preferences import (
    KEYS,
    VERSION_KEY,
    Preferences,
    Reset,
    read_preferences,
    stored_values,
)
from facilitator.settings_check import SetAside, check_settings_file

DEFAULT_WARNING = Preferences.warning
DEFAULT_DANGER = Preferences.danger
DEFAULT_VOLUME = Preferences.volume


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
_notices: list[SetAside] = []  # read as words when the console shows them (translated by then)


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
                _notices.append(found)
                if not found.moved:
                    # It must not be read: this run remembers in a file of its own.
                    spare = Path(tempfile.mkdtemp(prefix="facilitator-settings-")) / path.name
                    _checked[key] = str(spare)
        if _checked[key]:
            return QSettings(_checked[key], QSettings.Format.IniFormat)
    return _store(chosen)


def take_notices() -> list[str]:
    """What the settings check found since the last call (the console shows it)."""
    found = [aside.notice for aside in _notices]
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

    # --- the Preferences ----------------------------------------------------

    def preferences(self) -> tuple[Preferences, list[Reset]]:
        """The trainer's choices; the values that could not be used, reset to their defaults.

        The values reset are taken out of the store, so they are named once.
        """
        stored = {key: self.store.value(key) for key in KEYS.values() if self.store.contains(key)}
        prefs, resets = read_preferences(stored)
        for reset in resets:
            self.store.remove(KEYS[reset.name])
        return prefs, resets

    @property
    def current(self) -> Preferences:
        """The trainer's choices (broken values read as their defaults)."""
        return read_preferences(
            {key: self.store.value(key) for key in KEYS.values() if self.store.contains(key)}
        )[0]

    def save(self, prefs: Preferences) -> None:
        """Remember ``prefs`` (and the settings format they are in), on disk at once."""
        for key, value in stored_values(prefs).items():
            self.store.setValue(key, value)
        self.store.sync()

    def _change(self, **values: object) -> None:
        """Store only these preferences (others, such as the screen, are written elsewhere)."""
        stored = stored_values(replace(self.current, **values))  # type: ignore[arg-type]
        for name in values:
            self.store.setValue(KEYS[name], stored[KEYS[name]])
        self.store.setValue(VERSION_KEY, stored[VERSION_KEY])

    # --- language ------------------------------------------------------------

    @property
    def language(self) -> str:
        """The interface's language chosen in the settings; "" follows the system."""
        return self.current.language

    @language.setter
    def language(self, value: str) -> None:
        self._change(language=value)

    # --- thresholds ----------------------------------------------------------

    @property
    def fractions(self) -> ThresholdFractions:
        """Default warning and danger thresholds as fractions of a step's length."""
        prefs = self.current
        return ThresholdFractions(prefs.warning, prefs.danger)

    @fractions.setter
    def fractions(self, value: ThresholdFractions) -> None:
        warning, danger = value  # a plain (warning, danger) pair will do too
        self._change(warning=float(warning), danger=float(min(danger, warning)))

    # --- sound ---------------------------------------------------------------

    @property
    def volume(self) -> int:
        """Chime volume, 0–100."""
        return self.current.volume

    @volume.setter
    def volume(self, value: int) -> None:
        self._change(volume=int(min(100, max(0, value))))

    @property
    def muted(self) -> bool:
        """Whether the chimes are silenced."""
        return self.current.muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._change(muted=bool(value))

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
