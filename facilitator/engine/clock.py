"""Clocks: the only place in the engine that reads real time.

Every instant is an integer number of nanoseconds on a monotonic clock, so
durations are exact and a change of the system clock never moves a countdown.
The wall clock is read only to show the time of day and planned start times.
"""

from __future__ import annotations

import math
import sys
import time
from datetime import datetime
from fractions import Fraction
from typing import Protocol

SECOND = 1_000_000_000
MINUTE = 60 * SECOND


def whole_units(ns: int, unit: int) -> int:
    r"""``ns`` in whole ``unit``\ s, to the nearest; a half goes away from zero.

    Integer arithmetic, so exact for any instant: the engine can compute the
    very nanosecond a rounded value turns (``plan.next_drift_change``).
    """
    whole = (abs(ns) + unit // 2) // unit
    return whole if ns >= 0 else -whole


def whole_minutes(ns: int) -> int:
    """``ns`` in whole minutes, to the nearest (a half away from zero): the one rounding."""
    return whole_units(ns, MINUTE)


def minutes_to_ns(minutes: float) -> int:
    """Convert minutes (as written in an agenda) to whole nanoseconds, rounded."""
    return round(minutes * MINUTE)


class Clock(Protocol):
    """A source of monotonic instants in nanoseconds, and how fast it runs.

    ``factor`` and ``to_real`` let the Qt side arm real timers and space real
    heartbeats without knowing which kind of clock it was given (a dry run's
    clock runs faster than real time).
    """

    def now(self) -> int:
        """The current instant in nanoseconds; never smaller than a previous answer."""
        ...

    @property
    def factor(self) -> float:
        """How many of this clock's nanoseconds pass in one real nanosecond."""
        ...

    def to_real(self, ns_delta: int) -> int:
        """The real nanoseconds in which this clock advances ``ns_delta``, rounded up."""
        ...


class _RealRate:
    """For clocks that run at real speed: factor 1, real time equals clock time."""

    @property
    def factor(self) -> float:
        """Real speed."""
        return 1.0

    def to_real(self, ns_delta: int) -> int:
        """At real speed a clock's nanoseconds are real ones."""
        return ns_delta


class MonotonicClock(_RealRate):
    """The real monotonic clock; on Linux it keeps counting while a laptop sleeps."""

    def __init__(self) -> None:
        # CLOCK_MONOTONIC stops during suspend: a step would lose the minutes
        # the lid was closed. CLOCK_BOOTTIME does not.
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        self._clock_id: int | None = boottime if sys.platform.startswith("linux") else None

    def now(self) -> int:
        """The current monotonic instant in nanoseconds."""
        if self._clock_id is not None:
            return time.clock_gettime_ns(self._clock_id)
        return time.monotonic_ns()


class ScaledClock:
    """A clock that runs ``factor`` times faster than ``base`` from its creation (dry runs)."""

    def __init__(self, base: Clock, factor: float) -> None:
        if not (factor > 0 and math.isfinite(factor)):
            raise ValueError(f"the speed factor must be greater than 0, not {factor}")
        self._base = base
        # A Fraction keeps the scaling exact and monotonic (no float rounding).
        self._factor = Fraction(factor)
        self._origin = base.now()

    @property
    def factor(self) -> float:
        """How many times faster than real time this clock runs."""
        return float(self._factor)

    def now(self) -> int:
        """The scaled instant: ``origin + (base.now() - origin) * factor``, rounded down."""
        delta = self._base.now() - self._origin
        return self._origin + delta * self._factor.numerator // self._factor.denominator

    def to_real(self, ns_delta: int) -> int:
        """The real nanoseconds that make this clock advance ``ns_delta``, rounded up.

        Rounding up means a real timer armed for the result never fires early.
        """
        return -((-ns_delta * self._factor.denominator) // self._factor.numerator)


class FakeClock(_RealRate):
    """A clock moved by hand, for tests."""

    def __init__(self, start: int = 0) -> None:
        self._now = start

    def now(self) -> int:
        """The instant the clock was last set to."""
        return self._now

    def advance(self, ns: int) -> int:
        """Move the clock forward by ``ns`` (>= 0) and return the new instant."""
        if ns < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now += ns
        return self._now

    def set(self, ns: int) -> int:
        """Move the clock to the instant ``ns`` (not earlier than now) and return it."""
        if ns < self._now:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now = ns
        return self._now


class ShiftedClock:
    """Another clock moved by a fixed offset: a resumed run's timeline goes on."""

    def __init__(self, base: Clock, offset: int) -> None:
        self._base = base
        self.offset = offset

    def now(self) -> int:
        """The base clock's instant plus the offset."""
        return self._base.now() + self.offset

    @property
    def factor(self) -> float:
        """As fast as the base clock."""
        return self._base.factor

    def to_real(self, ns_delta: int) -> int:
        """As the base clock: an offset does not change the rate."""
        return self._base.to_real(ns_delta)


def wall_now() -> datetime:
    """The local time of day, timezone-aware; for display only, never for durations."""
    return datetime.now().astimezone()
