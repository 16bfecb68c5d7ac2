"""Every printout the app makes, named once: for ``facilitator print`` and File > Print… (pure).

A :class:`Printout` has the name ``--what`` knows it by, the words the print
dialog shows, whether it comes from a run (groups, the wall), the sentence
for a session that has nothing of it, and the function that makes its plan
from a :class:`Source` (the agenda, the run's room, the plan's start).
:func:`unavailable` says why a printout cannot be made for a source, in the
trainer's words; :func:`filename` names its PDF and :func:`write_printout` writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from pathlib import Path

from facilitator.agenda.agenda import Agenda
from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked
from facilitator.printouts.blocks import PrintPlan
from facilitator.printouts.checklists import checklists_plan
from facilitator.printouts.groups import groups_plan
from facilitator.printouts.handouts import cards_plan, file_prefix, participant_handouts_plan
from facilitator.printouts.output import write_plan
from facilitator.printouts.run_room import RunRoom
from facilitator.printouts.sections import advice_plan, case_study_plan, guide_plan
from facilitator.printouts.session_plan import DEFAULT_START, session_plan
from facilitator.printouts.templates import call_to_action_plan
from facilitator.printouts.wall import wall_plan


@dataclass(frozen=True)
class Source:
    """What the printouts are made from: the agenda, a run's room, the plan's start."""

    agenda: Agenda
    run: RunRoom | None = None
    start: time = DEFAULT_START


@dataclass(frozen=True)
class Printout:
    """One kind of printout."""

    name: str  # as --what and the PDF's name say it
    label: str  # in the print dialog (English, marked for translation: "Print")
    description: str  # under the label, for the trainer (likewise)
    build: Callable[[Source], PrintPlan]
    empty: str  # {title} {run}: why there is nothing to print (likewise)
    from_run: bool = False  # made from the run's room: groups, the wall

    @property
    def shown_label(self) -> str:
        """The label in the interface's language (English on the command line)."""
        return translate_marked("Print", self.label)

    @property
    def shown_description(self) -> str:
        """The description in the interface's language."""
        return translate_marked("Print", self.description)


def _run(source: Source) -> RunRoom:
    assert source.run is not None  # unavailable() says so before any plan is made
    return source.run


PRINTOUTS: tuple[Printout, ...] = (
    Printout(
        "handouts",
        QT_TRANSLATE_NOOP("Print", "Hand-outs"),
        QT_TRANSLATE_NOOP(
            "Print",
            "Each hand-out as participants get it; one copy per group when the run has groups.",
        ),
        lambda s: participant_handouts_plan(s.agenda, s.run.state if s.run else None),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no hand-outs."),
    ),
    Printout(
        "cards",
        QT_TRANSLATE_NOOP("Print", "Scenario cards"),
        QT_TRANSLATE_NOOP("Print", "The hand-outs' cards, two to a sheet, to cut out."),
        lambda s: cards_plan(s.agenda),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no scenario cards."),
    ),
    Printout(
        "case-study",
        QT_TRANSLATE_NOOP("Print", "Case study"),
        QT_TRANSLATE_NOOP("Print", "The case study as participants read it, with its key figures."),
        lambda s: case_study_plan(s.agenda),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no case study."),
    ),
    Printout(
        "call-to-action",
        QT_TRANSLATE_NOOP("Print", "Call to action"),
        QT_TRANSLATE_NOOP(
            "Print", "The call-to-action template, with room to write in every phase."
        ),
        lambda s: call_to_action_plan(s.agenda),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no call to action (a section with phases)."),
    ),
    Printout(
        "advice",
        QT_TRANSLATE_NOOP("Print", "Didactic advice"),
        QT_TRANSLATE_NOOP("Print", "The didactic advice, as a sheet for the trainer."),
        lambda s: advice_plan(s.agenda),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no didactic advice."),
    ),
    Printout(
        "guide",
        QT_TRANSLATE_NOOP("Print", "How-to guide"),
        QT_TRANSLATE_NOOP("Print", "The how-to guide, as a sheet for the trainer."),
        lambda s: guide_plan(s.agenda),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no how-to guide."),
    ),
    Printout(
        "checklists",
        QT_TRANSLATE_NOOP("Print", "Checklists"),
        QT_TRANSLATE_NOOP(
            "Print", "Before, during and after the training, and the materials, with boxes to tick."
        ),
        lambda s: checklists_plan(s.agenda),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no checklists and no materials."),
    ),
    Printout(
        "plan",
        QT_TRANSLATE_NOOP("Print", "Session plan"),
        QT_TRANSLATE_NOOP(
            "Print", "Every step with its clock times, minutes, instructions and materials."
        ),
        lambda s: session_plan(s.agenda, s.start),
        QT_TRANSLATE_NOOP("Print", "“{title}” has no steps."),
    ),
    Printout(
        "groups",
        QT_TRANSLATE_NOOP("Print", "Groups"),
        QT_TRANSLATE_NOOP(
            "Print",
            "The run's groups, with their members and the cards or documents they were given.",
        ),
        lambda s: groups_plan(s.agenda, _run(s)),
        QT_TRANSLATE_NOOP("Print", "Run {run} has no groups: groups are made during the session."),
        from_run=True,
    ),
    Printout(
        "wall",
        QT_TRANSLATE_NOOP("Print", "What the room said"),
        QT_TRANSLATE_NOOP(
            "Print", "The wall's themes, notes and commitments, to send to participants afterwards."
        ),
        lambda s: wall_plan(s.agenda, _run(s)),
        QT_TRANSLATE_NOOP(
            "Print",
            "The wall of run {run} has no notes to print (hidden notes and notes not released "
            "are left out).",
        ),
        from_run=True,
    ),
)

