"""The words the projector shows the room, in the session's language (pure).

The room reads the projector in the session's language, not the console's
(the console is English today). Each entry is a whole phrase with named
placeholders, so that it can be translated as a whole; a language without
an entry gets English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProjectorWords:
    """The projector's words in one language."""

    continued: str  # {title}: the rest of a panel cut in two
    break_until: str  # {time}: the break screen's heading
    break_over: str  # the break screen once its time has come
    wall_title: str  # the wall's heading
    wall_step_title: str  # {step}: the wall of one step
    wall_continued: str  # {theme}: a theme that goes on from the page before
    wall_empty: str  # a wall with no note to show yet
    unthemed: str  # the notes in no theme, when the wall is grouped


WORDS: dict[str, ProjectorWords] = {
    "nl": ProjectorWords(
        continued="{title} (vervolg)",
        break_until="Pauze tot {time}",
        break_over="De pauze is voorbij",
        wall_title="Wat we verzamelden",
        wall_step_title="Wat we verzamelden · {step}",
        wall_continued="{theme} (vervolg)",
        wall_empty="Nog geen notities",
        unthemed="Overige",
    ),
    "en": ProjectorWords(
        continued="{title} (continued)",
        break_until="Break until {time}",
        break_over="The break is over",
        wall_title="What we collected",
        wall_step_title="What we collected · {step}",
        wall_continued="{theme} (continued)",
        wall_empty="No notes yet",
        unthemed="Other notes",
    ),
}


def projector_words(language: str) -> ProjectorWords:
    """The words for a language code such as ``nl``, ``en`` or ``nl-BE`` (English if unknown)."""
    return WORDS.get(language.split("-")[0].lower(), WORDS["en"])
