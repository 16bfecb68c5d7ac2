"""The controller's part of a run's journal: when it opens and closes, its events, heartbeats.

The engine writes its commands to the journal itself. The controller adds
the rest through :class:`RunJournal` (pure: it is given the clock): the file
is opened when the session starts or the room records its first change (an
agenda only looked at leaves no run behind), the projector's and the room's
events are written with the session clock's instant, and a heartbeat every few real seconds
while the run is under way tells crash recovery, to within that interval,
when the app stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from facilitator.agenda.agenda import Agenda
from facilitator.engine import events
from facilitator.engine.clock import SECOND, Clock
from facilitator.engine.journal import Journal
from facilitator.engine.session import RunState, SessionRun

# How often, in real time, a run under way notes in its journal that the app runs.
HEARTBEAT = 5 * SECOND


class RunJournal:
    """The journal of the controller's current run, if it has one, and its heartbeat."""

    def __init__(
        self,
        factory: Callable[[Agenda], Journal | None] | None,
        clock: Clock,
        wall: Callable[[], datetime],
        sync_later: Callable[[], None] | None = None,
    ) -> None:
        """``sync_later``: given to each journal opened or adopted (see
        :attr:`Journal.sync_later`): the owner then calls :meth:`sync` soon after."""
        self._factory = factory
        self._sync_later = sync_later
        self._clock = clock
        self._wall = wall
        self._journal: Journal | None = None
        self._beat_at: int | None = None  # the last heartbeat in the journal

    @property
    def journal(self) -> Journal | None:
        """The open journal, once the run has started (None without a factory)."""
        return self._journal

    @property
    def error(self) -> str | None:
        """Why the last write failed, if it did (the lines wait in memory)."""
        return self._journal.error if self._journal is not None else None

    def open(self, agenda: Agenda, run: SessionRun) -> None:
        """Open a journal for ``run`` of ``agenda`` unless one is open; the run writes to it."""
        if self._factory is None or self._journal is not None:
            return
        self._journal = self._factory(agenda)
        if self._journal is not None:
            self._journal.sync_later = self._sync_later
        run.journal = self._journal

    def adopt(self, journal: Journal) -> None:
        """Go on writing to ``journal`` (a run resumed after a crash)."""
        journal.sync_later = self._sync_later
        self._journal = journal

    def sync(self) -> None:
        """Fsync what the journal has written since its last sync."""
        if self._journal is not None:
            self._journal.sync()

    def close(self) -> None:
        """Close the journal, if one is open."""
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def write(self, event: events.Event, now: int | None = None) -> None:
        """Append ``event`` at ``now`` (default: the session clock's instant), if one is open."""
        if self._journal is not None:
            self._journal.write(event, self._clock.now() if now is None else now, self._wall())

    def heartbeat(self, now: int, state: RunState) -> None:
        """Every few real seconds under way, note in the journal that the app still runs.

        After a crash the last entry then tells, to within that interval, when
        the app stopped: the instant a run resumed "paused" is paused at.
        """
        if self._journal is None or state not in (RunState.RUNNING, RunState.PAUSED):
            return
        factor = self._clock.factor
        if self._beat_at is None or now - self._beat_at >= HEARTBEAT * factor:
            if self._beat_at is not None:
                self._journal.write(events.Heartbeat(), now, self._wall())
            self._beat_at = now
