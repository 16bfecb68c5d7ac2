"""The interface's language on the Qt side: which one, and Qt's translators for it.

:func:`interface_language` picks the language (``--lang``, the setting, the
system's languages from ``QLocale``); :func:`install_language` loads the
app's catalogue (``facilitator/i18n/facilitator_<code>.qm``) and Qt's own
(the standard buttons: OK, Cancel, Yes, No), installs them, sets the locale
numbers are written in, and hands Qt's translate to the pure layers
(:func:`facilitator.i18n.set_translator`).

The language is chosen once, before the first window: the windows are built
in it, and a change in the settings takes effect at the next start.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator.i18n import SOURCE_LANGUAGE, catalogue, choose_language, set_translator

_installed: list[QTranslator] = []  # kept alive while installed: Qt does not own them


def system_languages() -> list[str]:
    """The desktop's languages, most wanted first (none under tests: they read English)."""
    if os.environ.get("FACILITATOR_TESTING") and not os.environ.get("FACILITATOR_SYSTEM_LANGUAGE"):
        return []
    override = os.environ.get("FACILITATOR_SYSTEM_LANGUAGE")
    if override:
        return [override]
    return list(QLocale.system().uiLanguages())


def interface_language(requested: str | None, saved: str | None) -> str:
    """The language the interface speaks: ``--lang``, else the setting, else the system's."""
    return choose_language(requested, saved, system_languages())


def _qt_translate(context: str, text: str, disambiguation: str | None) -> str:
    return QCoreApplication.translate(context, text, disambiguation)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Speak ``language`` from now on; False when its catalogue is missing (English shows).

    Replaces the translators of an earlier call, so a test may switch back and forth.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    own = QTranslator(app)
    loaded = own.load(str(catalogue(language)))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    if language != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    set_translator(_qt_translate, language if loaded else SOURCE_LANGUAGE)
    return loaded or language == SOURCE_LANGUAGE