PRINTOUTS_BY_NAME = {p.name: p for p in PRINTOUTS}
#: Every printout's name, in the order they are offered and written.
NAMES = tuple(PRINTOUTS_BY_NAME)
NO_RUN = QT_TRANSLATE_NOOP("Print", "“{label}” is made from a run, and no run was chosen.")


def unavailable(printout: Printout, source: Source) -> str | None:
    """Why ``printout`` cannot be made from ``source`` (None when it can)."""
    if printout.from_run and source.run is None:
        return translate_marked("Print", NO_RUN).format(label=printout.shown_label)
    if printout.build(source).empty:
        run_id = source.run.run_id if source.run is not None else ""
        empty = translate_marked("Print", printout.empty)
        return empty.format(title=source.agenda.title, run=run_id)
    return None


def filename(agenda: Agenda, printout: Printout) -> str:
    """The PDF's name: ``sessie-1-plan.pdf``, ``sessie-2-cards.pdf``."""
    return f"{file_prefix(agenda)}-{printout.name}.pdf"


class UnknownPrintout(ValueError):
    """A name ``--what`` does not know; the message lists those it does."""


def parse_what(text: str) -> list[Printout]:
    """The printouts a ``--what`` value names: ``plan,cards``, ``all``; in catalogue order."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise UnknownPrintout("Say what to print: " + ", ".join(NAMES) + ", or all.")
    if "all" in names:
        return list(PRINTOUTS)
    unknown = [n for n in names if n not in PRINTOUTS_BY_NAME]
    if unknown:
        raise UnknownPrintout(
            f"There is no printout “{unknown[0]}”. Choose from: {', '.join(NAMES)}, or all."
        )
    return [p for p in PRINTOUTS if p.name in names]


@dataclass(frozen=True)
class Written:
    """A printout written: where, and how many sheets it took."""

    printout: Printout
    path: Path
    pages: int


def write_printout(printout: Printout, source: Source, folder: Path) -> Written:
    """Write ``printout`` of ``source`` into ``folder`` (its :func:`filename`).

    Call :func:`unavailable` first. Raises ``OSError`` when the file cannot
    be written (an existing file is then left as it was).
    """
    path = folder / filename(source.agenda, printout)
    return Written(printout, path, write_plan(printout.build(source), path))


def parse_clock(text: str) -> time:
    """A time of day as a trainer types it: ``9:00``, ``09:30``, ``9.30``, ``14u15``.

    Raises ``ValueError`` with a sentence for the trainer.
    """
    matched = re.fullmatch(r"\s*(\d{1,2})\s*[:.hu]\s*(\d{2})\s*", text)
    if matched:
        hours, minutes = int(matched.group(1)), int(matched.group(2))
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise ValueError(f"“{text}” is not a time of day; write it as 9:00 or 14:30.")
