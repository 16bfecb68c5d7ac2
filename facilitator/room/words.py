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
    ),
}


def words_for(language: str) -> Words:
    """The words for a language code such as ``nl``, ``en`` or ``en-GB`` (English if unknown)."""
    return WORDS.get(language.split("-")[0].lower(), WORDS["en"])
