"""The groups of a run on paper, each with what it was given (pure).

The run's current groups (those made last), two to a row: "Groep 3 ·
4 personen", the members' names when the trainer gave names, and the
documents and cards dealt to the group by their full titles. The heading
names the step they were made for and the day of the run.
"""

from __future__ import annotations

from facilitator.agenda.agenda import Agenda
from facilitator.printouts.blocks import GroupBox, GroupGrid, Heading, Page, PrintPlan
from facilitator.printouts.run_room import RunRoom
from facilitator.printouts.words import day_text, labels_for
from facilitator.room.views import group_views
from facilitator.room.words import words_for


def groups_plan(agenda: Agenda, run: RunRoom) -> PrintPlan:
    """The run's current groups; an empty plan when it has none."""
    state = run.state
    grouping = state.grouping
    if grouping is None or not grouping.groups:
        return PrintPlan(title=agenda.title, pages=(), name="groups")
    labels = labels_for(agenda.session.language)
    words = words_for(agenda.session.language)
    named = any(p.name for p in state.people)
    boxes = []
    for view in group_views(state, words):
        material = []
        for deal in grouping.deals:
            for ident in deal.of(view.number):
                found = agenda.fragment(f"{deal.handout}/{ident}")
                material.append(found[1].title if found else ident)
        given = labels.given if material else ""
        boxes.append(GroupBox(view.label, view.names if named else (), tuple(material), given))
    step = next((s.title for s in agenda.steps if s.id == grouping.step), grouping.step)
    subtitle = (
        labels.grouped_for.format(step=step, date=day_text(run.started.date(), labels))
        if run.started is not None
        else step
    )
    page = Page(
        footer=labels.groups, blocks=(Heading(labels.groups, subtitle), GroupGrid(tuple(boxes)))
    )
    return PrintPlan(title=agenda.title, pages=(page,), name="groups")
