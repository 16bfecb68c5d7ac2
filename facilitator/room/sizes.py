"""How many groups, of which sizes: as even as possible, inside the range when it can be (pure).

Sizes differ by at most one. Among the numbers of groups that keep every group
inside the range, the one whose average is nearest the middle of the range
wins (17 people in 3-5: four groups of 4, 4, 4 and 5, not five groups); ties go
to fewer groups. When no number of groups fits the range, the one that puts
the fewest people outside it wins, ties again to fewer groups: 7 people in
pairs make 2, 2 and 3 (a trio), never a person alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.agenda.groupsize import GroupSize


@dataclass(frozen=True)
class SizePlan:
    """The sizes of the groups to make, smallest first, and whether all are in range."""

    sizes: tuple[int, ...]
    fits: bool


def even_sizes(people: int, groups: int) -> tuple[int, ...]:
    """``people`` split into ``groups`` sizes differing by at most one, smallest first."""
    if groups <= 0 or people <= 0:
        return ()
    groups = min(groups, people)
    base, extra = divmod(people, groups)
    return (base,) * (groups - extra) + (base + 1,) * extra


def _outside(sizes: tuple[int, ...], size: GroupSize) -> int:
    """How many places the sizes are outside the range, summed over the groups."""
    return sum(max(0, size.least - s) + max(0, s - size.most) for s in sizes)


def plan_sizes(people: int, size: GroupSize) -> SizePlan:
    """The sizes of groups of ``size`` for ``people`` people (see the module's rules)."""
    if people <= 0:
        return SizePlan((), True)
    fitting = [k for k in range(1, people + 1) if k * size.least <= people <= k * size.most]
    if fitting:
        middle = (size.least + size.most) / 2
        best = min(fitting, key=lambda k: (abs(people / k - middle), k))
        return SizePlan(even_sizes(people, best), True)
    best = min(range(1, people + 1), key=lambda k: (_outside(even_sizes(people, k), size), k))
    return SizePlan(even_sizes(people, best), False)


def plan_count(people: int, groups: int) -> SizePlan:
    """The sizes of ``groups`` groups (the trainer's choice) for ``people`` people."""
    return SizePlan(even_sizes(people, groups), True)
