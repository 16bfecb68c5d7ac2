"""The projector's look: how the countdown is drawn and which colours, as named choices."""

from __future__ import annotations

import enum
from typing import TypeVar

T = TypeVar("T")


class TimerStyle(enum.StrEnum):
    """The countdown on the projector: large digits, small in a corner, hidden, or a disc."""

    DIGITS = "digits"
    CORNER = "corner"
    HIDDEN = "hidden"
    DISC = "disc"


class ThemeName(enum.StrEnum):
    """The projector's colours."""

    DARK = "dark"
    LIGHT = "light"
    HIGH_CONTRAST = "high-contrast"


# Every choice in the order the cycling commands go through them.
TIMER_STYLES: tuple[TimerStyle, ...] = tuple(TimerStyle)
THEME_NAMES: tuple[ThemeName, ...] = tuple(ThemeName)


def next_in(values: tuple[T, ...], current: T) -> T:
    """The value after ``current`` in ``values``, wrapping round."""
    index = values.index(current) if current in values else -1
    return values[(index + 1) % len(values)]
