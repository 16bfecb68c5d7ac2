"""When the console chimes: a step's own countdown crossing into warning or overtime."""

from __future__ import annotations

import enum

from facilitator.engine.session import RunState, SessionSnapshot
from facilitator.engine.timer import Phase


class Chime(enum.StrEnum):
    """The two chimes: a soft rise for "nearly done", a fall for "time is up"."""

    WARNING = "warning"
    END = "end"


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
