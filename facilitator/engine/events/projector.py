"""Events of what the room sees: black, pages, freeze, title screen, room screen, the look,
and anything put on the projector at once (a section, a checklist, a question, a break,
the clock).

The controller writes these with the session clock's instant. Replay restores
the black screen, the room screen and what was put on at once
(``projection/replay.py``); the rest is a record of what the room saw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.engine.events.core import INDEX, Event, event


@event("blank_changed")
@dataclass(frozen=True)
class BlankChanged(Event):
    """The projector went black, or showed its content again."""

    blank: bool = False


@event("page_changed")
@dataclass(frozen=True)
class PageChanged(Event):
    """Another page of the projected item (pages depend on the screen, not the agenda)."""

    index: int = field(metadata=INDEX)
    item: int = field(metadata=INDEX)
    page: int = field(metadata=INDEX)


@event("freeze_changed")
@dataclass(frozen=True)
class FreezeChanged(Event):
    """The projector kept its picture while the console moved on, or went live again."""

    frozen: bool


@event("title_screen_changed")
@dataclass(frozen=True)
class TitleScreenChanged(Event):
    """The session's title screen shown or hidden."""

    shown: bool


@event("timer_style_changed")
@dataclass(frozen=True)
class TimerStyleChanged(Event):
    """The projector's countdown style: digits, corner, hidden or disc."""

    style: str


@event("theme_changed")
@dataclass(frozen=True)
class ThemeChanged(Event):
    """The projector's theme: dark, light or high contrast."""

    theme: str


@event("projector_screen_changed")
@dataclass(frozen=True)
class RoomScreenChanged(Event):
    """A room screen (groups, dealt material, a turn) put on the projector, or taken off ("")."""

    screen: str = ""


# --- anything on the projector, at once (in front of the step's item, like a room screen) ---


@event("projector_section_shown")
@dataclass(frozen=True)
class SectionShown(Event):
    """A reference section put on the projector from the reference panel (``trainer_parts``:
    with the parts the agenda marks as the trainer's own, which the room sees only if asked)."""

    section: str
    trainer_parts: bool = False


@event("projector_checklist_shown")
@dataclass(frozen=True)
class ChecklistShown(Event):
    """A checklist's text put on the projector."""

    checklist: str


@event("projector_question_shown")
@dataclass(frozen=True)
class QuestionShown(Event):
    """A question the trainer typed, put on the projector (plain text)."""

    text: str


@event("projector_break_shown")
@dataclass(frozen=True)
class BreakShown(Event):
    """The break screen: "Pauze tot 10:45" and its countdown; ``until`` is its end, an ISO
    wall time."""

    until: str


@event("projector_clock_shown")
@dataclass(frozen=True)
class ClockShown(Event):
    """A plain wall clock on the projector."""


@event("projector_shown_page")
@dataclass(frozen=True)
class ShownPageChanged(Event):
    """Another page of what was put on the projector at once."""

    page: int = field(metadata=INDEX)


@event("projector_shown_ended")
@dataclass(frozen=True)
class ShownEnded(Event):
    """What was put on the projector at once was taken off: the step's item again."""
