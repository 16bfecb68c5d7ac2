"""The countdown of one step, as arithmetic on recorded instants.

A :class:`StepTimer` stores what happened (running intervals and
adjustments, each at an instant in nanoseconds) and derives everything else
from it: ``remaining = duration + sum(adjustments) - running time``. Nothing
is decremented per tick, so a late or skipped UI tick cannot lose time.

Display and phase rules (one rule for both, so they change together):

* the shown whole seconds are ``ceil(remaining / 1 s)`` (see
  :func:`display_seconds`), so 9:59.2 left shows 10:00, exactly 0 shows 0:00
  and 0.4 s of overtime still shows 0:00; every shown value lasts exactly one
  second and changes when ``remaining`` reaches a whole second;
* the phase is OVERTIME once ``remaining <= 0`` (the instant the countdown
  shows 0:00, time is up), DANGER once ``remaining <= danger``, WARNING once
  ``remaining <= warning``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import NamedTuple

from facilitator.agenda import plain as model
from facilitator.engine.clock import SECOND, minutes_to_ns


class TimerError(ValueError):
    """A timer command that is invalid in the timer's state, or time going backwards."""


class TimerState(enum.Enum):
    """Whether the countdown is running."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


class Phase(enum.Enum):
    """How much time is left, as a colour: derived from the remaining time only."""

    IDLE = "idle"
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class Thresholds:
    """Nanoseconds remaining at which the warning and the danger phases begin."""

    warning: int
    danger: int


class ThresholdFractions(NamedTuple):
    """The trainer's default thresholds, as fractions of a step's length (Preferences)."""

    warning: float
    danger: float


def default_thresholds(duration: int, fractions: ThresholdFractions | None = None) -> Thresholds:
    """Warning and danger at ``fractions`` of ``duration`` left, else at 20% and 10%.

    The 20% / 10% defaults round down to whole ns.
    """
    if fractions is None:
        return Thresholds(warning=duration // 5, danger=duration // 10)
    warning, danger = fractions  # a plain (warning, danger) pair will do too
    return Thresholds(warning=int(duration * warning), danger=int(duration * danger))


def thresholds_for(
    step: model.Step,
    session_timing: model.Timing | None,
    fractions: ThresholdFractions | None = None,
) -> Thresholds:
    """The thresholds of ``step``: its own ``timing``, else the session's, else the defaults.

    Each field falls back on its own, so a step may set only ``danger``. The
    defaults are the trainer's ``fractions`` of the step's length, else 20% / 10%.
    """
    defaults = default_thresholds(minutes_to_ns(step.minutes), fractions)

    def pick(name: str, default: int) -> int:
        for timing in (step.timing, session_timing):
            value = getattr(timing, name, None) if timing is not None else None
            if value is not None:
                return minutes_to_ns(value)
        return default

    return Thresholds(
        warning=pick("warning", defaults.warning), danger=pick("danger", defaults.danger)
    )


def display_seconds(remaining: int) -> int:
    """The whole seconds shown for ``remaining`` ns: ``ceil(remaining / 1 s)``.

    Positive: seconds left, rounded up (a fresh 10-minute step shows 600 and
    turns 599 exactly one second later). Zero and the first second of
    overtime show 0. Further overtime is negative: -1 from exactly 1 s over,
    -2 from 2 s over, and so on (shown as +0:01, +0:02). Every value is shown
    for exactly one second.
    """
    return -(-remaining // SECOND)


def phase_of(remaining: int, thresholds: Thresholds) -> Phase:
    """The phase of a started timer with ``remaining`` ns left."""
    if remaining <= 0:
        return Phase.OVERTIME
    if remaining <= thresholds.danger:
        return Phase.DANGER
    if remaining <= thresholds.warning:
        return Phase.WARNING
    return Phase.NORMAL


class StepTimer:
    """The countdown of one step: commands at instants, values derived from the record."""

    def __init__(self, duration: int, thresholds: Thresholds | None = None) -> None:
        if duration < 0:
            raise TimerError(f"a duration cannot be negative ({duration} ns)")
        self.duration = duration
        self.thresholds = thresholds if thresholds is not None else default_thresholds(duration)
        self.state = TimerState.IDLE
        self.started_at: int | None = None
        self.segments: list[tuple[int, int | None]] = []
        self.adjustments: list[tuple[int, int]] = []
        self.restarts: list[int] = []
        self._last: int | None = None
        # The sum of ``adjustments``, kept as they are appended: the step list and the
        # session's sums ask every step's planned and remaining time on each change
        # (500 steps, several times per command; issue 13).
        self._adjusted = 0

    def __repr__(self) -> str:
        return (
            f"StepTimer(duration={self.duration}, state={self.state.name}, "
            f"segments={self.segments}, adjustments={self.adjustments})"
        )

    # --- the record ------------------------------------------------------

    @property
    def last_instant(self) -> int | None:
        """The latest instant recorded by a command, or None before any command."""
        return self._last

    @property
    def pauses(self) -> list[tuple[int, int | None]]:
        """The paused intervals between running ones; the last is open while paused."""
        gaps: list[tuple[int, int | None]] = []
        for (_, end), (start, _) in zip(self.segments, self.segments[1:], strict=False):
            assert end is not None  # only the last segment may be open
            gaps.append((end, start))
        if self.state is TimerState.PAUSED:
            end = self.segments[-1][1]
            assert end is not None
            gaps.append((end, None))
        return gaps

    def _record(self, now: int) -> None:
        """Check that ``now`` does not go back in time, and remember it."""
        self._check(now)
        self._last = now

    def _check(self, now: int) -> None:
        if self._last is not None and now < self._last:
            raise TimerError(f"time went backwards: {now} is before {self._last}")

    # --- commands --------------------------------------------------------

    def start(self, now: int) -> None:
        """Start the countdown (only once; afterwards use pause/resume)."""
        if self.state is not TimerState.IDLE:
            raise TimerError("the timer has already started")
        self._record(now)
        self.started_at = now
        self.segments.append((now, None))
        self.state = TimerState.RUNNING

    def pause(self, now: int) -> None:
        """Stop the countdown at ``now``, keeping the remaining time."""
        if self.state is not TimerState.RUNNING:
            raise TimerError("the timer is not running")
        self._record(now)
        start, _ = self.segments[-1]
        self.segments[-1] = (start, now)
        self.state = TimerState.PAUSED

    def resume(self, now: int) -> None:
        """Continue a paused countdown from where it stopped."""
        if self.state is not TimerState.PAUSED:
            raise TimerError("the timer is not paused")
        self._record(now)
        self.segments.append((now, None))
        self.state = TimerState.RUNNING

    def adjust(self, delta: int, now: int) -> None:
        """Give ``delta`` ns more time (less if negative), in any state."""
        self._record(now)
        self.adjustments.append((now, delta))
        self._adjusted += delta

    def set_remaining(self, remaining: int, now: int) -> None:
        """Make ``remaining`` ns be left at ``now`` (recorded as an adjustment)."""
        self._check(now)
        self.adjust(remaining - self.remaining(now), now)

    def restart(self, now: int) -> None:
        """Start over with the step's full ``duration`` left, in the same running state.

        The time already spent stays in the record (and in :meth:`elapsed`);
        the reset is recorded as an adjustment, so the remaining-time formula
        holds unchanged.
        """
        self._check(now)
        delta = self.duration - self.remaining(now)
        self._record(now)
        self.restarts.append(now)
        if delta:
            self.adjustments.append((now, delta))
            self._adjusted += delta

    # --- derived values --------------------------------------------------

    def elapsed(self, now: int) -> int:
        """Running time up to ``now``, pauses excluded."""
        self._check(now)
        if not self.segments:  # not begun: the usual case of the steps to come
            return 0
        return sum((now if end is None else end) - start for start, end in self.segments)

    @property
    def adjusted(self) -> int:
        """The sum of all adjustments (added minus removed time)."""
        return self._adjusted

    @property
    def planned(self) -> int:
        """The duration with adjustments: ``duration + sum(adjustments)``."""
        return self.duration + self._adjusted

    def remaining(self, now: int) -> int:
        """Time left at ``now``; negative in overtime."""
        if not self.segments:
            # Not begun, as most steps to come: the planned time is left. Two calls
            # instead of five, each step's, on every change of a 500-step plan.
            self._check(now)
            return self.duration + self._adjusted
        return self.duration + self._adjusted - self.elapsed(now)

    def overtime(self, now: int) -> int:
        """Time beyond zero at ``now`` (0 while time is left)."""
        return max(0, -self.remaining(now))

    def phase(self, now: int, thresholds: Thresholds | None = None) -> Phase:
        """The phase at ``now`` (IDLE before the start); thresholds default to the timer's."""
        if self.state is TimerState.IDLE:
            self._check(now)
            return Phase.IDLE
        return phase_of(
            self.remaining(now), thresholds if thresholds is not None else self.thresholds
        )

    def zero_at(self) -> int | None:
        """While running: the instant the remaining time reaches 0 (or did, if already past).

        Never earlier than the last recorded command, since a command that
        took time away may itself have brought the timer to zero.
        """
        if self.state is not TimerState.RUNNING:
            return None
        assert self._last is not None
        start, _ = self.segments[-1]
        closed = sum(end - s for s, end in self.segments[:-1] if end is not None)
        return max(start + self.planned - closed, self._last)

    def next_change(self, now: int, thresholds: Thresholds | None = None) -> int | None:
        """The next instant after ``now`` when the shown second or the phase changes.

        None when the timer is not running. At the returned instant the shown
        value (or the phase) differs from its value one nanosecond before.
        """
        if self.state is not TimerState.RUNNING:
            self._check(now)
            return None
        remaining = self.remaining(now)
        shown = display_seconds(remaining)
        # The shown value drops when remaining reaches (shown - 1) whole seconds.
        until = remaining - (shown - 1) * SECOND
        limits = thresholds if thresholds is not None else self.thresholds
        current = phase_of(remaining, limits)
        for boundary in (limits.warning, limits.danger, 0):
            # Skip boundaries that change nothing (warning while already in danger).
            if boundary < remaining and phase_of(boundary, limits) is not current:
                until = min(until, remaining - boundary)
        return now + until
