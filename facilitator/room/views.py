"""What the room's views show, in the session's words (pure).

The groups grid, the dealt cards and the turn line on the projector, the
console and the print-outs all come from these functions, so they say the
same thing: "Groep 3 · 4 personen", "Groep 2: Kaart C + Kaart D".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.room.deal import Deal, material_label
from facilitator.room.grouping import Grouping
from facilitator.room.people import Person
from facilitator.room.state import RoomState
from facilitator.room.words import Words


def person_name(person: Person, words: Words) -> str:
    """A person as shown: their name, or "Persoon 3" when the trainer gave a number only."""
    return person.name or words.person.format(number=person.id)


@dataclass(frozen=True)
class GroupView:
    """One group as a grid cell shows it."""

    number: int
    title: str  # "Groep 3"
    label: str  # "Groep 3 · 4 personen", "Groep 3 · drietal"
    count: str  # "4 personen", "drietal", "1 persoon"
    names: tuple[str, ...]  # the members as shown, in the order they joined
    size: int
    outside: str | None  # "under" / "over" the range, else None
    trio: bool  # a trio among pairs (the odd one out)


def group_views(state: RoomState, words: Words) -> list[GroupView]:
    """Every group of the current grouping, in number order (none without groups)."""
    grouping = state.grouping
    if grouping is None:
        return []
    people = {p.id: p for p in state.people}
    views = []
    for group in sorted(grouping.groups, key=lambda g: g.number):
        title = words.group.format(number=group.number)
        size = len(group.members)
        trio = grouping.size is not None and grouping.size.pairs and size == 3
        if trio:
            count = words.trio
        elif size == 1:
            count = words.one_person
        else:
            count = words.people.format(count=size)
        views.append(
            GroupView(
                number=group.number,
                title=title,
                label=words.summary.format(group=title, size=count),
                count=count,
                names=tuple(person_name(people[m], words) for m in group.members if m in people),
                size=size,
                outside=grouping.outside(group),
                trio=trio,
            )
        )
    return views


@dataclass(frozen=True)
class DealtLine:
    """What one group was given, as the projector shows it."""

    group: int
    fragments: tuple[str, ...]
    text: str  # "Groep 2: Kaart C + Kaart D"


def dealt_lines(
    grouping: Grouping, deal: Deal, titles: Mapping[str, str], words: Words
) -> list[DealtLine]:
    """One line per group of ``grouping``: what ``deal`` gave it (``titles``: id → title)."""
    lines = []
    for group in sorted(grouping.groups, key=lambda g: g.number):
        fragments = deal.of(group.number)
        text = words.dealt.format(
            group=words.group.format(number=group.number),
            material=material_label(fragments, titles, words.join),
        )
        lines.append(DealtLine(group.number, fragments, text))
    return lines
