"""How times are written: on screen, in reports and on paper (pure)."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.engine.clock import MINUTE, SECOND
from facilitator.timefmt import (
    ago_text,
    clock_digits,
    clock_time,
    countdown,
    drift_text,
    duration,
    elapsed_text,
    minutes_change,
    minutes_text,
    moment,
    signed,
    whole_minutes,
)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (600, "10:00"),
        (599, "9:59"),
        (61, "1:01"),
        (0, "0:00"),
        (-1, "+0:01"),
        (-90, "+1:30"),
        (3725, "1:02:05"),
        (-3600, "+1:00:00"),
    ],
)
def test_countdown(seconds: int, text: str) -> None:
    assert countdown(seconds) == text


def test_minutes_and_clock() -> None:
    assert minutes_text(15 * MINUTE) == "15 min"
    assert minutes_text(14 * MINUTE + 31 * SECOND) == "15 min"
    assert clock_time(datetime(2026, 11, 28, 9, 5)) == "09:05"
    assert elapsed_text(75 * SECOND) == "1:15"
    assert elapsed_text(3 * 3600 * SECOND + 61 * SECOND) == "3:01:01"


def test_drift_in_words() -> None:
    assert drift_text(3 * MINUTE) == "3 min behind plan"
    assert drift_text(-2 * MINUTE) == "2 min ahead of plan"
    assert drift_text(20 * SECOND) == "on plan"


def test_one_digits_writer_rounds_as_each_use_needs() -> None:
    # The countdown shows the seconds it was given, elapsed time the seconds
    # gone by, a report's duration the nearest second.
    assert clock_digits(3725) == "1:02:05"
    assert elapsed_text(59 * SECOND + SECOND // 2) == "0:59"
    assert duration(59 * SECOND + SECOND // 2) == "1:00"
    assert duration(-30 * SECOND) == "−0:30" and duration(-SECOND // 4) == "0:00"


def test_minutes_that_changed() -> None:
    assert minutes_change(15 * MINUTE, 13 * MINUTE) == "15 → 13 min"
    assert minutes_change(15 * MINUTE, 15 * MINUTE + 20 * SECOND) == "15 min"
    assert whole_minutes(14 * MINUTE + 29 * SECOND) == 14


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "just now"),
        (1, "1 min ago"),
        (59, "59 min ago"),
        (60, "1:00 h ago"),
        (125, "2:05 h ago"),
    ],
)
def test_how_long_ago(minutes: int, text: str) -> None:
    assert ago_text(minutes) == text


def test_a_moment_and_none() -> None:
    assert moment(datetime(2025, 3, 1, 9, 0)) == "2025-03-01 09:00"
    assert moment(None) == "–" and duration(None) == "–" and signed(None) == "–"
