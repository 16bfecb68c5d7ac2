"""The session plan on paper, as SessionLab prints one (pure).

From a chosen start, every step with its clock times and minutes beside its
title, the trainer's instructions, its materials, how the room is grouped,
what each group is given and whether the groups take turns; and, for the
trainer, the trainer-only parts of the sections the step projects (the call
to action's "Gebruiksaanwijzing"), which participants never get. The header
says how many steps, how long, from when to when, and lists the objectives
and materials of the session.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.audience import trainer_text
from facilitator.agenda.errors import format_number
from facilitator.agenda.groupsize import SAME, GroupSize
from facilitator.agenda.model import SectionItem, Step
from facilitator.markup import literal
from facilitator.printouts.blocks import (
    Block,
    Heading,
    Page,
    PlanEntry,
    PrintPlan,
    Text,
    TrainerPart,
)
from facilitator.printouts.words import Labels, labels_for
from facilitator.timefmt import clock_time

#: The plan's start when none is chosen.
DEFAULT_START = time(9, 0)
_DAY = date(2000, 1, 3)  # any day: only the clock times are printed


def session_plan(agenda: Agenda, start: time = DEFAULT_START) -> PrintPlan:
    """The plan of ``agenda`` from ``start``: a header, then one entry per step."""
    labels = labels_for(agenda.session.language)
    at = datetime.combine(_DAY, start)
    entries: list[Block] = []
    for step in agenda.steps:
        end = at + timedelta(minutes=step.minutes)
        entries.append(
            PlanEntry(
                start=clock_time(at),
                end=clock_time(end),
                minutes=labels.minutes.format(minutes=format_number(step.minutes)),
                title=step.title,
                markdown=step.instructions.strip(),
                details=tuple(step_details(agenda, step, labels)),
                trainer=tuple(trainer_parts(agenda, step, labels)),
            )
        )
        at = end
    summary = labels.plan_summary.format(
        steps=len(agenda.steps),
        minutes=format_number(agenda.total_minutes),
        start=clock_time(datetime.combine(_DAY, start)),
        end=clock_time(at),
    )
    blocks: list[Block] = [Heading(agenda.title, f"{labels.plan} · {summary}")]
    session = agenda.session
    if session.objectives:
        blocks.append(Text(_listing(labels.objectives, session.objectives)))
    if session.materials:
        blocks.append(Text(_listing(labels.materials, session.materials)))
    page = Page(footer=f"{labels.plan} · {labels.for_trainer}", blocks=(*blocks, *entries))
    return PrintPlan(title=agenda.title, pages=(page,), name="session plan")


def step_details(agenda: Agenda, step: Step, labels: Labels) -> list[str]:
    """The plain lines under a step's instructions: materials, groups, what is dealt, turns."""
    lines: list[str] = []
    if step.materials:
        lines.append(labels.step_materials.format(materials="; ".join(step.materials)))
    if step.groups == SAME:
        lines.append(labels.groups_same)
    elif isinstance(step.groups, GroupSize):
        if step.groups.pairs:
            lines.append(labels.groups_pairs)
        else:
            lines.append(labels.groups_range.format(size=str(step.groups)))
    if step.deal is not None:
        handout = agenda.handout(step.deal.handout)
        name = handout.title if handout is not None else step.deal.handout
        for per_group, many, one in (
            (step.deal.documents, labels.documents, labels.document),
            (step.deal.cards, labels.cards, labels.card),
        ):
            if per_group == "all":
                lines.append(labels.deal_all.format(material=many, handout=name))
            elif per_group is not None:
                material = one if per_group == 1 else many
                lines.append(
                    labels.deal_some.format(count=per_group, material=material, handout=name)
                )
    if step.turns is not None:
        if step.turns.minutes is not None:
            lines.append(labels.turns_minutes.format(minutes=format_number(step.turns.minutes)))
        else:
            lines.append(labels.turns)
    return lines


def trainer_parts(agenda: Agenda, step: Step, labels: Labels) -> list[TrainerPart]:
    """The trainer-only parts of the sections ``step`` projects, each section once."""
    parts: list[TrainerPart] = []
    ids = [item.section for item in step.project if isinstance(item, SectionItem)]
    for section_id in dict.fromkeys(ids):
        section = agenda.section(section_id)
        if section is None or not section.trainer_only:
            continue
        text = "\n\n".join(
            part.strip()
            for part in (
                trainer_text(section.body, section.trainer_only),
                trainer_text(section.closing, section.trainer_only),
            )
            if part.strip()
        )
        if text:
            parts.append(TrainerPart(labels.trainer_notes.format(section=section.title), text))
    return parts


def _listing(heading: str, items: list[str]) -> str:
    """A bold heading and a bulleted list, in Markdown; the items are plain text, shown as
    written (``markup.literal``)."""
    return f"**{literal(heading)}**\n\n" + "\n".join(f"- {literal(item)}" for item in items)
