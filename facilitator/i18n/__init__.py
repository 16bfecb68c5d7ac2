"""The interface's words in the trainer's language (pure: no Qt).

English is the source language: every sentence the trainer reads is written
in English in the code, wrapped in :func:`translate` with a context (a name
for the part of the app it belongs to)::

    translate("Console", "Running {minutes} min late.").format(minutes=3)

``pyside6-lupdate`` finds these calls (it reads ``translate("…", "…")`` with
literal strings) and writes them into ``facilitator_<language>.ts`` beside
this file; ``pyside6-lrelease`` makes the ``.qm`` files the app loads
(``python -m facilitator.i18n.update`` runs both; ``docs/translating.md``).

The pure layers (the console's words, the room's notices, the reports,
recovery) call :func:`translate` too. It is a plain function: until the Qt
side installs Qt's own translator with :func:`set_translator` (at start-up,
``facilitator/ui/i18n.py``), it returns the English text unchanged, so the
pure tests and the command line read English. A table built when a module is
imported (the commands, the notices) marks its texts with
:func:`QT_TRANSLATE_NOOP` and translates each one where it is shown, with
:func:`translate_marked`.

Words the *room* reads (the projector, later the phones) follow the
session's language, not the trainer's: they are a pure table per language in
:mod:`facilitator.room.words`, never a translation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

#: The language the code is written in.
SOURCE_LANGUAGE = "en"

#: The interface's languages, each by its own name (as the language chooser shows them).
LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands"}

Translator = Callable[[str, str, str | None], str]


def _untranslated(_context: str, text: str, _disambiguation: str | None) -> str:
    return text


_translator: Translator = _untranslated
_language = SOURCE_LANGUAGE  # what the installed translator speaks
_generation = 0  # counts the translators installed: what was translated before is stale


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface's language (English until a translator is installed).

    Write ``context`` and ``text`` as literal strings, so that lupdate finds
    them; placeholders are named (``{minutes}``) and filled in after
    translating, so a translation may put them in another order.
    ``disambiguation`` tells apart two uses of the same English words.
    """
    return _translator(context, text, disambiguation)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is written, without translating it yet.

    (Qt's own name for it, which lupdate reads.)

    For tables built at import time, before any translator is installed:
    the table keeps the English text; :func:`translate_marked` translates it
    where it is shown, with the same context.
    """
    return text


def translate_marked(context: str, text: str) -> str:
    """A text marked with :func:`QT_TRANSLATE_NOOP` in ``context``, in the interface's language.

    (Its own name, so that lupdate does not mistake the variables for a message.)
    """
    return _translator(context, text, None)


def set_translator(translator: Translator | None, language: str = SOURCE_LANGUAGE) -> None:
    """Install the function that translates (Qt's, at start-up) into ``language``; None:
    English again."""
    global _translator, _language, _generation
    _translator = translator if translator is not None else _untranslated
    _language = base_language(language) if translator is not None else SOURCE_LANGUAGE
    _generation += 1


def spoken_language() -> str:
    """The interface's language (``en`` until a translator is installed): for the pure
    layers that pick words of their own by language, such as the report's group names."""
    return _language


def generation() -> int:
    """A number that changes whenever another translator is installed.

    What keeps translated text (a cache of slides, say) compares it to know
    that its text is in the interface's language still.
    """
    return _generation


def base_language(code: str) -> str:
    """``nl`` for ``nl``, ``nl-BE``, ``nl_NL`` or ``NL``."""
    return code.replace("_", "-").split("-")[0].strip().lower()


def choose_language(requested: str | None, saved: str | None, system: Iterable[str]) -> str:
    """The interface's language: ``--lang``, else the saved setting, else the system's.

    Each is used only when it names a language the app has (``nl-BE`` counts
    as ``nl``); an empty or unknown setting means "follow the system"; with
    none of the system's languages available the interface is English.
    """
    for choice in (requested, saved, *system):
        if choice:
            code = base_language(choice)
            if code in LANGUAGES:
                return code
    return SOURCE_LANGUAGE


def catalogues_dir() -> Path:
    """The folder of the ``.ts`` sources and the ``.qm`` files the app loads (this package)."""
    return Path(__file__).resolve().parent


def catalogue(language: str, suffix: str = ".qm") -> Path:
    """The app's catalogue of ``language``: ``facilitator_nl.qm`` (or ``.ts``)."""
    return catalogues_dir() / f"facilitator_{language}{suffix}"
