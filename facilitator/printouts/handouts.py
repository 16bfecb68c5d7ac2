"""What a session hands out on paper, as pages of blocks (pure: no Qt).

:func:`handout_plan` turns an :class:`~facilitator.agenda.agenda.Agenda` into
a :class:`PrintPlan`: for every hand-out a page with its instructions, note
and guiding questions, then its documents (one page, with room for notes) or
its cards (two to a page, to be cut apart); then, for every template the
session projects (a section with ``phases``, such as the call to action), its
phases with their examples and room to write. That is what ``facilitator
handouts`` prints; ``facilitator print`` prints the same parts one by one:
:func:`participant_handouts_plan` (each hand-out as participants get it, one
copy per group when the run has groups) and :func:`cards_plan` (the cards to
cut out). Each :class:`Page` starts on a new sheet of paper; the PDF drawing
(``facilitator.ui.printing.plan``) only draws what the plan says. Texts are
Markdown, as in the agenda.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import (
    CardItem,
    CardsItem,
    DocumentItem,
    Handout,
    HandoutItem,
    Step,
)
from facilitator.printouts.blocks import (
    CARDS_PER_PAGE,
    Block,
    Card,
    Document,
    Heading,
    Note,
    Page,
    Plain,
    PrintPlan,
    Questions,
    Text,
)
from facilitator.printouts.output import write_plan
from facilitator.printouts.templates import (
    PHASES_PER_PAGE,
    template_pages,
    template_sections,
)
from facilitator.printouts.words import Labels, labels_for
from facilitator.room.deal import material_label
from facilitator.room.grouping import Grouping
from facilitator.room.state import RoomState
from facilitator.room.views import group_views
from facilitator.room.words import words_for

__all__ = [
    "PHASES_PER_PAGE",
    "GroupCopy",
    "Labels",
    "cards_plan",
    "default_filename",
    "file_prefix",
    "group_copies",
    "handout_pages",
    "handout_plan",
    "labels_for",
    "participant_handouts_plan",
    "template_pages",
    "template_sections",
    "write_handouts",
]


@dataclass(frozen=True)
class GroupCopy:
    """One group's copy of a hand-out: who it is for and what it holds."""

    title: str  # "Groep 2"
    line: str  # "Groep 2 · 4 personen · jullie materiaal: Kaart C + Kaart D"
    names: tuple[str, ...]  # the members' names; empty when they were only counted
    fragments: tuple[str, ...] | None  # the documents' and cards' ids; None: all of them


def handout_plan(agenda: Agenda) -> PrintPlan:
    """The printable hand-outs and templates of ``agenda``, in the order they are used."""
    labels = labels_for(agenda.session.language)
    pages: list[Page] = []
    for handout in agenda.session.handouts:
        pages += handout_pages(handout, labels)
    for section in template_sections(agenda):
        pages += template_pages(section, labels)
    return PrintPlan(title=agenda.title, pages=tuple(pages), name="hand-outs")


def handout_pages(handout: Handout, labels: Labels, copy: GroupCopy | None = None) -> list[Page]:
    """A hand-out's cover page, then its documents and its cards (a group's copy: only
    what the group was given, its name on the cover and in the footer)."""
    footer = f"{handout.title} · {copy.title}" if copy is not None else handout.title
    blocks: list[Block] = [Heading(handout.title, copy.line if copy is not None else "")]
    if copy is not None and copy.names:
        blocks.append(Plain(", ".join(copy.names)))
    if handout.instructions.strip():
        blocks.append(Text(handout.instructions.strip()))
    if handout.note and handout.note.strip():
        blocks.append(Note(handout.note.strip()))
    if handout.questions:
        # Instructions ending in a colon ("**Leidende vragen:**") introduce the
        # questions themselves; a second heading would repeat them.
        heading = "" if _ends_with_colon(handout.instructions) else labels.questions
        blocks.append(Questions(heading, tuple(handout.questions)))
    pages = [Page(footer=footer, blocks=tuple(blocks))]
    wanted = copy.fragments if copy is not None else None
    documents = tuple(
        Document(d.title, d.text.strip(), labels.notes)
        for d in handout.documents
        if wanted is None or d.id in wanted
    )
    if documents:
        pages.append(Page(footer=footer, blocks=documents))
    pages += card_pages(handout, labels, footer, wanted)
    return pages


def card_pages(
    handout: Handout, labels: Labels, footer: str, wanted: tuple[str, ...] | None = None
) -> list[Page]:
    """A hand-out's cards (those ``wanted``, else all), :data:`CARDS_PER_PAGE` a sheet."""
    cards = [c for c in handout.cards if wanted is None or c.id in wanted]
    return [
        Page(
            footer=footer,
            layout="cards",
            cards=tuple(
                Card(c.title, c.text.strip(), handout.title)
                for c in cards[start : start + CARDS_PER_PAGE]
            ),
            cut_label=labels.cut,
        )
        for start in range(0, len(cards), CARDS_PER_PAGE)
    ]


