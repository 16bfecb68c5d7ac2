"""The size of a step's groups, as a trainer writes it: ``3-5``, ``pairs``, ``4``, ``same``.

This module is plain Python (no pydantic), so that the room model can use the
same value without paying for the agenda's models at import time. The agenda
model (:mod:`facilitator.agenda.model`) validates a step's ``groups`` field
with :func:`parse_groups`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from facilitator.i18n import translate

#: The largest group a step may ask for (a group of 30 is a plenary, not a group).
MAX_GROUP_SIZE: Final = 30

#: ``groups: same``: the groups made in an earlier step carry on.
SAME: Final = "same"

_RANGE = re.compile(r"^\s*(\d+)\s*(?:-|–|—|to)\s*(\d+)\s*$")
# Words a trainer may write for pairs; only "pairs" is the format's.
_PAIR_WORDS = {"pair", "duos", "duo", "tweetallen", "tweetal", "duo's", "paren", "koppels"}


class GroupSizeError(ValueError):
    """A ``groups`` value that is not a size; the message is worded for the trainer."""


@dataclass(frozen=True, order=True)
class GroupSize:
    """Groups of ``least`` to ``most`` people (equal for a fixed size; 2-2 is pairs)."""

    least: int
    most: int

    def __post_init__(self) -> None:
        if not 1 <= self.least <= self.most:
            raise GroupSizeError(
                translate("Agenda", "a group size needs 1 <= least <= most, not {size}").format(
                    size=f"{self.least}-{self.most}"
                )
            )

    @property
    def pairs(self) -> bool:
        """Whether these are pairs (an odd person out makes a trio, marked as such)."""
        return self.least == self.most == 2

    def allows(self, size: int) -> bool:
        """Whether a group of ``size`` people is inside this range."""
        return self.least <= size <= self.most

    def __str__(self) -> str:
        if self.pairs:
            return "pairs"
        if self.least == self.most:
            return str(self.least)
        return f"{self.least}-{self.most}"


#: Pairs: groups of two.
PAIRS: Final = GroupSize(2, 2)

#: What a step's ``groups`` field holds: a size, or ``"same"`` (the groups made earlier).
Groups = GroupSize | Literal["same"]


def _how() -> str:
    """How to write a group size, in the interface's language."""
    return translate(
        "Agenda",
        "write a size range such as '3-5', 'pairs', a fixed size such as '4', "
        "or 'same' for the groups made in an earlier step",
    )


def parse_group_size(value: object) -> GroupSize:
    """A size (``3-5``, ``pairs``, ``4``) from what a trainer wrote; ``same`` is refused.

    Raises :class:`GroupSizeError` with a message for the trainer.
    """
    found = parse_groups(value)
    if found == SAME:
        raise GroupSizeError(
            translate(
                "Agenda",
                "'same' is not a size: write a size range such as '3-5', 'pairs' or a fixed "
                "size such as '4'",
            )
        )
    assert isinstance(found, GroupSize)
    return found


def parse_groups(value: object) -> Groups:
    """The value of a step's ``groups`` field: a :class:`GroupSize` or ``"same"``.

    Accepts a whole number (a fixed size, at least 2), a range ``least-most``
    (``3-5``; an en dash works too), ``pairs`` and ``same``, in any case and
    with spaces around. Raises :class:`GroupSizeError` with a message for the
    trainer otherwise.
    """
    if isinstance(value, bool):
        raise GroupSizeError(
            translate("Agenda", "must be a group size, not a yes/no value: {how}").format(
                how=_how()
            )
        )
    if isinstance(value, int):
        return _fixed(value, str(value))
    if isinstance(value, float):
        if value.is_integer():
            return _fixed(int(value), str(int(value)))
        raise GroupSizeError(
            translate("Agenda", "a group has a whole number of people, not {value}: {how}").format(
                value=f"{value:g}", how=_how()
            )
        )
    if not isinstance(value, str):
        raise GroupSizeError(translate("Agenda", "must be a group size: {how}").format(how=_how()))
    text = value.strip().lower()
    if text == "pairs":
        return PAIRS
    if text == SAME:
        return SAME
    if text in _PAIR_WORDS:
        raise GroupSizeError(
            translate("Agenda", "{value} is not a size this app reads: write 'pairs'").format(
                value=repr(value.strip())
            )
        )
    if text.isdigit():
        return _fixed(int(text), text)
    matched = _RANGE.match(text)
    if matched is None:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise GroupSizeError(
            translate("Agenda", "{value} is not a group size: {how}").format(
                value=repr(shown), how=_how()
            )
        )
    least, most = int(matched.group(1)), int(matched.group(2))
    if least > most:
        raise GroupSizeError(
            translate(
                "Agenda",
                "'{size}' goes from more to fewer people: write the smaller number first, "
                "'{most}-{least}'",
            ).format(size=text, most=most, least=least)
        )
    if least < 2:
        raise GroupSizeError(
            translate("Agenda", "a group has at least 2 people, so the range starts at 2 or more")
        )
    if most > MAX_GROUP_SIZE:
        raise GroupSizeError(_too_many(str(most)))
    return GroupSize(least, most)


def _fixed(size: int, shown: str) -> GroupSize:
    if size < 2:
        raise GroupSizeError(
            translate("Agenda", "a group has at least 2 people, not {size}").format(size=shown)
        )
    if size > MAX_GROUP_SIZE:
        raise GroupSizeError(_too_many(shown))
    return GroupSize(size, size)


def _too_many(shown: str) -> str:
    return translate("Agenda", "a group has at most {most} people, not {size}").format(
        most=MAX_GROUP_SIZE, size=shown
    )
