"""Group turns with literal times: each turn's clock, overrun, and the step's timer untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.agenda.load import load_agenda
from facilitator.engine.session import SessionRun
from facilitator.room.notices import RoomError
from facilitator.room.room import Room
from facilitator.room.turns import MIN_TURN, SECOND, Turn, TurnState, propose_turn_time

MIN = 60 * SECOND
BUNDLE = Path(__file__).resolve().parents[2] / "agendas" / "steam-coach"


def room_with_groups(groups: int = 4) -> Room:
    room = Room("nl")
    room.set_people(groups * 3, 0)
    room.make_groups("delen", 0, count=groups, seed=1)
    return room


def test_the_time_per_group_is_proposed_from_the_time_left() -> None:
    assert propose_turn_time(15 * MIN, 4) == 3 * MIN + 45 * SECOND
    assert propose_turn_time(13 * MIN + 20 * SECOND, 4) == 3 * MIN + 15 * SECOND  # 3:20 → 3:15
    assert propose_turn_time(40 * SECOND, 4) == MIN_TURN
    assert propose_turn_time(-5 * SECOND, 3) == MIN_TURN


def test_a_turn_counts_down_then_its_overrun_counts_up() -> None:
    room = room_with_groups(4)
    assert room.plan_turns("delen", 0, remaining=15 * MIN) == []
    turns = room.state.round("delen")
    assert turns is not None
    assert [t.group for t in turns.turns] == [1, 2, 3, 4]
    assert {t.allotted for t in turns.turns} == {3 * MIN + 45 * SECOND}
    t0 = 100 * SECOND
    assert room.start_turn("delen", t0) == 0
    view = room.state.round("delen").view(t0 + 60 * SECOND)  # type: ignore[union-attr]
    assert (view.group, view.remaining, view.overrun, view.next_group) == (
        1,
        2 * MIN + 45 * SECOND,
        0,
        2,
    )
    late = room.state.round("delen").view(t0 + 4 * MIN)  # type: ignore[union-attr]
    assert (late.remaining, late.overrun) == (-15 * SECOND, 15 * SECOND)
    assert room.start_turn("delen", t0 + 4 * MIN) == 1  # the next one ends the first
    first = room.state.round("delen").turns[0]  # type: ignore[union-attr]
    assert first.state is TurnState.DONE
    assert first.used(t0 + 99 * MIN) == 4 * MIN  # frozen once ended


def test_a_paused_turn_does_not_count() -> None:
    room = room_with_groups(2)
    room.plan_turns("delen", 0, each=2 * MIN)
    room.start_turn("delen", 10 * SECOND)
    assert room.pause_turns("delen", 40 * SECOND)
    assert not room.pause_turns("delen", 41 * SECOND)
    turn = room.state.round("delen").turns[0]  # type: ignore[union-attr]
    assert turn.state is TurnState.PAUSED
    assert turn.remaining(5 * MIN) == 90 * SECOND
    assert room.resume_turns("delen", 100 * SECOND)
    assert not room.resume_turns("delen", 101 * SECOND)
    turn = room.state.round("delen").turns[0]  # type: ignore[union-attr]
    assert turn.remaining(130 * SECOND) == 60 * SECOND
    room.pause_turns("delen", 130 * SECOND)
    room.end_turn("delen", 200 * SECOND)  # ending closes the pause
    turn = room.state.round("delen").turns[0]  # type: ignore[union-attr]
    assert turn.used(10**15) == 60 * SECOND
    assert turn.pauses == ((40 * SECOND, 100 * SECOND), (130 * SECOND, 200 * SECOND))


def test_skip_redo_and_add_a_turn() -> None:
    room = room_with_groups(3)
    room.plan_turns("delen", 0, each=2 * MIN)
    assert room.skip_turn("delen", 0) == 0  # group 1 is not ready
    assert room.start_turn("delen", 10 * SECOND) == 1
    assert room.redo_turn("delen", 20 * SECOND) == 2  # group 2 again, right after
    room.end_turn("delen", 2 * MIN)
    assert room.start_turn("delen", 3 * MIN) == 2
    turns = room.state.round("delen")
    assert turns is not None
    assert [(t.group, t.state) for t in turns.turns] == [
        (1, TurnState.SKIPPED),
        (2, TurnState.DONE),
        (2, TurnState.RUNNING),
        (3, TurnState.WAITING),
    ]
    assert room.add_turn("delen", 1, 4 * MIN) == 4  # group 1 after all
    assert turns.view(0).total == 4
    room.start_turn("delen", 5 * MIN)
    room.start_turn("delen", 6 * MIN)
    room.end_turn("delen", 7 * MIN)
    finished = room.state.round("delen")
    assert finished is not None and finished.finished
    with pytest.raises(RoomError, match="Every turn has been done or skipped"):
        room.start_turn("delen", 8 * MIN)
    with pytest.raises(RoomError, match="No turn is under way"):
        room.end_turn("delen", 8 * MIN)
    with pytest.raises(RoomError, match="already started or was skipped"):
        room.skip_turn("delen", 8 * MIN, index=0)
    with pytest.raises(RoomError, match="There is no group 7"):
        room.add_turn("delen", 7, 8 * MIN)


def test_setting_the_turn_time_changes_the_turn_under_way_and_those_waiting() -> None:
    room = room_with_groups(3)
    room.plan_turns("delen", 0, each=2 * MIN)
    room.start_turn("delen", 0)
    room.start_turn("delen", MIN)  # turn 1 done after a minute
    room.set_turn_time("delen", 3 * MIN, 90 * SECOND)
    turns = room.state.round("delen")
    assert turns is not None
    assert [t.allotted for t in turns.turns] == [2 * MIN, 3 * MIN, 3 * MIN]
    assert turns.view(2 * MIN).remaining == 2 * MIN
    with pytest.raises(RoomError, match="A turn lasts from 10 seconds to 60 minutes"):
        room.set_turn_time("delen", 5 * SECOND, 2 * MIN)


def test_turns_that_do_not_fit_the_time_left_say_so() -> None:
    room = room_with_groups(10)
    (notice,) = room.plan_turns("scenes", 0, each=2 * MIN, remaining=15 * MIN)
    assert notice.text == (
        "10 turns of 2 minutes take 20 minutes, but 15 minutes remain in this step."
    )
    (notice,) = room.plan_turns("scenes", 0, remaining=0)
    assert notice.text == (
        "The step has no time left, so each turn is set to 30 seconds; set another time if "
        "you like."
    )
    with pytest.raises(RoomError, match="There are no turns in this step yet"):
        room.start_turn("elders", 0)


def test_shuffled_turns_are_stable_under_a_seed() -> None:
    orders = []
    for _ in range(2):
        room = room_with_groups(6)
        room.plan_turns("delen", 0, each=MIN, order="shuffled", seed=42)
        turns = room.state.round("delen")
        assert turns is not None
        orders.append([t.group for t in turns.turns])
    assert orders[0] == orders[1] and sorted(orders[0]) == [1, 2, 3, 4, 5, 6]
    assert orders[0] != [1, 2, 3, 4, 5, 6]


def test_the_steps_own_countdown_is_never_touched() -> None:
    agenda = load_agenda(BUNDLE / "sessie-2-diversiteit-op-de-werkplek.yaml")
    run = SessionRun(agenda)
    run.start(0)
    untouched = SessionRun(agenda)
    untouched.start(0)
    room = room_with_groups(4)
    room.plan_turns("delen", 10 * SECOND, remaining=run.snapshot(10 * SECOND).remaining)
    for i, at in enumerate((20, 200, 400, 600)):
        room.start_turn("delen", at * SECOND)
        room.pause_turns("delen", (at + 50) * SECOND)
        room.resume_turns("delen", (at + 60) * SECOND)
        if i == 3:
            room.end_turn("delen", (at + 100) * SECOND)
    for now in (0, 100 * SECOND, 700 * SECOND, 20 * MIN):
        assert run.snapshot(now) == untouched.snapshot(now)


@settings(max_examples=100)
@given(
    st.integers(1, 10 * MIN),
    st.lists(st.tuples(st.integers(0, 5 * MIN), st.integers(0, 5 * MIN)), max_size=5),
    st.integers(0, 20 * MIN),
)
def test_a_turns_remaining_time_is_its_allotted_time_less_its_running_time(
    allotted: int, pauses: list[tuple[int, int]], after: int
) -> None:
    start = 1000
    at, recorded = start, []
    for gap, length in pauses:
        at += gap
        recorded.append((at, at + length))
        at += length
    turn = Turn(1, allotted, started=start, pauses=tuple(recorded))
    now = at + after
    paused = sum(end - begin for begin, end in recorded)
    assert turn.used(now) == now - start - paused
    assert turn.remaining(now) == allotted - (now - start - paused)
    assert turn.overrun(now) == max(0, (now - start - paused) - allotted)
