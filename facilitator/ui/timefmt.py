"""How times are written on screen (pure: no Qt, tested on its own)."""

from __future__ import annotations

from datetime import datetime

from facilitator.engine.clock import MINUTE, SECOND


def countdown(display_seconds: int) -> str:
    """The countdown text: ``12:05`` while time is left, ``+1:30`` in overtime.

    Past an hour it shows hours too (``1:02:05``), which a step rarely needs.
    """
    sign = "+" if display_seconds < 0 else ""
    total = abs(display_seconds)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes}:{seconds:02d}"


def minutes_text(ns: int) -> str:
    """A duration in whole minutes, rounded to the nearest: ``15 min``."""
    return f"{round(ns / MINUTE)} min"


def clock_time(moment: datetime) -> str:
    """A time of day as hours and minutes: ``14:05``."""
    return moment.strftime("%H:%M")


def drift_text(behind: int) -> str:
    """The session against its plan in plain words: ``3 min behind plan``."""
    minutes = round(behind / MINUTE)
    if minutes > 0:
        return f"{minutes} min behind plan"
    if minutes < 0:
        return f"{-minutes} min ahead of plan"
    return "on plan"


def elapsed_text(ns: int) -> str:
    """Elapsed time as ``h:mm`` or ``m:ss`` for under an hour."""
    total = max(0, ns // SECOND)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"
