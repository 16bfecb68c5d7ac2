"""The closing screen: what the room sees once the session has finished (pure).

Thanks and the session's title, in the session's language, instead of the
last step's slide. It is one provider of the closing picture: another view
(the wall of notes, issue 9) replaces it by giving the projector controller
its own provider (``ProjectorController.set_closing_screen``), and the room
sees that instead, paged like any slide.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.slides import Slide
from facilitator.i18n import translate
from facilitator.markup import literal
from facilitator.room.words import words_for

# A provider of the closing picture: called whenever the finished run is shown.
ClosingScreen = Callable[[], Slide]


def thanks_for(language: str) -> str:
    """'Bedankt!' for a Dutch session, 'Thank you!' for one in a language not known here.

    (The room reads the thanks in the session's language, from the room's words.)
    """
    return words_for(language).thanks


def closing_slide(agenda: Agenda, trainer: str = "") -> Slide:
    """Thanks, the session's title and subtitle, and the trainer's name."""
    session = agenda.session
    lines = [line for line in (session.subtitle or "", trainer.strip()) if line.strip()]
    return Slide(
        "session-title",
        title=thanks_for(session.language),
        subtitle=session.title,
        body="\n\n".join(literal(line) for line in lines),
        label=translate("Projector", "Closing screen"),
        language=session.language,
    )
