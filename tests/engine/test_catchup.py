"""The catch-up planner, in pure code with literal minutes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.engine.catchup import MAX_LENGTHEN, StepBudget, default_minimum, propose
from facilitator.engine.clock import MINUTE, SECOND


def budgets(*minutes: int, minimum: int = 5, locked: tuple[int, ...] = ()) -> list[StepBudget]:
    return [
        StepBudget(index=i, planned=m * MINUTE, minimum=minimum * MINUTE, locked=i in locked)
        for i, m in enumerate(minutes)
    ]


def lengths(plan_changes: tuple[tuple[int, int, int], ...]) -> dict[int, int]:
    return {index: new // MINUTE for index, _, new in plan_changes}


def test_late_session_shortens_steps_in_proportion_to_their_slack() -> None:
    # 15, 15 and 10 min with a 5-min floor: slack 10, 10, 5; 5 min late.
    plan = propose(budgets(15, 15, 10), 5 * MINUTE)
    assert lengths(plan.changes) == {0: 13, 1: 13, 2: 9}
    assert plan.absorbed == -5 * MINUTE
    assert plan.shortfall == 0


def test_minimum_is_never_crossed_and_the_rest_is_a_shortfall() -> None:
    plan = propose(budgets(10, 8, minimum=6), 10 * MINUTE)
    assert lengths(plan.changes) == {0: 6, 1: 6}
    assert plan.shortfall == 4 * MINUTE


def test_locked_steps_do_not_change() -> None:
    plan = propose(budgets(15, 15, 15, locked=(1,)), 4 * MINUTE)
    assert 1 not in lengths(plan.changes)
    assert sum(lengths(plan.changes).values()) == 30 - 4
    assert plan.shortfall == 0


def test_early_session_gives_steps_more_time_in_proportion_to_their_length() -> None:
    plan = propose(budgets(10, 20), -3 * MINUTE)
    assert lengths(plan.changes) == {0: 11, 1: 22}
    assert plan.absorbed == 3 * MINUTE
    assert plan.shortfall == 0


def test_less_than_half_a_minute_needs_no_plan() -> None:
    plan = propose(budgets(10, 20), 29 * SECOND)
    assert plan.empty
    assert plan.behind == 0


def test_drift_is_rounded_to_whole_minutes() -> None:
    plan = propose(budgets(10, 20), 2 * MINUTE + 31 * SECOND)
    assert plan.behind == 3 * MINUTE
    assert plan.absorbed == -3 * MINUTE


def test_all_steps_locked_leaves_the_whole_drift() -> None:
    plan = propose(budgets(10, 20, locked=(0, 1)), 3 * MINUTE)
    assert plan.empty
    assert plan.shortfall == 3 * MINUTE


def test_new_length_of_a_step() -> None:
    plan = propose(budgets(15, 15), 2 * MINUTE)
    assert plan.new_length(0) == 14 * MINUTE
    assert plan.new_length(5) is None


def test_default_minimum_is_the_agenda_field_or_half() -> None:
    assert default_minimum(10 * MINUTE, None) == 5 * MINUTE
    assert default_minimum(10 * MINUTE, 8) == 8 * MINUTE
    # An agenda minimum above a shortened plan cannot make a step longer.
    assert default_minimum(6 * MINUTE, 8) == 6 * MINUTE


@given(
    minutes=st.lists(st.integers(1, 60), min_size=1, max_size=8),
    floors=st.lists(st.integers(0, 60), min_size=8, max_size=8),
    locks=st.lists(st.booleans(), min_size=8, max_size=8),
    drift=st.integers(-120, 120),
)
def test_properties_of_every_plan(
    minutes: list[int], floors: list[int], locks: list[bool], drift: int
) -> None:
    steps = [
        StepBudget(i, m * MINUTE, min(m, floors[i]) * MINUTE, locks[i])
        for i, m in enumerate(minutes)
    ]
    plan = propose(steps, drift * MINUTE)
    by_index = {s.index: s for s in steps}
    for index, old, new in plan.changes:
        step = by_index[index]
        assert not step.locked
        assert old == step.planned
        assert new >= step.minimum
        assert new <= old + old * MAX_LENGTHEN  # never more than half as long again
        assert (new - old) % MINUTE == 0
        # Late plans only shorten, early plans only lengthen.
        assert (new < old) if drift > 0 else (new > old)
    # What the plan absorbs plus what it leaves is exactly the drift.
    assert -plan.absorbed + plan.shortfall == drift * MINUTE
    slack = sum(s.planned - s.minimum for s in steps if not s.locked)
    room = sum(int(s.planned * MAX_LENGTHEN) // MINUTE * MINUTE for s in steps if not s.locked)
    if drift > 0:
        assert plan.shortfall == max(0, drift * MINUTE - slack)
    else:  # early: what the steps' room cannot take is left over (issue 13)
        assert plan.shortfall == min(0, drift * MINUTE + room)


def test_the_largest_remainder_gets_the_spare_minute() -> None:
    # 15 and 10 min with a 5-min floor: slack 10 and 5; 5 min late gives exact
    # shares of 3.33 and 1.67 min. Largest remainder first: 3 and 2 (12 / 8),
    # never the smallest first (4 and 1: 11 / 9).
    plan = propose(budgets(15, 10), 5 * MINUTE)
    assert lengths(plan.changes) == {0: 12, 1: 8}


def test_a_plan_names_only_the_steps_whose_length_changes() -> None:
    # A minute late over many steps: one of them gives it up, the others are not named
    # (the offer's words and Accept list each change; at 500 steps, most do not change).
    late = propose(budgets(*([10] * 40)), MINUTE)
    assert late.changes == ((0, 10 * MINUTE, 9 * MINUTE),)
    early = propose(budgets(*([10] * 40)), -2 * MINUTE)
    assert early.changes == ((0, 10 * MINUTE, 11 * MINUTE), (1, 10 * MINUTE, 11 * MINUTE))
