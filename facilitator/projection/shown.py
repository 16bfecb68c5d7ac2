"""What the trainer puts on the projector at once, in place of the step's item (pure).

Any reference section (with or without its trainer-only parts), a checklist,
a question typed live, a break screen counting down to a time of day, or a
plain wall clock: a :class:`Shown` value says which, and
:func:`shown_slide` turns it into the :class:`~facilitator.agenda.slides.Slide`
the projector draws, words in the session's language. The step's own items
stay where they were: ending what is shown returns the room to them. (The
room's own screens, the groups and the wall among them, are
:class:`~facilitator.projection.screens.RoomScreen`; one of the two is in
front of the item at a time.)

The break screen and the clock change with time: their big text is
:func:`live_text` of the wall time, and :func:`next_live_change` says when it
next changes (the session controller arms its one timer for it).
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Final

from facilitator.agenda.agenda import Agenda
from facilitator.agenda.plain import SectionItem
from facilitator.agenda.slides import Slide, slide_for
from facilitator.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from facilitator.markup import bullets, literal
from facilitator.room.words import words_for
from facilitator.timefmt import countdown

#: The longest question that can be projected live.
QUESTION_LIMIT: Final = 500
#: A break ends at most this long after it is set (a time earlier today is a typo).
BREAK_MOST: Final = timedelta(hours=12)


class ShownKind(enum.StrEnum):
    """What is on the projector in place of the step's item."""

    SECTION = "section"
    CHECKLIST = "checklist"
    QUESTION = "question"
    BREAK = "break"
    CLOCK = "clock"


#: The kinds drawn with a big live text (a countdown or the time) and no step timer.
LIVE_KINDS: Final = frozenset({ShownKind.BREAK, ShownKind.CLOCK})


@dataclass(frozen=True)
class Shown:
    """One thing shown at once: a section, a checklist, a question, a break, the clock."""

    kind: ShownKind
    ref: str = ""  # the section's or checklist's id
    trainer_parts: bool = False  # a section with the trainer's own parts
    text: str = ""  # the question, plain text as typed
    until: datetime | None = None  # the end of the break (wall time)

    @property
    def live(self) -> bool:
        """Whether it shows a big live text (the break's countdown, the time)."""
        return self.kind in LIVE_KINDS


class ShownError(ValueError):
    """Something that cannot be put on the projector; the message says why, in a trainer's
    words, and nothing changed."""


# --- the trainer's input -------------------------------------------------------------

# The trainer's words (the interface's language): marked here, translated where raised.
NO_QUESTION = QT_TRANSLATE_NOOP("Console", "Type the question to put on the projector.")
LONG_QUESTION = QT_TRANSLATE_NOOP(
    "Console",
    "A question on the projector has at most {limit} characters; this one has {count}. "
    "Shorten it so that the room can read it.",
)
NOT_A_TIME = QT_TRANSLATE_NOOP("Console", "“{text}” is not a time of day: type it as 10:45.")
PASSED = QT_TRANSLATE_NOOP(
    "Console", "{time} has passed (it is {now} now): type a later time for the end of the break."
)
NO_SECTION = QT_TRANSLATE_NOOP("Console", "This session has no reference text “{ref}”.")
NO_CHECKLIST = QT_TRANSLATE_NOOP("Console", "This session has no checklist “{ref}”.")


def _said(text: str) -> str:
    return translate_marked("Console", text)


_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.hHuU]\s*(\d{2})\s*$")


def clean_question(text: str) -> str:
    """A question as the projector shows it: plain text, trimmed, lines kept, within the limit."""
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = "".join(c for c in raw if c == "\t" or unicodedata.category(c)[0] != "C")
        lines.append(" ".join(line.split()))
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not cleaned:
        raise ShownError(_said(NO_QUESTION))
    if len(cleaned) > QUESTION_LIMIT:
        raise ShownError(_said(LONG_QUESTION).format(limit=QUESTION_LIMIT, count=len(cleaned)))
    return cleaned


