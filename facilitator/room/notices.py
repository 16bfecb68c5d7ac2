"""What the room model tells the trainer, in whole sentences with named placeholders (pure).

A command returns :class:`Notice` values: what happened that the trainer
should know (a trio among pairs, someone who moved to another group, turns
that do not fit the time left). Each has a key and the values for its
sentence, so the text can be translated later; ``text`` is the English one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

#: The English sentence of every notice and error, by key.
SENTENCES: Final[Mapping[str, str]] = {
    # people
    "no_people": "There is nobody in the room yet: type how many people there are, "
    "or paste their names.",
    "too_many_people": "A room holds at most {limit} people; this list has {count}. "
    "Nothing was changed.",
    "no_names": "No names were found in the text: write one name per line, "
    "or separate them with commas.",
    "same_names": "Some names were given twice; they are told apart by a number: {names}.",
    "people_replaced": "The people were replaced, so the groups were cleared: make new groups.",
    "unknown_person": "That person is not in the room (any more).",
    "empty_name": "A name needs at least one letter or digit.",
    # groups
    "no_groups": "There are no groups yet: make groups first.",
    "no_join": "Phones cannot join yet: start the participants' server first (Ctrl+Shift+J).",
    "bad_count": "The number of groups must be from 1 to the number of people ({people}).",
    "uneven": "{people} people do not make groups of {size} exactly: "
    "the groups have {sizes} people.",
    "trio": "{people} people do not make pairs exactly: one group is a trio.",
    "too_few": "{people} people are too few for groups of {size}: they are one group.",
    "same_again": "Only one grouping is possible with these people, so nobody moved.",
    "moved": "{person} moved to group {group}.",
    "joined": "{person} joined group {group}.",
    "group_gone": "Group {group} has no one left and is gone; the other groups keep their numbers.",
    "over": "Group {group} now has {count} people, more than {most}: reshuffle to make "
    "another group.",
    "under": "Group {group} now has {count} people, fewer than {least}: reshuffle, or move "
    "someone into it.",
    "unknown_group": "There is no group {group}.",
    "not_dealt": "Group {group} has nothing from {handout} yet: deal again.",
    "no_group_size": "This step does not say how big its groups are: choose a size or a "
    "number of groups.",
    # dealing
    "nothing_to_deal": "{handout} has no {material} to deal.",
    "not_all_used": "With {per_group} per group, {left} of the {count} {material} go to no group.",
    "nothing_dealt": "Nothing has been dealt to these groups yet: deal the cards or documents "
    "first.",
    "no_deal_in_step": "This step does not say what to deal: choose a hand-out and how many "
    "per group.",
    # turns
    "no_turns": "There are no turns in this step yet: start the groups' turns first.",
    "turns_too_long": "{turns} turns of {each} take {total}, but {left} remain in this step.",
    "no_time_left": "The step has no time left, so each turn is set to {each}; "
    "set another time if you like.",
    "no_turn_running": "No turn is under way.",
    "no_turn_waiting": "Every turn has been done or skipped; add a turn to give a group "
    "another one.",
    "not_waiting": "That turn has already started or was skipped.",
    "unknown_turn": "There is no such turn.",
    "bad_turn_time": "A turn lasts from {least} to {most}.",
    "session_not_running": "The session is not running: start or resume it (Space) first; "
    "a group's turn runs with the step's time.",
    # wall
    "note_empty": "A note needs some text.",
    "note_too_long": "A note has at most {limit} characters; this one has {count}. "
    "Shorten it, or split it into two notes.",
    "theme_empty": "A theme needs a name.",
    "theme_too_long": "A theme's name has at most {limit} characters.",
    "unknown_note": "That note is not on the wall (any more).",
    "unknown_theme": "That theme does not exist (any more).",
    "onto_itself": "A note cannot be put onto itself.",
    "wall_full": "The wall holds at most {limit} notes; remove some to add more.",
    "bad_client_id": "A note's id from a phone has at most {limit} letters, digits, "
    "hyphens or underscores.",
    # feedback
    "bad_score": "A score is a whole number from 1 to {scale}.",
    "bad_scale": "A scale runs from 1 to 2 up to 1 to {most}.",
}


@dataclass(frozen=True)
class Notice:
    """Something the trainer should know, as a sentence key and its values."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English sentence."""
        return SENTENCES[self.key].format(**self.values)


class RoomError(ValueError):
    """A room command that cannot be done; nothing was changed. ``notice`` says why."""

    def __init__(self, key: str, **values: object) -> None:
        self.notice = Notice(key, values)
        super().__init__(self.notice.text)


def duration(ns: int) -> str:
    """A duration in the trainer's messages: "2 minutes", "1 minute 30 seconds"."""
    seconds = max(0, ns) // 1_000_000_000
    minutes, seconds = divmod(seconds, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if seconds or not minutes:
        parts.append(f"{seconds} second{'s' if seconds != 1 else ''}")
    return " ".join(parts)


def listing(items: list[str]) -> str:
    """Items in a sentence: "4, 4, 4 and 5"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
