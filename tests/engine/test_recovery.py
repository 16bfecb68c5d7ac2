"""Rebuilding a run from its journal, and where a resumed run's timeline goes on."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.clock import FakeClock, ShiftedClock
from facilitator.engine.events import Event, RunMode, RunOpened, decode_all, encode, plan_of
from facilitator.engine.journal import Journal, read_journal
from facilitator.engine.replay import agenda_from_plan, replay
from facilitator.engine.resume_point import resume_point
from facilitator.engine.session import RunState, SessionRun
from tests.engine.factory import make_agenda

T0 = 5_000 * S
WALL = datetime(2025, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


class MemoryJournal(Journal):
    """A journal that keeps its entries as dicts (what read_journal would return)."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []
        self.error = None

    def write(self, event: Event, now: int, wall: datetime) -> None:
        self.entries.append(encode(event, now, wall))


def opened_record(mode: str = "live", speed: float = 1.0, boot: str = "boot-a") -> RunOpened:
    agenda = make_agenda(items={1: 3})
    return RunOpened(
        mode=RunMode(mode),
        speed=speed,
        agenda=str(agenda.path),
        hash=agenda.content_hash,
        title=agenda.title,
        steps=plan_of(agenda),
        boot=boot,
    )


def opened(mode: str = "live", speed: float = 1.0, boot: str = "boot-a") -> dict[str, Any]:
    return encode(opened_record(mode, speed, boot), T0 - S, WALL - timedelta(seconds=1))


def recorded_run() -> tuple[SessionRun, list[dict[str, Any]]]:
    journal = MemoryJournal()
    journal.entries.append(opened())
    run = SessionRun(make_agenda(items={1: 3}), journal=journal, wall=lambda: WALL)
    return run, journal.entries


def same_state(a: SessionRun, b: SessionRun, now: int) -> None:
    sa, sb = a.snapshot(now), b.snapshot(now)
    assert sa == sb
    for ra, rb in zip(a.records, b.records, strict=True):
        assert ra.timer.segments == rb.timer.segments
        assert ra.timer.adjustments == rb.timer.adjustments
        assert (ra.entered_at, ra.left_at, ra.ended_at) == (rb.entered_at, rb.left_at, rb.ended_at)


def test_replay_rebuilds_a_run_step_for_step() -> None:
    run, events = recorded_run()
    run.start(T0)
    run.next_item(T0 + 30 * S)
    run.pause(T0 + 2 * M)
    run.resume(T0 + 3 * M)
    run.add_time(M, T0 + 4 * M)
    run.next_step(T0 + 11 * M)
    run.next_item(T0 + 12 * M)
    run.previous_step(T0 + 13 * M)
    run.next_step(T0 + 14 * M)
    run.restart_step(T0 + 15 * M)
    run.set_remaining(2 * M, T0 + 16 * M)
    plan_only = agenda_from_plan(decode_all(events).opened)
    assert plan_only is not None  # the steps recorded in run_opened are enough for reports
    assert replay(plan_only, decode_all(events)).warnings == []
    rebuilt = replay(make_agenda(items={1: 3}), decode_all(events))
    assert rebuilt.warnings == []
    assert rebuilt.run.state is RunState.RUNNING
    assert rebuilt.run.index == 1 and rebuilt.run.item_index == 0
    same_state(run, rebuilt.run, T0 + 20 * M)
    assert rebuilt.pauses[0] == [(T0 + 2 * M, T0 + 3 * M)]
    assert rebuilt.adjustments[0] == M
    assert rebuilt.restarts[1] == 1
    assert rebuilt.last_t == T0 + 16 * M
    assert rebuilt.crashed


COMMANDS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "toggle",
                "pause",
                "next_step",
                "previous_step",
                "add",
                "remove",
                "restart",
                "set",
                "next_item",
                "previous_item",
                "finish",
            ]
        ),
        st.integers(min_value=1, max_value=20 * M),
    ),
    max_size=30,
)


def drive(run: SessionRun, commands: list[Any]) -> int:
    """Give ``run`` the ``commands`` (name, gap) one after another; returns the last instant."""
    now = T0
    for name, gap in commands:
        now += gap
        if name == "toggle":
            run.toggle(now)
        elif name == "add":
            run.add_time(M, now)
        elif name == "remove":
            run.add_time(-M, now)
        elif name == "set":
            run.set_remaining(gap, now)
        elif name == "restart":
            run.restart_step(now)
        elif name in ("next_item", "previous_item"):
            getattr(run, name)(now)
        else:
            getattr(run, name)(now)
    return now


