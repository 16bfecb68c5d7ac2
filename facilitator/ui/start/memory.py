"""The last session used, remembered between starts (QSettings), for ``facilitator`` alone."""

from __future__ import annotations

from pathlib import Path

from facilitator.ui.settings import open_settings

LAST_SESSION = "sessions/last"


def remember_session(path: Path) -> None:
    """Remember ``path`` as the session to open at the next start."""
    open_settings().setValue(LAST_SESSION, str(path))


def last_session() -> Path | None:
    """The session used last, if it still exists."""
    value = open_settings().value(LAST_SESSION, "")
    if not isinstance(value, str) or not value:
        return None
    path = Path(value)
    return path if path.is_file() else None
