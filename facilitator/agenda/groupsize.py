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
            raise GroupSizeError(f"a group size needs 1 <= least <= most, not {self}")

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

_HOW = (
    "write a size range such as '3-5', 'pairs', a fixed size such as '4', "
    "or 'same' for the groups made in an earlier step"
)


def parse_group_size(value: object) -> GroupSize:
    """A size (``3-5``, ``pairs``, ``4``) from what a trainer wrote; ``same`` is refused.

    Raises :class:`GroupSizeError` with a message for the trainer.
    """
    found = parse_groups(value)
    if found == SAME:
        raise GroupSizeError(
            "'same' is not a size: write a size range such as '3-5', 'pairs' or a fixed "
            "size such as '4'"
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
        raise GroupSizeError(f"must be a group size, not a yes/no value: {_HOW}")
    if isinstance(value, int):
        return _fixed(value, str(value))
    if isinstance(value, float):
        if value.is_integer():
            return _fixed(int(value), str(int(value)))
        raise GroupSizeError(f"a group has a whole number of people, not {value:g}: {_HOW}")
    if not isinstance(value, str):
        raise GroupSizeError(f"must be a group size: {_HOW}")
    text = value.strip().lower()
    if text == "pairs":
        return PAIRS
    if text == SAME:
        return SAME
    if text in _PAIR_WORDS:
        raise GroupSizeError(f"{value.strip()!r} is not a size this app reads: write 'pairs'")
    if text.isdigit():
        return _fixed(int(text), text)
    matched = _RANGE.match(text)
    if matched is None:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise GroupSizeError(f"{shown!r} is not a group size: {_HOW}")
    least, most = int(matched.group(1)), int(matched.group(2))
    if least > most:
        raise GroupSizeError(
            f"'{text}' goes from more to fewer people: write the smaller number first, "
            f"'{most}-{least}'"
        )
    if least < 2:
        raise GroupSizeError("a group has at least 2 people, so the range starts at 2 or more")
    if most > MAX_GROUP_SIZE:
        raise GroupSizeError(f"a group has at most {MAX_GROUP_SIZE} people, not {most}")
    return GroupSize(least, most)


def _fixed(size: int, shown: str) -> GroupSize:
    if size < 2:
        raise GroupSizeError(f"a group has at least 2 people, not {shown}")
    if size > MAX_GROUP_SIZE:
        raise GroupSizeError(f"a group has at most {MAX_GROUP_SIZE} people, not {shown}")
    return GroupSize(size, size)
