"""Events of the room: people, groups, dealt material, turns, the wall, feedback.

:class:`~facilitator.room.room.Room` writes these, one per change, and
:mod:`facilitator.room.replay` applies them again (``room/state.py`` says
what each does). They say what was decided, not how: ``room_groups_made``
holds the groups themselves (and the seed that made them), so replaying a
journal rebuilds the same room even if a later version groups differently.
Their nested values (a person, a group, what a group was given) are the room
model's own plain frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.engine.events.core import INDEX, SPAN, Event, event, spec
from facilitator.room.deal import Given, Label
from facilitator.room.grouping import Group
from facilitator.room.people import Person
from facilitator.room.wall import Kind, Source, Status

#: A person's, note's, theme's or feedback's id, a group's number: from 1.
_ID = spec(low=1)


@dataclass(frozen=True)
class Move:
    """One person moved into a group (arrivals, departures, the trainer's drag)."""

    person: int = field(metadata=_ID)
    group: int = field(metadata=_ID)


# --- people and groups ---------------------------------------------------------------


@event("room_people_set")
@dataclass(frozen=True)
class PeopleSet(Event):
    """The people in the room, replacing any before (and their groups)."""

    people: tuple[Person, ...]


@event("room_person_added")
@dataclass(frozen=True)
class PersonAdded(Event):
    """Someone arrived; ``group`` is the group they joined (None: there are no groups)."""

    person: Person
    group: int | None = None


@event("room_person_removed")
@dataclass(frozen=True)
class PersonRemoved(Event):
    """Someone left; ``moves`` are the people who moved to keep the groups in range."""

    person: int = field(metadata=_ID)
    moves: tuple[Move, ...] = ()


@event("room_person_renamed")
@dataclass(frozen=True)
class PersonRenamed(Event):
    """A person's name was written differently."""

    person: int = field(metadata=_ID)
    name: str = ""


@event("room_person_moved")
@dataclass(frozen=True)
class PersonMoved(Event):
    """The trainer moved someone to another group."""

    person: int = field(metadata=_ID)
    group: int = field(metadata=_ID)


@event("room_groups_made")
@dataclass(frozen=True)
class GroupsMade(Event):
    """New groups for a step: by a size range ("3-5", "pairs", "4") or a number of groups."""

    step: str
    size: str  # "" when a number of groups was asked for
    count: int = field(metadata=SPAN)  # 0 when a size was asked for
    seed: int
    groups: tuple[Group, ...]


@event("room_groups_reshuffled")
@dataclass(frozen=True)
class GroupsReshuffled(Event):
    """The same kind of groups with other people together; groups keep their numbers."""

    seed: int
    groups: tuple[Group, ...]


@event("room_material_dealt")
@dataclass(frozen=True)
class MaterialDealt(Event):
    """A hand-out's cards or documents given to the groups."""

    step: str
    handout: str
    material: str  # "cards" or "documents"
    per_group: int = field(metadata=SPAN)  # 0: every one to every group
    given: tuple[Given, ...] = ()
    # The fragments' and hand-out's titles, so that a report needs no agenda file.
    labels: tuple[Label, ...] = ()
    handout_title: str = ""


# --- turns -------------------------------------------------------------------------


@event("room_turns_planned")
@dataclass(frozen=True)
class TurnsPlanned(Event):
    """A turn per group in a step, in this order, ``each`` ns long."""

    step: str
    each: int = field(metadata=SPAN)
    order: str = "groups"  # or "shuffled"
    groups: tuple[int, ...] = ()


@event("room_turn_started")
@dataclass(frozen=True)
class TurnStarted(Event):
    """A group's turn began."""

    step: str
    index: int = field(metadata=INDEX)


@event("room_turn_ended")
@dataclass(frozen=True)
class TurnEnded(Event):
    """A group's turn ended."""

    step: str
    index: int = field(metadata=INDEX)


@event("room_turn_skipped")
@dataclass(frozen=True)
class TurnSkipped(Event):
    """A group's turn was skipped before it began."""

    step: str
    index: int = field(metadata=INDEX)


@event("room_turn_added")
@dataclass(frozen=True)
class TurnAdded(Event):
    """A turn was added (a turn redone, or one more for a group) at ``index``."""

    step: str
    index: int = field(metadata=INDEX)
    group: int = field(metadata=_ID)
    allotted: int = field(metadata=SPAN)


@event("room_turn_time_set")
@dataclass(frozen=True)
class TurnTimeSet(Event):
    """The time per turn changed, for the turn under way and those waiting."""

    step: str
    each: int = field(metadata=SPAN)


@event("room_turns_paused")
@dataclass(frozen=True)
class TurnsPaused(Event):
    """The turn under way stopped counting (the session paused)."""

    step: str


@event("room_turns_resumed")
@dataclass(frozen=True)
class TurnsResumed(Event):
    """The paused turn counts again."""

    step: str


# --- the wall ---------------------------------------------------------------------


@event("room_note_added")
@dataclass(frozen=True)
class NoteAdded(Event):
    """A note written to the wall (plain text)."""

    note: int = field(metadata=_ID)
    step: str = ""
    text: str = ""
    source: Source = Source.TRAINER
    kind: Kind = Kind.NOTE
    client_id: str = ""
    status: Status = Status.RELEASED
    name: str = ""  # a participant's name, when the trainer asked for names


@event("room_note_edited")
@dataclass(frozen=True)
class NoteEdited(Event):
    """A note's text changed."""

    note: int = field(metadata=_ID)
    text: str = ""


@event("room_note_hidden")
@dataclass(frozen=True)
class NoteHidden(Event):
    """A note kept off the projector (``hidden``), or shown again."""

    note: int = field(metadata=_ID)
    hidden: bool = True


@event("room_note_removed")
@dataclass(frozen=True)
class NoteRemoved(Event):
    """A note taken off the wall."""

    note: int = field(metadata=_ID)


@event("room_note_released")
@dataclass(frozen=True)
class NoteReleased(Event):
    """A participant's note released onto the wall by the trainer."""

    note: int = field(metadata=_ID)


@event("room_auto_release_set")
@dataclass(frozen=True)
class AutoReleaseSet(Event):
    """Participants' notes go on the wall at once (``on``), or wait for release."""

    on: bool


@event("room_posting_set")
@dataclass(frozen=True)
class PostingSet(Event):
    """Phones may post notes in ``step`` (``open``), or may not."""

    step: str
    open: bool


@event("room_names_asked")
@dataclass(frozen=True)
class NamesAsked(Event):
    """Phones offer a field for the participant's name (``on``), or post anonymously."""

    on: bool


@event("room_theme_made")
@dataclass(frozen=True)
class ThemeMade(Event):
    """A theme made of notes (one note put onto another)."""

    theme: int = field(metadata=_ID)
    name: str = ""
    notes: tuple[int, ...] = ()


@event("room_note_themed")
@dataclass(frozen=True)
class NoteThemed(Event):
    """A note put into a theme, or taken out of any (``theme`` None)."""

    note: int = field(metadata=_ID)
    theme: int | None = None


@event("room_theme_renamed")
@dataclass(frozen=True)
class ThemeRenamed(Event):
    """A theme's new name."""

    theme: int = field(metadata=_ID)
    name: str = ""


@event("room_theme_dissolved")
@dataclass(frozen=True)
class ThemeDissolved(Event):
    """A theme undone: its notes are in no theme again."""

    theme: int = field(metadata=_ID)


# --- feedback ---------------------------------------------------------------------


@event("room_feedback_given")
@dataclass(frozen=True)
class FeedbackGiven(Event):
    """Someone's quick feedback: a score on a scale and an optional sentence."""

    feedback: int = field(metadata=_ID)
    score: int = field(metadata=_ID)
    scale: int = field(metadata=_ID)
    text: str = ""
    client_id: str = ""
    source: Source = Source.PARTICIPANT
