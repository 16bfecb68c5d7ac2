"""The call to action filled in on a phone, as the file the participant keeps (pure).

The phone shows a template's phases (each with its prompt and example) as a
form; what the participant writes comes back in one request and goes straight
back to them as a file: a text file made here, or a PDF the Qt side draws
from the same :class:`PlanSheet`. Nothing of it is kept by the app unless they
tick that the trainer may have it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from facilitator.agenda.model import Section

#: The longest answer to one phase (a note's length: shared, each becomes a note).
ANSWER_LIMIT: Final = 500


@dataclass(frozen=True)
class PlanPhase:
    """One phase of the template and the participant's answer (plain text)."""

    title: str
    text: str  # the phase's prompt (Markdown, as the agenda has it)
    example: str
    answer: str


@dataclass(frozen=True)
class PlanSheet:
    """A template as one participant filled it in."""

    section: str  # the section's id
    title: str
    subtitle: str
    phases: tuple[PlanPhase, ...]
    language: str = "nl"


def field_name(number: int) -> str:
    """The form field of phase ``number`` (from 1)."""
    return f"phase-{number}"


def clean_answer(text: str) -> str:
    """An answer as kept: plain text, control characters dropped, line ends as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    return kept.strip()


def sheet_from(section: Section, fields: dict[str, str], language: str) -> PlanSheet:
    """The sheet of ``section`` with the answers in ``fields``; ValueError names a phase whose
    answer is too long (by its number)."""
    phases = []
    for n, phase in enumerate(section.phases, start=1):
        answer = clean_answer(fields.get(field_name(n), ""))
        if len(answer) > ANSWER_LIMIT:
            raise ValueError(n)
        phases.append(PlanPhase(phase.title, phase.text, phase.example or "", answer))
    return PlanSheet(section.id, section.title, section.subtitle or "", tuple(phases), language)


def plan_text(sheet: PlanSheet) -> str:
    """The sheet as a text file: title, then each phase's title, prompt and answer."""
    lines = [sheet.title]
    if sheet.subtitle:
        lines.append(sheet.subtitle)
    lines.append("=" * max(len(sheet.title), 3))
    for n, phase in enumerate(sheet.phases, start=1):
        lines += ["", f"{n}. {phase.title}", _plain(phase.text), "", phase.answer or "-"]
    return "\r\n".join(lines) + "\r\n"  # CRLF: any phone's and laptop's editor reads it


def _plain(markdown: str) -> str:
    """A prompt's Markdown read as text: escapes and emphasis marks dropped."""
    text = re.sub(r"\\(.)", r"\1", markdown)
    return re.sub(r"(\*\*|__|\*|`)", "", text).strip()


def filename(sheet: PlanSheet, extension: str) -> str:
    """A file name for the sheet: its title in plain ASCII letters, digits and dashes."""
    ascii_title = unicodedata.normalize("NFKD", sheet.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60] or "plan"
    return f"{slug}.{extension}"


def shared_note(phase: PlanPhase, limit: int = ANSWER_LIMIT) -> str:
    """What the trainer gets of one answer: ``Doel: …`` when it fits a note, else the answer."""
    text = f"{phase.title}: {phase.answer}"
    return text if len(text) <= limit else phase.answer
