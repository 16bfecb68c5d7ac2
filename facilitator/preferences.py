"""The trainer's settings as typed values, read defensively from what was stored (pure).

The Qt side keeps them in ``QSettings`` (``facilitator/ui/settings.py``) and
the Settings dialog shows and edits a :class:`Preferences`. Everything read
back goes through :func:`read_preferences`: a value that is missing takes its
default; a value that is broken (not a number, out of range, an unknown
theme, a language the app does not have) or written by an older version in a
form this one does not use is reset to its default and named in a
:class:`Reset`, so the app can say so; nothing raises. Which file holds the
values, and a file too damaged for Qt to read, is the settings store's own
business.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from facilitator.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, translate_marked

#: The settings format this version writes (``settings/version``). Version 1 is
#: the files of the earlier versions, which had no number and the same keys.
VERSION = 2

#: The projector's smallest body text as a fraction of its screen's height:
#: 1/30 is the floor that reads from the back of a room; larger is allowed.
TEXT_SIZES = (30, 25, 20)
THEMES = ("dark", "light", "high-contrast")
TIMER_STYLES = ("digits", "corner", "hidden", "disc")
MAX_NAME = 80


@dataclass(frozen=True)
class Preferences:
    """What the trainer chose in Preferences (the defaults: a first start)."""

    language: str = ""  # the interface's language; "" follows the system
    trainer_name: str = ""
    projector_screen: str = ""  # a screen's name; "" the largest screen but the presenter's
    theme: str = "dark"  # the projector's, when the agenda chooses none
    timer_style: str = "digits"  # likewise
    text_size: int = 30  # the projector's body text at least 1/text_size of the screen height
    warning: float = 0.20  # the warning threshold, a fraction of a step's time left
    danger: float = 0.10
    volume: int = 70  # the chimes, 0-100
    muted: bool = False
    default_session: str = ""  # an agenda opened at start; "" the bundled session 1

    @property
    def text_scale(self) -> float:
        """How much larger than the 1/30 floor the projector's text is at least."""
        return 30 / self.text_size


#: Where each preference is stored.
KEYS: dict[str, str] = {
    "language": "interface/language",
    "trainer_name": "trainer/name",
    "projector_screen": "projector/screen",
    "theme": "projector/theme",
    "timer_style": "projector/timer",
    "text_size": "projector/text_size",
    "warning": "timing/warning",
    "danger": "timing/danger",
    "volume": "sound/volume",
    "muted": "sound/muted",
    "default_session": "session/default",
}
VERSION_KEY = "settings/version"

#: Each preference in the trainer's words, for the notice of what was reset.
NAMES = {
    "language": QT_TRANSLATE_NOOP("Settings", "language"),
    "trainer_name": QT_TRANSLATE_NOOP("Settings", "trainer's name"),
    "projector_screen": QT_TRANSLATE_NOOP("Settings", "projector screen"),
    "theme": QT_TRANSLATE_NOOP("Settings", "theme"),
    "timer_style": QT_TRANSLATE_NOOP("Settings", "timer style"),
    "text_size": QT_TRANSLATE_NOOP("Settings", "text size"),
    "warning": QT_TRANSLATE_NOOP("Settings", "warning threshold"),
    "danger": QT_TRANSLATE_NOOP("Settings", "danger threshold"),
    "volume": QT_TRANSLATE_NOOP("Settings", "chime volume"),
    "muted": QT_TRANSLATE_NOOP("Settings", "mute"),
    "default_session": QT_TRANSLATE_NOOP("Settings", "default session"),
}


@dataclass(frozen=True)
class Reset:
    """A stored value that could not be used and was set back to its default."""

    name: str  # the Preferences field
    found: str  # what was stored, shortened, for the notice

    @property
    def label(self) -> str:
        """The setting in the trainer's words."""
        return translate_marked("Settings", NAMES[self.name])


def notice(resets: list[Reset]) -> str:
    """One sentence naming what was reset, or "" when nothing was."""
    if not resets:
        return ""
    names = ", ".join(reset.label for reset in resets)
    return translate(
        "Settings",
        "Some settings could not be used and are back to their defaults: {names}. "
        "Preferences (Ctrl+,) changes them.",
    ).format(names=names)


class _Broken(ValueError):
    """A stored value this version cannot use."""


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    raise _Broken


def _number(value: object) -> float:
    if isinstance(value, bool):
        raise _Broken
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise _Broken from None
    else:
        raise _Broken
    if not math.isfinite(number):
        raise _Broken
    return number


def _whole(value: object) -> int:
    number = _number(value)
    if number != int(number):
        raise _Broken
    return int(number)


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0"):
        return value.strip().lower() in ("true", "1")
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise _Broken


def _fraction(value: object) -> float:
    number = _number(value)
    if not 0 <= number <= 0.9:
        raise _Broken
    return number


def _one_of(choices: tuple[str, ...]) -> object:
    def check(value: object) -> str:
        text = _text(value)
        if text not in choices:
            raise _Broken
        return text

    return check


def _language(value: object) -> str:
    text = _text(value)
    if text and text not in LANGUAGES:
        raise _Broken
    return text


def _name(value: object) -> str:
    text = " ".join(_text(value).split())
    if len(text) > MAX_NAME:
        raise _Broken
    return text


def _volume(value: object) -> int:
    number = _whole(value)
    if not 0 <= number <= 100:
        raise _Broken
    return number


def _text_size(value: object) -> int:
    number = _whole(value)
    if number not in TEXT_SIZES:
        raise _Broken
    return number


def _session(value: object) -> str:
    text = _text(value).strip()
    if text and not Path(text).is_file():
        raise _Broken  # moved or deleted since: the bundled session opens instead
    return text


READERS = {
    "language": _language,
    "trainer_name": _name,
    "projector_screen": _text,
    "theme": _one_of(THEMES),
    "timer_style": _one_of(TIMER_STYLES),
    "text_size": _text_size,
    "warning": _fraction,
    "danger": _fraction,
    "volume": _volume,
    "muted": _flag,
    "default_session": _session,
}


def _shown(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "…"


def read_preferences(stored: Mapping[str, object]) -> tuple[Preferences, list[Reset]]:
    """The preferences in ``stored`` (settings key → value as the store gave it).

    Missing keys take their defaults silently; a value that cannot be used
    takes its default and is named in the list of resets.
    """
    defaults = Preferences()
    values: dict[str, object] = {}
    resets: list[Reset] = []
    for field in fields(Preferences):
        key = KEYS[field.name]
        if key not in stored:
            continue
        raw = stored[key]
        try:
            values[field.name] = READERS[field.name](raw)  # type: ignore[operator]
        except _Broken:
            resets.append(Reset(field.name, _shown(raw)))
    prefs = replace(defaults, **values)  # type: ignore[arg-type]
    if prefs.danger > prefs.warning:
        # Danger comes after the warning: a pair the other way round is a broken pair.
        resets.append(Reset("danger", _shown(stored.get(KEYS["danger"]))))
        prefs = replace(prefs, danger=min(defaults.danger, prefs.warning))
    return prefs, resets


def stored_values(prefs: Preferences) -> dict[str, object]:
    """What to store for ``prefs`` (settings key → value), with the format's version."""
    values: dict[str, object] = {KEYS[f.name]: getattr(prefs, f.name) for f in fields(prefs)}
    values[VERSION_KEY] = VERSION
    return values
