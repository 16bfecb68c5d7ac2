"""What File > Print… offers and remembers (pure): the dialog only shows and edits it.

:func:`offers` says, for each printout of the catalogue, whether it can be
made from the session and run at hand and, if not, why; :class:`PrintChoices`
is what the trainer chose last (which printouts, the folder, the plan's
start), read back leniently from the settings (a value written by another
version, or by hand, never stops the dialog from opening).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import time

from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked
from facilitator.printouts.catalogue import NAMES, PRINTOUTS, Printout, Source, unavailable
from facilitator.printouts.session_plan import DEFAULT_START

#: Why groups and the wall cannot be printed before there is a run.
NO_RUN_YET = QT_TRANSLATE_NOOP(
    "Print", "There is no run yet: groups and notes are made during the session."
)


@dataclass(frozen=True)
class Offer:
    """A printout as the dialog offers it: None as ``reason`` when it can be made."""

    printout: Printout
    reason: str | None

    @property
    def available(self) -> bool:
        """Whether it can be printed now."""
        return self.reason is None


def offers(source: Source) -> list[Offer]:
    """Every printout, in catalogue order, with why it cannot be made (if it cannot)."""
    found = []
    for printout in PRINTOUTS:
        if printout.from_run and source.run is None:
            found.append(Offer(printout, translate_marked("Print", NO_RUN_YET)))
        else:
            found.append(Offer(printout, unavailable(printout, source)))
    return found


@dataclass(frozen=True)
class PrintChoices:
    """The trainer's choices in the print dialog."""

    what: tuple[str, ...] = NAMES
    folder: str = ""
    start: time = DEFAULT_START

    def chosen(self, offered: Sequence[Offer]) -> list[Printout]:
        """The printouts chosen that can be made, in catalogue order."""
        return [o.printout for o in offered if o.available and o.printout.name in self.what]

    def values(self) -> dict[str, str]:
        """The choices as text, to remember."""
        return {
            "what": ",".join(self.what),
            "folder": self.folder,
            "start": self.start.strftime("%H:%M"),
        }


def read_choices(values: Mapping[str, object]) -> PrintChoices:
    """Choices remembered as :meth:`PrintChoices.values`; what cannot be read is the default."""
    what_text = values.get("what")
    what = NAMES
    if isinstance(what_text, str):
        what = tuple(n for n in NAMES if n in {p.strip() for p in what_text.split(",")})
    folder = values.get("folder")
    start = DEFAULT_START
    start_text = values.get("start")
    if isinstance(start_text, str):
        hours, _, minutes = start_text.partition(":")
        if hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60:
            start = time(int(hours), int(minutes))
    return PrintChoices(what, folder if isinstance(folder, str) else "", start)
