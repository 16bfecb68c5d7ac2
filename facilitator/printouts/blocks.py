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

    title: str  # the session's, on every page
    pages: tuple[Page, ...]
    name: str = ""  # what it is ("hand-outs"), in the PDF's own title

    @property
    def empty(self) -> bool:
        """True when the session hands out nothing on paper."""
        return not self.pages
