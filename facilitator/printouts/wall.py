"""The wall on paper: "what the room said", to send to participants after the session (pure).

The notes the room could see (released and not hidden: a note the trainer
hid or never released stays off the paper too), by theme in the order the
themes were made, then the notes in no theme, then the commitments ("Ik
zal..."), each in the order they were written. Notes are plain text, printed
exactly as written.
"""

from __future__ import annotations

from facilitator.agenda.agenda import Agenda
from facilitator.printouts.blocks import Block, Heading, NoteList, Page, PrintPlan
from facilitator.printouts.run_room import RunRoom
from facilitator.printouts.words import day_text, labels_for
from facilitator.room.wall import Kind, Note, grouped, shown_notes


def _in_order(notes: tuple[Note, ...] | list[Note]) -> tuple[str, ...]:
    return tuple(n.signed for n in sorted(notes, key=lambda n: (n.at, n.id)))


def wall_plan(agenda: Agenda, run: RunRoom) -> PrintPlan:
    """What the room said in ``run``; an empty plan when no note may be shown."""
    labels = labels_for(agenda.session.language)
    wall = run.state.wall
    shown = shown_notes(wall)
    if not shown:
        return PrintPlan(title=agenda.title, pages=(), name="what the room said")
    commitments = [n for n in shown if n.kind is Kind.COMMITMENT]
    others = [n for n in shown if n.kind is not Kind.COMMITMENT]
    themed = {t.id for t in wall.themes}
    any_theme = any(n.theme in themed for n in others)
    lists: list[Block] = []
    for group in grouped(wall, others):
        if group.theme is not None:
            heading = group.theme.name
        else:
            heading = labels.other_notes if any_theme else ""
        lists.append(NoteList(heading, _in_order(group.notes)))
    if commitments:
        lists.append(NoteList(labels.commitments, _in_order(commitments)))
    subtitle = (
        labels.wall_subtitle.format(title=agenda.title, date=day_text(run.started.date(), labels))
        if run.started is not None
        else agenda.title
    )
    page = Page(footer=labels.wall, blocks=(Heading(labels.wall, subtitle), *lists))
    return PrintPlan(title=agenda.title, pages=(page,), name="what the room said")
