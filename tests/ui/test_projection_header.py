"""The projector's header is in the session's language (the room's), not the console's."""

from __future__ import annotations

from facilitator.projection.projection import step_header


def test_dutch_session_header() -> None:
    assert step_header(2, 6, "Groepsactiviteit") == "Stap 3 van 6 · Groepsactiviteit"


def test_other_languages_and_fallback() -> None:
    assert step_header(0, 4, "Einführung", "de") == "Schritt 1 von 4 · Einführung"
    assert step_header(0, 4, "Welcome", "en") == "Step 1 of 4 · Welcome"
    assert step_header(1, 4, "Intro", "nl-BE") == "Stap 2 van 4 · Intro"
    assert step_header(1, 4, "Intro", "pt") == "Step 2 of 4 · Intro"
