"""Clocks: conversions, the real monotonic clock, the scaled and the fake clock."""

from __future__ import annotations

import sys
import time
from datetime import datetime

import pytest

from facilitator.engine.clock import (
    MINUTE,
    SECOND,
    FakeClock,
    MonotonicClock,
    ScaledClock,
    minutes_to_ns,
    wall_now,
)


def test_units() -> None:
    assert SECOND == 1_000_000_000
    assert MINUTE == 60_000_000_000


@pytest.mark.parametrize(
    ("minutes", "ns"),
    [
        (10, 600 * SECOND),
        (2.5, 150 * SECOND),
        (0.1, 6 * SECOND),
        (1 / 3, 20 * SECOND),
        (1440, 86_400 * SECOND),
    ],
)
def test_minutes_to_ns(minutes: float, ns: int) -> None:
    assert minutes_to_ns(minutes) == ns
    assert isinstance(minutes_to_ns(minutes), int)


def test_monotonic_clock() -> None:
    clock = MonotonicClock()
    first = clock.now()
    assert isinstance(first, int)
    assert clock.now() >= first
    if sys.platform.startswith("linux"):
        # It reads the clock that keeps counting through suspend.
        assert abs(time.clock_gettime_ns(time.CLOCK_BOOTTIME) - clock.now()) < 60 * SECOND


def test_fake_clock() -> None:
    clock = FakeClock(5)
    assert clock.now() == 5
    assert clock.advance(10) == 15
    assert clock.set(15) == 15
    assert clock.set(20) == 20
    with pytest.raises(ValueError):
        clock.set(19)
    with pytest.raises(ValueError):
        clock.advance(-1)
    assert FakeClock().now() == 0


def test_scaled_clock() -> None:
    base = FakeClock(1_000)
    fast = ScaledClock(base, 60)
    assert fast.factor == 60
    assert fast.now() == 1_000  # starts where the base was
    base.advance(SECOND)
    assert fast.now() == 1_000 + MINUTE
    assert fast.to_real(MINUTE) == SECOND
    assert fast.to_real(1) == 1  # rounded up: a real timer never fires early


def test_scaled_clock_is_exact_for_fractions() -> None:
    base = FakeClock(0)
    slow = ScaledClock(base, 0.5)
    base.advance(3)
    assert slow.now() == 1  # 1.5 rounded down
    assert slow.to_real(1) == 2
    third = ScaledClock(FakeClock(0), 1.5)
    assert third.to_real(3 * SECOND) == 2 * SECOND


def test_scaled_clock_to_real_never_fires_early() -> None:
    base = FakeClock(0)
    clock = ScaledClock(base, 7.3)
    for target in (1, 7, 8, 999_999, 3 * SECOND + 17):
        start = clock.now()
        base.advance(clock.to_real(target))
        assert clock.now() - start >= target


@pytest.mark.parametrize("factor", [0, -1, float("nan"), float("inf")])
def test_scaled_clock_needs_a_positive_factor(factor: float) -> None:
    with pytest.raises(ValueError):
        ScaledClock(FakeClock(), factor)


def test_wall_now_is_aware() -> None:
    now = wall_now()
    assert isinstance(now, datetime)
    assert now.tzinfo is not None and now.utcoffset() is not None
