"""What the projector shows, as one value: a page of a slide under a header line.

The projector controller derives a :class:`Projection` from the run (live)
or keeps the one that was live when the trainer froze the projector. The
projector window and the presenter's miniature draw whatever it projects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.agenda.slides import Slide
from facilitator.projection.screens import RoomScreen
from facilitator.room.words import words_for

if TYPE_CHECKING:
    from facilitator.projection.shown import Shown


@dataclass(frozen=True)
class TurnMark:
    """The group turn whose own countdown a picture shows (drawn live, like the timer)."""

    step: str
    index: int  # into the step's turns: the turn under way, or the next to begin


@dataclass(frozen=True)
class Projection:
    """One picture for the room: a page of a slide under a header line."""

    slide: Slide
    header: str
    page: int = 0
    show_timer: bool = True
    title_screen: bool = False
    room: RoomScreen | None = None  # the room screen shown in front of the item, if any
    turn: TurnMark | None = None  # the turn whose countdown is drawn, on a turn screen
    shown: Shown | None = None  # what was put on at once in front of the item, if anything
    closing: bool = False  # the closing screen, once the session has finished


def step_header(index: int, count: int, title: str, language: str = "nl") -> str:
    """The header line over a slide: 'Stap 3 van 6 · Groepsactiviteit …'.

    In the session's language (the room's), not the console's.
    """
    step = words_for(language).step.format(number=index + 1, count=count)
    return f"{step} · {title}"
