"""The room commands a step of the agenda asks for: its groups, its deal, its turns (pure).

These read a loaded agenda (its ``groups``, ``deal`` and ``turns`` fields)
and call the room's commands, so the controller and the tests do the same
thing for a step. The agenda is only read here: nothing imports its models
at run time, so the room stays cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.agenda.groupsize import SAME, GroupSize
from facilitator.room.notices import Notice, RoomError
from facilitator.room.room import Room

if TYPE_CHECKING:
    from facilitator.agenda.agenda import Agenda
    from facilitator.agenda.model import Step

MINUTE = 60_000_000_000


def step_group_size(agenda: Agenda, step: Step) -> GroupSize | None:
    """The size of groups ``step`` asks for; for ``same``, the size of the groups carried on.

    None when the step has no groups (or ``same`` follows no step with a size).
    """
    if step.groups is None:
        return None
    if step.groups != SAME:
        assert isinstance(step.groups, GroupSize)
        return step.groups
    index = agenda.steps.index(step)
    for earlier in reversed(agenda.steps[:index]):
        if isinstance(earlier.groups, GroupSize):
            return earlier.groups
    return None


def fragment_titles(agenda: Agenda, handout: str) -> dict[str, str]:
    """A hand-out's documents' and cards' titles by id (for the dealt lines)."""
    sheet = agenda.handout(handout)
    if sheet is None:
        return {}
    return {f.id: f.title for f in (*sheet.documents, *sheet.cards)}


def deal_for_step(room: Room, agenda: Agenda, step: Step, now: int) -> list[Notice]:
    """Deal what ``step``'s ``deal`` says to the room's groups (nothing when it has none)."""
    if step.deal is None:
        return []
    sheet = agenda.handout(step.deal.handout)
    if sheet is None:  # the loader refuses this; a hand-built agenda may not
        raise RoomError("nothing_to_deal", handout=step.deal.handout, material="material")
    notices: list[Notice] = []
    for material in ("documents", "cards"):
        per_group = step.deal.documents if material == "documents" else step.deal.cards
        if per_group is None:
            continue
        fragments = [f.id for f in (sheet.documents if material == "documents" else sheet.cards)]
        notices += room.deal(
            step.id,
            sheet.id,
            "documents" if material == "documents" else "cards",
            fragments,
            now,
            per_group=None if per_group == "all" else per_group,
            titles=fragment_titles(agenda, sheet.id),
            handout_title=sheet.title,
        )
    return notices


def plan_turns_for_step(
    room: Room, step: Step, remaining: int, now: int, *, seed: int | None = None
) -> list[Notice]:
    """The groups' turns ``step`` asks for: its minutes per group, or ``remaining`` shared."""
    if step.turns is None:
        return []
    each = round(step.turns.minutes * MINUTE) if step.turns.minutes is not None else None
    return room.plan_turns(
        step.id, now, each=each, remaining=remaining, order=step.turns.order, seed=seed
    )
