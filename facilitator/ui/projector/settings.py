"""The few things the projector remembers between runs (QSettings).

The trainer's name (for the title screen) and, by name, the screen the
projector window was last on. They live in the app's one settings store
(:func:`facilitator.ui.settings.open_settings`), which tests redirect to an
INI file of their own (``FACILITATOR_SETTINGS`` / ``FACILITATOR_TESTING``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator.ui.settings import open_settings

TRAINER_NAME = "trainer/name"
PROJECTOR_SCREEN = "projector/screen"


def app_settings() -> QSettings:
    """The app's settings store."""
    return open_settings()


def read_text(key: str, default: str = "") -> str:
    """A text setting (a missing or odd value gives ``default``)."""
    value = app_settings().value(key, default)
    return value if isinstance(value, str) else default


def write_text(key: str, value: str) -> None:
    """Store a text setting at once."""
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()
