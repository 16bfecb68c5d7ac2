"""How times are written, everywhere: countdowns, durations, minutes, times of day (pure).

Every text that shows an amount of time is made here, on screen, in the
reports and on paper, so that ``12:30`` means the same everywhere:

- :func:`clock_digits` is the one ``m:ss`` / ``h:mm:ss`` writer; the
  countdown, elapsed time and report durations differ only in how they round
  and which sign they show (``+1:30`` overtime on a countdown, ``−0:30`` a
  report's difference).
- :func:`whole_minutes` is the one rounding to minutes; ``15 min``,
  ``15 → 13 min``, ``3 min behind plan`` and ``5 min ago`` are built on it.
"""

from __future__ import annotations

from datetime import datetime

from facilitator.engine.clock import SECOND, whole_minutes
from facilitator.i18n import translate

__all__ = ["whole_minutes"]  # defined with the clock, so the engine rounds the same way

NONE = "–"  # no value (a step not reached has no actual time)
MINUS = "−"  # the minus sign, not a hyphen


def clock_digits(seconds: int) -> str:
    """``12:05`` for a whole, non-negative number of seconds; ``1:02:05`` past an hour."""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"


def countdown(display_seconds: int) -> str:
    """The countdown text: ``12:05`` while time is left, ``+1:30`` in overtime.

    Past an hour it shows hours too (``1:02:05``), which a step rarely needs.
    """
    sign = "+" if display_seconds < 0 else ""
    return sign + clock_digits(abs(display_seconds))


def elapsed_text(ns: int) -> str:
    """Elapsed time, whole seconds gone by: ``h:mm:ss``, or ``m:ss`` under an hour."""
    return clock_digits(max(0, ns // SECOND))


def duration(ns: int | None) -> str:
    """A duration to the nearest second: ``12:30``, ``1:02:05``, ``−0:30``; ``–`` for none."""
    if ns is None:
        return NONE
    total = round(abs(ns) / SECOND)
    sign = MINUS if ns < 0 and total else ""
    return sign + clock_digits(total)


def signed(ns: int | None) -> str:
    """A difference with its sign: ``+2:30``, ``−1:15``, ``0:00``."""
    if ns is None:
        return NONE
    text = duration(ns)
    return text if text.startswith(MINUS) or round(ns / SECOND) == 0 else "+" + text


def minutes_text(ns: int) -> str:
    """A duration in whole minutes, rounded to the nearest: ``15 min``."""
    return f"{whole_minutes(ns)} min"


def minutes_change(before: int, after: int) -> str:
    """A length that changed: ``15 → 13 min``; ``15 min`` when it comes to the same minutes."""
    old, new = whole_minutes(before), whole_minutes(after)
    return f"{old} min" if old == new else f"{old} → {new} min"


def drift_text(behind: int) -> str:
    """The session against its plan in plain words: ``3 min behind plan``."""
    minutes = whole_minutes(behind)
    if minutes > 0:
        return translate("Time", "{minutes} min behind plan").format(minutes=minutes)
    if minutes < 0:
        return translate("Time", "{minutes} min ahead of plan").format(minutes=-minutes)
    return translate("Time", "on plan")


def ago_text(minutes: int) -> str:
    """How long ago, in whole minutes: ``just now``, ``5 min ago``, ``1:05 h ago``."""
    if minutes <= 0:
        return translate("Time", "just now")
    if minutes < 60:
        return translate("Time", "{minutes} min ago").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    return translate("Time", "{time} h ago").format(time=f"{hours}:{rest:02d}")


def clock_time(when: datetime) -> str:
    """A time of day as hours and minutes: ``14:05``."""
    # Not strftime: under PySide6 every call goes through its import hook (some 50 µs),
    # and the step list shows two of these per step.
    return f"{when.hour:02d}:{when.minute:02d}"


def moment(when: datetime | None) -> str:
    """A date and time of day, ``2025-03-01 09:00``; ``–`` for none."""
    return NONE if when is None else when.strftime("%Y-%m-%d %H:%M")
