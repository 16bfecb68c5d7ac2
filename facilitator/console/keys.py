"""Where a key goes while a text field of the console has the keyboard.

A presentation clicker sends ordinary keys (PageDown, PageUp, F5, Escape, B
or "."), so it cannot be told from the laptop's keyboard. The rule that keeps
both working:

- PageDown, PageUp and F5 are never typing: they always run their command
  (a search box has no use for them), and the field lets go of the keyboard.
- While the trainer types (a key into the field, or a click or Ctrl+F into it,
  at most :data:`TYPING_PAUSE` ago), every other key belongs to the field: a
  search for "bord" gets its "b". Escape then only leaves the field, so that
  leaving a search never pauses the session by accident.
- After a quiet spell longer than that, or when the field got the keyboard
  back without the trainer asking (a dialog closed, the window came back), a
  key that is a command is the clicker's: the field lets go and the command
  runs. Enter in a search shows the first match and leaves the field.
- A field the trainer writes in (a note for the wall) keeps every letter and
  Enter (which adds the note) however long the trainer paused to listen: a
  note starting with "N" never starts the next step. PageDown, PageUp and F5
  still run their commands, and Escape leaves the field.
"""

from __future__ import annotations

import enum

from facilitator.engine.clock import SECOND

# How long after the last key (or the click into the field) the trainer still counts as
# typing. Long enough to think of the next word; a clicker is pressed long after a search.
TYPING_PAUSE = 10 * SECOND

# Keys no search needs: always their command, never text.
NEVER_TYPED = frozenset({"PgDown", "PgUp", "F5"})
LEAVING = frozenset({"Return", "Enter"})
ESCAPE = "Esc"


class KeyRoute(enum.Enum):
    """What becomes of a key pressed in a text field."""

    TYPE = "type"  # the field keeps it
    COMMAND = "command"  # the field lets go of the keyboard, and the key's command runs
    LEAVE = "leave"  # the field lets go of the keyboard; nothing else happens


def route_key(key: str, *, is_command: bool, quiet: int | None, writing: bool = False) -> KeyRoute:
    """Where ``key`` goes, pressed in a text field.

    ``key`` is the key's name without modifiers as Qt writes it ("PgDown",
    "Esc", "Return", "B"); ``is_command``: some command has this key;
    ``quiet``: ns since the trainer last typed into the field or put the
    cursor there, None when they have not since it got the keyboard;
    ``writing``: the field is one the trainer writes in (a wall note).
    """
    if key in NEVER_TYPED:
        return KeyRoute.COMMAND
    if writing:
        return KeyRoute.LEAVE if key == ESCAPE else KeyRoute.TYPE
    if key in LEAVING:
        return KeyRoute.LEAVE
    typing = quiet is not None and quiet <= TYPING_PAUSE
    if key == ESCAPE:
        return KeyRoute.LEAVE if typing else KeyRoute.COMMAND
    if not is_command or typing:
        return KeyRoute.TYPE
    return KeyRoute.COMMAND
