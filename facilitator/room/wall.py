"""The wall: notes the room wrote, grouped into themes (pure).

A note belongs to the step it was written in, holds plain text only (never
markup: every view draws it as text), says where it came from (the trainer, a
co-facilitator at the same laptop, a participant's phone) and what it is (a
note, an insight, an "Ik zal..." commitment, feedback). A participant's note
may wait for the trainer's release (moderation); a note may be hidden from
the projector, edited, removed, and put into a theme.

The views here are pure functions of a :class:`Wall`.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from facilitator.room.notices import RoomError

#: The longest note, in characters (a participant's phone is held to it too).
NOTE_LIMIT: Final = 500
#: The longest theme name.
THEME_LIMIT: Final = 80
#: The most notes one run's wall holds.
MAX_NOTES: Final = 5_000
#: The longest client-side id a phone may give its note.
CLIENT_ID_LIMIT: Final = 64


class Source(enum.StrEnum):
    """Who wrote a note."""

    TRAINER = "trainer"
    CO_FACILITATOR = "co-facilitator"
    PARTICIPANT = "participant"


class Kind(enum.StrEnum):
    """What a note is."""

    NOTE = "note"
    INSIGHT = "insight"
    COMMITMENT = "commitment"  # "Ik zal..."
    FEEDBACK = "feedback"


class Status(enum.StrEnum):
    """Whether a note is on the wall or waits for the trainer's release."""

    PENDING = "pending"
    RELEASED = "released"


@dataclass(frozen=True)
class Note:
    """One note on the wall."""

    id: int
    step: str  # the id of the step it belongs to ("" outside any step)
    text: str
    source: Source = Source.TRAINER
    kind: Kind = Kind.NOTE
    at: int = 0  # the instant it was written (ns)
    client_id: str = ""  # a phone's own id for it, so a retry is not a second note
    status: Status = Status.RELEASED
    hidden: bool = False  # kept off the projector
    theme: int | None = None
    edited: bool = False
    name: str = ""  # the participant's name, given only when the trainer asked for names

    @property
    def shown(self) -> bool:
        """Whether the projector may show it: released and not hidden."""
        return self.status is Status.RELEASED and not self.hidden

    @property
    def signed(self) -> str:
        """The note as the room and the report show it: its text, and under it the name it
        was given with (if any), so a name never appears apart from its note."""
        return f"{self.text}\n— {self.name}" if self.name else self.text


@dataclass(frozen=True)
class Theme:
    """A named group of notes, made by putting one note onto another."""

    id: int
    name: str


@dataclass(frozen=True)
class Wall:
    """Every note of a run and its themes, in the order they were made."""

    notes: tuple[Note, ...] = ()
    themes: tuple[Theme, ...] = ()
    # Moderation by default: a participant's note waits for the trainer's release.
    auto_release: bool = False  # participants' notes go on the wall without moderation
    next_note: int = 1
    next_theme: int = 1
    closed_steps: frozenset[str] = frozenset()  # steps where phones may not post notes
    ask_names: bool = False  # phones offer a name field (anonymous otherwise)

    def posting_open(self, step: str) -> bool:
        """Whether phones may post notes in ``step``."""
        return step not in self.closed_steps

    def note(self, note_id: int) -> Note | None:
        """The note with this id, if it is on the wall."""
        return next((n for n in self.notes if n.id == note_id), None)

    def theme(self, theme_id: int) -> Theme | None:
        """The theme with this id, if it exists."""
        return next((t for t in self.themes if t.id == theme_id), None)

    def by_client_id(self, client_id: str) -> Note | None:
        """The note a phone sent with this id, if it arrived before."""
        if not client_id:
            return None
        return next((n for n in self.notes if n.client_id == client_id), None)


def clean_note(text: str, limit: int = NOTE_LIMIT) -> str:
    """A note's text as the wall keeps it: plain text, trimmed, within ``limit``.

    Line ends are kept (at most one blank line in a row); tabs become spaces;
    other control and format characters are dropped. Raises :class:`RoomError`
    when nothing is left or the text is too long (nothing is cut silently).
    """
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = "".join(
            " " if c == "\t" else c for c in raw if c == "\t" or unicodedata.category(c)[0] != "C"
        )
        line = " ".join(line.split())
        if line or (lines and lines[-1]):
            lines.append(line)
    cleaned = "\n".join(lines).strip()
    if not cleaned:
        raise RoomError("note_empty")
    if len(cleaned) > limit:
        raise RoomError("note_too_long", limit=limit, count=len(cleaned))
    return cleaned


def clean_theme_name(name: str) -> str:
    """A theme's name: one line of plain text, trimmed, within :data:`THEME_LIMIT`."""
    cleaned = " ".join(
        "".join(c for c in name if unicodedata.category(c)[0] != "C" or c.isspace()).split()
    )
    if not cleaned:
        raise RoomError("theme_empty")
    if len(cleaned) > THEME_LIMIT:
        raise RoomError("theme_too_long", limit=THEME_LIMIT)
    return cleaned


# --- views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeGroup:
    """A theme and its notes, for a grouped view; ``theme`` is None for the notes in none."""

    theme: Theme | None
    notes: tuple[Note, ...]


def shown_notes(wall: Wall, step: str | None = None) -> list[Note]:
    """The notes the projector may show (released, not hidden), of one step or of all."""
    return [n for n in wall.notes if n.shown and (step is None or n.step == step)]


def newest_first(notes: Iterable[Note]) -> list[Note]:
    """Notes newest first (by when they were written, then by id)."""
    return sorted(notes, key=lambda n: (n.at, n.id), reverse=True)


def grouped(wall: Wall, notes: Iterable[Note]) -> list[ThemeGroup]:
    """``notes`` by theme, in the order the themes were made, oldest note first in each;
    then the notes in no theme, newest first. Themes with none of ``notes`` are left out."""
    chosen = list(notes)
    groups = [
        ThemeGroup(theme, tuple(n for n in chosen if n.theme == theme.id)) for theme in wall.themes
    ]
    result = [g for g in groups if g.notes]
    themed = {t.id for t in wall.themes}
    loose = newest_first(n for n in chosen if n.theme not in themed)
    if loose:
        result.append(ThemeGroup(None, tuple(loose)))
    return result


def pending_notes(wall: Wall) -> list[Note]:
    """The notes waiting for the trainer's release, oldest first."""
    return [n for n in wall.notes if n.status is Status.PENDING]
