"""When the console chimes: a step's own countdown crossing into warning or overtime, and a
group's turn reaching its time."""

from __future__ import annotations

import enum

from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.engine.timer import Phase
from facilitator.room.turns import TurnRound, TurnState


class Chime(enum.StrEnum):
    """The chimes: a soft rise for "nearly done", a fall for "time is up", and a soft
    two-note fall for "this group's time is up"."""

    WARNING = "warning"
    END = "end"
    TURN = "turn"


def chime_for(previous: SessionSnapshot | None, snap: SessionSnapshot) -> Chime | None:
    """Which chime the change from ``previous`` to ``snap`` calls for, if any.

    Only a step's own countdown crossing a threshold chimes: moving to another
    step (back to one already in overtime, say), starting or finishing the
    session does not.
    """
    if previous is None or previous.index != snap.index or snap.state is not RunState.RUNNING:
        return None
    if previous.phase is Phase.IDLE:
        return None
    if snap.phase is Phase.OVERTIME and previous.phase is not Phase.OVERTIME:
        return Chime.END
    if previous.phase is Phase.NORMAL and snap.phase in (Phase.WARNING, Phase.DANGER):
        return Chime.WARNING
    return None


class ChimeCue:
    """Follows consecutive snapshots and says when to chime."""

    def __init__(self) -> None:
        self._previous: SessionSnapshot | None = None

    def follow(self, snap: SessionSnapshot) -> Chime | None:
        """The chime the change to ``snap`` calls for, if any."""
        previous, self._previous = self._previous, snap
        return chime_for(previous, snap)

    def forget(self) -> None:
        """Start over (a new agenda): the next snapshot is a first look, never a chime."""
        self._previous = None


class TurnChimeCue:
    """Follows the current step's group turns and says when a turn's time is up.

    Only a running turn crossing zero chimes, once: starting, ending, skipping
    or redoing a turn never does, nor does a turn already over when first seen.
    """

    def __init__(self) -> None:
        self._previous: tuple[str, int, bool] | None = None  # step, turn, over

    def follow(self, turns: TurnRound | None, now: int) -> Chime | None:
        """The chime the turns at ``now`` call for, if any."""
        if turns is None or turns.current is None:
            self._previous = None
            return None
        turn = turns.turns[turns.current]
        seen = (turns.step, turns.current, turn.remaining(now) <= 0)
        previous, self._previous = self._previous, seen
        if previous is None or previous[:2] != seen[:2] or turn.state is not TurnState.RUNNING:
            return None
        return Chime.TURN if seen[2] and not previous[2] else None

    def forget(self) -> None:
        """Start over (a new agenda or run)."""
        self._previous = None
