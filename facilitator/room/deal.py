"""Dealing a hand-out's cards or documents to the groups (pure).

Each group gets ``per_group`` different fragments; together they are spread
round the fragments in order, so that every fragment is used (when there are
enough places) and none is given more than once more than another: four
cards, two per group, to six groups gives AB, CD, AB, CD, AB, CD, every card
three times. ``per_group=None`` gives every fragment to every group.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

#: What is dealt from a hand-out.
Material = Literal["cards", "documents"]

_SHORT = re.compile(r"\s+[–—-]\s+|:\s+")


@dataclass(frozen=True)
class Given:
    """What one group was given: its number and the fragments' ids, in the hand-out's order."""

    group: int
    fragments: tuple[str, ...]


@dataclass(frozen=True)
class Label:
    """A card's or document's title, kept with the deal so that a report needs no agenda."""

    id: str
    title: str


@dataclass(frozen=True)
class Deal:
    """One hand-out's cards or documents dealt to the groups of a grouping."""

    step: str
    handout: str
    material: Material
    per_group: int | None  # None: every fragment to every group
    given: tuple[Given, ...]
    labels: tuple[Label, ...] = ()  # the fragments' titles when dealt
    handout_title: str = ""

    def titles(self) -> dict[str, str]:
        """The dealt fragments' titles by id (those known when dealt)."""
        return {label.id: label.title for label in self.labels}

    def of(self, group: int) -> tuple[str, ...]:
        """The fragments group number ``group`` was given (none if it came later)."""
        for entry in self.given:
            if entry.group == group:
                return entry.fragments
        return ()


def deal(
    fragments: Sequence[str], groups: Sequence[int], per_group: int | None
) -> tuple[Given, ...]:
    """Give each of ``groups`` (numbers) ``per_group`` of ``fragments`` (ids), spread evenly.

    ``per_group`` larger than the number of fragments, or None, gives every
    fragment to every group.
    """
    if per_group is None or per_group >= len(fragments):
        return tuple(Given(number, tuple(fragments)) for number in groups)
    order = {ident: index for index, ident in enumerate(fragments)}
    given = []
    for position, number in enumerate(groups):
        start = position * per_group
        chosen = {fragments[(start + k) % len(fragments)] for k in range(per_group)}
        given.append(Given(number, tuple(sorted(chosen, key=order.__getitem__))))
    return tuple(given)


def uses(given: Sequence[Given]) -> Counter[str]:
    """How many groups got each fragment."""
    return Counter(ident for entry in given for ident in entry.fragments)


def short_title(title: str) -> str:
    """A card's or document's short name: "Kaart C – Opleidingsmogelijkheid" → "Kaart C"."""
    head = _SHORT.split(title.strip(), maxsplit=1)[0].strip()
    return head or title.strip()


def material_label(fragments: Sequence[str], titles: Mapping[str, str], join: str) -> str:
    """The fragments' short names joined: "Kaart C + Kaart D" (an id without a title as is)."""
    return join.join(short_title(titles.get(ident, ident)) for ident in fragments)
