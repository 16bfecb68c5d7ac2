"""Group turns inside a step: each group's own countdown, beside the step's (pure).

A :class:`TurnRound` is the list of turns of one step, one per group in the
order chosen, more when a turn is redone or added. A turn's clock is
arithmetic on recorded instants, like the step timer's: its running time is
the time since it started minus its pauses, its remaining time the time
allotted minus that, and past zero it runs on as overrun, counting up. Nothing
here touches the step's own countdown.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Final

SECOND: Final = 1_000_000_000
#: Proposed turn times are whole multiples of this.
TURN_STEP: Final = 15 * SECOND
#: The shortest turn proposed.
MIN_TURN: Final = 30 * SECOND


class TurnState(enum.Enum):
    """Where a turn is."""

    WAITING = "waiting"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Turn:
    """One group's turn: the time allotted (ns) and what happened, as instants."""

    group: int
    allotted: int
    started: int | None = None
    ended: int | None = None
    skipped: bool = False
    # Pauses as (start, end); the end is None while paused.
    pauses: tuple[tuple[int, int | None], ...] = ()

    @property
    def state(self) -> TurnState:
        """Waiting, running, paused, done or skipped."""
        if self.skipped:
            return TurnState.SKIPPED
        if self.started is None:
            return TurnState.WAITING
        if self.ended is not None:
            return TurnState.DONE
        if self.pauses and self.pauses[-1][1] is None:
            return TurnState.PAUSED
        return TurnState.RUNNING

    def used(self, now: int) -> int:
        """The turn's running time at ``now``: pauses left out, frozen once it ended."""
        if self.started is None:
            return 0
        end = self.ended if self.ended is not None else now
        paused = sum((stop if stop is not None else end) - start for start, stop in self.pauses)
        return max(0, end - self.started - paused)

    def remaining(self, now: int) -> int:
        """Time left of the allotted time at ``now``; negative once it runs over."""
        return self.allotted - self.used(now)

    def overrun(self, now: int) -> int:
        """How long the turn has run past its time (0 while within it)."""
        return max(0, -self.remaining(now))

    def next_change(self, now: int) -> int | None:
        """The next instant after ``now`` when the turn's shown second changes (None: it
        does not run). The shown second is the step timer's rule: :func:`shown_seconds`."""
        if self.state is not TurnState.RUNNING:
            return None
        remaining = self.remaining(now)
        return now + remaining - (shown_seconds(remaining) - 1) * SECOND


@dataclass(frozen=True)
class TurnView:
    """What a turn view shows at an instant: whose turn, its countdown, who is next."""

    index: int | None  # the turn under way (running or paused), if any
    group: int | None
    remaining: int  # ns; negative: overrun
    overrun: int  # ns past the turn's time, counting up
    state: TurnState | None
    next_group: int | None
    done: int  # turns done or skipped
    total: int


@dataclass(frozen=True)
class TurnRound:
    """The turns of one step, in order."""

    step: str
    turns: tuple[Turn, ...]

    @property
    def current(self) -> int | None:
        """The index of the turn under way (running or paused), if one is."""
        for index, turn in enumerate(self.turns):
            if turn.state in (TurnState.RUNNING, TurnState.PAUSED):
                return index
        return None

    @property
    def next_waiting(self) -> int | None:
        """The index of the first turn still waiting, if any."""
        for index, turn in enumerate(self.turns):
            if turn.state is TurnState.WAITING:
                return index
        return None

    @property
    def finished(self) -> bool:
        """Whether every turn is done or skipped."""
        return all(t.state in (TurnState.DONE, TurnState.SKIPPED) for t in self.turns)

    def view(self, now: int) -> TurnView:
        """The turn under way at ``now``, its time, and the group after it."""
        index = self.current
        turn = self.turns[index] if index is not None else None
        after = [
            t.group
            for i, t in enumerate(self.turns)
            if t.state is TurnState.WAITING and (index is None or i > index)
        ]
        return TurnView(
            index=index,
            group=turn.group if turn else None,
            remaining=turn.remaining(now) if turn else 0,
            overrun=turn.overrun(now) if turn else 0,
            state=turn.state if turn else None,
            next_group=after[0] if after else None,
            done=sum(t.state in (TurnState.DONE, TurnState.SKIPPED) for t in self.turns),
            total=len(self.turns),
        )

    def with_turn(self, index: int, turn: Turn) -> TurnRound:
        """This round with turn ``index`` replaced."""
        turns = list(self.turns)
        turns[index] = turn
        return replace(self, turns=tuple(turns))


def shown_seconds(remaining: int) -> int:
    """The whole seconds a turn's countdown shows for ``remaining`` ns, as the step's does:
    rounded up while time is left, 0 at zero, then -1, -2 ... over time (+0:01, +0:02)."""
    return -(-remaining // SECOND)


def propose_turn_time(remaining: int, groups: int) -> int:
    """The time per group for ``groups`` turns in a step with ``remaining`` ns left.

    The remaining time shared equally, rounded down to whole quarter minutes,
    at least half a minute (the trainer can always set another).
    """
    if groups <= 0:
        return MIN_TURN
    share = max(0, remaining) // groups
    return max(MIN_TURN, share // TURN_STEP * TURN_STEP)
