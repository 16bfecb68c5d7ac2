"""The reference sections on paper: case study, didactic advice, how-to guide (pure).

A section is printed for the room (the case study: without its trainer-only
parts, :attr:`~facilitator.agenda.model.Section.room_body`) or as a trainer's
sheet (the advice and the guide: the whole text, "Voor de trainer" in the
footer). Which section is which is read from its ``category`` (in Dutch or
English, as the reference panel groups them) and, where that says nothing,
from its shape: a section with phases is a template to fill in (the call to
action, :mod:`~facilitator.printouts.templates`), one with a text and key
figures a case study.
"""

from __future__ import annotations

import enum

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.model import Section
from facilitator.printouts.blocks import Block, Figure, Figures, Heading, Page, PrintPlan, Text
from facilitator.printouts.words import Labels, labels_for


class Kind(enum.StrEnum):
    """What a reference section is, for printing."""

    ADVICE = "advice"
    GUIDE = "guide"
    CASE_STUDY = "case-study"
    CALL_TO_ACTION = "call-to-action"
    OTHER = "other"


# Categories as the bundled sessions and trainers write them, compared case-blind.
CATEGORIES = {
    "didactisch advies": Kind.ADVICE,
    "didactical advice": Kind.ADVICE,
    "didactic advice": Kind.ADVICE,
    "advies": Kind.ADVICE,
    "advice": Kind.ADVICE,
    "hoe te begeleiden": Kind.GUIDE,
    "handleiding": Kind.GUIDE,
    "how-to guide": Kind.GUIDE,
    "how to guide": Kind.GUIDE,
    "guide": Kind.GUIDE,
    "casestudy": Kind.CASE_STUDY,
    "case study": Kind.CASE_STUDY,
    "case-study": Kind.CASE_STUDY,
    "oproep tot actie": Kind.CALL_TO_ACTION,
    "call to action": Kind.CALL_TO_ACTION,
}


def kind_of(section: Section) -> Kind:
    """What ``section`` is: a template when it has phases, else what its category says."""
    if section.phases:
        return Kind.CALL_TO_ACTION
    category = " ".join((section.category or "").split()).casefold()
    if category in CATEGORIES:
        return CATEGORIES[category]
    if section.figures and section.body.strip():
        return Kind.CASE_STUDY
    return Kind.OTHER


def sections_of(agenda: Agenda, kind: Kind) -> list[Section]:
    """The sections of ``kind`` the session can use (its own and its libraries').

    A section that only repeats key figures printed with another section
    of the same kind (the case study's "Resultaten en impact" slide) is left
    out: on paper it would be the same figures twice.
    """
    found = [s for s in agenda.sections if kind_of(s) is kind]
    printed = {(f.value, f.label) for s in found if s.body.strip() for f in s.figures}
    return [
        s
        for s in found
        if s.body.strip()
        or s.closing.strip()
        or not {(f.value, f.label) for f in s.figures} <= printed
    ]


def section_page(section: Section, labels: Labels, *, trainer: bool) -> Page:
    """``section`` as one flowing page: for the trainer whole, for the room without the
    trainer-only parts."""
    body = section.body if trainer else section.room_body
    closing = section.closing if trainer else section.room_closing
    blocks: list[Block] = [Heading(section.title, section.subtitle or "")]
    if body.strip():
        blocks.append(Text(body.strip()))
    if section.figures:
        blocks.append(Figures(tuple(Figure(f.value, f.label) for f in section.figures)))
    if closing.strip():
        blocks.append(Text(closing.strip()))
    footer = f"{section.title} · {labels.for_trainer}" if trainer else section.title
    return Page(footer=footer, blocks=tuple(blocks))


def sections_plan(agenda: Agenda, kind: Kind, name: str, *, trainer: bool) -> PrintPlan:
    """Every section of ``kind``, each starting a new sheet."""
    labels = labels_for(agenda.session.language)
    pages = tuple(section_page(s, labels, trainer=trainer) for s in sections_of(agenda, kind))
    return PrintPlan(title=agenda.title, pages=pages, name=name)


def case_study_plan(agenda: Agenda) -> PrintPlan:
    """The case study as participants read it: text, key figures, lessons."""
    return sections_plan(agenda, Kind.CASE_STUDY, "case study", trainer=False)


def advice_plan(agenda: Agenda) -> PrintPlan:
    """The didactic advice as a trainer's sheet."""
    return sections_plan(agenda, Kind.ADVICE, "didactic advice", trainer=True)


def guide_plan(agenda: Agenda) -> PrintPlan:
    """The how-to guide as a trainer's sheet."""
    return sections_plan(agenda, Kind.GUIDE, "how-to guide", trainer=True)
