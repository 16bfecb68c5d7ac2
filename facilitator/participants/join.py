"""The projector's join screen: how phones join, in the session's language (pure).

A room screen like the groups or the turn (``RoomScreen.JOIN``, key J): the
invitation, the short address and the room code, and a QR code of the room's
address. :func:`join_slide` makes its :class:`~facilitator.agenda.slides.Slide`
of kind :data:`JOIN_KIND`, which the projector draws with its own painter
(``ui/participants/join_painter``): ``subtitle`` is the short address,
``closing`` the room code, and ``body`` the address the QR code holds (not
Markdown: it is never laid out as text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from facilitator.agenda.slides import Slide
from facilitator.i18n import translate

JOIN_KIND: Final = "join"


@dataclass(frozen=True)
class JoinWords:
    """The join screen's words in one language."""

    title: str
    scan: str  # over the address: "Scan the code, or go to"
    type_code: str  # over the code: "and type the code"


WORDS: Final = {
    "nl": JoinWords("Doe mee met je telefoon", "Scan de code, of ga naar", "en typ de code"),
    "en": JoinWords("Join with your phone", "Scan the code, or go to", "and type the code"),
    "de": JoinWords(
        "Mach mit deinem Handy mit", "Scanne den Code oder öffne", "und gib den Code ein"
    ),
    "fr": JoinWords(
        "Participez avec votre téléphone", "Scannez le code ou ouvrez", "et tapez le code"
    ),
}


def join_words(language: str) -> JoinWords:
    """The words for a language code such as ``nl`` or ``en-GB`` (English if unknown)."""
    return WORDS.get(language.split("-")[0].lower(), WORDS["en"])


def join_slide(short: str, code: str, url: str, language: str) -> Slide:
    """The join screen for phones joining at ``short`` (``192.168.1.20:8765``) with ``code``;
    the QR code holds ``url``."""
    words = join_words(language)
    return Slide(
        JOIN_KIND,
        title=words.title,
        subtitle=short,
        body=url,
        closing=code,
        label=translate("Participants", "Join screen (phones)"),
        language=language,
    )
