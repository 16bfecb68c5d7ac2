"""The room rebuilt from a run's journal, like the run itself (pure).

Every room record in the journal is decoded and applied in order at its
recorded instant, through the same :func:`~facilitator.room.state.apply` the
live room used, so the rebuilt room equals the live one. Lines of the run's
other events are passed over; a damaged room line, or one that does not fit
the room (a person who is not there), is skipped with a warning naming it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from facilitator.room.codec import decode, is_room_event
from facilitator.room.room import Room
from facilitator.room.state import ApplyError, RoomState, apply

NO_TIME = "Line {line} of the session log: the room event “{name}” has no valid time; skipped."
MISFIT = (
    "Line {line} of the session log: the room event “{name}” does not fit the room "
    "({error}); skipped."
)


@dataclass
class RoomReplay:
    """A room rebuilt from a journal, and what was wrong with its lines."""

    state: RoomState
    warnings: list[str] = field(default_factory=list)

    def room(self, language: str = "nl") -> Room:
        """A live room that goes on from the rebuilt state (after a crash)."""
        return Room(language, state=self.state)


def replay_room(lines: Iterable[Mapping[str, object]]) -> RoomReplay:
    """The room the journal's ``lines`` (parsed, in order, numbered from 1) recorded."""
    result = RoomReplay(RoomState())
    for number, line in enumerate(lines, start=1):
        if not is_room_event(line):
            continue
        t = line.get("t")
        if not isinstance(t, int) or isinstance(t, bool):
            result.warnings.append(NO_TIME.format(line=number, name=line.get("event")))
            continue
        record, warning = decode(line, number)
        if record is None:
            result.warnings.append(str(warning))
            continue
        try:
            result.state = apply(result.state, record, t)
        except ApplyError as exc:
            result.warnings.append(MISFIT.format(line=number, name=record.NAME, error=exc))
    return result
