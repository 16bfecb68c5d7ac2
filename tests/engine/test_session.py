"""SessionRun over the 10/15/25/15/15/10 agenda, driven by a FakeClock with literal times."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from facilitator.engine.clock import MINUTE as M
from facilitator.engine.clock import SECOND as S
from facilitator.engine.clock import FakeClock
from facilitator.engine.journal import Journal, read_journal
from facilitator.engine.session import RunState, SessionRun
from facilitator.engine.timer import Phase, TimerError, TimerState
from tests.engine.factory import make_agenda

T0 = 5_000 * S
WALL = datetime(2025, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def new_run(**kwargs: object) -> SessionRun:
    return SessionRun(make_agenda(items={1: 3}), wall=lambda: WALL, **kwargs)  # type: ignore[arg-type]


def test_before_the_start() -> None:
    run = new_run()
    assert run.state is RunState.NOT_STARTED
    assert (run.index, run.step_count, run.step.id) == (0, 6, "step-1")
    assert run.started_at is None and run.started_wall is None
    assert run.pause(T0) is False
    assert run.resume(T0) is False
    assert run.finish(T0) is False
    snap = run.snapshot(T0)
    assert snap.state is RunState.NOT_STARTED
    assert snap.timer_state is TimerState.IDLE
    assert snap.phase is Phase.IDLE
    assert snap.remaining == 10 * M
    assert snap.display_seconds == 600
    assert snap.elapsed_session == 0
    assert snap.projected_end_offset == 90 * M
    assert snap.behind == 0
    assert snap.next_change is None


def test_a_whole_session_with_a_clock() -> None:
    clock = FakeClock(T0)
    run = new_run()
    assert run.start(clock.now(), WALL) is True
    assert run.start(clock.now(), WALL) is False
    assert run.state is RunState.RUNNING
    assert run.started_at == T0 and run.started_wall == WALL
    assert run.record(0).started_at == T0

    assert run.next_step(clock.set(T0 + 11 * M)) is True  # one minute over
    snap = run.snapshot(clock.now())
    assert (snap.index, snap.step_id, snap.remaining) == (1, "step-2", 15 * M)
    assert snap.behind == M
    assert snap.projected_end_offset == 91 * M

    assert run.pause(clock.set(T0 + 15 * M)) is True
    assert run.pause(clock.now()) is False
    snap = run.snapshot(clock.set(T0 + 16 * M))
    assert snap.state is RunState.PAUSED
    assert snap.timer_state is TimerState.PAUSED
    assert snap.remaining == 11 * M
    assert snap.behind == 2 * M  # a pause makes the session late
    assert run.resume(clock.set(T0 + 17 * M)) is True
    assert run.resume(clock.now()) is False

    for at in (28, 50, 66, 80):
        assert run.next_step(clock.set(T0 + at * M)) is True
    assert run.index == 5
    assert run.next_step(clock.set(T0 + 95 * M)) is True  # the last step: the end
    assert run.state is RunState.FINISHED
    assert run.finished_at == T0 + 95 * M
    assert run.next_step(clock.now()) is False

    actual = [record.actual(clock.set(T0 + 100 * M)) for record in run.records]
    assert actual == [11 * M, 15 * M, 22 * M, 16 * M, 14 * M, 15 * M]
    assert [r.ended_at for r in run.records] == [T0 + m * M for m in (11, 28, 50, 66, 80, 95)]
    assert all(r.timer.state is TimerState.PAUSED for r in run.records)
    snap = run.snapshot(clock.now())
    assert snap.elapsed_session == 95 * M  # frozen at the end
    assert snap.behind == 5 * M
    assert snap.next_change is None


def test_previous_step_keeps_the_remaining_time() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.next_step(T0 + 5 * M)  # step 1 had 5 min left
    assert run.previous_step(T0 + 8 * M) is True
    assert run.index == 0
    assert run.timer.state is TimerState.RUNNING
    assert run.timer.remaining(T0 + 9 * M) == 4 * M
    left = run.record(1)
    assert left.timer.state is TimerState.PAUSED
    assert left.timer.remaining(T0 + 9 * M) == 12 * M
    assert left.ended_at is None  # left backwards: not moved past
    assert run.record(0).ended_at is None  # current again

    run.next_step(T0 + 10 * M)
    assert run.timer.remaining(T0 + 10 * M) == 12 * M  # continues where it stopped
    first = run.record(0)
    assert first.entered_at == [T0, T0 + 8 * M]
    assert first.left_at == [T0 + 5 * M, T0 + 10 * M]
    assert first.ended_at == T0 + 10 * M
    assert first.actual(T0 + 10 * M) == 7 * M
    assert run.previous_step(T0 + 10 * M) is True
    assert run.previous_step(T0 + 10 * M) is False  # already at the first step


def test_moving_while_paused_does_not_start_the_next_step() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.pause(T0 + M)
    run.next_step(T0 + 2 * M)
    assert run.state is RunState.PAUSED
    assert run.timer.state is TimerState.IDLE
    assert run.record(1).entered_at == [T0 + 2 * M]
    assert run.record(0).ended_at == T0 + 2 * M
    assert run.toggle(T0 + 3 * M) is True  # resume
    assert run.record(1).started_at == T0 + 3 * M
    assert run.toggle(T0 + 4 * M) is True  # pause
    assert run.state is RunState.PAUSED
    assert run.timer.remaining(T0 + 9 * M) == 14 * M


def test_toggle_starts() -> None:
    run = new_run()
    assert run.toggle(T0, WALL) is True
    assert run.state is RunState.RUNNING
    assert run.started_wall == WALL


def test_start_uses_the_wall_callable() -> None:
    run = new_run()
    run.start(T0)
    assert run.started_wall == WALL


def test_navigation_before_the_start_only_moves() -> None:
    run = new_run()
    assert run.previous_step(T0) is False
    assert run.next_step(T0) is True
    assert run.index == 1
    assert run.record(0).ended_at is None
    assert run.record(0).left_at == []
    assert run.go_to_step(5, T0) is True
    assert run.next_step(T0) is False  # no finishing before the start
    run.start(T0 + S, WALL)
    assert run.record(5).started_at == T0 + S


def test_go_to_step() -> None:
    run = new_run()
    run.start(T0, WALL)
    assert run.go_to_step(0, T0 + M) is False
    assert run.go_to_step(3, T0 + M) is True
    assert run.index == 3 and run.timer.started_at == T0 + M
    assert run.record(0).ended_at == T0 + M
    assert run.record(1).timer.state is TimerState.IDLE  # jumped over
    with pytest.raises(IndexError):
        run.go_to_step(6, T0 + M)
    with pytest.raises(IndexError):
        run.go_to_step(-1, T0 + M)


def test_items_clamp_and_never_change_step() -> None:
    run = new_run()
    run.start(T0, WALL)
    assert (run.item_index, run.item_count) == (0, 0)
    assert run.next_item() is False
    assert run.previous_item() is False
    run.next_step(T0 + M)
    assert (run.item_index, run.item_count) == (0, 3)
    assert run.next_item() is True
    assert run.next_item(T0 + 2 * M) is True
    assert run.item_index == 2
    for _ in range(3):  # a clicker pressed at the last item
        assert run.next_item() is False
    assert (run.index, run.item_index) == (1, 2)
    assert run.go_to_item(0) is True
    assert run.previous_item() is False
    assert run.index == 1
    with pytest.raises(IndexError):
        run.go_to_item(3)
    run.go_to_item(1)
    run.next_step(T0 + 3 * M)
    run.previous_step(T0 + 4 * M)
    assert run.item_index == 0  # moving to a step starts at its first item


def test_time_commands() -> None:
    run = new_run()
    assert run.add_time(M, T0) is True  # before the start: a longer first step
    run.start(T0, WALL)
    assert run.snapshot(T0).remaining == 11 * M
    assert run.add_time(0, T0 + M) is False
    assert run.add_time(-2 * M, T0 + M) is True
    assert run.snapshot(T0 + M).remaining == 8 * M
    assert run.snapshot(T0 + M).planned == 9 * M
    assert run.set_remaining(3 * M, T0 + 2 * M) is True
    assert run.set_remaining(3 * M, T0 + 2 * M) is False
    assert run.snapshot(T0 + 2 * M).remaining == 3 * M
    assert run.restart_step(T0 + 3 * M) is True
    assert run.restart_step(T0 + 3 * M) is False  # already full
    assert run.snapshot(T0 + 4 * M).remaining == 9 * M
    assert run.record(0).actual(T0 + 4 * M) == 4 * M


def test_finish_and_reopen() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.next_step(T0 + 10 * M)
    assert run.finish(T0 + 12 * M) is True
    assert run.state is RunState.FINISHED
    assert run.record(1).ended_at == T0 + 12 * M
    for command in (run.pause, run.resume, run.restart_step, run.next_step, run.toggle):
        assert command(T0 + 13 * M) is False
    assert run.add_time(M, T0 + 13 * M) is False
    assert run.set_remaining(M, T0 + 13 * M) is False
    assert run.go_to_step(3, T0 + 13 * M) is False
    assert run.advance_due(T0 + 13 * M) is False
    # "Previous" after the end undoes the finish, paused at the step it ended on.
    assert run.previous_step(T0 + 14 * M) is True
    assert run.state is RunState.PAUSED
    assert (run.index, run.finished_at, run.record(1).ended_at) == (1, None, None)
    assert run.resume(T0 + 15 * M) is True
    assert run.timer.remaining(T0 + 15 * M) == 13 * M


def test_auto_advance_moves_at_the_zero_instants() -> None:
    run = new_run(auto_advance=True)
    run.start(T0, WALL)
    assert run.advance_due(T0 + 10 * M - 1) is False
    assert run.advance_due(T0 + 10 * M) is True
    assert run.index == 1 and run.record(1).started_at == T0 + 10 * M
    # The UI fires three seconds late after two more steps ran out.
    late = T0 + 50 * M + 3 * S
    assert run.advance_due(late) is True
    assert run.index == 3
    assert [r.ended_at for r in run.records[:3]] == [T0 + 10 * M, T0 + 25 * M, T0 + 50 * M]
    assert [r.actual(late) for r in run.records[:3]] == [10 * M, 15 * M, 25 * M]
    assert run.snapshot(late).remaining == 15 * M - 3 * S
    assert run.snapshot(late).behind == 0
    run.pause(T0 + 55 * M)
    assert run.advance_due(T0 + 300 * M) is False  # paused: nothing runs out
    run.resume(T0 + 56 * M)  # one minute of pause: one minute later from now on
    assert run.advance_due(T0 + 300 * M) is True
    assert run.state is RunState.FINISHED
    assert run.finished_at == T0 + 91 * M
    assert [r.ended_at for r in run.records[3:]] == [T0 + m * M for m in (66, 81, 91)]
    assert run.snapshot(T0 + 300 * M).behind == M


def test_auto_advance_after_time_taken_away() -> None:
    run = new_run(auto_advance=True)
    run.start(T0, WALL)
    run.set_remaining(-M, T0 + 2 * M)  # already over: due at this command, not before
    assert run.advance_due(T0 + 3 * M) is True
    assert run.record(0).ended_at == T0 + 2 * M


def test_no_auto_advance_without_the_option() -> None:
    run = new_run()
    run.start(T0, WALL)
    assert run.advance_due(T0 + 60 * M) is False
    assert run.index == 0
    assert run.snapshot(T0 + 60 * M).phase is Phase.OVERTIME


def test_snapshot_fields() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.next_step(T0 + 9 * M)  # one minute early
    run.add_time(2 * M, T0 + 9 * M)
    run.next_item(T0 + 9 * M)
    snap = run.snapshot(T0 + 20 * M + S // 2)
    assert snap.state is RunState.RUNNING
    assert (snap.index, snap.step_count, snap.step_id, snap.step_title) == (
        1,
        6,
        "step-2",
        "Step 2",
    )
    assert snap.planned == 17 * M
    assert snap.remaining == 6 * M - S // 2
    assert snap.display_seconds == 360
    assert snap.step_elapsed == 11 * M + S // 2
    assert snap.phase is Phase.NORMAL
    assert snap.overtime == 0
    assert snap.elapsed_session == 20 * M + S // 2
    assert (snap.item_index, snap.item_count) == (1, 3)
    assert snap.next_step_title == "Step 3"
    assert snap.planned_start_offset == 10 * M
    assert snap.planned_end_offset == 90 * M
    # 20 min gone, 6 left of this step, 65 planned after it: one minute late.
    assert snap.projected_end_offset == 91 * M
    assert snap.behind == M
    assert snap.next_change == T0 + 20 * M + S  # the step and the session clock tick together

    run.go_to_step(5, T0 + 21 * M)
    last = run.snapshot(T0 + 32 * M)
    assert last.next_step_title is None
    assert last.phase is Phase.OVERTIME
    assert (last.remaining, last.overtime, last.display_seconds) == (-M, M, -60)


def test_next_change_includes_the_session_clock() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.pause(T0 + S + S // 2)
    assert run.next_change(T0 + 5 * S + 1) == T0 + 6 * S
    # 598.5 s left from T0 + 6.25 s: the step ticks at T0 + 6.75 s, 7.75 s ...
    run.resume(T0 + 6 * S + S // 4)
    assert run.next_change(T0 + 6 * S + S // 4) == T0 + 6 * S + 3 * S // 4
    assert run.next_change(T0 + 6 * S + 3 * S // 4) == T0 + 7 * S
    assert run.next_change(T0 + 7 * S) == T0 + 7 * S + 3 * S // 4


def test_time_going_backwards_raises() -> None:
    run = new_run()
    run.start(T0, WALL)
    run.pause(T0 + M)
    with pytest.raises(TimerError):
        run.resume(T0)
    with pytest.raises(TimerError):
        run.snapshot(T0)
    assert run.state is RunState.PAUSED


def test_every_change_is_journaled(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "logs" / "run.jsonl"
    journal = Journal(path)
    run = new_run(journal=journal, auto_advance=True)
    run.start(T0, WALL)
    run.pause(T0 + M)
    run.resume(T0 + 2 * M)
    run.add_time(M, T0 + 3 * M)
    run.set_remaining(4 * M, T0 + 4 * M)
    run.restart_step(T0 + 5 * M)
    run.next_step(T0 + 6 * M)
    run.next_item()
    run.previous_step(T0 + 7 * M)
    run.advance_due(T0 + 20 * M)  # step 1 had 9 min left at T0 + 7 min
    run.finish(T0 + 31 * M)
    journal.close()
    read = read_journal(path)
    assert read.warnings == []
    events = [(e["event"], e["t"]) for e in read.events]
    assert events == [
        ("run_started", T0),
        ("step_started", T0),
        ("session_paused", T0 + M),  # the trainer's pause: its own event since format 2
        ("step_paused", T0 + M),
        ("session_resumed", T0 + 2 * M),
        ("step_resumed", T0 + 2 * M),
        ("time_added", T0 + 3 * M),
        ("remaining_set", T0 + 4 * M),
        ("step_restarted", T0 + 5 * M),
        ("step_paused", T0 + 6 * M),
        ("step_ended", T0 + 6 * M),
        ("step_changed", T0 + 6 * M),
        ("step_started", T0 + 6 * M),
        ("item_changed", T0 + 6 * M),
        ("step_paused", T0 + 7 * M),
        ("step_changed", T0 + 7 * M),
        ("step_resumed", T0 + 7 * M),
        ("step_paused", T0 + 16 * M),
        ("step_ended", T0 + 16 * M),
        ("step_changed", T0 + 16 * M),
        ("step_resumed", T0 + 16 * M),
        ("step_paused", T0 + 31 * M),
        ("step_ended", T0 + 31 * M),
        ("run_finished", T0 + 31 * M),
    ]
    first = read.events[0]
    assert first["agenda"] == "/agendas/test.yaml"
    assert first["hash"] == "abc123"
    assert first["title"] == "Test session"
    assert first["wall"] == "2025-03-01T09:00:00+01:00"
    assert read.events[-1]["wall"] == "2025-03-01T09:31:00+01:00"
    assert read.events[6]["delta"] == M
    assert read.events[19] == {
        "t": T0 + 16 * M,
        "wall": "2025-03-01T09:16:00+01:00",
        "event": "step_changed",
        "from": 0,
        "to": 1,
        "auto": True,
    }