def parse_time_of_day(text: str) -> time:
    """A time of day as the trainer types it: 10:45, 10.45, 10h45, 10u45, or just 10."""
    found = _TIME.match(text)
    hours, minutes = (found.group(1), found.group(2)) if found else (text.strip(), "0")
    if not (hours.isdigit() and minutes.isdigit()) or not hours:
        raise ShownError(_said(NOT_A_TIME).format(text=text.strip()))
    if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
        raise ShownError(_said(NOT_A_TIME).format(text=text.strip()))
    return time(int(hours), int(minutes))


def break_end(when: time, now: datetime) -> datetime:
    """The next ``when`` after ``now`` (tomorrow's, after midnight), within :data:`BREAK_MOST`.

    A time that passed a moment ago (an hour earlier today) is a typo: refused.
    """
    end = datetime.combine(now.date(), when, tzinfo=now.tzinfo)
    if end <= now:
        end += timedelta(days=1)
    if end - now > BREAK_MOST:
        raise ShownError(
            _said(PASSED).format(time=when.strftime("%H:%M"), now=now.strftime("%H:%M"))
        )
    return end


# --- what the room sees --------------------------------------------------------------


def shown_slide(agenda: Agenda, shown: Shown) -> Slide:
    """The slide for ``shown``, in the session's language.

    Raises :class:`ShownError` when the section or checklist is not in the agenda.
    """
    language = agenda.session.language
    words = words_for(language)
    if shown.kind is ShownKind.SECTION:
        if agenda.section(shown.ref) is None:
            raise ShownError(_said(NO_SECTION).format(ref=shown.ref))
        item = SectionItem(section=shown.ref)
        return slide_for(agenda, item, trainer_parts=shown.trainer_parts)
    if shown.kind is ShownKind.CHECKLIST:
        found = next((c for c in agenda.checklists if c.id == shown.ref), None)
        if found is None:
            raise ShownError(_said(NO_CHECKLIST).format(ref=shown.ref))
        return Slide(
            "text",
            title=found.title,
            body=bullets(found.items),
            label=translate("Slides", "Checklist: {title}").format(title=found.title),
            language=language,
        )
    if shown.kind is ShownKind.QUESTION:
        return Slide(
            "question",
            body=literal(shown.text),
            label=translate("Slides", "Question: {text}").format(text=shown.text),
            language=language,
        )
    if shown.kind is ShownKind.BREAK:
        until = shown.until.strftime("%H:%M") if shown.until is not None else "?"
        return Slide(
            "break",
            title=words.break_until.format(time=until),
            label=translate("Slides", "Break until {time}").format(time=until),
            language=language,
        )
    return Slide("clock", label=translate("Slides", "Wall clock"), language=language)


def live_text(shown: Shown, wall: datetime, language: str) -> str:
    """The big text of a break screen (its countdown, or that it is over) or of the clock."""
    if shown.kind is ShownKind.CLOCK:
        return wall.strftime("%H:%M")
    if shown.kind is ShownKind.BREAK and shown.until is not None:
        left = _left(shown.until, wall)
        if left <= 0:
            return words_for(language).break_over
        return countdown(math.ceil(left))
    return ""


def next_live_change(shown: Shown, wall: datetime) -> timedelta | None:
    """How long until :func:`live_text` changes: the next second of a break, the next minute
    of the clock; None when it will not change (an ended break, nothing live)."""
    if shown.kind is ShownKind.CLOCK:
        return timedelta(seconds=60 - wall.second, microseconds=-wall.microsecond)
    if shown.kind is ShownKind.BREAK and shown.until is not None:
        left = _left(shown.until, wall)
        if left <= 0:
            return None
        # The countdown shows whole seconds rounded up: it changes when they tick over.
        return timedelta(seconds=left - (math.ceil(left) - 1))
    return None


def _left(until: datetime, wall: datetime) -> float:
    if (until.tzinfo is None) != (wall.tzinfo is None):
        until = until.replace(tzinfo=wall.tzinfo)
    return (until - wall).total_seconds()
