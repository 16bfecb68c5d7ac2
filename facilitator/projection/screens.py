"""What the projector can show in place of the step's item: the room's screens (pure).

A room screen is put on the projector by a command (G for the groups, K for
the dealt material, Shift+Y for the turn, W for the wall newest first, Shift+W
for the wall by theme) and taken off by the same command,
by PageUp at its first page or PageDown at its last (the item behind it shows
again, where it was), or by a new step. Black (B), freeze (F) and the title
screen (T) work over it as over any item. The choice is journaled
(``projector_screen_changed``) and restored after a crash.
"""

from __future__ import annotations

import enum


class RoomScreen(enum.StrEnum):
    """A view of the room the projector shows instead of the step's item."""

    GROUPS = "groups"  # the groups as a grid: names, or "Groep 3 · 4 personen"
    DEAL = "deal"  # what each group was given: "Groep 2: Kaart C + Kaart D"
    TURN = "turn"  # whose turn it is, their countdown, who is next
    JOIN = "join"  # how phones join: a QR code, the short address, the room code
    WALL = "wall"  # the wall's notes as sticky notes, newest first
    WALL_THEMES = "wall-themes"  # the wall's notes by theme, a panel per theme


def room_screen(value: str) -> RoomScreen | None:
    """The screen a journal's ``screen`` names, or None (nothing, or one this version lacks)."""
    try:
        return RoomScreen(value) if value else None
    except ValueError:
        return None
