"""What the projector showed at once, rebuilt from a run's journal (pure).

The projector's own events (``engine/events/projector.py``: a section, a
checklist, a question, a break or the clock shown, its page, the end of it)
are a record of what the room saw; after a crash the last of them puts the
same thing back on the projector. :class:`ShownFollower` follows a
replay (``engine.replay.replay(followers=...)``); :func:`shown_in` reads a
decoded log alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from facilitator.engine.events import projector as p
from facilitator.engine.events.core import Event, Logged
from facilitator.projection.shown import Shown, ShownKind

if TYPE_CHECKING:
    from facilitator.engine.events.log import Log
    from facilitator.engine.replay import Handlers

BAD_BREAK = (
    "Line {line} of the session log: the break's end “{value}” is not a time; "
    "the break screen is not shown again."
)


def shown_of(record: Event) -> Shown | None:
    """What a "shown" record puts on the projector; None for a record that is none."""
    if isinstance(record, p.SectionShown):
        return Shown(ShownKind.SECTION, ref=record.section, trainer_parts=record.trainer_parts)
    if isinstance(record, p.ChecklistShown):
        return Shown(ShownKind.CHECKLIST, ref=record.checklist)
    if isinstance(record, p.QuestionShown):
        return Shown(ShownKind.QUESTION, text=record.text)
    if isinstance(record, p.BreakShown):
        return Shown(ShownKind.BREAK, until=datetime.fromisoformat(record.until))
    if isinstance(record, p.ClockShown):
        return Shown(ShownKind.CLOCK)
    return None


#: Every record that puts something on the projector at once.
SHOWN_RECORDS: tuple[type[Event], ...] = (
    p.SectionShown,
    p.ChecklistShown,
    p.QuestionShown,
    p.BreakShown,
    p.ClockShown,
)
#: Every record :class:`ShownFollower` follows.
FOLLOWED: tuple[type[Event], ...] = (*SHOWN_RECORDS, p.ShownPageChanged, p.ShownEnded)


@dataclass
class ShownFollower:
    """The projector's part of a replay: what it showed at once at the end, and its page."""

    shown: Shown | None = None
    page: int = 0
    warnings: list[str] = field(default_factory=list)

    def handlers(self) -> Handlers:
        """The table of the projector's "shown" records (for ``engine.replay.replay``)."""
        # Here, not at the top: the engine's replay loads the session run.
        from facilitator.engine.replay import Handlers

        table = Handlers()
        for kind in FOLLOWED:
            table.on(kind, self.follow)
        return table

    def follow(self, entry: Logged[Event]) -> None:
        """Take one record into account."""
        record = entry.event
        if isinstance(record, p.ShownEnded):
            self.shown, self.page = None, 0
        elif isinstance(record, p.ShownPageChanged):
            if self.shown is not None:
                self.page = record.page
        else:
            try:
                shown = shown_of(record)
            except ValueError:
                value = getattr(record, "until", "")
                self.warnings.append(BAD_BREAK.format(line=entry.line, value=value))
                return
            if shown is not None:
                self.shown, self.page = shown, 0


def shown_in(log: Log) -> ShownFollower:
    """What the projector showed at once when the journal ``log`` ended, and on which page."""
    follower = ShownFollower()
    for entry in log.entries:
        if isinstance(entry.event, FOLLOWED):
            follower.follow(entry)
    return follower
