"""What the room model tells the trainer, in whole sentences with named placeholders (pure).

A command returns :class:`Notice` values: what happened that the trainer
should know (a trio among pairs, someone who moved to another group, turns
that do not fit the time left). Each has a key and the values for its
sentence; ``text`` is the sentence in the interface's language (English
until the Qt side installs a translator: :mod:`facilitator.i18n`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

#: The English sentence of every notice and error, by key (marked for translation).
SENTENCES: Final[Mapping[str, str]] = {
    # people
    "no_people": QT_TRANSLATE_NOOP(
        "Room",
        "There is nobody in the room yet: type how many people there are, or paste their names.",
    ),
    "too_many_people": QT_TRANSLATE_NOOP(
        "Room", "A room holds at most {limit} people; this list has {count}. Nothing was changed."
    ),
    "no_names": QT_TRANSLATE_NOOP(
        "Room",
        "No names were found in the text: write one name per line, or separate them with commas.",
    ),
    "same_names": QT_TRANSLATE_NOOP(
        "Room", "Some names were given twice; they are told apart by a number: {names}."
    ),
    "people_replaced": QT_TRANSLATE_NOOP(
        "Room", "The people were replaced, so the groups were cleared: make new groups."
    ),
    "unknown_person": QT_TRANSLATE_NOOP("Room", "That person is not in the room (any more)."),
    "empty_name": QT_TRANSLATE_NOOP("Room", "A name needs at least one letter or digit."),
    # groups
    "no_groups": QT_TRANSLATE_NOOP("Room", "There are no groups yet: make groups first."),
    "no_join": QT_TRANSLATE_NOOP(
        "Room", "Phones cannot join yet: start the participants' server first (Ctrl+Shift+J)."
    ),
    "bad_count": QT_TRANSLATE_NOOP(
        "Room", "The number of groups must be from 1 to the number of people ({people})."
    ),
    "uneven": QT_TRANSLATE_NOOP(
        "Room",
        "{people} people do not make groups of {size} exactly: the groups have {sizes} people.",
    ),
    "trio": QT_TRANSLATE_NOOP(
        "Room", "{people} people do not make pairs exactly: one group is a trio."
    ),
    "too_few": QT_TRANSLATE_NOOP(
        "Room", "{people} people are too few for groups of {size}: they are one group."
    ),
    "same_again": QT_TRANSLATE_NOOP(
        "Room", "Only one grouping is possible with these people, so nobody moved."
    ),
    "moved": QT_TRANSLATE_NOOP("Room", "{person} moved to group {group}."),
    "joined": QT_TRANSLATE_NOOP("Room", "{person} joined group {group}."),
    "group_gone": QT_TRANSLATE_NOOP(
        "Room", "Group {group} has no one left and is gone; the other groups keep their numbers."
    ),
    "over": QT_TRANSLATE_NOOP(
        "Room",
        "Group {group} now has {count} people, more than {most}: reshuffle to make another group.",
    ),
    "under": QT_TRANSLATE_NOOP(
        "Room",
        "Group {group} now has {count} people, fewer than {least}: reshuffle, or move "
        "someone into it.",
    ),
    "unknown_group": QT_TRANSLATE_NOOP("Room", "There is no group {group}."),
    "not_dealt": QT_TRANSLATE_NOOP(
        "Room", "Group {group} has nothing from {handout} yet: deal again."
    ),
    "no_group_size": QT_TRANSLATE_NOOP(
        "Room",
        "This step does not say how big its groups are: choose a size or a number of groups.",
    ),
    # dealing
    "nothing_to_deal": QT_TRANSLATE_NOOP("Room", "{handout} has no {material} to deal."),
    "not_all_used": QT_TRANSLATE_NOOP(
        "Room", "With {per_group} per group, {left} of the {count} {material} go to no group."
    ),
    "nothing_dealt": QT_TRANSLATE_NOOP(
        "Room", "Nothing has been dealt to these groups yet: deal the cards or documents first."
    ),
    "no_deal_in_step": QT_TRANSLATE_NOOP(
        "Room", "This step does not say what to deal: choose a hand-out and how many per group."
    ),
    # turns
    "no_turns": QT_TRANSLATE_NOOP(
        "Room", "There are no turns in this step yet: start the groups' turns first."
    ),
    "turns_too_long": QT_TRANSLATE_NOOP(
        "Room", "{turns} turns of {each} take {total}, but {left} remain in this step."
    ),
    "no_time_left": QT_TRANSLATE_NOOP(
        "Room",
        "The step has no time left, so each turn is set to {each}; set another time if you like.",
    ),
    "no_turn_running": QT_TRANSLATE_NOOP("Room", "No turn is under way."),
    "no_turn_waiting": QT_TRANSLATE_NOOP(
        "Room", "Every turn has been done or skipped; add a turn to give a group another one."
    ),
    "not_waiting": QT_TRANSLATE_NOOP("Room", "That turn has already started or was skipped."),
    "unknown_turn": QT_TRANSLATE_NOOP("Room", "There is no such turn."),
    "bad_turn_time": QT_TRANSLATE_NOOP("Room", "A turn lasts from {least} to {most}."),
    "session_not_running": QT_TRANSLATE_NOOP(
        "Room",
        "The session is not running: start or resume it (Space) first; "
        "a group's turn runs with the step's time.",
    ),
    # wall
    "note_empty": QT_TRANSLATE_NOOP("Room", "A note needs some text."),
    "note_too_long": QT_TRANSLATE_NOOP(
        "Room",
        "A note has at most {limit} characters; this one has {count}. "
        "Shorten it, or split it into two notes.",
    ),
    "theme_empty": QT_TRANSLATE_NOOP("Room", "A theme needs a name."),
    "theme_too_long": QT_TRANSLATE_NOOP("Room", "A theme's name has at most {limit} characters."),
    "unknown_note": QT_TRANSLATE_NOOP("Room", "That note is not on the wall (any more)."),
    "unknown_theme": QT_TRANSLATE_NOOP("Room", "That theme does not exist (any more)."),
    "onto_itself": QT_TRANSLATE_NOOP("Room", "A note cannot be put onto itself."),
    "no_notes_shown": QT_TRANSLATE_NOOP(
        "Room",
        "The wall has no notes the room may see yet: write one in the Wall tab "
        "(Ctrl+Shift+N), or release or show the notes there.",
    ),
    "note_in_list": QT_TRANSLATE_NOOP(
        "Room", "Note {number} of the list: {why} Nothing was added."
    ),
    "wall_full": QT_TRANSLATE_NOOP(
        "Room", "The wall holds at most {limit} notes; remove some to add more."
    ),
    "bad_client_id": QT_TRANSLATE_NOOP(
        "Room",
        "A note's id from a phone has at most {limit} letters, digits, hyphens or underscores.",
    ),
    # feedback
    "bad_score": QT_TRANSLATE_NOOP("Room", "A score is a whole number from 1 to {scale}."),
    "bad_scale": QT_TRANSLATE_NOOP("Room", "A scale runs from 1 to 2 up to 1 to {most}."),
}


@dataclass(frozen=True)
class Notice:
    """Something the trainer should know, as a sentence key and its values."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The sentence, in the interface's language."""
        return translate_marked("Room", SENTENCES[self.key]).format(**self.values)


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
        one = translate("Room", "1 minute")
        parts.append(
            one if minutes == 1 else translate("Room", "{count} minutes").format(count=minutes)
        )
    if seconds or not minutes:
        one = translate("Room", "1 second")
        parts.append(
            one if seconds == 1 else translate("Room", "{count} seconds").format(count=seconds)
        )
    return " ".join(parts)


def listing(items: list[str]) -> str:
    """Items in a sentence: "4, 4, 4 and 5"."""
    if len(items) <= 1:
        return "".join(items)
    return translate("Room", "{items} and {last}").format(
        items=", ".join(items[:-1]), last=items[-1]
    )
