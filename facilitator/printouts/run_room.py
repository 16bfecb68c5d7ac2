"""The room of a recorded run, for the printouts that come from one: groups and the wall.

The run's journal is replayed as reports and recovery replay it
(``engine.replay.replay``), with the room model following
(:class:`~facilitator.room.replay.RoomFollower`), so the printed room is the
room the app had. A journal without a plan or agenda to replay the run on
still gives its room (:func:`~facilitator.room.replay.replay_room`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.engine.journal import read_log
from facilitator.engine.replay import agenda_from_plan, replay
from facilitator.room.replay import RoomFollower, replay_room
from facilitator.room.state import RoomState


class NoRoom(LookupError):
    """The run cannot be read; the message says why, in the trainer's words."""


@dataclass(frozen=True)
class RunRoom:
    """The room of one run: its id, its state and when it began."""

    run_id: str
    state: RoomState
    started: datetime | None = None
    agenda_path: str | None = None  # the agenda file the run names
    warnings: tuple[str, ...] = ()


def room_of_run(path: Path, agenda: Agenda | None = None) -> RunRoom:
    """The room the journal at ``path`` recorded, replayed beside its run.

    The run is replayed on the plan its journal recorded, else on ``agenda``;
    with neither, the room alone. Raises :class:`NoRoom` when the journal is
    empty or unreadable.
    """
    log = read_log(path)
    if not log.entries:
        raise NoRoom(f"The session log {path.name} is empty or unreadable.")
    # When the session never started (groups made while people arrived): its first line.
    opened = next((e.wall for e in log.entries if e.wall is not None), None)
    plan = agenda_from_plan(log.opened) or agenda
    if plan is None:
        alone = replay_room(log)
        return RunRoom(path.stem, alone.state, opened, log.agenda_path, tuple(alone.warnings))
    follower = RoomFollower()
    replayed = replay(plan, log, followers=[follower])
    warnings = tuple(w for w in replayed.warnings if "“room_" in w)
    started = replayed.run.started_wall or opened
    return RunRoom(path.stem, follower.state, started, log.agenda_path, warnings)
