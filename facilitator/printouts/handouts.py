"""What a session hands out on paper, as pages of blocks (pure: no Qt).

:func:`handout_plan` turns an :class:`~facilitator.agenda.agenda.Agenda` into
a :class:`PrintPlan`: for every hand-out a page with its instructions, note
and guiding questions, then its documents (one page, with room for notes) or
its cards (two to a page, to be cut apart); then, for every template the
session projects (a section with ``phases``, such as the call to action), its
phases with their examples and room to write. Each :class:`Page` starts on a
new sheet of paper; the PDF drawing (``facilitator.ui.printing.plan``) only
draws what the plan says. Texts are Markdown, as in the agenda.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Handout, Section, SectionItem
from facilitator.printouts.blocks import (
    CARDS_PER_PAGE,
    Block,
    Card,
    Document,
    Fields,
    Heading,
    Note,
    Page,
    Phase,
    PrintPlan,
    Questions,
    Text,
)
from facilitator.printouts.output import write_plan

PHASES_PER_PAGE = 2  # two phases leave each one a real box to write in


@dataclass(frozen=True)
class Labels:
    """The few words the printout adds itself, in the session's language."""

    questions: str
    notes: str
    name: str
    date: str
    cut: str


LABELS = {
    "nl": Labels(
        questions="Leidende vragen",
        notes="Aantekeningen",
        name="Naam",
        date="Datum",
        cut="knip langs de stippellijn",
    ),
    "en": Labels(
        questions="Guiding questions",
        notes="Notes",
        name="Name",
        date="Date",
        cut="cut along the dashed line",
    ),
}


def labels_for(language: str) -> Labels:
    """The labels for a language such as ``nl`` or ``nl-BE``; English when unknown."""
    return LABELS.get(language[:2].lower(), LABELS["en"])


def handout_plan(agenda: Agenda) -> PrintPlan:
    """The printable hand-outs and templates of ``agenda``, in the order they are used."""
    labels = labels_for(agenda.session.language)
    pages: list[Page] = []
    for handout in agenda.session.handouts:
        pages += handout_pages(handout, labels)
    for section in template_sections(agenda):
        pages += template_pages(section, labels)
    return PrintPlan(title=agenda.title, pages=tuple(pages), name="hand-outs")


def handout_pages(handout: Handout, labels: Labels) -> list[Page]:
    """A hand-out's cover page, then its documents and its cards."""
    blocks: list[Block] = [Heading(handout.title)]
    if handout.instructions.strip():
        blocks.append(Text(handout.instructions.strip()))
    if handout.note and handout.note.strip():
        blocks.append(Note(handout.note.strip()))
    if handout.questions:
        # Instructions ending in a colon ("**Leidende vragen:**") introduce the
        # questions themselves; a second heading would repeat them.
        heading = "" if _ends_with_colon(handout.instructions) else labels.questions
        blocks.append(Questions(heading, tuple(handout.questions)))
    pages = [Page(footer=handout.title, blocks=tuple(blocks))]
    if handout.documents:
        documents = tuple(
            Document(d.title, d.text.strip(), labels.notes) for d in handout.documents
        )
        pages.append(Page(footer=handout.title, blocks=documents))
    for start in range(0, len(handout.cards), CARDS_PER_PAGE):
        cards = tuple(
            Card(c.title, c.text.strip(), handout.title)
            for c in handout.cards[start : start + CARDS_PER_PAGE]
        )
        pages.append(Page(footer=handout.title, layout="cards", cards=cards, cut_label=labels.cut))
    return pages


def template_sections(agenda: Agenda) -> list[Section]:
    """The sections with phases that the session uses: projected in a step, or its own."""
    ids = [
        item.section
        for step in agenda.steps
        for item in step.project
        if isinstance(item, SectionItem)
    ]
    ids += [section.id for section in agenda.session.sections]
    found: list[Section] = []
    for section_id in dict.fromkeys(ids):
        section = agenda.section(section_id)
        if section is not None and section.phases:
            found.append(section)
    return found


def template_pages(section: Section, labels: Labels) -> list[Page]:
    """A template's phases, :data:`PHASES_PER_PAGE` a page; name and date on the first."""
    footer = f"{section.title} – {section.subtitle}" if section.subtitle else section.title
    phases = [
        Phase(n, p.title, p.text.strip(), (p.example or "").strip())
        for n, p in enumerate(section.phases, start=1)
    ]
    pages: list[Page] = []
    for start in range(0, len(phases), PHASES_PER_PAGE):
        blocks: list[Block] = []
        if start == 0:
            blocks += [
                Heading(section.title, section.subtitle or ""),
                Fields((labels.name, labels.date)),
            ]
        blocks += phases[start : start + PHASES_PER_PAGE]
        pages.append(Page(footer=footer, blocks=tuple(blocks)))
    if section.closing.strip():
        last = pages[-1]
        pages[-1] = Page(footer=footer, blocks=(*last.blocks, Text(section.closing.strip())))
    return pages


def default_filename(agenda: Agenda) -> str:
    """``sessie-1-hand-outs.pdf`` for ``sessie-1-….yaml``, else ``<stem>-hand-outs.pdf``."""
    stem = agenda.path.stem
    numbered = re.match(r"^([a-z]+-\d+)(?:-|$)", stem, re.IGNORECASE)
    return f"{numbered.group(1) if numbered else stem}-hand-outs.pdf"


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
