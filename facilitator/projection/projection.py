"""What the projector shows, as one value: a page of a slide under a header line.

The projector controller derives a :class:`Projection` from the run (live)
or keeps the one that was live when the trainer froze the projector. The
projector window and the presenter's miniature draw whatever it projects.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.agenda.slides import Slide


@dataclass(frozen=True)
class Projection:
    """One picture for the room: a page of a slide under a header line."""

    slide: Slide
    header: str
    page: int = 0
    show_timer: bool = True
    title_screen: bool = False


# The room reads the header in the session's language, not the console's.
STEP_WORDS = {"nl": "Stap {n} van {m}", "de": "Schritt {n} von {m}", "fr": "Étape {n} sur {m}"}


def step_header(index: int, count: int, title: str, language: str = "nl") -> str:
    """The header line over a slide: 'Stap 3 van 6 · Groepsactiviteit …'."""
    words = STEP_WORDS.get(language.split("-")[0], "Step {n} of {m}")
    return f"{words.format(n=index + 1, m=count)} · {title}"
