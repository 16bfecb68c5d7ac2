"""Events of what the room sees: black, pages, freeze, title screen, room screen, the look.

The controller writes these with the session clock's instant. Replay restores
the black screen and the room screen; the rest is a record of what the room saw.
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
