"""What the projector shows, as one value, and the projector's look.

The controller derives a :class:`Projection` from the run (live) or keeps
the one that was live when the trainer froze the projector. The projector
window and the presenter's miniature draw whatever :meth:`projected` gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.agenda.slides import Slide

TIMER_STYLES = ("digits", "corner", "hidden", "disc")
THEME_NAMES = ("dark", "light", "high-contrast")


@dataclass(frozen=True)
class Projection:
    """One picture for the room: a page of a slide under a header line."""

    slide: Slide
    header: str
    page: int = 0
    show_timer: bool = True
    title_screen: bool = False


def step_header(index: int, count: int, title: str) -> str:
    """The header line over a slide: 'Stap 3 van 6 · Groepsactiviteit …'."""
    return f"Stap {index + 1} van {count} · {title}"


def next_in(values: tuple[str, ...], current: str) -> str:
    """The value after ``current`` in ``values``, wrapping round."""
    index = values.index(current) if current in values else -1
    return values[(index + 1) % len(values)]
