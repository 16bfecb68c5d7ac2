"""The trainer's checklists on paper, with boxes to tick (pure).

The library's before, during and after lists, then what to lay out: the
session's materials and every step's, each once, in the order they are
first needed.
"""

from __future__ import annotations

from facilitator.agenda.agenda import Agenda
from facilitator.printouts.blocks import Block, Heading, Page, PrintPlan, Ticks
from facilitator.printouts.words import labels_for


def materials_to_prepare(agenda: Agenda) -> list[str]:
    """The session's materials, then the steps' own, each once (spaces and case ignored)."""
    seen: set[str] = set()
    found: list[str] = []
    for item in [*agenda.session.materials, *(m for s in agenda.steps for m in s.materials)]:
        key = " ".join(item.split()).casefold()
        if key not in seen:
            seen.add(key)
            found.append(item)
    return found


def checklists_plan(agenda: Agenda) -> PrintPlan:
    """Every checklist the session's libraries hold, and the materials to prepare."""
    labels = labels_for(agenda.session.language)
    ticks: list[Block] = [Ticks(c.title, tuple(c.items)) for c in agenda.checklists]
    materials = materials_to_prepare(agenda)
    if materials:
        ticks.append(Ticks(labels.prepare, tuple(materials)))
    if not ticks:
        return PrintPlan(title=agenda.title, pages=(), name="checklists")
    page = Page(
        footer=f"{labels.checklists} · {labels.for_trainer}",
        blocks=(Heading(labels.checklists, agenda.session.subtitle or ""), *ticks),
    )
    return PrintPlan(title=agenda.title, pages=(page,), name="checklists")
