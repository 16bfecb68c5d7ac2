"""Group sizes: as even as possible, inside the range whenever the count allows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.room.sizes import even_sizes, plan_count, plan_sizes


@pytest.mark.parametrize(
    ("people", "size", "sizes", "fits"),
    [
        (17, GroupSize(3, 5), (4, 4, 4, 5), True),
        (12, GroupSize(3, 5), (4, 4, 4), True),
        (7, PAIRS, (2, 2, 3), False),
        (8, PAIRS, (2, 2, 2, 2), True),
        (7, GroupSize(2, 3), (2, 2, 3), True),
        (10, GroupSize(2, 3), (2, 2, 3, 3), True),
        (2, GroupSize(3, 5), (2,), False),
        (1, PAIRS, (1,), False),
        (9, GroupSize(5, 5), (4, 5), False),
        (22, GroupSize(3, 5), (3, 3, 4, 4, 4, 4), True),  # 3.7 is nearer 4 than 4.4
    ],
)
def test_sizes_for_a_range(
    people: int, size: GroupSize, sizes: tuple[int, ...], fits: bool
) -> None:
    plan = plan_sizes(people, size)
    assert (plan.sizes, plan.fits) == (sizes, fits)


def test_a_count_of_groups_is_even() -> None:
    assert plan_count(10, 3).sizes == (3, 3, 4)
    assert even_sizes(3, 5) == (1, 1, 1)
    assert plan_sizes(0, PAIRS).sizes == ()


def feasible(people: int, size: GroupSize) -> bool:
    return any(k * size.least <= people <= k * size.most for k in range(1, people + 1))


ranges = st.tuples(st.integers(2, 8), st.integers(0, 4)).map(lambda t: GroupSize(t[0], t[0] + t[1]))


@given(st.integers(1, 120), ranges)
def test_sizes_hold_everyone_differ_by_one_and_fit_when_they_can(
    people: int, size: GroupSize
) -> None:
    plan = plan_sizes(people, size)
    assert sum(plan.sizes) == people
    assert max(plan.sizes) - min(plan.sizes) <= 1
    assert list(plan.sizes) == sorted(plan.sizes)
    assert plan.fits == feasible(people, size)
    if plan.fits:
        assert all(size.allows(s) for s in plan.sizes)
    elif people >= 2:
        assert min(plan.sizes) >= 2, "nobody alone when it can be helped"
