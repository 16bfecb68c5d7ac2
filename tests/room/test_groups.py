"""The group maker: everyone once, even sizes, stable seeds, mixing, arrivals and departures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.agenda.groupsize import PAIRS, GroupSize
from facilitator.room.mixing import alternatives_exist, partition, repeats, together
from facilitator.room.notices import RoomError
from facilitator.room.room import Room
from facilitator.room.sizes import plan_sizes
from facilitator.room.views import group_views
from facilitator.room.words import words_for

ranges = st.tuples(st.integers(2, 6), st.integers(0, 3)).map(lambda t: GroupSize(t[0], t[0] + t[1]))


def room_of(people: int, size: GroupSize, seed: int = 1) -> Room:
    room = Room("nl")
    room.set_people(people, 0)
    room.make_groups("stap-3", 0, size=size, seed=seed)
    return room


def members(room: Room) -> list[list[int]]:
    assert room.state.grouping is not None
    return room.state.grouping.members


def placed(room: Room) -> list[int]:
    return sorted(m for group in members(room) for m in group)


def everyone(room: Room) -> list[int]:
    return sorted(p.id for p in room.state.people)


def sizes(room: Room) -> list[int]:
    return sorted(len(g) for g in members(room))


# --- making groups -------------------------------------------------------------------


def test_seventeen_people_in_groups_of_three_to_five() -> None:
    room = room_of(17, GroupSize(3, 5))
    assert sizes(room) == [4, 4, 4, 5]
    assert [v.label for v in group_views(room.state, room.words)] == [
        "Groep 1 · 4 personen",
        "Groep 2 · 4 personen",
        "Groep 3 · 4 personen",
        "Groep 4 · 5 personen",
    ]


def test_seven_people_in_pairs_make_a_trio_marked_as_such() -> None:
    room = Room("nl")
    room.set_people(7, 0)
    (notice,) = room.make_groups("stap-5", 0, size=PAIRS, seed=3)
    assert notice.text == "7 people do not make pairs exactly: one group is a trio."
    views = group_views(room.state, room.words)
    assert [v.size for v in views] == [2, 2, 3]
    assert [v.trio for v in views] == [False, False, True]
    assert views[2].label == "Groep 3 · drietal"
    assert group_views(room.state, words_for("en"))[2].label == "Group 3 · trio"


@pytest.mark.parametrize(
    ("people", "size", "text"),
    [
        (2, GroupSize(3, 5), "2 people are too few for groups of 3-5: they are one group."),
        (
            9,
            GroupSize(5, 5),
            "9 people do not make groups of 5 exactly: the groups have 4 and 5 people.",
        ),
    ],
)
def test_counts_that_cannot_satisfy_the_range_say_so(
    people: int, size: GroupSize, text: str
) -> None:
    room = Room("nl")
    room.set_people(people, 0)
    (notice,) = room.make_groups("s", 0, size=size, seed=1)
    assert notice.text == text
    assert placed(room) == everyone(room)


def test_the_trainer_may_choose_a_number_of_groups() -> None:
    room = Room("nl")
    room.set_people("A\nB\nC\nD\nE", 0)
    assert room.make_groups("s", 0, count=2, seed=5) == []
    assert sizes(room) == [2, 3]
    with pytest.raises(RoomError, match=r"from 1 to the number of people \(5\)"):
        room.make_groups("s", 0, count=6)
    with pytest.raises(RoomError, match="There is nobody in the room yet"):
        Room().make_groups("s", 0, size=PAIRS)


def test_names_are_shown_in_the_grid() -> None:
    room = Room("nl")
    room.set_people("Anna, Bo, Chris, Dirk", 0)
    room.make_groups("s", 0, size=PAIRS, seed=2)
    names = sorted(n for v in group_views(room.state, room.words) for n in v.names)
    assert names == ["Anna", "Bo", "Chris", "Dirk"]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 60), ranges, st.integers(0, 2**31))
def test_everyone_once_sizes_in_range_when_feasible_and_even(
    people: int, size: GroupSize, seed: int
) -> None:
    room = room_of(people, size, seed)
    assert placed(room) == everyone(room)
    found = sizes(room)
    assert max(found) - min(found) <= 1
    if plan_sizes(people, size).fits:
        assert all(size.allows(s) for s in found)


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 40), ranges, st.integers(0, 2**31))
def test_the_same_seed_gives_the_same_groups(people: int, size: GroupSize, seed: int) -> None:
    assert members(room_of(people, size, seed)) == members(room_of(people, size, seed))


def test_another_seed_gives_other_groups() -> None:
    assert partition(members(room_of(20, GroupSize(3, 5), 1))) != partition(
        members(room_of(20, GroupSize(3, 5), 2))
    )


# --- reshuffling ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 40), ranges, st.integers(0, 2**31), st.integers(0, 2**31))
def test_a_reshuffle_changes_who_is_together_when_it_can(
    people: int, size: GroupSize, seed: int, again: int
) -> None:
    room = room_of(people, size, seed)
    before = partition(members(room))
    numbers = [g.number for g in room.state.grouping.groups]  # type: ignore[union-attr]
    notices = room.reshuffle(1, seed=again)
    assert placed(room) == everyone(room)
    if alternatives_exist(plan_sizes(people, size).sizes):
        assert partition(members(room)) != before
        assert [g.number for g in room.state.grouping.groups] == numbers  # type: ignore[union-attr]
    else:
        assert [n.key for n in notices] == ["same_again"]
        assert partition(members(room)) == before


def test_a_reshuffle_mixes_people_who_were_together() -> None:
    room = room_of(20, GroupSize(4, 4), seed=11)
    first = members(room)
    room.reshuffle(1, seed=12)
    # Five groups of four again: with 20 people nobody needs to meet again.
    assert repeats(members(room), together([(first, 1)])) == 0


def test_later_groupings_mix_the_earlier_ones_too() -> None:
    room = Room("nl")
    room.set_people(12, 0)
    room.make_groups("stap-1", 0, size=GroupSize(3, 3), seed=1)
    first = members(room)
    room.make_groups("stap-3", 1, size=GroupSize(3, 3), seed=2)
    assert repeats(members(room), together([(first, 1)])) == 0
    assert len(room.state.earlier) == 1


# --- arrivals and departures ---------------------------------------------------------


def group_of(room: Room) -> dict[int, int]:
    grouping = room.state.grouping
    assert grouping is not None
    return {m: g.number for g in grouping.groups for m in g.members}


def test_a_newcomer_joins_the_smallest_group() -> None:
    room = room_of(17, GroupSize(3, 5))
    before = group_of(room)
    person, notices = room.add_person(1, "Zoë")
    after = group_of(room)
    assert after[person.id] == 1  # groups 1-3 have 4, the first of equals
    assert {p: after[p] for p in before} == before
    assert [n.text for n in notices] == ["Zoë joined group 1."]


def test_a_newcomer_in_a_full_room_is_told_to_reshuffle() -> None:
    room = room_of(10, GroupSize(5, 5))
    assert sizes(room) == [5, 5]
    _, notices = room.add_person(1)
    assert [n.text for n in notices] == [
        "Persoon 11 joined group 1.",
        "Group 1 now has 6 people, more than 5: reshuffle to make another group.",
    ]


def test_a_pair_that_loses_one_becomes_a_trio() -> None:
    room = room_of(6, PAIRS, seed=4)
    grouping = room.state.grouping
    assert grouping is not None
    leaving, staying = grouping.groups[0].members
    notices = room.remove_person(leaving, 1)
    assert sizes(room) == [2, 3]
    assert [n.key for n in notices] == ["moved", "group_gone"]
    assert group_of(room)[staying] == 2


def test_a_group_below_the_range_is_topped_up_when_that_moves_fewer() -> None:
    room = Room("nl")
    room.set_people(11, 0)
    room.make_groups("s", 0, size=GroupSize(3, 5), seed=1)
    assert sizes(room) == [3, 4, 4]
    small = next(g for g in room.state.grouping.groups if len(g.members) == 3)  # type: ignore[union-attr]
    notices = room.remove_person(small.members[0], 1)
    assert sizes(room) == [3, 3, 4]
    assert [n.key for n in notices] == ["moved"]
    assert group_of(room)[small.members[1]] == small.number


def test_a_group_below_the_range_merges_when_none_can_spare_anyone() -> None:
    room = room_of(9, GroupSize(3, 4))
    assert sizes(room) == [3, 3, 3]
    first = room.state.grouping.groups[0]  # type: ignore[union-attr]
    notices = room.remove_person(first.members[0], 1)
    assert sizes(room) == [4, 4]
    assert [n.key for n in notices] == ["moved", "moved", "group_gone"]
    assert [g.number for g in room.state.grouping.groups] == [2, 3]  # type: ignore[union-attr]


def test_a_group_below_the_range_stays_when_merging_would_overfill_others() -> None:
    room = room_of(9, GroupSize(3, 3))
    first = room.state.grouping.groups[0]  # type: ignore[union-attr]
    (notice,) = room.remove_person(first.members[0], 1)
    assert sizes(room) == [2, 3, 3]
    assert notice.text == (
        "Group 1 now has 2 people, fewer than 3: reshuffle, or move someone into it."
    )


def test_the_last_of_a_group_leaving_leaves_a_gap_not_renumbering() -> None:
    room = Room("nl")
    room.set_people(3, 0)
    room.make_groups("s", 0, count=3, seed=1)
    third = room.state.grouping.group(2).members[0]  # type: ignore[union-attr]
    (notice,) = room.remove_person(third, 1)
    assert (
        notice.text == "Group 2 has no one left and is gone; the other groups keep their numbers."
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(3, 40),
    ranges,
    st.integers(0, 2**31),
    st.lists(st.tuples(st.booleans(), st.integers(0, 10**6)), min_size=1, max_size=12),
)
def test_arrivals_and_departures_keep_everyone_else_in_their_group(
    people: int, size: GroupSize, seed: int, changes: list[tuple[bool, int]]
) -> None:
    room = room_of(people, size, seed)
    for arrive, pick in changes:
        before = group_of(room)
        if arrive or len(room.state.people) <= 1:
            person, _ = room.add_person(1)
            after = group_of(room)
            assert {p: after[p] for p in before} == before
            assert person.id in after
        else:
            ids = sorted(before)
            leaving = ids[pick % len(ids)]
            home = before[leaving]
            grouping = room.state.grouping
            assert grouping is not None
            room.remove_person(leaving, 1)
            after = group_of(room)
            assert leaving not in after
            moved = {p for p in after if after[p] != before[p]}
            # Only the rest of the group left behind, or those topping it up, move.
            stayed_home = {p for p in after if before[p] == home}
            joined_home = {p for p in after if after[p] == home and before[p] != home}
            assert moved <= stayed_home | joined_home
            assert len(moved) <= max(size.least, 1)
        assert placed(room) == everyone(room)


def test_moving_someone_by_hand_and_unknown_people_and_groups() -> None:
    room = room_of(8, GroupSize(4, 4))
    person = room.state.grouping.group(1).members[0]  # type: ignore[union-attr]
    notices = room.move_person(person, 2, 1)
    assert group_of(room)[person] == 2
    assert [n.key for n in notices] == ["over", "under"]
    with pytest.raises(RoomError, match="There is no group 9"):
        room.move_person(person, 9, 2)
    with pytest.raises(RoomError, match="That person is not in the room"):
        room.remove_person(999, 2)


def test_a_reshuffle_changes_the_groups_even_when_the_old_ones_mix_best() -> None:
    # Three people, groups of 1 and 2: 2 and 3 met twice, the other pairs three times,
    # so keeping the grouping would repeat least; it must change all the same.
    from facilitator.room.mixing import arrange

    table = {(1, 2): 3, (1, 3): 3, (2, 3): 2}
    current = partition([[1], [2, 3]])
    for seed in range(20):
        assert arrange([1, 2, 3], [1, 2], seed, table) in ([[1], [2, 3]], [[1], [3, 2]])
        assert partition(arrange([1, 2, 3], [1, 2], seed, table, avoid=current)) != current