def participant_handouts_plan(agenda: Agenda, room: RoomState | None = None) -> PrintPlan:
    """Each hand-out as participants get it; one copy per group where ``room`` has groups."""
    labels = labels_for(agenda.session.language)
    pages: list[Page] = []
    for handout in agenda.session.handouts:
        copies: list[GroupCopy | None] = [*group_copies(agenda, handout, room)] or [None]
        for copy in copies:
            pages += handout_pages(handout, labels, copy)
    return PrintPlan(title=agenda.title, pages=tuple(pages), name="hand-outs")


def cards_plan(agenda: Agenda) -> PrintPlan:
    """Every hand-out's scenario cards, to cut out."""
    labels = labels_for(agenda.session.language)
    pages = [
        page
        for handout in agenda.session.handouts
        for page in card_pages(handout, labels, handout.title)
    ]
    return PrintPlan(title=agenda.title, pages=tuple(pages), name="cards")


def group_copies(agenda: Agenda, handout: Handout, room: RoomState | None) -> list[GroupCopy]:
    """The groups that get their own copy of ``handout``, with what each was given.

    The latest grouping the hand-out was dealt to gives one copy per group,
    each with that group's documents and cards; else, when the current
    groups were made for a step that uses the hand-out, one copy per group
    with all of it; else none (a single copy is printed).
    """
    if room is None:
        return []
    groupings = [g for g in (room.grouping, *reversed(room.earlier)) if g is not None]
    for grouping in groupings:
        if any(d.handout == handout.id for d in grouping.deals):
            return _copies(agenda, handout, room, grouping, dealt=True)
    current = room.grouping
    step = next((s for s in agenda.steps if current is not None and s.id == current.step), None)
    if current is None or step is None or not _uses(step, handout.id):
        return []
    return _copies(agenda, handout, room, current, dealt=False)


def _copies(
    agenda: Agenda, handout: Handout, room: RoomState, grouping: Grouping, *, dealt: bool
) -> list[GroupCopy]:
    words = words_for(agenda.session.language)
    labels = labels_for(agenda.session.language)
    titles = {f.id: f.title for f in (*handout.documents, *handout.cards)}
    order = list(titles)
    # The views read the grouping from the state: show the one these copies are for.
    views = {v.number: v for v in group_views(_with_grouping(room, grouping), words)}
    named = any(p.name for p in room.people)
    copies = []
    for group in sorted(grouping.groups, key=lambda g: g.number):
        view = views[group.number]
        fragments: tuple[str, ...] | None = None
        line = view.label
        if dealt:
            given = {
                i for d in grouping.deals if d.handout == handout.id for i in d.of(group.number)
            }
            chosen = tuple(i for i in order if i in given)
            fragments = chosen
            line = labels.for_group.format(
                group=view.label, material=material_label(chosen, titles, words.join)
            )
        copies.append(GroupCopy(view.title, line, view.names if named else (), fragments))
    return copies


def _with_grouping(room: RoomState, grouping: Grouping) -> RoomState:
    return replace(room, grouping=grouping)


def _uses(step: Step, handout_id: str) -> bool:
    """Whether ``step`` deals or projects ``handout_id`` or one of its documents or cards."""
    if step.deal is not None and step.deal.handout == handout_id:
        return True
    for item in step.project:
        if isinstance(item, HandoutItem) and item.handout == handout_id:
            return True
        refs = (
            [item.document]
            if isinstance(item, DocumentItem)
            else [item.card]
            if isinstance(item, CardItem)
            else item.cards
            if isinstance(item, CardsItem)
            else []
        )
        if any(ref.partition("/")[0] == handout_id for ref in refs):
            return True
    return False


def file_prefix(agenda: Agenda) -> str:
    """How the session's printouts' names begin: ``sessie-1`` for ``sessie-1-….yaml``,
    else the file's name without ``.yaml``."""
    stem = agenda.path.stem
    numbered = re.match(r"^([a-z]+-\d+)(?:-|$)", stem, re.IGNORECASE)
    return numbered.group(1) if numbered else stem


def default_filename(agenda: Agenda) -> str:
    """``sessie-1-hand-outs.pdf`` for ``sessie-1-….yaml``, else ``<stem>-hand-outs.pdf``."""
    return f"{file_prefix(agenda)}-hand-outs.pdf"


def _ends_with_colon(markdown: str) -> bool:
    lines = [line.strip() for line in markdown.strip().splitlines() if line.strip()]
    return bool(lines) and lines[-1].strip("*_ ").endswith(":")


def write_handouts(agenda: Agenda, path: Path) -> int:
    """Write the hand-outs of ``agenda`` to ``path`` as a PDF; return the number of pages.

    Raises ``ValueError`` when the session hands out nothing, and ``OSError``
    when the file cannot be written (an existing file is then left as it was).
    """
    plan = handout_plan(agenda)
    if plan.empty:
        raise ValueError(f"{agenda.title} has no hand-outs or templates to print")
    return write_plan(plan, path)
