"""Putting people into groups of given sizes, mixing those who were together before (pure).

:func:`arrange` shuffles the people with a seeded random generator and cuts
them into the sizes asked for, so the same seed gives the same groups. When
earlier groupings are known, it places each person (in the shuffled order)
into the group where they meet the fewest people again, then swaps people
between groups as long as a swap lowers the pairs that meet again (weighted:
the grouping being replaced counts double), from a few shuffled starts in a
small room, within a fixed budget of tries, so a room of 500 stays fast.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence

#: Pairs of people (smaller id first) and how much their meeting again weighs.
Together = Mapping[tuple[int, int], int]

_STARTS = 3  # shuffled starts when there is a history to mix, for a small room
_SMALL = 60  # a larger room gets one start
_BUDGET = 20_000  # swap evaluations in all


def pair(a: int, b: int) -> tuple[int, int]:
    """The key of two people in a :data:`Together` table."""
    return (a, b) if a < b else (b, a)


def together(
    groupings: Iterable[tuple[Sequence[Sequence[int]], int]],
) -> dict[tuple[int, int], int]:
    """How much each pair meeting again weighs: ``(groups, weight)`` per earlier grouping."""
    table: dict[tuple[int, int], int] = {}
    for groups, weight in groupings:
        for members in groups:
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    key = pair(a, b)
                    table[key] = table.get(key, 0) + weight
    return table


def repeats(groups: Sequence[Sequence[int]], table: Together) -> int:
    """The weight of the pairs in ``groups`` that were together before."""
    return sum(
        table.get(pair(a, b), 0)
        for members in groups
        for i, a in enumerate(members)
        for b in members[i + 1 :]
    )


def partition(groups: Iterable[Iterable[int]]) -> frozenset[frozenset[int]]:
    """Who is with whom, whatever the order of groups and members."""
    return frozenset(frozenset(members) for members in groups)


def arrange(
    people: Sequence[int],
    sizes: Sequence[int],
    seed: int,
    table: Together | None = None,
    avoid: frozenset[frozenset[int]] | None = None,
) -> list[list[int]]:
    """``people`` in groups of ``sizes`` (in that order), the same for the same seed.

    With a ``table`` of pairs that were together, the groups mix them where
    possible. With ``avoid`` (the grouping being replaced), the result is a
    different grouping whenever another one exists.
    """
    assert sum(sizes) == len(people), "the sizes must hold everyone"
    rng = random.Random(seed)
    best: list[list[int]] | None = None
    best_cost = -1
    starts = (_STARTS if len(people) <= _SMALL else 1) if table else 1
    for _ in range(starts):
        order = list(people)
        rng.shuffle(order)
        if table:
            groups = _place(order, sizes, table)
            cost = _improve(groups, table, _BUDGET // starts)
        else:
            groups, cost = _cut(order, sizes), 0
        if best is None or cost < best_cost:
            best, best_cost = groups, cost
    assert best is not None
    if avoid is not None and partition(best) == avoid:
        _force_change(best)
    return best


def _cut(order: Sequence[int], sizes: Sequence[int]) -> list[list[int]]:
    groups: list[list[int]] = []
    start = 0
    for size in sizes:
        groups.append(list(order[start : start + size]))
        start += size
    return groups


def _place(order: Sequence[int], sizes: Sequence[int], table: Together) -> list[list[int]]:
    """Each person in turn into the group where they meet the fewest people again
    (among equals, the emptiest, then the first)."""
    groups: list[list[int]] = [[] for _ in sizes]
    for person in order:
        best = min(
            (i for i in range(len(sizes)) if len(groups[i]) < sizes[i]),
            key=lambda i: (_cost(person, groups[i], table, person), len(groups[i]) / sizes[i], i),
        )
        groups[best].append(person)
    return groups


def _cost(person: int, members: Sequence[int], table: Together, skip: int) -> int:
    return sum(
        table.get(pair(person, other), 0) for other in members if other not in (person, skip)
    )


def _improve(groups: list[list[int]], table: Together, budget: int) -> int:
    """Swap people between groups while a swap lowers the repeats, within ``budget``
    tries; the repeats left."""
    improved = True
    while improved and budget > 0:
        improved = False
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                for i in range(len(groups[a])):
                    for j in range(len(groups[b])):
                        budget -= 1
                        p, q = groups[a][i], groups[b][j]
                        before = _cost(p, groups[a], table, p) + _cost(q, groups[b], table, q)
                        if before == 0:
                            continue  # neither meets anyone again: nothing to gain
                        after = _cost(p, groups[b], table, q) + _cost(q, groups[a], table, p)
                        if after < before:
                            groups[a][i], groups[b][j] = q, p
                            improved = True
                if budget <= 0:
                    return repeats(groups, table)
    return repeats(groups, table)


def _force_change(groups: list[list[int]]) -> None:
    """Swap two people of different groups, so that who is with whom changes.

    Possible whenever two groups exist and one has two people or more; a swap
    between two groups of one changes nothing, and is not tried.
    """
    for a in range(len(groups)):
        for b in range(a + 1, len(groups)):
            if groups[a] and groups[b] and (len(groups[a]) > 1 or len(groups[b]) > 1):
                groups[a][0], groups[b][0] = groups[b][0], groups[a][0]
                return


def alternatives_exist(sizes: Sequence[int]) -> bool:
    """Whether more than one grouping of these sizes exists (who is with whom)."""
    return len(sizes) >= 2 and any(size >= 2 for size in sizes)
