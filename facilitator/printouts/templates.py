"""The call to action on paper: a template to fill in, with room to write (pure).

Any session can print it, whether or not a step projects it (session 1 can
hand it out too): every section with ``phases``, those a step projects first.
Participants get what the room may see (the section's
:attr:`~facilitator.agenda.model.Section.room_body`, never its trainer-only
parts such as "Gebruiksaanwijzing"): a first sheet with name, date and the
introduction, then the phases two to a sheet, each with its text, its
example and a box of ruled lines.
"""

from __future__ import annotations

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.audience import headings
from facilitator.agenda.model import Section, SectionItem
from facilitator.printouts.blocks import Block, Fields, Heading, Page, Phase, PrintPlan, Text
from facilitator.printouts.words import Labels, labels_for

PHASES_PER_PAGE = 2  # two phases leave each one a real box to write in


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


def all_templates(agenda: Agenda) -> list[Section]:
    """Every section with phases the session can use: those it uses first, then its library's."""
    used = template_sections(agenda)
    ids = {s.id for s in used}
    return used + [s for s in agenda.sections if s.phases and s.id not in ids]


def template_footer(section: Section) -> str:
    """The footer of a template's sheets: its title and subtitle."""
    return f"{section.title} – {section.subtitle}" if section.subtitle else section.title


def phase_blocks(section: Section) -> list[Phase]:
    """A template's phases, numbered from 1."""
    return [
        Phase(n, p.title, p.text.strip(), (p.example or "").strip())
        for n, p in enumerate(section.phases, start=1)
    ]


def split_last_heading(markdown: str) -> tuple[str, str]:
    """``markdown`` without a heading that ends it, and that heading's words ("" if none).

    An introduction that ends in a heading ("## Sjabloon voor ...") names
    what follows it, the phases: that heading goes with them, not alone at
    the foot of the introduction.
    """
    lines = markdown.rstrip().splitlines()
    found = headings(markdown)
    if not found or found[-1].line != len(lines) - 1:
        return markdown.strip(), ""
    return "\n".join(lines[: found[-1].line]).strip(), found[-1].text


def template_pages(section: Section, labels: Labels) -> list[Page]:
    """A template's phases, :data:`PHASES_PER_PAGE` a page; name and date on the first."""
    footer = template_footer(section)
    phases = phase_blocks(section)
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


def participant_template_pages(section: Section, labels: Labels) -> list[Page]:
    """The template as participants fill it in: name and date, the introduction the room
    may read (on a sheet of its own), then the phases, :data:`PHASES_PER_PAGE` a page."""
    footer = template_footer(section)
    intro, last_heading = split_last_heading(section.room_body)
    head: list[Block] = [
        Heading(section.title, section.subtitle or ""),
        Fields((labels.name, labels.date)),
    ]
    pages: list[Page] = []
    if intro:
        pages.append(Page(footer=footer, blocks=(*head, Text(intro))))
        head = []
    phases = phase_blocks(section)
    for start in range(0, len(phases), PHASES_PER_PAGE):
        blocks = list(head) if start == 0 else []
        if start == 0 and last_heading:
            blocks.append(Heading(last_heading))
        blocks += phases[start : start + PHASES_PER_PAGE]
        pages.append(Page(footer=footer, blocks=tuple(blocks)))
    closing = section.room_closing.strip()
    if closing and pages:
        last = pages[-1]
        pages[-1] = Page(footer=footer, blocks=(*last.blocks, Text(closing)))
    return pages


def call_to_action_plan(agenda: Agenda) -> PrintPlan:
    """Every template the session can use, as participants fill it in."""
    labels = labels_for(agenda.session.language)
    pages = [page for s in all_templates(agenda) for page in participant_template_pages(s, labels)]
    return PrintPlan(title=agenda.title, pages=tuple(pages), name="call to action")
