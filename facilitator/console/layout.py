"""Where the console's window and panes go when a saved layout is restored (pure: no Qt).

A layout saved by an earlier run (or damaged, or from a screen that is gone)
may put the window off every screen, make it 20 pixels high, or leave the
countdown's pane 9 pixels wide, and every later run saves it again: the
countdown would be hidden for good. These rules make any saved layout
usable: :func:`fit_window` puts the window wholly on a screen at a sensible
size; :func:`default_panes` shares a splitter's length out for a reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels: a window's geometry or a screen's available area."""

    x: int
    y: int
    width: int
    height: int

    def overlap(self, other: Box) -> int:
        """The area this box shares with ``other``."""
        width = min(self.x + self.width, other.x + other.width) - max(self.x, other.x)
        height = min(self.y + self.height, other.y + other.height) - max(self.y, other.y)
        return max(0, width) * max(0, height)


def fit_window(
    window: Box, screens: Sequence[Box], minimum: tuple[int, int], default: tuple[int, int]
) -> Box:
    """``window`` moved and sized to lie wholly on the screen it overlaps most.

    Off every screen, it goes to the first screen at its ``default`` size,
    centred. It is at least ``minimum`` (and at most the screen) in each
    direction.
    """
    if not screens:
        return window
    best = max(screens, key=window.overlap)
    if window.overlap(best) == 0:
        best = screens[0]
        width, height = default
        window = Box(
            best.x + (best.width - width) // 2, best.y + (best.height - height) // 2, width, height
        )
    width = min(best.width, max(minimum[0], window.width))
    height = min(best.height, max(minimum[1], window.height))
    x = min(max(window.x, best.x), best.x + best.width - width)
    y = min(max(window.y, best.y), best.y + best.height - height)
    return Box(x, y, width, height)


def default_panes(total: int, weights: Sequence[int], minimums: Sequence[int]) -> list[int]:
    """``total`` pixels shared by ``weights``, each pane at least its minimum."""
    room = max(0, total - sum(minimums))
    share = sum(weights) or 1
    sizes = [low + room * weight // share for weight, low in zip(weights, minimums, strict=True)]
    sizes[-1] += max(0, total - sum(sizes))  # what the rounding left
    return sizes
