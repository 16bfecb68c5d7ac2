"""Groups as the room has them, and what changes when someone arrives or leaves (pure).

A :class:`Grouping` is the set of groups made for a step. Groups are numbered
from 1, and a group keeps its number (and what was dealt to it) while people
come, go or are reshuffled, so "Groep 4" stays the table with Kaart C + D;
a group that empties leaves a gap rather than renumbering the others.

Arrivals and departures move as few people as possible: a newcomer joins the
smallest group; when a departure leaves a group below the range, its last
members join other groups (a merge) or a person from a large group tops it
up, or it stays as it is: nobody is left alone when it can be helped, then
the fewest places outside the range, then the fewest moves (see
:func:`removal_moves`). A pair that loses one becomes part of a trio.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from facilitator.agenda.groupsize import GroupSize
from facilitator.room.deal import Deal

#: A group has at least this many people when no range says otherwise.
LEAST = 2


@dataclass(frozen=True)
class Group:
    """One group: its number (from 1) and its members' ids, in the order they joined."""

    number: int
    members: tuple[int, ...]


@dataclass(frozen=True)
class Grouping:
    """The groups made for a step, the size or count asked for, and what was dealt to them."""

    step: str
    size: GroupSize | None  # the range asked for; None when a number of groups was
    count: int | None  # the number of groups asked for, if that was the choice
    groups: tuple[Group, ...]
    deals: tuple[Deal, ...] = ()

    @property
    def least(self) -> int:
        """The smallest size a group should have."""
        return self.size.least if self.size is not None else LEAST

    @property
    def most(self) -> int | None:
        """The largest size a group should have (None: no limit)."""
        return self.size.most if self.size is not None else None

    @property
    def members(self) -> list[list[int]]:
        """Every group's members, in group order."""
        return [list(g.members) for g in self.groups]

    def group(self, number: int) -> Group | None:
        """The group with this number, if it exists."""
        return next((g for g in self.groups if g.number == number), None)

    def group_of(self, person: int) -> Group | None:
        """The group ``person`` is in, if any."""
        return next((g for g in self.groups if person in g.members), None)

    def outside(self, group: Group) -> str | None:
        """``"under"`` or ``"over"`` when a group's size is outside the range, else None."""
        if len(group.members) < self.least:
            return "under"
        most = self.most
        return "over" if most is not None and len(group.members) > most else None

    def deal(self, handout: str, material: str) -> Deal | None:
        """What was dealt from ``handout`` (its ``material``: cards or documents), if anything."""
        return next(
            (d for d in self.deals if d.handout == handout and d.material == material), None
        )


def newcomer_group(grouping: Grouping) -> int | None:
    """The number of the group a newcomer joins: the smallest (the first of equals)."""
    if not grouping.groups:
        return None
    return min(grouping.groups, key=lambda g: (len(g.members), g.number)).number


def removal_moves(grouping: Grouping, person: int) -> tuple[tuple[int, int], ...]:
    """Who moves where, ``(person, group number)``, when ``person`` leaves.

    Nobody moves when the group stays in range, when it was the only group, or
    when it is left empty (it goes). Otherwise three outcomes are weighed:
    leaving it as it is, a merge (its rest joins the smallest other groups) and
    a top-up (one person from each of the largest groups that can spare one).
    Nobody left alone comes first, then the fewest places outside the range,
    then the fewest moves; among equals a merge, then a top-up.
    """
    home = grouping.group_of(person)
    if home is None:
        return ()
    rest = [m for m in home.members if m != person]
    others = [g for g in grouping.groups if g.number != home.number]
    if not rest or len(rest) >= grouping.least or not others:
        return ()
    after = without(grouping, person, ())
    options = [_merge(rest, others), _top_up(len(rest), home.number, others, grouping.least), ()]

    def weigh(moves: tuple[tuple[int, int], ...]) -> tuple[bool, int, int]:
        sizes = [len(g.members) for g in without(after, -1, moves).groups]
        return (1 in sizes, _outside(sizes, grouping.least, grouping.most), len(moves))

    found = [
        (weigh(moves), order, moves) for order, moves in enumerate(options) if moves is not None
    ]
    return min(found)[2]


def _outside(sizes: list[int], least: int, most: int | None) -> int:
    over = sum(max(0, s - most) for s in sizes) if most is not None else 0
    return sum(max(0, least - s) for s in sizes) + over


def _merge(rest: list[int], others: list[Group]) -> tuple[tuple[int, int], ...]:
    sizes = {g.number: len(g.members) for g in others}
    moves = []
    for member in rest:
        number = min(sizes, key=lambda n: (sizes[n], n))
        sizes[number] += 1
        moves.append((member, number))
    return tuple(moves)


def _top_up(
    have: int, home: int, others: list[Group], least: int
) -> tuple[tuple[int, int], ...] | None:
    members = {g.number: list(g.members) for g in others}
    moves = []
    for _ in range(least - have):
        donors = [n for n, m in members.items() if len(m) > least]
        if not donors:
            return None
        number = max(donors, key=lambda n: (len(members[n]), -n))
        moves.append((members[number].pop(), home))  # the latest to join moves
    return tuple(moves)


def without(grouping: Grouping, person: int, moves: tuple[tuple[int, int], ...]) -> Grouping:
    """``grouping`` after ``person`` left and ``moves`` were made; empty groups go."""
    moved = dict(moves)
    groups = []
    for group in grouping.groups:
        kept = tuple(m for m in group.members if m != person and m not in moved)
        arriving = tuple(m for m, number in moves if number == group.number)
        if kept or arriving:
            groups.append(Group(group.number, kept + arriving))
    return replace(grouping, groups=tuple(groups))


def with_member(grouping: Grouping, person: int, number: int) -> Grouping:
    """``grouping`` with ``person`` (in no group, or in another) put into group ``number``."""
    groups = []
    for group in grouping.groups:
        members = tuple(m for m in group.members if m != person)
        if group.number == number:
            members += (person,)
        if members:
            groups.append(Group(group.number, members))
    return replace(grouping, groups=tuple(groups))
