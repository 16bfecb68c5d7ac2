"""Properties of StepTimer against a separate, much simpler model of a countdown."""

from __future__ import annotations

from fractions import Fraction
from math import ceil

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.timer import (
    StepTimer,
    Thresholds,
    TimerError,
    display_seconds,
)

COMMANDS = ("start", "pause", "resume", "adjust", "set_remaining", "restart", "query")


class Reference:
    """A countdown kept the other way round: the remaining time at the last command."""

    def __init__(self, duration: int) -> None:
        self.duration = duration
        self.state = "idle"
        self.left = duration  # remaining at ``since``
        self.since = 0
        self.intervals: list[list[int]] = []  # running intervals [start, end]; end moves
        self.adjusted = 0

    def remaining(self, t: int) -> int:
        return self.left - (t - self.since) if self.state == "running" else self.left

    def running_time(self, t: int) -> int:
        return sum(min(end, t) - start for start, end in self.intervals) + (
            t - self.intervals[-1][1] if self.state == "running" else 0
        )

    def apply(self, command: str, value: int, t: int) -> bool:
        """Apply a command; False when a real timer must refuse it."""
        valid = {
            "start": self.state == "idle",
            "pause": self.state == "running",
            "resume": self.state == "paused",
        }.get(command, True)
        if not valid:
            return False
        self.left, self.since = self.remaining(t), t
        if command == "start" or command == "resume":
            self.state = "running"
            self.intervals.append([t, t])
        elif command == "pause":
            self.state = "paused"
            self.intervals[-1][1] = t
        elif command in ("adjust", "set_remaining", "restart"):
            target = {
                "adjust": self.left + value,
                "set_remaining": value,
                "restart": self.duration,
            }[command]
            self.adjusted += target - self.left
            self.left = target
        return True


def _run(timer: StepTimer, command: str, value: int, t: int) -> None:
    if command in ("start", "pause", "resume", "restart"):
        getattr(timer, command)(t)
    elif command == "adjust":
        timer.adjust(value, t)
    elif command == "set_remaining":
        timer.set_remaining(value, t)


steps = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=30 * M),  # time since the previous command
        st.sampled_from(COMMANDS),
        st.integers(min_value=-20 * M, max_value=20 * M),
    ),
    max_size=40,
)


@settings(max_examples=300)
@given(
    duration=st.integers(min_value=0, max_value=120 * M),
    origin=st.integers(min_value=0, max_value=10**15),
    commands=steps,
)
def test_remaining_matches_the_reference(
    duration: int, origin: int, commands: list[tuple[int, str, int]]
) -> None:
    timer = StepTimer(duration)
    reference = Reference(duration)
    t = origin
    for gap, command, value in commands:
        t += gap
        if command != "query":
            if reference.apply(command, value, t):
                _run(timer, command, value, t)
            else:
                try:
                    _run(timer, command, value, t)
                except TimerError:
                    pass
                else:
                    raise AssertionError(f"{command} at {t} should have been refused")
        for query in (t, t + 1, t + gap):
            expected = reference.remaining(query)
            assert timer.remaining(query) == expected
            assert timer.remaining(query) == (
                duration + reference.adjusted - reference.running_time(query)
            )
            assert timer.elapsed(query) == reference.running_time(query)
            assert timer.overtime(query) == max(0, -expected)
        assert timer.state.value == reference.state


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_display_seconds_is_the_ceiling(remaining: int) -> None:
    shown = display_seconds(remaining)
    assert shown == ceil(Fraction(remaining, S))
    # Counting down by one nanosecond changes the shown value exactly when
    # the remaining time reaches a whole second.
    assert (display_seconds(remaining - 1) != shown) == ((remaining - 1) % S == 0)


@settings(max_examples=300)
@given(
    duration=st.integers(min_value=1, max_value=120 * M),
    warning=st.integers(min_value=0, max_value=30 * M),
    danger=st.integers(min_value=0, max_value=30 * M),
    paused=st.integers(min_value=0, max_value=10 * M),
    adjust=st.integers(min_value=-30 * M, max_value=30 * M),
    query=st.integers(min_value=0, max_value=200 * M),
)
def test_next_change_is_the_first_visible_change(
    duration: int, warning: int, danger: int, paused: int, adjust: int, query: int
) -> None:
    limits = Thresholds(warning=warning, danger=danger)
    timer = StepTimer(duration, limits)
    timer.start(0)
    timer.pause(paused // 2)
    timer.resume(paused)
    timer.adjust(adjust, paused)
    now = paused + query
    change = timer.next_change(now)
    assert change is not None and change > now

    def seen(t: int) -> tuple[int, object]:
        return display_seconds(timer.remaining(t)), timer.phase(t)

    # Both shown values only move one way, so equal at both ends means equal between.
    assert seen(change - 1) == seen(now)
    assert seen(change) != seen(now)
    assert change - now <= S
