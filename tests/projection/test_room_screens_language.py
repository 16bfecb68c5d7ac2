"""Every screen the room sees carries the session's language, so that the projector's own
words on it (the phase beside the timer, REHEARSAL) are the session's, not English (issue
12: the wall's screens showed "nearly done" under a Dutch session)."""

from __future__ import annotations

from facilitator.agenda.load import load_agenda
from facilitator.paths import default_agenda
from facilitator.projection.closing import closing_slide
from facilitator.projection.room import wall_slide
from tests.projection.test_wall_slide import NL, wall


def test_the_walls_and_the_closing_screen_speak_the_sessions_language() -> None:
    room = wall()
    for by_theme in (False, True):
        slide = wall_slide(room.state.wall, "s4", NL, by_theme=by_theme)
        assert slide is not None and slide.language == "nl", by_theme
    whole = wall_slide(room.state.wall, None, NL, by_theme=True)
    assert whole is not None and whole.language == "nl"
    closing = closing_slide(load_agenda(default_agenda()), "An")
    assert (closing.title, closing.language) == ("Bedankt!", "nl")
