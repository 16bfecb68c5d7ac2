"""What the console's wall panel shows, and how a paste becomes notes (pure).

The wall panel renders a :class:`WallPanelView`: the wall as a tree (each
theme with its notes, oldest first, then the notes in no theme, newest
first, as :func:`facilitator.room.wall.grouped` orders them), every note with
its step and whether the room sees it; the notes waiting for release (a
participant's phone, with moderation on); and one line that sums it up.
Notes are plain text everywhere: the panel shows them as written.

:func:`paste_notes` decides whether typed or pasted text is one note or
several (a flip-over's points pasted one per line): the panel offers the
several when there is more than one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.room.wall import Note, Source, Status, Wall, grouped, pending_notes

#: The console's words, marked for translation and translated where they are used.
EMPTY = QT_TRANSLATE_NOOP(
    "Wall", "No notes yet: type one below and press Enter (or paste several, one per line)."
)
SUMMARY = QT_TRANSLATE_NOOP("Wall", "{notes} on the wall, {themes}; {shown} the room sees.")
PENDING_NONE = QT_TRANSLATE_NOOP("Wall", "No notes wait for you.")
PENDING_ONE = QT_TRANSLATE_NOOP("Wall", "1 note waits for you to release it.")
PENDING_SOME = QT_TRANSLATE_NOOP("Wall", "{count} notes wait for you to release them.")
AUTO_ON = QT_TRANSLATE_NOOP("Wall", "Notes from phones go on the wall at once (auto-release).")
AUTO_OFF = QT_TRANSLATE_NOOP("Wall", "Notes from phones wait here until you release them.")
HIDDEN = QT_TRANSLATE_NOOP("Wall", "hidden")
PENDING = QT_TRANSLATE_NOOP("Wall", "waiting")
FROM_PHONE = QT_TRANSLATE_NOOP("Wall", "from a phone")
NO_STEP = QT_TRANSLATE_NOOP("Wall", "before the session")
DROP_HINT = QT_TRANSLATE_NOOP(
    "Wall", "Drag a note onto another to make a theme, onto a theme to join it."
)

# A list's marker at the start of a pasted line ("- ", "* ", "• ", "1. ", "2) ").
_MARKER = re.compile(r"^\s*(?:[-*•·–]|\d{1,3}[.)])\s+")


def _notes(n: int) -> str:
    return translate("Wall", "1 note") if n == 1 else translate("Wall", "{n} notes").format(n=n)


def _themes(n: int) -> str:
    return translate("Wall", "1 theme") if n == 1 else translate("Wall", "{n} themes").format(n=n)


def _t(marked: str) -> str:
    return translate_marked("Wall", marked)


@dataclass(frozen=True)
class NoteRow:
    """One note as the panel lists it."""

    id: int
    text: str  # plain text, as written
    step: str  # the step's title ("before the session" outside any step)
    step_number: str  # "4": the step's place in the agenda ("" outside any step)
    flags: str  # "hidden", "waiting", "from a phone" (joined by " · ")
    hidden: bool
    pending: bool
    theme: int | None


@dataclass(frozen=True)
class ThemeRow:
    """A theme and its notes; ``id`` is None for the notes in no theme."""

    id: int | None
    name: str
    notes: tuple[NoteRow, ...]


@dataclass(frozen=True)
class WallPanelView:
    """Everything the console's wall panel shows at an instant."""

    summary: str
    themes: tuple[ThemeRow, ...]  # themed notes first, then (id None) the loose ones
    pending: tuple[NoteRow, ...]  # oldest first
    pending_line: str
    auto_release: bool
    auto_line: str

    def note(self, note_id: int) -> NoteRow | None:
        """The row of a note, wherever it is listed."""
        for theme in self.themes:
            for row in theme.notes:
                if row.id == note_id:
                    return row
        return next((row for row in self.pending if row.id == note_id), None)


def _row(note: Note, steps: Mapping[str, str], numbers: Mapping[str, int]) -> NoteRow:
    pending = note.status is Status.PENDING
    flags = [_t(HIDDEN)] if note.hidden else []
    if pending:
        flags.append(_t(PENDING))
    if note.source is Source.PARTICIPANT:
        flags.append(_t(FROM_PHONE))
    return NoteRow(
        id=note.id,
        text=note.signed,
        step=steps.get(note.step, note.step) if note.step else _t(NO_STEP),
        step_number=str(numbers[note.step]) if note.step in numbers else "",
        flags=" · ".join(flags),
        hidden=note.hidden,
        pending=pending,
        theme=note.theme,
    )


def row_words() -> str:
    """One of the words a note's row holds, in the interface's language now: rows made in
    another language are no longer good (one word tells, and costs one look-up)."""
    return _t(FROM_PHONE)


def wall_panel(
    wall: Wall,
    steps: Mapping[str, str],
    unthemed: str,
    rows: dict[Note, NoteRow] | None = None,
) -> WallPanelView:
    """The wall panel for ``wall``; ``steps``: step id → title, in the agenda's order;
    ``unthemed``: the room's words for the notes in no theme ("Overige"). ``rows``: the rows
    made before for these steps and words, by note (a note is a value: a changed note is
    another key), kept by the caller so that a new note costs one row, not one per note."""
    numbers = {step: number for number, step in enumerate(steps, start=1)}
    if rows is not None:
        made = rows

        def row(note: Note) -> NoteRow:
            found = made.get(note)
            if found is None:
                found = made[note] = _row(note, steps, numbers)
            return found
    else:

        def row(note: Note) -> NoteRow:
            return _row(note, steps, numbers)

    waiting = pending_notes(wall)
    waiting_ids = {n.id for n in waiting}
    listed = [n for n in wall.notes if n.id not in waiting_ids]
    themes = tuple(
        ThemeRow(
            group.theme.id if group.theme is not None else None,
            group.theme.name if group.theme is not None else unthemed,
            tuple(row(n) for n in group.notes),
        )
        for group in grouped(wall, listed)
    )
    if listed:
        summary = _t(SUMMARY).format(
            notes=_notes(len(listed)),
            themes=_themes(len(wall.themes)),
            shown=sum(n.shown for n in listed),
        )
    else:
        summary = _t(EMPTY)
    return WallPanelView(
        summary=summary,
        themes=themes,
        pending=tuple(row(n) for n in waiting),
        pending_line=(
            _t(PENDING_NONE)
            if not waiting
            else _t(PENDING_ONE)
            if len(waiting) == 1
            else _t(PENDING_SOME).format(count=len(waiting))
        ),
        auto_release=wall.auto_release,
        auto_line=_t(AUTO_ON) if wall.auto_release else _t(AUTO_OFF),
    )


def paste_notes(text: str) -> list[str]:
    """The notes in typed or pasted ``text``: one per non-empty line, list markers dropped.

    One line (or none) gives at most one note; the panel offers several notes
    only when this returns more than one.
    """
    lines = [_MARKER.sub("", line).strip() for line in text.replace("\r", "\n").split("\n")]
    return [line for line in lines if line]
