"""The room rebuilt from a run's journal, like the run itself (pure).

:class:`RoomFollower` follows a replay (``engine/replay.py``'s ``followers``):
every room event is applied at its recorded instant through the same
:func:`~facilitator.room.state.apply` the live room used, so the rebuilt room
equals the live one; an event that does not fit the room (a person who is
not there) is skipped with the replay's warning naming its line.
:func:`replay_room` does the same for the room alone, from a decoded
:class:`~facilitator.engine.events.Log`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.engine.events.core import Event, Logged
from facilitator.room.room import Room
from facilitator.room.state import ApplyError, RoomState, apply, handled

if TYPE_CHECKING:
    from facilitator.engine.events.log import Log
    from facilitator.engine.replay import Handlers

MISFIT = (
    "Line {line} of the session log: the event “{name}” does not fit the room ({error}); skipped."
)


class RoomFollower:
    """The room's part of a replay: a room state that follows the journal's room events."""

    def __init__(self) -> None:
        self.state = RoomState()

    def handlers(self) -> Handlers:
        """The table of every room event (for ``engine.replay.replay(followers=...)``)."""
        # Here, not at the top: the engine's replay loads the session run and the
        # agenda's models, which the room alone does not need.
        from facilitator.engine.replay import Handlers

        table = Handlers()
        for kind in handled():
            table.on(kind, self._apply)
        return table

    def _apply(self, entry: Logged[Event]) -> None:
        self.state = apply(self.state, entry.event, entry.t)

    def room(self, language: str = "nl") -> Room:
        """A live room that goes on from the rebuilt state (after a crash)."""
        return Room(language, state=self.state)


@dataclass
class RoomReplay:
    """A room rebuilt from a journal, and what was wrong with its events."""

    state: RoomState
    warnings: list[str] = field(default_factory=list)

    def room(self, language: str = "nl") -> Room:
        """A live room that goes on from the rebuilt state (after a crash)."""
        return Room(language, state=self.state)


def replay_room(log: Log) -> RoomReplay:
    """The room the journal ``log`` recorded; other events are passed over.

    The warnings are those of reading the room's lines (a damaged or unknown
    ``room_`` line) and of room events that do not fit the room.
    """
    kinds = handled()
    state = RoomState()
    warnings = [w for w in log.warnings if "“room_" in w]
    for entry in log.entries:
        if type(entry.event) not in kinds:
            continue
        try:
            state = apply(state, entry.event, entry.t)
        except ApplyError as error:
            warnings.append(MISFIT.format(line=entry.line, name=entry.event.NAME, error=error))
    return RoomReplay(state, warnings)
