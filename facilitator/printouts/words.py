"""The words the printouts add themselves, in the session's language (pure).

What is on paper speaks the session's language, as the projector does: a
Dutch session prints "Leidende vragen" and "Wat de zaal zei", an English one
"Guiding questions" and "What the room said". Each entry is a whole phrase
with named placeholders, so that it can be translated as a whole. A language
without an entry gets English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator.room.words import long_date, words_for


@dataclass(frozen=True)
class Labels:
    """The printouts' own words in one language."""

    questions: str
    notes: str
    name: str
    date: str
    cut: str
    for_trainer: str  # a trainer's sheet, in its footer
    trainer_notes: str  # {section}: the trainer-only parts of a projected section
    plan: str  # the session plan's heading
    plan_summary: str  # {steps} {minutes} {start} {end}
    minutes: str  # {minutes}
    objectives: str
    materials: str
    step_materials: str  # {materials}
    groups_range: str  # {size}: "groups of 3-5"
    groups_pairs: str
    groups_same: str
    deal_all: str  # {material} (all documents/cards) {handout}
    deal_some: str  # {count} {material} {handout}
    documents: str
    cards: str
    document: str  # one, after "1"
    card: str
    turns: str
    turns_minutes: str  # {minutes}
    checklists: str
    prepare: str  # the materials to lay out, as a checklist
    groups: str
    grouped_for: str  # {step} {date}
    given: str  # over what a group was given
    for_group: str  # {group} {material}: on a group's copy of a hand-out
    wall: str  # "what the room said"
    wall_subtitle: str  # {title} {date}
    commitments: str
    other_notes: str
    language: str  # the room's words of the same language write the dates


LABELS = {
    "nl": Labels(
        questions="Leidende vragen",
        notes="Aantekeningen",
        name="Naam",
        date="Datum",
        cut="knip langs de stippellijn",
        for_trainer="Voor de trainer",
        trainer_notes="Voor de trainer: {section}",
        plan="Sessieplan",
        plan_summary="{steps} stappen · {minutes} min · {start}–{end}",
        minutes="{minutes} min",
        objectives="Doelstellingen",
        materials="Materialen",
        step_materials="Materialen: {materials}",
        groups_range="Groepen van {size}",
        groups_pairs="In tweetallen",
        groups_same="In dezelfde groepen",
        deal_all="Elke groep krijgt alle {material} van {handout}",
        deal_some="Elke groep krijgt {count} {material} van {handout}",
        documents="documenten",
        cards="kaarten",
        document="document",
        card="kaart",
        turns="Elke groep krijgt een beurt",
        turns_minutes="Elke groep krijgt een beurt van ongeveer {minutes} min",
        checklists="Checklists",
        prepare="Klaarleggen",
        groups="Groepen",
        grouped_for="{step} · {date}",
        given="Gekregen",
        for_group="{group} · jullie materiaal: {material}",
        wall="Wat de zaal zei",
        wall_subtitle="{title} · {date}",
        commitments="Toezeggingen",
        other_notes="Overige",
        language="nl",
    ),
    "en": Labels(
        questions="Guiding questions",
        notes="Notes",
        name="Name",
        date="Date",
        cut="cut along the dashed line",
        for_trainer="For the trainer",
        trainer_notes="For the trainer: {section}",
        plan="Session plan",
        plan_summary="{steps} steps · {minutes} min · {start}–{end}",
        minutes="{minutes} min",
        objectives="Objectives",
        materials="Materials",
        step_materials="Materials: {materials}",
        groups_range="Groups of {size}",
        groups_pairs="In pairs",
        groups_same="In the same groups",
        deal_all="Every group gets all {material} of {handout}",
        deal_some="Every group gets {count} {material} of {handout}",
        documents="documents",
        cards="cards",
        document="document",
        card="card",
        turns="Every group has a turn",
        turns_minutes="Every group has a turn of about {minutes} min",
        checklists="Checklists",
        prepare="To prepare",
        groups="Groups",
        grouped_for="{step} · {date}",
        given="Given",
        for_group="{group} · your material: {material}",
        wall="What the room said",
        wall_subtitle="{title} · {date}",
        commitments="Commitments",
        other_notes="Other notes",
        language="en",
    ),
}


def labels_for(language: str) -> Labels:
    """The labels for a language such as ``nl`` or ``nl-BE``; English when unknown."""
    return LABELS.get(language[:2].lower(), LABELS["en"])


def day_text(day: date, labels: Labels) -> str:
    """A date as a reader writes it: "3 december 2026", "3 December 2026"."""
    return long_date(day.day, day.month, day.year, words_for(labels.language))
