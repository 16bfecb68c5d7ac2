"""What a session hands out on paper, as pages of blocks (pure: no Qt).

:func:`handout_plan` turns an :class:`~facilitator.agenda.agenda.Agenda` into
a :class:`PrintPlan`: for every hand-out a page with its instructions, note
and guiding questions, then its documents (one page, with room for notes) or
its cards (two to a page, to be cut apart); then, for every template the
session projects (a section with ``phases``, such as the call to action), its
phases with their examples and room to write. Each :class:`Page` starts on a
new sheet of paper; the PDF writer (``facilitator.ui.handout_pdf``) only
draws what the plan says. Texts are Markdown, as in the agenda.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Handout, Section, SectionItem

CARDS_PER_PAGE = 2  # large enough to read across a table, small enough to cut with scissors
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


# --- blocks ----------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """The title of a page, with an optional smaller line under it."""

    title: str
    subtitle: str = ""


@dataclass(frozen=True)
class Text:
    """Running text in Markdown."""

    markdown: str


@dataclass(frozen=True)
class Note:
    """A remark set apart in a box (e.g. the note to participants)."""

    markdown: str


@dataclass(frozen=True)
class Questions:
    """Numbered guiding questions, under a heading when one is given."""

    heading: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    """A document to analyse, framed, with ruled lines for notes below it."""

    title: str
    markdown: str
    notes_label: str
    min_lines: int = 3


@dataclass(frozen=True)
class Fields:
    """Blanks to fill in at the top of a form, such as name and date."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class Phase:
    """One phase of a template: number, title, what to do, example, room to write."""

    number: int
    title: str
    markdown: str
    example: str
    min_lines: int = 4


@dataclass(frozen=True)
class Card:
    """A scenario card, printed to be cut out; ``source`` names its hand-out."""

    title: str
    markdown: str
    source: str


Block = Heading | Text | Note | Questions | Document | Fields | Phase


@dataclass(frozen=True)
class Page:
    """One sheet: blocks from top to bottom, or cards separated by cut lines.

    Blocks with ruled lines (documents, phases) share whatever room the page
    has left, so the writing space fills the sheet.
    """

    footer: str
    layout: Literal["flow", "cards"] = "flow"
    blocks: tuple[Block, ...] = ()
    cards: tuple[Card, ...] = ()
    cut_label: str = ""

    @property
    def text(self) -> str:
        """Every text of the page in reading order, one piece a line (for search and tests)."""
        parts: list[str] = []
        for block in self.blocks:
            if isinstance(block, Heading):
                parts += [block.title, block.subtitle]
            elif isinstance(block, Text | Note):
                parts.append(block.markdown)
            elif isinstance(block, Questions):
                parts += [block.heading, *block.items]
            elif isinstance(block, Document):
                parts += [block.title, block.markdown, block.notes_label]
            elif isinstance(block, Fields):
                parts += list(block.labels)
            else:
                parts += [f"{block.number}. {block.title}", block.markdown, block.example]
        for card in self.cards:
            parts += [card.title, card.markdown, card.source]
        return "\n".join(p.strip() for p in parts if p.strip())


@dataclass(frozen=True)
class PrintPlan:
    """Everything to print for one session, page by page."""

    title: str
    pages: tuple[Page, ...]

    @property
    def empty(self) -> bool:
        """True when the session hands out nothing on paper."""
        return not self.pages


# --- the plan --------------------------------------------------------------


def handout_plan(agenda: Agenda) -> PrintPlan:
    """The printable hand-outs and templates of ``agenda``, in the order they are used."""
    labels = labels_for(agenda.session.language)
    pages: list[Page] = []
    for handout in agenda.session.handouts:
        pages += handout_pages(handout, labels)
    for section in template_sections(agenda):
        pages += template_pages(section, labels)
    return PrintPlan(title=agenda.title, pages=tuple(pages))


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
