"""How much the participants' server takes, and the rate limiter that holds devices to it.

A room of strangers shares the network, so every limit is small and fixed:
a request is refused, with a clear answer, long before it could cost the
session anything. A *device* is the address a request comes from: on the
room's network every phone has its own.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Final

from facilitator.room.wall import NOTE_LIMIT

SECOND: Final = 1_000_000_000
MINUTE: Final = 60 * SECOND


@dataclass(frozen=True)
class Limits:
    """Every limit of the participants' server (the defaults are the app's)."""

    note_chars: int = NOTE_LIMIT  # the wall's own limit: a note is at most 500 characters
    body_bytes: int = 16 * 1024  # a request's body
    header_bytes: int = 8 * 1024  # a request's line and headers together
    message_bytes: int = 4 * 1024  # one message over the live connection
    notes_per_minute: int = 10  # per device
    feedback_per_minute: int = 4  # per device
    downloads_per_minute: int = 6  # per device: the call to action as a file
    commands_per_minute: int = 120  # the remote's commands, per device
    wrong_codes_per_minute: int = 20  # per device; after that every code is refused for a while
    requests_per_minute: int = 600  # per device, every request
    notes_per_minute_all: int = 400  # every device together: the wall cannot be flooded
    connections: int = 256  # open at once, pages and live connections together
    connections_per_device: int = 16
    idle_seconds: float = 20.0  # a page connection that says nothing is closed
    unsent_bytes: int = 256 * 1024  # a live connection that reads nothing is closed past this
    live_silence_seconds: float = 75.0  # a live connection that answers no ping is closed


class RateLimiter:
    """At most ``per_minute`` events per key in any minute (a token bucket, given ``now``).

    Each key's bucket holds ``per_minute`` tokens and refills at that many per
    minute; an event takes one. At most ``keys`` keys are remembered (the
    oldest unused are forgotten first), so a flood of addresses costs bounded
    memory.
    """

    def __init__(self, per_minute: int, *, keys: int = 4096) -> None:
        if per_minute < 1:
            raise ValueError("at least one event a minute")
        self.per_minute = per_minute
        self._keys = keys
        self._buckets: OrderedDict[str, tuple[float, int]] = OrderedDict()

    def _tokens(self, key: str, now: int) -> float:
        tokens, then = self._buckets.get(key, (float(self.per_minute), now))
        refill = max(0, now - then) * self.per_minute / MINUTE
        return min(float(self.per_minute), tokens + refill)

    def allow(self, key: str, now: int) -> bool:
        """Take a token for ``key`` at ``now``; False (nothing taken) when none is left."""
        tokens = self._tokens(key, now)
        allowed = tokens >= 1.0
        self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
        self._buckets.move_to_end(key)
        while len(self._buckets) > self._keys:
            self._buckets.popitem(last=False)
        return allowed

    def left(self, key: str, now: int) -> int:
        """How many events ``key`` may have at ``now`` (nothing is taken)."""
        return int(self._tokens(key, now))

    def wait(self, key: str, now: int) -> int:
        """Whole seconds until ``key`` may have an event again (0: now)."""
        missing = 1.0 - self._tokens(key, now)
        if missing <= 0:
            return 0
        return max(1, -(-int(missing * MINUTE / self.per_minute) // SECOND))
