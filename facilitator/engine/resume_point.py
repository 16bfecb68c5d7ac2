"""Where a resumed run's timeline goes on after the app was down (pure arithmetic).

The journal's instants are one timeline. On the same boot at real speed the
monotonic clock simply goes on (an offset carried from an earlier resume
included). Otherwise (a reboot, or a ``--speed`` dry run, whose scaled clock
starts afresh in every process) the downtime comes from the wall clock: the
real wall time of the last entry is the wall time of the session's start plus
the instants since then, divided by the speed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from facilitator.engine.clock import Clock, ScaledClock, ShiftedClock
from facilitator.engine.events import Log, RunOpened, RunResumed, RunStarted


@dataclass(frozen=True)
class ResumePoint:
    """Where a resumed run's timeline goes on: the instant now, and the time missed."""

    now: int  # the journal timeline's instant at the resume
    downtime: int  # ns of the run's clock between the last entry and the resume
    offset: int  # add to this process's monotonic clock to get the timeline (speed 1)


def wall_of(log: Log, instant: int, speed: float) -> datetime | None:
    """The real wall time of a timeline ``instant``, from the run's start (None if unknown)."""
    # run_started's instant and wall time were taken together; run_opened's nearly so.
    for kind in (RunStarted, RunOpened):
        for entry in log.all(kind):
            if entry.wall is not None:
                try:
                    return entry.wall + timedelta(microseconds=(instant - entry.t) / speed / 1000)
                except OverflowError:  # a damaged journal: no wall time that far away
                    return None
    return None


def clock_link(log: Log) -> tuple[str | None, int]:
    """The boot id and monotonic offset the timeline was last recorded with."""
    boot: str | None = None
    offset = 0
    for entry in log.entries:
        record = entry.event
        if isinstance(record, RunOpened):
            boot, offset = record.boot, 0
        elif isinstance(record, RunResumed):
            boot, offset = record.boot, record.offset
    return boot, offset


def resume_point(
    log: Log,
    last_t: int,
    *,
    speed: float,
    boot: str | None,
    monotonic_now: int,
    wall: datetime,
) -> ResumePoint:
    """Where the timeline stands now, ``last_t`` being the last instant recorded.

    Same boot and real speed: the monotonic clock tells (the offset of an
    earlier resume included). Otherwise: the wall clock, scaled by ``speed``.
    Never before ``last_t`` (a wall clock set back does not undo time).
    """
    recorded_boot, offset = clock_link(log)
    if speed == 1.0 and boot is not None and boot == recorded_boot:
        now = monotonic_now + offset
    else:
        last_wall = wall_of(log, last_t, speed)
        down = (wall - last_wall).total_seconds() if last_wall is not None else 0.0
        now = last_t + round(max(0.0, down) * 1e9 * speed)
    now = max(now, last_t)
    return ResumePoint(now=now, downtime=now - last_t, offset=now - monotonic_now)


def resume_clock(monotonic: Clock, point: ResumePoint, speed: float) -> Clock:
    """The clock a resumed run goes on with: this process's clock, shifted onto the timeline."""
    base = ShiftedClock(monotonic, point.offset)
    return base if speed == 1.0 else ScaledClock(base, speed)


def boot_id() -> str | None:
    """This boot's id (Linux), so a resume knows the monotonic clock did not restart."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None
