"""Dealing cards and documents: every card used, counts differing by at most one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.room.deal import deal, material_label, short_title, uses
from facilitator.room.notices import RoomError
from facilitator.room.room import Room
from facilitator.room.views import dealt_lines
from facilitator.room.words import words_for

CARDS = ["kaart-a", "kaart-b", "kaart-c", "kaart-d"]
TITLES = {
    "kaart-a": "Kaart A – Beslissing over promotie",
    "kaart-b": "Kaart B – Teamvergadering",
    "kaart-c": "Kaart C – Opleidingsmogelijkheid",
    "kaart-d": "Kaart D – Leeftijdsdiscriminatie bij aanwerving",
}


def test_four_cards_two_per_group_to_six_groups_each_card_three_times() -> None:
    given_ = deal(CARDS, [1, 2, 3, 4, 5, 6], 2)
    assert [g.fragments for g in given_] == [
        ("kaart-a", "kaart-b"),
        ("kaart-c", "kaart-d"),
    ] * 3
    assert uses(given_) == {c: 3 for c in CARDS}


def test_three_cards_two_per_group_are_shown_in_card_order() -> None:
    assert [g.fragments for g in deal(["a", "b", "c"], [1, 2, 3], 2)] == [
        ("a", "b"),
        ("a", "c"),
        ("b", "c"),
    ]


def test_every_document_to_every_group() -> None:
    docs = ["document-a", "document-b", "document-c"]
    assert all(g.fragments == tuple(docs) for g in deal(docs, [1, 2, 3, 4], None))
    assert all(g.fragments == tuple(docs) for g in deal(docs, [1, 2], 5))


@settings(max_examples=200)
@given(st.integers(1, 12), st.integers(1, 30), st.integers(1, 12))
def test_dealing_uses_every_card_evenly_and_no_card_twice_in_a_group(
    cards: int, groups: int, per_group: int
) -> None:
    fragments = [f"k{i}" for i in range(cards)]
    result = deal(fragments, list(range(1, groups + 1)), per_group)
    counts = uses(result)
    for entry in result:
        assert len(set(entry.fragments)) == len(entry.fragments) == min(per_group, cards)
    if groups * per_group >= cards:
        assert set(counts) == set(fragments)
    assert max(counts.values()) - min(counts.values()) <= 1 or groups * per_group < cards
    if groups * per_group < cards:
        assert sorted(counts.values()) == [1] * (groups * per_group)


def test_short_titles() -> None:
    assert short_title("Kaart C – Opleidingsmogelijkheid") == "Kaart C"
    assert short_title("Kaart A: de stille groep") == "Kaart A"
    assert short_title("Document A – Fragment uit het STEM-curriculum") == "Document A"
    assert short_title("Card B - Team meeting") == "Card B"
    assert short_title("Zonder scheiding") == "Zonder scheiding"
    assert material_label(["kaart-c", "x"], TITLES, " + ") == "Kaart C + x"


def test_the_projected_lines_in_the_sessions_words() -> None:
    room = Room("nl")
    room.set_people(12, 0)
    room.make_groups("stap-3", 0, count=3, seed=1)
    assert room.deal("stap-3", "hand-out-2", "cards", CARDS, 1, per_group=2) == []
    grouping = room.state.grouping
    assert grouping is not None
    dealt = grouping.deal("hand-out-2", "cards")
    assert dealt is not None
    lines = [line.text for line in dealt_lines(grouping, dealt, TITLES, room.words)]
    assert lines == [
        "Groep 1: Kaart A + Kaart B",
        "Groep 2: Kaart C + Kaart D",
        "Groep 3: Kaart A + Kaart B",
    ]
    english = dealt_lines(grouping, dealt, TITLES, words_for("en-GB"))
    assert english[1].text == "Group 2: Kaart C + Kaart D"


def test_dealing_again_replaces_and_too_few_places_say_so() -> None:
    room = Room("nl")
    room.set_people(2, 0)
    room.make_groups("s", 0, count=1, seed=1)
    (notice,) = room.deal("s", "hand-out-2", "cards", CARDS, 1, per_group=2)
    assert notice.text == "With 2 per group, 2 of the 4 cards go to no group."
    room.deal("s", "hand-out-2", "cards", CARDS, 2, per_group=1)
    grouping = room.state.grouping
    assert grouping is not None and len(grouping.deals) == 1
    assert grouping.deals[0].of(1) == ("kaart-a",)
    with pytest.raises(RoomError, match="hand-out-9 has no cards to deal"):
        room.deal("s", "hand-out-9", "cards", [], 3, per_group=2)


def test_a_reshuffle_keeps_each_groups_cards_and_names_groups_without() -> None:
    room = Room("nl")
    room.set_people(8, 0)
    room.make_groups("s", 0, count=2, seed=1)
    room.deal("s", "hand-out-2", "cards", CARDS, 1, per_group=2)
    room.add_person(2)
    room.add_person(2)
    assert room.reshuffle(3, seed=9) == []
    grouping = room.state.grouping
    assert grouping is not None and grouping.deals[0].of(2) == ("kaart-c", "kaart-d")
    with pytest.raises(RoomError, match="There are no groups yet"):
        Room().deal("s", "h", "cards", CARDS, 0, per_group=1)


def test_a_group_made_by_a_reshuffle_is_told_to_be_dealt_to() -> None:
    from facilitator.agenda.groupsize import GroupSize

    room = Room("nl")
    room.set_people(8, 0)
    room.make_groups("s", 0, size=GroupSize(4, 4), seed=1)
    room.deal("s", "hand-out-2", "cards", CARDS, 1, per_group=2)
    for _ in range(4):
        room.add_person(2)
    notices = room.reshuffle(3, seed=9)
    assert [n.text for n in notices] == ["Group 3 has nothing from hand-out-2 yet: deal again."]
