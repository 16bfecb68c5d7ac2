"""The words the room's views show, in the session's language (pure).

Only what the projector and the print-outs show the room is here ("Groep 2",
"4 personen"); messages to the trainer are in :mod:`facilitator.room.notices`.
Each entry is a whole phrase with named placeholders, so it can be translated
as a whole. A language without an entry gets English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """The room's words in one language."""

    group: str  # {number}
    people: str  # {count}, two or more
    one_person: str
    trio: str
    person: str  # {number}: someone known by number only
    theme: str  # {number}: a theme not named yet
    dealt: str  # {group}: {material}
    join: str  # between the cards of one group
    summary: str  # {group} · {size}
    turn_next: str  # {group}
    unthemed: str  # the notes in no theme
    groups_title: str  # over the groups grid
    dealt_all: str  # {material}: the same to every group
    turn_now: str  # over the group whose turn it is
    turn_ready: str  # over the group whose turn comes next, before it starts
    turn_count: str  # {number} {count}: which turn of how many
    turns_done: str  # every group has had its turn
    turn_left: str  # under a turn's countdown
    turn_overrun: str  # under a turn that runs past its time
    turn_paused: str  # under a turn whose clock stopped with the session
    turn_waiting: str  # under the time of a turn not begun yet


WORDS: dict[str, Words] = {
    "nl": Words(
        group="Groep {number}",
        people="{count} personen",
        one_person="1 persoon",
        trio="drietal",
        person="Persoon {number}",
        theme="Thema {number}",
        dealt="{group}: {material}",
        join=" + ",
        summary="{group} · {size}",
        turn_next="Daarna: {group}",
        unthemed="Overige",
        groups_title="Groepen",
        dealt_all="Elke groep: {material}",
        turn_now="Aan de beurt",
        turn_ready="Straks aan de beurt",
        turn_count="Beurt {number} van {count}",
        turns_done="Alle groepen zijn aan de beurt geweest",
        turn_left="nog",
        turn_overrun="uitloop",
        turn_paused="gepauzeerd",
        turn_waiting="spreektijd",
    ),
    "en": Words(
        group="Group {number}",
        people="{count} people",
        one_person="1 person",
        trio="trio",
        person="Person {number}",
        theme="Theme {number}",
        dealt="{group}: {material}",
        join=" + ",
        summary="{group} · {size}",
        turn_next="Next: {group}",
        unthemed="Other notes",
        groups_title="Groups",
        dealt_all="Every group: {material}",
        turn_now="Now presenting",
        turn_ready="Up next",
        turn_count="Turn {number} of {count}",
        turns_done="Every group has had its turn",
        turn_left="left",
        turn_overrun="over time",
        turn_paused="paused",
        turn_waiting="speaking time",
    ),
}


def words_for(language: str) -> Words:
    """The words for a language code such as ``nl``, ``en`` or ``en-GB`` (English if unknown)."""
    return WORDS.get(language.split("-")[0].lower(), WORDS["en"])
