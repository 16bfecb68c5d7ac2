"""What a printout is made of: pages of blocks (pure: no Qt).

A plan (:class:`PrintPlan`) says what is on paper, page by page; the PDF
drawing in ``facilitator.ui.printing`` only lays it out on A4. Texts are
Markdown, as in the agenda. A new kind of printout reuses these blocks or adds
one here (with its painter in ``facilitator.ui.printing.blocks``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CARDS_PER_PAGE = 2  # large enough to read across a table, small enough to cut with scissors


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


@dataclass(frozen=True)
class Plain:
    """Text exactly as written (a participant's note, a name): never read as markup."""

    text: str


@dataclass(frozen=True)
class Ticks:
    """A checklist: a heading and its items (plain text), each with a box to tick."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """A key figure of a case study: its value and what it counts."""

    value: str
    label: str


@dataclass(frozen=True)
class Figures:
    """Key figures side by side, a few to a row."""

    items: tuple[Figure, ...]


@dataclass(frozen=True)
class TrainerPart:
    """The trainer-only parts of a section a step projects, with the section's name."""

    label: str
    markdown: str


@dataclass(frozen=True)
class PlanEntry:
    """One step of a session plan: clock times and minutes beside what happens.

    ``details`` are plain lines (materials, groups, what is dealt);
    ``trainer`` the trainer-only parts of the sections the step projects.
    """

    start: str
    end: str
    minutes: str
    title: str
    markdown: str
    details: tuple[str, ...] = ()
    trainer: tuple[TrainerPart, ...] = ()


@dataclass(frozen=True)
class GroupBox:
    """One group: its title ("Groep 2 · 4 personen"), its members and what it was given."""

    title: str
    names: tuple[str, ...]
    material: tuple[str, ...] = ()  # the titles of the documents and cards it was given
    given: str = ""  # the word over them ("Gekregen")


@dataclass(frozen=True)
class GroupGrid:
    """The groups of a grouping, two to a row."""

    groups: tuple[GroupBox, ...]


@dataclass(frozen=True)
class NoteList:
    """Notes the room wrote, one after the other under a heading; plain text."""

    heading: str
    notes: tuple[str, ...]


Block = (
    Heading
    | Text
    | Note
    | Questions
    | Document
    | Fields
    | Phase
    | Plain
    | Ticks
    | Figures
    | PlanEntry
    | GroupGrid
    | NoteList
)


def block_text(block: Block) -> list[str]:
    """Every text of ``block`` in reading order (for search and tests)."""
    if isinstance(block, Heading):
        return [block.title, block.subtitle]
    if isinstance(block, Text | Note):
        return [block.markdown]
    if isinstance(block, Plain):
        return [block.text]
    if isinstance(block, Questions):
        return [block.heading, *block.items]
    if isinstance(block, Document):
        return [block.title, block.markdown, block.notes_label]
    if isinstance(block, Fields):
        return list(block.labels)
    if isinstance(block, Phase):
        return [f"{block.number}. {block.title}", block.markdown, block.example]
    if isinstance(block, Ticks):
        return [block.title, *block.items]
    if isinstance(block, Figures):
        return [part for f in block.items for part in (f.value, f.label)]
    if isinstance(block, PlanEntry):
        parts = [f"{block.start}–{block.end}", block.minutes, block.title, block.markdown]
        parts += list(block.details)
        return parts + [part for t in block.trainer for part in (t.label, t.markdown)]
    if isinstance(block, GroupGrid):
        return [part for g in block.groups for part in (g.title, *g.names, g.given, *g.material)]
    return [block.heading, *block.notes]


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
        parts = [part for block in self.blocks for part in block_text(block)]
        for card in self.cards:
            parts += [card.title, card.markdown, card.source]
        return "\n".join(p.strip() for p in parts if p.strip())


@dataclass(frozen=True)
class PrintPlan:
    """Everything to print for one session, page by page."""

    title: str  # the session's, on every page
    pages: tuple[Page, ...]
    name: str = ""  # what it is ("hand-outs"), in the PDF's own title

    @property
    def empty(self) -> bool:
        """True when the session hands out nothing on paper."""
        return not self.pages
