"""How times are written on screen."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.engine.clock import MINUTE, SECOND
from facilitator.ui.timefmt import clock_time, countdown, drift_text, elapsed_text, minutes_text


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
