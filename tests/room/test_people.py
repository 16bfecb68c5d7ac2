"""People: a number of them, or pasted names made distinct."""

from __future__ import annotations

import pytest

from facilitator.room.notices import RoomError
from facilitator.room.people import MAX_NAME, MAX_PEOPLE, clean_name, distinct_names, parse_names
from facilitator.room.room import Room


def test_names_one_per_line_or_separated_by_commas() -> None:
    text = "  Anna \n\nBo,  Chris;Dirk\tEva\r\n Fatima van  Dijk ,\n"
    assert parse_names(text) == ["Anna", "Bo", "Chris", "Dirk", "Eva", "Fatima van Dijk"]


def test_control_characters_are_dropped_and_long_names_cut() -> None:
    assert clean_name("An\x00na\u200b") == "Anna"
    long = clean_name("x" * 100)
    assert len(long) == MAX_NAME and long.endswith("…")


def test_duplicates_are_told_apart_case_ignored() -> None:
    assert distinct_names(["Anna", "anna", "Bo", "Anna"]) == ["Anna", "anna (2)", "Bo", "Anna (3)"]
    assert distinct_names(["Anna (2)", "Anna", "Anna"]) == ["Anna (2)", "Anna", "Anna (3)"]
    assert distinct_names(["Bo"], taken=["bo"]) == ["Bo (2)"]


def test_a_number_of_people_are_known_by_number() -> None:
    room = Room("nl")
    assert room.set_people(3, 0) == []
    assert [room.person_name(p) for p in room.state.people] == [
        "Persoon 1",
        "Persoon 2",
        "Persoon 3",
    ]
    assert [room.person_name(p) for p in Room("en", state=room.state).state.people]


def test_pasted_names_with_duplicates_say_so() -> None:
    room = Room("nl")
    (notice,) = room.set_people("Anna\nBo\nAnna", 0)
    assert notice.text == (
        "Some names were given twice; they are told apart by a number: Anna (2)."
    )
    assert [p.name for p in room.state.people] == ["Anna", "Bo", "Anna (2)"]
    assert [p.id for p in room.state.people] == [1, 2, 3]


def test_a_list_of_names_keeps_a_comma_inside_a_name() -> None:
    room = Room("nl")
    room.set_people(["Jansen, Piet", " Bo "], 0)
    assert [p.name for p in room.state.people] == ["Jansen, Piet", "Bo"]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("\n , ;", "No names were found in the text"),
        (MAX_PEOPLE + 1, f"A room holds at most {MAX_PEOPLE} people; this list has 501."),
        ("\n".join(f"P{i}" for i in range(MAX_PEOPLE + 1)), "A room holds at most"),
    ],
)
def test_what_cannot_be_people_is_refused_and_changes_nothing(
    given: int | str, message: str
) -> None:
    room = Room("nl")
    room.set_people(2, 0)
    before = room.state
    with pytest.raises(RoomError) as caught:
        room.set_people(given, 1)
    assert str(caught.value).startswith(message)
    assert room.state == before


def test_people_replaced_clear_the_groups_and_ids_go_on() -> None:
    room = Room("nl")
    room.set_people(4, 0)
    room.make_groups("s", 0, count=2, seed=1)
    (notice,) = room.set_people("Anna\nBo", 1)
    assert notice.key == "people_replaced"
    assert room.state.grouping is None and len(room.state.earlier) == 1
    assert [p.id for p in room.state.people] == [5, 6]


def test_a_late_arrival_with_a_taken_name_gets_a_number() -> None:
    room = Room("nl")
    room.set_people("Anna", 0)
    person, _ = room.add_person(1, "anna")
    assert person.name == "anna (2)"
    with pytest.raises(RoomError, match="A name needs at least one letter"):
        room.add_person(2, "\x00\x01")
    room.rename_person(person.id, "Anneke", 3)
    assert room.state.person(person.id).name == "Anneke"  # type: ignore[union-attr]
