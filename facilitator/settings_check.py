"""The settings file checked before Qt reads it; a damaged one is set aside (pure: no Qt).

Qt's INI reader turns a value such as ``@Variant(\\0\\0\\0\\t\\x7f\\xff\\xff\\xff)``
(a list said to hold two billion entries) into a ``std::bad_alloc`` that
ends the process before any window, at the first read of any key. This app
writes only texts, numbers, true/false, lists of texts and ``@ByteArray(...)``
blobs (window layouts), so a value of any other ``@`` kind was not written by
it: the file is damaged (or was edited by hand). :func:`check_settings_file`
looks at every value the way Qt will, and moves a damaged file aside, renamed
beside it with a timestamp, so that the app starts with its usual settings
and nothing of the old file is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator.i18n import QT_TRANSLATE_NOOP, translate_marked

#: A settings file larger than this (1 MB; a real one is a few kB) is set aside unread.
MAX_BYTES = 1_000_000
# What this app writes after an '@': an escaped '@', a blob, a text, an empty list.
_SAFE = ("@@", "@ByteArray(", "@String(", "@Invalid()")
_SIMPLE_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "\\": "\\",
    "'": "'",
    "?": "?",
    ";": ";",
    ",": ",",
    "=": "=",
}

# The trainer's words, marked for translation and translated when read (the check
# runs before the interface's language is installed).
SET_ASIDE = QT_TRANSLATE_NOOP(
    "Settings",
    "Facilitator's settings file could not be used ({reason}), so it started with its "
    "usual settings: window layout, thresholds, chimes and trainer name. The old file is "
    "kept beside it as {kept}.",
)
NOT_MOVED = QT_TRANSLATE_NOOP(
    "Settings",
    "Facilitator's settings file could not be used ({reason}) and could not be moved "
    "aside, so it started with its usual settings and remembers nothing until the app "
    "restarts. The file is {kept}.",
)
FOREIGN_VALUE = QT_TRANSLATE_NOOP(
    "Settings", "line {line} holds a value Facilitator never writes, {kind}"
)
TOO_LARGE = QT_TRANSLATE_NOOP("Settings", "it is {size} kB, far larger than settings ever are")


@dataclass(frozen=True)
class Damage:
    """Why a settings file cannot be given to Qt, and where."""

    line: int  # 1-based; 0 for the whole file
    words: str  # the English sentence (marked), with placeholders
    values: tuple[tuple[str, object], ...] = ()

    @property
    def reason(self) -> str:
        """Why, in a trainer's words (the interface's language)."""
        return translate_marked("Settings", self.words).format(**dict(self.values))


@dataclass(frozen=True)
class SetAside:
    """A damaged settings file, renamed out of the way."""

    original: Path
    kept: Path  # the original itself when it could not be moved
    damage: Damage

    @property
    def moved(self) -> bool:
        """Whether the file is out of the way (else it must not be read)."""
        return self.kept != self.original

    @property
    def notice(self) -> str:
        """What the trainer is told."""
        words = translate_marked("Settings", SET_ASIDE if self.moved else NOT_MOVED)
        return words.format(reason=self.damage.reason, kept=self.kept.name)


def _lines(text: str) -> list[tuple[int, str]]:
    """The file's logical lines with their numbers (a backslash at the end continues a line)."""
    found: list[tuple[int, str]] = []
    pending = ""
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not pending:
            start = number
        trailing = len(line) - len(line.rstrip("\\"))
        if trailing % 2 == 1:
            pending += line[:-1]
            continue
        found.append((start, pending + line))
        pending = ""
    if pending:
        found.append((start, pending))
    return found


def _unescape_from(value: str, i: int) -> tuple[str, int]:
    """The character an escape at ``value[i]`` (a backslash) stands for, and where it ends."""
    if i + 1 >= len(value):
        return "", i + 1
    c = value[i + 1]
    if c in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[c], i + 2
    if c in "xX":
        j = i + 2
        while j < len(value) and value[j] in "0123456789abcdefABCDEF":
            j += 1
        digits = value[i + 2 : j]
        # Qt keeps 16 bits of a long escape: \x10040 is '@' too.
        return (chr(int(digits, 16) % 0x10000) if digits else ""), j
    if c in "01234567":
        j = i + 1
        while j < len(value) and j < i + 4 and value[j] in "01234567":
            j += 1
        return chr(int(value[i + 1 : j], 8)), j
    return c, i + 2


def items(value: str) -> list[str]:
    """A value as Qt reads it: items split at commas outside quotes, escapes undone."""
    found: list[str] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(value):
        c = value[i]
        if c == '"':
            quoted = not quoted
            i += 1
        elif c == "\\":
            char, i = _unescape_from(value, i)
            current.append(char)
        elif c == "," and not quoted:
            found.append("".join(current).strip())
            current = []
            i += 1
        else:
            current.append(c)
            i += 1
    found.append("".join(current).strip())
    return found


def find_damage(text: str) -> Damage | None:
    """The first value this app would never have written (one Qt may fail on), or None."""
    for number, line in _lines(text):
        stripped = line.strip()
        if not stripped or stripped[0] in ";#[":
            continue
        _key, equals, value = line.partition("=")
        if not equals:
            continue
        for item in items(value):
            if item.startswith("@") and not item.startswith(_SAFE):
                kind = item.split("(", 1)[0][:40]
                return Damage(number, FOREIGN_VALUE, (("line", number), ("kind", kind)))
    return None


def kept_name(path: Path, now: datetime) -> Path:
    """Where a damaged ``path`` is kept: beside it, named with the time (never over a file)."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    count = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-damaged-{stamp}-{count}{path.suffix}")
        count += 1
    return candidate


def check_settings_file(path: Path, now: datetime) -> SetAside | None:
    """Set ``path`` aside if Qt must not read it; None when it is fine (or absent).

    A file that cannot be read at all (no permission) is left alone: Qt
    then reads nothing from it either, and no value can harm it.
    """
    damage: Damage | None
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            damage = Damage(0, TOO_LARGE, (("size", f"{size // 1000:,}"),))
        else:
            damage = find_damage(path.read_bytes().decode("utf-8", errors="replace"))
    except OSError:
        return None
    if damage is None:
        return None
    kept = kept_name(path, now)
    try:
        path.replace(kept)
    except OSError:
        # Cannot move it (a read-only folder): Qt must still not read it.
        return SetAside(path, path, damage)
    return SetAside(path, kept, damage)