@settings(max_examples=150, deadline=None)
@given(COMMANDS)
def test_replay_of_any_command_sequence_gives_the_same_run(commands: list[Any]) -> None:
    run, events = recorded_run()
    now = drive(run, commands)
    rebuilt = replay(make_agenda(items={1: 3}), decode_all(events))
    assert rebuilt.warnings == []
    same_state(run, rebuilt.run, now + M)


def as_format_1(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The journal format 1 would have written: no format field, no session pause events."""
    old = [e for e in events if e["event"] not in ("session_paused", "session_resumed")]
    return [{k: v for k, v in e.items() if k != "format"} for e in old]


@settings(max_examples=150, deadline=None)
@given(COMMANDS)
def test_a_format_1_journal_of_any_command_sequence_gives_the_same_run(
    commands: list[Any],
) -> None:
    run, events = recorded_run()
    now = drive(run, commands)
    new = replay(make_agenda(items={1: 3}), decode_all(events))
    log = decode_all(as_format_1(events))
    assert log.format == 1
    old = replay(make_agenda(items={1: 3}), log)
    assert old.warnings == []
    same_state(run, old.run, now + M)
    # Its session pauses are the ones format 2 writes as events.
    assert old.pauses == new.pauses
    assert sum(map(len, new.pauses)) == sum(e["event"] == "session_paused" for e in events)


def test_a_journal_read_from_disk_replays(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    journal = Journal(path)
    journal.write(opened_record(), T0, WALL)
    run = SessionRun(make_agenda(items={1: 3}), journal=journal, wall=lambda: WALL)
    run.start(T0)
    run.next_step(T0 + 9 * M)
    journal.close()
    with path.open("ab") as file:
        file.write(b'{"t": 99999999999999, "event": "step_pa')  # cut off by a crash
    read = read_journal(path)
    assert len(read.warnings) == 1
    rebuilt = replay(make_agenda(items={1: 3}), read.log())
    assert rebuilt.run.index == 1
    assert rebuilt.run.snapshot(T0 + 10 * M).remaining == 14 * M


def test_closed_and_finished_runs_are_not_crashes() -> None:
    run, events = recorded_run()
    run.start(T0)
    events.append({"t": T0 + M, "wall": WALL.isoformat(), "event": "app_closed"})
    assert not replay(make_agenda(items={1: 3}), decode_all(events)).crashed
    events.pop()
    events.append({"t": T0 + M, "wall": WALL.isoformat(), "event": "heartbeat"})
    assert replay(make_agenda(items={1: 3}), decode_all(events)).crashed
    run.finish(T0 + 2 * M)
    assert not replay(make_agenda(items={1: 3}), decode_all(events)).crashed


def test_resume_on_the_same_boot_uses_the_monotonic_clock() -> None:
    point = resume_point(
        decode_all([opened()]),
        T0 + 5 * M,
        speed=1.0,
        boot="boot-a",
        monotonic_now=T0 + 7 * M,
        wall=WALL + timedelta(days=3),  # a wall clock set wrong does not matter
    )
    assert (point.now, point.downtime, point.offset) == (T0 + 7 * M, 2 * M, 0)


def test_resume_after_a_reboot_uses_the_wall_clock() -> None:
    # The last entry was 5 minutes after run_opened (at WALL - 1 s); 3 more minutes passed.
    point = resume_point(
        decode_all([opened()]),
        T0 - S + 5 * M,
        speed=1.0,
        boot="boot-b",
        monotonic_now=42 * S,
        wall=WALL - timedelta(seconds=1) + timedelta(minutes=8),
    )
    assert point.now == T0 - S + 8 * M
    assert point.downtime == 3 * M
    assert ShiftedClock(FakeClock(42 * S), point.offset).now() == point.now


def test_resume_of_a_dry_run_scales_the_downtime() -> None:
    point = resume_point(
        decode_all([opened(mode="dry-run", speed=60.0)]),
        T0 - S + 60 * M,  # one real minute after the opening
        speed=60.0,
        boot="boot-a",
        monotonic_now=0,
        wall=WALL - timedelta(seconds=1) + timedelta(seconds=61),  # down one real second
    )
    assert point.downtime == 60 * S


def test_a_wall_clock_set_back_never_undoes_time() -> None:
    point = resume_point(
        decode_all([opened()]),
        T0 + M,
        speed=1.0,
        boot=None,
        monotonic_now=0,
        wall=WALL - timedelta(hours=2),
    )
    assert point.now == T0 + M and point.downtime == 0
