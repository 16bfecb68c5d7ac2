"""New sessions: from a blank template, from a bundled session, or from a table (pure).

A new session is a folder of its own in the trainer's sessions folder, with the
session file inside (and, for a copy, its library files beside it), so that
everything a session uses stays together.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from facilitator.editing.saving import slug, unique_folder
from facilitator.editing.writer import SaveError
from facilitator.files import write_atomically
from facilitator.i18n import translate

# The blank session's texts, in the session's language (the room reads them).
_BLANK = {
    "nl": {
        "intro": "Een nieuwe sessie. Pas de stappen aan; de duur is de som van hun minuten.",
        "step": "Welkom",
        "instructions": "Heet iedereen welkom en stel de vraag op het scherm.",
        "question": "Wat hoop je vandaag te leren?",
    },
    "en": {
        "intro": "A new session. Change the steps; the duration is the sum of their minutes.",
        "step": "Welcome",
        "instructions": "Welcome everyone and ask the question on the screen.",
        "question": "What do you hope to learn today?",
    },
}


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def blank_session_text(title: str, language: str = "nl") -> str:
    """The text of a new session with one ten-minute step, in ``language``."""
    words = _BLANK.get(language.split("-")[0], _BLANK["en"])
    step = words["step"]
    return (
        f"# {words['intro']}\n"
        "\n"
        "format: 1\n"
        f"title: {_quoted(title)}\n"
        f"language: {language}\n"
        "duration: 10\n"
        "\n"
        "steps:\n"
        "\n"
        f"  - id: {slug(step, 'step-1')}\n"
        f"    title: {_quoted(step)}\n"
        "    minutes: 10\n"
        "    instructions: |\n"
        f"      {words['instructions']}\n"
        "    project:\n"
        f"      - title: {_quoted(title)}\n"
        f"      - question: {_quoted(words['question'])}\n"
    )


def new_session_file(sessions: Path, title: str, text: str) -> Path:
    """Write ``text`` as a new session named after ``title`` in its own folder of ``sessions``."""
    folder = unique_folder(sessions, slug(title))
    path = folder / f"{folder.name}.yaml"
    try:
        folder.mkdir(parents=True)
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise SaveError(
            translate(
                "Editor", "The new session could not be written in {folder}: {reason}."
            ).format(folder=sessions, reason=error.strerror or error)
        ) from None
    return path
